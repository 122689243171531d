"""Importing results (pulse and climate surveys, campaign KPIs) from CSV or XLSX files.

The same three steps as the directory import, on the same robust table reader
(:mod:`commsplanner.services.tabular`):

1. :meth:`MeasurementImportService.preview` reads the first rows and suggests what each column
   holds from Spanish or English headers (a mapping remembered from the last import wins).
2. :meth:`MeasurementImportService.validate` reads the whole file, converts every row and
   returns an :class:`ImportReport`: the problems (row, column, problem, value), the results
   and how many would be added, updated or left unchanged. Nothing is written.
3. :meth:`MeasurementImportService.apply` writes the results in one transaction. The import is
   all-or-nothing: a file with any error imports nothing, so a survey is never half loaded.

Two layouts are understood. *Long*: one result per row, with a metric column and a value
column ("Fecha; Segmento; Métrica; Valor; Respuestas"). *Wide*: one row per date and group and
one column per metric ("Fecha; Departamento; Satisfacción; eNPS; Participación"). A group is a
segment (by name), an attribute group ("department = Operaciones", or a column such as
"Departamento" whose header names the attribute) or the whole organisation.

Re-importing updates instead of duplicating: results are matched on their natural key —
date, metric, segment or attribute group, and source (see :mod:`commsplanner.storage.listening`).

The machinery (:class:`TableImporter`) is shared with the feedback import of
:mod:`commsplanner.services.feedback_log`.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..domain import Changes, Measurement
from ..domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError
from ..domain.progress import Progress
from .audience_fields import FIELD_LABELS
from .directory_import import SYNONYMS as DIRECTORY_SYNONYMS
from .directory_import import clean_text, normalise_label, parse_date
from .tabular import (
    Column,
    Issue,
    Severity,
    Table,
    Term,
    Translate,
    fill,
    read_table,
    short_value,
)

if TYPE_CHECKING:
    from ..i18n import Catalog
    from ..storage import Workspace

T = TypeVar("T")

LABELS_CONTEXT = "ListeningImport"
PREVIEW_ROWS = 20
MAX_METRIC_LENGTH = 100
MAX_SOURCE_LENGTH = 200
MAX_GROUP_LENGTH = 200

# --------------------------------------------------------------------------- targets

DATE = "date"
METRIC = "metric"
VALUE = "value"
METRIC_COLUMN = "metric_column"  # wide layout: the header names the metric
GROUP = "group"  # a segment name, "attribute = value" or the whole organisation
GROUP_ATTRIBUTE = "group_attribute"
GROUP_VALUE = "group_value"
RESPONDENTS = "respondents"
SOURCE = "source"
CAMPAIGN = "campaign"
IGNORE = "ignore"

TARGETS: tuple[str, ...] = (
    DATE,
    METRIC,
    VALUE,
    METRIC_COLUMN,
    GROUP,
    GROUP_ATTRIBUTE,
    GROUP_VALUE,
    RESPONDENTS,
    SOURCE,
    CAMPAIGN,
    IGNORE,
)
TARGET_LABELS: dict[str, str] = {
    DATE: QT_TRANSLATE_NOOP("ListeningImport", "Date"),
    METRIC: QT_TRANSLATE_NOOP("ListeningImport", "Metric name"),
    VALUE: QT_TRANSLATE_NOOP("ListeningImport", "Value"),
    METRIC_COLUMN: QT_TRANSLATE_NOOP("ListeningImport", "Metric (named by the header)"),
    GROUP: QT_TRANSLATE_NOOP("ListeningImport", "Segment or group"),
    GROUP_ATTRIBUTE: QT_TRANSLATE_NOOP("ListeningImport", "Group attribute"),
    GROUP_VALUE: QT_TRANSLATE_NOOP("ListeningImport", "Group value"),
    RESPONDENTS: QT_TRANSLATE_NOOP("ListeningImport", "Respondents"),
    SOURCE: QT_TRANSLATE_NOOP("ListeningImport", "Source"),
    CAMPAIGN: QT_TRANSLATE_NOOP("ListeningImport", "Campaign"),
    IGNORE: QT_TRANSLATE_NOOP("ListeningImport", "Do not import"),
}
_MULTI = frozenset({METRIC_COLUMN, IGNORE})

SETTINGS_MAPPING = "measurements_import.mapping"
SETTINGS_SOURCE = "measurements_import.source"

# Attributes a group can be formed on (besides custom attributes), as employees store them.
GROUP_FIELDS = ("department", "location", "position", "function", "level", "language")
GROUP_FIELDS_ALL = (*GROUP_FIELDS, "customer_facing")


def target_term(target: str) -> str:
    return Term(TARGET_LABELS.get(target, target), LABELS_CONTEXT)


def _synonyms(*texts: str) -> tuple[str, ...]:
    return tuple(normalise_label(t) for t in texts)


# Well-known metrics: (folded names recognised in headers, canonical Spanish, English name).
KNOWN_METRICS: dict[str, tuple[str, ...]] = {
    "satisfaction": _synonyms(
        "Satisfacción", "Satisfaction", "Satisfacción general", "Overall satisfaction",
        "Índice de satisfacción", "Satisfaction score", "Clima", "Climate",
        "Índice de clima", "Climate index", "Compromiso", "Engagement", "Felicidad",
        "Happiness", "Bienestar", "Wellbeing", "Well-being",
    ),
    "enps": _synonyms("eNPS", "NPS", "Employee NPS", "Net Promoter Score", "Recomendación"),
    "participation": _synonyms(
        "Participación", "Participation", "Tasa de respuesta", "Response rate",
        "Índice de respuesta", "% respuesta", "% participación",
    ),
    "reach": _synonyms("Alcance", "Reach", "Personas alcanzadas", "People reached", "Impactos"),
    "open_rate": _synonyms(
        "Tasa de apertura", "Open rate", "Apertura", "Opens", "Aperturas", "% apertura",
        "Lecturas", "Reads", "Read rate", "Tasa de lectura",
    ),
    "click_rate": _synonyms("Tasa de clics", "Click rate", "Clics", "Clicks", "CTR"),
    "attendance": _synonyms(
        "Asistencia", "Attendance", "Asistentes", "Attendees", "Participantes en el evento",
    ),
    "comments": _synonyms(
        "Comentarios", "Comments", "Comentarios recibidos", "Comments received",
        "Preguntas recibidas", "Questions received",
    ),
    "ideas": _synonyms("Ideas", "Ideas recibidas", "Ideas received", "Sugerencias", "Suggestions"),
}  # fmt: skip

SYNONYMS: dict[str, tuple[str, ...]] = {
    DATE: _synonyms(
        "Fecha", "Date", "Día", "Day", "Periodo", "Período", "Period", "Mes", "Month",
        "Fecha de la encuesta", "Survey date", "Fecha de envío", "Sent date", "Semana",
        "Week", "Fecha del resultado", "Fecha de medición", "Measured on", "Oleada", "Wave",
    ),
    METRIC: _synonyms(
        "Métrica", "Metric", "Indicador", "Indicator", "KPI", "Medida", "Measure",
        "Pregunta", "Question", "Variable", "Concepto", "Nombre de la métrica", "Metric name",
    ),
    VALUE: _synonyms(
        "Valor", "Value", "Resultado", "Result", "Puntuación", "Score", "Nota", "Media",
        "Average", "Mean", "Promedio", "Dato", "Cifra", "Valor medio",
    ),
    GROUP: _synonyms(
        "Segmento", "Segment", "Grupo", "Group", "Audiencia", "Audience", "Colectivo",
        "Público", "Target", "Público objetivo", "Target audience",
    ),
    GROUP_ATTRIBUTE: _synonyms(
        "Atributo", "Attribute", "Dimensión", "Dimension", "Campo", "Field", "Agrupación",
        "Tipo de grupo", "Group type", "Agrupado por", "Grouped by", "Corte", "Breakdown",
    ),
    GROUP_VALUE: _synonyms("Valor del grupo", "Group value", "Subgrupo", "Subgroup"),
    RESPONDENTS: _synonyms(
        "Respuestas", "Responses", "Respondents", "Encuestados", "Participantes",
        "Participants", "N", "Nº respuestas", "Número de respuestas", "Base", "Muestra",
        "Sample", "Sample size", "Number of responses", "Num respuestas", "Respondentes",
    ),
    SOURCE: _synonyms(
        "Fuente", "Source", "Origen", "Encuesta", "Survey", "Herramienta", "Tool",
        "Instrumento", "Estudio", "Study",
    ),
    CAMPAIGN: _synonyms("Campaña", "Campaign", "Acción", "Iniciativa", "Initiative"),
    METRIC_COLUMN: tuple(s for names in KNOWN_METRICS.values() for s in names),
}  # fmt: skip

# Headers that name an employee attribute ("Departamento" → department).
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    name: DIRECTORY_SYNONYMS[name] for name in GROUP_FIELDS_ALL if name in DIRECTORY_SYNONYMS
}

_ORGANISATION_WORDS = frozenset(
    normalise_label(t)
    for t in (
        "Toda la organización", "Organización", "Todos", "Todas", "Total", "Global",
        "Empresa", "Compañía", "Toda la plantilla", "Plantilla", "General", "All",
        "All employees", "Everyone", "Organisation", "Organization", "Company", "Overall",
        "Whole organisation", "Whole organization", "Total empresa",
    )
)  # fmt: skip


def _match_score(label: str, synonyms: Sequence[str]) -> int:
    """100 for an exact synonym, else the length of the longest one found as whole words."""
    best = 0
    padded = f" {label} "
    for synonym in synonyms:
        if label == synonym:
            return 100
        if synonym and f" {synonym} " in padded:
            best = max(best, len(synonym))
    return best


def attribute_from_label(label: str, custom: Sequence[str] = ()) -> str | None:
    """The employee attribute a header or a group label names, or None."""
    normal = normalise_label(label)
    if not normal:
        return None
    for name in GROUP_FIELDS_ALL:
        if normal == normalise_label(name) or normal in FIELD_SYNONYMS.get(name, ()):
            return name
    for name in custom:
        if normalise_label(name) == normal:
            return name
    best: tuple[int, str] | None = None
    for name, synonyms in FIELD_SYNONYMS.items():
        score = _match_score(normal, synonyms)
        if score and (best is None or score > best[0]):
            best = (score, name)
    return best[1] if best else None


def known_metric(name: str) -> str | None:
    """The key of a well-known metric ("satisfaction", "enps" …) that ``name`` names."""
    normal = normalise_label(name)
    for key, synonyms in KNOWN_METRICS.items():
        if _match_score(normal, synonyms):
            return key
    return None


def _key(column: Column) -> str:
    """How a mapping names a column: its header, or its letter when it has none."""
    return column.label or column.letter


# --------------------------------------------------------------------------- values


def parse_number(text: str) -> tuple[float | None, bool]:
    """(number, written as a percentage) for "3,8", "45 %", "1.234,5", "−12", "1,234.5".

    With both separators the last one is the decimal one; a single comma is a decimal comma
    (as Spanish writes "3,8"); a separator repeated ("1.234.567") groups thousands.
    """
    raw = text.strip().replace("\u2212", "-")
    percent = raw.endswith("%")
    if percent:
        raw = raw[:-1]
    for blank in ("\u00a0", "\u202f", " ", "’", "'"):
        raw = raw.replace(blank, "")
    if "," in raw and "." in raw:
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif raw.count(",") > 1 or raw.count(".") > 1:
        raw = raw.replace(",", "").replace(".", "")
    else:
        raw = raw.replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", raw):
        return None, percent
    value = float(raw)
    return (value if math.isfinite(value) else None), percent


_MONTH_NAMES = {
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
_YEAR_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_DMY_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).strip()


def parse_result_date(text: str, order: str = "dmy") -> date | None:
    """A date as survey tools write it; a month alone ("2025-03", "marzo 2025") is its 1st."""
    value = text.strip()
    if not value:
        return None
    if match := _YEAR_MONTH.match(value):
        year, month = int(match.group(1)), int(match.group(2))
        return date(year, month, 1) if 1 <= month <= 12 else None
    if match := _MONTH_YEAR.match(value):
        month, year = int(match.group(1)), int(match.group(2))
        return date(year, month, 1) if 1 <= month <= 12 else None
    tokens = [t for t in re.split(r"[\s,./\-]+", _fold(value)) if t and t != "de"]
    if len(tokens) == 2:
        names = [t for t in tokens if t in _MONTH_NAMES]
        years = [t for t in tokens if t.isdigit() and len(t) in (2, 4)]
        if len(names) == 1 and len(years) == 1:
            year = int(years[0])
            year += 2000 if year < 100 else 0
            return date(year, _MONTH_NAMES[names[0]], 1)
    return parse_date(value, order)


# --------------------------------------------------------------------------- shared machinery


class ListeningImportError(CommsPlannerError):
    """The import cannot go ahead; the workspace was not changed."""


class MappingError(CommsPlannerError):
    """The chosen mapping cannot be used; ``problems`` says why."""

    def __init__(self, problems: list[Issue]) -> None:
        self.problems = problems
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The column mapping cannot be used: {detail}"),
            detail=" ".join(p.message() for p in problems),
        )

    def describe(self, tr: Translate | None = None) -> str:
        detail = " ".join(p.message(tr) for p in self.problems)
        return fill(self.template, {"detail": detail}, tr, "errors")


def _issue(
    severity: Severity,
    template: str,
    row: int | None,
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


@dataclass
class ImportPreview:
    """The first rows of a file and the suggested mapping, for the mapping step."""

    table: Table
    mapping: dict[str, str]
    remembered: bool


@dataclass
class ImportReport(Generic[T]):
    """What an import would do, computed without writing anything."""

    path: Path
    table_kind: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    columns: list[Column]
    mapping: dict[str, str]
    options: Any
    items: list[T]
    issues: list[Issue]
    total_rows: int
    invalid_rows: int
    duplicates: int
    would_add: int = 0
    would_update: int = 0
    unchanged: int = 0
    # Results stored but never shown: their group is below the anonymity threshold.
    withheld: int = 0

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def can_import(self) -> bool:
        """All or nothing: only a file without errors is imported."""
        return bool(self.items) and not self.errors


@dataclass
class ImportOutcome:
    added: int
    updated: int
    unchanged: int
    changes: Changes


class RowConverter(Generic[T]):
    """Turns the rows of one table under one mapping into items and problems."""

    def __init__(self, table: Table, mapping: Mapping[str, str]) -> None:
        self.table = table
        self.issues: list[Issue] = []
        self.by_target: dict[str, list[Column]] = {}
        for column in table.columns:
            self.by_target.setdefault(mapping.get(_key(column), IGNORE), []).append(column)
        self.single = {t: cols[0] for t, cols in self.by_target.items() if len(cols) >= 1}

    def use_groups(self, resolver: GroupResolver) -> None:
        """Reads groups (segment, attribute group) through ``resolver``."""
        self.resolver = resolver
        # A group-value column whose header names the attribute ("Departamento").
        self.header_attribute: str | None = None
        column = self.single.get(GROUP_VALUE)
        if column is not None and GROUP_ATTRIBUTE not in self.single:
            self.header_attribute = resolver.attribute(column.label)

    def read_group(self, number: int, cells: tuple[str, ...]) -> tuple[GroupRef, bool]:
        resolver = self.resolver
        column = self.single.get(GROUP)
        if column is not None:
            text, ok = self.text(number, column, cells, MAX_GROUP_LENGTH)
            if not ok:
                return GroupRef(), False
            segment = resolver.segment(text) if text else None
            if segment is not None:
                return GroupRef(segment_id=segment.id), True
            if resolver.is_organisation(text):
                return GroupRef(), True
            pair = _GROUP_PAIR.match(text)
            if pair:
                return self._attribute_group(number, column, text, pair.group(1), pair.group(2))
            hint = resolver.suggestion(text)
            if hint:
                self.error(
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "There is no segment called “{name}”; did you mean “{hint}”? Write a "
                        "segment name, an attribute group such as “department = Operaciones”, "
                        "or leave it empty for the whole organisation.",
                    ),
                    number,
                    column,
                    text,
                    name=short_value(text, 60),
                    hint=hint,
                )
            else:
                self.error(
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "There is no segment called “{name}”. Write a segment name, an "
                        "attribute group such as “department = Operaciones”, or leave it empty "
                        "for the whole organisation.",
                    ),
                    number,
                    column,
                    text,
                    name=short_value(text, 60),
                )
            return GroupRef(), False
        value_column = self.single.get(GROUP_VALUE)
        if value_column is None:
            return GroupRef(), True
        value, ok = self.text(number, value_column, cells, MAX_GROUP_LENGTH)
        if not ok:
            return GroupRef(), False
        attr_column = self.single.get(GROUP_ATTRIBUTE)
        if attr_column is not None:
            label, ok = self.text(number, attr_column, cells, MAX_GROUP_LENGTH)
            if not ok:
                return GroupRef(), False
            if not label and not value:
                return GroupRef(), True
            return self._attribute_group(
                number, attr_column, cells[attr_column.index], label, value
            )
        if resolver.is_organisation(value):
            return GroupRef(), True
        assert self.header_attribute is not None  # checked by mapping_problems
        return self._attribute_group(number, value_column, value, value_column.label, value)

    def _attribute_group(
        self, number: int, column: Column, cell: str, label: str, value: str
    ) -> tuple[GroupRef, bool]:
        attribute = self.resolver.attribute(label) if label else None
        if attribute is None:
            self.error(
                QT_TRANSLATE_NOOP(
                    "TableImport",
                    "“{attribute}” is not an employee attribute (such as department, location "
                    "or position), so the group cannot be matched to people.",
                ),
                number,
                column,
                cell,
                attribute=short_value(label, 60),
            )
            return GroupRef(), False
        if not value:
            self.error(
                QT_TRANSLATE_NOOP(
                    "TableImport", "The group names the attribute “{attribute}” but no value."
                ),
                number,
                column,
                cell,
                attribute=short_value(label, 60),
            )
            return GroupRef(), False
        stored, known = self.resolver.canonical_value(attribute, value)
        if not known:
            self.warning(
                QT_TRANSLATE_NOOP(
                    "TableImport",
                    "No active employee has {attribute} “{value}”; the result is imported "
                    "but, with no group size to check, it is only shown when its number of "
                    "respondents reaches the anonymity threshold.",
                ),
                number,
                column,
                cell,
                attribute=short_value(label, 60),
                value=short_value(value, 60),
            )
        return GroupRef(attribute=attribute, value=stored), True

    def error(
        self, template: str, number: int, column: Column | None, cell: str = "", /, **params: Any
    ) -> None:
        self.issues.append(_issue(Severity.ERROR, template, number, column, cell, **params))

    def warning(
        self, template: str, number: int, column: Column | None, cell: str = "", /, **params: Any
    ) -> None:
        self.issues.append(_issue(Severity.WARNING, template, number, column, cell, **params))

    def text(
        self, row: int, column: Column, cells: tuple[str, ...], limit: int
    ) -> tuple[str, bool]:
        """The cell on one line with single spaces; an error when longer than ``limit``."""
        value, _removed = clean_text(cells[column.index])
        if len(value) > limit:
            self.error(
                QT_TRANSLATE_NOOP(
                    "TableImport",
                    "The value is {length} characters long; at most {limit} fit here. "
                    "Shorten it in the file or import the column as something else.",
                ),
                row,
                column,
                value,
                length=f"{len(value):,}",
                limit=limit,
            )
            return value, False
        return value, True

    def prepare(self) -> None:
        """Column-level analysis before the rows (date order …); may add issues."""

    def convert(self, number: int, cells: tuple[str, ...]) -> list[T] | None:  # pragma: no cover
        raise NotImplementedError

    def date_order(self, column: Column | None, wanted: str) -> str:
        """dmy unless the column shows month-first dates (a part above 12 in second place)."""
        if wanted in ("dmy", "mdy") or column is None:
            return wanted if wanted in ("dmy", "mdy") else "dmy"
        day_first = month_first = False
        for row in self.table.rows:
            match = _DMY_NUMERIC.match(row[column.index])
            if match:
                a, b = int(match.group(1)), int(match.group(2))
                day_first |= a > 12
                month_first |= b > 12
        return "mdy" if month_first and not day_first else "dmy"


class TableImporter(Generic[T]):
    """Preview, validate and apply for one kind of item imported from a table."""

    targets: tuple[str, ...] = ()
    multi_targets: frozenset[str] = frozenset()
    synonyms: Mapping[str, tuple[str, ...]] = {}
    settings_mapping = ""
    label_context = LABELS_CONTEXT
    target_labels: Mapping[str, str] = {}

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # ---------------------------------------------------------------- to override
    def mapping_problems(
        self, columns: Sequence[Column], mapping: Mapping[str, str], options: Any
    ) -> list[Issue]:  # pragma: no cover - abstract
        raise NotImplementedError

    def default_options(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def converter(
        self, table: Table, mapping: Mapping[str, str], options: Any
    ) -> RowConverter[T]:  # pragma: no cover - abstract
        raise NotImplementedError

    def item_key(self, item: T) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def plan(self, items: Sequence[T]) -> tuple[int, int, int]:  # pragma: no cover - abstract
        raise NotImplementedError

    def upsert(self, items: Sequence[T], progress: Progress | None) -> Any:  # pragma: no cover
        raise NotImplementedError

    def withheld(self, items: Sequence[T]) -> int:
        return 0

    def remember(self, report: ImportReport[T]) -> None:
        remembered = self.remembered_mapping()
        remembered.update({k: v for k, v in report.mapping.items() if v in self.targets})
        self._ws.settings.set_value(self.settings_mapping, remembered)

    # ---------------------------------------------------------------- lookups
    def campaigns(self) -> list[tuple[int, str]]:
        """(id, name) of every campaign, for choosing "these results belong to …"."""
        return [(c.id, c.name) for c in self._ws.campaigns.list() if c.id is not None]

    def find_campaign(self, text: str) -> int | None:
        """The campaign named ``text`` (any case or accents) or with that id, else None."""
        wanted = _fold(text)
        for campaign_id, name in self.campaigns():
            if _fold(name) == wanted or str(campaign_id) == text.strip():
                return campaign_id
        return None

    # ---------------------------------------------------------------- mapping
    def label(self, target: str, tr: Translate | None = None) -> str:
        text = self.target_labels.get(target, target)
        return tr(self.label_context, text) if tr else text

    def remembered_mapping(self) -> dict[str, str]:
        stored = self._ws.settings.get_value(self.settings_mapping, {}) or {}
        return {str(k): str(v) for k, v in stored.items() if v in self.targets}

    def suggest_mapping(
        self, columns: Sequence[Column], remembered: Mapping[str, str] | None = None
    ) -> dict[str, str]:
        """Remembered choices first, then the best header matches; each single target once."""
        folded = {k.casefold(): v for k, v in (remembered or {}).items() if v in self.targets}
        mapping: dict[str, str] = {}
        taken: set[str] = set()
        for column in columns:
            target = folded.get(column.label.casefold()) if column.label else None
            if target:
                mapping[_key(column)] = target
                if target not in self.multi_targets:
                    taken.add(target)
        scored: list[tuple[int, int, str]] = []
        for column in columns:
            if _key(column) in mapping or not column.label:
                continue
            candidates = [normalise_label(column.label)]
            if len(column.parts) > 1:
                candidates.append(normalise_label(" ".join(column.parts)))
            for target, synonyms in self.synonyms.items():
                score = max(_match_score(c, synonyms) for c in candidates)
                if score:
                    scored.append((score, column.index, target))
        for _score, index, target in sorted(scored, key=lambda s: (-s[0], s[1])):
            key = _key(columns[index])
            if key in mapping or target in taken:
                continue
            mapping[key] = target
            if target not in self.multi_targets:
                taken.add(target)
        for column in columns:
            mapping.setdefault(_key(column), IGNORE)
        return self.adjust_suggestion(columns, mapping)

    def adjust_suggestion(
        self, columns: Sequence[Column], mapping: dict[str, str]
    ) -> dict[str, str]:
        return mapping

    def _duplicate_targets(
        self, columns: Sequence[Column], mapping: Mapping[str, str]
    ) -> tuple[dict[str, list[Column]], list[Issue]]:
        problems: list[Issue] = []
        by_target: dict[str, list[Column]] = {}
        for column in columns:
            target = mapping.get(_key(column), IGNORE)
            if target not in self.targets:
                problems.append(
                    _issue(
                        Severity.ERROR,
                        QT_TRANSLATE_NOOP(
                            "TableImport", "“{target}” is not a field one can import."
                        ),
                        None,
                        column,
                        target=target,
                    )
                )
                continue
            by_target.setdefault(target, []).append(column)
        for target, cols in by_target.items():
            if target not in self.multi_targets and len(cols) > 1:
                problems.append(
                    _issue(
                        Severity.ERROR,
                        QT_TRANSLATE_NOOP(
                            "TableImport",
                            "Columns {columns} are all imported as “{field}”; choose only one.",
                        ),
                        None,
                        cols[1],
                        columns=", ".join(c.reference for c in cols),
                        field=Term(self.target_labels.get(target, target), self.label_context),
                    )
                )
        return by_target, problems

    # ---------------------------------------------------------------- step 1
    def preview(
        self, path: str | Path, *, sheet: str | None = None, progress: Progress | None = None
    ) -> ImportPreview:
        table = read_table(path, max_rows=PREVIEW_ROWS, sheet=sheet, progress=progress)
        if not table.columns:
            raise _no_columns(Path(path))
        remembered = self.remembered_mapping()
        mapping = self.suggest_mapping(table.columns, remembered)
        known = {k.casefold() for k in remembered}
        uses_memory = any(c.label.casefold() in known for c in table.columns)
        return ImportPreview(table, mapping, uses_memory)

    # ---------------------------------------------------------------- step 2
    def validate(
        self,
        path: str | Path,
        mapping: Mapping[str, str] | None = None,
        options: Any = None,
        *,
        sheet: str | None = None,
        progress: Progress | None = None,
        table: Table | None = None,
    ) -> ImportReport[T]:
        """Reads and checks the whole file; writes nothing."""
        source = Path(path)
        if table is None or table.truncated:
            table = read_table(source, sheet=sheet, progress=scaled(progress, 0, 40))
        if not table.columns:
            raise _no_columns(source)
        if not table.rows:
            raise ListeningImportError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{name}” has a header but no rows below it (header in row {row}).",
                ),
                name=source.name,
                row=table.header_rows[-1] if table.header_rows else 1,
            )
        options = options if options is not None else self.default_options()
        if mapping is None:
            mapping = self.suggest_mapping(table.columns, self.remembered_mapping())
        mapping = {_key(c): mapping.get(_key(c), IGNORE) for c in table.columns}
        problems = self.mapping_problems(table.columns, mapping, options)
        if problems:
            raise MappingError(problems)
        converter = self.converter(table, mapping, options)
        converter.prepare()
        error_rows = {i.row for i in table.issues if i.severity is Severity.ERROR}
        items: list[T] = []
        first_of: dict[Any, tuple[int, T]] = {}
        invalid = duplicates = 0
        step = scaled(progress, 40, 90)
        total = len(table.rows)
        for position, (number, cells) in enumerate(
            zip(table.row_numbers, table.rows, strict=True), start=1
        ):
            if step is not None and position % 500 == 0:
                step.step(position, total)
            converted = converter.convert(number, cells)
            if number in error_rows or converted is None:
                invalid += 1
                continue
            for item in converted:
                key = self.item_key(item)
                earlier = first_of.get(key)
                if earlier is None:
                    first_of[key] = (number, item)
                    items.append(item)
                    continue
                earlier_row, earlier_item = earlier
                if earlier_item == item:
                    duplicates += 1
                    converter.warning(
                        QT_TRANSLATE_NOOP(
                            "TableImport",
                            "This result repeats row {row} exactly; it is imported once.",
                        ),
                        number,
                        None,
                        row=earlier_row,
                    )
                else:
                    invalid += 1
                    converter.error(
                        QT_TRANSLATE_NOOP(
                            "TableImport",
                            "Row {row} already gives a different result for the same date, "
                            "metric, group and source. Keep one of the two rows.",
                        ),
                        number,
                        None,
                        row=earlier_row,
                    )
        issues = sorted(
            [*table.issues, *converter.issues],
            key=lambda i: (i.row or 0, i.column if i.column is not None else -1),
        )
        report: ImportReport[T] = ImportReport(
            path=source,
            table_kind=table.kind,
            encoding=table.encoding,
            delimiter=table.delimiter,
            sheet=table.sheet,
            columns=table.columns,
            mapping=dict(mapping),
            options=options,
            items=items,
            issues=issues,
            total_rows=total,
            invalid_rows=invalid,
            duplicates=duplicates,
        )
        report.would_add, report.would_update, report.unchanged = self.plan(items)
        report.withheld = self.withheld(items)
        if progress is not None:
            progress.step(100, 100)
        return report

    # ---------------------------------------------------------------- step 3
    def apply(self, report: ImportReport[T], *, progress: Progress | None = None) -> ImportOutcome:
        """Writes every item of ``report`` in one transaction; refuses reports with errors."""
        if report.errors:
            raise ListeningImportError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{name}” has {count} problem(s) that must be fixed first; nothing was "
                    "imported.",
                ),
                name=report.path.name,
                count=len(report.errors),
            )
        if not report.items:
            raise ListeningImportError(
                QT_TRANSLATE_NOOP("errors", "“{name}” holds nothing to import."),
                name=report.path.name,
            )
        with self._ws.transaction() as changes:
            result = self.upsert(report.items, progress)
            self.remember(report)
            outcome_changes = Changes()
            outcome_changes.merge(changes)
        return ImportOutcome(
            len(result.added), len(result.updated), result.unchanged, outcome_changes
        )

    # ---------------------------------------------------------------- all steps (CLI)
    def run(
        self,
        path: str | Path,
        mapping: Mapping[str, str] | None = None,
        options: Any = None,
        *,
        dry_run: bool = False,
        sheet: str | None = None,
        progress: Progress | None = None,
    ) -> tuple[ImportReport[T], ImportOutcome | None]:
        """Validates and, unless ``dry_run`` or the file has errors, imports."""
        report = self.validate(
            path, mapping, options, sheet=sheet, progress=scaled(progress, 0, 60)
        )
        if dry_run or not report.can_import:
            return report, None
        return report, self.apply(report, progress=scaled(progress, 60, 100))


def scaled(progress: Progress | None, low: int, high: int) -> Progress | None:
    """A Progress mapping its own (done, total) onto ``low``–``high`` per cent of ``progress``."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        share = done / total if total else 0
        progress.step(low + int((high - low) * min(share, 1.0)), 100)

    return Progress(report=report, cancelled=progress.cancelled)


