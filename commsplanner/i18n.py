"""Translations for code that must not import Qt (services, exports, the CLI).

The Qt UI loads the compiled ``.qm`` catalogues with ``QTranslator``; this module reads the
same ``.ts`` sources directly, so a Word export in Spanish or a CLI message uses exactly the
translations the UI shows. Catalogues are split by area: ``resources/i18n/<area>_<lang>.ts``.

Mark strings for ``pyside6-lupdate`` by calling ``translate("context", "Source text")`` with
literal arguments (lupdate extracts those calls, whatever object they are called on).
"""

from __future__ import annotations

import locale
import os
from functools import cache
from pathlib import Path

from .paths import resource_path

SUPPORTED_LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"


def normalise_language(value: str | None) -> str:
    """Maps "es_ES.UTF-8", "en-GB", "ES" … to a supported language code."""
    code = (value or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in SUPPORTED_LANGUAGES else "en"


def system_language() -> str:
    """The user's language from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return normalise_language(value.split(":")[0])
    try:
        return normalise_language(locale.getlocale()[0])
    except ValueError:
        return "en"


def catalogue_files(language: str) -> list[Path]:
    folder = resource_path("i18n")
    return sorted(folder.glob(f"*_{language}.ts")) if folder.is_dir() else []


class Catalog:
    """Translations of one language, merged from every area's ``.ts`` file."""

    def __init__(self, language: str, messages: dict[tuple[str, str], str]) -> None:
        self.language = language
        self._messages = messages

    @classmethod
    def from_files(cls, language: str, files: list[Path]) -> Catalog:
        import xml.etree.ElementTree as ET  # the UI reads .qm files; only services need this

        messages: dict[tuple[str, str], str] = {}
        for file in files:
            root = ET.parse(file).getroot()
            for context in root.iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    source = message.findtext("source")
                    node = message.find("translation")
                    if source is None or node is None:
                        continue
                    if node.get("type") in ("obsolete", "vanished"):
                        continue
                    text = node.text or ""
                    if text:
                        messages[(name, source)] = text
        return cls(language, messages)

    def translate(self, context: str, text: str) -> str:
        """The translation of ``text``, or ``text`` itself when the catalogue lacks it."""
        return self._messages.get((context, text), text)

    def __contains__(self, key: tuple[str, str]) -> bool:
        return key in self._messages

    def __len__(self) -> int:
        return len(self._messages)


@cache
def catalog(language: str | None = None) -> Catalog:
    """The catalogue of ``language`` (the system language when None), loaded once."""
    lang = normalise_language(language) if language else system_language()
    return Catalog.from_files(lang, catalogue_files(lang))
