"""UI language: catalogues (compiled or not), live switching, locale-aware dates."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from _shell_support import build_workspace
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from commsplanner.app import open_session
from commsplanner.paths import resource_path
from commsplanner.ui import i18n as ui_i18n
from commsplanner.ui.app_settings import AppSettings
from commsplanner.ui.i18n import CatalogTranslator, LanguageManager, format_day
from commsplanner.ui.main_window import MainWindow

SHELL_CATALOGUES = [resource_path("i18n", f"shell_{lang}.ts") for lang in ("es", "en")]


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    yield manager
    manager.uninstall()


@pytest.fixture
def window(qtbot, tmp_path, languages):
    languages.install("en")
    win = MainWindow(AppSettings(tmp_path / "settings.ini"), languages, open_session)
    qtbot.addWidget(win)
    win.open_workspace(build_workspace(tmp_path / "plan.commsplan"))
    yield win
    win.set_session(None)


def test_switching_language_changes_the_visible_texts_both_ways(window) -> None:
    overview = window.page("overview")
    assert window.file_menu.title() == "&File"
    assert window._items["overview"].text() == "Overview"

    window.language_actions["es"].trigger()

    assert window.settings.language == "es"
    assert window.language_actions["es"].isChecked()
    assert window.file_menu.title() == "&Archivo"
    assert window.edit_menu.title() == "&Editar"
    assert window.open_action.text() == "&Abrir…"
    assert window.undo_action.text() == "&Deshacer"
    assert window._items["overview"].text() == "Resumen"
    assert overview.cards["employees"].caption.text() == "Empleados"
    assert overview.upcoming_heading.text() == "Próximas comunicaciones"
    assert AppSettings(window.settings.file_name).language == "es"

    window.language_actions["en"].trigger()

    assert window.file_menu.title() == "&File"
    assert window.undo_action.text() == "&Undo"
    assert window._items["overview"].text() == "Overview"
    assert overview.cards["employees"].caption.text() == "Employees"


def test_qt_own_texts_follow_the_language(languages) -> None:
    languages.install("es")
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancelar"


def test_spanish_locale_starts_weeks_on_monday(languages) -> None:
    languages.install("es")
    assert QLocale().language() == QLocale.Language.Spanish
    assert QLocale().firstDayOfWeek().name == "Monday"


def test_default_language_follows_the_system(monkeypatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert LanguageManager.resolve(None) == "es"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert LanguageManager.resolve(None) == "en"  # unsupported languages fall back to English
    assert LanguageManager.resolve("es") == "es"  # a stored choice wins


def _copy_catalogue(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "resources"
    (folder / "i18n").mkdir(parents=True)
    shutil.copy(resource_path("i18n", "shell_es.ts"), folder / "i18n" / "shell_es.ts")
    monkeypatch.setattr(ui_i18n, "resource_path", lambda *parts: folder.joinpath(*parts))
    return folder / "i18n"


def test_source_tree_without_qm_serves_the_ts_files(languages, tmp_path, monkeypatch) -> None:
    _copy_catalogue(tmp_path, monkeypatch)
    languages.install("es")
    assert any(isinstance(t, CatalogTranslator) for t in languages._translators)
    assert QCoreApplication.translate("OverviewPage", "Employees") == "Empleados"
    assert QCoreApplication.translate("OverviewPage", "Not in any catalogue") == (
        "Not in any catalogue"
    )


def test_compiled_catalogue_is_used_when_up_to_date(languages, tmp_path, monkeypatch) -> None:
    folder = _copy_catalogue(tmp_path, monkeypatch)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(folder / "shell_es.ts")], check=True, capture_output=True
    )
    assert (folder / "shell_es.qm").exists()
    languages.install("es")
    assert not any(isinstance(t, CatalogTranslator) for t in languages._translators)
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"

    # A .qm older than its .ts (strings added since) is ignored in favour of the source.
    languages.uninstall()
    ts = folder / "shell_es.ts"
    qm = folder / "shell_es.qm"
    stamp = qm.stat().st_mtime
    os.utime(ts, (stamp + 10, stamp + 10))
    languages.install("es")
    assert any(isinstance(t, CatalogTranslator) for t in languages._translators)


@pytest.mark.parametrize("path", SHELL_CATALOGUES, ids=lambda p: p.name)
def test_every_shell_string_is_translated(path: Path) -> None:
    root = ET.parse(path).getroot()
    messages = [
        (ctx.findtext("name"), m.findtext("source"), m.find("translation"))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]
    assert len(messages) > 50
    for context, source, node in messages:
        assert node.get("type") is None, (context, source)
        assert node.text, (context, source)
        # Placeholders survive translation, or the message would lose its details.
        assert set(re.findall(r"\{\w+\}", node.text)) == set(re.findall(r"\{\w+\}", source))
        if path.name.endswith("_en.ts"):
            assert node.text == source


def test_days_are_written_in_the_locale_order() -> None:
    day = date(2026, 3, 4)
    this_year = date(2026, 1, 1)
    assert format_day(day, QLocale("es_ES"), today=this_year) == "mié 4 mar"
    assert format_day(day, QLocale("en_US"), today=this_year) == "Wed, Mar 4"
    assert format_day(day, QLocale("en_GB"), today=this_year) == "Wed 4 Mar"
    assert format_day(day, QLocale("es_ES"), today=date(2025, 12, 1)) == "mié 4 mar 2026"


def test_locale_never_mixes_languages(monkeypatch) -> None:
    # A hybrid system locale (Spanish name, English formats) must not leak into the UI.
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert ui_i18n.locale_for("es").name() == "es_MX"
    assert ui_i18n.locale_for("en").name() == "en_US"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert ui_i18n.locale_for("en").name() == "en_GB"
    assert ui_i18n.locale_for("es").name() == "es_ES"
    assert ui_i18n.locale_for("es").toString(12345) == "12.345"
