"""The segments catalogues: every message translated, placeholders kept."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_segments_message_is_translated_with_its_placeholders(language: str) -> None:
    root = ET.parse(FOLDER / f"segments_{language}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 150
    for message in messages:
        source = message.findtext("source") or ""
        node = message.find("translation")
        assert node is not None and node.get("type") is None, source
        text = node.text or ""
        assert text, source
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        if language == "en":
            assert text == source
        # The caret lines of parse errors stay at the end of the message.
        assert text.endswith("\n{source}\n{caret}") == source.endswith("\n{source}\n{caret}")
