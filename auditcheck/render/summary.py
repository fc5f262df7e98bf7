"""What every output opens with, computed once from a Report so all formats say the same thing.

A reader should learn in a few lines what the verdict is, what it is about, which claims the
text makes, how much of the checklist the text lets us judge, and the three to five reasons
that decide it (caps first), each with one located quote. The details follow, and refer to
quotes by number instead of repeating them: each quote is printed once.

This module only reads a Report; it imports nothing from the engine, so a report read back
from JSON renders the same as one built in memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Claim, Evidence, Finding, Report, Status
from ..vocabulary import (
    CLAIM_LABELS,
    SEVERITY_ORDER,
    SPEAKER_LABELS,
    STATUS_ORDER,
    VERDICT_LABELS,
)
from .options import Suppression

#: How many deciding reasons the summary gives at most (at least three when there are three).
MAX_REASONS = 5

#: The engine adds this to every unmet-without-evidence message; the outputs say it once instead.
NOT_FOUND_SUFFIX = re.compile(
    r"\s*Not found in the text: that is what the document shows, not proof that it was not done"
    r"\.?\s*$"
)
NOT_FOUND_NOTE = (
    "Not found in the text: that is what the document shows, not proof that it was not done."
)


@dataclass
class Quote:
    """One located quote, numbered in order of first use (Q1, Q2, ...)."""

    number: int
    evidence: Evidence

    @property
    def label(self) -> str:
        return f"Q{self.number}"


@dataclass
class Reason:
    """A reason that decides the verdict: a cap, the judgement's own reason, or a red flag."""

    text: str
    kind: str  # "cap", "floor", "judgement" or "red_flag"
    quote: Quote | None = None
    ceiling: float | None = None

    @property
    def lead(self) -> str:
        """'cap 39: ' for a cap, 'raised to 70: ' for a floor, nothing for other reasons."""
        if self.ceiling is None:
            return ""
        return f"{'raised to' if self.kind == 'floor' else 'cap'} {self.ceiling:g}: "


@dataclass
class Item:
    """A finding as the details list shows it: the finding and its quotes (by number)."""

    finding: Finding
    quotes: list[Quote] = field(default_factory=list)

    @property
    def message(self) -> str:
        return failure_message(self.finding)


@dataclass
class Summary:
    report: Report
    claims: list[tuple[Claim, Quote]]
    reasons: list[Reason]
    problems: list[Item]  # red flags, partly met, and unmet with evidence, most pressing first
    missing: list[Finding]  # unmet without evidence, and unknown: one compact list with remedies
    suppressed: list[tuple[Finding, Suppression]]
    quotes: list[Quote]
    _first: dict[int, str] = field(default_factory=dict)
    #: Quotes a renderer has printed in full so far (renderers that print in one pass use it).
    printed: set[int] = field(default_factory=set)

    @property
    def verdict_label(self) -> str:
        return VERDICT_LABELS.get(self.report.verdict.value, self.report.verdict.value)

    @property
    def red_flags(self) -> list[Item]:
        return [i for i in self.problems if i.finding.status is Status.red_flag]

    def first_use(self, quote: Quote, owner: str) -> bool:
        """True when ``owner`` prints the quote in full; elsewhere it is referred to."""
        return self._first.get(quote.number) == owner


def failure_message(f: Finding) -> str:
    """The finding's message without the not-found boilerplate (the outputs state it once)."""
    return NOT_FOUND_SUFFIX.sub("", f.message).strip()


def first_sentence(text: str) -> str:
    m = re.match(r"(.+?[.!?])(\s|$)", text.strip())
    return m.group(1) if m else text.strip()


def shorten(text: str, words: int) -> str:
    """At most ``words`` words of ``text``, cut at a nearby clause boundary if any, ending '…'."""
    parts = " ".join(text.split()).split(" ")
    if len(parts) <= words:
        return " ".join(parts)
    head = " ".join(parts[:words])
    for mark in (";", ",", " ("):
        cut = head.rfind(mark)
        if cut > len(head) // 2:
            return head[:cut].rstrip(" ,;(") + "…"
    return head.rstrip(" ,;(") + "…"


def coverage_text(report: Report) -> str:
    cov = report.judgement.coverage
    if cov is None:
        return "coverage unknown"
    share = round(cov * 100)
    text = f"the text lets us judge {share}% of the applicable checklist weight"
    if report.judgement.quality is not None:
        text += f"; what is shown scores {report.judgement.quality:g}"
    return text


def claim_text(claim: Claim) -> str:
    """'clean result, asserted by the auditor or certifier' (and if the judgement rests on it)."""
    who = SPEAKER_LABELS.get(claim.speaker, claim.speaker)
    kind = CLAIM_LABELS.get(claim.kind, claim.kind)
    text = (
        f"{kind}, {claim.modality} by the {who}"
        if claim.speaker != "unknown"
        else f"{kind}, {claim.modality}"
    )
    if claim.hedged and claim.counts:
        text += ", stated with the limits of its method"
    return text + ("" if claim.counts else " (does not count: not the text's own conclusion)")


def evidence_origin(ev: Evidence) -> str:
    """How the quote was found, when it matters to readers: the model, with its probability."""
    if ev.source == "classifier":
        return "model evidence" + (f", p={ev.score:.2f}" if ev.score is not None else "")
    return ""


