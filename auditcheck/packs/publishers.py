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

from ..errors import PackError, PackErrors

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


def _host(name: str) -> str:
    return name.lower().removeprefix("www.")


def load_publisher_table(path: str | Path) -> PublisherTable:
    """Read and validate a publishers.yaml; raise PackError(s) at ``file:line`` when malformed."""
    from pydantic import ValidationError

    from .reference_schema import PublishersFile
    from .yaml_source import pack_errors_from_validation, read_yaml_with_nodes

    path = Path(path)
    data, source = read_yaml_with_nodes(path)
    if not isinstance(data, dict):
        raise PackError(path, "a publisher table must be a YAML mapping", line=1)
    try:
        model = PublishersFile.model_validate(data)
    except ValidationError as exc:
        raise PackErrors(pack_errors_from_validation(path, source, exc)) from None
    domains: dict[str, tuple[str, ...]] = {}
    for entry in model.publishers:
        hosts = tuple(_host(d) for d in entry.domains)
        for name in [entry.name, *entry.aliases]:
            key = name.casefold()
            if key in domains:
                raise PackError(path, f"publisher name {name!r} is listed twice")
            domains[key] = hosts
    denylist = {_host(entry.host): entry.reason for entry in model.denylist}
    for key, hosts in domains.items():
        for host in hosts:
            if any(_within(host, bad) for bad in denylist):
                raise PackError(path, f"publisher {key!r} lists denylisted domain {host}")
    return PublisherTable(
        domains=domains,
        registers=tuple(_host(d) for d in model.registers),
        denylist=denylist,
        path=str(path),
        denied_labels=tuple(label.lower() for label in model.denied_host_labels),
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
