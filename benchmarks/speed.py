"""Honest speed figures for the text layer: every figure a ratio to a reference run beside it.

    python benchmarks/speed.py [--runs 5] [--out benchmarks/RESULTS.md]

What it measures (CPU time unless it says wall), each as min/median over ``--runs`` paired
runs, where each pair runs our step and its reference back to back:

* a long PDF (80+ pages, generated with fpdf2 from the bundled samples plus invented
  non-ASCII text: accented names, CJK place names) and the same PDF written with compatibility
  characters (ligatures, ``ß``, soft hyphens, no-break spaces), scored in a warm process
  (extract + evaluate) against ``pdftotext`` extracting the same PDF;
* the same as a whole ``auditcheck score`` process against ``pdftotext``;
* a cold ``auditcheck score`` of a one-page Markdown file against
  ``python -c "import pydantic, typer"``;
* each layer's cost per MB of text (roles, claims, facts, context, criteria), on the plain
  and the compatibility texts, and on the real development texts in ../shared/real-dev when
  that folder exists (read at run time, never copied), against the one-pass floor: one RE2
  set pass over every pattern of every layer, and the RE2 scans of the patterns that occur;
* whether the compatibility text gives the same findings as the plain one.

The corpus is generated into a temporary folder; nothing is written to the repository except
the results table with ``--out``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

PY = sys.executable
SAMPLES = sorted((ROOT / "sample_audits").glob("[0-9]*.md"))
REAL_DEV = ROOT.parent / "shared" / "real-dev"
# Invented text: names and places as they appear in audit reports, none copied from a source.
NON_ASCII = [
    (
        "The audit team was led by José Núñez (APSCA CSCA) with Zoë Ångström and Łukasz Wójcik of "
        "Müller & Søn Prüfdienste GmbH, Hauptstraße 12, Köln."
    ),
    (
        "Workers transferred from Kashgar (喀什) and Hotan (和田) to the spinning mill in Ürümqi "
        "(乌鲁木齐) were interviewed in Uyghur by an interpreter from the Xinjiang (新疆) bureau."
    ),
    (
        "Le rapport a été rédigé à Paris; the supplier, Çelik Tekstil A.Ş. in İzmir, declined a "
        "follow-up visit."
    ),
]
FONTS = {
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "cjk": "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
}


def compat(text: str) -> str:
    """The text as PDF extraction gives it: ligatures, ß for ss, soft hyphens, no-break spaces."""
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
    return text.replace(" of the ", " of\u00a0the ")


def corpus_items(copies: int) -> list[tuple[str, str]]:
    """(kind, text) items: the bundled samples, ``copies`` times, with non-ASCII paragraphs."""
    items: list[tuple[str, str]] = []
    for round_no in range(copies):
        for n, path in enumerate(SAMPLES):
            for chunk in path.read_text(encoding="utf-8").split("\n\n"):
                chunk = chunk.strip()
                if not chunk:
                    continue
                if chunk.startswith("#"):
                    items.append(("heading", chunk.lstrip("#").strip()))
                else:
                    items.append(("para", " ".join(chunk.split())))
            items.append(("para", NON_ASCII[(n + round_no) % len(NON_ASCII)]))
    return items


def write_pdf(path: Path, items: list[tuple[str, str]]) -> int:
    import fpdf

    pdf = fpdf.FPDF(format="A4")
    pdf.set_compression(True)
    pdf.add_font("dejavu", fname=FONTS["dejavu"])
    pdf.add_font("dejavu", style="B", fname=FONTS["dejavu"])
    if Path(FONTS["cjk"]).exists():
        pdf.add_font("cjk", fname=FONTS["cjk"])
        pdf.add_font("cjk", style="B", fname=FONTS["cjk"])
        pdf.set_fallback_fonts(["cjk"])
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, text in items:
        size = 12 if kind == "heading" else 10
        pdf.set_font("dejavu", style="B" if kind == "heading" else "", size=size)
        pdf.multi_cell(0, size * 0.5, text)
        pdf.ln(2)
    pdf.output(str(path))
    return pdf.page


def cpu_of_child(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def cpu(fn, *args):
    t0, w0 = time.process_time(), time.perf_counter()
    value = fn(*args)
    return time.process_time() - t0, time.perf_counter() - w0, value


def stats(values: list[float]) -> tuple[float, float]:
    return min(values), statistics.median(values)


def paired(runs: int, ours, reference) -> dict[str, float]:
    """Run ``ours`` and ``reference`` back to back ``runs`` times; ratios per pair."""
    o_cpu, o_wall, r_cpu, r_wall, ratios = [], [], [], [], []
    for _ in range(runs):
        oc, ow = ours()
        rc, rw = reference()
        o_cpu.append(oc)
        o_wall.append(ow)
        r_cpu.append(rc)
        r_wall.append(rw)
        ratios.append(oc / rc if rc else float("inf"))
    return {
        "cpu_min": min(o_cpu),
        "cpu_med": statistics.median(o_cpu),
        "wall_med": statistics.median(o_wall),
        "ref_cpu_min": min(r_cpu),
        "ref_cpu_med": statistics.median(r_cpu),
        "ref_wall_med": statistics.median(r_wall),
        "ratio_min": min(ratios),
        "ratio_med": statistics.median(ratios),
        "ratio_of_mins": min(o_cpu) / min(r_cpu) if min(r_cpu) else float("inf"),
    }


def layer_costs(document, packs, runs: int) -> dict[str, float]:
    """Median CPU seconds of each layer of ``prepare`` and of the criteria, in flow order."""
    from auditcheck.claims import read_claims
    from auditcheck.context import assess_context
    from auditcheck.engine import flow
    from auditcheck.facts import extract_facts
    from auditcheck.roles import classify_role
    from auditcheck.text.index import DocumentIndex

    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        t = {}
        t["index"], _, index = cpu(DocumentIndex, document)
        # a fresh index per run (not ``DocumentIndex.of``, which keeps one on the document and
        # would let later runs reuse the first run's matches)
        t["roles"], _, guess = cpu(classify_role, document, index)
        t["claims"], _, claims = cpu(read_claims, document, index, guess.role)
        t["facts"], _, facts = cpu(extract_facts, document, index)
        t["context"], _, context = cpu(
            partial(
                assess_context,
                document,
                index,
                role=guess.role,
                site_level=not guess.programme_level,
            )
        )
        primary, reason = flow.choose_pack(packs, guess, None)
        extra = flow.overlays_for(packs, primary, context.risk)
        prepared = flow.Prepared(
            document, index, guess, guess.role, claims, facts, context, primary, extra, reason, {}
        )
        t["criteria"], _, findings = cpu(flow.evaluate_criteria, prepared)
        t["report"], _, _ = cpu(flow.conclude, prepared, findings)
        for k, v in t.items():
            samples.setdefault(k, []).append(v)
    return {k: statistics.median(v) for k, v in samples.items()}


def one_pass_floor(text: str, runs: int) -> tuple[float, float, int]:
    """(set pass, spans of the patterns that occur, pattern count): the physical floor.

    Every pattern of every layer the fast engine can take (criteria patterns, fact rules, role
    cues, place-name literals) goes into RE2 sets over the ASCII view; the second figure adds
    one RE2 scan for each pattern the sets report present.
    """
    import re2

    from auditcheck import context, facts, roles
    from auditcheck.packs.patterns import pack_patterns
    from auditcheck.packs import load_packs
    from auditcheck.text import names
    from auditcheck.text import scanner as fastscan
    from auditcheck.text.normalise import plain_text

    plain = plain_text(text).text
    view = fastscan.AsciiView.of(plain, "regex").data
    sources: list[tuple[str, bool]] = []
    for p in pack_patterns(load_packs()):
        plan = fastscan.plan_for(p, True) or fastscan._superset_plan(
            p, "regex", re.MULTILINE | re.IGNORECASE
        )
        if plan is not None:
            sources.append((plan.source, True))
    for rule in facts.RULES:
        plan = fastscan._plan(rule.source, "re", re.IGNORECASE) or fastscan._superset_plan(
            rule.source, "re", re.IGNORECASE
        )
        if plan is not None:
            sources.append((plan.source, True))
    for rx in roles.compiled_cues():
        plan = fastscan.plan_for_re(rx)
        if plan is not None:
            sources.append((plan.source, True))
    ref = context.builtin_reference()
    literal_scanner = names.literal_scanner(ref)
    opts = re2.Options()
    opts.case_sensitive = False
    opts.max_mem = 64 << 20
    opts.log_errors = False
    sets = []
    for i in range(0, len(sources), 48):
        s = re2.Set.SearchSet(opts)
        chunk = [src for src, _ in sources[i : i + 48]]
        for src in chunk:
            s.Add(src)
        s.Compile()
        sets.append((s, chunk))
    compiled = {src: re2.compile(src, opts) for src, _ in sources}
    for s, _chunk in sets:  # build the DFAs once, as a warm process has them
        s.Match(view)
    lowered = names.lowered_text(plain).encode("utf-8")
    set_times, span_times = [], []
    for _ in range(runs):
        t0 = time.process_time()
        present = [chunk[i] for s, chunk in sets for i in (s.Match(view) or [])]
        if literal_scanner is not None:  # the place names: one literal alternation
            for _m in literal_scanner.rx.finditer(lowered):
                pass
        t1 = time.process_time()
        for src in present:
            for _m in compiled[src].finditer(view):
                pass
        t2 = time.process_time()
        set_times.append(t1 - t0)
        span_times.append(t2 - t0)
    count = len(sources) + (len(literal_scanner.literals) if literal_scanner is not None else 0)
    return statistics.median(set_times), statistics.median(span_times), count


def findings_key(report) -> tuple:
    d = report.model_dump(mode="json")
    return (
        d["score"],
        d["verdict"],
        [(f["criterion_id"], f["status"]) for f in d["findings"]],
        [(f["name"], f["value"]) for f in d["facts"]],
        d["context"]["risk"],
    )


def machine() -> str:
    cpu_name = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_name = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    poppler = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True, check=False)
    version = (
        (poppler.stderr or poppler.stdout).splitlines()[0]
        if (poppler.stderr or poppler.stdout)
        else "?"
    )
    return (
        f"{cpu_name}, {os.cpu_count()} logical cores; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {version}; load average at start "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--copies", type=int, default=3, help="copies of the samples in the long PDF")
    ap.add_argument("--out", type=Path, help="append the results to this Markdown file")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    cache_home = tempfile.TemporaryDirectory()
    # a cache folder of this run's own: other processes on a shared machine (other checkouts,
    # other commands) write the same user cache, and what they add or drop changed the cold
    # start figures between pairs; this run's warm-up fills it, as a user's first run would
    os.environ["AUDITCHECK_CACHE_DIR"] = cache_home.name
    from auditcheck.api import evaluate
    from auditcheck.document import document_from_text, load_document
    from auditcheck.packs import load_packs

    packs = load_packs()
    lines: list[str] = []
    out = lines.append
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        items = corpus_items(args.copies)
        pdfs = {"plain": tmp / "long-plain.pdf", "compat": tmp / "long-compat.pdf"}
        pages = write_pdf(pdfs["plain"], items)
        write_pdf(pdfs["compat"], [(k, compat(t)) for k, t in items])
        small = tmp / "small.md"
        small.write_text(
            (ROOT / "sample_audits" / "04-one-page-company-statement.md").read_text(
                encoding="utf-8"
            ),
            encoding="utf-8",
        )
        # child processes run with bytecode, as after `pip install` (which compiles it): a
        # machine with PYTHONDONTWRITEBYTECODE set would otherwise recompile every module of
        # ours in every run while the reference's site-packages have their bytecode
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
        subprocess.run(
            [PY, "-m", "auditcheck", "score", str(small), "--format", "json"],
            env=env,
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        docs = {k: load_document(p) for k, p in pdfs.items()}
        for _ in range(
            2
        ):  # warm: first-use compiles and pattern sets belong to start-up, measured below
            for doc in docs.values():
                evaluate(doc, packs=packs)
        from auditcheck.cache import save_all

        evaluate(small, packs=packs)
        save_all()  # the cold-start runs below find the pattern analysis and programs cached
        out(
            f"Generated by `python benchmarks/speed.py --runs {args.runs}` on "
            f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.\n"
        )
        out(f"Machine: {machine()}.\n")
        out(
            f"Long PDF: {pages} pages, {len(docs['plain'].text):,} characters as extracted "
            f"(bundled samples x{args.copies} plus invented non-ASCII paragraphs: accented names, CJK place "
            "names); the compatibility copy writes the same text with ligatures, `ß`, soft hyphens "
            "and no-break spaces. Each figure is min / median over "
            f"{args.runs} paired runs; ratios are per pair (ours / reference run next to it).\n"
        )

        # --- long PDF, warm and whole process
        out(
            "| measure | ours CPU min / median | reference CPU min / median | ratio min / median | target | met |"
        )
        out("|---|---|---|---|---|---|")
        ref = {}
        for name, pdf in pdfs.items():

            def warm(pdf=pdf):
                c, w, _ = cpu(lambda: evaluate(load_document(pdf), packs=packs))
                return c, w

            def extract(pdf=pdf):
                return cpu_of_child(["pdftotext", "-q", str(pdf), os.devnull])

            r = paired(args.runs, warm, extract)
            ref[name] = r
            met = "yes" if r["ratio_med"] <= 3 else "NO"
            out(
                f"| score {name} PDF, warm process | {r['cpu_min']:.3f} / {r['cpu_med']:.3f} s | "
                f"pdftotext {r['ref_cpu_min']:.3f} / {r['ref_cpu_med']:.3f} s | {r['ratio_min']:.1f}x / "
                f"{r['ratio_med']:.1f}x | within 3x | {met} |"
            )
        for name, pdf in pdfs.items():
            r = paired(
                args.runs,
                lambda pdf=pdf: cpu_of_child(
                    [PY, "-m", "auditcheck", "score", str(pdf), "--format", "json"], env
                ),
                lambda pdf=pdf: cpu_of_child(["pdftotext", "-q", str(pdf), os.devnull]),
            )
            met = "yes" if r["ratio_med"] <= 6 else "NO"
            out(
                f"| `auditcheck score` {name} PDF, whole process | {r['cpu_min']:.3f} / {r['cpu_med']:.3f} s | "
                f"pdftotext {r['ref_cpu_min']:.3f} / {r['ref_cpu_med']:.3f} s | {r['ratio_min']:.1f}x / "
                f"{r['ratio_med']:.1f}x | within 6x | {met} |"
            )
        r = paired(
            args.runs,
            lambda: cpu_of_child(
                [PY, "-m", "auditcheck", "score", str(small), "--format", "json"], env
            ),
            lambda: cpu_of_child([PY, "-c", "import pydantic, typer"], env),
        )
        met = "yes" if r["ratio_med"] <= 5 else "NO"
        out(
            f"| cold `auditcheck score` one-page .md | {r['cpu_min']:.3f} / {r['cpu_med']:.3f} s | "
            f"`import pydantic, typer` {r['ref_cpu_min']:.3f} / {r['ref_cpu_med']:.3f} s | {r['ratio_min']:.1f}x / "
            f"{r['ratio_med']:.1f}x | within 5x | {met} |"
        )
        out("")
        out(
            "The cold-start figure is with the user cache filled (pattern analysis, compiled programs, "
            "parsed YAML, derived reference data: the second and later runs on a machine; this run "
            "keeps its own cache folder, filled by its warm-up) and with compiled bytecode, as "
            "`pip install` leaves it; the first run after an install or upgrade also analyses the "
            "patterns.\n"
        )

        # --- layers per MB and the one-pass floor
        texts = {
            "plain PDF text": docs["plain"].text,
            "compatibility PDF text": docs["compat"].text,
        }
        if REAL_DEV.is_dir():
            real = []
            for src in sorted(REAL_DEV.glob("*/source.md")):
                body = src.read_text(encoding="utf-8")
                real.append(body.split("\n# Text", 1)[-1])
            texts["real development texts"] = "\n\n".join(real)
        out(
            "Cost of each layer in a warm process, CPU seconds per MB of text (median of "
            f"{args.runs}), and how far each is above the one-pass floor (one RE2 set pass over "
            "every pattern of every layer; in brackets, that pass plus the spans of the patterns "
            "that occur):\n"
        )
        out(
            "| text | MB | roles | claims | facts | context | criteria | all layers | floor: set pass (+ spans) | all / floor |"
        )
        out("|---|---|---|---|---|---|---|---|---|---|")
        for name, text in texts.items():
            doc = (
                document_from_text(text, path=f"{name}.md", fmt="text")
                if "real" in name
                else docs["plain" if name.startswith("plain") else "compat"]
            )
            mb = len(doc.text.encode("utf-8")) / 1e6
            costs = layer_costs(doc, packs, args.runs)
            set_pass, spans, count = one_pass_floor(doc.text, args.runs)
            total = sum(costs.values())
            cells = " | ".join(
                f"{costs[k] / mb:.2f}" for k in ("roles", "claims", "facts", "context", "criteria")
            )
            out(
                f"| {name} | {mb:.2f} | {cells} | {total / mb:.2f} | {set_pass / mb:.3f} ({spans / mb:.3f}) | "
                f"{total / set_pass:.0f}x ({total / spans:.0f}x) |"
            )
        out(
            f"\n{count} patterns in the floor pass. `all layers` also counts building the text index and "
            "the report (not shown separately).\n"
        )
        same = findings_key(evaluate(docs["plain"], packs=packs)) == findings_key(
            evaluate(docs["compat"], packs=packs)
        )
        # the per-MB table above times each text in its own block of runs; the ratio pairs them,
        # one plain run beside one compatibility run, so that load from other jobs falls on both
        mb_plain = len(docs["plain"].text.encode("utf-8")) / 1e6
        mb_compat = len(docs["compat"].text.encode("utf-8")) / 1e6
        compat_ratios = []
        for _ in range(args.runs):
            plain_cost = sum(layer_costs(docs["plain"], packs, 1).values()) / mb_plain
            compat_cost = sum(layer_costs(docs["compat"], packs, 1).values()) / mb_compat
            compat_ratios.append(compat_cost / plain_cost)
        out(
            "- Compatibility text vs plain, CPU per MB, paired runs: "
            f"{min(compat_ratios):.2f}x min / {statistics.median(compat_ratios):.2f}x median "
            "(target: the same "
            "speed). Same findings, facts, score and verdict as the plain text: "
            f"{'yes' if same else 'NO'}."
        )
        out(f"- Benchmark ran in {time.perf_counter() - started:.0f} s.")
    cache_home.cleanup()
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        with args.out.open("a", encoding="utf-8") as handle:
            handle.write("\n## Text layer speed (benchmarks/speed.py)\n\n" + report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
