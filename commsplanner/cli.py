"""``commsplanner-cli``: the services of Comms Planner from the command line.

    commsplanner-cli [--lang es|en] demo OUT.commsplan [--employees N] [--seed S] [--lang es|en]
    commsplanner-cli [--lang es|en] info FILE

Every message is translated (context ``"cli"``; errors use their ``"errors"`` template). A
failure prints ONE line on stderr and exits non-zero; tracebacks never reach the user.

Adding a subcommand
-------------------
1. Write ``_cmd_<name>(args: argparse.Namespace) -> int``. Get the translator with
   ``tr = _translator(args)`` and call ``tr.translate("cli", "Literal text")`` with literal
   strings (lupdate extracts them). Return 0 on success; raise ``CommsPlannerError`` for
   expected failures (``main`` prints it translated).
2. Register it in :func:`build_parser` with ``_add_command(commands, tr, "<name>",
   _cmd_<name>, tr.translate("cli", "One-line help"))`` and add its arguments to the parser
   it returns (nothing else to change: ``main`` dispatches on the registered handler).
3. Re-run lupdate for ``resources/i18n/cli_*.ts`` and translate the new strings.
This module talks to services only (never to ``commsplanner.storage``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NoReturn, TextIO

from . import __version__
from .domain.errors import CommsPlannerError
from .i18n import SUPPORTED_LANGUAGES, Catalog, catalog, normalise_language, system_language

PROG = "commsplanner-cli"
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

Command = Callable[[argparse.Namespace], int]


class _UsageError(Exception):
    """A command line argparse could not understand; carries the translated line."""

    def __init__(self, line: str) -> None:
        super().__init__(line)
        self.line = line


def _catalog(lang: str | None) -> Catalog:
    """The catalogue of ``lang``; untranslated English if the catalogue files are unreadable."""
    try:
        return catalog(lang)
    except Exception:  # a damaged .ts file must not turn every message into a traceback
        return Catalog(lang or "en", {})


def _translator(args: argparse.Namespace) -> Catalog:
    return _catalog(args.lang)


# ---------------------------------------------------------------------------- commands
def _cmd_demo(args: argparse.Namespace) -> int:
    from .domain.progress import Progress
    from .services.demo import generate_demo

    tr = _translator(args)
    data_language = args.demo_lang or args.lang
    began = time.perf_counter()
    progress = _progress_printer(tr) if sys.stderr.isatty() else None
    try:
        path = generate_demo(
            args.output,
            employees=args.employees,
            seed=args.seed,
            lang=data_language,
            progress=Progress(report=progress) if progress else None,
            today=date.today(),
        )
    finally:
        if progress:
            sys.stderr.write("\r\033[K")
    elapsed = time.perf_counter() - began
    print(
        tr.translate(
            "cli", "Demo workspace written to “{path}”: {employees} employees in {seconds} s."
        ).format(
            path=path,
            employees=_number(args.employees, args.lang),
            seconds=_decimal(elapsed, args.lang),
        )
    )
    return EXIT_OK


def _progress_printer(tr: Catalog) -> Callable[[int, int], None]:
    label = tr.translate("cli", "Writing the demo workspace… {percent} %")
    last = [-1]

    def report(done: int, total: int) -> None:
        percent = int(100 * done / total) if total else 0
        if percent != last[0]:
            last[0] = percent
            sys.stderr.write("\r" + label.format(percent=percent))
            sys.stderr.flush()

    return report


def _cmd_info(args: argparse.Namespace) -> int:
    from .services.hub import open_hub

    tr = _translator(args)
    hub = open_hub(args.file, read_only=True)
    try:
        summary = hub.workspace_info.summary()
        supported = hub.workspace_info.supported_schema_version()
    finally:
        hub.close()
    settings = summary.settings
    labels = {
        "employees": tr.translate("cli", "Employees (active)"),
        "segments": tr.translate("cli", "Segments"),
        "values": tr.translate("cli", "Corporate values"),
        "goals": tr.translate("cli", "Business goals"),
        "channels": tr.translate("cli", "Channels"),
        "campaigns": tr.translate("cli", "Campaigns"),
        "communications": tr.translate("cli", "Communications"),
        "blackouts": tr.translate("cli", "Blackout periods"),
        "measurements": tr.translate("cli", "Measurements"),
        "approvals": tr.translate("cli", "Approvals"),
        "feedback": tr.translate("cli", "Feedback entries"),
    }
    none = tr.translate("cli", "(not set)")
    rows = [
        (tr.translate("cli", "Workspace"), str(summary.path)),
        (tr.translate("cli", "Organisation"), settings.organisation or none),
        (tr.translate("cli", "Plan"), settings.plan_title or none),
        (tr.translate("cli", "Country"), settings.country or none),
        (tr.translate("cli", "Language"), settings.language or none),
        (
            tr.translate("cli", "Schema version"),
            tr.translate("cli", "{version} (this app reads up to {supported})").format(
                version=summary.schema_version, supported=supported
            ),
        ),
    ]
    # Known counts in a fixed order, then any a newer storage layer adds.
    for key in [*labels, *(k for k in summary.counts if k not in labels)]:
        if key in summary.counts:
            rows.append((labels.get(key, key), _number(summary.counts[key], args.lang)))
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label + ':':<{width + 1}} {value}")
    return EXIT_OK


def _cmd_import_directory(args: argparse.Namespace) -> int:
    """Imports (or with --dry-run only checks) an HR directory export into a workspace."""
    import json

    from .domain.progress import Progress
    from .services.directory_import import ImportOptions, MappingError
    from .services.directory_report import report_lines
    from .services.hub import open_hub

    tr = _translator(args)
    mapping = None
    if args.mapping:
        text = args.mapping
        if not text.lstrip().startswith("{") and os.path.isfile(text):
            with open(text, encoding="utf-8-sig") as fh:
                text = fh.read()
        try:
            mapping = json.loads(text)
        except ValueError as exc:
            mapping = exc
        if not isinstance(mapping, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
        ):
            _fail(
                sys.stderr,
                tr.translate(
                    "DirectoryCli",
                    'The mapping must be a JSON object such as {"Puesto": "position", '
                    '"Centro": "location"} (or a file holding one).',
                ),
            )
            return EXIT_USAGE
    hub = open_hub(args.workspace, read_only=args.dry_run)
    try:
        service = hub.directory_import
        remembered = service.remembered_options()
        options = ImportOptions(
            pseudonymise=args.pseudonymise or remembered.pseudonymise,
            deactivate_missing=not args.keep_missing,
            date_order=args.date_order or remembered.date_order,
        )
        printer = None
        if sys.stderr.isatty():
            label = tr.translate("DirectoryCli", "Reading and importing the directory… {percent} %")
            last = [-1]

            def printer(done: int, total: int) -> None:
                percent = int(100 * done / total) if total else 0
                if percent != last[0]:
                    last[0] = percent
                    sys.stderr.write("\r" + label.format(percent=percent))
                    sys.stderr.flush()

        try:
            report, result = service.run(
                args.file,
                mapping,
                options,
                dry_run=args.dry_run,
                sheet=args.sheet,
                progress=Progress(report=printer) if printer else None,
            )
        except MappingError as exc:
            _fail(sys.stderr, exc.describe(tr.translate))
            return EXIT_ERROR
        finally:
            if printer:
                sys.stderr.write("\r\033[K")
    finally:
        hub.close()
    for line in report_lines(report, result, tr, args.lang):
        print(line)
    if not report.can_import:
        return EXIT_ERROR
    return EXIT_OK


# ---------------------------------------------------------------------------- the parser
def _add_command(
    commands: argparse._SubParsersAction,
    tr: Catalog,
    name: str,
    handler: Command,
    help_text: str,
) -> argparse.ArgumentParser:
    """Registers one subcommand; returns its parser for the command's own arguments."""
    parser = commands.add_parser(
        name, help=help_text, description=help_text, add_help=False, translator=tr
    )
    _add_help(parser, tr)
    parser.set_defaults(handler=handler)
    return parser


