"""``Draft``: the fields a cleaner found, before they are finished into an ``Article``."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Draft:
    headline: str = ""
    paragraphs: list[str] = field(default_factory=list)
    date: date | None = None
    dateline: str = ""
    byline: str = ""
    summary: str = ""
    summary_opens_body: bool = False   # the summary is the story's first paragraph (after any dateline)
    source: str = ""
    url: str = ""
    language: str = ""
