from __future__ import annotations

from datetime import date

from newsarchive import extract_text
from tests.conftest import SAMPLE_DATA


def dump(name: str) -> str:
    return (SAMPLE_DATA / name).read_text(encoding="utf-8")


def test_another_site_dump_with_wire_dateline_in_the_lead():
    article = extract_text(dump("pacific-courier/2017-02-20-japan-exporters-yen.txt"))
    assert article.headline == "Japanese exporters brace for a stronger yen"
    assert article.date.isoformat() == "2017-02-20T14:00:00+09:00"
    assert article.dateline == "Tokyo"
    assert article.byline == "Reuters"
    assert article.source == "Pacific Courier"
    assert article.summary.startswith("Carmakers and electronics firms")
    # the standfirst opens the body as the page shows it; the lead follows without its dateline
    assert article.body.startswith(article.summary + "\n\nJapan's big exporters are preparing")
    for noise in ("Advertisement", "Read also", "Rudi Hartono", "newsletter", "Related articles", "Listen to"):
        assert noise not in article.body


def test_day_only_date_stays_a_day():
    article = extract_text(dump("pacific-courier/2018-10-30-jakarta-floods-monsoon.txt"))
    assert article.date == date(2018, 10, 30)
    assert article.dateline == "Jakarta"


def test_french_dump():
    article = extract_text(dump("le-veilleur/2019-12-05-greve-transports-paris.txt"))
    assert article.headline == "Grève des transports : Paris au ralenti"
    assert article.date.isoformat() == "2019-12-05T08:00:00+01:00"
    assert article.byline == "AFP"
    assert article.dateline == "Paris"
    assert article.body.startswith(article.summary + "\n\nOnze lignes de métro")
    assert "Abonnez-vous" not in article.body and "Partager" not in article.body


def test_repeated_template_block_is_dropped_but_repeated_standfirst_kept():
    text = "\n\n".join([
        "Daily Example", "Big storm hits the coast overnight",
        "Winds of 150 km/h tore roofs off houses and cut power to thousands of homes along the coast.",
        "March 1, 2020", "Gift this article", "Share the best of Daily Example with friends, family, or colleagues anytime.",
        "The storm made landfall shortly after midnight, forecasters said, and weakened as it moved inland over farmland.",
        "Winds of 150 km/h tore roofs off houses and cut power to thousands of homes along the coast.",
        "Emergency crews worked through the night to clear fallen trees from the main roads into the town.",
        "Gift this article", "Share the best of Daily Example with friends, family, or colleagues anytime.",
    ])
    article = extract_text(text)
    assert article.headline == "Big storm hits the coast overnight"
    assert "Share the best" not in article.body
    assert article.body.count("Winds of 150 km/h") == 1
