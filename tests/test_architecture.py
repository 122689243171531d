"""The layering rules of DEVELOPERS.md, checked on every import statement of the package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "commsplanner"


def _imports(path: Path) -> list[str]:
    """Absolute module names imported by one file (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package_parts = ["commsplanner", *path.relative_to(PACKAGE).parent.parts]
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.append(module)
            names.extend(f"{module}.{alias.name}" for alias in node.names)
    return names


def _files(*folders: str) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        target = PACKAGE / folder
        found.extend(sorted(target.rglob("*.py")) if target.is_dir() else [target])
    return [f for f in found if f.exists()]


def _violations(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for file in files:
        for name in _imports(file):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{file.relative_to(PACKAGE.parent)} imports {name}")
    return bad


@pytest.mark.parametrize("layer", ["domain", "storage", "services", "i18n.py", "paths.py"])
def test_core_layers_never_import_qt(layer: str) -> None:
    assert (
        _violations(_files(layer), ("PySide6", "shiboken6", "matplotlib.backends.backend_qtagg"))
        == []
    )


def test_domain_depends_on_nothing_of_ours_above_it() -> None:
    forbidden = (
        "commsplanner.storage",
        "commsplanner.services",
        "commsplanner.ui",
        "commsplanner.cli",
    )
    assert _violations(_files("domain"), forbidden) == []


def test_storage_does_not_reach_up() -> None:
    forbidden = ("commsplanner.services", "commsplanner.ui", "commsplanner.cli")
    assert _violations(_files("storage"), forbidden) == []


def test_ui_and_cli_never_import_storage() -> None:
    assert _violations(_files("ui", "cli.py"), ("commsplanner.storage",)) == []


def test_services_do_not_import_ui() -> None:
    assert _violations(_files("services"), ("commsplanner.ui", "commsplanner.cli")) == []


def test_sql_only_in_storage() -> None:
    offenders = []
    for file in _files("domain", "services", "ui", "cli.py"):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"execute", "executemany", "executescript"}
                # WorkspaceSession.execute(text, redo, undo) is the undo stack, not SQL.
                and not ast.unparse(node.func.value).endswith("session")
            ):
                offenders.append(f"{file.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offenders == []


def test_the_checker_sees_a_violation() -> None:
    """Guards the guard: the UI session module does import Qt and the domain, so both show."""
    session = PACKAGE / "ui" / "session.py"
    assert _violations([session], ("PySide6",)) != []
    assert "commsplanner.domain.Changes" in _imports(session)
