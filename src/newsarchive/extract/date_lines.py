"""Where a page prints its publication date: the date line nearest the story's start.

A date line sits just above the story ("Posted on …", "By Ann Lee | 3.11.2023"), opens
its lead ("01.02.2022 – The …") or closes it ("This entry was written on …"). Dates
further away belong to comments, related stories, tickers and footers. The HTML and the
plain-text cleaners read a page as a list of texts (blocks, lines) and share this search;
each says which of its texts cannot hold the story's date (links, quotations, template).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, Iterable, Sequence

from ..scripts import LATIN_CAPITALS
from . import boilerplate
from .dates import dated_spans, day_of, find_dates, names_a_span, opening_date
from .places import NAME_PARTICLES, is_known_place

#: How far from the story's first text its date line is looked for, above and inside it,
#: and how far below its last.
LINES_ABOVE = 15
LINES_INSIDE = 8
LINES_BELOW = 7
#: A text longer than this is read only for a date it opens with.
MAX_LINE_CHARS = 250
#: A labelled publication line is a meta line: longer than this, it is prose telling of a publication.
LABELLED_LINE_CHARS = 200
#: A date line longer than this many words is prose, whose dates rank after every meta line's.
META_LINE_WORDS = 12
_PROSE_PENALTY = 100
_BELOW_PENALTY = 20
#: an update's date ranks after any publication date near the story, but before prose
_UPDATE_PENALTY = 50

#: A web address: its date is the linked page's ("example.com/2020/01/15/story").
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S+")
#: A timestamp as machines write it ("2021-10-27T20:35:36+01:00"): data printed into the page
#: (a script's output, a hidden field, a theme's stamp beside the date it shows), not a date its
#: readers are shown.
MACHINE_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[\d:.,]*(?:Z|[+-]\d{2}:?\d{2})?")
#: An embedded post's signature, "— Jane Doe (@janedoe) May 2, 2020": the post's date.
_POST_SIGNATURE = re.compile(r"\(@[\w.]+\)")
#: The moment the page was served ("It is currently …", a forum's clock, a masthead's "today").
_NOW = re.compile(
    r"^\W*(?:it is currently|current time|the time now is|today is|aktuelle zeit|es ist jetzt|heute ist|"
    r"nous sommes le|il est actuellement|hoy es|fecha actual|oggi è|data odierna)\b", re.I)
#: A line that gives when the story was changed, not when it was published.
_UPDATE = re.compile(
    r"^\W*(?:(?:article|artikel|beitrag|seite|page|post|story)\s+)?(?:last\s+|letzte\s+|dernière\s+|última\s+)?"
    r"(?:updated?|modified|edited|aktualisiert|aktualisierung|zuletzt|geändert|änderung|mis à jour|mise à jour|modifié|"
    r"actualizado|actualización|aggiornato|ultima modifica|ultimo aggiornamento|bijgewerkt|atualizado|"
    r"zaktualizowano|stand)\b", re.I)

#: The label of a publication date ("veröffentlicht am", "published on"), up to the date it labels.
PUBLISHED_LABEL = re.compile(
    r"\b(?:published|posted|erschienen|veröffentlicht|publiziert|erstellt|gepostet|publié|paru|"
    r"publicado|publicada|pubblicato|pubblicata|gepubliceerd|opublikowano|publicerad|publicerat|publisert|"
    r"udgivet|julkaistu|publikováno|publicat|опубликовано|опубліковано|yayınlandı|δημοσιεύθηκε|"
    r"erscheinungsdatum|veröffentlichungsdatum|publikationsdatum|publication date|date de publication|"
    r"fecha de publicación|data di pubblicazione|data publikacji)\b(?:\s+(?:on|am|le|el|il|em|op|den))?\s*:?\s*", re.I)


def nearest_date(texts: Sequence[str], first: int, last: int, cannot_date: Callable[[int, float], bool],
                 lines_below: int = LINES_BELOW) -> tuple[int, date] | None:
    """(index, date) of the date line closest to where the story (``texts[first:last + 1]``)
    starts, else just after it ends (within ``lines_below``); ``cannot_date(index, distance)``
    rules texts out."""
    candidates = [(first - index, index) for index in range(max(0, first - LINES_ABOVE), first)]
    candidates += [(index - first + 0.5, index) for index in range(first, min(len(texts), first + LINES_INSIDE))]
    candidates += [(_BELOW_PENALTY + index - last, index)
                   for index in range(last, min(len(texts), last + lines_below))]
    best: tuple[float, int, date] | None = None
    for distance, index in candidates:
        text = texts[index]
        if dates_another_text(text) or cannot_date(index, distance):
            continue
        found, rank = line_date(text, distance)
        if found is not None and (best is None or rank < best[0]):
            best = (rank, index, found)
    return (best[1], best[2]) if best else None


#: How many texts either side of a date line a listing's other dated items stand, and how many
#: such items (each dated another day) make it a listing
LISTING_REACH = 6
MIN_LISTING_ITEMS = 2


def among_dated_items(texts: Sequence[str], index: int) -> bool:
    """Whether the date line ``texts[index]`` is one of a listing's items (recent posts, a
    carousel of teasers, an archive), each dated on a day of its own: such a date is an item's,
    not the story's, whose date line has no dated twins around it. A header giving its
    publication and its update on two lines has one, and a line labelling its day the
    publication's, or a post's footer ("Dieser Artikel wurde am … geschrieben"), is the story's."""
    text = texts[index]
    if PUBLISHED_LABEL.search(text) or boilerplate.is_post_footer(text):
        return False
    days = {day_of(found) for found in find_dates(text)}
    if not days:
        return False   # no date to rule out: its neighbours need not be read (this runs for every candidate)
    others = set()
    for near in range(max(0, index - LISTING_REACH), min(len(texts), index + LISTING_REACH + 1)):
        if near != index and len(texts[near].split()) <= META_LINE_WORDS and gives_its_date(texts[near]):
            others.update(day_of(found) for found in find_dates(texts[near]))
    return len(others - days) >= MIN_LISTING_ITEMS


