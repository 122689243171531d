<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BalanceDialog</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="42" />
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="140" />
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="223" />
        <source>Balance the plan</source>
        <translation>Equilibrar el plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="46" />
        <source>Moves communications out of weeks where people would get more than the weekly limit, to lighter weeks inside their campaign's dates. Pinned, repeating and already live communications stay where they are, the order rules are kept, and no conflict gets worse.</source>
        <translation>Saca comunicaciones de las semanas en las que las personas superarían el límite semanal y las lleva a semanas más ligeras dentro de las fechas de su campaña. Las comunicaciones fijadas, las que se repiten y las que ya están en curso no se mueven, se respetan las reglas de orden y ningún conflicto empeora.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="58" />
        <source>Find moves</source>
        <translation>Buscar movimientos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="67" />
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="74" />
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="74" />
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="74" />
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="84" />
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="84" />
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="84" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="84" />
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="102" />
        <source>Apply the moves</source>
        <translation>Aplicar los movimientos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="105" />
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="118" />
        <source>Choose the period and press “Find moves”.</source>
        <translation>Elige el periodo y pulsa «Buscar movimientos».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="131" />
        <source>Balancing the plan</source>
        <translation>Equilibrando el plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="135" />
        <source>Looking for moves that lighten the load…</source>
        <translation>Buscando movimientos que alivien la carga…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="150" />
        <source>%2 move(s) found in %1 s.</source>
        <translation>%2 movimiento(s) encontrados en %1 s.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="156" />
        <source>No move would lower the load on people without making a conflict worse.</source>
        <translation>Ningún movimiento reduciría la carga sobre las personas sin empeorar algún conflicto.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="159" />
        <source>It stopped at its time limit: running it again may find more.</source>
        <translation>Se detuvo al agotar su tiempo: si se vuelve a ejecutar puede encontrar más.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="163" />
        <source>People over the weekly limit (summed over weeks)</source>
        <translation>Personas por encima del límite semanal (sumadas por semanas)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="168" />
        <source>Communications beyond the weekly limit</source>
        <translation>Comunicaciones por encima del límite semanal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="173" />
        <source>People over a channel's weekly limit</source>
        <translation>Personas por encima del límite semanal de un canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="177" />
        <source>Conflict findings of every kind</source>
        <translation>Conflictos de todo tipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/balance_dialog.py" line="218" />
        <source>Balance the plan (%1 move(s))</source>
        <translation>Equilibrar el plan (%1 movimiento(s))</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="356" />
        <source>Order rule</source>
        <translation>Regla de orden</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="356" />
        <source>Edit order rule</source>
        <translation>Editar la regla de orden</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="376" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="378" />
        <source>C&amp;ampaign:</source>
        <translation>C&amp;ampaña:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="380" />
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="462" />
        <source>&amp;A (first):</source>
        <translation>&amp;A (primero):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="382" />
        <source>&amp;B (after it):</source>
        <translation>&amp;B (después):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="386" />
        <source>&amp;Segment:</source>
        <translation>&amp;Segmento:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="389" />
        <source>&amp;Working days:</source>
        <translation>Días &amp;hábiles:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="391" />
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="392" />
        <source>Check this rule</source>
        <translation>Comprobar esta regla</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="446" />
        <source>(all campaigns)</source>
        <translation>(todas las campañas)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="460" />
        <source>&amp;Y (the one that comes first):</source>
        <translation>&amp;Y (la que va primero):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="466" />
        <source>B must come at least the given number of working days after A (and after A is over). The campaign only records what the rule was written for.</source>
        <translation>B debe ir al menos ese número de días hábiles después de A (y cuando A haya terminado). La campaña solo indica para qué se escribió la regla.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="470" />
        <source>B may only start once A has taken place. The campaign only records what the rule was written for.</source>
        <translation>B solo puede empezar cuando A ya se haya hecho. La campaña solo indica para qué se escribió la regla.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="474" />
        <source>Any communication of the campaign that reaches all staff must come after a communication of the campaign to this segment.</source>
        <translation>Cualquier comunicación de la campaña que llegue a toda la plantilla debe ir después de una comunicación de la campaña a este segmento.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="478" />
        <source>Nothing that reaches this segment (from the chosen campaign, or from any) may go out before Y. With a number of working days, only that many days before Y are kept free; 0 keeps all of them free.</source>
        <translation>Nada que llegue a este segmento (de la campaña elegida, o de cualquiera) puede salir antes que Y. Con un número de días hábiles, solo se dejan libres esos días antes de Y; con 0 se dejan libres todos.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="202" />
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="287" />
        <source>Order rules</source>
        <translation>Reglas de orden</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="203" />
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="206" />
        <source>Rules say in which order communications must reach people; a broken rule shows as a conflict on the calendar. Working days skip weekends, public holidays and blackout periods. A communication goes to “all staff” when it reaches nine in ten people or more.</source>
        <translation>Las reglas dicen en qué orden deben llegar las comunicaciones a las personas; una regla incumplida aparece como conflicto en el calendario. Los días hábiles excluyen fines de semana, festivos y periodos bloqueados. Una comunicación va a «toda la plantilla» cuando llega a nueve de cada diez personas o más.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="212" />
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="213" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="214" />
        <source>Switch off / on</source>
        <translation>Desactivar / activar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="215" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="216" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="223" />
        <source>All rules</source>
        <translation>Todas las reglas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="300" />
        <source>Add the order rule “%1”</source>
        <translation>Añadir la regla de orden «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="314" />
        <source>Change the order rule “%1”</source>
        <translation>Cambiar la regla de orden «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="326" />
        <source>Switch on the order rule “%1”</source>
        <translation>Activar la regla de orden «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="328" />
        <source>Switch off the order rule “%1”</source>
        <translation>Desactivar la regla de orden «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="340" />
        <source>Delete the order rule “%1”</source>
        <translation>Eliminar la regla de orden «%1»</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="101" />
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="101" />
        <source>Written for</source>
        <translation>Escrita para</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="101" />
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="107" />
        <source>Void</source>
        <translation>Sin efecto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="109" />
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="111" />
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="114" />
        <source>Broken %1 time(s)</source>
        <translation>Incumplida %1 vez/veces</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="115" />
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/rules_dialog.py" line="131" />
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
</context>
<context>
    <name>SchedulingActions</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="60" />
        <source>Scheduling</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="62" />
        <source>Find free slots, balance the load on people, and keep communications in order</source>
        <translation>Busca huecos libres, equilibra la carga sobre las personas y mantiene el orden de las comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="64" />
        <source>Find a slot for the selected communication…</source>
        <translation>Buscar un hueco para la comunicación seleccionada…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="65" />
        <source>Balance the plan…</source>
        <translation>Equilibrar el plan…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="66" />
        <source>Order rules…</source>
        <translation>Reglas de orden…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="86" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="87" />
        <source>Find a slot…</source>
        <translation>Buscar un hueco…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="89" />
        <source>Order rules of “%1”…</source>
        <translation>Reglas de orden de «%1»…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="95" />
        <source>Unpin (balancing may move it)</source>
        <translation>Desfijar (el equilibrado podrá moverla)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="97" />
        <source>Pin (balancing leaves it in place)</source>
        <translation>Fijar (el equilibrado no la moverá)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="115" />
        <source>Pin “%1”</source>
        <translation>Fijar «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="117" />
        <source>Unpin “%1”</source>
        <translation>Desfijar «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="133" />
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="154" />
        <source>Find a slot</source>
        <translation>Buscar un hueco</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="134" />
        <source>Select a communication on the calendar first.</source>
        <translation>Selecciona primero una comunicación en el calendario.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="152" />
        <source>Finding a slot</source>
        <translation>Buscando un hueco</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/actions.py" line="160" />
        <source>Move “%1” to a free slot</source>
        <translation>Mover «%1» a un hueco libre</translation>
    </message>
