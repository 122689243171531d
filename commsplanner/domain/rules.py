"""Segment rules: the rule tree, its JSON form, validation, and a safe textual form.

A rule is stored as JSON (``Segment.rule``)::

    rule      := {"all": [rule, ...]} | {"any": [rule, ...]} | {"not": rule} | condition
    condition := {"field": F, "op": OP, "value": V}

and written by people as text, e.g.::

    position in ("Cajero", "Supervisor") and "sostenibilidad" in interests
        and not department = "TI"

The text is read by a hand-written tokenizer and recursive-descent parser (never ``eval``);
keywords are case-insensitive and may be English or Spanish (``and``/``y``, ``or``/``o``,
``not``/``no``, ``in``/``en``, ``contains``/``contiene`` …). Errors point at the column and
show the text with a caret under the problem.

Semantics (shared by the SQL compiler and :func:`matches`, the reference evaluator):

- text fields compare exactly with ``eq``/``in``/``not_in``; ``contains`` ignores case and
  accents; a missing value (no display name, no custom attribute) is the empty text;
- tag fields (interests, needs, expectations): ``has``/``lacks`` one tag, ``in``/``not_in``
  has any / none of the tags, ``contains`` some tag contains the text;
- ``start_date``: ``eq``/``before``/``after`` an ISO date (strict); no date matches none;
- ``customer_facing``: ``eq`` true or false;
- ``{"all": []}`` is everybody and ``{"any": []}`` nobody.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from .errors import QT_TRANSLATE_NOOP, ValidationError

# ----------------------------------------------------------------------------- fields


class FieldKind:
    TEXT = "text"
    TAGS = "tags"
    BOOL = "bool"
    DATE = "date"


TEXT_FIELDS = (
    "position",
    "function",
    "department",
    "location",
    "level",
    "language",
    "external_id",
    "display_name",
)
TAG_FIELDS = ("interests", "needs", "expectations")
BOOL_FIELDS = ("customer_facing",)
DATE_FIELDS = ("start_date",)
BUILTIN_FIELDS = TEXT_FIELDS + BOOL_FIELDS + TAG_FIELDS + DATE_FIELDS
ATTR_PREFIX = "attr:"

OPERATORS = ("eq", "in", "not_in", "has", "lacks", "contains", "before", "after")

OPS_BY_KIND: dict[str, tuple[str, ...]] = {
    FieldKind.TEXT: ("eq", "in", "not_in", "contains"),
    FieldKind.TAGS: ("has", "lacks", "in", "not_in", "contains"),
    FieldKind.BOOL: ("eq",),
    FieldKind.DATE: ("eq", "before", "after"),
}
LIST_OPS = ("in", "not_in")


def field_kind(field: str) -> str | None:
    """The kind of a rule field, or None when the name is not a field."""
    if field in TEXT_FIELDS:
        return FieldKind.TEXT
    if field in TAG_FIELDS:
        return FieldKind.TAGS
    if field in BOOL_FIELDS:
        return FieldKind.BOOL
    if field in DATE_FIELDS:
        return FieldKind.DATE
    if field.startswith(ATTR_PREFIX) and field[len(ATTR_PREFIX) :].strip():
        return FieldKind.TEXT
    return None


def is_custom(field: str) -> bool:
    return field.startswith(ATTR_PREFIX)


def custom_name(field: str) -> str:
    """``"attr:Turno"`` → ``"Turno"``."""
    return field[len(ATTR_PREFIX) :]


def ops_for(field: str) -> tuple[str, ...]:
    kind = field_kind(field)
    return OPS_BY_KIND[kind] if kind else ()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text, for ``contains``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# ----------------------------------------------------------------------------- tree

Value = str | bool | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Condition:
    field: str
    op: str
    value: Value


@dataclass(frozen=True, slots=True)
class AllOf:
    items: tuple[Rule, ...] = ()


@dataclass(frozen=True, slots=True)
class AnyOf:
    items: tuple[Rule, ...] = ()


@dataclass(frozen=True, slots=True)
class Not:
    item: Rule


Rule = Condition | AllOf | AnyOf | Not

EVERYONE = AllOf(())
NOBODY = AnyOf(())


def conditions(rule: Rule) -> Iterator[Condition]:
    """Every condition of a rule tree, depth first."""
    if isinstance(rule, Condition):
        yield rule
    elif isinstance(rule, Not):
        yield from conditions(rule.item)
    else:
        for item in rule.items:
            yield from conditions(item)


def simplify(rule: Rule) -> Rule:
    """The same rule with one-item groups unwrapped (the text form cannot show them)."""
    if isinstance(rule, Condition):
        return rule
    if isinstance(rule, Not):
        return Not(simplify(rule.item))
    items = tuple(simplify(i) for i in rule.items)
    if len(items) == 1:
        return items[0]
    return type(rule)(items)


# ----------------------------------------------------------------------------- validation

# Each problem of a condition has two message forms: one for the JSON rule (naming the
# field) and one for the text form (pointing at the column). Both are literal so that
# lupdate extracts them.
_PROBLEMS: dict[str, tuple[str, str]] = {
    "unknown_field": (
        QT_TRANSLATE_NOOP("errors", "“{attribute}” is not a field a segment rule can use."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Column {column}: “{attribute}” is not a field a segment rule can use. "
            "Fields: {fields}; for a custom attribute write attr:{attribute}.\n{source}\n{caret}",
        ),
    ),
    "unknown_op": (
        QT_TRANSLATE_NOOP("errors", "The rule uses an unknown comparison “{op}”."),
        QT_TRANSLATE_NOOP(
            "errors", "Column {column}: unknown comparison “{op}”.\n{source}\n{caret}"
        ),
    ),
    "bad_op": (
        QT_TRANSLATE_NOOP(
            "errors", "The comparison “{op}” cannot be used with {attribute}; use one of: {ops}."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Column {column}: the comparison “{op}” cannot be used with {attribute}; "
            "use one of: {ops}.\n{source}\n{caret}",
        ),
    ),
    "need_bool": (
        QT_TRANSLATE_NOOP("errors", "{attribute} is compared with true or false."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Column {column}: {attribute} is compared with true or false.\n{source}\n{caret}",
        ),
    ),
    "need_text": (
        QT_TRANSLATE_NOOP("errors", "{attribute} is compared with a text value."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Column {column}: {attribute} is compared with a text value.\n{source}\n{caret}",
        ),
    ),
    "need_list": (
        QT_TRANSLATE_NOOP(
            "errors", "“{op}” on {attribute} needs a list of at least one text value."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Column {column}: “{op}” on {attribute} needs a list of at least one value.\n"
            "{source}\n{caret}",
        ),
    ),
    "need_date": (
        QT_TRANSLATE_NOOP(
            "errors", "{attribute} is compared with a date written YYYY-MM-DD, not “{value}”."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Column {column}: {attribute} is compared with a date written YYYY-MM-DD, "
            "not “{value}”.\n{source}\n{caret}",
        ),
    ),
    "empty_value": (
        QT_TRANSLATE_NOOP("errors", "The condition on {attribute} needs a value."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Column {column}: the condition on {attribute} needs a value.\n{source}\n{caret}",
        ),
    ),
}

_DATE_FORM = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _ConditionError(Exception):
    """A condition problem, turned into a ValidationError by whoever knows the context."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _fields_list() -> str:
    return ", ".join(BUILTIN_FIELDS)


