"""The ``newsarchive`` command: argument parsing and rendering over the public API.

stdout carries data only (results, articles, JSON); progress, summaries and
errors go to stderr. Errors are one line; exit codes are set in one place
(``_Group.invoke``): 0 results, 1 no results, 2 usage or input errors,
3 index problems, 130 interrupted.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import sys
from typing import Any

import click

from .errors import ArchiveError, NewsArchiveError

DEFAULT_INDEX = "index"
_CONTROL = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MARK = re.compile(r"\*\*(.+?)\*\*")


class _Group(click.Group):
    """Turns our errors into one line on stderr and the documented exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ArchiveError as exc:
            _fail(str(exc), 3)
        except NewsArchiveError as exc:
            _fail(str(exc), 2)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)


def _fail(message: str, code: int) -> None:
    click.echo(f"newsarchive: {clean(message)}", err=True)
    sys.exit(code)


def clean(text: str) -> str:
    """Page text is untrusted: no escape sequences or control characters reach the terminal."""
    return _CONTROL.sub("", text or "")


def _use_colour(stream=None) -> bool:
    stream = stream or sys.stdout
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _marked(snippet: str, colour: bool) -> str:
    snippet = clean(snippet)
    return _MARK.sub(lambda m: click.style(m.group(1), bold=True), snippet) if colour else snippet


index_option = click.option(
    "--index", "index_dir", envvar="NEWSARCHIVE_INDEX", default=DEFAULT_INDEX, show_default=True,
    type=click.Path(file_okay=False), help="Index folder (or set NEWSARCHIVE_INDEX).",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsarchive")
def main() -> None:
    """Full-text search for news archives.

    \b
    newsarchive index sample_data/
    newsarchive search venezuela --dateline washington --from 2022-03
    newsarchive show ID
    newsarchive stats
    """


@main.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@index_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes [default: all cores].")
@click.option("--prune", is_flag=True, help="Remove articles whose page files are gone.")
@click.option("--rebuild", is_flag=True,
              help="Replace the index with PATHS alone (repairs a damaged one, upgrades an older one).")
@click.option("--wait", type=click.FloatRange(min=0), default=10.0, show_default=True,
              help="Seconds to wait for another process that is updating the index.")
@click.option("--timeout", "page_timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds one page may take before it is reported as failed (0: no limit).")
@click.option("--shards", type=click.IntRange(min=1), default=None,
              help="Split a new index over N indexes built in parallel and searched as one.")
@click.option("--optimize", is_flag=True,
              help="Merge the index into one segment afterwards: faster searches, a slower run.")
def index_command(paths: tuple[str, ...], index_dir: str, jobs: int | None, prune: bool, rebuild: bool,
                  wait: float, page_timeout: float, shards: int | None, optimize: bool) -> None:
    """Index saved news pages (HTML, text dumps, .gz) under PATHS; re-runs are incremental.

    \b
    newsarchive index sample_data/
    newsarchive index ~/saved-pages --index ~/archive-index --prune
    """
    from .indexer import index_paths

    show_bar = sys.stderr.isatty()
    bar_state: dict[str, Any] = {}

    def progress(done: int, total: int) -> None:
        if not show_bar:
            return
        bar = bar_state.get("bar")
        if bar is None:
            bar = click.progressbar(length=total, label="indexing", file=sys.stderr)
            bar.__enter__()
            bar_state["bar"] = bar
        bar.update(done - bar.pos)

    try:
        report = index_paths(list(paths), index_dir=index_dir, jobs=jobs, prune=prune, rebuild=rebuild,
                             wait=wait, page_timeout=page_timeout, shards=shards, optimize=optimize,
                             progress=progress)
    finally:
        if "bar" in bar_state:
            bar_state["bar"].__exit__(None, None, None)
    for problem in report.skipped:
        click.echo(f"skipped {clean(str(problem))}", err=True)
    for problem in report.failed:
        click.echo(f"failed  {clean(str(problem))}", err=True)
    click.echo(f"{report.summary()} -> {index_dir}", err=True)
    if report.nothing_read:
        _fail("no page could be read", 2)


def filter_options(command):
    """The filters every searching command takes, in one place."""
    for option in reversed([
        click.option("--headline", help="Only articles whose headline has these words."),
        click.option("--dateline", help="Only articles filed from this place, e.g. washington."),
        click.option("--source", help="Only articles from this source (site or paper)."),
        click.option("--byline", help="Only articles by this author or agency."),
        click.option("--lang", "language", help="Only articles in this language (ISO 639-1 code)."),
        click.option("--from", "since", metavar="DATE",
                     help="From this date: YYYY, YYYY-MM, YYYY-MM-DD, ISO time, or yesterday, last week…"),
        click.option("--to", "until", metavar="DATE", help="Up to and including this date."),
        click.option("--on", "on", metavar="DATE", help="On this day (or month, or year): --from and --to at once."),
        click.option("--undated", is_flag=True, help="Only articles without a date."),
        click.option("--tz", metavar="ZONE", help="Zone for today/yesterday/last week (default: NEWSARCHIVE_TZ, "
                                                  "else this computer's), e.g. Asia/Jakarta."),
    ]):
        command = option(command)
    return command


def _dates(filters: dict[str, Any]) -> dict[str, Any]:
    on = filters.pop("on", None)
    if on:
        if filters.get("since") or filters.get("until"):
            raise click.UsageError("--on cannot be combined with --from or --to")
        filters["since"] = filters["until"] = on
    return filters


@main.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--output", "-o", required=True, type=click.Path(),
              help="Where to write the articles: .jsonl (JSON Lines; '-' for stdout) or .parquet; "
                   "with --spark, a folder of JSON Lines partitions.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes [default: all cores].")
