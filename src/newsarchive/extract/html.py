"""HTML news page -> the article's fields.

The page is parsed once with BeautifulSoup (lxml parser, ``soup.py``) and walked once
(``tree.py``), which yields its text blocks and the elements metadata lives in.
Metadata comes first (``metadata.py``); then the article container is chosen
by where the prose is dense and link-poor, in the manner of Readability, first
without the blocks that page furniture holds (by tag, role or class name) and,
if that leaves almost nothing, with them. Each rule is general: class names,
text density, link density and paragraph structure, never a site's markup.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import cached_property
from itertools import islice
from urllib.parse import urlparse

from bs4 import Tag

from ..scripts import SPACELESS_SOUTHEAST_ASIAN, as_addresses_write
from . import boilerplate
from .date_lines import (BYLINE_LINE_REACH, LINES_BELOW, MACHINE_STAMP, MIN_LIST_ITEMS, PUBLISHED_LABEL,
                         among_dated_items, author_after_by, author_in_date_line, dates_an_update, dates_another_text,
                         gives_its_date, introduces_a_list, labelled_publication, labels_a_date,
                         name_under_byline_label, names_on_byline_lines, nearest_date, reads_as_names)
from .dateline import names_a_place
from .dates import before_filing, date_in_url, day_of, find_dates, parse_date, parse_machine_date
from .headings import heading_text, without_leading_date, without_markers
from .metadata import Metadata, read_metadata
from .record import Draft
from .soup import parse
from .tree import (BLOCK_TAGS, HEADINGS, Block, PageTree, attribute_text, attribute_words, furniture_only_as_teaser,
                   walk)

_TEXTUAL = {"p", "pre", "blockquote", "li", "dd", "td"} | HEADINGS
#: a cleaned body shorter than this is retried without the class-name cleaning
_RETRY_BELOW_CHARS = 500
#: How many times longer the story found with the furniture let in must be than the one found
#: without it to replace it.
_RETRY_GAIN = 3

#: How much longer than the page's own text a structured ``articleBody`` must be to stand for it.
_STRUCTURED_BODY_RATIO = 3


def extract_html_fields(html: str | bytes, url: str = "") -> Draft:
    """The article's fields as found in the page, before common clean-up."""
    tree = walk(parse(html))
    meta = read_metadata(tree)
    blocks = tree.blocks
    body_blocks = _article_blocks([b for b in blocks if not b.noisy])
    captions = _gallery_captions(blocks, body_blocks)
    if captions:
        body_blocks = _article_blocks([b for b in blocks if not b.noisy or id(b) in captions])
    body_blocks = _unless_misled(blocks, body_blocks)
    page_title = tree.title
    title_headline, title_site = _split_title(page_title, next(iter(meta.site_names + meta.handles), ""))
    body_blocks = _under_the_pages_headline(blocks, body_blocks, meta.headlines)
    body_blocks = _with_lead_above(blocks, body_blocks)
    first_body = blocks.index(body_blocks[0]) if body_blocks else len(blocks)
    last_body = blocks.index(body_blocks[-1]) if body_blocks else len(blocks)
    site = _site_name(meta, url or meta.url, page_title) or title_site \
        or _signed_site(page_title, blocks[last_body + 1:]) or next(iter(meta.handles), "")
    # a heading of marks alone ("...", "* * *") is an ornament, not a headline
    h1_texts = [text for text in map(heading_text, tree.h1s[:5]) if not boilerplate.is_bare_mark(text)]
    headline = without_leading_date(without_markers(_headline(meta, h1_texts, _heading_before(blocks, first_body),
                                                              title_headline, site)))
    if not site and headline != page_title and 0 < len(page_title.split()) <= 5:
        site = page_title   # a title that is not the headline names the site
    published = (_date(tree, meta, url, first_body) or _hinted_date(tree, publication=True)
                 or _date_near(blocks, first_body, last_body, url, declared=meta.declares_article)
                 or _hinted_date(tree, publication=False)
                 or _labelled_date(blocks, url) or _declared_date(meta)
                 or _update_date(blocks[first_body:last_body + 1 + LINES_BELOW], url)
                 or _first_item_date(tree, first_body, last_body)
                 or _teaser_date(blocks, headline))
    paragraphs = _clean_paragraphs(_without_trailing_boxes(body_blocks), headline)
    if meta.bodies and len(meta.bodies[0]) > _STRUCTURED_BODY_RATIO * sum(len(p) for p in paragraphs):
        # the page's text is a stub ("READ FULL ARTICLE") and its scripts draw the story: the
        # structured ``articleBody``, often cut short elsewhere, is here the fuller text
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", meta.bodies[0]) if p.strip()]
    return Draft(
        headline=headline,
        paragraphs=paragraphs,
        date=published,
        dateline=meta.datelines[0] if meta.datelines else _dateline_element(tree, blocks, first_body, last_body),
        byline=_byline(meta, tree, blocks, first_body, [site, *meta.site_names]),
        summary=meta.descriptions[0] if meta.descriptions else "",
        source=site,
        url=url or meta.url,
        language=meta.language,
    )


# ---------------------------------------------------------------- metadata the layout gives

def _clean(text: str) -> str:
    return " ".join(text.split())


#: Chinese and Japanese titles attach the site's name without spaces: "武汉的声音…！-新华网", "蔡健雅_百度百科"
_UNSPACED_SEPARATOR = r"(?<=[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef])[-_](?=[\u3040-\u30ff\u3400-\u9fff])"
#: A dash between two numbers joins a range ("Wochenbericht 14. - 20. Januar 2022"): it parts nothing.
_NOT_A_RANGE = r"(?:(?<!\d)(?<!\d\.)|(?=\s+[-–—]\s+\D))"
_TITLE_SEPARATORS = re.compile(r"\s*[|│]\s*|" + _NOT_A_RANGE + r"\s+(?:-|–|—)\s+|\s+(?:::|·|•|»|/)\s+|"
                               + _UNSPACED_SEPARATOR)
#: Dashes join a headline's own parts ("Office 365 – HBDI – die Dritte") more often than they
#: attach a site's name, so they split a title only around a part that names the site.
_STRONG_SEPARATORS = re.compile(r"\s*[|│]\s*|" + _NOT_A_RANGE + r"\s+-\s+|\s+(?:::|·|•|»|/)\s+|"
                                + _UNSPACED_SEPARATOR)


def _headline(meta: Metadata, h1_texts: list[str], heading: str, title_headline: str, site: str) -> str:
    """The visible headline: the ``<h1>`` that agrees with a stated title, or the page's only
    plausible ``<h1>``; else the stated headline (minus the site's name); else the title. An
    ``<h1>`` that is the site's name is its logo's, never the headline."""
    stated = [_strip_site_name(h, site) for h in meta.headlines if h]
    logos = {h1 for h1 in h1_texts if _is_site_name(h1, site)}
    h1_texts = [h1 for h1 in h1_texts if h1 not in logos]
    heading = "" if heading in logos else heading
    agreeing = [h1 for h1 in h1_texts
                if h1 and any(_same_title(h1, s) or _kicker_before(h1, s) for s in stated + [title_headline])]
    if agreeing:   # the one that agrees on most: a logo's or a section's <h1> may start a stated title too
        return _without_site_suffix(max(agreeing, key=len), site)
    distinct = list(dict.fromkeys(h1_texts))   # a layout for small screens repeats the headline
    plausible = [h1 for h1 in distinct if 3 <= _word_count(h1) <= 40]
    if len(plausible) == 1 and len(distinct) == 1:
        return plausible[0]
    if stated:
        for shown in (heading, title_headline):   # metadata often flattens typographic dashes and quotes
            if shown and _comparable(shown) == _comparable(stated[0]):
                return shown
        # a stated headline the title continues was cut short (an unescaped quote ends an attribute)
        rest = title_headline[len(stated[0]):]
        cut_short = _comparable(title_headline).startswith(_comparable(stated[0])) and rest[:1].isspace() \
            and rest.strip() and not _TITLE_SEPARATORS.match(rest)
        return title_headline if cut_short else stated[0]
    for candidate in [*h1_texts, heading]:
        if candidate and 2 <= _word_count(candidate) <= 40:
            return candidate
    return title_headline