def _check_condition(field: str, op: str, value: Any) -> Value:
    """Validates one condition and returns its value in normal form (lists as tuples)."""
    kind = field_kind(field) if isinstance(field, str) else None
    if kind is None:
        raise _ConditionError("unknown_field", attribute=str(field), fields=_fields_list())
    if op not in OPERATORS:
        raise _ConditionError("unknown_op", op=str(op))
    allowed = OPS_BY_KIND[kind]
    if op not in allowed:
        raise _ConditionError("bad_op", op=op, attribute=field, ops=", ".join(allowed))
    if kind == FieldKind.BOOL:
        if not isinstance(value, bool):
            raise _ConditionError("need_bool", attribute=field)
        return value
    if op in LIST_OPS:
        if isinstance(value, (list, tuple)) and value and all(isinstance(v, str) for v in value):
            return tuple(dict.fromkeys(value))
        raise _ConditionError("need_list", op=op, attribute=field)
    if not isinstance(value, str):
        raise _ConditionError("need_text", attribute=field)
    if kind == FieldKind.DATE:
        if not _DATE_FORM.match(value):
            raise _ConditionError("need_date", attribute=field, value=value)
        try:
            date.fromisoformat(value)
        except ValueError:
            raise _ConditionError("need_date", attribute=field, value=value) from None
    if op in ("has", "lacks", "contains") and not value:
        raise _ConditionError("empty_value", attribute=field)
    return value


