"""The predicates behind ``kind: fact`` criteria, in one explicit registry.

A criterion names a predicate in ``rule`` and gives its ``params``; the pack loader validates
the params against the predicate's model (unknown keys, wrong types and unknown fact names fail
with file:line) and ``checks.fact`` calls the function with the validated model. Adding a
predicate: write the function and its params model in the module of its concern, add one line
below, and regenerate the table in criteria/README.md (``auditcheck criteria docs``).
"""

from __future__ import annotations

from typing import Any

from .common import FACT_NAMES, NoParams, Params, Predicate
from .interviews import (
    InterviewSampleParams,
    interview_claims_consistent,
    interview_sample_adequate,
    interview_setting,
)
from .location import (
    ContextAcknowledgedParams,
    ListedEntityParams,
    SiflStepParams,
    burden_of_proof,
    context_acknowledged,
    listed_entity_addressed,
    sifl_step_assessed,
)
from .method import (
    AnnouncementParams,
    AuditorsNamedParams,
    GenericFindingsParams,
    OnsiteEffortParams,
    StandardAccreditationParams,
    announcement_status,
    auditors_named,
    generic_findings,
    onsite_effort_adequate,
    standard_accreditation,
)
from .presence import FactPresentParams, fact_present

#: Predicate name (the criterion's ``rule``) -> (function, params model), in table order.
PREDICATES: dict[str, Predicate[Any]] = {
    "fact_present": Predicate(fact_present, FactPresentParams),
    "interview_sample_adequate": Predicate(interview_sample_adequate, InterviewSampleParams),
    "interview_setting": Predicate(interview_setting, NoParams),
    "interview_claims_consistent": Predicate(interview_claims_consistent, NoParams),
    "auditors_named": Predicate(auditors_named, AuditorsNamedParams),
    "announcement_status": Predicate(announcement_status, AnnouncementParams),
    "standard_accreditation": Predicate(standard_accreditation, StandardAccreditationParams),
    "onsite_effort_adequate": Predicate(onsite_effort_adequate, OnsiteEffortParams),
    "generic_findings": Predicate(generic_findings, GenericFindingsParams),
    "context_acknowledged": Predicate(context_acknowledged, ContextAcknowledgedParams),
    "sifl_step_assessed": Predicate(sifl_step_assessed, SiflStepParams),
    "burden_of_proof": Predicate(burden_of_proof, NoParams),
    "listed_entity_addressed": Predicate(listed_entity_addressed, ListedEntityParams),
}

__all__ = ["FACT_NAMES", "PREDICATES", "Params", "Predicate"]
