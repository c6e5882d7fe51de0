"""A site's template, learnt from several of its text dumps.

One dump cannot tell a site's standing text from its story when the text reads like
prose: a newsletter pitch, a paragraph about the publisher, a cookie notice. Dumps
of one site saved together (one folder) share that text and little else, so the
lines most of them hold are the site's, not a story's. A line counts when at least
half the sampled dumps (and at least ``MIN_DUMPS``) hold it; lines stating a date
never count, as several stories of one day share their date line.

Template lines leave the body only: the headline of a story often stands in the
other dumps' "related" lists, and a byline is shared by its author's stories.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable

from .dates import find_dates

#: Dumps a site needs before any of its lines is taken for template.
MIN_DUMPS = 3
#: Share of the site's dumps that must hold a line.
SHARE = 0.5
#: Dumps read per site: enough to see the template, few enough to read quickly.
SAMPLE = 200


def learn(texts: Iterable[str]) -> frozenset[str]:
    """The lines (whitespace-normalised) most of these dumps of one site hold."""
    counts: Counter[str] = Counter()
    dumps = 0
    for text in texts:
        dumps += 1
        counts.update({normal for normal in (" ".join(line.split()) for line in text.splitlines()) if normal})
    if dumps < MIN_DUMPS:
        return frozenset()
    needed = max(MIN_DUMPS, math.ceil(SHARE * dumps))
    return frozenset(line for line, count in counts.items()
                     if count >= needed and not any(True for _ in find_dates(line)))


def sample(items: list, size: int = SAMPLE) -> list:
    """Up to ``size`` items spread evenly over the list (all of them when it is short)."""
    if len(items) <= size:
        return list(items)
    step = len(items) / size
    return [items[int(index * step)] for index in range(size)]
