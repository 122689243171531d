"""Help ▸ Keyboard shortcuts: read from the window's own menus, so the list cannot drift."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersands and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action, shortcut text)]) for every menu action that has a shortcut."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []

    def walk(menu: QMenu, path: str) -> None:
        rows: list[tuple[str, str]] = []
        for act in menu.actions():
            sub = act.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} ▸ {plain(sub.title())}")
                continue
            if act.isSeparator() or not act.text():
                continue
            keys = [k for k in act.shortcuts() if not k.isEmpty()]
            if keys:
                shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                rows.append((plain(act.text()), shown))
        if rows:
            groups.append((path, rows))

    for act in window.menuBar().actions():
        menu = act.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(menu.title()))
    return groups


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the menus, by menu."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutList")
        self.tree.setColumnCount(2)
        self.tree.setAlternatingRowColors(True)
        for title, rows in menu_shortcuts(window):
            group = QTreeWidgetItem([title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for text, keys in rows:
                group.addChild(QTreeWidgetItem([text, keys]))
            self.tree.addTopLevelItem(group)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.retranslate()
        self.tree.resizeColumnToContents(0)
        self.resize(520, 560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.note.setText(
            self.tr(
                "In the calendar: arrows move the selected day, Page Up and Page Down change "
                "the period, T goes to today, Enter opens the selected communication, "
                "Ctrl++ and Ctrl+- zoom the timeline."
            )
        )

    def rows(self) -> list[tuple[str, str]]:
        """(action, shortcut) pairs shown, for tests."""
        out = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            out.extend(
                (group.child(i).text(0), group.child(i).text(1)) for i in range(group.childCount())
            )
        return out

    @classmethod
    def show_for(cls, window: QMainWindow) -> None:
        dialog = cls(window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
