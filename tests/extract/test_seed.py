"""The seed page (a Jakarta Post dump, menus and nags around the article) must come out exactly."""
from __future__ import annotations

import pytest

from newsarchive import extract_text
from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed():
    return extract_text(SEED.read_text(encoding="utf-8"))


def test_headline(seed):
    assert seed.headline == "US officials travel to Venezuela, a Russian ally, for talks"


def test_precise_timestamp_wins_over_day_only_forms(seed):
    assert seed.date.isoformat() == "2022-03-06T16:15:48+07:00"


def test_dateline_source_byline(seed):
    assert seed.dateline == "Washington, United States"
    assert seed.source == "The Jakarta Post"
    assert seed.byline == "Agencies"


def test_summary_is_the_standfirst(seed):
    assert seed.summary.startswith("The trip, the highest-level US visit to Venezuela in years")
    assert seed.summary.endswith("restrict Moscow's energy shipments.")


def test_body_starts_with_rejoined_drop_cap_and_ends_with_last_paragraph(seed):
    assert seed.body.startswith("Senior US officials traveled to Venezuela Saturday")
    assert seed.body.endswith("moved forward.")


def test_body_holds_every_paragraph_once(seed):
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("enior US officials traveled"))
    end = next(i for i, line in enumerate(lines) if line.endswith("moved forward."))
    article = [line for line in lines[start + 1:end + 1] if line]
    paragraphs = seed.body.split("\n\n")
    assert len(paragraphs) == len(article) + 1
    for paragraph in article:
        assert paragraphs.count(paragraph) == 1, paragraph


@pytest.mark.parametrize("furniture", [
    "Reuters/Manaure Quintero", "Please Update your browser", "Change text size", "Gift Premium Articles",
    "Your Opinion Matters", "Share options", "Continue in the app", "Thank You", "Thank you for sharing",
    "Share the best of The Jakarta Post", "Enter at least 30 characters",
])
def test_body_has_no_page_furniture(seed, furniture):
    assert furniture not in seed.body