#: Where a sentence ends within a block: after a word ("… gespeichert. Sie können …"), not after
#: a day's number ("3. Dezember") or an initial; a blog's footer block runs several together.
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[^\W\d_])")


def labelled_publication(texts: Iterable[str]) -> date | None:
    """The day a line anywhere on the page labels as the publication's ("erstellt von Dominique —
    veröffentlicht 28.01.2022 06:00", "Published: 03 December 2019", or closing it: "wurde am
    3. Dezember 2011 veröffentlicht"; a blog post's footer, "This entry was posted on …", gives
    its first date), when its sentences label one day only: some layouts set
    the story's meta line below its tags and related links, beyond the reach of the search near
    the story, and two days so labelled are a listing's."""
    days: dict[date, date] = {}
    for text in (sentence for text in texts for sentence in _SENTENCE_END.split(text)):
        if len(text) > LABELLED_LINE_CHARS:
            continue
        # the labels first: most sentences have none, and the other tests read each one whole
        labels = list(PUBLISHED_LABEL.finditer(text))
        footer = boilerplate.is_post_footer(text)
        if not (labels or footer) or dates_another_text(text):
            continue
        labelled = (opening_date(text[label.end():]) or _date_closed_by(text[:label.start()]) for label in labels)
        found = next((day for day in labelled if day is not None), None)
        if found is None and footer:   # "Dieser Beitrag wurde am 04/02/2020 von kj in … veröffentlicht"
            found = next(iter(find_dates(text)), None)
        if found is not None:
            days.setdefault(day_of(found), found)
    return next(iter(days.values())) if len(days) == 1 else None


#: Words a date may stand from the label that closes it ("3. Dezember 2011 um 14:20 Uhr veröffentlicht").
CLOSING_LABEL_WORDS = 3


