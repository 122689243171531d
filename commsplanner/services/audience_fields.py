"""The employee attributes as people name them, shared by the import, the browser and the CLI.

Labels are English source texts marked for translation in the ``AudienceFields`` context; the
UI translates them with ``QCoreApplication.translate`` and the CLI with ``catalog(lang)``.
"""

from __future__ import annotations

from ..domain.errors import QT_TRANSLATE_NOOP
from .tabular import Term, Translate

FIELDS_CONTEXT = "AudienceFields"

ATTRIBUTE_PREFIX = "attr:"

# Built-in attributes of an employee, in the order tables and menus show them.
FIELD_LABELS: dict[str, str] = {
    "external_id": QT_TRANSLATE_NOOP("AudienceFields", "Employee ID"),
    "display_name": QT_TRANSLATE_NOOP("AudienceFields", "Name"),
    "position": QT_TRANSLATE_NOOP("AudienceFields", "Position"),
    "function": QT_TRANSLATE_NOOP("AudienceFields", "Function"),
    "department": QT_TRANSLATE_NOOP("AudienceFields", "Department"),
    "location": QT_TRANSLATE_NOOP("AudienceFields", "Location"),
    "level": QT_TRANSLATE_NOOP("AudienceFields", "Level"),
    "customer_facing": QT_TRANSLATE_NOOP("AudienceFields", "Customer facing"),
    "language": QT_TRANSLATE_NOOP("AudienceFields", "Language"),
    "interests": QT_TRANSLATE_NOOP("AudienceFields", "Interests"),
    "needs": QT_TRANSLATE_NOOP("AudienceFields", "Needs"),
    "expectations": QT_TRANSLATE_NOOP("AudienceFields", "Expectations"),
    "start_date": QT_TRANSLATE_NOOP("AudienceFields", "Start date"),
    "active": QT_TRANSLATE_NOOP("AudienceFields", "Active"),
}

TAG_FIELDS = ("interests", "needs", "expectations")
TEXT_FIELDS = ("position", "function", "department", "location", "level", "language")
# Fields whose values make sensible groups (filters and distribution charts).
GROUP_FIELDS = (
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
)

YES = QT_TRANSLATE_NOOP("AudienceFields", "Yes")
NO = QT_TRANSLATE_NOOP("AudienceFields", "No")
EMPTY = QT_TRANSLATE_NOOP("AudienceFields", "(empty)")


def is_attribute(field: str) -> bool:
    return field.startswith(ATTRIBUTE_PREFIX)


def attribute_name(field: str) -> str:
    return field[len(ATTRIBUTE_PREFIX) :]


def attribute_field(name: str) -> str:
    return ATTRIBUTE_PREFIX + name


def field_term(field: str) -> str:
    """The label of ``field`` as a :class:`Term` (custom attributes keep their own name)."""
    if is_attribute(field):
        return attribute_name(field)
    return Term(FIELD_LABELS.get(field, field), FIELDS_CONTEXT)


def field_label(field: str, tr: Translate | None = None) -> str:
    """The label of ``field`` in the user's language (``tr`` as in :meth:`Issue.message`)."""
    if is_attribute(field):
        return attribute_name(field)
    label = FIELD_LABELS.get(field, field)
    return tr(FIELDS_CONTEXT, label) if tr else label
