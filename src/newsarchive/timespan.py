"""Instants and spans in UTC: what an article's date covers and what a query bound means.

Whoosh compares naive datetimes, so everything here is converted to UTC and
then made naive. A date known only to the day covers the whole UTC day; a bound
written as ``2022`` or ``2022-03`` covers the whole year or month, so that
``--from 2022`` starts on 1 January and ``--to 2022-03`` ends with 31 March.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timezone

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


def parse_bound(text: str, *, end: bool) -> datetime:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO timestamp -> the first (or last) UTC instant."""
    value = text.strip()
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
            f"bad date {text!r}: use YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp such as 2022-03-06T16:15+07:00"
        ) from exc
    return to_utc_naive(moment)
