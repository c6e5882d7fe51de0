"""Instants and spans in UTC: what an article's date covers and what a query bound means.

Whoosh compares naive datetimes, so everything here is converted to UTC and
then made naive. A date known only to the day covers the whole UTC day; a bound
written as ``2022`` or ``2022-03`` covers the whole year or month, so that
``--from 2022`` starts on 1 January and ``--to 2022-03`` ends with 31 March.
"""
from __future__ import annotations

import calendar
import os
import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import QueryError

_END_OF_DAY = time(23, 59, 59, 999999)


def to_utc_naive(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


def covering_span(value: date) -> tuple[datetime, datetime]:
    """The first and last UTC instant an article's date stands for."""
    if isinstance(value, datetime):
        moment = to_utc_naive(value)
        return moment, moment
    return datetime.combine(value, time.min), datetime.combine(value, _END_OF_DAY)


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


_RELATIVE = re.compile(r"^(today|yesterday|(this|last) (week|month|year)|(\d+) (day|week|month|year)s? ago)$")


def user_zone(name: str | None = None) -> tzinfo:
    """The zone "today" is read in: ``name``, else ``$NEWSARCHIVE_TZ`` (IANA names such as
    Asia/Jakarta), else the system's."""
    name = (name or os.environ.get("NEWSARCHIVE_TZ", "")).strip()
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise QueryError(f"unknown time zone {name!r}: use an IANA name such as Europe/Berlin") from exc
    return datetime.now().astimezone().tzinfo or timezone.utc


def relative_span(text: str, today: date | None = None) -> tuple[date, date] | None:
    """"yesterday", "last week", "this month", "3 days ago" -> the first and last day they cover."""
    match = _RELATIVE.match(" ".join(text.lower().split()))
    if not match:
        return None
    today = today or date.today()
    if match.group(1) == "today":
        return today, today
    if match.group(1) == "yesterday":
        return today - timedelta(days=1), today - timedelta(days=1)
    if match.group(4):
        count, unit = int(match.group(4)), match.group(5)
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * count
        return today - timedelta(days=days), today - timedelta(days=days)
    which, unit = match.group(2), match.group(3)
    if unit == "week":
        start = today - timedelta(days=today.weekday()) - timedelta(weeks=1 if which == "last" else 0)
        return start, start + timedelta(days=6)
    if unit == "month":
        first = today.replace(day=1)
        if which == "last":
            first = (first - timedelta(days=1)).replace(day=1)
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    year = today.year - (1 if which == "last" else 0)
    return date(year, 1, 1), date(year, 12, 31)


def parse_bound(text: str, *, end: bool, zone: str | None = None) -> datetime:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, an ISO timestamp or words such as "last week"
    -> the first (or last) UTC instant it covers."""
    value = text.strip()
    if _RELATIVE.match(" ".join(value.lower().split())):
        local_zone = user_zone(zone)
        relative = relative_span(value, datetime.now(local_zone).date())
        # "yesterday" is the user's yesterday: its local midnights, in UTC
        local = datetime.combine(relative[1] if end else relative[0], _END_OF_DAY if end else time.min)
        return to_utc_naive(local.replace(tzinfo=local_zone))
    match = _PARTIAL.match(value)
    try:
        if match:
            year = int(match.group(1))
            month = int(match.group(2) or (12 if end else 1))
            if match.group(3):
                day = int(match.group(3))
            else:
                day = calendar.monthrange(year, month)[1] if end else 1
            chosen = date(year, month, day)
            return datetime.combine(chosen, _END_OF_DAY if end else time.min)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise QueryError(
            f"bad date {text!r}: use YYYY, YYYY-MM, YYYY-MM-DD, an ISO timestamp such as 2022-03-06T16:15+07:00, "
            "or today, yesterday, this/last week|month|year, N days ago"
        ) from exc
    return to_utc_naive(moment)
