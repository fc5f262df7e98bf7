"""Warming the engines once in a process, so that processes forked from it start warm.

A batch parent and a multi-file ``score`` both fork a process per worker or per file; the
lazily built parts of scoring (every pack's patterns in the RE2 sets, compiled sentence-screen
patterns, reference data, the screens' DFA states on typical text) are built here once, before
the fork, instead of in every child.
"""

from __future__ import annotations

import contextlib
from typing import Any

from ..errors import AuditcheckError

#: An invented statement (our own words) that touches every layer: roles, places, facts,
#: claims and the criteria of each pack. Scoring it once builds the lazily compiled parts.
WARM_TEXT = """# Social compliance audit of a garment supplier

## Audit team
The lead auditor, registered with APSCA, visited the factory in Dhaka with two assistants.

## Method
The visit was unannounced and lasted two days. We interviewed 24 workers in private, off-site,
chosen by the audit team from the payroll, including 6 migrant workers recruited through an
agency. Management did not select the interviewees.

## Findings
Several workers said they had paid recruitment fees and were still repaying loans. Passports
were held by the employer. Overtime exceeded 60 hours a week in peak season. The company
states that no forced labour was found and that it takes human rights seriously.

## Remediation
The supplier agreed to repay the fees within 90 days, verified by a follow-up visit.
"""


def warm_up(packs: dict[str, Any], *, examples: bool = True) -> None:
    """Build every lazily built part of scoring in this process (best effort, never raises for
    a pack that refuses the warm-up text). ``examples`` also scans the criteria's example
    texts (about a second, once): worth it before a batch, not before scoring a few files."""
    from ..api import evaluate
    from ..document.loader import document_from_text
    from ..packs.patterns import pack_patterns
    from ..text.scanner import compile_for_every_size, prime, warm_sets
    from ..text.screen import warm_families

    compile_for_every_size()  # the warm-up text is short: compile its RE2 programs all the same
    prime(pack_patterns(packs))
    document = document_from_text(WARM_TEXT, path="warm-up.md")
    for pack_id in (None, *sorted(packs)):
        with contextlib.suppress(AuditcheckError):
            evaluate(document, packs=packs, pack=pack_id)
    if not examples:
        warm_families()  # every sentence-screened pattern compiled
        return
    # the RE2 sets' DFA states (criteria and sentence screens) are built as text is scanned:
    # scanning the criteria's own example texts (typical audit language) once here builds most
    # of them before the fork, instead of in every child on its first documents
    texts = [
        text
        for pack in packs.values()
        for criterion in pack.criteria
        for text in (*criterion.examples.met, *criterion.examples.unmet)
    ]
    # only the RE2 sets run over them: scoring them whole would leave the parent (and every
    # worker it forks) about 80 MB larger for little more speed
    warm_sets("\n\n".join(texts))
    warm_families(texts)
