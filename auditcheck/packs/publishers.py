"""Which web hosts may stand as the source of a reference: publishers, registers and a denylist.

A reference's ``url`` must be the publisher's own document: its host has to belong to one of
the domains listed for that publisher in criteria/reference/publishers.yaml, or to an official
register (DOI resolver, Federal Register, EUR-Lex, legislation.gov.uk, ...) that every publisher
may use. Hosts on the denylist (mirrors, proxies, content farms, staging servers, personal
blogs) are refused whatever the publisher. The pack loader and the reference test call
:func:`url_problem`; it returns a one-line reason or ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ..errors import PackError

PUBLISHERS_FILE = "publishers.yaml"


@dataclass(frozen=True)
class PublisherTable:
    """Publisher names (and aliases) to their domains, plus shared registers and the denylist."""

    domains: dict[str, tuple[str, ...]]
    registers: tuple[str, ...]
    denylist: dict[str, str]
    path: str
    denied_labels: tuple[str, ...] = ()

    def publisher_domains(self, publisher: str) -> tuple[str, ...] | None:
        return self.domains.get(publisher.casefold())


def host_of(url: str) -> str:
    """Lower-cased host of a URL, without 'www.' and without a port."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def _within(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def denied_reason(table: PublisherTable, url: str) -> str | None:
    """Why a URL's host is refused outright, or None when it is not on the denylist."""
    host = host_of(url)
    if host.split(".", 1)[0] in table.denied_labels:
        return f"{host} looks like a staging or test server"
    for domain, reason in table.denylist.items():
        if _within(host, domain):
            return f"{host} is on the denylist ({reason})"
    return None


def url_problem(table: PublisherTable, publisher: str, url: str | None) -> str | None:
    """The reason a reference's URL cannot stand as its source, or None when it can."""
    if not url:
        return None
    host = host_of(url)
    if not host:
        return f"{url!r} has no host"
    denied = denied_reason(table, url)
    if denied:
        return denied
    if any(_within(host, d) for d in table.registers):
        return None
    domains = table.publisher_domains(publisher)
    if domains is None:
        return f"publisher {publisher!r} is not in {PUBLISHERS_FILE}; add it with its own domains"
    if not any(_within(host, d) for d in domains):
        return f"{host} is not a domain of {publisher!r} ({', '.join(domains)})"
    return None


def _domain_list(value: object, path: Path, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(d, str) and d for d in value):
        raise PackError(path, f"{where}: domains must be a list of host names")
    return tuple(d.lower().removeprefix("www.") for d in value)


def load_publisher_table(path: str | Path) -> PublisherTable:
    """Read a publishers.yaml; raise PackError naming the file when it is malformed."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PackError(path, f"publisher table unreadable: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("publishers"), list):
        raise PackError(path, "publisher table needs a 'publishers' list")
    domains: dict[str, tuple[str, ...]] = {}
    for index, entry in enumerate(data["publishers"]):
        if not isinstance(entry, dict) or not entry.get("name"):
            raise PackError(path, f"publishers[{index}] needs a name")
        hosts = _domain_list(entry.get("domains"), path, f"publishers[{index}]")
        for name in [entry["name"], *(entry.get("aliases") or [])]:
            key = str(name).casefold()
            if key in domains:
                raise PackError(path, f"publisher name {name!r} is listed twice")
            domains[key] = hosts
    registers = _domain_list(data.get("registers", []), path, "registers")
    denylist: dict[str, str] = {}
    for index, entry in enumerate(data.get("denylist") or []):
        if not isinstance(entry, dict) or not entry.get("host") or not entry.get("reason"):
            raise PackError(path, f"denylist[{index}] needs a host and a reason")
        denylist[str(entry["host"]).lower().removeprefix("www.")] = str(entry["reason"])
    for key, hosts in domains.items():
        for host in hosts:
            if any(_within(host, bad) for bad in denylist):
                raise PackError(path, f"publisher {key!r} lists denylisted domain {host}")
    labels = data.get("denied_host_labels") or []
    if not isinstance(labels, list):
        raise PackError(path, "denied_host_labels must be a list")
    return PublisherTable(
        domains=domains,
        registers=registers,
        denylist=denylist,
        path=str(path),
        denied_labels=tuple(str(label).lower() for label in labels),
    )


@lru_cache(maxsize=4)
def _cached(path: str, mtime: float) -> PublisherTable:
    return load_publisher_table(path)


def builtin_publisher_table() -> PublisherTable:
    """The bundled table (criteria/reference/publishers.yaml), reloaded when the file changes."""
    from .loader import builtin_criteria_root

    path = builtin_criteria_root() / "reference" / PUBLISHERS_FILE
    try:
        mtime = path.stat().st_mtime
    except OSError:
        raise PackError(path, "publisher table not found") from None
    return _cached(str(path), mtime)
