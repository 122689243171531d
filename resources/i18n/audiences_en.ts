<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AudienceFields</name>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="81" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="82" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="83" />
        <source>Custom attribute</source>
        <translation>Custom attribute</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="84" />
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="18" />
        <source>Employee ID</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="19" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="20" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="21" />
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="22" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="23" />
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="24" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="25" />
        <source>Customer facing</source>
        <translation>Customer facing</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="26" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="27" />
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="28" />
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="29" />
        <source>Expectations</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="30" />
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="31" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="50" />
        <location filename="../../commsplanner/ui/audiences/labels.py" line="42" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="51" />
        <location filename="../../commsplanner/ui/audiences/labels.py" line="44" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="52" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>AudienceLabels</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/labels.py" line="34" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/labels.py" line="36" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/labels.py" line="37" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AudiencesPage</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="215" />
        <source>1 active employee</source>
        <translation>1 active employee</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="217" />
        <source>{count} active employees</source>
        <translation>{count} active employees</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="221" />
        <source>{shown} of {total} employees</source>
        <translation>{shown} of {total} employees</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="240" />
        <source>Last import: {file} on {date} — {added} added, {updated} updated, {deactivated} marked inactive.</source>
        <translation>Last import: {file} on {date} — {added} added, {updated} updated, {deactivated} marked inactive.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="253" />
        <source>Pseudonymised: no names are kept.</source>
        <translation>Pseudonymised: no names are kept.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="270" />
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="271" />
        <location filename="../../commsplanner/ui/audiences/page.py" line="286" />
        <source>Import directory…</source>
        <translation>Import directory…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="274" />
        <source>Import or update the employee directory from a CSV or Excel export of your HR system. You will see what changes before anything is written.</source>
        <translation>Import or update the employee directory from a CSV or Excel export of your HR system. You will see what changes before anything is written.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="278" />
        <source>No employees yet</source>
        <translation>No employees yet</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="281" />
        <source>Import the employee directory exported by HR (CSV or Excel) to see who your internal customers are: positions, departments, places, interests and needs. Re-import newer exports at any time to keep it up to date.</source>
        <translation>Import the employee directory exported by HR (CSV or Excel) to see who your internal customers are: positions, departments, places, interests and needs. Re-import newer exports at any time to keep it up to date.</translation>
    </message>
