"""Dates as news pages write them, in several languages, to ``date``/``datetime``.

A page says when it was published in machine form (ISO 8601 in metadata) or in
words ("Sun, March 6, 2022", "6. März 2022", "12 décembre 2019"). Both are read
here. A result is a ``datetime`` with a timezone when the text gives a time of day,
else a ``date``: we never invent a time or a zone the page did not give, except
that a time given without a zone is taken as UTC.
"""
from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, Iterator

EARLIEST_YEAR = 1800

#: Month names by month, in the languages of news pages: Latin, Cyrillic, Greek, Hebrew, Arabic,
#: Thai, Devanagari and Bengali scripts, Urdu and Persian (Croatian's "listopada" is left out: it
#: is October there and November in Polish)
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate([
    "january jan janvier janv januar jän enero ene gennaio genn janeiro januari stycznia ocak января "
    "tammikuuta januára januara januarja jaanuar gener január janúar sausio siječnja януари јануар "
    "јануара ינואר בינואר "
    "январь січня січень ledna leden ianuarie "
    "يناير جانفي ιανουαρίου มกราคม "
    "jänner जनवरी জানুয়ারি জানুয়ারী جنوری ژانویه",
    "february feb février févr fév fevrier fevr fev februar febrero febbraio fevereiro februari lutego şubat "
    "helmikuuta februára februara februarja veebruar febrer február febrúar vasario veljače "
    "февруари фебруар фебруара פברואר בפברואר "
    "февраля февраль лютого лютий února únor februarie "
    "فبراير فيفري φεβρουαρίου กุมภาพันธ์ شباط "
    "फ़रवरी फरवरी ফেব্রুয়ারি ফেব্রুয়ারী فروری فوریه",
    "march mar mars märz mär mrz mrt maerz marzo março maart marca mart марта март березня березень března březen "
    "maaliskuuta marec marta märts març március kovo ožujka מרץ במרץ marts mac "
    "martie "
    "مارس μαρτίου มีนาคม آذار "
    "maret मार्च মার্চ مارچ",
    "april apr avril avr abril abr aprile kwietnia nisan апреля апрель квітня квітень dubna duben aprilie "
    "huhtikuuta apríla aprila aprill április apríl balandžio travnja април априла אפריל באפריל "
    "أبريل إبريل أفريل απριλίου เมษายน ابريل نيسان "
    "अप्रैल এপ্রিল اپریل آوریل",
    "may mai mayo maggio maio mei maja mayıs мая май травня травень května květen "
    "toukokuuta mája maig május maí gegužės svibnja мај маја מאי במאי "
    "مايو ماي μαΐου พฤษภาคม أيار ايار "
    "maj मई মে مئی",
    "june jun juin juni junio giugno junho czerwca haziran июня июнь червня червень června červen iunie "
    "kesäkuuta júna juna junija juuni juny június júní birželio lipnja юни јун јуна יוני ביוני "
    "يونيو يونيه جوان ιουνίου มิถุนายน حزيران "
    "जून জুন جون ژوئن",
    "july jul juillet juil juli julio luglio julho lipca temmuz июля июль липня липень července červenec "
    "heinäkuuta júla jula julija juuli juliol július júlí liepos srpnja юли јул јула יולי ביולי julai "
    "iulie "
    "يوليو يوليه جويلية ιουλίου กรกฎาคม تموز "
    "जुलाई জুলাই جولائی ژوئیه",
    "august aug août aout agosto ago augustus sierpnia ağustos августа август серпня серпень srpna srpen "
    "elokuuta augusta avgusta agost augusztus ágúst rugpjūčio kolovoza אוגוסט באוגוסט ogos "
    "augusti "
    "أغسطس أوت αυγούστου สิงหาคม اغسطس آب "
    "agustus अगस्त আগস্ট আগষ্ট اگست اوت",
    "september sep sept septembre septiembre settembre setembro wrzesień września eylül сентября сентябрь "
    "syyskuuta septembra setembre szeptember rugsėjo rujna септември септембар септембра ספטמבר בספטמבר "
    "вересня вересень září septembrie "
    "سبتمبر σεπτεμβρίου กันยายน أيلول ايلول "
    "सितंबर सितम्बर সেপ্টেম্বর ستمبر سپتامبر",
    "october oct octobre oktober okt octubre ottobre outubro października ekim октября октябрь жовтня "
    "lokakuuta októbra oktobra oktoober október spalio октомври октобар октобра אוקטובר באוקטובר "
    "жовтень října říjen octombrie "
    "أكتوبر οκτωβρίου ตุลาคม اكتوبر "
    "अक्टूबर अक्तूबर অক্টোবর اکتوبر اکتبر",
    "november nov novembre noviembre novembro listopada kasım ноября ноябрь листопада листопад listopadu "
    "marraskuuta novembra nóvember lapkričio studenoga ноември новембар новембра נובמבר בנובמבר "
    "noiembrie "
    "نوفمبر νοεμβρίου พฤศจิกายน "
    "नवंबर नवम्बर নভেম্বর نومبر نوامبر",
    "december dec décembre déc decembre dezember dez diciembre dic dicembre dezembro grudnia aralık "
    "joulukuuta decembra detsember desembre gruodžio prosinca декември децембар децембра דצמבר "
    "בדצמבר disember "
    "декабря декабрь грудня грудень prosince prosinec decembrie desember "
    "ديسمبر δεκεμβρίου ธันวาคม "
    "दिसंबर दिसम्बर ডিসেম্বর دسمبر دسامبر",
], start=1):
    for _name in _names.split():
        _MONTHS[_name] = _number