_UNSPACED_SCRIPT = re.compile(rf"[{SPACELESS_SOUTHEAST_ASIAN}\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _word_count(text: str) -> int:
    """Words in ``text``; Chinese, Japanese, Thai, Lao, Myanmar and Khmer write without spaces, so
    there two characters count as one."""
    return len(text.split()) + len(_UNSPACED_SCRIPT.findall(text)) // 2


def _strip_site_name(title: str, site: str) -> str:
    """A stated headline loses a part naming the site, and nothing else."""
    headline, named = _split_title(title, site)
    return headline if named and _names_site(named, site) else title


def _without_site_suffix(heading: str, site: str) -> str:
    """A heading hidden for screen readers may copy the page title, site name and all."""
    cuts = list(_STRONG_SEPARATORS.finditer(heading))
    if cuts and _names_site(heading[cuts[-1].end():], site):
        return heading[:cuts[-1].start()].strip()
    return heading


def _same_title(a: str, b: str) -> bool:
    """Whether two stated titles agree, one maybe cut short; typographic quotes and dashes,
    which metadata often flattens to ASCII, and spacing do not count."""
    a_norm, b_norm = _comparable(a), _comparable(b)
    return bool(a_norm) and bool(b_norm) and (a_norm == b_norm or b_norm.startswith(a_norm) or a_norm.startswith(b_norm))


_FLAT_PUNCTUATION = str.maketrans({"„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                                   "‚": "'", "–": "-", "—": "-"})


def _kicker_before(heading: str, title: str) -> bool:
    """Whether a stated title is the heading behind a kicker: "Petition: Save the choir"."""
    heading_norm, title_norm = _comparable(heading), _comparable(title)
    kicker = title_norm[:-len(heading_norm)].rstrip()
    return bool(heading_norm) and title_norm.endswith(heading_norm) and kicker.endswith(":") \
        and len(kicker) < len(heading_norm)


def _comparable(title: str) -> str:
    return " ".join(title.lower().translate(_FLAT_PUNCTUATION).split())


def _heading_before(blocks: list[Block], first_body: int) -> str:
    """The nearest heading above the article text: the headline on pages without ``<h1>``."""
    for block in reversed(blocks[max(0, first_body - 8):first_body + 1]):
        if block.tag in {"h1", "h2", "h3"} and block.link_density < 0.5:
            return block.text
    return ""


def _split_title(title: str, site: str) -> tuple[str, str]:
    """"Talks fail | The Daily Planet" -> ("Talks fail", "The Daily Planet").

    The part naming the known site goes; when no site is known, the longest part
    is the headline and an outer, shorter part the site's name.
    """
    pieces = _TITLE_SEPARATORS.split(title)
    if len(pieces) == 1:
        return title, ""
    def names_site(part: str) -> bool:
        return _names_site(part, site)

    if site:
        # the site's whole name may hold a separator itself: "… | AOC media - Analyse Opinion Critique"
        for cut in list(_TITLE_SEPARATORS.finditer(title))[:-1]:   # tails with a separator of their own
            tail = title[cut.end():]
            if _letters(tail) == _letters(site):
                return title[:cut.start()].strip(), tail.strip()
    if site and any(names_site(p) for p in (pieces[0], pieces[-1])):
        outer = pieces[-1] if names_site(pieces[-1]) else pieces[0]
        kept = pieces[:-1] if outer is pieces[-1] else pieces[1:]
        separator = _TITLE_SEPARATORS.search(title).group(0)
        return separator.join(kept).strip(), outer.strip()
    pieces = _STRONG_SEPARATORS.split(title)
    if len(pieces) == 1:
        return title, ""
    longest = max(pieces, key=len)
    outer = pieces[-1] if longest is not pieces[-1] else pieces[0]
    return longest.strip(), (outer.strip() if len(outer.split()) <= 5 else "")


def _is_site_name(text: str, site: str) -> bool:
    """Whether ``text`` is the site's name, whole: a headline may contain it ("Jens Weber" on a
    site Jens Weber publishes), which is what ``_names_site`` asks of a title's part."""
    return bool(site) and _letters(text) == _letters(site)


def _names_site(part: str, site: str) -> bool:
    site_norm, part_norm = _letters(site), _letters(part)
    return bool(site_norm) and bool(part_norm) and (part_norm in site_norm or site_norm in part_norm)


def _letters(text: str) -> str:
    """"AOC media - Analyse" -> "aocmediaanalyse": a name as compared, without case, spaces or
    punctuation, and as its domain writes it ("Nestlé Marktplatz" is nestle-marktplatz.de)."""
    return re.sub(r"\W", "", as_addresses_write(text.lower()))


def _signed_site(title: str, footer: list[Block]) -> str:
    """A site that states no name in its metadata often signs its footer ("© Kurier am Rhein"):
    its name when the title also ends or starts with it ("Lagos opens … – Kurier am Rhein")."""
    pieces = _TITLE_SEPARATORS.split(title)
    if len(pieces) < 2:
        return ""
    for block in reversed(footer[-20:]):
        holder = boilerplate.copyright_holder(block.text)
        if holder:
            return holder if _names_site(pieces[-1], holder) or _names_site(pieces[0], holder) else ""
    return ""


def _site_name(meta: Metadata, url: str, page_title: str) -> str:
    """The name the metadata gives the site, else its address's host. A name that is the page's
    whole title, a headline's worth of words, is the page's own name, as some content systems
    fill in every name field ("application-name")."""
    for name in meta.site_names:
        if name and len(name) < 80 and not (len(name.split()) >= _TITLE_AS_NAME_WORDS
                                            and _letters(name) == _letters(page_title)):
            return name
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


#: How many words a site name that repeats the page's title has at least to be the page's name:
#: a short title may be the site's own name ("Harbour Times" over a page of its own)
_TITLE_AS_NAME_WORDS = 4


def _date(tree: PageTree, meta: Metadata, url: str, story_start: int) -> date | None:
    """Structured published date the page also shows; else a ``<time>`` in or near the story
    (``story_start`` is its first block's index); else the URL.

    Metadata alone is trusted only when it declares a news article's publication
    (schema.org news types): content systems stamp every page, evergreen ones
    included, with the day it was created or saved, and a page that shows no date
    to its readers has no publication date to speak of.
    """
    from_url = date_in_url(url)
    page_days = _PageDays(tree, from_url)
    stated = _stated_date(meta, page_days)
    if stated is not None:
        republished = _republished(stated, meta, tree, page_days)
        if republished is not None:
            return republished
    # which days the page shows decides whether to trust the metadata, and a UTC time's day
    needs_shown = stated is not None and (not meta.declares_publication or _is_utc(stated))
    shown = page_days.around(stated, updates=meta.declares_publication) if needs_shown else set()
    if stated is not None and (meta.declares_publication or shown):
        # a date in the URL is fixed at publication, in the publisher's own day: metadata later
        # than it is an update, and a UTC time the day before it was after midnight there;
        # unless readers are shown the metadata's day and not the address's (republished)
        if from_url is not None and (day_of(from_url) < day_of(stated)
                                     or (_is_utc(stated) and day_of(from_url) == day_of(stated) + timedelta(days=1))) \
                and not _shows_only(stated, from_url, page_days):
            return from_url
        return _as_shown(_in_page_offset(stated, tree), shown)
    for time_tag in tree.times[:10]:
        holder = tree.block_holding(time_tag)
        if _inside_related(time_tag) or (holder is not None and holder < story_start - _HEADER_REACH):
            continue   # far above the story's header: a masthead's "today", a ticker's
        found = _time_date(time_tag)
        if found is not None:
            return found
    if from_url is not None:
        return from_url
    return None


def _shows_only(stated: date, from_url: date, page_days: _PageDays) -> bool:
    """Whether the page shows readers the metadata's day and not the one its address is filed
    under: a story first filed as a draft, or republished, dated as readers see it."""
    return day_of(stated) in page_days.around(stated, address=False) \
        and day_of(from_url) not in page_days.around(from_url, address=False)


def _republished(stated: date, meta: Metadata, tree: PageTree, page_days: _PageDays) -> date | None:
    """The metadata's latest modified date, when the page shows its day and not the published
    one's: a story republished or brought up to date under its first date, which readers see
    dated the later day (on htmldate-eval and trafilatura-eval, all 14 pages this dates, 20
    annotated dates, give the later day). An address filed under the first day ("/2021/03/08/") does
    not show it: readers are not shown it as the story's date."""
    if not meta.modified:
        return None
    latest = max(meta.modified, key=day_of)
    if day_of(latest) <= day_of(stated) or day_of(latest) not in page_days.around(latest):
        return None
    return None if day_of(stated) in page_days.around(stated, address=False) else _in_page_offset(latest, tree)


def _hinted_date(tree: PageTree, *, publication: bool) -> date | None:
    """A date in an element its class names for the publication ("article-publish", read before
    the date line nearest the story), or only for a date ("date", read after it: a masthead's
    "today" is named so too, above the story)."""
    for element in tree.date_hinted[:40]:
        if bool(_PUBLICATION_HINT.search(attribute_text(element))) != publication or _inside_related(element):
            continue
        text = element.get_text(" ", strip=True)
        if len(text) < 120 and not dates_another_text(text):
            found = parse_date(text)
            if found is not None:
                return found
    return None


def _first_item_date(tree: PageTree, first_body: int, last_body: int) -> date | None:
    """When the story itself is a listing of dated items (a section's front page, a forum
    thread), the date of its first item: the newest story on a front, a thread's opening post.
    Read only when nothing else dates the page; two dated items inside the story make it a
    listing, where the items of a sidebar or a related box stand outside it."""
    placed = []
    # a <time> its class names for a date is both: one item
    elements = {id(element): element for element in (*tree.date_hinted[:_ITEM_DATES_READ],
                                                     *tree.times[:_ITEM_DATES_READ])}
    for element in elements.values():
        holder = tree.block_holding(element)
        if holder is not None and first_body <= holder <= last_body and _in_a_listing(element):
            found = _time_date(element) if element.name == "time" else parse_date(element.get_text(" ", strip=True))
            if found is not None:
                placed.append((holder, found))
    return min(placed, key=lambda item: item[0])[1] if len(placed) >= 2 else None


#: How many date elements of each kind (hinted, ``<time>``) the listing's dates are read from.
_ITEM_DATES_READ = 60


def _teaser_date(blocks: list[Block], headline: str) -> date | None:
    """The date beside a teaser of the story itself: a list of the site's latest stories that
    shows this one (its headline, linked) with its date line just above it, or below it or its
    teaser, in the same item. Read only when nothing else dates the page."""
    if len(headline.split()) < _TEASER_HEADLINE_WORDS:
        return None   # a one-word headline ("Impressum") names other pages' teasers too
    for index, block in enumerate(blocks):
        if block.link_density > 0.5 and block.text == headline and block.tag != "h1":   # not the headline itself
            for near in (index - 1, index + 1, index + 2):
                if 0 <= near < len(blocks) and gives_its_date(blocks[near].text) \
                        and _one_item(block.owner, blocks[near].owner):
                    return parse_date(blocks[near].text)
    return None


def _one_item(element: Tag, other: Tag) -> bool:
    """Whether two elements stand in one item of a list: the smallest element holding both gives
    one date, where a list without a wrapper per item holds the next item's date line too."""
    others = {id(parent) for parent in other.parents}
    holder = next((parent for parent in element.parents if id(parent) in others), None)
    return holder is not None and len({day_of(found) for found in find_dates(holder.get_text(" "))}) == 1


#: The fewest words of a headline whose teaser dates the story.
_TEASER_HEADLINE_WORDS = 2


def _update_date(story: list[Block], url: str) -> date | None:
    """The day the story's update line gives ("Aktualisiert am 17.01.2021."), in it or just below
    it, when nothing else dates the page: the day it was last changed is the nearest to its
    publication that readers are shown. Two update lines giving different days date other texts."""
    days = {day_of(found): found for block in story if len(block.text) < 200 and dates_an_update(block.text)
            for found in islice(find_dates(block.text), 1)}
    return _filed_by(next(iter(days.values())), url) if len(days) == 1 else None


def _declared_date(meta: Metadata) -> date | None:
    """An article's or a document's declared publication date (``article:published_time``, an
    ``Article``'s ``datePublished``, Dublin Core's ``DC.date``), or the upload date of a video
    that is the page's story, when the page shows no date at all: a story whose date its
    scripts draw is still dated, and a reader filtering by date finds it."""
    return meta.best_date() if meta.declares_article else meta.video_date()


_PUBLICATION_HINT = re.compile(r"publish|pubdate|posted|created", re.I)


def _stated_date(meta: Metadata, page_days: _PageDays) -> date | None:
    """The metadata's published date, cross-checked with the page. When its sources disagree
    on the day (a plugin's ``datePublished`` rewritten at each update beside the system's
    original ``article:published_time``, or the other way round), the first whose day the page
    shows is the one readers saw; when the page shows none of them, the first stated."""
    days = list(dict.fromkeys(day_of(found) for found in meta.published))
    if len(days) > 1:
        for day in days:
            if day in page_days.around(day):
                return meta.published_on(day)
    return meta.best_date()


def _is_utc(value: date) -> bool:
    return isinstance(value, datetime) and value.utcoffset() == timedelta(0)


def _in_page_offset(stated: date, tree: PageTree) -> date:
    """A UTC time in the metadata that the page shows in its own offset (``<time datetime=
    "2023-11-08T21:11:03-05:00">`` for 02:11 UTC on the 9th) is read in that offset: its day
    is the one the page's readers saw."""
    if not _is_utc(stated):
        return stated
    for time_tag in tree.times:
        shown = parse_machine_date(str(time_tag.get("datetime") or ""))
        if isinstance(shown, datetime) and shown.utcoffset() not in (None, timedelta(0)) \
                and abs((shown - stated).total_seconds()) <= 60:
            return shown
    return stated


class _PageDays:
    """Which days the page shows around a given one (``_shown_days``), read once per day: the
    date checks ask about the same days more than once, and each reading goes over every block.
    Without ``address``, the day in the page's address does not count: readers are not shown it
    as the story's date."""

    def __init__(self, tree: PageTree, from_url: date | None) -> None:
        self._tree = tree
        self._from_url = from_url
        self._read: dict[tuple[date, bool, bool], set[date]] = {}

    def around(self, stated: date, *, updates: bool = True, address: bool = True) -> set[date]:
        key = (day_of(stated), updates, address)
        if key not in self._read:
            self._read[key] = _shown_days(stated, self._tree, self._from_url if address else None,
                                          self._numeric_days, updates=updates)
        return self._read[key]

    @cached_property
    def _numeric_days(self) -> set[tuple[int, int, int]]:
        """The days the page writes in short figures anywhere ("19.10.19"): read once, asked of each day."""
        return _short_numeric_days("\n".join(block.text for block in self._tree.blocks))


def _shown_days(stated: date, tree: PageTree, from_url: date | None, numeric_days: set[tuple[int, int, int]], *,
                updates: bool = True) -> set[date]:
    """Which of ``stated``'s day and the days either side (time zones) the page shows in its
    text, a ``<time>`` element or its URL; a listing's dated items show their own days, and
    without ``updates`` an update's date line does not count either (a content system's stamp
    is its publication's only if shown as that)."""
    day = day_of(stated)
    near = {day - timedelta(days=1), day, day + timedelta(days=1)}
    shown = {day_of(from_url)} & near if from_url is not None else set()
    texts = [block.text for block in tree.blocks]

    def the_pages_own(index: int) -> bool:
        """Whether a block showing one of the days shows it as the page's (read only for those:
        the listing test reads the block's neighbours)."""
        if not updates and dates_an_update(texts[index], texts[index - 1] if index else ""):
            return False
        return not among_dated_items(texts, index)

    for time_tag in tree.times:
        found = _time_date(time_tag)
        shows = time_tag.get_text(" ", strip=True)
        if found is not None and day_of(found) in near \
                and shows and not MACHINE_STAMP.fullmatch(shows):   # readers see no stamp, nor an empty element
            index = tree.block_holding(time_tag)
            if index is None or the_pages_own(index):
                shown.add(day_of(found))
    # the short numeric forms ("19.10.19") are too ambiguous to read blind, enough to confirm a day
    forms = {form: near_day for near_day in near
             for form in ((near_day.day, near_day.month, near_day.year),
                          (near_day.day, near_day.month, near_day.year % 100))}
    numeric_shown = any(form in forms for form in numeric_days)   # the page's short forms: most days are ruled out
    short_years = {f"{near_day.year % 100:02d}" for near_day in near}   # in every numeric form, long or short
    years = {str(near_day.year) for near_day in near}
    for index, text in enumerate(texts):
        days = {forms[form] for form in _short_numeric_days(text) if form in forms} \
            if numeric_shown and any(year in text for year in short_years) else set()
        if any(year in text for year in years) or _OTHER_DIGIT.search(text):   # a written-out date names its year
            found = {day_of(found) for found in find_dates(MACHINE_STAMP.sub(" ", text))} & near
            if found and not dates_another_text(text):   # an embedded post's or a teaser's is not the page's
                days |= found
        if days - shown and the_pages_own(index):
            shown |= days
    # the title bar shows readers the page's day too ("… - 11/05/2022 - EL PAÍS Uruguay")
    shown.update(forms[form] for form in _short_numeric_days(tree.title) if form in forms)
    shown.update(day_of(found) for found in find_dates(tree.title) if day_of(found) in near)
    return shown


#: A digit of another script ("٢٠٢٠"): a year written in it is not found by its ASCII spelling
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _as_shown(stated: date, shown: set[date]) -> date:
    """A UTC time, or a bare day, whose day the page does not show, while it shows the day before
    or after, was published on that day where the page is read (a bare day is often a UTC
    time's): keep the day readers saw."""
    if (_is_utc(stated) or not isinstance(stated, datetime)) and len(shown) == 1 and day_of(stated) not in shown:
        return next(iter(shown))
    return stated


def _time_date(time_tag: Tag) -> date | None:
    """The date a ``<time>`` element gives: its ``datetime`` attribute, else its text.

    An attribute that is not ISO 8601, as HTML requires it to be ("01-11-2023 10:29"), is
    ambiguous: the text readers see ("1. November 2023") decides when it names a date."""
    attribute = str(time_tag.get("datetime") or "").strip()
    if attribute and not _ISO_START.match(attribute):
        return parse_date(time_tag.get_text(" ")) or parse_machine_date(attribute)
    return parse_machine_date(attribute) or parse_date(time_tag.get_text(" "))


_ISO_START = re.compile(r"\d{4}-\d{2}")


#: "19.10.2019", "19-10-19": day, month, year; "10/19/19": month, day, year
_DAY_FIRST_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.])"
                                r"|(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?![\d-])")
