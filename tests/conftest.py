from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DATA = ROOT / "sample_data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = SAMPLE_DATA / "000_cf66f6befb59e769.txt"


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory) -> Path:
    """sample_data indexed once for the whole run (read-only for tests)."""
    from newsarchive import index_paths

    index_dir = tmp_path_factory.mktemp("sample") / "index"
    report = index_paths([SAMPLE_DATA], index_dir=index_dir, jobs=1)
    assert report.added >= 41 and not report.failed
    return index_dir


@pytest.fixture
def archive(sample_index):
    from newsarchive import Archive

    with Archive.open(sample_index) as opened:
        yield opened
