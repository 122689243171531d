"""Translated names of rule fields and comparisons, and of segment warnings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.rules import custom_name, is_custom
from ...i18n import normalise_language
from ...services.segmentation import WARNINGS_CONTEXT, SegmentWarning


def field_label(field: str) -> str:
    """How the UI names a rule field (custom attributes keep their own name)."""
    if is_custom(field):
        return QCoreApplication.translate("SegmentLabels", "{name} (custom)").replace(
            "{name}", custom_name(field)
        )
    labels = {
        "position": QCoreApplication.translate("SegmentLabels", "Position"),
        "function": QCoreApplication.translate("SegmentLabels", "Function"),
        "department": QCoreApplication.translate("SegmentLabels", "Department"),
        "location": QCoreApplication.translate("SegmentLabels", "Location"),
        "level": QCoreApplication.translate("SegmentLabels", "Level"),
        "language": QCoreApplication.translate("SegmentLabels", "Language"),
        "external_id": QCoreApplication.translate("SegmentLabels", "Employee ID"),
        "display_name": QCoreApplication.translate("SegmentLabels", "Name"),
        "customer_facing": QCoreApplication.translate("SegmentLabels", "Faces customers"),
        "interests": QCoreApplication.translate("SegmentLabels", "Interests"),
        "needs": QCoreApplication.translate("SegmentLabels", "Needs"),
        "expectations": QCoreApplication.translate("SegmentLabels", "Expectations"),
        "start_date": QCoreApplication.translate("SegmentLabels", "Start date"),
    }
    return labels.get(field, field)


def warning_text(warning: SegmentWarning) -> str:
    """A segment warning in the UI language, with the field named as the UI names it."""
    params = dict(warning.params)
    if "field" in params:
        field = str(params["field"])
        label = field_label(field)
        # Inside a sentence: "has position “x”", but "Employee ID" and custom names stay.
        if not is_custom(field) and len(label) > 1 and label[1].islower():
            label = label[0].lower() + label[1:]
        params["field"] = label
    template = QCoreApplication.translate(WARNINGS_CONTEXT, warning.template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return warning.template.format(**params)


def ui_language() -> str:
    """The language of the UI ("es" or "en"), for texts built outside Qt (rule text, charts)."""
    return normalise_language(QLocale().name())


def format_count(value: int) -> str:
    return QLocale().toString(int(value))


def format_share(value: float) -> str:
    """A share (0 … 1) as a percentage with one decimal, in the UI locale."""
    return QLocale().toString(value * 100, "f", 1) + " %"
