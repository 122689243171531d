"""Browsing the employees of a workspace: filter, search, sort, page, and attribute counts.

The UI asks once for the ordered ids of the current view (:meth:`AudienceBrowserService.view`)
and then fetches rows block by block as the user scrolls, so 100,000 employees stay fluid.
Distributions respect the workspace's anonymity threshold: groups smaller than it are only
shown merged into "other".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..domain import Employee
from .audience_fields import (
    ATTRIBUTE_PREFIX,
    FIELD_LABELS,
    GROUP_FIELDS,
    TAG_FIELDS,
    attribute_field,
)

if TYPE_CHECKING:
    from ..storage import Workspace

# Columns of the employee table, in order (custom attributes follow).
TABLE_FIELDS: tuple[str, ...] = (
    "external_id",
    "display_name",
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
)


@dataclass(frozen=True)
class AudienceFilter:
    """What the browser shows: a search text and attribute = value conditions.

    Conditions on the same field are alternatives (department = Ventas or TI); conditions on
    different fields must all hold.
    """

    search: str = ""
    conditions: tuple[tuple[str, str], ...] = ()
    include_inactive: bool = False

    def with_condition(self, field_name: str, value: str) -> AudienceFilter:
        if (field_name, value) in self.conditions:
            return self
        return AudienceFilter(
            self.search, (*self.conditions, (field_name, value)), self.include_inactive
        )

    def without_condition(self, field_name: str, value: str) -> AudienceFilter:
        kept = tuple(c for c in self.conditions if c != (field_name, value))
        return AudienceFilter(self.search, kept, self.include_inactive)

    def without_field(self, field_name: str) -> AudienceFilter:
        kept = tuple(c for c in self.conditions if c[0] != field_name)
        return AudienceFilter(self.search, kept, self.include_inactive)

    def grouped(self) -> list[tuple[str, list[str]]]:
        groups: dict[str, list[str]] = {}
        for name, value in self.conditions:
            groups.setdefault(name, []).append(value)
        return list(groups.items())

    @property
    def is_empty(self) -> bool:
        return not self.search.strip() and not self.conditions


@dataclass(frozen=True)
class Distribution:
    """How the matching employees spread over the values of one field."""

    field: str
    items: list[tuple[str, int]]  # shown groups, largest first
    other: int  # employees in groups not shown (beyond ``top`` or below the threshold)
    hidden_groups: int  # how many groups went into ``other``
    total: int  # matching employees
    threshold: int  # the anonymity threshold applied
    multi_valued: bool = False  # tag fields: one employee may count in several groups
    empty: int = 0  # employees without a value (tags: without any tag)
    # True when fewer people than the threshold match: nothing is broken down at all.
    suppressed: bool = False


@dataclass
class AudienceView:
    """The ordered ids of one filter and sort; the table indexes into it."""

    filter: AudienceFilter
    sort_field: str | None
    descending: bool
    ids: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))

    def __len__(self) -> int:
        return len(self.ids)


class AudienceBrowserService:
    """Queries for the audience browser of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def _where(self, flt: AudienceFilter) -> tuple[str, list]:
        from ..storage import employee_queries

        indexed = bool(flt.search.strip()) and employee_queries.prepare_search(self._ws)
        return employee_queries.build_where(
            flt.search, flt.grouped(), flt.include_inactive, indexed_search=indexed
        )

    # ---------------------------------------------------------------- fields
    def attribute_fields(self) -> list[str]:
        """``attr:<name>`` for every custom attribute in the workspace."""
        from ..storage import employee_queries

        return [attribute_field(n) for n in employee_queries.attribute_names(self._ws)]

    def table_fields(self) -> list[str]:
        return [*TABLE_FIELDS, *self.attribute_fields()]

    def filter_fields(self) -> list[str]:
        """Fields one can filter and chart by."""
        return [*GROUP_FIELDS, "start_date", *self.attribute_fields()]

    # ---------------------------------------------------------------- counting
    def total(self, *, include_inactive: bool = False) -> int:
        from ..storage import employee_queries

        return employee_queries.total(self._ws, include_inactive=include_inactive)

    def count(self, flt: AudienceFilter) -> int:
        from ..storage import employee_queries

        where, params = self._where(flt)
        return employee_queries.count(self._ws, where, params)

    # ---------------------------------------------------------------- the table
    def view(
        self, flt: AudienceFilter, sort_field: str | None = None, descending: bool = False
    ) -> AudienceView:
        """The ids matching ``flt`` in display order (empty values last in both directions)."""
        from ..storage import employee_queries

        where, params = self._where(flt)
        ids = employee_queries.ordered_ids(self._ws, where, params, sort_field, descending)
        return AudienceView(flt, sort_field, descending, ids)

    def employees(self, ids: Sequence[int]) -> list[Employee]:
        """The employees with ``ids``, in that order."""
        from ..storage import employee_queries

        codec = self._ws.employees.codec
        return [codec.from_row(row) for row in employee_queries.fetch_rows(self._ws, ids)]

    # ---------------------------------------------------------------- values and distributions
    def values(self, field_name: str, flt: AudienceFilter | None = None) -> list[tuple[str, int]]:
        """(value, count) of one field among the employees of ``flt`` without its own
        conditions on that field — the choices a filter menu offers."""
        from ..storage import employee_queries

        base = (flt or AudienceFilter()).without_field(field_name)
        where, params = self._where(base)
        return employee_queries.value_counts(self._ws, field_name, where, params)

    def anonymity_threshold(self) -> int:
        return max(1, int(self._ws.settings.load().anonymity_threshold))

    def distribution(self, field_name: str, flt: AudienceFilter, *, top: int = 12) -> Distribution:
        """The largest groups of ``field_name`` among the matching employees.

        Groups below the anonymity threshold, and groups beyond ``top``, are summed in
        ``other`` so no chart reveals a handful of people.
        """
        from ..storage import employee_queries

        where, params = self._where(flt)
        total = employee_queries.count(self._ws, where, params)
        threshold = self.anonymity_threshold()
        multi = field_name in TAG_FIELDS
        if total < threshold:
            # Too few people: any breakdown would describe individuals.
            return Distribution(
                field=field_name,
                items=[],
                other=0,
                hidden_groups=0,
                total=total,
                threshold=threshold,
                multi_valued=multi,
                suppressed=total > 0,
            )
        counts = employee_queries.value_counts(self._ws, field_name, where, params)
        empty = 0
        if multi:
            empty = total - employee_queries.employees_with_tags(
                self._ws, field_name, where, params
            )
        else:
            empty = sum(c for v, c in counts if v == "")
            counts = [(v, c) for v, c in counts if v != ""]
        shown = [(v, c) for v, c in counts if c >= threshold][:top]
        shown_values = {v for v, _ in shown}
        rest = [(v, c) for v, c in counts if v not in shown_values]
        other = sum(c for _, c in rest)
        if 0 < empty < threshold:  # too few to show on their own
            other += empty
            empty = 0
        return Distribution(
            field=field_name,
            items=shown,
            other=other,
            hidden_groups=len(rest),
            total=total,
            threshold=threshold,
            multi_valued=multi,
            empty=empty,
        )

    @staticmethod
    def is_known_field(field_name: str) -> bool:
        return field_name in FIELD_LABELS or field_name.startswith(ATTRIBUTE_PREFIX)
