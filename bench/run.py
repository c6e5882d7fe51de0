"""Speed and memory, side by side with baselines on the same synthetic archive, in one run.

    python bench/run.py --size 20000 [--work /tmp/newsarchive-bench] [--json results.json]
    python bench/run.py --size 1000000 --skip pages,whoosh --batch-size 100000   # a million articles

Measured (every figure beside its baseline from the same run, since machines are noisy):
  1. extraction pages/s on one core (trafilatura on the same pages when installed)
  2. index build articles/s from already-extracted articles: newsarchive, a default Whoosh
     writer with the same fields, SQLite FTS5 (porter, bm25)
  3. end-to-end pages/s from files to a committed index (all cores)
  4. query latency p50/p95 over 300 queries of 1-3 words: plain, one-year date filter,
     dateline filter, newest first; SQLite FTS5 on the same articles (snippets included);
     and plain queries reading each hit's wire copies, which FTS5 has no counterpart for
  5. peak RSS of indexing and of searching; index size on disk
  6. a re-run with nothing changed, as a share of the full build
  7. cold `newsarchive search` (start to first result) and `newsarchive --help`

``--skip pages`` leaves out what needs page files (extraction, end to end, re-run) and
``--skip whoosh`` the default-Whoosh build, for sizes where they would take hours.
``--search-only`` measures searching on the archive (ours and FTS5) an earlier run left in
``--work`` (the searches straight after a build meet an index the build pushed out of the
page cache), and ``--queries`` sets how many queries of each kind. Each kind of query is
timed in a fresh process, ours and FTS5's in turn, with the engine's index files read
into the page cache first (``--cold``: also with the page cache dropped, which needs
root). ``--search-runs N`` times the searches N times and reports each figure's median.
Build memory is measured above the articles the builder holds in memory.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

QUERIES = 300


def child(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON object (with its peak RSS)."""
    prelude = ("import json, resource, sys, time\nsys.path[:0] = [%r, %r]\n" % (str(SRC), str(HERE)))
    epilogue = ("\nresult['peak_rss_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024"
                "\nresult['children_peak_rss_mb'] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024"
                "\nprint(json.dumps(result))\n")
    done = subprocess.run([sys.executable, "-c", prelude + code + epilogue, *args], capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"a measuring process failed (exit {done.returncode}):\n{done.stderr.strip()}")
    return json.loads(done.stdout.strip().splitlines()[-1])


ARTICLES = """
from newsarchive import Article
import synth
def articles(n):
    for a in synth.Archive().articles(n):
        yield Article(id=f"synth-{a.number}", headline=a.headline, body=a.body, date=a.date,
                      dateline=a.dateline, source=a.source)
"""

BUILD_OURS = ARTICLES + """
from newsarchive import index_articles
items = list(articles(int(sys.argv[1])))
holding = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
started = time.perf_counter()
index_articles(items, index_dir=sys.argv[2], batch_size=int(sys.argv[3]))
result = {'seconds': time.perf_counter() - started, 'holding_mb': holding}
"""

BUILD_WHOOSH = ARTICLES + """
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import DATETIME, ID, TEXT, Schema
from whoosh.index import create_in
import os
items = list(articles(int(sys.argv[1])))
os.makedirs(sys.argv[2], exist_ok=True)
schema = Schema(id=ID(stored=True, unique=True), headline=TEXT(stored=True, analyzer=StemmingAnalyzer()),
                body=TEXT(stored=True, analyzer=StemmingAnalyzer()), dateline=TEXT(stored=True),
                source=TEXT(stored=True), date=DATETIME(stored=True, sortable=True))
started = time.perf_counter()
writer = create_in(sys.argv[2], schema).writer()
for a in items:
    writer.add_document(id=a.id, headline=a.headline, body=a.body, dateline=a.dateline, source=a.source,
                        date=a.date.replace(tzinfo=None))
writer.commit()
result = {'seconds': time.perf_counter() - started}
"""

BUILD_FTS5 = ARTICLES + """
import sqlite3
items = list(articles(int(sys.argv[1])))
started = time.perf_counter()
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, headline, body, dateline, source, day UNINDEXED, tokenize='porter')")
db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)",
               [(a.id, a.headline, a.body, a.dateline, a.source, a.date.astimezone().isoformat()[:10]) for a in items])
db.commit()
db.close()
result = {'seconds': time.perf_counter() - started}
"""

END_TO_END = """
from newsarchive import index_paths
started = time.perf_counter()
report = index_paths([sys.argv[1]], index_dir=sys.argv[2])
result = {'seconds': time.perf_counter() - started, 'added': report.added, 'unchanged': report.unchanged}
"""

