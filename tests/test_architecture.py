"""The package's shape: no import cycle inside ``auditcheck`` and no module over 400 lines.

Imports are read from the source (module level only: an import inside a function or under
``TYPE_CHECKING`` runs late and cannot close a cycle at load); importing ``a.b.c`` counts as
importing the package ``a.b`` too, since Python runs its ``__init__`` first. ``SPLITTING``
names the modules other branches are still splitting; it is meant to shrink to nothing.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "auditcheck"
MAX_LINES = 400
#: Modules still over the limit while they are being split elsewhere; empty this list.
SPLITTING: set[str] = set()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _top_level_imports(node: ast.AST):
    """Import statements that run when the module loads (not in functions or TYPE_CHECKING)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child
        elif isinstance(child, ast.If):
            test = ast.unparse(child.test)
            if "TYPE_CHECKING" not in test:
                yield from _top_level_imports(child)
        elif isinstance(child, (ast.Try, ast.With)):
            yield from _top_level_imports(child)


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for imp in _top_level_imports(tree):
            if isinstance(imp, ast.Import):
                targets = [alias.name for alias in imp.names]
            else:
                base = package
                for _ in range(imp.level - 1):
                    base = base.rpartition(".")[0]
                if imp.level:
                    base = f"{base}.{imp.module}" if imp.module else base
                else:
                    base = imp.module or ""
                # ``from pkg import sub`` imports the submodule when there is one
                targets = [
                    f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in imp.names
                ]
            for target in targets:
                # importing ``a.b.c`` first runs ``a/b/__init__``: that is an edge too (the
                # root package is left out: it is always loaded first, whatever is imported)
                while target.count(".") >= 1:
                    if target in modules and target != name and not name.startswith(target + "."):
                        graph[name].add(target)
                    target = target.rpartition(".")[0]
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_planted_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_inside_the_package():
    graph = _graph()
    assert "auditcheck.text.index" in graph["auditcheck.facts.extract"]  # the reader sees imports
    assert _cycles(graph) == []


def test_no_module_over_400_lines_outside_the_splitting_list():
    too_long = {
        str(path.relative_to(PACKAGE.parent)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert {p: n for p, n in too_long.items() if p not in SPLITTING} == {}


def test_the_text_layer_has_no_id_keyed_cache():
    """One index per document lives on the document; nothing is cached by ``id(document)``."""
    for path in (PACKAGE / "text").rglob("*.py"):
        assert "id(document)" not in path.read_text(encoding="utf-8"), path
    for path in PACKAGE.rglob("*.py"):
        assert "index_for(" not in path.read_text(encoding="utf-8"), path
