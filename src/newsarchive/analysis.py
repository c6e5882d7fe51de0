"""Text analysis: how words become index terms, per language, fast enough for a million articles.

One ``TextAnalyzer`` per analysis family: lowercase, drop the language's stop words,
stem with the language's Snowball stemmer (Porter for English, as before), fold
accents where the language treats them as marks rather than letters, and cut runs
of Chinese, Japanese or Korean into overlapping character bigrams.

Whoosh's stock analyzers chain a generator per step and build a ``Token`` per
word, which made analysis the largest cost of indexing. Here each distinct
surface word is analysed once and remembered (``terms_of``); the writer's pool
maps a text's ``words`` to terms through its own memo, and ``positions`` turns a
text into its terms and positions in one loop. The ``Token`` interface stays for
Whoosh's query parser, built from the same per-word analysis, so
that a word is the same term wherever it is seen.
"""
from __future__ import annotations

import pickle
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from operator import sub
from typing import Callable, Iterator

from whoosh.analysis import STOP_WORDS, Analyzer, Token
from whoosh.fields import TEXT
from whoosh.formats import Positions
from whoosh.lang import has_stopwords, stopwords_for_language
from whoosh.support.charset import accent_map
from whoosh.system import pack_uint

from .scripts import COMBINING_MARKS, SPACELESS_SOUTHEAST_ASIAN

#: News words that generic English stop lists drop.
_KEPT_WORDS = {"us", "may", "will", "can", "not", "it", "tbd", "yet", "when"}
ENGLISH_STOP_WORDS = frozenset(STOP_WORDS) - _KEPT_WORDS

#: Languages (ISO 639-1, as the language detector reports them) analysed with their own
#: Snowball stemmer in fields of their own; every other language, English included, is
#: analysed by the default family (Porter stemming, English stop words).
SNOWBALL_LANGUAGES = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek", "es": "spanish",
    "et": "estonian", "eu": "basque", "fa": "persian", "fi": "finnish", "fr": "french", "ga": "irish", "hi": "hindi",
    "hu": "hungarian", "hy": "armenian", "id": "indonesian", "it": "italian", "lt": "lithuanian",
    "ne": "nepali", "nl": "dutch", "no": "norwegian", "pl": "polish", "pt": "portuguese", "ro": "romanian",
    "ru": "russian", "sr": "serbian", "sv": "swedish", "ta": "tamil", "tr": "turkish",
}
#: Languages whose accented letters are letters of their own (Swedish "ä" is not "a"): not folded.
UNFOLDED_LANGUAGES = frozenset({"da", "no", "sv", "fi", "et", "hu", "tr"})

#: A word: letters, digits and the marks that combine with them, and the joiners (ZWNJ, ZWJ)
#: that Persian and Indic scripts write inside words; "U.S." and "3.5" stay one word.
_WORD_CHARS = rf"[\w{COMBINING_MARKS}\u200c\u200d]"
_WORD = re.compile(rf"{_WORD_CHARS}+(?:\.?{_WORD_CHARS}+)*")
#: Words as indexes made before marks were read saw them: split at every mark. Such an index
#: keeps reading text (new articles, queries) this way, so that its terms still match.
_LEGACY_WORD = re.compile(r"\w+(?:\.?\w+)*")
#: The analysis an index is made with; 1: words split at combining marks, not normalised, and
#: only Chinese, Japanese and Korean cut into character pairs.
ANALYSIS_VERSION = 2
#: Scripts written without spaces between words, indexed as overlapping character pairs:
#: Chinese, Japanese and Korean, and (since version 2) Thai, Lao, Myanmar and Khmer.
_CJK = re.compile("[\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff]")
UNSPACED = re.compile(f"[{SPACELESS_SOUTHEAST_ASIAN}\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff]")
#: Distinct surface words remembered per analyzer before the memory is emptied.
_CACHE_WORDS = 300_000


def _snowball(name: str) -> Callable[[str], str]:
    import snowballstemmer

    return snowballstemmer.stemmer(name).stemWord


def _porter() -> Callable[[str], str]:
    from whoosh.lang.porter import stem

    return stem


@lru_cache(maxsize=None)
def _stop_words(language: str) -> frozenset[str]:
    if language == "en":
        return ENGLISH_STOP_WORDS
    return frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()


