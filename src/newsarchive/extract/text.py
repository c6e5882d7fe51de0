"""Plain-text page dumps -> the article's fields.

A dump is what a browser's "select all, copy" gives: the site's menus, nags and
share prompts as short lines around the article, the article as long lines of
prose. Each line is given a role from its length, punctuation, position and
neighbours: the body is the largest run of prose; the headline is the title-like
line close above the story whose words the story repeats; the short lines beside
the date are the byline and the dateline. Lines the dump repeats together
(a "gift this article" box shown twice) are template, not article.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from datetime import date
from pathlib import PurePath
from typing import Iterable
from urllib.parse import unquote, urlparse

from ..scripts import SPACELESS_SOUTHEAST_ASIAN, as_addresses_write
from . import boilerplate
from .date_lines import (BYLINE_LINE_REACH, META_LINE_WORDS, MIN_LIST_ITEMS, among_dated_items, author_in_date_line,
                         dates_an_update, dates_another_text, gives_its_date, introduces_a_list, labelled_publication,
                         name_under_byline_label, names_on_byline_lines, nearest_date)
from .dateline import dateline_alone, looks_like_place_line
from .dates import before_filing, date_in_url, day_of, find_dates, precision_rank
from .language import detect_language
from .record import MIN_BODY_CHARS, Draft

#: Runs of prose separated by at most this many short lines are one story.
MAX_GAP_LINES = 8
#: A long stretch of prose joins the story across a break of up to this many lines: a photo
#: gallery, a video player's playlist, an ad block with its "more from the site" teasers.
WIDE_GAP_LINES = 5 * MAX_GAP_LINES
#: Prose this few lines from the story joins it however short it is.
ADJACENT_GAP_LINES = 1
#: A line between the story's runs of prose needs this many words to stay: a list item or a
#: caption does, a "Share" or "Photo: AFP" left between paragraphs does not.
MIN_BREAK_WORDS = 3
#: A box's label ("Related coverage", "Lesen Sie auch:") has at most this many words.
MAX_LABEL_WORDS = 4
#: A run joined to the story needs this much text (or two lines or more).
MIN_JOINED_CHARS = 150
#: A run below the first heading of a story's comments or related posts weighs this much.
AFTER_END_DISCOUNT = 0.3
#: A run's weight falls by up to this share towards the dump's end: the story comes before
#: the footer's blurbs and a continuous-scroll page's next story, which can be longer.
LATE_RUN_DISCOUNT = 0.5
#: How many lines from the date line a byline of its own may stand.
BYLINE_REACH = 3
#: A headline told apart from the lines around it has this many words at least: a slug's single
#: words name menu entries too, and a kicker can end with a word or two of the headline.
MIN_HEADLINE_WORDS = 3
#: A run starting this many lines below a headline its page's address names weighs this much more.
HEADLINE_TO_STORY_LINES = 6
UNDER_HEADLINE_WEIGHT = 1.5
#: A line shorter than this that ends in an ellipsis is a teaser cut short, not a sentence.
MAX_TEASER_CHARS = 120
#: A line is a menu's entries, not prose, when more than this share of its words, and at least
#: this many, run two together ("lebtAlpha").
MAX_GLUED_SHARE = 0.1
MIN_GLUED_WORDS = 3
#: Share of capitalised words above which a long line without a stop is a list of names, not prose.
NAME_LIST_SHARE = 0.7
#: How far below the story (lines) its closing date line is looked for: further than in HTML,
#: as a dump gives each button and link of the story's footer ("Previous", "Next") a line.
LINES_BELOW_STORY = 10
#: How far above the story (lines) its headline is looked for: a gallery or a long menu can stand
#: between them, and the score weighs the distance.
HEADLINE_WINDOW = 60
#: A kicker over a headline is a few words long.
MAX_KICKER_WORDS = 8
#: The story's first line is its headline when the page's address holds this share of its words.
MIN_ADDRESS_SHARE = 0.5
#: An address that holds this share of a line's words was made from it (its slug) ...
SPELT_OUT_SHARE = 0.8
#: ... which makes it the headline over any line that scores up to this much higher.
ADDRESS_HEADLINE_MARGIN = 0.5
#: A title-like line may end with a full stop up to this many words; a longer one is a sentence.
MAX_TITLE_WORDS_WITH_STOP = 4
#: A headline repeated at the start of a longer line makes it a caption from this many words:
#: a one-word headline ("Emden") opens the story's first sentence as well.
MIN_CAPTION_HEADLINE_WORDS = 2
#: Words that carry meaning in most scripts: four letters or more.
_CONTENT_WORD = re.compile(r"\w{4,}")
_SENTENCE_END = re.compile(r"[.!?…:;。！？»\"“”‘’')\]]$")
_LETTERS = re.compile(r"[^\W\d_]")
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)$")
_INNER_SENTENCE_END = re.compile(r"[.!?]\s")
_PUNCTUATION = re.compile(r"[.,;:!?()\"“”„«»'’–—、，。]")
#: What may close a sentence after its full stop, question or exclamation mark: quotation marks
#: of every language ("…“ „…“ «…» ‘…’) and a bracket.
_CLOSERS = "\"“”«»‘’)"
_STOP_AT_END = re.compile(rf"[.!?。！？…][{re.escape(_CLOSERS)}]?\s*$")


@dataclass
class Line:
    index: int
    text: str
    block: int              # lines with no blank line between them share a block
    repeated: bool = False  # the same line stands elsewhere in the dump
    template: bool = False  # repeated together with its neighbour: page furniture
    site: bool = False      # most of the site's dumps hold it (``templates.py``): not the story's

    @property
    def words(self) -> int:
        return len(self.text.split())

    @cached_property
    def is_prose(self) -> bool:
        """A sentence or more: long enough, and reads as running text. Read only once a line's
        text is final (``split_lines`` rejoins drop caps first); every pass asks it again."""
        text = self.text
        tokens = text.split()
        words = len(tokens)
        if sum(1 for token in tokens if _LETTERS.search(token)) < 0.7 * words:
            return False   # a list of dates, counts or prices, not sentences
        if _is_glued_menu(tokens):
            return False   # link texts run together ("Alles was lebtAlpha CepheiAnd the water…"): a menu
        if boilerplate.is_page_notice(text) or boilerplate.is_author_bio(text):
            return False   # a PHP warning printed into the page, a consent banner, a legal notice, a bio
        if len(text) < MAX_TEASER_CHARS and _CUT_SHORT.search(text):
            return False   # "Capuchinos invitan a bendición anual de v...": another story's teaser
        if words >= 12 and (_SENTENCE_END.search(text) or len(text) >= 120 and _PUNCTUATION.search(text)
                            and not _is_name_list(tokens)):
            return True   # a long line without a stop is prose if it has punctuation: a tag cloud has none
        return words >= 5 and len(text) >= 30 and bool(_STOP_AT_END.search(text)) \
            or _is_unspaced_prose(text)

    @property
    def is_title_shaped(self) -> bool:
        """Short, not a sentence: a full stop only after a few words ("Nebelsuppe.", "Time to say
        goodbye."), as some sites end their headlines."""
        text = self.text
        if not 1 <= self.words <= 30 or len(text) > 250 or text.endswith((",", ";")):
            return False
        return not (text.endswith(".") and (self.words > MAX_TITLE_WORDS_WITH_STOP or text.endswith("..")
                                            or _INNER_SENTENCE_END.search(text)))

    @property
    def is_title_like(self) -> bool:
        """Title-shaped and capitalised."""
        text = self.text
        if not self.is_title_shaped:
            return False
        # capitalised, after any quote, bracket or mark it opens with ('"Pure Leere": …', "#Riesling …",
        # "(16) Corona-Update"); a script without capitals, or a line opening with a non-Latin mark, passes
        first = next((char for char in text if char.isalnum()), "")
        return bool(_LETTERS.search(text)) and (first.isupper() or first.isdigit() or not first.isascii()
                                                or not text[0].isascii())


_GLUED = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")


def _is_glued_menu(tokens: list[str]) -> bool:
    """Whether many words run two together, a lower-case letter followed by a capital: a menu's
    entries copied without their separators; in prose only a brand name or two do ("VeraCrypt")."""
    glued = sum(1 for token in tokens if _GLUED.search(token))
    return glued >= MIN_GLUED_WORDS and glued > MAX_GLUED_SHARE * len(tokens)


def _is_name_list(tokens: list[str]) -> bool:
    """Words nearly all capitalised, as in a menu, a tag cloud or a list of countries: even
    German prose, which capitalises its nouns, keeps most words in lower case."""
    return sum(1 for token in tokens if token[:1].isupper()) >= NAME_LIST_SHARE * len(tokens)


#: Scripts that end no sentence with a full stop, or write none (Thai, Lao): Chinese, Japanese,
#: Korean, Thai, Lao, Myanmar, Khmer. A long line in them is prose by its length alone.
_UNSPACED_CHAR = re.compile(f"[{SPACELESS_SOUTHEAST_ASIAN}\u3000-\u9fff\uac00-\ud7af]")


def _is_unspaced_prose(text: str) -> bool:
    return len(text) >= 40 and len(_UNSPACED_CHAR.findall(text)) > 20


def split_lines(text: str, site_lines: frozenset[str] = frozenset()) -> list[Line]:
    lines: list[Line] = []
    block = 0
    previous_blank = True
    for raw in text.splitlines():
        stripped = " ".join(raw.split())
        if not stripped:
            if not previous_blank:
                block += 1
            previous_blank = True
            continue
        lines.append(Line(len(lines), stripped, block, site=stripped in site_lines))
        previous_blank = False
    _rejoin_drop_caps(lines)
    _rejoin_wrapped_lines(lines)
    _mark_repeats(lines)
    return [line for line in lines if line.text]


def _rejoin_drop_caps(lines: list[Line]) -> None:
    """"S" / "enior US officials…" -> "Senior US officials…"."""
    for current, following in zip(lines, lines[1:]):
        if len(current.text) == 1 and current.text.isalpha() and current.text.isupper() \
                and following.text[:1].islower():
            following.text = current.text + following.text
            following.block = current.block
            current.text = ""


#: A line broken by a hard wrap is at least this long: a menu's entries are shorter.
MIN_WRAPPED_CHARS = 40


def _rejoin_wrapped_lines(lines: list[Line]) -> None:
    """A paragraph hard-wrapped in the page ("…enable you to modify" / "the behaviour of…") is one
    line again: a line that stops mid-sentence, continued in lower case on the next line of its block."""
    for index in range(len(lines) - 2, -1, -1):
        current, following = lines[index], lines[index + 1]
        if len(current.text) >= MIN_WRAPPED_CHARS and following.block == current.block \
                and following.text[:1].islower() and not _SENTENCE_END.search(current.text):
            current.text = f"{current.text} {following.text}"
            following.text = ""


def _mark_repeats(lines: list[Line]) -> None:
    counts = Counter(line.text for line in lines if line.text)
    for line in lines:
        line.repeated = counts[line.text] > 1
    for before, after in zip(lines, lines[1:]):
        if before.repeated and after.repeated and _repeated_pair(lines, before.text, after.text) > 1:
            before.template = after.template = True


def _repeated_pair(lines: list[Line], first: str, second: str) -> int:
    return sum(1 for a, b in zip(lines, lines[1:]) if a.text == first and b.text == second)


def extract_text_fields(text: str, site_lines: frozenset[str] = frozenset(), address: str = "") -> Draft:
    """The article's fields as the dump gives them; ``site_lines`` are the site's template
    lines learnt from its other dumps (``templates.learn``), kept out of the body; ``address``
    is the page's URL or file name, whose words (a URL's slug, the name a browser saves a page
    under) often repeat the headline's."""
    lines = split_lines(text, site_lines)
    runs = _prose_runs(lines)
    address_words = _address_words(address)
    body_start, body_end, body = _story(lines, runs, address_words)
    date_index, published = _date(lines, body_start, body_end)
    if date_index is not None and date_index >= body_end:
        date_index = None   # a date line below the story: the header has no date to stand by
    if published is not None and before_filing(published, address):
        # earlier than the month its address files the story under: another text's (a book's
        # release under its review); the header's first date line that is not dates the story
        found = _first_date_line(lines[:body_start], address)
        published = found[1] if found is not None else None
    if published is None:
        published = date_in_url(address)   # a dump that shows no date is still filed under one
    # the header runs to the story, or to its date line when that stands inside the story's first lines
    header_end = body_start if date_index is None else max(body_start, date_index + 1)
    if header_end == body_start < len(lines) and _named_by_address(lines[body_start], address_words):
        header_end += 1   # a headline put as a question or a quote reads as prose: it opened the story's run
    header = lines[:header_end]
    headline_index = _headline_index(header, date_index, body, address_words)
    headline = _headline_text(header, headline_index, body) if headline_index is not None else ""
    standfirst_index = _standfirst_index(header, headline_index, date_index)
    summary = header[standfirst_index].text if standfirst_index is not None else ""
    opening = _opening(lines, headline_index, standfirst_index, body_start)
    body = [line for line in body if line.text != headline and not _is_caption(line, headline)]
    byline, dateline = _byline_and_dateline(header, date_index)
    # the date's block names none: a byline line near the story's start, else an author box's name
    near = lines[max(0, body_start - BYLINE_LINE_REACH):body_start + BYLINE_LINE_REACH]
    byline = byline or names_on_byline_lines(line.text for line in near if not line.template) \
        or name_under_byline_label(line.text for line in lines if not line.template)
    return Draft(
        headline=headline,
        paragraphs=[line.text for line in body],
        date=published,
        dateline=dateline,
        byline=byline,
        summary=summary,
        opening=opening,
        source=_site_name(lines),
    )


def _story(lines: list[Line], runs: list[tuple[int, int, int]],
           address_words: set[str]) -> tuple[int, int, list[Line]]:
    """Where the story starts and ends (``_body_span``, with the list its end introduces) and its
    lines: those of its runs of prose, and the longer ones between them, without credits, bylines,
    update lines or the labels of boxes. A span that keeps less than an article's text once they
    are left out (a photo's caption under the headline, a run of prose only by its look) gives
    way to the next best run, as a page whose story is a paragraph behind a paywall has one."""
    while True:
        start, end, wide_breaks = _body_span(lines, runs, address_words)
        end = _past_closing_list(lines, end)
        in_runs = {position for run_start, run_end, _ in runs if start <= run_start < end
                   for position in range(run_start, run_end)}
        body = [line for position, line in enumerate(lines[start:end], start)
                if _keeps(line) and (position in in_runs or line.words >= MIN_BREAK_WORDS and position not in wide_breaks)
                and not _under_box_label(lines, position, in_runs)
                and (line.is_prose or not (boilerplate.is_byline(line.text) or gives_its_date(line.text)))
                and not (line.words <= META_LINE_WORDS and dates_an_update(line.text) and gives_its_date(line.text))]
        if sum(len(line.text) for line in body) >= MIN_BODY_CHARS or len(runs) <= 1:
            return start, end, body
        runs = [run for run in runs if not start <= run[0] < end]


def _opening(lines: list[Line], headline_index: int | None, standfirst_index: int | None,
             body_start: int) -> list[str]:
    """What the page shows between the headline and the story's prose that belongs to the story:
    the standfirst, then a recipe's ingredients, a fact box, a photo's caption (one above the
    standfirst is the lead photo's, and left out). So is the header's furniture: the date, byline
    and dateline (fields of their own), buttons, credits, labels of one or two words ("Zutaten:")."""
    if headline_index is None:
        return []
    headline = lines[headline_index].text
    standfirst = [] if standfirst_index is None else [lines[standfirst_index].text]
    start = headline_index + 1 if standfirst_index is None else standfirst_index + 1

    def stands_in_story(position: int, line: Line) -> bool:
        return _keeps(line) and not line.repeated \
            or position == headline_index + 1 and _shown_with_headline(lines, position)

    return standfirst + [line.text for position, line in enumerate(lines[start:body_start], start)
            if line.words >= MIN_BREAK_WORDS and stands_in_story(position, line)
            and not gives_its_date(line.text) and not _is_header_furniture(line.text)
            and not _is_caption(line, headline)]


def _shown_with_headline(lines: list[Line], position: int) -> bool:
    """Whether the line under the headline is repeated with it as the header's: a page that sticks
    its header to the top of the window shows the headline and its standfirst twice, which makes
    them a template pair."""
    line = lines[position]
    return lines[position - 1].template and line.template and not line.site and _keeps_text(line)


def _keeps(line: Line) -> bool:
    """Whether a line may stand in the story: not the site's template, a credit, a "read also"
    pointer, a notice about the page, an author's bio (which a dump may set above the story
    as well as below it), or a line of marks alone."""
    return not (line.template or line.site) and _keeps_text(line)


def _keeps_text(line: Line) -> bool:
    """Whether a line's text may stand in the story, wherever the dump repeats it."""
    if boilerplate.is_photo_credit(line.text) or boilerplate.is_author_bio(line.text) \
            or boilerplate.is_never_the_story(line.text):
        return False
    # a button's call to action, or a longer pitch that speaks to the reader: a dump has no markup
    # to set a newsletter's box apart from the story
    if boilerplate.is_call_to_action(line.text) and len(line.text) < 100 or boilerplate.is_closing_pitch(line.text):
        return False
    return True


def _prose_runs(lines: list[Line]) -> list[tuple[int, int, int]]:
    """(start, end, characters) of each run of prose lines; single subheadings may sit inside."""
    runs = []
    index = 0
    while index < len(lines):
        if not _counts_as_prose(lines[index]):
            index += 1
            continue
        start = end = index
        score = 0
        while end < len(lines):
            line = lines[end]
            if _counts_as_prose(line):
                score += len(line.text)
                end += 1
            elif end + 1 < len(lines) and _counts_as_prose(lines[end + 1]) and (
                    _is_subheading(line) and len(lines[end + 1].text) >= 150 or _is_list_marker(line)):
                end += 1
            else:
                break
        runs.append((start, end, score))
        index = end + 1
    return runs


def _body_span(lines: list[Line], runs: list[tuple[int, int, int]],
               address_words: set[str]) -> tuple[int, int, set[int]]:
    """The largest run of prose, joined with substantial runs close to it, and the lines of the
    wide breaks it was joined across (a gallery's captions, a playlist), which are not story.
    A run just below a headline the page's address names weighs more: the story starts under
    its headline, where a longer run further down (a forum's latest posts) does not.

    Dumps break a story with photo captions, ad slots and "read also" lines; the
    runs on either side of such a break belong together, while a lone prose line
    after a few short ones ("Share your experiences with us…") is page furniture.
    """
    if not runs:
        return 0, 0, set()
    ending = _first_story_end(lines, runs)
    best = max(range(len(runs)), key=lambda i: runs[i][2] * (1 - LATE_RUN_DISCOUNT * runs[i][0] / len(lines))
               * (AFTER_END_DISCOUNT if runs[i][0] > ending else 1.0)
               * (UNDER_HEADLINE_WEIGHT if _under_headline(lines, runs[i][0], address_words) else 1.0))
    start, end = runs[best][0], runs[best][1]
    run_texts = {line.text for run_start, run_end, _ in runs for line in lines[run_start:run_end]}
    wide_breaks: set[int] = set()
    for step in (-1, 1):
        index = best + step
        while 0 <= index < len(runs):
            run_start, run_end, score = runs[index]
            between = lines[end:run_start] if step > 0 else lines[run_end:start]
            # a table of contents repeats the story's subheadings: its lines do not part the story,
            # even where the page shows it twice over (which makes it a template pair)
            gap = sum(1 for line in between if not line.repeated or line.template and line.text not in run_texts)
            if any(_is_date_line(line) for line in between):
                break   # a date line marks the article's header (or the next story): not across it
            if step > 0 and any(boilerplate.ends_the_story(line.text) or boilerplate.is_rights_notice(line.text)
                                for line in between):
                break   # "Related posts", "Leave a comment", "All rights reserved": the story has ended
            # a line of prose next to the story, or past one line (an ad's label, a photo), goes with
            # it, unless it speaks to the reader ("Share your experiences with us"): the site's pitch
            near = gap <= ADJACENT_GAP_LINES and not _speaks_to_reader(lines[run_start:run_end]) \
                or gap <= MAX_GAP_LINES and (score >= MIN_JOINED_CHARS or run_end - run_start >= 2)
            # a long stretch of prose joins across a wider break (a photo gallery, an ad block)
            if near or (gap <= WIDE_GAP_LINES and score >= 3 * MIN_JOINED_CHARS):
                if not near:
                    wide_breaks.update(range(end, run_start) if step > 0 else range(run_end, start))
                start, end = min(start, run_start), max(end, run_end)
            elif gap > WIDE_GAP_LINES:
                break
            index += step   # a lone short run ("Manufacturer") does not stop a substantial one beyond
    return start, _without_footer_blurb(runs, start, end), wide_breaks


def _under_headline(lines: list[Line], start: int, address_words: set[str]) -> bool:
    return any(line.words >= MIN_HEADLINE_WORDS and _named_by_address(line, address_words)
               for line in lines[max(0, start - HEADLINE_TO_STORY_LINES):start])


def _past_closing_list(lines: list[Line], end: int) -> int:
    """Where the story ends once the list its last line (or the line after it) introduces with a
    colon is taken in (``introduces_a_list``): short lines, so no run of prose, up to the blank
    line that closes the list."""
    if not 0 < end < len(lines):
        return end
    intro = end - 1 if lines[end - 1].text.endswith(":") else end
    if intro + 1 >= len(lines) or intro == end and lines[intro].is_prose or not introduces_a_list(lines[intro].text):
        return end
    items = intro + 1
    while items < len(lines) and lines[items].block == lines[intro + 1].block and not lines[items].is_prose \
            and _keeps(lines[items]) and not boilerplate.ends_the_story(lines[items].text):
        items += 1
    return items if items - intro - 1 >= MIN_LIST_ITEMS else end


def _under_box_label(lines: list[Line], position: int, in_runs: set[int]) -> bool:
    """Whether a line that reads as a headline (a teaser put as a question reads as prose too)
    stands in a box of other stories between the story's paragraphs: under its label, with only
    such lines or short ones (the box's other headlines) between them, no more of them than part a
    story's runs of prose. A sentence closed by a full stop is the story's again."""
    if not _reads_as_headline(lines[position]):
        return False
    above = position - 1
    while above >= max(0, position - MAX_GAP_LINES) and (above not in in_runs or _reads_as_headline(lines[above])):
        if _labels_other_texts(lines[above]):
            return True
        above -= 1
    return False


def _reads_as_headline(line: Line) -> bool:
    """Of a headline's length, and closed by no full stop: a question or an exclamation may be one."""
    return len(line.text) < MAX_TEASER_CHARS and not line.text.endswith(".")


def _labels_other_texts(line: Line) -> bool:
    """A box's label of a few words that sends the reader to other stories ("Related", "Leggi
    anche:", "Read more"). A button's ("Share", "Back to the overview") is not one: the short line
    under a button can be the story's next subheading."""
    return line.words <= MAX_LABEL_WORDS and (boilerplate.points_to_another_text(line.text)
                                              or boilerplate.labels_other_stories(line.text))


def _speaks_to_reader(lines: list[Line]) -> bool:
    return any(boilerplate.addresses_reader(line.text) for line in lines)


def _without_footer_blurb(runs: list[tuple[int, int, int]], start: int, end: int) -> int:
    """Where the story ends once a last lone line of prose, set apart from it by furniture
    (an author's bio, a newsletter's pitch, a copyright under the share buttons), is left out."""
    inside = [run for run in runs if start <= run[0] and run[1] <= end]
    if len(inside) >= 2 and inside[-1][1] - inside[-1][0] == 1 and inside[-1][0] - inside[-2][1] >= 2:
        return inside[-2][1]
    return end


def _first_story_end(lines: list[Line], runs: list[tuple[int, int, int]]) -> int:
    """The first heading of what follows a story ("Leave a comment") after a substantial run
    of prose; runs below it are comments or related posts, however long."""
    first_substantial = next((start for start, _, score in runs if score >= MIN_JOINED_CHARS), None)
    if first_substantial is None:
        return len(lines)
    return next((line.index for line in lines[first_substantial:] if boilerplate.ends_the_story(line.text)),
                len(lines))


def _is_date_line(line: Line) -> bool:
    """A short line that dates itself ("Posted on 3 May 2021", "12.01.2022 | 14:30"), not a
    sentence that names a day: the mark of an article's header, or of the next story's."""
    return line.words <= META_LINE_WORDS and not line.is_prose and gives_its_date(line.text)


def _counts_as_prose(line: Line) -> bool:
    return line.is_prose and not line.template and not line.site


def _is_list_marker(line: Line) -> bool:
    """A numbered list's marker on a line of its own ("2.", "3. 3."): the steps of a recipe or a
    how-to, each a sentence, stay one run."""
    return line.words <= 3 and not _LETTERS.search(line.text) and any(char.isdigit() for char in line.text)


def _is_subheading(line: Line) -> bool:
    return line.words <= 12 and not line.template and not boilerplate.is_call_to_action(line.text)


def _is_caption(line: Line, headline: str) -> bool:
    """Image alt text and caption often repeat the headline before the caption proper."""
    return len(headline.split()) >= MIN_CAPTION_HEADLINE_WORDS and line.text.startswith(headline) \
        and len(line.text) > len(headline)


def _date(lines: list[Line], body_start: int, body_end: int) -> tuple[int | None, date | None]:
    """The date line nearest the story (``date_lines.nearest_date``), else the one day lines
    anywhere label as the publication's (then without a position), else the header's first;
    the most precise date it or its block gives on that day ("Sun, March 6, 2022 …
    2022-03-06T16:15:48+07:00"). A date line the dump repeats (a header that sticks to the
    top is shown twice) counts; one most of the site's dumps hold does not."""
    if body_end <= body_start:
        return None, None
    texts = [line.text for line in lines]
    # a caption's date is its photo's ("… 11 lipca 1966 roku … / domena publiczna"), not the story's
    found = nearest_date(texts, body_start, body_end - 1,
                         lambda index, _: lines[index].site or among_dated_items(texts, index)
                         or boilerplate.is_photo_credit(texts[index]),
                         lines_below=LINES_BELOW_STORY)
    if found is None or lines[found[0]].words > META_LINE_WORDS:
        # no date line, or only a sentence's date, which is what it tells of: a line that labels
        # the publication's day anywhere on the page is the better witness
        labelled = labelled_publication(line.text for line in lines if not (line.template or line.site))
        if labelled is not None:
            # the line that labels it, when it stands in the header, is the story's meta line
            # (its author beside the date); one below the story is a footer's
            position = next((index for index, line in enumerate(lines[:body_start])
                             if not line.template and labelled_publication([line.text]) == labelled), None)
            return position, labelled
    if found is None:
        found = _first_date_line(lines[:body_start])
    if found is None:
        return None, None
    position, published = found
    same_block = [d for other in lines if other.block == lines[position].block and len(other.text) <= 200
                  for d in find_dates(other.text)]
    candidates = [published] + [d for d in same_block if day_of(d) == day_of(published)]
    return position, max(candidates, key=precision_rank)


def _first_date_line(header: list[Line], address: str = "") -> tuple[int, date] | None:
    """A story far below its header (a gallery, a long standfirst) is dated by the header's
    first date line; not by a date earlier than the month its ``address`` files it under."""
    for position, line in enumerate(header):
        if len(line.text) <= 200 and not line.template and not line.site and not dates_another_text(line.text):
            for found in find_dates(line.text):
                if not before_filing(found, address):
                    return position, found
    return None


def _headline_index(header: list[Line], date_index: int | None, body: list[Line],
                    address_words: set[str]) -> int | None:
    """The title-like line that best names the story (``_headline_score``) among the header's
    last lines: a menu entry or a section name above the story is title-like too. A line that the
    page's address spells out nearly word for word wins over a close rival: a slug is made from
    the headline, where a standfirst under it, longer and in the story's words, can score higher."""
    story_words = {word for line in body for word in _content_words(line.text)}
    candidates = [position for position in range(max(0, len(header) - HEADLINE_WINDOW), len(header))
                  if _could_be_headline(header[position], address_words)]

    def score(position: int) -> float:
        return _headline_score(
            header[position], len(header) - position, date_index is not None and position < date_index,
            position > 0 and header[position - 1].block != header[position].block, story_words, address_words)

    best = max(candidates, default=None, key=score)
    if best is None:
        return None
    spelt_out = [position for position in candidates if _is_spelt_out_by_address(header[position], address_words)
                 and score(position) >= score(best) - ADDRESS_HEADLINE_MARGIN]
    return max(spelt_out, key=score, default=best)


def _is_spelt_out_by_address(line: Line, address_words: set[str]) -> bool:
    """Whether the page's address holds nearly all of the line's words, and it has a headline's
    few at least: a slug made from it."""
    return _address_share(line, address_words) >= SPELT_OUT_SHARE \
        and len(_content_words(line.text)) >= MIN_HEADLINE_WORDS


def _headline_text(header: list[Line], index: int, body: list[Line]) -> str:
    """The headline line's text, as the story's title: without a list's number, a kicker glued
    to it or set off by a spaced colon, or a site's name after a bar, and after the kicker line
    above it that ends with a colon."""
    text = _with_kicker(header, index, _without_glued_kicker(_without_list_number(header, index), header))
    return _without_spaced_kicker(_without_label_after_bar(text), body)


#: "Was wir über uns nicht hören wollen | FASSETTE.NET": a site's or a section's name set after a bar
_LABEL_AFTER_BAR = re.compile(r"\s+[|│]\s+\S+(?:\s+\S+)?$")


def _without_label_after_bar(headline: str) -> str:
    """The headline without the name of a site or a section (two words at most) that a title
    bar sets after it: a page's title rendered as a line of its dump."""
    return _LABEL_AFTER_BAR.sub("", headline) or headline


def _with_kicker(header: list[Line], index: int, text: str) -> str:
    """The headline, after the kicker that the line above ends with a colon, in the same block
    ("Tanz in der St. Galler Lokremise:" over "Mit allen Wassern gewaschen"): one headline the
    page broke in two, as a heading's lines after a colon are in HTML."""
    line = header[index]
    above = header[index - 1] if index > 0 else None
    if above is not None and above.block == line.block and above.text.endswith(":") \
            and above.words <= MAX_KICKER_WORDS and above.is_title_like and not above.template:
        return f"{above.text} {text}"
    return text


def _without_glued_kicker(headline: str, header: list[Line]) -> str:
    """The headline without a kicker the page set on its line ("Olympische Spiele in Paris
    Getränke per Schiff ins Stadtzentrum") when the header also shows the rest alone: on a line
    of its own, or as a part of another line, a breadcrumb's last entry or a title bar's part
    ("home / InfoStream / Eigentumsvorbehalt: …"). The kicker is a topic's label in its own type,
    which a text dump glues to the words after it."""
    for line in header[-HEADLINE_WINDOW:]:
        if headline in line.text:
            continue   # the headline's own line, or a title bar that holds it whole
        shown = [line.text] if headline.endswith(" " + line.text) and _could_be_headline(line) else []
        shown += [part for part in _TITLE_PARTS.split(_LIST_NUMBER.sub("", line.text, count=1)) if part != line.text]
        for text in shown:
            if len(text) < len(headline) and headline.endswith(" " + text) and len(text.split()) >= MIN_HEADLINE_WORDS \
                    and len(headline[:-len(text)].split()) <= MAX_KICKER_WORDS:
                return text
    return headline


#: What separates a title from the words around it on a line: a breadcrumb's entries ("home /
#: InfoStream / Eigentumsvorbehalt: …"), a title bar's parts ("Daten gehackt - Interne Unterlagen").
_TITLE_PARTS = re.compile(r"\s[»›>|/–-]\s")


#: "Klimaschutz : Bohren, bis es heiß wird": a kicker and its headline set in two elements, which
#: a text dump joins with spaces on both sides of the colon between them
_SPACED_COLON = " : "


def _without_spaced_kicker(headline: str, body: list[Line]) -> str:
    """The headline after a kicker of a few words set off by a spaced colon. French typography
    spaces every colon ("Covid-19 : le gouvernement …"), where the words before it are the title's
    own: a French story's headline keeps them."""
    kicker, colon, rest = headline.rpartition(_SPACED_COLON)
    if not colon or not rest or len(kicker.split()) > MAX_KICKER_WORDS:
        return headline
    return headline if detect_language(" ".join(line.text for line in body[:20])) == "fr" else rest


_LIST_NUMBER = re.compile(r"(\d{1,2})\.\s+(?=\S)")


def _without_list_number(header: list[Line], index: int) -> str:
    """The headline without the number a rendered ordered list gave it: a breadcrumb set as a
    list ("1. Home", "2. News", "3. Cup-Vorschau: …") ends with the story's title."""
    text = header[index].text
    number = _LIST_NUMBER.match(text)
    if number is not None and index > 0 and header[index - 1].text.startswith(f"{int(number.group(1)) - 1}. "):
        return text[number.end():]
    return text


def _headline_score(line: Line, lines_above_story: int, above_date: bool, opens_block: bool,
                    story_words: set[str], address_words: set[str]) -> float:
    """A headline's words recur in the story and in the page's address, it has several of them,
    and it stands close above the story and above its date; a section name or a teaser for
    another story has one or two. It opens a block, set apart from the menu above it by a blank
    line, where a menu's entries follow one another; and pages often show it twice (a
    breadcrumb's last entry, a title bar). The weights were fitted on half of the labelled
    dumps and checked on the other half."""
    words = _content_words(line.text)
    return (3.0 * _share_in(words, story_words) + 3.0 * _share_in(_as_in_address(words), address_words)
            + 0.1 * min(len(words), 8) - 0.02 * lines_above_story
            + (0.5 if above_date else 0.0) + (1.0 if opens_block else 0.0) + (0.3 if line.repeated else 0.0))


def _share_in(words: list[str], vocabulary: set[str]) -> float:
    """The share of ``words`` in ``vocabulary``, damped for few words: two words give at most half."""
    return sum(1 for word in words if word in vocabulary) / (len(words) + 2)


_ADDRESS_WORD = re.compile(r"[^\W\d_]{4,}")


def _address_words(address: str) -> set[str]:
    """The words of a URL's slug (its longest path segment: "/2020/04/new-york-ramps-up-burials/")
    or of a file's name: what names the story in its address, not its site's folders."""
    parsed = urlparse(address)
    if parsed.scheme in {"http", "https"}:
        name = max(unquote(parsed.path).split("/"), key=len)
    else:
        name = PurePath(address).stem if address else ""
    return set(_as_in_address(word.lower() for word in _ADDRESS_WORD.findall(name)))


def _as_in_address(words: Iterable[str]) -> list[str]:
    """Words as addresses write them (``as_addresses_write``)."""
    return [as_addresses_write(word) for word in words]


def _named_by_address(line: Line, address_words: set[str]) -> bool:
    """A headline-like line most of whose words the page's address repeats (its URL's slug)."""
    return _address_share(line, address_words) >= MIN_ADDRESS_SHARE and _free_of_furniture(line.text) \
        and (line.is_title_like or line.is_title_shaped and _opens_with_address_word(line, address_words))


def _could_be_headline(line: Line, address_words: set[str] = frozenset()) -> bool:
    """A title-like line that is no furniture. It may read as prose: a headline can be a question,
    an exclamation or a long quote ("Kim Jong Un: Der Diktator ist zurück - Donald Trump ist
    „glücklich“"), and the header holds no story text; what is title-like keeps out sentences that
    end with a full stop. It may open in lower case ("iMac 5K …", "creditshelf kooperiert mit …")
    when the page's address names it from its first word on: a menu's entries in lower case name
    no story. It may be template, repeated with its neighbour: a page that sticks its header to
    the top of the window shows the headline and its byline twice."""
    return (line.is_title_like or line.is_title_shaped and _opens_with_address_word(line, address_words)
            and _address_share(line, address_words) >= MIN_ADDRESS_SHARE) and _free_of_furniture(line.text)


def _opens_with_address_word(line: Line, address_words: set[str]) -> bool:
    """Whether the line's first word is one of its address's: a lower-case line that carries on the
    one above it ("Zutaten" / "für das Rezept Bienenstich-Muffins") opens with another word."""
    first = _FIRST_WORD.match(line.text)
    return first is not None and as_addresses_write(first.group(1).lower()) in address_words


_FIRST_WORD = re.compile(r"\W*([^\W\d_]+)")


def _address_share(line: Line, address_words: set[str]) -> float:
    words = _as_in_address(_content_words(line.text))
    return sum(1 for word in words if word in address_words) / len(words) if words else 0.0


def _free_of_furniture(text: str) -> bool:
    """Neither the header's furniture, a credit, a notice about the page (a PHP warning printed
    above it), a date nor a label ("Zutaten:")."""
    return not _is_header_furniture(text) and not boilerplate.is_photo_credit(text) and "©" not in text \
        and not boilerplate.is_page_notice(text) and not list(find_dates(text)) and not text.endswith(":")


def _is_header_furniture(text: str) -> bool:
    """What a header shows around its headline that is neither headline nor story: a button, a
    byline, a breadcrumb, a place line."""
    return boilerplate.is_call_to_action(text) or boilerplate.is_byline(text) \
        or boilerplate.is_navigation_line(text) or looks_like_place_line(text)


def _content_words(text: str) -> list[str]:
    """The words that carry meaning (``_CONTENT_WORD``), in lower case."""
    return [word.lower() for word in _CONTENT_WORD.findall(text)]


def _byline_and_dateline(header: list[Line], date_index: int | None) -> tuple[str, str]:
    """Short lines in the date's block: a place is the dateline, else a dateline on a line of its
    own just below the date; a byline ("By Ann Lee"), else a name close to the date, is the byline,
    else the author the date line names ("Janic Cathomen, 01.12.2021"), else a byline of its own
    a few lines from the date."""
    if date_index is None:
        return "", ""
    block = header[date_index].block
    neighbours = [line.text.strip() for line in header
                  if line.block == block and line.index != header[date_index].index
                  and line.words <= 8 and not line.is_prose and not list(find_dates(line.text))]
    # a byline or a place set apart from the date, a line or two above or below it ("By Ann Lee, CNN",
    # "Washington, United States"); a bare name stands so close too, in a block of a few lines: a
    # menu's words ("Menu", "Abo", a section "Berlin", a country "Ghana") run on
    window = header[max(0, date_index - BYLINE_REACH):date_index + BYLINE_REACH + 1]
    near = [line.text.strip() for line in window if line.words <= 8 and not line.is_prose]
    # a byline's label on a line of its own, the name on the next ("Von" / "Eurosport")
    labelled = next((after.text.strip() for label, after in zip(window, window[1:])
                     if boilerplate.is_byline_label(label.text) and _looks_like_name(after.text.strip())), "")
    dateline = next((text for text in neighbours if text in near and looks_like_place_line(text)), "")
    others = [text for text in neighbours if text != dateline]
    # one word that the menu above lists too is a section's name ("Politik", "Wohnen")
    menu = {line.text.strip() for line in header[:max(0, date_index - BYLINE_REACH)]}
    named = [text for text in others if text in near and _looks_like_name(text)
             and not (len(text.split()) == 1 and text in menu)] \
        if len(neighbours) <= 2 * BYLINE_REACH else []
    byline = next((text for text in others if boilerplate.is_byline(text)), "") or labelled \
        or author_in_date_line(header[date_index].text) \
        or next(iter(named), "") \
        or next((text for text in near if boilerplate.is_byline(text)), "")
    if not dateline:   # "Kyiv, Ukraine CNN —"
        below = header[date_index + 1:date_index + BYLINE_REACH + 1]
        dateline = next((alone.dateline for line in below if (alone := dateline_alone(line.text))), "")
    return boilerplate.strip_byline_prefix(byline), dateline


def _looks_like_name(text: str) -> bool:
    """"Agencies", "Jane Doe", "Jane Doe and John Roe": capitalised words, no sentence; no figure,
    label or path ("08:30 Uhr", "Format: Broschur", "Album › Genre"); not a share bar's button, a
    call to action or a byline's label alone ("Facebook", "Teilen", "By")."""
    if _NOT_IN_A_NAME.search(text.strip(" |/›»>")) or _MEDIA_LABEL.fullmatch(text.strip()):
        return False   # a bar beside a name parts it from the next; "Photo" alone labels a picture
    words = [w for w in re.split(r"[\s,&]+", text) if w and w.lower() not in {"and", "und", "et", "y", "e"}]
    return 1 <= len(words) <= 6 and all(w[0].isupper() for w in words if w[0].isalpha()) \
        and any(w[0].isalpha() for w in words) and not _SENTENCE_END.search(text.rstrip(")")) \
        and not (boilerplate.is_share_button(text) or boilerplate.is_call_to_action(text)
                 or boilerplate.is_byline_label(text))


_NOT_IN_A_NAME = re.compile(r"[\d:|/›»>]")
_MEDIA_LABEL = re.compile(f"(?i:{boilerplate.MEDIA_WORDS})")


def _standfirst_index(header: list[Line], headline_index: int | None, date_index: int | None) -> int | None:
    """Where the standfirst stands: the longest prose between the headline and the date block; a
    photo's caption can stand there too, and is the shorter."""
    if headline_index is None:
        return None
    stop = date_index if date_index is not None and date_index > headline_index else min(len(header), headline_index + 4)
    prose = [position for position in range(headline_index + 1, stop)
             if header[position].is_prose and not header[position].template]
    return max(prose, key=lambda position: len(header[position].text), default=None)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _site_name(lines: list[Line]) -> str:
    """The logo's text is the dump's first line: "TheJakartaPost" -> "The Jakarta Post"."""
    for line in lines[:3]:
        text = line.text
        if 1 <= line.words <= 5 and len(text) <= 40 and _LETTERS.search(text) and text[0].isupper() \
                and not boilerplate.is_call_to_action(text) and not _SENTENCE_END.search(text):
            return _CAMEL.sub(" ", text) if line.words == 1 else text
    for line in lines:
        holder = boilerplate.copyright_holder(line.text)
        if holder:
            return holder
    return ""