@click.option("--timeout", "page_timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds one page may take before it is reported as failed (0: no limit).")
@click.option("--spark", "spark_master", metavar="MASTER",
              help="Run as an Apache Spark job (local[4], yarn, spark://host:7077, k8s://…); needs the spark extra.")
def extract_command(paths: tuple[str, ...], output: str, jobs: int | None, page_timeout: float,
                    spark_master: str | None) -> None:
    """Clean pages (HTML, text dumps, WARC) into articles, without indexing them.

    \b
    newsarchive extract crawl/*.warc.gz -o articles.jsonl
    newsarchive index articles.jsonl
    newsarchive extract --spark local[2] crawl/ -o articles/ && newsarchive index articles/
    """
    if spark_master:
        from .spark import extract_on_spark

        report = extract_on_spark(list(paths), output, master=spark_master)
        click.echo(f"{report.articles} articles written to {output}, {report.problems} pages gave none", err=True)
        return
    from .export import write_articles
    from .pipeline import Problem, extract_paths

    problems = 0

    def articles():
        nonlocal problems
        for item in extract_paths(list(paths), jobs=jobs, page_timeout=page_timeout):
            if isinstance(item, Problem):
                problems += 1
                click.echo(f"skipped {clean(str(item))}", err=True)
            else:
                yield item

    written = write_articles(articles(), output)
    click.echo(f"{written} articles written to {output}, {problems} pages gave none", err=True)
    if not written and problems:
        sys.exit(2)


@main.command("search")
@click.argument("query", nargs=-1)
@index_option
@filter_options
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest"]), default="relevance",
              show_default=True)
