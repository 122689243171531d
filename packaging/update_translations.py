"""Keeps the per-area catalogues resources/i18n/<area>_{es,en}.ts in step with the code.

    python packaging/update_translations.py --check        what is untranslated, per area
    python packaging/update_translations.py AREA [AREA …]  re-run lupdate for those areas
    python packaging/update_translations.py --all          … for every area
    python packaging/update_translations.py AREA --assign commsplanner/x.py
                                                           a new file's strings go to AREA

Which strings belong to which area is read from the catalogues themselves: an area owns the
(source file, context) pairs its Spanish catalogue already holds. lupdate is run over the
area's files (keeping every existing translation, dropping strings the code no longer has);
strings it picks up from a shared file that another area owns (cli.py serves several areas)
are taken out again, and a new context in a shared file goes to the area with the most
strings from that file. New English strings are filled with their source (English is the
source language); Spanish ones are left for a person to translate, and --check (exit 1) or
tests/test_translations.py list them. Update only your own area's catalogues.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
from qt_i18n import extract  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
PACKAGE = ROOT / "commsplanner"
LANGUAGES = ("es", "en")
CLOSED = ("vanished", "obsolete")


# ---------------------------------------------------------------------------- reading
@dataclass
class Message:
    context: str
    source: str
    files: tuple[str, ...]  # paths relative to the project root, as lupdate located them
    numerus: bool
    state: str | None  # None (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # the translation (one text, or the plural forms)
    comment: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)

    @property
    def finished(self) -> bool:
        return self.state is None and bool(self.forms) and all(self.forms)


def _project_path(ts: Path, filename: str) -> str:
    path = (ts.parent / filename).resolve()
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def read_messages(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            translation = node.find("translation")
            forms: tuple[str, ...] = ()
            state = None
            if translation is not None:
                state = translation.get("type")
                plural = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in plural) if plural else (translation.text or "",)
            files = tuple(
                dict.fromkeys(
                    _project_path(ts, loc.get("filename", ""))
                    for loc in node.findall("location")
                    if loc.get("filename")
                )
            )
            messages.append(
                Message(
                    context=name,
                    source=node.findtext("source") or "",
                    files=files,
                    numerus=node.get("numerus") == "yes",
                    state=state,
                    forms=forms,
                    comment=node.findtext("comment"),
                )
            )
    return messages


def areas() -> list[str]:
    return sorted({ts.stem.rsplit("_", 1)[0] for ts in I18N.glob("*_es.ts")})


def catalogue(area: str, language: str) -> Path:
    return I18N / f"{area}_{language}.ts"


@dataclass
class Ownership:
    """Who owns which strings, as the Spanish catalogues say today."""

    pairs: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    per_file: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    @classmethod
    def from_catalogues(cls) -> Ownership:
        owners = cls()
        for area in areas():
            for message in read_messages(catalogue(area, "es")):
                if message.state in CLOSED:
                    continue
                for file in message.files:
                    owners.pairs[(file, message.context)].add(area)
                    owners.per_file[file][area] += 1
        return owners

    def files_of(self, area: str) -> list[str]:
        return sorted(f for f, counts in self.per_file.items() if counts[area])

    def belongs(self, message: Message, area: str) -> bool:
        """Whether a string found in ``area``'s files is ``area``'s to translate."""
        owners = set().union(*(self.pairs.get((f, message.context), set()) for f in message.files))
        if owners:
            return area in owners
        # A context no catalogue has yet: the file's main area takes it.
        for file in message.files:
            counts = self.per_file.get(file)
            if counts and counts.most_common(1)[0][0] == area:
                return True
            if not counts:  # a file new to every area: whoever was asked to take it
                return True
        return False


def extract_all(sources: Iterable[Path] = (PACKAGE,)) -> list[Message]:
    """Every translatable string of the code, as lupdate sees it."""
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "all.ts"
        extract(sources, [ts], no_obsolete=True)
        return read_messages(ts)


def merged(language: str) -> dict[tuple[str, str], Message]:
    """Finished translations of ``language`` from every area's catalogue."""
    found: dict[tuple[str, str], Message] = {}
    for ts in sorted(I18N.glob(f"*_{language}.ts")):
        for message in read_messages(ts):
            if message.finished:
                found.setdefault(message.key, message)
    return found


@cache
def _qt_catalogue():
    """Qt's own Spanish catalogue (qtbase_es.qm, installed with the app's), or None."""
    try:
        from PySide6.QtCore import QLibraryInfo, QTranslator
    except ImportError:
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load("qtbase_es", folder) else None


def qt_translates(message: Message) -> bool:
    """Whether Qt's own catalogue has the string, e.g. QProgressDialog.tr("Cancel")."""
    translator = _qt_catalogue()
    return bool(translator and translator.translate(message.context, message.source))


def untranslated(messages: Iterable[Message], language: str) -> list[Message]:
    """Strings (with a context) that no catalogue of ``language`` nor Qt's own translates."""
    done = merged(language)
    return [m for m in messages if m.context and m.key not in done and not qt_translates(m)]


# ---------------------------------------------------------------------------- writing
def _escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("'", "&apos;").replace('"', "&quot;")
    return text


