"""The plain shadow text: compatibility characters written out, offsets mapped back exactly.

The layer-level equivalence: a document written with ligatures, ``ß``, soft hyphens and
no-break spaces yields the same facts and the same criteria matches as the same document
written plainly, and every quote is still a slice of its own source text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditcheck.packs.patterns import pack_patterns
from auditcheck.document import document_from_text
from auditcheck.facts import extract_facts
from auditcheck.text.index import DocumentIndex
from auditcheck.packs import load_packs
from auditcheck.text.normalise import plain_form, plain_text

SAMPLES = Path(__file__).resolve().parent.parent / "sample_audits"


def compat(text: str) -> str:
    """The same text as a PDF extractor might give it: ligatures, ß, soft hyphens, no-break spaces."""
    for plain, lig in (
        ("ffi", "\ufb03"),
        ("ffl", "\ufb04"),
        ("fi", "\ufb01"),
        ("fl", "\ufb02"),
        ("ff", "\ufb00"),
    ):
        text = text.replace(plain, lig)
    text = re.sub(r"(?<=\w)ss(?=\w)", "ß", text)
    text = re.sub(r"(?<=[a-z]{4})(?=tion)", "\u00ad", text)
    text = re.sub(r"(?<=[a-z]{3})(?=ment)", "\u200b", text)
    return text.replace(" of the ", " of\u00a0the ")


def test_plain_forms():
    assert plain_form("\ufb01") == "fi"
    assert plain_form("\ufb03") == "ffi"
    assert plain_form("\ufb06") == "st"
    assert plain_form("ß") == "ss"
    assert plain_form("\u00a0") == " "
    assert plain_form("\u00ad") == ""
    assert plain_form("\u200b") == ""
    assert plain_form("\u212a") == "K"  # Kelvin sign
    assert plain_form("\u0663") == "3"  # Arabic-Indic three
    assert plain_form("é") is None  # accented letters are ordinary letters
    assert plain_form("新") is None
    assert plain_form("’") is None


def assert_maps_back(plain, source: str, pairs) -> None:
    """Each (shadow word, source quote): the word's shadow span maps back to exactly the quote."""
    for word, quote in pairs:
        s = plain.text.index(word)
        a, b = plain.source_span(s, s + len(word))
        assert source[a:b] == quote


def test_offsets_map_back_to_the_source():
    source = "a \ufb01nding by Stra\u00dfe\u200b GmbH, certi\u00adfied"
    plain = plain_text(source)
    assert plain.text == "a finding by Strasse GmbH, certified"
    assert_maps_back(
        plain,
        source,
        (
            ("finding", "\ufb01nding"),
            ("Strasse", "Stra\u00dfe"),
            ("certified", "certi\u00adfied"),
            ("GmbH", "GmbH"),
        ),
    )
    # a match starting inside a ligature covers the whole ligature
    s = plain.text.index("inding")
    a, b = plain.source_span(s, s + 6)
    assert source[a:b] == "\ufb01nding"
    # source -> shadow -> source is the identity on character boundaries
    for pos in range(len(source) + 1):
        assert plain.source_start(plain.plain_start(pos)) >= pos
    assert plain.plain_span(0, len(source)) == (0, len(plain.text))


def test_plain_text_is_the_source_when_nothing_changes():
    for text in ("plain ASCII", "Ürümqi, 乌鲁木齐, José Núñez — “quoted”"):
        plain = plain_text(text)
        assert plain.identical and plain.text is text
        assert plain.source_span(2, 5) == (2, 5)


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.md")), ids=lambda p: p.name[:2])
def test_compat_text_has_the_plain_facts_and_matches(path: Path):
    text = path.read_text(encoding="utf-8")
    plain_doc = document_from_text(text, path=path.name)
    compat_doc = document_from_text(compat(text), path=path.name)
    assert compat_doc.text != plain_doc.text
    plain_facts = [(f.name, f.value) for f in extract_facts(plain_doc).items]
    compat_facts = extract_facts(compat_doc).items
    assert [(f.name, f.value) for f in compat_facts] == plain_facts
    for fact in compat_facts:
        for ev in fact.evidence:
            assert ev.quote == compat_doc.text[ev.start : ev.end]
    patterns = pack_patterns(load_packs())
    plain_index, compat_index = DocumentIndex(plain_doc), DocumentIndex(compat_doc)
    for pattern in patterns:
        want = [plain_doc.text[s:e] for s, e in plain_index.raw_matches(pattern)]
        got = [plain_text(compat_doc.text[s:e]).text for s, e in compat_index.raw_matches(pattern)]
        assert got == want, pattern
