<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>PlanningCli</name>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="27" />
        <source>List the campaigns of a plan with their status, dates, values and segments.</source>
        <translation>Lista las campañas de un plan con su estado, fechas, valores y segmentos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="34" />
        <location filename="../../commsplanner/cli_planning.py" line="54" />
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="35" />
        <location filename="../../commsplanner/cli_planning.py" line="55" />
        <source>The workspace file (.commsplan); it is opened read-only.</source>
        <translation>El archivo del espacio de trabajo (.commsplan); se abre en solo lectura.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="43" />
        <source>Only campaigns with this status (may be repeated).</source>
        <translation>Solo las campañas con este estado (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="50" />
        <source>Print what changed in the plan since it was last approved.</source>
        <translation>Muestra qué ha cambiado en el plan desde su última aprobación.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="93" />
        <source>No campaigns.</source>
        <translation>No hay campañas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="95" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="108" />
        <source> (primary)</source>
        <translation> (principal)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="112" />
        <source>{name} ({size} people)</source>
        <translation>{name} ({size} personas)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="119" />
        <source>Values: {values}</source>
        <translation>Valores: {values}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="123" />
        <source>Segments: {segments}</source>
        <translation>Segmentos: {segments}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="129" />
        <source>Communications: {count}</source>
        <translation>Comunicaciones: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="147" />
        <source>Approved by {who} on {when}: “{comment}”</source>
        <translation>Aprobado por {who} el {when}: «{comment}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="159" />
        <source>Nothing has changed since then.</source>
        <translation>No ha cambiado nada desde entonces.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="161" />
        <source>{count} change(s) since then:</source>
        <translation>{count} cambio(s) desde entonces:</translation>
    </message>
</context>
<context>
    <name>channel_kind</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="112" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="113" />
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="114" />
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="115" />
        <source>Town hall</source>
        <translation>Reunión general</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="116" />
        <source>Manager cascade</source>
        <translation>Cascada de mandos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="117" />
        <source>Newsletter</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="118" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="119" />
        <source>Signage</source>
        <translation>Cartelería</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="120" />
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="121" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="309" />
        <source>There is already a corporate value called “{name}”; choose another name.</source>
        <translation>Ya hay un valor corporativo llamado «{name}»; elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="312" />
        <source>There is already a business goal called “{name}”; choose another name.</source>
        <translation>Ya hay un objetivo de negocio llamado «{name}»; elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="315" />
        <source>There is already a channel called “{name}”; choose another name.</source>
        <translation>Ya hay un canal llamado «{name}»; elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="318" />
        <source>There is already a campaign called “{name}”; choose another name.</source>
        <translation>Ya hay una campaña llamada «{name}»; elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="326" />
        <source>“{name}” can only go back to being an idea while it is a draft.</source>
        <translation>«{name}» solo puede volver a ser una idea mientras es un borrador.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="329" />
        <source>“{name}” cannot go back to draft once it is live or done.</source>
        <translation>«{name}» no puede volver a borrador una vez en curso o terminada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="332" />
        <source>“{name}” can only be sent for review while it is a draft.</source>
        <translation>«{name}» solo puede enviarse a revisión mientras es un borrador.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="335" />
        <source>“{name}” can only be approved while it is in review.</source>
        <translation>«{name}» solo puede aprobarse mientras está en revisión.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="338" />
        <source>“{name}” can only be scheduled once it has been approved.</source>
        <translation>«{name}» solo puede programarse una vez aprobada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="341" />
        <source>“{name}” can only go live once it is scheduled.</source>
        <translation>«{name}» solo puede ponerse en marcha una vez programada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="342" />
        <source>“{name}” can only be marked done while it is live.</source>
        <translation>«{name}» solo puede darse por terminada mientras está en curso.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="343" />
        <source>“{name}” is already done or cancelled, so it cannot be cancelled.</source>
        <translation>«{name}» ya está terminada o cancelada, así que no puede cancelarse.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="366" />
        <source>“{name}” already has that status.</source>
        <translation>«{name}» ya tiene ese estado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="377" />
        <source>Say who approved it: the approval needs a name.</source>
        <translation>Indica quién lo aprobó: la aprobación necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="382" />
        <location filename="../../commsplanner/services/approvals.py" line="658" />
        <source>Add a comment to the approval (what was approved, on which conditions).</source>
        <translation>Añade un comentario a la aprobación (qué se aprobó y con qué condiciones).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="393" />
        <source>New campaigns and communications start as an idea or a draft; later statuses are reached through the workflow.</source>
        <translation>Las campañas y comunicaciones nuevas empiezan como idea o borrador; los demás estados se alcanzan siguiendo el flujo de trabajo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="635" />
        <location filename="../../commsplanner/services/planning.py" line="648" />
        <source>Choose a different channel to move them to.</source>
        <extracomment>When status changes happen; replaceable in tests.</extracomment>
        <translation>Elige otro canal al que moverlas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="671" />
        <source>Choose a different segment to move them to.</source>
        <translation>Elige otro segmento al que moverlas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="939" />
        <source>“{title}” does not repeat: delete it instead of skipping a date.</source>
        <translation>«{title}» no se repite: elimínala en lugar de omitir una fecha.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="946" />
        <source>The occurrence of {day} is already skipped.</source>
        <translation>La repetición del {day} ya está omitida.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="951" />
        <source>“{title}” has no occurrence on {day}.</source>
        <translation>«{title}» no tiene ninguna repetición el {day}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="965" />
        <source>The occurrence of {day} is not skipped.</source>
        <translation>La repetición del {day} no está omitida.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/templates.py" line="154" />
        <source>The campaign template “{file}” is damaged ({detail}).</source>
        <translation>La plantilla de campaña «{file}» está dañada ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/templates.py" line="201" />
        <source>There is no campaign template “{id}”.</source>
        <translation>No existe la plantilla de campaña «{id}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="61" />
        <source>The plan has never been approved, so there is nothing to compare it with. Record an approval first.</source>
        <translation>El plan nunca se ha aprobado, así que no hay nada con qué compararlo. Registra primero una aprobación.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="653" />
        <source>Say who is signing: the record needs a name.</source>
        <extracomment>When approvals happen; replaceable in tests.</extracomment>
        <translation>Indica quién firma: el registro necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>plan_diff</name>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="190" />
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="214" />
        <source>Campaign added: “{name}” ({start} – {end}), {count} communication(s).</source>
        <translation>Campaña añadida: «{name}» ({start} – {end}), {count} comunicación(es).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="217" />
        <source>Campaign removed: “{name}” ({start} – {end}).</source>
        <translation>Campaña eliminada: «{name}» ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="220" />
        <source>Campaign renamed: “{old}” → “{new}”.</source>
        <translation>Campaña renombrada: «{old}» → «{new}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="221" />
        <source>“{name}”: dates moved from {old_start} – {old_end} to {new_start} – {new_end}.</source>
        <translation>«{name}»: fechas movidas de {old_start} – {old_end} a {new_start} – {new_end}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="225" />
        <source>“{name}”: status changed from {old} to {new}.</source>
        <translation>«{name}»: estado cambiado de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="228" />
        <source>“{name}”: priority changed from {old} to {new}.</source>
        <translation>«{name}»: prioridad cambiada de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="231" />
        <source>“{name}”: owner changed from {old} to {new}.</source>
        <translation>«{name}»: responsable cambiado de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="234" />
        <source>“{name}”: segments added: {names}.</source>
        <translation>«{name}»: segmentos añadidos: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="235" />
        <source>“{name}”: segments removed: {names}.</source>
        <translation>«{name}»: segmentos quitados: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="236" />
        <source>“{name}”: values added: {names}.</source>
        <translation>«{name}»: valores añadidos: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="237" />
        <source>“{name}”: values removed: {names}.</source>
        <translation>«{name}»: valores quitados: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="238" />
        <source>“{name}”: value “{value}” changed from {old} to {new}.</source>
        <translation>«{name}»: el valor «{value}» pasa de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="241" />
        <source>“{name}”: goals added: {names}.</source>
        <translation>«{name}»: objetivos añadidos: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="242" />
        <source>“{name}”: goals removed: {names}.</source>
        <translation>«{name}»: objetivos quitados: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="243" />
        <source>“{campaign}”: communication added: “{title}” on {when}.</source>
        <translation>«{campaign}»: comunicación añadida: «{title}» el {when}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="246" />
        <source>“{campaign}”: communication removed: “{title}” (was on {when}).</source>
        <translation>«{campaign}»: comunicación eliminada: «{title}» (estaba el {when}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="249" />
        <source>“{campaign}”: “{title}” moved here from campaign “{old}”.</source>
        <translation>«{campaign}»: «{title}» se ha traído de la campaña «{old}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="252" />
        <source>“{campaign}”: communication renamed: “{old}” → “{new}”.</source>
        <translation>«{campaign}»: comunicación renombrada: «{old}» → «{new}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="255" />
        <source>“{campaign}”: “{title}” moved from {old} to {new}.</source>
        <translation>«{campaign}»: «{title}» movida del {old} al {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="258" />
        <source>“{campaign}”: “{title}” status changed from {old} to {new}.</source>
        <translation>«{campaign}»: «{title}» cambia de estado: de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="261" />
        <source>“{campaign}”: “{title}” channel changed from {old} to {new}.</source>
        <translation>«{campaign}»: «{title}» cambia de canal: de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="264" />
        <source>“{campaign}”: “{title}” audience changed from {old} to {new}.</source>
        <translation>«{campaign}»: «{title}» cambia de público: de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="267" />
        <source>“{campaign}”: “{title}” repetition changed from “{old}” to “{new}”.</source>
        <translation>«{campaign}»: «{title}» cambia de repetición: de «{old}» a «{new}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="270" />
        <source>“{campaign}”: “{title}” no longer takes place on {days}.</source>
        <translation>«{campaign}»: «{title}» ya no tiene lugar el {days}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="273" />
        <source>“{campaign}”: “{title}” takes place again on {days}.</source>
        <translation>«{campaign}»: «{title}» vuelve a tener lugar el {days}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="277" />
        <source>no channel</source>
        <translation>ningún canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="278" />
        <source>the campaign's segments</source>
        <translation>los segmentos de la campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="279" />
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="280" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>planning_warnings</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="150" />
        <source>“{title}” on {day} falls outside the dates of its campaign “{campaign}” ({start} – {end}).</source>
        <translation>«{title}» el {day} queda fuera de las fechas de su campaña «{campaign}» ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="154" />
        <source>“{title}” repeats beyond the dates of its campaign “{campaign}” ({start} – {end}).</source>
        <translation>«{title}» se repite más allá de las fechas de su campaña «{campaign}» ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="158" />
        <source>“{title}” on {day} falls in the blackout period “{blackout}”.</source>
        <translation>«{title}» el {day} cae en el periodo sin envíos «{blackout}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="162" />
        <source>{count} communication(s) of “{campaign}” now fall outside its dates.</source>
        <translation>{count} comunicación(es) de «{campaign}» quedan ahora fuera de sus fechas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="166" />
        <source>{count} communication(s) lost their only segment and now reach their campaign's whole audience.</source>
        <translation>{count} comunicación(es) han perdido su único segmento y ahora llegan a todo el público de su campaña.</translation>
    </message>
</context>
<context>
    <name>priority</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="106" />
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="107" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="108" />
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="109" />
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
</context>
<context>
    <name>recurrence</name>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="30" />
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="31" />
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="32" />
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="33" />
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="34" />
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="35" />
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="36" />
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="40" />
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="41" />
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="42" />
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="43" />
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="44" />
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="387" />
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="407" />
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="409" />
        <source>Custom repetition ({rule})</source>
        <translation>Repetición personalizada ({rule})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="414" />
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="416" />
        <source>Every {n} days</source>
        <translation>Cada {n} días</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="421" />
        <source>Every week on {days}</source>
        <translation>Cada semana: {days}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="423" />
        <source>Every {n} weeks on {days}</source>
        <translation>Cada {n} semanas: {days}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="429" />
        <source>Every month on day {day}</source>
        <translation>Cada mes, el día {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="431" />
        <source>Every {n} months on day {day}</source>
        <translation>Cada {n} meses, el día {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="435" />
        <source> (or the last day of shorter months)</source>
        <translation> (o el último día en los meses más cortos)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="437" />
        <source> (skipping months without that day)</source>
        <translation> (salvo los meses que no tienen ese día)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="441" />
        <source>Every month on the {nth} {weekday}</source>
        <translation>Cada mes, el {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="443" />
        <source>Every {n} months on the {nth} {weekday}</source>
        <translation>Cada {n} meses, el {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="451" />
        <source>Every month on its last day</source>
        <translation>Cada mes, el último día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="453" />
        <source>Every {n} months on the last day</source>
        <translation>Cada {n} meses, el último día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="457" />
        <source>Every month on its last working day</source>
        <translation>Cada mes, el último día laborable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="459" />
        <source>Every {n} months on the last working day</source>
        <translation>Cada {n} meses, el último día laborable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="464" />
        <source>; until {date}</source>
        <translation>; hasta el {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="469" />
        <source>; once only</source>
        <translation>; una sola vez</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="471" />
        <source>; {count} times</source>
        <translation>; {count} veces</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="477" />
        <source>; skipping {dates} and {more} more</source>
        <translation>; salvo el {dates} y {more} más</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="481" />
        <source>; skipping {dates}</source>
        <translation>; salvo el {dates}</translation>
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
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="98" />
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="99" />
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="100" />
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="101" />
        <source>Live</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="102" />
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="103" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>value_weight</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="124" />
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="125" />
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
</context>
</TS>
