"""A child process that makes one large write, for the SIGKILL tests.

``python _kill_worker.py import WORKSPACE CSV`` checks the CSV, prints ``writing``, then
imports it (one transaction); ``python _kill_worker.py reschedule WORKSPACE`` prints
``writing``, then moves every communication one week later (one transaction). Both print
``done`` when the transaction is committed. The parent kills it somewhere in between.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from datetime import timedelta
from pathlib import Path


def _say(word: str) -> None:
    print(f"{word} {time.perf_counter():.6f}", flush=True)


def main(argv: list[str]) -> None:
    from commsplanner.services.hub import open_hub

    mode, workspace = argv[1], Path(argv[2])
    hub = open_hub(workspace)
    if mode == "import":
        service = hub.directory_import
        preview = service.preview(Path(argv[3]))
        report = service.validate(Path(argv[3]), preview.mapping, preview.options)
        _say("writing")
        service.apply(report)
    elif mode == "reschedule":
        from commsplanner.domain import Changes
        from commsplanner.services.calendar import CalendarEdit

        calendar = hub.calendar
        before = calendar.communications()
        after = [dataclasses.replace(c, start=c.start + timedelta(days=7)) for c in before]
        edit = CalendarEdit(Changes(), before, after)
        _say("writing")
        calendar.reapply(edit)
    else:
        raise SystemExit(f"unknown mode {mode}")
    _say("done")
    hub.close()


if __name__ == "__main__":
    main(sys.argv)
