"""Steps over a finished Report: inline suppression from the draft, and --select/--ignore.

They run after the engine, never inside it, and never change the score or the verdict: a
document's author accepting a finding does not make the document more credible. What they
change is what the outputs list and what the exit code looks at.

Inline suppression: a Markdown or HTML comment in the document names criteria and a reason::

    <!-- auditcheck: ignore INT-02, INT-06 reason: interview numbers are in annex B -->

A suppressed finding stays in the Report and is listed as suppressed with its reason (JSON
``suppressed``, SARIF ``suppressions``, a section in the memo and the page); it is never
silently dropped. A comment without a reason is an error: the reason is the point.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .errors import AuditcheckError
from .models import Finding, Report
from .render.options import Suppression

_COMMENT = re.compile(r"<!--\s*auditcheck\s*:\s*(?P<body>.*?)-->", re.DOTALL | re.IGNORECASE)
_IGNORE = re.compile(
    r"^ignore\s+(?P<ids>[A-Za-z][A-Za-z0-9]*-\d+(?:\s*,\s*[A-Za-z][A-Za-z0-9]*-\d+)*)"
    r"(?:\s+reason\s*:\s*(?P<reason>.*))?$",
    re.DOTALL | re.IGNORECASE,
)


class SuppressionError(AuditcheckError):
    """An ``auditcheck:`` comment in a document that cannot be understood."""

    def __init__(self, path: str, line: int, message: str) -> None:
        self.path, self.line = path, line
        super().__init__(f"{path}:{line}: {message}")


def find_suppressions(source: str, path: str) -> list[Suppression]:
    """The ``<!-- auditcheck: ignore ID[, ID] reason: ... -->`` comments of a Markdown/HTML file."""
    found: list[Suppression] = []
    for m in _COMMENT.finditer(source):
        line = source.count("\n", 0, m.start()) + 1
        body = " ".join(m.group("body").split())
        parsed = _IGNORE.match(body)
        if parsed is None:
            raise SuppressionError(
                path,
                line,
                f"cannot read 'auditcheck: {body}'; write "
                "'<!-- auditcheck: ignore INT-02 reason: why it is accepted -->'",
            )
        reason = (parsed.group("reason") or "").strip()
        if not reason:
            raise SuppressionError(
                path, line, "a suppression needs a reason: 'reason: why it is accepted'"
            )
        for cid in re.split(r"\s*,\s*", parsed.group("ids")):
            found.append(Suppression(path=path, criterion_id=cid.upper(), reason=reason, line=line))
    return found


def apply_suppressions(
    report: Report, suppressions: Iterable[Suppression]
) -> tuple[Report, list[Suppression], list[Suppression]]:
    """Match suppressions to the report's findings.

    Returns the report (with a note saying how many findings the document suppressed), the
    suppressions that matched a finding, and those naming a criterion the report does not have
    (the CLI warns about them: a typo must not pass unnoticed).
    """
    ids = {f.criterion_id for f in report.findings}
    matched = [s for s in suppressions if s.criterion_id in ids]
    unknown = [s for s in suppressions if s.criterion_id not in ids]
    if matched:
        listed = ", ".join(dict.fromkeys(s.criterion_id for s in matched))
        note = (
            f"{len(matched)} finding(s) suppressed in the document ({listed}); they are listed "
            "as suppressed "
            "and still count in the score."
        )
        report = report.model_copy(update={"notes": [*report.notes, note]})
    return report, matched, unknown


def _matches(finding_id: str, dimension: str, pack_id: str, selector: str) -> bool:
    s = selector.strip()
    if not s:
        return False
    if (
        s.upper() == finding_id.upper()
        or s.lower() == dimension.lower()
        or s.lower() == pack_id.lower()
    ):
        return True
    # a prefix such as 'ILO' or 'ILO-' selects the family
    return finding_id.upper().startswith(s.upper().rstrip("-") + "-")


def select_findings(
    report: Report, select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> Report:
    """Keep the findings named by ``select`` (all when empty) minus those named by ``ignore``.

    Selectors are criterion ids (INT-02), id families (ILO), dimensions (interviews) or pack
    ids. Score and verdict are left as the engine computed them; a note says what was left out.
    """
    select, ignore = [s for s in select if s.strip()], [s for s in ignore if s.strip()]
    if not select and not ignore:
        return report
    kept: list[Finding] = []
    dropped: list[Finding] = []
    for f in report.findings:
        keep = (
            not select or any(_matches(f.criterion_id, f.dimension, f.pack_id, s) for s in select)
        ) and not any(_matches(f.criterion_id, f.dimension, f.pack_id, s) for s in ignore)
        (kept if keep else dropped).append(f)
    if not dropped:
        return report
    note = (
        f"{len(dropped)} criteria left out of this output by --select/--ignore or configuration "
        f"({', '.join(f.criterion_id for f in dropped[:12])}{', …' if len(dropped) > 12 else ''}); "
        "the score and verdict still count them."
    )
    return report.model_copy(update={"findings": kept, "notes": [*report.notes, note]})