def _no_columns(path: Path) -> ListeningImportError:
    return ListeningImportError(
        QT_TRANSLATE_NOOP("errors", "“{name}” has no columns to import."), name=path.name
    )


# --------------------------------------------------------------------------- group resolution


@dataclass(frozen=True)
class GroupRef:
    """Whom a result or an entry concerns: a segment, an attribute group or everyone."""

    segment_id: int | None = None
    attribute: str | None = None
    value: str | None = None


class GroupResolver:
    """Resolves segment names and "attribute = value" texts against the workspace."""

    def __init__(self, ws: Workspace) -> None:
        self.segments = {_fold(s.name): s for s in ws.segments.list()}
        self.segment_names = [s.name for s in ws.segments.list()]
        self.custom = ws.employees.custom_attribute_names()
        self._ws = ws
        self._values: dict[str, dict[str, tuple[str, int]]] = {}

    def values(self, attribute: str) -> dict[str, tuple[str, int]]:
        """Folded value → (value as stored, active employees) of one attribute."""
        found = self._values.get(attribute)
        if found is None:
            found = {}
            for value, count in self._ws.employees.distinct_values(attribute):
                found.setdefault(_fold(value), (value, count))
            self._values[attribute] = found
        return found

    def attribute(self, label: str) -> str | None:
        return attribute_from_label(label, self.custom)

    def segment(self, text: str) -> Any:
        return self.segments.get(_fold(text))

    def suggestion(self, text: str) -> str | None:
        close = difflib.get_close_matches(text, self.segment_names, n=1, cutoff=0.75)
        return close[0] if close else None

    @staticmethod
    def is_organisation(text: str) -> bool:
        return not text.strip() or normalise_label(text) in _ORGANISATION_WORDS

    def canonical_value(self, attribute: str, value: str) -> tuple[str, bool]:
        """(value spelled as employees have it, whether any active employee has it)."""
        if attribute == "customer_facing":
            folded = _fold(value)
            if folded in {"si", "s", "yes", "y", "1", "true", "verdadero", "x"}:
                return "true", True
            if folded in {"no", "n", "0", "false", "falso"}:
                return "false", True
        found = self.values(attribute).get(_fold(value))
        return (found[0], True) if found else (value, False)


