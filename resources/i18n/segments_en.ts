<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EmployeeListEditor</name>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="72"/>
        <source>Employee IDs from the directory, separated by commas</source>
        <translation>Employee IDs from the directory, separated by commas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="76"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="78"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="96"/>
        <source>No employee has the ID: {ids}</source>
        <translation>No employee has the ID: {ids}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="123"/>
        <source>#{id} (no longer in the directory)</source>
        <translation>#{id} (no longer in the directory)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="132"/>
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
</context>
<context>
    <name>RuleBuilder</name>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="77"/>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="79"/>
        <source>is on</source>
        <translation>is on</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="80"/>
        <source>is not</source>
        <translation>is not</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="81"/>
        <source>has any of</source>
        <translation>has any of</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="83"/>
        <source>is any of</source>
        <translation>is any of</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="84"/>
        <source>has none of</source>
        <translation>has none of</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="86"/>
        <source>is none of</source>
        <translation>is none of</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="87"/>
        <source>has</source>
        <translation>has</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="88"/>
        <source>does not have</source>
        <translation>does not have</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="89"/>
        <source>has a tag containing</source>
        <translation>has a tag containing</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="91"/>
        <source>contains</source>
        <translation>contains</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="92"/>
        <source>has no tag containing</source>
        <translation>has no tag containing</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="94"/>
        <source>does not contain</source>
        <translation>does not contain</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="95"/>
        <source>is before</source>
        <translation>is before</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="96"/>
        <source>is after</source>
        <translation>is after</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="155"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="156"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="158"/>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="160"/>
        <source>values, separated by ;</source>
        <translation>values, separated by ;</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="292"/>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="425"/>
        <source>All of these (and)</source>
        <translation>All of these (and)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="428"/>
        <source>Any of these (or)</source>
        <translation>Any of these (or)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="430"/>
        <source>Not</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="432"/>
        <source>Members are those who do NOT match this group</source>
        <translation>Members are those who do NOT match this group</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="436"/>
        <source>+ Condition</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="437"/>
        <source>+ Group</source>
        <translation>+ Group</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="439"/>
        <source>Remove this group</source>
        <translation>Remove this group</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="274"/>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="280"/>
        <source>Members: {count}</source>
        <translation>Members: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="286"/>
        <source>{share} of {total} active employees</source>
        <translation>{share} of {total} active employees</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="315"/>
        <source>The segment needs a name.</source>
        <translation>The segment needs a name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="319"/>
        <source>Another segment is already called “{name}”.</source>
        <translation>Another segment is already called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="356"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="359"/>
        <source>Always include ({count})</source>
        <translation>Always include ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="365"/>
        <source>Always exclude ({count})</source>
        <translation>Always exclude ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="372"/>
        <source>Edit segment</source>
        <translation>Edit segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="374"/>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="377"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="378"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="379"/>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="384"/>
        <source>e.g. Front-line staff in Madrid</source>
        <translation>e.g. Front-line staff in Madrid</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="387"/>
        <source>The rule as text (edit either the builder or the text; they stay in sync):</source>
        <translation>The rule as text (edit either the builder or the text; they stay in sync):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="396"/>
        <source>These employees are members even when the rule does not select them (as long as they are active).</source>
        <translation>These employees are members even when the rule does not select them (as long as they are active).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="403"/>
        <source>These employees are never members, even when the rule selects them.</source>
        <translation>These employees are never members, even when the rule selects them.</translation>
    </message>
