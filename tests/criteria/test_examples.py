"""Every met/unmet/partial example in every bundled criterion runs as a test (pytest -k REC-01)."""

import pytest

from auditcheck.packs import discover_packs
from auditcheck.testing import check_example, example_cases

PACKS = discover_packs()
CASES = [case for pack in PACKS.values() for case in example_cases(pack)]


@pytest.mark.parametrize(("criterion", "expected", "text", "pack_id"),
                         [(c, e, t, i.split(":")[0]) for i, c, e, t in CASES],
                         ids=[i for i, *_ in CASES])
def test_example(criterion, expected, text, pack_id):
    check_example(criterion, expected, text, PACKS[pack_id])
