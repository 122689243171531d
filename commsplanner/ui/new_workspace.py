"""File ▸ New…: a new workspace with the organisation's name, holidays, language and values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import WorkspaceSettings
from .i18n import LANGUAGE_NAMES, locale_for
from .preferences import RegionPicker, holiday_countries
from .workspace_files import SUFFIX, with_suffix

_DECORATION_ROLE = Qt.ItemDataRole.DecorationRole
_EDITABLE = Qt.ItemFlag.ItemIsEditable

# Values many organisations name, in each UI language, with distinct colours.
TYPICAL_VALUES: dict[str, list[tuple[str, str]]] = {
    "es": [
        ("Excelencia", "#1f77b4"),
        ("Cooperación", "#2ca02c"),
        ("Trabajo en equipo", "#ff7f0e"),
        ("Orientación al cliente", "#d62728"),
        ("Integridad", "#9467bd"),
        ("Innovación", "#17becf"),
    ],
    "en": [
        ("Excellence", "#1f77b4"),
        ("Cooperation", "#2ca02c"),
        ("Teamwork", "#ff7f0e"),
        ("Customer focus", "#d62728"),
        ("Integrity", "#9467bd"),
        ("Innovation", "#17becf"),
    ],
}
_SPARE_COLOURS = ("#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#393b79", "#637939")


@dataclass(frozen=True)
class NewWorkspace:
    path: Path
    settings: WorkspaceSettings
    values: list[tuple[str, str]]  # (name, colour), in order
    import_directory: bool = False


def file_name_for(organisation: str) -> str:
    """A file name from the organisation's name (letters, digits, spaces and dashes kept)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", organisation).strip(" .")
    cleaned = re.sub(r"\s+", " ", cleaned)[:80]
    return (cleaned or "plan") + SUFFIX