def make_condition(field: str, op: str, value: Any) -> Condition:
    """A validated condition; raises :class:`ValidationError` naming the problem."""
    try:
        return Condition(field, op, _check_condition(field, op, value))
    except _ConditionError as problem:
        raise ValidationError(_PROBLEMS[problem.code][0], field="rule", **problem.params) from None


_SHAPE_ERROR = QT_TRANSLATE_NOOP(
    "errors",
    "The segment rule is not well formed at {path}: expected a condition "
    '{{"field", "op", "value"}} or a group "all", "any" or "not".',
)


def from_dict(data: Any, _path: str = "rule") -> Rule:
    """Reads and validates the JSON form of a rule; raises :class:`ValidationError`."""
    if not isinstance(data, Mapping):
        raise ValidationError(_SHAPE_ERROR, field="rule", path=_path)
    keys = set(data)
    if keys == {"all"} or keys == {"any"}:
        (key,) = keys
        items = data[key]
        if not isinstance(items, (list, tuple)):
            raise ValidationError(_SHAPE_ERROR, field="rule", path=f"{_path}.{key}")
        children = tuple(from_dict(item, f"{_path}.{key}[{i}]") for i, item in enumerate(items))
        return AllOf(children) if key == "all" else AnyOf(children)
    if keys == {"not"}:
        return Not(from_dict(data["not"], f"{_path}.not"))
    if keys == {"field", "op", "value"}:
        return make_condition(data["field"], data["op"], data["value"])
    raise ValidationError(_SHAPE_ERROR, field="rule", path=_path)


def to_dict(rule: Rule) -> dict[str, Any]:
    """The JSON form of a rule tree (lists for list values)."""
    if isinstance(rule, Condition):
        value = list(rule.value) if isinstance(rule.value, tuple) else rule.value
        return {"field": rule.field, "op": rule.op, "value": value}
    if isinstance(rule, Not):
        return {"not": to_dict(rule.item)}
    key = "all" if isinstance(rule, AllOf) else "any"
    return {key: [to_dict(item) for item in rule.items]}


def validate_rule(data: Any) -> dict[str, Any] | None:
    """The rule in canonical JSON form (None stays None); raises on any problem."""
    return None if data is None else to_dict(from_dict(data))


# ----------------------------------------------------------------------------- evaluation


def employee_value(employee: Any, field: str) -> Any:
    """The value a rule sees for ``field`` of an :class:`~.models.Employee`."""
    if is_custom(field):
        raw = (employee.attributes or {}).get(custom_name(field))
        return "" if raw is None else str(raw)
    raw = getattr(employee, field)
    if field in TEXT_FIELDS:
        return raw or ""
    return raw


def matches(rule: Rule, employee: Any) -> bool:
    """Whether an employee matches a rule: the plain-Python reference of the SQL compiler."""
    if isinstance(rule, AllOf):
        return all(matches(item, employee) for item in rule.items)
    if isinstance(rule, AnyOf):
        return any(matches(item, employee) for item in rule.items)
    if isinstance(rule, Not):
        return not matches(rule.item, employee)
    value = employee_value(employee, rule.field)
    op, wanted = rule.op, rule.value
    kind = field_kind(rule.field)
    if kind == FieldKind.TAGS:
        tags = set(value)
        if op == "has":
            return wanted in tags
        if op == "lacks":
            return wanted not in tags
        if op == "in":
            return bool(tags & set(wanted))
        if op == "not_in":
            return not tags & set(wanted)
        return any(fold(str(wanted)) in fold(t) for t in tags)
    if kind == FieldKind.DATE:
        if value is None:
            return False
        day = value.isoformat()
        return {"eq": day == wanted, "before": day < wanted, "after": day > wanted}[op]
    if op == "eq":
        return value == wanted
    if op == "in":
        return value in wanted
    if op == "not_in":
        return value not in wanted
    return fold(str(wanted)) in fold(value)


