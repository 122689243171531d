"""The Overview page: the open plan at a glance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .i18n import format_day, format_time

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

    from ..domain import Changes, EntityKind
    from ..services.overview import OverviewSummary, UpcomingItem
    from .session import WorkspaceSession

UPCOMING_COUNT = 10
_FIGURE_SPACE = "\u2007"
_DECORATION_ROLE = 1  # Qt.ItemDataRole.DecorationRole (the Qt namespace is slow to load)
_MAX_NAME_COLUMN = 190  # px for the campaign and channel columns; longer names are elided
_MIN_NAME_COLUMN = 40  # px they keep in a narrow window, where the title takes the rest


_STATS = ("employees", "segments", "campaigns", "communications")
_ROW_PADDING = 8  # px added to the text height of each row of the upcoming list

# No style sheets here: they make Qt style every child widget through its slower style-sheet
# engine, a noticeable part of start-up for the first page; palettes and frames do the job.


def _shown_kinds() -> tuple[EntityKind, ...]:
    """Kinds whose changes alter what the page shows (asked only after an edit: the first
    screen does not load the enumerations)."""
    from ..domain.enums import EntityKind

    return (
        EntityKind.EMPLOYEE,
        EntityKind.SEGMENT,
        EntityKind.CAMPAIGN,
        EntityKind.COMMUNICATION,
        EntityKind.CHANNEL,
        EntityKind.VALUE,
        EntityKind.SETTING,
    )


# Three faces in all (body, bold, title): each size or weight costs Qt a font lookup and the
# drawing of its own glyphs before the first screen appears.
_TITLE_SCALE = 1.7


def _title_font(label: QLabel) -> QFont:
    """The organisation's name and the figures of the cards."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * _TITLE_SCALE)
    font.setBold(True)
    return font


def _bold_font(label: QLabel) -> QFont:
    """Headings and value names."""
    font = label.font()
    font.setBold(True)
    return font


def _paint_swatch(swatch: QLabel, colour: str) -> None:
    fill = QColor(colour)
    if not fill.isValid():
        fill = QColor("#999999")
    palette = swatch.palette()
    palette.setColor(QPalette.ColorRole.Window, fill)
    palette.setColor(QPalette.ColorRole.WindowText, fill.darker(130))  # the frame's line
    swatch.setPalette(palette)
    swatch.setAutoFillBackground(True)
    swatch.setFrameShape(QFrame.Shape.Box)


def _set_plain_text(label: QLabel, text: str) -> None:
    """Shows user text literally, without the ``Qt`` enums setTextFormat() would need.

    A QLabel treats text that looks like HTML as rich text; such text is escaped instead.
    The original text stays readable in the label's ``plainText`` property.
    """
    shown = text
    if "<" in text or "&" in text:
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        shown = f"<span>{escaped}</span>"
    label.setText(shown)
    label.setProperty("plainText", text)


def _muted(label: QLabel) -> QLabel:
    """Secondary text, in the placeholder colour of the current palette."""
    label.setProperty("muted", True)
    _apply_muted_colour(label)
    return label


def _apply_muted_colour(label: QLabel) -> None:
    palette = label.palette()
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    # Text too: on a card (base background) a label draws with the Text role.
    palette.setColor(QPalette.ColorRole.WindowText, muted)
    palette.setColor(QPalette.ColorRole.Text, muted)
    label.setPalette(palette)


class _StatCard(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.number = QLabel("–")
        self.number.setObjectName("statNumber")
        self.number.setProperty("stat", key)
        self.number.setAccessibleName(key)
        self.number.setFont(_title_font(self.number))
        self.caption = _muted(QLabel())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)


class _UpcomingTree(QTreeWidget):
    """The list of the next communications; fits its columns to its width when resized."""

    def __init__(self, on_resize: Callable[[], None]) -> None:
        super().__init__()
        self._on_resize = on_resize

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._on_resize()