def _date_closed_by(before: str) -> date | None:
    """The date a label closes: in the words "wurde am 3. Dezember 2011 um 14:20 Uhr veröffentlicht"
    (a blog's footer) the label follows its date, as verbs end German clauses; the date must
    stand within a few words of the label, a time at most between them."""
    spans = dated_spans(before)
    if not spans:
        return None
    _, end, found = spans[-1]
    return found if len(before[end:].split()) <= CLOSING_LABEL_WORDS else None


def line_date(text: str, distance: float) -> tuple[date | None, float]:
    """A text's date and its rank among the candidates.

    Web addresses are left out. A date the text opens with is a meta line's or the lead's
    own, at any length; an update's ranks after the publication's, and a line that opens
    with the update's and then labels the publication's gives that one. Otherwise only a short
    text is read, and if it is prose its date ranks after every meta line's: a sentence's
    date is what it tells of, not when it was told.
    """
    text = _ADDRESS.sub(" ", text)
    shown = MACHINE_STAMP.sub(" ", text)
    if shown != text and any(True for _ in find_dates(shown)):
        text = shown   # the date readers see beside a stamp
    if _UPDATE.search(text):
        published = PUBLISHED_LABEL.search(text)
        if published is not None:   # "Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023"
            return next(iter(find_dates(text[published.end():])), None), distance
        distance += _UPDATE_PENALTY
    opening = opening_date(text.strip())
    if opening is not None:
        return opening, distance
    if len(text) > MAX_LINE_CHARS:
        return None, distance
    for found in find_dates(text):
        return found, distance + (_PROSE_PENALTY if len(text.split()) > META_LINE_WORDS else 0)
    return None, distance


def gives_its_date(text: str) -> bool:
    """A short text that dates itself: a date outside its web addresses, not another text's."""
    return len(text) < 200 and any(True for _ in find_dates(_ADDRESS.sub(" ", text))) and not dates_another_text(text)


#: A date's label alone on its line ("Erschienen am:", "Zuletzt geändert am:") is this short.
MAX_DATE_LABEL_CHARS = 40


def labels_a_date(text: str) -> bool:
    """A publication's or an update's label alone, its date on the next line: a header's or a
    footer's meta line broken in two, not a heading."""
    return len(text) <= MAX_DATE_LABEL_CHARS and not gives_its_date(text) \
        and bool(PUBLISHED_LABEL.search(text) or _UPDATE.search(text))


#: A list the story ends with has at least this many items: one line after a colon is a label's value.
MIN_LIST_ITEMS = 2


def introduces_a_list(text: str) -> bool:
    """A line that introduces the list under it with a colon ("Aus dem Inhalt:", "The budget
    includes:"). A colon that leads to other stories ("Das könnte Sie auch interessieren:") or
    to the comments introduces no list of the story's, nor does a date's label ("Zuletzt
    geändert am:"), whose date and the page's contacts follow."""
    return text.rstrip().endswith(":") and not (
        boilerplate.ends_the_story(text) or boilerplate.points_to_another_text(text) or labels_a_date(text))


#: "by Ann Lee", "von Sarah Schnieder", "par …", "Autor: Ann Lee": the author a date line names
#: after the word for "by" or the author's label (a handle in lower case too: "Posted on 2015-04-05
#: by marc")
_AUTHOR_AFTER_BY = re.compile(r"(?:^|\s)(?i:(?:" + boilerplate.BY_WORDS + r")\s+"
                              r"|(?:" + boilerplate.AUTHOR_WORDS + r")\s*:\s+)"
                              r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\b){0,2}"
                              r"(?:\s+[" + LATIN_CAPITALS + r"][\w.'’-]*){0,2})")
