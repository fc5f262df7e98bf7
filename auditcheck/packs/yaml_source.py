"""Safe YAML reading for packs, reference data and case files, with errors at ``file:line``.

Files are parsed with libyaml when available, after size, encoding and alias-bomb checks; the
node tree that maps a pydantic error location back to a line is composed only when an error
needs it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..cache import JsonCache
from ..errors import PackError

if TYPE_CHECKING:
    import yaml

#: Criterion and pack files larger than this are refused (a YAML bomb guard).
MAX_YAML_BYTES = 512 * 1024


def _yaml() -> Any:
    """PyYAML, imported on first use: when every built-in file comes from the parsed-YAML cache
    (the usual cold start) it is never needed, and importing it costs about 0.012 s."""
    import yaml

    return yaml


def _safe_loader() -> Any:
    yaml = _yaml()
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlSource:
    """A YAML file's text; its node tree (for line numbers) is built only when an error needs it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._node: yaml.Node | None = None

    @property
    def node(self) -> yaml.Node | None:
        if self._node is None:
            self._node = _yaml().compose(self.text, Loader=_safe_loader())
        return self._node


def read_yaml_with_nodes(path: Path) -> tuple[Any, YamlSource]:
    """Parse a YAML file safely (libyaml when available); line numbers come later, on demand."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(path, f"cannot read ({exc.strerror or exc})") from None
    if len(raw) > MAX_YAML_BYTES:
        raise PackError(path, f"file is too large ({len(raw):,} bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PackError(path, "not UTF-8 text") from None
    key = hashlib.sha256(raw).hexdigest()
    cached = _PARSED.get(key)
    if isinstance(cached, str):  # JSON text: every reader gets its own objects
        try:
            return json.loads(cached), YamlSource(text)
        except ValueError:
            pass
    yaml = _yaml()
    try:
        if "*" in text and "&" in text:
            _check_aliases(path, text)
        data = yaml.load(text, Loader=_safe_loader())  # a safe loader, C or Python
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise PackError(path, f"invalid YAML: {problem}", line=line) from None
    except (ValueError, OverflowError, TypeError) as exc:
        # e.g. an impossible date (2021-02-30), which PyYAML turns into a Python date
        raise PackError(path, f"invalid YAML value: {' '.join(str(exc).split())}") from None
    encoded = _as_json(data)
    if encoded is not None:
        _PARSED.put(key, encoded)
    return data, YamlSource(text)


def _parser_version() -> bytes:
    """PyYAML's own source (its version is in it) and whether its C loader is installed, read
    without importing it; and this module's code."""
    spec = importlib.util.find_spec("yaml")
    if spec is None or spec.origin is None:
        raise OSError("PyYAML is not installed")  # the cache is then off (JsonCache.path)
    package = Path(spec.origin)
    c_loader = sorted(p.name for p in package.parent.glob("_yaml*") if p.suffix in (".so", ".pyd"))
    return package.read_bytes() + f"|{c_loader}|".encode() + Path(__file__).read_bytes()


#: Parsed YAML by the digest of the file's bytes: parsing the built-in packs and reference data
#: (about 140 files) was a sixth of a cold start, reading their JSON a hundredth. Only content
#: that JSON gives back unchanged is kept (a date or a non-string key is parsed every time).
_PARSED = JsonCache("yaml", _parser_version, max_entries=2_000)


def _as_json(data: Any) -> str | None:
    """The data as JSON text, if JSON gives it back unchanged."""
    try:
        encoded = json.dumps(data)  # key order kept: it is the order the YAML gave
        return encoded if _plain(data) and json.loads(encoded) == data else None
    except (TypeError, ValueError, RecursionError):
        return None


def _plain(node: Any) -> bool:
    """Only str, int, float, bool, None, lists and str-keyed dicts (so equality is identity of
    content: JSON would turn a tuple into a list that compares unequal anyway)."""
    if isinstance(node, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in node.items())
    if isinstance(node, list):
        return all(_plain(v) for v in node)
    return node is None or isinstance(node, (str, int, float, bool))


#: Most nodes a YAML file may expand to through aliases (a billion-laughs bomb needs billions).
MAX_EXPANDED_NODES = 100_000


def _check_aliases(path: Path, text: str) -> None:
    """Refuse alias bombs at load: the composed tree shares aliased nodes, so its expanded size
    can be counted (memoised per node) without ever expanding it."""
    root = _yaml().compose(text, Loader=_safe_loader())
    if root is None:
        return
    sizes: dict[int, int] = {}
    # iterative post-order walk; a node on the current path that comes back is a cycle
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    on_path: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            children = _children(node)
            total = 1 + sum(sizes[id(c)] for c in children)
            if total > MAX_EXPANDED_NODES:
                raise PackError(
                    path,
                    f"YAML aliases expand to more than {MAX_EXPANDED_NODES:,} nodes "
                    "(an alias bomb?); refusing to load it",
                    line=node.start_mark.line + 1,
                )
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise PackError(
                path,
                "YAML alias refers to itself; refusing to load it",
                line=node.start_mark.line + 1,
            )
        on_path.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in _children(node) if id(c) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    yaml = _yaml()
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def line_for(source: YamlSource | yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Follow a pydantic error location through the YAML node tree to a 1-based line."""
    node = source.node if isinstance(source, YamlSource) else source
    if node is None:
        return None
    yaml = _yaml()
    best = node.start_mark.line + 1
    current = node
    for part in loc:
        if isinstance(current, yaml.MappingNode):
            nxt = None
            for key_node, value_node in current.value:
                if key_node.value == part:
                    nxt = value_node
                    best = key_node.start_mark.line + 1
                    break
            if nxt is None:
                break
            current = nxt
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(current.value):
                break
            current = current.value[part]
            best = current.start_mark.line + 1
        else:
            break
    return best


#: Criterion kinds: pydantic puts the discriminator's value into an error's location.
CRITERION_TAGS = ("existence", "absence", "conditional", "fact", "claim")


def pack_errors_from_validation(
    path: Path,
    node: YamlSource | yaml.Node | None,
    exc: ValidationError,
    *,
    leading_tags: tuple[str, ...] = (),
) -> list[PackError]:
    """One PackError per validation error, at the line of the key it is about.

    Criterion kind tags are dropped wherever they appear; ``leading_tags`` (the ``kind`` values
    of a top-level discriminated union whose kinds may also be key names, as in reference
    files) are dropped only as the first element of a location.
    """
    out = []
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p in CRITERION_TAGS))
        if loc and leading_tags and loc[0] in leading_tags:
            loc = loc[1:]
        key = ".".join(str(p) for p in loc) or "(file)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        elif msg.startswith("Value error, "):
            msg = msg[len("Value error, ") :]
        out.append(PackError(path, msg, line=line_for(node, loc), key=key))
    return out
