<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="94"/>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="104"/>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="115"/>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="123"/>
        <source>Comms Planner workspaces (*{suffix})</source>
        <translation>Comms Planner workspaces (*{suffix})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="372"/>
        <source>&amp;File</source>
        <extracomment>The session now shown (None when no workspace is open). Emitted once, after the first page was painted (start-up is over for the user). Emitted once every page class of the sidebar has been imported. The id of the page now shown.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="373"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="374"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="375"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="376"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="377"/>
        <source>Create an empty workspace file</source>
        <translation>Create an empty workspace file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="378"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="379"/>
        <source>Open a workspace file</source>
        <translation>Open a workspace file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="380"/>
        <source>Open &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="382"/>
        <source>Create a fresh copy of the demo organisation and open it</source>
        <translation>Create a fresh copy of the demo organisation and open it</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="384"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="385"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="386"/>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="387"/>
        <source>Write a copy of this workspace to another file</source>
        <translation>Write a copy of this workspace to another file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="388"/>
        <source>C&amp;lose workspace</source>
        <translation>C&amp;lose workspace</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="389"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="390"/>
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="391"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="392"/>
        <source>&amp;About Comms Planner</source>
        <translation>&amp;About Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="393"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="502"/>
        <source>Preparing the demo organisation</source>
        <translation>Preparing the demo organisation</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="504"/>
        <source>Writing the demo workspace…</source>
        <translation>Writing the demo workspace…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="519"/>
        <source>{name} (copy)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="530"/>
        <source>A copy cannot replace the workspace that is open; choose another name.</source>
        <translation>A copy cannot replace the workspace that is open; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="543"/>
        <source>Copy saved as {path}</source>
        <translation>Copy saved as {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="563"/>
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="728"/>
        <location filename="../../commsplanner/ui/main_window.py" line="731"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="729"/>
        <location filename="../../commsplanner/ui/main_window.py" line="732"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="759"/>
        <source>{name} (read-only)</source>
        <translation>{name} (read-only)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="763"/>
        <source>Read-only: {path}</source>
        <translation>Read-only: {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="770"/>
        <source>About Comms Planner</source>
        <translation>About Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="805"/>
        <source>Plans internal communication for employees as internal customers: audiences, campaigns, calendar and Word plans.</source>
        <translation>Plans internal communication for employees as internal customers: audiences, campaigns, calendar and Word plans.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="808"/>
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
    <name>OverviewPage</name>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="106"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="228"/>
        <source>Employees</source>
        <extracomment>Which day counts as today; replaceable in tests.</extracomment>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="229"/>
        <source>Audience segments</source>
        <translation>Audience segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="230"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="231"/>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="232"/>
        <location filename="../../commsplanner/ui/overview.py" line="276"/>
        <source>Next communications</source>
        <translation>Next communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="233"/>
        <source>Corporate values</source>
        <translation>Corporate values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="236"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="237"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="238"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="239"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="240"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="243"/>
        <source>Nothing is planned from today on.</source>
        <translation>Nothing is planned from today on.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="245"/>
        <source>No corporate values yet. Campaigns are weighed against them once added.</source>
        <translation>No corporate values yet. Campaigns are weighed against them once added.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="267"/>
        <source>Unnamed organisation</source>
        <translation>Unnamed organisation</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="285"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="287"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="171"/>
        <source>No workspace is open</source>
        <translation>No workspace is open</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="174"/>
        <source>A workspace file holds a whole communication plan: employees, audiences, campaigns and their calendar. Open one, start a new one, or explore the demo organisation.</source>
        <translation>A workspace file holds a whole communication plan: employees, audiences, campaigns and their calendar. Open one, start a new one, or explore the demo organisation.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="179"/>
        <source>New workspace…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="180"/>
        <source>Open workspace…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="181"/>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
</context>
</TS>
