"""The ``Article``: what extraction produces and what the index stores.

``date`` is a ``datetime`` (always timezone-aware) when the page gives a time of
day, a ``date`` when it gives only the day, or ``None`` when it gives none.
Keeping the precision matters: a day-only date covers the whole day in range
queries, and we never pretend to know a time we were not told.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime, timezone
from typing import Any


@dataclass(frozen=True)
class Article:
    id: str
    headline: str = ""
    body: str = ""
    date: date | None = None
    dateline: str = ""
    byline: str = ""
    summary: str = ""
    source: str = ""
    url: str = ""
    path: str = ""
    language: str = ""
    fingerprint: str = field(default="", compare=False)

    def with_changes(self, **changes: Any) -> "Article":
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; the date as ISO 8601 (with its offset when it has a time)."""
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date is not None else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        """The inverse of ``to_dict``; unknown keys are ignored, missing ones take defaults."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and v is not None}
        if "date" in values:
            values["date"] = parse_iso_date(str(values["date"]))
        values["id"] = str(values.get("id") or values.get("url") or values.get("path") or "")
        return cls(**values)

    def content_fingerprint(self) -> str:
        """A hash of the article's content, for articles that come without a page."""
        digest = hashlib.sha1()
        for name in ("url", "headline", "date", "dateline", "byline", "summary", "body", "source"):
            value = getattr(self, name)
            digest.update(str(value.isoformat() if hasattr(value, "isoformat") else value).encode())
            digest.update(b"\x00")
        return digest.hexdigest()


def parse_iso_date(text: str) -> date | None:
    """Read back what ``to_dict`` wrote: ``YYYY-MM-DD`` or a full ISO timestamp."""
    text = text.strip()
    if not text:
        return None
    if len(text) == 10:
        return date.fromisoformat(text)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