@click.option("--recent", is_flag=True, help="Blend recency into relevance: newer articles rank higher.")
@click.option("--limit", "-n", type=click.IntRange(min=1, max=10000), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many results (paging).")
@click.option("--all-copies", is_flag=True, help="Show every copy of a wire story, not one per story.")
@click.option("--facets", metavar="FIELDS", help="Count top values of: source,dateline,year,month,language.")
@click.option("--fix", is_flag=True, help="If the query looks misspelt, run the suggested correction.")
@click.option("--utc", is_flag=True, help="Show dates in UTC instead of each article's own offset.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit (JSON Lines).")
def search_command(query: tuple[str, ...], index_dir: str, as_json: bool, fix: bool, facets: str | None,
                   utc: bool, **filters: Any) -> None:
    """Search the archive. Exit 0 with results, 1 with none.

    \b
    newsarchive search venezuela oil
    newsarchive search '"white house" NOT biden' --from 2022-03 --to 2022-03
    newsarchive search --dateline washington --sort newest
    newsarchive search 'headline:sanctions date:[2021 to 2022-06]' --json
    newsarchive search sanctions --facets source,year --from "last year"
    """
    from .archive import Archive

    text = " ".join(query)
    names = [name.strip() for name in facets.split(",") if name.strip()] if facets else []
    filters = _dates(filters)
    with Archive.open(index_dir) as archive:
        results = archive.search(text, facets=names, **filters)
        if fix and results.suggestion:
            click.echo(f"Showing results for: {results.suggestion}", err=True)
            results = archive.search(results.suggestion, facets=names, **filters)
    if as_json:
        for hit in results:
            click.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
        if results.facets:
            click.echo(json.dumps({"facets": results.facets}, ensure_ascii=False))
    else:
        _print_hits(results, offset=filters["offset"], utc=utc)
        _print_facets(results.facets)
    if results.suggestion and not fix:
        click.echo(f"Did you mean: {clean(results.suggestion)}  (run it with --fix)", err=True)
    if not results:
        if not as_json:
            click.echo("no results", err=True)
        sys.exit(1)


def _print_facets(facets: dict[str, list[tuple[str, int]]]) -> None:
    for name, values in facets.items():
        click.echo(f"{name}:")
        for value, count in values:
            click.echo(f"  {count:>6}  {clean(value)}")


def _shown_date(value, utc: bool) -> str:
    if value is None:
        return "undated"
    if utc and hasattr(value, "hour"):
        from datetime import timezone

        return value.astimezone(timezone.utc).isoformat()
    return value.isoformat()


def _print_hits(results, *, offset: int, utc: bool = False) -> None:
    colour = _use_colour()
    for rank, hit in enumerate(results, start=offset + 1):
        article = hit.article
        headline = clean(article.headline) or "(no headline)"
        click.echo(f"{rank:>3}. " + (click.style(headline, bold=True) if colour else headline))
        details = [_shown_date(article.date, utc), article.dateline, article.source,
                   f"score {hit.score:.2f}" if hit.score else "",
                   f"+{len(hit.copies)} more {'copy' if len(hit.copies) == 1 else 'copies'}" if hit.copies else ""]
        click.echo("     " + clean(" · ".join(d for d in details if d)))
        click.echo("     " + _marked(hit.snippet, colour))
        click.echo("     " + (click.style(clean(article.id), dim=True) if colour else clean(article.id)))
        click.echo()
    shown = len(results)
    more = (f"; {'' if results.exact else 'about '}{results.total} in all"
            if results.total > shown + offset else "")
    note = " (few articles had every word; articles with most of them follow)" if results.widened else ""
    click.echo(f"{shown} shown{more}{note}", err=True)


@main.command("similar")
@click.argument("article_id")
@index_option
@click.option("--limit", "-n", type=click.IntRange(min=1, max=1000), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def similar_command(article_id: str, index_dir: str, limit: int, as_json: bool) -> None:
    """Articles most like this one, other copies of the same story left out."""
    from .archive import Archive

    with Archive.open(index_dir) as archive:
        results = archive.similar(article_id, limit=limit)
    if as_json:
        for hit in results:
            click.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
    else:
        _print_hits(results, offset=0)
    if not results:
        sys.exit(1)


@main.command("timeline")
@click.argument("query", nargs=-1)
@index_option
@filter_options
@click.option("--by", type=click.Choice(["year", "month", "day"]), default="year", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="The counts as one JSON object.")
def timeline_command(query: tuple[str, ...], index_dir: str, by: str, as_json: bool, **filters: Any) -> None:
    """When was this talked about: matching articles per year, month or day, as a bar chart.

    \b
    newsarchive timeline venezuela
    newsarchive timeline oil --by month --from 2021 --to 2022
    """
    from .archive import Archive
    from .chart import bar_chart

    with Archive.open(index_dir) as archive:
        counts = archive.timeline(" ".join(query), by=by, **_dates(filters))
    if as_json:
        click.echo(json.dumps({"by": by, "counts": dict(counts)}))
    elif counts:
        width = shutil.get_terminal_size((80, 24)).columns
        for line in bar_chart(counts, width=width, unicode=_can_draw_blocks()):
            click.echo(line)
    if not counts or not any(count for _, count in counts):
        if not as_json:
            click.echo("no results", err=True)
        sys.exit(1)


def _can_draw_blocks() -> bool:
    encoding = (getattr(sys.stdout, "encoding", "") or "").lower()
    return "utf" in encoding


@main.command("show")
@click.argument("article_id")
@index_option
@click.option("--json", "as_json", is_flag=True, help="The article as one JSON object.")
def show_command(article_id: str, index_dir: str, as_json: bool) -> None:
    """Print one cleaned article by its id (as shown under each search hit)."""
    from .archive import Archive

    with Archive.open(index_dir) as archive:
        article = archive.get(article_id)
    if article is None:
        click.echo(f"newsarchive: no article with id {clean(article_id)!r} in {index_dir}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
        return
    lines = [article.headline, ""]
    for label, value in (("date", article.date.isoformat() if article.date else ""),
                         ("dateline", article.dateline), ("byline", article.byline),
                         ("source", article.source), ("url", article.url), ("path", article.path),
                         ("id", article.id)):
        if value:
            lines.append(f"{label:>9}: {value}")
    if article.summary:
        lines += ["", article.summary]
    lines += ["", article.body]
    click.echo(clean_keep_lines("\n".join(lines)))


def clean_keep_lines(text: str) -> str:
    return "\n".join(clean(line) for line in text.split("\n"))


@main.command("stats")
@index_option
@click.option("--json", "as_json", is_flag=True)
def stats_command(index_dir: str, as_json: bool) -> None:
    """Documents, date span, sources and size of the index."""
    from .analysis import ANALYSIS_VERSION
    from .archive import Archive

    with Archive.open(index_dir) as archive:
        stats = archive.stats()
    if as_json:
        click.echo(json.dumps(stats.to_dict(), ensure_ascii=False))
        return
    span = (f"{stats.first_date.isoformat()} … {stats.last_date.isoformat()}"
            if stats.first_date and stats.last_date else "no dated articles")
    click.echo(f"index:     {stats.index_dir}")
    click.echo(f"documents: {stats.documents} ({stats.undated} undated)")
    click.echo(f"dates:     {span}")
    click.echo(f"size:      {stats.size_bytes / 1024 / 1024:.1f} MB")
    if stats.analysis_version < ANALYSIS_VERSION:
        click.echo(f"analysis:  version {stats.analysis_version}, an earlier release's: Hindi, Bengali or Thai "
                   f"words are split ('newsarchive index PATHS --rebuild' brings it to version {ANALYSIS_VERSION})")
    click.echo(f"sources:   {len(stats.sources)}")
    for name, count in stats.sources.items():
        click.echo(f"  {count:>7}  {clean(name)}")


@main.command("check")
@index_option
def check_command(index_dir: str) -> None:
    """Read the whole index to verify it (exit 3 if it is damaged)."""
    from .archive import Archive

    with Archive.open(index_dir) as archive:
        report = archive.check()
    click.echo(f"{index_dir}: ok, {report['documents']} documents, {report['terms']} terms")


if __name__ == "__main__":
    main()
