"""A broken order rule shows wherever conflicts are: the CLI and the Word plan's risks."""

from __future__ import annotations

from datetime import date

from docx_support import all_text, open_docx
from scheduling_support import dt, make_rig

from commsplanner.cli import main
from commsplanner.domain.sequencing import RuleKind, SequencingRule
from commsplanner.services.export_docx import DocxExportService
from commsplanner.services.plan_report import ExportOptions
from commsplanner.storage import Workspace

MESSAGE = (
    "“Anuncio” on 4 March is only 1 working day(s) after “Pre-brief” (3 March); "
    "the rule asks for at least 2"
)


def _plan(ws):
    rig = make_rig(ws)
    a = rig.add("Pre-brief", dt("2025-03-03", 9), segment_ids=(rig.plan.seg_b,))
    b = rig.add("Anuncio", dt("2025-03-04", 10))
    ws.sequencing_rules.add(SequencingRule(RuleKind.LEAD_TIME, first_id=a, second_id=b, days=2))
    return rig


def test_word_plan_lists_the_broken_rule_among_its_risks(workspace, tmp_path) -> None:
    rig = _plan(workspace)
    service = DocxExportService(workspace, conflicts=rig.conflicts)
    options = ExportOptions(first=date(2025, 3, 1), last=date(2025, 5, 31), language="en")
    text = all_text(open_docx(service.export(options, tmp_path / "plan.docx")))
    assert "Order of communications" in text
    assert MESSAGE in text


def test_cli_conflicts_prints_it_as_an_error(tmp_path, capsys) -> None:
    path = tmp_path / "plan.commsplan"
    ws = Workspace.create(path)
    _plan(ws)
    ws.close()
    code = main(
        ["--lang", "en", "conflicts", str(path), "--from", "2025-03-01", "--to", "2025-03-31"]
    )
    assert code == 1
    assert f"[Error] {MESSAGE}" in capsys.readouterr().out