_GROUP_PAIR = re.compile(r"^\s*([^=:]{1,80}?)\s*[=:]\s*(.+?)\s*$")


# --------------------------------------------------------------------------- measurements


@dataclass(frozen=True)
class MeasurementImportOptions:
    """Choices that apply to the whole file."""

    # Used when no column gives the source (part of the natural key of a result).
    source: str = ""
    # Every result of the file belongs to this campaign (unless a campaign column says otherwise).
    campaign_id: int | None = None
    # The metric of a value column when no metric column names it.
    metric: str = ""
    # How to read 03/04/2025: "auto", "dmy" or "mdy".
    date_order: str = "auto"


class _MeasurementConverter(RowConverter[Measurement]):
    def __init__(
        self,
        table: Table,
        mapping: Mapping[str, str],
        options: MeasurementImportOptions,
        resolver: GroupResolver,
        campaigns: dict[str, int],
        campaign_names: list[str],
        threshold: int,
    ) -> None:
        super().__init__(table, mapping)
        self.options = options
        self.resolver = resolver
        self.campaigns = campaigns
        self.campaign_names = campaign_names
        self.threshold = threshold
        self.metric_columns = self.by_target.get(METRIC_COLUMN, [])
        self.order = "dmy"
        self.use_groups(resolver)

    def prepare(self) -> None:
        super().prepare()
        self.order = self.date_order(self.single.get(DATE), self.options.date_order)

    def _number(self, number: int, column: Column, raw: str, metric: str) -> float | None:
        value, percent = parse_number(raw)
        if value is None:
            self.error(
                QT_TRANSLATE_NOOP(
                    "TableImport",
                    "“{value}” is not a number; write it as 3.8, 3,8 or 45 %.",
                ),
                number,
                column,
                raw,
                value=short_value(raw, 40),
            )
            return None
        kind = known_metric(metric)
        if kind == "enps" and not -100 <= value <= 100:
            self.error(
                QT_TRANSLATE_NOOP(
                    "TableImport", "An eNPS lies between −100 and 100; {value} does not."
                ),
                number,
                column,
                raw,
                value=raw,
            )
            return None
        if (percent or "%" in metric or kind in ("participation", "open_rate", "click_rate")) and (
            not 0 <= value <= 100
        ):
            self.error(
                QT_TRANSLATE_NOOP(
                    "TableImport", "A percentage lies between 0 and 100; {value} does not."
                ),
                number,
                column,
                raw,
                value=raw,
            )
            return None
        return value

    def convert(self, number: int, cells: tuple[str, ...]) -> list[Measurement] | None:
        ok = True
        column = self.single[DATE]
        raw = cells[column.index]
        when = parse_result_date(raw, self.order) if raw else None
        if when is None or not 1900 <= when.year <= 2100:
            if raw:
                self.error(
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "“{value}” is not a date this import understands; write it as "
                        "2025-03-15, 15/03/2025, 15 mar 2025 or 2025-03 for a whole month.",
                    ),
                    number,
                    column,
                    raw,
                    value=short_value(raw, 40),
                )
            else:
                self.error(QT_TRANSLATE_NOOP("TableImport", "The date is empty."), number, column)
            ok = False
        elif when > date.today() + timedelta(days=366):
            self.warning(
                QT_TRANSLATE_NOOP(
                    "TableImport", "The date {value} is more than a year ahead; is it right?"
                ),
                number,
                column,
                raw,
                value=when.isoformat(),
            )
        group, group_ok = self.read_group(number, cells)
        ok &= group_ok

        respondents: int | None = None
        column = self.single.get(RESPONDENTS)
        if column is not None and cells[column.index]:
            raw = cells[column.index]
            value, _percent = parse_number(raw)
            if value is None or value < 0 or not float(value).is_integer():
                self.error(
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "The number of respondents must be a whole number of zero or more; "
                        "“{value}” is not.",
                    ),
                    number,
                    column,
                    raw,
                    value=short_value(raw, 40),
                )
                ok = False
            else:
                respondents = int(value)

        source = self.options.source.strip()
        column = self.single.get(SOURCE)
        if column is not None:
            text, valid = self.text(number, column, cells, MAX_SOURCE_LENGTH)
            ok &= valid
            source = text or source

        campaign_id = self.options.campaign_id
        column = self.single.get(CAMPAIGN)
        if column is not None and cells[column.index].strip():
            text, valid = self.text(number, column, cells, MAX_GROUP_LENGTH)
            ok &= valid
            found = self.campaigns.get(_fold(text))
            if found is None:
                close = difflib.get_close_matches(text, self.campaign_names, n=1, cutoff=0.75)
                self.error(
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "There is no campaign called “{name}”.",
                    )
                    if not close
                    else QT_TRANSLATE_NOOP(
                        "TableImport",
                        "There is no campaign called “{name}”; did you mean “{hint}”?",
                    ),
                    number,
                    column,
                    text,
                    name=short_value(text, 60),
                    hint=close[0] if close else "",
                )
                ok = False
            else:
                campaign_id = found

        pairs: list[tuple[str, Column, str]] = []
        if METRIC_COLUMN in self.by_target:
            for metric_column in self.metric_columns:
                raw = cells[metric_column.index]
                if raw:
                    pairs.append((metric_column.label, metric_column, raw))
            if not pairs and ok:
                self.warning(
                    QT_TRANSLATE_NOOP(
                        "TableImport", "The row has no value in any metric column; it was skipped."
                    ),
                    number,
                    None,
                )
        else:
            value_column = self.single[VALUE]
            metric = self.options.metric.strip()
            metric_column = self.single.get(METRIC)
            if metric_column is not None:
                text, valid = self.text(number, metric_column, cells, MAX_METRIC_LENGTH)
                ok &= valid
                metric = text or metric
                if not text and not metric:
                    self.error(
                        QT_TRANSLATE_NOOP("TableImport", "The metric name is empty."),
                        number,
                        metric_column,
                    )
                    ok = False
            raw = cells[value_column.index]
            if not raw:
                self.error(
                    QT_TRANSLATE_NOOP("TableImport", "The value is empty."), number, value_column
                )
                ok = False
            elif metric:
                pairs.append((metric, value_column, raw))
        results: list[Measurement] = []
        for metric, column, raw in pairs:
            value = self._number(number, column, raw, metric)
            if value is None:
                ok = False
                continue
            if len(metric) > MAX_METRIC_LENGTH:
                metric = metric[:MAX_METRIC_LENGTH]
            if when is not None:
                results.append(
                    Measurement(
                        date=when,
                        metric=" ".join(metric.split()),
                        value=value,
                        segment_id=group.segment_id,
                        group_attribute=group.attribute,
                        group_value=group.value,
                        respondents=respondents,
                        source=source,
                        campaign_id=campaign_id,
                    )
                )
        if not ok:
            return None
        if respondents is not None and 0 < respondents < self.threshold and results:
            self.issues.append(
                _issue(
                    Severity.INFO,
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "Only {count} people answered: the result is stored but never shown, "
                        "charted or exported (the anonymity threshold is {threshold}).",
                    ),
                    number,
                    self.single.get(RESPONDENTS),
                    str(respondents),
                    count=respondents,
                    threshold=self.threshold,
                )
            )
        return results