def _alternation(words: Iterable[str]) -> str:
    """One pattern for any of ``words``, its alternatives grouped by their common beginnings
    ("ja(?:n(?:uary|vier)?)"): tried at every word of a page, a plain list of hundreds of month
    names, one after the other, was the slowest part of reading dates. Longer words are tried first."""
    trie: dict = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(character) + pattern(child) for character, child in sorted(node.items()) if character]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


_MONTH_NAMES = _alternation(_MONTHS)
_MONTH = "(" + _MONTH_NAMES + r")\.?"
#: A month named twice, in two calendars' names ("28 آب/اغسطس 2013": the Levantine and the Egyptian)
_SECOND_NAME = r"(?:\s*/\s*(?:" + _MONTH_NAMES + "))?"

#: Zone abbreviations news pages print after a time, by their offset in hours: the common ones
#: whose offset is not in doubt
_ZONES = {"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
          "BST": 1, "CET": 1, "CEST": 2, "WIB": 7, "WITA": 8, "WIT": 9, "JST": 9, "KST": 9, "IST": 5.5,
          "AEST": 10, "AEDT": 11, "EET": 2, "EEST": 3, "WET": 0, "WEST": 1, "MSK": 3, "HKT": 8, "SGT": 8}
#: The United States' zones by their bare names ("3:13 PM ET"): standard or daylight time by the
#: day, as the region's rules give it
_US_REGIONS = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}
#: The zones of the United States, where a day in figures is written month first ("11/07/2023")
_US_ZONES = frozenset({"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", *_US_REGIONS})
_ZONE_NAMES = "|".join(sorted([*_ZONES, *_US_REGIONS], key=len, reverse=True))

