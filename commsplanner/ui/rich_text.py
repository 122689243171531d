"""Helpers for text shown as Qt rich text."""

from __future__ import annotations


def escape(text: str) -> str:
    """Text made safe inside Qt rich text, attributes included (``html`` costs start-up
    time for these four replacements)."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
