"""Shared fixtures: paths to the repository, the samples and the real-dev texts."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_audits"
REAL_DEV = REPO.parent / "shared" / "real-dev"


def real_dev_text(folder: Path) -> str:
    """The part of a real-dev source.md after '# Text' (the header is not part of the document)."""
    text = (folder / "source.md").read_text(encoding="utf-8")
    marker = "\n# Text"
    return text[text.index(marker) + len(marker):].lstrip("\n") if marker in text else text


@pytest.fixture
def real_dev() -> Path:
    if not REAL_DEV.is_dir():
        pytest.skip("../shared/real-dev is not present")
    return REAL_DEV