_TIME = (
    r"(?:(?:T|[,،]?\s*(?:(?:at|um|à|a las|alle|-|–|\|)\s*)?)"
    r"(\d{1,2})[:h.](\d{2})(?![./]\d)(?::(\d{2})(?:\.\d+)?)?\s*([aApP]\.?[mM]\.?)?"
    r"\s*((?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|Z|UTC|GMT|[+-]\d{2}:?\d{2}"
    r"|(?-i:" + _ZONE_NAMES + r"|[A-Z]{2,4}T)(?![A-Za-z]))?)?"   # in capitals: "10:45 est" is French
)
_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)"
)
#: (a year glued to the next date's day, "28. Juni 201914. Januar 2020", is a published and an
#: updated date set side by side; one glued to a time, "3 de mayo de 202221:25", its time)
_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+)?" + _MONTH + _SECOND_NAME + r",?\s+(?:de\s+)?(\d{4})"
    r"(?!\d(?!\d?\.?\s*[^\W\d_]|\d?:\d{2}))" + _TIME,
    re.I,
)
#: (a year glued to a time, "March 6, 20224:15 PM", is followed by its time)
_MONTH_DAY_YEAR = re.compile(
    r"(?<![\w])" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d(?!\d?:\d{2}))" + _TIME,
    re.I,
)
#: "2020. január 20.", "2020 m. sausio 20 d.": the year first, marked by its point or "m.", then
#: the month's name and the day (Hungarian, Lithuanian); unmarked, "in 2019 May 20 people" is prose
_YEAR_MONTH_DAY = re.compile(
    r"(?<![\d.])(\d{4})(?:\.|\s+m\.)\s+" + _MONTH + r"\s+(\d{1,2})(?!\d)\.?(?:\s*d\.)?" + _TIME,
    re.I,
)
#: (a year glued to a time, "28.09.1912:44", is two digits of year and an hour: the page set
#: "28.09.19" and "12:44" side by side; one glued to a count, "06/11/20230 Kommentare", is
#: the year; Czech, Slovak and some German pages space the parts, "13. 1. 2020")
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})([./])\s?(\d{1,2})\2\s?(\d{4})"
                      r"(?!\d(?!\d?[./]\d{1,2}[./]\d|\d?\s*[^\W\d_])|:\d)" + _TIME)
#: "26 | 01 | 2022": a designer's date, its parts set apart by bars (two digits each, and no bar
#: before or after: a table's cells are set apart so too)
_BARRED = re.compile(r"(?<![\d|])(?<!\|\s)(\d{2})(\s?\|\s?)(\d{2})\2(\d{4})(?![\d|]|\s\|)" + _TIME)
#: "2018年6月18日 10:01", "2018년 6월 18일 (월) 10:01": year, month and day marked by their
#: characters (Chinese, Japanese, Korean), a weekday in brackets before the time
_MARKED_YEAR_FIRST = re.compile(
    r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"
    r"(?:\s*[(（][^)）]{1,4}[)）])?(?:\s*(午前|午後|上午|下午|오전|오후)?\s*(\d{1,2})[:時시](\d{2})(?::(\d{2}))?)?")
_AFTERNOON = {"午後", "下午", "오후"}
#: "31.10.23": day and month first, as only dots write them, with the year's last two digits
_DOTTED_SHORT_YEAR = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?=\d{1,2}:\d{2}|(?!\d|\.\d))" + _TIME)
_YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d])" + _TIME)


_DIGIT = re.compile(r"\d")
_FULL_YEAR = re.compile(r"\d{4}")


def latest_plausible() -> date:
    """Nothing is published in the future: allow a day of clock and zone slack."""
    return (datetime.now(timezone.utc) + timedelta(days=1)).date()


def is_plausible(value: date) -> bool:
    day = value.date() if isinstance(value, datetime) else value
    return EARLIEST_YEAR <= day.year and day <= latest_plausible()


def parse_date(text: str) -> date | None:
    """The first plausible date in ``text``, or ``None``."""
    for found in find_dates(text):
        return found
    return None


def find_dates(text: str) -> Iterator[date]:
    """Every plausible date written in ``text``, in order of appearance."""
    for _, _, value in dated_spans(text):
        yield value


def dated_spans(text: str) -> list[tuple[int, int, date]]:
    """(start, end, date) of every plausible date written in ``text``, in order of appearance."""
    if not _DIGIT.search(text):
        return []   # every form has a day or a year in digits: most of a page's text is passed at once
    patterns = _PATTERNS if _FULL_YEAR.search(text) else _SHORT_YEAR_PATTERNS
    matches: list[tuple[int, int, date]] = []
    taken: list[range] = []
    for pattern, build in patterns:
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue
            value = build(match)
            if value is not None and is_plausible(value):
                matches.append((match.start(), match.end(), value))
                taken.append(range(match.start(), match.end()))
    return sorted(matches, key=lambda item: item[0])


