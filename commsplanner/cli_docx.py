"""``commsplanner-cli export-docx``: the Word plan from the command line.

    commsplanner-cli export-docx WORKSPACE OUT.docx [--lang es|en] [--from DATE --to DATE]
                                 [--summary] [--template FILE] [--logo IMAGE] [--doc-version TEXT]

Registered by :func:`commsplanner.cli.build_parser`; messages use the context ``"DocxCli"``
(catalogue ``resources/i18n/export_*.ts``). Talks to services only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from .i18n import SUPPORTED_LANGUAGES, Catalog, catalog

EXIT_OK = 0


def _cmd_export_docx(args: argparse.Namespace) -> int:
    """Writes the Word plan of a workspace (opened read-only, so the app may keep it open)."""
    from .domain.progress import Progress
    from .services.export_docx import ExportOptions
    from .services.hub import open_hub

    tr = catalog(args.lang)
    language = args.doc_lang or args.lang
    if args.first and args.last and args.last < args.first:
        from .domain.errors import QT_TRANSLATE_NOOP, ValidationError

        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period ends ({end}) before it starts ({start})."),
            start=args.first.isoformat(),
            end=args.last.isoformat(),
        )
    hub = open_hub(args.workspace, read_only=True)
    try:
        options = ExportOptions(
            language=language,
            first=args.first,
            last=args.last,
            detail="summary" if args.summary else "full",
            template=args.template or "",
            logo=args.logo or "",
            version=args.version_label,
            output=args.output,
        )
        label = tr.translate("DocxCli", "Writing the Word plan… {percent} %")
        shown = [-1]

        def report(done: int, total: int) -> None:
            percent = int(100 * done / total) if total else 0
            if percent != shown[0] and sys.stderr.isatty():
                shown[0] = percent
                sys.stderr.write("\r" + label.format(percent=percent))
                sys.stderr.flush()

        path = hub.export_docx.export(options, progress=Progress(report=report), remember=False)
    finally:
        if sys.stderr.isatty():
            sys.stderr.write("\n")
        hub.close()
    print(tr.translate("DocxCli", "Plan written to {path}").format(path=path))
    return EXIT_OK


def _iso_day(tr: Catalog) -> Callable[[str], Any]:
    from datetime import date, datetime

    def convert(text: str) -> date:
        for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.strptime(text.strip(), pattern).date()
            except ValueError:
                continue
        raise argparse.ArgumentTypeError(
            tr.translate("DocxCli", "“{text}” is not a date; write it as YYYY-MM-DD.").format(
                text=text
            )
        )

    return convert


def add_export_docx_command(
    commands: argparse._SubParsersAction,
    tr: Catalog,
    add_command: Callable[..., argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Adds ``export-docx`` to the CLI's subcommands; returns its parser."""
    docx_parser = add_command(
        commands,
        tr,
        "export-docx",
        _cmd_export_docx,
        tr.translate("DocxCli", "Export the communication plan of a workspace to Word (.docx)."),
    )
    docx_parser.add_argument(
        "workspace",
        metavar=tr.translate("DocxCli", "WORKSPACE"),
        help=tr.translate("DocxCli", "The workspace file (.commsplan); it is opened read-only."),
    )
    docx_parser.add_argument(
        "output",
        metavar=tr.translate("DocxCli", "OUT.docx"),
        help=tr.translate("DocxCli", "The Word file to write (replaced atomically if it exists)."),
    )
    docx_parser.add_argument(
        "--lang",
        dest="doc_lang",
        choices=SUPPORTED_LANGUAGES,
        default=None,
        help=tr.translate("DocxCli", "Language of the document (default: the message language)."),
    )
    docx_parser.add_argument(
        "--from",
        dest="first",
        type=_iso_day(tr),
        metavar=tr.translate("DocxCli", "DATE"),
        help=tr.translate("DocxCli", "First day of the period (default: the start of the plan)."),
    )
    docx_parser.add_argument(
        "--to",
        dest="last",
        type=_iso_day(tr),
        metavar=tr.translate("DocxCli", "DATE"),
        help=tr.translate("DocxCli", "Last day of the period (default: the end of the plan)."),
    )
    docx_parser.add_argument(
        "--summary",
        action="store_true",
        help=tr.translate(
            "DocxCli", "Write the 2–4 page leadership summary instead of the full plan."
        ),
    )
    docx_parser.add_argument(
        "--template",
        metavar=tr.translate("DocxCli", "FILE"),
        help=tr.translate(
            "DocxCli", "A corporate Word document or template (.docx/.dotx) to take styles from."
        ),
    )
    docx_parser.add_argument(
        "--logo",
        metavar=tr.translate("DocxCli", "IMAGE"),
        help=tr.translate("DocxCli", "A logo for the cover (PNG, JPEG, GIF or BMP)."),
    )
    docx_parser.add_argument(
        "--doc-version",
        dest="version_label",
        default="1.0",
        metavar=tr.translate("DocxCli", "TEXT"),
        help=tr.translate("DocxCli", "Version shown on the cover (default: 1.0)."),
    )
    return docx_parser