</context>
<context>
    <name>DirectoryCli</name>
    <message>
        <location filename="../../commsplanner/cli.py" line="188" />
        <source>The mapping must be a JSON object such as {"Puesto": "position", "Centro": "location"} (or a file holding one).</source>
        <translation>The mapping must be a JSON object such as {"Puesto": "position", "Centro": "location"} (or a file holding one).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="206" />
        <source>Reading and importing the directory… {percent} %</source>
        <translation>Reading and importing the directory… {percent} %</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="334" />
        <source>Import the employee directory (CSV or XLSX from HR) into a workspace, or only check it with --dry-run.</source>
        <translation>Import the employee directory (CSV or XLSX from HR) into a workspace, or only check it with --dry-run.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="342" />
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="343" />
        <source>The workspace file (.commsplan).</source>
        <translation>The workspace file (.commsplan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="347" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="348" />
        <source>The directory export (.csv or .xlsx).</source>
        <translation>The directory export (.csv or .xlsx).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="353" />
        <source>Column → field as JSON, e.g. {"Puesto": "position"}, or a JSON file; other columns are suggested from their headers. Fields: external_id, display_name, given_name, family_name, position, function, department, location, level, customer_facing, language, interests, needs, expectations, start_date, attribute, ignore.</source>
        <translation>Column → field as JSON, e.g. {"Puesto": "position"}, or a JSON file; other columns are suggested from their headers. Fields: external_id, display_name, given_name, family_name, position, function, department, location, level, customer_facing, language, interests, needs, expectations, start_date, attribute, ignore.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="365" />
        <source>Check the file and print the report without writing anything.</source>
        <translation>Check the file and print the report without writing anything.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="372" />
        <source>Keep no names: replace each identifier by a stable salted hash.</source>
        <translation>Keep no names: replace each identifier by a stable salted hash.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="380" />
        <source>Leave employees missing from the file active (for partial exports).</source>
        <translation>Leave employees missing from the file active (for partial exports).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="387" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="388" />
        <source>The sheet of an Excel workbook to read.</source>
        <translation>The sheet of an Excel workbook to read.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="393" />
        <source>How to read dates like 03/04/2024: dmy (day first) or mdy (month first). Default: day first unless the file shows otherwise.</source>
        <translation>How to read dates like 03/04/2024: dmy (day first) or mdy (month first). Default: day first unless the file shows otherwise.</translation>
    </message>
</context>
<context>
    <name>DirectoryReport</name>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="28" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="30" />
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="31" />
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="37" />
        <source>Row {row}, column {column}</source>
        <translation>Row {row}, column {column}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="41" />
        <source>Row {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="43" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="46" />
        <source>Value: “{value}”</source>
        <translation>Value: “{value}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="64" />
        <source>File: {name} (CSV, {encoding}, delimiter “{delimiter}”)</source>
        <translation>File: {name} (CSV, {encoding}, delimiter “{delimiter}”)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="70" />
        <source>File: {name} (Excel, sheet “{sheet}”)</source>
        <translation>File: {name} (Excel, sheet “{sheet}”)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="74" />
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="80" />
        <source>Problems ({count}):</source>
        <translation>Problems ({count}):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="87" />
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="92" />
        <source>Rows: {total} read, {valid} valid, {invalid} with errors (not imported), {duplicates} repeated.</source>
        <translation>Rows: {total} read, {valid} valid, {invalid} with errors (not imported), {duplicates} repeated.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="105" />
        <source>Result: {added} added, {updated} updated, {reactivated} reactivated, {unchanged} unchanged, {deactivated} marked inactive.</source>
        <translation>Result: {added} added, {updated} updated, {reactivated} reactivated, {unchanged} unchanged, {deactivated} marked inactive.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="111" />
        <source>An import would add {added}, update {updated}, reactivate {reactivated}, leave {unchanged} unchanged and mark {deactivated} inactive.</source>
        <translation>An import would add {added}, update {updated}, reactivate {reactivated}, leave {unchanged} unchanged and mark {deactivated} inactive.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="127" />
        <source>Nothing was written to the workspace.</source>
        <translation>Nothing was written to the workspace.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="135" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="136" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="137" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="138" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="139" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="85" />
        <source>Distribution of</source>
        <extracomment>The user clicked a bar: (field, value) to add as a filter.</extracomment>
        <translation>Distribution of</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="126" />
        <source>{field} — 1 employee</source>
        <translation>{field} — 1 employee</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="128" />
        <source>{field} — {count} employees</source>
        <translation>{field} — {count} employees</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="132" />
        <source>Other ({groups} groups)</source>
        <translation>Other ({groups} groups)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="133" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="134" />
        <source>No employee matches the filter.</source>
        <translation>No employee matches the filter.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="136" />
        <source>Fewer than {threshold} people match: no breakdown is shown, so that nobody can be singled out.</source>
        <translation>Fewer than {threshold} people match: no breakdown is shown, so that nobody can be singled out.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="139" />
        <source>One person can count under several values.</source>
        <translation>One person can count under several values.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="140" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="141" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="164" />
        <source>Groups of fewer than {threshold} people are counted under “Other” so that nobody can be singled out.</source>
        <translation>Groups of fewer than {threshold} people are counted under “Other” so that nobody can be singled out.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="169" />
        <source>Click a bar to filter by its value.</source>
        <translation>Click a bar to filter by its value.</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/model.py" line="178" />
        <source>No longer in the directory (inactive).</source>
        <extracomment>While True (an import is writing) rows not yet cached are not fetched.</extracomment>
        <translation>No longer in the directory (inactive).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="31" />
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="166" />
        <source>{value} ({count})</source>
        <translation>{value} ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="183" />
        <source>{field}: {value}  ✕</source>
        <translation>{field}: {value}  ✕</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="187" />
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="223" />
        <source>Search name, ID, position, place, interests…</source>
        <translation>Search name, ID, position, place, interests…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="224" />
        <source>Filter by</source>
        <translation>Filter by</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="225" />
        <source>Add filter</source>
        <translation>Add filter</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="226" />
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="228" />
        <source>Include employees who are no longer in the latest directory export.</source>
        <translation>Include employees who are no longer in the latest directory export.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="230" />
        <source>Filters:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="231" />
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
</context>
<context>
    <name>ImportDirectoryFlow</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="606" />
        <source>The directory was imported: {added} added, {updated} updated, {reactivated} reactivated, {unchanged} unchanged, {deactivated} marked inactive.</source>
        <translation>The directory was imported: {added} added, {updated} updated, {reactivated} reactivated, {unchanged} unchanged, {deactivated} marked inactive.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="618" />
        <source>{count} rows with errors were skipped.</source>
        <translation>{count} rows with errors were skipped.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="645" />
        <source>Import the employee directory</source>
        <translation>Import the employee directory</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="647" />
        <source>Directory exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Directory exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="660" />
        <source>Directory imported</source>
        <translation>Directory imported</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="668" />
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="669" />
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="687" />
        <source>Read-only workspace</source>
        <translation>Read-only workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="688" />
        <source>This workspace is open read-only: the directory cannot be imported.</source>
        <translation>This workspace is open read-only: the directory cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="700" />
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="715" />
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="737" />
        <source>Importing the directory…</source>
        <translation>Importing the directory…</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="366" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="367" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="368" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="369" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="370" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="70" />
        <source>{letter} · (no header)</source>
        <translation>{letter} · (no header)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="77" />
        <source>{name} · Excel workbook, sheet “{sheet}”</source>
        <translation>{name} · Excel workbook, sheet “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="82" />
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="83" />
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="84" />
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="85" />
        <source>vertical bar</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="88" />
        <source>{name} · CSV text, {encoding}, separated by {delimiter}</source>
        <translation>{name} · CSV text, {encoding}, separated by {delimiter}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="96" />
        <source>header in row {row}</source>
        <translation>header in row {row}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="100" />
        <source>header in rows {first}–{last}</source>
        <translation>header in rows {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="127" />
        <source>Choices from your last import are preselected.</source>
        <translation>Choices from your last import are preselected.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="134" />
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="134" />
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="134" />
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="178" />
        <source>Pseudonymise: keep no names, replace each identifier by a stable code</source>
        <translation>Pseudonymise: keep no names, replace each identifier by a stable code</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="184" />
        <source>Mark employees who are not in this file as inactive (full export)</source>
        <translation>Mark employees who are not in this file as inactive (full export)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="191" />
        <source>Detect (day first unless the file shows otherwise)</source>
        <translation>Detect (day first unless the file shows otherwise)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="193" />
        <source>Day first: 03/04/2024 is 3 April</source>
        <translation>Day first: 03/04/2024 is 3 April</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="194" />
        <source>Month first: 03/04/2024 is March 4</source>
        <translation>Month first: 03/04/2024 is March 4</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="196" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="200" />
        <source>Dates such as 03/04/2024:</source>
        <translation>Dates such as 03/04/2024:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="209" />
        <source>Check the data…</source>
        <translation>Check the data…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="220" />
        <source>What does each column hold?</source>
        <translation>What does each column hold?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="226" />
        <source>The first rows of the file (row numbers as in the file):</source>
        <translation>The first rows of the file (row numbers as in the file):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="241" />
        <source>Import directory — columns</source>
        <translation>Import directory — columns</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="285" />
        <source>Names are not kept when pseudonymising.</source>
        <translation>Names are not kept when pseudonymising.</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="849" />
        <source>Row {first} above the header was skipped.</source>
        <translation>Row {first} above the header was skipped.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="851" />
        <source>Rows {first}–{last} above the header were skipped.</source>
        <translation>Rows {first}–{last} above the header were skipped.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="862" />
        <source>Header rows {first}–{last} were combined into one.</source>
        <translation>Header rows {first}–{last} were combined into one.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="875" />
        <source>Rows {first}–{last} share one merged cell; its value was used for each row.</source>
        <translation>Rows {first}–{last} share one merged cell; its value was used for each row.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="912" />
        <source>The row has {count} values but the header names {width} columns: a value probably contains the delimiter without quotation marks, which shifts the values to the right.</source>
        <translation>The row has {count} values but the header names {width} columns: a value probably contains the delimiter without quotation marks, which shifts the values to the right.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="920" />
        <source>This value is in a column without a header; it was ignored.</source>
        <translation>This value is in a column without a header; it was ignored.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="298" />
        <source>“{target}” is not a field one can import.</source>
        <translation>“{target}” is not a field one can import.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="310" />
        <source>Column {letter} has no header, so it cannot become a custom attribute. Import it as a field or not at all.</source>
        <translation>Column {letter} has no header, so it cannot become a custom attribute. Import it as a field or not at all.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="323" />
        <source>Choose the column that holds the employee identifier: without it, a later export cannot be matched to the people already imported.</source>
        <translation>Choose the column that holds the employee identifier: without it, a later export cannot be matched to the people already imported.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="335" />
        <source>Columns {columns} are all imported as “{field}”; choose only one.</source>
        <translation>Columns {columns} are all imported as “{field}”; choose only one.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="351" />
        <source>Import either a full name or first and last names, not both.</source>
        <translation>Import either a full name or first and last names, not both.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="608" />
        <source>The value is {length} characters long; at most {limit} fit here. Shorten it in the file or import the column as something else.</source>
        <translation>The value is {length} characters long; at most {limit} fit here. Shorten it in the file or import the column as something else.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="624" />
        <source>Invisible control characters (such as text-direction overrides) were removed.</source>
        <translation>Invisible control characters (such as text-direction overrides) were removed.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="711" />
        <source>This column writes dates in {count} different ways (for example {examples}). Each was read on its own; check a few of them after the import.</source>
        <translation>This column writes dates in {count} different ways (for example {examples}). Each was read on its own; check a few of them after the import.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="729" />
        <source>Dates such as “{example}” were read as {read_as} ({order}).</source>
        <translation>Dates such as “{example}” were read as {read_as} ({order}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="739" />
        <source>day first</source>
        <translation>day first</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="741" />
        <source>month first</source>
        <translation>month first</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="826" />
        <source>The employee identifier is empty, so this row cannot be imported.</source>
        <translation>The employee identifier is empty, so this row cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="874" />
        <source>“{value}” is not a yes/no answer; write sí/no, yes/no, 1/0 or x (empty means no).</source>
        <translation>“{value}” is not a yes/no answer; write sí/no, yes/no, 1/0 or x (empty means no).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="801" />
        <source>The cell lists {count} values; at most {limit} fit in one cell.</source>
        <translation>The cell lists {count} values; at most {limit} fit in one cell.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="911" />
        <source>“{value}” is not a date this import understands; write it as 2024-03-15, 15/03/2024 or 15 mar 2024.</source>
        <translation>“{value}” is not a date this import understands; write it as 2024-03-15, 15/03/2024 or 15 mar 2024.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1065" />
        <source>This row repeats row {row} exactly; it was imported once.</source>
        <translation>This row repeats row {row} exactly; it was imported once.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1080" />
        <source>The identifier “{id}” is also used in row {row} with different data; only row {row} was imported. Give each person their own identifier.</source>
        <translation>The identifier “{id}” is also used in row {row} with different data; only row {row} was imported. Give each person their own identifier.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1152" />
        <source>{count} of the {active} active employees are not in this file and would be marked inactive. If the file is a partial export (one department, one site), keep the missing employees active instead.</source>
        <translation>{count} of the {active} active employees are not in this file and would be marked inactive. If the file is a partial export (one department, one site), keep the missing employees active instead.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1168" />
        <source>The previous import was pseudonymised and this one is not: the identifiers will not match, so everyone would be added again and the pseudonymised employees marked inactive.</source>
        <translation>The previous import was pseudonymised and this one is not: the identifiers will not match, so everyone would be added again and the pseudonymised employees marked inactive.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1175" />
        <source>The previous import was not pseudonymised and this one is: the identifiers will not match, so everyone would be added again and the employees imported before, with their names, marked inactive.</source>
        <translation>The previous import was not pseudonymised and this one is: the identifiers will not match, so everyone would be added again and the employees imported before, with their names, marked inactive.</translation>
    </message>
</context>
<context>
    <name>ValidationReportDialog</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="387" />
        <source>Import directory — check</source>
        <translation>Import directory — check</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="398" />
        <source>{total} rows read: {valid} can be imported, {invalid} have errors and will be skipped.</source>
        <translation>{total} rows read: {valid} can be imported, {invalid} have errors and will be skipped.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="407" />
        <source>The import will add {added} employees, update {updated}, reactivate {reactivated}, leave {unchanged} unchanged and mark {deactivated} as inactive (never deleted).</source>
        <translation>The import will add {added} employees, update {updated}, reactivate {reactivated}, leave {unchanged} unchanged and mark {deactivated} as inactive (never deleted).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="440" />
        <source>All problems ({count})</source>
        <translation>All problems ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="443" />
        <source>Errors: rows not imported ({count})</source>
        <translation>Errors: rows not imported ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="447" />
        <source>Warnings ({count})</source>
        <translation>Warnings ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="450" />
        <source>Notes ({count})</source>
        <translation>Notes ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="476" />
        <source>No problems found: every row can be imported.</source>
        <translation>No problems found: every row can be imported.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="486" />
        <source>Import {count} valid rows</source>
        <translation>Import {count} valid rows</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="493" />
        <source>Back to the columns</source>
        <translation>Back to the columns</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="497" />
        <source>Save the problem list…</source>
        <translation>Save the problem list…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="509" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="533" />
        <source>Row {row}, column {column}</source>
        <translation>Row {row}, column {column}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="538" />
        <source>Row {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="540" />
        <source>Whole file</source>
        <translation>Whole file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="544" />
        <source>Value: “{value}”</source>
        <translation>Value: “{value}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="565" />
        <source>Save the problem list</source>
        <extracomment>Replaceable in tests: where to save the problem list.</extracomment>
        <translation>Save the problem list</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="567" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="185" />
        <source>“{name}” is empty: there is nothing to import.</source>
        <translation>“{name}” is empty: there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="192" />
        <source>“{name}” is not a CSV table or an Excel workbook: it holds binary data (from line {line}). Export the directory from your HR system as CSV or XLSX.</source>
        <translation>“{name}” is not a CSV table or an Excel workbook: it holds binary data (from line {line}). Export the directory from your HR system as CSV or XLSX.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="236" />
        <source>“{name}” is a folder, not a file.</source>
        <translation>“{name}” is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="240" />
        <source>The file “{name}” does not exist.</source>
        <translation>The file “{name}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="244" />
        <location filename="../../commsplanner/services/tabular.py" line="346" />
        <source>“{name}” cannot be read ({detail}).</source>
        <translation>“{name}” cannot be read ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="255" />
        <source>“{name}” is an old-format Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as .xlsx (without a password) or as CSV.</source>
        <translation>“{name}” is an old-format Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as .xlsx (without a password) or as CSV.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="471" />
        <source>Row {row} of “{name}” cannot be read ({detail}).</source>
        <translation>Row {row} of “{name}” cannot be read ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="478" />
        <source>Row {row}, column {column} of “{name}”: the quotation mark that opens this value is never closed, so the rest of the file would be read as one value. Add the closing quotation mark, and write any quotation mark inside the value twice ("").</source>
        <translation>Row {row}, column {column} of “{name}”: the quotation mark that opens this value is never closed, so the rest of the file would be read as one value. Add the closing quotation mark, and write any quotation mark inside the value twice ("").</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="489" />
        <source>Row {row}, column {column} of “{name}”: a quotation mark opens a value that is not closed properly (the file goes wrong at line {line}). A quoted value must end with a quotation mark followed by the delimiter or the end of the line, and a quotation mark inside it is written twice ("").</source>
        <translation>Row {row}, column {column} of “{name}”: a quotation mark opens a value that is not closed properly (the file goes wrong at line {line}). A quoted value must end with a quotation mark followed by the delimiter or the end of the line, and a quotation mark inside it is written twice ("").</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="584" />
        <source>“{name}” is an OpenDocument spreadsheet (.ods). Save it as .xlsx or CSV and import that file.</source>
        <translation>“{name}” is an OpenDocument spreadsheet (.ods). Save it as .xlsx or CSV and import that file.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="593" />
        <source>“{name}” is a compressed file but not an Excel workbook. Export the directory as CSV or XLSX.</source>
        <translation>“{name}” is a compressed file but not an Excel workbook. Export the directory as CSV or XLSX.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="614" />
        <source>“{name}” looks like an Excel workbook but cannot be read ({detail}). Open it in Excel, save it again as .xlsx and retry.</source>
        <translation>“{name}” looks like an Excel workbook but cannot be read ({detail}). Open it in Excel, save it again as .xlsx and retry.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="628" />
        <source>“{name}” has no sheet called “{sheet}” (it has: {sheets}).</source>
        <translation>“{name}” has no sheet called “{sheet}” (it has: {sheets}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1004" />
        <source>“{name}” has a header but no rows of employees below it (header in row {row}).</source>
        <translation>“{name}” has a header but no rows of employees below it (header in row {row}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1193" />
        <source>No row of “{name}” can be imported; fix the problems listed first.</source>
        <translation>No row of “{name}” can be imported; fix the problems listed first.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1277" />
        <source>The mapping names columns the file does not have: {columns}.</source>
        <translation>The mapping names columns the file does not have: {columns}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1291" />
        <source>The column mapping cannot be used: {detail}</source>
        <translation>The column mapping cannot be used: {detail}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1303" />
        <source>“{name}” has no columns to import.</source>
        <translation>“{name}” has no columns to import.</translation>
    </message>
</context>
</TS>