#: A handle in lower case ("by marc |", "von rasos am 24. Juli 2017") is a name when the line's
#: part ends with it, or its date follows: "by" in a sentence is followed by more words
#: ("developed by human experts")
_HANDLE_END = re.compile(r"\s*(?:$|[|–—•·,-]|(?:am|on|le|el|il|um|at)\s+\d)")
#: Capitalised words that end a name in a line: "von Henry In Aktuell", "by Ann On Monday", "Von Ann
#: Lee Vom 3. Februar 2022"
_NOT_OF_A_NAME = frozenset("in im am vom an on at und and et y e".split())
#: What sets a date line's parts apart: a dash, a bar, a dot or a tilde between spaces, a comma
_LINE_PARTS = re.compile(r"\s+[|–—•·~-]\s+|,\s+")
#: A weekday's abbreviation ending the part before a date ("Do" in "Heiko Sauer Do, 12.05."), or
#: the word for "on" ("Frank Hahn am 18. September 2019", "Ann Lee le 7 mai 2020")
_WORD_BEFORE_DATE = re.compile(r"\s+(?:[A-Z][a-z]|am|on|le|el|il|em|op|den)$")
#: A name: two to four capitalised words
_NAME = re.compile(f"[{LATIN_CAPITALS}][\\w'’.-]+(?:\\s+[{LATIN_CAPITALS}][\\w'’.-]+){{1,3}}")


def author_in_date_line(text: str) -> str:
    """The author a date line names beside its date: after the word for "by" ("Veröffentlicht am
    03.02.2022 von Sarah Schnieder"), else the name set apart from the date by a dash, a bar or
    a comma, just before or after it ("Janic Cathomen, 01.12.2021", "11.12.2019 - Amelie
    Loevenich"); a place is no author ("New York, 01.12.2021")."""
    return author_after_by(text) or _author_beside_date(text)


def author_after_by(text: str) -> str:
    """The author a line names after the word for "by" ("Veröffentlicht am 03.02.2022 von Sarah
    Schnieder", "Posted on 2015-04-05 by marc")."""
    match = _AUTHOR_AFTER_BY.search(text)
    first_word_end = match.start("name") + len(match.group("name").split()[0]) if match else 0
    if not (match and (match.group("name")[0].isupper() or _HANDLE_END.match(text, first_word_end))):
        return ""
    words = match.group("name").rstrip(".").split()
    cut = next((index for index, word in enumerate(words) if word.lower() in _NOT_OF_A_NAME
                or PUBLISHED_LABEL.fullmatch(word)), len(words))
    if cut == len(words) and not _ends_its_part(text[match.end():]):
        # a capitalised word after a name may be a noun of the line's ("von Ann Lee Netzwerk …"):
        # the name ends with its second capitalised word
        capitals = [index for index, word in enumerate(words) if word[:1].isupper()]
        cut = capitals[1] + 1 if len(capitals) > 2 else cut
    return " ".join(words[:cut])


def _ends_its_part(rest: str) -> bool:
    """Whether the line's part ends before ``rest``: at the line's end, a bar or a dash between
    parts, or the date ("Par Loïc Le Clerc | 30 septembre 2018", "By Amelie Marie Nishizawa Feb 8,
    2020"): the name before it is whole."""
    opening = rest.strip(" .")
    spans = dated_spans(opening)
    return not opening or opening[0] in "|–—•·" or bool(spans and spans[0][0] == 0)


def names_on_byline_line(text: str) -> str:
    """The names a byline line gives ("Von Ann Lee und Bo Roe", "By Ann Lee | April 13, 2020",
    "Ein Artikel von Ann Lee | 27.01.2022"). On a date line they follow the word for "by": a name
    beside a date without it is as often a section's ("Handball Schweiz • 02.02.2022"). Without
    a date, they read as people's names: a headline may open with "Von"."""
    if len(text) > _BYLINE_LINE_CHARS:
        return ""
    if gives_its_date(text):
        return author_after_by(text)
    name = boilerplate.strip_byline_prefix(text).strip() if boilerplate.is_byline(text) else ""
    return name if reads_as_names(name) else ""


def names_on_byline_lines(texts: Iterable[str]) -> str:
    """The names the first byline line among ``texts`` gives (``names_on_byline_line``)."""
    return next((name for text in texts if (name := names_on_byline_line(text))), "")