def opening_date(text: str) -> date | None:
    """The date ``text`` opens with ("01.02.2022 „Der Arbeitsmarkt …", "27.1.2022 - Bei …"), or
    opens with after the place it was filed from ("Karlsruhe, (12.11.2021). …", "BERLIN, 3. Mai
    2021 – …"), as a lead that carries its publication date in front does; ``None`` if it opens
    otherwise; a release may name itself before its date ("Pressemitteilung vom 25. Januar 2022 |
    Berlin – …", "Press release of 3 May 2021 –"). After a place or a name the date must end the
    lead's opening ("… 2021 –", "… 2021).", "… 2021 /PRNewswire/"): "Am Sonntag, 5. November
    2023, kurz nach 21 Uhr …" tells of an event. A lead may put its date in brackets
    ("(21. November 2022) Energieverbraucher …")."""
    bracket = _OPENING_BRACKET.match(text)
    place = bracket or _FILED_FROM.match(text) or _RELEASE_OF.match(text)
    start = place.end() if place else 0
    end = _CLOSING_BRACKET if bracket else _LEAD_DATE_END
    for pattern, build in _PATTERNS:
        match = pattern.match(text, start)
        if match is not None:
            value = build(match)
            if value is not None and is_plausible(value) and (place is None or end.match(text, match.end())):
                return value
    return None


#: A lead's place before its date: one to three words and a comma ("New York, (").
_FILED_FROM = re.compile(r"(?:[^\W\d_][\w'.-]*\s+){0,2}[^\W\d_][\w'.-]*,\s*\(?")
#: The brackets a lead's date may stand in.
_OPENING_BRACKET = re.compile(r"\(\s*")
_CLOSING_BRACKET = re.compile(r"\s*\)")
#: A release's name before its date: one or two words and "of" ("Pressemitteilung vom").
_RELEASE_OF = re.compile(r"(?:[^\W\d_][\w'.-]*\s+){1,2}(?:vom|of|from|du|del|dal|van|z)\s+", re.I)
#: What follows a lead's date after its place: a dash, a slash, a closing bracket or full stop.
_LEAD_DATE_END = re.compile(r"\s*\)?\s*(?:[-–—/:|.(]|$)")


#: "9-23 Feb 2017", "vom 9. bis 23. Februar", "21 Feb 2007 - 23 Mar 2021", "2007 – 2021",
#: "10:00-11:30 Uhr" (an event's hours)
_RANGE = re.compile(
    r"(?<![\d-])\d{1,2}\.?\s*(?:[-–]|bis|to|au|al)\s*\d{1,2}(?:\.\s*|\s+)" + _MONTH
    + r"|\d{4}\s+[-–]\s+(?:\d{1,2}\.?\s*" + _MONTH + r"|\d{4}|" + _MONTH + r")"
    + r"|(?<!\d)\d{1,2}[:.]\d{2}\s*(?:[-–]|bis|to)\s*\d{1,2}[:.]\d{2}(?!\d)",
    re.I,
)


def names_a_span(text: str) -> bool:
    """Dates joined as a range: an event's days or an archive's years, not a publication; or
    only the end of one ("Video verfügbar bis 28.02.2021", "available until 3 May 2021"): an
    offer's or a video's expiry. A line that gives a day before the end it names ("04.04.2020 …
    verfügbar bis 28.02.2021") still gives that day."""
    if _RANGE.search(text):
        return True
    until = _UNTIL.search(text)
    return until is not None and next(find_dates(text[:until.start()]), None) is None


#: A day introduced as the end of a span: "bis 28.02.2021", "until 3 May 2021", "jusqu'au 3 mai 2021"
#: (a time, "14:45 bis 15:45 Uhr", ends an event's day, which stays its date).
_UNTIL = re.compile(r"\b(?:bis|until|till|jusqu'au|hasta el|fino al|tot)\s+(?:zum\s+|am\s+)?"
                    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\.?\s+" + _MONTH + r"|" + _MONTH + r"\s+\d)", re.I)


