"""A user's query text and filters -> a Whoosh query, a filter and a sort order.

Whoosh's parser is lenient where users need it strict: an unknown field silently
becomes a word, and its date parser widens days to whole years. So field names
are checked here against the schema, and every date (``--from/--to`` and
``date:`` inside the query text) is read by our own code into a UTC range on
``date``/``date_end``, applied as a filter so that it never changes scores.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from typing import Sequence

from whoosh import query as Q
from whoosh.qparser import AndGroup, MultifieldParser, OrGroup, Plugin, syntax
from whoosh.sorting import FieldFacet

from .errors import QueryError
from .schema import PROSE_FIELDS, QUERY_FIELDS, SEARCHED_FIELDS, base_field, family_field, family_fields
from .scripts import COMBINING_MARKS
from .timespan import parse_bound

SORTS = ("relevance", "newest", "oldest")
#: Bounds that keep one query from stalling a search (each expands to many Whoosh terms).
MAX_QUERY_CHARS = 10_000
MAX_QUERY_WORDS = 400
MIN_WILDCARD_PREFIX = 2
#: Keyword proximity: (field, words apart at most, boost) of the phrase bonus.
PROXIMITY = (("headline", 3, 2.0), ("body", 8, 1.0))
#: A plain query of this many content words or more is a sentence, not keywords: ranked OR.
SENTENCE_WORDS = 5
#: English function words dropped from plain queries. They are cheap to keep in the index (where
#: "The Who" stays findable as a phrase) but in a pasted sentence they only add noise to ranking.
QUERY_STOP_WORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below between
both but by could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor now of
off on once only or other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why with would you your yours yourself yourselves
""".split())
#: BM25F boosts: a word in the headline says more about the story than one in the body.
FIELD_BOOSTS = {"headline": 2.5, "summary": 1.3, "body": 1.0, "dateline": 1.0}

_DATE_TERM = re.compile(r'(?<![\w:])date:(\[[^\]]*\]|\{[^}]*\}|"[^"]*"|[<>]=?\S+|\S+)', re.I)
_FIELD_PREFIX = re.compile(r"(?<![\w\\])([A-Za-z_][\w-]*):(?=[^\s/]|$)")
_QUOTED = re.compile(r'"[^"]*"')
_OPERATOR = re.compile(r'\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b|["*?~^]|(?:^|\s)[+-]\w|\w:')


@dataclass(frozen=True)
class DateRange:
    start: datetime | None = None
    end: datetime | None = None

    def intersect(self, other: "DateRange") -> "DateRange":
        start = max((d for d in (self.start, other.start) if d is not None), default=None)
        end = min((d for d in (self.end, other.end) if d is not None), default=None)
        return DateRange(start, end)

    @property
    def empty(self) -> bool:
        return self.start is None and self.end is None


@dataclass
class Plan:
    """Everything a searcher needs: the scored query, the unscored filter, the order."""

    query: Q.Query
    filter: object | None   # a Whoosh query, or the set of documents it matches (Archive)
    sortedby: object | None
    keywords_only: bool   # plain words, all required: may widen to most-words when too few match
    text: str
    families: tuple[str, ...] = ()   # the language families the words were read in

    @cached_property
    def words(self) -> frozenset[str]:
        """The query's analysed words in the prose fields, for marking snippets (read for every hit)."""
        return frozenset().union(*self.prose_terms.values())

    @cached_property
    def prose_terms(self) -> dict[str, frozenset[str]]:
        """The query's analysed words in each prose field (``body``, ``body_de``...)."""
        terms: dict[str, set[str]] = {}
        for field, text in self.query.all_terms():
            if base_field(field) in PROSE_FIELDS:
                terms.setdefault(field, set()).add(text.decode("utf-8") if isinstance(text, bytes) else text)
        return {field: frozenset(found) for field, found in terms.items()}


def date_range(since: str | None, until: str | None, zone: str | None = None) -> DateRange:
    start = parse_bound(since, end=False, zone=zone) if since else None
    end = parse_bound(until, end=True, zone=zone) if until else None
    if start and end and start > end:
        raise QueryError(f"--from {since} is after --to {until}")
    return DateRange(start, end)


