"""The sentence split matches its end pattern only where an end can start, with the spans
``finditer`` gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditcheck.document import load_document
from auditcheck.text.index import _SENTENCE_END, sentence_ends

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PIECES = [
    *".!?。;\n \"'”’)]([“‘A9•-–*\t",
    *["Mr.", "e.g.", "U.S.", "\n\n", "\n- ", "12.", " J.", "No. 4", "Ltd.", "the", "Fees"],
]


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE_END.finditer(text)]


def test_sentence_ends_match_finditer_on_the_samples():
    texts = []
    for path in sorted((REPO / "sample_audits").glob("*.md")):
        document = load_document(path)
        texts += [document.text, *(block.text for block in document.blocks)]
    assert sum(len(sentence_ends(t)) for t in texts) > 500
    for text in texts:
        assert sentence_ends(text) == _spans(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_sentence_ends_match_finditer_on_random_mixtures(text):
    assert sentence_ends(text) == _spans(text)
