<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PlanningCli</name>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="27" />
        <source>List the campaigns of a plan with their status, dates, values and segments.</source>
        <translation>List the campaigns of a plan with their status, dates, values and segments.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="34" />
        <location filename="../../commsplanner/cli_planning.py" line="54" />
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="35" />
        <location filename="../../commsplanner/cli_planning.py" line="55" />
        <source>The workspace file (.commsplan); it is opened read-only.</source>
        <translation>The workspace file (.commsplan); it is opened read-only.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="43" />
        <source>Only campaigns with this status (may be repeated).</source>
        <translation>Only campaigns with this status (may be repeated).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="50" />
        <source>Print what changed in the plan since it was last approved.</source>
        <translation>Print what changed in the plan since it was last approved.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="93" />
        <source>No campaigns.</source>
        <translation>No campaigns.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="95" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="108" />
        <source> (primary)</source>
        <translation> (primary)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="112" />
        <source>{name} ({size} people)</source>
        <translation>{name} ({size} people)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="119" />
        <source>Values: {values}</source>
        <translation>Values: {values}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="123" />
        <source>Segments: {segments}</source>
        <translation>Segments: {segments}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="129" />
        <source>Communications: {count}</source>
        <translation>Communications: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="147" />
        <source>Approved by {who} on {when}: “{comment}”</source>
        <translation>Approved by {who} on {when}: “{comment}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="159" />
        <source>Nothing has changed since then.</source>
        <translation>Nothing has changed since then.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="161" />
        <source>{count} change(s) since then:</source>
        <translation>{count} change(s) since then:</translation>
    </message>
</context>
<context>
    <name>channel_kind</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="112" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="113" />
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="114" />
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="115" />
        <source>Town hall</source>
        <translation>Town hall</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="116" />
        <source>Manager cascade</source>
        <translation>Manager cascade</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="117" />
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="118" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="119" />
        <source>Signage</source>
        <translation>Signage</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="120" />
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="121" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="309" />
        <source>There is already a corporate value called “{name}”; choose another name.</source>
        <translation>There is already a corporate value called “{name}”; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="312" />
        <source>There is already a business goal called “{name}”; choose another name.</source>
        <translation>There is already a business goal called “{name}”; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="315" />
        <source>There is already a channel called “{name}”; choose another name.</source>
        <translation>There is already a channel called “{name}”; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="318" />
        <source>There is already a campaign called “{name}”; choose another name.</source>
        <translation>There is already a campaign called “{name}”; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="326" />
        <source>“{name}” can only go back to being an idea while it is a draft.</source>
        <translation>“{name}” can only go back to being an idea while it is a draft.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="329" />
        <source>“{name}” cannot go back to draft once it is live or done.</source>
        <translation>“{name}” cannot go back to draft once it is live or done.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="332" />
        <source>“{name}” can only be sent for review while it is a draft.</source>
        <translation>“{name}” can only be sent for review while it is a draft.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="335" />
        <source>“{name}” can only be approved while it is in review.</source>
        <translation>“{name}” can only be approved while it is in review.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="338" />
        <source>“{name}” can only be scheduled once it has been approved.</source>
        <translation>“{name}” can only be scheduled once it has been approved.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="341" />
        <source>“{name}” can only go live once it is scheduled.</source>
        <translation>“{name}” can only go live once it is scheduled.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="342" />
        <source>“{name}” can only be marked done while it is live.</source>
        <translation>“{name}” can only be marked done while it is live.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="343" />
        <source>“{name}” is already done or cancelled, so it cannot be cancelled.</source>
        <translation>“{name}” is already done or cancelled, so it cannot be cancelled.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="366" />
        <source>“{name}” already has that status.</source>
        <translation>“{name}” already has that status.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="377" />
        <source>Say who approved it: the approval needs a name.</source>
        <translation>Say who approved it: the approval needs a name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="382" />
        <location filename="../../commsplanner/services/approvals.py" line="658" />
        <source>Add a comment to the approval (what was approved, on which conditions).</source>
        <translation>Add a comment to the approval (what was approved, on which conditions).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="393" />
        <source>New campaigns and communications start as an idea or a draft; later statuses are reached through the workflow.</source>
        <translation>New campaigns and communications start as an idea or a draft; later statuses are reached through the workflow.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="635" />
        <location filename="../../commsplanner/services/planning.py" line="648" />
        <source>Choose a different channel to move them to.</source>
        <extracomment>When status changes happen; replaceable in tests.</extracomment>
        <translation>Choose a different channel to move them to.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="671" />
        <source>Choose a different segment to move them to.</source>
        <translation>Choose a different segment to move them to.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="939" />
        <source>“{title}” does not repeat: delete it instead of skipping a date.</source>
        <translation>“{title}” does not repeat: delete it instead of skipping a date.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="946" />
        <source>The occurrence of {day} is already skipped.</source>
        <translation>The occurrence of {day} is already skipped.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="951" />
        <source>“{title}” has no occurrence on {day}.</source>
        <translation>“{title}” has no occurrence on {day}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="965" />
        <source>The occurrence of {day} is not skipped.</source>
        <translation>The occurrence of {day} is not skipped.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/templates.py" line="154" />
        <source>The campaign template “{file}” is damaged ({detail}).</source>
        <translation>The campaign template “{file}” is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/templates.py" line="201" />
        <source>There is no campaign template “{id}”.</source>
        <translation>There is no campaign template “{id}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="61" />
        <source>The plan has never been approved, so there is nothing to compare it with. Record an approval first.</source>
        <translation>The plan has never been approved, so there is nothing to compare it with. Record an approval first.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="653" />
        <source>Say who is signing: the record needs a name.</source>
        <extracomment>When approvals happen; replaceable in tests.</extracomment>
        <translation>Say who is signing: the record needs a name.</translation>
    </message>
