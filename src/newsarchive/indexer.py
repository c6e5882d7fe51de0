"""Build and update an index: pages in, one consistent Whoosh index out.

Extraction runs in a process pool; one writer in this process adds the
articles and commits every ``batch_size`` documents, so that an interrupted run
keeps its committed batches and the next run resumes where it stopped. Re-runs
are incremental: a page whose size and mtime are unchanged is not even read; a
page whose bytes hash as before is not re-extracted; a changed page replaces its
old document.
"""
from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

from .article import Article
from .errors import ExtractionError, InputError
from .sources import PageFile, find_pages, read_page

#: Called as ``progress(done, total)`` while pages are processed.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class IndexReport:
    """What an indexing run did; skipped pages are not articles, failed ones could not be read."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[Problem] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def nothing_read(self) -> bool:
        """Every page failed: the run did nothing useful (the CLI exits non-zero)."""
        return bool(self.failed) and not (self.added or self.updated or self.unchanged or self.skipped)

    @property
    def seen(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.skipped) + len(self.failed)

    def summary(self) -> str:
        return (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{len(self.skipped)} skipped, {len(self.failed)} failed"
                + (f", {self.removed} removed" if self.removed else "")
                + f" in {self.seconds:.1f}s")


@dataclass(frozen=True)
class _Outcome:
    """What a worker made of one page."""

    found: PageFile
    article: Article | None = None
    unchanged: bool = False
    skipped: str = ""
    failed: str = ""


class _PageTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _PageTimeout


def _process(found: PageFile, known_fingerprint: str | None, timeout: float = 0.0) -> _Outcome:
    """Read, fingerprint and extract one page within ``timeout`` seconds; never raises."""
    from .extract import extract_page

    alarm = timeout > 0 and _can_alarm()
    if alarm:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        page = read_page(found)
        if known_fingerprint and hashlib.sha1(page.data).hexdigest() == known_fingerprint:
            return _Outcome(found, unchanged=True)
        return _Outcome(found, article=extract_page(page))
    except _PageTimeout:
        return _Outcome(found, failed=f"took longer than {timeout:g}s to extract (page limit)")
    except ExtractionError as exc:
        return _Outcome(found, skipped=exc.reason)
    except InputError as exc:
        return _Outcome(found, failed=exc.reason)
    except RecursionError:
        return _Outcome(found, failed="page nests too deeply to parse")
    except MemoryError:
        return _Outcome(found, failed="page too large to parse")
    except Exception as exc:  # a bug or a page no parser survives: report it, keep going
        return _Outcome(found, failed=f"cannot be processed ({type(exc).__name__}: {exc})")
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _can_alarm() -> bool:
    """Timers interrupt the main thread only (workers run pages there; so does a plain script)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _process_star(args: tuple[PageFile, str | None, float]) -> _Outcome:
    return _process(*args)


def index_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    index_dir: str | os.PathLike[str] = "index",
    jobs: int | None = None,
    prune: bool = False,
    rebuild: bool = False,
    wait: float = 0.0,
    batch_size: int = 1000,
    page_timeout: float = 30.0,
    progress: Progress | None = None,
) -> IndexReport:
    """Index every page under ``paths`` into ``index_dir``, incrementally.

    ``jobs`` worker processes extract pages (default: all cores). ``prune``
    removes documents whose page files no longer exist. ``rebuild`` starts from an
    empty index. ``wait`` is how long to wait for another process's write lock.
    ``batch_size`` documents are committed at a time, so an interrupted run keeps
    its earlier batches. A page that takes longer than ``page_timeout`` seconds to
    extract is reported as failed (0 turns the limit off).
    """
    from . import storage

    started = time.monotonic()
    paths = list(paths)
    report = IndexReport()
    found: list[PageFile] = []
    for item in find_pages(paths):
        if isinstance(item, InputError):
            report.failed.append(Problem(item.path, item.reason))
        else:
            found.append(item)
    if not found:
        reasons = "; ".join(str(problem) for problem in report.failed)
        raise InputError(", ".join(map(str, paths)), reasons or "no pages found (.html, .htm, .txt, or gzipped)")
    ix = storage.open_or_create(index_dir)
    known = {} if rebuild else _known_stamps(ix)
    todo: list[tuple[PageFile, str | None, float]] = []
    for page_file in found:
        stamp = known.get(page_file.path)
        if stamp and stamp[0] == page_file.size and stamp[1] == page_file.mtime_ns:
            report.unchanged += 1
        else:
            todo.append((page_file, stamp[2] if stamp else None, page_timeout))
    total = len(found)
    done = report.unchanged
    if progress:
        progress(done, total)
    batch = _Batch(ix, index_dir, wait, batch_size, known, report, clear=rebuild)
    with batch:
        for outcome in _run(todo, jobs):
            batch.take(outcome)
            done += 1
            if progress:
                progress(done, total)
        if prune:
            batch.prune({page_file.path for page_file in found})
    report.seconds = time.monotonic() - started
    return report


