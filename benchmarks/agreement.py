"""Agreement of verdicts with expectations: the bundled samples and, when present, ../shared/real-dev.

Run: python benchmarks/agreement.py [--verbose]
Positions on the expert scale: credible 0, partially credible 1, not credible 2, audit-washing 3;
the tool is at 3 when it says not_credible and detects audit-washing. Prints exact and
within-one-step agreement and the Spearman rank correlation of the score with the expert order.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import yaml

import auditcheck
from auditcheck.document import document_from_text

REPO = Path(__file__).resolve().parents[1]
REAL_DEV = REPO.parent / "shared" / "real-dev"
EXPERT = {"credible": 0, "partially credible": 1, "not credible": 2, "audit-washing": 3}
TOOL = {"credible": 0, "partially_credible": 1, "not_credible": 2}


def position(report: auditcheck.Report) -> int:
    if report.verdict.value == "not_credible" and report.audit_washing.detected:
        return 3
    return TOOL[report.verdict.value]


def real_dev_text(folder: Path) -> str:
    text = (folder / "source.md").read_text(encoding="utf-8")
    marker = "\n# Text"
    return text[text.index(marker) + len(marker) :].lstrip("\n") if marker in text else text


def spearman(xs: list[float], ys: list[float]) -> float:
    def ranks(v: list[float]) -> list[float]:
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0.0] * len(v)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
                j += 1
            for k in range(i, j + 1):
                r[order[k]] = (i + j) / 2
            i = j + 1
        return r

    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def main(verbose: bool) -> None:
    expected = yaml.safe_load((REPO / "sample_audits" / "expected.yaml").read_text())["samples"]
    ok = 0
    for name, exp in expected.items():
        if not name.endswith(".md"):
            continue
        r = auditcheck.evaluate(REPO / "sample_audits" / name)
        good = (
            r.verdict.value == exp["verdict"] and r.audit_washing.detected == exp["audit_washing"]
        )
        ok += good
        if verbose or not good:
            print(
                f"{'ok ' if good else 'BAD'} {name[:40]:40} want {exp['verdict']:18} aw={exp['audit_washing']!s:5} "
                f"got {r.verdict.value:18} aw={r.audit_washing.detected!s:5} {r.score:5} cov={r.judgement.coverage} "
                f"{r.judgement.principal}/{r.judgement.burden}"
            )
    print(
        f"samples: {ok}/{sum(1 for n in expected if n.endswith('.md'))} verdict and audit-washing as expected"
    )
    if not (REAL_DEV / "index.csv").is_file():
        return
    rows = list(csv.DictReader((REAL_DEV / "index.csv").open(encoding="utf-8")))
    exact = near = 0
    scores, experts = [], []
    for row in rows:
        doc = document_from_text(
            real_dev_text(REAL_DEV / row["id"]), path=f"real-dev/{row['id']}.md"
        )
        r = auditcheck.evaluate(doc)
        e, t = EXPERT[row["label"]], position(r)
        exact += e == t
        near += abs(e - t) <= 1
        scores.append(-r.score - (50 if r.audit_washing.detected else 0))
        experts.append(e)
        if verbose or e != t:
            print(
                f"{'ok ' if e == t else 'BAD'} {row['id'][:40]:40} want {row['label']:18} got {r.verdict.value:18} "
                f"aw={r.audit_washing.detected!s:5} {r.score:5} cov={r.judgement.coverage} "
                f"{r.judgement.principal}/{r.judgement.burden} author={r.judgement.author}"
            )
    print(
        f"real-dev: exact {exact}/{len(rows)}, within one step {near}/{len(rows)}, "
        f"rank correlation {spearman(scores, [float(x) for x in experts]):.2f}"
    )


if __name__ == "__main__":
    main("--verbose" in sys.argv)
