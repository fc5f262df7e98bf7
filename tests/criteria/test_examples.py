"""Every met/unmet/partial/not_applicable example in every bundled criterion runs as a test (pytest -k REC-01).

Packs are loaded one by one, so a pack that fails to load fails its own test and the examples of
the other packs still run.
"""

from pathlib import Path

import pytest

from auditcheck.errors import AuditcheckError
from auditcheck.packs.loader import builtin_criteria_root, load_pack
from auditcheck.testing import check_example, example_cases

PACK_DIRS = sorted(p.parent for p in builtin_criteria_root().glob("*/pack.yaml"))
PACKS = {}
BROKEN: dict[str, str] = {}
for _folder in PACK_DIRS:
    try:
        _pack = load_pack(_folder, builtin=True)
    except AuditcheckError as exc:
        BROKEN[_folder.name] = str(exc)
        continue
    PACKS[_pack.id] = _pack
CASES = [case for pack in PACKS.values() for case in example_cases(pack)]


@pytest.mark.parametrize("folder", PACK_DIRS, ids=[f"{d.name}:loads" for d in PACK_DIRS])
def test_pack_loads(folder: Path):
    assert folder.name not in BROKEN, BROKEN.get(folder.name)


@pytest.mark.parametrize(
    ("criterion", "expected", "text", "pack_id"),
    [(c, e, t, i.split(":")[0]) for i, c, e, t in CASES],
    ids=[i for i, *_ in CASES],
)
def test_example(criterion, expected, text, pack_id):
    check_example(criterion, expected, text, PACKS[pack_id])
