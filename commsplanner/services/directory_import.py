"""Importing the employee directory exported by HR (CSV or XLSX) and keeping it in sync.

The import runs in three steps, so that nothing is written before the user has seen what
will happen:

1. :meth:`DirectoryImportService.preview` reads the first rows and suggests which field each
   column holds (Spanish and English headers; a mapping remembered from the last import wins).
2. :meth:`DirectoryImportService.validate` reads the whole file, converts every row and
   returns a :class:`ValidationReport`: the problems (row, column, problem, value), the valid
   employees and what a synchronisation would add, update, leave and deactivate.
3. :meth:`DirectoryImportService.apply` writes the valid rows in one transaction: all or
   nothing. Employees missing from the new export are marked inactive, never deleted.

Options: pseudonymise (no names kept; the external id is replaced by a salted hash that stays
the same for the same person in this workspace) and keeping missing employees active.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import Changes, Employee
from ..domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError
from ..domain.models import clean_tags
from ..domain.progress import Progress
from .audience_fields import FIELD_LABELS, TAG_FIELDS, TEXT_FIELDS
from .tabular import (
    ISSUE_CONTEXT,
    Column,
    Issue,
    Severity,
    Table,
    Term,
    Translate,
    fill,
    gc_paused,
    read_table,
    short_value,
)

if TYPE_CHECKING:
    from ..storage import Workspace

# Targets of a column besides the employee fields.
ATTRIBUTE = "attribute"  # a custom attribute named like the column
IGNORE = "ignore"
GIVEN_NAME = "given_name"
FAMILY_NAME = "family_name"

# What a column can be imported as, in the order the mapping dialog offers them.
TARGETS: tuple[str, ...] = (
    "external_id",
    "display_name",
    GIVEN_NAME,
    FAMILY_NAME,
    "position",
    "function",
    "department",
    "location",
    "level",
    "customer_facing",
    "language",
    "interests",
    "needs",
    "expectations",
    "start_date",
    ATTRIBUTE,
    IGNORE,
)
TARGET_LABELS: dict[str, str] = {
    **{k: v for k, v in FIELD_LABELS.items() if k != "active"},
    GIVEN_NAME: QT_TRANSLATE_NOOP("AudienceFields", "First name"),
    FAMILY_NAME: QT_TRANSLATE_NOOP("AudienceFields", "Last name"),
    ATTRIBUTE: QT_TRANSLATE_NOOP("AudienceFields", "Custom attribute"),
    IGNORE: QT_TRANSLATE_NOOP("AudienceFields", "Do not import"),
}
# Targets that several columns may share (first and last names are joined in column order).
_MULTI_TARGETS = {GIVEN_NAME, FAMILY_NAME, ATTRIBUTE, IGNORE}

SETTINGS_MAPPING = "directory_import.mapping"
SETTINGS_OPTIONS = "directory_import.options"
SETTINGS_SALT = "directory_import.salt"
SETTINGS_LAST = "directory_import.last"

MAX_ID_LENGTH = 64
MAX_TEXT_LENGTH = 200
MAX_TAG_LENGTH = 100
MAX_TAGS = 50
MAX_ATTRIBUTE_LENGTH = 1000
PREVIEW_ROWS = 20
# Deactivating more than this share of the active employees is probably a partial export.
MASS_DEACTIVATION_SHARE = 0.3


def target_term(target: str) -> str:
    return Term(TARGET_LABELS.get(target, target), "AudienceFields")


# --------------------------------------------------------------------------- errors


class DirectoryImportError(CommsPlannerError):
    """The import cannot go ahead; the workspace was not changed."""


# --------------------------------------------------------------------------- header matching


_STOPWORDS = {"de", "del", "la", "el", "los", "las", "y", "e", "al", "of", "the", "and", "a"}


def normalise_label(text: str) -> str:
    """Lower case, no accents, no punctuation, no little words: "Nº de empleado" → "n empleado"."""
    text = text.casefold().replace("º", "").replace("ª", "").replace("°", "")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w]+", " ", text).replace("_", " ")
    return " ".join(t for t in text.split() if t not in _STOPWORDS)


def _synonyms(*texts: str) -> tuple[str, ...]:
    return tuple(normalise_label(t) for t in texts)


SYNONYMS: dict[str, tuple[str, ...]] = {
    "external_id": _synonyms(
        "ID", "Nº empleado", "N.º de empleado", "Núm. empleado", "Número de empleado",
        "Nro. empleado", "No. empleado", "ID empleado", "Código de empleado", "Cód. empleado",
        "Employee ID", "Employee number", "Employee no", "Emp ID", "Staff ID", "Staff number",
        "Personnel number", "Matrícula", "Legajo", "Código", "Ficha", "Worker ID",
        "Employee code", "Identificador", "Identifier", "User ID", "Id. de empleado",
    ),
    "display_name": _synonyms(
        "Nombre completo", "Nombre y apellidos", "Full name", "Name", "Employee name",
        "Display name", "Empleado", "Employee", "Nombre del empleado", "Colaborador",
        "Persona", "Nombre", "Apellidos y nombre", "Apellidos, nombre",
    ),
    GIVEN_NAME: _synonyms("First name", "Given name", "Forename", "Nombre de pila", "Nombre"),
    FAMILY_NAME: _synonyms(
        "Apellidos", "Apellido", "Primer apellido", "Segundo apellido", "Apellido 1",
        "Apellido 2", "Last name", "Surname", "Family name",
    ),
    "position": _synonyms(
        "Puesto", "Cargo", "Position", "Job title", "Title", "Puesto de trabajo", "Rol",
        "Role", "Job", "Ocupación", "Occupation", "Job position", "Denominación del puesto",
    ),
    "function": _synonyms(
        "Función", "Function", "Área funcional", "Job family", "Familia profesional",
        "Familia", "Business function", "Función principal",
    ),
    "department": _synonyms(
        "Área", "Departamento", "Department", "Dept", "Depto", "Dpto", "Unidad",
        "Unidad organizativa", "División", "Division", "Sección", "Section", "Equipo", "Team",
        "Business unit", "Org unit", "Área / Departamento",
    ),
    "location": _synonyms(
        "Sede", "Ubicación", "Location", "Oficina", "Office", "Centro", "Centro de trabajo",
        "Site", "Ciudad", "City", "Localidad", "Tienda", "Store", "Planta", "Lugar de trabajo",
        "Work location", "Delegación",
    ),
    "level": _synonyms(
        "Nivel", "Level", "Grade", "Grado", "Categoría", "Categoría profesional", "Band",
        "Banda", "Nivel jerárquico", "Job level", "Nivel profesional", "Grupo profesional",
        "Seniority level",
    ),
    "language": _synonyms(
        "Idioma", "Language", "Lengua", "Lang", "Idioma preferido", "Preferred language",
        "Idioma de comunicación",
    ),
    "customer_facing": _synonyms(
        "Atención al cliente", "Customer facing", "Customer-facing", "Cara al cliente",
        "De cara al cliente", "Contacto con cliente", "Contacto con clientes", "Front line",
        "Frontline", "Primera línea", "Cara al público", "Client facing", "Customer contact",
        "Trato con cliente", "Atiende clientes", "Atención al público",
    ),
    "interests": _synonyms(
        "Intereses", "Interests", "Temas de interés", "Áreas de interés", "Interés",
        "Topics of interest", "Interest",
    ),
    "needs": _synonyms(
        "Necesidades", "Needs", "Necesidades de información", "Information needs",
        "Necesidad", "Need",
    ),
    "expectations": _synonyms("Expectativas", "Expectations", "Expectativa", "Expectation"),
    "start_date": _synonyms(
        "Fecha de alta", "Fecha alta", "Fecha de ingreso", "Fecha de incorporación",
        "Antigüedad", "Fecha de antigüedad", "Start date", "Hire date", "Date of hire",
        "Hiring date", "Joined", "Joining date", "Date joined", "Alta", "Fecha de inicio",
        "Incorporación", "Seniority date", "Employment date",
    ),
    # Personal data the app has no use for: suggested "do not import" (privacy by default).
    IGNORE: _synonyms(
        "Email", "E-mail", "Correo", "Correo electrónico", "Mail", "Teléfono", "Phone",
        "Móvil", "Mobile", "DNI", "NIF", "NIE", "Pasaporte", "Passport", "Dirección",
        "Address", "Domicilio", "Fecha de nacimiento", "Birth date", "Date of birth",
        "Birthday", "NSS", "Número de la Seguridad Social", "SSN", "IBAN",
        "Cuenta bancaria", "Salario", "Salary", "Sueldo", "Edad", "Age", "Sexo", "Gender",
        "Género",
    ),
}  # fmt: skip


def _match_score(label: str, target: str) -> int:
    """How well a normalised header names ``target``: 100 exact, else the length of the
    longest synonym found as whole words inside it, 0 when none."""
    best = 0
    padded = f" {label} "
    for synonym in SYNONYMS.get(target, ()):
        if label == synonym:
            return 100
        if synonym and f" {synonym} " in padded:
            best = max(best, len(synonym))
    return best


def suggest_mapping(
    columns: Sequence[Column], remembered: Mapping[str, str] | None = None
) -> dict[str, str]:
    """A target for every column: remembered choices first, then the best header matches.

    Each single-valued field goes to one column at most; other columns with a header become
    custom attributes, columns without one are not imported.
    """
    remembered_folded = {k.casefold(): v for k, v in (remembered or {}).items() if v in TARGETS}
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for column in columns:
        target = remembered_folded.get(column.label.casefold()) if column.label else None
        if target:
            mapping[_key(column)] = target
            if target not in _MULTI_TARGETS:
                taken.add(target)

    scored: list[tuple[int, int, str]] = []
    for column in columns:
        if _key(column) in mapping or not column.label:
            continue
        candidates = [normalise_label(column.label)]
        if len(column.parts) > 1:
            candidates.append(normalise_label(" ".join(column.parts)))
        for target in SYNONYMS:
            score = max(_match_score(c, target) for c in candidates)
            if score:
                scored.append((score, column.index, target))
    has_family = any(t == FAMILY_NAME for _s, _i, t in scored) or FAMILY_NAME in mapping.values()
    # The highest scores choose first; ties go to the leftmost column.
    for _score, index, target in sorted(scored, key=lambda s: (-s[0], s[1])):
        column = columns[index]
        key = _key(column)
        if key in mapping:
            continue
        if target == GIVEN_NAME and not has_family:
            continue
        if (
            target == "display_name"
            and has_family
            and normalise_label(column.label)
            in (
                "nombre",
                "name",
            )
        ):
            continue
        if target in taken:
            continue
        mapping[key] = target
        if target not in _MULTI_TARGETS:
            taken.add(target)
    for column in columns:
        mapping.setdefault(_key(column), ATTRIBUTE if column.label else IGNORE)
    return mapping


def _key(column: Column) -> str:
    """How a mapping names a column: its header label, or its letter when it has none."""
    return column.label or column.letter


def mapping_problems(columns: Sequence[Column], mapping: Mapping[str, str]) -> list[Issue]:
    """Why a mapping cannot be used (empty when it can)."""
    problems: list[Issue] = []
    by_target: dict[str, list[Column]] = {}
    for column in columns:
        target = mapping.get(_key(column), IGNORE)
        if target not in TARGETS:
            problems.append(
                Issue(
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP("TableImport", "“{target}” is not a field one can import."),
                    column=column.index,
                    column_label=column.label,
                    params={"target": target},
                )
            )
            continue
        by_target.setdefault(target, []).append(column)
        if target == ATTRIBUTE and not column.label:
            problems.append(
                Issue(
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "Column {letter} has no header, so it cannot become a custom attribute. "
                        "Import it as a field or not at all.",
                    ),
                    column=column.index,
                    params={"letter": column.letter},
                )
            )
    if "external_id" not in by_target:
        problems.append(
            Issue(
                Severity.ERROR,
                QT_TRANSLATE_NOOP(
                    "TableImport",
                    "Choose the column that holds the employee identifier: without it, a later "
                    "export cannot be matched to the people already imported.",
                ),
            )
        )
    for target, cols in by_target.items():
        if target not in _MULTI_TARGETS and len(cols) > 1:
            problems.append(
                Issue(
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "Columns {columns} are all imported as “{field}”; choose only one.",
                    ),
                    column=cols[1].index,
                    column_label=cols[1].label,
                    params={
                        "columns": ", ".join(c.reference for c in cols),
                        "field": target_term(target),
                    },
                )
            )
    if "display_name" in by_target and (GIVEN_NAME in by_target or FAMILY_NAME in by_target):
        problems.append(
            Issue(
                Severity.ERROR,
                QT_TRANSLATE_NOOP(
                    "TableImport",
                    "Import either a full name or first and last names, not both.",
                ),
            )
        )
    return problems


# --------------------------------------------------------------------------- value conversion

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff]")
_TRUE = {"si", "s", "yes", "y", "1", "x", "true", "verdadero", "v", "✓", "✔", "ok", "t"}
_FALSE = {"no", "n", "0", "false", "falso", "f", "-", "—"}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).strip()


def clean_text(value: str) -> tuple[str, bool]:
    """(value on one line with single spaces, whether invisible control characters went)."""
    if value.isascii() and value.isprintable():
        return (value if "  " not in value else " ".join(value.split())), False
    cleaned = _CONTROL.sub("", value)
    return " ".join(cleaned.split()), len(cleaned) != len(value)


_ISO = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_NUMERIC = re.compile(
    r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^(\d{5})(?:\.0+)?$")
_MONTHS = {
    **dict.fromkeys(("ene", "enero", "jan", "january"), 1),
    **dict.fromkeys(("feb", "febrero", "february"), 2),
    **dict.fromkeys(("mar", "marzo", "march"), 3),
    **dict.fromkeys(("abr", "abril", "apr", "april"), 4),
    **dict.fromkeys(("may", "mayo"), 5),
    **dict.fromkeys(("jun", "junio", "june"), 6),
    **dict.fromkeys(("jul", "julio", "july"), 7),
    **dict.fromkeys(("ago", "agosto", "aug", "august"), 8),
    **dict.fromkeys(("sep", "sept", "set", "septiembre", "setiembre", "september"), 9),
    **dict.fromkeys(("oct", "octubre", "october"), 10),
    **dict.fromkeys(("nov", "noviembre", "november"), 11),
    **dict.fromkeys(("dic", "diciembre", "dec", "december"), 12),
}
_WEEKDAYS = {
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "lun", "mie",
    "jue", "vie", "sab", "dom", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
}  # fmt: skip
_EXCEL_EPOCH = date(1899, 12, 30)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if 2000 + year <= date.today().year + 5 else 1900
    return year


def _date_kind(value: str) -> str | None:
    """Which way of writing a date ``value`` uses (None if it is no date at all)."""
    if _ISO.match(value):
        return "iso"
    if _NUMERIC.match(value):
        return "numeric"
    if _COMPACT.match(value):
        return "compact"
    if _SERIAL.match(value):
        return "serial"
    return "text" if _text_date(value) is not None else None


def _text_date(value: str) -> date | None:
    tokens = [
        t
        for t in re.split(r"[\s,./\-]+", _fold(value))
        if t and t not in _STOPWORDS and t not in _WEEKDAYS
    ]
    months = [t for t in tokens if t in _MONTHS]
    numbers = [re.sub(r"(st|nd|rd|th|º|o)$", "", t) for t in tokens if t not in _MONTHS]
    if len(months) != 1 or len(numbers) != 2 or not all(n.isdigit() for n in numbers):
        return None
    first, second = numbers
    if len(first) == 4:
        year, day = first, second
    elif len(second) in (2, 4):
        day, year = first, second
    else:
        return None
    try:
        return date(_year(year), _MONTHS[months[0]], int(day))
    except ValueError:
        return None


def parse_date(value: str, order: str = "dmy") -> date | None:
    """A date written in any usual way; ``order`` ("dmy" or "mdy") settles 03/04/2021."""
    value = value.strip()
    try:
        if match := _ISO.match(value):
            y, m, d = match.groups()
            return date(int(y), int(m), int(d))
        if match := _NUMERIC.match(value):
            a, b, y = match.groups()
            day, month = (a, b) if order == "dmy" else (b, a)
            return date(_year(y), int(month), int(day))
        if match := _COMPACT.match(value):
            y, m, d = match.groups()
            return date(int(y), int(m), int(d))
        if match := _SERIAL.match(value):
            serial = int(match.group(1))
            return _EXCEL_EPOCH + timedelta(days=serial) if 10_000 < serial < 80_000 else None
    except ValueError:
        return None
    return _text_date(value)


# --------------------------------------------------------------------------- options and results


@dataclass(frozen=True)
class ImportOptions:
    pseudonymise: bool = False
    # Employees of the workspace missing from the file become inactive (never deleted).
    deactivate_missing: bool = True
    # How to read 03/04/2021: "auto" (day first unless the column shows otherwise), "dmy", "mdy".
    date_order: str = "auto"

    def to_json(self) -> dict[str, Any]:
        return {
            "pseudonymise": self.pseudonymise,
            "deactivate_missing": self.deactivate_missing,
            "date_order": self.date_order,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> ImportOptions:
        data = data or {}
        order = data.get("date_order", "auto")
        return cls(
            pseudonymise=bool(data.get("pseudonymise", False)),
            deactivate_missing=bool(data.get("deactivate_missing", True)),
            date_order=order if order in ("auto", "dmy", "mdy") else "auto",
        )


@dataclass(frozen=True)
class SyncCounts:
    added: int = 0
    updated: int = 0
    reactivated: int = 0
    unchanged: int = 0
    deactivated: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "added": self.added,
            "updated": self.updated,
            "reactivated": self.reactivated,
            "unchanged": self.unchanged,
            "deactivated": self.deactivated,
        }


@dataclass
class ImportPreview:
    """The first rows of a file and a suggested mapping, for the mapping dialog."""

    table: Table
    mapping: dict[str, str]
    options: ImportOptions
    remembered: bool  # True when part of the mapping comes from an earlier import


@dataclass
class ValidationReport:
    """Everything an import would do, computed without writing anything."""

    path: Path
    table_kind: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    columns: list[Column]
    mapping: dict[str, str]
    options: ImportOptions
    employees: list[Employee]
    issues: list[Issue]
    total_rows: int
    invalid_rows: int
    skipped_duplicates: int
    present_ids: set[str]
    fields: set[str]
    attribute_names: list[str]
    preview: SyncCounts
    salt: str | None = None
    workspace_warnings: list[Issue] = field(default_factory=list)
    # The storage plan made while validating; reused by apply() if nothing was written since.
    plan: Any = None

    @property
    def valid_rows(self) -> int:
        return len(self.employees)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def can_import(self) -> bool:
        return bool(self.employees)

    def all_issues(self) -> list[Issue]:
        return self.workspace_warnings + self.issues


@dataclass
class ImportResult:
    counts: SyncCounts
    changes: Changes
    invalid_rows: int
    dry_run: bool = False


# --------------------------------------------------------------------------- row conversion


def _issue(
    severity: Severity,
    template: str,
    row: int,
    column: Column | None,
    cell: str = "",
    /,
    **params: Any,
) -> Issue:
    return Issue(
        severity,
        template,
        row=row,
        column=column.index if column is not None else None,
        column_label=column.label if column is not None else "",
        value=short_value(cell),
        params=params,
    )


def _too_long(row: int, column: Column, value: str, limit: int) -> Issue:
    return _issue(
        Severity.ERROR,
        QT_TRANSLATE_NOOP(
            "TableImport",
            "The value is {length} characters long; at most {limit} fit here. "
            "Shorten it in the file or import the column as something else.",
        ),
        row,
        column,
        value,
        length=len(value),
        limit=limit,
    )


def _controls_removed(row: int, column: Column, value: str) -> Issue:
    return _issue(
        Severity.WARNING,
        QT_TRANSLATE_NOOP(
            "TableImport",
            "Invisible control characters (such as text-direction overrides) were removed.",
        ),
        row,
        column,
        value.encode("unicode_escape").decode("ascii") if len(value) < 200 else value,
    )


_STRONG_SEPARATORS = re.compile(r"[;|\n\r]+")
_ANY_SEPARATOR = re.compile(r"[,;|\n\r]+")


def _split_tags(cell: str) -> list[str]:
    """``a; b`` and ``a | b`` split on ; and | (commas stay inside values), ``a, b`` on commas."""
    if ";" in cell or "|" in cell or "\n" in cell:
        return _STRONG_SEPARATORS.split(cell)
    return _ANY_SEPARATOR.split(cell)


_MEMO_LIMIT = 200_000


class _Converter:
    """Converts the rows of one table under one mapping into employees and problems."""

    def __init__(
        self,
        table: Table,
        mapping: Mapping[str, str],
        options: ImportOptions,
        salt: str | None,
    ) -> None:
        self.table = table
        self.options = options
        self.salt = salt.encode("ascii") if salt else None
        self.issues: list[Issue] = []
        self.by_target: dict[str, list[Column]] = {}
        for column in table.columns:
            self.by_target.setdefault(mapping.get(_key(column), IGNORE), []).append(column)
        self.single = {t: cols[0] for t, cols in self.by_target.items() if t not in _MULTI_TARGETS}
        self.date_column = self.single.get("start_date")
        self.date_order = self._date_order()
        self._memos: dict[tuple[int, int], dict[str, tuple[str, bool]]] = {}
        self._tag_memos: dict[
            int, dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]
        ] = {}
        self._answers: dict[str, int] = {}
        self._dates: dict[str, Any] = {}

    # ---------------------------------------------------------------- column-level analysis
    def _date_order(self) -> str:
        column = self.date_column
        if column is None:
            return "dmy"
        kinds: dict[str, int] = {}
        first_rows: dict[str, tuple[int, str]] = {}
        day_first = month_first = False
        ambiguous: tuple[int, str] | None = None
        for number, row in zip(self.table.row_numbers, self.table.rows, strict=True):
            value = row[column.index]
            if not value:
                continue
            kind = _date_kind(value)
            if kind is None:
                continue
            kinds[kind] = kinds.get(kind, 0) + 1
            first_rows.setdefault(kind, (number, value))
            if kind == "numeric":
                a, b, _y = _NUMERIC.match(value).groups()  # type: ignore[union-attr]
                if int(a) > 12:
                    day_first = True
                elif int(b) > 12:
                    month_first = True
                elif a != b and ambiguous is None:
                    ambiguous = (number, value)
        if self.options.date_order in ("dmy", "mdy"):
            order = self.options.date_order
        else:
            order = "mdy" if month_first and not day_first else "dmy"
        if len(kinds) > 1:
            ordered = sorted(first_rows.items(), key=lambda item: item[1][0])
            second_row = ordered[1][1][0]
            self.issues.append(
                _issue(
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "This column writes dates in {count} different ways (for example "
                        "{examples}). Each was read on its own; check a few of them after the "
                        "import.",
                    ),
                    second_row,
                    column,
                    count=len(kinds),
                    examples=", ".join(f"“{value}”" for _kind, (_row, value) in ordered),
                )
            )
        if ambiguous is not None and self.options.date_order == "auto":
            row, value = ambiguous
            read_as = parse_date(value, order)
            self.issues.append(
                _issue(
                    Severity.INFO,
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "Dates such as “{example}” were read as {read_as} ({order}).",
                    ),
                    row,
                    column,
                    value,
                    example=value,
                    read_as=read_as.isoformat() if read_as else "?",
                    order=Term(
                        QT_TRANSLATE_NOOP("TableImport", "day first")
                        if order == "dmy"
                        else QT_TRANSLATE_NOOP("TableImport", "month first"),
                        ISSUE_CONTEXT,
                    ),
                )
            )
        return order

    # ---------------------------------------------------------------- pseudonymisation
    def hash_id(self, external_id: str) -> str:
        assert self.salt is not None
        digest = hmac.new(self.salt, external_id.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"anon-{digest[:16]}"

    # ---------------------------------------------------------------- rows
    def text(self, row: int, column: Column, raw: str, limit: int) -> tuple[str, bool]:
        """The cleaned value of a cell and whether it fits; problems go to the report."""
        memo = self._memos.setdefault((column.index, limit), {})
        hit = memo.get(raw)
        if hit is None:
            # HR columns repeat a few values many times: clean each distinct value once.
            hit = clean_text(raw)
            if len(memo) < _MEMO_LIMIT:
                memo[raw] = hit
        value, removed = hit
        if removed:
            self.issues.append(_controls_removed(row, column, raw))
        if len(value) > limit:
            self.issues.append(_too_long(row, column, value, limit))
            return value, False
        return value, True

    def tags(self, row: int, column: Column, raw: str) -> tuple[tuple[str, ...], bool]:
        memo = self._tag_memos.setdefault(column.index, {})
        hit = memo.get(raw)
        if hit is None:
            pieces: list[str] = []
            problems: list[tuple[str, str]] = []
            for piece in _split_tags(raw):
                tag, removed = clean_text(piece)
                if removed:
                    problems.append(("removed", piece))
                if len(tag) > MAX_TAG_LENGTH:
                    problems.append(("long", tag))
                elif tag:
                    pieces.append(tag)
            hit = (clean_tags(pieces), tuple(problems))
            if len(memo) < _MEMO_LIMIT:
                memo[raw] = hit
        tags, problems = hit
        ok = True
        for kind, text in problems:
            if kind == "removed":
                self.issues.append(_controls_removed(row, column, text))
            else:
                self.issues.append(_too_long(row, column, text, MAX_TAG_LENGTH))
                ok = False
        if len(tags) > MAX_TAGS:
            self.issues.append(
                _issue(
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "The cell lists {count} values; at most {limit} fit in one cell.",
                    ),
                    row,
                    column,
                    raw,
                    count=len(tags),
                    limit=MAX_TAGS,
                )
            )
            ok = False
        return tags, ok

    def convert(self, number: int, cells: tuple[str, ...]) -> tuple[str, Employee | None]:
        """(external id as stored, employee or None when the row has errors)."""
        ok = True
        values: dict[str, Any] = {}
        id_column = self.single["external_id"]
        external_id, valid = self.text(number, id_column, cells[id_column.index], MAX_ID_LENGTH)
        ok &= valid
        if not external_id:
            self.issues.append(
                _issue(
                    Severity.ERROR,
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "The employee identifier is empty, so this row cannot be imported.",
                    ),
                    number,
                    id_column,
                )
            )
            ok = False

        for target in TEXT_FIELDS:
            column = self.single.get(target)
            if column is not None:
                values[target], valid = self.text(
                    number, column, cells[column.index], MAX_TEXT_LENGTH
                )
                ok &= valid

        if not self.options.pseudonymise:
            column = self.single.get("display_name")
            if column is not None:
                name, valid = self.text(number, column, cells[column.index], MAX_TEXT_LENGTH)
                ok &= valid
                values["display_name"] = name or None
            parts: list[str] = []
            for target in (GIVEN_NAME, FAMILY_NAME):
                for column in self.by_target.get(target, ()):
                    part, valid = self.text(number, column, cells[column.index], MAX_TEXT_LENGTH)
                    ok &= valid
                    if part:
                        parts.append(part)
            if parts:
                values["display_name"] = " ".join(parts)

        column = self.single.get("customer_facing")
        if column is not None:
            raw = cells[column.index]
            answer = self._answers.get(raw)
            if answer is None:
                folded = _fold(raw)
                answer = 1 if folded in _TRUE else 0 if not folded or folded in _FALSE else -1
                self._answers[raw] = answer
            if answer >= 0:
                values["customer_facing"] = answer == 1
            else:
                self.issues.append(
                    _issue(
                        Severity.ERROR,
                        QT_TRANSLATE_NOOP(
                            "TableImport",
                            "“{value}” is not a yes/no answer; write sí/no, yes/no, 1/0 or x "
                            "(empty means no).",
                        ),
                        number,
                        column,
                        raw,
                        value=short_value(raw, 40),
                    )
                )
                ok = False

        for target in TAG_FIELDS:
            column = self.single.get(target)
            if column is None:
                continue
            raw = cells[column.index]
            if not raw:
                values[target] = ()
                continue
            values[target], valid = self.tags(number, column, raw)
            ok &= valid

        column = self.date_column
        if column is not None:
            raw = cells[column.index]
            if raw:
                parsed = self._dates.get(raw, False)
                if parsed is False:
                    parsed = parse_date(raw, self.date_order)
                    if len(self._dates) < _MEMO_LIMIT:
                        self._dates[raw] = parsed
                if parsed is None or not 1900 <= parsed.year <= 2100:
                    self.issues.append(
                        _issue(
                            Severity.ERROR,
                            QT_TRANSLATE_NOOP(
                                "TableImport",
                                "“{value}” is not a date this import understands; write it as "
                                "2024-03-15, 15/03/2024 or 15 mar 2024.",
                            ),
                            number,
                            column,
                            raw,
                            value=short_value(raw, 40),
                        )
                    )
                    ok = False
                else:
                    values["start_date"] = parsed
            else:
                values["start_date"] = None

        attributes: dict[str, str] = {}
        for column in self.by_target.get(ATTRIBUTE, ()):
            value, valid = self.text(number, column, cells[column.index], MAX_ATTRIBUTE_LENGTH)
            ok &= valid
            if value:
                attributes[column.label] = value
        if not ok:
            return external_id, None
        if self.salt is not None:
            external_id = self.hash_id(external_id)
        return external_id, Employee(
            external_id=external_id,
            attributes=dict(sorted(attributes.items())),
            **values,
        )


# --------------------------------------------------------------------------- the service


class DirectoryImportService:
    """Import and synchronisation of the employee directory of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # ---------------------------------------------------------------- remembered choices
    def remembered_mapping(self) -> dict[str, str]:
        stored = self._ws.settings.get_value(SETTINGS_MAPPING, {}) or {}
        return {str(k): str(v) for k, v in stored.items() if v in TARGETS}

    def remembered_options(self) -> ImportOptions:
        return ImportOptions.from_json(self._ws.settings.get_value(SETTINGS_OPTIONS))

    def last_import(self) -> dict[str, Any] | None:
        """When and from which file the directory was last imported, with its counts."""
        return self._ws.settings.get_value(SETTINGS_LAST)

    # ---------------------------------------------------------------- step 1
    def preview(
        self,
        path: str | Path,
        *,
        sheet: str | None = None,
        progress: Progress | None = None,
    ) -> ImportPreview:
        """The first rows of ``path`` with a suggested (or remembered) mapping."""
        table = read_table(path, max_rows=PREVIEW_ROWS, sheet=sheet, progress=progress)
        if not table.columns:
            raise _no_columns(Path(path))
        remembered = self.remembered_mapping()
        mapping = suggest_mapping(table.columns, remembered)
        uses_memory = any(
            c.label.casefold() in {k.casefold() for k in remembered} for c in table.columns
        )
        return ImportPreview(table, mapping, self.remembered_options(), uses_memory)

    # ---------------------------------------------------------------- step 2
    def validate(
        self,
        path: str | Path,
        mapping: Mapping[str, str] | None = None,
        options: ImportOptions | None = None,
        *,
        sheet: str | None = None,
        progress: Progress | None = None,
        table: Table | None = None,
    ) -> ValidationReport:
        """Reads and checks the whole file; writes nothing."""
        source = Path(path)
        if table is None:
            table = read_table(source, sheet=sheet, progress=_scaled(progress, 0, 40))
        if not table.columns:
            raise _no_columns(source)
        if not table.rows:
            raise DirectoryImportError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{name}” has a header but no rows of employees below it (header in row "
                    "{row}).",
                ),
                name=source.name,
                row=table.header_rows[-1] if table.header_rows else 1,
            )
        options = options or self.remembered_options()
        if mapping is None:
            mapping = suggest_mapping(table.columns, self.remembered_mapping())
        mapping = {_key(c): mapping.get(_key(c), IGNORE) for c in table.columns}
        problems = mapping_problems(table.columns, mapping)
        if problems:
            raise MappingError(problems)

        salt = self._salt() if options.pseudonymise else None
        with gc_paused():
            return self._check(source, table, mapping, options, salt, progress)

    def _check(
        self,
        source: Path,
        table: Table,
        mapping: dict[str, str],
        options: ImportOptions,
        salt: str | None,
        progress: Progress | None,
    ) -> ValidationReport:
        converter = _Converter(table, mapping, options, salt)
        error_rows = {i.row for i in table.issues if i.severity is Severity.ERROR}
        employees: list[Employee] = []
        present: set[str] = set()
        first_row_of: dict[str, tuple[int, tuple[str, ...]]] = {}
        invalid = 0
        duplicates = 0
        total = len(table.rows)
        step = _scaled(progress, 40, 85)
        id_column = converter.single["external_id"]
        for position, (number, cells) in enumerate(
            zip(table.row_numbers, table.rows, strict=True), start=1
        ):
            if step is not None and position % 2000 == 0:
                step.step(position, total)
            stored_id, employee = converter.convert(number, cells)
            if stored_id:
                present.add(stored_id)
            if number in error_rows:
                invalid += 1
                continue
            if employee is None:
                invalid += 1
                continue
            earlier = first_row_of.get(employee.external_id)
            if earlier is not None:
                earlier_row, earlier_cells = earlier
                if earlier_cells == cells:
                    duplicates += 1
                    converter.issues.append(
                        _issue(
                            Severity.WARNING,
                            QT_TRANSLATE_NOOP(
                                "TableImport",
                                "This row repeats row {row} exactly; it was imported once.",
                            ),
                            number,
                            id_column,
                            cells[id_column.index],
                            row=earlier_row,
                        )
                    )
                else:
                    invalid += 1
                    converter.issues.append(
                        _issue(
                            Severity.ERROR,
                            QT_TRANSLATE_NOOP(
                                "TableImport",
                                "The identifier “{id}” is also used in row {row} with different "
                                "data; only row {row} was imported. Give each person their own "
                                "identifier.",
                            ),
                            number,
                            id_column,
                            cells[id_column.index],
                            id=short_value(cells[id_column.index], 40),
                            row=earlier_row,
                        )
                    )
                continue
            first_row_of[employee.external_id] = (number, cells)
            employees.append(employee)

        fields = {t for t in converter.by_target if t in FIELD_LABELS}
        if converter.by_target.get(GIVEN_NAME) or converter.by_target.get(FAMILY_NAME):
            fields.add("display_name")
        if options.pseudonymise:
            fields.add("display_name")  # names already stored for these ids are erased
        attribute_names = [c.label for c in converter.by_target.get(ATTRIBUTE, ())]
        issues = sorted(
            [*table.issues, *converter.issues],
            key=lambda i: (i.row or 0, i.column if i.column is not None else -1),
        )
        report = ValidationReport(
            path=source,
            table_kind=table.kind,
            encoding=table.encoding,
            delimiter=table.delimiter,
            sheet=table.sheet,
            columns=table.columns,
            mapping=dict(mapping),
            options=options,
            employees=employees,
            issues=issues,
            total_rows=total,
            invalid_rows=invalid,
            skipped_duplicates=duplicates,
            present_ids=present,
            fields=fields,
            attribute_names=attribute_names,
            preview=SyncCounts(),
            salt=salt,
        )
        from ..storage import directory_sync

        plan = directory_sync.plan_sync(
            self._ws,
            employees,
            fields=fields,
            attribute_names=attribute_names,
            present_ids=present,
            deactivate_missing=options.deactivate_missing,
            progress=_scaled(progress, 85, 100),
        )
        report.plan = plan
        report.preview = _counts(plan)
        report.workspace_warnings = self._workspace_warnings(report)
        return report

    def _workspace_warnings(self, report: ValidationReport) -> list[Issue]:
        from ..storage import directory_sync

        warnings: list[Issue] = []
        active = directory_sync.employee_count(self._ws)
        if active and report.preview.deactivated > MASS_DEACTIVATION_SHARE * active:
            warnings.append(
                Issue(
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "{count} of the {active} active employees are not in this file and would "
                        "be marked inactive. If the file is a partial export (one department, "
                        "one site), keep the missing employees active instead.",
                    ),
                    params={"count": report.preview.deactivated, "active": active},
                )
            )
        last = self.last_import() or {}
        if (
            directory_sync.employee_count(self._ws, active_only=False)
            and "pseudonymised" in last
            and bool(last["pseudonymised"]) != report.options.pseudonymise
        ):
            if last["pseudonymised"]:
                template = QT_TRANSLATE_NOOP(
                    "TableImport",
                    "The previous import was pseudonymised and this one is not: the "
                    "identifiers will not match, so everyone would be added again and the "
                    "pseudonymised employees marked inactive.",
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "TableImport",
                    "The previous import was not pseudonymised and this one is: the "
                    "identifiers will not match, so everyone would be added again and the "
                    "employees imported before, with their names, marked inactive.",
                )
            warnings.append(Issue(Severity.WARNING, template))
        return warnings

    def _salt(self) -> str:
        stored = self._ws.settings.get_value(SETTINGS_SALT)
        return str(stored) if stored else secrets.token_hex(16)

    # ---------------------------------------------------------------- step 3
    def apply(self, report: ValidationReport, *, progress: Progress | None = None) -> ImportResult:
        """Writes the valid rows of ``report`` in one transaction (all or nothing)."""
        if not report.can_import:
            raise DirectoryImportError(
                QT_TRANSLATE_NOOP(
                    "errors", "No row of “{name}” can be imported; fix the problems listed first."
                ),
                name=report.path.name,
            )
        from ..storage import directory_sync

        with self._ws.transaction() as changes, gc_paused():
            plan = report.plan
            if plan is None or not plan.still_valid(self._ws):
                plan = directory_sync.plan_sync(
                    self._ws,
                    report.employees,
                    fields=report.fields,
                    attribute_names=report.attribute_names,
                    present_ids=report.present_ids,
                    deactivate_missing=report.options.deactivate_missing,
                    progress=_scaled(progress, 0, 20),
                )
            directory_sync.apply_sync(self._ws, plan, progress=_scaled(progress, 20, 95))
            from ..storage import employee_queries

            # Here, in the background job, rather than on the first search after it.
            employee_queries.refresh_search_if_kept(self._ws)
            counts = _counts(plan)
            settings = self._ws.settings
            remembered = self.remembered_mapping()
            remembered.update({k: v for k, v in report.mapping.items() if v in TARGETS})
            settings.set_value(SETTINGS_MAPPING, remembered)
            settings.set_value(SETTINGS_OPTIONS, report.options.to_json())
            if report.salt is not None and not settings.get_value(SETTINGS_SALT):
                settings.set_value(SETTINGS_SALT, report.salt)
            settings.set_value(
                SETTINGS_LAST,
                {
                    "file": report.path.name,
                    "date": date.today().isoformat(),
                    "pseudonymised": report.options.pseudonymise,
                    "rows": report.total_rows,
                    "invalid": report.invalid_rows,
                    **counts.as_dict(),
                },
            )
            result_changes = Changes()
            result_changes.merge(changes)
        return ImportResult(counts, result_changes, report.invalid_rows)

    # ---------------------------------------------------------------- all steps (CLI)
    def run(
        self,
        path: str | Path,
        mapping: Mapping[str, str] | None = None,
        options: ImportOptions | None = None,
        *,
        dry_run: bool = False,
        sheet: str | None = None,
        progress: Progress | None = None,
    ) -> tuple[ValidationReport, ImportResult | None]:
        """Validates and, unless ``dry_run`` or nothing is valid, imports."""
        report = self.validate(
            path,
            self._complete_mapping(path, mapping, sheet),
            options,
            sheet=sheet,
            progress=_scaled(progress, 0, 50),
        )
        if dry_run or not report.can_import:
            return report, None
        return report, self.apply(report, progress=_scaled(progress, 50, 100))

    def _complete_mapping(
        self, path: str | Path, mapping: Mapping[str, str] | None, sheet: str | None
    ) -> dict[str, str] | None:
        """A partial mapping (from the CLI) completed by the suggestions for other columns."""
        if mapping is None:
            return None
        preview = self.preview(path, sheet=sheet)
        completed = dict(preview.mapping)
        # A column explicitly given a single-valued field takes it from any suggested column.
        for key, target in mapping.items():
            if target not in _MULTI_TARGETS:
                for other, suggested in list(completed.items()):
                    if suggested == target and other != key:
                        completed[other] = ATTRIBUTE
        completed.update(mapping)
        unknown = [k for k in mapping if k not in completed or k not in preview.mapping]
        if unknown:
            raise DirectoryImportError(
                QT_TRANSLATE_NOOP(
                    "errors", "The mapping names columns the file does not have: {columns}."
                ),
                columns=", ".join(f"“{k}”" for k in unknown),
            )
        return completed


