"""A deterministic synthetic news archive for benchmarks.

Same seed, same archive: a Zipf-distributed vocabulary of invented words, articles of
realistic length (150-900 words in 3-12 paragraphs), dates over 25 years in a dozen
time zones, 60 datelines, 12 sources, rendered as HTML in three site templates
(JSON-LD, OpenGraph, table layout) and as plain-text page dumps.
"""
from __future__ import annotations

import bisect
import html
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from itertools import accumulate
from pathlib import Path

CITIES = """Washington London Paris Berlin Tokyo Jakarta Caracas Nairobi Lagos Cairo Moscow Beijing Delhi Sydney
Toronto Madrid Rome Lisbon Dublin Oslo Stockholm Warsaw Prague Vienna Zurich Geneva Brussels Amsterdam Athens
Istanbul Tehran Baghdad Riyadh Dubai Karachi Dhaka Bangkok Hanoi Manila Seoul Taipei Singapore Lima Bogota
Santiago Quito Havana Mexico Chicago Boston Denver Seattle Miami Houston Atlanta Johannesburg Accra Dakar Kyiv
Minsk""".split()
SOURCES = ["Harbor Ledger", "Meridian Daily", "Valley Gazette", "Northfield Review", "Pacific Courier",
           "Coastal Herald", "Evening Standard Post", "Morning Wire", "City Chronicle", "Global Dispatch",
           "Daily Observer", "Continental Times"]
ZONES = [-8, -7, -6, -5, -4, -3, 0, 1, 2, 3, 5.5, 7, 8, 9, 10]
SYLLABLES = "ka ri to mo na se lu vi pa de ro sa ne ti ba go mi la fe zu ko ha yo el an or in us".split()


@dataclass
class SynthArticle:
    number: int
    headline: str
    paragraphs: list[str]
    date: datetime
    dateline: str
    source: str

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


class Archive:
    def __init__(self, seed: int = 42, vocabulary: int = 30_000) -> None:
        self.rng = random.Random(seed)
        words = set()
        while len(words) < vocabulary:
            words.add("".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))))
        self.words = sorted(words)
        self.rng.shuffle(self.words)
        weights = [1 / (rank + 1) for rank in range(vocabulary)]   # Zipf
        self.cumulative = list(accumulate(weights))

    def word(self) -> str:
        point = self.rng.random() * self.cumulative[-1]
        return self.words[bisect.bisect_left(self.cumulative, point)]

    def sentence(self) -> str:
        words = [self.word() for _ in range(self.rng.randint(8, 24))]
        words[0] = words[0].capitalize()
        if len(words) > 10:
            words[self.rng.randint(3, 8)] += ","
        return " ".join(words) + "."

    def article(self, number: int) -> SynthArticle:
        rng = self.rng
        paragraphs = [" ".join(self.sentence() for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 12))]
        start = datetime(2000, 1, 1, tzinfo=timezone.utc)
        moment = start + timedelta(seconds=rng.randrange(25 * 365 * 86400))
        zone = timezone(timedelta(hours=rng.choice(ZONES)))
        headline = " ".join(self.word() for _ in range(rng.randint(5, 11))).capitalize()
        return SynthArticle(number, headline, paragraphs, moment.astimezone(zone).replace(microsecond=0),
                            rng.choice(CITIES), rng.choice(SOURCES))

    def articles(self, count: int):
        for number in range(count):
            yield self.article(number)


def render(article: SynthArticle) -> tuple[str, bytes]:
    """(file name, page bytes) in one of four formats chosen by the article's number."""
    kind = article.number % 10
    if kind < 4:
        return f"{article.number:07d}.html", _json_ld(article)
    if kind < 7:
        return f"{article.number:07d}.html", _open_graph(article)
    if kind < 9:
        return f"{article.number:07d}.htm", _table(article)
    return f"{article.number:07d}.txt", _dump(article)


def _nav() -> str:
    return "".join(f'<li><a href="/{c.lower()}">{c}</a></li>' for c in CITIES[:12])


def _paragraphs(article: SynthArticle) -> str:
    first, *rest = article.paragraphs
    lead = f"<p>{article.dateline.upper()} (Wire) — {html.escape(first)}</p>"
    return lead + "".join(f"<p>{html.escape(p)}</p>" for p in rest)


def _json_ld(article: SynthArticle) -> bytes:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
            "datePublished": article.date.isoformat(), "publisher": {"@type": "Organization", "name": article.source}}
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(article.headline)} | {article.source}</title>
<script type="application/ld+json">{json.dumps(data)}</script></head><body><nav><ul>{_nav()}</ul></nav>
<article><h1>{html.escape(article.headline)}</h1><div class="share-bar"><a href="#">Share</a></div>
<div class="article-body">{_paragraphs(article)}</div></article>
<aside class="related"><h2>Related</h2><ul>{_nav()}</ul></aside><footer>© {article.source}</footer></body></html>""".encode()


def _open_graph(article: SynthArticle) -> bytes:
    return f"""<html><head><meta charset="utf-8"><meta property="og:title" content="{html.escape(article.headline)}">
<meta property="og:site_name" content="{article.source}"><meta property="article:published_time" content="{article.date.isoformat()}">
</head><body><div id="menu">{_nav()}</div><div class="story"><h1>{html.escape(article.headline)}</h1>
{_paragraphs(article)}<div class="ad-slot">Advertisement</div></div><div id="footer">Contact us</div></body></html>""".encode()


def _table(article: SynthArticle) -> bytes:
    stamp = article.date.strftime("%B %d, %Y %H:%M") + " GMT" + article.date.strftime("%z")[:3] + ":" + article.date.strftime("%z")[3:]
    body = "<br><br>".join(html.escape(p) for p in article.paragraphs)
    return f"""<HTML><HEAD><TITLE>{article.source} :: {html.escape(article.headline)}</TITLE></HEAD><BODY>
<TABLE><TR><TD CLASS="nav">{_nav()}</TD><TD><B>{html.escape(article.headline)}</B><BR>{stamp}<BR><BR>
{article.dateline.upper()} — {body}</TD></TR></TABLE></BODY></HTML>""".encode("cp1252", "xmlcharrefreplace")


def _dump(article: SynthArticle) -> bytes:
    lines = [article.source.replace(" ", ""), "", "Home", "World", "Business", "", article.headline, "",
             "Wire", article.dateline, f"Published {article.date.isoformat()}", ""]
    for paragraph in article.paragraphs:
        lines += [paragraph, ""]
    lines += ["Share this article", "Subscribe to our newsletter"]
    return "\n".join(lines).encode()


def write_pages(folder: Path, count: int, seed: int = 42) -> list[SynthArticle]:
    """Write ``count`` pages under ``folder`` (1,000 per subfolder); returns the articles."""
    archive = Archive(seed)
    written = []
    for article in archive.articles(count):
        name, data = render(article)
        target = folder / f"{article.number // 1000:04d}" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(article)
    return written
