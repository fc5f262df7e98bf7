"""Shared fixtures: paths to the repository, the samples and the real-dev texts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_audits"
REAL_DEV = REPO.parent / "shared" / "real-dev"


def pytest_sessionstart(session: pytest.Session) -> None:
    """In CI the real texts must be there: a missing ../shared is a failure, not a silent skip."""
    if (
        os.environ.get("AUDITCHECK_REQUIRE_SHARED") == "1"
        and not (REAL_DEV / "index.csv").is_file()
    ):
        raise pytest.UsageError(f"AUDITCHECK_REQUIRE_SHARED=1 but {REAL_DEV} is missing")


def real_dev_text(folder: Path) -> str:
    """The part of a real-dev source.md after '# Text' (the header is not part of the document)."""
    text = (folder / "source.md").read_text(encoding="utf-8")
    marker = "\n# Text"
    return text[text.index(marker) + len(marker) :].lstrip("\n") if marker in text else text


@pytest.fixture
def real_dev() -> Path:
    if not REAL_DEV.is_dir():
        pytest.skip("../shared/real-dev is not present")
    return REAL_DEV