def _date_term_range(raw: str, zone: str | None = None) -> DateRange:
    value = raw.strip()
    if value.startswith(("[", "{")):
        inner = value[1:-1].strip()
        parts = re.split(r"\s+to\s+|^to\s+|\s+to$", inner, flags=re.I)
        if len(parts) != 2:
            raise QueryError(f"bad date range date:{raw}: write date:[2022-01 to 2022-03] (either end may be empty)")
        low, high = (p.strip() for p in parts)
        return DateRange(parse_bound(low, end=False, zone=zone) if low else None,
                         parse_bound(high, end=True, zone=zone) if high else None)
    if value.startswith('"'):
        value = value.strip('"')
    for operator in (">=", "<=", ">", "<"):
        if value.startswith(operator):
            bound = value[len(operator):]
            if operator == ">=":
                return DateRange(parse_bound(bound, end=False, zone=zone), None)
            if operator == ">":
                return DateRange(_after(parse_bound(bound, end=True, zone=zone)), None)
            if operator == "<=":
                return DateRange(None, parse_bound(bound, end=True, zone=zone))
            return DateRange(None, _before(parse_bound(bound, end=False, zone=zone)))
    return DateRange(parse_bound(value, end=False, zone=zone), parse_bound(value, end=True, zone=zone))


def _after(moment: datetime) -> datetime:
    return moment + timedelta(microseconds=1)


def _before(moment: datetime) -> datetime:
    return moment - timedelta(microseconds=1)


def split_date_terms(text: str, zone: str | None = None) -> tuple[str, DateRange]:
    """Take every ``date:`` term out of the query text and read it as a range."""
    found = DateRange()
    for match in _DATE_TERM.finditer(text):
        span = _date_term_range(match.group(1), zone)
        found = found.intersect(span) if not found.empty else span
    return _DATE_TERM.sub(" ", text).strip(), found


def _check_fields(text: str) -> None:
    unquoted = _QUOTED.sub(" ", text)
    for match in _FIELD_PREFIX.finditer(unquoted):
        name = match.group(1).lower()
        if name not in QUERY_FIELDS:
            fields = ", ".join(QUERY_FIELDS + ("date",))
            raise QueryError(f"unknown field {match.group(1)!r} in the query; fields are: {fields}")


_WILDCARD_WORD = re.compile(r"[^\s()\"]*[*?][^\s()\"]*")
_TERM_RANGE = re.compile(r"(?<!date:)[\[{][^\]}]*\bto\b[^\]}]*[\]}]", re.I)


def _check_cost(text: str) -> None:
    """Refuse patterns that make Whoosh expand the whole vocabulary, with a way out."""
    for word in _WILDCARD_WORD.findall(_QUOTED.sub(" ", text)):
        literal = re.split(r"[*?]", word.split(":")[-1])[0]
        if len(literal) < MIN_WILDCARD_PREFIX:
            raise QueryError(f"the wildcard {word!r} matches too much: start it with at least "
                             f"{MIN_WILDCARD_PREFIX} letters, as in venez*")
    if _TERM_RANGE.search(_QUOTED.sub(" ", text)):
        raise QueryError("ranges [a to b] are for dates only: write date:[2021 to 2022]")
    if len(text.split()) > MAX_QUERY_WORDS:
        raise QueryError(f"the query has more than {MAX_QUERY_WORDS} words")


