"""The rule builder: conditions grouped with all / any, nested, negated.

A :class:`RuleBuilder` shows one root :class:`GroupWidget`; each group holds conditions and
groups. ``rule()`` reads the widgets into a rule tree (incomplete conditions are skipped)
and ``set_rule()`` shows a tree. ``changed`` fires on every edit.

An empty "all" group means everybody and an empty "any" group nobody, exactly as in the
stored rule, so the builder and the text form always say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.rules import (
    AllOf,
    AnyOf,
    Condition,
    FieldKind,
    Not,
    Rule,
    field_kind,
    simplify,
)
from .labels import field_label

# Values of a field for completion: (value, how many employees have it).
ValuesFor = Callable[[str], list[tuple[str, int]]]

# The comparisons offered per kind of field: (key, op, negated). "Is not" and "does not
# contain" are the negation of "is" and "contains"; the others are operators of their own.
_CHOICES: dict[str, list[tuple[str, str, bool]]] = {
    FieldKind.TEXT: [
        ("eq", "eq", False),
        ("ne", "eq", True),
        ("in", "in", False),
        ("not_in", "not_in", False),
        ("contains", "contains", False),
        ("not_contains", "contains", True),
    ],
    FieldKind.TAGS: [
        ("has", "has", False),
        ("lacks", "lacks", False),
        ("in", "in", False),
        ("not_in", "not_in", False),
        ("contains", "contains", False),
        ("not_contains", "contains", True),
    ],
    FieldKind.BOOL: [("eq", "eq", False)],
    FieldKind.DATE: [("before", "before", False), ("after", "after", False), ("eq", "eq", False)],
}
# A negated condition whose operator has an exact opposite is shown with that opposite.
_OPPOSITE = {"in": "not_in", "not_in": "in", "has": "lacks", "lacks": "has"}
LIST_SEPARATOR = ";"
UNIQUE_FIELDS = ("external_id", "display_name")


def choice_label(kind: str, key: str) -> str:
    tags = kind == FieldKind.TAGS
    labels = {
        "eq": QCoreApplication.translate("RuleBuilder", "is")
        if kind != FieldKind.DATE
        else QCoreApplication.translate("RuleBuilder", "is on"),
        "ne": QCoreApplication.translate("RuleBuilder", "is not"),
        "in": QCoreApplication.translate("RuleBuilder", "has any of")
        if tags
        else QCoreApplication.translate("RuleBuilder", "is any of"),
        "not_in": QCoreApplication.translate("RuleBuilder", "has none of")
        if tags
        else QCoreApplication.translate("RuleBuilder", "is none of"),
        "has": QCoreApplication.translate("RuleBuilder", "has"),
        "lacks": QCoreApplication.translate("RuleBuilder", "does not have"),
        "contains": QCoreApplication.translate("RuleBuilder", "has a tag containing")
        if tags
        else QCoreApplication.translate("RuleBuilder", "contains"),
        "not_contains": QCoreApplication.translate("RuleBuilder", "has no tag containing")
        if tags
        else QCoreApplication.translate("RuleBuilder", "does not contain"),
        "before": QCoreApplication.translate("RuleBuilder", "is before"),
        "after": QCoreApplication.translate("RuleBuilder", "is after"),
    }
    return labels[key]


class _MultiCompleter(QCompleter):
    """Completes the value after the last separator of a "a; b; c" list."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.split(LIST_SEPARATOR)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        parts = [p.strip() for p in text.split(LIST_SEPARATOR)[:-1] if p.strip()]
        return f"{LIST_SEPARATOR} ".join([*parts, chosen])


