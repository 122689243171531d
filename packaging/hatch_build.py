"""Wheel build hook: compiles ``resources/i18n/*.ts`` into ``.qm`` catalogues in the wheel.

The ``.qm`` files are build outputs (git-ignored), so a clean clone has none; pyproject maps
``resources/`` into the package as ``commsplanner/_resources``, and this hook adds freshly
compiled catalogues at ``commsplanner/_resources/i18n/<area>_<lang>.qm``. A compiled file
outside the project tree reserves its target path in hatchling, so a stale ``.qm`` left in a
developer's checkout is never packed in its place. Editable installs read ``resources/``
from the checkout and need nothing.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)  # hatchling loads this file by path, not as a package
from qt_i18n import compile_catalogues  # noqa: E402

PACKAGE_I18N = "commsplanner/_resources/i18n"


def compiled_catalogues(root: Path, out_dir: Path) -> dict[str, str]:
    """Compiles the project's catalogues into ``out_dir``; returns hatch's force-include map."""
    sources = sorted((root / "resources" / "i18n").glob("*.ts"))
    if not sources:
        raise FileNotFoundError(f"No translation catalogues in {root / 'resources' / 'i18n'}")
    # Not strict: an unfinished string shows in English; tests/test_translations.py is
    # what refuses incomplete catalogues.
    compiled = compile_catalogues(sources, out_dir, strict=False)
    return {str(qm): f"{PACKAGE_I18N}/{qm.name}" for qm in compiled}


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "commsplanner-translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        # Outside the project tree on purpose (see the module docstring).
        self._out_dir = Path(tempfile.mkdtemp(prefix="commsplanner-qm-"))
        build_data["force_include"].update(compiled_catalogues(Path(self.root), self._out_dir))

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out_dir = getattr(self, "_out_dir", None)
        if out_dir is not None:
            shutil.rmtree(out_dir, ignore_errors=True)
