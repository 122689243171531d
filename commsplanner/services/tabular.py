"""Reading CSV and XLSX tables the way HR systems, Excel and people really write them.

The reader finds the delimiter (``,`` ``;`` tab ``|``) and the encoding (UTF-8 with or without
BOM, UTF-16 with BOM, Windows-1252, Latin-1) on its own, skips blank lines and title rows above
the header, combines two or three header rows (group headers, merged cells in XLSX) into one
label per column, trims cells and keeps every other character intact (emoji, right-to-left
text, 10,000-character cells). A file that cannot be read raises :class:`TableReadError` naming
the row and column; problems confined to one row become :class:`Issue` entries of the table.

Nothing here knows about employees, so measurement imports can reuse it.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import itertools
import math
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError
from ..domain.progress import Progress

# Translation context of the row problems below (the UI and the CLI translate with it).
ISSUE_CONTEXT = "TableImport"

DELIMITERS = (",", ";", "\t", "|")
# Header rows are looked for among the first rows that are not blank.
HEADER_SCAN_ROWS = 30
MAX_HEADER_ROWS = 3
# Large enough for any honest cell; a runaway quotation mark is caught before this.
_FIELD_SIZE_LIMIT = 256 * 1024 * 1024
_PROGRESS_EVERY = 2000

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Control characters that never occur in text (tab, line breaks and form feed do).
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


class TableReadError(CommsPlannerError):
    """The file cannot be read as a table. Nothing was imported."""


class Severity(StrEnum):
    ERROR = "error"  # the row cannot be imported
    WARNING = "warning"  # the row is imported, something was adjusted or looks doubtful
    INFO = "info"  # how the file was read, for the record


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem found while reading or checking a table.

    ``row`` is the row number a spreadsheet would show (1-based, counting blank lines),
    ``column`` the 0-based column index; either is None when the problem concerns the whole
    file or the whole row. ``template`` is an English sentence marked for translation in
    :data:`ISSUE_CONTEXT`; fill it with :meth:`message`.
    """

    severity: Severity
    template: str
    row: int | None = None
    column: int | None = None
    column_label: str = ""
    value: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def column_ref(self) -> str:
        """``C`` or ``C “Puesto”``: how a person finds the column in the file."""
        return column_reference(self.column, self.column_label) if self.column is not None else ""

    def message(self, tr: Translate | None = None) -> str:
        """The problem in words; ``tr(context, text)`` translates the template and any
        :class:`Term` parameter (pass ``catalog(lang).translate`` or Qt's translate)."""
        return fill(self.template, self.params, tr, ISSUE_CONTEXT)


Translate = Callable[[str, str], str]


class Term(str):
    """A parameter that is itself a translatable word (a field name), with its context."""

    context: str

    def __new__(cls, text: str, context: str) -> Term:
        term = super().__new__(cls, text)
        term.context = context
        return term


