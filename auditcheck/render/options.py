"""Options all renderers take: one protocol for all formats, ``render(report, options) -> str``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Detail = Literal["quiet", "normal", "verbose"]


@dataclass(frozen=True)
class Suppression:
    """A finding the document's author accepted with an inline comment; listed, never dropped."""

    path: str
    criterion_id: str
    reason: str
    line: int


@dataclass(frozen=True)
class RenderOptions:
    """How much to show and what the renderer may add beyond the Report.

    detail: 'quiet' shows the summary and red flags; 'normal' adds the compact details;
    'verbose' shows everything, met criteria and facts included.
    document_text: the document's text, so the HTML page can show each quote in its context.
    suppressed: findings the document itself suppressed (see ``auditcheck.suppress``).
    color: ANSI colour in the terminal output.
    """

    detail: Detail = "normal"
    document_text: str | None = None
    suppressed: tuple[Suppression, ...] = field(default_factory=tuple)
    color: bool = False

    @classmethod
    def from_kwargs(cls, options: RenderOptions | None = None, **kwargs: object) -> RenderOptions:
        """Accept the older keyword style (``verbose=True``, ``document_text=...``) as well."""
        if options is not None:
            return options
        detail: Detail = "normal"
        if kwargs.get("verbose"):
            detail = "verbose"
        elif kwargs.get("quiet"):
            detail = "quiet"
        elif kwargs.get("detail") in ("quiet", "normal", "verbose"):
            detail = kwargs["detail"]  # type: ignore[assignment]
        text = kwargs.get("document_text")
        sup = kwargs.get("suppressed") or ()
        return cls(
            detail=detail,
            document_text=text if isinstance(text, str) else None,
            suppressed=tuple(sup),  # type: ignore[arg-type]
            color=bool(kwargs.get("color", False)),
        )
