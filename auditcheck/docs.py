"""Write the criteria reference (docs/criteria.md) from the packs themselves, and find the source
checkout it belongs in (never inside an installed package).

The YAML files are the single source; ``auditcheck.render.criteria_docs`` formats them, with
what each criterion checks, why, what to do, its sources and how far each was verified, and the
examples that also run as tests. Output is deterministic (packs by id, criteria in pack order),
so a test can regenerate the file and compare it with the committed copy.
"""

from __future__ import annotations

from pathlib import Path

from .errors import AuditcheckError
from .packs.loader import Pack, discover_packs
from .render.criteria_docs import render_criteria_docs


def source_checkout() -> Path | None:
    """The source checkout auditcheck runs from, or None when it is installed.

    Generated files are written into the checkout only: an installed package (site-packages,
    dist-packages) is never a place to write to, even when a stray pyproject.toml sits beside it.
    """
    root = Path(__file__).resolve().parents[1]
    installed = any(part in ("site-packages", "dist-packages") for part in root.parts)
    if installed or not (root / "pyproject.toml").is_file() or not (root / "criteria").is_dir():
        return None
    return root


def default_docs_path() -> Path:
    """docs/criteria.md in the source checkout; an error when auditcheck is installed."""
    root = checkout_root()
    if root is None:
        raise AuditcheckError(
            "auditcheck is installed, not run from a source checkout; give the path to write to"
        )
    return root / "docs" / "criteria.md"


def checkout_root() -> Path | None:
    """Alias of :func:`source_checkout` (looked up at call time so tests can pretend an install)."""
    return source_checkout()


def docs_target() -> Path | None:
    """Where ``criteria docs`` writes by default: docs/criteria.md of a checkout, else nowhere."""
    root = source_checkout()
    return None if root is None else root / "docs" / "criteria.md"


def write_criteria_docs(
    path: str | Path | None = None, packs: dict[str, Pack] | None = None
) -> Path:
    """Render the built-in packs (or ``packs``) and write the Markdown; return the path written.

    Raises:
        AuditcheckError: no path was given and this is not a source checkout.
    """
    from .errors import AuditcheckError

    default = docs_target()
    if path is None and default is None:
        raise AuditcheckError(
            "not running from a source checkout: say where to write the criteria reference"
        )
    target = Path(path) if path is not None else default
    assert target is not None
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        render_criteria_docs(packs if packs is not None else discover_packs()), encoding="utf-8"
    )
    return target