def location(ev: Evidence, *, with_section: bool = True, home: str | None = None) -> str:
    """'file.md line 9, page 2, § Scope (model evidence, p=0.81)' — file name only, never a
    directory.

    ``home`` is the report's own document: its name is left out, so only quotes from other files
    of a case name their file.
    """
    parts = []
    if ev.path and ev.path != home:
        parts.append(ev.path.replace("\\", "/").rsplit("/", 1)[-1])
    parts.append(f"line {ev.line}")
    if ev.page:
        parts.append(f"page {ev.page}")
    if with_section and ev.section:
        parts.append("§ " + ev.section[-1])
    text = ", ".join(parts)
    origin = evidence_origin(ev)
    return f"{text} ({origin})" if origin else text


def _status_rank(f: Finding) -> tuple[int, int, float, str]:
    sev = SEVERITY_ORDER.index(f.severity) if f.severity in SEVERITY_ORDER else len(SEVERITY_ORDER)
    return (STATUS_ORDER.index(f.status.value), sev, -f.weight, f.criterion_id)


def _is_title(ev: Evidence, report: Report) -> bool:
    title = (report.document.title or "").strip()
    return bool(title) and ev.quote.strip().strip("#* ") == title


def _best(evidence: list[Evidence], report: Report, *, longest: bool = False) -> Evidence | None:
    """The evidence that best shows a point: not the document's own title when anything else exists.

    ``longest`` picks the fullest sentence (for a place name, the one that says most about it).
    """
    usable = [e for e in evidence if not _is_title(e, report)] or evidence
    if not usable:
        return None
    if longest:
        return max(usable, key=lambda e: (min(len(e.quote), 300), -e.start))
    return usable[0]


def summarise(
    report: Report, suppressed: tuple[Suppression, ...] | list[Suppression] = ()
) -> Summary:
    """The summary and the quote registry of a report, in the order every renderer prints them."""
    quotes: dict[tuple[str | None, int, int], Quote] = {}
    first: dict[int, str] = {}

    def register(ev: Evidence | None, owner: str) -> Quote | None:
        if ev is None:
            return None
        key = (ev.path, ev.start, ev.end)
        q = quotes.get(key)
        if q is None:
            q = quotes[key] = Quote(len(quotes) + 1, ev)
            first[q.number] = owner
        return q

    claims = []
    for n, c in enumerate(report.claims):
        q = register(c.evidence, f"claim:{n}")
        assert q is not None
        claims.append((c, q))

    by_id = {f.criterion_id: f for f in report.findings}
    accepted = {s.criterion_id: s for s in suppressed}
    findings = [f for f in report.findings if f.criterion_id not in accepted]
    reasons: list[Reason] = []
    used_findings: set[str] = set()
    for n, cap in enumerate(report.caps):
        ev: Evidence | None = None
        if cap.source == "context":
            ev = _best(
                [e for m in report.context.matches for e in m.evidence], report, longest=True
            )
        elif cap.source == "audit_washing":
            pats = report.audit_washing.patterns
            ev = _best([e for p in pats for e in p.evidence], report)
        elif cap.source in by_id:
            ev = _best(by_id[cap.source].evidence, report)
            used_findings.add(cap.source)
        kind = "floor" if cap.source == "floor" else "cap"
        reasons.append(Reason(cap.reason, kind, register(ev, f"reason:{n}"), cap.ceiling))
    aw_capped = any(c.source == "audit_washing" for c in report.caps)
    principal = next(
        (c for c in report.claims if c.counts and c.kind == report.judgement.principal), None
    )
    for text in report.judgement.reasons:
        if len(reasons) >= MAX_REASONS:
            break
        if aw_capped and text.startswith("audit-washing"):
            continue  # the cap already says it
        if any(text == r.text for r in reasons):
            continue
        ev = principal.evidence if principal is not None else None
        reasons.append(Reason(text, "judgement", register(ev, f"reason:{len(reasons)}")))
    problems_sorted = sorted(
        (
            f
            for f in findings
            if f.status in (Status.red_flag, Status.partial, Status.unmet, Status.error)
            and (f.evidence or f.status is not Status.unmet)
        ),
        key=_status_rank,
    )
    for f in problems_sorted:
        if len(reasons) >= 3:
            # caps and the judgement's own reasons come first; red flags make up at least three
            break
        if f.status is not Status.red_flag or f.criterion_id in used_findings:
            continue
        used_findings.add(f.criterion_id)
        reasons.append(
            Reason(
                f"{f.criterion_id}: {first_sentence(failure_message(f))}",
                "red_flag",
                register(_best(f.evidence, report), f"reason:{len(reasons)}"),
            )
        )

    # the first quote of each problem is the one every format prints; the others come after
    problems = [Item(f) for f in problems_sorted]
    for item in problems:
        q = register(_best(item.finding.evidence, report), f"finding:{item.finding.criterion_id}")
        if q is not None:
            item.quotes.append(q)
    for item in problems:
        for e in item.finding.evidence:
            q = register(e, f"more:{item.finding.criterion_id}")
            if q is not None and q not in item.quotes:
                item.quotes.append(q)
    missing = sorted(
        (
            f
            for f in findings
            if (f.status is Status.unmet and not f.evidence) or f.status is Status.not_assessable
        ),
        key=_status_rank,
    )
    sup = [(by_id[s.criterion_id], s) for s in suppressed if s.criterion_id in by_id]
    return Summary(report, claims, reasons, problems, missing, sup, list(quotes.values()), first)