_MONTH_FIRST_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")


def _short_numeric_days(text: str) -> set[tuple[int, int, int]]:
    """(day, month, year) of each date ``text`` writes as "19.10.19", "19-10-2019" or "10/19/19"
    (a two-digit year as written): too ambiguous to read blind, enough to confirm a date."""
    found = set()
    for match in _DAY_FIRST_NUMERIC.finditer(text):
        day, month, year = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
        found.add((int(day), int(month), int(year)))
    for match in _MONTH_FIRST_NUMERIC.finditer(text):
        month, day, year = match.groups()
        found.add((int(day), int(month), int(year)))
    return found


#: How many blocks from the story's first one its meta line (byline, date) may stand.
_META_LINE_REACH = 2


def _date_near(blocks: list[Block], first_body: int, last_body: int, url: str, *, declared: bool) -> date | None:
    """The date line nearest the article (``date_lines.nearest_date``), read from its blocks,
    unless it is earlier than the month the URL files the story under ("/2019/10/story"): the
    address is made when the story is, and a story is published then or later, never before.

    A line of mostly links is a teaser's, unless it is the story's own meta line right at
    its start, whose author and comment count are links ("Tanja Karrasch 3.11.2023"): such a
    line stands alone, where a listing's items come in runs of links. A byline is the story's
    meta line wherever it stands near it ("von Marianne1 am 20.09.2020", the name linked). A quotation's date is
    the quoted post's, and a listing's dated items are the items' (``among_dated_items``). When
    the metadata ``declared`` an article's publication, a date deeper in the story than its meta
    line is one the story cites ("Enzyklika …, 25. Dezember 2005:"), and yields to the declared one.
    """
    def cannot_date(index: int, distance: float) -> bool:
        block = blocks[index]
        if declared and first_body + _META_LINE_REACH < index <= last_body:
            return True
        linked = block.link_density > 0.5 and (distance > _META_LINE_REACH and not _under_headings(blocks, first_body, index)
                                               or _beside_links(blocks, index)) \
            and not boilerplate.is_byline(block.text)
        return linked or _inside_quotation(block.owner) or among_dated_items(texts, index)

    texts = [block.text for block in blocks]
    found = nearest_date(texts, first_body, last_body, cannot_date)
    return _filed_by(found[1], url) if found else None


