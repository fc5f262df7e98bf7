"""The one evaluation flow, written once.

    Document -> text index -> claims -> facts and context -> pack choice -> criteria -> findings
             -> per-finding steps (polarity, stated scope, burden of proof) -> score -> Report

``build_evaluation`` is the only function that judges a document. The public API
(``auditcheck.evaluate``), criterion examples (``auditcheck.testing``) and case files
(``auditcheck.case``) all go through ``prepare`` and ``conclude`` here, so an example run and a
full run of the same text give the same finding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..checks.base import EvalContext
from ..claims import ClaimReading, read_claims
from ..claims.absence_facts import reconcile_absence_facts
from ..context import assess_context
from ..document import Document
from ..errors import PackError
from ..facts import Facts, extract_facts
from ..models import Context, Finding, Report
from ..packs.loader import Pack
from ..roles import RoleGuess, classify_role
from ..text.index import DocumentIndex
from . import steps
from .conclude import conclude
from .criteria import evaluate_criterion, evaluate_pack


@dataclass(frozen=True)
class Options:
    """How to evaluate: which pack (else chosen by the text), overlays, a known role, a model."""

    pack: str | None = None
    overlays: bool = True
    role: str | None = None
    classifier: Any = None


@dataclass
class Prepared:
    """Everything known about one document before its criteria run."""

    document: Document
    index: DocumentIndex
    guess: RoleGuess
    role: str
    claims: ClaimReading
    facts: Facts
    context: Context
    primary: Pack
    overlays: list[Pack]
    pack_reason: str
    classifier_hits: dict[str, list] = field(default_factory=dict)

    @property
    def packs(self) -> list[Pack]:
        return [self.primary, *self.overlays]

    def eval_context(self) -> EvalContext:
        return EvalContext(
            document=self.document,
            index=self.index,
            facts=self.facts,
            context=self.context,
            role=self.role,
            classifier_hits=self.classifier_hits,
            claims=self.claims,
        )


def choose_pack(
    packs: dict[str, Pack], guess: RoleGuess, pack_id: str | None = None
) -> tuple[Pack, str]:
    """Pick the pack: the one asked for, else by document kind, else the default."""
    if pack_id:
        if pack_id not in packs:
            raise PackError(
                pack_id, f"no such pack; available: {', '.join(sorted(packs))}", key="--pack"
            )
        return packs[pack_id], "chosen with --pack"
    # A company's statement about one audit is judged as an account of that audit (the
    # default pack); only a programme-level statement goes to a pack made for company statements.
    wanted = (
        "company_statement"
        if guess.programme_level
        else (None if guess.role == "company_statement" else guess.role)
    )
    for pack in packs.values():
        profile = pack.meta.profile
        if (
            wanted in profile.roles
            and profile.auto
            and not profile.overlay_when_risk
            and not profile.overlay_with
        ):
            kind = "a company's programme-level statement" if guess.programme_level else "document"
            return pack, f"{kind} read as {guess.reason}"
    default = next((p for p in packs.values() if p.meta.default), None) or next(
        iter(packs.values())
    )
    return default, f"default pack; document read as {guess.reason}"


def overlays_for(packs: dict[str, Pack], primary: Pack, risk: str) -> list[Pack]:
    """Packs added on top of the primary one: always-with overlays, and risk-triggered ones."""
    out = []
    for pack in packs.values():
        if pack.id == primary.id:
            continue
        profile = pack.meta.profile
        if primary.id in profile.overlay_with or (risk in profile.overlay_when_risk):
            out.append(pack)
    return out


def prepare(document: Document, packs: dict[str, Pack], options: Options = Options()) -> Prepared:
    """Read the document once: text index, claims, facts, context, and the packs that apply."""
    index = DocumentIndex.of(document)
    guess = classify_role(document, index)
    role = options.role or guess.role
    context = assess_context(document, index, role=role, site_level=not guess.programme_level)
    claims = read_claims(document, index, role, context.risk, programme=guess.programme_level)
    facts = reconcile_absence_facts(extract_facts(document, index), claims, document)
    primary, reason = choose_pack(packs, guess, options.pack)
    extra = overlays_for(packs, primary, context.risk) if options.overlays else []
    hits: dict[str, list] = {}
    wants_model = any(c.classifier_labels for p in (primary, *extra) for c in p.criteria)
    if options.classifier is not None and primary.meta.scoring.use_classifier and wants_model:
        hits = options.classifier.evidence_for(
            document, threshold=primary.meta.scoring.classifier_threshold
        )
    return Prepared(
        document, index, guess, role, claims, facts, context, primary, extra, reason, hits
    )


def evaluate_criteria(prepared: Prepared) -> list[Finding]:
    """Every criterion of every applicable pack, then the per-finding steps."""
    ctx = prepared.eval_context()
    findings = [f for pack in prepared.packs for f in evaluate_pack(pack, ctx)]
    return steps.per_finding(findings, prepared)


def evaluate_one(prepared: Prepared, criterion: Any, pack: Pack | None) -> Finding:
    """One criterion through the same path as a full run (used by criterion examples)."""
    finding = evaluate_criterion(criterion, prepared.eval_context(), pack)
    return steps.per_finding([finding], prepared)[0]


def build_evaluation(
    document: Document, packs: dict[str, Pack], options: Options = Options()
) -> Report:
    """Judge one document: the whole flow."""
    prepared = prepare(document, packs, options)
    return conclude(prepared, evaluate_criteria(prepared))


__all__ = [
    "Options",
    "Prepared",
    "build_evaluation",
    "choose_pack",
    "evaluate_criteria",
    "evaluate_one",
    "overlays_for",
    "prepare",
]