</context>
<context>
    <name>SegmentLabels</name>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="15"/>
        <source>{name} (custom)</source>
        <translation>{name} (custom)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="19"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="20"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="21"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="22"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="23"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="24"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="25"/>
        <source>Employee ID</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="27"/>
        <source>Faces customers</source>
        <translation>Faces customers</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="28"/>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="29"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="30"/>
        <source>Expectations</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="31"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <location filename="../../commsplanner/ui/segments/model.py" line="91"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/model.py" line="92"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/model.py" line="93"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/model.py" line="97"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>SegmentsCli</name>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="29"/>
        <source>List the segments of a workspace with their sizes.</source>
        <translation>List the segments of a workspace with their sizes.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="33"/>
        <location filename="../../commsplanner/cli_segments.py" line="55"/>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="34"/>
        <location filename="../../commsplanner/cli_segments.py" line="56"/>
        <source>The workspace file (.commsplan); opened read-only.</source>
        <translation>The workspace file (.commsplan); opened read-only.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="39"/>
        <source>Also print each segment&apos;s rule as text.</source>
        <translation>Also print each segment&apos;s rule as text.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="47"/>
        <source>Count the active employees a rule selects, e.g. &apos;position in (&quot;Cajero&quot;, &quot;Supervisor&quot;) and &quot;sostenibilidad&quot; in interests&apos;.</source>
        <translation>Count the active employees a rule selects, e.g. &apos;position in (&quot;Cajero&quot;, &quot;Supervisor&quot;) and &quot;sostenibilidad&quot; in interests&apos;.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="60"/>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="61"/>
        <source>The rule as text. Comparisons: = != in, not in, contains, has, lacks, before, after; join with and / or / not (or y / o / no); custom attributes as attr:Name.</source>
        <translation>The rule as text. Comparisons: = != in, not in, contains, has, lacks, before, after; join with and / or / not (or y / o / no); custom attributes as attr:Name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="70"/>
        <source>Print only the number (for scripts).</source>
        <translation>Print only the number (for scripts).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="102"/>
        <source>This workspace has no segments yet.</source>
        <translation>This workspace has no segments yet.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="105"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="106"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="107"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="119"/>
        <source>(no rule: only added by hand)</source>
        <translation>(no rule: only added by hand)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="121"/>
        <source>{segments} segment(s); {employees} active employees.</source>
        <translation>{segments} segment(s); {employees} active employees.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="158"/>
        <source>{count} of {total} active employees ({share} %) match the rule.</source>
        <translation>{count} of {total} active employees ({share} %) match the rule.</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="98"/>
        <source>Segments</source>
        <extracomment>The dialog class used to create and edit segments (tests may replace it).</extracomment>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="265"/>
        <source>New segment…</source>
        <translation>New segment…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="267"/>
        <source>New segment ({shortcut})</source>
        <translation>New segment ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="272"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="273"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="274"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="276"/>
        <source>Filter segments by name</source>
        <translation>Filter segments by name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="278"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="279"/>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="280"/>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="282"/>
        <source>Copy their employee IDs</source>
        <translation>Copy their employee IDs</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="286"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="337"/>
        <source>Active employees in the directory: {count}</source>
        <translation>Active employees in the directory: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="403"/>
        <source>Select a segment to see its profile.</source>
        <translation>Select a segment to see its profile.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="405"/>
        <source>No segments yet. Create one with “New segment…”: choose who belongs by position, department, location, interests, needs or expectations.</source>
        <translation>No segments yet. Create one with “New segment…”: choose who belongs by position, department, location, interests, needs or expectations.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="419"/>
        <source>included by hand: {count}</source>
        <translation>included by hand: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="425"/>
        <source>excluded by hand: {count}</source>
        <translation>excluded by hand: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="431"/>
        <source>(no rule: only employees added by hand)</source>
        <translation>(no rule: only employees added by hand)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="437"/>
        <source>Members: {size} · {share} of the organisation · {front} face customers</source>
        <translation>Members: {size} · {share} of the organisation · {front} face customers</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="462"/>
        <source>Overlap between the {count} selected segments.</source>
        <translation>Overlap between the {count} selected segments.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="466"/>
        <source>Overlap between all {count} segments (select two or more to compare only those).</source>
        <translation>Overlap between all {count} segments (select two or more to compare only those).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="483"/>
        <source>{unreached} of {total} active employees ({share}) are not in “{name}”; {front} of them face customers.</source>
        <translation>{unreached} of {total} active employees ({share}) are not in “{name}”; {front} of them face customers.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="489"/>
        <source>{unreached} of {total} active employees ({share}) are in none of the {count} selected segments; {front} of them face customers.</source>
        <translation>{unreached} of {total} active employees ({share}) are in none of the {count} selected segments; {front} of them face customers.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="495"/>
        <source>{unreached} of {total} active employees ({share}) are in none of the {count} segments; {front} of them face customers.</source>
        <translation>{unreached} of {total} active employees ({share}) are in none of the {count} segments; {front} of them face customers.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="519"/>
        <source>Smaller groups ({groups}), not shown one by one</source>
        <translation>Smaller groups ({groups}), not shown one by one</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="528"/>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="563"/>
        <source>New segment “{name}”</source>
        <translation>New segment “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="586"/>
        <source>Edit segment “{name}”</source>
        <translation>Edit segment “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="600"/>
        <source>{name} (copy)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="623"/>
        <source>Segment in use</source>
        <translation>Segment in use</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="624"/>
        <source>“{name}” is targeted by {campaigns} campaign(s) and {communications} communication(s). Move them to another segment before deleting it:</source>
        <translation>“{name}” is targeted by {campaigns} campaign(s) and {communications} communication(s). Move them to another segment before deleting it:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="633"/>
        <source>No segment (they stop targeting it)</source>
        <translation>No segment (they stop targeting it)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="644"/>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="645"/>
        <source>Delete the segment “{name}”? You can undo this.</source>
        <translation>Delete the segment “{name}”? You can undo this.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="654"/>
        <source>Delete segment “{name}”</source>
        <translation>Delete segment “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="663"/>
        <source>Segment deleted</source>
        <translation>Segment deleted</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="178"/>
        <source>“{attribute}” is not a field a segment rule can use.</source>
        <translation>“{attribute}” is not a field a segment rule can use.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="179"/>
        <source>Column {column}: “{attribute}” is not a field a segment rule can use. Fields: {fields}; for a custom attribute write attr:{attribute}.
{source}
{caret}</source>
        <translation>Column {column}: “{attribute}” is not a field a segment rule can use. Fields: {fields}; for a custom attribute write attr:{attribute}.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="186"/>
        <source>The rule uses an unknown comparison “{op}”.</source>
        <translation>The rule uses an unknown comparison “{op}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="187"/>
        <source>Column {column}: unknown comparison “{op}”.
{source}
{caret}</source>
        <translation>Column {column}: unknown comparison “{op}”.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="192"/>
        <source>The comparison “{op}” cannot be used with {attribute}; use one of: {ops}.</source>
        <translation>The comparison “{op}” cannot be used with {attribute}; use one of: {ops}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="195"/>
        <source>Column {column}: the comparison “{op}” cannot be used with {attribute}; use one of: {ops}.
{source}
{caret}</source>
        <translation>Column {column}: the comparison “{op}” cannot be used with {attribute}; use one of: {ops}.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="202"/>
        <source>{attribute} is compared with true or false.</source>
        <translation>{attribute} is compared with true or false.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="203"/>
        <source>Column {column}: {attribute} is compared with true or false.
{source}
{caret}</source>
        <translation>Column {column}: {attribute} is compared with true or false.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="209"/>
        <source>{attribute} is compared with a text value.</source>
        <translation>{attribute} is compared with a text value.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="210"/>
        <source>Column {column}: {attribute} is compared with a text value.
{source}
{caret}</source>
        <translation>Column {column}: {attribute} is compared with a text value.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="216"/>
        <source>“{op}” on {attribute} needs a list of at least one text value.</source>
        <translation>“{op}” on {attribute} needs a list of at least one text value.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="219"/>
        <source>Column {column}: “{op}” on {attribute} needs a list of at least one value.
{source}
{caret}</source>
        <translation>Column {column}: “{op}” on {attribute} needs a list of at least one value.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="226"/>
        <source>{attribute} is compared with a date written YYYY-MM-DD, not “{value}”.</source>
        <translation>{attribute} is compared with a date written YYYY-MM-DD, not “{value}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="229"/>
        <source>Column {column}: {attribute} is compared with a date written YYYY-MM-DD, not “{value}”.
{source}
{caret}</source>
        <translation>Column {column}: {attribute} is compared with a date written YYYY-MM-DD, not “{value}”.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="236"/>
        <source>The condition on {attribute} needs a value.</source>
        <translation>The condition on {attribute} needs a value.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="237"/>
        <source>Column {column}: the condition on {attribute} needs a value.
{source}
{caret}</source>
        <translation>Column {column}: the condition on {attribute} needs a value.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="300"/>
        <source>The segment rule is not well formed at {path}: expected a condition {{&quot;field&quot;, &quot;op&quot;, &quot;value&quot;}} or a group &quot;all&quot;, &quot;any&quot; or &quot;not&quot;.</source>
        <translation>The segment rule is not well formed at {path}: expected a condition {{&quot;field&quot;, &quot;op&quot;, &quot;value&quot;}} or a group &quot;all&quot;, &quot;any&quot; or &quot;not&quot;.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="524"/>
        <source>The rule is empty: write at least one condition.</source>
        <translation>The rule is empty: write at least one condition.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="525"/>
        <source>Column {column}: unexpected character “{char}”.
{source}
{caret}</source>
        <translation>Column {column}: unexpected character “{char}”.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="528"/>
        <source>Column {column}: the quotation mark opened here is never closed.
{source}
{caret}</source>
        <translation>Column {column}: the quotation mark opened here is never closed.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="532"/>
        <source>Column {column}: expected a condition here, such as department = &quot;Ventas&quot;.
{source}
{caret}</source>
        <translation>Column {column}: expected a condition here, such as department = &quot;Ventas&quot;.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="537"/>
        <source>Column {column}: expected a comparison after {attribute} (=, !=, in, not in, contains, has, lacks, before, after).
{source}
{caret}</source>
        <translation>Column {column}: expected a comparison after {attribute} (=, !=, in, not in, contains, has, lacks, before, after).
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="542"/>
        <source>Column {column}: expected a value in quotes here.
{source}
{caret}</source>
        <translation>Column {column}: expected a value in quotes here.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="545"/>
        <source>Column {column}: put text values in quotes: &quot;{word}&quot;.
{source}
{caret}</source>
        <translation>Column {column}: put text values in quotes: &quot;{word}&quot;.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="549"/>
        <source>Column {column}: expected a list in parentheses, such as (&quot;A&quot;, &quot;B&quot;).
{source}
{caret}</source>
        <translation>Column {column}: expected a list in parentheses, such as (&quot;A&quot;, &quot;B&quot;).
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="553"/>
        <source>Column {column}: expected “,” or “)” here.
{source}
{caret}</source>
        <translation>Column {column}: expected “,” or “)” here.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="556"/>
        <source>Column {column}: expected “)” to close the parenthesis.
{source}
{caret}</source>
        <translation>Column {column}: expected “)” to close the parenthesis.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="559"/>
        <source>Column {column}: unexpected “{found}”; join conditions with and / or.
{source}
{caret}</source>
        <translation>Column {column}: unexpected “{found}”; join conditions with and / or.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="563"/>
        <source>Column {column}: “value in {attribute}” is for tag lists (interests, needs, expectations); for text write {attribute} contains &quot;…&quot;.
{source}
{caret}</source>
        <translation>Column {column}: “value in {attribute}” is for tag lists (interests, needs, expectations); for text write {attribute} contains &quot;…&quot;.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="568"/>
        <source>Column {column}: {attribute} is a list of tags; write &quot;{value}&quot; in {attribute}, or {attribute} in (…) for any of several.
{source}
{caret}</source>
        <translation>Column {column}: {attribute} is a list of tags; write &quot;{value}&quot; in {attribute}, or {attribute} in (…) for any of several.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="573"/>
        <source>Column {column}: “{attribute}” is not a field a segment rule can use; did you mean {suggestion}?
{source}
{caret}</source>
        <translation>Column {column}: “{attribute}” is not a field a segment rule can use; did you mean {suggestion}?
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="578"/>
        <source>Column {column}: expected the name of a custom attribute after “{word}:”.
{source}
{caret}</source>
        <translation>Column {column}: expected the name of a custom attribute after “{word}:”.
{source}
{caret}</translation>
    </message>
