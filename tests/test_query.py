"""Date edges, field checks and query syntax, through the public search API on small archives."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from newsarchive import Archive, Article, QueryError, index_articles
from newsarchive.timespan import parse_bound


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


WORDS = ("budget oil price council port ferry tariff strike wage pension dock crane cargo tanker "
         "vote mayor river bridge tunnel rail").split()


def body(seed: int) -> str:
    """Distinct texts (identical ones would be folded together as copies of one story)."""
    import random

    rng = random.Random(seed)
    return "Officials met for talks about the harbour. " + " ".join(rng.choice(WORDS) for _ in range(80))


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    """Articles placed on day and time-zone boundaries."""
    articles = [
        # 2022-03-07 01:00 in Jakarta is still 2022-03-06 in UTC
        Article(id="jakarta-late", headline="Harbour talks late", body=body(1), date=datetime(2022, 3, 7, 1, 0, tzinfo=tz(7))),
        Article(id="utc-midnight", headline="Harbour talks midnight", body=body(2), date=datetime(2022, 3, 7, 0, 0, tzinfo=tz(0))),
        Article(id="day-only", headline="Harbour talks day", body=body(3), date=date(2022, 3, 31)),
        Article(id="new-year", headline="Harbour talks new year", body=body(4), date=datetime(2021, 12, 31, 23, 59, 59, tzinfo=tz(0))),
        Article(id="undated", headline="Harbour talks undated", body=body(5)),
    ]
    index_dir = tmp_path_factory.mktemp("dated") / "index"
    index_articles(articles, index_dir=index_dir)
    with Archive.open(index_dir) as archive:
        yield archive


def ids(results) -> set[str]:
    return {hit.article.id for hit in results}


def test_partial_bounds():
    assert parse_bound("2022", end=False) == datetime(2022, 1, 1)
    assert parse_bound("2022-03", end=True) == datetime(2022, 3, 31, 23, 59, 59, 999999)
    assert parse_bound("2024-02", end=True).day == 29
    assert parse_bound("2022-03-06T16:15+07:00", end=False) == datetime(2022, 3, 6, 9, 15)


@pytest.mark.parametrize("bad", ["2022-13", "March", "2022-02-30", "20222"])
def test_bad_bounds_raise_query_error(bad):
    with pytest.raises(QueryError, match="bad date"):
        parse_bound(bad, end=False)


def test_time_zones_are_compared_in_utc(dated):
    assert ids(dated.search("harbour", since="2022-03-06", until="2022-03-06")) == {"jakarta-late"}
    assert ids(dated.search("harbour", since="2022-03-07", until="2022-03-07")) == {"utc-midnight"}


def test_day_only_date_covers_its_whole_day(dated):
    assert "day-only" in ids(dated.search("harbour", since="2022-03-31T12:00", until="2022-03-31T13:00"))
    assert "day-only" in ids(dated.search("harbour", until="2022-03-31"))
    assert "day-only" not in ids(dated.search("harbour", until="2022-03-30"))


def test_year_and_month_bounds_are_inclusive(dated):
    assert ids(dated.search("harbour", since="2021", until="2021")) == {"new-year"}
    assert ids(dated.search("harbour", since="2022-03", until="2022-03")) == {"jakarta-late", "utc-midnight", "day-only"}


def test_date_ranges_exclude_undated_articles_but_plain_search_finds_them(dated):
    assert "undated" in ids(dated.search("harbour", limit=10))
    assert "undated" not in ids(dated.search("harbour", since="1900"))


@pytest.mark.parametrize("text, expected", [
    ("harbour date:2021", {"new-year"}),
    ("harbour date:2022-03-06", {"jakarta-late"}),
    ("harbour date:[2022-03-07 to 2022-03]", {"utc-midnight", "day-only"}),
    ("harbour date:[to 2022-03-06]", {"jakarta-late", "new-year"}),
    ("harbour date:>2022-03-07", {"day-only"}),
    ("harbour date:<2022", {"new-year"}),
    ("harbour date:>=2022-03-31", {"day-only"}),
])
def test_dates_inside_the_query_text(dated, text, expected):
    assert ids(dated.search(text)) == expected


def test_date_in_text_and_filters_intersect(dated):
    assert ids(dated.search("harbour date:2022", until="2022-03-06")) == {"jakarta-late"}


@pytest.mark.parametrize("text, message", [
    ("nosuchfield:oil", "unknown field 'nosuchfield'"),
    ("date:2022-13", "bad date"),
    ("date:[nonsense to]", "bad date"),
    ('"unclosed phrase', "unbalanced quote"),
    ("(oil OR gas", "unbalanced parenthesis"),
])
def test_malformed_queries_say_what_to_fix(dated, text, message):
    with pytest.raises(QueryError, match=message):
        dated.search(text)


def test_inverted_range_is_a_query_error(dated):
    with pytest.raises(QueryError, match="after"):
        dated.search("harbour", since="2023", until="2022")


def test_unknown_sort_is_a_query_error(dated):
    with pytest.raises(QueryError, match="unknown sort"):
        dated.search("harbour", sort="random")


@pytest.mark.parametrize("families", [(), ("de",), ("de", "fr")])
def test_plain_words_are_planned_as_the_parser_reads_them(families):
    """Plain words skip Whoosh's parser; the tree must be the one it would have made (stop
    words in some analyses only, stems, accents, digits, other scripts, repeats)."""
    import random

    from whoosh.qparser import AndGroup, OrGroup

    from newsarchive import query
    from newsarchive.schema import build_schema

    schema = build_schema()
    vocabulary = ("harbour harbours Harbour ferries the and über Häfen Fähre 2020 a1 x I ÉTÉ naïve 东京 Москва "
                  "das le les été running ran U2 der und de la").split()
    rng = random.Random(5)
    for _ in range(150):
        words = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 4)))
        for group in (AndGroup, OrGroup):
            built = query._keywords_query(schema, words, group, families)
            assert built == query.parser(schema, group=group, families=families).parse(words), words
    for needs_the_parser in ("e-mail", "harbour*", "don't", "ferry_port"):
        assert query._keywords_query(schema, needs_the_parser, AndGroup, families) is None
