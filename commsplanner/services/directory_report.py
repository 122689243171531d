"""The validation report and the result of a directory import as plain text lines.

Used by the CLI (and by "Save report…" in the UI for the problem list). Every sentence goes
through ``tr`` (``catalog(lang).translate``) with literal texts, so lupdate extracts them.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from ..i18n import Catalog
from .directory_import import ImportResult, ValidationReport, describe_mapping
from .tabular import ISSUE_CONTEXT, Issue, Severity


def _number(value: int, lang: str) -> str:
    text = f"{value:,}"
    if lang == "es":
        return text.replace(",", ".") if value >= 10_000 else str(value)
    return text


def severity_label(severity: Severity, tr: Catalog) -> str:
    if severity is Severity.ERROR:
        return tr.translate("DirectoryReport", "error")
    if severity is Severity.WARNING:
        return tr.translate("DirectoryReport", "warning")
    return tr.translate("DirectoryReport", "note")


def issue_line(issue: Issue, tr: Catalog) -> str:
    message = issue.message(tr.translate)
    if issue.row is not None and issue.column is not None:
        where = tr.translate("DirectoryReport", "Row {row}, column {column}").format(
            row=issue.row, column=issue.column_ref
        )
    elif issue.row is not None:
        where = tr.translate("DirectoryReport", "Row {row}").format(row=issue.row)
    else:
        where = tr.translate("DirectoryReport", "File")
    line = f"{where}: {message} [{severity_label(issue.severity, tr)}]"
    if issue.value:
        line += " " + tr.translate("DirectoryReport", "Value: “{value}”").format(value=issue.value)
    return line


def report_lines(
    report: ValidationReport,
    result: ImportResult | None,
    tr: Catalog,
    lang: str,
    *,
    max_issues: int = 200,
) -> list[str]:
    """The whole report for a terminal: file, mapping, problems, counts."""
    n = lambda value: _number(value, lang)  # noqa: E731 - a local shorthand
    lines: list[str] = []
    if report.table_kind == "csv":
        delimiter = {"\t": "TAB"}.get(report.delimiter or ",", report.delimiter or ",")
        lines.append(
            tr.translate(
                "DirectoryReport", "File: {name} (CSV, {encoding}, delimiter “{delimiter}”)"
            ).format(name=report.path.name, encoding=report.encoding, delimiter=delimiter)
        )
    else:
        lines.append(
            tr.translate("DirectoryReport", "File: {name} (Excel, sheet “{sheet}”)").format(
                name=report.path.name, sheet=report.sheet
            )
        )
    lines.append(tr.translate("DirectoryReport", "Columns:"))
    for column, target in describe_mapping(report.mapping, tr.translate):
        lines.append(f"  {column} → {target}")
    issues = report.all_issues()
    if issues:
        lines.append(
            tr.translate("DirectoryReport", "Problems ({count}):").format(count=n(len(issues)))
        )
        for issue in issues[:max_issues]:
            lines.append("  " + issue_line(issue, tr))
        if len(issues) > max_issues:
            lines.append(
                "  "
                + tr.translate("DirectoryReport", "… and {count} more.").format(
                    count=n(len(issues) - max_issues)
                )
            )
    lines.append(
        tr.translate(
            "DirectoryReport",
            "Rows: {total} read, {valid} valid, {invalid} with errors (not imported), "
            "{duplicates} repeated.",
        ).format(
            total=n(report.total_rows),
            valid=n(report.valid_rows),
            invalid=n(report.invalid_rows),
            duplicates=n(report.skipped_duplicates),
        )
    )
    counts = result.counts if result is not None else report.preview
    template = (
        tr.translate(
            "DirectoryReport",
            "Result: {added} added, {updated} updated, {reactivated} reactivated, "
            "{unchanged} unchanged, {deactivated} marked inactive.",
        )
        if result is not None
        else tr.translate(
            "DirectoryReport",
            "An import would add {added}, update {updated}, reactivate {reactivated}, "
            "leave {unchanged} unchanged and mark {deactivated} inactive.",
        )
    )
    lines.append(
        template.format(
            added=n(counts.added),
            updated=n(counts.updated),
            reactivated=n(counts.reactivated),
            unchanged=n(counts.unchanged),
            deactivated=n(counts.deactivated),
        )
    )
    if result is None:
        lines.append(tr.translate("DirectoryReport", "Nothing was written to the workspace."))
    return lines


def write_problems_csv(report: ValidationReport, target: str | Path, tr: Catalog) -> Path:
    """The problem list as a CSV file (UTF-8 with BOM, so Excel opens it), written atomically."""
    destination = Path(target)
    header = [
        tr.translate("DirectoryReport", "Row"),
        tr.translate("DirectoryReport", "Column"),
        tr.translate("DirectoryReport", "Severity"),
        tr.translate("DirectoryReport", "Problem"),
        tr.translate("DirectoryReport", "Value"),
    ]
    fd, temporary = tempfile.mkstemp(
        prefix=f".{destination.name}.", suffix=".part", dir=destination.parent
    )
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";" if tr.language == "es" else ",")
            writer.writerow(header)
            for issue in report.all_issues():
                writer.writerow(
                    [
                        issue.row if issue.row is not None else "",
                        issue.column_ref,
                        severity_label(issue.severity, tr),
                        issue.message(tr.translate),
                        issue.value,
                    ]
                )
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return destination


__all__ = ["ISSUE_CONTEXT", "issue_line", "report_lines", "severity_label", "write_problems_csv"]