def _check_balance(text: str) -> None:
    if _QUOTED.sub("", text).count('"'):
        raise QueryError('unbalanced quote in the query: close the phrase with "')
    depth = 0
    for char in _QUOTED.sub("", text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            raise QueryError("unbalanced parenthesis in the query: ')' without '('")
    if depth:
        raise QueryError("unbalanced parenthesis in the query: '(' without ')'")


class FamilyPlugin(Plugin):
    """Reads every prose word in each analysis family present (``body`` and ``body_de``...).

    Each family analyses the word its own way ("Wahlen" is "wahlen" in English and
    "wahl" in German), so the expansion happens before analysis, on the parse tree,
    as Whoosh's own multi-field expansion does.
    """

    def __init__(self, families: Sequence[str]) -> None:
        self.families = tuple(families)

    def filters(self, parser):
        return [(self.expand, 120)]   # after the fields are assigned (100, 110)

    def expand(self, parser, group):
        for index, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[index] = self.expand(parser, node)
            elif node.has_fieldname and node.fieldname in PROSE_FIELDS:
                copies = []
                for family in self.families:
                    twin = copy.copy(node)
                    twin.set_fieldname(family_field(node.fieldname, family), override=True)
                    copies.append(twin)
                group[index] = syntax.OrGroup([node, *copies])
        return group


def parser(schema, *, group=AndGroup, families: Sequence[str] = ()) -> MultifieldParser:
    """Whoosh's parser over the searched fields (and the language families in ``families``)."""
    reader = MultifieldParser(list(SEARCHED_FIELDS), schema, fieldboosts=FIELD_BOOSTS, group=group)
    if families:
        reader.add_plugin(FamilyPlugin(families))
    return reader


def field_filter(schema, field: str, value: str, families: Sequence[str] = ()) -> Q.Query:
    """A filter on one field: its words as a phrase (``New York``), analysed as the field is."""
    choices = []
    for name in family_fields(field, families):
        words = [token.text for token in schema[name].analyzer(value)]
        if words:
            choices.append(Q.Term(name, words[0]) if len(words) == 1 else Q.Phrase(name, words))
    if not choices:
        raise QueryError(f"the {field} filter {value!r} has no searchable words")
    return choices[0] if len(choices) == 1 else Q.Or(choices)


def range_filter(span: DateRange) -> Q.Query:
    """Articles whose date overlaps the span: covered until after it starts, from before it ends.

    A span of whole years or months (``--from 2012 --to 2012``, the common case) is
    asked as exact ``year``/``month`` terms, which Whoosh answers about ten times
    faster than a range over dates, with the same articles.
    """
    whole = _whole_periods(span)
    if whole is not None:
        field, labels = whole
        return Q.Or([Q.Term(field, label) for label in labels]) if len(labels) > 1 else Q.Term(field, labels[0])
    parts: list[Q.Query] = []
    if span.start is not None:
        parts.append(Q.DateRange("date_end", span.start, None))
    if span.end is not None:
        parts.append(Q.DateRange("date", None, span.end))
    return parts[0] if len(parts) == 1 else Q.And(parts)


_MAX_TERMS = 60


def _whole_periods(span: DateRange) -> tuple[str, list[str]] | None:
    """("year", ["2011", "2012"]) or ("month", [...]) when the span is exactly whole periods."""
    start, end = span.start, span.end
    if start is None or end is None or start.time() != datetime.min.time() or start.day != 1:
        return None
    after = end + timedelta(microseconds=1)
    if after.time() != datetime.min.time() or after.day != 1:
        return None
    if start.month == 1 and after.month == 1 and after.year - start.year <= _MAX_TERMS:
        return "year", [f"{year:04d}" for year in range(start.year, after.year)]
    months = (after.year - start.year) * 12 + after.month - start.month
    if months <= _MAX_TERMS:
        return "month", [f"{(start.year * 12 + start.month - 1 + n) // 12:04d}-{(start.month - 1 + n) % 12 + 1:02d}"
                         for n in range(months)]
    return None


def plan(
    schema,
    text: str = "",
    *,
    headline: str | None = None,
    dateline: str | None = None,
    source: str | None = None,
    byline: str | None = None,
    language: str | None = None,
    since: str | None = None,
    until: str | None = None,
    undated: bool = False,
    tz: str | None = None,
    sort: str = "relevance",
    families: Sequence[str] = (),
) -> Plan:
    """``families``: the language families (``schema.family_of``) the index has articles in."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; use one of: {', '.join(SORTS)}")
    text = (text or "").strip()
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is too long ({len(text)} characters; at most {MAX_QUERY_CHARS})")
    words, in_text = split_date_terms(text, tz)
    _check_fields(words)
    _check_balance(words)
    _check_cost(words)
    span = date_range(since, until, tz)
    if not in_text.empty:
        span = span.intersect(in_text) if not span.empty else in_text
    if span.start and span.end and span.start > span.end:
        raise QueryError("the date range is empty: its start is after its end")
    filters = [field_filter(schema, name, value, families)
               for name, value in (("headline", headline), ("dateline", dateline), ("source", source),
                                   ("byline", byline))
               if value]
    if language:
        filters.append(Q.Term("language", language.lower()))
    if undated:
        if not span.empty:
            raise QueryError("undated articles have no date to fall between --from and --to")
        filters.append(Q.Term("undated", "1"))
    if not span.empty:
        filters.append(range_filter(span))
    plain = bool(words) and not _OPERATOR.search(words)
    if plain:
        # without operators, brackets group nothing: "the Baath (Renaissance) party" is prose
        words = _content_words(words.replace("(", " ").replace(")", " "))
    sentence = plain and len(words.split()) >= SENTENCE_WORDS
    if words:
        group = OrGroup if sentence else AndGroup
        try:
            query = _words_query(schema, words, group, families, plain=plain)
        except Exception as exc:  # whoosh's parser raises bare errors on odd input
            raise QueryError(f"cannot read the query {words!r}: {exc}") from exc
    else:
        query = Q.Every()
    if plain and not sentence:
        query = _with_proximity(schema, query, words, families)
    _lazy_unions(query)
    browsing = isinstance(query, Q.Every)
    return Plan(
        query=query,
        filter=(filters[0] if len(filters) == 1 else Q.And(filters)) if filters else None,
        sortedby=_sort_facet("newest" if browsing and sort == "relevance" else sort),
        keywords_only=plain and not sentence,
        text=words,
        families=tuple(families),
    )


def _lazy_unions(query: Q.Query) -> None:
    """Make every OR a lazy union of its parts. Whoosh otherwise reads whole posting lists
    into arrays in segments under 5,000 documents, which an index built in batches has many of."""
    if isinstance(query, Q.Or):
        query.matcher_type = Q.Or.DEFAULT_MATCHER
    for child in query.children():
        _lazy_unions(child)


def _with_proximity(schema, query: Q.Query, words: str, families: Sequence[str] = ()) -> Q.Query:
    """Keywords that stand close together (or in the headline) rank higher; the match itself
    is unchanged: the phrase part only adds to the score of articles the words already match."""
    near = []
    for field, slop, boost in PROXIMITY:
        for name in family_fields(field, families):
            terms = [token.text for token in schema[name].analyzer(words)]
            if len(terms) > 1:
                near.append(Q.Phrase(name, terms, slop=slop, boost=boost))
    return Q.AndMaybe(query, Q.Or(near)) if near else query


def _content_words(text: str) -> str:
    """Drop function words from a plain query ("what", "which", "been"), unless nothing is left."""
    kept = [word for word in text.split() if word.lower() not in QUERY_STOP_WORDS]
    return " ".join(kept) if kept else text


#: A word the parser reads as nothing but itself: letters and digits, and the marks that
#: combine with them (a Hindi word's vowel signs).
_SIMPLE_WORD = re.compile(rf"(?:[^\W_]|[{COMBINING_MARKS}])+")


def widened(query: Q.Query) -> Q.Query | None:
    """The same words ORed: BM25 sums rank articles with more of them higher. (Whoosh's
    coordination factor is left out: its scores depend on how the index is segmented.)
    ``None`` unless ``query`` (a plan's, its proximity part aside) is an AND of its words: a
    single word ORed is itself. Built from the plan's own parts, not parsed again."""
    core = query.a if isinstance(query, Q.AndMaybe) else query
    if not isinstance(core, Q.And) or len(core.subqueries) < 2:
        return None
    wider = Q.Or(list(core.subqueries)).normalize()   # normalising builds anew, the plan's query stays as it is
    _lazy_unions(wider)
    return wider


def _words_query(schema, words: str, group, families: Sequence[str] = (), *, plain: bool = True) -> Q.Query:
    """The query tree of ``words``: built directly when they are plain words it can build
    (``_keywords_query``), else parsed by Whoosh's parser."""
    query = _keywords_query(schema, words, group, families) if plain else None
    return query if query is not None else parser(schema, group=group, families=families).parse(words)


def _keywords_query(schema, words: str, group, families: Sequence[str] = ()) -> Q.Query | None:
    """The tree Whoosh's parser makes of plain words, built directly; ``None`` unless every
    word is letters and digits that each field reads as one term (else only the parser knows).

    For such words the parser's tree is one OR per word of the searched fields' terms (the
    word analysed as each field is, with the field's boost; none for a stop word), joined by
    ``group`` and normalised. Its passes cost more than the rest of a query's planning."""
    per_word = []
    for word in words.split():
        if not _SIMPLE_WORD.fullmatch(word):
            return None
        terms = []
        for field in SEARCHED_FIELDS:
            for name in family_fields(field, families):
                schema_field = schema[name]
                if schema_field.self_parsing():
                    return None
                texts = list(schema_field.process_text(word, mode="query", tokenize=True, removestops=True))
                if len(texts) > 1:
                    return None
                if texts:
                    terms.append(Q.Term(name, texts[0], boost=FIELD_BOOSTS.get(field, 1.0)))
        per_word.append(Q.Or(terms))
    return (Q.Or if group is OrGroup else Q.And)(per_word).normalize()


def _sort_facet(sort: str):
    """``None`` for relevance: Whoosh then ranks by score, and the archive breaks ties by date."""
    if sort == "newest":
        return FieldFacet("date", reverse=True)
    if sort == "oldest":
        return FieldFacet("date")
    return None
