"""Searching sample_data through the Python API."""
from __future__ import annotations

import pytest

from newsarchive import Archive, IndexNotFoundError, QueryError

SEED_ID = "sample_data/000_cf66f6befb59e769.txt"


def test_seed_is_found_with_its_fields(archive):
    [first, *_] = archive.search("venezuela russian ally")
    assert first.article.id == SEED_ID
    assert first.article.headline == "US officials travel to Venezuela, a Russian ally, for talks"
    assert first.score > 0
    assert "**" in first.snippet


def test_results_are_ranked_by_score(archive):
    hits = archive.search("oil", limit=20)
    assert len(hits) >= 3
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_headline_words_outrank_body_mentions(archive):
    hits = archive.search("glacier")
    assert "glacier" in hits[0].article.headline.lower()


def test_filters_and_dates(archive):
    hits = archive.search("venezuela", dateline="washington", since="2022-03", until="2022-03")
    assert SEED_ID in {h.article.id for h in hits}
    assert all(h.article.dateline.lower().startswith("washington") for h in hits)


def test_from_excludes_earlier_articles(archive):
    assert SEED_ID not in {h.article.id for h in archive.search("venezuela", since="2022-03-07", limit=50)}


def test_source_and_byline_filters(archive):
    hits = archive.search("", source="pacific courier", limit=50)
    assert hits and all(h.article.source == "Pacific Courier" for h in hits)
    hits = archive.search("", byline="reuters", limit=50)
    assert hits and all("Reuters" in h.article.byline for h in hits)


def test_empty_query_with_filter_browses_newest_first(archive):
    hits = archive.search("", dateline="washington", limit=50)
    dates = [h.article.date for h in hits]
    assert len(hits) >= 4
    keys = [d.isoformat()[:10] for d in dates]
    assert keys == sorted(keys, reverse=True)


def test_sort_oldest_and_newest(archive):
    oldest = archive.search("oil", sort="oldest", limit=50)
    newest = archive.search("oil", sort="newest", limit=50)
    assert [h.article.id for h in oldest] == [h.article.id for h in reversed(newest)] or \
        oldest[0].article.date <= newest[0].article.date


def test_operators_phrases_and_fields(archive):
    assert archive.search('"white house"')
    without = archive.search("venezuela NOT sanctions", limit=50)
    assert without and not without.widened
    for hit in without:
        text = " ".join([hit.article.headline, hit.article.summary, hit.article.body]).lower()
        assert "venezuela" in text and "sanction" not in text
    assert all("Glasgow" in h.article.headline for h in archive.search("headline:glasgow"))


def test_lowercase_and_or_not_are_words_not_operators(archive):
    # "and" is a stop word; "not" is kept as a word: the query must not turn into NOT
    hits = archive.search("venezuela and oil", limit=50)
    assert hits and hits.total >= 1


def test_paging(archive):
    everything = archive.search("", limit=100)
    page_two = archive.search("", limit=5, offset=5)
    assert [h.article.id for h in page_two] == [h.article.id for h in everything[5:10]]


def test_keyword_query_widens_when_no_article_has_every_word(archive):
    results = archive.search("venezuela zyxwv")
    assert results.widened and results
    assert not archive.search("venezuela").widened


def test_get_and_stats(archive):
    article = archive.get(SEED_ID)
    assert article is not None and article.byline == "Agencies"
    assert archive.get("no-such-id") is None
    stats = archive.stats()
    assert stats.documents == len(archive) >= 41
    assert stats.first_date.year == 2015 and stats.last_date.year == 2025
    assert stats.sources["The Harbor Ledger"] == 8


def test_missing_index_raises_index_not_found(tmp_path):
    with pytest.raises(IndexNotFoundError, match="newsarchive index"):
        Archive.open(tmp_path / "missing")


def test_negative_limit_is_a_query_error(archive):
    with pytest.raises(QueryError):
        archive.search("oil", limit=-1)


def test_sentence_queries_rank_articles_matching_any_word(archive):
    sentence = "why did the reservoirs behind dams run low during the drought in venezuela"
    hits = archive.search(sentence, limit=50)
    assert not hits.widened and len(hits) >= 3
    assert "Venezuela rations electricity" in hits[0].article.headline


def test_function_words_are_dropped_from_plain_queries_only(archive):
    assert archive.search("the glacier")[0].article.headline.startswith("Zürich researchers")
    phrase = archive.search('"they found that"')   # inside a phrase every word counts
    assert phrase and all("they found that" in h.article.body for h in phrase)
    assert not archive.search('"that found they"')


def test_brackets_without_operators_are_prose(archive):
    assert archive.search("glacier (drones)")


def test_an_open_archive_sees_articles_indexed_after_it_opened(tmp_path):
    """The archive keeps its searcher and filters between searches, but not past a change to the index."""
    from datetime import date

    from newsarchive import Article, index_articles

    def harbour(n: int) -> Article:
        return Article(id=f"h{n}", headline=f"Harbour strike day {n}", body="Dockers walked out again.",
                       date=date(2020, 5, n))

    index_dir = tmp_path / "index"
    index_articles([harbour(1)], index_dir=index_dir)
    with Archive.open(index_dir) as archive:
        assert archive.search("harbour", since="2020", until="2020").total == 1
        assert archive.search("harbour", since="2021").total == 0
        index_articles([harbour(2)], index_dir=index_dir)
        assert archive.search("harbour", since="2020", until="2020").total == 2
        assert archive.search("harbour", since="2021").total == 0


def test_equal_scores_list_newest_first_then_by_id(tmp_path):
    """Ties are broken by date, then id, whichever matches were fetched to fill the page."""
    from datetime import date

    from newsarchive import Article, index_articles

    def article(id: str, day: date | None, filler: str) -> Article:
        return Article(id=id, headline="Harbour notes", date=day,
                       body=f"The harbour opened its gates at dawn for the {filler} fleet today.")

    index_articles([article("b-2020", date(2020, 5, 1), "alpha"), article("c-undated", None, "bravo"),
                    article("a-2020", date(2020, 5, 1), "delta"), article("d-2022", date(2022, 1, 9), "gamma")]
                   + [Article(id=f"other-{n}", headline=f"Ferry report {n}", body=f"Ferry timetable {n} " * 20)
                      for n in range(30)],
                   index_dir=tmp_path / "index")
    with Archive.open(tmp_path / "index") as archive:
        hits = archive.search("harbour", limit=4, all_copies=True)
        assert len({round(hit.score, 6) for hit in hits}) == 1
        assert [hit.article.id for hit in hits] == ["d-2022", "a-2020", "b-2020", "c-undated"]
        assert [hit.article.id for hit in archive.search("harbour", limit=2)] == ["d-2022"]   # copies of one story
