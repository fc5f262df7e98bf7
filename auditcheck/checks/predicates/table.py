"""The predicate table in criteria/README.md, generated from the registry so it cannot go stale.

One row per predicate (name, parameters with their types and defaults, first docstring line),
then each parameter's description. The README keeps the table between two marker comments;
``refresh_readme`` replaces what lies between them and leaves the rest of the file alone.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, get_args, get_origin

import annotated_types
from pydantic.fields import FieldInfo

from . import PREDICATES
from .common import Shown

BEGIN = (
    "<!-- predicate table: generated from auditcheck.checks.predicates.PREDICATES; "
    "run 'auditcheck criteria docs' to refresh, do not edit by hand -->"
)
END = "<!-- end of predicate table -->"

_PLAIN = {str: "text", int: "integer", float: "number", bool: "true or false"}


def _shown(metadata: list[Any]) -> str | None:
    return next((m.text for m in metadata if isinstance(m, Shown)), None)


def _type_text(annotation: Any) -> str:
    """How a parameter's type reads in the table: 'one of sqrt, none', 'list of fact names'."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        inner, *metadata = get_args(annotation)
        return _shown(metadata) or _type_text(inner)
    if origin is Literal:
        return "one of " + ", ".join(str(a) for a in get_args(annotation))
    if origin is list:
        (item,) = get_args(annotation)
        word = _type_text(item)
        return f"list of {word}s" if word in ("text", "fact name", "pattern") else f"list of {word}"
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_text(a) for a in get_args(annotation))
    return _PLAIN.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _bounds(metadata: list[Any]) -> str:
    parts = []
    for m in metadata:
        if isinstance(m, annotated_types.Ge):
            parts.append(f">= {m.ge:g}")
        elif isinstance(m, annotated_types.Gt):
            parts.append(f"> {m.gt:g}")
        elif isinstance(m, annotated_types.Le):
            parts.append(f"<= {m.le:g}")
        elif isinstance(m, annotated_types.Lt):
            parts.append(f"< {m.lt:g}")
        elif isinstance(m, annotated_types.MinLen) and m.min_length:
            parts.append(f"at least {m.min_length}")
    return f" ({', '.join(parts)})" if parts else ""


def _yaml(value: Any) -> str:
    """A default written as it would be in YAML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_yaml(v) for v in value) + "]"
    return str(value)


def _default(field: FieldInfo) -> str:
    if field.is_required():
        return "required"
    value = field.get_default(call_default_factory=True, validated_data={})
    return f"default `{_yaml(value)}`"


def _type_of(field: FieldInfo) -> str:
    return (_shown(field.metadata) or _type_text(field.annotation)) + _bounds(field.metadata)


def _params_cell(name: str) -> str:
    fields = PREDICATES[name].params.model_fields
    if not fields:
        return "none"
    return "<br>".join(f"`{key}`: {_type_of(f)}, {_default(f)}" for key, f in fields.items())


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def predicate_table() -> str:
    """The Markdown between the README markers, in registry order; deterministic."""
    out = ["| predicate | parameters | decides |", "| --- | --- | --- |"]
    for name, predicate in PREDICATES.items():
        out.append(f"| `{name}` | {_params_cell(name)} | {_cell(predicate.summary)} |")
    out += ["", "Parameters:", ""]
    for name, predicate in PREDICATES.items():
        for key, field in predicate.params.model_fields.items():
            out.append(f"- `{name}.{key}`: {_cell(field.description or '')}")
    return "\n".join(out)


def refresh_readme(text: str) -> str:
    """``text`` with the part between the markers replaced by the current table."""
    start = text.find(BEGIN)
    end = text.find(END)
    if start < 0 or end < start:
        raise ValueError("the predicate table markers are missing from the README")
    return text[: start + len(BEGIN)] + "\n\n" + predicate_table() + "\n\n" + text[end:]
