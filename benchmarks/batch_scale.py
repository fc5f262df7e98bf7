"""Batch scaling and memory: one worker vs two by CPU accounting, the parent's memory against
the number of documents, and a worker's memory on a 10 MB document.

    python benchmarks/batch_scale.py [--pairs 5] [--docs 40] [--sizes 1000,2000,5000]
        [--stub 20000] [--big-mb 10] [--only scaling,parent,worker,dask] [--out FILE]

Every run is a fresh ``python`` process, so its CPU accounting is its own: the parent's CPU
from ``RUSAGE_SELF`` and the workers' from ``RUSAGE_CHILDREN`` (the pool reaps them before
the run returns); memory is peak RSS (``ru_maxrss``).

- scaling: ``--docs`` generated reports of 2 to 8 pages (Markdown), scored with 1 and with 2
  workers in ``--pairs`` paired runs (1 then 2, alternately). The speed-up by CPU accounting
  is ``2 * cpu_per_document(1 worker) / cpu_per_document(2 workers)``, worker CPU only: what
  two workers reach when each has a core (the issue's measure; wall clock on a shared machine
  is noise). The parent's CPU (imports, warm-up) is shown next to it.
- parent: small generated documents (one short statement each), scored for real at each of
  ``--sizes``; the parent's peak RSS against the count gives the slope per document. Then
  ``--stub`` documents with the workers replaced by a stub that returns a real report line
  (the parent's own work - hashing, ordering, writing, rows, CSV - is unchanged), and a
  resume over that results file, where the parent reads every record back.
- worker: one ``--big-mb`` MB Markdown report scored by one worker; its peak RSS.
- dask: the scaling corpus with the local pool and on a local Dask cluster (2 worker
  processes each, ``--pairs // 2`` paired runs): CPU per report over every process of the
  run (the Dask workers and their scoring processes are reaped descendants, so
  ``RUSAGE_CHILDREN`` counts them), wall-clock rate per core, and whether the two results
  files are byte-identical.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

#: One short statement per document for the parent-memory runs: invented, varied by number.
SMALL = """# Supplier statement {i}

Our supplier number {i} in {place} was audited in {year} by an independent firm. The audit
was {announce} and {n} workers were interviewed, {where}. {finding} The company expects all
partners to follow its code of conduct and will review the supplier again next year.
"""
FINDINGS = [
    "No forced labour was found.",
    "Several workers had paid recruitment fees, which the buyer has agreed to repay.",
    "Passports were held by the employer; they were returned during the visit.",
    "Overtime above the legal limit was found in peak season.",
]


# ----------------------------------------------------------------------------------------
# child side: one measured run in a fresh process


def child(spec: dict) -> dict:
    import resource

    t0 = time.perf_counter()
    from auditcheck.batch import run_batch

    if spec.get("stub_line"):
        _plant_stub(spec["stub_line"])
    kwargs = {k: spec[k] for k in ("jobs", "executor", "scheduler") if spec.get(k) is not None}
    result = run_batch(
        [spec["folder"]],
        out=spec["out"],
        csv_path=spec.get("csv"),
        timeout=spec.get("timeout", 120.0),
        **kwargs,
    )
    wall = time.perf_counter() - t0
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "wall": wall,
        "parent_cpu": me.ru_utime + me.ru_stime,
        "worker_cpu": kids.ru_utime + kids.ru_stime,
        "parent_rss_mb": me.ru_maxrss / 1024,
        "worker_rss_mb": result.max_worker_rss_kb / 1024,
        "scored": result.scored,
        "skipped": result.skipped,
        "errors": len(result.errors),
    }


#: The report line the stubbed workers answer with (set before the pool forks).
_STUB_LINE = ""


def _stub_score(
    path: str, sha: str | None, data: bytes | None = None, state: dict | None = None
) -> dict:
    """A worker that answers at once with a real report line under this file's name and hash."""
    record = json.loads(_STUB_LINE)
    record["document"]["sha256"] = sha
    record["document"]["path"] = path
    return {
        "path": path,
        "sha256": sha,
        "line": json.dumps(record, ensure_ascii=False, separators=(",", ":")),
        "seconds": 0.0,
        "maxrss_kb": 0,
    }


def _plant_stub(line: str) -> None:
    """Workers answer with a real report line at once; the parent's work is unchanged."""
    global _STUB_LINE
    from auditcheck.batch import executors

    _STUB_LINE = line
    executors.score_file = _stub_score  # type: ignore[assignment]


