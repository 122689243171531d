"""Segments: who is in each audience, how big it is, what it looks like, how audiences overlap.

Members of a segment are the active employees matching its rule, plus its manual includes,
minus its manual excludes. Rules run as SQL (``storage.segment_sql``); member sets are sorted
numpy ``int64`` arrays, cached per segment. The cache is dropped whenever anything writes
to the workspace (employees imported, a segment edited through another path …): the
workspace connection's change counter tells, at the cost of one PRAGMA per call. Writes
made through this service drop only the segment they touch.
"""

from __future__ import annotations

import difflib
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..domain import Changes, EntityKind, Segment
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.rules import (
    ATTR_PREFIX,
    BUILTIN_FIELDS,
    Condition,
    FieldKind,
    Rule,
    conditions,
    custom_name,
    field_kind,
    fold,
    format_rule,
    from_dict,
    is_custom,
    parse,
    to_dict,
    validate_rule,
)
from ..storage.segment_sql import SegmentStore

if TYPE_CHECKING:
    from ..storage import Workspace

PROFILE_FIELDS = ("position", "department", "location", "interests", "needs", "expectations")
BREAKDOWN_FIELDS = ("department", "location")
# Fields where nearly every employee has a value of their own.
_UNIQUE_FIELDS = ("external_id", "display_name")
_SCALAR_PROFILE = ("position", "department", "location", "customer_facing")
WARNINGS_CONTEXT = "segment_warnings"


# ----------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Distribution:
    """Counts per value, most common first. Groups below the anonymity threshold are not
    listed: their members are only counted together in ``hidden``."""

    items: tuple[tuple[str, int], ...]
    hidden: int = 0
    hidden_groups: int = 0

    @property
    def total(self) -> int:
        return sum(c for _, c in self.items) + self.hidden


@dataclass(frozen=True)
class SegmentProfile:
    segment_id: int | None
    name: str
    size: int
    organisation_size: int
    front_line: int
    distributions: dict[str, Distribution]
    anonymity_threshold: int

    @property
    def share(self) -> float:
        """Share of the organisation's active employees (0 … 1)."""
        return self.size / self.organisation_size if self.organisation_size else 0.0

    @property
    def front_line_share(self) -> float:
        """Share of the segment's members who face external customers (0 … 1)."""
        return self.front_line / self.size if self.size else 0.0


@dataclass(frozen=True)
class OverlapMatrix:
    """Pairwise overlaps: ``counts[i, j]`` members shared (the diagonal holds the sizes) and
    ``jaccard[i, j]`` = shared / in either (0 when both are empty)."""

    segment_ids: tuple[int, ...]
    names: tuple[str, ...]
    counts: np.ndarray
    jaccard: np.ndarray

    @property
    def sizes(self) -> np.ndarray:
        return np.diag(self.counts).copy()


@dataclass(frozen=True)
class UnreachedReport:
    """Active employees in none of the given segments, and where they are."""

    ids: np.ndarray
    organisation_size: int
    front_line: int
    by_field: dict[str, Distribution]

    @property
    def count(self) -> int:
        return int(self.ids.size)

    @property
    def share(self) -> float:
        return self.count / self.organisation_size if self.organisation_size else 0.0


@dataclass(frozen=True)
class SegmentWarning:
    """A problem worth showing beside a segment; ``template`` is translatable
    (context ``segment_warnings``) and filled with ``params``."""

    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def format(self, template: str | None = None) -> str:
        try:
            return (template or self.template).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)


_WARNING_TEXT = {
    "empty": QT_TRANSLATE_NOOP("segment_warnings", "The segment has no members."),
    "unknown_value": QT_TRANSLATE_NOOP(
        "segment_warnings", "No active employee has {field} “{value}”."
    ),
    "unknown_value_hint": QT_TRANSLATE_NOOP(
        "segment_warnings", "No active employee has {field} “{value}”; did you mean “{hint}”?"
    ),
    "no_contains": QT_TRANSLATE_NOOP(
        "segment_warnings", "No active employee’s {field} contains “{value}”."
    ),
    "unknown_attribute": QT_TRANSLATE_NOOP(
        "segment_warnings", "No active employee has the custom attribute “{name}”."
    ),
    "inactive_included": QT_TRANSLATE_NOOP(
        "segment_warnings",
        "Employees included by hand who are no longer active or no longer in the directory: {count}.",
    ),
    "included_and_excluded": QT_TRANSLATE_NOOP(
        "segment_warnings",
        "Employees both included and excluded by hand (they are left out): {count}.",
    ),
}


