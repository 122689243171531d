"""Qt's translation tools (lupdate, lrelease) for the build: the wheel hook, the bundle and
the catalogue scripts all compile and extract through here.

Only the standard library at import time: the wheel build hook loads this file inside the
isolated build environment, where PySide6-Essentials is installed (``build-system.requires``)
but nothing of Comms Planner is.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

# "    Generated 122 translation(s) (122 finished and 0 unfinished)"
_GENERATED = re.compile(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)")


class TranslationToolError(RuntimeError):
    """A Qt translation tool is missing, failed, or warned about a catalogue."""


def qt_tool(name: str) -> Path:
    """The ``lupdate``/``lrelease`` binary shipped in the PySide6-Essentials wheel.

    Found through the package folder, without importing Qt, so it works in a build
    environment whose ``bin`` folder is not on PATH; ``pyside6-<name>`` on PATH is the
    fallback (a system-wide PySide6).
    """
    executable = f"{name}.exe" if sys.platform == "win32" else name
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            candidate = Path(folder) / executable
            if candidate.is_file():
                return candidate
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return Path(wrapper)
    raise TranslationToolError(
        f"Qt's {name} was not found: install PySide6-Essentials in this Python ({sys.executable})."
    )


def _run(command: Sequence[str | os.PathLike[str]]) -> str:
    result = subprocess.run(
        [os.fspath(part) for part in command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
    )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise TranslationToolError(
            f"{Path(command[0]).name} failed ({result.returncode}):\n{output}"
        )
    return output


def release_problems(output: str) -> list[str]:
    """What lrelease said beyond its two routine lines (untranslated, ignored, warnings)."""
    problems = []
    for raw in output.splitlines():
        line = raw.strip()
        if not line or line.startswith("Updating "):
            continue
        match = _GENERATED.search(line)
        if match and match.group(3) == "0":
            continue
        problems.append(line)
    return problems


def compile_catalogue(ts: Path, qm: Path, *, strict: bool = True) -> Path:
    """Compiles ``ts`` to ``qm``; with ``strict`` any unfinished or ignored message fails."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    output = _run([qt_tool("lrelease"), ts, "-qm", qm])
    problems = release_problems(output)
    if strict and problems:
        raise TranslationToolError(f"{ts.name} is not complete:\n" + "\n".join(problems))
    return qm


def compile_catalogues(
    ts_files: Iterable[Path], out_dir: Path, *, strict: bool = True
) -> list[Path]:
    """Compiles every ``.ts`` into ``out_dir`` (same stem, ``.qm``); returns the ``.qm`` paths."""
    return [
        compile_catalogue(ts, out_dir / f"{ts.stem}.qm", strict=strict) for ts in sorted(ts_files)
    ]


def extract(sources: Iterable[Path], ts_files: Sequence[Path], *, no_obsolete: bool) -> str:
    """Runs lupdate over Python ``sources`` into ``ts_files`` (created or merged)."""
    command: list[str | os.PathLike[str]] = [qt_tool("lupdate"), "-extensions", "py"]
    if no_obsolete:
        command.append("-no-obsolete")
    command += sorted(sources)
    command.append("-ts")
    command += list(ts_files)
    return _run(command)
