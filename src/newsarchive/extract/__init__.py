"""Page -> ``Article``: the cleaners for HTML and for plain-text page dumps.

Both cleaners produce a ``Draft``; ``finish`` turns any draft into an
``Article`` with the same rules (dateline cut from the lead, plausible dates
only, a headline and a body required), so the two inputs behave alike.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from datetime import datetime, timedelta

from ..article import Article
from ..errors import ExtractionError
from ..scripts import LATIN_CAPITALS
from ..sources import HTML, Page
from .boilerplate import BY_WORDS, MEDIA_WORDS, RELATIVE_TIME, strip_byline_prefix
from .dateline import dateline_alone, split_lead, tidy_place
from .dates import day_of, is_plausible, without_dates
from .language import SAMPLE_CHARS, detect_language
from .record import MIN_BODY_CHARS, Draft


def extract_html(html: str | bytes, *, url: str | None = None, id: str | None = None, path: str = "") -> Article:
    """Clean an HTML news page into an ``Article``; raises ``ExtractionError`` if it holds none."""
    from .html import extract_html_fields

    if isinstance(html, bytes):
        from ..sources import decode

        html = decode(html, HTML, path or url or "<html>")
    draft = extract_html_fields(html, url or "")
    return finish(draft, id=id or url or draft.url or path, path=path, fingerprint=_fingerprint(html))


def extract_text(text: str, *, id: str | None = None, path: str = "", url: str | None = None) -> Article:
    """Clean a plain-text page dump (a browser's copy of a page) into an ``Article``."""
    from .text import extract_text_fields

    draft = extract_text_fields(text, address=url or path)
    if url:
        draft.url = url
    return finish(draft, id=id or url or path, path=path, fingerprint=_fingerprint(text))


def extract_page(page: Page, site_lines: frozenset[str] = frozenset()) -> Article:
    """Dispatch on the page's media type; ``page.key`` is the id when the page has no URL.
    ``site_lines``: a text dump's site template, learnt from the site's other dumps."""
    origin = page.origin
    text = page.text()
    if page.media_type == HTML:
        from .html import extract_html_fields

        draft = extract_html_fields(text, page.url)
    else:
        from .text import extract_text_fields

        draft = extract_text_fields(text, site_lines, address=page.url or origin)
        draft.url = draft.url or page.url
    if draft.date is None and page.crawled is not None:
        draft.date = page.crawled   # the page gives no date: when it was fetched is the best we know
    fingerprint = hashlib.sha1(page.data).hexdigest()
    return finish(draft, id=draft.url or page.key or origin, path=origin, fingerprint=fingerprint, origin=origin,
                  not_after=page.latest)


def finish(draft: Draft, *, id: str, path: str, fingerprint: str, origin: str = "",
           not_after: datetime | None = None) -> Article:
    """A draft made into an ``Article``; a date later than ``not_after`` (the crawl or file
    time) is dropped as implausible, as is one before 1800 or in the future."""
    draft = _in_one_form(draft)
    paragraphs = [p for p in draft.paragraphs if p.strip()]
    dateline = tidy_place(draft.dateline.strip()) if draft.dateline else ""
    byline = draft.byline
    if paragraphs:
        if len(paragraphs) > 1 and _repeats_the_lead(paragraphs[0], paragraphs[1]):
            del paragraphs[0]   # a summary in the lead's own words: the lead, with its dateline, tells it
        # the lead is the first paragraph that is not the standfirst the page shows above it
        first = 1 if len(paragraphs) > 1 and _one_line(paragraphs[0]) == _one_line(draft.summary) else 0
        # "New York CNN —" on a line of its own opens the story: what stands above it (a video's
        # title, a photo's caption) is not the story's
        found = next(((index, alone) for index in range(first, min(first + _DATELINE_REACH, len(paragraphs) - 1))
                      if (alone := dateline_alone(paragraphs[index])) is not None), None)
        if found is not None:
            at, alone = found
            del paragraphs[first:at + 1]
            dateline = dateline or alone.dateline
            byline = byline or alone.agency
        lead = split_lead(paragraphs[first])
        if lead is not None:
            paragraphs[first] = lead.rest
            dateline = dateline or lead.dateline
            byline = byline or lead.agency
    paragraphs = [p for p in draft.opening if p.strip() and p not in paragraphs] + paragraphs
    body = "\n\n".join(paragraphs).strip()
    where = origin or path or id or "<page>"
    if len(body) < MIN_BODY_CHARS:
        raise ExtractionError(where, "no article text found (not a news article?)")
    headline = _one_line(draft.headline) or _one_line(paragraphs[0][:120])
    date = draft.date if draft.date is not None and is_plausible(draft.date) else None
    if date is not None and not_after is not None and day_of(date) > (not_after + timedelta(days=1)).date():
        date = None
    summary = _one_line(draft.summary)
    if summary and body.startswith(summary) and len(summary) > len(body) * 0.8:
        summary = ""
    return Article(
        id=id or fingerprint,   # no URL and no file: the content itself is the stable id
        url=draft.url,
        path=path,
        source=_one_line(draft.source),
        headline=headline,
        date=date,
        dateline=_one_line(dateline),
        byline=_tidy_byline(byline),
        summary=summary,
        body=body,
        language=detect_language(f"{headline}\n{body[:SAMPLE_CHARS]}") or draft.language,
        fingerprint=fingerprint,
    )


def _tidy_byline(byline: str) -> str:
    """The byline on one line, without the marks a page sets around it ("~ Ann Lee", "| Ann Lee",
    "© Ann Lee", "Ann Lee,") or a label they hid ("| Autor: Ann Lee"); without the pictures'
    credits, addresses, handles and times that come with it ("Ann Lee, (Image: BBC)", "Ann Lee,
    Bild: Bo Roe", "Ann Lee info@example.org", "Ann Lee @annlee", "Ann Lee, example.org", "Ann Lee
    at 18:52", "Ann Lee vor 5 Stunden"), nor a label or the word for "by" before the name
    ("Interview: Ann Lee", "Autor/in: Ann Lee", "vom Support-Team", "Artikel von: annlee")."""
    whole = strip_byline_prefix(_one_line(byline).strip(_BYLINE_MARKS)).strip(_BYLINE_MARKS)
    text = without_dates(whole)   # "Ann Lee, August 14, 2020", "Ann Lee13.12.2022"
    for clutter in (_MEDIA_CREDIT, _CONTACT, _TIME_AFTER, _AGE_AFTER):
        text = clutter.sub(" ", text)
    text = _LABEL_BEFORE_NAME.sub("", _one_line(text).strip(_BYLINE_MARKS)).strip(_BYLINE_MARKS)
    text = _BY_OPENING.sub("", text)
    text = _BY_IN_A_LIST.sub(", ", text)   # "Ann Lee , By 7 News" -> "Ann Lee, 7 News"
    return text or whole   # a byline that is only an address or a credit names the site so


#: What a page sets around a byline: separators, a tilde, a copyright sign.
_BYLINE_MARKS = " ~|,;:·•©-–—"
_MEDIA_WORDS = f"(?:{MEDIA_WORDS})"
#: A picture's credit in brackets anywhere, or after the name to the end ("Ann Lee Foto: © GEPA";
#: not "Text & Fotos: Ann Lee", whose label names the author)
_MEDIA_CREDIT = re.compile(r"\(\s*" + _MEDIA_WORDS + r"\s*:[^)]*\)|(?<=[^\W\d_])[,;|]?\s+" + _MEDIA_WORDS
                            + r"\s*:.*$", re.I)
#: An e-mail or web address ("info@example.org", "https://example.org", "facebook.com/site"), a
#: site's bare address as the last of the list ("Ann Lee, example.org"), a social media handle
#: ("@annlee")
_CONTACT = re.compile(r"\(?(?:\S+@\S+\.\w+|(?:https?://|www\.)[^\s)]+|\b[\w.-]+\.[a-z]{2,}/[^\s)]*)\)?"
                      r"|,\s*[\w-]+(?:\.[\w-]+)*(?-i:\.[a-z]{2,})$|(?<!\S)@\w+", re.I)
#: The time the byline's post went up, after the name ("Ann Lee at 18:52")
_TIME_AFTER = re.compile(r"\s+(?:at\s+|um\s+)?\d{1,2}:\d{2}\b.*$")
#: The post's age after the name, told from the day the page was saved ("Ann Lee vor 5 Stunden")
_AGE_AFTER = re.compile(r"\s+" + RELATIVE_TIME.pattern + r".*$")
#: The word for "by" in a byline's languages, and German's "vom" ("von dem": "vom Support-Team")
_BY = f"(?:{BY_WORDS}|vom)"
#: The word for "by" still opening the byline where no capital follows it, which the byline
#: label's pattern asks for ("von auto-motor.at Redaktion", "vom Support-Team", "Artikel von: annlee")
_BY_OPENING = re.compile(rf"^(?:{_BY}\s+|\w+\s+{_BY}\s*:\s+)(?=\S)", re.I)
#: A comma in a list of names, with the space a page left before it or the word for "by" after it
_BY_IN_A_LIST = re.compile(rf"(?:\s*,)+\s*(?:(?i:{_BY})\s+)?")
#: One or two words and a colon before the name ("Interview: Ann Lee", "Autor/in: Ann Lee")
_LABEL_BEFORE_NAME = re.compile(r"^[^\W\d_][\w/]*(?:\s+(?:&\s+)?[\w/]+)?\s*:\s+(?=[" + LATIN_CAPITALS + "])")


def _repeats_the_lead(paragraph: str, lead: str) -> bool:
    """Whether ``paragraph`` is the opening of ``lead`` once its dateline is cut ("KYIV, March 6
    (Reuters) - Thousands have fled …" under "Thousands have fled …")."""
    split = split_lead(lead)
    opening = _one_line(paragraph)
    return split is not None and len(opening) >= _REPEATED_LEAD_CHARS and _one_line(split.rest).startswith(opening)


#: A summary that repeats the lead is a sentence at least: a shorter first paragraph (a drop
#: cap's letter) may open the lead's text by chance.
_REPEATED_LEAD_CHARS = 40


#: How far down the body a dateline on a line of its own may open the story.
_DATELINE_REACH = 3


def _in_one_form(draft: Draft) -> Draft:
    """The draft's text as readers see it, in one form. Without U+00AD, which marks where a
    browser may break a long word and shows nothing otherwise: German and Finnish sites set it
    all through long words ("Mit&shy;tel&shy;al&shy;ter"), and left in, it splits each such word
    in the index, so a search for "Mittelalter" would not find it. And composed as Unicode's NFC
    composes it: a letter may be written as one code point or as a letter and a mark (Bengali
    "ড়" is U+09DC or U+09A1 U+09BC), pages use either, and so would a copy of the text compared
    with another."""
    def visible(text: str) -> str:
        return unicodedata.normalize("NFC", text.replace("\u00ad", ""))

    return replace(draft, headline=visible(draft.headline), paragraphs=[visible(p) for p in draft.paragraphs],
                   opening=[visible(p) for p in draft.opening], dateline=visible(draft.dateline),
                   byline=visible(draft.byline), summary=visible(draft.summary), source=visible(draft.source))


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


__all__ = ["extract_html", "extract_text", "extract_page", "finish"]
