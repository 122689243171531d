<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BalanceDialog</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="42" />
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="140" />
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="223" />
        <source>Balance the plan</source>
        <translation>Balance the plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="46" />
        <source>Moves communications out of weeks where people would get more than the weekly limit, to lighter weeks inside their campaign's dates. Pinned, repeating and already live communications stay where they are, the order rules are kept, and no conflict gets worse.</source>
        <translation>Moves communications out of weeks where people would get more than the weekly limit, to lighter weeks inside their campaign's dates. Pinned, repeating and already live communications stay where they are, the order rules are kept, and no conflict gets worse.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="58" />
        <source>Find moves</source>
        <translation>Find moves</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="67" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="74" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="74" />
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="74" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="84" />
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="84" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="84" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="84" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="102" />
        <source>Apply the moves</source>
        <translation>Apply the moves</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="105" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="118" />
        <source>Choose the period and press “Find moves”.</source>
        <translation>Choose the period and press “Find moves”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="131" />
        <source>Balancing the plan</source>
        <translation>Balancing the plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="135" />
        <source>Looking for moves that lighten the load…</source>
        <translation>Looking for moves that lighten the load…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="150" />
        <source>%2 move(s) found in %1 s.</source>
        <translation>%2 move(s) found in %1 s.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="156" />
        <source>No move would lower the load on people without making a conflict worse.</source>
        <translation>No move would lower the load on people without making a conflict worse.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="159" />
        <source>It stopped at its time limit: running it again may find more.</source>
        <translation>It stopped at its time limit: running it again may find more.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="163" />
        <source>People over the weekly limit (summed over weeks)</source>
        <translation>People over the weekly limit (summed over weeks)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="168" />
        <source>Communications beyond the weekly limit</source>
        <translation>Communications beyond the weekly limit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="173" />
        <source>People over a channel's weekly limit</source>
        <translation>People over a channel's weekly limit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="177" />
        <source>Conflict findings of every kind</source>
        <translation>Conflict findings of every kind</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="218" />
        <source>Balance the plan (%1 move(s))</source>
        <translation>Balance the plan (%1 move(s))</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="356" />
        <source>Order rule</source>
        <translation>Order rule</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="356" />
        <source>Edit order rule</source>
        <translation>Edit order rule</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="376" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="378" />
        <source>C&amp;ampaign:</source>
        <translation>C&amp;ampaign:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="380" />
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="462" />
        <source>&amp;A (first):</source>
        <translation>&amp;A (first):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="382" />
        <source>&amp;B (after it):</source>
        <translation>&amp;B (after it):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="386" />
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="389" />
        <source>&amp;Working days:</source>
        <translation>&amp;Working days:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="391" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="392" />
        <source>Check this rule</source>
        <translation>Check this rule</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="446" />
        <source>(all campaigns)</source>
        <translation>(all campaigns)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="460" />
        <source>&amp;Y (the one that comes first):</source>
        <translation>&amp;Y (the one that comes first):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="466" />
        <source>B must come at least the given number of working days after A (and after A is over). The campaign only records what the rule was written for.</source>
        <translation>B must come at least the given number of working days after A (and after A is over). The campaign only records what the rule was written for.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="470" />
        <source>B may only start once A has taken place. The campaign only records what the rule was written for.</source>
        <translation>B may only start once A has taken place. The campaign only records what the rule was written for.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="474" />
        <source>Any communication of the campaign that reaches all staff must come after a communication of the campaign to this segment.</source>
        <translation>Any communication of the campaign that reaches all staff must come after a communication of the campaign to this segment.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="478" />
        <source>Nothing that reaches this segment (from the chosen campaign, or from any) may go out before Y. With a number of working days, only that many days before Y are kept free; 0 keeps all of them free.</source>
        <translation>Nothing that reaches this segment (from the chosen campaign, or from any) may go out before Y. With a number of working days, only that many days before Y are kept free; 0 keeps all of them free.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="202" />
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="287" />
        <source>Order rules</source>
        <translation>Order rules</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="203" />
        <source>Campaign:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="206" />
        <source>Rules say in which order communications must reach people; a broken rule shows as a conflict on the calendar. Working days skip weekends, public holidays and blackout periods. A communication goes to “all staff” when it reaches nine in ten people or more.</source>
        <translation>Rules say in which order communications must reach people; a broken rule shows as a conflict on the calendar. Working days skip weekends, public holidays and blackout periods. A communication goes to “all staff” when it reaches nine in ten people or more.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="212" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="213" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="214" />
        <source>Switch off / on</source>
        <translation>Switch off / on</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="215" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="216" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="223" />
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="300" />
        <source>Add the order rule “%1”</source>
        <translation>Add the order rule “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="314" />
        <source>Change the order rule “%1”</source>
        <translation>Change the order rule “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="326" />
        <source>Switch on the order rule “%1”</source>
        <translation>Switch on the order rule “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="328" />
        <source>Switch off the order rule “%1”</source>
        <translation>Switch off the order rule “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="340" />
        <source>Delete the order rule “%1”</source>
        <translation>Delete the order rule “%1”</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="101" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="101" />
        <source>Written for</source>
        <translation>Written for</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="101" />
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="107" />
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="109" />
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="111" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="114" />
        <source>Broken %1 time(s)</source>
        <translation>Broken %1 time(s)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="115" />
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="131" />
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
</context>
<context>
    <name>SchedulingActions</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="60" />
        <source>Scheduling</source>
        <translation>Scheduling</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="62" />
        <source>Find free slots, balance the load on people, and keep communications in order</source>
        <translation>Find free slots, balance the load on people, and keep communications in order</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="64" />
        <source>Find a slot for the selected communication…</source>
        <translation>Find a slot for the selected communication…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="65" />
        <source>Balance the plan…</source>
        <translation>Balance the plan…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="66" />
        <source>Order rules…</source>
        <translation>Order rules…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="86" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="87" />
        <source>Find a slot…</source>
        <translation>Find a slot…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="89" />
        <source>Order rules of “%1”…</source>
        <translation>Order rules of “%1”…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="95" />
        <source>Unpin (balancing may move it)</source>
        <translation>Unpin (balancing may move it)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="97" />
        <source>Pin (balancing leaves it in place)</source>
        <translation>Pin (balancing leaves it in place)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="115" />
        <source>Pin “%1”</source>
        <translation>Pin “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="117" />
        <source>Unpin “%1”</source>
        <translation>Unpin “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="133" />
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="154" />
        <source>Find a slot</source>
        <translation>Find a slot</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="134" />
        <source>Select a communication on the calendar first.</source>
        <translation>Select a communication on the calendar first.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="152" />
        <source>Finding a slot</source>
        <translation>Finding a slot</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="160" />
        <source>Move “%1” to a free slot</source>
        <translation>Move “%1” to a free slot</translation>
    </message>
