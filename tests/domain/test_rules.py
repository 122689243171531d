"""The segment rule tree: JSON form, validation, the text parser and the formatter."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_strategies import rules

from commsplanner.domain import ValidationError
from commsplanner.domain.rules import (
    EVERYONE,
    NOBODY,
    AllOf,
    AnyOf,
    Condition,
    Not,
    RuleSyntaxError,
    format_rule,
    from_dict,
    parse,
    parse_rule,
    simplify,
    to_dict,
    validate_rule,
)

BRIEF_EXAMPLE = (
    'position in ("Cajero", "Supervisor") and "sostenibilidad" in interests '
    'and not department = "TI"'
)


def test_the_example_of_the_brief() -> None:
    assert parse_rule(BRIEF_EXAMPLE) == {
        "all": [
            {"field": "position", "op": "in", "value": ["Cajero", "Supervisor"]},
            {"field": "interests", "op": "has", "value": "sostenibilidad"},
            {"not": {"field": "department", "op": "eq", "value": "TI"}},
        ]
    }
    assert format_rule(parse(BRIEF_EXAMPLE)) == BRIEF_EXAMPLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('department = "TI"', Condition("department", "eq", "TI")),
        ('department == "TI"', Condition("department", "eq", "TI")),
        ('department != "TI"', Not(Condition("department", "eq", "TI"))),
        ('department <> "TI"', Not(Condition("department", "eq", "TI"))),
        ('department is not "TI"', Not(Condition("department", "eq", "TI"))),
        ('departamento no es "TI"', Not(Condition("department", "eq", "TI"))),
        ('position not in ("A", "B")', Condition("position", "not_in", ("A", "B"))),
        ('puesto no en ("A",)', Condition("position", "not_in", ("A",))),
        ('position in "A"', Condition("position", "in", ("A",))),
        ('"x" not in interests', Condition("interests", "lacks", "x")),
        ('intereses tiene "x"', Condition("interests", "has", "x")),
        ('needs lacks "x"', Condition("needs", "lacks", "x")),
        ('needs not has "x"', Condition("needs", "lacks", "x")),
        ('expectations in ("a", "b")', Condition("expectations", "in", ("a", "b"))),
        ('display_name contains "pérez"', Condition("display_name", "contains", "pérez")),
        ('nombre no contiene "x"', Not(Condition("display_name", "contains", "x"))),
        ("start_date before 2020-01-31", Condition("start_date", "before", "2020-01-31")),
        ('fecha_alta antes de "2020-01-31"', Condition("start_date", "before", "2020-01-31")),
        ('start_date después de "2020-01-31"', Condition("start_date", "after", "2020-01-31")),
        ("start_date < 2020-01-31", Condition("start_date", "before", "2020-01-31")),
        ("start_date > 2020-01-31", Condition("start_date", "after", "2020-01-31")),
        ("customer_facing", Condition("customer_facing", "eq", True)),
        ("customer_facing = falso", Condition("customer_facing", "eq", False)),
        ("no atención_al_cliente", Not(Condition("customer_facing", "eq", True))),
        ('attr:Turno = "Noche"', Condition("attr:Turno", "eq", "Noche")),
        ('atributo:"Centro de coste" = "CC 1"', Condition("attr:Centro de coste", "eq", "CC 1")),
        ("level = 3", Condition("level", "eq", "3")),
        ("department = “Ventas”", Condition("department", "eq", "Ventas")),
        ("department = 'Ventas'", Condition("department", "eq", "Ventas")),
        (r'display_name = "say \"hi\" \\ bye"', Condition("display_name", "eq", 'say "hi" \\ bye')),
        ("everyone", EVERYONE),
        ("NADIE", NOBODY),
    ],
)
def test_each_form_of_condition(text: str, expected: object) -> None:
    assert parse(text) == expected


def test_keywords_are_case_insensitive_and_bilingual() -> None:
    english = parse('position = "A" AND department = "B" Or NOT level = "C"')
    spanish = parse('puesto = "A" Y departamento = "B" o NO nivel = "C"')
    assert english == spanish
    assert english == AnyOf(
        (
            AllOf((Condition("position", "eq", "A"), Condition("department", "eq", "B"))),
            Not(Condition("level", "eq", "C")),
        )
    )


def test_precedence_not_binds_tighter_than_and_than_or() -> None:
    rule = parse(
        'not a_x = "1" or b = "2" and c = "3"'.replace("a_x", "level")
        .replace("b =", "position =")
        .replace("c =", "location =")
    )
    assert rule == AnyOf(
        (
            Not(Condition("level", "eq", "1")),
            AllOf((Condition("position", "eq", "2"), Condition("location", "eq", "3"))),
        )
    )
    grouped = parse('not (level = "1" or position = "2")')
    assert grouped == Not(AnyOf((Condition("level", "eq", "1"), Condition("position", "eq", "2"))))


def test_formatter_keeps_needed_parentheses_and_spanish_form_parses_back() -> None:
    rule = AllOf(
        (
            AnyOf((Condition("level", "eq", "1"), Condition("position", "eq", "2"))),
            Not(
                AllOf(
                    (Condition("interests", "has", "x"), Condition("customer_facing", "eq", True))
                )
            ),
        )
    )
    text = format_rule(rule)
    assert text == (
        '(level = "1" or position = "2") and not ("x" in interests and customer_facing = true)'
    )
    spanish = format_rule(rule, "es")
    assert spanish == (
        '(nivel = "1" o puesto = "2") y no ("x" en intereses y atención_al_cliente = verdadero)'
    )
    assert parse(spanish) == rule


@pytest.mark.parametrize(
    ("text", "column", "fragment"),
    [
        ("position = ", 12, "expected a value"),
        ('position "Cajero"', 10, "expected a comparison after position"),
        ('puestoo = "x"', 1, "“puestoo” is not a field"),
        ('position in ("a" "b")', 18, "expected “,” or “)”"),
        ('position = "a" department = "b"', 16, "join conditions with and / or"),
        ("department = TI", 14, 'put text values in quotes: "TI"'),
        ('"x" in position', 8, "is for tag lists"),
        ('interests = "x"', 11, "is a list of tags"),
        ('start_date before "2020-13-01"', 19, "date written YYYY-MM-DD"),
        ('customer_facing = "sí"', 19, "true or false"),
        ('position before "2020-01-01"', 10, "cannot be used with position; use one of: =, in"),
        ('position = "abc', 12, "never closed"),
        ("position in ()", 14, "expected a value"),
        ('(position = "a"', 16, "expected “)”"),
        ('position = "a" $', 16, "unexpected character “$”"),
        ('position = "a" and', 19, "expected a condition"),
        ("attr: = 'x'", 7, "custom attribute"),
        ('interests has ""', 15, "needs a value"),
    ],
)
def test_parse_errors_point_at_the_column(text: str, column: int, fragment: str) -> None:
    with pytest.raises(RuleSyntaxError) as caught:
        parse(text)
    error = caught.value
    assert isinstance(error, ValidationError)
    assert error.column == column
    assert error.params["column"] == column
    message = str(error)
    assert fragment in message
    # The message ends with the text and a caret under the offending column.
    *_, source_line, caret_line = message.split("\n")
    assert source_line == text
    assert caret_line == " " * (column - 1) + "^"


def test_empty_text_is_a_clear_error() -> None:
    with pytest.raises(RuleSyntaxError, match="The rule is empty"):
        parse("   ")


def test_caret_on_later_line_of_multiline_text() -> None:
    with pytest.raises(RuleSyntaxError) as caught:
        parse('position = "a"\nand department = ')
    assert caught.value.column == 18
    assert caught.value.params["line"] == 2
    assert str(caught.value).endswith("and department = \n" + " " * 17 + "^")


def test_translated_template_keeps_the_caret() -> None:
    with pytest.raises(RuleSyntaxError) as caught:
        parse("position = ")
    spanish = "Columna {column}: se esperaba un valor entre comillas.\n{source}\n{caret}"
    assert caught.value.format(spanish).splitlines() == [
        "Columna 12: se esperaba un valor entre comillas.",
        "position = ",
        " " * 11 + "^",
    ]


def test_parser_never_evaluates_code() -> None:
    for hostile in ('__import__("os").system("true")', 'position = "x" or 1 + 1', "exec('x')"):
        with pytest.raises(RuleSyntaxError):
            parse(hostile)


# ----------------------------------------------------------------------------- JSON form


def test_json_round_trip_and_canonical_lists() -> None:
    data = {
        "any": [
            {"field": "position", "op": "in", "value": ["A", "B", "A"]},
            {"not": {"field": "customer_facing", "op": "eq", "value": False}},
            {"all": []},
        ]
    }
    rule = from_dict(data)
    assert rule == AnyOf(
        (
            Condition("position", "in", ("A", "B")),
            Not(Condition("customer_facing", "eq", False)),
            EVERYONE,
        )
    )
    assert to_dict(rule)["any"][0]["value"] == ["A", "B"]
    assert from_dict(to_dict(rule)) == rule
    assert validate_rule(None) is None


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"field": "salary", "op": "eq", "value": "1"}, "“salary” is not a field"),
        ({"field": "position", "op": "like", "value": "1"}, "unknown comparison “like”"),
        ({"field": "position", "op": "has", "value": "x"}, "cannot be used with position"),
        ({"field": "position", "op": "in", "value": []}, "needs a list"),
        ({"field": "position", "op": "in", "value": "A"}, "needs a list"),
        ({"field": "position", "op": "eq", "value": 3}, "compared with a text value"),
        ({"field": "customer_facing", "op": "eq", "value": "yes"}, "true or false"),
        ({"field": "start_date", "op": "after", "value": "01/02/2020"}, "YYYY-MM-DD"),
        ({"field": "attr:", "op": "eq", "value": "x"}, "is not a field"),
        ({"all": [{"field": "position"}]}, "not well formed at rule.all[0]"),
        ({"all": {"field": "position"}}, "not well formed at rule.all"),
        ({"not": {"any": [1]}}, "not well formed at rule.not.any[0]"),
        (["position"], "not well formed at rule"),
    ],
)
def test_invalid_json_rules_name_the_problem(data: object, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        from_dict(data)
    assert fragment in str(caught.value)
    assert caught.value.field == "rule"


# ----------------------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None)
@given(rules())
def test_text_round_trip_in_both_languages(rule) -> None:
    for language in ("en", "es"):
        text = format_rule(rule, language)
        assert parse(text) == simplify(rule), text


@settings(max_examples=200, deadline=None)
@given(rules())
def test_json_round_trip(rule) -> None:
    assert from_dict(to_dict(rule)) == rule


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.printable + "áéíóúñ“”«»’", max_size=40))
def test_arbitrary_text_parses_or_fails_with_a_column(text: str) -> None:
    try:
        parse(text)
    except RuleSyntaxError as error:
        assert 1 <= error.column <= len(text) + 1
        if text.strip():
            assert str(error).splitlines()[-1].endswith("^")
        else:
            assert "empty" in str(error)