# ----------------------------------------------------------------------------- text form

# Keywords of the text form, lower-case. English first: the formatter writes those.
_KEYWORDS: dict[str, str] = {
    "and": "and",
    "y": "and",
    "or": "or",
    "o": "or",
    "not": "not",
    "no": "not",
    "in": "in",
    "en": "in",
    "has": "has",
    "tiene": "has",
    "lacks": "lacks",
    "contains": "contains",
    "contiene": "contains",
    "before": "before",
    "antes": "before",
    "after": "after",
    "después": "after",
    "despues": "after",
    "true": "true",
    "verdadero": "true",
    "sí": "true",
    "si": "true",
    "yes": "true",
    "false": "false",
    "falso": "false",
    "everyone": "everyone",
    "everybody": "everyone",
    "todos": "everyone",
    "nobody": "nobody",
    "nadie": "nobody",
    "is": "is",
    "es": "is",
}

# Spanish names of the fields (and a few synonyms HR exports use), read case-insensitively.
FIELD_ALIASES: dict[str, str] = {
    "puesto": "position",
    "cargo": "position",
    "función": "function",
    "funcion": "function",
    "departamento": "department",
    "área": "department",
    "area": "department",
    "ubicación": "location",
    "ubicacion": "location",
    "sede": "location",
    "nivel": "level",
    "idioma": "language",
    "id": "external_id",
    "id_externo": "external_id",
    "nombre": "display_name",
    "name": "display_name",
    "atención_al_cliente": "customer_facing",
    "atencion_al_cliente": "customer_facing",
    "primera_línea": "customer_facing",
    "primera_linea": "customer_facing",
    "front_line": "customer_facing",
    "intereses": "interests",
    "necesidades": "needs",
    "expectativas": "expectations",
    "fecha_alta": "start_date",
    "fecha_inicio": "start_date",
}
_ATTR_WORDS = {"attr", "atributo"}

# Spanish spelling used by the formatter when asked for Spanish text.
_SPANISH_FIELDS = {
    "position": "puesto",
    "function": "función",
    "department": "departamento",
    "location": "ubicación",
    "level": "nivel",
    "language": "idioma",
    "external_id": "id_externo",
    "display_name": "nombre",
    "customer_facing": "atención_al_cliente",
    "interests": "intereses",
    "needs": "necesidades",
    "expectations": "expectativas",
    "start_date": "fecha_alta",
}
_WORDS = {
    "en": {
        "and": "and",
        "or": "or",
        "not": "not",
        "in": "in",
        "contains": "contains",
        "before": "before",
        "after": "after",
        "true": "true",
        "false": "false",
        "everyone": "everyone",
        "nobody": "nobody",
        "attr": "attr",
    },
    "es": {
        "and": "y",
        "or": "o",
        "not": "no",
        "in": "en",
        "contains": "contiene",
        "before": "antes de",
        "after": "después de",
        "true": "verdadero",
        "false": "falso",
        "everyone": "todos",
        "nobody": "nadie",
        "attr": "atributo",
    },
}

_OPEN_QUOTES = {'"': '"', "'": "'", "“": "”", "”": "”", "‘": "’", "’": "’", "«": "»", "„": "“"}


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "word", "string", "bare", "(", ")", ",", ":", "op", "end"
    text: str  # the value (unquoted for strings, as written otherwise)
    start: int  # offset in the source
    end: int

    @property
    def keyword(self) -> str | None:
        return _KEYWORDS.get(self.text.lower()) if self.kind == "word" else None


