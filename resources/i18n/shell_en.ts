<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="99" />
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="109" />
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="120" />
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="128" />
        <source>Comms Planner workspaces (*{suffix})</source>
        <translation>Comms Planner workspaces (*{suffix})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="423" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="424" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="425" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="426" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="427" />
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="428" />
        <source>Create an empty workspace file</source>
        <translation>Create an empty workspace file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="429" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="430" />
        <source>Open a workspace file</source>
        <translation>Open a workspace file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="431" />
        <source>Open &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="433" />
        <source>Create a fresh copy of the demo organisation and open it</source>
        <translation>Create a fresh copy of the demo organisation and open it</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="435" />
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="436" />
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="437" />
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="438" />
        <source>Write a copy of this workspace to another file</source>
        <translation>Write a copy of this workspace to another file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="439" />
        <source>C&amp;lose workspace</source>
        <translation>C&amp;lose workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="440" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="441" />
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="442" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="443" />
        <source>&amp;About Comms Planner</source>
        <translation>&amp;About Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="444" />
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="554" />
        <source>Preparing the demo organisation</source>
        <translation>Preparing the demo organisation</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="556" />
        <source>Writing the demo workspace…</source>
        <translation>Writing the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="571" />
        <source>{name} (copy)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="582" />
        <source>A copy cannot replace the workspace that is open; choose another name.</source>
        <translation>A copy cannot replace the workspace that is open; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="595" />
        <source>Copy saved as {path}</source>
        <translation>Copy saved as {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="614" />
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="819" />
        <location filename="../../commsplanner/ui/main_window.py" line="822" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="820" />
        <location filename="../../commsplanner/ui/main_window.py" line="823" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="851" />
        <source>{name} (read-only)</source>
        <translation>{name} (read-only)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="855" />
        <source>Read-only: {path}</source>
        <translation>Read-only: {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="862" />
        <source>About Comms Planner</source>
        <translation>About Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="897" />
        <source>Plans internal communication for employees as internal customers: audiences, campaigns, calendar and Word plans.</source>
        <translation>Plans internal communication for employees as internal customers: audiences, campaigns, calendar and Word plans.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="900" />
        <source>Running on</source>
        <translation>Running on</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="25" />
        <source>“{path}” could not be used ({detail}).</source>
        <translation>“{path}” could not be used ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="31" />
        <source>An unexpected error occurred: {detail}</source>
        <translation>An unexpected error occurred: {detail}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="45" />
        <source>Comms Planner</source>
        <translation>Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="49" />
        <source>Your workspace keeps every change that was completed. If this happens again, send the details below to whoever supports the app.</source>
        <translation>Your workspace keeps every change that was completed. If this happens again, send the details below to whoever supports the app.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="69" />
        <source>Workspace in use</source>
        <translation>Workspace in use</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="72" />
        <source>You can open it read-only to look at it and save a copy, without changing it.</source>
        <translation>You can open it read-only to look at it and save a copy, without changing it.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="78" />
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="115" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="237" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="238" />
        <source>Audience segments</source>
        <translation>Audience segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="239" />
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="240" />
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="241" />
        <location filename="../../commsplanner/ui/overview.py" line="286" />
        <source>Next communications</source>
        <translation>Next communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="242" />
        <source>Corporate values</source>
        <translation>Corporate values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="245" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="246" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="247" />
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="248" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="249" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="252" />
        <source>Nothing is planned from today on.</source>
        <translation>Nothing is planned from today on.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="254" />
        <source>No corporate values yet. Campaigns are weighed against them once added.</source>
        <translation>No corporate values yet. Campaigns are weighed against them once added.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="277" />
        <source>Unnamed organisation</source>
        <translation>Unnamed organisation</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="296" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="298" />
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="212" />
        <source>No workspace is open</source>
        <translation>No workspace is open</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="215" />
        <source>A workspace file holds a whole communication plan: employees, audiences, campaigns and their calendar. Open one, start a new one, or explore the demo organisation.</source>
        <translation>A workspace file holds a whole communication plan: employees, audiences, campaigns and their calendar. Open one, start a new one, or explore the demo organisation.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="220" />
        <source>New workspace…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="221" />
        <source>Open workspace…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="222" />
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="223" />
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
</context>
</TS>