#: The kinds of query timed: Archive.search's options, and FTS5's extra condition and order
#: (``None``: FTS5 has no counterpart).
QUERY_KINDS = {
    "plain": ({}, ("", "bm25(docs)")),
    "year": ({"since": "2012", "until": "2012"}, ("AND day BETWEEN '2012-01-01' AND '2012-12-31'", "bm25(docs)")),
    "dateline": ({"dateline": "london"}, ("AND dateline MATCH 'london'", "bm25(docs)")),
    "newest": ({"sort": "newest"}, ("", "day DESC")),
    "copies": ({}, None),
}

SEARCH_OURS = """
from newsarchive import Archive
queries, options = json.loads(sys.argv[2]), json.loads(sys.argv[3])
copies = sys.argv[4] == 'copies'
times = []
with Archive.open(sys.argv[1]) as archive:
    archive.search('newsarchive', limit=10)   # opens the searcher
    for words, _ in queries:
        started = time.perf_counter()
        for hit in archive.search(words, limit=10, **options):
            hit.snippet   # FTS5 makes its snippets in the query: ours count too
            if copies:
                hit.copies   # what the command line shows and FTS5 has no counterpart for
        times.append((time.perf_counter() - started) * 1000)
result = {'latencies': times}
"""

SEARCH_FTS5 = """
import sqlite3
queries, extra, order = json.loads(sys.argv[2]), sys.argv[3], sys.argv[4]
db = sqlite3.connect(sys.argv[1])
times = []
for words, _ in queries:
    started = time.perf_counter()
    db.execute(f"SELECT id, headline, snippet(docs, 2, '**', '**', '…', 20) FROM docs WHERE docs MATCH ? {extra} "
               f"ORDER BY {order} LIMIT 10", (words,)).fetchall()
    times.append((time.perf_counter() - started) * 1000)
result = {'latencies': times}
"""

EXTRACT = """
from newsarchive.extract import extract_page
from newsarchive.sources import find_pages, read_page, PageFile
pages = [read_page(f) for f in find_pages([sys.argv[1]]) if isinstance(f, PageFile)][:int(sys.argv[2])]
started = time.process_time()
for page in pages:
    extract_page(page)
ours = time.process_time() - started
result = {'pages': len(pages), 'seconds': ours}
try:
    import trafilatura
except ImportError:
    result['trafilatura_seconds'] = None
else:
    html_pages = [p for p in pages if p.media_type == 'text/html']
    started = time.process_time()
    for page in html_pages:
        trafilatura.extract(page.text(), with_metadata=True)
    result['trafilatura_seconds'] = (time.process_time() - started) * len(pages) / max(1, len(html_pages))
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def pick_queries(count: int, seed: int = 7) -> list[tuple[str, int]]:
    """1-3 words from the mid-frequency band of the vocabulary (neither stop-like nor absent)."""
    archive = synth.Archive()
    rng = random.Random(seed)
    band = archive.words[50:3000]
    return [(" ".join(rng.sample(band, rng.randint(1, 3))), 0) for _ in range(count)]


def timed_command(*argv: str, repeat: int = 5) -> float:
    """The median wall time of ``argv``; Python may keep the modules it compiles (an installed
    program's are compiled at install), whatever this shell says (PYTHONDONTWRITEBYTECODE)."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(argv, check=False, capture_output=True, env=environment)   # compiles what it imports
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(argv, check=False, capture_output=True, env=environment)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000, help="articles in the synthetic archive")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsarchive-bench"))
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--skip", default="", help="comma-separated: pages, whoosh (see above)")
    parser.add_argument("--batch-size", type=int, default=50_000,
                        help="articles per commit when building (index_articles' batch_size)")
    parser.add_argument("--queries", type=int, default=QUERIES, help="queries of each kind")
    parser.add_argument("--search-only", action="store_true",
                        help="measure searching on the indexes an earlier run built in --work")
    parser.add_argument("--search-runs", type=int, default=1,
                        help="time the searches this many times (ours and FTS5 in turn) and report each figure's "
                             "median: on a shared machine one run's p95 can be a third off")
    parser.add_argument("--cold", action="store_true",
                        help="also time the searches with the page cache dropped before each engine's "
                             "(needs root: it writes /proc/sys/vm/drop_caches)")
    args = parser.parse_args(argv)
    work = args.work / str(args.size)
    figures: dict = {"size": args.size, "cores": os.cpu_count()}
    if not args.search_only:
        build(args, work, figures)
    figures.update(index_mb=folder_size(work / "ours") / 2**20, fts5_mb=(work / "fts5.db").stat().st_size / 2**20)
    measure_searching(work, args.queries, figures, runs=max(1, args.search_runs), cold=args.cold)
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return figures


