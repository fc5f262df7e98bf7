"""What every check kind receives and returns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..document.model import Document
from ..facts import Facts
from ..models import Context, Evidence, Status
from ..text.index import DocumentIndex, Match


@dataclass
class EvalContext:
    """Everything a check may look at for one document."""

    document: Document
    index: DocumentIndex
    facts: Facts
    context: Context
    role: str | None = None
    classifier_hits: dict[str, list[Evidence]] = field(default_factory=dict)
    #: The claim layer's reading of the document (who concludes what); None only in bare unit tests.
    claims: Any = None
    #: Results shared across criteria of one run (e.g. a pack gate evaluated once per scope).
    memo: dict[Any, Any] = field(default_factory=dict)


@dataclass
class CheckResult:
    status: Status
    evidence: list[Evidence] = field(default_factory=list)
    detail: str | None = None
    confidence: float = 1.0


def find(
    criterion: Any, ctx: EvalContext, patterns: list[str], exceptions: Sequence[str] = ()
) -> list[Match]:
    """Matches of ``patterns`` within the criterion's scope."""
    return ctx.index.find(
        patterns,
        kinds=frozenset(criterion.scope),
        sections=tuple(criterion.sections),
        exceptions=list(exceptions),
        ignore_case=criterion.ignore_case,
    )


def split_by_polarity(ctx: EvalContext, matches: list[Match]) -> tuple[list[Match], list[Match]]:
    """(affirmed, negated) matches: "the team did not review the dormitory rules" counts against.

    An outsider's account of abuse (a critic's or worker's report of fees the audit never
    recorded) is neither: it is evidence about the audit, not coverage by it, so it is dropped.
    """
    from ..claims import negated_before

    affirmed: list[Match] = []
    negated: list[Match] = []
    text = ctx.document.text
    for m in matches:
        if ctx.claims is not None and not ctx.claims.support_is_theirs(
            m.sentence_start, m.sentence_end
        ):
            continue
        (negated if negated_before(text, m.sentence_start, m.start, m.end) else affirmed).append(m)
    return affirmed, negated


def quotes(ctx: EvalContext, matches: list[Match], role: str, limit: int = 4) -> list[Evidence]:
    from ..text.evidence import evidence_from_span

    out: list[Evidence] = []
    seen: set[tuple[int, int]] = set()
    for m in matches:
        key = (m.sentence_start, m.sentence_end)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            evidence_from_span(
                ctx.document, m.sentence_start, m.sentence_end, role=role, focus=(m.start, m.end)
            )
        )
        if len(out) >= limit:
            break
    return out


def sentence_evidence(ctx: EvalContext, evidence: list[Evidence], limit: int = 3) -> list[Evidence]:
    """Widen evidence (e.g. a fact's matched words) to its sentence, so readers see the context."""
    from ..text.evidence import evidence_from_span

    out: list[Evidence] = []
    seen: set[tuple[int, int]] = set()
    for ev in evidence:
        span = ctx.index.sentence_around(ev.start, ev.end)
        if span in seen:
            continue
        seen.add(span)
        out.append(
            evidence_from_span(
                ctx.document,
                span[0],
                span[1],
                source=ev.source,
                role=ev.role,
                focus=(ev.start, ev.end),
            )
        )
        if len(out) >= limit:
            break
    return out
