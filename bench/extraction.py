"""Extraction quality and speed on labelled pages, side by side with reference libraries.

    python bench/extraction.py --data ../shared/data [--textdump] [--compare trafilatura] [--compare htmldate]
                               [--json out.json]

Data sets (any folder in the same formats will do):
  trafilatura-eval/  body snippet precision/recall/F1 (HTML, and with --textdump the plain-text
                     dumps), headline exact match against ``title``, undated pages left undated
  htmldate-eval/     share of pages whose publication day is right
  newspaper4k-tests/ 4-gram shingle F1 of whole bodies (the truth is that library's reviewed
                     output, not independent annotation: a check for variety, not a target)
  datelines/         (bench/datelines.jsonl, in this repository) dateline accuracy on labelled leads
Speed is pages per second on one core, measured on the same pages in the same run, each page
going through every extractor in turn (so that the machine's load weighs on all alike).
``--compare htmldate`` adds htmldate alone (the reference for publication days) and newsarchive
with htmldate asked wherever it finds no date, fast and extensive: what that fallback would gain
on dated pages and cost on the pages annotated undated.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsarchive.errors import NewsArchiveError  # noqa: E402
from newsarchive.extract import extract_html, extract_text  # noqa: E402
from newsarchive.sources import HTML, decode  # noqa: E402

HERE = Path(__file__).resolve().parent


def names(value: str | list[str] | None) -> list[str]:
    """A byline's names, to compare with the annotated author: their words in lower case, without
    punctuation (a list of authors is one byline, their names one after the other)."""
    text = " ".join(value) if isinstance(value, list) else value or ""
    return re.findall(r"\w+", text.lower())


def normalise(text: str) -> str:
    """Whitespace-normalised, without soft hyphens (U+00AD): invisible on the page, kept in
    some annotated titles and snippets, dropped by some extractors (newsarchive among them)."""
    return " ".join((text or "").replace("\u00ad", "").split())


@dataclass
class SnippetScore:
    """Pooled snippet counts: a must_contain found is a TP, missing an FN; a must_not_contain found an FP."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, body: str, must: list[str], must_not: list[str]) -> None:
        text = normalise(body)
        for snippet in must:
            if normalise(snippet) in text:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in must_not:
            if normalise(snippet) in text:
                self.fp += 1
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    name: str
    body: SnippetScore = field(default_factory=SnippetScore)
    headline_hits: int = 0
    headline_total: int = 0
    byline_hits: int = 0
    byline_total: int = 0
    seconds: float = 0.0
    pages: int = 0
    undated_kept: int = 0
    undated_total: int = 0
    dated_right: int = 0
    dated_total: int = 0

    def add(self, item: dict, found: Fields) -> None:
        """Score one page's extraction against its annotation."""
        self.pages += 1
        body, headline, found_date = found.body, found.headline, found.date
        self.body.add(body, item.get("must_contain", []), item.get("must_not_contain", []))
        if item.get("title"):
            self.headline_total += 1
            self.headline_hits += normalise(headline) == normalise(item["title"])
        if item.get("author"):
            self.byline_total += 1
            self.byline_hits += names(found.byline) == names(item["author"])
        if "date" in item and item["date"] is None:
            self.undated_total += 1
            self.undated_kept += found_date is None
        elif item.get("date"):
            self.dated_total += 1
            self.dated_right += str(found_date)[:10] == item["date"]

    def row(self) -> dict:
        return {
            "name": self.name, "f1": round(self.body.f1, 4), "precision": round(self.body.precision, 4),
            "recall": round(self.body.recall, 4),
            "headline": round(self.headline_hits / max(1, self.headline_total), 4),
            "byline": round(self.byline_hits / max(1, self.byline_total), 4),
            "undated_kept": round(self.undated_kept / max(1, self.undated_total), 4),
            "dated_right": round(self.dated_right / max(1, self.dated_total), 4),
            "pages_per_second": round(self.pages / max(self.seconds, 1e-9), 1),
        }


def read_truth(folder: Path, limit: int = 0) -> list[dict]:
    with open(folder / "truth.jsonl", encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle if line.strip()]
    return items[:limit] if limit else items


def read_page(folder: Path, name: str) -> bytes:
    data = (folder / name).read_bytes()
    return gzip.decompress(data) if name.endswith(".gz") else data


# ------------------------------------------------------------------ extractors under test

class Fields(NamedTuple):
    """What an extractor found on a page."""
    body: str
    headline: str
    date: object
    byline: str = ""


Extractor = Callable[[str, str], Fields]   # (html or text, url) -> its fields


def _fields(extract, source: str, url: str) -> Fields:
    """The fields of our article; a page judged not to be one gives nothing."""
    try:
        article = extract(source, url=url)
    except NewsArchiveError:
        return Fields("", "", None)
    return Fields(article.body, article.headline, article.date, article.byline)


