"""The UI language: Qt's own catalogue, every area's catalogue and the default QLocale.

Each area ships ``resources/i18n/<area>_<lang>.ts``; packaging compiles them to ``.qm``. When
a ``.qm`` is missing or older than its ``.ts`` (running from a fresh source tree), that area's
``.ts`` is served by :class:`CatalogTranslator` instead, through the same
:class:`commsplanner.i18n.Catalog` the CLI and exports use, so every string is translated
either way.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTranslator,
)

from ..i18n import SUPPORTED_LANGUAGES, Catalog, normalise_language, system_language
from ..paths import resource_path

LANGUAGE_NAMES = {"es": "Español", "en": "English"}  # each in its own language, never translated


class CatalogTranslator(QTranslator):
    """Serves translations read from ``.ts`` files when no compiled ``.qm`` is at hand."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if (context, source_text) in self._catalog:
            return self._catalog.translate(context, source_text)
        return None  # a null string: Qt asks the next translator

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return len(self._catalog) == 0

    def language(self) -> str:
        return self._catalog.language


def _catalogue_sources(language: str) -> list[Path]:
    folder = resource_path("i18n")
    return sorted(folder.glob(f"*_{language}.ts")) if folder.is_dir() else []


def _compiled(ts: Path) -> Path | None:
    """The ``.qm`` beside ``ts`` when it is at least as new as the source."""
    qm = ts.with_suffix(".qm")
    try:
        if qm.stat().st_mtime >= ts.stat().st_mtime:
            return qm
    except OSError:
        return None
    return None


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers: the system's territory when it speaks ``language``.

    A Spanish UI on an English system therefore formats like Spain (weeks start on Monday);
    an English UI on an en_GB system keeps the British formats. The result is always a plain
    CLDR locale: ``QLocale.system()`` itself can mix languages (with LANGUAGE=es on an en_GB
    system it reports Spanish but formats numbers and days in English).
    """
    wanted = QLocale(language)  # Qt picks the main territory: es → Spain, en → United States
    system = QLocale(QLocale.system().name())
    return system if system.language() == wanted.language() else wanted


class LanguageManager(QObject):
    """Installs and swaps the translators of the running application."""

    def __init__(self, app: QCoreApplication | None = None) -> None:
        super().__init__(app)
        self._app = app or QCoreApplication.instance()
        self._translators: list[QTranslator] = []
        self.language: str | None = None

    @staticmethod
    def resolve(preferred: str | None) -> str:
        """The language to use: the stored choice, else the system's."""
        return normalise_language(preferred) if preferred else system_language()

    def install(self, language: str) -> str:
        """Replaces every installed translator with those of ``language``; returns its code."""
        language = normalise_language(language)
        if language == self.language:
            return language
        self.uninstall()

        qt_translator = QTranslator(self)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_folder):
            self._translators.append(qt_translator)

        uncompiled: list[Path] = []
        for ts in _catalogue_sources(language):
            qm = _compiled(ts)
            translator = QTranslator(self)
            if qm is not None and translator.load(str(qm)):
                self._translators.append(translator)
            else:
                uncompiled.append(ts)
        if uncompiled:
            self._translators.append(
                CatalogTranslator(Catalog.from_files(language, uncompiled), self)
            )

        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(locale_for(language))
        self.language = language
        return language

    def uninstall(self) -> None:
        """Removes this manager's translators (the UI falls back to the English sources)."""
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []
        self.language = None

    @property
    def translator_count(self) -> int:
        return len(self._translators)

    @staticmethod
    def available() -> tuple[str, ...]:
        return SUPPORTED_LANGUAGES


def day_format(locale: QLocale, *, with_year: bool) -> str:
    """A compact date format in the locale's own order: "lun 2 mar" / "Mon, Mar 2"."""
    # The order of day and month in the locale's long format, its weekday ("dddd") removed.
    rest = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "")
    day_first = "d" not in rest or "M" not in rest or rest.find("d") < rest.find("M")
    if day_first:
        return "ddd d MMM yyyy" if with_year else "ddd d MMM"
    return "ddd, MMM d, yyyy" if with_year else "ddd, MMM d"


def format_day(day: date, locale: QLocale | None = None, *, today: date | None = None) -> str:
    """``day`` for lists: weekday, day and month in the UI locale; the year only if not this one."""
    locale = locale or QLocale()
    reference = today or date.today()
    text = locale.toString(
        QDate(day.year, day.month, day.day),
        day_format(locale, with_year=day.year != reference.year),
    )
    return text.replace(".", "") if locale.language() == QLocale.Language.Spanish else text


def format_time(moment: time | datetime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
