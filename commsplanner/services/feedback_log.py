"""The ideas and feedback log: the two-way side of internal communication.

Ideas, questions, complaints and praise heard through two-way channels are recorded with
their date, channel, segment or attribute group, topic tags, text, status (new / answered /
acted on), the answer given and, where relevant, the campaign they relate to.

:class:`FeedbackLogService` edits the log (every mutation returns the
:class:`~commsplanner.domain.Changes`), filters it, counts the open items per campaign and per
group (groups below the anonymity threshold are only counted together), imports entries from
CSV or XLSX through the same table reader and mapping machinery as the measurement import,
and gathers "what was heard and what was done" for the Word export.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain import Changes, Feedback, FeedbackKind, FeedbackStatus
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.models import clean_tags
from ..domain.progress import Progress
from ..storage import listening as store
from .dashboard import AnonymityGuard, GroupLabel
from .directory_import import normalise_label
from .measurements_import import (
    CAMPAIGN,
    DATE,
    GROUP,
    GROUP_ATTRIBUTE,
    GROUP_VALUE,
    IGNORE,
    MAX_GROUP_LENGTH,
    GroupResolver,
    RowConverter,
    TableImporter,
    _fold,
    _synonyms,
    check_group_columns,
    parse_result_date,
)
from .measurements_import import SYNONYMS as MEASUREMENT_SYNONYMS
from .tabular import Column, Issue, Severity, Table, short_value

if TYPE_CHECKING:
    from ..storage import Workspace

# --------------------------------------------------------------------------- labels

KIND_LABELS: dict[FeedbackKind, str] = {
    FeedbackKind.IDEA: QT_TRANSLATE_NOOP("FeedbackLog", "Idea"),
    FeedbackKind.QUESTION: QT_TRANSLATE_NOOP("FeedbackLog", "Question"),
    FeedbackKind.COMPLAINT: QT_TRANSLATE_NOOP("FeedbackLog", "Complaint"),
    FeedbackKind.PRAISE: QT_TRANSLATE_NOOP("FeedbackLog", "Praise"),
}
STATUS_LABELS: dict[FeedbackStatus, str] = {
    FeedbackStatus.NEW: QT_TRANSLATE_NOOP("FeedbackLog", "New"),
    FeedbackStatus.ANSWERED: QT_TRANSLATE_NOOP("FeedbackLog", "Answered"),
    FeedbackStatus.ACTED_ON: QT_TRANSLATE_NOOP("FeedbackLog", "Acted on"),
}
LABELS_CONTEXT = "FeedbackLog"

_KIND_WORDS: dict[FeedbackKind, tuple[str, ...]] = {
    FeedbackKind.IDEA: _synonyms(
        "idea", "ideas", "sugerencia", "sugerencias", "propuesta", "propuestas",
        "suggestion", "proposal", "mejora", "improvement",
    ),
    FeedbackKind.QUESTION: _synonyms(
        "pregunta", "preguntas", "duda", "dudas", "consulta", "question", "questions",
        "query", "doubt",
    ),
    FeedbackKind.COMPLAINT: _synonyms(
        "queja", "quejas", "reclamación", "reclamaciones", "incidencia", "complaint",
        "complaints", "issue", "problema", "problem", "crítica", "criticism",
    ),
    FeedbackKind.PRAISE: _synonyms(
        "elogio", "elogios", "felicitación", "felicitaciones", "agradecimiento",
        "reconocimiento", "praise", "compliment", "thanks", "kudos",
    ),
}  # fmt: skip
_STATUS_WORDS: dict[FeedbackStatus, tuple[str, ...]] = {
    FeedbackStatus.NEW: _synonyms(
        "nuevo", "nueva", "pendiente", "abierto", "abierta", "sin respuesta", "new", "open",
        "pending", "unanswered", "recibido", "received",
    ),
    FeedbackStatus.ANSWERED: _synonyms(
        "respondido", "respondida", "contestado", "contestada", "answered", "replied",
        "responded", "en curso", "in progress",
    ),
    FeedbackStatus.ACTED_ON: _synonyms(
        "resuelto", "resuelta", "aplicado", "aplicada", "implantado", "implantada", "hecho",
        "cerrado", "cerrada", "acted on", "acted", "done", "closed", "implemented",
        "resolved", "actuado",
    ),
}  # fmt: skip


def parse_kind(text: str) -> FeedbackKind | None:
    normal = normalise_label(text)
    for kind, words in _KIND_WORDS.items():
        if normal == kind.value or normal in words:
            return kind
    return None


def parse_status(text: str) -> FeedbackStatus | None:
    normal = normalise_label(text.replace("_", " "))
    for status, words in _STATUS_WORDS.items():
        if normal == status.value.replace("_", " ") or normal in words:
            return status
    return None


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class FeedbackFilter:
    """Which entries to list; None means "any"."""

    statuses: frozenset[FeedbackStatus] | None = None
    campaign_id: int | None = None
    segment_id: int | None = None
    channel_id: int | None = None
    kind: FeedbackKind | None = None
    text: str = ""
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True)
class OpenCount:
    label: str
    count: int
    campaign_id: int | None = None
    group: GroupLabel | None = None


@dataclass(frozen=True)
class OpenItems:
    """Entries still waiting for an answer, per campaign and per group."""

    total: int
    by_campaign: tuple[OpenCount, ...]
    without_campaign: int
    by_group: tuple[OpenCount, ...]
    hidden_groups: int
    hidden_count: int


@dataclass(frozen=True)
class HeardItem:
    received: date
    kind: FeedbackKind
    status: FeedbackStatus
    channel: str
    campaign: str
    # None when the entry comes from a group below the anonymity threshold.
    group: GroupLabel | None
    text: str
    response: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class HeardDigest:
    """What was heard in a period and what was done about it (for the Word export)."""

    first: date
    last: date
    received: int
    by_kind: dict[FeedbackKind, int]
    answered: int
    acted_on: int
    still_open: int
    top_tags: tuple[tuple[str, int], ...]
    acted: tuple[HeardItem, ...]
    answered_items: tuple[HeardItem, ...]
    open_items: tuple[HeardItem, ...]
    # Entries whose group is too small to be named: counted, their group withheld.
    withheld_groups: int

    @property
    def share_answered(self) -> float:
        return (self.answered + self.acted_on) / self.received if self.received else 0.0


# --------------------------------------------------------------------------- service


class FeedbackLogService:
    """The feedback log of one workspace: edits, filters, open items, import, digest."""

    def __init__(self, workspace: Workspace, members: Any = None) -> None:
        self._ws = workspace
        self._members = members

    @property
    def importer(self) -> FeedbackImportService:
        return FeedbackImportService(self._ws)

    def _guard(self) -> AnonymityGuard:
        return AnonymityGuard.for_workspace(self._ws, self._members)

    # ------------------------------------------------------------------ reading
    def get(self, feedback_id: int) -> Feedback:
        return self._ws.feedback.get(feedback_id)

    def list(self, flt: FeedbackFilter | None = None) -> list[Feedback]:
        """Entries, newest first, narrowed by ``flt`` (text matches text, tags and answer)."""
        flt = flt or FeedbackFilter()
        found = store.list_feedback(
            self._ws,
            statuses=flt.statuses,
            campaign_id=flt.campaign_id,
            segment_id=flt.segment_id,
            channel_id=flt.channel_id,
            kind=flt.kind.value if flt.kind is not None else None,
            first=flt.first,
            last=flt.last,
        )
        needle = _fold(flt.text) if flt.text.strip() else ""
        if needle:
            found = [
                f
                for f in found
                if needle in _fold(f.text)
                or needle in _fold(f.response)
                or any(needle in _fold(t) for t in f.tags)
            ]
        return found

    def count(self) -> int:
        return self._ws.feedback.count()

    def group_label(self, entry: Feedback) -> GroupLabel:
        if entry.segment_id is not None:
            segment = self._ws.segments.find(entry.segment_id)
            return GroupLabel(entry.segment_id, segment.name if segment else "?")
        if entry.group_attribute:
            return GroupLabel(attribute=entry.group_attribute, value=entry.group_value)
        return GroupLabel()

    # ------------------------------------------------------------------ writing
    def add(self, entry: Feedback) -> Changes:
        entry = _normalised(entry)
        with self._ws.transaction() as changes:
            self._ws.feedback.add(entry)
        return _copy(changes)

    def update(self, entry: Feedback) -> Changes:
        entry = _normalised(entry)
        with self._ws.transaction() as changes:
            self._ws.feedback.update(entry)
        return _copy(changes)

    def delete(self, feedback_id: int) -> Changes:
        with self._ws.transaction() as changes:
            self._ws.feedback.delete(feedback_id)
        return _copy(changes)

    def restore(self, entry: Feedback) -> Changes:
        with self._ws.transaction() as changes:
            self._ws.feedback.restore(entry)
        return _copy(changes)

    def delete_many(self, ids: Iterable[int]) -> tuple[Changes, list[Feedback]]:
        """Deletes several entries; returns the changes and the entries (to restore on undo)."""
        with self._ws.transaction() as changes:
            removed = store.delete_feedback(self._ws, ids)
        return _copy(changes), removed

    def restore_many(self, entries: Sequence[Feedback]) -> Changes:
        with self._ws.transaction() as changes:
            store.restore_many(self._ws, entries)
        return _copy(changes)

    def set_status(
        self, feedback_id: int, status: FeedbackStatus, response: str | None = None
    ) -> Changes:
        """Marks an entry new, answered or acted on, with the answer given (when told)."""
        entry = self.get(feedback_id)
        updated = dataclasses.replace(
            entry,
            status=FeedbackStatus(status),
            response=entry.response if response is None else response.strip(),
        )
        return self.update(updated)

    # ------------------------------------------------------------------ open items
    def open_items(self) -> OpenItems:
        """Entries still new, per campaign and per segment or group."""
        guard = self._guard()
        campaigns = {c.id: c.name for c in self._ws.campaigns.list()}
        per_campaign: Counter[int] = Counter()
        per_group: Counter[tuple[Any, ...]] = Counter()
        labels: dict[tuple[Any, ...], GroupLabel] = {}
        total = without = 0
        for campaign_id, segment_id, attribute, value, count in store.open_feedback_counts(
            self._ws
        ):
            total += count
            if campaign_id in campaigns:
                per_campaign[campaign_id] += count
            else:
                without += count
            key = (
                segment_id,
                store.fold(attribute) if segment_id is None else "",
                store.fold(value) if segment_id is None else "",
            )
            per_group[key] += count
            if key not in labels:
                if segment_id is not None:
                    labels[key] = GroupLabel(segment_id, campaigns_segment(self._ws, segment_id))
                elif attribute:
                    labels[key] = GroupLabel(attribute=attribute, value=value)
                else:
                    labels[key] = GroupLabel()
        by_group: list[OpenCount] = []
        hidden_groups = hidden = 0
        for key, count in per_group.items():
            label = labels[key]
            if guard.allows_group(label.segment_id, label.attribute, label.value):
                by_group.append(OpenCount(label.text(), count, group=label))
            else:
                hidden_groups += 1
                hidden += count
        by_group.sort(key=lambda o: (-o.count, o.label.casefold()))
        by_campaign = sorted(
            (OpenCount(campaigns[c], n, campaign_id=c) for c, n in per_campaign.items()),
            key=lambda o: (-o.count, o.label.casefold()),
        )
        return OpenItems(total, tuple(by_campaign), without, tuple(by_group), hidden_groups, hidden)

    def open_count_for_campaign(self, campaign_id: int) -> int:
        return sum(
            count
            for cid, _s, _a, _v, count in store.open_feedback_counts(self._ws)
            if cid == campaign_id
        )

    # ------------------------------------------------------------------ Word export
    def heard_and_done(
        self,
        first: date,
        last: date,
        *,
        campaign_ids: Iterable[int] | None = None,
        max_items: int = 12,
    ) -> HeardDigest:
        """What was heard in ``first``…``last`` and what was done about it.

        Entries of groups below the anonymity threshold are counted but their group is not
        named; their text is kept only when it was acted on or answered (the answer is what
        the document reports), never with the group.
        """
        guard = self._guard()
        wanted = set(campaign_ids) if campaign_ids is not None else None
        entries = [
            f
            for f in store.list_feedback(self._ws, first=first, last=last)
            if wanted is None or f.campaign_id in wanted
        ]
        entries.sort(key=lambda f: (f.date, f.id or 0))
        channels = {c.id: c.name for c in self._ws.channels.list()}
        campaigns = {c.id: c.name for c in self._ws.campaigns.list()}
        by_kind: dict[FeedbackKind, int] = {k: 0 for k in FeedbackKind}
        tags: Counter[str] = Counter()
        tag_names: dict[str, str] = {}
        withheld = 0
        items: list[HeardItem] = []
        for entry in entries:
            by_kind[entry.kind] += 1
            for tag in entry.tags:
                key = store.fold(tag)
                tags[key] += 1
                tag_names.setdefault(key, tag)
            allowed = guard.allows_group(entry.segment_id, entry.group_attribute, entry.group_value)
            if not allowed:
                withheld += 1
            items.append(
                HeardItem(
                    received=entry.date,
                    kind=entry.kind,
                    status=entry.status,
                    channel=channels.get(entry.channel_id, ""),
                    campaign=campaigns.get(entry.campaign_id, ""),
                    group=self.group_label(entry) if allowed else None,
                    text=entry.text,
                    response=entry.response,
                    tags=entry.tags,
                )
            )
        acted = [i for i in items if i.status is FeedbackStatus.ACTED_ON]
        answered = [i for i in items if i.status is FeedbackStatus.ANSWERED]
        still_open = [i for i in items if i.status is FeedbackStatus.NEW]
        return HeardDigest(
            first=first,
            last=last,
            received=len(items),
            by_kind=by_kind,
            answered=len(answered),
            acted_on=len(acted),
            still_open=len(still_open),
            top_tags=tuple((tag_names[k], n) for k, n in tags.most_common(8)),
            acted=tuple(reversed(acted[-max_items:])),
            answered_items=tuple(reversed(answered[-max_items:])),
            open_items=tuple(still_open[:max_items]),
            withheld_groups=withheld,
        )


def campaigns_segment(ws: Workspace, segment_id: int) -> str:
    segment = ws.segments.find(segment_id)
    return segment.name if segment else "?"


def _normalised(entry: Feedback) -> Feedback:
    return dataclasses.replace(
        entry,
        text=entry.text.strip(),
        response=entry.response.strip(),
        tags=clean_tags(entry.tags),
        group_attribute=(entry.group_attribute or None) if entry.segment_id is None else None,
        group_value=(entry.group_value or None) if entry.segment_id is None else None,
    )


def _copy(changes: Changes) -> Changes:
    out = Changes()
    out.merge(changes)
    return out


# --------------------------------------------------------------------------- import

TEXT = "text"
KIND = "kind"
CHANNEL = "channel"
TAGS = "tags"
STATUS = "status"
RESPONSE = "response"

TARGETS: tuple[str, ...] = (
    DATE,
    TEXT,
    KIND,
    CHANNEL,
    GROUP,
    GROUP_ATTRIBUTE,
    GROUP_VALUE,
    TAGS,
    STATUS,
    RESPONSE,
    CAMPAIGN,
    IGNORE,
)
TARGET_LABELS: dict[str, str] = {
    DATE: QT_TRANSLATE_NOOP("FeedbackLog", "Date received"),
    TEXT: QT_TRANSLATE_NOOP("FeedbackLog", "Text"),
    KIND: QT_TRANSLATE_NOOP("FeedbackLog", "Kind"),
    CHANNEL: QT_TRANSLATE_NOOP("FeedbackLog", "Channel"),
    GROUP: QT_TRANSLATE_NOOP("FeedbackLog", "Segment or group"),
    GROUP_ATTRIBUTE: QT_TRANSLATE_NOOP("FeedbackLog", "Group attribute"),
    GROUP_VALUE: QT_TRANSLATE_NOOP("FeedbackLog", "Group value"),
    TAGS: QT_TRANSLATE_NOOP("FeedbackLog", "Topic tags"),
    STATUS: QT_TRANSLATE_NOOP("FeedbackLog", "Status"),
    RESPONSE: QT_TRANSLATE_NOOP("FeedbackLog", "Response"),
    CAMPAIGN: QT_TRANSLATE_NOOP("FeedbackLog", "Campaign"),
    IGNORE: QT_TRANSLATE_NOOP("FeedbackLog", "Do not import"),
}
SYNONYMS: dict[str, tuple[str, ...]] = {
    DATE: MEASUREMENT_SYNONYMS[DATE]
    + _synonyms("Fecha de recepción", "Recibido", "Received", "Fecha de entrada", "Created"),
    TEXT: _synonyms(
        "Texto", "Text", "Comentario", "Comment", "Mensaje", "Message", "Descripción",
        "Description", "Idea", "Feedback", "Aportación", "Contenido", "Content", "Detalle",
        "Details", "Opinión", "Opinion", "Sugerencia", "Suggestion", "Verbatim",
    ),
    KIND: _synonyms("Tipo", "Kind", "Type", "Categoría", "Category", "Clase", "Naturaleza"),
    CHANNEL: _synonyms("Canal", "Channel", "Medio", "Vía", "Via", "Origen", "Source"),
    GROUP: MEASUREMENT_SYNONYMS[GROUP],
    GROUP_ATTRIBUTE: MEASUREMENT_SYNONYMS[GROUP_ATTRIBUTE],
    GROUP_VALUE: MEASUREMENT_SYNONYMS[GROUP_VALUE],
    TAGS: _synonyms(
        "Etiquetas", "Tags", "Temas", "Topics", "Tema", "Topic", "Palabras clave", "Keywords",
    ),
    STATUS: _synonyms("Estado", "Status", "Situación", "State"),
    RESPONSE: _synonyms(
        "Respuesta", "Response", "Answer", "Contestación", "Reply", "Acción", "Action",
        "Qué se hizo", "What was done", "Seguimiento", "Follow-up", "Follow up",
    ),
    CAMPAIGN: MEASUREMENT_SYNONYMS[CAMPAIGN],
}  # fmt: skip
SETTINGS_MAPPING = "feedback_import.mapping"
MAX_TEXT_LENGTH = 10_000
MAX_TAG_LENGTH = 100
_MULTI = frozenset({IGNORE})


@dataclass(frozen=True)
class FeedbackImportOptions:
    kind: FeedbackKind = FeedbackKind.IDEA  # when no column gives it
    channel_id: int | None = None  # when no column gives it
    campaign_id: int | None = None
    date_order: str = "auto"


class _FeedbackConverter(RowConverter[Feedback]):
    def __init__(
        self,
        table: Table,
        mapping: Mapping[str, str],
        options: FeedbackImportOptions,
        resolver: GroupResolver,
        channels: dict[str, int],
        channel_names: list[str],
        campaigns: dict[str, int],
        campaign_names: list[str],
    ) -> None:
        super().__init__(table, mapping)
        self.options = options
        self.resolver = resolver
        self.channels = channels
        self.channel_names = channel_names
        self.campaigns = campaigns
        self.campaign_names = campaign_names
        self.order = "dmy"
        self.use_groups(resolver)

    def prepare(self) -> None:
        super().prepare()
        self.order = self.date_order(self.single.get(DATE), self.options.date_order)

    def _lookup(
        self,
        number: int,
        column: Column,
        text: str,
        table: dict[str, int],
        names: list[str],
        template: str,
        hint_template: str,
    ) -> tuple[int | None, bool]:
        found = table.get(_fold(text))
        if found is not None:
            return found, True
        close = difflib.get_close_matches(text, names, n=1, cutoff=0.75)
        self.error(
            hint_template if close else template,
            number,
            column,
            text,
            name=short_value(text, 60),
            hint=close[0] if close else "",
        )
        return None, False

    def convert(self, number: int, cells: tuple[str, ...]) -> list[Feedback] | None:
        ok = True
        column = self.single[DATE]
        raw = cells[column.index]
        when = parse_result_date(raw, self.order) if raw else None
        if when is None or not 1900 <= when.year <= 2100:
            self.error(
                QT_TRANSLATE_NOOP(
                    "TableImport",
                    "“{value}” is not a date this import understands; write it as "
                    "2025-03-15, 15/03/2025 or 15 mar 2025.",
                )
                if raw
                else QT_TRANSLATE_NOOP("TableImport", "The date is empty."),
                number,
                column,
                raw,
                value=short_value(raw, 40),
            )
            ok = False
        column = self.single[TEXT]
        text, valid = self.text(number, column, cells, MAX_TEXT_LENGTH)
        ok &= valid
        if not text:
            self.error(
                QT_TRANSLATE_NOOP("TableImport", "The text is empty: there is nothing to record."),
                number,
                column,
            )
            ok = False
        kind = self.options.kind
        column = self.single.get(KIND)
        if column is not None and cells[column.index].strip():
            parsed = parse_kind(cells[column.index])
            if parsed is None:
                self.error(
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "“{value}” is not a kind of feedback; write idea, question, complaint "
                        "or praise (idea, pregunta, queja, elogio).",
                    ),
                    number,
                    column,
                    cells[column.index],
                    value=short_value(cells[column.index], 40),
                )
                ok = False
            else:
                kind = parsed
        channel_id = self.options.channel_id
        column = self.single.get(CHANNEL)
        if column is not None and cells[column.index].strip():
            name, valid = self.text(number, column, cells, MAX_GROUP_LENGTH)
            found, valid2 = self._lookup(
                number,
                column,
                name,
                self.channels,
                self.channel_names,
                QT_TRANSLATE_NOOP("TableImport", "There is no channel called “{name}”."),
                QT_TRANSLATE_NOOP(
                    "TableImport", "There is no channel called “{name}”; did you mean “{hint}”?"
                ),
            )
            ok &= valid and valid2
            channel_id = found if found is not None else channel_id
        campaign_id = self.options.campaign_id
        column = self.single.get(CAMPAIGN)
        if column is not None and cells[column.index].strip():
            name, valid = self.text(number, column, cells, MAX_GROUP_LENGTH)
            found, valid2 = self._lookup(
                number,
                column,
                name,
                self.campaigns,
                self.campaign_names,
                QT_TRANSLATE_NOOP("TableImport", "There is no campaign called “{name}”."),
                QT_TRANSLATE_NOOP(
                    "TableImport", "There is no campaign called “{name}”; did you mean “{hint}”?"
                ),
            )
            ok &= valid and valid2
            campaign_id = found if found is not None else campaign_id
        group, valid = self.read_group(number, cells)
        ok &= valid
        tags: tuple[str, ...] = ()
        column = self.single.get(TAGS)
        if column is not None and cells[column.index].strip():
            raw = cells[column.index]
            separators = ";|\n" if any(ch in raw for ch in ";|\n") else ","
            pieces = [raw]
            for sep in separators:
                pieces = [p for piece in pieces for p in piece.split(sep)]
            cleaned = clean_tags(p for p in pieces if p.strip())
            if any(len(t) > MAX_TAG_LENGTH for t in cleaned):
                self.error(
                    QT_TRANSLATE_NOOP("TableImport", "A tag is longer than {limit} characters."),
                    number,
                    column,
                    raw,
                    limit=MAX_TAG_LENGTH,
                )
                ok = False
            tags = cleaned
        response = ""
        column = self.single.get(RESPONSE)
        if column is not None:
            response, valid = self.text(number, column, cells, MAX_TEXT_LENGTH)
            ok &= valid
        status = FeedbackStatus.ANSWERED if response else FeedbackStatus.NEW
        column = self.single.get(STATUS)
        if column is not None and cells[column.index].strip():
            parsed_status = parse_status(cells[column.index])
            if parsed_status is None:
                self.error(
                    QT_TRANSLATE_NOOP(
                        "TableImport",
                        "“{value}” is not a status; write new, answered or acted on (nuevo, "
                        "respondido, resuelto).",
                    ),
                    number,
                    column,
                    cells[column.index],
                    value=short_value(cells[column.index], 40),
                )
                ok = False
            else:
                status = parsed_status
        if not ok or when is None:
            return None
        return [
            Feedback(
                date=when,
                text=text,
                kind=kind,
                channel_id=channel_id,
                segment_id=group.segment_id,
                group_attribute=group.attribute,
                group_value=group.value,
                tags=tags,
                status=status,
                campaign_id=campaign_id,
                response=response,
            )
        ]


class FeedbackImportService(TableImporter[Feedback]):
    """Import of feedback entries from CSV or XLSX (all or nothing, re-import updates)."""

    targets = TARGETS
    multi_targets = _MULTI
    synonyms = SYNONYMS
    settings_mapping = SETTINGS_MAPPING
    label_context = LABELS_CONTEXT
    target_labels = TARGET_LABELS

    def default_options(self) -> FeedbackImportOptions:
        return FeedbackImportOptions()

    def mapping_problems(
        self,
        columns: Sequence[Column],
        mapping: Mapping[str, str],
        options: FeedbackImportOptions | None = None,
    ) -> list[Issue]:
        by_target, problems = self._duplicate_targets(columns, mapping)

        def problem(template: str, column: Column | None = None, **params: Any) -> None:
            problems.append(
                Issue(
                    Severity.ERROR,
                    template,
                    column=column.index if column is not None else None,
                    column_label=column.label if column is not None else "",
                    params=params,
                )
            )

        if DATE not in by_target:
            problem(
                QT_TRANSLATE_NOOP(
                    "TableImport", "Choose the column that holds the date each entry was received."
                )
            )
        if TEXT not in by_target:
            problem(
                QT_TRANSLATE_NOOP(
                    "TableImport", "Choose the column that holds the text of each entry."
                )
            )
        check_group_columns(by_target, problem, self._ws.employees.custom_attribute_names)
        return problems

    def converter(
        self, table: Table, mapping: Mapping[str, str], options: FeedbackImportOptions
    ) -> RowConverter[Feedback]:
        channels = self._ws.channels.list()
        campaigns = self._ws.campaigns.list()
        return _FeedbackConverter(
            table,
            mapping,
            options,
            GroupResolver(self._ws),
            {_fold(c.name): c.id for c in channels if c.id is not None},
            [c.name for c in channels],
            {_fold(c.name): c.id for c in campaigns if c.id is not None},
            [c.name for c in campaigns],
        )

    def item_key(self, item: Feedback) -> Any:
        return store.feedback_key(item)

    def plan(self, items: Sequence[Feedback]) -> tuple[int, int, int]:
        return store.plan_feedback_upsert(self._ws, items)

    def upsert(self, items: Sequence[Feedback], progress: Progress | None) -> Any:
        return store.upsert_feedback(self._ws, items, progress)


def kind_counts_text(by_kind: Mapping[FeedbackKind, int]) -> list[tuple[str, int]]:
    """(English label, count) per kind, in a fixed order, for printing."""
    return [(KIND_LABELS[k], by_kind.get(k, 0)) for k in FeedbackKind]


__all__ = [
    "KIND_LABELS",
    "STATUS_LABELS",
    "FeedbackFilter",
    "FeedbackImportOptions",
    "FeedbackImportService",
    "FeedbackLogService",
    "HeardDigest",
    "HeardItem",
    "OpenItems",
    "parse_kind",
    "parse_status",
]