def _under_headings(blocks: list[Block], first_body: int, index: int) -> bool:
    """Whether only headings (a section's name, the headline) stand between the story's first
    block and ``index``: the meta line under the headline, however many headings it has."""
    return first_body < index and all(block.tag in HEADINGS for block in blocks[first_body:index])


def _filed_by(found: date | None, url: str) -> date | None:
    """``found``, unless it is earlier than the month the URL files the story under."""
    return None if found is None or before_filing(found, url) else found


def _labelled_date(blocks: list[Block], url: str) -> date | None:
    """``date_lines.labelled_publication`` of the page's blocks, links and the lines of related
    lists, comments and quotations left out (they label their own texts), unless it is earlier
    than the month the URL files the story under. Only blocks that hold a label are placed in
    the markup: the others have nothing to give, and placing each one walks its parents."""
    return _filed_by(labelled_publication(block.text for block in blocks
                                          if block.link_density <= 0.5 and PUBLISHED_LABEL.search(block.text)
                                          and not _under_related_markup(block.owner)),
                     url)


def _beside_links(blocks: list[Block], index: int) -> bool:
    """Whether a neighbour is a link too (a listing), a linked headline not counting."""
    return any(0 <= near < len(blocks) and blocks[near].link_density > 0.5 and blocks[near].tag not in HEADINGS
               for near in (index - 1, index + 1))


def _inside_related(element: Tag) -> bool:
    """Dates in related-story lists, comments, listings and quotations (an embedded post)
    belong to other texts."""
    return _under_related_markup(element) or _in_a_listing(element)


def _under_related_markup(element: Tag, containers: frozenset[str] = frozenset({"blockquote"})) -> bool:
    """Inside a quotation (or other ``containers``), or a part of the page its markup names for
    related stories or comments."""
    return any(isinstance(parent, Tag) and (parent.name in containers or _RELATED_HINT.search(attribute_text(parent)))
               for parent in element.parents)


_RELATED_HINT = re.compile(r"related|comment|recommend|teaser|more-stories", re.I)
_QUOTE_OR_FORM = frozenset({"blockquote", "form"})


def _inside_quotation(element: Tag) -> bool:
    return _enclosing(element, "blockquote") is not None


def _enclosing(element: Tag, name: str) -> Tag | None:
    """The element itself when it is a ``name``, else its nearest ancestor that is one (a walk up
    the parents: BeautifulSoup's ``find_parent`` asks its general matcher of each one, and this
    is asked of every block)."""
    node: Tag | None = element
    while node is not None and node.name != name:
        node = node.parent
    return node


#: How far above a date element a listing's item may start (item, card, link, meta line...).
_LISTING_DEPTH = 6


#: The most text an item of a listing holds (a headline, a teaser, a date, a byline).
_LISTING_ITEM_CHARS = 400


def _in_a_listing(element: Tag) -> bool:
    """Whether the date sits in one of several like items that carry dates of their own: a
    sidebar's recent posts, a carousel, a list of matches or of cards. Such a date is an item's,
    whichever words the items' classes use; the story's own date line has no dated twin. An
    item is short: a part of the page holding more text is a section, whose like twin (the
    related stories' section beside the story's own) says nothing of the date inside it."""
    node = element
    for _ in range(_LISTING_DEPTH):
        parent = node.parent
        if not isinstance(parent, Tag) or parent.name in {"body", "html", "[document]"} \
                or len(node.get_text()) > _LISTING_ITEM_CHARS:
            return False
        kind = _item_kind(node)
        twins = [sibling for sibling in parent.find_all(node.name, recursive=False, limit=12)
                 if sibling is not node and _item_kind(sibling) == kind]
        if any(_holds_a_dated_element(twin, like=element) for twin in twins[:5]):
            return True
        node = parent
    return False


