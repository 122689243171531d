"""The table reader against the messy files HR systems and people produce."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from commsplanner.domain.errors import Cancelled
from commsplanner.domain.progress import Progress
from commsplanner.services.tabular import (
    Severity,
    TableReadError,
    column_letter,
    detect_encoding,
    read_table,
    sniff_delimiter,
)


def write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_is_detected(tmp_path: Path, delimiter: str) -> None:
    rows = [["ID", "Nombre", "Puesto"], ["1", "Ana", "Cajera"], ["2", "Luis", "Jefe, tienda"]]
    text = "\n".join(
        delimiter.join(f'"{c}"' if delimiter in c or "," in c else c for c in row) for row in rows
    )
    table = read_table(write(tmp_path, "d.csv", text + "\n"))
    assert table.delimiter == delimiter
    assert table.labels == ["ID", "Nombre", "Puesto"]
    assert table.rows[1] == ("2", "Luis", "Jefe, tienda")


def test_sniffing_prefers_the_consistent_delimiter() -> None:
    # Commas inside values but semicolons between them, as Spanish Excel writes.
    text = "ID;Nombre;Área\n1;Ruiz, Ana;Ventas\n2;Paz, Luis;TI\n"
    assert sniff_delimiter(text) == ";"


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", b"\xef\xbb\xbf", "UTF-8 (BOM)"),
        ("cp1252", b"", "Windows-1252"),
        ("utf-16-le", b"\xff\xfe", "UTF-16 LE"),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, bom: bytes, expected: str) -> None:
    text = "ID\tNombre\tÁrea\n7\tMaría Núñez\tAtención al cliente – €\n"
    table = read_table(write(tmp_path, "e.csv", bom + text.encode(encoding)))
    assert table.encoding == expected
    assert table.labels == ["ID", "Nombre", "Área"]
    assert table.rows == [("7", "María Núñez", "Atención al cliente – €")]


def test_latin1_bytes_that_windows_1252_does_not_define(tmp_path: Path) -> None:
    data = "ID,Nombre\n1,Peña\n".encode("latin-1") + b"2,x\x81y\n"
    assert detect_encoding(data)[1].startswith("ISO-8859-1")
    table = read_table(write(tmp_path, "l.csv", data))
    assert table.rows[0] == ("1", "Peña")
    assert table.rows[1] == ("2", "x\x81y")


def test_blank_lines_and_trailing_spaces(tmp_path: Path) -> None:
    text = "ID , Nombre \r\n\r\n1 ,  Ana  \r\n   \r\n2,Luis\t\r\n\r\n"
    table = read_table(write(tmp_path, "b.csv", text))
    assert table.labels == ["ID", "Nombre"]
    assert table.rows == [("1", "Ana"), ("2", "Luis")]
    # Row numbers are those a spreadsheet shows, blank lines included.
    assert table.row_numbers == [3, 5]


def test_title_rows_are_skipped_and_group_headers_combined(tmp_path: Path) -> None:
    text = (
        "Informe de plantilla,,,,\n"
        "\n"
        ",Datos personales,,Organización,\n"
        "ID,Nombre,Teléfono,Puesto,Teléfono\n"
        "1,Ana,600,Cajera,910\n"
    )
    table = read_table(write(tmp_path, "h.csv", text))
    assert table.header_rows == (3, 4)
    assert table.labels == [
        "ID",
        "Nombre",
        "Datos personales / Teléfono",
        "Puesto",
        "Organización / Teléfono",
    ]
    assert table.rows == [("1", "Ana", "600", "Cajera", "910")]
    notes = [i.message() for i in table.issues if i.severity is Severity.INFO]
    assert "Row 1 above the header was skipped." in notes
    assert "Header rows 3–4 were combined into one." in notes


def test_duplicate_headers_get_distinct_labels(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "x.csv", "ID,Nota,Nota,nota\n1,a,b,c\n"))
    assert table.labels == ["ID", "Nota", "Nota (2)", "nota (3)"]


def _merged_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Plantilla"
    sheet.append(["Informe de plantilla — marzo"])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["ID", "Datos personales", None, "Organización", None, None])
    sheet.append([None, "Nombre", "Apellidos", "Puesto", "Área", "Fecha de alta"])
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:C3")
    sheet.merge_cells("D3:F3")
    sheet.append([1001, "Ana", "Ruiz", "Cajera", "Ventas", datetime(2021, 3, 15)])
    sheet.append([1002.0, "Luis", "Paz", "Jefe", None, date(2020, 1, 2)])
    sheet.append([1003, "Eva", "Sol", "Técnica", "TI", 44270])
    sheet.merge_cells("E5:E6")
    workbook.save(path)
    return path


def test_xlsx_with_title_merged_and_multiple_header_rows(tmp_path: Path) -> None:
    table = read_table(_merged_workbook(tmp_path / "m.xlsx"))
    assert table.kind == "xlsx"
    assert table.sheet == "Plantilla"
    assert table.header_rows == (3, 4)
    assert table.labels == ["ID", "Nombre", "Apellidos", "Puesto", "Área", "Fecha de alta"]
    assert table.columns[1].parts == ("Datos personales", "Nombre")
    assert table.rows[0] == ("1001", "Ana", "Ruiz", "Cajera", "Ventas", "2021-03-15")
    # A cell merged over two data rows gives its value to both.
    assert table.rows[1] == ("1002", "Luis", "Paz", "Jefe", "Ventas", "2020-01-02")
    assert table.rows[2][5] == "44270"
    assert table.row_numbers == [5, 6, 7]
    merged_note = [i for i in table.issues if i.row == 5 and i.column == 4]
    assert merged_note and "merged cell" in merged_note[0].message()


def test_xlsx_preview_stops_early(tmp_path: Path) -> None:
    table = read_table(_merged_workbook(tmp_path / "m.xlsx"), max_rows=1)
    assert len(table.rows) == 1 and table.truncated


def test_xlsx_sheet_by_name(tmp_path: Path) -> None:
    path = _merged_workbook(tmp_path / "m.xlsx")
    with pytest.raises(TableReadError, match="no sheet called “Otra”"):
        read_table(path, sheet="Otra")


def test_unclosed_quote_names_row_and_column(tmp_path: Path) -> None:
    text = 'ID,Nombre,Área\n1,Ana,Ventas\n2,"Luis,TI\n3,Eva,RRHH\n4,Bo,TI\n'
    with pytest.raises(TableReadError) as caught:
        read_table(write(tmp_path, "q.csv", text))
    message = str(caught.value)
    assert "Row 3, column B “Nombre” of “q.csv”" in message
    assert "never closed" in message


def test_badly_closed_quote_names_row_column_and_line(tmp_path: Path) -> None:
    text = 'ID,Nombre,Área\n1,Ana,Ventas\n2,"Luis" Paz,TI\n'
    with pytest.raises(TableReadError) as caught:
        read_table(write(tmp_path, "q.csv", text))
    assert caught.value.params["row"] == 3
    assert caught.value.params["column"] == "B “Nombre”"
    assert caught.value.params["line"] == 3


def test_quoted_multiline_cells_are_fine(tmp_path: Path) -> None:
    text = 'ID,Nota\n1,"dos\nlíneas"\n2,"con ""comillas"""\n'
    table = read_table(write(tmp_path, "m.csv", text))
    assert table.rows == [("1", "dos\nlíneas"), ("2", 'con "comillas"')]
    assert table.row_numbers == [2, 3]


