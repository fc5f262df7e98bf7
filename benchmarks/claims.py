"""Precision and recall of the claim layer on the invented paraphrase sets, and the paired cases.

Run: python benchmarks/claims.py [--misses] [--heldout | --blind3 | --blind4 | --blind5
     | --blind-docs | --blind-docs2 | ... | --blind-docsN [--test-half]]
(--blind-docsN: any blind document set under tests/claims.)

The two sets written blind (tests/claims/heldout, tests/claims/blind3) are split in halves: even
items within each file are a development half whose misses may be read, odd items a test half
that is reported only (--misses is refused with --test-half); --blind4 is split the same way.

Each paraphrase item is scored as a one-paragraph document through the real flow (role guess,
author, claim detection). The tool's claim for an item is its strongest counting claim
(decline > failure > clean > adverse) or 'none'. For each kind K, recall is the share of items
labelled K whose tool claim is K, and precision is the share of items the tool calls K that are
labelled K, over all sets together (the non-claims are the negatives). The paired cases are
judged whole: verdict, audit-washing and principal claim against tests/claims/paired/expected.yaml.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from auditcheck.claims import read_claims
from auditcheck.document import document_from_text
from auditcheck.text.index import DocumentIndex
from auditcheck.roles import classify_role

HERE = Path(__file__).resolve().parents[1] / "tests" / "claims"
KINDS = ("clean", "adverse", "failure", "decline")
PRIORITY = ("decline", "failure", "clean", "adverse")


def paraphrase_items(folder: str = "paraphrases") -> list[dict]:
    items = []
    for path in sorted((HERE / folder).glob("*.yaml")):
        for position, item in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            items.append({**item, "set": path.stem, "position": position})
    return items


def tool_claim(text: str) -> tuple[str, str | None, str | None]:
    """(kind, speaker, modality) of the strongest counting claim in a text, or ('none', None, None)."""
    document = document_from_text(text, path="<paraphrase>")
    reading = read_claims(document, DocumentIndex(document), classify_role(document).role)
    counting = [c for c in reading.sentence_claims if c.counts]
    for kind in PRIORITY:
        for c in counting:
            if c.kind == kind:
                return kind, c.speaker, c.modality
    return "none", None, None


def paraphrase_scores(items: list[dict]) -> dict[str, dict[str, float]]:
    got = [tool_claim(i["text"]) for i in items]
    scores = {}
    for kind in KINDS:
        labelled = [g for i, g in zip(items, got) if i["claim"] == kind]
        called = [i for i, g in zip(items, got) if g[0] == kind]
        if not labelled:
            continue
        hits = sum(g[0] == kind for g in labelled)
        speaker_ok = sum(
            g[0] == kind and g[1] == i["speaker"] for i, g in zip(items, got) if i["claim"] == kind
        )
        scores[kind] = {
            "n": len(labelled),
            "recall": hits / len(labelled),
            "precision": (sum(i["claim"] == kind for i in called) / len(called)) if called else 0.0,
            "speaker": speaker_ok / hits if hits else 0.0,
        }
    negatives = [g for i, g in zip(items, got) if i["claim"] == "none"]
    scores["none"] = {
        "n": len(negatives),
        "recall": sum(g[0] == "none" for g in negatives) / len(negatives),
        "precision": float("nan"),
        "speaker": float("nan"),
    }
    return scores


def misses(items: list[dict]) -> list[str]:
    out = []
    for i in items:
        g = tool_claim(i["text"])
        if g[0] != i["claim"]:
            out.append(
                f"[{i['set']}] want {i['claim']}/{i['speaker']}/{i['modality']} got {g[0]}/{g[1]}/{g[2]}: {i['text'][:140]}"
            )
    return out


def paired_results() -> list[tuple[str, dict, object]]:
    import auditcheck

    expected = yaml.safe_load((HERE / "paired" / "expected.yaml").read_text(encoding="utf-8"))[
        "files"
    ]
    out = []
    for name, exp in expected.items():
        report = auditcheck.evaluate(HERE / "paired" / name)
        out.append((name, exp, report))
    return out


def blind_document_results(
    half: int, folder_name: str = "blind-docs"
) -> list[tuple[str, dict, object]]:
    """The blind documents (tests/claims/blind-docs, blind-docs2) of one half, sorted by name:
    even positions are the development half, odd ones the test half. (name, expected, report)."""
    import auditcheck

    folder = HERE / folder_name
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))["files"]
    names = sorted(expected)
    return [
        (name, expected[name], auditcheck.evaluate(folder / name))
        for position, name in enumerate(names)
        if position % 2 == half
    ]


def blind_documents(test_half: bool, show_misses: bool, folder_name: str) -> None:
    rows = blind_document_results(1 if test_half else 0, folder_name)
    verdicts = sum(r.verdict.value == e["verdict"] for _, e, r in rows)
    aw = sum(r.audit_washing.detected == e["audit_washing"] for _, e, r in rows)
    principal = sum(r.judgement.principal == e["principal_claim"] for _, e, r in rows)
    which = "test" if test_half else "development"
    print(
        f"{folder_name}, {which} half: verdict {verdicts}/{len(rows)}, audit-washing "
        f"{aw}/{len(rows)}, principal claim {principal}/{len(rows)}"
    )
    if show_misses and not test_half:
        for name, e, r in rows:
            if r.verdict.value != e["verdict"] or r.audit_washing.detected != e["audit_washing"]:
                print(
                    f"  {name}: want {e['verdict']}/{e['audit_washing']}, got "
                    f"{r.verdict.value}/{r.audit_washing.detected} ({r.score})"
                )


def main() -> None:
    # --blind-docs, --blind-docs2, ...: any blind document set under tests/claims
    flag = next((a for a in sys.argv if re.fullmatch(r"--blind-docs\d*", a)), None)
    if flag is not None:
        if not (HERE / flag[2:] / "expected.yaml").is_file():
            sys.exit(f"claims.py: no blind document set {flag[2:]} under tests/claims")
        if "--test-half" in sys.argv and "--misses" in sys.argv:
            sys.exit("claims.py: --misses is refused on a test half")
        blind_documents("--test-half" in sys.argv, "--misses" in sys.argv, flag[2:])
        return
    # --heldout: the set written blind (never read while building the grammar); report it, never
    # tune on it
    held = any(flag in sys.argv for flag in ("--heldout", "--blind3", "--blind4", "--blind5"))
    if held and "--test-half" in sys.argv and "--misses" in sys.argv:
        # reading a test half's misses makes it a tuning set; refuse rather than trust the reader
        sys.exit(
            "claims.py: --misses is refused on a test half (--heldout or --blind3 with --test-half)"
        )
    blind = next((f[2:] for f in ("--blind3", "--blind4", "--blind5") if f in sys.argv), None)
    if blind is not None:
        # the third to fifth sets, written blind by helpers that read only the design notes
        items = paraphrase_items(blind)
    else:
        items = paraphrase_items("heldout" if "--heldout" in sys.argv else "paraphrases")
    if held:
        # even items (within each file) are a development half whose misses may be read; odd
        # items are the test half, reported only
        half = 1 if "--test-half" in sys.argv else 0
        items = [i for i in items if i["position"] % 2 == half]
    scores = paraphrase_scores(items)
    print("| set | items | recall | precision | speaker right |")
    print("|---|---:|---:|---:|---:|")
    for kind, s in scores.items():
        prec = "" if s["precision"] != s["precision"] else f"{s['precision']:.2f}"
        spk = "" if s["speaker"] != s["speaker"] else f"{s['speaker']:.2f}"
        print(f"| {kind} | {s['n']} | {s['recall']:.2f} | {prec} | {spk} |")
    if "--misses" in sys.argv:
        print("\n".join(misses(items)))
    rows = paired_results()
    verdicts = sum(r.verdict.value == e["verdict"] for _, e, r in rows)
    aw = sum(r.audit_washing.detected == e["audit_washing"] for _, e, r in rows)
    principal = sum(r.judgement.principal == e["principal_claim"] for _, e, r in rows)
    print(
        f"\npaired cases: verdict {verdicts}/{len(rows)}, audit-washing {aw}/{len(rows)}, "
        f"principal claim {principal}/{len(rows)}"
    )
    if "--misses" in sys.argv:
        for name, e, r in rows:
            if (
                r.verdict.value != e["verdict"]
                or r.audit_washing.detected != e["audit_washing"]
                or r.judgement.principal != e["principal_claim"]
            ):
                print(
                    f"  {name:38} want {e['verdict']}/{e['audit_washing']}/{e['principal_claim']} "
                    f"got {r.verdict.value}/{r.audit_washing.detected}/{r.judgement.principal} {r.score} "
                    f"cov={r.judgement.coverage} risk={r.context.risk} author={r.judgement.author}"
                )
    print(Counter(i["set"] for i in items))


if __name__ == "__main__":
    main()
