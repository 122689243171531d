"""The listening subcommand of ``commsplanner-cli``: ``import-measurements``.

    commsplanner-cli import-measurements WORKSPACE FILE [--dry-run] [--mapping JSON]
                     [--source TEXT] [--metric NAME] [--campaign NAME] [--sheet NAME]
                     [--date-order dmy|mdy]

Prints the validation report (row, column, problem, value) and what was imported. The import
is all or nothing: a file with any error imports nothing and the command exits with 1.
Messages use the context ``"ListeningCli"`` (catalogue ``resources/i18n/listening_*.ts``).
Services only, no storage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from .domain.errors import QT_TRANSLATE_NOOP, ValidationError
from .i18n import Catalog, catalog

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def _cmd_import_measurements(args: argparse.Namespace) -> int:
    """Imports (or with --dry-run only checks) survey results and KPIs into a workspace."""
    from .domain.progress import Progress
    from .services.hub import open_hub
    from .services.measurements_import import (
        MappingError,
        MeasurementImportOptions,
        report_lines,
    )

    tr = catalog(args.lang)
    mapping = _mapping(args.mapping, tr)
    if isinstance(mapping, int):
        return mapping
    hub = open_hub(args.workspace, read_only=args.dry_run)
    try:
        service = hub.measurements_import
        campaign_id = None
        if args.campaign:
            campaign_id = service.find_campaign(args.campaign)
            if campaign_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "There is no campaign called “{name}”."),
                    field="campaign",
                    name=args.campaign,
                )
        remembered = service.default_options()
        options = MeasurementImportOptions(
            source=args.source if args.source is not None else remembered.source,
            campaign_id=campaign_id,
            metric=args.metric or "",
            date_order=args.date_order or "auto",
        )
        label = tr.translate("ListeningCli", "Reading and importing the results… {percent} %")
        shown = [-1]

        def report(done: int, total: int) -> None:
            percent = int(100 * done / total) if total else 0
            if percent != shown[0] and sys.stderr.isatty():
                shown[0] = percent
                sys.stderr.write("\r" + label.format(percent=percent))
                sys.stderr.flush()

        try:
            result = service.run(
                args.file,
                _complete(service, args.file, mapping, args.sheet),
                options,
                dry_run=args.dry_run,
                sheet=args.sheet,
                progress=Progress(report=report),
            )
        except MappingError as exc:
            _fail(exc.describe(tr.translate))
            return EXIT_ERROR
        finally:
            if sys.stderr.isatty():
                sys.stderr.write("\r\033[K")
        validation, outcome = result
    finally:
        hub.close()
    for line in report_lines(validation, outcome, tr, args.lang):
        print(line)
    return EXIT_OK if validation.can_import else EXIT_ERROR


def _fail(line: str) -> None:
    """One line on stderr, as every error of the command line is shown."""
    from .cli import PROG

    sys.stderr.write(f"{PROG}: {' '.join(line.split())}\n")
    sys.stderr.flush()


def _mapping(text: str | None, tr: Catalog) -> dict[str, str] | int | None:
    if not text:
        return None
    if not text.lstrip().startswith("{") and os.path.isfile(text):
        with open(text, encoding="utf-8-sig") as fh:
            text = fh.read()
    try:
        mapping: Any = json.loads(text)
    except ValueError:
        mapping = None
    if not isinstance(mapping, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
    ):
        _fail(
            tr.translate(
                "ListeningCli",
                'The mapping must be a JSON object such as {"Fecha": "date", "Nota": "value"} '
                "(or a file holding one).",
            )
        )
        return EXIT_USAGE
    return mapping


def _complete(
    service: Any, path: str, mapping: dict[str, str] | None, sheet: str | None
) -> dict[str, str] | None:
    """A partial mapping from the command line completed by the suggestions for other columns."""
    if mapping is None:
        return None
    suggested = dict(service.preview(path, sheet=sheet).mapping)
    unknown = [k for k in mapping if k not in suggested]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The mapping names columns the file does not have: {columns}."
            ),
            columns=", ".join(f"“{k}”" for k in unknown),
        )
    single = {t for t in mapping.values() if t not in ("metric_column", "ignore")}
    for key, target in list(suggested.items()):
        if key not in mapping and target in single:
            suggested[key] = "ignore"
    suggested.update(mapping)
    return suggested


def register(
    commands: argparse._SubParsersAction,
    tr: Catalog,
    add_command: Callable[..., argparse.ArgumentParser],
) -> None:
    """Adds ``import-measurements`` to the command line."""
    parser = add_command(
        commands,
        tr,
        "import-measurements",
        _cmd_import_measurements,
        tr.translate(
            "ListeningCli",
            "Import survey results and campaign KPIs (CSV or XLSX) into a workspace, or only "
            "check them with --dry-run.",
        ),
    )
    parser.add_argument(
        "workspace",
        metavar=tr.translate("ListeningCli", "WORKSPACE"),
        help=tr.translate("ListeningCli", "The workspace file (.commsplan)."),
    )
    parser.add_argument(
        "file",
        metavar=tr.translate("ListeningCli", "FILE"),
        help=tr.translate("ListeningCli", "The results file (.csv or .xlsx)."),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=tr.translate(
            "ListeningCli", "Check the file and print the report without writing anything."
        ),
    )
    parser.add_argument(
        "--mapping",
        metavar="JSON",
        help=tr.translate(
            "ListeningCli",
            'Column → field as JSON, e.g. {"Nota": "value"}, or a JSON file; other columns '
            "are suggested from their headers. Fields: date, metric, value, metric_column, "
            "group, group_attribute, group_value, respondents, source, campaign, ignore.",
        ),
    )
    parser.add_argument(
        "--source",
        metavar=tr.translate("ListeningCli", "TEXT"),
        help=tr.translate(
            "ListeningCli",
            "Where the results come from (e.g. “Pulse survey”) when no column says it; "
            "results are matched on date, metric, group and source.",
        ),
    )
    parser.add_argument(
        "--metric",
        metavar=tr.translate("ListeningCli", "NAME"),
        help=tr.translate(
            "ListeningCli", "The metric of a value column when no column names the metric."
        ),
    )
    parser.add_argument(
        "--campaign",
        metavar=tr.translate("ListeningCli", "NAME"),
        help=tr.translate("ListeningCli", "The campaign (name or id) all results belong to."),
    )
    parser.add_argument(
        "--sheet",
        metavar=tr.translate("ListeningCli", "NAME"),
        help=tr.translate("ListeningCli", "The sheet of an Excel workbook to read."),
    )
    parser.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help=tr.translate(
            "ListeningCli",
            "How to read dates like 03/04/2025: dmy (day first) or mdy (month first). "
            "Default: day first unless the file shows otherwise.",
        ),
    )