_SYNTAX: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("errors", "The rule is empty: write at least one condition."),
    "char": QT_TRANSLATE_NOOP(
        "errors", "Column {column}: unexpected character “{char}”.\n{source}\n{caret}"
    ),
    "unclosed": QT_TRANSLATE_NOOP(
        "errors",
        "Column {column}: the quotation mark opened here is never closed.\n{source}\n{caret}",
    ),
    "expect_condition": QT_TRANSLATE_NOOP(
        "errors",
        'Column {column}: expected a condition here, such as department = "Ventas".\n'
        "{source}\n{caret}",
    ),
    "expect_operator": QT_TRANSLATE_NOOP(
        "errors",
        "Column {column}: expected a comparison after {attribute} "
        "(=, !=, in, not in, contains, has, lacks, before, after).\n{source}\n{caret}",
    ),
    "expect_value": QT_TRANSLATE_NOOP(
        "errors", "Column {column}: expected a value in quotes here.\n{source}\n{caret}"
    ),
    "bare_value": QT_TRANSLATE_NOOP(
        "errors",
        'Column {column}: put text values in quotes: "{word}".\n{source}\n{caret}',
    ),
    "expect_list": QT_TRANSLATE_NOOP(
        "errors",
        'Column {column}: expected a list in parentheses, such as ("A", "B").\n{source}\n{caret}',
    ),
    "expect_comma": QT_TRANSLATE_NOOP(
        "errors", "Column {column}: expected “,” or “)” here.\n{source}\n{caret}"
    ),
    "expect_close": QT_TRANSLATE_NOOP(
        "errors", "Column {column}: expected “)” to close the parenthesis.\n{source}\n{caret}"
    ),
    "trailing": QT_TRANSLATE_NOOP(
        "errors",
        "Column {column}: unexpected “{found}”; join conditions with and / or.\n{source}\n{caret}",
    ),
    "value_in_text": QT_TRANSLATE_NOOP(
        "errors",
        "Column {column}: “value in {attribute}” is for tag lists (interests, needs, "
        'expectations); for text write {attribute} contains "…".\n{source}\n{caret}',
    ),
    "tag_equals": QT_TRANSLATE_NOOP(
        "errors",
        'Column {column}: {attribute} is a list of tags; write "{value}" in {attribute}, '
        "or {attribute} in (…) for any of several.\n{source}\n{caret}",
    ),
    "unknown_field_hint": QT_TRANSLATE_NOOP(
        "errors",
        "Column {column}: “{attribute}” is not a field a segment rule can use; "
        "did you mean {suggestion}?\n{source}\n{caret}",
    ),
    "attr_name": QT_TRANSLATE_NOOP(
        "errors",
        "Column {column}: expected the name of a custom attribute after “{word}:”.\n"
        "{source}\n{caret}",
    ),
}


def _caret(source: str, offset: int) -> dict[str, Any]:
    """Column, the source line and a caret line for an error at ``offset``."""
    offset = max(0, min(offset, len(source)))
    line_start = source.rfind("\n", 0, offset) + 1
    line_end = source.find("\n", offset)
    line = source[line_start : line_end if line_end >= 0 else len(source)]
    column = offset - line_start + 1
    # Tabs keep their width on the caret line so that the caret stays under the character.
    pad = "".join("\t" if c == "\t" else " " for c in line[: column - 1])
    return {
        "column": column,
        "line": source.count("\n", 0, offset) + 1,
        "offset": offset,
        "source": line,
        "caret": pad + "^",
    }


class RuleSyntaxError(ValidationError):
    """The text of a rule cannot be read; ``params['column']`` is 1-based."""

    def __init__(self, template: str, source: str, offset: int, **params: Any) -> None:
        where = _caret(source, offset)
        super().__init__(template, field="rule", **where, **params)

    @property
    def column(self) -> int:
        return int(self.params["column"])

    @property
    def offset(self) -> int:
        return int(self.params["offset"])


# How the text form writes each comparison, for messages about the text.
_OP_TEXT = {
    "eq": "=",
    "in": "in",
    "not_in": "not in",
    "has": "has",
    "lacks": "lacks",
    "contains": "contains",
    "before": "before",
    "after": "after",
}

_WORD_START = re.compile(r"[^\W\d]", re.UNICODE)
_WORD = re.compile(r"[^\W\d][\w]*", re.UNICODE)
_BARE = re.compile(r"[0-9][\w.\-/]*", re.UNICODE)
_OPERATORS = ("==", "!=", "<>", "=", "<", ">")


