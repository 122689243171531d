<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="81" />
        <source>Too many per person</source>
        <translation>Too many per person</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="82" />
        <source>Too many per person on a channel</source>
        <translation>Too many per person on a channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="85" />
        <source>Channel capacity</source>
        <translation>Channel capacity</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="86" />
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="87" />
        <source>Blackout period</source>
        <translation>Blackout period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="88" />
        <source>Same audience, same day</source>
        <translation>Same audience, same day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="89" />
        <source>No audience</source>
        <translation>No audience</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="93" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="94" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="95" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="124" />
        <source>{people} people in {segment} would receive {received} communications in the week of {week} (limit {limit})</source>
        <translation>{people} people in {segment} would receive {received} communications in the week of {week} (limit {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="129" />
        <source>{people} people in {segment} would receive up to {received} communications in the week of {week} (limit {limit})</source>
        <translation>{people} people in {segment} would receive up to {received} communications in the week of {week} (limit {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="134" />
        <source>{people} people in {segment} would receive {received} communications through {channel} in the week of {week} (limit {limit})</source>
        <translation>{people} people in {segment} would receive {received} communications through {channel} in the week of {week} (limit {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="139" />
        <source>{people} people in {segment} would receive up to {received} communications through {channel} in the week of {week} (limit {limit})</source>
        <translation>{people} people in {segment} would receive up to {received} communications through {channel} in the week of {week} (limit {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="144" />
        <source>{count} communications go out through {channel} on {day} (capacity {limit})</source>
        <translation>{count} communications go out through {channel} on {day} (capacity {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="147" />
        <source>“{title}” is planned on {day}, a public holiday ({holiday})</source>
        <translation>“{title}” is planned on {day}, a public holiday ({holiday})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="150" />
        <source>“{title}” is planned on {day}, inside the blackout period “{period}”</source>
        <translation>“{title}” is planned on {day}, inside the blackout period “{period}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="153" />
        <source>{count} communications reach {segment} through {channel} on {day}</source>
        <translation>{count} communications reach {segment} through {channel} on {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="156" />
        <source>“{title}” on {day} has no audience: neither it nor its campaign names a segment</source>
        <translation>“{title}” on {day} has no audience: neither it nor its campaign names a segment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="159" />
        <source>other groups</source>
        <translation>other groups</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="160" />
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="99" />
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="100" />
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="101" />
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="102" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="103" />
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="104" />
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="105" />
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="106" />
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="107" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="108" />
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="109" />
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="110" />
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="112" />
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="113" />
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/calendar.py" line="452" />
        <source>“{title}” has no occurrence on {day} to move.</source>
        <translation>“{title}” has no occurrence on {day} to move.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="49" />
        <source>The calendar file “{path}” could not be written ({detail}). Any previous file there was left as it was.</source>
        <translation>The calendar file “{path}” could not be written ({detail}). Any previous file there was left as it was.</translation>
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