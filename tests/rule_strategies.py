"""Hypothesis strategies for segment rules, shared by the domain and service tests."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from commsplanner.domain.rules import (
    OPS_BY_KIND,
    TAG_FIELDS,
    TEXT_FIELDS,
    AllOf,
    AnyOf,
    Condition,
    FieldKind,
    Not,
    field_kind,
)

# Any text, including quotes, backslashes, accents, emoji and right-to-left letters.
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
ATTRIBUTE_NAMES = st.one_of(
    st.sampled_from(["Turno", "Centro de coste", "and", "3er", 'co"mi']), ANY_TEXT
).filter(lambda s: bool(s.strip()))
ISO_DATES = st.dates().map(lambda d: d.isoformat())


def conditions_over(
    values: st.SearchStrategy[str] | None = None,
    fields: Sequence[str] | None = None,
    tags: st.SearchStrategy[str] | None = None,
    dates: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Condition]:
    """Conditions on the given fields, with values drawn from the given strategies."""
    texts = values if values is not None else ANY_TEXT
    tag_values = tags if tags is not None else texts
    date_values = dates if dates is not None else ISO_DATES
    field_names = (
        st.sampled_from(list(fields))
        if fields is not None
        else st.one_of(
            st.sampled_from([*TEXT_FIELDS, *TAG_FIELDS, "customer_facing", "start_date"]),
            ATTRIBUTE_NAMES.map(lambda n: "attr:" + n),
        )
    )

    @st.composite
    def build(draw: st.DrawFn) -> Condition:
        field = draw(field_names)
        kind = field_kind(field)
        assert kind is not None
        op = draw(st.sampled_from(OPS_BY_KIND[kind]))
        pool = tag_values if kind == FieldKind.TAGS else texts
        if kind == FieldKind.BOOL:
            value: object = draw(st.booleans())
        elif kind == FieldKind.DATE:
            value = draw(date_values)
        elif op in ("in", "not_in"):
            value = tuple(dict.fromkeys(draw(st.lists(pool, min_size=1, max_size=3))))
        elif op in ("has", "lacks", "contains"):
            value = draw(pool.filter(bool))  # these need a non-empty value
        else:
            value = draw(pool)
        return Condition(field, op, value)

    return build()


def rules(leaves: st.SearchStrategy[Condition] | None = None, max_leaves: int = 8):
    """Rule trees: conditions grouped with all / any / not, nested."""
    base = leaves if leaves is not None else conditions_over()
    return st.recursive(
        base,
        lambda children: st.one_of(
            st.lists(children, max_size=3).map(lambda items: AllOf(tuple(items))),
            st.lists(children, max_size=3).map(lambda items: AnyOf(tuple(items))),
            children.map(Not),
        ),
        max_leaves=max_leaves,
    )