class MeasurementImportService(TableImporter[Measurement]):
    """Import of survey results and campaign KPIs into one workspace."""

    targets = TARGETS
    multi_targets = _MULTI
    synonyms = SYNONYMS
    settings_mapping = SETTINGS_MAPPING
    target_labels = TARGET_LABELS

    def default_options(self) -> MeasurementImportOptions:
        stored = self._ws.settings.get_value(SETTINGS_SOURCE, "") or ""
        return MeasurementImportOptions(source=str(stored))

    def adjust_suggestion(
        self, columns: Sequence[Column], mapping: dict[str, str]
    ) -> dict[str, str]:
        values = [k for k, v in mapping.items() if v == VALUE]
        metric_columns = [k for k, v in mapping.items() if v == METRIC_COLUMN]
        if metric_columns and values and METRIC not in mapping.values():
            # A wide file: "Valor" is then probably one more metric, not the long-format value.
            for key in values:
                mapping[key] = METRIC_COLUMN
        if METRIC in mapping.values() and VALUE in mapping.values():
            for key in metric_columns:
                mapping[key] = IGNORE
        if GROUP not in mapping.values() and GROUP_VALUE not in mapping.values():
            custom = self._ws.employees.custom_attribute_names()
            for column in columns:
                key = _key(column)
                if (
                    mapping.get(key) == IGNORE
                    and column.label
                    and attribute_from_label(column.label, custom) is not None
                ):
                    mapping[key] = GROUP_VALUE
                    break
        return mapping

    def mapping_problems(
        self,
        columns: Sequence[Column],
        mapping: Mapping[str, str],
        options: MeasurementImportOptions | None = None,
    ) -> list[Issue]:
        options = options or MeasurementImportOptions()
        by_target, problems = self._duplicate_targets(columns, mapping)

        def problem(template: str, column: Column | None = None, **params: Any) -> None:
            problems.append(_issue(Severity.ERROR, template, None, column, **params))

        if DATE not in by_target:
            problem(
                QT_TRANSLATE_NOOP(
                    "TableImport", "Choose the column that holds the date of each result."
                )
            )
        wide = METRIC_COLUMN in by_target
        if wide and (VALUE in by_target or METRIC in by_target):
            problem(
                QT_TRANSLATE_NOOP(
                    "TableImport",
                    "Either give each metric its own column, or use one column for the metric "
                    "name and one for the value — not both.",
                )
            )
        elif not wide:
            if VALUE not in by_target:
                problem(
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "Choose the column with the values: a “Value” column (with a metric "
                        "name column or a metric for the whole file), or one column per metric.",
                    )
                )
            elif METRIC not in by_target and not options.metric.strip():
                problem(
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "Say which metric the values measure: choose the metric name column "
                        "or type the metric for the whole file.",
                    )
                )
        check_group_columns(by_target, problem, self._ws.employees.custom_attribute_names)
        for column in by_target.get(METRIC_COLUMN, ()):
            if not column.label:
                problem(
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "Column {letter} has no header, so it cannot name a metric.",
                    ),
                    column,
                    letter=column.letter,
                )
        return problems

    def converter(
        self, table: Table, mapping: Mapping[str, str], options: MeasurementImportOptions
    ) -> RowConverter[Measurement]:
        campaigns = self._ws.campaigns.list()
        converter = _MeasurementConverter(
            table,
            mapping,
            options,
            GroupResolver(self._ws),
            {_fold(c.name): c.id for c in campaigns if c.id is not None},
            [c.name for c in campaigns],
            self._ws.settings.load().anonymity_threshold,
        )
        return converter

    def item_key(self, item: Measurement) -> Any:
        from ..storage.listening import measurement_key

        return measurement_key(item)

    def plan(self, items: Sequence[Measurement]) -> tuple[int, int, int]:
        from ..storage.listening import plan_measurement_upsert

        return plan_measurement_upsert(self._ws, items)

    def upsert(self, items: Sequence[Measurement], progress: Progress | None) -> Any:
        from ..storage.listening import upsert_measurements

        return upsert_measurements(self._ws, items, progress)

    def withheld(self, items: Sequence[Measurement]) -> int:
        from .dashboard import AnonymityGuard

        guard = AnonymityGuard.for_workspace(self._ws)
        return sum(1 for m in items if not guard.allows_measurement(m))

    def remember(self, report: ImportReport[Measurement]) -> None:
        super().remember(report)
        options = report.options
        if isinstance(options, MeasurementImportOptions):
            self._ws.settings.set_value(SETTINGS_SOURCE, options.source)

    # ---------------------------------------------------------------- manual entry
    def metrics(self) -> list[str]:
        """Metric names already used, most used first."""
        from ..storage.listening import metric_counts

        return [m for m, _n in metric_counts(self._ws)]

    def sources(self) -> list[str]:
        return sorted({m.source for m in self._ws.measurements.list() if m.source}, key=_fold)

    def get(self, measurement_id: int) -> Measurement:
        return self._ws.measurements.get(measurement_id)

    def _check_unique(self, item: Measurement) -> None:
        from ..domain import ValidationError
        from ..storage.listening import measurement_key, measurements_by_key

        found = measurements_by_key(self._ws).get(measurement_key(item))
        if found is not None and found.id != item.id:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A result for this date, metric, group and source is already recorded "
                    "({value}); edit that one instead.",
                ),
                field="metric",
                value=f"{found.value:g}",
            )

    def add(self, item: Measurement) -> Changes:
        """Records one result typed in by hand; refuses a second one with the same key."""
        item = _clean_measurement(item)
        item.validate()
        self._check_unique(item)
        with self._ws.transaction() as changes:
            self._ws.measurements.add(item)
        return _copy_changes(changes)

    def update(self, item: Measurement) -> Changes:
        item = _clean_measurement(item)
        item.validate()
        self._check_unique(item)
        with self._ws.transaction() as changes:
            self._ws.measurements.update(item)
        return _copy_changes(changes)

    def delete_many(self, ids: Sequence[int]) -> tuple[Changes, list[Measurement]]:
        """Deletes results; returns the changes and what was deleted (to restore on undo)."""
        from ..storage.listening import delete_measurements

        with self._ws.transaction() as changes:
            removed = delete_measurements(self._ws, ids)
        return _copy_changes(changes), removed

    def restore_many(self, items: Sequence[Measurement]) -> Changes:
        from ..storage.listening import restore_many

        with self._ws.transaction() as changes:
            restore_many(self._ws, items)
        return _copy_changes(changes)

    def rows(
        self, *, metric: str | None = None, campaign_id: int | None = None
    ) -> list[MeasurementRow]:
        """Results for display, newest first; values of groups below the anonymity threshold
        are withheld (``value`` None), never handed out."""
        from ..storage.listening import list_measurements
        from .dashboard import AnonymityGuard, GroupLabel

        guard = AnonymityGuard.for_workspace(self._ws)
        segments = {s.id: s.name for s in self._ws.segments.list()}
        campaigns = {c.id: c.name for c in self._ws.campaigns.list()}
        out: list[MeasurementRow] = []
        for m in reversed(list_measurements(self._ws, metric=metric, campaign_id=campaign_id)):
            if m.segment_id is not None:
                group = GroupLabel(m.segment_id, segments.get(m.segment_id, "?"))
            elif m.group_attribute:
                group = GroupLabel(attribute=m.group_attribute, value=m.group_value)
            else:
                group = GroupLabel()
            shown = guard.allows_measurement(m)
            out.append(
                MeasurementRow(
                    id=m.id,  # type: ignore[arg-type]
                    date=m.date,
                    metric=m.metric,
                    value=m.value if shown else None,
                    group=group,
                    respondents=m.respondents,
                    source=m.source,
                    campaign=campaigns.get(m.campaign_id, ""),
                    campaign_id=m.campaign_id,
                )
            )
        return out


