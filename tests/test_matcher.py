"""The matcher: matches count only inside one block, and a straddling match never hides a real one."""

from auditcheck.document import document_from_text
from auditcheck.text.index import MAX_SENTENCE, DocumentIndex


def test_match_straddling_heading_and_paragraph_does_not_hide_the_one_inside():
    doc = document_from_text("# Audit report\n## Findings\nThe audit found the site compliant.\n")
    index = DocumentIndex(doc)
    hits = index.find([r"\baudit\b[^.]{0,60}?\bfound\b"])
    assert [doc.text[m.start : m.end] for m in hits] == ["audit found"]
    assert all(m.block.kind.value == "paragraph" for m in hits)


def test_sentence_of_is_capped_on_text_without_full_stops():
    text = (
        "# R\n\n"
        + " ".join(f"word{i}" for i in range(3000))
        + " Urumqi "
        + " ".join("x" for _ in range(3000))
        + "\n"
    )
    doc = document_from_text(text)
    index = DocumentIndex(doc)
    (m,) = index.find([r"\bUrumqi\b"])
    assert m.sentence_end - m.sentence_start <= 2 * MAX_SENTENCE + len("Urumqi")
    assert m.sentence_start <= m.start and m.end <= m.sentence_end


def test_abbreviations_initials_and_list_numbers_do_not_end_a_sentence():
    from auditcheck.document import document_from_text

    text = ("The audit was led by Mr. Chen of Harbour Ltd. and approx. 40 workers, e.g. cutters, were "
            "interviewed. No. 3 line was closed. J. Smith signed it.")
    document = document_from_text(text, path="abbrev.md")
    index = DocumentIndex(document)
    sentences = [text[s:e] for b in document.blocks for s, e in index.sentences(b)]
    assert sentences == [
        "The audit was led by Mr. Chen of Harbour Ltd. and approx. 40 workers, e.g. cutters, were interviewed.",
        "No. 3 line was closed.",
        "J. Smith signed it.",
    ]


def test_a_named_auditor_with_a_title_is_recorded_as_named():
    from auditcheck.document import document_from_text
    from auditcheck.facts import extract_facts

    text = "# Audit summary\n\nThe audit was conducted by Mr. Daniel Okafor of Harbour Assurance on 3 June 2025."
    facts = extract_facts(document_from_text(text, path="named.md"))
    assert facts.first("auditor.names") is not None and facts.first("auditor.names").value == "Mr. Daniel Okafor"
    assert not any(f.value == "Mr" for f in facts.get("auditor.firm"))