#: Classes of an item's date element. Narrower than the date hints the page walk collects:
#: with "datum" and "fecha" too, more story date lines were taken for listings (measured).
_DATED_ITEM_CLASS = re.compile(r"date|time|publish|posted", re.I)


def _item_kind(element: Tag) -> tuple[str, str]:
    classes = attribute_words(element, "class")
    return element.name, classes[0] if classes else ""


def _holds_a_dated_element(item: Tag, *, like: Tag) -> bool:
    """Whether ``item`` holds a ``<time>``, an element its class names for a date, or one made
    like the date element ``like`` (same tag, same first class): a listing repeats its items'
    date element, whatever word it is named by ("datum")."""
    kind = _item_kind(like)
    return item.find("time") is not None \
        or item.find(attrs={"class": lambda value: bool(value) and bool(_DATED_ITEM_CLASS.search(
            " ".join(value) if isinstance(value, list) else str(value)))}) is not None \
        or (bool(kind[1]) and any(_item_kind(other) == kind for other in item.find_all(like.name)))


def _dateline_element(tree: PageTree, blocks: list[Block], first_body: int, last_body: int) -> str:
    """The text of an element its class names for the story's place ("dateline", "location"),
    in the story or its header: elsewhere such a name is a menu's ("menu-location-top"), a
    weather box's or a job listing's; and one that holds blocks of its own is a part of the page
    ("elementor-location-footer"), not a place's name."""
    for element in tree.dateline_hinted[:3]:
        index = tree.block_holding(element)
        if index is None or not first_body - _HEADER_REACH <= index <= last_body \
                or element.find(BLOCK_TAGS) is not None:
            continue
        text = _clean(element.get_text(" ")).strip(" -—–:|")
        if names_a_place(text.rstrip(".")):
            return text
    return ""


def _byline(meta: Metadata, tree: PageTree, blocks: list[Block], first_body: int, sites: list[str]) -> str:
    """The authors the metadata names, else the byline element's, else a byline line's in the
    story's header. Metadata that names only the site itself (any name ``sites`` give it), as
    content systems fill it in where a story names no author ("tagesschau.de", "National
    Geographic"), gives way to people's names the page shows."""
    def names_the_site(name: str) -> bool:
        return any(_names_site(name, site) for site in sites)   # no site names nothing

    authors = ", ".join(dict.fromkeys(meta.authors))
    if authors and not all(map(names_the_site, meta.authors)):
        return authors
    shown = _shown_bylines(tree, blocks, first_body)
    if authors:
        # a person's name has two words at least: one is a site's initials, a credit ("JF", "Cortesía")
        return next((name for name in shown if reads_as_names(name) and len(name.split()) >= 2
                     and not names_the_site(name)), authors)
    return next((name for name in shown if name), "")


def _shown_bylines(tree: PageTree, blocks: list[Block], first_body: int) -> Iterator[str]:
    """The names the page shows as its byline, the likeliest first, each read only when asked for:
    a byline element's, a byline line's in the story's header, an author box's under its label."""
    yield _byline_element(tree)
    # a byline line that no class marks, in the story's header: the body leaves it out as a byline
    yield names_on_byline_lines(block.text for block in blocks[max(0, first_body - BYLINE_LINE_REACH):
                                                               first_body + BYLINE_LINE_REACH])
    yield name_under_byline_label(block.text for block in blocks)


def _byline_element(tree: PageTree) -> str:
    # not a comment's author, a quoted post's, nor a comment form's "Name" field
    others = (element for element in tree.byline_hinted
              if not (_RELATED_HINT.search(attribute_text(element)) or _under_related_markup(element, _QUOTE_OR_FORM)))
    for element in islice(others, 5):
        text = _clean(element.get_text(" "))
        if 0 < len(text) <= 80 and not _labels_a_name(text):
            if not any(True for _ in find_dates(text)):
                name = boilerplate.strip_byline_prefix(text)
                # "by marc": a handle in lower case keeps its "by" there
                return (author_after_by(name) or name) if name[:1].islower() else name
            if author := author_in_date_line(text):   # "By Ann Lee | 3 March 2022"
                return author
    for anchor in tree.author_links[:1]:
        return _clean(anchor.get_text(" "))
    return ""


def _labels_a_name(text: str) -> bool:
    """A byline's label alone, the name in an element of its own: a date's label ("Posted on",
    "Veröffentlicht am", "Published by"), the word for "by" or for the authors ("Auteurs"), a
    label ending in a colon ("Datum:"), the author box's "Follow" button."""
    label = PUBLISHED_LABEL.match(text)
    rest = text[label.end():] if label else text
    return not rest or text.endswith(":") or boilerplate.is_byline_label(rest) or bool(_NAME_LABEL.fullmatch(rest))


#: The authors' label in the plural, and an author box's button
_NAME_LABEL = re.compile(r"authors|autoren|auteurs|autores|autori|follow|folgen|suivre|seguir|segui", re.I)


# ---------------------------------------------------------------- choosing the article

def _paragraph_weight(block: Block) -> float:
    text = block.text
    if len(text) < 25 or block.link_density > 0.5 or boilerplate.is_cookie_notice(text) \
            or boilerplate.is_page_notice(text):   # a server's warnings printed above the page
        return 0.0
    return (1 + text.count(",") + text.count("،") + text.count("，") + min(len(text) / 100, 3)) * (1 - block.link_density)


def _unless_misled(blocks: list[Block], found: list[Block]) -> list[Block]:
    """The story read again from the blocks above the page's footer, furniture included, when
    the one ``found`` without furniture is short: class names misled us (a story inside
    ``<aside>``, a "teaser" wrapper). It replaces a short story only when it is several times
    longer: a brief, or a video's description, is still the story, and the furniture around it
    (its comments, a login form's messages) holds about as much text."""
    length = sum(len(block.text) for block in found)
    if length >= _RETRY_BELOW_CHARS:
        return found
    retried = _article_blocks([block for block in _above_the_page_footer(blocks) if not _in_a_readers_form(block)])
    return retried if sum(len(block.text) for block in retried) >= _RETRY_GAIN * length else found


def _under_the_pages_headline(blocks: list[Block], found: list[Block], stated: list[str]) -> list[Block]:
    """The story in the ``<article>`` of the page's own headline (the ``<h1>`` its stated title
    names), when the one ``found`` stands in another ``<article>`` with a headline of its own: a
    page that sets the next stories below its own, as endless scrolling loads them, may hold a
    longer one. An ``<h1>`` amid the story's own sections stands in the story's ``<article>``."""
    own = next((block for block in blocks
                if block.tag == "h1" and any(_same_title(block.text, title) for title in stated if title)), None)
    if not found or own is None:
        return found
    article = _enclosing(own.owner, "article")
    other = _enclosing(found[0].owner, "article")
    if article is None or other is None or other is article \
            or not any(block.tag == "h1" and _enclosing(block.owner, "article") is other for block in blocks):
        return found
    retried = _article_blocks([block for block in blocks
                               if not block.noisy and _enclosing(block.owner, "article") is article])
    return retried or found


def _in_a_readers_form(block: Block) -> bool:
    """Whether a block stands in a form its name gives to furniture (a comment form, a search
    box): its labels and prompts ("Name", "Kommentar verfassen") are the form's, never the story's.
    A form the page's whole content stands in (as some content systems wrap it) is named for no role."""
    form = _enclosing(block.owner, "form")
    return form is not None and boilerplate.classify_attribute(attribute_text(form)) == "noise"


def _above_the_page_footer(blocks: list[Block]) -> list[Block]:
    """The blocks above the page's own footer (a ``<footer>`` outside any article): what a page
    sets after it are its overlays, a login form, a consent banner, a newsletter's pop-up, and
    never the story."""
    for index, block in enumerate(blocks):
        footer = _enclosing(block.owner, "footer")
        if footer is not None and footer.find_parent(_STORY_BOXES) is None:
            return blocks[:index]
    return blocks


_STORY_BOXES = ["article", "main"]