class MappingError(CommsPlannerError):
    """The chosen mapping cannot be used; ``problems`` says why."""

    def __init__(self, problems: list[Issue]) -> None:
        self.problems = problems
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The column mapping cannot be used: {detail}"),
            detail=" ".join(p.message() for p in problems),
        )

    def describe(self, tr: Translate | None = None) -> str:
        """The message with every problem in the user's language."""
        detail = " ".join(p.message(tr) for p in self.problems)
        return fill(self.template, {"detail": detail}, tr, "errors")


def _no_columns(path: Path) -> DirectoryImportError:
    return DirectoryImportError(
        QT_TRANSLATE_NOOP("errors", "“{name}” has no columns to import."), name=path.name
    )


def _counts(plan: Any) -> SyncCounts:
    return SyncCounts(
        added=plan.added,
        updated=plan.updated,
        reactivated=plan.reactivated,
        unchanged=plan.unchanged,
        deactivated=plan.deactivated,
    )


def _scaled(progress: Progress | None, low: int, high: int) -> Progress | None:
    """A Progress that maps its own (done, total) onto ``low``–``high`` per cent of ``progress``."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        share = done / total if total else 0
        progress.step(low + int((high - low) * min(share, 1.0)), 100)

    return Progress(report=report, cancelled=progress.cancelled)


def describe_mapping(
    mapping: Mapping[str, str], tr: Translate | None = None
) -> list[tuple[str, str]]:
    """(column, what it is imported as) pairs in the user's language, for printing."""
    pairs = []
    for column, target in mapping.items():
        label = TARGET_LABELS.get(target, target)
        pairs.append((column, tr("AudienceFields", label) if tr else label))
    return pairs
