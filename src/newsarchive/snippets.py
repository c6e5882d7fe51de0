"""Snippets: the passages of an article that hold the query's words, with the words marked.

Whoosh's highlighter builds a token object for every word of the body to find
the few that match, which cost more than the search itself. Here the words that
match are found from the positions the index holds for the query's terms (which
the search has just read): the text's words are split as the analyzer splits
them, and the word at each position is a match. When the positions are not at
hand, the body's distinct words are read with the analyzer's per-word memory
(the same terms the index holds). Only the places of the words that match are
found and grouped into passages.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

from .analysis import _WORD, UNSPACED
from .article import Article
from .schema import family_field, family_of, shared_analyzer

#: For a field's indexed name, where the query's terms stand in it, if known.
TermPositions = Callable[[str], "dict[str, list[int]] | None"]

SNIPPET_CHARS = 240
#: Characters of context kept before the first and after the last marked word of a passage.
SURROUND = 70
PASSAGES = 2
SEPARATOR = " … "


@dataclass
class _Passage:
    matches: list[tuple[int, int]] = field(default_factory=list)   # (start, end) of marked words
    terms: set[str] = field(default_factory=set)

    @property
    def score(self) -> tuple[int, int]:
        return len(self.terms), len(self.matches)


def make_snippet(article: Article, words: frozenset[str], positions: TermPositions | None = None) -> str:
    """The best passages of the body (else summary, else headline) holding the query's words,
    marked ``**word**``; else the article's opening. ``positions`` gives, for a field of the
    index (``body_de`` for a German body), where the query's terms stand in this article."""
    if words:
        family = family_of(article.language)
        analyzer = shared_analyzer(family)
        for name in ("body", "summary", "headline"):
            text = getattr(article, name)
            if not text:
                continue
            standing = _words_at(text, positions(family_field(name, family))) if positions else None
            if standing is None:
                standing = _standing_for(text, words, analyzer)
            marked = _marked(text, standing)
            if marked:
                return marked
    opening = article.summary or article.body
    return " ".join(opening[:SNIPPET_CHARS].split()) + ("…" if len(opening) > SNIPPET_CHARS else "")


class _SurfaceWords:
    """The surface words met in texts, with the terms each stands for in one analysis, and
    back: which words stand for a term.

    A snippet needs the words of a body that stand for the query's terms. Analysing
    each distinct word of each hit's body (a dictionary lookup, a set intersection) was
    most of a snippet's cost; with the words already met indexed by term, finding them
    is two set operations, and only words never met before are analysed.
    """

    LIMIT = 200_000   # words remembered (a few tens of MB at most); the memory starts afresh beyond

    def __init__(self, analyzer) -> None:
        self._analyzer = analyzer
        self.terms: dict[str, tuple[str, ...]] = {}
        self._words: dict[str, set[str]] = {}

    def standing_for(self, text_words: set[str], terms: frozenset[str]) -> set[str]:
        """Those of ``text_words`` that stand for one of ``terms``."""
        unseen = text_words.difference(self.terms)
        if len(self.terms) + len(unseen) > self.LIMIT:
            self.terms.clear()
            self._words.clear()
            unseen = text_words
        for word in unseen:
            word_terms = self.terms[word] = self._analyzer.terms_of(word)
            for term in word_terms:
                self._words.setdefault(term, set()).add(word)
        return text_words & set().union(*(self._words.get(term, ()) for term in terms))


@lru_cache(maxsize=None)
def _surface_words(analyzer) -> _SurfaceWords:
    return _SurfaceWords(analyzer)


def _words_at(text: str, places: dict[str, list[int]] | None) -> dict[str, set[str]] | None:
    """The text's words at the terms' positions, each with the terms it stands for; ``None``
    when positions are unknown or cannot be read as word numbers (a CJK run stands for
    several positions)."""
    if places is None or (not text.isascii() and UNSPACED.search(text)):
        return None
    if not any(places.values()):
        return {}
    words = _WORD.findall(text)
    standing: dict[str, set[str]] = {}
    for term, positions in places.items():
        for position in positions:
            if position >= len(words):
                return None   # not the text the positions were indexed from
            standing.setdefault(words[position], set()).add(term)
    return standing


def _standing_for(text: str, words: frozenset[str], analyzer) -> dict[str, set[str]]:
    """The text's words that stand for one of ``words``, each with those it stands for."""
    surface = _surface_words(analyzer)
    return {word: set(words.intersection(surface.terms[word]))
            for word in surface.standing_for(set(_WORD.findall(text)), words)}


def _marked(text: str, standing: dict[str, set[str]]) -> str:
    """The best passages holding these words (with the terms each stands for), marked."""
    passages: list[_Passage] = []
    reach = SNIPPET_CHARS - 2 * SURROUND   # how far apart two marked words of one passage may start and end
    if not standing:
        return ""
    for start, end in _places(text, standing.keys()):
        if not passages or end - passages[-1].matches[0][0] > reach:
            passages.append(_Passage())
        passages[-1].matches.append((start, end))
        passages[-1].terms.update(standing[text[start:end]])
    best = sorted(passages, key=lambda passage: passage.score, reverse=True)[:PASSAGES]
    best.sort(key=lambda passage: passage.matches[0][0])
    return SEPARATOR.join(_render(text, passage) for passage in best)


def _places(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each place these words stand as whole words, as ``_WORD`` splits text
    (not inside a longer word nor joined by a dot to one: "U.S", "3.5"), in text order.
    Searching the text for the few words that match runs in C; reading every word of the
    text ran in Python."""
    places = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if not (_joins(text, start - 1, -1) or _joins(text, end, 1)):
                places.append((start, end))
            start = text.find(word, end)
    return sorted(places)


def _joins(text: str, index: int, step: int) -> bool:
    """Whether the character at ``index`` continues the word beside it: a word character,
    or a dot followed (in the direction of ``step``) by one."""
    if not 0 <= index < len(text):
        return False
    char = text[index]
    if char == ".":
        index += step
        char = text[index] if 0 <= index < len(text) else " "
    return char.isalnum() or char == "_"


def _render(text: str, passage: _Passage) -> str:
    """The passage with its context cut at word boundaries and its words marked, on one line."""
    first, last = passage.matches[0][0], passage.matches[-1][1]
    begin = max(0, first - SURROUND)
    if begin > 0:
        space = text.find(" ", begin, first)
        begin = space + 1 if space >= 0 else first
    end = min(len(text), last + SURROUND)
    if end < len(text):
        space = text.rfind(" ", last, end)
        end = space if space >= 0 else last
    pieces, cursor = [], begin
    for start, stop in passage.matches:
        pieces += [text[cursor:start], "**", text[start:stop], "**"]
        cursor = stop
    pieces.append(text[cursor:end])
    return " ".join("".join(pieces).split())