</context>
<context>
    <name>segment_charts</name>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="58"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="59"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="60"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="61"/>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="62"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="63"/>
        <source>Expectations</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="72"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="76"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="85"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="148"/>
        <source>No segments to compare</source>
        <translation>No segments to compare</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="177"/>
        <source>Jaccard index (shared / in either)</source>
        <translation>Jaccard index (shared / in either)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="180"/>
        <source>Overlap between segments</source>
        <translation>Overlap between segments</translation>
    </message>
</context>
<context>
    <name>segment_warnings</name>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="142"/>
        <source>The segment has no members.</source>
        <translation>The segment has no members.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="143"/>
        <source>No active employee has {field} “{value}”.</source>
        <translation>No active employee has {field} “{value}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="146"/>
        <source>No active employee has {field} “{value}”; did you mean “{hint}”?</source>
        <translation>No active employee has {field} “{value}”; did you mean “{hint}”?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="149"/>
        <source>No active employee’s {field} contains “{value}”.</source>
        <translation>No active employee’s {field} contains “{value}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="152"/>
        <source>No active employee has the custom attribute “{name}”.</source>
        <translation>No active employee has the custom attribute “{name}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="155"/>
        <source>Employees included by hand who are no longer active or no longer in the directory: {count}.</source>
        <translation>Employees included by hand who are no longer active or no longer in the directory: {count}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="159"/>
        <source>Employees both included and excluded by hand (they are left out): {count}.</source>
        <translation>Employees both included and excluded by hand (they are left out): {count}.</translation>
    </message>
</context>
</TS>
