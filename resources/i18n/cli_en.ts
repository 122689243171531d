<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>cli</name>
        <message>
            <location filename="../../commsplanner/cli.py" line="82" />
            <source>Demo workspace written to “{path}”: {employees} employees in {seconds} s.</source>
            <translation>Demo workspace written to “{path}”: {employees} employees in {seconds} s.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="94" />
            <source>Writing the demo workspace… {percent} %</source>
            <translation>Writing the demo workspace… {percent} %</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="119" />
            <source>Employees (active)</source>
            <translation>Employees (active)</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="120" />
            <source>Segments</source>
            <translation>Segments</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="121" />
            <source>Corporate values</source>
            <translation>Corporate values</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="122" />
            <source>Business goals</source>
            <translation>Business goals</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="123" />
            <source>Channels</source>
            <translation>Channels</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="124" />
            <source>Campaigns</source>
            <translation>Campaigns</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="125" />
            <source>Communications</source>
            <translation>Communications</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="126" />
            <source>Blackout periods</source>
            <translation>Blackout periods</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="127" />
            <source>Measurements</source>
            <translation>Measurements</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="128" />
            <source>Approvals</source>
            <translation>Approvals</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="129" />
            <source>Feedback entries</source>
            <translation>Feedback entries</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="131" />
            <source>(not set)</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="133" />
            <source>Workspace</source>
            <translation>Workspace</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="134" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="135" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="136" />
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="137" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="139" />
            <source>Schema version</source>
            <translation>Schema version</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="140" />
            <source>{version} (this app reads up to {supported})</source>
            <translation>{version} (this app reads up to {supported})</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="254" />
            <source>Comms Planner from the command line: demo workspaces and summaries.</source>
            <translation>Comms Planner from the command line: demo workspaces and summaries.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="265" />
            <source>Show the version and exit.</source>
            <translation>Show the version and exit.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="271" />
            <source>Language of messages (default: the system language).</source>
            <translation>Language of messages (default: the system language).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="274" />
            <source>COMMAND</source>
            <translation>COMMAND</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="279" />
            <source>Write a demo workspace.</source>
            <translation>Write a demo workspace.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="283" />
            <source>OUT.commsplan</source>
            <translation>OUT.commsplan</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="284" />
            <source>The file to create (it must not exist yet).</source>
            <translation>The file to create (it must not exist yet).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="291" />
            <source>Number of employees (default: 2000).</source>
            <translation>Number of employees (default: 2000).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="298" />
            <source>Random seed: the same seed gives the same workspace (default: 1).</source>
            <translation>Random seed: the same seed gives the same workspace (default: 1).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="307" />
            <source>Language of the plan's names and texts (default: the message language).</source>
            <translation>Language of the plan's names and texts (default: the message language).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="313" />
            <source>Summarise a workspace.</source>
            <translation>Summarise a workspace.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="317" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="318" />
            <source>The workspace file (.commsplan); it is opened read-only.</source>
            <translation>The workspace file (.commsplan); it is opened read-only.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="412" />
            <source>Show this help and exit.</source>
            <translation>Show this help and exit.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="424" />
            <source>“{value}” is not a positive whole number.</source>
            <translation>“{value}” is not a positive whole number.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="437" />
            <source>“{value}” is not a whole number.</source>
            <translation>“{value}” is not a whole number.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="456" />
            <source>usage: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="462" />
            <source>arguments</source>
            <translation>arguments</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="463" />
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="486" />
            <source>Missing argument(s): {names}.</source>
            <translation>Missing argument(s): {names}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="487" />
            <source>Unknown argument(s): {names}.</source>
            <translation>Unknown argument(s): {names}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="488" />
            <source>{arg}: “{value}” is not one of {choices}.</source>
            <translation>{arg}: “{value}” is not one of {choices}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="489" />
            <source>{arg} needs a value.</source>
            <translation>{arg} needs a value.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="490" />
            <source>{arg}: {detail}</source>
            <translation>{arg}: {detail}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="501" />
            <source>Invalid command line: {detail}.</source>
            <translation>Invalid command line: {detail}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="502" />
            <source>Run “{prog} --help” for help.</source>
            <translation>Run “{prog} --help” for help.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="572" />
            <source>Interrupted. Nothing was written.</source>
            <translation>Interrupted. Nothing was written.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="580" />
            <source>Cannot use “{path}”: {detail}.</source>
            <translation>Cannot use “{path}”: {detail}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="587" />
            <source>A system error stopped the command: {detail}.</source>
            <translation>A system error stopped the command: {detail}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="594" />
            <source>Unexpected error ({kind}): {detail}</source>
            <translation>Unexpected error ({kind}): {detail}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../commsplanner/services/demo.py" line="71" />
            <source>The demo workspace could not be written to “{path}” ({detail}).</source>
            <translation>The demo workspace could not be written to “{path}” ({detail}).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/services/demo.py" line="95" />
            <source>The number of employees must be a whole number from {min} to {max}.</source>
            <translation>The number of employees must be a whole number from {min} to {max}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/services/demo.py" line="104" />
            <source>“{lang}” is not a demo language; choose one of: {choices}.</source>
            <translation>“{lang}” is not a demo language; choose one of: {choices}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/services/demo.py" line="114" />
            <location filename="../../commsplanner/services/demo.py" line="157" />
            <location filename="../../commsplanner/services/demo.py" line="164" />
            <location filename="../../commsplanner/storage/workspace.py" line="169" />
            <source>“{path}” already exists; choose another name.</source>
            <translation>“{path}” already exists; choose another name.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/errors.py" line="52" />
            <source>Cancelled. Nothing was changed.</source>
            <translation>Cancelled. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="39" />
            <source>“{colour}” is not a colour of the form #RRGGBB.</source>
            <translation>“{colour}” is not a colour of the form #RRGGBB.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="93" />
            <source>Every employee needs an identifier.</source>
            <translation>Every employee needs an identifier.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="110" />
            <source>The segment needs a name.</source>
            <translation>The segment needs a name.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="123" />
            <source>The corporate value needs a name.</source>
            <translation>The corporate value needs a name.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="137" />
            <source>The business goal needs a name.</source>
            <translation>The business goal needs a name.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="154" />
            <source>The channel needs a name.</source>
            <translation>The channel needs a name.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="162" />
            <source>A capacity must be at least 1 (or left empty).</source>
            <translation>A capacity must be at least 1 (or left empty).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="185" />
            <source>The campaign needs a name.</source>
            <translation>The campaign needs a name.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="189" />
            <source>The campaign ends ({end}) before it starts ({start}).</source>
            <translation>The campaign ends ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="225" />
            <source>The communication needs a title.</source>
            <translation>The communication needs a title.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="229" />
            <source>The duration must be longer than zero minutes.</source>
            <translation>The duration must be longer than zero minutes.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="258" />
            <source>The blackout period needs a name.</source>
            <translation>The blackout period needs a name.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="261" />
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>The period ends ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="290" />
            <source>The measurement needs a metric name.</source>
            <translation>The measurement needs a metric name.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="295" />
            <source>The number of respondents cannot be negative.</source>
            <translation>The number of respondents cannot be negative.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="343" />
            <source>The feedback entry needs a text.</source>
            <translation>The feedback entry needs a text.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="365" />
            <source>The weekly cap must be at least 1.</source>
            <translation>The weekly cap must be at least 1.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="370" />
            <source>The anonymity threshold must be at least 1.</source>
            <translation>The anonymity threshold must be at least 1.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="375" />
            <source>The week must start on a day from 0 to 6.</source>
            <translation>The week must start on a day from 0 to 6.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/recurrence.py" line="38" />
            <source>The repetition rule “{rule}” is not valid ({detail}).</source>
            <translation>The repetition rule “{rule}” is not valid ({detail}).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="178" />
            <source>“{attribute}” is not a field a segment rule can use.</source>
            <translation>“{attribute}” is not a field a segment rule can use.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="179" />
            <source>Column {column}: “{attribute}” is not a field a segment rule can use. Fields: {fields}; for a custom attribute write attr:{attribute}.
{source}
{caret}</source>
            <translation>Column {column}: “{attribute}” is not a field a segment rule can use. Fields: {fields}; for a custom attribute write attr:{attribute}.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="186" />
            <source>The rule uses an unknown comparison “{op}”.</source>
            <translation>The rule uses an unknown comparison “{op}”.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="187" />
            <source>Column {column}: unknown comparison “{op}”.
{source}
{caret}</source>
            <translation>Column {column}: unknown comparison “{op}”.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="192" />
            <source>The comparison “{op}” cannot be used with {attribute}; use one of: {ops}.</source>
            <translation>The comparison “{op}” cannot be used with {attribute}; use one of: {ops}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="195" />
            <source>Column {column}: the comparison “{op}” cannot be used with {attribute}; use one of: {ops}.
{source}
{caret}</source>
            <translation>Column {column}: the comparison “{op}” cannot be used with {attribute}; use one of: {ops}.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="202" />
            <source>{attribute} is compared with true or false.</source>
            <translation>{attribute} is compared with true or false.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="203" />
            <source>Column {column}: {attribute} is compared with true or false.
{source}
{caret}</source>
            <translation>Column {column}: {attribute} is compared with true or false.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="209" />
            <source>{attribute} is compared with a text value.</source>
            <translation>{attribute} is compared with a text value.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="210" />
            <source>Column {column}: {attribute} is compared with a text value.
{source}
{caret}</source>
            <translation>Column {column}: {attribute} is compared with a text value.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="216" />
            <source>“{op}” on {attribute} needs a list of at least one text value.</source>
            <translation>“{op}” on {attribute} needs a list of at least one text value.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="219" />
            <source>Column {column}: “{op}” on {attribute} needs a list of at least one value.
{source}
{caret}</source>
            <translation>Column {column}: “{op}” on {attribute} needs a list of at least one value.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="226" />
            <source>{attribute} is compared with a date written YYYY-MM-DD, not “{value}”.</source>
            <translation>{attribute} is compared with a date written YYYY-MM-DD, not “{value}”.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="229" />
            <source>Column {column}: {attribute} is compared with a date written YYYY-MM-DD, not “{value}”.
{source}
{caret}</source>
            <translation>Column {column}: {attribute} is compared with a date written YYYY-MM-DD, not “{value}”.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="236" />
            <source>The condition on {attribute} needs a value.</source>
            <translation>The condition on {attribute} needs a value.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="237" />
            <source>Column {column}: the condition on {attribute} needs a value.
{source}
{caret}</source>
            <translation>Column {column}: the condition on {attribute} needs a value.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="300" />
            <source>The segment rule is not well formed at {path}: expected a condition {{"field", "op", "value"}} or a group "all", "any" or "not".</source>
            <translation>The segment rule is not well formed at {path}: expected a condition {{"field", "op", "value"}} or a group "all", "any" or "not".</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="524" />
            <source>The rule is empty: write at least one condition.</source>
            <translation>The rule is empty: write at least one condition.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="525" />
            <source>Column {column}: unexpected character “{char}”.
{source}
{caret}</source>
            <translation>Column {column}: unexpected character “{char}”.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="528" />
            <source>Column {column}: the quotation mark opened here is never closed.
{source}
{caret}</source>
            <translation>Column {column}: the quotation mark opened here is never closed.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="532" />
            <source>Column {column}: expected a condition here, such as department = "Ventas".
{source}
{caret}</source>
            <translation>Column {column}: expected a condition here, such as department = "Ventas".
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="537" />
            <source>Column {column}: expected a comparison after {attribute} (=, !=, in, not in, contains, has, lacks, before, after).
{source}
{caret}</source>
            <translation>Column {column}: expected a comparison after {attribute} (=, !=, in, not in, contains, has, lacks, before, after).
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="542" />
            <source>Column {column}: expected a value in quotes here.
{source}
{caret}</source>
            <translation>Column {column}: expected a value in quotes here.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="545" />
            <source>Column {column}: put text values in quotes: "{word}".
{source}
{caret}</source>
            <translation>Column {column}: put text values in quotes: "{word}".
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="549" />
            <source>Column {column}: expected a list in parentheses, such as ("A", "B").
{source}
{caret}</source>
            <translation>Column {column}: expected a list in parentheses, such as ("A", "B").
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="553" />
            <source>Column {column}: expected “,” or “)” here.
{source}
{caret}</source>
            <translation>Column {column}: expected “,” or “)” here.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="556" />
            <source>Column {column}: expected “)” to close the parenthesis.
{source}
{caret}</source>
            <translation>Column {column}: expected “)” to close the parenthesis.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="559" />
            <source>Column {column}: unexpected “{found}”; join conditions with and / or.
{source}
{caret}</source>
            <translation>Column {column}: unexpected “{found}”; join conditions with and / or.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="563" />
            <source>Column {column}: “value in {attribute}” is for tag lists (interests, needs, expectations); for text write {attribute} contains "…".
{source}
{caret}</source>
            <translation>Column {column}: “value in {attribute}” is for tag lists (interests, needs, expectations); for text write {attribute} contains "…".
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="568" />
            <source>Column {column}: {attribute} is a list of tags; write "{value}" in {attribute}, or {attribute} in (…) for any of several.
{source}
{caret}</source>
            <translation>Column {column}: {attribute} is a list of tags; write "{value}" in {attribute}, or {attribute} in (…) for any of several.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="573" />
            <source>Column {column}: “{attribute}” is not a field a segment rule can use; did you mean {suggestion}?
{source}
{caret}</source>
            <translation>Column {column}: “{attribute}” is not a field a segment rule can use; did you mean {suggestion}?
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="578" />
            <source>Column {column}: expected the name of a custom attribute after “{word}:”.
{source}
{caret}</source>
            <translation>Column {column}: expected the name of a custom attribute after “{word}:”.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="15" />
            <source>The workspace “{path}” does not exist.</source>
            <translation>The workspace “{path}” does not exist.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="22" />
            <source>“{path}” is not a Comms Planner workspace. It was not changed.</source>
            <translation>“{path}” is not a Comms Planner workspace. It was not changed.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="32" />
            <source>The workspace “{path}” is damaged and cannot be opened ({detail}). It was not changed; restore a backup copy.</source>
            <translation>The workspace “{path}” is damaged and cannot be opened ({detail}). It was not changed; restore a backup copy.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="45" />
            <source>The workspace “{path}” was saved by a newer version of Comms Planner (format {version}; this version reads up to {supported}). Update the app to open it; the file was not changed.</source>
            <translation>The workspace “{path}” was saved by a newer version of Comms Planner (format {version}; this version reads up to {supported}). Update the app to open it; the file was not changed.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="60" />
            <source>The workspace “{path}” is already open in another Comms Planner window ({holder}). Close it there, or open this one read-only.</source>
            <translation>The workspace “{path}” is already open in another Comms Planner window ({holder}). Close it there, or open this one read-only.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="73" />
            <source>The workspace “{path}” is read-only: changes cannot be saved. Use “Save a copy as…” to keep working on a copy.</source>
            <translation>The workspace “{path}” is read-only: changes cannot be saved. Use “Save a copy as…” to keep working on a copy.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="85" />
            <source>The workspace “{path}” was made by an older version and must be upgraded, which is not possible while it is open read-only.</source>
            <translation>The workspace “{path}” was made by an older version and must be upgraded, which is not possible while it is open read-only.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="97" />
            <source>The change could not be saved to “{path}” ({detail}). Nothing was changed in the workspace.</source>
            <translation>The change could not be saved to “{path}” ({detail}). Nothing was changed in the workspace.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="112" />
            <source>The item (id {id}) no longer exists in this workspace.</source>
            <translation>The item (id {id}) no longer exists in this workspace.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="123" />
            <source>“{name}” is still used by {users} item(s); reassign or remove them first.</source>
            <translation>“{name}” is still used by {users} item(s); reassign or remove them first.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/repositories.py" line="109" />
            <source>The name “{name}” is already taken; choose another one.</source>
            <translation>The name “{name}” is already taken; choose another one.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/repositories.py" line="118" />
            <source>This item refers to something that no longer exists.</source>
            <translation>This item refers to something that no longer exists.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/repositories.py" line="475" />
            <source>Every employee needs an identifier of their own; one is used twice or is already in the workspace ({detail}).</source>
            <translation>Every employee needs an identifier of their own; one is used twice or is already in the workspace ({detail}).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/workspace.py" line="107" />
            <source>“{path}” cannot be read ({detail}).</source>
            <translation>“{path}” cannot be read ({detail}).</translation>
        </message>
    </context>
</TS>
