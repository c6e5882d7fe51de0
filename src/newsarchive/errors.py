"""The exceptions newsarchive raises: scripts catch ``NewsArchiveError``.

Every message is written for the person at the keyboard: it names the file, the
query or the index concerned and says what to do about it.
"""
from __future__ import annotations


class NewsArchiveError(Exception):
    """Base class of every error newsarchive raises on purpose."""


class InputError(NewsArchiveError):
    """A page could not be read: missing, unreadable, undecodable."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ExtractionError(InputError):
    """A page was read but holds no article (no headline, no body)."""


class QueryError(NewsArchiveError):
    """A search request is malformed: bad syntax, unknown field, bad date."""


class ArchiveError(NewsArchiveError):
    """The index itself is missing, busy or damaged."""


class IndexNotFoundError(ArchiveError):
    def __init__(self, index_dir: str) -> None:
        super().__init__(f"no index at {index_dir}; run 'newsarchive index PATH' first")
        self.index_dir = index_dir


class IndexLockedError(ArchiveError):
    def __init__(self, index_dir: str, pid: int | None = None) -> None:
        who = f"another process (pid {pid})" if pid else "another process"
        super().__init__(f"index at {index_dir} is being updated by {who}")
        self.index_dir = index_dir
        self.pid = pid


class IndexDamagedError(ArchiveError):
    def __init__(self, index_dir: str, detail: str) -> None:
        super().__init__(
            f"index at {index_dir} is damaged: {detail}; run 'newsarchive index --rebuild'"
        )
        self.index_dir = index_dir
