"""The CLI's messages and the foundation's error templates are translated into Spanish."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from commsplanner.i18n import Catalog, catalogue_files

PACKAGE = Path(__file__).resolve().parents[2] / "commsplanner"


def _marked(files: list[Path], function: str, context: str) -> list[str]:
    """Literal texts passed as ``function(context, "text")`` (or ``x.function(...)``)."""
    found = []
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            first, second = node.args[:2]
            if (
                name == function
                and isinstance(first, ast.Constant)
                and first.value == context
                and isinstance(second, ast.Constant)
                and isinstance(second.value, str)
            ):
                found.append(second.value)
    return found


def _files(*parts: str) -> list[Path]:
    out: list[Path] = []
    for part in parts:
        target = PACKAGE / part
        out.extend(sorted(target.glob("*.py")) if target.is_dir() else sorted(PACKAGE.glob(part)))
    return out


@pytest.fixture(scope="module")
def spanish() -> Catalog:
    return Catalog.from_files("es", catalogue_files("es"))


def test_every_cli_message_has_a_spanish_translation(spanish: Catalog) -> None:
    texts = _marked(_files("cli.py"), "translate", "cli")
    assert len(texts) > 30
    missing = [t for t in texts if ("cli", t) not in spanish]
    assert missing == []


def test_every_foundation_and_demo_error_has_a_spanish_translation(spanish: Catalog) -> None:
    texts = _marked(_files("domain", "storage", "services/demo*.py"), "QT_TRANSLATE_NOOP", "errors")
    assert len(texts) > 30
    missing = [t for t in texts if ("errors", t) not in spanish]
    assert missing == []


def test_translations_keep_their_placeholders(spanish: Catalog) -> None:
    import re

    texts = [("cli", t) for t in _marked(_files("cli.py"), "translate", "cli")]
    texts += [
        ("errors", t)
        for t in _marked(
            _files("domain", "storage", "services/demo*.py"), "QT_TRANSLATE_NOOP", "errors"
        )
    ]
    for context, text in texts:
        translated = spanish.translate(context, text)
        assert sorted(re.findall(r"\{\w+\}", translated)) == sorted(re.findall(r"\{\w+\}", text)), (
            text
        )
