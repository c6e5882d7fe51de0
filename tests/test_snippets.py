"""Snippets: the passages holding the query's words, marked, in the article's own analysis."""
from __future__ import annotations

from newsarchive import Article
from newsarchive.snippets import SEPARATOR, SNIPPET_CHARS, make_snippet

FILLER = "The council met on Tuesday and talked about the budget for the coming year. " * 6


def test_words_are_marked_in_any_inflection():
    article = Article(id="a", headline="Port", body=FILLER + "Dock workers were striking for a third day. " + FILLER)
    snippet = make_snippet(article, frozenset({"strike", "worker"}))
    assert "**workers**" in snippet and "**striking**" in snippet
    assert len(snippet.replace("**", "")) <= SNIPPET_CHARS   # a passage, not the whole body


def test_the_two_best_passages_in_text_order():
    body = ("Harbour strike began. " + FILLER + "Harbour strike ended with a harbour deal. " + FILLER
            + "A strike elsewhere.")
    snippet = make_snippet(Article(id="a", headline="Port", body=body), frozenset({"harbour", "strike"}))
    passages = snippet.split(SEPARATOR)
    assert len(passages) == 2
    assert passages[0].startswith("**Harbour** **strike** began") and "ended with a **harbour** deal" in passages[1]
    assert "elsewhere" not in snippet   # one word of two: the weakest passage


def test_no_match_gives_the_opening():
    article = Article(id="a", headline="Port", summary="", body=FILLER)
    assert make_snippet(article, frozenset({"absent"})) == " ".join(FILLER[:SNIPPET_CHARS].split()) + "…"


def test_only_whole_words_are_marked():
    # "U" in "U.S." and "3" in "3.5" are parts of longer words, as the index reads them
    body = "Talks in the U.S. went on while rates rose 3.5 points, and the U turn came after 3 days."
    snippet = make_snippet(Article(id="a", headline="Talks", body=body), frozenset({"u", "3"}))
    assert snippet == "Talks in the U.S. went on while rates rose 3.5 points, and the **U** turn came after **3** days."


def test_snippets_stay_right_when_the_word_memory_starts_afresh(monkeypatch):
    from newsarchive.snippets import _SurfaceWords

    monkeypatch.setattr(_SurfaceWords, "LIMIT", 5)
    article = Article(id="a", headline="Port", body=FILLER + "Dock workers were striking for a third day. " + FILLER)
    for _ in range(3):
        snippet = make_snippet(article, frozenset({"strike", "worker"}))
        assert "**workers**" in snippet and "**striking**" in snippet
