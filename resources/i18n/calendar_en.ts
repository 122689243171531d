<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/agenda_view.py" line="39" />
        <source>Nothing is planned in this period.</source>
        <translation>Nothing is planned in this period.</translation>
    </message>
</context>
<context>
    <name>CalendarCli</name>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="27" />
        <source>“{text}” is not a date of the form YYYY-MM-DD.</source>
        <translation>“{text}” is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="43" />
        <source>“{text}” is not an id (a whole number from 1).</source>
        <translation>“{text}” is not an id (a whole number from 1).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="57" />
        <location filename="../../commsplanner/cli_calendar.py" line="64" />
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="58" />
        <source>First day (YYYY-MM-DD).</source>
        <translation>First day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="65" />
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Last day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="76" />
        <source>List the conflicts of a plan (overload, capacity, holidays, blackouts); exits 1 if any is an error.</source>
        <translation>List the conflicts of a plan (overload, capacity, holidays, blackouts); exits 1 if any is an error.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="84" />
        <location filename="../../commsplanner/cli_calendar.py" line="98" />
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="85" />
        <location filename="../../commsplanner/cli_calendar.py" line="99" />
        <source>The workspace file (.commsplan).</source>
        <translation>The workspace file (.commsplan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="94" />
        <source>Export the plan as an iCalendar (.ics) file.</source>
        <translation>Export the plan as an iCalendar (.ics) file.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="103" />
        <source>OUT.ics</source>
        <translation>OUT.ics</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="104" />
        <source>The calendar file to write (replaced if it exists).</source>
        <translation>The calendar file to write (replaced if it exists).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="110" />
        <source>Only communications for this segment.</source>
        <translation>Only communications for this segment.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="116" />
        <source>Only communications of this campaign.</source>
        <translation>Only communications of this campaign.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="166" />
        <source>{errors} errors, {warnings} warnings, {notes} notes from {first} to {last}.</source>
        <translation>{errors} errors, {warnings} warnings, {notes} notes from {first} to {last}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="201" />
        <source>{events} events written to “{path}”.</source>
        <translation>{events} events written to “{path}”.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="148" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="529" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="576" />
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="228" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="229" />
        <source>Go to today (T)</source>
        <translation>Go to today (T)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="230" />
        <source>Previous period (Page Up)</source>
        <translation>Previous period (Page Up)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="231" />
        <source>Next period (Page Down)</source>
        <translation>Next period (Page Down)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="232" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="232" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="232" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="232" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="235" />
        <source>Colour by:</source>
        <translation>Colour by:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="236" />
        <source>Group by:</source>
        <translation>Group by:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="240" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="253" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="377" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="241" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="250" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="242" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="252" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="379" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="243" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="380" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="251" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="376" />
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="260" />
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="261" />
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="262" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="266" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="707" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="267" />
        <source>Image (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="268" />
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="269" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="270" />
        <source>Calendar file (.ics)…</source>
        <translation>Calendar file (.ics)…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="271" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="272" />
        <source>Nothing is planned in this period.</source>
        <translation>Nothing is planned in this period.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="378" />
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="381" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="393" />
        <source>Show everything</source>
        <translation>Show everything</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="398" />
        <source>Filters (%1)</source>
        <translation>Filters (%1)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="398" />
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="484" />
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="544" />
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="546" />
        <source>Change the duration of “%1”</source>
        <translation>Change the duration of “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="563" />
        <source>Change the dates of “%1”</source>
        <translation>Change the dates of “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="577" />
        <source>Create a campaign first: every communication belongs to one.</source>
        <translation>Create a campaign first: every communication belongs to one.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="601" />
        <source>Create “%1”</source>
        <translation>Create “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="611" />
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="638" />
        <source>Communication plan</source>
        <translation>Communication plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="645" />
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 to %3</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="668" />
        <source>Export the view as an image</source>
        <translation>Export the view as an image</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="668" />
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="675" />
        <source>Export the view as PDF</source>
        <translation>Export the view as PDF</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="675" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="690" />
        <source>Export the calendar file</source>
        <translation>Export the calendar file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="690" />
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="248" />
        <source>Arrows move the day, Page Up and Page Down the period, T goes to today</source>
        <translation>Arrows move the day, Page Up and Page Down the period, T goes to today</translation>
    </message>
</context>
<context>
    <name>CommunicationDialog</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="106" />
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="106" />
        <source>Edit communication</source>
        <translation>Edit communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="111" />
        <source>What is being communicated</source>
        <translation>What is being communicated</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="112" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="118" />
        <source>C&amp;ampaign:</source>
        <translation>C&amp;ampaign:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="122" />
        <source>&amp;Starts:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="126" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="128" />
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="130" />
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="134" />
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="145" />
        <source>A&amp;udience:</source>
        <translation>A&amp;udience:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="146" />
        <source>No segment ticked: the campaign's audience.</source>
        <translation>No segment ticked: the campaign's audience.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="155" />
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="157" />
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="160" />
        <source>&amp;Key message:</source>
        <translation>&amp;Key message:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="163" />
        <source>e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=6 (empty: once)</source>
        <translation>e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=6 (empty: once)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="165" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="126" />
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="130" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="131" />
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="132" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="133" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="155" />
        <source>Checking the plan…</source>
        <translation>Checking the plan…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="161" />
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="164" />
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 errors, %2 warnings, %3 notes</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../commsplanner/ui/calendar/month_view.py" line="442" />
        <source>+%n more</source>
        <translation><numerusform>+%n more</numerusform><numerusform>+%n more</numerusform></translation>
    </message>
</context>
<context>
    <name>RecurrenceScopeDialog</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="57" />
        <source>Recurring communication</source>
        <translation>Recurring communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="59" />
        <source>“%1” repeats. Change only this occurrence or the whole series?</source>
        <translation>“%1” repeats. Change only this occurrence or the whole series?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="65" />
        <source>Changing only this one takes it out of the series as a separate communication.</source>
        <translation>Changing only this one takes it out of the series as a separate communication.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="69" />
        <source>Only this one</source>
        <translation>Only this one</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="72" />
        <source>The whole series</source>
        <translation>The whole series</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="36" />
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="37" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="38" />
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="39" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="40" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="41" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="42" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="43" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/timeline_view.py" line="71" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/timeline_view.py" line="498" />
        <source>W%1</source>
        <translation>W%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../commsplanner/ui/calendar/timeline_view.py" line="541" />
        <source>%n communication(s)</source>
        <translation><numerusform>%n communication</numerusform><numerusform>%n communications</numerusform></translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="94" />
        <source>Too many per person</source>
        <translation>Too many per person</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="95" />
        <source>Too many per person on a channel</source>
        <translation>Too many per person on a channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="98" />
        <source>Channel capacity</source>
        <translation>Channel capacity</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="99" />
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="100" />
        <source>Blackout period</source>
        <translation>Blackout period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="101" />
        <source>Same audience, same day</source>
        <translation>Same audience, same day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="102" />
        <source>No audience</source>
        <translation>No audience</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="106" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="107" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="108" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="137" />
        <source>{people} people in {segment} would receive {received} communications in the week of {week} (limit {limit})</source>
        <translation>{people} people in {segment} would receive {received} communications in the week of {week} (limit {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="142" />
        <source>{people} people in {segment} would receive up to {received} communications in the week of {week} (limit {limit})</source>
        <translation>{people} people in {segment} would receive up to {received} communications in the week of {week} (limit {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="147" />
        <source>{people} people in {segment} would receive {received} communications through {channel} in the week of {week} (limit {limit})</source>
        <translation>{people} people in {segment} would receive {received} communications through {channel} in the week of {week} (limit {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="152" />
        <source>{people} people in {segment} would receive up to {received} communications through {channel} in the week of {week} (limit {limit})</source>
        <translation>{people} people in {segment} would receive up to {received} communications through {channel} in the week of {week} (limit {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="157" />
        <source>{count} communications go out through {channel} on {day} (capacity {limit})</source>
        <translation>{count} communications go out through {channel} on {day} (capacity {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="160" />
        <source>“{title}” is planned on {day}, a public holiday ({holiday})</source>
        <translation>“{title}” is planned on {day}, a public holiday ({holiday})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="163" />
        <source>“{title}” is planned on {day}, inside the blackout period “{period}”</source>
        <translation>“{title}” is planned on {day}, inside the blackout period “{period}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="166" />
        <source>{count} communications reach {segment} through {channel} on {day}</source>
        <translation>{count} communications reach {segment} through {channel} on {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="169" />
        <source>“{title}” on {day} has no audience: neither it nor its campaign names a segment</source>
        <translation>“{title}” on {day} has no audience: neither it nor its campaign names a segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="172" />
        <source>other groups</source>
        <translation>other groups</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="173" />
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="112" />
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="113" />
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="114" />
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="115" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="116" />
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="117" />
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="118" />
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="119" />
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="120" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="121" />
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="122" />
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="123" />
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="125" />
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="126" />
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/calendar.py" line="472" />
        <source>“{title}” has no occurrence on {day} to move.</source>
        <translation>“{title}” has no occurrence on {day} to move.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="49" />
        <source>The calendar file “{path}” could not be written ({detail}). Any previous file there was left as it was.</source>
        <translation>The calendar file “{path}” could not be written ({detail}). Any previous file there was left as it was.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/export.py" line="25" />
        <source>The calendar could not be exported to “{path}” ({detail}). Any previous file there was left as it was.</source>
        <translation>The calendar could not be exported to “{path}” ({detail}). Any previous file there was left as it was.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="126" />
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="132" />
        <source>Communication plan</source>
        <translation>Communication plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="148" />
        <source>Audience: {segments}</source>
        <translation>Audience: {segments}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="155" />
        <source>Channel: {channel}</source>
        <translation>Channel: {channel}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="159" />
        <source>Owner: {owner}</source>
        <translation>Owner: {owner}</translation>
    </message>
</context>
</TS>