class TextAnalyzer(Analyzer):
    """Words -> terms for one analysis family.

    ``language`` picks stop words and stemmer ("en" is the default family);
    ``stem=False`` is for names and places ("Paris" must not become "pari").
    """

    def __init__(self, language: str = "en", *, stem: bool = True, version: int = ANALYSIS_VERSION) -> None:
        self.language = language
        self.stem = stem
        self.version = version
        self._word = _WORD if version >= 2 else _LEGACY_WORD
        self._unspaced = UNSPACED if version >= 2 else _CJK
        self._cache: dict[str, tuple[str, ...]] = {}
        self._stemmer: Callable[[str], str] | None = None

    def __getstate__(self) -> dict:
        # the schema is pickled into the index: keep the recipe, not the memory
        return {"language": self.language, "stem": self.stem, "version": self.version}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["language"], stem=state["stem"], version=state.get("version", 1))

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, TextAnalyzer) and other.language == self.language
                and other.stem == self.stem and other.version == self.version)

    def __hash__(self) -> int:
        return hash((self.language, self.stem, self.version))

    def __repr__(self) -> str:
        return f"TextAnalyzer({self.language!r}, stem={self.stem}, version={self.version})"

    def terms_of(self, word: str) -> tuple[str, ...]:
        """The terms one surface word becomes: none for a stop word, several for a CJK run."""
        terms = self._cache.get(word)
        if terms is None:
            if len(self._cache) >= _CACHE_WORDS:
                self._cache.clear()
            terms = self._cache[word] = self._analyse(word)
        return terms

    def _analyse(self, word: str) -> tuple[str, ...]:
        lower = word.lower()
        if self.version >= 2 and not lower.isascii():
            lower = unicodedata.normalize("NFC", lower)   # "e" + U+0301 is "é", as a query types it
        if len(lower) > 1 and not lower.isascii() and self._unspaced.search(lower):
            return tuple(lower[i:i + 2] for i in range(len(lower) - 1))
        if lower in _stop_words(self.language):
            return ()
        if self.stem:
            if self._stemmer is None:
                code = self.language
                self._stemmer = _porter() if code == "en" else _snowball(SNOWBALL_LANGUAGES[code])
            lower = self._stemmer(lower)
        if self.language not in UNFOLDED_LANGUAGES and not lower.isascii():
            lower = lower.translate(accent_map)
        return (lower,)

    def words(self, text: str) -> list[str]:
        """The surface words of ``text``, in order (each becomes ``terms_of(word)``)."""
        return self._word.findall(text)

    def positions(self, text: str) -> dict[str, list[int]]:
        """Every term of ``text`` with the word positions it occurs at (stop words keep their place)."""
        found: dict[str, list[int]] = defaultdict(list)
        position = 0
        remembered = self._cache.get   # the memo first: one call per word, not two
        for word in self._word.findall(text):
            terms = remembered(word)
            if terms is None:
                terms = self.terms_of(word)
            if len(terms) == 1:
                found[terms[0]].append(position)
                position += 1
                continue
            if not terms:
                position += 1
                continue
            for term in terms:
                found[term].append(position)
                position += 1
        return found

    def surface_form(self, text: str, term: str) -> str | None:
        """The first word of ``text`` (lowercased) that this analysis turns into ``term``."""
        for word in self._word.findall(text):
            if self.terms_of(word) == (term,):
                return word.lower()
        return None

    def __call__(self, value: str, positions: bool = False, chars: bool = False, keeporiginal: bool = False,
                 removestops: bool = True, start_pos: int = 0, start_char: int = 0, mode: str = "",
                 **kwargs) -> Iterator[Token]:
        """Whoosh's token stream (for the query parser), term for term as ``positions``."""
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for match in self._word.finditer(value):
            word = match.group()
            terms = self.terms_of(word)
            if not terms:
                if not removestops:
                    token.text, token.stopped, token.boost = word.lower(), True, 1.0
                    if positions:
                        token.pos = position
                    if chars:
                        token.startchar, token.endchar = start_char + match.start(), start_char + match.end()
                    yield token
                position += 1
                continue
            token.stopped = False
            several = len(terms) > 1
            for offset, term in enumerate(terms):
                token.text, token.boost = term, 1.0
                if keeporiginal:
                    token.original = word
                if positions:
                    token.pos = position
                if chars:
                    begin = start_char + match.start() + (offset if several else 0)
                    token.startchar = begin
                    token.endchar = begin + 2 if several else start_char + match.end()
                yield token
                position += 1


def encode_positions(positions: list[int]) -> bytes:
    """``whoosh.formats.Positions.encode``'s bytes (the count, then the gaps pickled), with a
    term met once in a text (most of a text's terms) encoded from a memo."""
    if len(positions) == 1 and positions[0] < _MEMO_POSITIONS:
        return single_positions(positions[0])[positions[0]]
    return pack_uint(len(positions)) + pickle.dumps([positions[0], *map(sub, positions[1:], positions)], 2)


def single_positions(largest: int) -> list[bytes]:
    """``encode_positions([position])`` by position, for every position up to ``largest`` (at
    most a text's first ``_MEMO_POSITIONS`` words)."""
    wanted = min(largest + 1, _MEMO_POSITIONS)
    if wanted > len(_SINGLE_POSITIONS):
        _SINGLE_POSITIONS.extend(pack_uint(1) + pickle.dumps([position], 2)
                                 for position in range(len(_SINGLE_POSITIONS), wanted))
    return _SINGLE_POSITIONS


#: Positions whose one-position encoding is remembered (a text's first 20,000 words).
_MEMO_POSITIONS = 20_000
_SINGLE_POSITIONS: list[bytes] = []


class AnalysedText(TEXT):
    """A ``TEXT`` field analysed in one pass (see the module): by the writer's pool
    (``TermPool.add_text``) when it indexes, term by term here for Whoosh's own writer."""

    def one_pass(self, value) -> bool:
        """Whether ``value`` is analysed in one pass (``TextAnalyzer``, ``Positions`` encoded as
        ``encode_positions`` encodes them); if not, ``index`` is Whoosh's."""
        return isinstance(self.analyzer, TextAnalyzer) and type(self.format) is Positions and isinstance(value, str)

    def index(self, value, **kwargs):
        if not self.one_pass(value):
            yield from super().index(value, **kwargs)
            return
        boost = self.format.field_boost
        for term, places in self.analyzer.positions(value).items():
            yield term.encode("utf-8"), len(places), len(places) * boost, encode_positions(places)
