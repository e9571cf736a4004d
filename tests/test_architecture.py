"""The package's import graph, read with ``ast``: no cycles, and data flows one way.

Every ``import`` and ``from ... import`` in every module under ``geo_disputed/`` counts,
wherever it stands: at the top, inside a function, under ``if TYPE_CHECKING:`` or in a
``try:``. Relative imports are resolved; ``from pkg import name`` is an edge to ``pkg.name``
when that is a module, else to ``pkg``; ``importlib.import_module("literal")`` counts too
(a computed name, like the CLI's ``f"geo_disputed.commands.{name}"``, cannot be read). Only
explicit imports are edges: importing ``a.b.c`` also runs ``a/__init__`` and ``a/b/__init__``,
but those implicit edges are left out, as import linters do.

The stages, in data-flow order, are the sub-packages ``text`` < ``geo`` < ``incidents`` <
``render``: a stage imports only its own or earlier stages. The root modules are either
orchestration (``layers``, ``cli``, ``__main__`` and the ``commands`` package), which may
import any stage and which no stage or foundation may import, or foundations (every other
root module: settings, errors, files, download, curated, crs, ... -- a new root module is a
foundation by default), which anybody may import and which import only foundations. The
package root ``geo_disputed/__init__.py`` may import anything, but no module inside the
package imports ``geo_disputed`` itself (its re-exports): it names the submodule.
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Iterable, Mapping
from itertools import pairwise
from pathlib import Path

import pytest

PACKAGE = "geo_disputed"
PACKAGE_DIR = Path(__file__).resolve().parents[1] / PACKAGE

STAGES = ("text", "geo", "incidents", "render")
ORCHESTRATION_MODULES = frozenset({"layers", "cli", "__main__"})
ORCHESTRATION_PACKAGES = frozenset({"commands"})

Graph = Mapping[str, Iterable[str]]


# -- reading the graph -------------------------------------------------------------------


def module_files(package_dir: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> source file, for every ``.py`` under ``package_dir``."""
    modules: dict[str, Path] = {}
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = [package, *path.relative_to(package_dir).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _base_of_relative(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute module a ``from <level dots><name> import`` in ``module`` starts from."""
    anchor = module.split(".") if is_package else module.split(".")[:-1]
    if level - 1 > len(anchor) - 1:
        raise ValueError(f"{module}: relative import beyond the top-level package")
    anchor = anchor[: len(anchor) - (level - 1)]
    return ".".join([*anchor, name] if name else anchor)


def _imported_names(
    tree: ast.AST, module: str, is_package: bool
) -> Iterable[tuple[str, list[str], int]]:
    """``(base, names, line)`` for each import statement: ``import a.b`` gives ``("a.b", [],
    n)``, ``from a import x, y`` gives ``("a", ["x", "y"], n)``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _base_of_relative(module, is_package, node.level, node.module)
            else:
                base = node.module or ""
            yield base, [alias.name for alias in node.names], node.lineno
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "importlib"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value, [], node.lineno


def build_import_graph(
    package_dir: Path = PACKAGE_DIR, package: str = PACKAGE
) -> tuple[dict[str, set[str]], dict[tuple[str, str], list[str]], list[str]]:
    """``(graph, sites, unresolved)``: module -> the package modules it imports; each edge's
    ``file:line`` sites; and the imports of ``package.*`` names that match no module."""
    files = module_files(package_dir, package)
    root = package_dir.parent
    graph: dict[str, set[str]] = {name: set() for name in files}
    sites: dict[tuple[str, str], list[str]] = {}
    unresolved: list[str] = []
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        for base, names, line in _imported_names(tree, module, is_package):
            if base != package and not base.startswith(package + "."):
                continue
            where = f"{path.relative_to(root).as_posix()}:{line}"
            targets: list[str] = []
            for name in names or [""]:
                if name and name != "*" and f"{base}.{name}" in files:
                    targets.append(f"{base}.{name}")
                elif base in files:
                    targets.append(base)
                else:
                    unresolved.append(f"{where}: {base}{'.' + name if name else ''}")
            for target in dict.fromkeys(targets):
                graph[module].add(target)
                sites.setdefault((module, target), []).append(where)
    return graph, sites, unresolved


# -- checking it ---------------------------------------------------------------------------


def strongly_connected(graph: Graph) -> list[list[str]]:
    """Tarjan's strongly connected components of ``graph`` (iterative)."""
    edges = {node: sorted(targets) for node, targets in graph.items()}
    for targets in list(edges.values()):
        for target in targets:
            edges.setdefault(target, [])
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(sorted(component))
    return components


def _shortest_cycle_through(graph: Graph, start: str, within: set[str]) -> list[str]:
    """The shortest chain ``start -> ... -> start`` inside ``within`` (breadth first)."""
    previous: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(graph.get(node, ())):
            if child not in within:
                continue
            if child == start:
                chain = [node]
                while chain[-1] != start:
                    chain.append(previous[chain[-1]])
                return [start, *reversed(chain[:-1]), start]
            if child not in previous:
                previous[child] = node
                queue.append(child)
    raise AssertionError(f"{start} is on no cycle")  # pragma: no cover


def find_cycles(graph: Graph) -> list[list[str]]:
    """One cycle (as ``[a, b, ..., a]``) for every group of mutually importing modules,
    including a module that imports itself."""
    cycles = []
    for component in strongly_connected(graph):
        members = set(component)
        first = component[0]
        if len(component) > 1 or first in set(graph.get(first, ())):
            cycles.append(_shortest_cycle_through(graph, first, members))
    return cycles


def classify(module: str, package: str = PACKAGE) -> tuple[str, int]:
    """``(kind, rank)``: kind is ``"root"`` (the package's ``__init__``), ``"stage"`` (rank =
    position in STAGES), ``"orchestration"`` or ``"foundation"``."""
    if module == package:
        return "root", -1
    top = module[len(package) + 1 :].split(".")[0]
    if top in STAGES:
        return "stage", STAGES.index(top)
    if top in ORCHESTRATION_MODULES or top in ORCHESTRATION_PACKAGES:
        return "orchestration", -1
    return "foundation", -1


def stage_violations(graph: Graph, package: str = PACKAGE) -> list[tuple[str, str, str]]:
    """``(importer, imported, why)`` for every edge against the one-way rule."""
    found = []
    for importer in sorted(graph):
        for imported in sorted(set(graph[importer])):
            if importer in (imported, package):
                continue
            if imported == package:
                found.append((importer, imported, "imports the package root; name the submodule"))
                continue
            kind, rank = classify(importer, package)
            target_kind, target_rank = classify(imported, package)
            why = None
            if kind == "foundation" and target_kind in ("stage", "orchestration"):
                why = f"foundation module imports {target_kind} {imported}"
            elif kind == "stage" and target_kind == "orchestration":
                why = f"stage {STAGES[rank]!r} imports orchestration"
            elif kind == "stage" and target_kind == "stage" and target_rank > rank:
                why = f"stage {STAGES[rank]!r} imports later stage {STAGES[target_rank]!r}"
            if why:
                found.append((importer, imported, why))
    return found


def _with_sites(importer: str, imported: str, sites: Mapping[tuple[str, str], list[str]]) -> str:
    return ", ".join(sites.get((importer, imported), ["?"]))


# -- the real package ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_graph() -> tuple[dict[str, set[str]], dict[tuple[str, str], list[str]], list[str]]:
    return build_import_graph()


def test_graph_is_read_from_the_real_package(real_graph) -> None:
    graph, sites, _ = real_graph
    assert len(graph) >= 30, sorted(graph)
    assert sum(len(targets) for targets in graph.values()) >= 50
    assert "geo_disputed.text.normalize" in graph["geo_disputed.geo.boundaries"]
    assert "geo_disputed.settings" in graph[PACKAGE]  # `from geo_disputed import settings`
    assert any(
        where.startswith("geo_disputed/geo/boundaries.py:")
        for where in sites[("geo_disputed.geo.boundaries", "geo_disputed.text.normalize")]
    )


def test_every_subpackage_is_ranked() -> None:
    """A new sub-package must be placed: a stage (in order) or orchestration."""
    subpackages = {path.parent.name for path in PACKAGE_DIR.glob("*/__init__.py")}
    assert subpackages == set(STAGES) | ORCHESTRATION_PACKAGES


def test_every_package_import_resolves(real_graph) -> None:
    _, _, unresolved = real_graph
    assert not unresolved, "imports of no module in the tree:\n" + "\n".join(unresolved)


def test_no_import_cycles(real_graph) -> None:
    graph, sites, _ = real_graph
    cycles = find_cycles(graph)
    lines = []
    for cycle in cycles:
        lines.append(" -> ".join(cycle))
        lines.extend(f"    {a} -> {b}  ({_with_sites(a, b, sites)})" for a, b in pairwise(cycle))
    assert not cycles, "import cycles:\n" + "\n".join(lines)


def test_data_flows_one_way(real_graph) -> None:
    graph, sites, _ = real_graph
    violations = stage_violations(graph)
    assert not violations, "imports against the stage order text < geo < incidents < render:\n" + (
        "\n".join(f"{a} -> {b}: {why}  ({_with_sites(a, b, sites)})" for a, b, why in violations)
    )


# -- the checker itself, on graphs made up for it ------------------------------------------


def test_checker_finds_a_known_cycle() -> None:
    graph = {
        "geo_disputed.geo.a": {"geo_disputed.geo.b"},
        "geo_disputed.geo.b": {"geo_disputed.geo.c", "geo_disputed.errors"},
        "geo_disputed.geo.c": {"geo_disputed.geo.a"},
        "geo_disputed.errors": set(),
        "geo_disputed.files": {"geo_disputed.files"},
    }
    assert sorted(find_cycles(graph)) == [
        ["geo_disputed.files", "geo_disputed.files"],
        ["geo_disputed.geo.a", "geo_disputed.geo.b", "geo_disputed.geo.c", "geo_disputed.geo.a"],
    ]
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_checker_reports_the_shortest_chain() -> None:
    graph = {"a": {"b", "x"}, "b": {"c"}, "c": {"d"}, "d": {"a"}, "x": {"a"}}
    assert find_cycles(graph) == [["a", "x", "a"]]


def test_checker_finds_backward_edges() -> None:
    graph = {
        PACKAGE: {"geo_disputed.render.static", "geo_disputed.cli"},  # the root may
        "geo_disputed.cli": {"geo_disputed.render.static"},  # orchestration may
        "geo_disputed.layers": {"geo_disputed.incidents.load", "geo_disputed.settings"},
        "geo_disputed.commands.map": {"geo_disputed.layers"},
        "geo_disputed.geo.belt": {
            "geo_disputed.text.normalize",  # earlier stage: fine
            "geo_disputed.geo.boundaries",  # same stage: fine
            "geo_disputed.incidents.query",  # later stage
            "geo_disputed.crs",  # foundation: fine
        },
        "geo_disputed.text.geoparser": {"geo_disputed.layers"},  # orchestration
        "geo_disputed.incidents.load": {"geo_disputed.commands.common"},  # orchestration
        "geo_disputed.crs": {"geo_disputed.settings"},  # foundation -> foundation: fine
        "geo_disputed.newmodule": {"geo_disputed.geo.belt"},  # a foundation by default
        "geo_disputed.render.page": {PACKAGE},  # the package root
    }
    assert {(a, b) for a, b, _ in stage_violations(graph)} == {
        ("geo_disputed.geo.belt", "geo_disputed.incidents.query"),
        ("geo_disputed.text.geoparser", "geo_disputed.layers"),
        ("geo_disputed.incidents.load", "geo_disputed.commands.common"),
        ("geo_disputed.newmodule", "geo_disputed.geo.belt"),
        ("geo_disputed.render.page", PACKAGE),
    }


def test_reader_resolves_every_kind_of_import(tmp_path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("from pkg import base\n")
    (package / "base.py").write_text(
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from pkg.sub.deep import Thing\n"
    )
    (package / "sub" / "__init__.py").write_text("from . import deep\nfrom .deep import Thing\n")
    (package / "sub" / "deep.py").write_text(
        "import os\n"
        "import importlib\n"
        "def f():\n"
        "    from .. import base\n"
        "    from ..base import x\n"
        "    import pkg.sub\n"
        "    importlib.import_module('pkg')\n"
        "    from pkg.gone import y\n"
    )
    graph, sites, unresolved = build_import_graph(package, "pkg")
    assert graph == {
        "pkg": {"pkg.base"},
        "pkg.base": {"pkg.sub.deep"},
        "pkg.sub": {"pkg.sub.deep"},
        "pkg.sub.deep": {"pkg.base", "pkg.sub", "pkg"},
    }
    assert sites[("pkg.sub.deep", "pkg.base")] == ["pkg/sub/deep.py:4", "pkg/sub/deep.py:5"]
    assert unresolved == ["pkg/sub/deep.py:8: pkg.gone.y"]
    assert find_cycles(graph) == [["pkg", "pkg.base", "pkg.sub.deep", "pkg"]]
