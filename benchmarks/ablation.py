"""Ablation: rules alone vs rules plus the passage classifier, on the samples and on real-dev.

Run from the repository root (it prints Markdown for docs/model.md):

    python benchmarks/ablation.py [--samples sample_audits] [--real-dev ../shared/real-dev]

For each document it scores twice, without and with the shipped classifier, and reports the
verdict, the score, whether audit-washing was detected and which findings the classifier
changed. On real-dev it also counts agreement with the expert verdicts and audit-washing
flags in index.csv. It ends with the timing of both runs, including one long document
made by joining the samples (about twenty pages), for the 1.5x speed budget.
"""

from __future__ import annotations

import argparse
import csv
import time
from dataclasses import dataclass
from pathlib import Path

from auditcheck import Document, Report, Status, evaluate, load_packs
from auditcheck.classify import load_classifier
from auditcheck.document import document_from_text, load_document
from auditcheck.packs.loader import Pack

REPO = Path(__file__).resolve().parents[1]
#: Which criteria should accept which classifier labels: only labels that show the criterion
#: is satisfied. Labels that signal a problem (absence_claim, interview_not_confidential,
#: remote_desk_method, standard_loose, subcontracting) are left out, because the engine only
#: lets model evidence lift unmet to met. Applied to criteria whose YAML declares no
#: classifier_labels of its own, so the lead can copy this into the YAML and rerun.
#: IND-03 (commissioner and payer disclosed) is deliberately absent: in a spot check all four
#: of its lifts on the samples came from report header blocks ("Published by: ... (buyer)",
#: a report reference line) that do not say who commissioned or paid (docs/model.md).
PROPOSED_LABELS: dict[str, list[str]] = {
    "INT-01": ["worker_interviews"],
    "INT-05": ["worker_interviews"],
    "INT-03": ["interview_confidential"],
    "IND-05": ["interview_confidential"],
    "REC-01": ["recruitment_examined"],
    "REC-02": ["recruitment_examined"],
    "REC-06": ["state_programme"],
    "IND-01": ["auditor_named"],
    "ACC-01": ["accreditation_certificate"],
    "SCO-05": ["limitation_admitted"],
    "TRN-05": ["remediation"],
    "CS-07": ["auditor_named"],
    "CS-09": ["interview_confidential"],
    "CS-11": ["remediation"],
    "CS-17": ["limitation_admitted"],
    "CS-25": ["accreditation_certificate"],
    "CTX-12": ["state_programme"],
}
#: Expert labels in real-dev/index.csv mapped onto auditcheck's verdicts.
EXPECTED_VERDICT = {
    "credible": "credible",
    "partially credible": "partially_credible",
    "not credible": "not_credible",
    "audit-washing": "not_credible",
}


@dataclass
class Row:
    name: str
    rules: Report
    model: Report
    seconds_rules: float
    seconds_model: float
    expected_verdict: str | None = None
    expected_washing: bool | None = None

    def lifted(self) -> list[str]:
        """Criteria the classifier turned from unmet or unknown to met."""
        before = {f.criterion_id: f.status for f in self.rules.findings}
        return sorted(
            f.criterion_id
            for f in self.model.findings
            if f.status is Status.met
            and before.get(f.criterion_id) in (Status.unmet, Status.not_assessable)
            and any(e.source == "classifier" for e in f.evidence)
        )


def text_after_marker(source: Path) -> str:
    text = source.read_text(encoding="utf-8")
    marker = "\n# Text"
    return text[text.index(marker) + len(marker) :].lstrip("\n") if marker in text else text


def _run(name: str, doc: Document, packs, clf) -> Row:
    t0 = time.perf_counter()
    rules = evaluate(doc, packs=packs)
    t1 = time.perf_counter()
    model = evaluate(doc, packs=packs, classifier=clf)
    t2 = time.perf_counter()
    return Row(name, rules, model, t1 - t0, t2 - t1)


def sample_rows(samples: Path, packs, clf) -> list[Row]:
    """Every Markdown sample outside cases/, with the expert expectations of expected.yaml when
    listed.
    """
    import yaml

    expected_file = samples / "expected.yaml"
    expected = (
        (yaml.safe_load(expected_file.read_text(encoding="utf-8")) or {}).get("samples", {})
        if expected_file.exists()
        else {}
    )
    files = sorted(
        p
        for p in samples.rglob("*.md")
        if p.name.lower() != "readme.md" and "cases" not in p.relative_to(samples).parts
    )
    rows = []
    for p in files:
        row = _run(str(p.relative_to(samples)), load_document(p), packs, clf)
        want = expected.get(row.name) or {}
        row.expected_verdict = want.get("verdict")
        row.expected_washing = want.get("audit_washing")
        rows.append(row)
    return rows


def real_dev_rows(real_dev: Path, packs, clf) -> list[Row]:
    rows = []
    with open(real_dev / "index.csv", encoding="utf-8") as fh:
        for item in csv.DictReader(fh):
            folder = real_dev / item["id"]
            doc = document_from_text(text_after_marker(folder / "source.md"), path=item["id"])
            row = _run(item["id"], doc, packs, clf)
            row.expected_verdict = EXPECTED_VERDICT.get(item["label"].strip())
            row.expected_washing = item["audit_washing"].strip() in ("yes", "mild")
            rows.append(row)
    return rows