def tokenize(source: str) -> list[Token]:
    """Splits rule text into tokens; raises :class:`RuleSyntaxError` on stray characters."""
    tokens: list[Token] = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c.isspace():
            i += 1
            continue
        if c in "(),:":
            tokens.append(Token(c, c, i, i + 1))
            i += 1
            continue
        op = next((o for o in _OPERATORS if source.startswith(o, i)), None)
        if op:
            tokens.append(Token("op", op, i, i + len(op)))
            i += len(op)
            continue
        if c in _OPEN_QUOTES:
            close = _OPEN_QUOTES[c]
            closers = {close, '"'} if c in "“”" else {close}
            j = i + 1
            chars: list[str] = []
            while j < n and source[j] not in closers:
                if source[j] == "\\" and j + 1 < n:
                    j += 1
                chars.append(source[j])
                j += 1
            if j >= n:
                raise RuleSyntaxError(_SYNTAX["unclosed"], source, i)
            tokens.append(Token("string", "".join(chars), i, j + 1))
            i = j + 1
            continue
        if _WORD_START.match(c):
            m = _WORD.match(source, i)
            assert m is not None
            tokens.append(Token("word", m.group(), i, m.end()))
            i = m.end()
            continue
        if c.isdigit():
            m = _BARE.match(source, i)
            assert m is not None
            tokens.append(Token("bare", m.group(), i, m.end()))
            i = m.end()
            continue
        raise RuleSyntaxError(_SYNTAX["char"], source, i, char=c)
    tokens.append(Token("end", "", n, n))
    return tokens


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = tokenize(source)
        self.pos = 0

    # -- helpers
    @property
    def tok(self) -> Token:
        return self.tokens[self.pos]

    def peek(self, ahead: int = 1) -> Token:
        return self.tokens[min(self.pos + ahead, len(self.tokens) - 1)]

    def advance(self) -> Token:
        token = self.tokens[self.pos]
        if token.kind != "end":
            self.pos += 1
        return token

    def error(self, code: str, token: Token | None = None, **params: Any) -> RuleSyntaxError:
        where = (token or self.tok).start
        return RuleSyntaxError(_SYNTAX[code], self.source, where, **params)

    def is_kw(self, *words: str, token: Token | None = None) -> bool:
        return (token or self.tok).keyword in words

    # -- grammar
    def parse(self) -> Rule:
        if self.tok.kind == "end":
            raise RuleSyntaxError(_SYNTAX["empty"], self.source, 0)
        rule = self.parse_or()
        if self.tok.kind != "end":
            raise self.error("trailing", found=self.tok.text or self.source[self.tok.start])
        return rule

    def parse_or(self) -> Rule:
        items = [self.parse_and()]
        while self.is_kw("or"):
            self.advance()
            items.append(self.parse_and())
        return items[0] if len(items) == 1 else AnyOf(tuple(items))

    def parse_and(self) -> Rule:
        items = [self.parse_not()]
        while self.is_kw("and"):
            self.advance()
            items.append(self.parse_not())
        return items[0] if len(items) == 1 else AllOf(tuple(items))

    def parse_not(self) -> Rule:
        if self.is_kw("not"):
            self.advance()
            return Not(self.parse_not())
        return self.parse_primary()

    def parse_primary(self) -> Rule:
        tok = self.tok
        if tok.kind == "(":
            self.advance()
            rule = self.parse_or()
            if self.tok.kind != ")":
                raise self.error("expect_close")
            self.advance()
            return rule
        if self.is_kw("everyone"):
            self.advance()
            return EVERYONE
        if self.is_kw("nobody"):
            self.advance()
            return NOBODY
        if tok.kind in ("string", "bare") or self.is_kw("true", "false"):
            return self.parse_value_first()
        if tok.kind == "word":
            return self.parse_field_first()
        raise self.error("expect_condition")

    def parse_field(self) -> tuple[str, Token]:
        """A field name: built-in, Spanish alias, or attr:NAME / attr:"Name with spaces"."""
        tok = self.tok
        if tok.kind != "word" or tok.keyword is not None:
            raise self.error("expect_condition")
        self.advance()
        lowered = tok.text.lower()
        if lowered in _ATTR_WORDS and self.tok.kind == ":":
            self.advance()
            name_tok = self.tok
            if name_tok.kind not in ("word", "string", "bare") or not name_tok.text.strip():
                raise self.error("attr_name", word=tok.text)
            self.advance()
            return ATTR_PREFIX + name_tok.text, tok
        field = lowered if lowered in BUILTIN_FIELDS else FIELD_ALIASES.get(lowered)
        if field is None:
            close = difflib.get_close_matches(
                lowered, [*BUILTIN_FIELDS, *FIELD_ALIASES], n=1, cutoff=0.75
            )
            if close:
                raise RuleSyntaxError(
                    _SYNTAX["unknown_field_hint"],
                    self.source,
                    tok.start,
                    attribute=tok.text,
                    suggestion=close[0],
                )
            raise RuleSyntaxError(
                _PROBLEMS["unknown_field"][1],
                self.source,
                tok.start,
                attribute=tok.text,
                fields=_fields_list(),
            )
        return field, tok

    def parse_scalar(self) -> tuple[str | bool, Token]:
        tok = self.tok
        if tok.kind in ("string", "bare"):
            self.advance()
            return tok.text, tok
        if self.is_kw("true", "false"):
            self.advance()
            return tok.keyword == "true", tok
        if tok.kind == "word" and tok.keyword is None:
            raise self.error("bare_value", word=tok.text)
        raise self.error("expect_value")

    def parse_list(self) -> tuple[tuple[str | bool, ...], Token]:
        start = self.tok
        if start.kind != "(":
            if start.kind in ("string", "bare"):
                # A single value after "in" reads as a list of one.
                value, tok = self.parse_scalar()
                return (value,), tok
            raise self.error("expect_list")
        self.advance()
        values: list[str | bool] = []
        if self.tok.kind == ")":
            raise self.error("expect_value")
        while True:
            value, _ = self.parse_scalar()
            values.append(value)
            if self.tok.kind == ",":
                self.advance()
                if self.tok.kind == ")":  # a trailing comma is harmless
                    break
                continue
            if self.tok.kind == ")":
                break
            raise self.error("expect_comma")
        self.advance()
        return tuple(values), start

    def condition(
        self, field: str, op: str, value: Any, op_tok: Token, value_tok: Token | None = None
    ) -> Condition:
        """A checked condition; a problem points at the comparison or at the value."""
        try:
            return Condition(field, op, _check_condition(field, op, value))
        except _ConditionError as problem:
            at = op_tok if problem.code in ("bad_op", "unknown_op") else value_tok or op_tok
            params = dict(problem.params)
            if "ops" in params:
                params["ops"] = ", ".join(_OP_TEXT[o] for o in ops_for(field))
            raise RuleSyntaxError(
                _PROBLEMS[problem.code][1], self.source, at.start, **params
            ) from None

    def parse_value_first(self) -> Rule:
        """``"tag" in interests`` / ``"tag" not in interests``."""
        value, value_tok = self.parse_scalar()
        negated = False
        if self.is_kw("not") and self.is_kw("in", token=self.peek()):
            self.advance()
            negated = True
        if not self.is_kw("in"):
            raise self.error("expect_operator", attribute=value_tok.text)
        op_tok = self.advance()
        field, field_tok = self.parse_field()
        if field_kind(field) != FieldKind.TAGS:
            raise RuleSyntaxError(
                _SYNTAX["value_in_text"], self.source, field_tok.start, attribute=field_tok.text
            )
        return self.condition(field, "lacks" if negated else "has", value, op_tok, value_tok)

    def parse_field_first(self) -> Rule:
        field, field_tok = self.parse_field()
        kind = field_kind(field)
        tok = self.tok
        if kind == FieldKind.BOOL and (tok.kind in (")", "end") or self.is_kw("and", "or")):
            # "customer_facing" alone reads as "customer_facing = true".
            return self.condition(field, "eq", True, field_tok)
        negated = False
        if self.is_kw("not") and (
            self.is_kw("in", "contains", "has", "is", token=self.peek())
            or (self.peek().kind == "op" and self.peek().text in ("=", "=="))
        ):
            self.advance()
            negated = True
            tok = self.tok
        elif self.is_kw("is") and self.is_kw("not", token=self.peek()):
            self.advance()
            self.advance()
            value, value_tok = self.parse_scalar()
            return Not(self._equals(field, kind, value, tok, value_tok))

        if tok.kind == "op" or self.is_kw("is"):
            symbol = tok.text if tok.kind == "op" else "="
            self.advance()
            value, value_tok = self.parse_scalar()
            if symbol in ("<", ">"):
                op = "before" if symbol == "<" else "after"
                rule: Rule = self.condition(field, op, value, tok, value_tok)
            else:
                rule = self._equals(field, kind, value, tok, value_tok)
                negated = (symbol in ("!=", "<>")) != negated
            return Not(rule) if negated else rule
        keyword = tok.keyword
        if keyword in ("in", "contains", "has", "lacks", "before", "after"):
            self.advance()
        if keyword == "in":
            values, list_tok = self.parse_list()
            return self.condition(field, "not_in" if negated else "in", values, tok, list_tok)
        if keyword in ("before", "after") and (self.tok.kind, self.tok.text.lower()) == (
            "word",
            "de",
        ):  # "antes de"
            self.advance()
        if keyword in ("contains", "has", "lacks", "before", "after"):
            value, value_tok = self.parse_scalar()
            if keyword in ("has", "lacks"):
                op = "lacks" if (keyword == "lacks") != negated else "has"
                return self.condition(field, op, value, tok, value_tok)
            rule = self.condition(field, keyword, value, tok, value_tok)
            return Not(rule) if negated else rule
        raise self.error("expect_operator", attribute=field_tok.text)

    def _equals(
        self, field: str, kind: str | None, value: Any, op_tok: Token, value_tok: Token
    ) -> Rule:
        if kind == FieldKind.TAGS:
            raise RuleSyntaxError(
                _SYNTAX["tag_equals"], self.source, op_tok.start, attribute=field, value=value
            )
        return self.condition(field, "eq", value, op_tok, value_tok)