</context>
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
    <name>SlotDialog</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="30" />
        <source>Find a slot</source>
        <translation>Find a slot</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="51" />
        <source>Move there</source>
        <translation>Move there</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="70" />
        <source>Where “%1” can go without conflicts, between %2 and %3</source>
        <translation>Where “%1” can go without conflicts, between %2 and %3</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="79" />
        <source>Now on %1. There: %2</source>
        <translation>Now on %1. There: %2</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="85" />
        <source>Now on %1, with no conflict there.</source>
        <translation>Now on %1, with no conflict there.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="96" />
        <source>No conflict-free slot on the working days of its campaign. These places would still reach people over the weekly limit, but lighten the load without making any conflict worse:</source>
        <translation>No conflict-free slot on the working days of its campaign. These places would still reach people over the weekly limit, but lighten the load without making any conflict worse:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="106" />
        <source>No conflict-free slot on the working days of its campaign, and no place that would lighten the load. Consider another week, audience or channel.</source>
        <translation>No conflict-free slot on the working days of its campaign, and no place that would lighten the load. Consider another week, audience or channel.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="123" />
        <source>%1 day(s) later</source>
        <translation>%1 day(s) later</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="125" />
        <source>%1 day(s) earlier</source>
        <translation>%1 day(s) earlier</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="126" />
        <source>same day</source>
        <translation>same day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="130" />
        <source>%1 — %2; the busiest person it reaches gets %3 of %4 that week</source>
        <translation>%1 — %2; the busiest person it reaches gets %3 of %4 that week</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="140" />
        <source>%1 — %2; %3 fewer people over the limit, %4 fewer communications beyond it</source>
        <translation>%1 — %2; %3 fewer people over the limit, %4 fewer communications beyond it</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="59" />
        <source>If it moved to %1:</source>
        <translation>If it moved to %1:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="62" />
        <source>%1 people it reaches would get more than %2 communications that week (up to %3)</source>
        <translation>%1 people it reaches would get more than %2 communications that week (up to %3)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="72" />
        <source>Someone it reaches would get more than %1 through its channel that week</source>
        <translation>Someone it reaches would get more than %1 through its channel that week</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="79" />
        <source>Its channel would carry %1 communications that day (capacity %2)</source>
        <translation>Its channel would carry %1 communications that day (capacity %2)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="87" />
        <source>Public holiday: %1</source>
        <translation>Public holiday: %1</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="91" />
        <source>Inside the blackout period “%1”</source>
        <translation>Inside the blackout period “%1”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="97" />
        <source>%1 other communication(s) reach the same segment through the same channel that day</source>
        <translation>%1 other communication(s) reach the same segment through the same channel that day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="106" />
        <source>No conflict here. The busiest person it reaches would get %1 of %2 that week.</source>
        <translation>No conflict here. The busiest person it reaches would get %1 of %2 that week.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="114" />
        <source>A weekend day.</source>
        <translation>A weekend day.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="118" />
        <source>In the whole plan: %1 more people over the weekly limit.</source>
        <translation>In the whole plan: %1 more people over the weekly limit.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="124" />
        <source>In the whole plan: %1 fewer people over the weekly limit.</source>
        <translation>In the whole plan: %1 fewer people over the weekly limit.</translation>
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
        <location filename="../../commsplanner/services/scheduling.py" line="700" />
        <source>“{title}” has no occurrence left to move.</source>
        <translation>“{title}” has no occurrence left to move.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="724" />
        <source>“{title}” is cancelled: there is nothing to place.</source>
        <translation>“{title}” is cancelled: there is nothing to place.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="742" />
        <source>“{title}” has no occurrence on {day} to move.</source>
        <translation>“{title}” has no occurrence on {day} to move.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="845" />
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="1055" />
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
