"""SIGKILL in the middle of large writes: the workspace always opens afterwards, holding
either the state before the write or the state after it, never a mix.

Each round starts from a copy of the "before" workspace, runs a child process that makes one
large write (a 20,000-row directory import, or moving 3,000 communications in one
transaction), kills it with SIGKILL after a random delay spread over the write's measured
duration, then opens the file (recovering its WAL), checks its integrity and compares a hash
of every table with the two reference states.
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from commsplanner.domain import Campaign, Channel, ChannelKind, Communication
from commsplanner.storage import Workspace

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("_kill_worker.py")
IMPORT_ROWS = 20_000
COMMUNICATIONS = 3_000
HEADER = ["Nº empleado", "Nombre completo", "Puesto", "Área", "Sede", "Intereses"]


def _rows(count: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    positions = ["Cajero", "Supervisor", "Analista", "Gestor", "Asesor"]
    areas = ["Operaciones", "Riesgos", "TI", "Marketing", "Personas"]
    places = ["Lima", "Quito", "Bogotá", "La Paz", "Santiago"]
    tags = ["sostenibilidad", "deporte", "formación", "salud", "innovación"]
    return [
        [
            f"E{i:06d}",
            f"Persona {i} {rng.choice('ÁÉÍÓÚÑ')}",
            rng.choice(positions),
            rng.choice(areas),
            rng.choice(places),
            " | ".join(rng.sample(tags, 2)),
        ]
        for i in range(count)
    ]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def state_hash(path: Path) -> str:
    """A hash of every table's rows (the TEMP search index is not part of the file)."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            # Sorted here: some tables have no rowid to order by.
            for text in sorted(
                repr(tuple(row)) for row in conn.execute(f'SELECT * FROM "{table}"')
            ):
                digest.update(text.encode())
    finally:
        conn.close()
    return digest.hexdigest()


def _fresh_copy(template: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    return env


def _run_worker(args: list[str], kill_after: float | None) -> tuple[float | None, bool]:
    """Runs the worker; kills it ``kill_after`` s after it starts writing (None: let it end).

    Returns (seconds from "writing" to "done" when it finished, whether it was killed).
    """
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        line = proc.stdout.readline()
        if not line.startswith("writing"):
            proc.kill()
            raise AssertionError(f"worker failed before writing: {line}{proc.stderr.read()}")
        began = float(line.split()[1])
        if kill_after is None:
            done = proc.stdout.readline()
            proc.wait(timeout=120)
            assert proc.returncode == 0, proc.stderr.read()
            return float(done.split()[1]) - began, False
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        return None, proc.returncode == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def _check_after_kill(path: Path, old: str, new: str) -> str:
    # Opening for writing replays or discards the WAL left by the killed process.
    with Workspace.open(path) as ws:
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    found = state_hash(path)
    assert found in (old, new), "the workspace holds a mix of the old and the new state"
    return "old" if found == old else "new"


class _Scenario:
    def __init__(self, folder: Path, template: Path, args: list[str]) -> None:
        self.work = folder / "work.commsplan"
        self.template = template
        self.args = args
        self.old = state_hash(template)
        _fresh_copy(template, self.work)
        self.duration, _ = _run_worker(self._args(), None)
        self.new = state_hash(self.work)
        assert self.new != self.old

    def _args(self) -> list[str]:
        return [self.args[0], str(self.work), *self.args[1:]]

    def kill_rounds(self, rounds: int, seed: int) -> dict[str, int]:
        rng = random.Random(seed)
        seen = {"old": 0, "new": 0}
        for _ in range(rounds):
            _fresh_copy(self.template, self.work)
            # Mostly inside the write, some right at its end (the commit itself).
            delay = rng.uniform(0, self.duration * 1.15)
            _run_worker(self._args(), delay)
            seen[_check_after_kill(self.work, self.old, self.new)] += 1
        return seen


@pytest.fixture(scope="module")
def import_scenario(tmp_path_factory: pytest.TempPathFactory) -> _Scenario:
    folder = tmp_path_factory.mktemp("kill-import")
    template = folder / "before.commsplan"
    # The "before" state: an earlier, smaller directory, partly overlapping the new one.
    with Workspace.create(template) as ws:
        from commsplanner.services.directory_import import DirectoryImportService

        service = DirectoryImportService(ws)
        earlier = _csv(folder / "earlier.csv", _rows(3_000, seed=1)[::2])
        service.run(earlier)
    directory = _csv(folder / "directory.csv", _rows(IMPORT_ROWS, seed=2))
    return _Scenario(folder, template, ["import", str(directory)])


@pytest.fixture(scope="module")
def reschedule_scenario(tmp_path_factory: pytest.TempPathFactory) -> _Scenario:
    folder = tmp_path_factory.mktemp("kill-reschedule")
    template = folder / "before.commsplan"
    with Workspace.create(template) as ws, ws.transaction():
        channel = ws.channels.add(Channel("Correo", ChannelKind.EMAIL))
        campaign = ws.campaigns.add(Campaign("Campaña"))
        start = datetime(2026, 1, 5, 9, 0)
        for i in range(COMMUNICATIONS):
            ws.communications.add(
                Communication(
                    campaign.id,
                    f"Comunicación {i}",
                    start + timedelta(hours=i),
                    channel_id=channel.id,
                    message_brief="x" * 200,
                )
            )
    return _Scenario(folder, template, ["reschedule"])


def test_a_few_kills_during_a_directory_import(import_scenario: _Scenario) -> None:
    seen = import_scenario.kill_rounds(3, seed=11)
    assert sum(seen.values()) == 3


def test_a_few_kills_during_a_bulk_reschedule(reschedule_scenario: _Scenario) -> None:
    seen = reschedule_scenario.kill_rounds(3, seed=12)
    assert sum(seen.values()) == 3


@pytest.mark.slow
def test_hundreds_of_kills_during_large_writes(
    import_scenario: _Scenario, reschedule_scenario: _Scenario
) -> None:
    seen_import = import_scenario.kill_rounds(110, seed=21)
    seen_reschedule = reschedule_scenario.kill_rounds(110, seed=22)
    # Both outcomes happened, so the kills really landed before and after the commits.
    assert seen_import["old"] > 0 and seen_import["new"] > 0, seen_import
    assert seen_reschedule["old"] > 0 and seen_reschedule["new"] > 0, seen_reschedule
