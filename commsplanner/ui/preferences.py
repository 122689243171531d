"""Edit ▸ Preferences…: the app's own choices and the open workspace's settings.

App choices (language, theme, backups) live in QSettings through
:class:`~commsplanner.ui.app_settings.AppSettings`; the workspace's (holidays country and
region, weekly cap, week start, anonymity threshold, language of exports) are stored in the
workspace itself, so everyone who opens the plan gets the same conflicts and exports. The
dialog only collects the choices; the main window applies them (workspace edits undoably).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import WorkspaceSettings
from .app_settings import AppSettings
from .i18n import LANGUAGE_NAMES

MAX_WEEKLY_CAP = 50
MAX_ANONYMITY = 1000


@dataclass(frozen=True)
class Preferences:
    """What the dialog returns; ``workspace`` is None when no writable workspace is open."""

    language: str | None  # None: follow the system
    theme: str
    backup_minutes: int
    backup_count: int
    workspace: WorkspaceSettings | None


# ============================================================================ holidays places
@cache
def holiday_countries() -> dict[str, tuple[str, ...]]:
    """Country code → subdivision codes, for every country the ``holidays`` package knows."""
    import holidays

    return {
        code: tuple(str(s) for s in subdivisions)
        for code, subdivisions in holidays.list_supported_countries(include_aliases=False).items()
    }


@cache
def _subdivision_names(country: str) -> dict[str, str]:
    import holidays
    from holidays.registry import COUNTRIES

    for class_name, code, *_rest in COUNTRIES.values():
        if code == country:
            aliases = getattr(getattr(holidays, class_name, None), "subdivisions_aliases", {})
            names: dict[str, str] = {}
            for name, sub in aliases.items():
                names.setdefault(str(sub), str(name))
            return names
    return {}


def country_name(code: str, language: str | None = None) -> str:
    """The country's name from Qt's locale data (CLDR).

    Qt has country names in English only, plus each country's own name for itself; a
    Spanish UI therefore shows Spanish names for Spanish-speaking countries.
    """
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    english = QLocale.territoryToString(territory)
    if (language or QLocale().name()[:2]) == "es":
        native = QLocale(QLocale.Language.AnyLanguage, territory)
        if native.language() == QLocale.Language.Spanish:
            return native.nativeTerritoryName() or english
    return english


def subdivision_label(country: str, code: str) -> str:
    name = _subdivision_names(country).get(code, "")
    return f"{name} ({code})" if name and name != code else code


class RegionPicker(QWidget):
    """Country and region for public holidays, from the ``holidays`` package's list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("countryCombo")
        self.country_combo.setEditable(True)  # type to find a country
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionCombo")
        language = QLocale().name()[:2]
        entries = sorted(
            ((country_name(code, language), code) for code in holiday_countries()),
            key=lambda entry: _sort_key(entry[0]),
        )
        for name, code in entries:
            self.country_combo.addItem(f"{name} ({code})", code)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.country_combo, 3)
        layout.addWidget(self.region_combo, 2)
        self.country_combo.currentIndexChanged.connect(self._fill_regions)
        self.retranslate()

    def retranslate(self) -> None:
        self.country_combo.setToolTip(
            self.tr("Public holidays of this country are shown on the calendar and warned about")
        )
        self.country_combo.setAccessibleName(self.tr("Country for public holidays"))
        self.region_combo.setToolTip(
            self.tr("Regional holidays (a state, province or autonomous community) come on top")
        )
        self.region_combo.setAccessibleName(self.tr("Region for public holidays"))
        if self.region_combo.count():
            self.region_combo.setItemText(0, self.tr("Whole country"))

    def _fill_regions(self) -> None:
        country = self.country()
        current = self.region()
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("Whole country"), "")
        subdivisions = holiday_countries().get(country, ())
        for code in sorted(subdivisions, key=lambda c: _sort_key(subdivision_label(country, c))):
            self.region_combo.addItem(subdivision_label(country, code), code)
        self.region_combo.setEnabled(bool(subdivisions))
        index = self.region_combo.findData(current or "")
        self.region_combo.setCurrentIndex(max(index, 0))

    def set_value(self, country: str, region: str | None) -> None:
        index = self.country_combo.findData(country)
        if index < 0:
            index = self.country_combo.findData("ES")
        self.country_combo.setCurrentIndex(index)
        self._fill_regions()
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(region or ""), 0))

    def country(self) -> str:
        code = self.country_combo.currentData()
        if code is None:  # typed text that matches no entry: keep the last valid choice
            text = self.country_combo.currentText().strip().upper()
            return text if text in holiday_countries() else "ES"
        return str(code)

    def region(self) -> str | None:
        code = self.region_combo.currentData()
        return str(code) if code else None