class ValueEditor(QStackedWidget):
    """The value of a condition: text (with completion), a list, yes/no or a date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setObjectName("valueText")
        self.list = QLineEdit()
        self.list.setObjectName("valueList")
        self.boolean = QComboBox()
        self.boolean.setObjectName("valueBool")
        self.day = QDateEdit()
        self.day.setObjectName("valueDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        for widget in (self.text, self.list, self.boolean, self.day):
            self.addWidget(widget)
        self._model = QStringListModel(self)
        self._single = QCompleter(self._model, self)
        self._multi = _MultiCompleter(self._model, self)
        for completer in (self._single, self._multi):
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setMaxVisibleItems(12)
        self.text.setCompleter(self._single)
        self.list.setCompleter(self._multi)
        self.text.textChanged.connect(self.changed)
        self.list.textChanged.connect(self.changed)
        self.boolean.currentIndexChanged.connect(self.changed)
        self.day.dateChanged.connect(self.changed)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        with QSignalBlocker(self.boolean):
            index = max(self.boolean.currentIndex(), 0)
            self.boolean.clear()
            self.boolean.addItem(QCoreApplication.translate("RuleBuilder", "yes"), True)
            self.boolean.addItem(QCoreApplication.translate("RuleBuilder", "no"), False)
            self.boolean.setCurrentIndex(index)
        self.text.setPlaceholderText(QCoreApplication.translate("RuleBuilder", "value"))
        self.list.setPlaceholderText(
            QCoreApplication.translate("RuleBuilder", "values, separated by ;")
        )

    def set_completions(self, values: list[tuple[str, int]]) -> None:
        self._model.setStringList([v for v, _ in values if v])

    def set_mode(self, kind: str, op: str) -> None:
        if kind == FieldKind.BOOL:
            self.setCurrentWidget(self.boolean)
        elif kind == FieldKind.DATE:
            self.setCurrentWidget(self.day)
        elif op in ("in", "not_in"):
            if self.currentWidget() is self.text and self.text.text():
                self.list.setText(self.text.text())
            self.setCurrentWidget(self.list)
        else:
            if self.currentWidget() is self.list and self.list.text():
                first = self.list.text().split(LIST_SEPARATOR)[0].strip()
                self.text.setText(first)
            self.setCurrentWidget(self.text)

    def value(self) -> str | bool | tuple[str, ...] | None:
        """The value, or None while it is incomplete."""
        current = self.currentWidget()
        if current is self.boolean:
            return bool(self.boolean.currentData())
        if current is self.day:
            return self.day.date().toString("yyyy-MM-dd")
        if current is self.list:
            values = [v.strip() for v in self.list.text().split(LIST_SEPARATOR)]
            values = [v for v in values if v]
            return tuple(dict.fromkeys(values)) or None
        text = self.text.text().strip()
        return text or None

    def set_value(self, value: object) -> None:
        if isinstance(value, bool):
            self.boolean.setCurrentIndex(0 if value else 1)
        elif isinstance(value, tuple):
            self.list.setText(f"{LIST_SEPARATOR} ".join(value))
        elif self.currentWidget() is self.day and isinstance(value, str):
            self.day.setDate(QDate.fromString(value, "yyyy-MM-dd"))
        else:
            self.text.setText(str(value))


class _Node(QFrame):
    """Something a group holds: a condition or a group."""

    changed = Signal()
    remove_requested = Signal(object)

    def to_rule(self) -> Rule | None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError


class ConditionWidget(_Node):
    """Field, comparison and value of one condition."""

    def __init__(self, fields: list[str], values_for: ValuesFor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("condition")
        self._values_for = values_for
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("fieldCombo")
        self.field_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for name in fields:
            self.field_combo.addItem(field_label(name), name)
        self.op_combo = QComboBox()
        self.op_combo.setObjectName("opCombo")
        self.value_edit = ValueEditor()
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("removeCondition")
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field_combo)
        layout.addWidget(self.op_combo)
        layout.addWidget(self.value_edit, 1)
        layout.addWidget(self.remove_button)
        self.field_combo.currentIndexChanged.connect(self._field_changed)
        self.op_combo.currentIndexChanged.connect(self._op_changed)
        self.value_edit.changed.connect(self.changed)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self._field_changed()
        self.retranslate()

    @property
    def field(self) -> str:
        return str(self.field_combo.currentData())

    def _choices(self) -> list[tuple[str, str, bool]]:
        return _CHOICES[field_kind(self.field) or FieldKind.TEXT]

    def _fill_ops(self, keep: str | None = None) -> None:
        kind = field_kind(self.field) or FieldKind.TEXT
        with QSignalBlocker(self.op_combo):
            self.op_combo.clear()
            for key, _, _ in self._choices():
                self.op_combo.addItem(choice_label(kind, key), key)
            index = self.op_combo.findData(keep) if keep else 0
            self.op_combo.setCurrentIndex(max(index, 0))

    def _completions(self) -> list[tuple[str, int]]:
        # Names and ids differ for nearly everyone: a list of them helps nobody.
        return [] if self.field in UNIQUE_FIELDS else self._values_for(self.field)

    def _field_changed(self) -> None:
        self._fill_ops(self.op_combo.currentData())
        self.value_edit.set_completions(self._completions())
        self._op_changed()

    def _op_changed(self) -> None:
        _, op, _ = self._current_choice()
        self.value_edit.set_mode(field_kind(self.field) or FieldKind.TEXT, op)
        self.changed.emit()

    def _current_choice(self) -> tuple[str, str, bool]:
        key = self.op_combo.currentData()
        return next((c for c in self._choices() if c[0] == key), self._choices()[0])

    def retranslate(self) -> None:
        for index in range(self.field_combo.count()):
            self.field_combo.setItemText(index, field_label(self.field_combo.itemData(index)))
        kind = field_kind(self.field) or FieldKind.TEXT
        for index in range(self.op_combo.count()):
            self.op_combo.setItemText(index, choice_label(kind, self.op_combo.itemData(index)))
        self.remove_button.setToolTip(
            QCoreApplication.translate("RuleBuilder", "Remove this condition")
        )
        self.value_edit.retranslate()

    def to_rule(self) -> Rule | None:
        value = self.value_edit.value()
        if value is None:
            return None
        _, op, negated = self._current_choice()
        condition = Condition(self.field, op, value)
        return Not(condition) if negated else condition

    def set_condition(self, condition: Condition, negated: bool = False) -> None:
        """Shows a condition; returns with ``negated`` honoured through the comparison."""
        index = self.field_combo.findData(condition.field)
        if index < 0:  # a custom attribute nobody has (any more): still show it
            self.field_combo.addItem(field_label(condition.field), condition.field)
            index = self.field_combo.count() - 1
        with QSignalBlocker(self.field_combo):
            self.field_combo.setCurrentIndex(index)
        key = next(k for k, op, neg in self._choices() if op == condition.op and neg == negated)
        self._fill_ops(key)
        self.value_edit.set_completions(self._completions())
        self.value_edit.set_mode(field_kind(self.field) or FieldKind.TEXT, condition.op)
        self.value_edit.set_value(condition.value)
        self.changed.emit()

    @staticmethod
    def can_show(condition: Condition, negated: bool) -> bool:
        kind = field_kind(condition.field) or FieldKind.TEXT
        return any(op == condition.op and neg == negated for _, op, neg in _CHOICES[kind])


class GroupWidget(_Node):
    """All of / any of its items, optionally negated."""

    def __init__(
        self, fields: list[str], values_for: ValuesFor, *, root: bool = False, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rootGroup" if root else "group")
        self._fields = fields
        self._values_for = values_for
        self.root = root
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("groupMode")
        self.mode_combo.addItem("", "all")
        self.mode_combo.addItem("", "any")
        self.not_check = QCheckBox()
        self.not_check.setObjectName("groupNot")
        self.add_condition_button = QToolButton()
        self.add_condition_button.setObjectName("addCondition")
        self.add_group_button = QToolButton()
        self.add_group_button.setObjectName("addGroup")
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("removeGroup")
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setVisible(not root)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.not_check)
        header.addWidget(self.mode_combo)
        header.addStretch(1)
        header.addWidget(self.add_condition_button)
        header.addWidget(self.add_group_button)
        header.addWidget(self.remove_button)
        self.items_layout = QVBoxLayout()
        self.items_layout.setContentsMargins(14, 2, 0, 2)
        self.items_layout.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(header)
        layout.addLayout(self.items_layout)
        if not root:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        self.items: list[_Node] = []
        self.mode_combo.currentIndexChanged.connect(self.changed)
        self.not_check.toggled.connect(self.changed)
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        self.add_group_button.clicked.connect(lambda: self.add_group())
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.retranslate()

    @property
    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def set_mode(self, mode: str, negated: bool = False) -> None:
        with QSignalBlocker(self.mode_combo), QSignalBlocker(self.not_check):
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
            self.not_check.setChecked(negated)

    def _adopt(self, node: _Node) -> _Node:
        self.items.append(node)
        self.items_layout.addWidget(node)
        node.changed.connect(self.changed)
        node.remove_requested.connect(self.remove_item)
        return node

    def add_condition(self, condition: Condition | None = None, negated: bool = False):
        widget = ConditionWidget(self._fields, self._values_for)
        self._adopt(widget)
        if condition is not None:
            widget.set_condition(condition, negated)
        widget.field_combo.setFocus()
        self.changed.emit()
        return widget

    def add_group(self, mode: str = "any") -> GroupWidget:
        group = GroupWidget(self._fields, self._values_for)
        group.set_mode(mode)
        self._adopt(group)
        if mode:
            group.add_condition()
        self.changed.emit()
        return group

    def remove_item(self, node: _Node) -> None:
        if node in self.items:
            self.items.remove(node)
            self.items_layout.removeWidget(node)
            node.deleteLater()
            self.changed.emit()

    def clear(self) -> None:
        for node in list(self.items):
            self.items_layout.removeWidget(node)
            node.deleteLater()
        self.items.clear()

    def retranslate(self) -> None:
        self.mode_combo.setItemText(
            0, QCoreApplication.translate("RuleBuilder", "All of these (and)")
        )
        self.mode_combo.setItemText(
            1, QCoreApplication.translate("RuleBuilder", "Any of these (or)")
        )
        self.not_check.setText(QCoreApplication.translate("RuleBuilder", "Not"))
        self.not_check.setToolTip(
            QCoreApplication.translate(
                "RuleBuilder", "Members are those who do NOT match this group"
            )
        )
        self.add_condition_button.setText(QCoreApplication.translate("RuleBuilder", "+ Condition"))
        self.add_group_button.setText(QCoreApplication.translate("RuleBuilder", "+ Group"))
        self.remove_button.setToolTip(
            QCoreApplication.translate("RuleBuilder", "Remove this group")
        )
        for node in self.items:
            node.retranslate()

    def to_rule(self) -> Rule | None:
        children = [r for r in (node.to_rule() for node in self.items) if r is not None]
        if self.items and not children:
            return None  # only incomplete conditions: nothing to say yet
        group: Rule = AllOf(tuple(children)) if self.mode == "all" else AnyOf(tuple(children))
        return Not(group) if self.not_check.isChecked() else group

    def show_rule(self, rule: Rule) -> None:
        """Fills this group from a rule (a condition or a group; negation kept)."""
        self.clear()
        negated = False
        if isinstance(rule, Not) and isinstance(rule.item, (AllOf, AnyOf)):
            negated, rule = True, rule.item
        if isinstance(rule, (AllOf, AnyOf)):
            self.set_mode("all" if isinstance(rule, AllOf) else "any", negated)
            items = rule.items
        else:
            self.set_mode("all")
            items = (rule,)
        for item in items:
            self._show_item(item)
        self.changed.emit()

    def _show_item(self, item: Rule) -> None:
        if isinstance(item, Condition):
            self.add_condition(item)
            return
        if isinstance(item, Not) and isinstance(item.item, Condition):
            cond = item.item
            if ConditionWidget.can_show(cond, True):
                self.add_condition(cond, negated=True)
                return
            if cond.op in _OPPOSITE:
                self.add_condition(Condition(cond.field, _OPPOSITE[cond.op], cond.value))
                return
            if cond.op == "eq" and isinstance(cond.value, bool):
                self.add_condition(Condition(cond.field, "eq", not cond.value))
                return
        group = GroupWidget(self._fields, self._values_for)
        self._adopt(group)
        group.show_rule(item)


class RuleBuilder(QWidget):
    """The root group of a rule, in a widget that reports every change."""

    changed = Signal()

    def __init__(
        self, fields: list[str], values_for: ValuesFor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.root = GroupWidget(fields, values_for, root=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.root)
        layout.addStretch(1)
        self.root.changed.connect(self.changed)

    def rule(self) -> Rule | None:
        """The rule shown (one-item groups unwrapped); None while nothing is complete."""
        rule = self.root.to_rule()
        return simplify(rule) if rule is not None else None

    def set_rule(self, rule: Rule | None) -> None:
        with QSignalBlocker(self.root):
            if rule is None:
                self.root.clear()
                self.root.set_mode("any")
            else:
                self.root.show_rule(rule)
        self.changed.emit()

    def retranslate(self) -> None:
        self.root.retranslate()

    def conditions(self) -> list[ConditionWidget]:
        """Every condition widget, depth first (for tests and focus handling)."""
        found: list[ConditionWidget] = []

        def walk(group: GroupWidget) -> None:
            for node in group.items:
                if isinstance(node, ConditionWidget):
                    found.append(node)
                elif isinstance(node, GroupWidget):
                    walk(node)

        walk(self.root)
        return found
