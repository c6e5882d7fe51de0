"""Timeline, facets, did-you-mean, wire-copy collapse, similar articles, dates in words."""
from __future__ import annotations

import json
import unicodedata
from datetime import date

import pytest
from click.testing import CliRunner

from newsarchive import QueryError
from newsarchive.chart import bar_chart
from newsarchive.cli import main
from newsarchive.copies import are_copies, containment, pack, sketch, unpack
from newsarchive.timespan import relative_span

SEED_ID = "sample_data/000_cf66f6befb59e769.txt"
WIRE_IDS = {"https://harborledger.example/news/venezuela-rations-electricity",
            "sample_data/northfield-review/2015-06-14-venezuela-rations-electricity.html"}


def test_wire_copies_show_once_with_their_copies(archive):
    hits = archive.search("venezuela rations electricity")
    ids = [h.article.id for h in hits]
    assert len(WIRE_IDS & set(ids)) == 1
    first = next(h for h in hits if h.article.id in WIRE_IDS)
    assert set(first.copies) | {first.article.id} == WIRE_IDS
    everything = archive.search("venezuela rations electricity", all_copies=True)
    assert WIRE_IDS <= {h.article.id for h in everything}


def test_copies_are_looked_up_when_read(archive, monkeypatch):
    # a script that never reads ``copies`` pays for no lookup
    from newsarchive import Archive

    calls = []
    lookup = Archive._copies_of
    monkeypatch.setattr(Archive, "_copies_of", lambda self, *args: calls.append(args) or lookup(self, *args))
    hits = archive.search("venezuela rations electricity")
    assert [hit.snippet for hit in hits] and not calls
    first = next(h for h in hits if h.article.id in WIRE_IDS)
    assert set(first.copies) | {first.article.id} == WIRE_IDS and len(calls) == 1
    assert first.copies and len(calls) == 1   # once per hit


def test_copies_can_be_read_after_the_archive_is_closed(sample_index):
    from newsarchive import Archive

    with Archive.open(sample_index) as archive:
        hits = archive.search("venezuela rations electricity")
    first = next(h for h in hits if h.article.id in WIRE_IDS)
    assert set(first.copies) | {first.article.id} == WIRE_IDS


def test_different_stories_on_one_event_are_not_copies(archive):
    hits = archive.search("venezuela", limit=20)
    ids = {h.article.id for h in hits}
    assert SEED_ID in ids and "https://harborledger.example/news/venezuela-frees-americans" in ids


def test_copy_sketches():
    story = " ".join(f"word{i} common text about the harbour strike" for i in range(60))
    edited = story.replace("word5 ", "changed5 ").rsplit(" ", 40)[0]   # an edit and a cut ending
    other = " ".join(f"term{i} different report on a ferry dispute" for i in range(60))
    assert are_copies(sketch(story), sketch(edited))
    assert containment(sketch(story), sketch(other)) < 0.1
    assert sketch("too short") == ()
    assert unpack(pack(sketch(story))) == sketch(story) and unpack(pack(sketch(story)[:5])) == sketch(story)[:5]
    assert unpack(b"") == () and unpack(pack(())) == ()


def test_copy_sketches_read_words_with_their_marks_in_composed_form():
    """Hindi words differing only in their vowel signs are different words, as the search reads
    them (split at the signs, every word of one text matched the other's); an accent written as
    a separate mark is the same letter as a composed one."""
    hindi = ("भारत सरकार ने आज नई शिक्षा नीति की घोषणा की। स्कूलों में हिन्दी और अंग्रेज़ी दोनों भाषाओं में "
             "पढ़ाई होगी। ") * 3
    other_vowels = hindi.replace("\u0940", "\u093e").replace("\u0947", "\u094b").replace("\u093f", "\u0941")
    assert containment(sketch(hindi), sketch(other_vowels)) < 0.1
    french = "Le café du port ferme ses portes après quarante ans de service, dit la mairie du village. " * 3
    assert sketch(french) == sketch(unicodedata.normalize("NFD", french))