def run_child(spec: dict) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    spec_file = Path(spec["out"]).with_suffix(".spec.json")
    spec_file.write_text(json.dumps(spec), encoding="utf-8")  # a report line is too long for argv
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(spec_file)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise SystemExit(f"child run failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------------------
# the measurements


def scaling_corpus(tmp: Path, docs: int) -> Path:
    folder = tmp / "scaling"
    if not folder.exists():
        specs = [
            corpus.Spec(f"r{i:03d}.md", "md", 2 + i % 7, random.Random(i).randrange(1 << 30))
            for i in range(docs)
        ]
        corpus.generate(folder, specs)
    return folder


def dask_compare(tmp: Path, docs: int, pairs: int) -> list[str]:
    """The scaling corpus with the local pool and on a local Dask cluster, 2 workers each."""
    folder = scaling_corpus(tmp, docs)
    runs: dict[str, list[dict]] = {"local": [], "dask": []}
    for p in range(pairs):
        for name in ("local", "dask") if p % 2 == 0 else ("dask", "local"):
            out = tmp / f"cmp-{name}.jsonl"
            out.unlink(missing_ok=True)
            spec = {"folder": str(folder), "out": str(out), "jobs": 2}
            if name == "dask":
                spec["executor"] = "dask"
            runs[name].append(run_child(spec))
    same = (tmp / "cmp-local.jsonl").read_bytes() == (tmp / "cmp-dask.jsonl").read_bytes()
    lines = [f"dask vs local pool: {docs} reports, 2 workers each, {pairs} paired runs"]
    for name, rs in runs.items():
        cpu = [(r["parent_cpu"] + r["worker_cpu"]) / docs for r in rs]
        rate = [docs / r["wall"] / 2 for r in rs]
        lines.append(
            f"  {name}: CPU per report, every process of the run: min {min(cpu):.3f} s, median "
            f"{statistics.median(cpu):.3f} s; wall: median {statistics.median(rate):.2f} "
            "reports/s per core (start-up included)"
        )
    lines.append(f"  results files byte-identical: {'yes' if same else 'NO'}")
    return lines


def scaling(tmp: Path, docs: int, pairs: int) -> list[str]:
    folder = scaling_corpus(tmp, docs)
    runs: dict[int, list[dict]] = {1: [], 2: []}
    for p in range(pairs):
        for jobs in (1, 2) if p % 2 == 0 else (2, 1):
            out = tmp / f"scale-{jobs}.jsonl"
            out.unlink(missing_ok=True)
            runs[jobs].append(run_child({"folder": str(folder), "out": str(out), "jobs": jobs}))
    per_doc = {j: [r["worker_cpu"] / docs for r in runs[j]] for j in runs}
    speedups = [2 * a / b for a, b in zip(per_doc[1], per_doc[2], strict=True)]
    walls = [a["wall"] / b["wall"] for a, b in zip(runs[1], runs[2], strict=True)]
    lines = [
        f"scaling: {docs} reports of 2-8 pages, {pairs} paired runs",
        f"  worker CPU per report, 1 worker: min {min(per_doc[1]):.3f} s, "
        f"median {statistics.median(per_doc[1]):.3f} s",
        f"  worker CPU per report, 2 workers: min {min(per_doc[2]):.3f} s, "
        f"median {statistics.median(per_doc[2]):.3f} s",
        f"  speed-up by CPU accounting (target >= 1.8x): min {min(speedups):.2f}x, "
        f"median {statistics.median(speedups):.2f}x",
        f"  parent CPU per run (imports + warm-up, once): median "
        f"{statistics.median(r['parent_cpu'] for r in runs[1] + runs[2]):.2f} s",
        f"  wall-clock speed-up (shared machine, noisy): median {statistics.median(walls):.2f}x",
    ]
    return lines


def parent_memory(tmp: Path, sizes: list[int], stub: int) -> list[str]:
    folder = tmp / "small"
    folder.mkdir(exist_ok=True)
    made = 0

    def grow(n: int) -> None:
        nonlocal made
        rng = random.Random(11)
        for i in range(made, n):
            text = SMALL.format(
                i=i,
                place=rng.choice(["Dhaka", "Tirupur", "Ho Chi Minh City", "Leicester", "Izmir"]),
                year=2018 + i % 7,
                announce=rng.choice(["announced", "unannounced", "semi-announced"]),
                n=10 + i % 90,
                where=rng.choice(["on site", "off site, away from managers"]),
                finding=FINDINGS[i % len(FINDINGS)],
            )
            (folder / f"s{i:06d}.md").write_text(text, encoding="utf-8")
        made = max(made, n)

    lines = ["parent memory (peak RSS of the batch parent, real scoring, 2 workers):"]
    points = []
    for n in sizes:
        grow(n)
        sub = tmp / f"small-{n}"
        sub.mkdir(exist_ok=True)
        for f in sorted(folder.iterdir())[:n]:
            target = sub / f.name
            if not target.exists():
                os.link(f, target)
        out = tmp / f"parent-{n}.jsonl"
        out.unlink(missing_ok=True)
        r = run_child({"folder": str(sub), "out": str(out), "jobs": 2, "csv": str(tmp / "p.csv")})
        points.append((n, r["parent_rss_mb"]))
        lines.append(
            f"  {n:>6} documents: parent {r['parent_rss_mb']:.0f} MB, results file "
            f"{out.stat().st_size / 2**20:.0f} MB, {r['wall']:.0f} s wall, {r['errors']} errors"
        )
    if len(points) >= 2:
        (n0, m0), (n1, m1) = points[0], points[-1]
        slope = (m1 - m0) / (n1 - n0) * 1024
        lines.append(
            f"  slope {slope:.1f} KB per document; at that rate 20,000 documents need "
            f"{m0 + (20000 - n0) * slope / 1024:.0f} MB and 100,000 "
            f"{m0 + (100000 - n0) * slope / 1024:.0f} MB"
        )
    if stub:
        last = tmp / f"parent-{sizes[-1]}.jsonl" if sizes else None
        line = _report_line(last) if last else None
        if line:
            grow(stub)
            out = tmp / "parent-stub.jsonl"
            out.unlink(missing_ok=True)
            spec = {"folder": str(folder), "out": str(out), "jobs": 2, "stub_line": line}
            spec["csv"] = str(tmp / "stub.csv")
            r = run_child(spec)
            lines.append(
                f"  {stub:>6} documents, workers stubbed with a real report line: parent "
                f"{r['parent_rss_mb']:.0f} MB, results file {out.stat().st_size / 2**20:.0f} MB"
            )
            r = run_child({"folder": str(folder), "out": str(out), "jobs": 2})
            lines.append(
                f"  {stub:>6} documents, resume (every record read back, none scored): parent "
                f"{r['parent_rss_mb']:.0f} MB, {r['skipped']} skipped"
            )
    return lines


def _report_line(results: Path) -> str | None:
    with open(results, encoding="utf-8") as fh:
        for raw in fh:
            record = json.loads(raw)
            if "document" in record:
                return raw.strip()
    return None


def worker_memory(tmp: Path, big_mb: float) -> list[str]:
    folder = tmp / "big"
    folder.mkdir(exist_ok=True)
    pages = int(big_mb * 2**20 / (corpus.WORDS_PER_PAGE * 6.5))
    while True:  # the generator's words vary in length: grow until the file is big enough
        _, items = corpus.report_text(pages, 5)
        text = corpus.to_markdown(items)
        if len(text.encode("utf-8")) >= big_mb * 2**20:
            break
        pages = int(pages * 1.05) + 1
    path = folder / "big.md"
    path.write_text(text, encoding="utf-8")
    out = tmp / "big.jsonl"
    out.unlink(missing_ok=True)
    r = run_child({"folder": str(folder), "out": str(out), "jobs": 1, "timeout": 0})
    size = path.stat().st_size / 2**20
    return [
        f"worker memory: one {size:.1f} MB Markdown report ({pages} pages), one worker: peak "
        f"{r['worker_rss_mb']:.0f} MB RSS (target < 300 MB); {r['worker_cpu']:.0f} s worker "
        f"CPU, {r['errors']} errors"
    ]


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--sizes", default="1000,2000,5000")
    ap.add_argument("--stub", type=int, default=20000)
    ap.add_argument("--big-mb", type=float, default=10.0)
    ap.add_argument("--only", default="scaling,parent,worker")
    ap.add_argument("--out", type=Path, help="append the figures to this file")
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(json.loads(Path(args.child).read_text(encoding="utf-8")))))
        return 0
    parts = set(args.only.split(","))
    lines = [f"# batch_scale {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", machine()]
    with tempfile.TemporaryDirectory(prefix="auditcheck-scale-") as name:
        tmp = Path(name)
        if "scaling" in parts:
            lines += scaling(tmp, args.docs, args.pairs)
            print("\n".join(lines), flush=True)
        if "dask" in parts:
            lines += dask_compare(tmp, args.docs, max(1, args.pairs // 2))
            print("\n".join(lines[-4:]), flush=True)
        if "parent" in parts:
            sizes = [int(s) for s in args.sizes.split(",") if s]
            lines += parent_memory(tmp, sizes, args.stub)
            print("\n".join(lines[-len(sizes) - 4 :]), flush=True)
        if "worker" in parts:
            lines += worker_memory(tmp, args.big_mb)
    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out, "a", encoding="utf-8") as fh:
            fh.write(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
