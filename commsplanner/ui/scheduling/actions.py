"""Smart scheduling on the Calendar page: its menu, the item context menu and the dialogs.

:class:`SchedulingActions` adds a "Scheduling" button to the page's toolbar (find a slot for
the selected communication, balance the plan, order rules) and the context menu of items on
every view (edit, find a slot, the campaign's order rules, pin). Each change it makes is one
step of the session's undo stack.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton

from ...domain import CommsPlannerError
from ...i18n import normalise_language
from ...services.calendar import CalendarItem
from ...services.conflicts import ConflictKind
from .. import messages
from ..workers import run_job
from .balance_dialog import BalanceDialog
from .rules_dialog import RulesDialog
from .slot_dialog import SlotDialog
from .whatif import cell_for

if TYPE_CHECKING:
    from ..calendar.page import CalendarPage


class SchedulingActions(QObject):
    """Wires smart scheduling into one Calendar page."""

    def __init__(self, page: CalendarPage) -> None:
        super().__init__(page)
        self.page = page
        self.rules_dialog: RulesDialog | None = None
        self.last_menu: QMenu | None = None
        self.button = QToolButton()
        self.button.setObjectName("schedulingButton")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(page)
        self.button.setMenu(self.menu)
        self.slot_action = self.menu.addAction("", self.find_slot_for_selection)
        self.balance_action = self.menu.addAction("", self.balance)
        self.menu.addSeparator()
        self.rules_action = self.menu.addAction("", lambda: self.open_rules())
        toolbar = page.toolbar
        toolbar.insertWidget(toolbar.indexOf(page.export_button), self.button)
        toolbar.insertSpacing(toolbar.indexOf(page.export_button), 8)
        for view in (page.month, page.week, page.timeline, page.agenda):
            view.context_requested.connect(self.show_context_menu)
        for view in (page.month, page.week, page.timeline):
            view.what_if_provider = self.what_if_cell
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Scheduling"))
        self.button.setToolTip(
            self.tr("Find free slots, balance the load on people, and keep communications in order")
        )
        self.slot_action.setText(self.tr("Find a slot for the selected communication…"))
        self.balance_action.setText(self.tr("Balance the plan…"))
        self.rules_action.setText(self.tr("Order rules…"))
        if self.rules_dialog is not None:
            self.rules_dialog.retranslate()

    # ------------------------------------------------------------------ what-if
    def what_if_cell(self, item: CalendarItem, start: datetime):
        """The cell a view tints for a candidate position (None: nothing known there)."""
        index = self.page.what_if_index
        if index is None:
            return None
        candidate = index.evaluate(item.id, item.start, start)
        if candidate is None:
            return None
        return cell_for(candidate, with_time=self.page.current_view() is self.page.week)

    # ------------------------------------------------------------------ context menu
    def context_menu(self, item: CalendarItem) -> QMenu:
        """The menu of one item (built, not shown, so tests can trigger its actions)."""
        menu = QMenu(self.page)
        menu.setObjectName("calendarItemMenu")
        menu.addAction(self.tr("Edit…"), lambda: self.page._edit_item(item))
        menu.addAction(self.tr("Find a slot…"), lambda: self.find_slot(item))
        menu.addAction(
            self.tr("Order rules of “%1”…").replace("%1", item.campaign.name),
            lambda: self.open_rules(item.campaign.id),
        )
        menu.addSeparator()
        comm = self.page.hub.calendar.communication(item.id)
        pin = menu.addAction(
            self.tr("Unpin (balancing may move it)")
            if comm.pinned
            else self.tr("Pin (balancing leaves it in place)"),
            lambda: self.toggle_pin(item),
        )
        pin.setEnabled(not self.page.session.read_only)
        return menu

    def show_context_menu(self, item: CalendarItem, global_pos: QPoint) -> None:
        """Pops the item's menu up without blocking (it deletes itself once closed)."""
        menu = self.context_menu(item)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_menu = menu
        menu.popup(global_pos)

    def toggle_pin(self, item: CalendarItem) -> None:
        calendar = self.page.hub.calendar
        comm = calendar.communication(item.id)
        edited = dataclasses.replace(comm, pinned=not comm.pinned)
        text = (
            self.tr("Pin “%1”").replace("%1", comm.title)
            if edited.pinned
            else self.tr("Unpin “%1”").replace("%1", comm.title)
        )
        self.page.apply_edit(text, lambda: calendar.update(edited))

    # ------------------------------------------------------------------ find a slot
    def selected_item(self) -> CalendarItem | None:
        view = self.page.current_view()
        if view.selected is None:
            return None
        return view.find_item(*view.selected)

    def find_slot_for_selection(self) -> None:
        item = self.selected_item()
        if item is None:
            QMessageBox.information(
                self.page,
                self.tr("Find a slot"),
                self.tr("Select a communication on the calendar first."),
            )
            return
        self.find_slot(item)

    def find_slot(self, item: CalendarItem) -> bool:
        """Looks for free slots for ``item`` and moves it to the one chosen (one undo step)."""
        hub = self.page.hub
        index = self.page.what_if_index
        today = self.page.current_view().today
        language = normalise_language(QLocale().name())

        def work(progress):
            return hub.scheduling.find_slots(
                item.id, occurrence=item.start, index=index, not_before=today, language=language
            )

        try:
            search = run_job(self.page, self.tr("Finding a slot"), work)
        except CommsPlannerError as err:
            messages.show_error(self.page, err, self.tr("Find a slot"))
            return False
        chosen = SlotDialog.ask(self.page, search)
        if chosen is None:
            return False
        return self.page.apply_edit(
            self.tr("Move “%1” to a free slot").replace("%1", item.title),
            lambda: hub.scheduling.move_to(item.id, search.occurrence, chosen.start),
        )

    # ------------------------------------------------------------------ balance
    def balance(self) -> bool:
        first, last = self.page.current_view().visible_range()
        return BalanceDialog.ask(self.page.session, first, last, self.page)

    # ------------------------------------------------------------------ rules
    def open_rules(self, campaign_id: int | None = None) -> RulesDialog:
        if self.rules_dialog is None:
            self.rules_dialog = RulesDialog(self.page.session, self.page)
            self.rules_dialog.finished.connect(self._rules_closed)
        self.rules_dialog.show_campaign(campaign_id)
        self.rules_dialog.set_broken(self.broken_counts())
        self.rules_dialog.show()
        self.rules_dialog.raise_()
        return self.rules_dialog

    def _rules_closed(self) -> None:
        dialog, self.rules_dialog = self.rules_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def broken_counts(self) -> dict[int, int] | None:
        """Violations per rule in the page's last check (None while none has finished)."""
        report = self.page.report
        if report is None:
            return None
        counts: dict[int, int] = {}
        for conflict in report.conflicts:
            if conflict.kind is ConflictKind.SEQUENCE:
                rule_id = conflict.params.get("rule_id")
                counts[rule_id] = counts.get(rule_id, 0) + 1
        return counts

    def conflicts_updated(self) -> None:
        if self.rules_dialog is not None:
            self.rules_dialog.set_broken(self.broken_counts())
