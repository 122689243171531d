"""packaging/update_translations.py on a small project: who owns which string, what lupdate
adds to which area, English filled in, Spanish left to translate, files kept in lupdate's
own layout."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_support import packaging_module

SHARED = """from PySide6.QtCore import QCoreApplication


def commands():
    QCoreApplication.translate("OneCli", "List the plans")
    QCoreApplication.translate("OneCli", "Show a plan")
    QCoreApplication.translate("TwoCli", "Count people")
"""
ALPHA = """from PySide6.QtWidgets import QWidget


class Alpha(QWidget):
    def texts(self):
        return self.tr("Hello"), self.tr("Saved {count} items")
"""


def _ts(language: str, messages: list[tuple[str, str, str, str]]) -> str:
    """A catalogue: (file, context, source, translation) rows, grouped by context."""
    contexts: dict[str, list[str]] = {}
    for file, context, source, text in messages:
        contexts.setdefault(context, []).append(
            "    <message>\n"
            f'        <location filename="../../commsplanner/{file}" line="1" />\n'
            f"        <source>{source}</source>\n"
            f"        <translation>{text}</translation>\n"
            "    </message>\n"
        )
    body = "".join(
        f"<context>\n    <name>{name}</name>\n{''.join(rows)}</context>\n"
        for name, rows in contexts.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">\n{body}</TS>\n'
    )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    tools = packaging_module("update_translations")
    package = tmp_path / "commsplanner"
    package.mkdir()
    (package / "shared.py").write_text(SHARED, encoding="utf-8")
    (package / "alpha.py").write_text(ALPHA, encoding="utf-8")
    i18n = tmp_path / "resources" / "i18n"
    i18n.mkdir(parents=True)
    one = [
        ("alpha.py", "Alpha", "Hello", "Hola"),
        ("alpha.py", "Alpha", "Saved {count} items", "{count} elementos guardados"),
        ("shared.py", "OneCli", "List the plans", "Lista los planes"),
        ("shared.py", "OneCli", "Show a plan", "Muestra un plan"),
    ]
    two = [("shared.py", "TwoCli", "Count people", "Cuenta personas")]
    for area, rows in (("one", one), ("two", two)):
        (i18n / f"{area}_es.ts").write_text(_ts("es_ES", rows), encoding="utf-8")
        english = [(f, c, s, s) for f, c, s, _ in rows]
        (i18n / f"{area}_en.ts").write_text(_ts("en_US", english), encoding="utf-8")
    monkeypatch.setattr(tools, "ROOT", tmp_path)
    monkeypatch.setattr(tools, "I18N", i18n)
    monkeypatch.setattr(tools, "PACKAGE", package)
    return tools, tmp_path


def _messages(tools, path: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    return {m.key: (m.state, m.forms[0]) for m in tools.read_messages(path)}


def test_ownership_is_read_from_the_spanish_catalogues(project) -> None:
    tools, _root = project
    owners = tools.Ownership.from_catalogues()
    assert tools.areas() == ["one", "two"]
    assert owners.files_of("one") == ["commsplanner/alpha.py", "commsplanner/shared.py"]
    assert owners.files_of("two") == ["commsplanner/shared.py"]
    assert owners.pairs[("commsplanner/shared.py", "TwoCli")] == {"two"}


def test_an_update_adds_new_strings_to_their_own_area_only(project) -> None:
    tools, root = project
    shared = root / "commsplanner" / "shared.py"
    shared.write_text(
        SHARED
        + '    QCoreApplication.translate("TwoCli", "Count segments")\n'
        + '    QCoreApplication.translate("NewCli", "Brand new")\n',
        encoding="utf-8",
    )
    alpha = root / "commsplanner" / "alpha.py"
    alpha.write_text(ALPHA.replace('self.tr("Hello")', 'self.tr("Goodbye")'), encoding="utf-8")
    owners = tools.Ownership.from_catalogues()

    left = tools.update_area("one", owners)
    tools.update_area("two", owners)

    one_es = _messages(tools, root / "resources/i18n/one_es.ts")
    assert one_es[("Alpha", "Saved {count} items")] == (None, "{count} elementos guardados")
    assert one_es[("Alpha", "Goodbye")] == ("unfinished", "")
    assert ("Alpha", "Hello") not in one_es  # gone from the code, gone from the catalogue
    assert ("TwoCli", "Count segments") not in one_es  # area two's context
    assert ("NewCli", "Brand new") in one_es  # a new context: shared.py is mostly area one's
    assert left["one_es.ts"] == ["Alpha | Goodbye", "NewCli | Brand new"]
    assert left["one_en.ts"] == []
    one_en = _messages(tools, root / "resources/i18n/one_en.ts")
    assert one_en[("Alpha", "Goodbye")] == (None, "Goodbye")  # English is the source

    two_es = _messages(tools, root / "resources/i18n/two_es.ts")
    assert set(two_es) == {("TwoCli", "Count people"), ("TwoCli", "Count segments")}
    assert two_es[("TwoCli", "Count people")] == (None, "Cuenta personas")

    # Nothing new for the whole project but Spanish to translate.
    missing = tools.untranslated(tools.extract_all([root / "commsplanner"]), "es")
    assert sorted(m.key for m in missing) == [
        ("Alpha", "Goodbye"),
        ("NewCli", "Brand new"),
        ("TwoCli", "Count segments"),
    ]
    assert tools.untranslated(tools.extract_all([root / "commsplanner"]), "en") == []


def test_a_new_file_goes_to_the_area_it_is_assigned_to(project) -> None:
    tools, root = project
    (root / "commsplanner" / "beta.py").write_text(
        'from PySide6.QtCore import QCoreApplication\n\nQCoreApplication.translate("Beta", "Hi")\n',
        encoding="utf-8",
    )
    owners = tools.Ownership.from_catalogues()
    tools.update_area("two", owners, ["commsplanner/beta.py"])
    assert ("Beta", "Hi") in _messages(tools, root / "resources/i18n/two_es.ts")
    assert ("Beta", "Hi") not in _messages(tools, root / "resources/i18n/one_es.ts")


def test_catalogues_are_written_exactly_as_lupdate_writes_them(tmp_path: Path) -> None:
    tools = packaging_module("update_translations")
    qt_i18n = packaging_module("qt_i18n")
    source = tmp_path / "sample.py"
    source.write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class Sample(QWidget):\n"
        "    def texts(self, n):\n"
        '        return (self.tr("The plan\'s \\"owner\\" & <team>"), self.tr("%n item(s)", "", n),\n'
        '                self.tr("Two\\nlines"), self.tr("Ñandú “{name}”"))\n',
        encoding="utf-8",
    )
    ts = tmp_path / "sample_es.ts"
    qt_i18n.extract([source], [ts], no_obsolete=True)
    written = tmp_path / "again.ts"
    tools.write_ts(ET.parse(ts).getroot(), written)
    assert written.read_bytes() == ts.read_bytes()
    assert len(tools.read_messages(ts)) == 4
