<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>SchedulingCli</name>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="32" />
        <source>“{text}” is not a whole number from 1.</source>
        <translation>«{text}» no es un número entero a partir de 1.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="49" />
        <source>“{text}” is not a number of seconds between 0 and 600.</source>
        <translation>«{text}» no es un número de segundos entre 0 y 600.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="65" />
        <source>List the nearest dates and times for a communication that create no conflict.</source>
        <translation>Lista las fechas y horas más cercanas para una comunicación que no crean ningún conflicto.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="72" />
        <location filename="../../commsplanner/cli_scheduling.py" line="119" />
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="73" />
        <location filename="../../commsplanner/cli_scheduling.py" line="120" />
        <source>The workspace file (.commsplan).</source>
        <translation>El archivo del espacio de trabajo (.commsplan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="78" />
        <source>COMMUNICATION_ID</source>
        <translation>ID_COMUNICACIÓN</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="79" />
        <source>The id of the communication to place.</source>
        <translation>El identificador de la comunicación que se quiere colocar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="84" />
        <location filename="../../commsplanner/cli_scheduling.py" line="95" />
        <location filename="../../commsplanner/cli_scheduling.py" line="127" />
        <location filename="../../commsplanner/cli_scheduling.py" line="135" />
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="85" />
        <source>For a repeating communication: the date of the occurrence to move (default: the first one from --from).</source>
        <translation>Para una comunicación que se repite: la fecha de la repetición que se quiere mover (por defecto: la primera a partir de --from).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="96" />
        <source>Propose nothing before this day (default: today).</source>
        <translation>No proponer nada antes de este día (por defecto: hoy).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="103" />
        <source>How many slots to list (default: 5).</source>
        <translation>Cuántos huecos listar (por defecto: 5).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="111" />
        <source>Propose moves that spread communications so fewer people get more than the weekly limit; with --apply, make them.</source>
        <translation>Propone movimientos que reparten las comunicaciones para que menos personas superen el límite semanal; con --apply, los aplica.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="128" />
        <source>First day of the period to balance (YYYY-MM-DD).</source>
        <translation>Primer día del periodo que se quiere equilibrar (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="136" />
        <source>Last day of the period to balance (YYYY-MM-DD).</source>
        <translation>Último día del periodo que se quiere equilibrar (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="141" />
        <source>Make the proposed moves (default: only show them).</source>
        <translation>Aplica los movimientos propuestos (por defecto: solo los muestra).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="148" />
        <source>Stop looking for moves after this many seconds (default: 9).</source>
        <translation>Deja de buscar movimientos al cabo de estos segundos (por defecto: 9).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="157" />
        <source>{day} {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="184" />
        <source>it takes part in a conflict there</source>
        <translation>ahí participa en algún conflicto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="186" />
        <source>no conflict there</source>
        <translation>ahí no tiene conflictos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="188" />
        <source>“{title}” is now on {now} ({state}).</source>
        <translation>«{title}» está ahora el {now} ({state}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="193" />
        <source>{first} and {last}</source>
        <translation>el {first} y el {last}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="199" />
        <source>No slot without conflicts between {window}: working days inside its campaign's dates were all tried.</source>
        <translation>No hay ningún hueco sin conflictos entre {window}: se han probado todos los días laborables dentro de las fechas de su campaña.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="207" />
        <source>Where it would still reach people over the weekly limit, but lighten the load without making any conflict worse:</source>
        <translation>Donde seguiría llegando a personas por encima del límite semanal, pero aliviaría la carga sin empeorar ningún conflicto:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="215" />
        <source>{people} fewer people over the limit, {excess} fewer communications beyond it</source>
        <translation>{people} personas menos por encima del límite, {excess} comunicaciones menos por encima de él</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="222" />
        <source>Slots without conflicts between {window}:</source>
        <translation>Huecos sin conflictos entre {window}:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="228" />
        <source>{days} day(s) later</source>
        <translation>{days} día(s) después</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="232" />
        <source>{days} day(s) earlier</source>
        <translation>{days} día(s) antes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="236" />
        <source>same day</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="237" />
        <source>the busiest person it reaches gets {count} of {limit} that week</source>
        <translation>la persona más cargada de su público recibe {count} de {limit} esa semana</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="272" />
        <source>Balancing {first} to {last}: {moves} move(s), found in {seconds} s.</source>
        <translation>Equilibrado del {first} al {last}: {moves} movimiento(s), encontrados en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="289" />
        <source>People over the weekly limit (summed over weeks)</source>
        <translation>Personas por encima del límite semanal (sumadas por semanas)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="294" />
        <source>Communications beyond the weekly limit</source>
        <translation>Comunicaciones por encima del límite semanal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="299" />
        <source>People over a channel's weekly limit</source>
        <translation>Personas por encima del límite semanal de un canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="304" />
        <source>Conflict findings of every kind</source>
        <translation>Conflictos de todo tipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="314" />
        <source>Stopped at the time limit: running it again may find more moves.</source>
        <translation>Se detuvo al agotar el tiempo: si se vuelve a ejecutar puede encontrar más movimientos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="321" />
        <source>No move would lower the overload without making a conflict worse.</source>
        <translation>Ningún movimiento reduciría la sobrecarga sin empeorar algún conflicto.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="327" />
        <source>Applied: {moves} communication(s) moved.</source>
        <translation>Aplicado: {moves} comunicación(es) movida(s).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="333" />
        <source>Nothing was changed; add --apply to make these moves.</source>
        <translation>No se ha cambiado nada; añade --apply para hacer estos movimientos.</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="28" />
        <source>Order of communications</source>
        <translation>Orden de las comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="48" />
        <source>“{second}” on {second_day} comes before “{first}” ({first_day}); it must come at least {days} working day(s) after it</source>
        <translation>«{second}», el {second_day}, va antes que «{first}» ({first_day}); debe ir al menos {days} día(s) hábil(es) después</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="53" />
        <source>“{second}” on {second_day} is only {gap} working day(s) after “{first}” ({first_day}); the rule asks for at least {days}</source>
        <translation>«{second}», el {second_day}, va solo {gap} día(s) hábil(es) después de «{first}» ({first_day}); la regla pide al menos {days}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="58" />
        <source>“{second}” on {second_day} comes before “{first}” ({first_day}), which must take place first</source>
        <translation>«{second}», el {second_day}, va antes que «{first}» ({first_day}), que debe ir primero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="62" />
        <source>“{title}” reaches all staff on {day}, before {segment} are briefed in “{briefing}” ({briefing_day})</source>
        <translation>«{title}» llega a toda la plantilla el {day}, antes de informar a {segment} en «{briefing}» ({briefing_day})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="67" />
        <source>“{title}” reaches all staff on {day}, but no communication of “{campaign}” briefs {segment} first</source>
        <translation>«{title}» llega a toda la plantilla el {day}, pero ninguna comunicación de «{campaign}» informa antes a {segment}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="72" />
        <source>“{title}” reaches {segment} on {day}, before “{anchor}” ({anchor_day}): nothing may go to {segment} before it</source>
        <translation>«{title}» llega a {segment} el {day}, antes que «{anchor}» ({anchor_day}): nada puede llegar a {segment} antes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="77" />
        <source>“{title}” reaches {segment} on {day}, before “{anchor}” ({anchor_day}): nothing may go to {segment} in the {days} working day(s) before it</source>
        <translation>«{title}» llega a {segment} el {day}, antes que «{anchor}» ({anchor_day}): nada puede llegar a {segment} en los {days} día(s) hábil(es) anteriores</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="68" />
        <source>The number of working days must be between 0 and {most}.</source>
        <translation>El número de días hábiles debe estar entre 0 y {most}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="77" />
        <source>Choose both communications of the rule.</source>
        <translation>Elige las dos comunicaciones de la regla.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="82" />
        <source>A rule needs two different communications, not the same twice.</source>
        <translation>Una regla necesita dos comunicaciones distintas, no la misma dos veces.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="90" />
        <source>Choose the segment to brief first.</source>
        <translation>Elige el segmento al que informar primero.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="95" />
        <source>Choose the campaign the rule applies to.</source>
        <translation>Elige la campaña a la que se aplica la regla.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="101" />
        <source>Choose the segment to hold back.</source>
        <translation>Elige el segmento al que no debe llegar nada antes.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="106" />
        <source>Choose the communication that must come first.</source>
        <translation>Elige la comunicación que debe ir primero.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="593" />
        <source>The rule names a communication (id {id}) that does not exist.</source>
        <translation>La regla menciona una comunicación (id {id}) que no existe.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="601" />
        <source>The rule names a segment (id {id}) that does not exist.</source>
        <translation>La regla menciona un segmento (id {id}) que no existe.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="609" />
        <source>The rule names a campaign (id {id}) that does not exist.</source>
        <translation>La regla menciona una campaña (id {id}) que no existe.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="697" />
        <source>“{title}” has no occurrence left to move.</source>
        <translation>«{title}» no tiene ninguna repetición pendiente que mover.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="721" />
        <source>“{title}” is cancelled: there is nothing to place.</source>
        <translation>«{title}» está cancelada: no hay nada que colocar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="739" />
        <source>“{title}” has no occurrence on {day} to move.</source>
        <translation>«{title}» no tiene ninguna repetición el {day} que mover.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="842" />
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="1052" />
        <source>“{title}” is no longer where the proposal found it; compute the proposal again.</source>
        <translation>«{title}» ya no está donde la encontró la propuesta; vuelve a calcular la propuesta.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_scheduling.py" line="252" />
        <source>The communication (id {id}) has no occurrence on {day}.</source>
        <translation>La comunicación (id {id}) no tiene ninguna repetición el {day}.</translation>
    </message>
</context>
<context>
    <name>sequencing</name>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="43" />
        <source>A at least N working days before B</source>
        <translation>A al menos N días hábiles antes que B</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="44" />
        <source>B not before A</source>
        <translation>B no antes que A</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="45" />
        <source>A segment briefed before any all-staff communication</source>
        <translation>Un segmento informado antes de cualquier comunicación a toda la plantilla</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/sequencing.py" line="48" />
        <source>Nothing to a segment before Y</source>
        <translation>Nada a un segmento antes de Y</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="84" />
        <source>“{first}” at least {days} working day(s) before “{second}”</source>
        <translation>«{first}» al menos {days} día(s) hábil(es) antes que «{second}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="87" />
        <source>“{second}” not before “{first}”</source>
        <translation>«{second}» no antes que «{first}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="88" />
        <source>{segment} briefed before any all-staff communication of “{campaign}”</source>
        <translation>{segment} informado antes de cualquier comunicación a toda la plantilla de «{campaign}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="91" />
        <source>Nothing to {segment} before “{first}”</source>
        <translation>Nada a {segment} antes de «{first}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="92" />
        <source>Nothing to {segment} from “{campaign}” before “{first}”</source>
        <translation>Nada a {segment} desde «{campaign}» antes de «{first}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="95" />
        <source>Nothing to {segment} in the {days} working day(s) before “{first}”</source>
        <translation>Nada a {segment} en los {days} día(s) hábil(es) anteriores a «{first}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="98" />
        <source>Nothing to {segment} from “{campaign}” in the {days} working day(s) before “{first}”</source>
        <translation>Nada a {segment} desde «{campaign}» en los {days} día(s) hábil(es) anteriores a «{first}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="102" />
        <source>#{id} (deleted)</source>
        <translation>n.º {id} (eliminada)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="103" />
        <source>all campaigns</source>
        <translation>todas las campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="106" />
        <source>A communication it names was deleted.</source>
        <translation>Una comunicación que menciona se ha eliminado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="107" />
        <source>A communication it names is cancelled.</source>
        <translation>Una comunicación que menciona está cancelada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="108" />
        <source>Its segment was deleted.</source>
        <translation>Su segmento se ha eliminado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/sequencing.py" line="109" />
        <source>Its campaign was deleted.</source>
        <translation>Su campaña se ha eliminado.</translation>
    </message>
</context>
</TS>