def write_ts(root: ET.Element, path: Path) -> None:
    """Writes a catalogue in lupdate's own layout, so its next run changes nothing."""
    attributes = "".join(f' {k}="{_escape(v)}"' for k, v in root.attrib.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attributes}>"]
    for context in root.findall("context"):
        lines.append("<context>")
        lines.append(f"    <name>{_escape(context.findtext('name') or '')}</name>")
        for message in context.findall("message"):
            numerus = ' numerus="yes"' if message.get("numerus") == "yes" else ""
            lines.append(f"    <message{numerus}>")
            for child in message:
                if child.tag == "location":
                    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in child.attrib.items())
                    lines.append(f"        <location{attrs}/>")
                elif child.tag == "translation":
                    kind = f' type="{child.get("type")}"' if child.get("type") else ""
                    forms = child.findall("numerusform")
                    if forms:
                        lines.append(f"        <translation{kind}>")
                        lines += [
                            f"            <numerusform>{_escape(f.text or '')}</numerusform>"
                            for f in forms
                        ]
                        lines.append("        </translation>")
                    else:
                        lines.append(
                            f"        <translation{kind}>{_escape(child.text or '')}</translation>"
                        )
                else:
                    lines.append(f"        <{child.tag}>{_escape(child.text or '')}</{child.tag}>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    tmp = path.with_suffix(".ts.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)


# ---------------------------------------------------------------------------- updating
def _keys(path: Path) -> set[tuple[str, str]]:
    return {m.key for m in read_messages(path)} if path.exists() else set()


def tidy(path: Path, area: str, owners: Ownership, before: set[tuple[str, str]]) -> list[str]:
    """Drops strings lupdate just added that are another area's; fills new English ones.

    Returns the (context, source) of the strings still unfinished."""
    root = ET.parse(path).getroot()
    english = path.stem.endswith("_en")
    unfinished = []
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for node in context.findall("message"):
            source = node.findtext("source") or ""
            files = tuple(
                _project_path(path, loc.get("filename", "")) for loc in node.findall("location")
            )
            message = Message(name, source, files, node.get("numerus") == "yes", None, ())
            # No context: lupdate reading a plain function call tr("ctx", variable) as Qt's
            # tr(source, disambiguation); nothing ever looks such a string up.
            if not name or ((name, source) not in before and not owners.belongs(message, area)):
                context.remove(node)
                continue
            translation = node.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            if english and not message.numerus:
                translation.text = source
                del translation.attrib["type"]
            else:
                unfinished.append(f"{name} | {source}")
        if not context.findall("message"):
            root.remove(context)
    write_ts(root, path)
    return unfinished


def update_area(area: str, owners: Ownership, assigned: Iterable[str] = ()) -> dict[str, list[str]]:
    """Re-runs lupdate for one area; returns the unfinished strings per catalogue file."""
    files = [ROOT / f for f in owners.files_of(area) if (ROOT / f).is_file()]
    for extra in assigned:  # relative to the project root
        path = (ROOT / extra).resolve()
        if not path.is_file():
            raise SystemExit(f"No such source file: {extra}")
        files.append(path)
        owners.per_file.setdefault(path.relative_to(ROOT).as_posix(), Counter())
    if not files:
        raise SystemExit(f"No source files belong to area '{area}' (use --assign FILE).")
    paths = [catalogue(area, language) for language in LANGUAGES]
    before = {path: _keys(path) for path in paths}
    extract(files, paths, no_obsolete=True)
    return {path.name: tidy(path, area, owners, before[path]) for path in paths}


def check() -> int:
    """Prints every string without a finished translation; 1 when there is any."""
    messages = extract_all()
    owners = Ownership.from_catalogues()
    problems = 0
    for language in LANGUAGES:
        for message in untranslated(messages, language):
            found = sorted(set().union(*(owners.per_file.get(f, Counter()) for f in message.files)))
            where = ", ".join(found) or "no area (use --assign)"
            print(f"[{language}] {where}: {message.context} | {message.source!r}  {message.files}")
            problems += 1
    for area in areas():
        for language in LANGUAGES:
            left = [m for m in read_messages(catalogue(area, language)) if m.state == "unfinished"]
            for message in left:
                print(f"[{language}] {area}: unfinished {message.context} | {message.source!r}")
            problems += len(left)
    print(f"{problems} untranslated string(s)." if problems else "Every string is translated.")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("areas", nargs="*", help=f"areas to update: {', '.join(areas())}")
    parser.add_argument("--all", action="store_true", help="update every area")
    parser.add_argument("--check", action="store_true", help="only list untranslated strings")
    parser.add_argument(
        "--assign",
        action="append",
        default=[],
        metavar="FILE",
        help="a source file (relative to the project root) whose strings go to the one AREA",
    )
    args = parser.parse_args(argv)
    if args.check:
        return check()
    chosen = areas() if args.all else args.areas
    if not chosen:
        parser.error("name the areas to update, or --all, or --check")
    if args.assign and len(chosen) != 1:
        parser.error("--assign needs exactly one area")
    owners = Ownership.from_catalogues()
    left = 0
    for area in chosen:
        for name, unfinished in update_area(area, owners, args.assign).items():
            for line in unfinished:
                print(f"{name}: to translate: {line}")
            left += len(unfinished)
    print(f"{left} string(s) to translate." if left else "Catalogues complete.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