def default_country() -> str:
    """The system's country when the ``holidays`` package knows it, else Spain."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if code in holiday_countries() else "ES"


def first_weekday(language: str) -> int:
    """0 = Monday … 6 = Sunday: the first day of the week where the user is."""
    day = locale_for(language).firstDayOfWeek()
    return (day.value if hasattr(day, "value") else int(day)) - 1


class ValuesEditor(QWidget):
    """An ordered list of corporate values: names edited in place, a colour each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("valuesList")
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.colour_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.colour_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_value)
        self.remove_button.clicked.connect(self.remove_value)
        self.colour_button.clicked.connect(self.choose_colour)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemChanged.connect(lambda _item: self._mark_edited())
        self.edited = False
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Corporate values"))
        self.list.setToolTip(self.tr("Double-click a name to change it"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self.colour_button.setText(self.tr("C&olour…"))
        self.colour_button.setToolTip(self.tr("The colour of the value in calendars and charts"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))

    def _mark_edited(self) -> None:
        self.edited = True

    def set_values(self, values: list[tuple[str, str]]) -> None:
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for name, colour in values:
            self._append(name, colour)
        self.list.blockSignals(blocked)
        self.edited = False
        self._update_buttons()

    def _append(self, name: str, colour: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | _EDITABLE)
        item.setData(_DECORATION_ROLE, QColor(colour))
        self.list.addItem(item)
        return item

    def values(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = " ".join(item.text().split())
            if name:
                out.append((name, QColor(item.data(_DECORATION_ROLE)).name()))
        return out

    def add_value(self) -> None:
        used = {colour for _name, colour in self.values()}
        palette = [c for _n, c in TYPICAL_VALUES["en"]] + list(_SPARE_COLOURS)
        colour = next((c for c in palette if c not in used), "#1f77b4")
        item = self._append(self.tr("New value"), colour)
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self._mark_edited()

    def remove_value(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._mark_edited()
        self._update_buttons()

    def choose_colour(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        colour = QColorDialog.getColor(QColor(item.data(_DECORATION_ROLE)), self)
        if colour.isValid():
            item.setData(_DECORATION_ROLE, colour)
            self._mark_edited()

    def move(self, offset: int) -> None:
        row = self.list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._mark_edited()

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        selected = row >= 0
        self.remove_button.setEnabled(selected)
        self.colour_button.setEnabled(selected)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and row < self.list.count() - 1)


class NewWorkspaceDialog(QDialog):
    """Organisation, file, holidays, language and values of a new workspace."""

    def __init__(
        self,
        folder: Path,
        language: str,
        *,
        import_directory: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newWorkspaceDialog")
        self._folder = folder
        self._path_edited = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisationEdit")
        self.organisation.setMaxLength(200)
        self.path_edit = QLineEdit(str(folder / file_name_for("")))
        self.path_edit.setObjectName("pathEdit")
        self.browse_button = QPushButton()
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.region_picker = RegionPicker()
        self.region_picker.set_value(default_country(), None)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.values_editor = ValuesEditor()
        self.values_editor.set_values(TYPICAL_VALUES.get(language, TYPICAL_VALUES["en"]))
        self.import_check = QCheckBox()
        self.import_check.setObjectName("importCheck")
        self.import_check.setChecked(import_directory)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()

        self.organisation_label = QLabel()
        self.path_label = QLabel()
        self.region_label = QLabel()
        self.language_label = QLabel()
        self.values_label = QLabel()
        form = QFormLayout()
        form.addRow(self.organisation_label, self.organisation)
        form.addRow(self.path_label, path_row)
        form.addRow(self.region_label, self.region_picker)
        form.addRow(self.language_label, self.language_combo)
        for label, field in (
            (self.organisation_label, self.organisation),
            (self.path_label, self.path_edit),
            (self.region_label, self.region_picker.country_combo),
            (self.language_label, self.language_combo),
            (self.values_label, self.values_editor.list),
        ):
            label.setBuddy(field)
        values_box = QGridLayout()
        values_box.addWidget(self.values_label, 0, 0)
        values_box.addWidget(self.values_editor, 1, 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(values_box, 1)
        layout.addWidget(self.import_check)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.organisation.textChanged.connect(self._follow_organisation)
        self.path_edit.textEdited.connect(self._path_typed)
        self.browse_button.clicked.connect(self._browse)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(620, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New workspace"))
        self.intro.setText(
            self.tr(
                "A workspace file holds one organisation's plan. These choices can be changed "
                "later in Edit ▸ Preferences and on the Strategy page."
            )
        )
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.organisation.setPlaceholderText(self.tr("e.g. Banco Andino"))
        self.path_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.region_label.setText(self.tr("&Holidays of:"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setToolTip(
            self.tr("Language of the plan's exports (Word plans, calendar files)")
        )
        self.values_label.setText(self.tr("The company's &values:"))
        self.import_check.setText(self.tr("Then import the employee directory (CSV or Excel)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.values_editor.retranslate()

    # ------------------------------------------------------------------ behaviour
    def _follow_organisation(self, text: str) -> None:
        if not self._path_edited:
            self.path_edit.setText(str(self._folder / file_name_for(text)))

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def _browse(self) -> None:
        from .main_window import FileDialogs

        chosen = FileDialogs.ask_new(self, self.path_edit.text())
        if chosen is not None:
            self.path_edit.setText(str(with_suffix(chosen)))
            self._path_edited = True

    def _language_changed(self) -> None:
        # The typical values follow the language until the user has touched them.
        if not self.values_editor.edited:
            language = str(self.language_combo.currentData())
            self.values_editor.set_values(TYPICAL_VALUES.get(language, TYPICAL_VALUES["en"]))

    def problems(self) -> str:
        """Why the dialog cannot create the workspace yet ("" when it can)."""
        text = self.path_edit.text().strip()
        if not text:
            return self.tr("Choose where to save the workspace file.")
        path = with_suffix(Path(text).expanduser())
        if path.exists():
            return self.tr("“{path}” already exists; choose another name.").replace(
                "{path}", str(path)
            )
        if not path.parent.is_dir():
            return self.tr("The folder “{folder}” does not exist.").replace(
                "{folder}", str(path.parent)
            )
        names = [name.casefold() for name, _colour in self.values_editor.values()]
        if len(names) != len(set(names)):
            return self.tr("Two values have the same name; give each value its own name.")
        return ""

    def _accept_if_valid(self) -> None:
        problem = self.problems()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if not problem:
            self.accept()

    def result_value(self) -> NewWorkspace:
        language = str(self.language_combo.currentData())
        settings = WorkspaceSettings(
            organisation=self.organisation.text().strip(),
            country=self.region_picker.country(),
            region=self.region_picker.region(),
            language=language,
            week_start=first_weekday(language),
        )
        return NewWorkspace(
            path=with_suffix(Path(self.path_edit.text().strip()).expanduser()),
            settings=settings,
            values=self.values_editor.values(),
            import_directory=self.import_check.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        folder: Path,
        language: str,
        *,
        import_directory: bool = False,
    ) -> NewWorkspace | None:
        """Shows the dialog; what to create, or None when cancelled."""
        dialog = cls(folder, language, import_directory=import_directory, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_value()
        finally:
            dialog.deleteLater()