def fill(template: str, params: dict[str, Any], tr: Translate | None, context: str) -> str:
    """``template`` translated in ``context`` and filled with ``params`` (terms translated)."""
    if tr is None:
        return template.format(**params)
    values = {k: tr(v.context, v) if isinstance(v, Term) else v for k, v in params.items()}
    try:
        return tr(context, template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the spreadsheet name of a column."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def column_reference(index: int, label: str = "") -> str:
    letter = column_letter(index)
    return f"{letter} “{label}”" if label else letter


def short_value(value: str, limit: int = 80) -> str:
    """A value cut to ``limit`` characters for messages and previews (marked with …)."""
    if len(value) <= limit:
        return value
    return value[:limit] + "…"


@dataclass(frozen=True, slots=True)
class Column:
    index: int
    label: str  # unique among the table's columns; "" when the header cell is empty
    parts: tuple[str, ...] = ()  # header cells from the top header row down

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    @property
    def reference(self) -> str:
        return column_reference(self.index, self.label)


@dataclass
class Table:
    """A table read from a file: columns, data rows (all as trimmed text) and their row numbers."""

    path: Path
    kind: str  # "csv" or "xlsx"
    columns: list[Column]
    rows: list[tuple[str, ...]]
    row_numbers: list[int]
    header_rows: tuple[int, ...]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    issues: list[Issue] = field(default_factory=list)
    # True when reading stopped at ``max_rows`` (a preview).
    truncated: bool = False

    @property
    def labels(self) -> list[str]:
        return [c.label for c in self.columns]

    def column_values(self, index: int) -> Iterator[str]:
        for row in self.rows:
            yield row[index]


# --------------------------------------------------------------------------- errors


def _empty_file(path: Path) -> TableReadError:
    return TableReadError(
        QT_TRANSLATE_NOOP("errors", "“{name}” is empty: there is nothing to import."),
        name=path.name,
    )


def _binary_file(path: Path, line: int) -> TableReadError:
    return TableReadError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{name}” is not a CSV table or an Excel workbook: it holds binary data "
            "(from line {line}). Export the directory from your HR system as CSV or XLSX.",
        ),
        name=path.name,
        line=line,
    )


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while millions of small objects are made.

    Python would otherwise scan every list and tuple made so far again and again; the
    objects made here hold no cycles, so nothing is lost by collecting once at the end.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --------------------------------------------------------------------------- entry point


def read_table(
    path: str | Path,
    *,
    max_rows: int | None = None,
    sheet: str | None = None,
    progress: Progress | None = None,
) -> Table:
    """Reads a CSV or XLSX file. ``max_rows`` stops after that many data rows (previews)."""
    source = Path(path)
    try:
        size = source.stat().st_size
        with source.open("rb") as fh:
            head = fh.read(8)
    except IsADirectoryError:
        raise TableReadError(
            QT_TRANSLATE_NOOP("errors", "“{name}” is a folder, not a file."), name=source.name
        ) from None
    except FileNotFoundError:
        raise TableReadError(
            QT_TRANSLATE_NOOP("errors", "The file “{name}” does not exist."), name=source.name
        ) from None
    except OSError as exc:
        raise TableReadError(
            QT_TRANSLATE_NOOP("errors", "“{name}” cannot be read ({detail})."),
            name=source.name,
            detail=exc.strerror or str(exc),
        ) from None
    if size == 0:
        raise _empty_file(source)
    if head.startswith(_ZIP_MAGIC):
        with gc_paused():
            return _read_xlsx(source, max_rows=max_rows, sheet=sheet, progress=progress)
    if head.startswith(_OLE_MAGIC):
        raise TableReadError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{name}” is an old-format Excel file (.xls) or a password-protected workbook. "
                "Open it in Excel and save it as .xlsx (without a password) or as CSV.",
            ),
            name=source.name,
        )
    with gc_paused():
        return _read_csv(source, max_rows=max_rows, progress=progress)


# --------------------------------------------------------------------------- CSV