@dataclass(frozen=True)
class MeasurementRow:
    """One stored result as the results table shows it."""

    id: int
    date: date
    metric: str
    value: float | None  # None: withheld, the group is below the anonymity threshold
    group: Any  # dashboard.GroupLabel
    respondents: int | None
    source: str
    campaign: str
    campaign_id: int | None

    @property
    def withheld(self) -> bool:
        return self.value is None


def _clean_measurement(item: Measurement) -> Measurement:
    import dataclasses

    return dataclasses.replace(
        item,
        metric=" ".join(item.metric.split()),
        source=" ".join(item.source.split()),
        group_attribute=(item.group_attribute or None) if item.segment_id is None else None,
        group_value=(item.group_value or None) if item.segment_id is None else None,
    )


def _copy_changes(changes: Changes) -> Changes:
    out = Changes()
    out.merge(changes)
    return out


# --------------------------------------------------------------------------- text report


def _number_text(value: int, lang: str) -> str:
    text = f"{value:,}"
    if lang == "es":
        return text.replace(",", ".") if value >= 10_000 else str(value)
    return text


def issue_line(issue: Issue, tr: Catalog) -> str:
    """One problem as a line: where, what, severity and the value."""
    from .directory_report import issue_line as directory_issue_line

    return directory_issue_line(issue, tr)