class OverviewPage(QWidget):
    """Organisation, plan size, the next communications and the corporate values."""

    page_id = "overview"

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("OverviewPage", "Overview")

    @classmethod
    def page_icon(cls) -> str:
        return "icons/overview.svg"

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self.session = session
        # Which day counts as today; replaceable in tests.
        self.today: Callable[[], date] = date.today
        self._shown_day: date | None = None
        self.summary: OverviewSummary | None = None
        self.upcoming: list[UpcomingItem] = []
        # Campaign and channel column widths that fit their texts (set by _show_upcoming).
        self._name_widths: dict[int, int] = {}
        self._build()
        self.retranslate()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.organisation_label = QLabel()
        self.organisation_label.setObjectName("organisation")
        self.organisation_label.setFont(_title_font(self.organisation_label))
        self.plan_label = QLabel()
        self.plan_label.setObjectName("planTitle")

        self.cards = {key: _StatCard(key) for key in _STATS}
        cards_row = QHBoxLayout()
        cards_row.setSpacing(12)
        for card in self.cards.values():
            cards_row.addWidget(card)

        self.upcoming_heading = self._heading()
        self.upcoming_tree = _UpcomingTree(self._fit_name_columns)
        self.upcoming_tree.setObjectName("upcoming")
        self.upcoming_tree.setColumnCount(5)
        self.upcoming_tree.setRootIsDecorated(False)
        self.upcoming_tree.setUniformRowHeights(True)
        self.upcoming_tree.setAlternatingRowColors(True)
        self.upcoming_tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.upcoming_tree.setIconSize(QSize(12, 12))
        header = self.upcoming_tree.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        # The title matters most: it gets the room left once the other columns are sized to
        # their texts (in _show_upcoming: once per refresh, not on every layout pass as the
        # ResizeToContents mode would).
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.upcoming_empty = _muted(QLabel())
        self.upcoming_empty.setObjectName("upcomingEmpty")
        self.upcoming_empty.setWordWrap(True)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.upcoming_heading)
        left.addWidget(self.upcoming_tree)
        left.addWidget(self.upcoming_empty)
        left.addStretch(1)

        self.values_heading = self._heading()
        self.values_box = QWidget()
        self.values_box.setObjectName("values")
        self.values_grid = QGridLayout(self.values_box)
        self.values_grid.setContentsMargins(0, 0, 0, 0)
        self.values_grid.setHorizontalSpacing(10)
        self.values_grid.setVerticalSpacing(4)
        self.values_grid.setColumnStretch(1, 1)
        self.values_empty = _muted(QLabel())
        self.values_empty.setObjectName("valuesEmpty")
        self.values_empty.setWordWrap(True)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.values_heading)
        right.addWidget(self.values_box)
        right.addWidget(self.values_empty)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 5)
        columns.addLayout(right, 2)

        content = QWidget()
        content.setObjectName("overviewContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(6)
        layout.addWidget(self.organisation_label)
        layout.addWidget(self.plan_label)
        layout.addSpacing(16)
        layout.addLayout(cards_row)
        layout.addSpacing(22)
        layout.addLayout(columns, 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @staticmethod
    def _heading() -> QLabel:
        label = QLabel()
        label.setFont(_bold_font(label))
        return label

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.cards["employees"].caption.setText(self.tr("Employees"))
        self.cards["segments"].caption.setText(self.tr("Audience segments"))
        self.cards["campaigns"].caption.setText(self.tr("Campaigns"))
        self.cards["communications"].caption.setText(self.tr("Communications"))
        for card in self.cards.values():
            # Screen readers announce the caption with the number, not the internal key.
            card.number.setAccessibleName(card.caption.text())
            card.setAccessibleName(card.caption.text())
        self.upcoming_tree.setAccessibleName(self.tr("Next communications"))
        self.upcoming_tree.setAccessibleDescription(
            self.tr("Date, time, title, campaign and channel of the next communications")
        )
        self.values_box.setAccessibleName(self.tr("Corporate values"))
        self.upcoming_heading.setText(self.tr("Next communications"))
        self.values_heading.setText(self.tr("Corporate values"))
        self.upcoming_tree.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Communication"),
                self.tr("Campaign"),
                self.tr("Channel"),
            ]
        )
        self.upcoming_empty.setText(self.tr("Nothing is planned from today on."))
        self.values_empty.setText(
            self.tr("No corporate values yet. Campaigns are weighed against them once added.")
        )
        self.refresh()  # dates and numbers follow the new locale

    # ------------------------------------------------------------------ data
    def refresh(self, changes: Changes | None = None) -> None:
        """Reloads the figures; ``changes`` lets unrelated edits skip the work."""
        if changes is not None and not changes.touches(*_shown_kinds()):
            return
        overview = self.session.hub.overview
        today = self.today()
        self._shown_day = today
        self.summary = overview.summary()
        self.upcoming = overview.upcoming(UPCOMING_COUNT, today)
        self._show_summary(self.summary)
        self._show_upcoming(self.upcoming, today)
        self._show_values(self.summary)

    def _show_summary(self, summary: OverviewSummary) -> None:
        locale = QLocale()
        organisation = summary.organisation.strip()
        _set_plain_text(
            self.organisation_label,
            organisation or self.session.hub.path.stem or self.tr("Unnamed organisation"),
        )
        _set_plain_text(self.plan_label, summary.plan_title)
        self.plan_label.setVisible(bool(summary.plan_title.strip()))
        for key in _STATS:
            self.cards[key].number.setText(locale.toString(getattr(summary, key)))

    def _show_upcoming(self, items: list[UpcomingItem], today: date) -> None:
        locale = QLocale()
        self.upcoming_heading.setText(self.tr("Next communications"))
        tree = self.upcoming_tree
        tree.clear()
        times = [format_time(item.start, locale) for item in items]
        widest = max((len(t) for t in times), default=0)
        rows = []
        for item, time_text in zip(items, times, strict=True):
            day = item.day
            if day == today:
                day_text = self.tr("Today")
            elif (day - today).days == 1:
                day_text = self.tr("Tomorrow")
            else:
                day_text = format_day(day, locale, today=today)
            row = QTreeWidgetItem(
                [
                    day_text,
                    # Figure spaces line the times up on the right, as digits are as wide.
                    _FIGURE_SPACE * (widest - len(time_text)) + time_text,
                    item.title,
                    item.campaign_name,
                    item.channel_name or "—",
                ]
            )
            row.setToolTip(0, locale.toString(day, QLocale.FormatType.LongFormat))
            brief = item.message_brief.strip()
            row.setToolTip(2, f"{item.title}\n\n{brief}" if brief else item.title)
            row.setToolTip(3, item.campaign_name)
            if item.campaign_name:
                # A colour as decoration: the view draws it as a swatch of the icon size.
                row.setData(3, _DECORATION_ROLE, QColor(item.campaign_colour))
            rows.append(row)
        # Set on the title column: it stretches, so the hint's width never sizes a column.
        row_height = QSize(0, tree.fontMetrics().height() + _ROW_PADDING)
        for row in rows:
            row.setSizeHint(2, row_height)
        tree.addTopLevelItems(rows)
        tree.setVisible(bool(rows))
        self.upcoming_empty.setVisible(not rows)
        for column in (0, 1, 3, 4):
            tree.resizeColumnToContents(column)
        self._name_widths = {column: tree.columnWidth(column) for column in (3, 4)}
        self._fit_name_columns()
        if rows:
            # Tall enough for every row without an inner scroll bar (the rows are uniform).
            height = tree.header().sizeHint().height() + 2 * tree.frameWidth()
            height += len(rows) * tree.sizeHintForRow(0) + 4
            tree.setFixedHeight(height)

    def _show_values(self, summary: OverviewSummary) -> None:
        grid = self.values_grid
        while grid.count():
            widget = grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for row, value in enumerate(summary.values):
            swatch = QLabel()
            swatch.setObjectName("valueSwatch")
            swatch.setProperty("colour", value.colour)
            swatch.setFixedSize(14, 14)
            _paint_swatch(swatch, value.colour)
            text = QLabel()
            text.setObjectName("valueName")
            _set_plain_text(text, value.name)
            text.setFont(_bold_font(text))
            grid.addWidget(swatch, row * 2, 0)
            grid.addWidget(text, row * 2, 1)
            if value.description.strip():
                description = _muted(QLabel())
                description.setObjectName("valueDescription")
                description.setWordWrap(True)
                _set_plain_text(description, value.description)
                grid.addWidget(description, row * 2 + 1, 1)
        self.values_box.setVisible(bool(summary.values))
        self.values_empty.setVisible(not summary.values)

    def value_names(self) -> list[str]:
        """The value names shown, in order (for tests and accessibility checks)."""
        names = []
        for index in range(self.values_grid.count()):
            widget = self.values_grid.itemAt(index).widget()
            if widget is not None and widget.objectName() == "valueName":
                names.append(widget.property("plainText"))
        return names

    def _fit_name_columns(self) -> None:
        """Campaign and channel get their text's width up to a cap, which shrinks in a narrow
        window: the title keeps at least half of the room left by date and time."""
        tree = self.upcoming_tree
        room = tree.width() - 2 * tree.frameWidth() - tree.columnWidth(0) - tree.columnWidth(1)
        cap = max(_MIN_NAME_COLUMN, min(_MAX_NAME_COLUMN, room // 4))
        for column, natural in self._name_widths.items():
            tree.setColumnWidth(column, min(natural, cap))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # A new theme brings a new palette: secondary text takes its placeholder colour.
        if event.type() == QEvent.Type.PaletteChange:
            for label in self.findChildren(QLabel):
                if label.property("muted"):
                    _apply_muted_colour(label)
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # A window left open overnight shows the new day's communications when looked at.
        if self._shown_day is not None and self._shown_day != self.today():
            self.refresh()
        super().showEvent(event)