def detect_encoding(data: bytes) -> tuple[str, str]:
    """(codec used to decode, name shown to people) for raw CSV bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", "UTF-8 (BOM)"
    if data.startswith(b"\xff\xfe"):
        return "utf-16", "UTF-16 LE"
    if data.startswith(b"\xfe\xff"):
        return "utf-16", "UTF-16 BE"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", "UTF-8"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1", "ISO-8859-1 (Latin-1)"
    return "cp1252", "Windows-1252"


def _check_text(path: Path, data: bytes, text: str) -> None:
    """Refuses binary files: NUL bytes or many control characters are never in a CSV."""
    if not data.startswith(_UTF16_BOMS):
        nul = data.find(b"\x00", 0, 1 << 20)
        if nul >= 0:
            raise _binary_file(path, data.count(b"\n", 0, nul) + 1)
    sample = text[: 1 << 16]
    controls = _BINARY_CONTROLS.findall(sample)
    if sample and len(controls) > max(8, len(sample) // 100):
        first = _BINARY_CONTROLS.search(sample)
        line = sample.count("\n", 0, first.start() if first else 0) + 1
        raise _binary_file(path, line)
    if text.startswith("%PDF-"):
        raise _binary_file(path, 1)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of cells."""
    sample = text[: 1 << 16]
    if len(text) > len(sample):
        cut = sample.rfind("\n")
        if cut > 0:
            sample = sample[:cut]
    best: tuple[float, int, int] | None = None
    chosen = ","
    for preference, delimiter in enumerate(DELIMITERS):
        if delimiter not in sample:
            continue
        counts: list[int] = []
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        try:
            for record in reader:
                if any(cell.strip() for cell in record):
                    counts.append(len(record))
                if len(counts) >= 200:
                    break
        except csv.Error:
            pass
        if not counts:
            continue
        width, hits = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        # Consistency first, then more columns, then the usual order of preference.
        score = (hits / len(counts), width, -preference)
        if best is None or score > best:
            best = score
            chosen = delimiter
    return chosen


def _read_csv(path: Path, *, max_rows: int | None, progress: Progress | None) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TableReadError(
            QT_TRANSLATE_NOOP("errors", "“{name}” cannot be read ({detail})."),
            name=path.name,
            detail=exc.strerror or str(exc),
        ) from None
    codec, encoding_name = detect_encoding(data)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise _binary_file(path, 1) from None
    _check_text(path, data, text)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise _empty_file(path)
    # NFC once for the whole text, so "Área" typed on a Mac and on Windows is one value.
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    delimiter = sniff_delimiter(text)
    total_lines = text.count("\n") + 1

    if csv.field_size_limit() < _FIELD_SIZE_LIMIT:
        csv.field_size_limit(_FIELD_SIZE_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, tuple[str, ...]]] = []
    # A preview needs the header (somewhere in the first non-blank rows) and max_rows below it.
    enough = None if max_rows is None else HEADER_SCAN_ROWS + max_rows
    filled = 0
    record_number = 0
    last_line = 0
    truncated = False
    try:
        for record in reader:
            record_number += 1
            last_line = reader.line_num
            cells = tuple([c.strip() for c in record])
            records.append((record_number, cells))
            if progress is not None and record_number % _PROGRESS_EVERY == 0:
                progress.step(reader.line_num, total_lines)
            if enough is not None and any(cells):
                filled += 1
                if filled > enough:
                    truncated = True
                    break
    except csv.Error as exc:
        raise _broken_quote(
            path, text, delimiter, last_line + 1, record_number + 1, records, str(exc)
        ) from None
    table = _build_table(
        path,
        "csv",
        iter(records),
        merges=(),
        max_rows=max_rows,
    )
    table.encoding = encoding_name
    table.delimiter = delimiter
    table.truncated = table.truncated or truncated
    return table


