"""Spanish and English complete: every string of the code in the catalogues, finished, with
the same placeholders, compiling cleanly; the campaign templates in both languages.

When a test here fails, run ``python packaging/update_translations.py --check`` to see the
strings per area, then ``… update_translations.py AREA`` and translate what it lists.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from packaging_support import ROOT, packaging_module

I18N = ROOT / "resources" / "i18n"
TEMPLATES = ROOT / "resources" / "templates"
LANGUAGES = ("es", "en")

tools = packaging_module("update_translations")
qt_i18n = packaging_module("qt_i18n")

# {name}, {name:>8}, {0}, {} (str.format, not {{escaped}}); Qt's %n, %1, %L1; printf's %s, %(name)s.
PLACEHOLDER = re.compile(
    r"(?<!\{)\{(?:[A-Za-z_]\w*|\d*)(?:![rsa])?(?::[^{}]*)?\}(?!\})"
    r"|%L?\d{1,2}|%L?n|%\(\w+\)[sdifr]|(?<![\w%])%[sdifr]\b"
)
# A keyboard accelerator: "&File" (not "&&", not a lone "&" before a space).
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")


@pytest.fixture(scope="module")
def code_strings() -> list:
    """Every string lupdate finds in commsplanner/ (the same run as the catalogues')."""
    return tools.extract_all()


def _hidden(message) -> bool:
    """A string lupdate saw without its context: a plain call tr("ctx", "text") reads to it
    as Qt's tr(source, disambiguation), so the real text escapes extraction."""
    return not message.context and message.comment is not None


def test_lupdate_sees_every_string_with_its_context(code_strings) -> None:
    hidden = [f"{m.files}: tr({m.source!r}, {m.comment!r})" for m in code_strings if _hidden(m)]
    assert hidden == [], "call .translate(context, text) on the catalogue instead:\n" + "\n".join(
        hidden
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_has_a_finished_translation(code_strings, language) -> None:
    missing = defaultdict(list)
    # Strings Qt's own catalogue translates (installed with the app's) count as done.
    for message in tools.untranslated(code_strings, language):
        for file in message.files:
            missing[file].append(f"    {message.context} | {message.source!r}")
    report = "\n".join(f"{file}:\n" + "\n".join(lines) for file, lines in sorted(missing.items()))
    assert not missing, (
        f"{sum(map(len, missing.values()))} string(s) without a finished {language} translation "
        f"in resources/i18n/*_{language}.ts:\n{report}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_catalogue_keeps_unfinished_or_empty_entries(language) -> None:
    left = [
        f"{ts.name}: {m.context} | {m.source!r}"
        for ts in sorted(I18N.glob(f"*_{language}.ts"))
        for m in tools.read_messages(ts)
        if m.state not in tools.CLOSED and not m.finished
    ]
    assert left == [], "\n".join(left)


def test_each_area_has_both_languages_with_the_same_strings() -> None:
    for area in tools.areas():
        keys = {
            language: {m.key for m in tools.read_messages(I18N / f"{area}_{language}.ts")}
            for language in LANGUAGES
        }
        assert keys["es"] == keys["en"], (
            f"{area}: only in es {sorted(keys['es'] - keys['en'])[:5]}, "
            f"only in en {sorted(keys['en'] - keys['es'])[:5]}"
        )


def _markers(text: str) -> tuple[list[str], int]:
    return sorted(set(PLACEHOLDER.findall(text))), len(ACCELERATOR.findall(text))


def test_translations_keep_the_placeholders_and_accelerators_of_their_source() -> None:
    wrong = []
    for ts in sorted(I18N.glob("*.ts")):
        for message in tools.read_messages(ts):
            if not message.finished:
                continue
            expected = _markers(message.source)
            for text in message.forms:
                if _markers(text) != expected:
                    wrong.append(f"{ts.name}: {message.source!r} → {text!r}")
    assert wrong == [], f"{len(wrong)} translation(s) change placeholders:\n" + "\n".join(wrong)


def test_the_placeholder_check_catches_lost_and_renamed_markers() -> None:
    assert _markers("Saved “{path}” in %n s") == (["%n", "{path}"], 0)
    assert _markers("Guardado «{ruta}» en %n s") != _markers("Saved “{path}” in %n s")
    assert _markers("{{literal}} braces, {count:,} items") == (["{count:,}"], 0)
    assert _markers("&Archivo") != _markers("File")
    assert _markers("Fish && chips & more") == ([], 0)


def test_every_catalogue_compiles_without_warnings(tmp_path: Path) -> None:
    problems = []
    for ts in sorted(I18N.glob("*.ts")):
        output = qt_i18n._run([qt_i18n.qt_tool("lrelease"), ts, "-qm", tmp_path / f"{ts.stem}.qm"])
        problems += [f"{ts.name}: {line}" for line in qt_i18n.release_problems(output)]
        assert (tmp_path / f"{ts.stem}.qm").stat().st_size > 0
    assert problems == [], "\n".join(problems)


# ---------------------------------------------------------------------------- templates
def _texts(node: Any, where: str) -> list[tuple[str, dict]]:
    """Every {"es": …, "en": …} pair in a template, with where it is."""
    found = []
    if isinstance(node, dict):
        if set(node) & set(LANGUAGES):
            found.append((where, node))
        else:
            for key, value in node.items():
                found += _texts(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _texts(value, f"{where}[{index}]")
    return found


@pytest.mark.parametrize("path", sorted(TEMPLATES.glob("*.json")), ids=lambda p: p.name)
def test_templates_have_every_text_in_spanish_and_english(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = _texts(data, path.stem)
    assert len(texts) >= 3, "a template with hardly any text"
    problems = []
    for where, pair in texts:
        if set(pair) != set(LANGUAGES):
            problems.append(f"{where}: languages {sorted(pair)}")
            continue
        es, en = pair["es"], pair["en"]
        if isinstance(es, list) or isinstance(en, list):
            if not (isinstance(es, list) and isinstance(en, list) and len(es) == len(en)):
                problems.append(f"{where}: lists of different lengths")
            elif not all(isinstance(t, str) and t.strip() for t in es + en):
                problems.append(f"{where}: an empty item")
        elif not (isinstance(es, str) and es.strip() and isinstance(en, str) and en.strip()):
            problems.append(f"{where}: an empty text")
        elif _markers(es)[0] != _markers(en)[0]:  # no accelerators in data ("Q&A")
            problems.append(f"{where}: placeholders differ")
    assert problems == [], "\n".join(problems)