def test_timeline_counts_every_period_including_empty_ones(archive):
    counts = archive.timeline("oil", by="year")
    assert counts[0][0] == "2019" and counts[-1][0] == "2022"
    assert dict(counts)["2020"] == 0 and sum(c for _, c in counts) >= 4
    months = archive.timeline("", by="month", since="2022-03", until="2022-03")
    assert months == [("2022-03", 4)]   # the seed, two copies of one wire story, one more
    with pytest.raises(QueryError):
        archive.timeline("oil", by="week")


def test_bar_chart_fits_the_width_and_labels_the_axis():
    lines = bar_chart([("2019", 2), ("2020", 0), ("2021", 8)], width=40)
    assert all(len(line) <= 40 for line in lines)
    assert lines[1].startswith("2020 │") and lines[1].endswith(" 0")
    assert lines[-1].strip().startswith("0") and lines[-1].endswith("8")
    assert "#" in bar_chart([("a", 1)], width=30, unicode=False)[0]


def test_facets_count_top_values(archive):
    results = archive.search("", dateline="washington", facets=["source", "year"], limit=1)
    assert dict(results.facets["year"])["2022"] >= 2
    assert ("The Harbor Ledger", 2) in results.facets["source"]
    with pytest.raises(QueryError, match="unknown facet"):
        archive.search("oil", facets=["colour"])


def test_did_you_mean(archive):
    assert archive.search("venezula").suggestion == "venezuela"
    assert archive.search("venezuela").suggestion is None


def test_similar_articles_exclude_copies_of_the_same_story(archive):
    similar = archive.similar("https://harborledger.example/news/venezuela-rations-electricity", limit=5)
    ids = [h.article.id for h in similar]
    assert not WIRE_IDS & set(ids)
    assert len(ids) == 5


@pytest.mark.parametrize("words, expected", [
    ("today", (date(2026, 11, 29), date(2026, 11, 29))),
    ("yesterday", (date(2026, 11, 28), date(2026, 11, 28))),
    ("last week", (date(2026, 11, 16), date(2026, 11, 22))),
    ("this month", (date(2026, 11, 1), date(2026, 11, 30))),
    ("last year", (date(2025, 1, 1), date(2025, 12, 31))),
    ("3 days ago", (date(2026, 11, 26), date(2026, 11, 26))),
])
def test_dates_in_words(words, expected):
    assert relative_span(words, today=date(2026, 11, 29)) == expected


def test_relative_dates_in_filters_and_query(archive):
    assert archive.search("", since="last year", limit=100) is not None
    assert archive.search('date:"last month"') is not None


def test_cli_timeline_similar_facets_fix_on(sample_index):
    runner = CliRunner()
    index = ["--index", str(sample_index)]
    chart = runner.invoke(main, ["timeline", "oil", *index])
    assert chart.exit_code == 0 and "2020 │ 0" in chart.stdout
    counts = json.loads(runner.invoke(main, ["timeline", "oil", "--json", *index]).stdout)
    assert counts["counts"]["2020"] == 0
    similar = runner.invoke(main, ["similar", SEED_ID, "--json", *index])
    assert similar.exit_code == 0 and SEED_ID not in similar.stdout
    facets = runner.invoke(main, ["search", "oil", "--facets", "source,year", *index])
    assert "year:" in facets.stdout
    misspelt = runner.invoke(main, ["search", "venezula", *index])
    assert "Did you mean: venezuela" in misspelt.stderr
    fixed = runner.invoke(main, ["search", "venezula", "--fix", *index])
    assert fixed.exit_code == 0 and "Venezuela" in fixed.stdout
    on = runner.invoke(main, ["search", "--on", "2022-03-06", "--json", *index])
    assert SEED_ID in on.stdout and on.stdout.count("\n") == 1
    copies = runner.invoke(main, ["search", "glasgow coal", *index])
    assert "+1 more copy" in copies.stdout


