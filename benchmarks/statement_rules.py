"""Statement-level agreement of the company-statement pack's statutory criteria with AIMS labels.

Run: python benchmarks/statement_rules.py [dev|test|all ...] [--misses]

Reads ../shared/aims-dev/sentences.csv (expert-labelled sentences of real modern slavery
statements; see its README) and exits with a message when it is absent. Each statement's text is
its sentences in order, each given back its final full stop, one paragraph each. For every
statutory criterion below, a statement agrees when the criterion is met or partial in the tool's
report exactly when the statement holds at least one sentence the experts marked relevant to the
mapped label. This is disclosure detection against expert relevance labels, not the accuracy of
credibility scores.

The halves split statements by a hash of their id (sha256, even = dev, odd = test), so they do
not move when statements are added. Tune patterns on dev only; read test figures rarely.
Scoring is the default one, rules only (no --model): the figures measure the patterns.
Deterministic: the same data and code give the same table.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AIMS_DEV = REPO.parent / "shared" / "aims-dev"
SENTENCES = AIMS_DEV / "sentences.csv"
PACK = "company-statement"
HALVES = ("dev", "test", "all")

#: Criterion -> the AIMS label whose presence in a statement it should detect.
CRITERIA = {
    "CS-16": "approval",
    "CS-26": "signature",
    "CS-28": "c2_structure",
    "CS-29": "c2_operations",
    "CS-30": "c2_supply_chains",
    "CS-31": "c3_risk_description",
    "CS-32": "c4_risk_mitigation",
    "CS-33": "c4_remediation",
    "CS-34": "c5_effectiveness",
    "CS-03": "c5_effectiveness",
}
DETECTED = ("met", "partial")


def half_of(statement_id: str) -> str:
    """'dev' or 'test': a stable split by a hash of the statement id."""
    return ("dev", "test")[int(hashlib.sha256(statement_id.encode()).hexdigest(), 16) % 2]


def read_statements(path: Path = SENTENCES) -> dict[str, list[dict[str, str]]]:
    """Statement id -> its rows in sentence order."""
    by: dict[str, list[dict[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            by[row["statement_id"]].append(row)
    return {sid: sorted(rows, key=lambda r: int(r["sent_idx"])) for sid, rows in sorted(by.items())}


def statement_text(rows: list[dict[str, str]]) -> str:
    """The statement's text: the source's splitter dropped final full stops, so put them back."""
    return "\n\n".join(r["sentence"].strip() + "." for r in rows)


def in_half(statement_id: str, half: str) -> bool:
    return half == "all" or half_of(statement_id) == half


@dataclass
class Tally:
    """Statement counts per criterion: (gold, detected) pairs, and the ids that disagreed."""

    counts: dict[str, Counter[tuple[bool, bool]]] = field(
        default_factory=lambda: {c: Counter() for c in CRITERIA}
    )
    misses: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CRITERIA})
    statements: int = 0

    def add(self, statement_id: str, gold: dict[str, bool], got: dict[str, bool]) -> None:
        self.statements += 1
        for criterion in CRITERIA:
            g, d = gold[criterion], got[criterion]
            self.counts[criterion][(g, d)] += 1
            if g != d:
                self.misses[criterion].append(statement_id)

    def row(self, criterion: str) -> tuple[int, int, int, int]:
        """(tp, fn, fp, tn) for one criterion."""
        c = self.counts[criterion]
        return c[(True, True)], c[(True, False)], c[(False, True)], c[(False, False)]


def judge(rows: list[dict[str, str]]) -> dict[str, bool]:
    """Criterion -> whether the tool's report finds it met or partial for this statement."""
    import auditcheck
    from auditcheck.document import document_from_text

    sid = rows[0]["statement_id"]
    doc = document_from_text(statement_text(rows), path=f"{sid}.txt")
    report = auditcheck.evaluate(doc, pack=PACK)
    status = {f.criterion_id: f.status.value for f in report.findings}
    return {c: status.get(c) in DETECTED for c in CRITERIA}


def gold_of(rows: list[dict[str, str]]) -> dict[str, bool]:
    return {c: any(r[label] == "1" for r in rows) for c, label in CRITERIA.items()}


def measure(
    statements: dict[str, list[dict[str, str]]],
    half: str,
    ids: Iterable[str] | None = None,
) -> Tally:
    """Tally the statements of one half (or only ``ids`` among them)."""
    chosen = set(ids) if ids is not None else None
    tally = Tally()
    for sid, rows in statements.items():
        if not in_half(sid, half) or (chosen is not None and sid not in chosen):
            continue
        tally.add(sid, gold_of(rows), judge(rows))
    return tally


def table(tally: Tally, half: str) -> str:
    lines = [
        f"half={half} statements={tally.statements}",
        f"{'criterion':9} {'AIMS label':20} {'agree':>7}  {'tp':>3} {'fn':>3} {'fp':>3} {'tn':>3}"
        f"  {'recall':>6} {'prec':>6}",
    ]
    for criterion, label in CRITERIA.items():
        tp, fn, fp, tn = tally.row(criterion)
        n = tp + fn + fp + tn
        recall = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
        precision = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
        lines.append(
            f"{criterion:9} {label:20} {tp + tn:>3}/{n:<3}  {tp:>3} {fn:>3} {fp:>3} {tn:>3}"
            f"  {recall:>6} {precision:>6}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not SENTENCES.is_file():
        print(
            f"statement_rules: {SENTENCES} not found; this benchmark needs the AIMS development "
            "labels in ../shared/aims-dev (see its README).",
            file=sys.stderr,
        )
        return 2
    halves = [a for a in argv if a in HALVES] or list(HALVES)
    unknown = [a for a in argv if a not in HALVES and a != "--misses"]
    if unknown:
        print(
            f"statement_rules: unknown argument(s) {unknown}; halves are {HALVES}", file=sys.stderr
        )
        return 2
    statements = read_statements()
    for i, half in enumerate(halves):
        tally = measure(statements, half)
        print(("\n" if i else "") + table(tally, half))
        if "--misses" in argv:
            for criterion, ids in tally.misses.items():
                print(f"  misses {criterion}: {' '.join(ids) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
