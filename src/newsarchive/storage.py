"""Opening, creating and locking Whoosh indexes, with Whoosh's errors translated once.

Indexes are opened without memory-mapping: mapping copied every segment into
memory on open, while plain reads keep a large index's start-up small.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from whoosh.filedb.filestore import FileStorage
from whoosh.index import EmptyIndexError, Index, LockError

from .errors import IndexDamagedError, IndexLockedError, IndexNotFoundError
from .schema import build_schema

_PID_FILE = "writer.pid"


def _storage(index_dir: str | os.PathLike[str]) -> FileStorage:
    return FileStorage(str(index_dir), supports_mmap=False)


def exists(index_dir: str | os.PathLike[str]) -> bool:
    """An index is there: its folder holds a table of contents (readable or not)."""
    path = Path(index_dir)
    return path.is_dir() and any(child.suffix == ".toc" for child in path.iterdir())


def open_index(index_dir: str | os.PathLike[str]) -> Index:
    """Open an existing index for reading; a missing or unreadable one raises our errors."""
    if not exists(index_dir):
        raise IndexNotFoundError(str(index_dir))
    try:
        return _storage(index_dir).open_index()
    except EmptyIndexError as exc:
        raise IndexNotFoundError(str(index_dir)) from exc
    except Exception as exc:  # whoosh raises many kinds on damaged files
        raise IndexDamagedError(str(index_dir), _describe(exc)) from exc


def open_or_create(index_dir: str | os.PathLike[str]) -> Index:
    """Open the index for writing, creating it (and its folder) if it does not exist yet."""
    path = Path(index_dir)
    if exists(path):
        return open_index(path)
    path.mkdir(parents=True, exist_ok=True)
    try:
        return _storage(path).create_index(build_schema())
    except OSError as exc:
        raise IndexDamagedError(str(path), f"cannot create index files ({exc.strerror})") from exc


@contextmanager
def locked_writer(ix: Index, index_dir: str | os.PathLike[str], *, wait: float) -> Iterator[object]:
    """A Whoosh writer holding the index lock, waiting up to ``wait`` seconds for it."""
    pid_file = Path(index_dir) / _PID_FILE
    try:
        writer = ix.writer(timeout=max(wait, 0.0), delay=0.1)
    except LockError as exc:
        raise IndexLockedError(str(index_dir), _holder(pid_file)) from exc
    pid_file.write_text(str(os.getpid()))
    try:
        yield writer
    except BaseException:
        writer.cancel()
        raise
    finally:
        if pid_file.exists() and pid_file.read_text().strip() == str(os.getpid()):
            pid_file.unlink()


def _holder(pid_file: Path) -> int | None:
    try:
        return int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def index_size(index_dir: str | os.PathLike[str]) -> int:
    return sum(child.stat().st_size for child in Path(index_dir).iterdir() if child.is_file())
