"""Imports flow one way: maps → layers → geo.

Every ``import`` in every module is read (module level and inside functions), so a
lazy import cannot hide a step against the flow.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A package and the bordermap packages it must never import.
FORBIDDEN = {
    "geo": ("bordermap.layers", "bordermap.maps"),
    "layers": ("bordermap.maps",),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module name ``path`` imports, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def steps_against_the_flow(package: str) -> list[str]:
    forbidden = FORBIDDEN[package]
    steps = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for line, module in imported_modules(path):
            if any(module == f or module.startswith(f + ".") for f in forbidden):
                steps.append(f"{path.relative_to(ROOT)}:{line}: imports {module}")
    return steps


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_package_imports_one_above_it(package):
    assert list((ROOT / package).rglob("*.py")), f"no modules found under {package}/"
    assert steps_against_the_flow(package) == []


def test_the_check_sees_a_step_against_the_flow(tmp_path, monkeypatch):
    (tmp_path / "geo").mkdir()
    (tmp_path / "geo" / "bad.py").write_text(
        "def late():\n    from bordermap.maps.recipe import load_recipe\n"
    )
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    assert steps_against_the_flow("geo") == ["geo/bad.py:2: imports bordermap.maps.recipe"]
