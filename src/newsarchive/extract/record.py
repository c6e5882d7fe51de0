"""``Draft``: the fields a cleaner found, before they are finished into an ``Article``."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Below this a page is a stub, an index page or an error page, not an article. A paywalled
#: story's teaser (a headline and a sentence or two) is above it: findable beats skipped.
MIN_BODY_CHARS = 80


@dataclass
class Draft:
    headline: str = ""
    paragraphs: list[str] = field(default_factory=list)
    date: date | None = None
    dateline: str = ""
    byline: str = ""
    summary: str = ""
    #: text the page shows between the headline and the story that belongs to it (a standfirst,
    #: a recipe's ingredients, a fact box): opens the body, before the story's dateline lead
    opening: list[str] = field(default_factory=list)
    source: str = ""
    url: str = ""
    language: str = ""
