"""Translated names of employee fields, import targets and import problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...i18n import normalise_language
from ...services.audience_fields import FIELDS_CONTEXT, field_label
from ...services.directory_import import TARGET_LABELS
from ...services.tabular import Issue, Severity


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_name(field: str) -> str:
    """How the UI names an employee field (custom attributes keep their own name)."""
    return field_label(field, translate)


def target_name(target: str) -> str:
    """How the mapping dialog names what a column is imported as."""
    return QCoreApplication.translate(FIELDS_CONTEXT, TARGET_LABELS.get(target, target))


def issue_text(issue: Issue) -> str:
    """An import problem in the UI language, parameters filled in."""
    return issue.message(translate)


def severity_name(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return QCoreApplication.translate("AudienceLabels", "Error")
    if severity is Severity.WARNING:
        return QCoreApplication.translate("AudienceLabels", "Warning")
    return QCoreApplication.translate("AudienceLabels", "Note")


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("AudienceFields", "Yes")
        if value
        else QCoreApplication.translate("AudienceFields", "No")
    )


def count_text(value: int) -> str:
    return QLocale().toString(int(value))


def ui_language() -> str:
    """ "es" or "en": the language the UI currently speaks (for texts made outside Qt)."""
    return normalise_language(QLocale().name())