def _broken_quote(
    path: Path,
    text: str,
    delimiter: str,
    start_line: int,
    row: int,
    records: Sequence[tuple[int, Sequence[str]]],
    detail: str,
) -> TableReadError:
    """Finds where the bad quoted value of the failing record starts, to name its cell."""
    # Lines as the csv module counts them (only \n, \r and \r\n end a line).
    offset = 0
    for number, physical in enumerate(io.StringIO(text, newline=""), start=1):
        if number >= start_line:
            break
        offset += len(physical)
    column = 0
    opened_column = 0
    opened_line = start_line
    line = start_line
    state = "start"  # start of a cell, in a plain cell, in quotes, just after a quote in quotes
    problem_line = start_line
    position = offset
    found = False
    while position < len(text):
        char = text[position]
        if state == "start":
            if char == '"':
                state = "quoted"
                opened_column = column
                opened_line = line
            elif char == delimiter:
                column += 1
            elif char in "\r\n":
                break
            else:
                state = "plain"
        elif state == "plain":
            if char == delimiter:
                column += 1
                state = "start"
            elif char in "\r\n":
                break
        elif state == "quoted":
            if char == '"':
                state = "quote"
            elif char == "\n":
                line += 1
        else:  # a quote inside a quoted cell: doubled, or the end of the cell
            if char == '"':
                state = "quoted"
            elif char == delimiter:
                column += 1
                state = "start"
            elif char in "\r\n":
                break
            else:
                problem_line = line
                found = True
                break
        position += 1
    labels = _labels_so_far(records)
    label = labels[opened_column] if opened_column < len(labels) else ""
    if not found and state != "quoted":
        return TableReadError(
            QT_TRANSLATE_NOOP("errors", "Row {row} of “{name}” cannot be read ({detail})."),
            name=path.name,
            row=row,
            detail=detail,
        )
    if state == "quoted":
        return TableReadError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Row {row}, column {column} of “{name}”: the quotation mark that opens this value "
                "is never closed, so the rest of the file would be read as one value. Add the "
                'closing quotation mark, and write any quotation mark inside the value twice ("").',
            ),
            name=path.name,
            row=row,
            column=column_reference(opened_column, label),
        )
    return TableReadError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Row {row}, column {column} of “{name}”: a quotation mark opens a value that is "
            "not closed properly (the file goes wrong at line {line}). A quoted value must end "
            "with a quotation mark followed by the delimiter or the end of the line, and a "
            'quotation mark inside it is written twice ("").',
        ),
        name=path.name,
        row=row,
        column=column_reference(opened_column, label),
        line=max(problem_line, opened_line),
    )


def _labels_so_far(records: Sequence[tuple[int, Sequence[str]]]) -> list[str]:
    for _number, cells in records:
        stripped = [c.strip() for c in cells]
        if sum(1 for c in stripped if c) >= 2:
            return stripped
    return []


# --------------------------------------------------------------------------- XLSX

_MERGE_PATTERN = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


def _letters_to_index(letters: bytes) -> int:
    index = 0
    for char in letters:
        index = index * 26 + (char - 64)
    return index - 1


def _merged_ranges(archive: zipfile.ZipFile, member: str) -> list[tuple[int, int, int, int]]:
    """(first row, first col, last row, last col) of every merged range, rows 1-based.

    openpyxl's read-only mode does not load merged cells, so the sheet XML is scanned for
    them in chunks (they follow the cell data) without building a tree.
    """
    ranges: list[tuple[int, int, int, int]] = []
    tail = b""
    with archive.open(member) as fh:
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            buffer = tail + chunk
            last_end = 0
            for match in _MERGE_PATTERN.finditer(buffer):
                c1, r1, c2, r2 = match.groups()
                first_col = _letters_to_index(c1)
                ranges.append(
                    (
                        int(r1),
                        first_col,
                        int(r2) if r2 else int(r1),
                        _letters_to_index(c2) if c2 else first_col,
                    )
                )
                last_end = match.end()
            tail = buffer[max(last_end, len(buffer) - 200) :]
    return ranges


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return nfc(value.strip())
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


def _open_workbook(path: Path) -> Any:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
                raise TableReadError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "“{name}” is an OpenDocument spreadsheet (.ods). "
                        "Save it as .xlsx or CSV and import that file.",
                    ),
                    name=path.name,
                )
            if "xl/workbook.xml" not in names:
                raise TableReadError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "“{name}” is a compressed file but not an Excel workbook. "
                        "Export the directory as CSV or XLSX.",
                    ),
                    name=path.name,
                )
    except zipfile.BadZipFile as exc:
        raise _damaged_workbook(path, str(exc)) from None
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except TableReadError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise _damaged_workbook(path, str(exc) or type(exc).__name__) from None


def _damaged_workbook(path: Path, detail: str) -> TableReadError:
    return TableReadError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{name}” looks like an Excel workbook but cannot be read ({detail}). "
            "Open it in Excel, save it again as .xlsx and retry.",
        ),
        name=path.name,
        detail=detail,
    )