def _sort_key(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def week_day_names() -> list[str]:
    """Monday … Sunday in the UI locale, standalone form."""
    locale = QLocale()
    return [
        locale.standaloneDayName(day, QLocale.FormatType.LongFormat).capitalize()
        for day in range(1, 8)
    ]


# ============================================================================ the dialog
class PreferencesDialog(QDialog):
    """Tabs: General (language, theme), Backups, Workspace (the open plan's settings)."""

    def __init__(
        self,
        settings: AppSettings,
        language: str | None,
        workspace: WorkspaceSettings | None,
        *,
        read_only: bool = False,
        backups_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self._workspace = workspace
        self._read_only = read_only
        self.tabs = QTabWidget()

        # ------------------------------------------------------------ general
        general = QWidget()
        form = QFormLayout(general)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("", None)
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("themeCombo")
        for theme in ("system", "light", "dark"):
            self.theme_combo.addItem("", theme)
        self.theme_combo.setCurrentIndex(max(self.theme_combo.findData(settings.theme), 0))
        self.language_label, self.theme_label = QLabel(), QLabel()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.theme_label, self.theme_combo)
        self.tabs.addTab(general, "")

        # ------------------------------------------------------------ backups
        backups = QWidget()
        form = QFormLayout(backups)
        self.backup_minutes = QSpinBox()
        self.backup_minutes.setObjectName("backupMinutes")
        self.backup_minutes.setRange(0, 24 * 60)
        self.backup_minutes.setSingleStep(5)
        self.backup_minutes.setValue(settings.backup_minutes)
        self.backup_count = QSpinBox()
        self.backup_count.setObjectName("backupCount")
        self.backup_count.setRange(1, 200)
        self.backup_count.setValue(settings.backup_count)
        self.backup_minutes_label, self.backup_count_label = QLabel(), QLabel()
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        self.backup_note.setObjectName("backupNote")
        self._backups_folder = backups_folder
        form.addRow(self.backup_minutes_label, self.backup_minutes)
        form.addRow(self.backup_count_label, self.backup_count)
        form.addRow(self.backup_note)
        self.tabs.addTab(backups, "")

        # ------------------------------------------------------------ workspace
        page = QWidget()
        column = QVBoxLayout(page)
        self.workspace_note = QLabel()
        self.workspace_note.setWordWrap(True)
        self.workspace_note.setObjectName("workspaceNote")
        column.addWidget(self.workspace_note)
        self.workspace_form = QWidget()
        form = QFormLayout(self.workspace_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisationEdit")
        self.organisation.setMaxLength(200)
        self.region_picker = RegionPicker()
        self.export_language = QComboBox()
        self.export_language.setObjectName("exportLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.export_language.addItem(name, code)
        self.weekly_cap = QSpinBox()
        self.weekly_cap.setObjectName("weeklyCap")
        self.weekly_cap.setRange(1, MAX_WEEKLY_CAP)
        self.week_start = QComboBox()
        self.week_start.setObjectName("weekStart")
        for index, name in enumerate(week_day_names()):
            self.week_start.addItem(name, index)
        self.anonymity = QSpinBox()
        self.anonymity.setObjectName("anonymityThreshold")
        self.anonymity.setRange(1, MAX_ANONYMITY)
        self.organisation_label = QLabel()
        self.region_label = QLabel()
        self.export_language_label = QLabel()
        self.weekly_cap_label = QLabel()
        self.week_start_label = QLabel()
        self.anonymity_label = QLabel()
        form.addRow(self.organisation_label, self.organisation)
        form.addRow(self.region_label, self.region_picker)
        form.addRow(self.export_language_label, self.export_language)
        form.addRow(self.weekly_cap_label, self.weekly_cap)
        form.addRow(self.week_start_label, self.week_start)
        form.addRow(self.anonymity_label, self.anonymity)
        for label, field in (
            (self.organisation_label, self.organisation),
            (self.region_label, self.region_picker.country_combo),
            (self.export_language_label, self.export_language),
            (self.weekly_cap_label, self.weekly_cap),
            (self.week_start_label, self.week_start),
            (self.anonymity_label, self.anonymity),
            (self.language_label, self.language_combo),
            (self.theme_label, self.theme_combo),
            (self.backup_minutes_label, self.backup_minutes),
            (self.backup_count_label, self.backup_count),
        ):
            label.setBuddy(field)
        column.addWidget(self.workspace_form)
        column.addStretch(1)
        self.tabs.addTab(page, "")
        if workspace is not None:
            self.organisation.setText(workspace.organisation)
            self.region_picker.set_value(workspace.country, workspace.region)
            self.export_language.setCurrentIndex(
                max(self.export_language.findData(workspace.language), 0)
            )
            self.weekly_cap.setValue(workspace.weekly_cap)
            self.week_start.setCurrentIndex(workspace.week_start)
            self.anonymity.setValue(workspace.anonymity_threshold)
        self.workspace_form.setEnabled(workspace is not None and not read_only)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(560, 420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Backups"))
        self.tabs.setTabText(2, self.tr("Workspace"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setItemText(0, self.tr("Follow the system"))
        self.language_combo.setToolTip(
            self.tr("The language of menus and dialogs; applied at once")
        )
        self.theme_label.setText(self.tr("&Theme:"))
        for index, text in enumerate(
            (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"))
        ):
            self.theme_combo.setItemText(index, text)
        self.backup_minutes_label.setText(self.tr("&Back up every:"))
        self.backup_minutes.setSuffix(self.tr(" min"))
        self.backup_minutes.setSpecialValueText(self.tr("Never"))
        self.backup_minutes.setToolTip(
            self.tr(
                "Every change is saved to the workspace at once. Backups are extra copies, "
                "written only when the workspace changed since the last one."
            )
        )
        self.backup_count_label.setText(self.tr("&Keep:"))
        self.backup_count.setSuffix(self.tr(" backups per workspace"))
        note = self.tr("Older backups are deleted. File ▸ Restore from backup… lists them.")
        if self._backups_folder is not None:
            note += " " + self.tr("They are kept in “{folder}”.").replace(
                "{folder}", str(self._backups_folder)
            )
        self.backup_note.setText(note)
        if self._workspace is None:
            self.workspace_note.setText(
                self.tr("Open a workspace to change its settings (holidays, caps, week start…).")
            )
        elif self._read_only:
            self.workspace_note.setText(
                self.tr("This workspace is open read-only: its settings cannot be changed.")
            )
        else:
            self.workspace_note.setText(
                self.tr(
                    "These settings are stored in the workspace, so everyone who opens it "
                    "plans with the same holidays, caps and week."
                )
            )
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.region_label.setText(self.tr("&Holidays of:"))
        self.export_language_label.setText(self.tr("E&xports in:"))
        self.export_language.setToolTip(
            self.tr("Language of the Word plans and calendar files made from this workspace")
        )
        self.weekly_cap_label.setText(self.tr("Weekly &cap:"))
        self.weekly_cap.setSuffix(self.tr(" communications per person"))
        self.weekly_cap.setToolTip(
            self.tr(
                "How many communications one person may receive in a week across all "
                "channels; more is flagged as audience overload on the calendar."
            )
        )
        self.week_start_label.setText(self.tr("&Week starts on:"))
        self.week_start.setToolTip(
            self.tr("First day of the week in the calendar and in the weekly caps")
        )
        self.anonymity_label.setText(self.tr("&Anonymity threshold:"))
        self.anonymity.setSuffix(self.tr(" people"))
        self.anonymity.setToolTip(
            self.tr(
                "Groups smaller than this are never shown, charted or exported, so that "
                "nobody can be singled out in results or profiles."
            )
        )
        self.region_picker.retranslate()

    def preferences(self) -> Preferences:
        workspace = None
        if self._workspace is not None and not self._read_only:
            workspace = dataclasses.replace(
                self._workspace,
                organisation=self.organisation.text().strip(),
                country=self.region_picker.country(),
                region=self.region_picker.region(),
                language=str(self.export_language.currentData()),
                weekly_cap=self.weekly_cap.value(),
                week_start=int(self.week_start.currentData()),
                anonymity_threshold=self.anonymity.value(),
            )
        return Preferences(
            language=self.language_combo.currentData(),
            theme=str(self.theme_combo.currentData()),
            backup_minutes=self.backup_minutes.value(),
            backup_count=self.backup_count.value(),
            workspace=workspace,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        settings: AppSettings,
        language: str | None,
        workspace: WorkspaceSettings | None,
        *,
        read_only: bool = False,
        backups_folder: Path | None = None,
    ) -> Preferences | None:
        """Shows the dialog; the choices, or None when cancelled."""
        dialog = cls(
            settings,
            language,
            workspace,
            read_only=read_only,
            backups_folder=backups_folder,
            parent=parent,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.preferences()
        finally:
            dialog.deleteLater()