def _table(rows: list[Row]) -> list[str]:
    head = (
        "| document | expected | rules: verdict (score) | rules + model: verdict (score) | "
        "AW rules / model | lifted by model |"
    )
    out = [head, "|---|---|---|---|---|---|"]
    for r in rows:
        expected = (
            f"{r.expected_verdict}{' + AW' if r.expected_washing else ''}"
            if r.expected_verdict
            else "-"
        )
        out.append(
            f"| {r.name} | {expected} | {r.rules.verdict.value} ({r.rules.score:.0f}) | "
            f"{r.model.verdict.value} ({r.model.score:.0f}) "
            f"| {'yes' if r.rules.audit_washing.detected else 'no'} / "
            f"{'yes' if r.model.audit_washing.detected else 'no'} | "
            f"{', '.join(r.lifted()) or '-'} |"
        )
    return out


def _agreement(rows: list[Row]) -> list[str]:
    rows = [r for r in rows if r.expected_verdict]
    n = len(rows)
    v_rules = sum(r.rules.verdict.value == r.expected_verdict for r in rows)
    v_model = sum(r.model.verdict.value == r.expected_verdict for r in rows)
    w_rules = sum(r.rules.audit_washing.detected == r.expected_washing for r in rows)
    w_model = sum(r.model.audit_washing.detected == r.expected_washing for r in rows)
    return [
        f"- verdict agreement with the expert label: rules {v_rules}/{n}, rules + model "
        f"{v_model}/{n}",
        "- audit-washing flag agreement (expert 'yes' or 'mild' = expected): rules "
        f"{w_rules}/{n}, rules + model {w_model}/{n}",
    ]


def _timing(rows: list[Row], long_row: Row) -> list[str]:
    tr, tm = sum(r.seconds_rules for r in rows), sum(r.seconds_model for r in rows)
    return [
        "- all documents above, one run each (the model run comes second and finds pattern "
        f"caches warm): rules {tr:.2f} s, rules + model {tm:.2f} s (x{tm / tr:.2f})",
        f"- one long document ({long_row.rules.document.words} words, all samples joined), best "
        "of three "
        f"alternating runs: rules {long_row.seconds_rules:.2f} s, rules + model "
        f"{long_row.seconds_model:.2f} s (x{long_row.seconds_model / long_row.seconds_rules:.2f})",
    ]


def _best_of(name: str, doc: Document, packs, clf, repeat: int = 3) -> Row:
    runs = [_run(name, doc, packs, clf) for _ in range(repeat)]
    best = runs[-1]
    best.seconds_rules = min(r.seconds_rules for r in runs)
    best.seconds_model = min(r.seconds_model for r in runs)
    return best


def with_proposed_labels(packs: dict) -> tuple[dict, list[str]]:
    """Packs where unlabelled criteria take PROPOSED_LABELS; returns the ids changed."""
    changed, out = [], {}
    for pid, pack in packs.items():
        criteria = []
        for c in pack.criteria:
            if not c.classifier_labels and c.id in PROPOSED_LABELS:
                c = c.model_copy(update={"classifier_labels": PROPOSED_LABELS[c.id]})
                changed.append(c.id)
            criteria.append(c)
        out[pid] = Pack(meta=pack.meta, criteria=criteria, path=pack.path, builtin=pack.builtin)
    return out, sorted(changed)


def run(samples: Path, real_dev: Path | None, proposed: bool = True) -> str:
    packs = load_packs()
    changed: list[str] = []
    if proposed:
        packs, changed = with_proposed_labels(packs)
    opted = sorted(c.id for p in packs.values() for c in p.criteria if c.classifier_labels)
    t0 = time.perf_counter()
    clf = load_classifier()
    load_s = time.perf_counter() - t0
    lines = [
        f"Criteria accepting model evidence: {', '.join(opted) or 'none'}"
        + (
            f" (from PROPOSED_LABELS in benchmarks/ablation.py: {', '.join(changed)})"
            if changed
            else " (from the YAML)"
        ),
        "",
    ]
    lines += [
        "### Samples (sample_audits/, expectations from sample_audits/expected.yaml where listed)",
        "",
    ]
    s_rows = sample_rows(samples, packs, clf)
    lines += _table(s_rows)
    lifted = sum(len(r.lifted()) for r in s_rows)
    verdicts_changed = sum(r.rules.verdict != r.model.verdict for r in s_rows)
    lines += [
        "",
        f"- criteria lifted from unmet to met by the model: {lifted}; verdicts changed: "
        f"{verdicts_changed} of {len(s_rows)}",
    ]
    lines += _agreement(s_rows)
    r_rows: list[Row] = []
    if real_dev is not None and (real_dev / "index.csv").exists():
        lines += ["", "### Real-dev (../shared/real-dev, expert labels from index.csv)", ""]
        r_rows = real_dev_rows(real_dev, packs, clf)
        lines += _table(r_rows)
        lines += ["", *_agreement(r_rows)]
    joined = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.md")))
    long_row = _best_of("joined samples", document_from_text(joined, path="joined.md"), packs, clf)
    lines += [
        "",
        "### Timing (one run on the shared development machine)",
        "",
        f"- loading the model: {load_s:.3f} s",
    ]
    lines += _timing(s_rows + r_rows, long_row)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=REPO / "sample_audits")
    parser.add_argument("--real-dev", type=Path, default=REPO.parent / "shared" / "real-dev")
    parser.add_argument("--out", type=Path, help="Write the Markdown here instead of stdout.")
    parser.add_argument(
        "--yaml-only",
        action="store_true",
        help="Use only the classifier_labels the criteria YAML declares.",
    )
    args = parser.parse_args(argv)
    text = run(
        args.samples, args.real_dev if args.real_dev.is_dir() else None, proposed=not args.yaml_only
    )
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
