"""`similar`: the same pair scores the same whatever else is passed, and JSON/CSV output."""

from __future__ import annotations

import csv
import io
import json
import shutil

import typer
from typer.testing import CliRunner

from auditcheck.cli.similar import similar
from auditcheck.classify.clones import find_similar
from tests.conftest import SAMPLES

CLONES = SAMPLES / "clones"


def _run(*args: str):
    app = typer.Typer()
    app.command()(similar)
    return CliRunner().invoke(app, list(args))


def test_pair_score_does_not_depend_on_the_other_files(tmp_path):
    alone = find_similar([CLONES])
    for extra in sorted(SAMPLES.glob("0*.md"))[:6]:
        shutil.copy(extra, tmp_path / extra.name)
    crowd = find_similar([CLONES, tmp_path])
    pair = [p for p in crowd if "clones" in p.path_a and "clones" in p.path_b]
    assert len(alone) == 1 and len(pair) == 1
    assert (pair[0].similarity, pair[0].share) == (alone[0].similarity, alone[0].share)
    assert [round(v, 3) for _, _, v in pair[0].shared] == [
        round(v, 3) for _, _, v in alone[0].shared
    ]


def test_json_and_csv_output(tmp_path):
    data = json.loads(_run(str(CLONES), "--format", "json").stdout)
    assert len(data) == 1 and data[0]["similarity"] >= 0.9 and data[0]["shared"][0]["line_a"] >= 1
    rows = list(csv.DictReader(io.StringIO(_run(str(CLONES), "--format", "csv").stdout)))
    assert len(rows) == 1 and float(rows[0]["similarity"]) == data[0]["similarity"]
    target = tmp_path / "out" / "pairs.csv"
    assert _run(str(CLONES), "-f", "csv", "-o", str(target)).exit_code == 0 and target.is_file()
    assert _run(str(CLONES), "-f", "xml").exit_code == 2
    assert json.loads(_run(str(SAMPLES / "cases"), "-f", "json").stdout) == []


def test_text_pairs_show_hostile_names_and_passages_as_typed():
    from auditcheck.classify.clones import Passage, SimilarPair
    from auditcheck.render.clones import format_pairs

    a = Passage("evil\x1b[2J.md", 3, "Workers said\x1b]0;pwned\x07 nothing\nmore.")
    b = Passage("other.md", 7, "Workers said nothing more.")
    pair = SimilarPair("evil\x1b[2J.md", "other.md", 0.91, 0.5, [(a, b, 0.93)])
    assert format_pairs([pair]) == (
        "evil\\x1b[2J.md  <->  other.md  similarity 0.91  (1 shared passages, 50% of the "
        "shorter file)\n"
        "    0.93  line 3 / line 7: Workers said\\x1b]0;pwned\\x07 nothing more."
    )
