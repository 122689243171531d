"""Errors that reach the user.

Each error keeps an English message template and its parameters apart, so that the UI and the
CLI can translate the template (context ``"errors"``) before filling in the parameters. The
templates are marked with :func:`tr_noop` so that ``pyside6-lupdate`` extracts them.
"""

from __future__ import annotations

from typing import Any

ERRORS_CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for extraction into the catalogue without translating it here."""
    return text


class CommsPlannerError(Exception):
    """Base class of every error whose message is shown to the user."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.format(template))

    def format(self, template: str) -> str:
        """Fills the parameters into ``template`` (the translated form of ``self.template``)."""
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)


class ValidationError(CommsPlannerError):
    """Data the user entered breaks a rule; ``field`` names what to fix when known."""

    def __init__(self, template: str, /, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class WorkflowError(CommsPlannerError):
    """A status transition that the workflow does not allow."""


class Cancelled(CommsPlannerError):  # noqa: N818 - reads better at the raise site
    """The user cancelled a long operation; nothing it would have written was kept."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cancelled. Nothing was changed."))
