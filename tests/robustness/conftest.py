"""The robustness tests reuse the shell tests' small workspace (tests/ui/_shell_support.py)."""

from __future__ import annotations

import sys
from pathlib import Path

_UI_TESTS = str(Path(__file__).resolve().parents[1] / "ui")
if _UI_TESTS not in sys.path:
    sys.path.append(_UI_TESTS)
