"""Datelines: the place a story was filed from.

Wire copy opens with it ("CARACAS, Venezuela (AP) —", "WASHINGTON (Reuters) -",
"LONDON:", "Jakarta /"), and so do press releases ("NEW YORK, March 3, 2020 /PRNewswire/ --");
some sites print it on a line of its own
("Washington, United States"). Found in the lead, it is cut from the body and
kept in its own field, so that a search for the place is a filter, not noise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..scripts import LATIN_CAPITALS
from .dates import _MONTH
from .places import NAME_PARTICLES, is_known_place, is_known_region

#: What parts a dateline from the story: a dash, a colon, a bar, or Spanish wires' ".-"
_DASH = r"(?:\.-|—|–|--|-|:|\|)"
_AGENCY = r"\((?P<agency>[^()\n]{2,40})\)"
_WITH_AGENCY = re.compile(
    r"^(?P<place>[^\s\d(][^()\n]{1,70}?)\s*" + _AGENCY + r"\s*(?P<dash>" + _DASH + r")\s*(?P<rest>\S.*)$", re.S
)
_CAPS_PLACE = re.compile(
    rf"^(?P<place>[{LATIN_CAPITALS}][{LATIN_CAPITALS}.'’\- ]{{2,40}}"
    rf"(?:,\s*[{LATIN_CAPITALS}][\w.'’\- ]{{1,30}}){{0,2}})"
    r"\s*(?P<dash>—|–|--| -|:)\s*(?P<rest>\S.*)$",
    re.S,
)
#: "Kyiv, Ukraine —", "Los Angeles, CA —": a place in mixed case with its region, parted by a dash
_MIXED_PLACE = re.compile(
    rf"^(?P<place>[{LATIN_CAPITALS}][\w.'’\- ]{{1,40}}(?:,\s*[{LATIN_CAPITALS}][\w.'’\- ]{{1,30}}){{1,2}})"
    r"\s*(?:—|–|--)\s*(?P<rest>\S.*)$", re.S)
#: "NEW YORK, March 3, 2020 /PRNewswire/ --", "MOSCOW, March 3. /TASS/.": press releases' and some
#: wires' agency between slashes
_SLASHED_AGENCY = re.compile(
    r"^(?P<place>[^\s\d(/][^/\n]{1,70}?)\s*/(?P<agency>[^/\s][^/\n]{1,30})/\s*(?:\.|" + _DASH + r")\s*(?P<rest>\S.*)$",
    re.S)
_SLASH_PLACE = re.compile(rf"^(?P<place>[{LATIN_CAPITALS}][\w'’\-]+(?: [{LATIN_CAPITALS}][\w'’\-]+){{0,2}})"
                          r"\s+/\s+(?P<rest>\S.*)$", re.S)
#: "Los Angeles, California.- La ciudad …": Spanish-language wires part a place in mixed case by ".-"
_POINT_DASH_PLACE = re.compile(r"^(?P<place>[^\W\d_][\w'’ -]{1,40}(?:,\s*[^\W\d_][\w'’ -]{1,30}){0,2})\.-\s*"
                               r"(?P<rest>\S.*)$", re.S)
#: A single word in capitals that ends as abstract nouns do ("MIGRATION –", "DIGITALISIERUNG –",
#: "MEINUNG –"): a topic's label before the lead, where a place's name does not end so
_ABSTRACT_NOUN = re.compile(rf"[{LATIN_CAPITALS}]+(?:TION|UNG|HEIT|KEIT|SCHAFT|ISMUS|ITÄT|ITY|MENT)")
#: An outlet named by its web address after a lead's place, as Indonesian papers set it
_WEB_ADDRESS = re.compile(r"[^\W_][\w-]*(?:\.[^\W\d_]{2,})+")
#: A lead's sentence after its place: words ("La ciudad anunció …"), where an abbreviation's
#: point and dash ("Art.-Nr.: 1000017279") are followed by a label and figures
_OPENS_PROSE = re.compile(r"[^\W\d_]+\s+[^\W\d_]")
#: The day a wire adds after its place: "Jan 5", "5 mars", "3 de maio", "3. März", "March 3, 2020"
_TRAILING_DAY = re.compile(r",?\s*(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\.?\s+(?:de\s+)?" + _MONTH + r")"
                           r"(?:,?\s*\d{4})?\.?\s*$", re.I)


@dataclass(frozen=True)
class Lead:
    dateline: str
    rest: str
    agency: str = ""


def split_lead(paragraph: str) -> Lead | None:
    """Split a dateline off the first paragraph of a story, if it opens with one."""
    text = paragraph.strip()
    match = _WITH_AGENCY.match(text)
    if match:
        place = _TRAILING_DAY.sub("", match.group("place")).strip(" ,")
        # before a colon a name and its brackets are a list's item ("Mikaela Shiffrin (USA):"): a known place
        if _plausible_place(place, strict=match.group("dash") == ":"):
            return Lead(tidy_place(place), match.group("rest").strip(), match.group("agency").strip())
    match = _SLASHED_AGENCY.match(text)
    if match:
        # slashes part words in prose too ("Windows/Linux/Mac - …"): a release's place is in
        # capitals or carries its day
        place = _TRAILING_DAY.sub("", match.group("place")).strip(" ,")
        if (place != match.group("place").strip(" ,") or place.split(",")[0].isupper()) \
                and _plausible_place(place, strict=False):
            return Lead(tidy_place(place), match.group("rest").strip(), match.group("agency").strip())
    match = _CAPS_PLACE.match(text)
    if match:
        place = _TRAILING_DAY.sub("", match.group("place")).strip(" ,")
        head = place.split(",")[0]
        # "LONDON:" is a dateline, "BREAKING:" and "ANALYSIS:" are labels: a colon needs a known place
        known = match.group("dash") != ":" or _plausible_place(place, strict=True)
        if head.upper() == head and sum(char.isupper() for char in head) >= 3 and known \
                and _plausible_place(place, strict=False) and not _ABSTRACT_NOUN.fullmatch(place) \
                and not match.group("rest")[:1].islower():   # "SEKRÈ MYSTERY BAG – jede Frau …": a title
            *parts, last = place.split(",")
            if parts and _WEB_ADDRESS.fullmatch(last.strip()):   # "JAKARTA, KOMPAS.com -": the outlet
                return Lead(tidy_place(",".join(parts)), match.group("rest").strip(), last.strip())
            return Lead(tidy_place(place), match.group("rest").strip())
    match = _MIXED_PLACE.match(text)
    # in mixed case a name or a phrase may stand before a dash: the place must be known
    if match and _plausible_place(match.group("place"), strict=False) \
            and _plausible_place(match.group("place"), strict=True):
        return Lead(tidy_place(match.group("place")), match.group("rest").strip())
    match = _SLASH_PLACE.match(text)
    if match and is_known_place(match.group("place")):
        return Lead(tidy_place(match.group("place")), match.group("rest").strip())
    match = _POINT_DASH_PLACE.match(text)
    if match and _plausible_place(match.group("place"), strict=False) and match.group("place")[0].isupper() \
            and _OPENS_PROSE.match(match.group("rest")):
        return Lead(tidy_place(match.group("place").strip()), match.group("rest").strip())
    return None


def dateline_alone(paragraph: str) -> Lead | None:
    """A dateline on a line of its own above the lead, its dash and all ("New York CNN —",
    "CNN —", "WASHINGTON (Reuters) -"): the place and the agency, with nothing of the story."""
    text = paragraph.strip()
    match = _DATELINE_ALONE.match(text) if len(text) <= _DATELINE_ALONE_CHARS else None
    if match is None:
        return None
    place = (match.group("place") or "").strip(" ,")
    agency = (match.group("agency") or match.group("acronym") or "").strip()
    if not place and match.group("acronym") and is_known_place(agency):
        place, agency = agency, ""   # "LONDON —"
    if not (place or agency) or (place and not (_plausible_place(place, strict=False)
                                                and _plausible_place(place, strict=True))):
        return None
    return Lead(tidy_place(place), "", agency)


#: A dateline on a line of its own is at most this long.
_DATELINE_ALONE_CHARS = 80
#: A place (optional), an agency in brackets or in capitals (optional), a dash: nothing else
_DATELINE_ALONE = re.compile(
    r"^(?P<place>[^\W\d_][\w'’., -]{1,50}?)??\s*(?:" + _AGENCY + r"|(?P<acronym>[A-Z]{2,6}))?\s*(?:—|–|--|-)$")


def _plausible_place(place: str, *, strict: bool) -> bool:
    words = place.replace(",", " ").split()
    if not 1 <= len(words) <= 7 or len(place) > 60:
        return False
    if any(ch.isdigit() for ch in place):
        return False
    parts = [p.strip() for p in place.split(",") if p.strip()]
    if strict:
        return any(is_known_place(p) for p in parts)
    latin = [w for w in words if w[0].isalpha() and w[0].isascii()]
    # Latin-script places are capitalised; other scripts have no case to check.
    return all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in latin)


#: The marks a place's name may hold ("St. John's", "Berlin/Potsdam", "Winston-Salem", "Kano (Nigeria)")
_PLACE_CHARACTERS = re.compile(r"[^\W\d_](?:[\w'’./, ()-]*[\w.)])?")


def names_a_place(text: str) -> bool:
    """Whether a short text, a dateline element's, reads as a place's name: capitalised words and
    the marks places' names hold; not a label ("Wohnort: Hagen"), a trail ("Home > News") or a
    phrase ("Sie sind hier", a form's "enter location")."""
    text = text.strip()
    return bool(_PLACE_CHARACTERS.fullmatch(text)) and _plausible_place(text, strict=False)


def looks_like_place_line(line: str) -> bool:
    """A line of its own that names a place: "Washington, United States", "JAKARTA"."""
    text = line.strip().strip(".")
    if not text or len(text) > 60 or any(ch.isdigit() for ch in text):
        return False
    parts = [p.strip() for p in text.split(",")]
    if not all(parts) or len(parts) > 3:
        return False
    if len(parts) >= 2:
        return _plausible_place(text, strict=False) and (is_known_region(parts[-1]) or is_known_place(parts[0]))
    return is_known_place(text)


def tidy_place(place: str) -> str:
    """"NEW YORK, N.Y." -> "New York, N.Y.", "BERLIN/BRÜSSEL" -> "Berlin/Brüssel", "RIO DE JANEIRO"
    -> "Rio de Janeiro", "ST. LOUIS" -> "St. Louis"; mixed-case text is kept as written, and so are
    abbreviations ("D.C.", "NY")."""
    return ", ".join(_tidy_part(part.split()) for part in place.split(","))


def _tidy_part(words: list[str]) -> str:
    if not " ".join(words).isupper():
        return " ".join(words)   # written in mixed case: as the page wrote it ("CNN Indonesia")

    def fix(position: int, word: str) -> str:
        if not word.isupper():
            return word
        if re.fullmatch(r"[^\W\d_]{2,}\.", word):
            return word.capitalize()   # "ST.", "FT."
        if word.lower() in NAME_PARTICLES and len(words) > 1:
            return word.lower() if 0 < position < len(words) - 1 else word.capitalize()
        if len(word) > 2 and "." not in word:   # "WINSTON-SALEM", "BERLIN/BRÜSSEL"
            return re.sub(r"[^\W\d_]+", lambda part: part.group().capitalize(), word)
        return word

    return " ".join(fix(position, word) for position, word in enumerate(words))
