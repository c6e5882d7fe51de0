"""Untrusted query text and filter values: results or a QueryError, never another exception."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsarchive import Archive, Article, QueryError, index_articles

QUERY_ALPHABET = st.sampled_from(list('abcdefghij xyz"()*?~^+-:[]{}<>=/\\\'.,!&|') +
                                 ["AND", "OR", "NOT", "date:", "headline:", "body:", "to", "é", "ß", "中", "\x00",
                                  "2022", "2022-03", "-01", "oil", "venezuela", " "])


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("hostile") / "index"
    articles = [Article(id=f"a{i}", headline=f"Oil talks {i}", body="Venezuela oil harbour talks. " * 20,
                        dateline="Caracas", source="Wire", date=None) for i in range(5)]
    index_articles(articles, index_dir=index_dir)
    with Archive.open(index_dir) as archive:
        yield archive


def _search_or_query_error(archive, text, **filters):
    try:
        results = archive.search(text, **filters)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for hit in results:
        assert hit.article.id and isinstance(hit.snippet, str)


@settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.lists(QUERY_ALPHABET, max_size=12).map("".join))
def test_query_text(small_archive, text):
    _search_or_query_error(small_archive, text)


@settings(max_examples=2_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(max_size=60), dateline=st.one_of(st.none(), st.text(max_size=20)),
       since=st.one_of(st.none(), st.text(max_size=25)), until=st.one_of(st.none(), st.text(max_size=25)),
       sort=st.sampled_from(["relevance", "newest", "oldest", "bogus"]))
def test_any_text_and_filters(small_archive, text, dateline, since, until, sort):
    _search_or_query_error(small_archive, text, dateline=dateline, since=since, until=until, sort=sort)


@pytest.mark.parametrize("text, message", [
    ("*a*", "matches too much"),
    ("?", "matches too much"),
    ("body:[a to z]", "for dates only"),
    (" ".join(["oil"] * 500), "more than"),
    ("x" * 20_000, "too long"),
])
def test_expensive_patterns_are_refused_with_a_way_out(small_archive, text, message):
    with pytest.raises(QueryError, match=message):
        small_archive.search(text)


def test_prefix_wildcards_still_work(small_archive):
    assert small_archive.search("venez*")
