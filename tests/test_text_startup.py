"""Start-up: scoring imports no machine-learning stack, and the cached pattern analysis is
safe (a damaged cache file is ignored, a cached answer equals a fresh one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from auditcheck.text import scanner_cache, scanner_plan

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_audits" / "04-one-page-company-statement.md"


def test_scoring_a_sample_never_imports_sklearn_or_case_files(tmp_path):
    code = (
        "import sys, auditcheck.cli as cli\n"
        f"sys.argv = ['auditcheck', 'score', {str(SAMPLE)!r}, '--format', 'json']\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy', 'numpy')"
        " or m.startswith('auditcheck.case.'))\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "AUDITCHECK_CACHE_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert '"score"' in done.stdout, done.stderr[-2000:]
    assert "HEAVY []" in done.stderr, done.stderr[-2000:]


def _fresh_cache(tmp_path, monkeypatch) -> scanner_cache._AnalysisCache:
    monkeypatch.setenv("AUDITCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("AUDITCHECK_NO_CACHE", raising=False)
    return scanner_cache._AnalysisCache()


def test_cached_analysis_equals_a_fresh_one(tmp_path, monkeypatch):
    patterns = [
        r"\bforced\s+labou?r\b",
        r"(?<!not\s)\bunannounced\b",
        r"[A-ZÀ-Þ]\w+\s+GmbH",
        r"\bfoo(?=bar)",
    ]
    first = _fresh_cache(tmp_path, monkeypatch)
    fresh = [
        first.get(kind, p, "re", 2, an)
        for p in patterns
        for kind, an in (
            ("exact", scanner_plan._analyse_exact),
            ("superset", scanner_plan._analyse_superset),
        )
    ]
    first.save()
    files = list(tmp_path.glob("fastscan-*.json"))
    assert len(files) == 1
    second = _fresh_cache(tmp_path, monkeypatch)

    def must_not_run(*args):
        raise AssertionError("a cached pattern was analysed again")

    cached = [
        second.get(kind, p, "re", 2, must_not_run)
        for p in patterns
        for kind in ("exact", "superset")
    ]
    assert cached == fresh
    assert (
        fresh[0] is not None and fresh[2] is None and fresh[3] is not None
    )  # look-around: superset only


def test_a_damaged_cache_file_is_ignored(tmp_path, monkeypatch):
    cache = _fresh_cache(tmp_path, monkeypatch)
    path = cache._store.path()
    path.write_text(
        json.dumps({"exact|re|2|\\bx\\b": ["(?!bad", "yes", 3], "other": 1}) + "garbage"
    )
    assert cache.get(
        "exact", r"\bx\b", "re", 2, scanner_plan._analyse_exact
    ) == scanner_plan._analyse_exact(r"\bx\b", "re", 2)
    path.write_text(json.dumps({"exact|re|2|\\bx\\b": ["(?!bad", "yes", 3]}))
    again = _fresh_cache(tmp_path, monkeypatch)
    assert again.get(
        "exact", r"\bx\b", "re", 2, scanner_plan._analyse_exact
    ) == scanner_plan._analyse_exact(r"\bx\b", "re", 2)


def test_stored_reference_data_equals_the_data_derived_from_the_files(tmp_path, monkeypatch):
    from auditcheck.cache import JsonCache
    from auditcheck.packs import reference, reference_store

    monkeypatch.setenv("AUDITCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(reference_store, "_DERIVED", JsonCache("reference", lambda: b"t"))
    root = reference.builtin_criteria_root() / "reference"
    to_json = reference_store._reference_to_json
    derived = to_json(reference.load_reference(root, trusted=True))
    reference._builtin.cache_clear()
    first = reference._builtin(str(root), ())  # derives and stores
    reference._builtin.cache_clear()
    stored = reference._builtin(str(root), ())  # from the store
    reference._builtin.cache_clear()
    assert to_json(first) == derived
    assert to_json(stored) == derived
    assert stored.places[0].pattern.compiled.pattern == first.places[0].pattern.compiled.pattern


def test_a_damaged_reference_entry_is_derived_again(tmp_path, monkeypatch):
    from auditcheck.cache import JsonCache
    from auditcheck.packs import reference, reference_store

    monkeypatch.setenv("AUDITCHECK_CACHE_DIR", str(tmp_path))
    store = JsonCache("reference", lambda: b"t")
    monkeypatch.setattr(reference_store, "_DERIVED", store)
    root = reference.builtin_criteria_root() / "reference"
    reference._builtin.cache_clear()
    good = reference_store._reference_to_json(reference._builtin(str(root), ()))
    for key in list(store.data):
        store.data[key] = {"places": [["only a name"]], "reference_date": "2020-01-01"}
    reference._builtin.cache_clear()
    again = reference._builtin(str(root), ())
    reference._builtin.cache_clear()
    assert reference_store._reference_to_json(again) == good


def test_builtin_packs_load_without_the_publisher_table():
    """The built-in URLs are checked by tests/test_references.py, not on every start."""
    code = (
        "import sys\nfrom auditcheck.packs.loader import discover_packs\ndiscover_packs()\n"
        "print(sorted(m for m in sys.modules if m.endswith(('publishers', 'reference_schema'))"
        " and 'auditcheck' in m and 'reference_schema' in m))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
        check=False,
    )
    assert done.stdout.strip() == "[]", done.stderr[-2000:]


def _module_run(tmp_path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "AUDITCHECK_CACHE_DIR": str(tmp_path), **extra}
    env.pop("AUDITCHECK_NO_CACHE", None)
    return subprocess.run(
        [sys.executable, "-m", "auditcheck", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_process_entry_leaves_fast_with_full_output_exit_code_and_saved_caches(tmp_path):
    """``python -m auditcheck`` skips the interpreter's teardown (cli.run), yet prints all its
    output, exits with the command's code and still runs the atexit saves of the caches."""
    # no budget: no forked child that saves the caches itself, only this process's atexit
    no_child = {"AUDITCHECK_TIME_LIMIT": "0", "AUDITCHECK_MEMORY_MB": "0"}
    done = _module_run(tmp_path, "score", str(SAMPLE), "--format", "json", **no_child)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["reports"][0]["document"]["path"] == str(SAMPLE)
    assert list(tmp_path.glob("yaml-*.json")) and list(tmp_path.glob("fastscan-*.json"))
    below = _module_run(tmp_path, "score", str(SAMPLE), "--fail-under", "99")
    assert below.returncode == 1 and "NOT CREDIBLE" in below.stdout
    missing = _module_run(tmp_path, "score", str(tmp_path / "absent.md"))
    assert missing.returncode == 2 and "absent.md" in missing.stderr