def _warning(code: str, **params: Any) -> SegmentWarning:
    return SegmentWarning(code, _WARNING_TEXT[code], params)


def added_segment_id(changes: Changes) -> int:
    """The id of the segment an :meth:`SegmentationService.add_segment` call created."""
    return max(changes.added[EntityKind.SEGMENT])


def _as_rule(rule: Rule | Mapping[str, Any] | None) -> Rule | None:
    """A rule tree from either form (JSON dicts are validated)."""
    if isinstance(rule, Mapping):
        return from_dict(rule)
    return rule


# ----------------------------------------------------------------------------- counting


class RuleCounter:
    """Counts members of unsaved rules on a private read-only connection.

    Made for a worker thread (the live count of the rule dialog): it never touches the
    workspace's own connection. Use from one thread at a time; :meth:`close` when done.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._store: SegmentStore | None = None
        self._lock = threading.Lock()

    def count(
        self,
        rule: Rule | Mapping[str, Any] | None,
        include_ids: Iterable[int] = (),
        exclude_ids: Iterable[int] = (),
    ) -> int:
        tree = _as_rule(rule)
        with self._lock:
            if self._store is None:
                self._store = SegmentStore.open_reader(self._path)
            return self._store.count(tree, include_ids, exclude_ids)

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


# ----------------------------------------------------------------------------- service


class SegmentationService:
    """Segment membership, sizes, profiles, overlaps, unreached employees and segment CRUD."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._store = SegmentStore.for_workspace(workspace)
        self._lock = threading.RLock()
        self._fingerprint: tuple[int, int] | None = None
        self._members: dict[int, np.ndarray] = {}
        self._active: np.ndarray | None = None
        self._columns: dict[str, tuple[np.ndarray, list[str]]] = {}
        self._tags: dict[str, tuple[np.ndarray, np.ndarray, list[str]]] = {}
        self._distinct: dict[str, list[tuple[str, int]]] = {}
        self._custom_fields: list[str] | None = None

    # ------------------------------------------------------------------ cache
    def _fresh(self) -> None:
        """Drops every cached figure if the workspace changed since they were computed."""
        current = self._store.fingerprint()
        if current != self._fingerprint:
            self._clear()
            self._fingerprint = current

    def _clear(self) -> None:
        self._members.clear()
        self._active = None
        self._columns.clear()
        self._tags.clear()
        self._distinct.clear()
        self._custom_fields = None

    def invalidate(self) -> None:
        """Forgets every cached membership (they are recomputed on demand)."""
        with self._lock:
            self._clear()
            self._fingerprint = None

    def _after_own_write(self, segment_ids: Iterable[int], was_fresh: bool) -> None:
        """After this service wrote segments: drop only those, if nothing else wrote before."""
        for segment_id in segment_ids:
            self._members.pop(segment_id, None)
        self._fingerprint = self._store.fingerprint() if was_fresh else None

    def _active_ids(self) -> np.ndarray:
        if self._active is None:
            self._active = self._store.active_ids()
        return self._active

    def _column(self, name: str) -> tuple[np.ndarray, list[str]]:
        found = self._columns.get(name)
        if found is None:
            # The columns a profile needs come in one pass over the table.
            wanted = [name] if name not in _SCALAR_PROFILE else list(_SCALAR_PROFILE)
            self._columns.update(self._store.columns(wanted))
            found = self._columns[name]
        return found

    def _tag_pairs(self, kind: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
        found = self._tags.get(kind)
        if found is None:
            found = self._tags[kind] = self._store.tag_pairs(kind)
        return found

    # ------------------------------------------------------------------ segments
    def list_segments(self) -> list[Segment]:
        return self._ws.segments.list()

    def get_segment(self, segment_id: int) -> Segment:
        return self._ws.segments.get(segment_id)

    def find_segment(self, segment_id: int) -> Segment | None:
        return self._ws.segments.find(segment_id)

    # ------------------------------------------------------------------ membership
    def member_ids(self, segment_id: int) -> np.ndarray:
        """Sorted unique ids (int64) of the segment's active members."""
        with self._lock:
            self._fresh()
            found = self._members.get(segment_id)
            if found is None:
                segment = self._ws.segments.get(segment_id)
                found = self.members_of(segment)
                found.setflags(write=False)  # shared with every caller: keep it intact
                self._members[segment_id] = found
            return found

    def members_of(self, segment: Segment) -> np.ndarray:
        """Members of a segment that need not be stored (e.g. being edited); not cached."""
        rule = from_dict(segment.rule) if segment.rule is not None else None
        return self._store.member_ids(rule, segment.include_ids, segment.exclude_ids)

    def size(self, segment_id: int) -> int:
        return int(self.member_ids(segment_id).size)

    def sizes(self) -> dict[int, int]:
        """Members per segment, for every segment."""
        return {s.id: self.size(s.id) for s in self.list_segments() if s.id is not None}

    def organisation_size(self) -> int:
        with self._lock:
            self._fresh()
            return int(self._active_ids().size)

    def count_rule(self, rule: Rule | Mapping[str, Any] | None) -> int:
        """Active employees matching a rule (no manual includes or excludes)."""
        return self._store.count(_as_rule(rule))

    def count_members(
        self,
        rule: Rule | Mapping[str, Any] | None,
        include_ids: Iterable[int] = (),
        exclude_ids: Iterable[int] = (),
    ) -> int:
        """Members a segment with this rule and these manual lists would have."""
        return self._store.count(_as_rule(rule), include_ids, exclude_ids)

    def counter(self) -> RuleCounter:
        """A :class:`RuleCounter` for counting from a worker thread."""
        return RuleCounter(self._ws.path)

    # ------------------------------------------------------------------ text form
    @staticmethod
    def parse_rule(text: str) -> dict[str, Any]:
        """Text form → JSON rule; raises RuleSyntaxError (a ValidationError) with a column."""
        return to_dict(parse(text))

    @staticmethod
    def format_rule(rule: Rule | Mapping[str, Any] | None, language: str = "en") -> str:
        return format_rule(rule, language)

    # ------------------------------------------------------------------ fields and values
    def fields(self) -> list[str]:
        """Every field a rule can use: built-ins, then ``attr:<name>`` custom attributes."""
        with self._lock:
            self._fresh()
            if self._custom_fields is None:
                self._custom_fields = [
                    ATTR_PREFIX + name for name in self._store.custom_attribute_names()
                ]
            return list(BUILTIN_FIELDS) + self._custom_fields

    def distinct_values(self, field_name: str) -> list[tuple[str, int]]:
        """Values of a rule field among active employees with counts, most common first."""
        with self._lock:
            self._fresh()
            found = self._distinct.get(field_name)
            if found is None:
                if field_kind(field_name) == FieldKind.TAGS:
                    found = self._tag_values(field_name)
                else:
                    found = self._store.distinct_values(field_name)
                self._distinct[field_name] = found
            return found

    def _tag_values(self, kind: str) -> list[tuple[str, int]]:
        # From the tag pairs a profile uses too: much faster than joining in SQL.
        employee_ids, codes, labels = self._tag_pairs(kind)
        active = self._mask(self._active_ids())
        inside = np.zeros(employee_ids.size, dtype=bool)
        within = employee_ids < active.size
        inside[within] = active[employee_ids[within]]
        counts = np.bincount(codes[inside], minlength=len(labels))
        pairs = [(labels[i], int(c)) for i, c in enumerate(counts) if c]
        return sorted(pairs, key=lambda pair: (-pair[1], pair[0]))

    # ------------------------------------------------------------------ employees by id
    def describe_employees(self, ids: Iterable[int]) -> list[tuple[int, str, str, bool]]:
        """(id, directory id, name, active) for each existing employee among ``ids``."""
        return self._store.describe(ids)

    def resolve_external_ids(self, external_ids: Iterable[str]) -> tuple[list[int], list[str]]:
        """Internal ids for directory identifiers, and the identifiers that match nobody."""
        wanted = [x.strip() for x in external_ids if x and x.strip()]
        found = self._store.ids_for_external(wanted)
        return [found[x] for x in dict.fromkeys(wanted) if x in found], [
            x for x in dict.fromkeys(wanted) if x not in found
        ]

    def search_employees(self, text: str, limit: int = 20) -> list[tuple[int, str, str]]:
        return self._store.search_employees(text, limit)

    # ------------------------------------------------------------------ profile
    def _threshold(self) -> int:
        return max(1, self._ws.settings.load().anonymity_threshold)

    @staticmethod
    def _distribution(counts: np.ndarray, labels: Sequence[str], threshold: int) -> Distribution:
        order = np.argsort(-counts, kind="stable")
        items: list[tuple[str, int]] = []
        hidden = hidden_groups = 0
        for index in order:
            count = int(counts[index])
            if count <= 0:
                break
            if count < threshold:
                hidden += count
                hidden_groups += 1
            else:
                items.append((labels[index], count))
        return Distribution(tuple(items), hidden, hidden_groups)

    def _column_counts(self, name: str, positions: np.ndarray) -> tuple[np.ndarray, list[str]]:
        codes, labels = self._column(name)
        return np.bincount(codes[positions], minlength=len(labels)), labels

    def _tag_counts(self, kind: str, member_mask: np.ndarray) -> tuple[np.ndarray, list[str]]:
        employee_ids, codes, labels = self._tag_pairs(kind)
        if not employee_ids.size:
            return np.zeros(0, dtype=np.int64), labels
        # Tags of inactive employees are in the pairs too; they may lie beyond the mask.
        inside = np.zeros(employee_ids.size, dtype=bool)
        within = employee_ids < member_mask.size
        inside[within] = member_mask[employee_ids[within]]
        return np.bincount(codes[inside], minlength=len(labels)), labels

    def _mask(self, ids: np.ndarray) -> np.ndarray:
        """Boolean lookup table over employee ids, True for ``ids``."""
        active = self._active_ids()
        top = max(int(active[-1]) if active.size else 0, int(ids[-1]) if ids.size else 0)
        mask = np.zeros(top + 1, dtype=bool)
        mask[ids] = True
        return mask

    def profile_of_ids(
        self, ids: np.ndarray, *, name: str = "", segment_id: int | None = None
    ) -> SegmentProfile:
        """Profile of any set of active employee ids (sorted)."""
        with self._lock:
            self._fresh()
            active = self._active_ids()
            positions = np.searchsorted(active, ids)
            threshold = self._threshold()
            front_codes, front_labels = self._column("customer_facing")
            front = (
                int(np.count_nonzero(front_codes[positions] == front_labels.index("true")))
                if "true" in front_labels
                else 0
            )
            mask = self._mask(ids)
            distributions: dict[str, Distribution] = {}
            for name_ in PROFILE_FIELDS:
                if field_kind(name_) == FieldKind.TAGS:
                    counts, labels = self._tag_counts(name_, mask)
                else:
                    counts, labels = self._column_counts(name_, positions)
                distributions[name_] = self._distribution(counts, labels, threshold)
            return SegmentProfile(
                segment_id=segment_id,
                name=name,
                size=int(ids.size),
                organisation_size=int(active.size),
                front_line=front,
                distributions=distributions,
                anonymity_threshold=threshold,
            )

    def profile(self, segment_id: int) -> SegmentProfile:
        """Size, share of the organisation, front-line share and attribute distributions."""
        segment = self.get_segment(segment_id)
        return self.profile_of_ids(
            self.member_ids(segment_id), name=segment.name, segment_id=segment_id
        )

    # ------------------------------------------------------------------ overlaps
    def overlap_matrix(self, segment_ids: Sequence[int]) -> OverlapMatrix:
        """Shared members and Jaccard index for every pair of the given segments."""
        ids = [int(i) for i in dict.fromkeys(segment_ids)]
        names = tuple(self.get_segment(i).name for i in ids)
        members = [self.member_ids(i) for i in ids]
        n = len(ids)
        if n == 0:
            empty = np.zeros((0, 0))
            return OverlapMatrix((), (), empty.astype(np.int64), empty)
        width = max((int(m[-1]) + 1 for m in members if m.size), default=1)
        # One row of 0/1 per segment; the matrix product counts the shared members of every
        # pair at once (float64 keeps counts exact far beyond any directory size).
        rows = np.zeros((n, width), dtype=np.float64)
        for row, m in zip(rows, members, strict=True):
            row[m] = 1.0
        counts = np.rint(rows @ rows.T).astype(np.int64)
        sizes = np.diag(counts)
        union = sizes[:, None] + sizes[None, :] - counts
        with np.errstate(divide="ignore", invalid="ignore"):
            jaccard = np.where(union > 0, counts / np.maximum(union, 1), 0.0)
        return OverlapMatrix(tuple(ids), names, counts, jaccard)

    # ------------------------------------------------------------------ unreached
    def unreached(self, segment_ids: Iterable[int]) -> np.ndarray:
        """Sorted ids of active employees who are in none of the given segments."""
        with self._lock:
            self._fresh()
            active = self._active_ids()
            reached = [self.member_ids(i) for i in dict.fromkeys(segment_ids)]
            if not reached:
                return active.copy()
            mask = np.zeros(int(active[-1]) + 1 if active.size else 0, dtype=bool)
            for m in reached:
                mask[m[m < mask.size]] = True
            return active[~mask[active]]

    def unreached_report(self, segment_ids: Iterable[int]) -> UnreachedReport:
        """Who is in none of the segments, by department, location and front-line role."""
        ids = self.unreached(segment_ids)
        with self._lock:
            self._fresh()
            active = self._active_ids()
            positions = np.searchsorted(active, ids)
            threshold = self._threshold()
            by_field = {
                name: self._distribution(*self._column_counts(name, positions), threshold)
                for name in BREAKDOWN_FIELDS
            }
            front_codes, front_labels = self._column("customer_facing")
            front = (
                int(np.count_nonzero(front_codes[positions] == front_labels.index("true")))
                if "true" in front_labels
                else 0
            )
            return UnreachedReport(ids, int(active.size), front, by_field)

    # ------------------------------------------------------------------ warnings
    def rule_warnings(
        self,
        rule: Rule | Mapping[str, Any] | None,
        include_ids: Iterable[int] = (),
        exclude_ids: Iterable[int] = (),
    ) -> list[SegmentWarning]:
        """Problems of a rule and manual lists, stored or not (values nobody has, …)."""
        tree = _as_rule(rule)
        found: list[SegmentWarning] = []
        seen: set[tuple[str, str]] = set()
        known_attributes: set[str] | None = None
        for cond in conditions(tree) if tree is not None else ():
            kind = field_kind(cond.field)
            if kind in (FieldKind.BOOL, FieldKind.DATE):
                continue
            if is_custom(cond.field):
                if known_attributes is None:
                    known_attributes = {f for f in self.fields() if is_custom(f)}
                if cond.field not in known_attributes:
                    if ("attr", cond.field) not in seen:
                        seen.add(("attr", cond.field))
                        found.append(_warning("unknown_attribute", name=custom_name(cond.field)))
                    continue
            values = cond.value if isinstance(cond.value, tuple) else (str(cond.value),)
            for value in values:
                if (cond.field, value) in seen:
                    continue
                seen.add((cond.field, value))
                if cond.op == "contains":
                    if not self._store.any_match(Condition(cond.field, "contains", value)):
                        found.append(_warning("no_contains", field=cond.field, value=value))
                    continue
                op = "has" if kind == FieldKind.TAGS else "eq"
                if self._store.any_match(Condition(cond.field, op, value)):
                    continue
                # Only now the list of values, to suggest one; not for fields where nearly
                # everyone differs (names, ids), whose list is long and suggestions useless.
                hint = None
                if cond.field not in _UNIQUE_FIELDS:
                    hint = _suggest(value, [v for v, _ in self.distinct_values(cond.field)])
                if hint:
                    found.append(
                        _warning("unknown_value_hint", field=cond.field, value=value, hint=hint)
                    )
                else:
                    found.append(_warning("unknown_value", field=cond.field, value=value))
        includes = {int(i) for i in include_ids}
        excludes = {int(i) for i in exclude_ids}
        if includes:
            alive = {row[0] for row in self.describe_employees(includes) if row[3]}
            if len(includes - alive):
                found.append(_warning("inactive_included", count=len(includes - alive)))
        both = includes & excludes
        if both:
            found.append(_warning("included_and_excluded", count=len(both)))
        return found

    @staticmethod
    def empty_warning() -> SegmentWarning:
        """The warning shown for a segment (or a rule being edited) without members."""
        return _warning("empty")

    def warnings(self, segment_id: int) -> list[SegmentWarning]:
        """Warnings of a stored segment: empty, values or attributes nobody has, …"""
        segment = self.get_segment(segment_id)
        found = []
        if self.size(segment_id) == 0:
            found.append(self.empty_warning())
        found.extend(self.rule_warnings(segment.rule, segment.include_ids, segment.exclude_ids))
        return found

    def warning_counts(self) -> dict[int, int]:
        """Number of warnings per segment (for the segment list)."""
        return {s.id: len(self.warnings(s.id)) for s in self.list_segments() if s.id is not None}

    # ------------------------------------------------------------------ editing
    @staticmethod
    def normalised(segment: Segment) -> Segment:
        """The segment with its rule validated and in canonical form, id lists cleaned."""
        segment.validate()
        return replace(
            segment,
            name=segment.name.strip(),
            rule=validate_rule(segment.rule),
            include_ids=tuple(sorted({int(i) for i in segment.include_ids})),
            exclude_ids=tuple(sorted({int(i) for i in segment.exclude_ids})),
        )

    def _write(self, segment_ids: Iterable[int], action: Any) -> Changes:
        with self._lock:
            current = self._store.fingerprint()
            was_fresh = current == self._fingerprint
            with self._ws.transaction() as changes:
                action()
            self._after_own_write(segment_ids, was_fresh)
            return changes

    def add_segment(self, segment: Segment) -> Changes:
        """Stores a new segment; its id is ``added_segment_id(changes)``."""
        clean = self.normalised(replace(segment, id=None))
        return self._write((), lambda: self._ws.segments.add(clean))

    def update_segment(self, segment: Segment) -> Changes:
        if segment.id is None:
            raise ValueError("update_segment() needs a stored segment")
        clean = self.normalised(segment)
        return self._write((segment.id,), lambda: self._ws.segments.update(clean))

    def delete_segment(self, segment_id: int) -> Changes:
        """Deletes a segment (refused while campaigns or communications use it)."""
        return self._write((segment_id,), lambda: self._ws.segments.delete(segment_id))

    def restore_segment(self, segment: Segment) -> Changes:
        """Puts a deleted segment back with its old id (undo of a delete, redo of an add)."""
        return self._write((segment.id,), lambda: self._ws.segments.restore(segment))

    def usage(self, segment_id: int) -> int:
        """How many campaigns and communications use the segment."""
        return self._ws.segments.usage(segment_id)


def _suggest(value: str, present: Sequence[str]) -> str | None:
    """A value employees do have that the user probably meant (case, accents, a typo)."""
    folded = fold(value)
    for candidate in present:
        if fold(candidate) == folded:
            return candidate
    close = difflib.get_close_matches(value, list(present[:2000]), n=1, cutoff=0.8)
    return close[0] if close else None