def without_dates(text: str) -> str:
    """``text`` with the dates it writes left out, each replaced by a space ("Ann Lee, August 14,
    2020" -> "Ann Lee,  "): what a field holds besides its date."""
    for start, end, _ in reversed(dated_spans(text)):
        text = f"{text[:start]} {text[end:]}"
    return text


def day_of(value: date) -> date:
    """The calendar day of a date or timestamp (in the timestamp's own offset)."""
    return value.date() if isinstance(value, datetime) else value


def precision_rank(value: date) -> int:
    """How precise a date is: 1 for a timestamp, 0 for a day."""
    return 1 if isinstance(value, datetime) else 0


def _from_iso(match: re.Match[str]) -> date | None:
    year, month, day, hour, minute, second, zone = match.groups()
    return _assemble(year, month, day, hour, minute, second, None, zone)


def _month_number(name: str) -> int:
    """The month a matched name gives, in any case and with its abbreviation's point ("Mär.")."""
    return _MONTHS[name.lower().rstrip(".")]


def _from_day_month_year(match: re.Match[str]) -> date | None:
    day, month, year, hour, minute, second, meridiem, zone = match.groups()
    return _assemble(_common_era(year, month), _month_number(month), day, hour, minute, second, meridiem, zone)


#: Thai dates count years from the Buddha's death (2566 is 2023): a year this high with a Thai
#: month name is of that era.
_BUDDHIST_ERA_OFFSET = 543
_THAI_MONTH = re.compile("[\u0e00-\u0e7f]")


def _common_era(year: str, month: str) -> int:
    value = int(year)
    return value - _BUDDHIST_ERA_OFFSET if value > 2400 and _THAI_MONTH.match(month) else value


def _from_month_day_year(match: re.Match[str]) -> date | None:
    month, day, year, hour, minute, second, meridiem, zone = match.groups()
    return _assemble(year, _month_number(month), day, hour, minute, second, meridiem, zone)


def _from_year_month_day(match: re.Match[str]) -> date | None:
    year, month, day, hour, minute, second, meridiem, zone = match.groups()
    return _assemble(year, _month_number(month), day, hour, minute, second, meridiem, zone)


def _from_numeric(match: re.Match[str]) -> date | None:
    first, separator, second_part, year, hour, minute, second, meridiem, zone = match.groups()
    a, b = int(first), int(second_part)
    if a <= 12 < b:
        month, day = a, b   # unambiguous US order ("01/21/2020", "01.21.2020")
    elif separator == "/" and zone in _US_ZONES:
        month, day = a, b   # "11/07/2023 03:13 PM EST": as the United States write it
    else:
        day, month = a, b   # day first, as most of the world writes it
    return _assemble(year, month, day, hour, minute, second, meridiem, zone)


def _from_marked_year_first(match: re.Match[str]) -> date | None:
    year, month, day, half, hour, minute, second = match.groups()
    meridiem = None if half is None else ("pm" if half in _AFTERNOON else "am")
    return _assemble(year, month, day, hour, minute, second, meridiem, None)


def _from_dotted_short_year(match: re.Match[str]) -> date | None:
    day, month, short_year, hour, minute, second, meridiem, zone = match.groups()
    year = 2000 + int(short_year)
    if year > latest_plausible().year:
        year -= 100
    return _assemble(year, month, day, hour, minute, second, meridiem, zone)


def _from_year_first(match: re.Match[str]) -> date | None:
    year, _, month, day, hour, minute, second, meridiem, zone = match.groups()
    return _assemble(year, month, day, hour, minute, second, meridiem, zone)