def build(args: argparse.Namespace, work: Path, figures: dict) -> None:
    """Extraction, the three index builds, end to end and the re-run (whatever --skip leaves)."""
    skip = set(filter(None, args.skip.split(",")))
    pages = work / "pages"
    if "pages" not in skip and not pages.exists():
        synth.write_pages(pages, args.size)
    for name in ("ours", "whoosh", "fts5.db", "e2e"):
        target = work / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()

    if "pages" not in skip:
        extract = child(EXTRACT, str(pages), str(min(args.size, 300)))
        figures["extract_pages_per_s"] = extract["pages"] / extract["seconds"]
        if extract["trafilatura_seconds"]:
            figures["trafilatura_pages_per_s"] = extract["pages"] / extract["trafilatura_seconds"]

    ours = child(BUILD_OURS, str(args.size), str(work / "ours"), str(args.batch_size))
    figures.update(build_per_s=args.size / ours["seconds"], build_seconds=ours["seconds"],
                   build_extra_rss_mb=ours["peak_rss_mb"] - ours["holding_mb"],
                   build_writer_rss_mb=ours["children_peak_rss_mb"])
    if "whoosh" not in skip:
        whoosh = child(BUILD_WHOOSH, str(args.size), str(work / "whoosh"))
        figures["build_whoosh_per_s"] = args.size / whoosh["seconds"]
    fts5 = child(BUILD_FTS5, str(args.size), str(work / "fts5.db"))
    figures["build_fts5_per_s"] = args.size / fts5["seconds"]
    if "pages" not in skip:
        e2e = child(END_TO_END, str(pages), str(work / "e2e"))
        rerun = child(END_TO_END, str(pages), str(work / "e2e"))
        figures.update(end_to_end_pages_per_s=e2e["added"] / e2e["seconds"],
                       end_to_end_peak_rss_mb=e2e["peak_rss_mb"], rerun_share=rerun["seconds"] / e2e["seconds"])


def measure_searching(work: Path, count: int, figures: dict, runs: int = 1, cold: bool = False) -> None:
    """Query latencies (each figure's median over ``runs``), memory, and the command line's start."""
    queries = json.dumps(pick_queries(count))
    for state in ("warm", "cold") if cold else ("warm",):
        measured = [search_figures(work, queries, state) for _ in range(runs)]
        figures.update({key: statistics.median(run[key] for run in measured) for key in measured[0]})
        suffix = state_suffix(state)
        if runs > 1:
            figures[f"plain{suffix}_p95_ratios"] = [
                run[f"query_plain{suffix}_p95_ms"] / run[f"fts5_plain{suffix}_p95_ms"] for run in measured]

    cli = [sys.executable, "-m", "newsarchive.cli"]
    figures["cold_search_s"] = timed_command(*cli, "search", pick_queries(1)[0][0], "--index", str(work / "ours"))
    figures["help_s"] = timed_command(*cli, "--help")
    figures["python_start_s"] = timed_command(sys.executable, "-c", "pass")


def search_figures(work: Path, queries: str, state: str) -> dict:
    """One timing of every kind of query, ours and FTS5's in turn, each in a fresh process
    started in the page-cache ``state`` (``put_in_cache``): what one kind of query read
    neither helps nor hinders the next, in either engine."""
    figures: dict = {"search_peak_rss_mb": 0.0}
    suffix = state_suffix(state)
    for name, (options, fts5) in QUERY_KINDS.items():
        put_in_cache(work / "ours", state)
        searched = child(SEARCH_OURS, str(work / "ours"), queries, json.dumps(options), name)
        figures["search_peak_rss_mb"] = max(figures["search_peak_rss_mb"], searched["peak_rss_mb"])
        figures[f"query_{name}{suffix}_p50_ms"] = percentile(searched["latencies"], 0.5)
        figures[f"query_{name}{suffix}_p95_ms"] = percentile(searched["latencies"], 0.95)
        if fts5 is None:
            continue
        put_in_cache(work / "fts5.db", state)
        baseline = child(SEARCH_FTS5, str(work / "fts5.db"), queries, *fts5)
        figures[f"fts5_{name}{suffix}_p50_ms"] = percentile(baseline["latencies"], 0.5)
        figures[f"fts5_{name}{suffix}_p95_ms"] = percentile(baseline["latencies"], 0.95)
    return figures


