"""The package's layers hold: imports point one way down the flow, no module imports itself
back through a cycle, and no module reaches into another module's private names.

The flow, from the bottom: the foundation (version, errors, knowledge files, schemas), then
ingest -> nlp -> extract -> corpus -> analyses -> charts -> report -> validate -> evaluate, and
the public surface on top (``analysis/__init__``, the command line). A module may import from
its own layer and from the layers below it, never from a layer above.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"
LAYERS = [
    {"_version", "errors", "knowledge", "schemas"},
    {"ingest"},
    {"nlp"},
    {"extract"},
    {"corpus"},
    {"analyses"},
    {"charts"},
    {"report"},
    {"validate"},
    {"evaluate"},
    {"__init__", "__main__", "cli"},
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def imported_modules(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, absolute module, names taken) of every import of the package in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path).split(".")
    package = here if is_package(path) else here[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [
                (node.lineno, a.name, []) for a in node.names if a.name.startswith("analysis")
            ]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.startswith("analysis"):
                found.append((node.lineno, module, [a.name for a in node.names]))
    return found


def layer_of(module: str) -> str:
    """The layer a module belongs to: its first part below ``analysis``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def resolve(module: str, names: list[str]) -> list[str]:
    """The modules an import reaches: ``from analysis.corpus import load`` reaches
    ``analysis.corpus.load``, ``from .records import Quote`` reaches ``...records``."""
    reached = []
    for name in names or [""]:
        candidate = f"{module}.{name}" if name else module
        path = PACKAGE.parent / Path(*candidate.split("."))
        reached.append(candidate if path.with_suffix(".py").exists() or path.is_dir() else module)
    return reached


SOURCES = sorted(PACKAGE.rglob("*.py"))
assert SOURCES, f"no modules under {PACKAGE}"


def test_every_module_belongs_to_a_layer():
    assert {layer_of(module_name(p)) for p in SOURCES} <= set(RANK)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_imports_point_down_the_flow(path):
    here = layer_of(module_name(path))
    upward = [
        f"line {line}: imports {module} (layer {layer_of(module)!r} is above {here!r})"
        for line, module, _ in imported_modules(path)
        if RANK[layer_of(module)] > RANK[here]
    ]
    assert not upward, "\n".join(upward)


def test_no_import_cycles():
    graph = {}
    for path in SOURCES:
        targets = set()
        for _, module, names in imported_modules(path):
            targets.update(resolve(module, names))
        graph[module_name(path)] = targets - {module_name(path)}
    state, cycles = {}, []

    def visit(node, trail):
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if target not in graph:
                continue
            if state.get(target) == "open":
                cycles.append(trail[trail.index(target) :] + [target])
            elif target not in state:
                visit(target, trail + [target])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    # A package's __init__ importing its own modules is no cycle unless they import it back.
    assert not cycles, "\n".join(" -> ".join(cycle) for cycle in cycles)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_no_private_names_across_modules(path):
    """``from x import _name`` and ``module._name`` reach into another module's privates."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
               for alias in node.names}  # fmt: skip
    modules |= {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if (PACKAGE.parent / Path(*f"{node.module or ''}.{alias.name}".split("."))).exists()
        or node.level
    }
    private = [
        f"line {node.lineno}: from {node.module} import {alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]
    private += [
        f"line {node.lineno}: {node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in modules
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
    ]
    assert not private, "\n".join(private)


def test_the_check_sees_an_upward_import(tmp_path):
    """The import parser resolves relative imports, so an upward one cannot slip through."""
    module = PACKAGE / "nlp" / "pipeline.py"
    imports = {m for _, m, _ in imported_modules(module)}
    assert "analysis.knowledge" in imports and "analysis.nlp.model" in imports
    assert RANK[layer_of("analysis.corpus.load")] > RANK[layer_of("analysis.nlp.pipeline")]