@pytest.mark.parametrize("content", [b"", b"\n\n  \r\n", b"\xef\xbb\xbf"])
def test_empty_files(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(TableReadError, match="is empty: there is nothing to import"):
        read_table(write(tmp_path, "empty.csv", content))


def test_binary_file(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    with pytest.raises(TableReadError, match="holds binary data") as caught:
        read_table(write(tmp_path, "photo.csv", png))
    assert caught.value.params["line"] == 3  # the first NUL byte follows two line breaks


def test_old_excel_and_other_zip_files(tmp_path: Path) -> None:
    with pytest.raises(TableReadError, match=r"\.xls"):
        read_table(write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600))
    archive = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    with pytest.raises(TableReadError, match="not an Excel workbook"):
        read_table(archive)
    with pytest.raises(TableReadError, match="cannot be read"):
        read_table(write(tmp_path, "broken.xlsx", b"PK\x03\x04 truncated"))


def test_huge_cells_emoji_and_right_to_left_text_are_kept(tmp_path: Path) -> None:
    huge = "x" * 10_000
    text = f'ID;Nota;Nombre\n1;"{huge}";Zoë 👩🏽‍💻\n2;ok;مريم العربية\n3;ok;שָׁלוֹם\n'
    table = read_table(write(tmp_path, "u.csv", text))
    assert table.rows[0][1] == huge
    assert table.rows[0][2] == "Zoë 👩🏽‍💻"
    assert table.rows[1][2] == "مريم العربية"
    assert table.rows[2][2] == "שָׁלוֹם"


def test_unquoted_delimiter_in_a_value_is_a_row_error(tmp_path: Path) -> None:
    text = "ID,Nombre,Sede\n1,Ana,Madrid\n2,Luis,Madrid, España\n3,Eva,Sevilla\n"
    table = read_table(write(tmp_path, "o.csv", text))
    errors = [i for i in table.issues if i.severity is Severity.ERROR]
    assert [(e.row, e.column, e.value) for e in errors] == [(3, 3, "España")]
    assert "4 values but the header names 3 columns" in errors[0].message()


def test_columns_without_header_on_most_rows_become_unnamed_columns(tmp_path: Path) -> None:
    text = "ID,Nombre\n1,Ana,x\n2,Luis,y\n"
    table = read_table(write(tmp_path, "n.csv", text))
    assert table.labels == ["ID", "Nombre", ""]
    assert table.rows == [("1", "Ana", "x"), ("2", "Luis", "y")]
    assert not table.issues


def test_unicode_is_normalised_to_nfc(tmp_path: Path) -> None:
    decomposed = "A\u0301rea"  # "Área" as macOS writes it
    table = read_table(write(tmp_path, "n.csv", f"ID,{decomposed}\n1,{decomposed}\n"))
    assert table.labels[1] == "Área"
    assert table.rows[0][1] == "Área"


def test_preview_reads_only_the_first_rows(tmp_path: Path) -> None:
    lines = ["ID,Nombre"] + [f"{i},N{i}" for i in range(500)]
    table = read_table(write(tmp_path, "p.csv", "\n".join(lines)), max_rows=20)
    assert len(table.rows) == 20 and table.truncated


def test_progress_and_cancel(tmp_path: Path) -> None:
    lines = ["ID,Nombre"] + [f"{i},N{i}" for i in range(5000)]
    path = write(tmp_path, "big.csv", "\n".join(lines))
    seen: list[tuple[int, int]] = []
    read_table(path, progress=Progress(report=lambda d, t: seen.append((d, t))))
    assert seen and all(0 < d <= t for d, t in seen)
    with pytest.raises(Cancelled):
        read_table(path, progress=Progress(cancelled=lambda: True))


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]
