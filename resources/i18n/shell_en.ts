<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="100"/>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="110"/>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="121"/>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="129"/>
        <source>Comms Planner workspaces (*{suffix})</source>
        <translation>Comms Planner workspaces (*{suffix})</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="130"/>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="157"/>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="133"/>
        <source>An iCalendar (.ics) file that Outlook, Google Calendar or Thunderbird can import or subscribe to. Exporting again to the same file updates the events instead of duplicating them.</source>
        <translation>An iCalendar (.ics) file that Outlook, Google Calendar or Thunderbird can import or subscribe to. Exporting again to the same file updates the events instead of duplicating them.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="138"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="139"/>
        <source>Every audience</source>
        <translation>Every audience</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="141"/>
        <source>Only communications sent to this segment (directly or by their campaign)</source>
        <translation>Only communications sent to this segment (directly or by their campaign)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="143"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="144"/>
        <source>Every campaign</source>
        <translation>Every campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="145"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="146"/>
        <source>Only from</source>
        <translation>Only from</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="147"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="148"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="149"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="150"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="151"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="152"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="159"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="167"/>
        <source>Choose where to save the calendar file.</source>
        <translation>Choose where to save the calendar file.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="169"/>
        <source>“{path}” is a folder; add a file name.</source>
        <translation>“{path}” is a folder; add a file name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="171"/>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="493"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="494"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="495"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="496"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="497"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="498"/>
        <source>Create an empty workspace file</source>
        <translation>Create an empty workspace file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="499"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="500"/>
        <source>Open a workspace file</source>
        <translation>Open a workspace file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="501"/>
        <source>Open &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="503"/>
        <source>Create a fresh copy of the demo organisation and open it</source>
        <translation>Create a fresh copy of the demo organisation and open it</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="505"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="506"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="507"/>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="508"/>
        <source>Write a copy of this workspace to another file</source>
        <translation>Write a copy of this workspace to another file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="509"/>
        <source>C&amp;lose workspace</source>
        <translation>C&amp;lose workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="510"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="511"/>
        <source>&amp;Import directory…</source>
        <translation>&amp;Import directory…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="513"/>
        <source>Import or update the employee directory from a CSV or Excel file</source>
        <translation>Import or update the employee directory from a CSV or Excel file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="515"/>
        <source>Import &amp;measurements…</source>
        <translation>Import &amp;measurements…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="517"/>
        <source>Import survey results and other measurements from a CSV or Excel file</source>
        <translation>Import survey results and other measurements from a CSV or Excel file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="519"/>
        <source>&amp;Export plan to Word…</source>
        <translation>&amp;Export plan to Word…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="521"/>
        <source>Write the communication plan as a Word document for leadership</source>
        <translation>Write the communication plan as a Word document for leadership</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="523"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Export &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="525"/>
        <source>Write the planned communications as an iCalendar file</source>
        <translation>Write the planned communications as an iCalendar file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="527"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="529"/>
        <source>Write a timestamped backup of this workspace to the backups folder</source>
        <translation>Write a timestamped backup of this workspace to the backups folder</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="531"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="532"/>
        <source>Go back to an earlier state of this workspace</source>
        <translation>Go back to an earlier state of this workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="533"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="535"/>
        <source>Language, theme, backups and the open workspace&apos;s settings</source>
        <translation>Language, theme, backups and the open workspace's settings</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="537"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="538"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="539"/>
        <source>The pages of the open workspace</source>
        <translation>The pages of the open workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="540"/>
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="541"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="542"/>
        <source>&amp;About Comms Planner</source>
        <translation>&amp;About Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="543"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="667"/>
        <source>Workspace created: {path}</source>
        <translation>Workspace created: {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="686"/>
        <source>Preparing the demo organisation</source>
        <translation>Preparing the demo organisation</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="688"/>
        <source>Writing the demo workspace…</source>
        <translation>Writing the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="703"/>
        <source>{name} (copy)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="714"/>
        <source>A copy cannot replace the workspace that is open; choose another name.</source>
        <translation>A copy cannot replace the workspace that is open; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="727"/>
        <source>Copy saved as {path}</source>
        <translation>Copy saved as {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="755"/>
        <source>Measurements imported: {added} added, {updated} updated.</source>
        <translation>Measurements imported: {added} added, {updated} updated.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="771"/>
        <source>Plan exported to {path}</source>
        <translation>Plan exported to {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="792"/>
        <source>Exporting the calendar</source>
        <translation>Exporting the calendar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="800"/>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="803"/>
        <source>{count} events exported to {path}</source>
        <translation>{count} events exported to {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="818"/>
        <source>Writing a backup…</source>
        <translation>Writing a backup…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="835"/>
        <source>Backup saved: {name}</source>
        <translation>Backup saved: {name}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="842"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="858"/>
        <source>Reading the backups</source>
        <translation>Reading the backups</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="879"/>
        <source>Restoring the backup</source>
        <translation>Restoring the backup</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="891"/>
        <source>The backup of {when} was restored. The replaced state was saved as {name}.</source>
        <translation>The backup of {when} was restored. The replaced state was saved as {name}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="948"/>
        <source>Change the workspace settings</source>
        <translation>Change the workspace settings</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="977"/>
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1195"/>
        <location filename="../../commsplanner/ui/main_window.py" line="1198"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1196"/>
        <location filename="../../commsplanner/ui/main_window.py" line="1199"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1237"/>
        <source>{name} (read-only)</source>
        <translation>{name} (read-only)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1241"/>
        <source>Read-only: {path}</source>
        <translation>Read-only: {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1248"/>
        <source>About Comms Planner</source>
        <translation>About Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1284"/>
        <source>Plans internal communication for employees as internal customers: audiences, campaigns, calendar and Word plans.</source>
        <translation>Plans internal communication for employees as internal customers: audiences, campaigns, calendar and Word plans.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1287"/>
        <source>Running on</source>
        <translation>Running on</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="25"/>
        <source>“{path}” could not be used ({detail}).</source>
        <translation>“{path}” could not be used ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="31"/>
        <source>An unexpected error occurred: {detail}</source>
        <translation>An unexpected error occurred: {detail}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="45"/>
        <source>Comms Planner</source>
        <translation>Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="49"/>
        <source>Your workspace keeps every change that was completed. If this happens again, send the details below to whoever supports the app.</source>
        <translation>Your workspace keeps every change that was completed. If this happens again, send the details below to whoever supports the app.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="69"/>
        <source>Workspace in use</source>
        <translation>Workspace in use</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="72"/>
        <source>You can open it read-only to look at it and save a copy, without changing it.</source>
        <translation>You can open it read-only to look at it and save a copy, without changing it.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="78"/>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="291"/>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="294"/>
        <source>A workspace file holds one organisation&apos;s plan. These choices can be changed later in Edit ▸ Preferences and on the Strategy page.</source>
        <translation>A workspace file holds one organisation's plan. These choices can be changed later in Edit ▸ Preferences and on the Strategy page.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="298"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="299"/>
        <source>e.g. Banco Andino</source>
        <translation>e.g. Banco Andino</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="300"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="301"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="302"/>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Holidays of:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="303"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="305"/>
        <source>Language of the plan&apos;s exports (Word plans, calendar files)</source>
        <translation>Language of the plan's exports (Word plans, calendar files)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="307"/>
        <source>The company&apos;s &amp;values:</source>
        <translation>The company's &amp;values:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="308"/>
        <source>Then import the employee directory (CSV or Excel)</source>
        <translation>Then import the employee directory (CSV or Excel)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="309"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="338"/>
        <source>Choose where to save the workspace file.</source>
        <translation>Choose where to save the workspace file.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="341"/>
        <source>“{path}” already exists; choose another name.</source>
        <translation>“{path}” already exists; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="345"/>
        <source>The folder “{folder}” does not exist.</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="350"/>
        <source>Two values have the same name; give each value its own name.</source>
        <translation>Two values have the same name; give each value its own name.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="115"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="237"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="238"/>
        <source>Audience segments</source>
        <translation>Audience segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="239"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="240"/>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="245"/>
        <location filename="../../commsplanner/ui/overview.py" line="250"/>
        <location filename="../../commsplanner/ui/overview.py" line="295"/>
        <source>Next communications</source>
        <translation>Next communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="247"/>
        <source>Date, time, title, campaign and channel of the next communications</source>
        <translation>Date, time, title, campaign and channel of the next communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="249"/>
        <location filename="../../commsplanner/ui/overview.py" line="251"/>
        <source>Corporate values</source>
        <translation>Corporate values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="254"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="255"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="256"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="257"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="258"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="261"/>
        <source>Nothing is planned from today on.</source>
        <translation>Nothing is planned from today on.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="263"/>
        <source>No corporate values yet. Campaigns are weighed against them once added.</source>
        <translation>No corporate values yet. Campaigns are weighed against them once added.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="286"/>
        <source>Unnamed organisation</source>
        <translation>Unnamed organisation</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="305"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="307"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="325"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="326"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="327"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="328"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="329"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="330"/>
        <location filename="../../commsplanner/ui/preferences.py" line="336"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="332"/>
        <source>The language of menus and dialogs; applied at once</source>
        <translation>The language of menus and dialogs; applied at once</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="334"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="336"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="336"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="339"/>
        <source>&amp;Back up every:</source>
        <translation>&amp;Back up every:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="340"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="341"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="344"/>
        <source>Every change is saved to the workspace at once. Backups are extra copies, written only when the workspace changed since the last one.</source>
        <translation>Every change is saved to the workspace at once. Backups are extra copies, written only when the workspace changed since the last one.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="348"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="349"/>
        <source> backups per workspace</source>
        <translation> backups per workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="350"/>
        <source>Older backups are deleted. File ▸ Restore from backup… lists them.</source>
        <translation>Older backups are deleted. File ▸ Restore from backup… lists them.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="352"/>
        <source>They are kept in “{folder}”.</source>
        <translation>They are kept in “{folder}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="358"/>
        <source>Open a workspace to change its settings (holidays, caps, week start…).</source>
        <translation>Open a workspace to change its settings (holidays, caps, week start…).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="362"/>
        <source>This workspace is open read-only: its settings cannot be changed.</source>
        <translation>This workspace is open read-only: its settings cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="367"/>
        <source>These settings are stored in the workspace, so everyone who opens it plans with the same holidays, caps and week.</source>
        <translation>These settings are stored in the workspace, so everyone who opens it plans with the same holidays, caps and week.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="371"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="372"/>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Holidays of:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="373"/>
        <source>E&amp;xports in:</source>
        <translation>E&amp;xports in:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="375"/>
        <source>Language of the Word plans and calendar files made from this workspace</source>
        <translation>Language of the Word plans and calendar files made from this workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="377"/>
        <source>Weekly &amp;cap:</source>
        <translation>Weekly &amp;cap:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="378"/>
        <source> communications per person</source>
        <translation> communications per person</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="381"/>
        <source>How many communications one person may receive in a week across all channels; more is flagged as audience overload on the calendar.</source>
        <translation>How many communications one person may receive in a week across all channels; more is flagged as audience overload on the calendar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="385"/>
        <source>&amp;Week starts on:</source>
        <translation>&amp;Week starts on:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="387"/>
        <source>First day of the week in the calendar and in the weekly caps</source>
        <translation>First day of the week in the calendar and in the weekly caps</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="389"/>
        <source>&amp;Anonymity threshold:</source>
        <translation>&amp;Anonymity threshold:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="390"/>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="393"/>
        <source>Groups smaller than this are never shown, charted or exported, so that nobody can be singled out in results or profiles.</source>
        <translation>Groups smaller than this are never shown, charted or exported, so that nobody can be singled out in results or profiles.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="127"/>
        <source>Public holidays of this country are shown on the calendar and warned about</source>
        <translation>Public holidays of this country are shown on the calendar and warned about</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="129"/>
        <source>Country for public holidays</source>
        <translation>Country for public holidays</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="131"/>
        <source>Regional holidays (a state, province or autonomous community) come on top</source>
        <translation>Regional holidays (a state, province or autonomous community) come on top</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="133"/>
        <source>Region for public holidays</source>
        <translation>Region for public holidays</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="135"/>
        <location filename="../../commsplanner/ui/preferences.py" line="141"/>
        <source>Whole country</source>
        <translation>Whole country</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="156"/>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>This backup is damaged and cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="186"/>
        <location filename="../../commsplanner/ui/backups_ui.py" line="239"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="189"/>
        <source>Choose the state to go back to. What “{name}” holds now is saved as one more backup first, so the restore can itself be undone.</source>
        <translation>Choose the state to go back to. What “{name}” holds now is saved as one more backup first, so the restore can itself be undone.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="195"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="196"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="197"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="198"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="199"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="200"/>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="203"/>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="206"/>
        <source>There are no backups of this workspace yet. They are written every few minutes while you work (see Edit ▸ Preferences), or with File ▸ Back up now.</source>
        <translation>There are no backups of this workspace yet. They are written every few minutes while you work (see Edit ▸ Preferences), or with File ▸ Back up now.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="210"/>
        <location filename="../../commsplanner/ui/backups_ui.py" line="251"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="241"/>
        <source>Replace the workspace&apos;s content by the backup of {when}?</source>
        <translation>Replace the workspace's content by the backup of {when}?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="246"/>
        <source>Its current content is kept as a backup, so you can come back to it.</source>
        <translation>Its current content is kept as a backup, so you can come back to it.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../commsplanner/ui/shortcuts_dialog.py" line="83"/>
        <location filename="../../commsplanner/ui/shortcuts_dialog.py" line="85"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/shortcuts_dialog.py" line="84"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/shortcuts_dialog.py" line="84"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/shortcuts_dialog.py" line="88"/>
        <source>In the calendar: arrows move the selected day, Page Up and Page Down change the period, T goes to today, Enter opens the selected communication, Ctrl++ and Ctrl+- zoom the timeline.</source>
        <translation>In the calendar: arrows move the selected day, Page Up and Page Down change the period, T goes to today, Enter opens the selected communication, Ctrl++ and Ctrl+- zoom the timeline.</translation>
    </message>
</context>
<context>
    <name>ValuesEditor</name>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="124"/>
        <source>Corporate values</source>
        <translation>Corporate values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="125"/>
        <source>Double-click a name to change it</source>
        <translation>Double-click a name to change it</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="126"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="127"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="128"/>
        <source>C&amp;olour…</source>
        <translation>C&amp;olour…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="129"/>
        <source>The colour of the value in calendars and charts</source>
        <translation>The colour of the value in calendars and charts</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="130"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="131"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="165"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="225"/>
        <source>Welcome to Comms Planner</source>
        <translation>Welcome to Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="228"/>
        <source>Plan internal communication for your employees as internal customers: know your audiences, plan campaigns against your values and goals, and see them on a calendar. Explore the demo organisation, create your own workspace, or start by importing your employee directory.</source>
        <translation>Plan internal communication for your employees as internal customers: know your audiences, plan campaigns against your values and goals, and see them on a calendar. Explore the demo organisation, create your own workspace, or start by importing your employee directory.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="235"/>
        <source>No workspace is open</source>
        <translation>No workspace is open</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="238"/>
        <source>A workspace file holds a whole communication plan: employees, audiences, campaigns and their calendar. Open one, start a new one, or explore the demo organisation.</source>
        <translation>A workspace file holds a whole communication plan: employees, audiences, campaigns and their calendar. Open one, start a new one, or explore the demo organisation.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="243"/>
        <source>New workspace…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="245"/>
        <source>Name your organisation, its holidays, language and values</source>
        <translation>Name your organisation, its holidays, language and values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="247"/>
        <source>Open workspace…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="249"/>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="249"/>
        <source>Explore the demo</source>
        <translation>Explore the demo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="252"/>
        <source>A made-up bank with 2,000 employees and a year of campaigns to try things on</source>
        <translation>A made-up bank with 2,000 employees and a year of campaigns to try things on</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="254"/>
        <source>Import a directory…</source>
        <translation>Import a directory…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="256"/>
        <source>Create a workspace, then import your employee directory from CSV or Excel</source>
        <translation>Create a workspace, then import your employee directory from CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="258"/>
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/backups.py" line="40"/>
        <source>The backup could not be written to “{folder}” ({detail}). The workspace itself is unchanged.</source>
        <translation>The backup could not be written to “{folder}” ({detail}). The workspace itself is unchanged.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/backups.py" line="121"/>
        <source>The backups in “{folder}” cannot be read ({detail}).</source>
        <translation>The backups in “{folder}” cannot be read ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/backups.py" line="217"/>
        <source>“{path}” could not be read to back it up ({detail}).</source>
        <translation>“{path}” could not be read to back it up ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/backups.py" line="242"/>
        <source>The backup “{name}” no longer exists.</source>
        <translation>The backup “{name}” no longer exists.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/backups.py" line="249"/>
        <source>The backup “{name}” cannot be restored: it is damaged or not a workspace ({detail}). The workspace was not changed.</source>
        <translation>The backup “{name}” cannot be restored: it is damaged or not a workspace ({detail}). The workspace was not changed.</translation>
    </message>
</context>
</TS>