_PATTERNS = (
    (_ISO, _from_iso),
    (_DAY_MONTH_YEAR, _from_day_month_year),
    (_MONTH_DAY_YEAR, _from_month_day_year),
    (_YEAR_MONTH_DAY, _from_year_month_day),
    (_YEAR_FIRST, _from_year_first),
    (_NUMERIC, _from_numeric),
    (_BARRED, _from_numeric),
    (_MARKED_YEAR_FIRST, _from_marked_year_first),
    (_DOTTED_SHORT_YEAR, _from_dotted_short_year),
)
#: the forms read when a text holds no four-digit year
_SHORT_YEAR_PATTERNS = ((_DOTTED_SHORT_YEAR, _from_dotted_short_year),)


def _assemble(year, month, day, hour, minute, second, meridiem, zone) -> date | None:
    try:
        day_value = date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    if hour is None:
        return day_value
    hours = int(hour)
    if meridiem:
        pm = meridiem.lower().startswith("p")
        hours = hours % 12 + (12 if pm else 0)
    if hours > 23 or int(minute) > 59 or int(second or 0) > 59:
        return day_value
    local = datetime(day_value.year, day_value.month, day_value.day, hours, int(minute), int(second or 0))
    return local.replace(tzinfo=_offset(zone, local) or timezone.utc)


def _offset(zone: str | None, local: datetime) -> timezone | None:
    """The offset a zone's name or figures give, at the ``local`` time (for a region's name,
    whose offset changes with daylight saving time)."""
    if not zone:
        return None
    if zone in _US_REGIONS:
        from dateutil import tz   # its own copy of the zone rules where the system has none

        offset = tz.gettz(_US_REGIONS[zone]).utcoffset(local)
        return timezone(offset) if offset is not None else None
    zone = zone.strip().upper()
    if zone in {"Z", "UTC", "GMT"}:
        return timezone.utc
    if zone in _ZONES:
        return timezone(timedelta(hours=_ZONES[zone]))
    match = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?", zone)
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_machine_date(text: str) -> date | None:
    """A date from metadata (ISO 8601, RFC 822 or anything dateutil reads)."""
    text = (text or "").strip()
    if not text:
        return None
    found = parse_date(text)
    if found is not None:
        return found
    if not re.search(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)", text):
        return None   # dateutil would fill a missing year (or day) from today
    from dateutil import parser as dateutil_parser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # unknown zone names ("CEST"): the time stays, unzoned
            value = dateutil_parser.parse(text, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    if not re.search(r"\d{1,2}:\d{2}", text):
        value = value.date()
    elif value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value if is_plausible(value) else None


#: A day in a URL's path: "/2019/10/04/", "-20191004-", "_2019-10-04", "/2019/1/4/"
_URL_DATE = re.compile(r"[/_-]((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:/|[^\d]|$)"
                       r"|/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
#: A path segment that is a day, as a press office files its releases: "/meldungen/29-10-2021",
#: "/news/29.10.2021/" (day first, unless only the US order makes a date: "/10-29-2021")
_URL_DAY_SEGMENT = re.compile(r"/(\d{2})([.-])(\d{2})\2((?:19|20)\d{2})(?:/|$|[?#.])")


def date_in_url(url: str) -> date | None:
    """The day a URL files its story under ("/2019/10/04/story", "/meldungen/29-10-2021"), if
    it names one: fixed at publication, in the publisher's own day."""
    match = _URL_DATE.search(url or "")
    if match:
        parts = [x for x in match.groups() if x]
        return parse_machine_date("-".join(f"{int(x):02d}" for x in parts))
    match = _URL_DAY_SEGMENT.search(url or "")
    if match:
        first, _, second, year = match.groups()
        day, month = (second, first) if int(first) <= 12 < int(second) else (first, second)   # "10-29-2021"
        return parse_machine_date(f"{year}-{month}-{day}")
    return None


_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")


def month_in_url(url: str) -> tuple[int, int] | None:
    """The (year, month) a URL's path files its story under ("/2019/10/story")."""
    match = _URL_MONTH.search(url or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def before_filing(found: date, url: str) -> bool:
    """Whether ``found`` is earlier than the month the URL files the story under: the address is
    made when the story is, and a story is published then or later, never before, so such a date
    is another text's (a related story's, a listing's)."""
    filed = month_in_url(url)
    return filed is not None and (found.year, found.month) < filed