def _small_archive(tmp_path, articles):
    from newsarchive import Archive, index_articles

    index_articles(articles, index_dir=tmp_path / "index")
    return Archive.open(tmp_path / "index")


def test_keywords_close_together_rank_higher(tmp_path):
    from newsarchive import Article

    filler = " ".join(f"filler{i}" for i in range(40))
    apart = Article(id="apart", headline="Energy news", body=f"The oil market moved. {filler} A ban was discussed.")
    close = Article(id="close", headline="Energy news", body=f"The oil ban was discussed. {filler} The market moved.")
    with _small_archive(tmp_path, [apart, close]) as archive:
        assert [h.article.id for h in archive.search("oil ban", all_copies=True)] == ["close", "apart"]


def test_recent_blends_recency_into_relevance(tmp_path):
    from newsarchive import Article

    body = "Harbour strike talks continue between the union and the port operators. "
    old = Article(id="old", headline="Harbour strike", body=body * 3 + "strike strike", date=date(2001, 5, 1))
    new = Article(id="new", headline="Harbour strike", body=body * 3 + "update", date=date(2026, 11, 1))
    with _small_archive(tmp_path, [old, new]) as archive:
        assert archive.search("strike", all_copies=True)[0].article.id == "old"
        assert archive.search("strike", recent=True, all_copies=True)[0].article.id == "new"


def test_copies_found_in_an_index_made_before_the_copy_column(tmp_path):
    # articles indexed with their sketch stored (no column) and articles indexed since find each other
    from whoosh.index import create_in

    from newsarchive import Archive, Article, index_articles
    from newsarchive.copies import encode
    from newsarchive.schema import build_schema, to_document

    story = ("Electricity will be rationed for forty days across the country, the energy minister said on "
             "Friday, as a drought leaves the main dam near its lowest level in decades. ") * 3
    wire = [Article(id=f"wire-{n}", headline="Power rationed", body=story + f"Reported by desk {n}.")
            for n in range(3)]
    other = Article(id="other", headline="Power rationed", body="A different story about power cuts in the north. " * 4)
    schema = build_schema()
    schema.remove("copy_sketch")
    (tmp_path / "index").mkdir()
    old = create_in(str(tmp_path / "index"), schema)
    with old.writer() as writer:
        for article in wire[:2]:
            doc = to_document(article)
            doc["sketch"] = encode(unpack(doc.pop("copy_sketch")))
            writer.add_document(**doc)
    index_articles([wire[2], other], index_dir=tmp_path / "index")
    with Archive.open(tmp_path / "index") as archive:
        hits = archive.search("electricity rationed drought")
        assert {hits[0].article.id, *hits[0].copies} == {a.id for a in wire}
        assert [hit.article.id for hit in hits[1:]] == ["other"] and not hits[1].copies
        assert "copy_sketch" in archive._ix.schema


def test_a_page_fills_up_when_copies_of_one_story_outnumber_the_spare_hits(tmp_path):
    from newsarchive import Article
    from newsarchive.archive import SPARE_HITS

    story = ("Electricity will be rationed for forty days across the country, the energy minister said on "
             "Friday, as a drought leaves the main dam near its lowest level in decades. ") * 3
    wire = [Article(id=f"wire-{n:02}", headline="Drought: electricity rationed", body=story + f"Desk {n}.")
            for n in range(3 * SPARE_HITS)]
    others = [Article(id=f"other-{n:02}", headline=f"Story {n}",
                      body=f"Farmers in valley {n} say the drought dried their wells. " + f"Field report {n}. " * 4)
              for n in range(12)]
    with _small_archive(tmp_path, wire + others) as archive:
        hits = archive.search("drought", limit=10)
        assert len(hits) == 10 and hits.total == len(wire) + len(others)
        assert hits[0].article.id.startswith("wire-") and len(hits[0].copies) == len(wire) - 1
        assert all(hit.article.id.startswith("other-") for hit in hits[1:])
