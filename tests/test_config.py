"""Configuration from pyproject.toml / .auditcheck.toml, --select/--ignore, and why exit 1, end to end."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditcheck.cli import app
from auditcheck.config import ConfigError, find_config, load_config

SAMPLE = Path(__file__).resolve().parents[1] / "sample_audits" / "06-urumqi-plant-audit-summary.md"
runner = CliRunner()


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with the sample in a subfolder; the CLI runs from the subfolder."""
    sub = tmp_path / "audits" / "2024"
    sub.mkdir(parents=True)
    shutil.copy(SAMPLE, sub / "urumqi.md")
    monkeypatch.chdir(sub)
    return tmp_path


def _score(*args: str):
    return runner.invoke(app, ["score", "urumqi.md", *args])


def test_pyproject_table_is_found_upward_and_applied(project):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.auditcheck]\nformat = "json"\nignore = ["ILO", "interviews"]\n'
        "fail-under = 40\n",
        encoding="utf-8",
    )
    cfg = load_config()
    assert cfg.path == project / "pyproject.toml" and cfg.format == "json" and cfg.fail_under == 40
    result = _score()
    assert result.exit_code == 1
    assert (
        "exit 1: score below --fail-under 40" in result.stderr
        and "urumqi.md (2.9)" in result.stderr
    )
    report = json.loads(result.stdout)["reports"][0]
    ids = {f["criterion_id"] for f in report["findings"]}
    assert ids and not any(i.startswith("ILO-") for i in ids)
    assert not any(f["dimension"] == "interviews" for f in report["findings"])
    assert any("left out of this output" in n for n in report["notes"])
    assert report["score"] == 2.9  # the score does not change with what is shown


def test_command_line_overrides_the_file_and_no_config_ignores_it(project):
    (project / ".auditcheck.toml").write_text(
        'format = "json"\nfail-under = 40\n', encoding="utf-8"
    )
    result = _score("--format", "github", "--fail-under", "1")
    assert result.exit_code == 0 and result.stdout.startswith("::notice ")
    assert _score("--no-config").stdout.startswith("urumqi.md: NOT CREDIBLE")


def test_dotfile_wins_over_pyproject_in_the_same_folder(project):
    (project / "pyproject.toml").write_text(
        '[tool.auditcheck]\nformat = "json"\n', encoding="utf-8"
    )
    (project / ".auditcheck.toml").write_text(
        '[tool.auditcheck]\nformat = "markdown"\n', encoding="utf-8"
    )
    path, table = find_config()
    assert path.name == ".auditcheck.toml" and table == {"format": "markdown"}


def test_bad_configuration_is_exit_2_naming_the_file(project):
    (project / ".auditcheck.toml").write_text("fail-undr = 40\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="fail-undr"):
        load_config()
    result = _score()
    assert result.exit_code == 2
    assert ".auditcheck.toml" in result.stderr and "fail-undr" in result.stderr
    assert "Traceback" not in result.output
    (project / ".auditcheck.toml").write_text('fail-under = "high"\n', encoding="utf-8")
    assert _score().exit_code == 2


def test_select_on_the_command_line(project):
    result = _score("--format", "json", "--select", "INT-02,recruitment", "--no-config")
    findings = json.loads(result.stdout)["reports"][0]["findings"]
    assert {f["criterion_id"] for f in findings if f["dimension"] != "recruitment"} == {"INT-02"}


def test_audit_washing_exit_says_why(project):
    result = _score("--fail-on-audit-washing", "--quiet", "--no-config")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("auditcheck: exit 1: audit-washing found")
    assert "AW-01" in lines[0]
