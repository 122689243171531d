"""The panel the main window shows while no workspace is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .rich_text import escape as _escape


class WelcomePanel(QWidget):
    """What the window shows while no workspace is open."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self._recent: list[Path] = []
        self.first_run = False
        self._icon = QLabel()
        icon = QApplication.windowIcon()
        if not icon.isNull():
            self._icon.setPixmap(icon.pixmap(64, 64))
        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._title.setFont(font)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        self.import_button = QPushButton()
        self.open_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button.clicked.connect(self.import_requested)
        self._recent_heading = QLabel()
        font = self._recent_heading.font()
        font.setBold(True)
        self._recent_heading.setFont(font)
        self.recent_label = QLabel()
        self.recent_label.setObjectName("welcomeRecent")
        # Rich text (the links) is detected from the text; links are clickable by default.
        self.recent_label.linkActivated.connect(self.recent_requested)

        # Two by two: long translations ("Abrir un espacio de trabajo…") keep their room.
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(10)
        for index, button in enumerate(
            (self.open_button, self.new_button, self.import_button, self.demo_button)
        ):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self._icon)
        column.addWidget(self._title)
        column.addWidget(self._text)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addSpacing(18)
        column.addWidget(self._recent_heading)
        column.addWidget(self.recent_label)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(600)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        self.retranslate()

    def set_recent(self, paths: list[Path]) -> None:
        self._recent = paths[:5]
        links = "<br>".join(
            f'<a href="{_escape(str(p))}">{_escape(p.name)}</a>'
            f'&nbsp;&nbsp;<span style="color: palette(placeholder-text)">'
            f"{_escape(str(p.parent))}</span>"
            for p in self._recent
        )
        self.recent_label.setText(links)
        self._recent_heading.setVisible(bool(self._recent))
        self.recent_label.setVisible(bool(self._recent))

    def set_first_run(self, first_run: bool) -> None:
        """The first start greets the user and puts the ways to begin first."""
        self.first_run = first_run
        (self.demo_button if first_run else self.open_button).setDefault(True)
        (self.open_button if first_run else self.demo_button).setDefault(False)
        self.retranslate()

    def retranslate(self) -> None:
        if self.first_run:
            self._title.setText(self.tr("Welcome to Comms Planner"))
            self._text.setText(
                self.tr(
                    "Plan internal communication for your employees as internal customers: "
                    "know your audiences, plan campaigns against your values and goals, and "
                    "see them on a calendar. Explore the demo organisation, create your own "
                    "workspace, or start by importing your employee directory."
                )
            )
        else:
            self._title.setText(self.tr("No workspace is open"))
            self._text.setText(
                self.tr(
                    "A workspace file holds a whole communication plan: employees, audiences, "
                    "campaigns and their calendar. Open one, start a new one, or explore the "
                    "demo organisation."
                )
            )
        self.new_button.setText(self.tr("New workspace…"))
        self.new_button.setToolTip(
            self.tr("Name your organisation, its holidays, language and values")
        )
        self.open_button.setText(self.tr("Open workspace…"))
        self.demo_button.setText(
            self.tr("Explore the demo") if self.first_run else self.tr("Open the demo")
        )
        self.demo_button.setToolTip(
            self.tr("A made-up bank with 2,000 employees and a year of campaigns to try things on")
        )
        self.import_button.setText(self.tr("Import a directory…"))
        self.import_button.setToolTip(
            self.tr("Create a workspace, then import your employee directory from CSV or Excel")
        )
        self._recent_heading.setText(self.tr("Recent workspaces"))
