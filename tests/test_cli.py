from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsarchive.cli import clean, main
from tests.conftest import SAMPLE_DATA

SEED_ID = "sample_data/000_cf66f6befb59e769.txt"


@pytest.fixture
def runner():
    return CliRunner()


def test_search_table(runner, sample_index):
    result = runner.invoke(main, ["search", "venezuela", "--index", str(sample_index)])
    assert result.exit_code == 0, result.output
    assert "US officials travel to Venezuela" in result.stdout
    assert "\x1b[" not in result.stdout   # no colour when not a terminal


def test_search_json_lines_with_every_field(runner, sample_index):
    result = runner.invoke(main, ["search", "venezuela", "--json", "--index", str(sample_index), "-n", "50"])
    assert result.exit_code == 0
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    seed = next(hit for hit in hits if hit["id"] == SEED_ID)
    assert seed["date"] == "2022-03-06T16:15:48+07:00"
    assert seed["dateline"] == "Washington, United States"
    assert seed["source"] == "The Jakarta Post" and seed["byline"] == "Agencies"
    assert {"headline", "summary", "body", "score", "snippet", "url", "path", "language"} <= seed.keys()


def test_done_when_filters(runner, sample_index):
    found = runner.invoke(main, ["search", "--dateline", "washington", "--from", "2022-03", "--to", "2022-03",
                                 "--json", "--index", str(sample_index)])
    assert found.exit_code == 0 and SEED_ID in found.stdout
    none = runner.invoke(main, ["search", "venezuela", "--dateline", "washington", "--from", "2022-03-07",
                                "--to", "2022-03-07", "--index", str(sample_index)])
    assert SEED_ID not in none.stdout


def test_no_results_exit_1(runner, sample_index):
    result = runner.invoke(main, ["search", "qwertyuiop", "--index", str(sample_index)])
    assert result.exit_code == 1 and result.stdout == ""


def test_query_error_exit_2_one_line(runner, sample_index):
    result = runner.invoke(main, ["search", "nosuch:oil", "--index", str(sample_index)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "unknown field" in result.stderr


def test_missing_index_exit_3(runner, tmp_path):
    result = runner.invoke(main, ["search", "oil", "--index", str(tmp_path / "none")])
    assert result.exit_code == 3 and "run 'newsarchive index PATH' first" in result.stderr


def test_index_env_var(runner, sample_index):
    result = runner.invoke(main, ["stats"], env={"NEWSARCHIVE_INDEX": str(sample_index)})
    assert result.exit_code == 0 and "documents: 41" in result.stdout


def test_show_and_stats_json(runner, sample_index):
    shown = runner.invoke(main, ["show", SEED_ID, "--index", str(sample_index)])
    assert shown.exit_code == 0 and shown.stdout.startswith("US officials travel")
    assert "Senior US officials traveled" in shown.stdout
    missing = runner.invoke(main, ["show", "nope", "--index", str(sample_index)])
    assert missing.exit_code == 1
    stats = json.loads(runner.invoke(main, ["stats", "--json", "--index", str(sample_index)]).stdout)
    assert stats["documents"] == 41 and stats["first_date"].startswith("2015")


def test_index_command_summary_on_stderr(runner, tmp_path):
    result = runner.invoke(main, ["index", str(SAMPLE_DATA), "--index", str(tmp_path / "i"), "-j", "1"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "41 added" in result.stderr
    again = runner.invoke(main, ["index", str(SAMPLE_DATA), "--index", str(tmp_path / "i"), "-j", "1"])
    assert "0 added, 0 updated, 41 unchanged" in again.stderr


def test_index_nothing_readable_exit_2(runner, tmp_path):
    result = runner.invoke(main, ["index", str(tmp_path / "missing"), "--index", str(tmp_path / "i")])
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_help_imports_neither_whoosh_nor_bs4():
    code = ("import sys; from newsarchive.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('whoosh', 'bs4', 'lxml') if m in sys.modules]\n"
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]")


def test_clean_strips_escape_sequences_and_controls():
    assert clean("ok\x1b[31mred\x1b[0m\x07\x9b") == "okred"
