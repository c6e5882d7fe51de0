"""The keyword ranker scores exactly as Whoosh's searcher does, on an index of many segments
with deleted documents, in two languages, with and without filters."""
from __future__ import annotations

import random
from datetime import datetime

import pytest
from whoosh import query as Q

from newsarchive import Archive, Article, index_articles
from newsarchive.ranker import Ranker

WORDS = ("harbour strike port workers union wages talks minister council flood river bridge "
         "election vote budget school teachers storm coast ferry fishing").split()
GERMAN = "Hafen Streik Arbeiter Löhne Gespräche Minister Flut Brücke Wahl Schule Sturm Küste".split()


def _text(rng: random.Random, words, count: int) -> str:
    return " ".join(rng.choice(words) for _ in range(count))


def _article(rng: random.Random, n: int) -> Article:
    german = n % 7 == 0
    words = GERMAN if german else WORDS
    return Article(id=f"a{n}", headline=_text(rng, words, 6).capitalize(), summary=_text(rng, words, 12),
                   body=". ".join(_text(rng, words, rng.randint(8, 40)) for _ in range(rng.randint(2, 12))),
                   dateline=rng.choice(["LONDON", "PARIS", "NEW YORK", ""]), language="de" if german else "en",
                   date=None if n % 11 == 0 else datetime(2010 + n % 5, 1 + n % 12, 1 + n % 28))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    rng = random.Random(11)
    articles = [_article(rng, n) for n in range(240)]
    index_dir = tmp_path_factory.mktemp("ranker") / "index"
    index_articles(articles, index_dir=index_dir, batch_size=60, jobs=1)
    # rewritten articles leave deleted documents behind in the older segments
    index_articles([article.with_changes(body=article.body + " harbour strike") for article in articles[::9]],
                   index_dir=index_dir, jobs=1)
    with Archive.open(index_dir) as opened:
        yield opened


def _allowed(plan):
    """The documents a plan's filter lets through, as the archive hands them to the ranker (a
    filter matching nothing stays a Whoosh query, which the archive leaves to Whoosh)."""
    if plan.filter is None:
        return None
    return set() if isinstance(plan.filter, Q.Query) else set(plan.filter)


QUERIES = ["harbour", "strike workers", "port union wages", "flood river bridge", "Streik", "Hafen Arbeiter",
           "minister talks about the budget for the school teachers", "ferry", "absentword", "storm absentword"]
FILTERS = [{}, {"since": "2011", "until": "2012"}, {"dateline": "London"}, {"language": "de"},
           {"since": "1990", "until": "1991"}]


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("text", QUERIES)
def test_ranker_matches_whoosh(archive, text, filters):
    with archive._searcher() as searcher:
        assert len(searcher.reader().leaf_readers()) > 1 and searcher.reader().has_deletions()
        plan = archive._plan(searcher, text, **filters)
        expected = searcher.search(plan.query, filter=plan.filter, limit=None)
        ranked = Ranker(searcher).top(plan.query, 1000, _allowed(plan))
        assert ranked is not None
        assert ranked.total == len(expected)
        whoosh = {hit.docnum: hit.score for hit in expected}
        ours = dict(ranked.hits)
        assert ours.keys() == whoosh.keys()
        for docnum, score in ours.items():
            assert score == pytest.approx(whoosh[docnum], rel=1e-9)
        scores = [score for _, score in ranked.hits]
        assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("first_checks", [1, 3, 16])
def test_the_top_with_proximity_is_the_top_of_all_matches(archive, monkeypatch, first_checks):
    """Proximity bonuses are checked only as far as they can change the top, in batches of
    any size: the same top 5."""
    from newsarchive import ranker

    monkeypatch.setattr(ranker, "FIRST_CHECKS", first_checks)
    with archive._searcher() as searcher:
        for text in ("strike workers", "port union wages"):
            plan = archive._plan(searcher, text)
            everything = Ranker(searcher).top(plan.query, 1000).hits
            assert Ranker(searcher).top(plan.query, 5).hits == everything[:5]


def test_other_queries_are_left_to_whoosh(archive):
    with archive._searcher() as searcher:
        for text in ('"harbour strike"', "harb*", "harbour NOT strike", "headline:storm"):
            plan = archive._plan(searcher, text)
            if text.startswith("headline:"):
                assert Ranker(searcher).top(plan.query, 10) is not None   # a field's words are still terms
            else:
                assert Ranker(searcher).top(plan.query, 10) is None
            matches = {hit.docnum for hit in searcher.search(plan.query, filter=plan.filter, limit=None)}
            assert {hit._docnum for hit in archive.search(text, limit=20)} <= matches


def test_forgetting_terms_read_changes_nothing(archive, monkeypatch):
    from newsarchive import ranker

    with archive._searcher() as searcher:
        plan = archive._plan(searcher, "strike workers union")
        remembering = Ranker(searcher).top(plan.query, 20).hits
        monkeypatch.setattr(ranker, "KEPT_POSTINGS", 0)
        forgetful = Ranker(searcher)
        assert forgetful.top(plan.query, 20).hits == remembering   # a query keeps what it reads
        assert forgetful.top(plan.query, 20).hits == remembering
        other = archive._plan(searcher, "ferry")
        assert forgetful.top(other.query, 20).hits == Ranker(searcher).top(other.query, 20).hits
        assert forgetful._terms and not any(text.startswith((b"strik", b"worker", b"union"))
                                            for _, text in forgetful._terms)   # the earlier query's are forgotten


@pytest.mark.parametrize("reverse", [True, False])
@pytest.mark.parametrize("filters", FILTERS[:3])
def test_sorting_by_date_matches_whoosh(archive, filters, reverse):
    from whoosh.sorting import FieldFacet

    with archive._searcher() as searcher:
        plan = archive._plan(searcher, "harbour strike", **filters)
        by_date = FieldFacet("date", reverse=reverse)
        expected = searcher.search(plan.query, filter=plan.filter, limit=15, sortedby=by_date)
        ranked = Ranker(searcher).top_by(plan.query, "date", 15, _allowed(plan),
                                         reverse=reverse)
        assert [doc for doc, _ in ranked.hits] == [hit.docnum for hit in expected]
        assert ranked.total == len(searcher.search(plan.query, filter=plan.filter, limit=None))