</context>
<context>
    <name>plan_diff</name>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="190" />
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="214" />
        <source>Campaign added: “{name}” ({start} – {end}), {count} communication(s).</source>
        <translation>Campaign added: “{name}” ({start} – {end}), {count} communication(s).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="217" />
        <source>Campaign removed: “{name}” ({start} – {end}).</source>
        <translation>Campaign removed: “{name}” ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="220" />
        <source>Campaign renamed: “{old}” → “{new}”.</source>
        <translation>Campaign renamed: “{old}” → “{new}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="221" />
        <source>“{name}”: dates moved from {old_start} – {old_end} to {new_start} – {new_end}.</source>
        <translation>“{name}”: dates moved from {old_start} – {old_end} to {new_start} – {new_end}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="225" />
        <source>“{name}”: status changed from {old} to {new}.</source>
        <translation>“{name}”: status changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="228" />
        <source>“{name}”: priority changed from {old} to {new}.</source>
        <translation>“{name}”: priority changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="231" />
        <source>“{name}”: owner changed from {old} to {new}.</source>
        <translation>“{name}”: owner changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="234" />
        <source>“{name}”: segments added: {names}.</source>
        <translation>“{name}”: segments added: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="235" />
        <source>“{name}”: segments removed: {names}.</source>
        <translation>“{name}”: segments removed: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="236" />
        <source>“{name}”: values added: {names}.</source>
        <translation>“{name}”: values added: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="237" />
        <source>“{name}”: values removed: {names}.</source>
        <translation>“{name}”: values removed: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="238" />
        <source>“{name}”: value “{value}” changed from {old} to {new}.</source>
        <translation>“{name}”: value “{value}” changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="241" />
        <source>“{name}”: goals added: {names}.</source>
        <translation>“{name}”: goals added: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="242" />
        <source>“{name}”: goals removed: {names}.</source>
        <translation>“{name}”: goals removed: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="243" />
        <source>“{campaign}”: communication added: “{title}” on {when}.</source>
        <translation>“{campaign}”: communication added: “{title}” on {when}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="246" />
        <source>“{campaign}”: communication removed: “{title}” (was on {when}).</source>
        <translation>“{campaign}”: communication removed: “{title}” (was on {when}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="249" />
        <source>“{campaign}”: “{title}” moved here from campaign “{old}”.</source>
        <translation>“{campaign}”: “{title}” moved here from campaign “{old}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="252" />
        <source>“{campaign}”: communication renamed: “{old}” → “{new}”.</source>
        <translation>“{campaign}”: communication renamed: “{old}” → “{new}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="255" />
        <source>“{campaign}”: “{title}” moved from {old} to {new}.</source>
        <translation>“{campaign}”: “{title}” moved from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="258" />
        <source>“{campaign}”: “{title}” status changed from {old} to {new}.</source>
        <translation>“{campaign}”: “{title}” status changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="261" />
        <source>“{campaign}”: “{title}” channel changed from {old} to {new}.</source>
        <translation>“{campaign}”: “{title}” channel changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="264" />
        <source>“{campaign}”: “{title}” audience changed from {old} to {new}.</source>
        <translation>“{campaign}”: “{title}” audience changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="267" />
        <source>“{campaign}”: “{title}” repetition changed from “{old}” to “{new}”.</source>
        <translation>“{campaign}”: “{title}” repetition changed from “{old}” to “{new}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="270" />
        <source>“{campaign}”: “{title}” no longer takes place on {days}.</source>
        <translation>“{campaign}”: “{title}” no longer takes place on {days}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="273" />
        <source>“{campaign}”: “{title}” takes place again on {days}.</source>
        <translation>“{campaign}”: “{title}” takes place again on {days}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="277" />
        <source>no channel</source>
        <translation>no channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="278" />
        <source>the campaign's segments</source>
        <translation>the campaign's segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="279" />
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="280" />
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>planning_warnings</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="150" />
        <source>“{title}” on {day} falls outside the dates of its campaign “{campaign}” ({start} – {end}).</source>
        <translation>“{title}” on {day} falls outside the dates of its campaign “{campaign}” ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="154" />
        <source>“{title}” repeats beyond the dates of its campaign “{campaign}” ({start} – {end}).</source>
        <translation>“{title}” repeats beyond the dates of its campaign “{campaign}” ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="158" />
        <source>“{title}” on {day} falls in the blackout period “{blackout}”.</source>
        <translation>“{title}” on {day} falls in the blackout period “{blackout}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="162" />
        <source>{count} communication(s) of “{campaign}” now fall outside its dates.</source>
        <translation>{count} communication(s) of “{campaign}” now fall outside its dates.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="166" />
        <source>{count} communication(s) lost their only segment and now reach their campaign's whole audience.</source>
        <translation>{count} communication(s) lost their only segment and now reach their campaign's whole audience.</translation>
    </message>
</context>
<context>
    <name>priority</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="106" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="107" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="108" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="109" />
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
</context>
<context>
    <name>recurrence</name>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="30" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="31" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="32" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="33" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="34" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="35" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="36" />
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="40" />
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="41" />
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="42" />
        <source>third</source>
        <translation>third</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="43" />
        <source>fourth</source>
        <translation>fourth</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="44" />
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="387" />
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="407" />
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="409" />
        <source>Custom repetition ({rule})</source>
        <translation>Custom repetition ({rule})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="414" />
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="416" />
        <source>Every {n} days</source>
        <translation>Every {n} days</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="421" />
        <source>Every week on {days}</source>
        <translation>Every week on {days}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="423" />
        <source>Every {n} weeks on {days}</source>
        <translation>Every {n} weeks on {days}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="429" />
        <source>Every month on day {day}</source>
        <translation>Every month on day {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="431" />
        <source>Every {n} months on day {day}</source>
        <translation>Every {n} months on day {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="435" />
        <source> (or the last day of shorter months)</source>
        <translation> (or the last day of shorter months)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="437" />
        <source> (skipping months without that day)</source>
        <translation> (skipping months without that day)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="441" />
        <source>Every month on the {nth} {weekday}</source>
        <translation>Every month on the {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="443" />
        <source>Every {n} months on the {nth} {weekday}</source>
        <translation>Every {n} months on the {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="451" />
        <source>Every month on its last day</source>
        <translation>Every month on its last day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="453" />
        <source>Every {n} months on the last day</source>
        <translation>Every {n} months on the last day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="457" />
        <source>Every month on its last working day</source>
        <translation>Every month on its last working day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="459" />
        <source>Every {n} months on the last working day</source>
        <translation>Every {n} months on the last working day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="464" />
        <source>; until {date}</source>
        <translation>; until {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="469" />
        <source>; once only</source>
        <translation>; once only</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="471" />
        <source>; {count} times</source>
        <translation>; {count} times</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="477" />
        <source>; skipping {dates} and {more} more</source>
        <translation>; skipping {dates} and {more} more</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="481" />
        <source>; skipping {dates}</source>
        <translation>; skipping {dates}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="96" />
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="97" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="98" />
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="99" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="100" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="101" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="102" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="103" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>value_weight</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="124" />
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="125" />
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
</context>
</TS>
