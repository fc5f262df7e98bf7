"""Renderers: one module per output format, each ``render(report) -> str``."""

from __future__ import annotations

from collections.abc import Callable

from ..models import Report

FORMATS = ("text", "json", "markdown", "html")


def get_renderer(fmt: str) -> Callable[..., str]:
    if fmt == "json":
        from .json import render
    elif fmt == "markdown":
        from .markdown import render
    elif fmt == "html":
        from .html import render
    elif fmt == "text":
        from .text import render
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return render


def render(report: Report, fmt: str, **options: object) -> str:
    return get_renderer(fmt)(report, **options)
