"""CI's quality gate: run the evaluations and fail if a figure drops below the recorded one.

    python bench/check.py --data ../shared/data [--record]

Figures are recorded in bench/recorded.json; a run fails when any of them is more than
0.01 below it (noise in a fixed data set is zero, so a drop is a regression). ``--record``
writes the current figures as the new reference.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import copies  # noqa: E402
import extraction  # noqa: E402
import languages  # noqa: E402
import ranking  # noqa: E402

TOLERANCE = 0.01
RECORDED = HERE / "recorded.json"


def measure(data: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    found = extraction.main(["--data", str(data), "--textdump"])
    if "html" in found:
        ours = found["html"][0]
        figures.update({"html_f1": ours["f1"], "headline": ours["headline"], "byline": ours["byline"],
                        "undated_kept": ours["undated_kept"], "dated_right": ours["dated_right"]})
    if "textdump" in found:
        dumps = found["textdump"][0]
        figures.update({"textdump_f1": dumps["f1"], "textdump_headline": dumps["headline"],
                        "textdump_byline": dumps["byline"],
                        "textdump_dated_right": dumps["dated_right"], "textdump_undated_kept": dumps["undated_kept"]})
    if "dates" in found:
        figures["date_accuracy"] = found["dates"][0]["accuracy"]
    if "datelines" in found:
        figures["dateline_accuracy"] = found["datelines"]["accuracy"]
    if (data / "time-dev").exists():
        figures["ranking_map"] = ranking.main(["--data", str(data)])["newsarchive"]["MAP"]
    if (data / "trafilatura-eval").exists():
        per_language = languages.main(["--data", str(data), "--limit", "400"])
        right = sum(row["articles"] * row["found_in_top10"] for row in per_language.values())
        figures["language_retrieval"] = round(right / max(1, sum(row["articles"] for row in per_language.values())), 4)
    result = copies.main([])
    figures["copies_precision"] = round(result["precision"], 4)
    figures["copies_recall"] = round(result["recall"], 4)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--record", action="store_true", help="store these figures as the reference")
    args = parser.parse_args(argv)
    figures = measure(args.data)
    if args.record:
        RECORDED.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
        print(f"recorded {len(figures)} figures in {RECORDED}")
        return 0
    recorded = json.loads(RECORDED.read_text())
    drops = [f"{name}: {figures.get(name, 0.0):.4f} < recorded {value:.4f}"
             for name, value in recorded.items() if figures.get(name, 0.0) < value - TOLERANCE]
    for name, value in sorted(figures.items()):
        print(f"  {name:20} {value:.4f}  (recorded {recorded.get(name, float('nan')):.4f})")
    if drops:
        print("quality dropped:\n  " + "\n  ".join(drops))
        return 1
    print("quality check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