def _article_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks inside the best-scoring container and its prose-rich siblings."""
    scores: dict[int, float] = {}
    elements: dict[int, Tag] = {}
    for block in blocks:
        weight = _paragraph_weight(block)
        if not weight:
            continue
        ancestors = [_holder(block)]
        if ancestors[0].parent is not None:
            ancestors.append(ancestors[0].parent)
            if ancestors[1].parent is not None:
                ancestors.append(ancestors[1].parent)
        for level, ancestor in enumerate(ancestors):
            if not isinstance(ancestor, Tag):
                continue
            key = id(ancestor)
            if key not in scores:
                scores[key] = _initial_score(ancestor)
                elements[key] = ancestor
            scores[key] += weight / (1, 2, 3)[level]
    if not scores:
        return [b for b in blocks if len(b.text) >= 80 and b.link_density < 0.3]
    link_density = _link_density_by_element(blocks)
    final = {key: score * (1 - link_density.get(key, 0.0)) for key, score in scores.items()}
    best = elements[max(final, key=final.get)]
    chains = [_ancestor_ids(block.owner) for block in blocks]
    containers = {id(container) for container in _widen(best, blocks, chains)}
    return [block for block, chain in zip(blocks, chains) if containers & chain]


def _without_trailing_boxes(body: list[Block]) -> list[Block]:
    """The body up to the last block of the story's own box: the element holding most of its
    prose. Boxes after it, neither inside it nor made like it (a sibling with its tag and class
    is the story's next section), are what a page sets under an article: the author's bio, a
    newsletter's pitch, "more from this column". Unless they hold a good share of the prose:
    then the story went on in them. A list's items stand in the box of the paragraphs around the
    list: a story told mostly in a list goes on in the paragraphs after it. A form the story does
    not stand in is the readers' (a comment form's consent text): its prose is never the story's."""
    prose: dict[int, int] = {}
    holders: dict[int, Tag] = {}
    for block in body:
        if _is_good(block) and block.tag != "pre":   # code is no prose
            holder = _box(block)
            prose[id(holder)] = prose.get(id(holder), 0) + len(block.text)
            holders[id(holder)] = holder
    if not prose:
        return body
    story = holders[max(prose, key=prose.__getitem__)]
    kind = (story.name, story.get("class"))

    def in_story(block: Block) -> bool:
        holder = _box(block)
        return holder is story or (holder.name, holder.get("class")) == kind \
            or any(parent is story for parent in holder.parents)

    def in_a_form_beside(block: Block) -> bool:
        form = _enclosing(block.owner, "form")
        return form is not None and not any(parent is form for parent in story.parents)

    last = max(index for index, block in enumerate(body) if in_story(block))
    cards = _cards(body[last + 1:])
    after = sum(len(block.text) for block in body[last + 1:]
                if _is_good(block) and not in_a_form_beside(block) and id(_box(block)) not in cards)
    return body[:last + 1] if after < _TRAILING_PROSE_SHARE * sum(prose.values()) else body


def _cards(blocks: list[Block]) -> set[int]:
    """The ids of the boxes among ``blocks`` that are other stories' cards: a linked title and
    one teaser's paragraph in a box of their own, when three or more such boxes stand together
    (a "more on this" slider). A story going on in the boxes after its own holds more in each."""
    contents: dict[int, list[Block]] = {}
    for block in blocks:
        contents.setdefault(id(_box(block)), []).append(block)
    found: set[int] = set()
    for key, inside in contents.items():
        good = [block for block in inside if _is_good(block)]
        if len(good) == 1 and len(good[0].text) < _TEASER_CHARS \
                and any(block.link_density > 0.5 for block in inside if block is not good[0]):
            found.add(key)
    return found if len(found) >= _CARD_BOXES else set()


#: How many boxes of one linked title and one short paragraph make a listing of other stories.
_CARD_BOXES = 3


#: Boxes after the story's own holding this share of its prose or more are the story's.
_TRAILING_PROSE_SHARE = 1 / 3


def _holder(block: Block) -> Tag:
    """The element whose children are the story's paragraphs: a paragraph's parent, or the
    box itself when its text stands in it directly."""
    parent = block.owner.parent
    return parent if block.tag in _TEXTUAL and isinstance(parent, Tag) else block.owner


def _box(block: Block) -> Tag:
    """The box a block stands in: its holder, or for a list's item the list's own holder."""
    holder = _holder(block)
    return holder.parent if holder.name in _LISTS and isinstance(holder.parent, Tag) else holder


_LISTS = {"ul", "ol", "dl"}


def _gallery_captions(blocks: list[Block], body: list[Block]) -> set[int]:
    """The ids of the captions that tell a gallery's story: when five or more photos' captions
    are prose, and hold more of it than the text around the photos, the story is told in them
    ("What you need: a red jumper …" under each of 90 costumes). A story's few captions are not."""
    captions = [block for block in blocks if block.noisy and _is_good(block) and _in_a_caption(block.owner)]
    if len(captions) < _GALLERY_CAPTIONS or sum(len(b.text) for b in captions) <= sum(len(b.text) for b in body):
        return set()
    return {id(block) for block in captions}


def _in_a_caption(element: Tag) -> bool:
    """Whether the element is a photo's caption or stands in one (a paragraph or two deep): the
    walk stops there, where a look up the whole tree would cost each of the page's noisy blocks."""
    return any(isinstance(candidate, Tag) and candidate.name in _CAPTION_TAGS
               for candidate in (element, *islice(element.parents, 3)))


_CAPTION_TAGS = {"figcaption", "figure"}
#: How many captions of prose make a gallery.
_GALLERY_CAPTIONS = 5


def _with_lead_above(blocks: list[Block], body: list[Block]) -> list[Block]:
    """The story's lead, when the page sets it apart above the article's container (an intro
    in the header): the prose just above the body, past short lines (byline, date, credit,
    share buttons) and furniture (a photo's caption, an advertisement), up to the headline. A
    lead in furniture only by a "teaser" class is the story's standfirst. A container that holds
    the headline holds the story's header: nothing above it is the story's."""
    if not body:
        return body
    headline = next((position for position, block in enumerate(body[:3]) if block.tag == "h1"), None)
    if headline is not None:
        return body[:headline + 1] + _teaser_standfirst(blocks, body, headline) + body[headline + 1:]
    first = blocks.index(body[0])
    lead: list[Block] = []
    for index in range(first - 1, max(-1, first - _HEADER_REACH - 1), -1):
        block = blocks[index]
        if block.tag == "h1" or (block.tag in HEADINGS and len(block.text) < _LEAD_CHARS):
            break   # the headline, or a section's heading; a heading as long as a lead is a standfirst
        if block.noisy and not furniture_only_as_teaser(block.owner):
            continue
        # right under the headline, a sentence is its standfirst however short
        under_the_headline = index > 0 and blocks[index - 1].tag == "h1" and len(block.text) >= _SHORT_LEAD_CHARS \
            and block.text.rstrip().endswith((".", "!", "?", "…"))
        if (len(block.text) >= _LEAD_CHARS or under_the_headline) and _reads_as_lead(block):
            lead.insert(0, block)
        elif len(block.text) >= _LEAD_CHARS or block.link_density >= 0.5 and len(block.text) >= _BUTTON_CHARS:
            break
    return lead + body


def _teaser_standfirst(blocks: list[Block], body: list[Block], headline: int) -> list[Block]:
    """The story's standfirst between its headline and its text that only a "teaser" class set
    among the furniture (the story's own teaser, as it is shown in lists of stories)."""
    if headline + 1 >= len(body):
        return []
    start, end = blocks.index(body[headline]) + 1, blocks.index(body[headline + 1])
    return [block for block in blocks[start:end]
            if block.noisy and furniture_only_as_teaser(block.owner) and len(block.text) >= _LEAD_CHARS
            and _reads_as_lead(block)]


def _reads_as_lead(block: Block) -> bool:
    """Prose, not a button's call to action, a photo's credit or a notice about the page."""
    return block.link_density < 0.2 and not boilerplate.is_call_to_action(block.text) \
        and not boilerplate.is_photo_credit(block.text) and not boilerplate.is_page_notice(block.text)


#: How far above the article's container its header (its lead, byline and date) may stand; how
#: long a lead is at least (a sentence right under the headline, at least the shorter length);
#: and how long a link may be that the lead's search passes (a byline's, a share button's; a
#: teaser's is longer).
_HEADER_REACH = 16
_LEAD_CHARS = 100
_SHORT_LEAD_CHARS = 40
_BUTTON_CHARS = 30


def _ancestor_ids(element: Tag) -> set[int]:
    ids = {id(element)}
    for parent in element.parents:
        ids.add(id(parent))
    return ids


