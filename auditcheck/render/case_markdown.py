"""The case part of the Markdown memo: the documents, a timeline of what was claimed when, then
the contradictions.

It renders the ``case`` block of a Report (a plain dict, as in the JSON output), so the same
function serves a report built in memory and one read back from JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..case_schema import CaseBlock, ContradictionSide
from ..vocabulary import ROLE_LABELS as _ROLE
from .safe import markdown_quote, one_line

QUOTE_LIMIT = 280


def _quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    text = one_line(text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"“{markdown_quote(text)}”"


def _who(item: Mapping[str, Any]) -> str:
    role = _ROLE.get(item.get("role") or "", item.get("role") or "unknown role")
    author = item.get("author")
    return f"{markdown_quote(author)}, {role}" if author else role


def _side(label: str, side: ContradictionSide) -> list[str]:
    where = (
        f"{markdown_quote(side['file'])} line {side['line']} (characters "
        f"{side['start']}–{side['end']})"
    )
    when = side.get("date") or "undated"
    speaker = side.get("speaker")
    said = f"; said by the {speaker.replace('_', ' ')}" if speaker else ""
    return [
        f"- **{label}** ({when}; {_who(side)}{said}; {where}):",
        f"  > {_quote(side['quote'], 400)}",
    ]


def render_case_markdown(case_block: CaseBlock) -> str:
    """A case in Markdown: documents and roles, a timeline of claims, the contradictions."""
    lines = [
        "## Case: " + markdown_quote(case_block.get("title") or "documents judged together"),
        "",
    ]
    documents = case_block.get("documents", [])
    lines += ["| File | Role | Date | Author | Score alone |", "|---|---|---|---|---|"]
    for d in documents:
        role = _ROLE.get(d["role"], d["role"]) + (
            "" if d.get("role_source") == "case.yaml" else " (guessed)"
        )
        lead = " (leads the case)" if d.get("primary") else ""
        lines.append(
            f"| {markdown_quote(d['file'])}{lead} | {role} | {d.get('date') or 'undated'} | "
            f"{markdown_quote(d.get('author') or '')} | {d.get('score', '')} |"
        )
    lines.append("")

    lines += ["### Timeline: what was claimed when", ""]
    for entry in case_block.get("timeline", []):
        lines.append(
            f"**{entry.get('date') or 'undated'} — {markdown_quote(entry['file'])}** "
            f"({_who(entry)})"
        )
        lines.append("")
        claims = entry.get("claims", [])
        if not claims:
            lines.append("- no counts, methods, standards, results or caveats stated")
        for c in claims[:12]:
            see = (
                f" — contradicted, see {', '.join(c['contradictions'])}"
                if c.get("contradictions")
                else ""
            )
            lines.append(
                f"- {markdown_quote(c['title'])}: {_quote(c['quote'], 200)} (line {c['line']}){see}"
            )
        if len(claims) > 12:
            lines.append(f"- … {len(claims) - 12} more in the JSON output")
        lines.append("")

    contradictions = case_block.get("contradictions", [])
    lines += ["### Contradictions between documents", ""]
    if not contradictions:
        lines += [
            "None found: the documents give the same numbers, method, standard, people and result.",
            "",
        ]
    for contra in contradictions:
        lines.append(
            f"#### {contra['id']}. {markdown_quote(contra['title'])}: "
            f"{markdown_quote(contra['subject'])} "
            f"({contra['audit_washing']}: {markdown_quote(contra['audit_washing_title'])})"
        )
        lines.append("")
        lines += _side("Earlier", contra["earlier"])
        lines += _side("Later", contra["later"])
        lines += ["", markdown_quote(contra["explanation"]), ""]
    return "\n".join(lines).rstrip() + "\n"
