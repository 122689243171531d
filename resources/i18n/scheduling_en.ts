<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SchedulingCli</name>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="32" />
        <source>“{text}” is not a whole number from 1.</source>
        <translation>“{text}” is not a whole number from 1.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="49" />
        <source>“{text}” is not a number of seconds between 0 and 600.</source>
        <translation>“{text}” is not a number of seconds between 0 and 600.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="65" />
        <source>List the nearest dates and times for a communication that create no conflict.</source>
        <translation>List the nearest dates and times for a communication that create no conflict.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="72" />
        <location filename="../../commsplanner/cli_scheduling.py" line="119" />
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="73" />
        <location filename="../../commsplanner/cli_scheduling.py" line="120" />
        <source>The workspace file (.commsplan).</source>
        <translation>The workspace file (.commsplan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="78" />
        <source>COMMUNICATION_ID</source>
        <translation>COMMUNICATION_ID</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="79" />
        <source>The id of the communication to place.</source>
        <translation>The id of the communication to place.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="84" />
        <location filename="../../commsplanner/cli_scheduling.py" line="95" />
        <location filename="../../commsplanner/cli_scheduling.py" line="127" />
        <location filename="../../commsplanner/cli_scheduling.py" line="135" />
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="85" />
        <source>For a repeating communication: the date of the occurrence to move (default: the first one from --from).</source>
        <translation>For a repeating communication: the date of the occurrence to move (default: the first one from --from).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="96" />
        <source>Propose nothing before this day (default: today).</source>
        <translation>Propose nothing before this day (default: today).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="103" />
        <source>How many slots to list (default: 5).</source>
        <translation>How many slots to list (default: 5).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="111" />
        <source>Propose moves that spread communications so fewer people get more than the weekly limit; with --apply, make them.</source>
        <translation>Propose moves that spread communications so fewer people get more than the weekly limit; with --apply, make them.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="128" />
        <source>First day of the period to balance (YYYY-MM-DD).</source>
        <translation>First day of the period to balance (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="136" />
        <source>Last day of the period to balance (YYYY-MM-DD).</source>
        <translation>Last day of the period to balance (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="141" />
        <source>Make the proposed moves (default: only show them).</source>
        <translation>Make the proposed moves (default: only show them).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="148" />
        <source>Stop looking for moves after this many seconds (default: 9).</source>
        <translation>Stop looking for moves after this many seconds (default: 9).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="157" />
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="184" />
        <source>it takes part in a conflict there</source>
        <translation>it takes part in a conflict there</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="186" />
        <source>no conflict there</source>
        <translation>no conflict there</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="188" />
        <source>“{title}” is now on {now} ({state}).</source>
        <translation>“{title}” is now on {now} ({state}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="193" />
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="199" />
        <source>No slot without conflicts between {window}: working days inside its campaign's dates were all tried.</source>
        <translation>No slot without conflicts between {window}: working days inside its campaign's dates were all tried.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="207" />
        <source>Where it would still reach people over the weekly limit, but lighten the load without making any conflict worse:</source>
        <translation>Where it would still reach people over the weekly limit, but lighten the load without making any conflict worse:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="215" />
        <source>{people} fewer people over the limit, {excess} fewer communications beyond it</source>
        <translation>{people} fewer people over the limit, {excess} fewer communications beyond it</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="222" />
        <source>Slots without conflicts between {window}:</source>
        <translation>Slots without conflicts between {window}:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="228" />
        <source>{days} day(s) later</source>
        <translation>{days} day(s) later</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="232" />
        <source>{days} day(s) earlier</source>
        <translation>{days} day(s) earlier</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="236" />
        <source>same day</source>
        <translation>same day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="237" />
        <source>the busiest person it reaches gets {count} of {limit} that week</source>
        <translation>the busiest person it reaches gets {count} of {limit} that week</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="272" />
        <source>Balancing {first} to {last}: {moves} move(s), found in {seconds} s.</source>
        <translation>Balancing {first} to {last}: {moves} move(s), found in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="289" />
        <source>People over the weekly limit (summed over weeks)</source>
        <translation>People over the weekly limit (summed over weeks)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="294" />
        <source>Communications beyond the weekly limit</source>
        <translation>Communications beyond the weekly limit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="299" />
        <source>People over a channel's weekly limit</source>
        <translation>People over a channel's weekly limit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="304" />
        <source>Conflict findings of every kind</source>
        <translation>Conflict findings of every kind</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="314" />
        <source>Stopped at the time limit: running it again may find more moves.</source>
        <translation>Stopped at the time limit: running it again may find more moves.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="321" />
        <source>No move would lower the overload without making a conflict worse.</source>
        <translation>No move would lower the overload without making a conflict worse.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="327" />
        <source>Applied: {moves} communication(s) moved.</source>
        <translation>Applied: {moves} communication(s) moved.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="333" />
        <source>Nothing was changed; add --apply to make these moves.</source>
        <translation>Nothing was changed; add --apply to make these moves.</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="28" />
        <source>Order of communications</source>
        <translation>Order of communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="48" />
        <source>“{second}” on {second_day} comes before “{first}” ({first_day}); it must come at least {days} working day(s) after it</source>
        <translation>“{second}” on {second_day} comes before “{first}” ({first_day}); it must come at least {days} working day(s) after it</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="53" />
        <source>“{second}” on {second_day} is only {gap} working day(s) after “{first}” ({first_day}); the rule asks for at least {days}</source>
        <translation>“{second}” on {second_day} is only {gap} working day(s) after “{first}” ({first_day}); the rule asks for at least {days}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="58" />
        <source>“{second}” on {second_day} comes before “{first}” ({first_day}), which must take place first</source>
        <translation>“{second}” on {second_day} comes before “{first}” ({first_day}), which must take place first</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="62" />
        <source>“{title}” reaches all staff on {day}, before {segment} are briefed in “{briefing}” ({briefing_day})</source>
        <translation>“{title}” reaches all staff on {day}, before {segment} are briefed in “{briefing}” ({briefing_day})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="67" />
        <source>“{title}” reaches all staff on {day}, but no communication of “{campaign}” briefs {segment} first</source>
        <translation>“{title}” reaches all staff on {day}, but no communication of “{campaign}” briefs {segment} first</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="72" />
        <source>“{title}” reaches {segment} on {day}, before “{anchor}” ({anchor_day}): nothing may go to {segment} before it</source>
        <translation>“{title}” reaches {segment} on {day}, before “{anchor}” ({anchor_day}): nothing may go to {segment} before it</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="77" />
        <source>“{title}” reaches {segment} on {day}, before “{anchor}” ({anchor_day}): nothing may go to {segment} in the {days} working day(s) before it</source>
        <translation>“{title}” reaches {segment} on {day}, before “{anchor}” ({anchor_day}): nothing may go to {segment} in the {days} working day(s) before it</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="68" />
        <source>The number of working days must be between 0 and {most}.</source>
        <translation>The number of working days must be between 0 and {most}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="77" />
        <source>Choose both communications of the rule.</source>
        <translation>Choose both communications of the rule.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="82" />
        <source>A rule needs two different communications, not the same twice.</source>
        <translation>A rule needs two different communications, not the same twice.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="90" />
        <source>Choose the segment to brief first.</source>
        <translation>Choose the segment to brief first.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="95" />
        <source>Choose the campaign the rule applies to.</source>
        <translation>Choose the campaign the rule applies to.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="101" />
        <source>Choose the segment to hold back.</source>
        <translation>Choose the segment to hold back.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="106" />
        <source>Choose the communication that must come first.</source>
        <translation>Choose the communication that must come first.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="593" />
        <source>The rule names a communication (id {id}) that does not exist.</source>
        <translation>The rule names a communication (id {id}) that does not exist.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="601" />
        <source>The rule names a segment (id {id}) that does not exist.</source>
        <translation>The rule names a segment (id {id}) that does not exist.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="609" />
        <source>The rule names a campaign (id {id}) that does not exist.</source>
        <translation>The rule names a campaign (id {id}) that does not exist.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="697" />
        <source>“{title}” has no occurrence left to move.</source>
        <translation>“{title}” has no occurrence left to move.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="721" />
        <source>“{title}” is cancelled: there is nothing to place.</source>
        <translation>“{title}” is cancelled: there is nothing to place.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="739" />
        <source>“{title}” has no occurrence on {day} to move.</source>
        <translation>“{title}” has no occurrence on {day} to move.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="842" />
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="1052" />
        <source>“{title}” is no longer where the proposal found it; compute the proposal again.</source>
        <translation>“{title}” is no longer where the proposal found it; compute the proposal again.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="252" />
        <source>The communication (id {id}) has no occurrence on {day}.</source>
        <translation>The communication (id {id}) has no occurrence on {day}.</translation>
    </message>
</context>
<context>
    <name>sequencing</name>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="43" />
        <source>A at least N working days before B</source>
        <translation>A at least N working days before B</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="44" />
        <source>B not before A</source>
        <translation>B not before A</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="45" />
        <source>A segment briefed before any all-staff communication</source>
        <translation>A segment briefed before any all-staff communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="48" />
        <source>Nothing to a segment before Y</source>
        <translation>Nothing to a segment before Y</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="84" />
        <source>“{first}” at least {days} working day(s) before “{second}”</source>
        <translation>“{first}” at least {days} working day(s) before “{second}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="87" />
        <source>“{second}” not before “{first}”</source>
        <translation>“{second}” not before “{first}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="88" />
        <source>{segment} briefed before any all-staff communication of “{campaign}”</source>
        <translation>{segment} briefed before any all-staff communication of “{campaign}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="91" />
        <source>Nothing to {segment} before “{first}”</source>
        <translation>Nothing to {segment} before “{first}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="92" />
        <source>Nothing to {segment} from “{campaign}” before “{first}”</source>
        <translation>Nothing to {segment} from “{campaign}” before “{first}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="95" />
        <source>Nothing to {segment} in the {days} working day(s) before “{first}”</source>
        <translation>Nothing to {segment} in the {days} working day(s) before “{first}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="98" />
        <source>Nothing to {segment} from “{campaign}” in the {days} working day(s) before “{first}”</source>
        <translation>Nothing to {segment} from “{campaign}” in the {days} working day(s) before “{first}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="102" />
        <source>#{id} (deleted)</source>
        <translation>#{id} (deleted)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="103" />
        <source>all campaigns</source>
        <translation>all campaigns</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="106" />
        <source>A communication it names was deleted.</source>
        <translation>A communication it names was deleted.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="107" />
        <source>A communication it names is cancelled.</source>
        <translation>A communication it names is cancelled.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="108" />
        <source>Its segment was deleted.</source>
        <translation>Its segment was deleted.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="109" />
        <source>Its campaign was deleted.</source>
        <translation>Its campaign was deleted.</translation>
    </message>
</context>
</TS>
