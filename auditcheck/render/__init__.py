"""Renderers: one module per output format, one protocol, one registry.

Every renderer is ``render(report, options) -> str``: it takes only a Report and
:class:`~auditcheck.render.options.RenderOptions`, and imports nothing from the engine, the
facts or the scoring, so a report read back from JSON renders exactly like one built in memory.
The batch index and the CSV table are pure functions over summary rows in
``batch_index`` and ``csv``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from ..models import Report
from .options import RenderOptions

#: Format name -> module that renders it, in the order the CLI lists them.
_MODULES = {
    "text": "text",
    "json": "json",
    "markdown": "markdown",
    "html": "html",
    "sarif": "sarif",
    "github": "github",
}
FORMATS = tuple(_MODULES)


class Renderer(Protocol):
    def __call__(self, report: Report, options: RenderOptions | None = None, /) -> str: ...


def get_renderer(fmt: str) -> Renderer:
    """The ``render`` function of a format; ValueError names the formats there are."""
    if fmt not in _MODULES:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    module = import_module(f".{_MODULES[fmt]}", __name__)
    return module.render


def render(report: Report, fmt: str, options: RenderOptions | None = None, **kwargs: object) -> str:
    """Render one report; keyword options (``detail='quiet'``, ``document_text=...``) also work."""
    return get_renderer(fmt)(report, RenderOptions.from_kwargs(options, **kwargs))