def _choose_sheet(workbook: Any, sheet: str | None, path: Path) -> Any:
    if sheet is not None:
        if sheet not in workbook.sheetnames:
            raise TableReadError(
                QT_TRANSLATE_NOOP(
                    "errors", "“{name}” has no sheet called “{sheet}” (it has: {sheets})."
                ),
                name=path.name,
                sheet=sheet,
                sheets=", ".join(workbook.sheetnames),
            )
        return workbook[sheet]
    candidates = [workbook.active] if workbook.active is not None else []
    candidates += [workbook[name] for name in workbook.sheetnames]
    for worksheet in candidates:
        if getattr(worksheet, "sheet_state", "visible") != "visible":
            continue
        for values in worksheet.iter_rows(max_row=HEADER_SCAN_ROWS, values_only=True):
            if any(v is not None and str(v).strip() for v in values):
                return worksheet
    raise _empty_file(path)


def _read_xlsx(
    path: Path, *, max_rows: int | None, sheet: str | None, progress: Progress | None
) -> Table:
    workbook = _open_workbook(path)
    try:
        worksheet = _choose_sheet(workbook, sheet, path)
        declared_rows = worksheet.max_row or 0
        # The declared size may be wrong (files written by other tools); read what is there.
        worksheet.reset_dimensions()
        member = getattr(worksheet, "_worksheet_path", None)
        archive = getattr(workbook, "_archive", None)
        merges = _merged_ranges(archive, member) if archive is not None and member else []

        def rows() -> Iterator[tuple[int, list[str]]]:
            starting: dict[int, list[tuple[int, int, int, int]]] = {}
            for merge in merges:
                starting.setdefault(merge[0], []).append(merge)
            active: list[tuple[int, int, int, int, str]] = []
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                cells = [_cell_text(v) for v in values]
                for r1, c1, r2, c2 in starting.get(number, ()):
                    value = cells[c1] if c1 < len(cells) else ""
                    active.append((r1, c1, r2, c2, value))
                if active:
                    still = []
                    for merge in active:
                        r1, c1, r2, c2, value = merge
                        if number > r2:
                            continue
                        still.append(merge)
                        if len(cells) <= c2:
                            cells.extend([""] * (c2 + 1 - len(cells)))
                        for col in range(c1, c2 + 1):
                            cells[col] = value
                    active = still
                if progress is not None and number % _PROGRESS_EVERY == 0:
                    progress.step(number, declared_rows)
                yield number, cells

        try:
            table = _build_table(path, "xlsx", rows(), merges=merges, max_rows=max_rows)
        except TableReadError:
            raise
        except Exception as exc:  # damaged sheet XML
            raise _damaged_workbook(path, str(exc) or type(exc).__name__) from None
        table.sheet = worksheet.title
        return table
    finally:
        workbook.close()


# --------------------------------------------------------------------------- header detection


def _distinct(cells: Sequence[str]) -> int:
    return len({c for c in cells if c})


def _filled(cells: Sequence[str]) -> int:
    return sum(1 for c in cells if c)


def _has_adjacent_repeats(cells: Sequence[str]) -> bool:
    """Group header rows repeat a label over the columns it spans; real headers never do."""
    return any(a and a == b for a, b in itertools.pairwise(cells))


def _looks_like_data(cells: Sequence[str]) -> bool:
    values = [c for c in cells if c]
    numeric = sum(1 for c in values if _NUMBERISH.match(c))
    return bool(values) and numeric * 2 > len(values)


_NUMBERISH = re.compile(r"^[\d\s.,:/+\-]+$")


def _fill_right(cells: list[str], width: int) -> list[str]:
    filled = list(cells) + [""] * (width - len(cells))
    current = ""
    for i, cell in enumerate(filled):
        if cell:
            current = cell
        else:
            filled[i] = current
    return filled


