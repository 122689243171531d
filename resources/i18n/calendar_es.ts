<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="81" />
        <source>Too many per person</source>
        <translation>Demasiadas por persona</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="82" />
        <source>Too many per person on a channel</source>
        <translation>Demasiadas por persona en un canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="85" />
        <source>Channel capacity</source>
        <translation>Capacidad del canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="86" />
        <source>Public holiday</source>
        <translation>Día festivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="87" />
        <source>Blackout period</source>
        <translation>Periodo bloqueado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="88" />
        <source>Same audience, same day</source>
        <translation>Mismo público, mismo día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="89" />
        <source>No audience</source>
        <translation>Sin público</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="93" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="94" />
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="95" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="124" />
        <source>{people} people in {segment} would receive {received} communications in the week of {week} (limit {limit})</source>
        <translation>{people} personas de {segment} recibirían {received} comunicaciones en la semana del {week} (límite {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="129" />
        <source>{people} people in {segment} would receive up to {received} communications in the week of {week} (limit {limit})</source>
        <translation>{people} personas de {segment} recibirían hasta {received} comunicaciones en la semana del {week} (límite {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="134" />
        <source>{people} people in {segment} would receive {received} communications through {channel} in the week of {week} (limit {limit})</source>
        <translation>{people} personas de {segment} recibirían {received} comunicaciones por {channel} en la semana del {week} (límite {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="139" />
        <source>{people} people in {segment} would receive up to {received} communications through {channel} in the week of {week} (limit {limit})</source>
        <translation>{people} personas de {segment} recibirían hasta {received} comunicaciones por {channel} en la semana del {week} (límite {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="144" />
        <source>{count} communications go out through {channel} on {day} (capacity {limit})</source>
        <translation>{count} comunicaciones salen por {channel} el {day} (capacidad {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="147" />
        <source>“{title}” is planned on {day}, a public holiday ({holiday})</source>
        <translation>«{title}» está prevista el {day}, día festivo ({holiday})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="150" />
        <source>“{title}” is planned on {day}, inside the blackout period “{period}”</source>
        <translation>«{title}» está prevista el {day}, dentro del periodo bloqueado «{period}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="153" />
        <source>{count} communications reach {segment} through {channel} on {day}</source>
        <translation>{count} comunicaciones llegan a {segment} por {channel} el {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="156" />
        <source>“{title}” on {day} has no audience: neither it nor its campaign names a segment</source>
        <translation>«{title}» del {day} no tiene público: ni ella ni su campaña indican un segmento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="159" />
        <source>other groups</source>
        <translation>otros grupos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="160" />
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="99" />
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="100" />
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="101" />
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="102" />
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="103" />
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="104" />
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="105" />
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="106" />
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="107" />
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="108" />
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="109" />
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="110" />
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="112" />
        <source>{day} {month}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="113" />
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/calendar.py" line="452" />
        <source>“{title}” has no occurrence on {day} to move.</source>
        <translation>«{title}» no tiene ninguna repetición el {day} que se pueda mover.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="49" />
        <source>The calendar file “{path}” could not be written ({detail}). Any previous file there was left as it was.</source>
        <translation>No se pudo escribir el archivo de calendario «{path}» ({detail}). El archivo que hubiera allí no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="132" />
        <source>Communication plan</source>
        <translation>Plan de comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="148" />
        <source>Audience: {segments}</source>
        <translation>Público: {segments}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="155" />
        <source>Channel: {channel}</source>
        <translation>Canal: {channel}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="159" />
        <source>Owner: {owner}</source>
        <translation>Responsable: {owner}</translation>
    </message>
</context>
</TS>