def state_suffix(state: str) -> str:
    """What the figures of a page-cache state are named with: nothing for ``warm``, ``_cold``."""
    return "" if state == "warm" else f"_{state}"


def put_in_cache(path: Path, state: str) -> None:
    """``warm``: every file of the index read through once, so that both engines start with
    their index in the page cache (on a shared machine the kernel may have dropped either's
    since it was last read, which swung one engine's p95 fivefold between runs); ``cold``:
    the whole page cache dropped (root only; ``--cold``). Writes still being flushed slowed
    the searches (right after a build: plain p50 15.6 ms, against 8.7 ms later), so first sync."""
    os.sync()
    if state == "cold":
        try:
            Path("/proc/sys/vm/drop_caches").write_text("3\n")
        except OSError as exc:
            sys.exit(f"--cold cannot drop the page cache (it needs root): {exc}")
        return
    for part in ([path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())):
        with part.open("rb") as stream:
            while stream.read(1 << 24):
                pass


def report(f: dict) -> None:
    def ratio(a: float, b: float) -> str:
        return f"{a / b:.2f}x" if b else "-"

    print(f"Synthetic archive: {f['size']} articles, {f['cores']} cores")
    if "extract_pages_per_s" in f:
        print(f"  extraction            {f['extract_pages_per_s']:8.1f} pages/s/core"
              + (f"   trafilatura {f['trafilatura_pages_per_s']:.1f} "
                 f"({ratio(f['extract_pages_per_s'], f['trafilatura_pages_per_s'])})"
                 if "trafilatura_pages_per_s" in f else "   (trafilatura not installed)"))
    if "build_per_s" in f:
        whoosh = (f"default Whoosh {f['build_whoosh_per_s']:.1f} ({ratio(f['build_per_s'], f['build_whoosh_per_s'])})"
                  "   " if "build_whoosh_per_s" in f else "")
        print(f"  index build           {f['build_per_s']:8.1f} articles/s ({f['build_seconds']:.0f} s)   {whoosh}"
              f"FTS5 {f['build_fts5_per_s']:.1f} ({ratio(f['build_per_s'], f['build_fts5_per_s'])})")
    if "end_to_end_pages_per_s" in f:
        print(f"  end to end            {f['end_to_end_pages_per_s']:8.1f} pages/s (all cores)   "
              f"re-run with nothing changed: {f['rerun_share'] * 100:.1f}% of the build")
        print(f"  peak RSS              indexing pages {f['end_to_end_peak_rss_mb']:.0f} MB")
    building = (f"building from articles: {f['build_extra_rss_mb']:.0f} MB above the articles held, "
                f"{f['build_writer_rss_mb']:.0f} MB the largest writer process; "
                if "build_extra_rss_mb" in f else "")
    print(f"  memory                {building}searching {f['search_peak_rss_mb']:.0f} MB")
    print(f"  index size            {f['index_mb']:.1f} MB   FTS5 {f['fts5_mb']:.1f} MB")
    for state, described in (("warm", "page cache warm"), ("cold", "page cache dropped")):
        suffix = state_suffix(state)
        if f"query_plain{suffix}_p50_ms" not in f:
            continue
        print(f"  queries, {described} before each engine's run:")
        for name in ("plain", "year", "dateline", "newest"):
            p50, p95 = f[f"query_{name}{suffix}_p50_ms"], f[f"query_{name}{suffix}_p95_ms"]
            b50, b95 = f[f"fts5_{name}{suffix}_p50_ms"], f[f"fts5_{name}{suffix}_p95_ms"]
            print(f"  query {name:9}       p50 {p50:7.1f} ms  p95 {p95:7.1f} ms   FTS5 p50 {b50:6.1f}  p95 {b95:6.1f}"
                  f"   (p95 {ratio(p95, b95)})")
        if f"plain{suffix}_p95_ratios" in f:
            ratios = f[f"plain{suffix}_p95_ratios"]
            print(f"  (medians of {len(ratios)} runs; plain p95 against FTS5's run by run: "
                  + ", ".join(f"{value:.2f}x" for value in ratios) + ")")
    if "query_copies_p50_ms" in f:
        p50, p95 = f["query_copies_p50_ms"], f["query_copies_p95_ms"]
        print(f"  query plain, copies   p50 {p50:7.1f} ms  p95 {p95:7.1f} ms   (each hit's wire copies looked up too)")
    print(f"  cold search           {f['cold_search_s'] * 1000:8.0f} ms   --help {f['help_s'] * 1000:.0f} ms   "
          f"(python start {f['python_start_s'] * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