def name_under_byline_label(texts: Iterable[str]) -> str:
    """The name on the line under a byline's label alone ("Published by" / "Ann Lee"), as an
    author's box shows it, above or below the story."""
    texts = list(texts)
    # the separator a list of authors' boxes sets after each name stays out ("Ann Lee ,")
    names = (name.strip(" ,;|·") for name in texts[1:])
    return next((name for label, name in zip(texts, names) if boilerplate.is_byline_label(label)
                 and reads_as_names(name) and len(name.split()) <= _MAX_NAME_WORDS and not _LABEL_WORD.fullmatch(name)
                 and not name.endswith("...")), "")


def reads_as_names(text: str) -> bool:
    """One or more people's names: up to four words each, every one opening with a letter, joined
    by commas or the word for "and"."""
    return bool(_NAMES.fullmatch(text))


#: How many lines on either side of the story's start its byline line may stand, and how long it
#: is at most, with its date.
BYLINE_LINE_REACH = 6
_BYLINE_LINE_CHARS = 120
#: A name under a byline's label has this many words at most, and is no other label: a word in
#: capitals ("CRÉDITOS"), a weekday's abbreviation ("Von" / "Mi" of a date picker)
_MAX_NAME_WORDS = 4
_LABEL_WORD = re.compile(r"[^\W\d_]{1,2}|[^\W\d_a-zß-ÿ]+")
_PERSON = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
_NAMES = re.compile(_PERSON + r"(?:(?:\s*,|\s+(?:und|and|et|y|e|&))\s+" + _PERSON + ")*")


def _author_beside_date(text: str) -> str:
    """The name a date line sets apart from its date by a dash, a bar or a comma, just before or
    after it; not a place."""
    spans = dated_spans(text)
    if not spans:
        return ""
    start, end, _ = spans[0]
    before = _WORD_BEFORE_DATE.sub("", _LINE_PARTS.split(text[:start].rstrip(" ,|–—•·~-"))[-1].strip())
    # past the update's date too, where it follows the first ("28. Juni 201914. Januar 2020 | Ann Lee")
    after = next((part.strip() for part in _LINE_PARTS.split(text[end:].lstrip(" ,|–—•·~-"))
                  if not _only_a_date(part.strip())), "")
    return next((part for part in (before, after) if _NAME.fullmatch(part) and not is_known_place(part)
                 and not PUBLISHED_LABEL.search(part) and not _UPDATE.match(part)), "")


def _only_a_date(text: str) -> bool:
    spans = dated_spans(text)
    return bool(spans) and spans[0][0] == 0 and spans[-1][1] == len(text)


def dates_an_update(text: str, above: str = "") -> bool:
    """A line giving the day the story was changed: it opens with an update's label ("Aktualisiert:
    15.10.2021"), or it is the date under that label alone on the line ``above`` ("Zuletzt
    geändert am:", then "15.10.2021"). A line that labels the publication's day too ("Letzte
    Änderung: … Erschienen am: …") gives that one."""
    if PUBLISHED_LABEL.search(text) or _AS_OF.match(text):
        return False
    return bool(_UPDATE.search(text)) or (labels_a_date(above) and not PUBLISHED_LABEL.search(above)
                                          and not _AS_OF.match(above))


#: "Stand: 07.11.2023, 07:30 Uhr" (as of): how German news pages date the story they show, its
#: publication's day as often as its update's.
_AS_OF = re.compile(r"^\W*stand\b", re.I)


def dates_another_text(text: str) -> bool:
    """A teaser's date ("5 July 2018 read more"), a span of days (an event, an archive), an
    embedded post's, or the moment the page was served ("Aktuelle Zeit: 14.10.2020, 12:18")."""
    return (boilerplate.points_to_another_text(text) or names_a_span(text)
            or bool(_POST_SIGNATURE.search(text)) or bool(_NOW.search(text)))