def build_parser(lang: str) -> argparse.ArgumentParser:
    """The whole command line, with its help texts in ``lang``. Register subcommands here."""
    tr = _catalog(lang)
    parser = _Parser(
        prog=PROG,
        description=tr.translate(
            "cli", "Comms Planner from the command line: demo workspaces and summaries."
        ),
        add_help=False,
        translator=tr,
    )
    _add_help(parser, tr)
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=tr.translate("cli", "Show the version and exit."),
    )
    parser.add_argument(
        "--lang",
        choices=SUPPORTED_LANGUAGES,
        default=lang,
        help=tr.translate("cli", "Language of messages (default: the system language)."),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=tr.translate("cli", "COMMAND"), parser_class=_Parser
    )
    commands.required = True

    demo = _add_command(
        commands, tr, "demo", _cmd_demo, tr.translate("cli", "Write a demo workspace.")
    )
    demo.add_argument(
        "output",
        metavar=tr.translate("cli", "OUT.commsplan"),
        help=tr.translate("cli", "The file to create (it must not exist yet)."),
    )
    demo.add_argument(
        "--employees",
        type=_positive_int(tr),
        default=2000,
        metavar="N",
        help=tr.translate("cli", "Number of employees (default: 2000)."),
    )
    demo.add_argument(
        "--seed",
        type=_whole_number(tr),
        default=1,
        metavar="S",
        help=tr.translate(
            "cli", "Random seed: the same seed gives the same workspace (default: 1)."
        ),
    )
    demo.add_argument(
        "--lang",
        dest="demo_lang",
        choices=SUPPORTED_LANGUAGES,
        default=None,
        help=tr.translate(
            "cli", "Language of the plan's names and texts (default: the message language)."
        ),
    )

    info = _add_command(
        commands, tr, "info", _cmd_info, tr.translate("cli", "Summarise a workspace.")
    )
    info.add_argument(
        "file",
        metavar=tr.translate("cli", "FILE"),
        help=tr.translate("cli", "The workspace file (.commsplan); it is opened read-only."),
    )

    imports = _add_command(
        commands,
        tr,
        "import-directory",
        _cmd_import_directory,
        tr.translate(
            "DirectoryCli",
            "Import the employee directory (CSV or XLSX from HR) into a workspace, "
            "or only check it with --dry-run.",
        ),
    )
    imports.add_argument(
        "workspace",
        metavar=tr.translate("DirectoryCli", "WORKSPACE"),
        help=tr.translate("DirectoryCli", "The workspace file (.commsplan)."),
    )
    imports.add_argument(
        "file",
        metavar=tr.translate("DirectoryCli", "FILE"),
        help=tr.translate("DirectoryCli", "The directory export (.csv or .xlsx)."),
    )
    imports.add_argument(
        "--mapping",
        metavar="JSON",
        help=tr.translate(
            "DirectoryCli",
            'Column → field as JSON, e.g. {"Puesto": "position"}, or a JSON file; other '
            "columns are suggested from their headers. Fields: external_id, display_name, "
            "given_name, family_name, position, function, department, location, level, "
            "customer_facing, language, interests, needs, expectations, start_date, "
            "attribute, ignore.",
        ),
    )
    imports.add_argument(
        "--dry-run",
        action="store_true",
        help=tr.translate(
            "DirectoryCli", "Check the file and print the report without writing anything."
        ),
    )
    imports.add_argument(
        "--pseudonymise",
        action="store_true",
        help=tr.translate(
            "DirectoryCli",
            "Keep no names: replace each identifier by a stable salted hash.",
        ),
    )
    imports.add_argument(
        "--keep-missing",
        action="store_true",
        help=tr.translate(
            "DirectoryCli",
            "Leave employees missing from the file active (for partial exports).",
        ),
    )
    imports.add_argument(
        "--sheet",
        metavar=tr.translate("DirectoryCli", "NAME"),
        help=tr.translate("DirectoryCli", "The sheet of an Excel workbook to read."),
    )
    imports.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help=tr.translate(
            "DirectoryCli",
            "How to read dates like 03/04/2024: dmy (day first) or mdy (month first). "
            "Default: day first unless the file shows otherwise.",
        ),
    )

    from .cli_docx import add_export_docx_command

    add_export_docx_command(commands, tr, _add_command)

    from .cli_calendar import register as add_calendar_commands

    add_calendar_commands(commands, tr, _add_command)

    from .cli_scheduling import register as add_scheduling_commands

    add_scheduling_commands(commands, tr, _add_command)

    from .cli_segments import register as add_segment_commands

    add_segment_commands(commands, tr, _add_command)

    from .cli_planning import register as add_planning_commands

    add_planning_commands(commands, tr, _add_command)

    from .cli_listening import register as add_listening_commands

    add_listening_commands(commands, tr, _add_command)
    return parser


