"""Snippets: the passages of an article that hold the query's words, with the words marked.

Whoosh's highlighter builds a token object for every word of the body to find
the few that match, which cost more than the search itself. Here the body's
distinct words are read with the analyzer's per-word memory (the same terms the
index holds), and only the places of those that match are found and grouped
into passages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .analysis import _WORD
from .article import Article
from .schema import family_of, shared_analyzer

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


def make_snippet(article: Article, words: frozenset[str]) -> str:
    """The best passages of the body (else summary, else headline) holding the query's words,
    marked ``**word**``; else the article's opening."""
    if words:
        analyzer = shared_analyzer(family_of(article.language))
        for name in ("body", "summary", "headline"):
            text = getattr(article, name)
            marked = _marked(text, words, analyzer) if text else ""
            if marked:
                return marked
    opening = article.summary or article.body
    return " ".join(opening[:SNIPPET_CHARS].split()) + ("…" if len(opening) > SNIPPET_CHARS else "")


@lru_cache(maxsize=32)
def _query_words(words: frozenset[str], analyzer) -> dict[str, frozenset[str]]:
    """Surface word -> the query terms it stands for, filled as words are met: the hits of one
    query share most of their words, and one lookup per word is the whole cost of a snippet."""
    return {}


def _marked(text: str, words: frozenset[str], analyzer) -> str:
    passages: list[_Passage] = []
    reach = SNIPPET_CHARS - 2 * SURROUND   # how far apart two marked words of one passage may start and end
    known = _query_words(words, analyzer)
    matching = []
    for word in set(_WORD.findall(text)):
        found = known.get(word)
        if found is None:
            found = known[word] = words.intersection(analyzer.terms_of(word))
        if found:
            matching.append(word)
    if not matching:
        return ""
    for match in _occurrences(frozenset(matching)).finditer(text):
        start, end = match.span()
        if not passages or end - passages[-1].matches[0][0] > reach:
            passages.append(_Passage())
        passages[-1].matches.append((start, end))
        passages[-1].terms.update(known[match.group()])
    best = sorted(passages, key=lambda passage: passage.score, reverse=True)[:PASSAGES]
    best.sort(key=lambda passage: passage.matches[0][0])
    return SEPARATOR.join(_render(text, passage) for passage in best)


@lru_cache(maxsize=256)
def _occurrences(surface_words: frozenset[str]) -> re.Pattern:
    """Where these words stand as whole words, as ``_WORD`` splits text: not inside a longer
    word nor joined by a dot to one ("U.S", "3.5"). Scanning for the few words that match
    runs in the regular expression engine; reading every word of the text ran in Python."""
    alternatives = "|".join(re.escape(word) for word in sorted(surface_words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?<!\w\.)(?:{alternatives})(?!\.?\w)")


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
