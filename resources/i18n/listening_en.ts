<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="228"/>
        <source>Mark as acted on</source>
        <translation>Mark as acted on</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="229"/>
        <source>What was done about it?</source>
        <translation>What was done about it?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="231"/>
        <source>Mark as answered</source>
        <translation>Mark as answered</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="232"/>
        <source>What was answered?</source>
        <translation>What was answered?</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="38"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="39"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="110"/>
        <source>Show numbers</source>
        <translation>Show numbers</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="111"/>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Show the chart&apos;s numbers as a table</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="112"/>
        <source>Export chart…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="113"/>
        <source>Save the chart as a PNG or SVG image</source>
        <translation>Save the chart as a PNG or SVG image</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="115"/>
        <source>Calculating…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="182"/>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="60"/>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="61"/>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="62"/>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="63"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="64"/>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="65"/>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="66"/>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="67"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="68"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="69"/>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="70"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="71"/>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="74"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="75"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="76"/>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="77"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="78"/>
        <source>May (short)</source>
        <translation>May (short)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="79"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="80"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="81"/>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="82"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="83"/>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="84"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="85"/>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="87"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="143"/>
        <source>Whole plan and results</source>
        <translation>Whole plan and results</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="144"/>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="145"/>
        <source>Last 6 months</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="146"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="147"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="148"/>
        <source>Next 6 months</source>
        <translation>Next 6 months</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="149"/>
        <source>Next 12 months</source>
        <translation>Next 12 months</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="150"/>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="316"/>
        <source>{attribute} = {value}</source>
        <translation>{attribute} = {value}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="317"/>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="318"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="319"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="320"/>
        <source>No channel</source>
        <translation>No channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="321"/>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1197"/>
        <source>No communication in this period promotes “{value}”.</source>
        <translation>No communication in this period promotes “{value}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1198"/>
        <source>“{value}” is under-served: {share} of the weighted reach, against an even share of {even}.</source>
        <translation>“{value}” is under-served: {share} of the weighted reach, against an even share of {even}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1202"/>
        <source>“{value}” is under-served: {share} of the weighted reach, against an even share of {even}; nothing promoted it in {months}.</source>
        <translation>“{value}” is under-served: {share} of the weighted reach, against an even share of {even}; nothing promoted it in {months}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1207"/>
        <source>Nothing promoted “{value}” in {months}, while other values were promoted.</source>
        <translation>Nothing promoted “{value}” in {months}, while other values were promoted.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1210"/>
        <source>Every value gets a fair share of the weighted reach in this period.</source>
        <translation>Every value gets a fair share of the weighted reach in this period.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1213"/>
        <source>No communication of this period promotes any corporate value yet.</source>
        <translation>No communication of this period promotes any corporate value yet.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1216"/>
        <source>The workspace has no corporate values yet.</source>
        <translation>The workspace has no corporate values yet.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1217"/>
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="341"/>
        <source>Listening: feedback received per month and channel</source>
        <translation>Listening: feedback received per month and channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="355"/>
        <source>No feedback was received in this period.</source>
        <translation>No feedback was received in this period.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="379"/>
        <source>{channel}, {month}: {count}</source>
        <translation>{channel}, {month}: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="405"/>
        <source>Entries received</source>
        <translation>Entries received</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="418"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="435"/>
        <source>{answered} of {received} entries</source>
        <translation>{answered} of {received} entries</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="445"/>
        <source>Oldest unanswered</source>
        <translation>Oldest unanswered</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="455"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="465"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="476"/>
        <source>received {day}</source>
        <translation>received {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="486"/>
        <source>{count} still open</source>
        <translation>{count} still open</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="494"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="496"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="510"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1238"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="516"/>
        <source>{received} entries received; {answered} answered ({share}), {acted} of them acted on.</source>
        <translation>{received} entries received; {answered} answered ({share}), {acted} of them acted on.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="529"/>
        <source>Oldest unanswered: received {day} ({days} days ago) through {channel}: “{text}”</source>
        <translation>Oldest unanswered: received {day} ({days} days ago) through {channel}: “{text}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="541"/>
        <source>Oldest unanswered: received {day} ({days} days ago); its text is withheld because it comes from a group below the anonymity threshold.</source>
        <translation>Oldest unanswered: received {day} ({days} days ago); its text is withheld because it comes from a group below the anonymity threshold.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="549"/>
        <source>{count} open entries from {groups} groups below the anonymity threshold are not listed by group.</source>
        <translation>{count} open entries from {groups} groups below the anonymity threshold are not listed by group.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="581"/>
        <source>Values coverage by month</source>
        <translation>Values coverage by month</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="593"/>
        <source>No corporate values or no months to show.</source>
        <translation>No corporate values or no months to show.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="599"/>
        <source>{value}, {month}: {per_person} weighted messages per employee ({reach} weighted contacts, {comms} weighted communications)</source>
        <translation>{value}, {month}: {per_person} weighted messages per employee ({reach} weighted contacts, {comms} weighted communications)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="619"/>
        <source>Weighted messages per employee</source>
        <translation>Weighted messages per employee</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="625"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="711"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="835"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1421"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="627"/>
        <source>Total weighted contacts</source>
        <translation>Total weighted contacts</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="641"/>
        <source>Each communication counts its audience once per value of its campaign: fully for a primary value, half for a secondary one. Cells show that weighted reach divided by the {people} employees.</source>
        <translation>Each communication counts its audience once per value of its campaign: fully for a primary value, half for a secondary one. Cells show that weighted reach divided by the {people} employees.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="669"/>
        <source>Values coverage by segment</source>
        <translation>Values coverage by segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="683"/>
        <source>No corporate values or segments to show.</source>
        <translation>No corporate values or segments to show.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="687"/>
        <source>{value}, {segment} ({members} members): {per_member} weighted messages per member</source>
        <translation>{value}, {segment} ({members} members): {per_member} weighted messages per member</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="706"/>
        <source>Weighted messages per member</source>
        <translation>Weighted messages per member</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="713"/>
        <source>{segment} ({members})</source>
        <translation>{segment} ({members})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="726"/>
        <source>{count} segments smaller than the anonymity threshold are left out.</source>
        <translation>{count} segments smaller than the anonymity threshold are left out.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="732"/>
        <source>Cells show the weighted messages that reach the segment&apos;s members, divided by its size.</source>
        <translation>Cells show the weighted messages that reach the segment&apos;s members, divided by its size.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="761"/>
        <source>Reach: employees reached by at least one communication</source>
        <translation>Reach: employees reached by at least one communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="792"/>
        <source>{reached} of {total}</source>
        <translation>{reached} of {total}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="800"/>
        <source>In the period</source>
        <translation>In the period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="802"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="901"/>
        <source>No employees in the directory yet.</source>
        <translation>No employees in the directory yet.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="816"/>
        <source>{month}: {people} people reached ({share})</source>
        <translation>{month}: {people} people reached ({share})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="829"/>
        <source>% of employees reached</source>
        <translation>% of employees reached</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="830"/>
        <source>Reached in each month</source>
        <translation>Reached in each month</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="832"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1080"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1540"/>
        <source>No communication in this period.</source>
        <translation>No communication in this period.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="834"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="839"/>
        <source>Employees (active)</source>
        <translation>Employees (active)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="842"/>
        <source>Reached in the period</source>
        <translation>Reached in the period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="844"/>
        <source>Share of the organisation</source>
        <translation>Share of the organisation</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="848"/>
        <source>Front-line staff reached</source>
        <translation>Front-line staff reached</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="849"/>
        <source>{reached} of {total} ({share})</source>
        <translation>{reached} of {total} ({share})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="856"/>
        <source>Segments targeted</source>
        <translation>Segments targeted</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="863"/>
        <source>Reached in {month}</source>
        <translation>Reached in {month}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="869"/>
        <source>{share} of the organisation ({reached} of {total}) is reached in the period.</source>
        <translation>{share} of the organisation ({reached} of {total}) is reached in the period.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="889"/>
        <source>The unreached: employees in no targeted segment</source>
        <translation>The unreached: employees in no targeted segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="899"/>
        <source>Everyone is in at least one targeted segment.</source>
        <translation>Everyone is in at least one targeted segment.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="910"/>
        <source>By {attribute}</source>
        <translation>By {attribute}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="920"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="955"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="957"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1015"/>
        <source>Front line</source>
        <translation>Front line</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="958"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1016"/>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="966"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1024"/>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="992"/>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="993"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1419"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="994"/>
        <source>Unreached employees</source>
        <translation>Unreached employees</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="997"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1009"/>
        <source>Groups below the anonymity threshold</source>
        <translation>Groups below the anonymity threshold</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1027"/>
        <source>{count} employees ({share}) are in no segment targeted in the period.</source>
        <translation>{count} employees ({share}) are in no segment targeted in the period.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1038"/>
        <source>Groups of fewer people than the anonymity threshold are only counted together.</source>
        <translation>Groups of fewer people than the anonymity threshold are only counted together.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1066"/>
        <source>Channel mix</source>
        <translation>Channel mix</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1067"/>
        <source>two-way</source>
        <translation>two-way</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1084"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1219"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1563"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1572"/>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1085"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1221"/>
        <source>Audience contacts</source>
        <translation>Audience contacts</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1091"/>
        <source>One-way</source>
        <translation>One-way</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1099"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1218"/>
        <source>Two-way</source>
        <translation>Two-way</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1121"/>
        <source>{kind}: {one} one-way, {two} two-way</source>
        <translation>{kind}: {one} one-way, {two} two-way</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1143"/>
        <source>Listening share</source>
        <translation>Listening share</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1154"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1220"/>
        <source>Share of communications</source>
        <translation>Share of communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1161"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1222"/>
        <source>Share of audience contacts</source>
        <translation>Share of audience contacts</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1197"/>
        <source>{channel}: {comms} communications ({comm_share}), {contacts} audience contacts ({contact_share})</source>
        <translation>{channel}: {comms} communications ({comm_share}), {contacts} audience contacts ({contact_share})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1215"/>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1217"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1224"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1224"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1246"/>
        <source>{two_way} of the communications ({contacts} of the audience contacts) go through two-way channels.</source>
        <translation>{two_way} of the communications ({contacts} of the audience contacts) go through two-way channels.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1280"/>
        <source>Satisfaction trends: {metric}</source>
        <translation>Satisfaction trends: {metric}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1282"/>
        <source>Satisfaction trends</source>
        <translation>Satisfaction trends</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1294"/>
        <source>No results to show for this period.</source>
        <translation>No results to show for this period.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1296"/>
        <source>No survey results imported yet.</source>
        <translation>No survey results imported yet.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1360"/>
        <source>Campaign “{name}” starts {day}</source>
        <translation>Campaign “{name}” starts {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1371"/>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1401"/>
        <source>{group}: {latest} on {day} ({change} vs previous)</source>
        <translation>{group}: {latest} on {day} ({change} vs previous)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1417"/>
        <source>Latest vs previous</source>
        <translation>Latest vs previous</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1420"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1422"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1423"/>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1445"/>
        <source>{count} groups with results; {falling} fell at their latest measurement.</source>
        <translation>{count} groups with results; {falling} fell at their latest measurement.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1452"/>
        <source>The lines show the first {shown} groups; every group is in the numbers table.</source>
        <translation>The lines show the first {shown} groups; every group is in the numbers table.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1459"/>
        <source>{count} results of groups below the anonymity threshold are not shown.</source>
        <translation>{count} results of groups below the anonymity threshold are not shown.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1466"/>
        <source>Campaign starts: {list}.</source>
        <translation>Campaign starts: {list}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1487"/>
        <source>{group}, {day}: {value} ({respondents} respondents)</source>
        <translation>{group}, {day}: {value} ({respondents} respondents)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1495"/>
        <source>{group}, {day}: {value}</source>
        <translation>{group}, {day}: {value}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1529"/>
        <source>Workload: communications per owner and week</source>
        <translation>Workload: communications per owner and week</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1546"/>
        <source>{owner}, week of {day}: {count} communications ({hours} h)</source>
        <translation>{owner}, week of {day}: {count} communications ({hours} h)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1570"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1571"/>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1573"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1587"/>
        <source>Busiest week: {owner}, week of {day}, with {count} communications.</source>
        <translation>Busiest week: {owner}, week of {day}, with {count} communications.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1598"/>
        <source>The chart shows the {shown} busiest owners; the table lists all.</source>
        <translation>The chart shows the {shown} busiest owners; the table lists all.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="131"/>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="244"/>
        <source>Dashboard</source>
        <extracomment>Emitted once new figures are on the page.
----------
Which day counts as today; replaceable in tests.</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="245"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="251"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="252"/>
        <source>The metric the satisfaction chart follows</source>
        <translation>The metric the satisfaction chart follows</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="253"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="254"/>
        <source>Count everything again</source>
        <translation>Count everything again</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="256"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="257"/>
        <source>Two-way share</source>
        <translation>Two-way share</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="258"/>
        <source>Feedback answered</source>
        <translation>Feedback answered</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="259"/>
        <source>Oldest unanswered</source>
        <translation>Oldest unanswered</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="260"/>
        <source>Under-served values</source>
        <translation>Under-served values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="261"/>
        <source>Latest result</source>
        <translation>Latest result</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="366"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="368"/>
        <source>Calculating…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="387"/>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="418"/>
        <source>Results and groups of fewer than {threshold} people are never shown, charted or exported.</source>
        <translation>Results and groups of fewer than {threshold} people are never shown, charted or exported.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="424"/>
        <source>Updated in {seconds} s</source>
        <translation>Updated in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="452"/>
        <source>{reached} of {total} employees</source>
        <translation>{reached} of {total} employees</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="460"/>
        <source>of {count} communications</source>
        <translation>of {count} communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="467"/>
        <source>{answered} of {received} entries</source>
        <translation>{answered} of {received} entries</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="475"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="475"/>
        <source>nothing waits for an answer</source>
        <translation>nothing waits for an answer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="479"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="480"/>
        <source>{count} entries still open</source>
        <translation>{count} entries still open</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="492"/>
        <source>{count} values miss some months</source>
        <translation>{count} values miss some months</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="496"/>
        <source>every value is served</source>
        <translation>every value is served</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="506"/>
        <source>no results yet</source>
        <translation>no results yet</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="512"/>
        <source>{change} vs previous</source>
        <translation>{change} vs previous</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="127"/>
        <source>Edit feedback entry</source>
        <translation>Edit feedback entry</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="127"/>
        <source>New feedback entry</source>
        <translation>New feedback entry</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="130"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="131"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="132"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="133"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="134"/>
        <source>Topic tags</source>
        <translation>Topic tags</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="135"/>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="136"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="137"/>
        <source>Answer or action</source>
        <translation>Answer or action</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="138"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="142"/>
        <source>Comma-separated, e.g. schedules, tools</source>
        <translation>Comma-separated, e.g. schedules, tools</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="143"/>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="144"/>
        <source>(no campaign)</source>
        <translation>(no campaign)</translation>
    </message>
</context>
<context>
    <name>FeedbackLog</name>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="56"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="57"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="58"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="59"/>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="62"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="63"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="64"/>
        <source>Acted on</source>
        <translation>Acted on</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="465"/>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="466"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="467"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="468"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="469"/>
        <source>Segment or group</source>
        <translation>Segment or group</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="470"/>
        <source>Group attribute</source>
        <translation>Group attribute</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="471"/>
        <source>Group value</source>
        <translation>Group value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="472"/>
        <source>Topic tags</source>
        <translation>Topic tags</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="473"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="474"/>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="475"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="476"/>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../../commsplanner/ui/listening/common.py" line="124"/>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/common.py" line="125"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/common.py" line="126"/>
        <source>Attribute group</source>
        <translation>Attribute group</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="63"/>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>Tables (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="64"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="253"/>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="256"/>
        <source>A CSV or Excel file of survey results or campaign KPIs: one result per row (date, group, metric, value) or one column per metric.</source>
        <translation>A CSV or Excel file of survey results or campaign KPIs: one result per row (date, group, metric, value) or one column per metric.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="260"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="261"/>
        <source>Metric of a value column</source>
        <translation>Metric of a value column</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="262"/>
        <source>e.g. Monthly pulse survey</source>
        <translation>e.g. Monthly pulse survey</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="265"/>
        <source>Importing the same results again updates them: a result is the same when its date, metric, group and source are.</source>
        <translation>Importing the same results again updates them: a result is the same when its date, metric, group and source are.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="270"/>
        <source>Import feedback</source>
        <translation>Import feedback</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="273"/>
        <source>A CSV or Excel file of ideas, questions and complaints: one entry per row with its date and text.</source>
        <translation>A CSV or Excel file of ideas, questions and complaints: one entry per row with its date and text.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="277"/>
        <source>Kind when no column says</source>
        <translation>Kind when no column says</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="278"/>
        <source>Channel when no column says</source>
        <translation>Channel when no column says</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="279"/>
        <source>(no channel)</source>
        <translation>(no channel)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="282"/>
        <source>Importing the same entries again updates them (same date, channel and text).</source>
        <translation>Importing the same entries again updates them (same date, channel and text).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="285"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="286"/>
        <source>Dates like 03/04/2025</source>
        <translation>Dates like 03/04/2025</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="287"/>
        <source>(none, or from a column)</source>
        <translation>(none, or from a column)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="289"/>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="289"/>
        <source>Day first (3 April)</source>
        <translation>Day first (3 April)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="289"/>
        <source>Month first (March 4)</source>
        <translation>Month first (March 4)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="292"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="293"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="295"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="295"/>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="295"/>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="302"/>
        <source>1 · Choose the file</source>
        <translation>1 · Choose the file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="303"/>
        <source>2 · Say what each column holds</source>
        <translation>2 · Say what each column holds</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="304"/>
        <source>3 · Check before importing</source>
        <translation>3 · Check before importing</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="305"/>
        <source>4 · Done</source>
        <translation>4 · Done</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="310"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="311"/>
        <source>Check the file</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="312"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="313"/>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="316"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="316"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="424"/>
        <source>Each column&apos;s content was guessed from its header; change what is wrong. Columns set to “Do not import” are left out.</source>
        <translation>Each column&apos;s content was guessed from its header; change what is wrong. Columns set to “Do not import” are left out.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="428"/>
        <source>Choices made at the last import of a similar file were reused.</source>
        <translation>Choices made at the last import of a similar file were reused.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="439"/>
        <source>Reading and checking the file…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="451"/>
        <source>{rows} rows read; {items} to import: {added} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{rows} rows read; {items} to import: {added} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="463"/>
        <source>{errors} problems must be fixed in the file first: nothing is imported while any remains (all or nothing).</source>
        <translation>{errors} problems must be fixed in the file first: nothing is imported while any remains (all or nothing).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="469"/>
        <source>{warnings} warnings: the rows are imported; check them.</source>
        <translation>{warnings} warnings: the rows are imported; check them.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="476"/>
        <source>{count} results concern groups below the anonymity threshold: they are kept but never shown.</source>
        <translation>{count} results concern groups below the anonymity threshold: they are kept but never shown.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="491"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="495"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Imported: {added} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
</context>
<context>
    <name>ListeningCli</name>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="63"/>
        <source>Reading and importing the results… {percent} %</source>
        <translation>Reading and importing the results… {percent} %</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="118"/>
        <source>The mapping must be a JSON object such as {&quot;Fecha&quot;: &quot;date&quot;, &quot;Nota&quot;: &quot;value&quot;} (or a file holding one).</source>
        <translation>The mapping must be a JSON object such as {&quot;Fecha&quot;: &quot;date&quot;, &quot;Nota&quot;: &quot;value&quot;} (or a file holding one).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="162"/>
        <source>Import survey results and campaign KPIs (CSV or XLSX) into a workspace, or only check them with --dry-run.</source>
        <translation>Import survey results and campaign KPIs (CSV or XLSX) into a workspace, or only check them with --dry-run.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="170"/>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="171"/>
        <source>The workspace file (.commsplan).</source>
        <translation>The workspace file (.commsplan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="175"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="176"/>
        <source>The results file (.csv or .xlsx).</source>
        <translation>The results file (.csv or .xlsx).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="181"/>
        <source>Check the file and print the report without writing anything.</source>
        <translation>Check the file and print the report without writing anything.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="188"/>
        <source>Column → field as JSON, e.g. {&quot;Nota&quot;: &quot;value&quot;}, or a JSON file; other columns are suggested from their headers. Fields: date, metric, value, metric_column, group, group_attribute, group_value, respondents, source, campaign, ignore.</source>
        <translation>Column → field as JSON, e.g. {&quot;Nota&quot;: &quot;value&quot;}, or a JSON file; other columns are suggested from their headers. Fields: date, metric, value, metric_column, group, group_attribute, group_value, respondents, source, campaign, ignore.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="197"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="198"/>
        <source>Where the results come from (e.g. “Pulse survey”) when no column says it; results are matched on date, metric, group and source.</source>
        <translation>Where the results come from (e.g. “Pulse survey”) when no column says it; results are matched on date, metric, group and source.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="206"/>
        <location filename="../../commsplanner/cli_listening.py" line="213"/>
        <location filename="../../commsplanner/cli_listening.py" line="218"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="207"/>
        <source>The metric of a value column when no column names the metric.</source>
        <translation>The metric of a value column when no column names the metric.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="214"/>
        <source>The campaign (name or id) all results belong to.</source>
        <translation>The campaign (name or id) all results belong to.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="219"/>
        <source>The sheet of an Excel workbook to read.</source>
        <translation>The sheet of an Excel workbook to read.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="224"/>
        <source>How to read dates like 03/04/2025: dmy (day first) or mdy (month first). Default: day first unless the file shows otherwise.</source>
        <translation>How to read dates like 03/04/2025: dmy (day first) or mdy (month first). Default: day first unless the file shows otherwise.</translation>
    </message>
</context>
<context>
    <name>ListeningImport</name>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="97"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="98"/>
        <source>Metric name</source>
        <translation>Metric name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="99"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="100"/>
        <source>Metric (named by the header)</source>
        <translation>Metric (named by the header)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="101"/>
        <source>Segment or group</source>
        <translation>Segment or group</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="102"/>
        <source>Group attribute</source>
        <translation>Group attribute</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="103"/>
        <source>Group value</source>
        <translation>Group value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="104"/>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="105"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="106"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="107"/>
        <source>Do not import</source>
        <translation>Do not import</translation>
    </message>
</context>
<context>
    <name>ListeningModels</name>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="83"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="84"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="86"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="87"/>
        <location filename="../../commsplanner/ui/listening/models.py" line="177"/>
        <source>Segment or group</source>
        <translation>Segment or group</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="88"/>
        <location filename="../../commsplanner/ui/listening/models.py" line="180"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="89"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="90"/>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="91"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="174"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="175"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="176"/>
        <location filename="../../commsplanner/ui/listening/models.py" line="304"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="178"/>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="179"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="219"/>
        <source>withheld</source>
        <translation>withheld</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="235"/>
        <source>The group is smaller than the anonymity threshold (by members or respondents), so this value is never shown, charted or exported.</source>
        <translation>The group is smaller than the anonymity threshold (by members or respondents), so this value is never shown, charted or exported.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="300"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="301"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="302"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="303"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="349"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="351"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="352"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ListeningPage</name>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="433"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="662"/>
        <source>Record result</source>
        <translation>Record result</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="110"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="319"/>
        <source>Listening</source>
        <extracomment>Dialogs, replaceable in tests.</extracomment>
        <translation>Listening</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="320"/>
        <source>Ideas and feedback</source>
        <translation>Ideas and feedback</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="321"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="322"/>
        <source>Search text, answers and tags</source>
        <translation>Search text, answers and tags</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="323"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="324"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="336"/>
        <source>Waiting for an answer</source>
        <translation>Waiting for an answer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="327"/>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="330"/>
        <source>New entry…</source>
        <translation>New entry…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="331"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="341"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="332"/>
        <source>Mark answered…</source>
        <translation>Mark answered…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="333"/>
        <source>Mark acted on…</source>
        <translation>Mark acted on…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="334"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="342"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="335"/>
        <source>Import from a file…</source>
        <translation>Import from a file…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="337"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="337"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="338"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="339"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="340"/>
        <source>Add result…</source>
        <translation>Add result…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="343"/>
        <source>Import results…</source>
        <translation>Import results…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="357"/>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="358"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="360"/>
        <source>Any campaign</source>
        <translation>Any campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="359"/>
        <source>Any segment</source>
        <translation>Any segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="361"/>
        <source>Every metric</source>
        <translation>Every metric</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="406"/>
        <source>{shown} of {total} entries</source>
        <translation>{shown} of {total} entries</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="416"/>
        <source>By campaign</source>
        <translation>By campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="423"/>
        <source>(no campaign)</source>
        <translation>(no campaign)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="425"/>
        <source>By segment or group</source>
        <translation>By segment or group</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="435"/>
        <source>Small groups (not named)</source>
        <translation>Small groups (not named)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="444"/>
        <source>Groups of fewer than {threshold} people are only counted together, never named.</source>
        <translation>Groups of fewer than {threshold} people are only counted together, never named.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="471"/>
        <source>{count} results</source>
        <translation>{count} results</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="474"/>
        <source>{count} withheld: their group is below the anonymity threshold.</source>
        <translation>{count} withheld: their group is below the anonymity threshold.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="567"/>
        <source>New feedback entry</source>
        <translation>New feedback entry</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="586"/>
        <source>Edit feedback entry</source>
        <translation>Edit feedback entry</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="602"/>
        <source>Mark as acted on</source>
        <translation>Mark as acted on</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="604"/>
        <source>Mark as answered</source>
        <translation>Mark as answered</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="621"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="637"/>
        <source>Delete feedback</source>
        <translation>Delete feedback</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="622"/>
        <source>Delete {count} feedback entries? You can undo this.</source>
        <translation>Delete {count} feedback entries? You can undo this.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="679"/>
        <source>Edit result</source>
        <translation>Edit result</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="690"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="706"/>
        <source>Delete results</source>
        <translation>Delete results</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="691"/>
        <source>Delete {count} results? You can undo this.</source>
        <translation>Delete {count} results? You can undo this.</translation>
    </message>
</context>
<context>
    <name>ListeningReport</name>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1576"/>
        <source>File: {name} (CSV, {encoding}, delimiter “{delimiter}”)</source>
        <translation>File: {name} (CSV, {encoding}, delimiter “{delimiter}”)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1582"/>
        <source>File: {name} (Excel, sheet “{sheet}”)</source>
        <translation>File: {name} (Excel, sheet “{sheet}”)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1586"/>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1596"/>
        <source>Problems ({count}):</source>
        <translation>Problems ({count}):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1605"/>
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1610"/>
        <source>Rows: {total} read, {invalid} with errors, {duplicates} repeated; {items} results found.</source>
        <translation>Rows: {total} read, {invalid} with errors, {duplicates} repeated; {items} results found.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1623"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Imported: {added} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1632"/>
        <source>An import would add {added}, update {updated} and leave {unchanged} unchanged.</source>
        <translation>An import would add {added}, update {updated} and leave {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1643"/>
        <source>The file has errors, so nothing was imported (all or nothing). Fix them and import it again.</source>
        <translation>The file has errors, so nothing was imported (all or nothing). Fix them and import it again.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1650"/>
        <source>Nothing was written to the workspace.</source>
        <translation>Nothing was written to the workspace.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1653"/>
        <source>{count} result(s) concern groups below the anonymity threshold: they are kept but never shown, charted or exported.</source>
        <translation>{count} result(s) concern groups below the anonymity threshold: they are kept but never shown, charted or exported.</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="327"/>
        <source>Edit result</source>
        <translation>Edit result</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="327"/>
        <source>New result</source>
        <translation>New result</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="329"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="330"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="331"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="332"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="333"/>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="334"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="335"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="339"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="340"/>
        <source>e.g. Satisfaction (1–5), eNPS</source>
        <translation>e.g. Satisfaction (1–5), eNPS</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="341"/>
        <source>e.g. Pulse survey</source>
        <translation>e.g. Pulse survey</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="342"/>
        <source>(no campaign)</source>
        <translation>(no campaign)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="346"/>
        <source>Results of groups with fewer than {threshold} members or respondents are kept but never shown, charted or exported.</source>
        <translation>Results of groups with fewer than {threshold} members or respondents are kept but never shown, charted or exported.</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="459"/>
        <source>There is no segment called “{name}”; did you mean “{hint}”? Write a segment name, an attribute group such as “department = Operaciones”, or leave it empty for the whole organisation.</source>
        <translation>There is no segment called “{name}”; did you mean “{hint}”? Write a segment name, an attribute group such as “department = Operaciones”, or leave it empty for the whole organisation.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="473"/>
        <source>There is no segment called “{name}”. Write a segment name, an attribute group such as “department = Operaciones”, or leave it empty for the whole organisation.</source>
        <translation>There is no segment called “{name}”. Write a segment name, an attribute group such as “department = Operaciones”, or leave it empty for the whole organisation.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="512"/>
        <source>“{attribute}” is not an employee attribute (such as department, location or position), so the group cannot be matched to people.</source>
        <translation>“{attribute}” is not an employee attribute (such as department, location or position), so the group cannot be matched to people.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="525"/>
        <source>The group names the attribute “{attribute}” but no value.</source>
        <translation>The group names the attribute “{attribute}” but no value.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="537"/>
        <source>No active employee has {attribute} “{value}”; the result is imported but, with no group size to check, it is only shown when its number of respondents reaches the anonymity threshold.</source>
        <translation>No active employee has {attribute} “{value}”; the result is imported but, with no group size to check, it is only shown when its number of respondents reaches the anonymity threshold.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="568"/>
        <source>The value is {length} characters long; at most {limit} fit here. Shorten it in the file or import the column as something else.</source>
        <translation>The value is {length} characters long; at most {limit} fit here. Shorten it in the file or import the column as something else.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="719"/>
        <source>“{target}” is not a field one can import.</source>
        <translation>“{target}” is not a field one can import.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="734"/>
        <source>Columns {columns} are all imported as “{field}”; choose only one.</source>
        <translation>Columns {columns} are all imported as “{field}”; choose only one.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="820"/>
        <source>This result repeats row {row} exactly; it is imported once.</source>
        <translation>This result repeats row {row} exactly; it is imported once.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="831"/>
        <source>Row {row} already gives a different result for the same date, metric, group and source. Keep one of the two rows.</source>
        <translation>Row {row} already gives a different result for the same date, metric, group and source. Keep one of the two rows.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1037"/>
        <source>“{value}” is not a number; write it as 3.8, 3,8 or 45 %.</source>
        <translation>“{value}” is not a number; write it as 3.8, 3,8 or 45 %.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1050"/>
        <source>An eNPS lies between −100 and 100; {value} does not.</source>
        <translation>An eNPS lies between −100 and 100; {value} does not.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1063"/>
        <source>A percentage lies between 0 and 100; {value} does not.</source>
        <translation>A percentage lies between 0 and 100; {value} does not.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1082"/>
        <source>“{value}” is not a date this import understands; write it as 2025-03-15, 15/03/2025, 15 mar 2025 or 2025-03 for a whole month.</source>
        <translation>“{value}” is not a date this import understands; write it as 2025-03-15, 15/03/2025, 15 mar 2025 or 2025-03 for a whole month.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1093"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="578"/>
        <source>The date is empty.</source>
        <translation>The date is empty.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1097"/>
        <source>The date {value} is more than a year ahead; is it right?</source>
        <translation>The date {value} is more than a year ahead; is it right?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1115"/>
        <source>The number of respondents must be a whole number of zero or more; “{value}” is not.</source>
        <translation>The number of respondents must be a whole number of zero or more; “{value}” is not.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1145"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="641"/>
        <source>There is no campaign called “{name}”.</source>
        <translation>There is no campaign called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1150"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="642"/>
        <source>There is no campaign called “{name}”; did you mean “{hint}”?</source>
        <translation>There is no campaign called “{name}”; did you mean “{hint}”?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1172"/>
        <source>The row has no value in any metric column; it was skipped.</source>
        <translation>The row has no value in any metric column; it was skipped.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1188"/>
        <source>The metric name is empty.</source>
        <translation>The metric name is empty.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1196"/>
        <source>The value is empty.</source>
        <translation>The value is empty.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1229"/>
        <source>Only {count} people answered: the result is stored but never shown, charted or exported (the anonymity threshold is {threshold}).</source>
        <translation>Only {count} people answered: the result is stored but never shown, charted or exported (the anonymity threshold is {threshold}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1296"/>
        <source>Choose the column that holds the date of each result.</source>
        <translation>Choose the column that holds the date of each result.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1303"/>
        <source>Either give each metric its own column, or use one column for the metric name and one for the value — not both.</source>
        <translation>Either give each metric its own column, or use one column for the metric name and one for the value — not both.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1312"/>
        <source>Choose the column with the values: a “Value” column (with a metric name column or a metric for the whole file), or one column per metric.</source>
        <translation>Choose the column with the values: a “Value” column (with a metric name column or a metric for the whole file), or one column per metric.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1320"/>
        <source>Say which metric the values measure: choose the metric name column or type the metric for the whole file.</source>
        <translation>Say which metric the values measure: choose the metric name column or type the metric for the whole file.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1328"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="758"/>
        <source>Give the group either in one “Segment or group” column or as attribute and value columns, not both.</source>
        <translation>Give the group either in one “Segment or group” column or as attribute and value columns, not both.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1336"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="766"/>
        <source>A group attribute column needs a group value column beside it.</source>
        <translation>A group attribute column needs a group value column beside it.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1347"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="777"/>
        <source>The header of column {column} does not name an employee attribute (such as Departamento or Location); choose a group attribute column too.</source>
        <translation>The header of column {column} does not name an employee attribute (such as Departamento or Location); choose a group attribute column too.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1359"/>
        <source>Column {letter} has no header, so it cannot name a metric.</source>
        <translation>Column {letter} has no header, so it cannot name a metric.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="572"/>
        <source>“{value}” is not a date this import understands; write it as 2025-03-15, 15/03/2025 or 15 mar 2025.</source>
        <translation>“{value}” is not a date this import understands; write it as 2025-03-15, 15/03/2025 or 15 mar 2025.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="590"/>
        <source>The text is empty: there is nothing to record.</source>
        <translation>The text is empty: there is nothing to record.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="601"/>
        <source>“{value}” is not a kind of feedback; write idea, question, complaint or praise (idea, pregunta, queja, elogio).</source>
        <translation>“{value}” is not a kind of feedback; write idea, question, complaint or praise (idea, pregunta, queja, elogio).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="624"/>
        <source>There is no channel called “{name}”.</source>
        <translation>There is no channel called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="625"/>
        <source>There is no channel called “{name}”; did you mean “{hint}”?</source>
        <translation>There is no channel called “{name}”; did you mean “{hint}”?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="661"/>
        <source>A tag is longer than {limit} characters.</source>
        <translation>A tag is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="680"/>
        <source>“{value}” is not a status; write new, answered or acted on (nuevo, respondido, resuelto).</source>
        <translation>“{value}” is not a status; write new, answered or acted on (nuevo, respondido, resuelto).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="746"/>
        <source>Choose the column that holds the date each entry was received.</source>
        <translation>Choose the column that holds the date each entry was received.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="752"/>
        <source>Choose the column that holds the text of each entry.</source>
        <translation>Choose the column that holds the text of each entry.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="342"/>
        <source>The column mapping cannot be used: {detail}</source>
        <translation>The column mapping cannot be used: {detail}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="778"/>
        <source>“{name}” has a header but no rows below it (header in row {row}).</source>
        <translation>“{name}” has a header but no rows below it (header in row {row}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="870"/>
        <source>“{name}” has {count} problem(s) that must be fixed first; nothing was imported.</source>
        <translation>“{name}” has {count} problem(s) that must be fixed first; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="880"/>
        <source>“{name}” holds nothing to import.</source>
        <translation>“{name}” holds nothing to import.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="926"/>
        <source>“{name}” has no columns to import.</source>
        <translation>“{name}” has no columns to import.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1430"/>
        <source>A result for this date, metric, group and source is already recorded ({value}); edit that one instead.</source>
        <translation>A result for this date, metric, group and source is already recorded ({value}); edit that one instead.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1686"/>
        <source>Charts can be saved as PNG or SVG, not as “{kind}”.</source>
        <translation>Charts can be saved as PNG or SVG, not as “{kind}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1695"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1720"/>
        <source>The chart could not be saved to “{path}” ({detail}).</source>
        <translation>The chart could not be saved to “{path}” ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="52"/>
        <source>There is no campaign called “{name}”.</source>
        <translation>There is no campaign called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="138"/>
        <source>The mapping names columns the file does not have: {columns}.</source>
        <translation>The mapping names columns the file does not have: {columns}.</translation>
    </message>
</context>
</TS>