def _add_help(parser: argparse.ArgumentParser, tr: Catalog) -> None:
    parser.add_argument(
        "-h",
        "--help",
        action="help",
        default=argparse.SUPPRESS,
        help=tr.translate("cli", "Show this help and exit."),
    )


def _positive_int(tr: Catalog) -> Callable[[str], int]:
    def convert(text: str) -> int:
        try:
            value = int(text.replace("_", "").replace(".", "").replace(",", ""))
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(
                tr.translate("cli", "“{value}” is not a positive whole number.").format(value=text)
            )
        return value

    return convert


def _whole_number(tr: Catalog) -> Callable[[str], int]:
    def convert(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                tr.translate("cli", "“{value}” is not a whole number.").format(value=text)
            ) from None

    return convert


class _HelpFormatter(argparse.HelpFormatter):
    usage_prefix = "usage: "

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, self.usage_prefix if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with translated headings and errors reported as one translated line."""

    def __init__(self, *args: Any, translator: Catalog | None = None, **kwargs: Any) -> None:
        self._tr = translator or _catalog(None)
        tr = self._tr
        prefix = tr.translate("cli", "usage: ")
        kwargs.setdefault(
            "formatter_class",
            type("Formatter", (_HelpFormatter,), {"usage_prefix": prefix}),
        )
        super().__init__(*args, **kwargs)
        self._positionals.title = tr.translate("cli", "arguments")
        self._optionals.title = tr.translate("cli", "options")

    def error(self, message: str) -> NoReturn:
        raise _UsageError(_usage_line(self._tr, message))


# argparse's own messages (English) mapped onto translated sentences.
_ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"), "required"),
    (re.compile(r"unrecognized arguments: (?P<names>.+)"), "unknown"),
    (
        re.compile(
            r"argument (?P<arg>\S+): invalid choice: '?(?P<value>.*?)'? \(choose from (?P<choices>.+)\)"
        ),
        "choice",
    ),
    (re.compile(r"argument (?P<arg>\S+): expected one argument"), "needs_value"),
    (re.compile(r"argument (?P<arg>\S+): (?P<detail>.+)"), "argument"),
)


def _usage_line(tr: Catalog, message: str) -> str:
    texts = {
        "required": tr.translate("cli", "Missing argument(s): {names}."),
        "unknown": tr.translate("cli", "Unknown argument(s): {names}."),
        "choice": tr.translate("cli", "{arg}: “{value}” is not one of {choices}."),
        "needs_value": tr.translate("cli", "{arg} needs a value."),
        "argument": tr.translate("cli", "{arg}: {detail}"),
    }
    for pattern, key in _ARGPARSE_MESSAGES:
        found = pattern.fullmatch(message.strip())
        if found:
            fields = {k: v.replace("'", "") for k, v in found.groupdict().items()}
            if "detail" in fields:
                fields["detail"] = found.group("detail")
            text = texts[key].format(**fields)
            break
    else:
        text = tr.translate("cli", "Invalid command line: {detail}.").format(detail=message)
    hint = tr.translate("cli", "Run “{prog} --help” for help.").format(prog=PROG)
    return f"{text} {hint}"


# ---------------------------------------------------------------------------- formatting
def _number(value: int, lang: str) -> str:
    text = f"{value:,}"
    # Spanish groups thousands with a point (from five digits, as the RAE recommends for
    # four-digit numbers to stay ungrouped).
    if lang == "es":
        return text.replace(",", ".") if value >= 10_000 else str(value)
    return text


def _decimal(value: float, lang: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "es" else text


# ---------------------------------------------------------------------------- entry point
def _language_from(argv: Sequence[str]) -> str:
    """The message language before full parsing (so that help and errors are translated)."""
    lang = system_language()
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            lang = argv[index + 1]
            break
        if arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
            break
        if not arg.startswith("-"):
            break  # the subcommand: a later --lang is the demo's data language
    return normalise_language(lang)


def _safe_streams() -> None:
    """Unencodable characters (a C locale) must not turn a message into a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):
                reconfigure(errors="replace")