def detect_header(
    sample: Sequence[tuple[int, Sequence[str]]],
    merged_rows: frozenset[int] | set[int] = frozenset(),
) -> tuple[int, int]:
    """(index of the first header row, number of header rows) within ``sample``.

    ``sample`` holds the first non-blank rows with their row numbers. Rows above the header
    with a single distinct value are titles; rows directly above the first well-filled row
    with several values are group headers; a well-filled row whose labels are merged over
    several columns (``merged_rows``, from XLSX) is followed by the row naming the columns.
    """
    if not sample:
        return 0, 0
    widths = [max((i + 1 for i, c in enumerate(cells) if c), default=0) for _, cells in sample]
    multi = sorted(w for w, (_, cells) in zip(widths, sample, strict=True) if _filled(cells) >= 2)
    width = multi[len(multi) // 2] if multi else max(widths)
    dense = max(1, math.ceil(width / 2))

    first = next(
        (
            i
            for i, (_, cells) in enumerate(sample)
            if _filled(cells) >= dense and (_distinct(cells) >= 2 or width < 2)
        ),
        0,
    )
    start = first
    # Group header rows directly above (no blank line between) with several labels.
    while (
        start > 0
        and first - start < MAX_HEADER_ROWS - 1
        and sample[start - 1][0] == sample[start][0] - 1
        and _distinct(sample[start - 1][1]) >= 2
        and not _looks_like_data(sample[start - 1][1])
    ):
        start -= 1
    end = first
    # A row with labels merged over several columns groups the row below it.
    while (
        end + 1 < len(sample)
        and end - start < MAX_HEADER_ROWS - 1
        and sample[end][0] in merged_rows
        and _has_adjacent_repeats(sample[end][1])
        and sample[end + 1][0] == sample[end][0] + 1
        and _filled(sample[end + 1][1]) >= dense
        and not _looks_like_data(sample[end + 1][1])
    ):
        end += 1
    return start, end - start + 1


def _combine_header(header: Sequence[list[str]], width: int) -> list[Column]:
    rows = [
        _fill_right(cells, width) if i < len(header) - 1 else cells + [""] * (width - len(cells))
        for i, cells in enumerate(header)
    ]
    parts_per_column: list[tuple[str, ...]] = []
    for col in range(width):
        parts: list[str] = []
        for cells in rows:
            label = " ".join(cells[col].split())
            if label and (not parts or parts[-1] != label):
                parts.append(label)
        parts_per_column.append(tuple(parts))
    labels = [parts[-1] if parts else "" for parts in parts_per_column]
    counts = Counter(label.casefold() for label in labels if label)
    for col, parts in enumerate(parts_per_column):
        if labels[col] and counts[labels[col].casefold()] > 1 and len(parts) > 1:
            labels[col] = " / ".join(parts)
    seen: Counter[str] = Counter()
    for col, label in enumerate(labels):
        if not label:
            continue
        key = label.casefold()
        seen[key] += 1
        if seen[key] > 1:
            candidate = f"{label} ({seen[key]})"
            while candidate.casefold() in seen:
                seen[key] += 1
                candidate = f"{label} ({seen[key]})"
            seen[candidate.casefold()] += 1
            labels[col] = candidate
    return [Column(i, labels[i], parts_per_column[i]) for i in range(width)]


def _build_table(
    path: Path,
    kind: str,
    records: Iterator[tuple[int, Sequence[str]]],
    *,
    merges: Sequence[tuple[int, int, int, int]],
    max_rows: int | None,
) -> Table:
    """Turns raw rows into a :class:`Table`: header found, blank rows dropped, rows padded."""
    sample: list[tuple[int, Sequence[str]]] = []
    iterator = iter(records)
    for number, cells in iterator:
        if any(cells):
            sample.append((number, cells))
            if len(sample) >= HEADER_SCAN_ROWS:
                break
    if not sample:
        raise _empty_file(path)
    start, count = detect_header(sample, {m[0] for m in merges if m[3] > m[1]})
    header = [list(cells) for _, cells in sample[start : start + count]]
    header_numbers = tuple(number for number, _ in sample[start : start + count])
    width = max(len(cells) for cells in header)
    while width > 0 and not any(c[width - 1] if len(c) >= width else "" for c in header):
        width -= 1
    issues: list[Issue] = []
    if start > 0:
        first_skipped, last_skipped = sample[0][0], sample[start - 1][0]
        issues.append(
            Issue(
                Severity.INFO,
                QT_TRANSLATE_NOOP("TableImport", "Row {first} above the header was skipped.")
                if first_skipped == last_skipped
                else QT_TRANSLATE_NOOP(
                    "TableImport", "Rows {first}–{last} above the header were skipped."
                ),
                row=first_skipped,
                params={"first": first_skipped, "last": last_skipped},
            )
        )
    if count > 1:
        issues.append(
            Issue(
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "TableImport", "Header rows {first}–{last} were combined into one."
                ),
                row=header_numbers[0],
                params={"first": header_numbers[0], "last": header_numbers[-1]},
            )
        )
    header_end = header_numbers[-1]
    data_merges = [m for m in merges if m[2] > header_end and m[2] > m[0]]
    for r1, c1, r2, _c2 in data_merges[:50]:
        issues.append(
            Issue(
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "TableImport",
                    "Rows {first}–{last} share one merged cell; its value was used for each row.",
                ),
                row=r1,
                column=c1,
                params={"first": r1, "last": r2},
            )
        )

    def remaining() -> Iterator[tuple[int, Sequence[str]]]:
        yield from sample[start + count :]
        yield from iterator

    raw_rows: list[Sequence[str]] = []
    numbers: list[int] = []
    truncated = False
    longer: list[int] = []  # positions of rows with values right of the last header column
    for number, cells in remaining():
        if number <= header_end or not any(cells):
            continue
        if max_rows is not None and len(raw_rows) >= max_rows:
            truncated = True
            break
        if len(cells) > width and any(cells[width:]):
            longer.append(len(raw_rows))
        raw_rows.append(cells)
        numbers.append(number)

    if longer and len(longer) * 2 > len(raw_rows):
        # Most rows have them: columns whose header cell is empty, not misplaced values.
        width = max(max(i + 1 for i, c in enumerate(raw_rows[p]) if c) for p in longer)
        longer = []
    for position in longer:
        cells = raw_rows[position]
        extra = next(i for i in range(width, len(cells)) if cells[i])
        if kind == "csv":
            template = QT_TRANSLATE_NOOP(
                "TableImport",
                "The row has {count} values but the header names {width} columns: a value "
                "probably contains the delimiter without quotation marks, which shifts the "
                "values to the right.",
            )
            severity = Severity.ERROR
        else:
            template = QT_TRANSLATE_NOOP(
                "TableImport", "This value is in a column without a header; it was ignored."
            )
            severity = Severity.WARNING
        issues.append(
            Issue(
                severity,
                template,
                row=numbers[position],
                column=extra,
                value=cells[extra],
                params={
                    "count": max(i + 1 for i, c in enumerate(cells) if c),
                    "width": width,
                },
            )
        )
    empty = ("",)
    rows = [
        cells
        if len(cells) == width and type(cells) is tuple
        else tuple(cells[:width])
        if len(cells) >= width
        else tuple(cells) + empty * (width - len(cells))
        for cells in raw_rows
    ]
    header = [[nfc(c) for c in cells] for cells in header]
    return Table(
        path=path,
        kind=kind,
        columns=_combine_header(header, width),
        rows=rows,
        row_numbers=numbers,
        header_rows=header_numbers,
        issues=issues,
        truncated=truncated,
    )


def nfc(text: str) -> str:
    """NFC form, so "Área" typed on a Mac and on Windows is one value."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)