def _is_good(block: Block) -> bool:
    return len(block.text) >= 60 and block.link_density < 0.3


def _widen(best: Tag, blocks: list[Block], chains: list[set[int]]) -> list[Tag]:
    """Climb from the best container while that gains more prose than clutter.

    Templates often split a story over sibling boxes (text beside each photo,
    a box per section); the ancestor that holds them all is the article. When
    none does below the page's body, the boxes made alike (one tag, one class)
    beside the widest one are the story's sections.
    """
    def balance(element: Tag) -> int:
        key = id(element)
        good = bad = 0
        for block, chain in zip(blocks, chains):
            if key in chain:
                if _is_good(block):
                    good += len(block.text)
                else:
                    bad += len(block.text) if block.link_density > 0.5 or len(block.text) < 60 else 0
        return good - bad

    chosen, chosen_balance = best, balance(best)
    top, top_balance = chosen, chosen_balance
    for ancestor in best.parents:
        if not isinstance(ancestor, Tag) or ancestor.name in {"body", "html", "[document]"}:
            break
        top, top_balance = ancestor, balance(ancestor)
        if top_balance > chosen_balance:
            chosen, chosen_balance = top, top_balance
    if top.get("class") and isinstance(top.parent, Tag) and top_balance >= chosen_balance:
        kin = [sibling for sibling in top.parent.find_all(top.name, recursive=False)
               if sibling.get("class") == top.get("class")]
        if len(kin) > 1 and sum(balance(box) for box in kin) > chosen_balance:
            return kin
    return [chosen]


def _initial_score(element: Tag) -> float:
    score = {"article": 10.0, "main": 8.0, "div": 5.0, "section": 3.0, "td": 3.0, "blockquote": 3.0}.get(element.name, 0.0)
    if element.name in {"form", "ol", "ul", "dl", "li", "th", "address"}:
        score -= 3
    if element.name in HEADINGS:
        score -= 5
    role = boilerplate.classify_attribute(attribute_text(element))
    if role == "content":
        score += 25
    elif role == "noise":
        score -= 25
    if element.get("itemprop") == "articleBody":
        score += 50
    return score


def _link_density_by_element(blocks: list[Block]) -> dict[int, float]:
    """Share of each candidate's text that sits in links, summed up the tree from the blocks."""
    totals: dict[int, list[int]] = {}
    for block in blocks:
        node = block.owner
        depth = 0
        while isinstance(node, Tag) and depth < 4:
            entry = totals.setdefault(id(node), [0, 0])
            entry[0] += len(block.text)
            entry[1] += block.link_chars
            node = node.parent
            depth += 1
    return {key: links / max(1, chars) for key, (chars, links) in totals.items()}


def _clean_paragraphs(blocks: list[Block], headline: str) -> list[str]:
    """Keep prose, and the subheadings and list items among it; drop clutter.

    Each block is good (prose), bad (captions, calls to action, date lines, PHP warnings),
    link (mostly link text) or short. As jusText judges by context, short
    blocks stay when prose follows them (a subheading, a list inside the story)
    and go when they trail it ("Related posts", tags, "Comments closed"). A block
    that is mostly link text points to another page ("Read also: …"), even
    between two paragraphs of the story, and a short block right above one is
    the heading of those links ("See also", "Más noticias").
    """
    headline_norm = headline.lower().strip()
    kinds: list[str] = []
    for block in blocks:
        text = block.text
        if block.tag == "h1" or (headline_norm and text.lower().strip() == headline_norm) \
                or _trails_to_the_headline(block, headline_norm):
            kinds.append("drop")
        elif (boilerplate.is_photo_credit(text) and len(text) < 400) or boilerplate.is_never_the_story(text) \
                or (len(text) < 120 and (boilerplate.is_call_to_action(text) or boilerplate.is_byline(text)
                                         or _is_meta_line(text) or _is_date_label(text))):
            kinds.append("bad")
        elif block.link_density > 0.5 and len(text) < 400:
            kinds.append("link")
        elif _is_good(block) or _linked_prose(block):
            kinds.append("good")
        else:
            kinds.append("short")
    _drop_above_the_headline(blocks, kinds)
    _drop_repeated_titles(blocks, kinds)
    _drop_pull_quotes(blocks, kinds)
    _drop_boxes_of_other_stories(blocks, kinds)
    ending = _story_end(blocks, kinds)
    blocks, kinds = blocks[:ending], kinds[:ending]
    last_good = max((i for i, k in enumerate(kinds) if k == "good"), default=-1)
    sign_off = _sign_off(blocks, kinds, last_good) | _rest_of_the_list(blocks, kinds, last_good)
    sign_off |= _closing_list(blocks, kinds, sign_off | {last_good})
    teasers = _teasers(blocks, kinds) | _card_titles(blocks)
    kept: list[str] = []
    for index, (block, kind) in enumerate(zip(blocks, kinds)):
        introduces_links = index + 1 < len(kinds) and kinds[index + 1] == "link"
        if index in teasers:
            continue
        if kind == "good" or kind == "short" and (index < last_good or index in sign_off) and not introduces_links:
            kept.append(block.text)
    while len(kept) > 1 and boilerplate.closes_below_the_story(kept[-1]):
        kept.pop()   # longer than a button's call to action
    return _rejoin_drop_caps(kept)


def _linked_prose(block: Block) -> bool:
    """A long paragraph of sentences that links many of its words to other pages (a story
    pointing to its sources): prose still, however much of it is link text, short of a list of links."""
    return len(block.text) >= _LINKED_PROSE_CHARS and block.link_density < 0.5 and _ends_a_sentence(block.text)


#: How long a paragraph is at least for its sentences to be prose whatever share of it is linked.
_LINKED_PROSE_CHARS = 200


def _drop_boxes_of_other_stories(blocks: list[Block], kinds: list[str]) -> None:
    """A box set between the story's paragraphs that sends readers to other stories: its label
    alone ("Keep Reading", "Zum Thema", "Lee también") and the headlines under it, short lines
    closed by no full stop, up to the story's next paragraph."""
    for index, block in enumerate(blocks):
        if kinds[index] != "good" and boilerplate.labels_other_stories(block.text):
            kinds[index] = "drop"
            below = index + 1
            while below < len(blocks) and len(blocks[below].text) < _TEASER_CHARS \
                    and not blocks[below].text.rstrip().rstrip(_CLOSING_QUOTES).endswith("."):
                kinds[below] = "drop"
                below += 1


def _drop_repeated_titles(blocks: list[Block], kinds: list[str]) -> None:
    """A title of four words or more, no sentence and no label, that the body repeats word for
    word three times or more is one the page sets on each item of a gallery or a playlist
    ("Weather threatens holiday plans" over each of 14 photos), not the story's. A label of a
    few words may repeat in the story (an interview's speaker, a table's row, a schedule's
    days), and so may a sentence or a label ending in a colon (a FAQ's answer, "Die
    wichtigsten Infos:")."""
    counts = Counter(block.text for block, kind in zip(blocks, kinds) if kind == "short")
    for index, (block, kind) in enumerate(zip(blocks, kinds)):
        text = block.text
        if kind == "short" and counts[text] >= _REPEATS_OF_A_TITLE and len(text.split()) >= 4 \
                and not text.rstrip().endswith((".", "!", "?", ":")):
            kinds[index] = "drop"


def _drop_pull_quotes(blocks: list[Block], kinds: list[str]) -> None:
    """A pull quote: a sentence of the story set again, larger, beside the paragraph it is taken
    from (a quote from an interview, a line of the lead). Its words stand in that paragraph, in
    the same order, a few blocks away; read twice, they would tell the story's words twice.
    A heading that a longer paragraph repeats (a table of contents above the story's sections)
    stays: it orders the story."""
    words = [" ".join(_WORD.findall(block.text.lower())) for block in blocks]
    for index, block in enumerate(blocks):
        if kinds[index] not in ("good", "short") or block.tag in HEADINGS or len(block.text) > _PULL_QUOTE_CHARS \
                or words[index].count(" ") + 1 < _PULL_QUOTE_WORDS:
            continue
        near = range(max(0, index - _PULL_QUOTE_REACH), min(len(blocks), index + _PULL_QUOTE_REACH + 1))
        if any(kinds[other] == "good" and len(words[other]) > len(words[index]) and words[index] in words[other]
               for other in near if other != index):
            kinds[index] = "drop"