</context>
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
    <name>SlotDialog</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="30" />
        <source>Find a slot</source>
        <translation>Buscar un hueco</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="51" />
        <source>Move there</source>
        <translation>Mover allí</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="70" />
        <source>Where “%1” can go without conflicts, between %2 and %3</source>
        <translation>Dónde puede ir «%1» sin conflictos, entre el %2 y el %3</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="79" />
        <source>Now on %1. There: %2</source>
        <translation>Ahora el %1. Ahí: %2</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="85" />
        <source>Now on %1, with no conflict there.</source>
        <translation>Ahora el %1, sin conflictos ahí.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="96" />
        <source>No conflict-free slot on the working days of its campaign. These places would still reach people over the weekly limit, but lighten the load without making any conflict worse:</source>
        <translation>No hay ningún hueco sin conflictos en los días hábiles de su campaña. En estos lugares seguiría llegando a personas por encima del límite semanal, pero aliviaría la carga sin empeorar ningún conflicto:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="106" />
        <source>No conflict-free slot on the working days of its campaign, and no place that would lighten the load. Consider another week, audience or channel.</source>
        <translation>No hay ningún hueco sin conflictos en los días hábiles de su campaña, ni ningún lugar que alivie la carga. Plantéate otra semana, otro público u otro canal.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="123" />
        <source>%1 day(s) later</source>
        <translation>%1 día(s) después</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="125" />
        <source>%1 day(s) earlier</source>
        <translation>%1 día(s) antes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="126" />
        <source>same day</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="130" />
        <source>%1 — %2; the busiest person it reaches gets %3 of %4 that week</source>
        <translation>%1 — %2; la persona más cargada de su público recibe %3 de %4 esa semana</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/slot_dialog.py" line="140" />
        <source>%1 — %2; %3 fewer people over the limit, %4 fewer communications beyond it</source>
        <translation>%1 — %2; %3 personas menos por encima del límite, %4 comunicaciones menos por encima de él</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="59" />
        <source>If it moved to %1:</source>
        <translation>Si se moviera al %1:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="62" />
        <source>%1 people it reaches would get more than %2 communications that week (up to %3)</source>
        <translation>%1 personas de su público recibirían más de %2 comunicaciones esa semana (hasta %3)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="72" />
        <source>Someone it reaches would get more than %1 through its channel that week</source>
        <translation>Alguien de su público recibiría más de %1 por su canal esa semana</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="79" />
        <source>Its channel would carry %1 communications that day (capacity %2)</source>
        <translation>Su canal llevaría %1 comunicaciones ese día (capacidad %2)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="87" />
        <source>Public holiday: %1</source>
        <translation>Día festivo: %1</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="91" />
        <source>Inside the blackout period “%1”</source>
        <translation>Dentro del periodo bloqueado «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="97" />
        <source>%1 other communication(s) reach the same segment through the same channel that day</source>
        <translation>Otra(s) %1 comunicación(es) llegan al mismo segmento por el mismo canal ese día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="106" />
        <source>No conflict here. The busiest person it reaches would get %1 of %2 that week.</source>
        <translation>Sin conflictos aquí. La persona más cargada de su público recibiría %1 de %2 esa semana.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="114" />
        <source>A weekend day.</source>
        <translation>Es fin de semana.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="118" />
        <source>In the whole plan: %1 more people over the weekly limit.</source>
        <translation>En todo el plan: %1 personas más por encima del límite semanal.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/scheduling/whatif.py" line="124" />
        <source>In the whole plan: %1 fewer people over the weekly limit.</source>
        <translation>En todo el plan: %1 personas menos por encima del límite semanal.</translation>
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
        <location filename="../../commsplanner/services/scheduling.py" line="700" />
        <source>“{title}” has no occurrence left to move.</source>
        <translation>«{title}» no tiene ninguna repetición pendiente que mover.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="724" />
        <source>“{title}” is cancelled: there is nothing to place.</source>
        <translation>«{title}» está cancelada: no hay nada que colocar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="742" />
        <source>“{title}” has no occurrence on {day} to move.</source>
        <translation>«{title}» no tiene ninguna repetición el {day} que mover.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="845" />
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/scheduling.py" line="1055" />
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