def report_lines(
    report: ImportReport[Any],
    outcome: ImportOutcome | None,
    tr: Catalog,
    lang: str,
    *,
    label: Callable[[str], str] | None = None,
    max_issues: int = 200,
) -> list[str]:
    """The validation report and the outcome for a terminal, in ``tr``'s language."""
    n = lambda value: _number_text(value, lang)  # noqa: E731 - a local shorthand
    lines: list[str] = []
    if report.table_kind == "csv":
        delimiter = {"\t": "TAB"}.get(report.delimiter or ",", report.delimiter or ",")
        lines.append(
            tr.translate(
                "ListeningReport", "File: {name} (CSV, {encoding}, delimiter “{delimiter}”)"
            ).format(name=report.path.name, encoding=report.encoding, delimiter=delimiter)
        )
    else:
        lines.append(
            tr.translate("ListeningReport", "File: {name} (Excel, sheet “{sheet}”)").format(
                name=report.path.name, sheet=report.sheet
            )
        )
    lines.append(tr.translate("ListeningReport", "Columns:"))
    for column, target in report.mapping.items():
        text = (
            label(target)
            if label
            else tr.translate(LABELS_CONTEXT, TARGET_LABELS.get(target, target))
        )
        lines.append(f"  {column} → {text}")
    if report.issues:
        lines.append(
            tr.translate("ListeningReport", "Problems ({count}):").format(
                count=n(len(report.issues))
            )
        )
        for issue in report.issues[:max_issues]:
            lines.append("  " + issue_line(issue, tr))
        if len(report.issues) > max_issues:
            lines.append(
                "  "
                + tr.translate("ListeningReport", "… and {count} more.").format(
                    count=n(len(report.issues) - max_issues)
                )
            )
    lines.append(
        tr.translate(
            "ListeningReport",
            "Rows: {total} read, {invalid} with errors, {duplicates} repeated; {items} "
            "results found.",
        ).format(
            total=n(report.total_rows),
            invalid=n(report.invalid_rows),
            duplicates=n(report.duplicates),
            items=n(len(report.items)),
        )
    )
    if outcome is not None:
        lines.append(
            tr.translate(
                "ListeningReport",
                "Imported: {added} added, {updated} updated, {unchanged} unchanged.",
            ).format(
                added=n(outcome.added), updated=n(outcome.updated), unchanged=n(outcome.unchanged)
            )
        )
    else:
        lines.append(
            tr.translate(
                "ListeningReport",
                "An import would add {added}, update {updated} and leave {unchanged} unchanged.",
            ).format(
                added=n(report.would_add),
                updated=n(report.would_update),
                unchanged=n(report.unchanged),
            )
        )
        if report.errors:
            lines.append(
                tr.translate(
                    "ListeningReport",
                    "The file has errors, so nothing was imported (all or nothing). Fix them and "
                    "import it again.",
                )
            )
        else:
            lines.append(tr.translate("ListeningReport", "Nothing was written to the workspace."))
    if report.withheld:
        lines.append(
            tr.translate(
                "ListeningReport",
                "{count} result(s) concern groups below the anonymity threshold: they are kept "
                "but never shown, charted or exported.",
            ).format(count=n(report.withheld))
        )
    return lines