_WORD = re.compile(r"\w+")
#: A pull quote's length at most, in characters, and at least, in words (fewer words, "Yes, he
#: said.", stand in many a paragraph by chance); how many blocks from its paragraph it stands.
_PULL_QUOTE_CHARS = 300
_PULL_QUOTE_WORDS = 6
_PULL_QUOTE_REACH = 6


#: How often a gallery's title repeats over its items, at least.
_REPEATS_OF_A_TITLE = 3


def _drop_above_the_headline(blocks: list[Block], kinds: list[str]) -> None:
    """Short lines above the ``<h1>``, with none of the story's prose before it, are the
    headline's furniture, not the story: its kicker ("Siemens und die Kohlemine Adani"), a
    section's name, an article number the page prints."""
    headline = next((index for index, block in enumerate(blocks) if block.tag == "h1"), None)
    if headline is None or "good" in kinds[:headline]:
        return
    for index in range(headline):
        if kinds[index] == "short":
            kinds[index] = "drop"


def _trails_to_the_headline(block: Block, headline_norm: str) -> bool:
    """The headline again, after a breadcrumb trail of links or a kicker set off by a colon
    ("Home » Transportation » <the headline>", "Neues Auto: <the headline>"). A headline of a
    word or two could end a sentence of the story, so it takes three; and a line that only
    adds a word ("My <the headline>") is the story's own."""
    text = block.text.lower().strip()
    if len(headline_norm.split()) < 3 or not text.endswith(headline_norm):
        return False
    trail = text[:-len(headline_norm)].rstrip()
    return 0 < len(trail) <= _TRAIL_CHARS and (block.link_chars > 0 or trail.endswith((":", "»", ">", "/", "|")))


#: A breadcrumb trail or a kicker before a repeated headline is at most this long.
_TRAIL_CHARS = 80


#: A teaser is cut short at about this length; a paragraph of the story ending in an ellipsis is longer.
_TEASER_CHARS = 250


def _teasers(blocks: list[Block], kinds: list[str]) -> set[int]:
    """Other stories' teasers: short prose cut short with an ellipsis right above a link ("… la
    Policía aún busca a...", then "Ver más" or the story's headline), when several stand in the
    body (a grid of teasers, a "trending" box); a post that trails off above its author's link
    stands alone."""
    found = {index for index, (block, kind) in enumerate(zip(blocks, kinds))
             if kind == "good" and index + 1 < len(kinds) and kinds[index + 1] == "link"
             and len(block.text) < _TEASER_CHARS and block.text.rstrip().endswith(("...", "…"))}
    return found if len(found) > 1 else set()


def _card_titles(blocks: list[Block]) -> set[int]:
    """Titles of a run of cards (a video playlist, a grid of other stories whose links the
    page's scripts add): four or more lines in a row, none ending a sentence, each in an element
    of one class that is alone in a wrapper of its own, where a story's lines (a poem's) stand
    side by side in one, or are a list's items or a table's cells."""
    found: set[int] = set()
    run: list[int] = []
    for index, block in enumerate([*blocks, None]):
        card = _card_shape(block)
        if run and (card is None or card != _card_shape(blocks[run[-1]])
                    or block.owner.parent is blocks[run[-1]].owner.parent):
            if len(run) >= _CARDS:
                found.update(run)
            run = []
        if card is not None:
            run.append(index)
    return found


def _ends_a_sentence(text: str) -> bool:
    """Whether a text closes with a sentence's stop, inside a closing quote or not: a title may
    close a quote ("… is 'foolish'") without one."""
    return text.rstrip().rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_ENDS)


def _card_shape(block: Block | None) -> tuple[str, str, str] | None:
    """The classes of a card's title and of its wrapper, when the block reads as a title (no
    sentence's end) in a classed element; else ``None``."""
    if block is None or block.tag in ("li", *HEADINGS) or _ends_a_sentence(block.text):
        return None
    owner, wrapper = block.owner, block.owner.parent
    own_class = " ".join(attribute_words(owner, "class"))
    if not own_class or wrapper is None or wrapper.name in ("li", "ul", "ol", "dd", "td", "th"):
        return None   # a list's items and a table's cells are the story's (a recipe's ingredients)
    return owner.name, own_class, " ".join(attribute_words(wrapper, "class"))


_SENTENCE_ENDS = (".", "!", "?", ":", "…", ")")
_CLOSING_QUOTES = "\"'»”’"
#: How many cards in a row make a listing.
_CARDS = 4


def _story_end(blocks: list[Block], kinds: list[str]) -> int:
    """Where what follows the story begins: the first heading of its comments, sharing, tags,
    related posts or author's bio after some of the story's prose. Nothing after it is story."""
    seen = 0
    for index, (block, kind) in enumerate(zip(blocks, kinds)):
        if kind == "good":
            seen += len(block.text)
        elif seen >= _STORY_BEFORE_ITS_END and boilerplate.ends_the_story(block.text):
            return index
    return len(blocks)


#: How much of the story's prose must come before a heading can end it (a share bar
#: or a "comments" link often stands above the story too).
_STORY_BEFORE_ITS_END = 500


def _sign_off(blocks: list[Block], kinds: list[str], last_good: int) -> set[int]:
    """Up to three short, link-free lines right after the story ("See you there!", "x Anna"),
    before any heading, list of links or clutter: the author signing off."""
    kept: set[int] = set()
    for index in range(last_good + 1, min(len(blocks), last_good + 4)):
        block = blocks[index]
        if kinds[index] != "short" or block.tag in HEADINGS or block.link_chars or block.tag == "li":
            break
        kept.add(index)
    return kept


def _rest_of_the_list(blocks: list[Block], kinds: list[str], last_good: int) -> set[int]:
    """The short items after the story's last paragraph when that paragraph is an item of a list:
    they are the rest of it ("Weingut Giefing, Rust", then "Weinbau Tremmel, Rust")."""
    if last_good < 0 or blocks[last_good].tag != "li":
        return set()
    items = set()
    for index in range(last_good + 1, len(blocks)):
        if kinds[index] != "short" or blocks[index].tag != "li" \
                or blocks[index].owner.parent is not blocks[last_good].owner.parent:
            break
        items.add(index)
    return items


def _closing_list(blocks: list[Block], kinds: list[str], story_end: set[int]) -> set[int]:
    """The items of the list that one of the story's last lines (``story_end``: its last paragraph
    and the lines signing off) introduces with a colon ("The budget includes:"): the short blocks
    under it, up to a heading, a list of links or clutter."""
    intro = next((index for index in sorted(story_end, reverse=True)
                  if index >= 0 and introduces_a_list(blocks[index].text)), None)
    if intro is None:
        return set()
    items = set()
    for index in range(intro + 1, len(blocks)):
        if kinds[index] != "short" or blocks[index].tag in HEADINGS:
            break
        items.add(index)
    return items if len(items) >= MIN_LIST_ITEMS else set()


def _is_date_label(text: str) -> bool:
    """A date's label alone ("Published", "Last updated", "Veröffentlicht am:"), its date set apart
    (in a ``<time>``): a heading that only names a publication ("Daten "aus Protest" veröffentlicht")
    has more words."""
    return len(text.split()) <= _DATE_LABEL_WORDS and labels_a_date(text)


_DATE_LABEL_WORDS = 2


def _is_meta_line(text: str) -> bool:
    """"Reuters | February 20, 2017, 2:00 PM": a date with a few words around it, not prose;
    an update's line, or one opening with a publication's label, is one even when closed by a
    full stop ("Aktualisiert am 17.01.2021.", "Posted: Thursday, April 21, 2022. 10:11 pm CST.")."""
    if not any(True for _ in find_dates(text)):
        return False
    words = re.findall(r"[^\W\d_]{2,}", text)
    return len(words) <= 8 and (not text.rstrip().endswith((".", "!", "?")) or dates_an_update(text)
                                or PUBLISHED_LABEL.match(text.lstrip()) is not None)


def _rejoin_drop_caps(paragraphs: list[str]) -> list[str]:
    """A lone letter before a paragraph starting in lower case is that paragraph's initial."""
    joined: list[str] = []
    for text in paragraphs:
        if joined and len(joined[-1]) == 1 and joined[-1].isalpha() and text[:1].islower():
            joined[-1] = joined[-1] + text
        else:
            joined.append(text)
    return joined
