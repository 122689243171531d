"""Loads the build scripts of packaging/ (plain files, not a package) for tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def packaging_module(name: str) -> ModuleType:
    """``packaging/<name>.py`` as a module (loaded once; its siblings importable)."""
    key = f"_commsplanner_packaging_{name}"
    if key in sys.modules:
        return sys.modules[key]
    if str(PACKAGING) not in sys.path:
        # The scripts import each other as top-level modules, as they do when run.
        sys.path.append(str(PACKAGING))
    spec = importlib.util.spec_from_file_location(key, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module
