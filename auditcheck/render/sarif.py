"""SARIF 2.1.0 output, for code-scanning dashboards and CI: one result per finding.

Each criterion that was evaluated is a rule (id, name, title, failure message, remedy, first
source as help link); each finding is a result whose ``kind`` says what it is: ``fail`` for red
flags (level error), unmet (warning) and partly met (note), ``review`` for unknown, ``pass``
for met and ``notApplicable``. A finding the document suppressed keeps its result, with an
``inSource`` suppression and the author's reason, so nothing is silently dropped. The verdict,
score and what it is about ride in the run's properties. Valid against the OASIS schema
(tested with ``jsonschema``).
"""

from __future__ import annotations

import json
from urllib.parse import quote

from ..models import Evidence, Finding, Report
from .options import RenderOptions, Suppression
from .summary import failure_message, first_sentence

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

_KIND = {
    "red_flag": "fail",
    "unmet": "fail",
    "partial": "fail",
    "error": "fail",
    "not_assessable": "review",
    "met": "pass",
    "not_applicable": "notApplicable",
}
_LEVEL = {"red_flag": "error", "unmet": "warning", "partial": "note", "error": "error"}


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative, absolute ones become file URIs."""
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return "file://" + quote(posix)
    if len(posix) > 1 and posix[1] == ":":  # a Windows drive letter
        return "file:///" + quote(posix)
    return quote(posix)


def _region(ev: Evidence) -> dict:
    region: dict = {
        "startLine": ev.line,
        "startColumn": ev.column,
        "endLine": ev.end_line,
        "endColumn": max(ev.end_column, 1),
        "charOffset": ev.start,
        "charLength": ev.end - ev.start,
        "snippet": {"text": ev.quote},
    }
    if ev.page:
        region["properties"] = {"page": ev.page}
    return region


def _rule(f: Finding) -> dict:
    rule: dict = {
        "id": f.criterion_id,
        "name": "".join(part.capitalize() for part in f.criterion_name.replace("_", "-").split("-"))
        or f.criterion_id,
        "shortDescription": {"text": f.title},
        "fullDescription": {"text": failure_message(f)},
        "defaultConfiguration": {
            "level": _LEVEL.get("red_flag" if f.severity == "critical" else "unmet", "warning")
        },
        "properties": {
            "dimension": f.dimension,
            "severity": f.severity,
            "pack": f.pack_id,
            "weight": f.weight,
            "tags": [f.dimension, f.pack_id] + ([f.audit_washing] if f.audit_washing else []),
        },
    }
    if f.remedy:
        rule["help"] = {"text": f.remedy}
    url = next(
        (r.url for r in f.references if r.url and r.url.startswith(("http://", "https://"))), None
    )
    if url:
        rule["helpUri"] = url
    return rule


def _result(report: Report, f: Finding, rule_index: int, suppression: Suppression | None) -> dict:
    status = f.status.value
    uri = artifact_uri(report.document.path)
    locations = []
    for ev in f.evidence[:5]:
        locations.append(
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(ev.path) if ev.path else uri},
                    "region": _region(ev),
                }
            }
        )
    if not locations:  # not shown anywhere: the finding is about the document as a whole
        locations.append({"physicalLocation": {"artifactLocation": {"uri": uri}}})
    result: dict = {
        "ruleId": f.criterion_id,
        "ruleIndex": rule_index,
        "kind": _KIND[status],
        "level": _LEVEL.get(status, "none"),
        "message": {
            "text": first_sentence(failure_message(f)) if _KIND[status] == "fail" else f.title
        },
        "locations": locations,
        "properties": {"status": status, "confidence": f.confidence, "weight": f.weight},
    }
    if f.audit_washing and _KIND[status] == "fail":
        result["properties"]["auditWashing"] = f.audit_washing
    if any(ev.source == "classifier" for ev in f.evidence):
        result["properties"]["modelEvidence"] = [
            {"line": ev.line, "probability": ev.score}
            for ev in f.evidence
            if ev.source == "classifier"
        ]
    if suppression is not None:
        result["suppressions"] = [
            {
                "kind": "inSource",
                "status": "accepted",
                "justification": suppression.reason,
                "location": {
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": {"startLine": suppression.line},
                    }
                },
            }
        ]
    return result


def sarif_log(reports: list[Report], suppressed: tuple[Suppression, ...] = ()) -> dict:
    """One run for all reports: the rules are the criteria evaluated, in first-seen order."""
    rules: list[dict] = []
    index: dict[str, int] = {}
    results = []
    artifacts = []
    for report in reports:
        artifacts.append(
            {
                "location": {"uri": artifact_uri(report.document.path)},
                "hashes": {"sha-256": report.document.sha256},
                "properties": {
                    "verdict": report.verdict.value,
                    "score": report.score,
                    "uncappedScore": report.uncapped_score,
                    "about": report.judgement.about,
                    "coverage": report.judgement.coverage,
                    "auditWashing": [p.id for p in report.audit_washing.patterns],
                },
            }
        )
        mine = {s.criterion_id: s for s in suppressed if s.path == report.document.path}
        for f in report.findings:
            if f.criterion_id not in index:
                index[f.criterion_id] = len(rules)
                rules.append(_rule(f))
            results.append(_result(report, f, index[f.criterion_id], mine.get(f.criterion_id)))
    version = reports[0].tool.version if reports else "0"
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "auditcheck", "version": version, "rules": rules}},
                "artifacts": artifacts,
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def render(report: Report, options: RenderOptions | None = None, **kwargs: object) -> str:
    opts = RenderOptions.from_kwargs(options, **kwargs)
    return render_many([report], opts.suppressed)


def render_many(reports: list[Report], suppressed: tuple[Suppression, ...] = ()) -> str:
    return json.dumps(sarif_log(reports, tuple(suppressed)), indent=2, ensure_ascii=False) + "\n"
