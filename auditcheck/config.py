"""Project configuration: ``[tool.auditcheck]`` in pyproject.toml, or a ``.auditcheck.toml``.

Found by walking up from the current directory; in each directory ``.auditcheck.toml`` wins
over ``pyproject.toml``, and a pyproject.toml without a ``[tool.auditcheck]`` table is passed
over. Command-line options override the file. Keys (dashes or underscores)::

    [tool.auditcheck]
    criteria = "my-packs"        # folder of extra packs, relative to the file
    pack = "social-audit"        # use this pack instead of choosing one
    select = ["INT", "recruitment"]
    ignore = ["INT-07"]
    fail-under = 40
    fail-on-audit-washing = true
    format = "sarif"

``.auditcheck.toml`` holds the same keys at top level (or under ``[tool.auditcheck]``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import AuditcheckError


def _toml() -> Any:
    """The TOML parser, imported when a configuration file is found (most runs have none)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib


FILE_NAMES = (".auditcheck.toml", "pyproject.toml")
FORMATS = ("text", "json", "markdown", "html", "sarif", "github")


class ConfigError(AuditcheckError):
    """A configuration file that cannot be read or holds an unknown or ill-typed key."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    criteria: Path | None = None
    pack: str | None = None
    select: tuple[str, ...] = field(default_factory=tuple)
    ignore: tuple[str, ...] = field(default_factory=tuple)
    fail_under: float | None = None
    fail_on_audit_washing: bool = False
    format: str | None = None


def _table(path: Path) -> dict[str, Any] | None:
    tomllib = _toml()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"not valid TOML ({exc})") from None
    tool = data.get("tool", {}).get("auditcheck") if isinstance(data.get("tool"), dict) else None
    if path.name == "pyproject.toml":
        return tool
    if tool is not None:
        return tool
    return {k: v for k, v in data.items() if k != "tool"}


def find_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration table at or above ``start`` (default: the current directory)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in FILE_NAMES:
            candidate = folder / name
            if candidate.is_file():
                table = _table(candidate)
                if table is not None:
                    return candidate, table
    return None


def _strings(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(path, f"{key} must be a list of criterion ids, id families or dimensions")
    return tuple(v.strip() for item in value for v in item.split(",") if v.strip())


def parse_config(path: Path, table: dict[str, Any]) -> Config:
    """Check and convert a configuration table; unknown keys are errors (a typo must not pass)."""
    values: dict[str, Any] = {"path": path}
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        if key == "criteria":
            if not isinstance(value, str):
                raise ConfigError(path, "criteria must be a folder path")
            values["criteria"] = (path.parent / value).resolve()
        elif key == "pack":
            if not isinstance(value, str):
                raise ConfigError(path, "pack must be a pack id")
            values["pack"] = value
        elif key in ("select", "ignore"):
            values[key] = _strings(path, raw_key, value)
        elif key == "fail_under":
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not 0 <= value <= 100
            ):
                raise ConfigError(path, "fail-under must be a number from 0 to 100")
            values["fail_under"] = float(value)
        elif key == "fail_on_audit_washing":
            if not isinstance(value, bool):
                raise ConfigError(path, "fail-on-audit-washing must be true or false")
            values["fail_on_audit_washing"] = value
        elif key == "format":
            if value not in FORMATS:
                raise ConfigError(path, f"format must be one of {', '.join(FORMATS)}")
            values["format"] = value
        else:
            raise ConfigError(
                path,
                f"unknown key {raw_key!r} in the auditcheck configuration; known: criteria, "
                "pack, select, ignore, fail-under, fail-on-audit-washing, format",
            )
    return Config(**values)


def load_config(start: Path | None = None, explicit: Path | None = None) -> Config:
    """The configuration in force: ``explicit`` when given, else the nearest file, else defaults."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(explicit, "no such configuration file")
        table = _table(explicit)
        if table is None:
            raise ConfigError(explicit, "has no [tool.auditcheck] table")
        return parse_config(explicit, table)
    found = find_config(start)
    return Config() if found is None else parse_config(*found)
