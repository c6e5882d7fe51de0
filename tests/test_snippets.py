"""Snippets: the passages holding the query's words, marked, in the article's own analysis."""
from __future__ import annotations

import pytest

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


_STORIES = [
    Article(id="en1", headline="Dock workers strike",
            body=FILLER + "Dock workers were striking for a third day. " + FILLER),
    Article(id="en2", headline="Harbour talks", summary="Workers and the port met.",
            body="The harbour union and the port struck a deal on wages after the strike. " * 3),
    Article(id="en3", headline="Strike ends", body="No news here about the harbour."),
    Article(id="de1", headline="Streik im Hafen", language="de",
            body="Die Hafenarbeiter streikten am Dienstag. Der Streik im Hafen dauerte drei Tage. " * 2),
    Article(id="ja1", headline="港湾 strike", body="港湾労働者のストライキ strike 続く。 The workers struck again."),
]


def _archive(tmp_path):
    from newsarchive import Archive, index_articles

    index_articles(_STORIES, index_dir=tmp_path / "index", jobs=1)
    return Archive.open(tmp_path / "index")


def test_snippets_from_the_index_positions_are_those_the_analysis_finds(tmp_path):
    with _archive(tmp_path) as archive:
        for query in ("strike", "harbour workers", "dock strike", "Streik Hafen", "port wages", "workers"):
            hits = archive.search(query, limit=10)
            assert hits, query
            for hit in hits:
                assert hit.snippet == make_snippet(hit.article, hit.words), (query, hit.article.id)
                assert "**" in hit.snippet or query == "port wages"


def test_snippets_read_the_positions_the_search_read(tmp_path, monkeypatch):
    from newsarchive import snippets

    with _archive(tmp_path) as archive:
        hits = archive.search("dock workers", limit=10)
        monkeypatch.setattr(snippets, "_standing_for", lambda *args: pytest.fail("the words were analysed"))
        assert hits[0].article.id == "en1" and "**Dock** **workers**" in hits[0].snippet


def test_snippets_of_earlier_searches_are_still_found(tmp_path, monkeypatch):
    from newsarchive import ranker

    monkeypatch.setattr(ranker, "KEPT_POSTINGS", 0)   # the next search forgets this one's postings
    with _archive(tmp_path) as archive:
        first = archive.search("harbour strike", limit=10)
        archive.search("wages", limit=10)
        assert all(hit.snippet == make_snippet(hit.article, hit.words) for hit in first)
        assert any("**harbour**" in hit.snippet for hit in first)