def parse(text: str) -> Rule:
    """Reads the text form of a rule; raises :class:`RuleSyntaxError` pointing at the column."""
    return _Parser(text).parse()


def parse_rule(text: str) -> dict[str, Any]:
    """Text form → JSON form."""
    return to_dict(parse(text))


def _quote_text(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _field_text(field: str, words: dict[str, str], language: str) -> str:
    if is_custom(field):
        name = custom_name(field)
        plain = _WORD.fullmatch(name) and name.lower() not in _KEYWORDS
        return f"{words['attr']}:{name if plain else _quote_text(name)}"
    return _SPANISH_FIELDS.get(field, field) if language == "es" else field


def _value_text(value: Value, words: dict[str, str]) -> str:
    if isinstance(value, bool):
        return words["true"] if value else words["false"]
    if isinstance(value, tuple):
        return "(" + ", ".join(_quote_text(v) for v in value) + ")"
    return _quote_text(value)


def _format(rule: Rule, words: dict[str, str], language: str, parent: str) -> str:
    if isinstance(rule, Condition):
        field = _field_text(rule.field, words, language)
        value = _value_text(rule.value, words)
        return {
            "eq": f"{field} = {value}",
            "in": f"{field} {words['in']} {value}",
            "not_in": f"{field} {words['not']} {words['in']} {value}",
            "has": f"{value} {words['in']} {field}",
            "lacks": f"{value} {words['not']} {words['in']} {field}",
            "contains": f"{field} {words['contains']} {value}",
            "before": f"{field} {words['before']} {value}",
            "after": f"{field} {words['after']} {value}",
        }[rule.op]
    if isinstance(rule, Not):
        inner = _format(rule.item, words, language, "not")
        return f"{words['not']} {inner}"
    if not rule.items:
        return words["everyone"] if isinstance(rule, AllOf) else words["nobody"]
    kind = "and" if isinstance(rule, AllOf) else "or"
    if len(rule.items) == 1:
        return _format(rule.items[0], words, language, parent)
    text = f" {words[kind]} ".join(_format(item, words, language, kind) for item in rule.items)
    # Groups nested in any other context keep their parentheses, so that the structure
    # (not only the meaning) survives a round trip through the text form.
    return text if parent == "top" else f"({text})"


def format_rule(rule: Rule | Mapping[str, Any] | None, language: str = "en") -> str:
    """The text form of a rule (English keywords and field names unless ``language="es"``)."""
    if rule is None:
        return ""
    tree = rule if isinstance(rule, (Condition, AllOf, AnyOf, Not)) else from_dict(rule)
    words = _WORDS.get(language, _WORDS["en"])
    return _format(tree, words, language if language in _WORDS else "en", "top")