def ours_html(html: str, url: str):
    return _fields(extract_html, html, url)


def ours_text(text: str, url: str):
    return _fields(extract_text, text, url)


def ours_date(html: str, url: str):
    """The date pass alone: pages too short to index still have a publication day to find."""
    from newsarchive.extract.html import extract_html_fields

    return Fields("", "", extract_html_fields(html, url).date)


def trafilatura_html(html: str, url: str):
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if document is None:
        return Fields("", "", None)
    data = document if isinstance(document, dict) else document.as_dict()
    return Fields(data.get("text") or "", data.get("title") or "", data.get("date"), data.get("author") or "")


def htmldate_alone(html: str, url: str):
    """htmldate's own answer (its extensive search, the original rather than the updated day)."""
    return Fields("", "", _htmldate(html, url, extensive=True))


#: (extensive search?, row name) of the htmldate fallbacks ``--compare htmldate`` measures
HTMLDATE_FALLBACKS = ((False, "+htmldate"), (True, "+htmldate ext."))


def with_htmldate(extract: Extractor, *, extensive: bool) -> Extractor:
    """``extract``'s fields, dated by htmldate when ``extract`` finds no date (``extensive``: with
    its extensive search, which dates nearly any page from any date it holds)."""
    def dated(html: str, url: str) -> Fields:
        found = extract(html, url)
        return found if found.date is not None else found._replace(date=_htmldate(html, url, extensive=extensive))
    return dated


def _htmldate(html: str, url: str, *, extensive: bool):
    from htmldate import find_date

    try:
        return find_date(html, url=url or None, original_date=True, extensive_search=extensive)
    except Exception:   # a page htmldate cannot parse is, for this comparison, a page it leaves undated
        return None


def keep_long_lines(text: str, url: str):
    """The baseline for text dumps: every line of 10 words or more."""
    return Fields("\n".join(line for line in text.splitlines() if len(line.split()) >= 10), "", None)


# ------------------------------------------------------------------ runs

def run_bodies(folder: Path, extractors: list[tuple[str, Extractor]], *, textdump: bool,
               limit: int = 0) -> list[Result]:
    """One ``Result`` per (name, extractor). Each page goes through every extractor in turn, so
    that a change in the machine's load during the run slows them all alike and their speed
    ratio holds, where one whole run after another would time each under a different load."""
    results = [Result(name) for name, _ in extractors]
    for item in read_truth(folder, limit):
        if textdump:
            page = folder / "textdump" / f"{item['id']}.txt.gz"
            if not page.exists():
                continue
            source = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
        else:
            source = decode(read_page(folder, item["file"]), HTML)
        _through_each(results, extractors, item, source)
    return results


def _through_each(results: list[Result], extractors: list[tuple[str, Extractor]], item: dict, source: str) -> None:
    """One page through every extractor in turn, each timed and scored into its own result."""
    for result, (_, extractor) in zip(results, extractors):
        started = time.process_time()
        found = extractor(source, item.get("url", ""))
        result.seconds += time.process_time() - started
        result.add(item, found)


def run_dates(folder: Path, extractors: list[tuple[str, Extractor]], limit: int = 0) -> list[dict]:
    """Share of pages whose publication day each extractor gets right, every page through each
    in turn (as in ``run_bodies``)."""
    results = [Result(name) for name, _ in extractors]
    for item in read_truth(folder, limit):
        if item.get("date"):
            _through_each(results, extractors, item, decode(read_page(folder, item["file"]), HTML))
    return [{"name": result.name, "accuracy": round(result.dated_right / max(1, result.dated_total), 4),
             "pages": result.pages, "pages_per_second": round(result.pages / max(result.seconds, 1e-9), 1)}
            for result in results]


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", normalise(text).lower())
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def run_full_bodies(folder: Path, extractor: Extractor, name: str, limit: int = 0) -> dict:
    """Pooled 4-gram shingle precision, recall and F1 of the extracted bodies against whole ones."""
    found = missed = extra = 0
    for item in read_truth(folder, limit):
        html = decode(read_page(folder, item["file"]), HTML)
        ours, truth = shingles(extractor(html, item.get("url", ""))[0]), shingles(item["body"])
        found, missed, extra = found + len(ours & truth), missed + len(truth - ours), extra + len(ours - truth)
    precision, recall = found / max(1, found + extra), found / max(1, found + missed)
    return {"name": name, "f1": round(2 * precision * recall / max(1e-9, precision + recall), 4),
            "precision": round(precision, 4), "recall": round(recall, 4)}


