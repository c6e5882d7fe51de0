"""The ranking metrics of bench/, checked on a hand-computed example."""
from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from metrics import average_precision, evaluate, ndcg, precision_at, recall_at  # noqa: E402

RANKED = ["d1", "d2", "d3", "d4", "d5"]
RELEVANT = {"d1", "d3", "d9"}


def test_average_precision_by_hand():
    # relevant at ranks 1 and 3; d9 never retrieved: (1/1 + 2/3) / 3
    assert average_precision(RANKED, RELEVANT) == pytest.approx((1 + 2 / 3) / 3)


def test_ndcg_by_hand():
    gains = 1 / math.log2(2) + 1 / math.log2(4)
    ideal = 1 / math.log2(2) + 1 / math.log2(3) + 1 / math.log2(4)
    assert ndcg(RANKED, RELEVANT, 10) == pytest.approx(gains / ideal)


def test_precision_and_recall_by_hand():
    assert precision_at(RANKED, RELEVANT, 5) == pytest.approx(2 / 5)
    assert recall_at(RANKED, RELEVANT, 2) == pytest.approx(1 / 3)


def test_evaluate_averages_and_counts_missing_runs_as_zero():
    figures = evaluate({"q1": RANKED}, {"q1": RELEVANT, "q2": {"x"}})
    assert figures["MAP"] == pytest.approx((1 + 2 / 3) / 3 / 2)


def test_extraction_texts_are_compared_without_whitespace_runs_or_soft_hyphens():
    from extraction import normalise

    shown = "Deutschland steht fest"
    assert normalise("Deutsch\u00adland  steht\n fest") == normalise(shown) == shown


def test_whole_bodies_are_compared_by_their_word_4_grams():
    from extraction import shingles

    assert shingles("The  quay\nreopens in April") == {("the", "quay", "reopens", "in"),
                                                      ("quay", "reopens", "in", "april")}
    assert shingles("too short") == set()


def test_the_htmldate_fallback_dates_only_what_newsarchive_left_undated(monkeypatch):
    import extraction

    asked = []

    def fake_htmldate(html, url, *, extensive):
        asked.append((url, extensive))
        return "2020-05-04"

    monkeypatch.setattr(extraction, "_htmldate", fake_htmldate)
    fields = extraction.Fields
    found = extraction.with_htmldate(lambda html, url: fields("body", "title", "2021-01-02"), extensive=False)
    missed = extraction.with_htmldate(lambda html, url: fields("body", "title", None), extensive=True)
    assert found("<html>", "https://a.example/1") == ("body", "title", "2021-01-02", "")
    assert missed("<html>", "https://a.example/2") == ("body", "title", "2020-05-04", "")
    assert asked == [("https://a.example/2", True)]


def _labelled_set(folder: Path) -> Path:
    import json

    (folder / "pages").mkdir(parents=True)
    truth = [{"id": "a", "file": "pages/a.html", "url": "https://a.example/1", "title": "Quay reopens",
              "author": ["Ann Lee", "Bo Roe"], "date": "2020-04-01", "must_contain": ["the quay reopens"], "must_not_contain": ["subscribe"]},
             {"id": "b", "file": "pages/b.html", "url": "https://a.example/2", "date": None,
              "must_contain": ["ferries resume"], "must_not_contain": []}]
    for item in truth:
        (folder / item["file"]).write_text(f"<p>{item['id']}</p>", encoding="utf-8")
    (folder / "truth.jsonl").write_text("\n".join(json.dumps(item) for item in truth), encoding="utf-8")
    return folder


def test_every_page_goes_through_each_extractor_in_turn_and_each_is_scored_apart(tmp_path):
    from extraction import Fields, run_bodies

    calls = []

    def right(html, url):
        calls.append(("right", url))
        return Fields("the quay reopens and ferries resume", "Quay reopens",
                      "2020-04-01" if url.endswith("1") else None, "Ann Lee, Bo Roe")

    def wrong(html, url):
        calls.append(("wrong", url))
        return Fields("subscribe now", "Home", "2019-01-01", "Ann Lee")

    scored = run_bodies(_labelled_set(tmp_path), [("right", right), ("wrong", wrong)], textdump=False)
    assert [name for name, _ in calls] == ["right", "wrong", "right", "wrong"]
    good, bad = (result.row() for result in scored)
    assert (good["f1"], good["headline"], good["byline"], good["dated_right"], good["undated_kept"]) == \
        (1.0, 1.0, 1.0, 1.0, 1.0)
    assert (bad["recall"], bad["precision"], bad["headline"], bad["byline"], bad["dated_right"],
            bad["undated_kept"]) == (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
