"""benchmarks/statement_rules.py on a handful of AIMS statements (skipped when ../shared/aims-dev
is absent): it tallies every statutory criterion once per statement, deterministically, and says
plainly when the data is missing."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import REPO


def _benchmark():
    # a research script in benchmarks/, not part of the package
    spec = importlib.util.spec_from_file_location(
        "statement_rules", REPO / "benchmarks" / "statement_rules.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["statement_rules"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


bench = _benchmark()
needs_aims = pytest.mark.skipif(
    not bench.SENTENCES.is_file(), reason="../shared/aims-dev is not present"
)


def test_missing_data_is_a_clear_message_and_exit_2(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(bench, "SENTENCES", tmp_path / "nowhere" / "sentences.csv")
    assert bench.main(["dev"]) == 2
    err = capsys.readouterr().err
    assert "aims-dev" in err and "Traceback" not in err


def test_halves_are_a_stable_hash_split():
    assert bench.half_of("CA_SID_0") == bench.half_of("CA_SID_0")
    assert {bench.half_of(f"X_{i}") for i in range(20)} == {"dev", "test"}


@needs_aims
def test_a_handful_of_statements_are_tallied_once_per_criterion_and_deterministically():
    statements = bench.read_statements()
    dev = [sid for sid in statements if bench.half_of(sid) == "dev"][:2]
    test = [sid for sid in statements if bench.half_of(sid) == "test"][:2]
    assert len(dev) == 2 and len(test) == 2
    first = bench.measure(statements, "all", ids=dev + test)
    again = bench.measure(statements, "all", ids=dev + test)
    assert first.statements == 4
    for criterion in bench.CRITERIA:
        assert sum(first.row(criterion)) == 4
        assert first.row(criterion) == again.row(criterion)
    assert bench.measure(statements, "dev", ids=dev + test).statements == 2
    text = bench.table(first, "all")
    assert text.splitlines()[0] == "half=all statements=4"
    assert all(c in text for c in bench.CRITERIA)