def _run(todo: Sequence[tuple[PageFile, str | None, float]], jobs: int | None) -> Iterator[_Outcome]:
    workers = jobs or os.cpu_count() or 1
    if workers <= 1 or len(todo) < 4:
        for item in todo:
            yield _process_star(item)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_process_star, todo, chunksize=8)


def _known_stamps(ix) -> dict[str, tuple[int, int, str]]:
    """path -> (size, mtime_ns, fingerprint) of every page-derived document in the index."""
    from .schema import parse_stamp

    stamps: dict[str, tuple[int, int, str]] = {}
    with ix.reader() as reader:
        deletions = reader.has_deletions()
        for term in reader.lexicon("stamp"):
            text = term.decode("utf-8")
            if deletions and not reader.postings("stamp", text).is_active():
                continue
            path, size, mtime_ns, fingerprint = parse_stamp(text)
            stamps[path] = (size, mtime_ns, fingerprint)
    return stamps


class _Batch:
    """One writer at a time, committed every ``size`` changes so a crash loses one batch at most."""

    def __init__(self, ix, index_dir, wait: float, size: int, known: dict, report: IndexReport,
                 *, clear: bool = False) -> None:
        self.ix, self.index_dir, self.wait, self.size = ix, index_dir, wait, size
        self.known, self.report = known, report
        self.clear = clear
        self.pending = 0
        self._context = None
        self.writer = None
        self.ids_this_run: dict[str, str] = {}

    def _open(self):
        if self.writer is None:
            from .storage import locked_writer

            self._context = locked_writer(self.ix, self.index_dir, wait=self.wait)
            self.writer = self._context.__enter__()
        return self.writer

    def take(self, outcome: _Outcome) -> None:
        found = outcome.found
        if outcome.unchanged:
            self.report.unchanged += 1
        elif outcome.skipped:
            self.report.skipped.append(Problem(found.path, outcome.skipped))
        elif outcome.failed:
            self.report.failed.append(Problem(found.path, outcome.failed))
        elif outcome.article is not None:
            self._write(found, outcome.article)

    def _write(self, found: PageFile, article: Article) -> None:
        from .schema import stamp_of, to_document

        first_path = self.ids_this_run.setdefault(article.id, found.path)
        if first_path != found.path:
            self.report.skipped.append(Problem(found.path, f"same article id as {first_path} ({article.id})"))
            return
        writer = self._open()
        replacing = found.path in self.known
        writer.delete_by_term("path", found.path)
        writer.delete_by_term("id", article.id)
        stamp = stamp_of(found.path, found.size, found.mtime_ns, article.fingerprint)
        writer.add_document(**to_document(article, stamp))
        if replacing:
            self.report.updated += 1
        else:
            self.report.added += 1
        self._count()

    def add_article(self, article: Article, existing_fingerprint: str | None) -> None:
        from .schema import to_document

        if existing_fingerprint == article.fingerprint:
            self.report.unchanged += 1
            return
        writer = self._open()
        writer.delete_by_term("id", article.id)
        writer.add_document(**to_document(article))
        if existing_fingerprint is None:
            self.report.added += 1
        else:
            self.report.updated += 1
        self._count()

    def prune(self, present: set[str]) -> None:
        for path in self.known:
            if path not in present and not os.path.exists(path):
                self._open().delete_by_term("path", path)
                self.report.removed += 1
                self._count()

    def _count(self) -> None:
        self.pending += 1
        if self.pending >= self.size:
            self._commit()

    def _commit(self) -> None:
        if self.writer is not None:
            self.writer.commit()
            self._context.__exit__(None, None, None)
            self.writer = self._context = None
            self.pending = 0

    def __enter__(self) -> "_Batch":
        if self.clear:
            # a rebuild empties the index under the write lock, in the first batch's commit
            from whoosh.query import Every

            self._open().delete_by_query(Every())
            self.pending += 1
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self._commit()
        elif self.writer is not None:
            self._context.__exit__(kind, error, trace)   # cancels the uncommitted batch
            self.writer = self._context = None


def index_articles(
    articles: Iterable[Article],
    *,
    index_dir: str | os.PathLike[str] = "index",
    rebuild: bool = False,
    wait: float = 0.0,
    batch_size: int = 1000,
) -> IndexReport:
    """Index articles a script already has; an article with a known id and the same content is skipped."""
    from . import storage

    started = time.monotonic()
    report = IndexReport()
    ix = storage.open_or_create(index_dir)
    existing = {} if rebuild else _known_fingerprints(ix)
    with _Batch(ix, index_dir, wait, batch_size, {}, report, clear=rebuild) as batch:
        for article in articles:
            if not article.fingerprint:
                article = article.with_changes(fingerprint=article.content_fingerprint())
            batch.add_article(article, existing.get(article.id))
            existing[article.id] = article.fingerprint
    report.seconds = time.monotonic() - started
    return report


def _known_fingerprints(ix) -> dict[str, str]:
    with ix.searcher() as searcher:
        return {fields["id"]: fields.get("fingerprint", "") for fields in searcher.all_stored_fields()}
