"""Build and update an index: pages in, one consistent Whoosh index out.

Extraction runs in a process pool; one writer in this process adds the
articles and commits every ``batch_size`` documents, so that an interrupted run
keeps its committed batches and the next run resumes where it stopped. Re-runs
are incremental: a page whose size and mtime are unchanged is not even read; a
page whose bytes hash as before is not re-extracted; a changed page replaces its
old document.
"""
from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .article import Article
from .errors import InputError
from .pipeline import FileResult, Problem, process_files, site_templates, task
from .schema import stamp_of, to_document
from .sources import PageFile, find_pages

#: Called as ``progress(done, total)`` while pages are processed.
Progress = Callable[[int, int], None]


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

    def absorb(self, other: "IndexReport") -> None:
        """Add another run's counts (a shard's) to these."""
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.removed += other.removed
        self.skipped.extend(other.skipped)
        self.failed.extend(other.failed)

    @property
    def nothing_read(self) -> bool:
        """Every page failed: the run did nothing useful (the CLI exits non-zero)."""
        return bool(self.failed) and not (self.added or self.updated or self.unchanged or self.skipped)

    def summary(self) -> str:
        return (f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
                f"{len(self.skipped)} skipped, {len(self.failed)} failed"
                + (f", {self.removed} removed" if self.removed else "")
                + f" in {self.seconds:.1f}s")


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
    shards: int | None = None,
    optimize: bool = False,
    progress: Progress | None = None,
) -> IndexReport:
    """Index every page under ``paths`` into ``index_dir``, incrementally.

    ``jobs`` worker processes extract pages (default: all cores). ``prune``
    removes documents whose page files no longer exist. ``rebuild`` starts from an
    empty index. ``wait`` is how long to wait for another process's write lock.
    ``batch_size`` documents are committed at a time, so an interrupted run keeps
    its earlier batches. A page that takes longer than ``page_timeout`` seconds to
    extract is reported as failed (0 turns the limit off). ``shards`` splits the
    archive over that many indexes built in parallel (one process each) and
    searched as one; an index built with shards keeps them on later runs.
    Small segments (each commit adds one) are merged after the run
    (``merging``); ``optimize`` merges the whole index into one segment: searches
    get faster, at the cost of rewriting the whole index (about as long as a build).
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
    options = _Options(jobs, prune, rebuild, wait, batch_size, page_timeout, optimize)
    shard_dirs = storage.prepare_shards(index_dir, shards)
    if shard_dirs is None:
        report.absorb(_index_found(found, index_dir, options, progress))
    else:
        groups: list[list[PageFile]] = [[] for _ in shard_dirs]
        for page_file in found:
            groups[storage.shard_of(page_file.path, len(shard_dirs))].append(page_file)
        per_shard = _Options(1, prune, rebuild, wait, batch_size, page_timeout, optimize)
        with ProcessPoolExecutor(max_workers=min(len(shard_dirs), jobs or os.cpu_count() or 1)) as pool:
            for shard_report in pool.map(_index_found, groups, shard_dirs, [per_shard] * len(groups)):
                report.absorb(shard_report)
    report.seconds = time.monotonic() - started
    return report


@dataclass(frozen=True)
class _Options:
    jobs: int | None
    prune: bool
    rebuild: bool
    wait: float
    batch_size: int
    page_timeout: float
    optimize: bool = False


def _index_found(found: list[PageFile], index_dir, options: _Options, progress: Progress | None = None) -> IndexReport:
    """Index the given page files into one Whoosh index (a whole archive, or one shard of it)."""
    from . import storage

    report = IndexReport()
    ix = storage.open_or_create(index_dir, replace_damaged=options.rebuild)
    with storage.reporting_damage(index_dir):
        known = {} if options.rebuild else _known_stamps(ix)
    changed: list[PageFile] = []
    for page_file in found:
        stamp = known.get(page_file.path)
        if stamp and stamp[0] == page_file.size and stamp[1] == page_file.mtime_ns:
            report.unchanged += 1
        else:
            changed.append(page_file)
    templates = site_templates(found, changed)
    todo = [task(page_file, templates, known[page_file.path][2] if page_file.path in known else None,
                 options.page_timeout) for page_file in changed]
    total = len(found)
    done = report.unchanged
    if progress:
        progress(done, total)
    batch = _Batch(ix, index_dir, options.wait, options.batch_size, known, report, clear=options.rebuild)
    with batch:
        for result in process_files(todo, options.jobs):
            batch.take(result)
            done += 1
            if progress:
                progress(done, total)
        if options.prune:
            batch.prune({page_file.path for page_file in found})
    merge_segments(ix, index_dir, wait=options.wait, everything=options.optimize)
    return report


def merge_segments(ix, index_dir, *, wait: float = 0.0, everything: bool = True) -> None:
    """Merge segments under the write lock (a committed merge or none): all of them into one,
    or with ``everything=False`` the size tiers that are full (``merging``), as every run does."""
    from . import merging
    from .storage import locked_writer

    sizes = [segment.doc_count() for segment in ix._segments()]
    if len(sizes) < 2 or not (everything or merging.segments_to_merge(sizes)):
        return
    with locked_writer(ix, index_dir, wait=wait) as writer:
        writer.commit(mergetype=merging.merge_all if everything else merging.merge)


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
                 *, clear: bool = False, procs: int = 1) -> None:
        self.ix, self.index_dir, self.wait, self.size, self.procs = ix, index_dir, wait, size, procs
        self.known, self.report = known, report
        self.clear = clear
        self.pending = 0
        self._context = None
        self.writer = None
        self.ids_this_run: dict[str, str] = {}

    def _open(self):
        if self.writer is None:
            from .storage import locked_writer

            self._context = locked_writer(self.ix, self.index_dir, wait=self.wait, procs=self.procs,
                                          fresh=self.clear)
            self.writer = self._context.__enter__()
        return self.writer

    def take(self, result: FileResult) -> None:
        """Write one file's articles; commits fall between files, so a file is never half in."""
        self.report.skipped.extend(result.skipped)
        self.report.failed.extend(result.failed)
        if result.unchanged:
            self.report.unchanged += 1
            return
        found = result.found
        fresh = [a for a in result.articles if self._first_with_id(a, found)]
        if fresh or found.path in self.known:
            writer = self._open()
            self._delete("path", found.path)
            stamp = stamp_of(found.path, found.size, found.mtime_ns, result.fingerprint)
            for article in fresh:
                self._delete("id", article.id)
                writer.add_document(**to_document(article.with_changes(path=found.path), stamp))
            if found.path in self.known:
                self.report.updated += len(fresh)
            else:
                self.report.added += len(fresh)
            self.pending += len(fresh) or 1
        if self.pending >= self.size:
            self._commit()

    def _first_with_id(self, article: Article, found: PageFile) -> bool:
        first = self.ids_this_run.setdefault(article.id, found.path)
        if first != found.path:
            self.report.skipped.append(Problem(found.path, f"same article id as {first} ({article.id})"))
            return False
        return True

    def add_article(self, article: Article, existing_fingerprint: str | None) -> None:
        if existing_fingerprint == article.fingerprint:
            self.report.unchanged += 1
            return
        writer = self._open()
        self._delete("id", article.id)
        writer.add_document(**to_document(article))
        if existing_fingerprint is None:
            self.report.added += 1
        else:
            self.report.updated += 1
        self._count()

    def _delete(self, field: str, value: str) -> None:
        """Delete the committed documents with ``value`` in ``field``. A rebuild's first batch
        deletes nothing: its commit drops every old segment unread, damaged ones included."""
        if not self.clear:
            self._open().delete_by_term(field, value)

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
            if self.clear:
                # a rebuild's first commit replaces every segment, and the schema with this release's
                from whoosh.writing import CLEAR

                self.writer.commit(mergetype=CLEAR)
                self.clear = False
            else:
                self.writer.commit(merge=False)   # segments are merged once, after the run
            self._context.__exit__(None, None, None)
            self.writer = self._context = None
            self.pending = 0

    def __enter__(self) -> "_Batch":
        if self.clear:
            # a rebuild replaces the index under the write lock, in the first batch's commit
            self._open()
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
    batch_size: int = 50_000,
    jobs: int | None = None,
) -> IndexReport:
    """Index articles a script already has; an article with a known id and the same content is skipped.

    ``jobs`` processes (default: all cores) analyse and write the articles, each
    into segments of its own; ``batch_size`` articles are committed at a time
    (each commit adds one segment per process: large batches make few, large
    segments, which search fastest; small ones are merged after the run).
    """
    from . import storage

    started = time.monotonic()
    report = IndexReport()
    ix = storage.open_or_create(index_dir, replace_damaged=rebuild)
    with storage.reporting_damage(index_dir):
        existing = {} if rebuild else _known_fingerprints(ix)
    procs = jobs or os.cpu_count() or 1
    with _Batch(ix, index_dir, wait, batch_size, {}, report, clear=rebuild, procs=procs) as batch:
        for article in articles:
            if not article.fingerprint:
                article = article.with_changes(fingerprint=article.content_fingerprint())
            batch.add_article(article, existing.get(article.id))
            existing[article.id] = article.fingerprint
    merge_segments(ix, index_dir, wait=wait, everything=False)
    report.seconds = time.monotonic() - started
    return report


def _known_fingerprints(ix) -> dict[str, str]:
    with ix.searcher() as searcher:
        return {fields["id"]: fields.get("fingerprint", "") for fields in searcher.all_stored_fields()}