def run_datelines(path: Path) -> dict:
    """Dateline accuracy on labelled leads; a page without a dateline must get none."""
    from newsarchive.extract.dateline import split_lead

    right = total = invented = without = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            item = json.loads(line)
            found = split_lead(item["lead"])
            got = found.dateline if found else ""
            total += 1
            right += got == item["dateline"]
            if not item["dateline"]:
                without += 1
                invented += bool(got)
    return {"accuracy": round(right / max(1, total), 4), "pages": total,
            "invented": invented, "without_dateline": without}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path, help="folder holding trafilatura-eval/, htmldate-eval/")
    parser.add_argument("--textdump", action="store_true", help="also score the plain-text dumps")
    parser.add_argument("--compare", choices=["trafilatura", "htmldate"], action="append", default=[],
                        help="run a reference library on the same pages (repeatable)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages of each set (quick runs)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)

    figures: dict = {}
    body_set = args.data / "trafilatura-eval"
    limit = args.limit
    if body_set.exists():
        extractors = [("newsarchive", ours_html)]
        if "trafilatura" in args.compare:
            extractors.append(("trafilatura", trafilatura_html))
        if "htmldate" in args.compare:
            extractors += [(name, with_htmldate(ours_html, extensive=extensive))
                           for extensive, name in HTMLDATE_FALLBACKS]
        figures["html"] = [r.row() for r in run_bodies(body_set, extractors, textdump=False, limit=limit)]
        if args.textdump:
            dumps = run_bodies(body_set, [("newsarchive", ours_text), ("keep-long-lines", keep_long_lines)],
                               textdump=True, limit=limit)
            figures["textdump"] = [r.row() for r in dumps]
    date_set = args.data / "htmldate-eval"
    if date_set.exists():
        daters = [("newsarchive", ours_date)]
        if "trafilatura" in args.compare:
            daters.append(("trafilatura", trafilatura_html))
        if "htmldate" in args.compare:
            daters.append(("htmldate", htmldate_alone))
            daters += [(name, with_htmldate(ours_date, extensive=extensive)) for extensive, name in HTMLDATE_FALLBACKS]
        figures["dates"] = run_dates(date_set, daters, limit)
    full_set = args.data / "newspaper4k-tests"
    if full_set.exists():
        figures["full_bodies"] = [run_full_bodies(full_set, ours_html, "newsarchive", limit)]
        if "trafilatura" in args.compare:
            figures["full_bodies"].append(run_full_bodies(full_set, trafilatura_html, "trafilatura", limit))
    labelled = HERE / "datelines.jsonl"
    if labelled.exists():
        figures["datelines"] = run_datelines(labelled)
    _print(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return figures


_HEADER = (f"  {'extractor':16} {'F1':>6} {'P':>6} {'R':>6} {'headline':>9} {'byline':>7} {'undated':>8} "
           f"{'dated':>6} {'pages/s':>8}")


def _row(row: dict) -> str:
    return (f"  {row['name']:16} {row['f1']:6.3f} {row['precision']:6.3f} {row['recall']:6.3f} {row['headline']:9.3f} "
            f"{row['byline']:7.3f} {row['undated_kept']:8.3f} {row['dated_right']:6.3f} {row['pages_per_second']:8.1f}")


def _print(figures: dict) -> None:
    if "html" in figures:
        print("HTML bodies (trafilatura-eval)")
        print(_HEADER)
        for row in figures["html"]:
            print(_row(row))
        print("  (undated: share of the pages annotated with no date left undated; dated: publication day "
              "right on the pages annotated with one)")
        speeds = {row["name"]: row["pages_per_second"] for row in figures["html"]}
        if "trafilatura" in speeds:
            print(f"  (speed: newsarchive {speeds['newsarchive'] / max(speeds['trafilatura'], 1e-9):.2f}x trafilatura, "
                  "the two run page by page in turn)")
        if any(row["name"].startswith("+htmldate") for row in figures["html"]):
            print("  (+htmldate: newsarchive, dated by htmldate where it finds no date; ext.: its extensive search)")
    if "textdump" in figures:
        print("Plain-text dumps (trafilatura-eval/textdump)")
        print(_HEADER)
        for row in figures["textdump"]:
            print(_row(row))
    if "dates" in figures:
        print("Publication day (htmldate-eval)")
        for row in figures["dates"]:
            print(f"  {row['name']:16} {row['accuracy']:6.3f}  ({row['pages']} pages, {row['pages_per_second']} pages/s)")
    if "full_bodies" in figures:
        print("Whole bodies (newspaper4k-tests: 4-gram shingles against that library's reviewed output)")
        for row in figures["full_bodies"]:
            print(f"  {row['name']:16} {row['f1']:6.3f} {row['precision']:6.3f} {row['recall']:6.3f}")
    if "datelines" in figures:
        d = figures["datelines"]
        print(f"Datelines (bench/datelines.jsonl): accuracy {d['accuracy']:.3f} on {d['pages']} leads, "
              f"{d['invented']} invented on {d['without_dateline']} without one")


if __name__ == "__main__":
    main()
