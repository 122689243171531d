"""The Word plan leadership receives: a .docx written from a :class:`~.plan_report.PlanReport`.

The document has a cover, a real table-of-contents field (pre-filled so it reads well before
Word refreshes it), numbered headings, an executive summary generated from the data, goals and
values with a coverage chart, audiences, one section per campaign with its communications, a
calendar (timeline and month-by-month table, in a landscape section), the channel mix, the
measurement plan, risks and conflicts, and an appendix of definitions. "Summary" detail makes a
2–4 page leadership version. A corporate .docx/.dotx template supplies styles, colours,
headers and logo; otherwise a built-in style is used.

Text from the workspace is cleaned of characters XML forbids; tables are written straight as
WordprocessingML (python-docx's cell API is slow for thousands of rows), with repeated header
rows and rows that never split across pages. The file is written atomically: a temporary file
in the target folder, then ``os.replace``; on any failure the previous file stays as it was.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError
from ..domain.progress import Progress
from ..i18n import catalog
from .plan_report import (
    DETAIL_SUMMARY,
    OPTIONS_KEY,
    DateFormat,
    ExportOptions,
    PlanReport,
    build_plan_report,
    default_period,
    severity_rank,
)

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph

    from ..storage import Workspace

__all__ = [
    "DocxExportService",
    "ExportError",
    "ExportOptions",
    "clean_text",
    "write_plan_docx",
]

# ---------------------------------------------------------------------------- errors


class ExportError(CommsPlannerError):
    """The Word file could not be written; whatever was at the target before is unchanged."""


def _locked_error(path: Path) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is open in another program (Word, LibreOffice…). Close it there and "
            "export again; the previous file was kept.",
        ),
        path=str(path),
    )


def _read_only_error(path: Path) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is read-only. Choose another file name or make it writable; "
            "the previous file was kept.",
        ),
        path=str(path),
    )


def _folder_error(folder: Path, detail: str) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The Word file cannot be written in the folder “{folder}” ({detail}). "
            "Choose another folder; nothing was changed.",
        ),
        folder=str(folder),
        detail=detail,
    )


def _write_error(path: Path, detail: str) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The Word file “{path}” could not be written ({detail}). The previous file was kept.",
        ),
        path=str(path),
        detail=detail,
    )


def _template_error(path: Path, detail: str) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The template “{path}” cannot be used ({detail}). Choose a Word document (.docx) "
            "or template (.dotx), or export without a template.",
        ),
        path=str(path),
        detail=detail,
    )


def _logo_error(path: Path) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The logo “{path}” cannot be read as a PNG, JPEG, GIF or BMP image.",
        ),
        path=str(path),
    )


# ---------------------------------------------------------------------------- text hygiene

# Characters XML 1.0 forbids, plus C1 controls and non-characters (pasted from other tools).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_TABLE_CELL_LIMIT = 400


def clean_text(value: Any) -> str:
    """Text safe for WordprocessingML: forbidden characters removed, line ends unified."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _FORBIDDEN.sub("", text)


def _cut(text: str, limit: int = _TABLE_CELL_LIMIT) -> str:
    """Shortens text for a table cell (a row taller than a page cannot stay unsplit)."""
    text = " ".join(text.split()) if len(text) > limit else text
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _is_rtl(text: str) -> bool:
    """Whether the first strongly directional character is right-to-left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


# ---------------------------------------------------------------------------- look

PALETTE = {
    "navy": "1F3A5F",
    "teal": "2A9D8F",
    "ink": "1F2937",
    "grey": "6B7280",
    "rule": "D1D5DB",
    "band": "F3F6F9",
    "soft": "EAF2F1",
}
BODY_FONT = "Calibri"
HEADING_FONT = "Calibri"
# A4, margins in cm.
PAGE_W, PAGE_H = 21.0, 29.7
MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM = 2.2, 2.4, 2.2
TWIPS_PER_CM = 567


def _twips(cm: float) -> int:
    return round(cm * TWIPS_PER_CM)


@dataclass
class _Look:
    accent: str = PALETTE["navy"]
    accent_text: str = "FFFFFF"
    second: str = PALETTE["teal"]
    builtin: bool = True


# ---------------------------------------------------------------------------- progress


class _Sub:
    """Maps a sub-task's 0…100 onto a slice of the overall progress."""

    def __init__(self, progress: Progress, low: int, high: int) -> None:
        self._progress = progress
        self._low = low
        self._high = high

    def step(self, done: int, total: int = 0) -> None:
        fraction = done / total if total else 0.0
        self._progress.step(self._low + round((self._high - self._low) * fraction), 100)

    def check(self) -> None:
        self._progress.check()


# ---------------------------------------------------------------------------- template