def employee_group_fields() -> dict[str, str]:
    """Attributes one can group results by, with their labels (English source)."""
    return {name: FIELD_LABELS[name] for name in GROUP_FIELDS_ALL if name in FIELD_LABELS}


__all__ = [
    "GROUP_FIELDS",
    "TARGETS",
    "GroupResolver",
    "ImportOutcome",
    "ImportReport",
    "MappingError",
    "MeasurementImportOptions",
    "MeasurementImportService",
    "TableImporter",
    "check_group_columns",
    "parse_number",
    "parse_result_date",
    "report_lines",
]


def check_group_columns(
    by_target: Mapping[str, Sequence[Column]],
    problem: Callable[..., None],
    custom_attribute_names: Callable[[], list[str]],
) -> None:
    """Mapping problems of the group columns, shared by the results and feedback imports."""
    if GROUP in by_target and (GROUP_VALUE in by_target or GROUP_ATTRIBUTE in by_target):
        problem(
            QT_TRANSLATE_NOOP(
                "TableImport",
                "Give the group either in one “Segment or group” column or as attribute "
                "and value columns, not both.",
            )
        )
    if GROUP_ATTRIBUTE in by_target and GROUP_VALUE not in by_target:
        problem(
            QT_TRANSLATE_NOOP(
                "TableImport",
                "A group attribute column needs a group value column beside it.",
            ),
            by_target[GROUP_ATTRIBUTE][0],
        )
    if GROUP_VALUE in by_target and GROUP_ATTRIBUTE not in by_target:
        column = by_target[GROUP_VALUE][0]
        custom = custom_attribute_names()
        if attribute_from_label(column.label, custom) is None:
            problem(
                QT_TRANSLATE_NOOP(
                    "TableImport",
                    "The header of column {column} does not name an employee attribute "
                    "(such as Departamento or Location); choose a group attribute column "
                    "too.",
                ),
                column,
                column=column.reference,
            )
