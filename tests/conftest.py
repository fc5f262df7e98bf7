"""Shared fixtures: paths to the repository, the samples and the real-dev texts; and the two ways
the tests read an invented text (its report, or its claim reading) through the production flow."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import auditcheck
from auditcheck.claims import ClaimReading, read_claims
from auditcheck.document import document_from_text
from auditcheck.models import Report
from auditcheck.roles import classify_role
from auditcheck.text.index import DocumentIndex

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


def score_text(text: str, path: str = "text.md", pack: str | None = None) -> Report:
    """The report for an invented text, as ``auditcheck.evaluate`` gives it for a file."""
    return auditcheck.evaluate(document_from_text(text, path=path), pack=pack)


def read_text(text: str, path: str = "text.md") -> ClaimReading:
    """The claim reading of an invented text, its role guessed as the flow guesses it;
    ``reading.text`` is the document's text the claims' offsets point into."""
    document = document_from_text(text, path=path)
    return read_claims(document, DocumentIndex(document), classify_role(document).role)


def counting_kinds(text: str) -> list[str]:
    """The kinds of the claims that count in an invented text, in the text's order."""
    return [c.kind for c in read_text(text).sentence_claims if c.counts]