def _fail(stream: TextIO, line: str) -> None:
    text = " ".join(line.split())  # exactly one line, whatever the message held
    with contextlib.suppress(Exception):
        stream.write(f"{PROG}: {text}\n")
        stream.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command; returns the exit code (0 success, 1 error, 2 usage, 130 interrupted)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    _safe_streams()
    lang = _language_from(arguments)
    tr = _catalog(lang)
    try:
        try:
            parser = build_parser(lang)
            args = parser.parse_args(arguments)
        except _UsageError as exc:
            _fail(sys.stderr, exc.line)
            return EXIT_USAGE
        except SystemExit as exc:  # --help and --version
            return exc.code if isinstance(exc.code, int) else EXIT_OK
        return int(args.handler(args))
    except CommsPlannerError as exc:
        _fail(sys.stderr, exc.format(tr.translate("errors", exc.template)))
    except KeyboardInterrupt:
        _fail(sys.stderr, tr.translate("cli", "Interrupted. Nothing was written."))
        return EXIT_INTERRUPTED
    except OSError as exc:
        detail = exc.strerror or str(exc)
        target = exc.filename
        if target:
            _fail(
                sys.stderr,
                tr.translate("cli", "Cannot use “{path}”: {detail}.").format(
                    path=os.fsdecode(target), detail=detail
                ),
            )
        else:
            _fail(
                sys.stderr,
                tr.translate("cli", "A system error stopped the command: {detail}.").format(
                    detail=detail
                ),
            )
    except Exception as exc:  # the last line of defence: never a traceback
        _fail(
            sys.stderr,
            tr.translate("cli", "Unexpected error ({kind}): {detail}").format(
                kind=type(exc).__name__, detail=str(exc) or "-"
            ),
        )
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
