"""Developer commands behave from an installed package: nothing written into the package, the
corpus found or the way to point at it said, and progress shown on long steps."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from auditcheck import docs
from auditcheck.cli import model as cli_model
from auditcheck.cli import app
from auditcheck.errors import AuditcheckError

runner = CliRunner()


@pytest.fixture
def installed(monkeypatch, tmp_path):
    """Pretend the package runs from site-packages: no source checkout, no corpus around."""
    monkeypatch.setattr(docs, "source_checkout", lambda: None)
    monkeypatch.delenv("AUDITCHECK_CORPUS", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_criteria_docs_writes_only_where_told(installed):
    result = runner.invoke(app, ["criteria", "docs"])
    assert result.exit_code == 2 and "--output" in result.stderr
    assert not list(installed.iterdir())
    target = installed / "ref.md"
    assert runner.invoke(app, ["criteria", "docs", "-o", str(target)]).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Criteria reference")
    out = runner.invoke(app, ["criteria", "docs", "-o", "-"])
    assert out.exit_code == 0 and out.stdout.startswith("# Criteria reference")


def test_model_commands_say_how_to_point_at_the_corpus(installed):
    for command in (["model", "train"], ["model", "evaluate"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2
        assert "--corpus" in result.stderr and "AUDITCHECK_CORPUS" in result.stderr
    with pytest.raises(AuditcheckError, match="no such corpus"):
        cli_model.find_corpus(installed / "nope")


def test_model_train_needs_out_when_installed(installed):
    corpus = installed / "corpus"
    corpus.mkdir()
    (corpus / "passages.jsonl").write_text('{"text": "x", "labels": []}\n', encoding="utf-8")
    assert cli_model.find_corpus(None).resolve() == corpus.resolve()
    result = runner.invoke(app, ["model", "train"])
    assert result.exit_code == 2 and "--out" in result.stderr


def test_long_steps_show_progress(monkeypatch, capsys):
    monkeypatch.setattr(cli_model, "HEARTBEAT", 0.05)
    import time

    with cli_model._step("Cross-validating"):
        time.sleep(0.2)
    err = capsys.readouterr().err
    assert (
        err.startswith("Cross-validating…") and "still cross-validating" in err and "done in" in err
    )