def _load_document(template: str | os.PathLike[str] | None) -> tuple[DocxDocument, bool]:
    """The base document: the corporate template with an empty body, or python-docx's default."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not template:
        return docx.Document(), False
    path = Path(template)
    if not path.is_file():
        raise _template_error(path, catalog().translate("export", "file not found"))
    try:
        raw = path.read_bytes()
        data = _as_document_package(raw, path)
        document = docx.Document(io.BytesIO(data))
    except ExportError:
        raise
    except (OSError, zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise _template_error(path, str(exc) or type(exc).__name__) from None
    except Exception as exc:  # lxml errors of a damaged part
        raise _template_error(path, str(exc) or type(exc).__name__) from None
    body = document.element.body
    for child in list(body):
        if child.tag.endswith("}sectPr"):
            continue
        body.remove(child)
    return document, True


def _as_document_package(raw: bytes, path: Path) -> bytes:
    """A .dotx is a .docx whose main part has the template content type: switch it."""
    template_type = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    )
    document_type = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    )
    with zipfile.ZipFile(io.BytesIO(raw)) as source:
        types = source.read("[Content_Types].xml").decode("utf-8")
        if "macroEnabled" in types:
            raise _template_error(
                path, catalog().translate("export", "templates with macros are not supported")
            )
        if template_type not in types:
            return raw
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = types.replace(template_type, document_type).encode("utf-8")
                target.writestr(item, content)
        return out.getvalue()


def _template_accent(document: DocxDocument) -> str | None:
    """The corporate colour: Heading 1's colour, else the theme's first accent."""
    from docx.oxml.ns import qn

    with contextlib.suppress(KeyError, AttributeError, TypeError):
        style = document.styles["Heading 1"]
        colour = style.font.color.rgb if style.font.color and style.font.color.type else None
        if colour is not None:
            return str(colour)
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/theme"):
            from lxml import etree

            root = etree.fromstring(rel.target_part.blob)
            accent = root.find(".//{*}accent1")
            if accent is not None:
                srgb = accent.find("{*}srgbClr")
                if srgb is not None and srgb.get("val"):
                    return srgb.get("val").upper()
                sys_colour = accent.find("{*}sysClr")
                if sys_colour is not None and sys_colour.get("lastClr"):
                    return sys_colour.get("lastClr").upper()
    del qn
    return None


# Child order that WordprocessingML requires (Word refuses files that break it; LibreOffice
# does not mind, so a LibreOffice rendering alone would not reveal the mistake).
_PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]
_RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
_SETTINGS_AFTER_UPDATE_FIELDS = [
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _place(parent: Any, child: Any, order: Sequence[str]) -> Any:
    """Inserts ``child`` into ``parent`` at the position the schema ``order`` gives it."""
    name = _local(child.tag)
    later = set(order[order.index(name) + 1 :]) if name in order else set()
    for index, sibling in enumerate(parent):
        if _local(sibling.tag) in later:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


# ---------------------------------------------------------------------------- the writer


class _Writer:
    """Lays out one report into one python-docx Document."""

    def __init__(
        self, report: PlanReport, document: DocxDocument, templated: bool, workspace_name: str = ""
    ) -> None:
        from docx.oxml.ns import qn

        self.workspace_name = workspace_name
        self.qn = qn
        self.report = report
        self.doc = document
        self.templated = templated
        self.cat = catalog(report.language)
        self.dates = DateFormat(report.language)
        self.summary = report.options.summary
        self.look = _Look(builtin=not templated)
        self._styles: dict[str, Any] = {}
        self._bookmark = 0
        self._figure = 0
        self.headings: list[tuple[int, str, str]] = []  # level, text, bookmark
        self._toc_anchor = None
        self._section_no = 0
        self._sub_no = 0
        # True while nothing has been written on a page that a section break started.
        self._fresh_page = False
        self.landscape_width = PAGE_H - 2 * MARGIN_SIDE
        self.portrait_width = PAGE_W - 2 * MARGIN_SIDE

    # ------------------------------------------------------------------ formatting helpers
    def num(self, value: float | int) -> str:
        text = (
            f"{value:,.0f}"
            if isinstance(value, int) or float(value).is_integer()
            else f"{value:,.1f}"
        )
        if self.report.language == "es":
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
            # Spanish style leaves four-digit numbers unseparated (RAE).
            if re.fullmatch(r"\d\.\d{3}", text):
                text = text.replace(".", "")
        return text

    def pct(self, share: float) -> str:
        value = round(share * 100)
        return f"{value} %" if self.report.language == "es" else f"{value}%"

    def status(self, value: Any) -> str:
        translate = self.cat.translate
        labels = {
            "idea": translate("export", "Idea"),
            "draft": translate("export", "Draft"),
            "in_review": translate("export", "In review"),
            "approved": translate("export", "Approved"),
            "scheduled": translate("export", "Scheduled"),
            "live": translate("export", "Live"),
            "done": translate("export", "Done"),
            "cancelled": translate("export", "Cancelled"),
        }
        return labels.get(str(value), str(value))

    def priority(self, value: Any) -> str:
        translate = self.cat.translate
        labels = {
            "low": translate("export", "Low"),
            "normal": translate("export", "Normal"),
            "high": translate("export", "High"),
            "critical": translate("export", "Critical"),
        }
        return labels.get(str(value), str(value))

    def weight(self, value: Any) -> str:
        translate = self.cat.translate
        return (
            translate("export", "primary")
            if str(value) == "primary"
            else translate("export", "secondary")
        )

    def severity(self, value: str) -> str:
        translate = self.cat.translate
        labels = {
            "critical": translate("export", "Critical"),
            "error": translate("export", "High"),
            "info": translate("export", "Note"),
            "high": translate("export", "High"),
            "warning": translate("export", "Medium"),
            "medium": translate("export", "Medium"),
            "low": translate("export", "Low"),
        }
        return labels.get(value.lower(), value)

    def risk_kind(self, value: str) -> str:
        translate = self.cat.translate
        labels = {
            "audience_overload": translate("export", "Audience overload"),
            "overload": translate("export", "Audience overload"),
            "channel_capacity": translate("export", "Channel capacity"),
            "capacity": translate("export", "Channel capacity"),
            "blackout": translate("export", "Blackout period"),
            "holiday": translate("export", "Public holiday"),
            "weekend": translate("export", "Weekend"),
            "person_overload": translate("export", "Audience overload"),
            "channel_overload": translate("export", "Audience overload on a channel"),
            "same_day": translate("export", "Same audience, same day"),
            "no_audience": translate("export", "No audience"),
        }
        return labels.get(value, value.replace("_", " ").capitalize())

    def risk_label(self, risk: Any) -> str:
        return clean_text(risk.label) or self.risk_kind(risk.kind)

    def key_date_kind(self, value: str) -> str:
        translate = self.cat.translate
        labels = {
            "campaign_start": translate("export", "Campaign starts"),
            "critical": translate("export", "Key moment"),
            "goal_due": translate("export", "Goal due"),
            "blackout": translate("export", "Blackout period"),
            "survey": translate("export", "Pulse survey"),
        }
        return labels.get(value, value)

    def names(self, items: Sequence[str], limit: int = 6) -> str:
        """ "A, B, C and 4 more": long lists of names stay readable in a table cell."""
        items = [clean_text(i) for i in items if i]
        if len(items) <= limit:
            return ", ".join(items)
        return self.cat.translate("export", "{names} and {n} more").format(
            names=", ".join(items[:limit]), n=self.num(len(items) - limit)
        )

    def plural(self, count: int, one: str, many: str) -> str:
        return f"{self.num(count)} {one if count == 1 else many}"

    # ------------------------------------------------------------------ styles
    def setup_styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt, RGBColor

        styles = self.doc.styles
        ink = RGBColor.from_string(PALETTE["ink"])
        navy = RGBColor.from_string(PALETTE["navy"])
        grey = RGBColor.from_string(PALETTE["grey"])

        if self.templated:
            accent = _template_accent(self.doc)
            if accent and re.fullmatch(r"[0-9A-Fa-f]{6}", accent):
                self.look.accent = accent.upper()
                self.look.accent_text = "FFFFFF" if _luminance(accent) < 0.6 else PALETTE["ink"]
        self._set_language()

        def ensure(name: str, kind=WD_STYLE_TYPE.PARAGRAPH, base: str | None = "Normal"):
            try:
                style = styles[name]
                created = False
            except KeyError:
                style = styles.add_style(name, kind)
                if base and kind == WD_STYLE_TYPE.PARAGRAPH:
                    with contextlib.suppress(KeyError):
                        style.base_style = styles[base]
                created = True
            self._styles[name] = style
            return style, created

        normal, _ = ensure("Normal", base=None)
        if not self.templated:
            normal.font.name = BODY_FONT
            # The leadership summary is set a little tighter so it stays within four pages.
            normal.font.size = Pt(10 if self.summary else 10.5)
            normal.font.color.rgb = ink
            self._set_fonts(normal, BODY_FONT)
            fmt = normal.paragraph_format
            fmt.space_after = Pt(6)
            fmt.line_spacing = 1.12

        heading_specs = (
            ("Heading 1", 17, 18, 8),
            ("Heading 2", 13, 14, 5),
            ("Heading 3", 11, 10, 3),
        )
        for level, (name, size, before, after) in enumerate(heading_specs, start=1):
            style, created = ensure(name)
            if created or not self.templated:
                style.font.size = Pt(size)
                style.font.bold = True
                style.font.italic = False
                style.font.color.rgb = navy if level < 3 else RGBColor.from_string(PALETTE["teal"])
                self._set_fonts(style, HEADING_FONT)
                fmt = style.paragraph_format
                fmt.space_before = Pt(before)
                fmt.space_after = Pt(after)
                fmt.keep_with_next = True
                fmt.keep_together = True
                fmt.line_spacing = 1.0
                self._outline(style, level - 1)
                if level == 1:
                    self._border(style, "bottom", PALETTE["rule"], 6, 4)

        title, created = ensure("Title")
        if created or not self.templated:
            title.font.size = Pt(32)
            title.font.bold = True
            title.font.color.rgb = navy
            self._set_fonts(title, HEADING_FONT)
            title.paragraph_format.space_after = Pt(10)
            title.paragraph_format.line_spacing = 1.0
            self._remove_borders(title)
        subtitle, created = ensure("Subtitle")
        if created or not self.templated:
            subtitle.font.size = Pt(15)
            subtitle.font.italic = False
            subtitle.font.color.rgb = grey
            self._set_fonts(subtitle, HEADING_FONT)
            subtitle.paragraph_format.space_after = Pt(4)

        # Our own styles: made when missing, sized relative to the (template's) Normal.
        spec = {
            "CP Kicker": (10, True, self.look.second if not self.templated else self.look.accent),
            "CP Meta": (10, False, PALETTE["grey"]),
            "CP Caption": (8.5, False, PALETTE["grey"]),
            "CP Small": (8.5, False, PALETTE["grey"]),
            "CP Table Text": (9, False, None),
            "CP Table Head": (9, True, self.look.accent_text),
            "CP Bullet": (None, False, None),
            "CP Figure": (24, True, self.look.accent),
            "CP Figure Label": (8.5, False, PALETTE["grey"]),
            "CP Lead": (11.5, False, None),
            "CP TOC Heading": (17, True, self.look.accent),
        }
        for name, (size, bold, colour) in spec.items():
            style, _created = ensure(name)
            if size:
                style.font.size = Pt(size)
            style.font.bold = bold
            if colour:
                style.font.color.rgb = RGBColor.from_string(colour)
            fmt = style.paragraph_format
            if name in ("CP Table Text", "CP Table Head"):
                fmt.space_before = Pt(1)
                fmt.space_after = Pt(1)
                fmt.line_spacing = 1.0
            elif name == "CP Bullet":
                fmt.left_indent = Pt(16)
                fmt.first_line_indent = Pt(-11)
                fmt.space_after = Pt(3)
                self._tab_stop(style, 16)
            elif name == "CP Caption":
                fmt.space_before = Pt(2)
                fmt.space_after = Pt(12)
                style.font.italic = True
            elif name == "CP Figure":
                fmt.space_after = Pt(0)
                fmt.line_spacing = 1.0
            elif name == "CP Figure Label":
                fmt.space_after = Pt(2)
                fmt.line_spacing = 1.0
            elif name == "CP Kicker":
                fmt.space_after = Pt(6)
                style.font.all_caps = True
                self._spacing(style, 30)
            elif name == "CP Lead":
                fmt.space_after = Pt(10)
            elif name == "CP TOC Heading":
                fmt.space_after = Pt(12)
                self._set_fonts(style, HEADING_FONT)
            elif name == "CP Meta":
                fmt.space_after = Pt(2)
        for level in (1, 2, 3):
            style, _created = ensure(f"TOC {level}")
            fmt = style.paragraph_format
            fmt.left_indent = Pt(14 * (level - 1))
            fmt.space_after = Pt(2 if level == 1 else 0)
            fmt.space_before = Pt(5 if level == 1 else 0)
            style.font.bold = level == 1
            style.font.size = Pt(10.5 if level == 1 else 9.5)
        for name in ("Header", "Footer"):
            style, created = ensure(name)
            if created or not self.templated:
                style.font.size = Pt(8.5)
                style.font.color.rgb = grey
                # The default template's centre/right stops would fight the ones set per page.
                ppr = style.element.pPr
                if ppr is not None:
                    for tabs in ppr.findall(self.qn("w:tabs")):
                        ppr.remove(tabs)

    def _set_language(self) -> None:
        """Proofing language of the whole document (Word's spelling checker uses it)."""
        from docx.oxml import OxmlElement

        qn = self.qn
        lang = "es-ES" if self.report.language == "es" else "en-GB"
        styles_el = self.doc.styles.element
        defaults = styles_el.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles_el.insert(0, defaults)
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is None:
            rpr_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, rpr_default)
        rpr = rpr_default.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            rpr_default.append(rpr)
        element = rpr.find(qn("w:lang"))
        if element is None:
            element = OxmlElement("w:lang")
            rpr.append(element)
        element.set(qn("w:val"), lang)
        element.set(qn("w:bidi"), "ar-SA")

    def _set_fonts(self, style: Any, font: str) -> None:
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(self.qn(attr), font)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(self.qn(attr), None)

    def _outline(self, style: Any, level: int) -> None:
        from docx.oxml import OxmlElement

        ppr = style.element.get_or_add_pPr()
        outline = ppr.find(self.qn("w:outlineLvl"))
        if outline is None:
            outline = _place(ppr, OxmlElement("w:outlineLvl"), _PPR_ORDER)
        outline.set(self.qn("w:val"), str(level))

    def _border(self, style: Any, side: str, colour: str, size: int, space: int) -> None:
        from docx.oxml import OxmlElement

        ppr = style.element.get_or_add_pPr()
        borders = ppr.find(self.qn("w:pBdr"))
        if borders is None:
            borders = _place(ppr, OxmlElement("w:pBdr"), _PPR_ORDER)
        line = OxmlElement(f"w:{side}")
        line.set(self.qn("w:val"), "single")
        line.set(self.qn("w:sz"), str(size))
        line.set(self.qn("w:space"), str(space))
        line.set(self.qn("w:color"), colour)
        borders.append(line)

    def _remove_borders(self, style: Any) -> None:
        ppr = style.element.pPr
        if ppr is not None:
            for borders in ppr.findall(self.qn("w:pBdr")):
                ppr.remove(borders)

    def _spacing(self, style: Any, twentieths: int) -> None:
        from docx.oxml import OxmlElement

        rpr = style.element.get_or_add_rPr()
        element = OxmlElement("w:spacing")
        element.set(self.qn("w:val"), str(twentieths))
        _place(rpr, element, _RPR_ORDER)

    def _tab_stop(self, style: Any, points: float) -> None:
        from docx.shared import Pt

        style.paragraph_format.tab_stops.add_tab_stop(Pt(points))

    # ------------------------------------------------------------------ low-level XML
    def _el(self, tag: str, attrs: dict[str, str] | None = None, parent=None):
        from docx.oxml import OxmlElement
        from lxml import etree

        qn = self.qn
        # A new root comes from python-docx's parser so it gets its oxml class (CT_P, …).
        element = OxmlElement(tag) if parent is None else etree.SubElement(parent, qn(tag))
        if attrs:
            for key, value in attrs.items():
                element.set(qn(key), value)
        return element

    def _run_xml(
        self,
        parent,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        colour: str | None = None,
        size: float | None = None,
    ):
        """Appends one ``w:r`` with text (line breaks and tabs become w:br and w:tab)."""
        run = self._el("w:r", parent=parent)
        if bold or italic or colour or size or _is_rtl(text):
            rpr = self._el("w:rPr", parent=run)
            if bold:
                self._el("w:b", parent=rpr)
            if italic:
                self._el("w:i", parent=rpr)
            if colour:
                self._el("w:color", {"w:val": colour}, parent=rpr)
            if size:
                self._el("w:sz", {"w:val": str(round(size * 2))}, parent=rpr)
            if _is_rtl(text):
                self._el("w:rtl", parent=rpr)
        for index, line in enumerate(text.split("\n")):
            if index:
                self._el("w:br", parent=run)
            for part_index, part in enumerate(line.split("\t")):
                if part_index:
                    self._el("w:tab", parent=run)
                if part:
                    t = self._el("w:t", parent=run)
                    t.text = part
                    if part[0] == " " or part[-1] == " ":
                        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return run

    def _style_id(self, name: str) -> str:
        style = self._styles.get(name)
        if style is None:
            style = self.doc.styles[name]
            self._styles[name] = style
        return style.style_id

    def _p_xml(
        self, parent, style: str | None, runs: Sequence[tuple[str, dict[str, Any]]], align=None
    ):
        p = self._el("w:p", parent=parent)
        if style or align:
            ppr = self._el("w:pPr", parent=p)
            if style:
                self._el("w:pStyle", {"w:val": self._style_id(style)}, parent=ppr)
            if align:
                self._el("w:jc", {"w:val": align}, parent=ppr)
        for text, fmt in runs:
            if text:
                self._run_xml(p, text, **fmt)
        return p

    # ------------------------------------------------------------------ blocks
    def para(
        self,
        text: str = "",
        style: str | None = None,
        *,
        bold: bool = False,
        italic: bool = False,
        colour: str | None = None,
    ) -> Paragraph:
        from docx.text.paragraph import Paragraph

        body = self.doc.element.body
        p = self._p_xml(
            None, style, [(clean_text(text), {"bold": bold, "italic": italic, "colour": colour})]
        )
        body._insert_p(p)
        return Paragraph(p, self.doc._body)

    def rich(
        self, parts: Sequence[tuple[str, dict[str, Any]]], style: str | None = None
    ) -> Paragraph:
        from docx.text.paragraph import Paragraph

        p = self._p_xml(None, style, [(clean_text(text), fmt) for text, fmt in parts])
        self.doc.element.body._insert_p(p)
        return Paragraph(p, self.doc._body)

    def subheading(self, text: str) -> None:
        """A numbered level-2 heading in the full plan; a run-in label in the summary."""
        if self.summary:
            self.label(text)
        else:
            self.heading(text, 2)

    def label(self, text: str) -> None:
        """A small run-in title (Key messages, Communications …) kept with what follows."""
        from docx.shared import Pt

        p = self.rich([(text, {"bold": True, "colour": self.look.accent})])
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(3)

    def bullet(self, text: str, *, lead: str = "") -> None:
        parts: list[tuple[str, dict[str, Any]]] = [("•\t", {"colour": self.look.accent})]
        if lead:
            parts.append((lead, {"bold": True}))
        parts.append((text, {}))
        self.rich(parts, "CP Bullet")

    def page_break(self) -> None:
        from docx.enum.text import WD_BREAK

        self.para().add_run().add_break(WD_BREAK.PAGE)

    def heading(self, text: str, level: int, *, new_page: bool = False) -> None:
        """A numbered heading with a bookmark that the table of contents links to.

        ``new_page`` starts it on a new page through the paragraph property (a separate
        break paragraph would leave a blank page whenever the previous page is full).
        """
        if level == 1 and not self.summary:
            # Chapters of the full plan start on a new page (not right after a section break,
            # which already starts one).
            new_page = new_page or not self._fresh_page
        self._fresh_page = False
        if level == 1:
            self._section_no += 1
            self._sub_no = 0
            number = f"{self._section_no}."
        elif level == 2:
            self._sub_no += 1
            number = f"{self._section_no}.{self._sub_no}"
        else:
            number = ""
        # Headings are one line: runs of whitespace (new lines, tabs) become one space.
        words = " ".join(clean_text(text).split())
        words = _cut(words, 200)
        label = f"{number}\u2002{words}" if number else words
        self._bookmark += 1
        name = f"_Toc{100000 + self._bookmark}"
        p = self._p_xml(None, f"Heading {level}", [])
        if new_page:
            self._el("w:pageBreakBefore", parent=p.pPr)
        elif self.summary and level == 1:
            # The summary flows chapter after chapter: less air keeps it within four pages.
            self._el("w:spacing", {"w:before": "200", "w:after": "100"}, parent=p.pPr)
        self._el("w:bookmarkStart", {"w:id": str(self._bookmark), "w:name": name}, parent=p)
        self._run_xml(p, label)
        self._el("w:bookmarkEnd", {"w:id": str(self._bookmark)}, parent=p)
        self.doc.element.body._insert_p(p)
        self.headings.append((level, label, name))

    def picture(self, png: bytes, width_cm: float, caption: str) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm

        paragraph = self.para()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_after = 0
        paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
        self._figure += 1
        label = self.cat.translate("export", "Figure {n}.").format(n=self._figure)
        self.rich(
            [(label + " ", {"bold": True}), (caption, {})], "CP Caption"
        ).alignment = WD_ALIGN_PARAGRAPH.CENTER

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[Any]],
        widths_cm: Sequence[float],
        *,
        header: bool = True,
        band: bool = True,
        first_bold: bool = False,
        label_column: bool = False,
    ) -> int:
        """Writes a table as raw XML; returns its number of body rows.

        A cell is a string, or a list of (text, format) runs; "\n" makes a line break.
        Header rows repeat on every page; no row splits across pages.
        """
        el = self._el
        tbl = el("w:tbl")
        tbl_pr = el("w:tblPr", parent=tbl)
        total = sum(widths_cm)
        el("w:tblW", {"w:w": str(_twips(total)), "w:type": "dxa"}, parent=tbl_pr)
        borders = el("w:tblBorders", parent=tbl_pr)
        line = {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": PALETTE["rule"]}
        none = {"w:val": "nil"}
        el("w:top", line if not header else {**line, "w:color": self.look.accent}, parent=borders)
        el("w:left", none, parent=borders)
        el("w:bottom", line, parent=borders)
        el("w:right", none, parent=borders)
        el("w:insideH", line, parent=borders)
        el("w:insideV", none, parent=borders)
        el("w:tblLayout", {"w:type": "fixed"}, parent=tbl_pr)
        margins = el("w:tblCellMar", parent=tbl_pr)
        el("w:top", {"w:w": "45", "w:type": "dxa"}, parent=margins)
        el("w:left", {"w:w": "90", "w:type": "dxa"}, parent=margins)
        el("w:bottom", {"w:w": "45", "w:type": "dxa"}, parent=margins)
        el("w:right", {"w:w": "90", "w:type": "dxa"}, parent=margins)
        el(
            "w:tblLook",
            {
                "w:val": "04A0",
                "w:firstRow": "1",
                "w:lastRow": "0",
                "w:firstColumn": "0",
                "w:lastColumn": "0",
                "w:noHBand": "0",
                "w:noVBand": "1",
            },
            parent=tbl_pr,
        )
        grid = el("w:tblGrid", parent=tbl)
        widths = [str(_twips(w)) for w in widths_cm]
        for w in widths:
            el("w:gridCol", {"w:w": w}, parent=grid)
        table_text = self._style_id("CP Table Text")
        table_head = self._style_id("CP Table Head")

        def add_row(cells: Sequence[Any], *, is_header: bool, shade: str | None) -> None:
            tr = el("w:tr", parent=tbl)
            tr_pr = el("w:trPr", parent=tr)
            el("w:cantSplit", parent=tr_pr)
            if is_header:
                el("w:tblHeader", parent=tr_pr)
            for index, (cell, width) in enumerate(zip(cells, widths, strict=False)):
                tc = el("w:tc", parent=tr)
                tc_pr = el("w:tcPr", parent=tc)
                el("w:tcW", {"w:w": width, "w:type": "dxa"}, parent=tc_pr)
                fill = shade
                if label_column and index == 0 and not is_header:
                    fill = PALETTE["band"]
                if fill:
                    el("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": fill}, parent=tc_pr)
                p = el("w:p", parent=tc)
                ppr = el("w:pPr", parent=p)
                el("w:pStyle", {"w:val": table_head if is_header else table_text}, parent=ppr)
                if is_header:
                    self._run_xml(p, clean_text(cell), bold=True, colour=self.look.accent_text)
                elif isinstance(cell, list):
                    for text, fmt in cell:
                        if text:
                            self._run_xml(p, _cut(clean_text(text)), **fmt)
                else:
                    text = _cut(clean_text(cell))
                    if text:
                        self._run_xml(p, text, bold=(first_bold or label_column) and index == 0)

        if header:
            add_row(headers, is_header=True, shade=self.look.accent)
        count = 0
        for row in rows:
            shade = PALETTE["band"] if band and count % 2 == 1 else None
            add_row(row, is_header=False, shade=shade)
            count += 1
        self.doc.element.body._insert_tbl(tbl)
        # A little air after the table (Word glues a following heading otherwise).
        spacer = self.para(style="CP Small")
        spacer.paragraph_format.space_after = 0
        return count

    # ------------------------------------------------------------------ sections & fields
    def _field(
        self, paragraph_el, instruction: str, placeholder: str, fmt: dict[str, Any] | None = None
    ) -> None:
        el = self._el
        fmt = fmt or {}
        run = el("w:r", parent=paragraph_el)
        el("w:fldChar", {"w:fldCharType": "begin"}, parent=run)
        run = el("w:r", parent=paragraph_el)
        instr = el("w:instrText", parent=run)
        instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        instr.text = f" {instruction} "
        run = el("w:r", parent=paragraph_el)
        el("w:fldChar", {"w:fldCharType": "separate"}, parent=run)
        self._run_xml(paragraph_el, placeholder, **fmt)
        run = el("w:r", parent=paragraph_el)
        el("w:fldChar", {"w:fldCharType": "end"}, parent=run)

    def page_setup(self, section: Any, *, landscape: bool) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Cm

        if self.templated:
            # The corporate template decides paper and margins; only turn the page.
            width, height = section.page_width, section.page_height
            if width is None or height is None:
                width, height = Cm(PAGE_W), Cm(PAGE_H)
            if landscape != (width > height):
                section.page_width, section.page_height = height, width
            section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
            return
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width = Cm(PAGE_H if landscape else PAGE_W)
        section.page_height = Cm(PAGE_W if landscape else PAGE_H)
        section.left_margin = section.right_margin = Cm(MARGIN_SIDE)
        section.top_margin = Cm(MARGIN_TOP)
        section.bottom_margin = Cm(MARGIN_BOTTOM)
        section.header_distance = Cm(1.1)
        section.footer_distance = Cm(1.0)

    def text_width(self, section: Any) -> float:
        """Usable width of a section in cm."""
        try:
            width = section.page_width - section.left_margin - section.right_margin
            return max(width / 360000, 8.0)
        except TypeError:
            return self.portrait_width

    def new_section(self, *, landscape: bool) -> Any:
        """Starts a new page section, ending the current one on its last paragraph.

        python-docx's ``add_section`` adds an empty paragraph to hold the break, which spills
        onto a blank page whenever the previous page is full.
        """
        from docx.section import Section

        body = self.doc.element.body
        sentinel = body.get_or_add_sectPr()
        last = sentinel.getprevious()
        if last is None or last.tag != self.qn("w:p"):
            last = self._p_xml(None, "CP Small", [])
            body._insert_p(last)
        last.set_sectPr(sentinel.clone())
        for reference in sentinel.xpath("w:headerReference|w:footerReference"):
            sentinel.remove(reference)
        section = Section(sentinel, self.doc.part)
        section.different_first_page_header_footer = False
        self._fresh_page = True
        self.page_setup(section, landscape=landscape)
        if not self.templated:
            self.header_footer(section)
        return section

    def header_footer(self, section: Any) -> None:
        """Plan title in the header; organisation, version and page numbers in the footer."""
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Cm

        width = self.text_width(section)
        translate = self.cat.translate
        title = self.title_text()
        header = section.header
        header.is_linked_to_previous = False
        hp = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        for run in list(hp.runs):
            run._r.getparent().remove(run._r)
        hp.style = self._styles["Header"]
        hp.paragraph_format.tab_stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT)
        self._run_xml(hp._p, clean_text(_cut(title, 90)), bold=True, colour=self.look.accent)
        org = clean_text(self.report.organisation)
        if org:
            self._run_xml(hp._p, "\t" + _cut(org, 60))
        self._para_border(hp._p, "bottom", PALETTE["rule"])

        footer = section.footer
        footer.is_linked_to_previous = False
        fp = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        fp.style = self._styles["Footer"]
        fp.paragraph_format.tab_stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT)
        left = translate("export", "Version {version} · {date}").format(
            version=clean_text(self.report.options.version) or "1.0",
            date=self.dates.short(self.report.generated.date()),
        )
        self._run_xml(fp._p, left + "\t" + translate("export", "Page") + " ")
        self._field(fp._p, "PAGE", "1", {"bold": True})
        self._run_xml(fp._p, " " + translate("export", "of") + " ")
        self._field(fp._p, "NUMPAGES", "1")

    def _para_border(self, p_el, side: str, colour: str) -> None:
        ppr = p_el.get_or_add_pPr()
        borders = self._el("w:pBdr")
        self._el(
            f"w:{side}",
            {"w:val": "single", "w:sz": "4", "w:space": "4", "w:color": colour},
            parent=borders,
        )
        _place(ppr, borders, _PPR_ORDER)

    def templated_header_footer(self, section: Any) -> None:
        """Keeps the template's header and footer; adds the title or page numbers they lack."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        translate = self.cat.translate
        title = self.title_text()
        header_text = "".join(p.text for p in section.header.paragraphs)
        if clean_text(title) not in header_text:
            p = section.header.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            with contextlib.suppress(KeyError):
                p.style = self._styles["Header"]
            self._run_xml(p._p, clean_text(_cut(title, 90)))
        footer_xml = section.footer._element.xml
        if "PAGE" not in footer_xml:
            p = section.footer.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            with contextlib.suppress(KeyError):
                p.style = self._styles["Footer"]
            self._run_xml(p._p, translate("export", "Page") + " ")
            self._field(p._p, "PAGE", "1")
            self._run_xml(p._p, " " + translate("export", "of") + " ")
            self._field(p._p, "NUMPAGES", "1")

    def toc(self) -> None:
        """A real TOC field; its result is pre-filled when the document is finished."""
        translate = self.cat.translate
        heading = self.para(translate("export", "Contents"), "CP TOC Heading")
        heading.paragraph_format.page_break_before = True
        anchor = self.para()
        self._toc_anchor = anchor._p

    def fill_toc(self) -> None:
        """Writes the TOC field with one entry per heading as its (pre-refresh) result."""
        if self._toc_anchor is None:
            return
        el = self._el
        anchor = self._toc_anchor
        paragraphs = []
        entries = [h for h in self.headings if h[0] <= 2]
        if len(entries) > 45:
            # A long plan: chapters only until Word refreshes the field with page numbers.
            entries = [h for h in self.headings if h[0] == 1]
        for index, (level, text, bookmark) in enumerate(entries):
            p = el("w:p")
            ppr = el("w:pPr", parent=p)
            el("w:pStyle", {"w:val": self._style_id(f"TOC {level}")}, parent=ppr)
            if index == 0:
                run = el("w:r", parent=p)
                el("w:fldChar", {"w:fldCharType": "begin", "w:dirty": "true"}, parent=run)
                run = el("w:r", parent=p)
                instr = el("w:instrText", parent=run)
                instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                instr.text = ' TOC \\o "1-3" \\h \\z \\u '
                run = el("w:r", parent=p)
                el("w:fldChar", {"w:fldCharType": "separate"}, parent=run)
            # No page numbers before the field is refreshed (they are unknown until Word
            # lays the document out): a linked list of the chapters reads cleanly meanwhile.
            link = el("w:hyperlink", {"w:anchor": bookmark, "w:history": "1"}, parent=p)
            self._run_xml(link, _cut(text, 120))
            paragraphs.append(p)
        if not paragraphs:
            p = el("w:p")
            run = el("w:r", parent=p)
            el("w:fldChar", {"w:fldCharType": "begin", "w:dirty": "true"}, parent=run)
            run = el("w:r", parent=p)
            instr = el("w:instrText", parent=run)
            instr.text = ' TOC \\o "1-3" \\h \\z \\u '
            run = el("w:r", parent=p)
            el("w:fldChar", {"w:fldCharType": "separate"}, parent=run)
            self._run_xml(
                p,
                self.cat.translate(
                    "export", "Right-click and choose Update field to build the table of contents."
                ),
            )
            paragraphs.append(p)
        last = paragraphs[-1]
        run = el("w:r", parent=last)
        el("w:fldChar", {"w:fldCharType": "end"}, parent=run)
        for p in paragraphs:
            anchor.addprevious(p)
        anchor.getparent().remove(anchor)

    def title_text(self) -> str:
        return self.report.title.strip() or self.cat.translate(
            "export", "Internal communication plan"
        )

    # ------------------------------------------------------------------ cover
    def approval_text(self) -> str:
        translate = self.cat.translate
        approval = self.report.approval
        if approval is None:
            return translate("export", "Draft, not yet submitted for approval")
        who = clean_text(approval.who) or "—"
        when = self.dates.long(approval.at.date())
        if str(approval.kind) == "approved":
            return translate("export", "Approved by {who} on {date}").format(who=who, date=when)
        if str(approval.kind) == "rejected":
            return translate("export", "Returned for changes by {who} on {date}").format(
                who=who, date=when
            )
        return translate("export", "Submitted for approval by {who} on {date}").format(
            who=who, date=when
        )

    def _block(self, height_cm: float, lines: Sequence[tuple[str, str, str, float | None]]) -> None:
        """A full-width band in the accent colour holding the title lines (style, text,
        colour, size); a one-cell table, which Word and LibreOffice both lay out the same."""
        el = self._el
        width = str(_twips(self.portrait_width))
        tbl = el("w:tbl")
        tbl_pr = el("w:tblPr", parent=tbl)
        el("w:tblW", {"w:w": width, "w:type": "dxa"}, parent=tbl_pr)
        borders = el("w:tblBorders", parent=tbl_pr)
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el(f"w:{side}", {"w:val": "nil"}, parent=borders)
        el("w:tblLayout", {"w:type": "fixed"}, parent=tbl_pr)
        grid = el("w:tblGrid", parent=tbl)
        el("w:gridCol", {"w:w": width}, parent=grid)
        tr = el("w:tr", parent=tbl)
        tr_pr = el("w:trPr", parent=tr)
        el("w:cantSplit", parent=tr_pr)
        el("w:trHeight", {"w:val": str(_twips(height_cm)), "w:hRule": "atLeast"}, parent=tr_pr)
        tc = el("w:tc", parent=tr)
        tc_pr = el("w:tcPr", parent=tc)
        el("w:tcW", {"w:w": width, "w:type": "dxa"}, parent=tc_pr)
        el("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": self.look.accent}, parent=tc_pr)
        margins = el("w:tcMar", parent=tc_pr)
        el("w:top", {"w:w": "400", "w:type": "dxa"}, parent=margins)
        el("w:left", {"w:w": "560", "w:type": "dxa"}, parent=margins)
        el("w:bottom", {"w:w": "480", "w:type": "dxa"}, parent=margins)
        el("w:right", {"w:w": "560", "w:type": "dxa"}, parent=margins)
        el("w:vAlign", {"w:val": "bottom"}, parent=tc_pr)
        for style, text, colour, size in lines:
            self._p_xml(tc, style, [(clean_text(text), {"colour": colour, "size": size})])
        self.doc.element.body._insert_tbl(tbl)

    def _band_colours(self) -> tuple[str, str]:
        """(kicker, subtitle) colours that read on the accent band."""
        if self.look.accent_text != "FFFFFF":
            return PALETTE["ink"], PALETTE["ink"]
        return ("9ED8CF", "D5DEE8") if self.look.builtin else ("FFFFFF", "F2F2F2")

    def _meta_grid(self, items: Sequence[tuple[str, str]], columns: int = 2) -> None:
        """Label-over-value pairs in a borderless grid (cover metadata)."""
        el = self._el
        width = self.portrait_width / columns
        tbl = el("w:tbl")
        tbl_pr = el("w:tblPr", parent=tbl)
        el("w:tblW", {"w:w": str(_twips(self.portrait_width)), "w:type": "dxa"}, parent=tbl_pr)
        borders = el("w:tblBorders", parent=tbl_pr)
        line = {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": PALETTE["rule"]}
        nil = {"w:val": "nil"}
        for side, spec in (
            ("top", nil),
            ("left", nil),
            ("bottom", line),
            ("right", nil),
            ("insideH", line),
            ("insideV", nil),
        ):
            el(f"w:{side}", spec, parent=borders)
        el("w:tblLayout", {"w:type": "fixed"}, parent=tbl_pr)
        margins = el("w:tblCellMar", parent=tbl_pr)
        el("w:top", {"w:w": "110", "w:type": "dxa"}, parent=margins)
        el("w:left", {"w:w": "0", "w:type": "dxa"}, parent=margins)
        el("w:bottom", {"w:w": "110", "w:type": "dxa"}, parent=margins)
        el("w:right", {"w:w": "200", "w:type": "dxa"}, parent=margins)
        grid = el("w:tblGrid", parent=tbl)
        for _ in range(columns):
            el("w:gridCol", {"w:w": str(_twips(width))}, parent=grid)
        for start in range(0, len(items), columns):
            tr = el("w:tr", parent=tbl)
            el("w:cantSplit", parent=el("w:trPr", parent=tr))
            chunk = list(items[start : start + columns])
            chunk += [("", "")] * (columns - len(chunk))
            for label, value in chunk:
                tc = el("w:tc", parent=tr)
                el(
                    "w:tcW",
                    {"w:w": str(_twips(width)), "w:type": "dxa"},
                    parent=el("w:tcPr", parent=tc),
                )
                self._p_xml(
                    tc,
                    "CP Meta",
                    [
                        (
                            label.upper() + ("\n" if label else ""),
                            {"colour": PALETTE["grey"], "size": 7.5},
                        ),
                        (clean_text(value), {}),
                    ],
                )
        self.doc.element.body._insert_tbl(tbl)

    def cover(self, logo: bytes | None) -> None:
        """A whole first page: accent band with the title, then the plan's particulars."""
        from docx.shared import Cm, Pt

        translate = self.cat.translate
        report = self.report
        if logo:
            p = self.para()
            p.add_run().add_picture(io.BytesIO(logo), height=Cm(1.6))
            p.paragraph_format.space_after = Pt(18)
        kicker_colour, subtitle_colour = self._band_colours()
        org = report.organisation.strip() or translate("export", "Internal communications")
        subtitle = (
            translate("export", "Internal communication plan")
            if report.title.strip()
            else translate("export", "Audiences, campaigns, calendar and measurement")
        )
        self._block(
            9.5 if not logo else 8.0,
            [
                ("CP Kicker", org, kicker_colour, None),
                ("Title", self.title_text(), self.look.accent_text, None),
                ("Subtitle", subtitle, subtitle_colour, None),
            ],
        )
        lead = self.para(self.dates.period(report.first, report.last), "CP Lead")
        lead.paragraph_format.space_before = Pt(20)
        lead.paragraph_format.space_after = Pt(14)
        items = [
            (translate("export", "Version"), clean_text(report.options.version) or "1.0"),
            (translate("export", "Date"), self.dates.long(report.generated.date())),
            (translate("export", "Approval"), self.approval_text()),
            (
                translate("export", "Prepared by"),
                translate("export", "Internal communications team"),
            ),
        ]
        if report.approval is not None and report.approval.comment.strip():
            items.append(
                (
                    translate("export", "Approval note"),
                    _cut(clean_text(report.approval.comment), 300),
                )
            )
        self._meta_grid(items)
        note = self.para(
            translate(
                "export",
                "This plan is generated from the team's planning workspace. Figures count "
                "the communications dated inside the period; definitions are in the appendix.",
            ),
            "CP Small",
        )
        note.paragraph_format.space_before = Pt(24)

    def masthead(self, logo: bytes | None) -> None:
        """The leadership summary starts on page one: a short band instead of a cover page."""
        from docx.shared import Cm, Pt

        translate = self.cat.translate
        report = self.report
        if logo:
            p = self.para()
            p.add_run().add_picture(io.BytesIO(logo), height=Cm(1.2))
            p.paragraph_format.space_after = Pt(8)
        kicker_colour, subtitle_colour = self._band_colours()
        org = report.organisation.strip() or translate("export", "Internal communications")
        self._block(
            3.6,
            [
                ("CP Kicker", org, kicker_colour, None),
                ("Title", self.title_text(), self.look.accent_text, 24),
                (
                    "Subtitle",
                    translate("export", "Leadership summary · {period}").format(
                        period=self.dates.period(report.first, report.last)
                    ),
                    subtitle_colour,
                    12,
                ),
            ],
        )
        meta = " · ".join(
            [
                translate("export", "Version {version}").format(
                    version=clean_text(report.options.version) or "1.0"
                ),
                self.dates.long(report.generated.date()),
                self.approval_text(),
            ]
        )
        p = self.para(meta, "CP Small")
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(4)

    # ------------------------------------------------------------------ sections
    def key_figures(self) -> None:
        """Four big numbers in a borderless band: what leadership reads first."""
        translate = self.cat.translate
        f = self.report.figures
        tiles = [
            (
                self.num(f.campaigns),
                translate("export", "campaign")
                if f.campaigns == 1
                else translate("export", "campaigns"),
            ),
            (
                self.num(f.communications),
                translate("export", "communication")
                if f.communications == 1
                else translate("export", "communications"),
            ),
            (self.pct(f.reached_share), translate("export", "of employees reached")),
            (
                self.pct(f.front_line_share) if f.front_line else "—",
                translate("export", "of front-line staff reached"),
            ),
        ]
        width = self.portrait_width / len(tiles)
        el = self._el
        tbl = el("w:tbl")
        tbl_pr = el("w:tblPr", parent=tbl)
        el("w:tblW", {"w:w": str(_twips(self.portrait_width)), "w:type": "dxa"}, parent=tbl_pr)
        borders = el("w:tblBorders", parent=tbl_pr)
        for side in ("top", "left", "bottom", "right", "insideH"):
            el(f"w:{side}", {"w:val": "nil"}, parent=borders)
        el(
            "w:insideV",
            {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": "FFFFFF"},
            parent=borders,
        )
        el("w:tblLayout", {"w:type": "fixed"}, parent=tbl_pr)
        grid = el("w:tblGrid", parent=tbl)
        for _ in tiles:
            el("w:gridCol", {"w:w": str(_twips(width))}, parent=grid)
        tr = el("w:tr", parent=tbl)
        tr_pr = el("w:trPr", parent=tr)
        el("w:cantSplit", parent=tr_pr)
        for number, label in tiles:
            tc = el("w:tc", parent=tr)
            tc_pr = el("w:tcPr", parent=tc)
            el("w:tcW", {"w:w": str(_twips(width)), "w:type": "dxa"}, parent=tc_pr)
            el(
                "w:shd",
                {
                    "w:val": "clear",
                    "w:color": "auto",
                    "w:fill": PALETTE["soft"] if self.look.builtin else "F2F2F2",
                },
                parent=tc_pr,
            )
            mar = el("w:tcMar", parent=tc_pr)
            el("w:top", {"w:w": "140", "w:type": "dxa"}, parent=mar)
            el("w:bottom", {"w:w": "140", "w:type": "dxa"}, parent=mar)
            el("w:left", {"w:w": "160", "w:type": "dxa"}, parent=mar)
            self._p_xml(tc, "CP Figure", [(number, {})])
            self._p_xml(tc, "CP Figure Label", [(label, {})])
        self.doc.element.body._insert_tbl(tbl)
        self.para().paragraph_format.space_after = 0

    def executive_summary(self) -> None:
        translate = self.cat.translate
        r = self.report
        f = r.figures
        self.heading(translate("export", "Executive summary"), 1)
        if r.is_empty:
            self.para(
                translate(
                    "export",
                    "There are no campaigns or communications planned between {first} and {last}. This document lists the goals, values and audiences of the workspace so that planning can start from them.",
                ).format(first=self.dates.long(r.first), last=self.dates.long(r.last)),
                "CP Lead",
            )
        else:
            self.para(
                translate(
                    "export",
                    "Between {first} and {last} the plan runs {campaigns} and {communications}, addressed to {segments}.",
                ).format(
                    first=self.dates.long(r.first),
                    last=self.dates.long(r.last),
                    campaigns=self.plural(
                        f.campaigns,
                        translate("export", "campaign"),
                        translate("export", "campaigns"),
                    ),
                    communications=self.plural(
                        f.communications,
                        translate("export", "communication"),
                        translate("export", "communications"),
                    ),
                    segments=self.plural(
                        f.segments,
                        translate("export", "audience"),
                        translate("export", "audiences"),
                    ),
                ),
                "CP Lead",
            )
        self.key_figures()
        self.subheading(translate("export", "Highlights"))
        if f.employees:
            self.bullet(
                translate(
                    "export",
                    "{reached} of {employees} employees ({share}) receive at least one communication; among front-line staff, who serve external customers, {fl_reached} of {fl} ({fl_share}).",
                ).format(
                    reached=self.num(f.reached),
                    employees=self.num(f.employees),
                    share=self.pct(f.reached_share),
                    fl_reached=self.num(f.front_line_reached),
                    fl=self.num(f.front_line),
                    fl_share=self.pct(f.front_line_share),
                ),
                lead=translate("export", "Reach. "),
            )
        else:
            self.bullet(
                translate(
                    "export",
                    "No employee directory has been imported, so reach cannot be measured yet.",
                ),
                lead=translate("export", "Reach. "),
            )
        if f.values:
            text = translate(
                "export",
                "{covered} of {values} corporate values are promoted by communications in the period.",
            ).format(covered=self.num(f.values_covered), values=self.num(f.values))
            if f.least_covered_value and f.values > 1:
                text += " " + translate("export", "The least present is “{value}”.").format(
                    value=clean_text(f.least_covered_value)
                )
            self.bullet(text, lead=translate("export", "Values. "))
        if f.goals:
            self.bullet(
                translate(
                    "export",
                    "{served} of {goals} business goals are served by at least one campaign.",
                ).format(served=self.num(f.goals_served), goals=self.num(f.goals)),
                lead=translate("export", "Goals. "),
            )
        if f.communications:
            self.bullet(
                translate(
                    "export",
                    "{share} of communications use two-way channels; pulse surveys planned: {surveys}.",
                ).format(share=self.pct(f.two_way_share), surveys=self.num(f.surveys)),
                lead=translate("export", "Listening. "),
            )
        if r.heard is not None:
            self.bullet(self.heard_summary(), lead=translate("export", "What we heard. "))
        if f.open_risks:
            self.bullet(
                translate(
                    "export",
                    "{risks} open conflicts in the calendar, {serious} of them serious (see “Risks and conflicts”).",
                ).format(risks=self.num(f.open_risks), serious=self.num(f.serious_risks)),
                lead=translate("export", "Risks. "),
            )
        else:
            self.bullet(
                translate("export", "No open conflicts in the calendar."),
                lead=translate("export", "Risks. "),
            )

        if r.risks:
            self.subheading(translate("export", "Main risks"))
            # One line per kind of conflict, most serious first, with its worst case.
            groups: dict[str, list[Any]] = {}
            for risk in r.risks:
                groups.setdefault(risk.kind, []).append(risk)
            ranked = sorted(
                groups.values(),
                key=lambda items: (severity_rank(items[0].severity), -len(items)),
            )
            for items in ranked[: 3 if self.summary else 6]:
                worst = max(items, key=lambda k: (k.count, -severity_rank(k.severity)))
                # The conflict service's messages already name their day.
                when = f" ({self.dates.short(worst.day)})" if worst.day and not worst.label else ""
                lead = f"{self.risk_label(worst)} · {self.severity(worst.severity)}. "
                if len(items) > 1:
                    text = translate("export", "{n} cases; the largest: {example}").format(
                        n=self.num(len(items)), example=clean_text(worst.message) + when
                    )
                else:
                    text = clean_text(worst.message) + when
                self.bullet(text, lead=lead)
        if r.key_dates:
            self.subheading(translate("export", "Key dates"))
            dates = r.key_dates[: 3 if self.summary else 5]
            self.table(
                [
                    translate("export", "Date"),
                    translate("export", "What"),
                    translate("export", "Type"),
                ],
                ([self.dates.short(k.day), k.text, self.key_date_kind(k.kind)] for k in dates),
                [3.0, self.portrait_width - 7.4, 4.4],
            )

    def goals_and_values(self, coverage_png: bytes | None) -> None:
        translate = self.cat.translate
        r = self.report
        self.heading(translate("export", "Goals and values"), 1)
        self.subheading(translate("export", "Business goals"))
        if r.goals:
            rows = []
            for g in r.goals:
                kpi = clean_text(g.goal.kpi) or "—"
                if g.goal.target:
                    kpi += "\n" + translate("export", "Target: {target}").format(
                        target=clean_text(g.goal.target)
                    )
                if g.goal.due_date:
                    kpi += "\n" + translate("export", "Due: {date}").format(
                        date=self.dates.short(g.goal.due_date)
                    )
                if self.summary:
                    serving = self.plural(
                        len(g.campaigns),
                        translate("export", "campaign"),
                        translate("export", "campaigns"),
                    )
                else:
                    serving = (
                        self.names(g.campaigns)
                        if g.campaigns
                        else translate("export", "No campaign serves this goal yet")
                    )
                rows.append(
                    [
                        [
                            (g.goal.name, {"bold": True}),
                            ("\n" + _cut(g.goal.description, 220), {"colour": PALETTE["grey"]})
                            if g.goal.description and not self.summary
                            else ("", {}),
                        ],
                        kpi,
                        serving,
                    ]
                )
            w = self.portrait_width
            self.table(
                [
                    translate("export", "Goal"),
                    translate("export", "KPI and target"),
                    translate("export", "Campaigns serving it"),
                ],
                rows,
                [w * 0.36, w * 0.30, w * 0.34],
            )
        else:
            self.para(
                translate("export", "No business goals are defined in the workspace."), italic=True
            )
        self.subheading(translate("export", "Corporate values"))
        if r.values and self.summary:
            missing = [v.value.name for v in r.values if not v.communications]
            if missing:
                self.para(
                    translate("export", "Not promoted in this period: {values}.").format(
                        values=self.names(missing)
                    )
                )
            if coverage_png:
                self.picture(
                    coverage_png,
                    min(self.portrait_width, 15.0),
                    translate("export", "Values coverage by month (weighted communications)."),
                )
        elif r.values:
            if not self.summary:
                self.para(
                    translate(
                        "export",
                        "Each value is promoted by the campaigns that name it, as a primary or secondary value. The chart counts the communications of those campaigns per month (primary counts 1, secondary 0.5).",
                    ),
                )
            rows = []
            for v in r.values:
                if v.primary or v.secondary:
                    how = []
                    if v.primary:
                        how.append((translate("export", "Primary in: "), {"bold": True}))
                        how.append((self.names(v.primary, 5) + ("\n" if v.secondary else ""), {}))
                    if v.secondary:
                        how.append((translate("export", "Secondary in: "), {"bold": True}))
                        how.append((self.names(v.secondary, 5), {}))
                else:
                    how = [
                        (
                            translate("export", "Not promoted by any campaign in this period"),
                            {"italic": True, "colour": CORAL_HEX},
                        )
                    ]
                coverage = translate(
                    "export", "{n} communications in {m} of {months} months"
                ).format(
                    n=self.num(v.communications),
                    m=self.num(v.months_covered),
                    months=self.num(len(r.months)),
                )
                name = [(v.value.name, {"bold": True})]
                if v.value.description and not self.summary:
                    name.append(
                        ("\n" + _cut(v.value.description, 200), {"colour": PALETTE["grey"]})
                    )
                rows.append([name, how, coverage])
            w = self.portrait_width
            self.table(
                [
                    translate("export", "Value"),
                    translate("export", "How the plan promotes it"),
                    translate("export", "Coverage"),
                ],
                rows,
                [w * 0.28, w * 0.47, w * 0.25],
            )
            if coverage_png:
                self.picture(
                    coverage_png,
                    min(self.portrait_width, 16.0),
                    translate("export", "Values coverage by month (weighted communications)."),
                )
        else:
            self.para(
                translate("export", "No corporate values are defined in the workspace."),
                italic=True,
            )

    def audiences(self) -> None:
        translate = self.cat.translate
        r = self.report
        self.heading(translate("export", "Audiences"), 1)
        if not r.segments:
            self.para(
                translate("export", "No audience segments are defined in the workspace."),
                italic=True,
            )
            return
        w = self.portrait_width
        if not self.summary:
            self.para(
                translate(
                    "export",
                    "Employees are the organisation's first customers. Each audience below is a segment of the employee directory: its size, who is in it and what it needs to hear. Groups smaller than {n} people are not shown.",
                ).format(n=self.num(r.settings.anonymity_threshold))
            )
        if self.summary:
            rows = []
            for s in r.segments[:4]:
                needs = ", ".join(n for n, _c in s.needs[:3]) or "—"
                rows.append([s.segment.name, self.num(s.size), self.pct(s.share), needs])
            self.table(
                [
                    translate("export", "Audience"),
                    translate("export", "People"),
                    translate("export", "Share"),
                    translate("export", "What it needs to hear"),
                ],
                rows,
                [w * 0.34, w * 0.13, w * 0.11, w * 0.42],
            )
            if len(r.segments) > 4:
                self.para(
                    translate("export", "And {n} more audiences in the full plan.").format(
                        n=self.num(len(r.segments) - 4)
                    ),
                    "CP Small",
                )
            return
        labels = {
            "position": translate("export", "Positions"),
            "function": translate("export", "Functions"),
            "department": translate("export", "Departments"),
            "location": translate("export", "Locations"),
            "interests": translate("export", "Interests"),
        }
        for s in r.segments:
            self.heading(s.segment.name, 2)
            if s.segment.description:
                self.para(s.segment.description)
            facts = [
                [
                    translate("export", "Size"),
                    translate("export", "{n} people, {share} of the organisation").format(
                        n=self.num(s.size), share=self.pct(s.share)
                    ),
                ],
                [
                    translate("export", "Front line"),
                    translate("export", "{n} people serve external customers").format(
                        n=self.num(s.front_line)
                    ),
                ],
            ]
            for key, label in labels.items():
                values = s.profile.get(key) or []
                if values:
                    facts.append(
                        [
                            label,
                            ", ".join(
                                f"{v} ({self.pct(c / s.size) if s.size else c})" for v, c in values
                            ),
                        ]
                    )
            facts.append(
                [
                    translate("export", "Campaigns"),
                    self.names(s.campaigns, 8)
                    if s.campaigns
                    else translate("export", "None in this period"),
                ]
            )
            facts.append([translate("export", "Communications"), self.num(s.communications)])
            self.table([], facts, [w * 0.24, w * 0.76], header=False, band=False, label_column=True)
            needs = [n for n, _c in s.needs] + [
                e for e, _c in s.expectations if e not in {n for n, _c in s.needs}
            ]
            if needs:
                self.label(translate("export", "What it needs to hear"))
                for item in needs[:6]:
                    self.bullet(item)

    def campaigns(self) -> int:
        translate = self.cat.translate
        r = self.report
        self.heading(translate("export", "Campaigns"), 1)
        if not r.campaigns:
            self.para(translate("export", "No campaigns are planned in this period."), italic=True)
            return 0
        w = self.portrait_width
        if self.summary:
            limit = 5
            rows = []
            for entry in sorted(
                r.campaigns, key=lambda e: (_PRIO.get(str(e.campaign.priority), 2), -len(e.comms))
            )[:limit]:
                c = entry.campaign
                rows.append(
                    [
                        [
                            (c.name, {"bold": True}),
                            ("\n" + _cut(clean_text(c.objective), 70), {"colour": PALETTE["grey"]})
                            if c.objective
                            else ("", {}),
                        ],
                        self._span(entry.first, entry.last),
                        self.names(entry.segments, 3) or "—",
                        self.num(len(entry.comms)),
                        self.status(c.status),
                    ]
                )
            self.table(
                [
                    translate("export", "Campaign"),
                    translate("export", "Dates"),
                    translate("export", "Audiences"),
                    translate("export", "Comms"),
                    translate("export", "Status"),
                ],
                rows,
                [w * 0.4, w * 0.17, w * 0.2, w * 0.1, w * 0.13],
            )
            if len(r.campaigns) > limit:
                self.para(
                    translate(
                        "export",
                        "The {n} campaigns with the highest priority; {more} more are in the full plan.",
                    ).format(n=self.num(limit), more=self.num(len(r.campaigns) - limit)),
                    "CP Small",
                )
            return len(r.campaigns)
        # Overview first, then one section each.
        self.table(
            [
                translate("export", "Campaign"),
                translate("export", "Dates"),
                translate("export", "Owner"),
                translate("export", "Comms"),
                translate("export", "Status"),
            ],
            (
                [
                    e.campaign.name,
                    self._span(e.first, e.last),
                    e.campaign.owner or "—",
                    self.num(len(e.comms)),
                    self.status(e.campaign.status),
                ]
                for e in r.campaigns
            ),
            [w * 0.37, w * 0.22, w * 0.18, w * 0.1, w * 0.13],
        )
        return len(r.campaigns)

    def campaign_section(self, entry: Any) -> None:
        translate = self.cat.translate
        c = entry.campaign
        w = self.portrait_width
        self.heading(c.name, 2)
        if c.objective:
            self.rich(
                [(translate("export", "Objective: "), {"bold": True}), (c.objective, {})], "CP Lead"
            )
        facts = [
            [translate("export", "Dates"), self._span(entry.first, entry.last)],
            [translate("export", "Owner"), c.owner or "—"],
            [
                translate("export", "Status"),
                self.status(c.status)
                + " · "
                + translate("export", "priority {level}").format(
                    level=self.priority(c.priority).lower()
                ),
            ],
            [translate("export", "Goals"), ", ".join(entry.goals) or "—"],
            [
                translate("export", "Values"),
                ", ".join(f"{name} ({self.weight(wt)})" for name, wt in entry.values) or "—",
            ],
            [translate("export", "Audiences"), ", ".join(entry.segments) or "—"],
            [translate("export", "Channels"), ", ".join(entry.channels) or "—"],
        ]
        self.table([], facts, [w * 0.22, w * 0.78], header=False, band=False, label_column=True)
        if c.key_messages:
            self.label(translate("export", "Key messages"))
            for message in c.key_messages:
                self.bullet(message)
        if entry.comms:
            self.label(translate("export", "Communications"))
            rows = []
            for row in entry.comms:
                message = [(row.title, {"bold": True})]
                if row.message:
                    message.append(("\n" + _cut(clean_text(row.message), 300), {}))
                rows.append(
                    [
                        f"{self.dates.short(row.start.date())}\n{self.dates.time(row.start)}",
                        row.channel or "—",
                        _cut(row.segments, 120) or "—",
                        message,
                    ]
                )
            self.table(
                [
                    translate("export", "Date"),
                    translate("export", "Channel"),
                    translate("export", "Audience"),
                    translate("export", "Communication and message"),
                ],
                rows,
                [w * 0.15, w * 0.18, w * 0.22, w * 0.45],
            )
        else:
            self.para(
                translate("export", "No communications of this campaign fall in the period."),
                "CP Small",
            )

    def _span(self, first: date | None, last: date | None) -> str:
        if first and last and first != last:
            return f"{self.dates.short(first)} – {self.dates.short(last)}"
        if first or last:
            return self.dates.short(first or last)  # type: ignore[arg-type]
        return "—"

    def calendar(self, timeline_png: bytes | None, width: float) -> None:
        translate = self.cat.translate
        r = self.report
        self.heading(translate("export", "Calendar"), 1)
        if timeline_png:
            self.picture(
                timeline_png,
                width,
                translate(
                    "export",
                    "Timeline of the period: bars span each campaign, dots mark its communications, shaded bands are blackout periods.",
                )
                if len(r.campaigns) <= (8 if self.summary else 25)
                else translate(
                    "export",
                    "Timeline of the {n} highest-priority campaigns of {total}: bars span each campaign, dots mark its communications, shaded bands are blackout periods.",
                ).format(n=8 if self.summary else 25, total=self.num(len(r.campaigns))),
            )
        if self.summary:
            return
        self.heading(translate("export", "Month by month"), 2)
        rows = []
        for m in r.month_rows:
            channels = ", ".join(f"{name} ({self.num(n)})" for name, n in m.channels) or "—"
            rows.append(
                [
                    [(self.dates.month(m.month), {"bold": True})],
                    self.num(m.communications),
                    self.num(m.campaigns),
                    self.num(m.two_way),
                    channels,
                    _cut(", ".join(m.highlights), 200) or "—",
                ]
            )
        self.table(
            [
                translate("export", "Month"),
                translate("export", "Comms"),
                translate("export", "Campaigns"),
                translate("export", "Two-way"),
                translate("export", "Main channels"),
                translate("export", "Highlights"),
            ],
            rows,
            [width * 0.13, width * 0.08, width * 0.1, width * 0.08, width * 0.28, width * 0.33],
        )

    def channel_mix(self, mix_png: bytes | None) -> None:
        translate = self.cat.translate
        r = self.report
        self.heading(translate("export", "Channel mix"), 1)
        if not self.summary:
            self.para(
                translate(
                    "export",
                    "Listening matters as much as telling: two-way channels (meetings, surveys, chats) let employees answer, ask and propose. {share} of the communications in this plan use them.",
                ).format(share=self.pct(r.figures.two_way_share))
            )
        if mix_png:
            self.picture(
                mix_png,
                min(self.portrait_width, 16.0),
                translate("export", "Channel mix: one-way and two-way communications."),
            )
        if r.channels and not self.summary:
            w = self.portrait_width
            self.table(
                [
                    translate("export", "Channel"),
                    translate("export", "Direction"),
                    translate("export", "Communications"),
                    translate("export", "Share"),
                ],
                (
                    [
                        c.channel.name,
                        translate("export", "Two-way")
                        if c.channel.two_way
                        else translate("export", "One-way"),
                        self.num(c.communications),
                        self.pct(c.share),
                    ]
                    for c in r.channels
                ),
                [w * 0.4, w * 0.2, w * 0.22, w * 0.18],
            )

    def measurement(self) -> None:
        translate = self.cat.translate
        r = self.report
        w = self.portrait_width
        self.heading(translate("export", "Measurement plan"), 1)
        self.subheading(translate("export", "Indicators"))
        if r.kpis:
            self.table(
                [
                    translate("export", "Goal"),
                    translate("export", "KPI"),
                    translate("export", "Target"),
                    translate("export", "Due"),
                ],
                (
                    [
                        k.goal,
                        k.kpi or "—",
                        k.target or "—",
                        self.dates.short(k.due) if k.due else "—",
                    ]
                    for k in r.kpis
                ),
                [w * 0.32, w * 0.32, w * 0.2, w * 0.16],
            )
        else:
            self.para(
                translate("export", "No KPIs are defined for the business goals yet."), italic=True
            )
        # The summary's highlights already count the pulse surveys.
        if not self.summary:
            self.subheading(translate("export", "Pulse surveys"))
            if r.surveys:
                self.table(
                    [
                        translate("export", "Date"),
                        translate("export", "Survey"),
                        translate("export", "Campaign"),
                        translate("export", "Audience"),
                    ],
                    (
                        [self.dates.short(s.when.date()), s.title, s.campaign, s.segments or "—"]
                        for s in r.surveys
                    ),
                    [w * 0.15, w * 0.33, w * 0.28, w * 0.24],
                )
            else:
                self.para(
                    translate(
                        "export",
                        "No pulse surveys are planned in this period. Consider one per quarter to hear how employees receive the plan.",
                    ),
                    italic=True,
                )
        self.subheading(translate("export", "Latest results"))
        if r.results:
            results = r.results[:3] if self.summary else r.results
            self.table(
                [
                    translate("export", "Metric"),
                    translate("export", "Group"),
                    translate("export", "Result"),
                    translate("export", "Respondents"),
                    translate("export", "Date"),
                ],
                (
                    [
                        m.metric,
                        m.group or translate("export", "Whole organisation"),
                        self.num(round(m.value, 1)),
                        self.num(m.respondents) if m.respondents is not None else "—",
                        self.dates.short(m.when),
                    ]
                    for m in results
                ),
                [w * 0.3, w * 0.26, w * 0.14, w * 0.15, w * 0.15],
            )
        else:
            self.para(translate("export", "No results have been recorded yet."), italic=True)
        if r.hidden_results:
            self.para(
                translate(
                    "export",
                    "Results about groups of fewer than {threshold} people or respondents are not shown, to protect anonymity: {n}.",
                ).format(
                    n=self.num(r.hidden_results), threshold=self.num(r.settings.anonymity_threshold)
                ),
                "CP Small",
            )
        # The leadership summary says it in its executive summary; the plan lists it here.
        if r.heard is not None and (not self.summary or not r.options.wants("summary")):
            self.listening()

    # ------------------------------------------------------------------ listening log
    def feedback_kind(self, value: Any) -> str:
        translate = self.cat.translate
        labels = {
            "idea": translate("export", "Idea"),
            "question": translate("export", "Question"),
            "complaint": translate("export", "Complaint"),
            "praise": translate("export", "Praise"),
        }
        return labels.get(str(value), str(value))

    def feedback_status(self, value: Any) -> str:
        translate = self.cat.translate
        labels = {
            "new": translate("export", "Still open"),
            "answered": translate("export", "Answered"),
            "acted_on": translate("export", "Acted on"),
        }
        return labels.get(str(value), str(value))

    def heard_kinds(self) -> str:
        """ "3 ideas, 1 question and 2 complaints": the kinds heard, with counts."""
        translate = self.cat.translate
        heard = self.report.heard
        assert heard is not None
        words = {
            "idea": (translate("export", "idea"), translate("export", "ideas")),
            "question": (translate("export", "question"), translate("export", "questions")),
            "complaint": (translate("export", "complaint"), translate("export", "complaints")),
            "praise": (translate("export", "compliment"), translate("export", "compliments")),
        }
        parts = [
            self.plural(count, *words.get(str(kind), (str(kind), str(kind))))
            for kind, count in heard.by_kind.items()
            if count
        ]
        if len(parts) < 2:
            return "".join(parts)
        return translate("export", "{items} and {last}").format(
            items=", ".join(parts[:-1]), last=parts[-1]
        )

    def heard_summary(self) -> str:
        """One or two sentences on the listening log for the executive summary."""
        translate = self.cat.translate
        heard = self.report.heard
        assert heard is not None
        if not heard.received:
            return translate(
                "export", "Nothing was recorded in the ideas and feedback log in this period."
            )
        return translate(
            "export",
            "Received through two-way channels: {entries} ({kinds}). Answered or acted on: {share} (acted on: {acted}); still open: {open}.",
        ).format(
            entries=self.plural(
                heard.received,
                translate("export", "contribution"),
                translate("export", "contributions"),
            ),
            kinds=self.heard_kinds(),
            share=self.pct(heard.share_answered),
            acted=self.num(heard.acted_on),
            open=self.num(heard.still_open),
        )

    def listening(self) -> None:
        """What was heard in the period and what was done about it (the listening log)."""
        translate = self.cat.translate
        r = self.report
        heard = r.heard
        assert heard is not None
        w = self.portrait_width
        self.subheading(translate("export", "Listening: what we heard and what we did"))
        if not heard.received:
            self.para(
                translate(
                    "export",
                    "No ideas, questions, complaints or compliments were recorded in the listening log between {first} and {last}.",
                ).format(first=self.dates.long(r.first), last=self.dates.long(r.last)),
                italic=True,
            )
            return
        self.para(
            translate(
                "export",
                "Between {first} and {last} the listening log recorded {entries}: {kinds}. Answered: {answered}; acted on: {acted}; still open: {open} ({share} answered or acted on).",
            ).format(
                first=self.dates.long(r.first),
                last=self.dates.long(r.last),
                entries=self.plural(
                    heard.received,
                    translate("export", "contribution"),
                    translate("export", "contributions"),
                ),
                kinds=self.heard_kinds(),
                answered=self.num(heard.answered),
                acted=self.num(heard.acted_on),
                open=self.num(heard.still_open),
                share=self.pct(heard.share_answered),
            )
        )
        if heard.top_tags:
            self.para(
                translate("export", "Most frequent topics: {topics}.").format(
                    topics=", ".join(
                        f"{clean_text(tag)} ({self.num(n)})" for tag, n in heard.top_tags[:6]
                    )
                )
            )
        if self.summary:
            return
        # What was done first (acted on, then answered, newest first), then what waits.
        items = [*heard.acted, *heard.answered_items, *heard.open_items]
        group_text = self.cat.translate

        def heard_from(item: Any) -> str:
            lines = [item.channel or "—"]
            if item.group is not None and not item.group.is_organisation:
                lines.append(item.group.text(group_text))
            return "\n".join(clean_text(line) for line in lines)

        def what(item: Any) -> list[tuple[str, dict[str, Any]]]:
            runs: list[tuple[str, dict[str, Any]]] = [(item.text, {})]
            if item.campaign:
                runs.append(("\n" + item.campaign, {"italic": True, "colour": PALETTE["grey"]}))
            return runs

        def done(item: Any) -> list[tuple[str, dict[str, Any]]]:
            runs: list[tuple[str, dict[str, Any]]] = [
                (self.feedback_status(item.status), {"bold": True})
            ]
            if item.response:
                runs.append(("\n" + item.response, {}))
            return runs

        self.table(
            [
                translate("export", "Date"),
                translate("export", "Channel and group"),
                translate("export", "Kind and topics"),
                translate("export", "What we heard"),
                translate("export", "What we did"),
            ],
            (
                [
                    self.dates.short(item.received),
                    heard_from(item),
                    [
                        (self.feedback_kind(item.kind), {"bold": True}),
                        ("\n" + ", ".join(item.tags) if item.tags else "", {}),
                    ],
                    what(item),
                    done(item),
                ]
                for item in items
            ),
            [w * 0.13, w * 0.18, w * 0.15, w * 0.29, w * 0.25],
        )
        if len(items) < heard.received:
            self.para(
                translate(
                    "export",
                    "The table shows {shown} of the {n} contributions: the latest acted on and answered, and the oldest still open.",
                ).format(shown=self.num(len(items)), n=self.num(heard.received)),
                "CP Small",
            )
        if heard.withheld_groups:
            self.para(
                translate(
                    "export",
                    "Contributions from groups of fewer than {threshold} people: {n}. Their group is not named, to protect anonymity.",
                ).format(
                    n=self.num(heard.withheld_groups),
                    threshold=self.num(r.settings.anonymity_threshold),
                ),
                "CP Small",
            )

    def risks(self) -> None:
        translate = self.cat.translate
        r = self.report
        w = self.portrait_width
        self.heading(translate("export", "Risks and conflicts"), 1)
        if not r.risks:
            self.para(
                translate(
                    "export",
                    "No conflicts were found in the calendar of this period: no audience receives more than its weekly limit, no channel is over capacity and nothing is sent during a blackout or public holiday.",
                )
            )
            return
        self.para(
            translate(
                "export",
                "Conflicts found in the calendar, most serious first. Resolve them by moving, merging or dropping communications.",
            )
        )
        counts: dict[tuple[int, str], list[Any]] = {}
        for risk in r.risks:
            counts.setdefault((severity_rank(risk.severity), self.risk_label(risk)), []).append(
                risk
            )
        self.table(
            [
                translate("export", "Type"),
                translate("export", "Severity"),
                translate("export", "Cases"),
            ],
            (
                [label, self.severity_cell(items[0].severity), self.num(len(items))]
                for (_rank, label), items in sorted(
                    counts.items(), key=lambda kv: (kv[0][0], -len(kv[1]))
                )
            ),
            [w * 0.55, w * 0.25, w * 0.2],
        )
        risks = r.risks[:15] if self.summary else r.risks
        rows = []
        for k in risks:
            details: list[tuple[str, dict[str, Any]]] = [(k.message, {})]
            if k.detail and not self.summary:
                details.append(
                    ("\n" + _cut(clean_text(k.detail), 200), {"colour": PALETTE["grey"]})
                )
            rows.append(
                [
                    self.severity_cell(k.severity),
                    self.dates.short(k.day) if k.day else "—",
                    self.risk_label(k),
                    details,
                ]
            )
        self.heading(translate("export", "Conflicts in detail"), 2)
        self.table(
            [
                translate("export", "Severity"),
                translate("export", "Date"),
                translate("export", "Type"),
                translate("export", "Details"),
            ],
            rows,
            [w * 0.12, w * 0.14, w * 0.2, w * 0.54],
        )
        if len(risks) < len(r.risks):
            self.para(
                translate("export", "And {n} more in the full plan.").format(
                    n=self.num(len(r.risks) - len(risks))
                ),
                "CP Small",
            )

    def severity_cell(self, severity: str) -> list[tuple[str, dict[str, Any]]]:
        colour = {0: CORAL_HEX, 1: "9A6B00"}.get(severity_rank(severity), PALETTE["grey"])
        return [(self.severity(severity), {"bold": True, "colour": colour})]

    def appendix(self) -> None:
        translate = self.cat.translate
        r = self.report
        w = self.portrait_width
        self.heading(translate("export", "Appendix: definitions"), 1)
        terms = [
            (
                translate("export", "Campaign"),
                translate(
                    "export",
                    "A set of communications with one objective, key messages, audiences, an owner and dates.",
                ),
            ),
            (
                translate("export", "Communication"),
                translate(
                    "export",
                    "One dated message sent through one channel to one or more audiences; a repeating communication counts once per date.",
                ),
            ),
            (
                translate("export", "Audience (segment)"),
                translate(
                    "export",
                    "A group of active employees defined by position, function, department, location, interests, needs or expectations.",
                ),
            ),
            (
                translate("export", "Front line"),
                translate("export", "Employees who deal with external customers every day."),
            ),
            (
                translate("export", "Reach"),
                translate(
                    "export",
                    "Employees in at least one audience of a communication in the period, as a share of all active employees.",
                ),
            ),
            (
                translate("export", "Values coverage"),
                translate(
                    "export",
                    "Communications of campaigns promoting a value, per month; a primary value counts 1, a secondary value 0.5.",
                ),
            ),
            (
                translate("export", "Two-way channel"),
                translate(
                    "export",
                    "A channel where employees can answer: meetings, town halls, surveys, chats.",
                ),
            ),
            (
                translate("export", "Pulse survey"),
                translate(
                    "export",
                    "A short, frequent survey on a survey channel that measures how the plan lands.",
                ),
            ),
            (
                translate("export", "Anonymity threshold"),
                translate(
                    "export", "Results of groups with fewer than {n} respondents are never shown."
                ).format(n=self.num(r.settings.anonymity_threshold)),
            ),
            (
                translate("export", "Audience overload"),
                translate(
                    "export", "An audience receives more than {n} communications in one week."
                ).format(n=self.num(r.settings.weekly_cap)),
            ),
            (
                translate("export", "Channel capacity"),
                translate(
                    "export", "A channel carries more communications in one day than it can handle."
                ),
            ),
            (
                translate("export", "Blackout period"),
                translate(
                    "export",
                    "Days when nothing should be sent, such as a quarter close or a company event.",
                ),
            ),
        ]
        self.table(
            [translate("export", "Term"), translate("export", "Meaning")],
            terms,
            [w * 0.28, w * 0.72],
            first_bold=True,
        )
        self.heading(translate("export", "Workflow statuses"), 2)
        statuses = [
            ("idea", translate("export", "Proposed, not yet worked out.")),
            ("draft", translate("export", "Being written.")),
            ("in_review", translate("export", "Waiting for review or approval.")),
            ("approved", translate("export", "Approved, not yet scheduled.")),
            ("scheduled", translate("export", "Dated and ready to go out.")),
            ("live", translate("export", "Running now.")),
            ("done", translate("export", "Finished.")),
            ("cancelled", translate("export", "Dropped; not counted in this plan.")),
        ]
        self.table(
            [translate("export", "Status"), translate("export", "Meaning")],
            ([self.status(s), m] for s, m in statuses),
            [w * 0.28, w * 0.72],
            first_bold=True,
        )
        self.para(
            translate(
                "export", "Generated by Comms Planner on {date} from the workspace “{name}”."
            ).format(
                date=self.dates.long(r.generated.date()),
                name=clean_text(self.workspace_name) or "—",
            ),
            "CP Small",
        )


CORAL_HEX = "B4432B"
_PRIO = {"critical": 0, "high": 1, "normal": 2, "low": 3}


# ---------------------------------------------------------------------------- orchestration


def _read_logo(path: str) -> bytes | None:
    if not path:
        return None
    target = Path(path)
    try:
        data = target.read_bytes()
    except OSError:
        raise _logo_error(target) from None
    signatures = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM")
    if not data.startswith(signatures):
        raise _logo_error(target)
    return data


def render_document(
    report: PlanReport, progress: Progress | None = None, *, workspace_name: str = ""
) -> DocxDocument:
    """Lays out ``report`` as a python-docx Document (not yet saved)."""
    progress = progress or Progress()
    options = report.options
    logo = _read_logo(options.logo)
    document, templated = _load_document(options.template)
    writer = _Writer(report, document, templated, workspace_name)
    writer.setup_styles()
    cat = writer.cat
    translate = cat.translate
    progress.step(0, 100)

    # Charts first (the slow part besides the tables), only for the sections shown.
    from . import charts_plan

    coverage_png = timeline_png = mix_png = None
    if options.wants("goals_values") and report.values and report.months:
        coverage_png = charts_plan.figure_png(
            charts_plan.values_coverage_figure(
                report, cat, max_height=2.6 if options.summary else 6.5
            )
        )
    progress.step(10, 100)
    if options.wants("calendar") and report.campaigns:
        # Drawn at the size it is printed, so its text keeps its point size on paper.
        timeline_png = charts_plan.figure_png(
            charts_plan.timeline_figure(
                report,
                cat,
                max_rows=8 if options.summary else 25,
                width=charts_plan.PORTRAIT_WIDTH
                if options.summary
                else charts_plan.LANDSCAPE_WIDTH,
            )
        )
    progress.step(20, 100)
    if options.wants("channels") and report.comms:
        mix_png = charts_plan.figure_png(
            charts_plan.channel_mix_figure(report, cat, max_height=2.6 if options.summary else 4.2)
        )
    progress.step(30, 100)

    section = document.sections[0]
    writer.page_setup(section, landscape=False)
    if templated:
        writer.portrait_width = writer.text_width(section)
        writer.templated_header_footer(section)
    else:
        section.different_first_page_header_footer = True
        writer.header_footer(section)
    if options.summary:
        writer.masthead(logo)
    else:
        writer.cover(logo)
        writer.toc()
    progress.step(32, 100)

    chapters = [
        name
        for name in ("summary", "goals_values", "audiences", "campaigns")
        if options.wants(name)
    ]
    for name in chapters:
        if name == "summary":
            writer.executive_summary()
        elif name == "goals_values":
            writer.goals_and_values(coverage_png)
        elif name == "audiences":
            writer.audiences()
        elif name == "campaigns":
            writer.campaigns()
            if not options.summary:
                total = len(report.campaigns) or 1
                for index, entry in enumerate(report.campaigns):
                    if index % 10 == 0:
                        progress.step(40 + 40 * index // total, 100)
                    writer.campaign_section(entry)
    progress.step(80, 100)
    rest = [s for s in ("channels", "measurement", "risks", "appendix") if options.wants(s)]
    if options.summary:
        # The summary's first page already lists the main risks; definitions stay in the plan.
        rest = [
            s
            for s in rest
            if s not in ("appendix",) and not (s == "risks" and options.wants("summary"))
        ]
    if options.wants("calendar"):
        if options.summary:
            writer.calendar(timeline_png, writer.portrait_width)
        else:
            section = writer.new_section(landscape=True)
            writer.calendar(timeline_png, writer.text_width(section))
            if rest:
                writer.new_section(landscape=False)
    progress.step(85, 100)
    for name in rest:
        if name == "channels":
            writer.channel_mix(mix_png)
        elif name == "measurement":
            writer.measurement()
        elif name == "risks":
            writer.risks()
        elif name == "appendix":
            writer.appendix()
    if not chapters and not rest and not options.wants("calendar"):
        writer.para(
            translate("export", "No sections were selected for this document."), italic=True
        )
    writer.fill_toc()
    _finish_package(document, report, cat, workspace_name)
    progress.step(95, 100)
    return document


def _finish_package(
    document: DocxDocument, report: PlanReport, cat: Any, workspace_name: str
) -> None:
    """Document properties, and asking Word to refresh fields (TOC, page numbers) on open."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = document.core_properties
    props.title = clean_text(
        report.title or cat.translate("export", "Internal communication plan")
    )[:250]
    props.subject = clean_text(report.organisation)[:250]
    props.author = clean_text(report.organisation or "Comms Planner")[:250]
    props.last_modified_by = "Comms Planner"
    props.language = "es-ES" if report.language == "es" else "en-GB"
    props.keywords = "Comms Planner"
    props.created = report.generated
    props.modified = report.generated
    props.revision = 1
    props.comments = clean_text(workspace_name)[:250]
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        # Settings are a strict sequence: updateFields goes before these.
        later = set(_SETTINGS_AFTER_UPDATE_FIELDS)
        for index, child in enumerate(settings):
            if _local(child.tag) in later:
                settings.insert(index, update)
                break
        else:
            settings.append(update)


def write_plan_docx(
    report: PlanReport,
    target: str | os.PathLike[str],
    progress: Progress | None = None,
    *,
    workspace_name: str = "",
) -> Path:
    """Writes ``report`` to ``target`` atomically and returns the path written."""
    progress = progress or Progress()
    path = Path(target)
    _check_target(path)
    document = render_document(report, _Sub(progress, 0, 90), workspace_name=workspace_name)
    progress.step(90, 100)
    _atomic_save(document, path)
    progress.step(100, 100)
    return path


def _lock_files(path: Path) -> list[Path]:
    """Owner files Word (~$name) and LibreOffice (.~lock.name#) keep beside an open document."""
    name = path.name
    candidates = [path.with_name(f".~lock.{name}#"), path.with_name("~$" + name)]
    if len(name) > 2:
        candidates.append(path.with_name("~$" + name[2:]))
    return [c for c in candidates if c.exists()]


def _check_target(path: Path) -> None:
    """Refuses a target that cannot be replaced, before any work is done."""
    folder = path.parent if str(path.parent) else Path(".")
    translate = catalog().translate
    if path.is_dir():
        raise _write_error(path, translate("export", "it is a folder"))
    if not folder.exists():
        raise _folder_error(folder, translate("export", "the folder does not exist"))
    if not folder.is_dir():
        raise _folder_error(folder, translate("export", "it is not a folder"))
    if path.exists():
        if _lock_files(path):
            raise _locked_error(path)
        mode = path.stat().st_mode
        # Checked on the mode bits as well: root may write anything, users still expect a
        # read-only file to stay as it is.
        if not (mode & stat.S_IWUSR) or not os.access(path, os.W_OK):
            raise _read_only_error(path)


def _atomic_save(document: DocxDocument, path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=".~cp-", suffix=".docx.part", dir=folder)
    except OSError as exc:
        raise _folder_error(folder, exc.strerror or str(exc)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            document.save(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(path, temporary)
        os.replace(temporary, path)
    except PermissionError:
        _discard(temporary)
        raise _locked_error(path) from None
    except OSError as exc:
        _discard(temporary)
        raise _write_error(path, exc.strerror or str(exc)) from None
    except BaseException:
        _discard(temporary)
        raise


def _copy_mode(path: Path, temporary: str) -> None:
    """The new file gets the old file's permissions, or the usual ones for a new file."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(temporary, mode)


def _discard(temporary: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temporary)


# ---------------------------------------------------------------------------- service


class DocxExportService:
    """Exports the workspace's plan to Word and remembers the options per workspace."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        conflicts: Any = None,
        members: Any = None,
        feedback: Any = None,
    ) -> None:
        """``conflicts`` (``hub.conflicts``), ``members`` (``hub.segmentation``) and
        ``feedback`` (``hub.feedback``) are shared with the rest of the app when given;
        otherwise the report builds its own."""
        self._ws = workspace
        self._conflicts = conflicts
        self._members = members
        self._feedback = feedback

    def load_options(self) -> ExportOptions:
        stored = self._ws.settings.get_value(OPTIONS_KEY, None)
        options = ExportOptions.from_dict(stored)
        if stored is None:
            settings = self._ws.settings.load()
            options = replace(
                options, language=settings.language if settings.language in ("es", "en") else "es"
            )
        return options

    def save_options(self, options: ExportOptions) -> None:
        """Remembers the options (not possible, and silently skipped, when read-only)."""
        if self._ws.read_only:
            return
        self._ws.settings.set_value(OPTIONS_KEY, options.to_dict())

    def default_period(self) -> tuple[date, date]:
        return default_period(self._ws)

    def choices(self) -> dict[str, list[tuple[int, str]]]:
        """Campaigns and segments the dialog offers, as (id, name)."""
        return {
            "campaigns": [(c.id, c.name) for c in self._ws.campaigns.list() if c.id is not None],
            "segments": [(s.id, s.name) for s in self._ws.segments.list() if s.id is not None],
        }

    def build_report(self, options: ExportOptions, progress: Progress | None = None) -> PlanReport:
        return build_plan_report(
            self._ws,
            options,
            progress,
            conflicts=self._conflicts,
            members_source=self._members,
            feedback=self._feedback,
        )

    def export(
        self,
        options: ExportOptions,
        target: str | os.PathLike[str] | None = None,
        progress: Progress | None = None,
        *,
        remember: bool = True,
    ) -> Path:
        """Builds the report and writes it; returns the path of the Word file."""
        progress = progress or Progress()
        path = Path(target or options.output)
        if not str(path) or str(path) == ".":
            raise _write_error(
                path, catalog(options.language).translate("export", "no file name given")
            )
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        _check_target(path)
        options = replace(options, output=str(path))
        report = self.build_report(options, _Sub(progress, 0, 30))
        written = write_plan_docx(
            report, path, _Sub(progress, 30, 100), workspace_name=self._ws.path.stem
        )
        if remember:
            with contextlib.suppress(CommsPlannerError):
                self.save_options(options)
        return written


def summary_options(options: ExportOptions) -> ExportOptions:
    """The leadership-summary variant of ``options``."""
    return replace(options, detail=DETAIL_SUMMARY)
