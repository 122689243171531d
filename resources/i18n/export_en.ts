<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DocxCli</name>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="50" />
        <source>Writing the Word plan… {percent} %</source>
        <translation>Writing the Word plan… {percent} %</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="65" />
        <source>Plan written to {path}</source>
        <translation>Plan written to {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="79" />
        <source>“{text}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“{text}” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="98" />
        <source>Export the communication plan of a workspace to Word (.docx).</source>
        <translation>Export the communication plan of a workspace to Word (.docx).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="102" />
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="103" />
        <source>The workspace file (.commsplan); it is opened read-only.</source>
        <translation>The workspace file (.commsplan); it is opened read-only.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="107" />
        <source>OUT.docx</source>
        <translation>OUT.docx</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="108" />
        <source>The Word file to write (replaced atomically if it exists).</source>
        <translation>The Word file to write (replaced atomically if it exists).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="115" />
        <source>Language of the document (default: the message language).</source>
        <translation>Language of the document (default: the message language).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="121" />
        <location filename="../../commsplanner/cli_docx.py" line="128" />
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="122" />
        <source>First day of the period (default: the start of the plan).</source>
        <translation>First day of the period (default: the start of the plan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="129" />
        <source>Last day of the period (default: the end of the plan).</source>
        <translation>Last day of the period (default: the end of the plan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="134" />
        <source>Write the 2–4 page leadership summary instead of the full plan.</source>
        <translation>Write the 2–4 page leadership summary instead of the full plan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="140" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="141" />
        <source>A corporate Word document or template (.docx/.dotx) to take styles from.</source>
        <translation>A corporate Word document or template (.docx/.dotx) to take styles from.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="147" />
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="148" />
        <source>A logo for the cover (PNG, JPEG, GIF or BMP).</source>
        <translation>A logo for the cover (PNG, JPEG, GIF or BMP).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="154" />
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="155" />
        <source>Version shown on the cover (default: 1.0).</source>
        <translation>Version shown on the cover (default: 1.0).</translation>
    </message>
</context>
<context>
    <name>DocxExportDialog</name>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="225" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="449" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="454" />
        <source>Export plan to Word</source>
        <translation>Export plan to Word</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="227" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="228" />
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="229" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="230" />
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="231" />
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="232" />
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="233" />
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="237" />
        <source>Full plan (every campaign and communication)</source>
        <translation>Full plan (every campaign and communication)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="238" />
        <source>Leadership summary (2–4 pages)</source>
        <translation>Leadership summary (2–4 pages)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="239" />
        <source>Whole plan</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="240" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="241" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="242" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="243" />
        <source>Built-in style</source>
        <translation>Built-in style</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="244" />
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="247" />
        <source>A corporate Word document or template (.docx, .dotx) gives the plan its styles, fonts, colours, header and logo.</source>
        <translation>A corporate Word document or template (.docx, .dotx) gives the plan its styles, fonts, colours, header and logo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="251" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="252" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="263" />
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="253" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="262" />
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="254" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="256" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="257" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="258" />
        <source>Sections to include</source>
        <translation>Sections to include</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="260" />
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="261" />
        <source>Goals and values</source>
        <translation>Goals and values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="264" />
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="265" />
        <source>Channel mix</source>
        <translation>Channel mix</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="266" />
        <source>Measurement plan</source>
        <translation>Measurement plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="267" />
        <source>Risks and conflicts</source>
        <translation>Risks and conflicts</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="268" />
        <source>Appendix: definitions</source>
        <translation>Appendix: definitions</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="272" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="323" />
        <source>Choose where to save the Word file.</source>
        <translation>Choose where to save the Word file.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="325" />
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="327" />
        <source>Choose at least one section.</source>
        <translation>Choose at least one section.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="329" />
        <source>Choose at least one campaign.</source>
        <translation>Choose at least one campaign.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="331" />
        <source>The template file does not exist.</source>
        <translation>The template file does not exist.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="333" />
        <source>The logo file does not exist.</source>
        <translation>The logo file does not exist.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="351" />
        <source>Save the plan as</source>
        <translation>Save the plan as</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="353" />
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="363" />
        <source>Choose a corporate template</source>
        <translation>Choose a corporate template</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="365" />
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word documents and templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="373" />
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="375" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="396" />
        <source>Plan exported</source>
        <translation>Plan exported</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="398" />
        <source>The plan was saved as “{path}”.</source>
        <translation>The plan was saved as “{path}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="403" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="439" />
        <source>Exporting the plan to Word</source>
        <translation>Exporting the plan to Word</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="441" />
        <source>Writing “{name}”…</source>
        <translation>Writing “{name}”…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="70" />
        <source>“{path}” is open in another program (Word, LibreOffice…). Close it there and export again; the previous file was kept.</source>
        <translation>“{path}” is open in another program (Word, LibreOffice…). Close it there and export again; the previous file was kept.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="81" />
        <source>“{path}” is read-only. Choose another file name or make it writable; the previous file was kept.</source>
        <translation>“{path}” is read-only. Choose another file name or make it writable; the previous file was kept.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="92" />
        <source>The Word file cannot be written in the folder “{folder}” ({detail}). Choose another folder; nothing was changed.</source>
        <translation>The Word file cannot be written in the folder “{folder}” ({detail}). Choose another folder; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="104" />
        <source>The Word file “{path}” could not be written ({detail}). The previous file was kept.</source>
        <translation>The Word file “{path}” could not be written ({detail}). The previous file was kept.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="115" />
        <source>The template “{path}” cannot be used ({detail}). Choose a Word document (.docx) or template (.dotx), or export without a template.</source>
        <translation>The template “{path}” cannot be used ({detail}). Choose a Word document (.docx) or template (.dotx), or export without a template.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="127" />
        <source>The logo “{path}” cannot be read as a PNG, JPEG, GIF or BMP image.</source>
        <translation>The logo “{path}” cannot be read as a PNG, JPEG, GIF or BMP image.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="34" />
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1127" />
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1128" />
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1129" />
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1130" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1131" />
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1132" />
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1133" />
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1134" />
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1135" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1136" />
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1137" />
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1138" />
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="130" />
        <source>No values or no months to show</source>
        <translation>No values or no months to show</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="172" />
        <source>Weighted communications</source>
        <translation>Weighted communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="255" />
        <source>No campaigns in this period</source>
        <translation>No campaigns in this period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="300" />
        <source>two-way</source>
        <translation>two-way</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="308" />
        <source>Listening share</source>
        <translation>Listening share</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="313" />
        <location filename="../../commsplanner/services/export_docx.py" line="2138" />
        <source>One-way</source>
        <translation>One-way</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="314" />
        <location filename="../../commsplanner/services/export_docx.py" line="2099" />
        <location filename="../../commsplanner/services/export_docx.py" line="2136" />
        <source>Two-way</source>
        <translation>Two-way</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="348" />
        <source>No communications in this period</source>
        <translation>No communications in this period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="352" />
        <source>Communications per channel</source>
        <translation>Communications per channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="231" />
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="262" />
        <source>templates with macros are not supported</source>
        <translation>templates with macros are not supported</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="482" />
        <location filename="../../commsplanner/services/export_docx.py" line="2244" />
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="483" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="484" />
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="485" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="486" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="487" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="488" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="489" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="496" />
        <location filename="../../commsplanner/services/export_docx.py" line="520" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="497" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="498" />
        <location filename="../../commsplanner/services/export_docx.py" line="515" />
        <location filename="../../commsplanner/services/export_docx.py" line="517" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="499" />
        <location filename="../../commsplanner/services/export_docx.py" line="514" />
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="506" />
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="508" />
        <source>secondary</source>
        <translation>secondary</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="516" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="518" />
        <location filename="../../commsplanner/services/export_docx.py" line="519" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="527" />
        <location filename="../../commsplanner/services/export_docx.py" line="528" />
        <location filename="../../commsplanner/services/export_docx.py" line="534" />
        <location filename="../../commsplanner/services/export_docx.py" line="2562" />
        <source>Audience overload</source>
        <translation>Audience overload</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="529" />
        <location filename="../../commsplanner/services/export_docx.py" line="530" />
        <location filename="../../commsplanner/services/export_docx.py" line="2568" />
        <source>Channel capacity</source>
        <translation>Channel capacity</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="531" />
        <location filename="../../commsplanner/services/export_docx.py" line="550" />
        <location filename="../../commsplanner/services/export_docx.py" line="2574" />
        <source>Blackout period</source>
        <translation>Blackout period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="532" />
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="533" />
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="535" />
        <source>Audience overload on a channel</source>
        <translation>Audience overload on a channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="536" />
        <source>Same audience, same day</source>
        <translation>Same audience, same day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="537" />
        <source>No audience</source>
        <translation>No audience</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="547" />
        <source>Campaign starts</source>
        <translation>Campaign starts</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="548" />
        <source>Key moment</source>
        <translation>Key moment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="549" />
        <source>Goal due</source>
        <translation>Goal due</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="551" />
        <location filename="../../commsplanner/services/export_docx.py" line="2549" />
        <source>Pulse survey</source>
        <translation>Pulse survey</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="560" />
        <source>{names} and {n} more</source>
        <translation>{names} and {n} more</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="971" />
        <source>Figure {n}.</source>
        <translation>Figure {n}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1173" />
        <source>Version {version} · {date}</source>
        <translation>Version {version} · {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1177" />
        <location filename="../../commsplanner/services/export_docx.py" line="1211" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1179" />
        <location filename="../../commsplanner/services/export_docx.py" line="1213" />
        <source>of</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1219" />
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1264" />
        <source>Right-click and choose Update field to build the table of contents.</source>
        <translation>Right-click and choose Update field to build the table of contents.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1277" />
        <location filename="../../commsplanner/services/export_docx.py" line="1403" />
        <location filename="../../commsplanner/services/export_docx.py" line="2761" />
        <source>Internal communication plan</source>
        <translation>Internal communication plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1286" />
        <source>Draft, not yet submitted for approval</source>
        <translation>Draft, not yet submitted for approval</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1290" />
        <source>Approved by {who} on {date}</source>
        <translation>Approved by {who} on {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1292" />
        <source>Returned for changes by {who} on {date}</source>
        <translation>Returned for changes by {who} on {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1295" />
        <source>Submitted for approval by {who} on {date}</source>
        <translation>Submitted for approval by {who} on {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1401" />
        <location filename="../../commsplanner/services/export_docx.py" line="1456" />
        <source>Internal communications</source>
        <translation>Internal communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1405" />
        <source>Audiences, campaigns, calendar and measurement</source>
        <translation>Audiences, campaigns, calendar and measurement</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1419" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1420" />
        <location filename="../../commsplanner/services/export_docx.py" line="1684" />
        <location filename="../../commsplanner/services/export_docx.py" line="2039" />
        <location filename="../../commsplanner/services/export_docx.py" line="2182" />
        <location filename="../../commsplanner/services/export_docx.py" line="2210" />
        <location filename="../../commsplanner/services/export_docx.py" line="2378" />
        <location filename="../../commsplanner/services/export_docx.py" line="2477" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1421" />
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1423" />
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1424" />
        <source>Internal communications team</source>
        <translation>Internal communications team</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1430" />
        <source>Approval note</source>
        <translation>Approval note</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1436" />
        <source>This plan is generated from the team's planning workspace. Figures count the communications dated inside the period; definitions are in the appendix.</source>
        <translation>This plan is generated from the team's planning workspace. Figures count the communications dated inside the period; definitions are in the appendix.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1464" />
        <source>Leadership summary · {period}</source>
        <translation>Leadership summary · {period}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1474" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1493" />
        <location filename="../../commsplanner/services/export_docx.py" line="1574" />
        <location filename="../../commsplanner/services/export_docx.py" line="1712" />
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1495" />
        <location filename="../../commsplanner/services/export_docx.py" line="1575" />
        <location filename="../../commsplanner/services/export_docx.py" line="1713" />
        <source>campaigns</source>
        <translation>campaigns</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1499" />
        <location filename="../../commsplanner/services/export_docx.py" line="1579" />
        <source>communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1501" />
        <location filename="../../commsplanner/services/export_docx.py" line="1580" />
        <source>communications</source>
        <translation>communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1503" />
        <source>of employees reached</source>
        <translation>of employees reached</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1506" />
        <source>of front-line staff reached</source>
        <translation>of front-line staff reached</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1555" />
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1558" />
        <source>There are no campaigns or communications planned between {first} and {last}. This document lists the goals, values and audiences of the workspace so that planning can start from them.</source>
        <translation>There are no campaigns or communications planned between {first} and {last}. This document lists the goals, values and audiences of the workspace so that planning can start from them.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1566" />
        <source>Between {first} and {last} the plan runs {campaigns} and {communications}, addressed to {segments}.</source>
        <translation>Between {first} and {last} the plan runs {campaigns} and {communications}, addressed to {segments}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1584" />
        <source>audience</source>
        <translation>audience</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1585" />
        <source>audiences</source>
        <translation>audiences</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1591" />
        <location filename="../../commsplanner/services/export_docx.py" line="2101" />
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1594" />
        <source>{reached} of {employees} employees ({share}) receive at least one communication; among front-line staff, who serve external customers, {fl_reached} of {fl} ({fl_share}).</source>
        <translation>{reached} of {employees} employees ({share}) receive at least one communication; among front-line staff, who serve external customers, {fl_reached} of {fl} ({fl_share}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1605" />
        <location filename="../../commsplanner/services/export_docx.py" line="1613" />
        <source>Reach. </source>
        <translation>Reach. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1609" />
        <source>No employee directory has been imported, so reach cannot be measured yet.</source>
        <translation>No employee directory has been imported, so reach cannot be measured yet.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1616" />
        <source>{covered} of {values} corporate values are promoted by communications in the period.</source>
        <translation>{covered} of {values} corporate values are promoted by communications in the period.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1621" />
        <source>The least present is “{value}”.</source>
        <translation>The least present is “{value}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1624" />
        <source>Values. </source>
        <translation>Values. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1627" />
        <source>{served} of {goals} business goals are served by at least one campaign.</source>
        <translation>{served} of {goals} business goals are served by at least one campaign.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1631" />
        <source>Goals. </source>
        <translation>Goals. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1635" />
        <source>{share} of communications use two-way channels; pulse surveys planned: {surveys}.</source>
        <translation>{share} of communications use two-way channels; pulse surveys planned: {surveys}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1639" />
        <source>Listening. </source>
        <translation>Listening. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1642" />
        <source>What we heard. </source>
        <translation>What we heard. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1645" />
        <source>{risks} open conflicts in the calendar, {serious} of them serious (see “Risks and conflicts”).</source>
        <translation>{risks} open conflicts in the calendar, {serious} of them serious (see “Risks and conflicts”).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1649" />
        <location filename="../../commsplanner/services/export_docx.py" line="1654" />
        <source>Risks. </source>
        <translation>Risks. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1653" />
        <source>No open conflicts in the calendar.</source>
        <translation>No open conflicts in the calendar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1658" />
        <source>Main risks</source>
        <translation>Main risks</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1673" />
        <source>{n} cases; the largest: {example}</source>
        <translation>{n} cases; the largest: {example}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1680" />
        <source>Key dates</source>
        <translation>Key dates</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1685" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1686" />
        <location filename="../../commsplanner/services/export_docx.py" line="2445" />
        <location filename="../../commsplanner/services/export_docx.py" line="2478" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1695" />
        <source>Goals and values</source>
        <translation>Goals and values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1696" />
        <source>Business goals</source>
        <translation>Business goals</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1702" />
        <source>Target: {target}</source>
        <translation>Target: {target}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1706" />
        <source>Due: {date}</source>
        <translation>Due: {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1719" />
        <source>No campaign serves this goal yet</source>
        <translation>No campaign serves this goal yet</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1736" />
        <location filename="../../commsplanner/services/export_docx.py" line="2156" />
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1737" />
        <source>KPI and target</source>
        <translation>KPI and target</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1738" />
        <source>Campaigns serving it</source>
        <translation>Campaigns serving it</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1745" />
        <source>No business goals are defined in the workspace.</source>
        <translation>No business goals are defined in the workspace.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1747" />
        <source>Corporate values</source>
        <translation>Corporate values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1752" />
        <source>Not promoted in this period: {values}.</source>
        <translation>Not promoted in this period: {values}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1760" />
        <location filename="../../commsplanner/services/export_docx.py" line="1814" />
        <source>Values coverage by month (weighted communications).</source>
        <translation>Values coverage by month (weighted communications).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1765" />
        <source>Each value is promoted by the campaigns that name it, as a primary or secondary value. The chart counts the communications of those campaigns per month (primary counts 1, secondary 0.5).</source>
        <translation>Each value is promoted by the campaigns that name it, as a primary or secondary value. The chart counts the communications of those campaigns per month (primary counts 1, secondary 0.5).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1775" />
        <source>Primary in: </source>
        <translation>Primary in: </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1778" />
        <source>Secondary in: </source>
        <translation>Secondary in: </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1783" />
        <source>Not promoted by any campaign in this period</source>
        <translation>Not promoted by any campaign in this period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1787" />
        <source>{n} communications in {m} of {months} months</source>
        <translation>{n} communications in {m} of {months} months</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1803" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1804" />
        <source>How the plan promotes it</source>
        <translation>How the plan promotes it</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1805" />
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1818" />
        <source>No corporate values are defined in the workspace.</source>
        <translation>No corporate values are defined in the workspace.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1825" />
        <location filename="../../commsplanner/services/export_docx.py" line="1950" />
        <location filename="../../commsplanner/services/export_docx.py" line="2014" />
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1828" />
        <source>No audience segments are defined in the workspace.</source>
        <translation>No audience segments are defined in the workspace.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1835" />
        <source>Employees are the organisation's first customers. Each audience below is a segment of the employee directory: its size, who is in it and what it needs to hear. Groups smaller than {n} people are not shown.</source>
        <translation>Employees are the organisation's first customers. Each audience below is a segment of the employee directory: its size, who is in it and what it needs to hear. Groups smaller than {n} people are not shown.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1847" />
        <location filename="../../commsplanner/services/export_docx.py" line="2041" />
        <location filename="../../commsplanner/services/export_docx.py" line="2185" />
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1848" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1849" />
        <location filename="../../commsplanner/services/export_docx.py" line="2131" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1850" />
        <location filename="../../commsplanner/services/export_docx.py" line="1913" />
        <source>What it needs to hear</source>
        <translation>What it needs to hear</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1857" />
        <source>And {n} more audiences in the full plan.</source>
        <translation>And {n} more audiences in the full plan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1864" />
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1865" />
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1866" />
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1867" />
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1868" />
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1876" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1877" />
        <source>{n} people, {share} of the organisation</source>
        <translation>{n} people, {share} of the organisation</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1882" />
        <location filename="../../commsplanner/services/export_docx.py" line="2524" />
        <source>Front line</source>
        <translation>Front line</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1883" />
        <source>{n} people serve external customers</source>
        <translation>{n} people serve external customers</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1901" />
        <location filename="../../commsplanner/services/export_docx.py" line="1920" />
        <location filename="../../commsplanner/services/export_docx.py" line="2098" />
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1904" />
        <source>None in this period</source>
        <translation>None in this period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1907" />
        <location filename="../../commsplanner/services/export_docx.py" line="2023" />
        <location filename="../../commsplanner/services/export_docx.py" line="2130" />
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1922" />
        <source>No campaigns are planned in this period.</source>
        <translation>No campaigns are planned in this period.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1948" />
        <location filename="../../commsplanner/services/export_docx.py" line="1969" />
        <location filename="../../commsplanner/services/export_docx.py" line="2184" />
        <location filename="../../commsplanner/services/export_docx.py" line="2503" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1949" />
        <location filename="../../commsplanner/services/export_docx.py" line="1970" />
        <location filename="../../commsplanner/services/export_docx.py" line="1999" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1951" />
        <location filename="../../commsplanner/services/export_docx.py" line="1972" />
        <location filename="../../commsplanner/services/export_docx.py" line="2097" />
        <source>Comms</source>
        <translation>Comms</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1952" />
        <location filename="../../commsplanner/services/export_docx.py" line="1973" />
        <location filename="../../commsplanner/services/export_docx.py" line="2002" />
        <location filename="../../commsplanner/services/export_docx.py" line="2599" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1959" />
        <source>The {n} campaigns with the highest priority; {more} more are in the full plan.</source>
        <translation>The {n} campaigns with the highest priority; {more} more are in the full plan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1971" />
        <location filename="../../commsplanner/services/export_docx.py" line="2000" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1996" />
        <source>Objective: </source>
        <translation>Objective: </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2005" />
        <source>priority {level}</source>
        <translation>priority {level}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2009" />
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2011" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2015" />
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2019" />
        <source>Key messages</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2040" />
        <location filename="../../commsplanner/services/export_docx.py" line="2128" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2042" />
        <source>Communication and message</source>
        <translation>Communication and message</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2049" />
        <source>No communications of this campaign fall in the period.</source>
        <translation>No communications of this campaign fall in the period.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2063" />
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2068" />
        <source>Timeline of the period: bars span each campaign, dots mark its communications, shaded bands are blackout periods.</source>
        <translation>Timeline of the period: bars span each campaign, dots mark its communications, shaded bands are blackout periods.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2073" />
        <source>Timeline of the {n} highest-priority campaigns of {total}: bars span each campaign, dots mark its communications, shaded bands are blackout periods.</source>
        <translation>Timeline of the {n} highest-priority campaigns of {total}: bars span each campaign, dots mark its communications, shaded bands are blackout periods.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2080" />
        <source>Month by month</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2096" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2100" />
        <source>Main channels</source>
        <translation>Main channels</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2110" />
        <source>Channel mix</source>
        <translation>Channel mix</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2113" />
        <source>Listening matters as much as telling: two-way channels (meetings, surveys, chats) let employees answer, ask and propose. {share} of the communications in this plan use them.</source>
        <translation>Listening matters as much as telling: two-way channels (meetings, surveys, chats) let employees answer, ask and propose. {share} of the communications in this plan use them.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2122" />
        <source>Channel mix: one-way and two-way communications.</source>
        <translation>Channel mix: one-way and two-way communications.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2129" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2151" />
        <source>Measurement plan</source>
        <translation>Measurement plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2152" />
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2157" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2158" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2159" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2174" />
        <source>No KPIs are defined for the business goals yet.</source>
        <translation>No KPIs are defined for the business goals yet.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2178" />
        <source>Pulse surveys</source>
        <translation>Pulse surveys</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2183" />
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2195" />
        <source>No pulse surveys are planned in this period. Consider one per quarter to hear how employees receive the plan.</source>
        <translation>No pulse surveys are planned in this period. Consider one per quarter to hear how employees receive the plan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2201" />
        <source>Latest results</source>
        <translation>Latest results</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2206" />
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2207" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2208" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2209" />
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2215" />
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2225" />
        <source>No results have been recorded yet.</source>
        <translation>No results have been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2228" />
        <source>Results about groups of fewer than {threshold} people or respondents are not shown, to protect anonymity: {n}.</source>
        <translation>Results about groups of fewer than {threshold} people or respondents are not shown, to protect anonymity: {n}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2245" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2246" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2247" />
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2254" />
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2255" />
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2256" />
        <source>Acted on</source>
        <translation>Acted on</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2266" />
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2266" />
        <source>ideas</source>
        <translation>ideas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2267" />
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2267" />
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2268" />
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2268" />
        <source>complaints</source>
        <translation>complaints</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2269" />
        <source>compliment</source>
        <translation>compliment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2269" />
        <source>compliments</source>
        <translation>compliments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2278" />
        <source>{items} and {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2288" />
        <source>Nothing was recorded in the ideas and feedback log in this period.</source>
        <translation>Nothing was recorded in the ideas and feedback log in this period.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2291" />
        <source>Received through two-way channels: {entries} ({kinds}). Answered or acted on: {share} (acted on: {acted}); still open: {open}.</source>
        <translation>Received through two-way channels: {entries} ({kinds}). Answered or acted on: {share} (acted on: {acted}); still open: {open}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2297" />
        <location filename="../../commsplanner/services/export_docx.py" line="2332" />
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2298" />
        <location filename="../../commsplanner/services/export_docx.py" line="2333" />
        <source>contributions</source>
        <translation>contributions</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2313" />
        <source>Listening: what we heard and what we did</source>
        <translation>Listening: what we heard and what we did</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2316" />
        <source>No ideas, questions, complaints or compliments were recorded in the listening log between {first} and {last}.</source>
        <translation>No ideas, questions, complaints or compliments were recorded in the listening log between {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2324" />
        <source>Between {first} and {last} the listening log recorded {entries}: {kinds}. Answered: {answered}; acted on: {acted}; still open: {open} ({share} answered or acted on).</source>
        <translation>Between {first} and {last} the listening log recorded {entries}: {kinds}. Answered: {answered}; acted on: {acted}; still open: {open} ({share} answered or acted on).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2344" />
        <source>Most frequent topics: {topics}.</source>
        <translation>Most frequent topics: {topics}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2379" />
        <source>Channel and group</source>
        <translation>Channel and group</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2380" />
        <source>Kind and topics</source>
        <translation>Kind and topics</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2381" />
        <source>What we heard</source>
        <translation>What we heard</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2382" />
        <source>What we did</source>
        <translation>What we did</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2401" />
        <source>The table shows {shown} of the {n} contributions: the latest acted on and answered, and the oldest still open.</source>
        <translation>The table shows {shown} of the {n} contributions: the latest acted on and answered, and the oldest still open.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2409" />
        <source>Contributions from groups of fewer than {threshold} people: {n}. Their group is not named, to protect anonymity.</source>
        <translation>Contributions from groups of fewer than {threshold} people: {n}. Their group is not named, to protect anonymity.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2423" />
        <source>Risks and conflicts</source>
        <translation>Risks and conflicts</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2426" />
        <source>No conflicts were found in the calendar of this period: no audience receives more than its weekly limit, no channel is over capacity and nothing is sent during a blackout or public holiday.</source>
        <translation>No conflicts were found in the calendar of this period: no audience receives more than its weekly limit, no channel is over capacity and nothing is sent during a blackout or public holiday.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2433" />
        <source>Conflicts found in the calendar, most serious first. Resolve them by moving, merging or dropping communications.</source>
        <translation>Conflicts found in the calendar, most serious first. Resolve them by moving, merging or dropping communications.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2446" />
        <location filename="../../commsplanner/services/export_docx.py" line="2476" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2447" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2473" />
        <source>Conflicts in detail</source>
        <translation>Conflicts in detail</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2479" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2486" />
        <source>And {n} more in the full plan.</source>
        <translation>And {n} more in the full plan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2500" />
        <source>Appendix: definitions</source>
        <translation>Appendix: definitions</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2504" />
        <source>A set of communications with one objective, key messages, audiences, an owner and dates.</source>
        <translation>A set of communications with one objective, key messages, audiences, an owner and dates.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2510" />
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2511" />
        <source>One dated message sent through one channel to one or more audiences; a repeating communication counts once per date.</source>
        <translation>One dated message sent through one channel to one or more audiences; a repeating communication counts once per date.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2517" />
        <source>Audience (segment)</source>
        <translation>Audience (segment)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2518" />
        <source>A group of active employees defined by position, function, department, location, interests, needs or expectations.</source>
        <translation>A group of active employees defined by position, function, department, location, interests, needs or expectations.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2525" />
        <source>Employees who deal with external customers every day.</source>
        <translation>Employees who deal with external customers every day.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2528" />
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2529" />
        <source>Employees in at least one audience of a communication in the period, as a share of all active employees.</source>
        <translation>Employees in at least one audience of a communication in the period, as a share of all active employees.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2535" />
        <source>Values coverage</source>
        <translation>Values coverage</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2536" />
        <source>Communications of campaigns promoting a value, per month; a primary value counts 1, a secondary value 0.5.</source>
        <translation>Communications of campaigns promoting a value, per month; a primary value counts 1, a secondary value 0.5.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2542" />
        <source>Two-way channel</source>
        <translation>Two-way channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2543" />
        <source>A channel where employees can answer: meetings, town halls, surveys, chats.</source>
        <translation>A channel where employees can answer: meetings, town halls, surveys, chats.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2550" />
        <source>A short, frequent survey on a survey channel that measures how the plan lands.</source>
        <translation>A short, frequent survey on a survey channel that measures how the plan lands.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2556" />
        <source>Anonymity threshold</source>
        <translation>Anonymity threshold</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2557" />
        <source>Results of groups with fewer than {n} respondents are never shown.</source>
        <translation>Results of groups with fewer than {n} respondents are never shown.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2563" />
        <source>An audience receives more than {n} communications in one week.</source>
        <translation>An audience receives more than {n} communications in one week.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2569" />
        <source>A channel carries more communications in one day than it can handle.</source>
        <translation>A channel carries more communications in one day than it can handle.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2575" />
        <source>Days when nothing should be sent, such as a quarter close or a company event.</source>
        <translation>Days when nothing should be sent, such as a quarter close or a company event.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2582" />
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2582" />
        <location filename="../../commsplanner/services/export_docx.py" line="2599" />
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2587" />
        <source>Workflow statuses</source>
        <translation>Workflow statuses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2589" />
        <source>Proposed, not yet worked out.</source>
        <translation>Proposed, not yet worked out.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2590" />
        <source>Being written.</source>
        <translation>Being written.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2591" />
        <source>Waiting for review or approval.</source>
        <translation>Waiting for review or approval.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2592" />
        <source>Approved, not yet scheduled.</source>
        <translation>Approved, not yet scheduled.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2593" />
        <source>Dated and ready to go out.</source>
        <translation>Dated and ready to go out.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2594" />
        <source>Running now.</source>
        <translation>Running now.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2595" />
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2596" />
        <source>Dropped; not counted in this plan.</source>
        <translation>Dropped; not counted in this plan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2605" />
        <source>Generated by Comms Planner on {date} from the workspace “{name}”.</source>
        <translation>Generated by Comms Planner on {date} from the workspace “{name}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2744" />
        <source>No sections were selected for this document.</source>
        <translation>No sections were selected for this document.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2818" />
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2820" />
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2822" />
        <source>it is not a folder</source>
        <translation>it is not a folder</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2945" />
        <source>no file name given</source>
        <translation>no file name given</translation>
    </message>
</context>
</TS>
