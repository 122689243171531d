<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="228"/>
        <source>Mark as acted on</source>
        <translation>Marcar como resuelta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="229"/>
        <source>What was done about it?</source>
        <translation>¿Qué se hizo al respecto?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="231"/>
        <source>Mark as answered</source>
        <translation>Marcar como respondida</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="232"/>
        <source>What was answered?</source>
        <translation>¿Qué se respondió?</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="38"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="39"/>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="110"/>
        <source>Show numbers</source>
        <translation>Ver cifras</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="111"/>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Muestra las cifras del gráfico en una tabla</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="112"/>
        <source>Export chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="113"/>
        <source>Save the chart as a PNG or SVG image</source>
        <translation>Guarda el gráfico como imagen PNG o SVG</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="115"/>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/chart_card.py" line="182"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="60"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="61"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="62"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="63"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="64"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="65"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="66"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="67"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="68"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="69"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="70"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="71"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="74"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="75"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="76"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="77"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="78"/>
        <source>May (short)</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="79"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="80"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="81"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="82"/>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="83"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="84"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="85"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="87"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="143"/>
        <source>Whole plan and results</source>
        <translation>Todo el plan y los resultados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="144"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="145"/>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="146"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="147"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="148"/>
        <source>Next 6 months</source>
        <translation>Próximos 6 meses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="149"/>
        <source>Next 12 months</source>
        <translation>Próximos 12 meses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="150"/>
        <source>Custom dates</source>
        <translation>Fechas a medida</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="316"/>
        <source>{attribute} = {value}</source>
        <translation>{attribute} = {value}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="317"/>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="318"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="319"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="320"/>
        <source>No channel</source>
        <translation>Sin canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="321"/>
        <source>(no owner)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1197"/>
        <source>No communication in this period promotes “{value}”.</source>
        <translation>Ninguna comunicación de este periodo promueve «{value}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1198"/>
        <source>“{value}” is under-served: {share} of the weighted reach, against an even share of {even}.</source>
        <translation>«{value}» está desatendido: recibe el {share} del alcance ponderado, frente a un reparto equitativo del {even}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1202"/>
        <source>“{value}” is under-served: {share} of the weighted reach, against an even share of {even}; nothing promoted it in {months}.</source>
        <translation>«{value}» está desatendido: recibe el {share} del alcance ponderado, frente a un reparto equitativo del {even}; nada lo promovió en {months}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1207"/>
        <source>Nothing promoted “{value}” in {months}, while other values were promoted.</source>
        <translation>Nada promovió «{value}» en {months}, mientras sí se promovían otros valores.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1210"/>
        <source>Every value gets a fair share of the weighted reach in this period.</source>
        <translation>Todos los valores reciben una parte justa del alcance ponderado en este periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1213"/>
        <source>No communication of this period promotes any corporate value yet.</source>
        <translation>Ninguna comunicación de este periodo promueve todavía algún valor corporativo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1216"/>
        <source>The workspace has no corporate values yet.</source>
        <translation>El espacio de trabajo aún no tiene valores corporativos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/dashboard.py" line="1217"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="341"/>
        <source>Listening: feedback received per month and channel</source>
        <translation>Escucha: aportaciones recibidas por mes y canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="355"/>
        <source>No feedback was received in this period.</source>
        <translation>No se recibieron aportaciones en este periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="379"/>
        <source>{channel}, {month}: {count}</source>
        <translation>{channel}, {month}: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="405"/>
        <source>Entries received</source>
        <translation>Aportaciones recibidas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="418"/>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="435"/>
        <source>{answered} of {received} entries</source>
        <translation>{answered} de {received} aportaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="445"/>
        <source>Oldest unanswered</source>
        <translation>La más antigua sin respuesta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="455"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="465"/>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="476"/>
        <source>received {day}</source>
        <translation>recibida el {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="486"/>
        <source>{count} still open</source>
        <translation>{count} aún abiertas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="494"/>
        <source>Month</source>
        <translation>Mes</translation>
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
        <translation>{received} aportaciones recibidas; {answered} respondidas ({share}), {acted} de ellas resueltas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="529"/>
        <source>Oldest unanswered: received {day} ({days} days ago) through {channel}: “{text}”</source>
        <translation>La más antigua sin respuesta: recibida el {day} (hace {days} días) por {channel}: «{text}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="541"/>
        <source>Oldest unanswered: received {day} ({days} days ago); its text is withheld because it comes from a group below the anonymity threshold.</source>
        <translation>La más antigua sin respuesta: recibida el {day} (hace {days} días); su texto no se muestra porque procede de un grupo por debajo del umbral de anonimato.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="549"/>
        <source>{count} open entries from {groups} groups below the anonymity threshold are not listed by group.</source>
        <translation>{count} aportaciones abiertas de {groups} grupos por debajo del umbral de anonimato no se desglosan por grupo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="581"/>
        <source>Values coverage by month</source>
        <translation>Cobertura de valores por mes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="593"/>
        <source>No corporate values or no months to show.</source>
        <translation>No hay valores corporativos o meses que mostrar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="599"/>
        <source>{value}, {month}: {per_person} weighted messages per employee ({reach} weighted contacts, {comms} weighted communications)</source>
        <translation>{value}, {month}: {per_person} mensajes ponderados por empleado ({reach} contactos ponderados, {comms} comunicaciones ponderadas)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="619"/>
        <source>Weighted messages per employee</source>
        <translation>Mensajes ponderados por empleado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="625"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="711"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="835"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1421"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="627"/>
        <source>Total weighted contacts</source>
        <translation>Total de contactos ponderados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="641"/>
        <source>Each communication counts its audience once per value of its campaign: fully for a primary value, half for a secondary one. Cells show that weighted reach divided by the {people} employees.</source>
        <translation>Cada comunicación cuenta su audiencia una vez por cada valor de su campaña: entera si el valor es principal y la mitad si es secundario. Las celdas muestran ese alcance ponderado dividido entre los {people} empleados.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="669"/>
        <source>Values coverage by segment</source>
        <translation>Cobertura de valores por segmento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="683"/>
        <source>No corporate values or segments to show.</source>
        <translation>No hay valores corporativos o segmentos que mostrar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="687"/>
        <source>{value}, {segment} ({members} members): {per_member} weighted messages per member</source>
        <translation>{value}, {segment} ({members} miembros): {per_member} mensajes ponderados por miembro</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="706"/>
        <source>Weighted messages per member</source>
        <translation>Mensajes ponderados por miembro</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="713"/>
        <source>{segment} ({members})</source>
        <translation>{segment} ({members})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="726"/>
        <source>{count} segments smaller than the anonymity threshold are left out.</source>
        <translation>Se omiten {count} segmentos más pequeños que el umbral de anonimato.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="732"/>
        <source>Cells show the weighted messages that reach the segment&apos;s members, divided by its size.</source>
        <translation>Las celdas muestran los mensajes ponderados que llegan a los miembros del segmento, divididos entre su tamaño.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="761"/>
        <source>Reach: employees reached by at least one communication</source>
        <translation>Alcance: empleados a los que llega al menos una comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="792"/>
        <source>{reached} of {total}</source>
        <translation>{reached} de {total}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="800"/>
        <source>In the period</source>
        <translation>En el periodo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="802"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="901"/>
        <source>No employees in the directory yet.</source>
        <translation>Aún no hay empleados en el directorio.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="816"/>
        <source>{month}: {people} people reached ({share})</source>
        <translation>{month}: {people} personas alcanzadas ({share})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="829"/>
        <source>% of employees reached</source>
        <translation>% de empleados alcanzados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="830"/>
        <source>Reached in each month</source>
        <translation>Alcance de cada mes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="832"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1080"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1540"/>
        <source>No communication in this period.</source>
        <translation>No hay comunicaciones en este periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="834"/>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="839"/>
        <source>Employees (active)</source>
        <translation>Empleados (activos)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="842"/>
        <source>Reached in the period</source>
        <translation>Alcanzados en el periodo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="844"/>
        <source>Share of the organisation</source>
        <translation>Proporción de la organización</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="848"/>
        <source>Front-line staff reached</source>
        <translation>Primera línea alcanzada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="849"/>
        <source>{reached} of {total} ({share})</source>
        <translation>{reached} de {total} ({share})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="856"/>
        <source>Segments targeted</source>
        <translation>Segmentos destinatarios</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="863"/>
        <source>Reached in {month}</source>
        <translation>Alcanzados en {month}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="869"/>
        <source>{share} of the organisation ({reached} of {total}) is reached in the period.</source>
        <translation>En el periodo se llega al {share} de la organización ({reached} de {total}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="889"/>
        <source>The unreached: employees in no targeted segment</source>
        <translation>Sin alcanzar: empleados que no están en ningún segmento destinatario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="899"/>
        <source>Everyone is in at least one targeted segment.</source>
        <translation>Todo el mundo está en al menos un segmento destinatario.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="910"/>
        <source>By {attribute}</source>
        <translation>Por {attribute}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="920"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="955"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="957"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1015"/>
        <source>Front line</source>
        <translation>Primera línea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="958"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1016"/>
        <source>Others</source>
        <translation>Resto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="966"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1024"/>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="992"/>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="993"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1419"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="994"/>
        <source>Unreached employees</source>
        <translation>Empleados sin alcanzar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="997"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1009"/>
        <source>Groups below the anonymity threshold</source>
        <translation>Grupos por debajo del umbral de anonimato</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1027"/>
        <source>{count} employees ({share}) are in no segment targeted in the period.</source>
        <translation>{count} empleados ({share}) no están en ningún segmento destinatario del periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1038"/>
        <source>Groups of fewer people than the anonymity threshold are only counted together.</source>
        <translation>Los grupos con menos personas que el umbral de anonimato solo se cuentan juntos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1066"/>
        <source>Channel mix</source>
        <translation>Combinación de canales</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1067"/>
        <source>two-way</source>
        <translation>bidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1084"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1219"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1563"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1572"/>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1085"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1221"/>
        <source>Audience contacts</source>
        <translation>Contactos con la audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1091"/>
        <source>One-way</source>
        <translation>Unidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1099"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1218"/>
        <source>Two-way</source>
        <translation>Bidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1121"/>
        <source>{kind}: {one} one-way, {two} two-way</source>
        <translation>{kind}: {one} unidireccional, {two} bidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1143"/>
        <source>Listening share</source>
        <translation>Peso de la escucha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1154"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1220"/>
        <source>Share of communications</source>
        <translation>Proporción de comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1161"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1222"/>
        <source>Share of audience contacts</source>
        <translation>Proporción de contactos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1197"/>
        <source>{channel}: {comms} communications ({comm_share}), {contacts} audience contacts ({contact_share})</source>
        <translation>{channel}: {comms} comunicaciones ({comm_share}), {contacts} contactos con la audiencia ({contact_share})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1215"/>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1217"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1224"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1224"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1246"/>
        <source>{two_way} of the communications ({contacts} of the audience contacts) go through two-way channels.</source>
        <translation>El {two_way} de las comunicaciones (el {contacts} de los contactos con la audiencia) va por canales bidireccionales.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1280"/>
        <source>Satisfaction trends: {metric}</source>
        <translation>Evolución de la satisfacción: {metric}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1282"/>
        <source>Satisfaction trends</source>
        <translation>Evolución de la satisfacción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1294"/>
        <source>No results to show for this period.</source>
        <translation>No hay resultados que mostrar en este periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1296"/>
        <source>No survey results imported yet.</source>
        <translation>Aún no se han importado resultados de encuestas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1360"/>
        <source>Campaign “{name}” starts {day}</source>
        <translation>La campaña «{name}» empieza el {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1371"/>
        <source>Over time</source>
        <translation>A lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1401"/>
        <source>{group}: {latest} on {day} ({change} vs previous)</source>
        <translation>{group}: {latest} el {day} ({change} respecto al anterior)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1417"/>
        <source>Latest vs previous</source>
        <translation>Último frente al anterior</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1420"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1422"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1423"/>
        <source>Respondents</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1445"/>
        <source>{count} groups with results; {falling} fell at their latest measurement.</source>
        <translation>{count} grupos con resultados; {falling} bajaron en su última medición.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1452"/>
        <source>The lines show the first {shown} groups; every group is in the numbers table.</source>
        <translation>Las líneas muestran los {shown} primeros grupos; todos están en la tabla de cifras.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1459"/>
        <source>{count} results of groups below the anonymity threshold are not shown.</source>
        <translation>No se muestran {count} resultados de grupos por debajo del umbral de anonimato.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1466"/>
        <source>Campaign starts: {list}.</source>
        <translation>Inicio de campañas: {list}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1487"/>
        <source>{group}, {day}: {value} ({respondents} respondents)</source>
        <translation>{group}, {day}: {value} ({respondents} respuestas)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1495"/>
        <source>{group}, {day}: {value}</source>
        <translation>{group}, {day}: {value}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1529"/>
        <source>Workload: communications per owner and week</source>
        <translation>Carga de trabajo: comunicaciones por responsable y semana</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1546"/>
        <source>{owner}, week of {day}: {count} communications ({hours} h)</source>
        <translation>{owner}, semana del {day}: {count} comunicaciones ({hours} h)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1570"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1571"/>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1573"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1587"/>
        <source>Busiest week: {owner}, week of {day}, with {count} communications.</source>
        <translation>Semana más cargada: {owner}, semana del {day}, con {count} comunicaciones.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1598"/>
        <source>The chart shows the {shown} busiest owners; the table lists all.</source>
        <translation>El gráfico muestra los {shown} responsables con más carga; la tabla los incluye a todos.</translation>
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
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="245"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="251"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="252"/>
        <source>The metric the satisfaction chart follows</source>
        <translation>La métrica que sigue el gráfico de satisfacción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="253"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="254"/>
        <source>Count everything again</source>
        <translation>Vuelve a calcularlo todo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="256"/>
        <source>Reached</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="257"/>
        <source>Two-way share</source>
        <translation>Peso bidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="258"/>
        <source>Feedback answered</source>
        <translation>Aportaciones respondidas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="259"/>
        <source>Oldest unanswered</source>
        <translation>Más antigua sin respuesta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="260"/>
        <source>Under-served values</source>
        <translation>Valores desatendidos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="261"/>
        <source>Latest result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="366"/>
        <source>Counting…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="368"/>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="387"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="418"/>
        <source>Results and groups of fewer than {threshold} people are never shown, charted or exported.</source>
        <translation>Los resultados y grupos de menos de {threshold} personas nunca se muestran, se representan ni se exportan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="424"/>
        <source>Updated in {seconds} s</source>
        <translation>Actualizado en {seconds} s</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="452"/>
        <source>{reached} of {total} employees</source>
        <translation>{reached} de {total} empleados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="460"/>
        <source>of {count} communications</source>
        <translation>de {count} comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="467"/>
        <source>{answered} of {received} entries</source>
        <translation>{answered} de {received} aportaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="475"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="475"/>
        <source>nothing waits for an answer</source>
        <translation>nada espera respuesta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="479"/>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="480"/>
        <source>{count} entries still open</source>
        <translation>{count} aportaciones aún abiertas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="492"/>
        <source>{count} values miss some months</source>
        <translation>{count} valores sin presencia algunos meses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="496"/>
        <source>every value is served</source>
        <translation>todos los valores están atendidos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="506"/>
        <source>no results yet</source>
        <translation>aún no hay resultados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dashboard_page.py" line="512"/>
        <source>{change} vs previous</source>
        <translation>{change} respecto al anterior</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="127"/>
        <source>Edit feedback entry</source>
        <translation>Editar aportación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="127"/>
        <source>New feedback entry</source>
        <translation>Nueva aportación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="130"/>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="131"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="132"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="133"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="134"/>
        <source>Topic tags</source>
        <translation>Etiquetas de tema</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="135"/>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="136"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="137"/>
        <source>Answer or action</source>
        <translation>Respuesta o acción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="138"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="142"/>
        <source>Comma-separated, e.g. schedules, tools</source>
        <translation>Separadas por comas, p. ej. horarios, herramientas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="143"/>
        <source>(no channel)</source>
        <translation>(sin canal)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="144"/>
        <source>(no campaign)</source>
        <translation>(sin campaña)</translation>
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
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="58"/>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="59"/>
        <source>Praise</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="62"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="63"/>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="64"/>
        <source>Acted on</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="465"/>
        <source>Date received</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="466"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="467"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="468"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="469"/>
        <source>Segment or group</source>
        <translation>Segmento o grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="470"/>
        <source>Group attribute</source>
        <translation>Atributo del grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="471"/>
        <source>Group value</source>
        <translation>Valor del grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="472"/>
        <source>Topic tags</source>
        <translation>Etiquetas de tema</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="473"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="474"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="475"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="476"/>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <location filename="../../commsplanner/ui/listening/common.py" line="124"/>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/common.py" line="125"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/common.py" line="126"/>
        <source>Attribute group</source>
        <translation>Grupo por atributo</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="63"/>
        <source>Tables (*.csv *.xlsx *.txt)</source>
        <translation>Tablas (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="64"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="253"/>
        <source>Import results</source>
        <translation>Importar resultados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="256"/>
        <source>A CSV or Excel file of survey results or campaign KPIs: one result per row (date, group, metric, value) or one column per metric.</source>
        <translation>Un archivo CSV o Excel con resultados de encuestas o indicadores de campañas: un resultado por fila (fecha, grupo, métrica, valor) o una columna por métrica.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="260"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="261"/>
        <source>Metric of a value column</source>
        <translation>Métrica de una columna de valores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="262"/>
        <source>e.g. Monthly pulse survey</source>
        <translation>p. ej. Encuesta de pulso mensual</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="265"/>
        <source>Importing the same results again updates them: a result is the same when its date, metric, group and source are.</source>
        <translation>Importar de nuevo los mismos resultados los actualiza: un resultado es el mismo cuando coinciden su fecha, métrica, grupo y fuente.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="270"/>
        <source>Import feedback</source>
        <translation>Importar aportaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="273"/>
        <source>A CSV or Excel file of ideas, questions and complaints: one entry per row with its date and text.</source>
        <translation>Un archivo CSV o Excel con ideas, preguntas y quejas: una aportación por fila con su fecha y su texto.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="277"/>
        <source>Kind when no column says</source>
        <translation>Tipo si ninguna columna lo indica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="278"/>
        <source>Channel when no column says</source>
        <translation>Canal si ninguna columna lo indica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="279"/>
        <source>(no channel)</source>
        <translation>(sin canal)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="282"/>
        <source>Importing the same entries again updates them (same date, channel and text).</source>
        <translation>Importar de nuevo las mismas aportaciones las actualiza (misma fecha, canal y texto).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="285"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="286"/>
        <source>Dates like 03/04/2025</source>
        <translation>Fechas como 03/04/2025</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="287"/>
        <source>(none, or from a column)</source>
        <translation>(ninguna, o la de una columna)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="289"/>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="289"/>
        <source>Day first (3 April)</source>
        <translation>Primero el día (3 de abril)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="289"/>
        <source>Month first (March 4)</source>
        <translation>Primero el mes (4 de marzo)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="292"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="293"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="295"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="295"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="295"/>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="302"/>
        <source>1 · Choose the file</source>
        <translation>1 · Elige el archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="303"/>
        <source>2 · Say what each column holds</source>
        <translation>2 · Indica qué contiene cada columna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="304"/>
        <source>3 · Check before importing</source>
        <translation>3 · Revisa antes de importar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="305"/>
        <source>4 · Done</source>
        <translation>4 · Listo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="310"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="311"/>
        <source>Check the file</source>
        <translation>Revisar el archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="312"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="313"/>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="316"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="316"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="424"/>
        <source>Each column&apos;s content was guessed from its header; change what is wrong. Columns set to “Do not import” are left out.</source>
        <translation>El contenido de cada columna se ha deducido de su cabecera; cambia lo que no sea correcto. Las columnas marcadas «No importar» se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="428"/>
        <source>Choices made at the last import of a similar file were reused.</source>
        <translation>Se han reutilizado las elecciones de la última importación de un archivo parecido.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="439"/>
        <source>Reading and checking the file…</source>
        <translation>Leyendo y revisando el archivo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="451"/>
        <source>{rows} rows read; {items} to import: {added} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{rows} filas leídas; {items} para importar: {added} nuevas, {updated} actualizadas, {unchanged} sin cambios.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="463"/>
        <source>{errors} problems must be fixed in the file first: nothing is imported while any remains (all or nothing).</source>
        <translation>Antes hay que corregir {errors} problemas en el archivo: no se importa nada mientras quede alguno (todo o nada).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="469"/>
        <source>{warnings} warnings: the rows are imported; check them.</source>
        <translation>{warnings} avisos: las filas se importan; revísalas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="476"/>
        <source>{count} results concern groups below the anonymity threshold: they are kept but never shown.</source>
        <translation>{count} resultados son de grupos por debajo del umbral de anonimato: se guardan, pero nunca se muestran.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="491"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/import_wizard.py" line="495"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importado: {added} añadidos, {updated} actualizados, {unchanged} sin cambios.</translation>
    </message>
</context>
<context>
    <name>ListeningCli</name>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="63"/>
        <source>Reading and importing the results… {percent} %</source>
        <translation>Leyendo e importando los resultados… {percent} %</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="118"/>
        <source>The mapping must be a JSON object such as {&quot;Fecha&quot;: &quot;date&quot;, &quot;Nota&quot;: &quot;value&quot;} (or a file holding one).</source>
        <translation>La correspondencia debe ser un objeto JSON como {&quot;Fecha&quot;: &quot;date&quot;, &quot;Nota&quot;: &quot;value&quot;} (o un archivo que lo contenga).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="162"/>
        <source>Import survey results and campaign KPIs (CSV or XLSX) into a workspace, or only check them with --dry-run.</source>
        <translation>Importa resultados de encuestas e indicadores de campañas (CSV o XLSX) a un espacio de trabajo, o solo los revisa con --dry-run.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="170"/>
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="171"/>
        <source>The workspace file (.commsplan).</source>
        <translation>El archivo del espacio de trabajo (.commsplan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="175"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="176"/>
        <source>The results file (.csv or .xlsx).</source>
        <translation>El archivo de resultados (.csv o .xlsx).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="181"/>
        <source>Check the file and print the report without writing anything.</source>
        <translation>Revisa el archivo y muestra el informe sin escribir nada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="188"/>
        <source>Column → field as JSON, e.g. {&quot;Nota&quot;: &quot;value&quot;}, or a JSON file; other columns are suggested from their headers. Fields: date, metric, value, metric_column, group, group_attribute, group_value, respondents, source, campaign, ignore.</source>
        <translation>Columna → campo en JSON, p. ej. {&quot;Nota&quot;: &quot;value&quot;}, o un archivo JSON; las demás columnas se deducen de sus cabeceras. Campos: date, metric, value, metric_column, group, group_attribute, group_value, respondents, source, campaign, ignore.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="197"/>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="198"/>
        <source>Where the results come from (e.g. “Pulse survey”) when no column says it; results are matched on date, metric, group and source.</source>
        <translation>De dónde vienen los resultados (p. ej. «Encuesta de pulso») si ninguna columna lo indica; los resultados se emparejan por fecha, métrica, grupo y fuente.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="206"/>
        <location filename="../../commsplanner/cli_listening.py" line="213"/>
        <location filename="../../commsplanner/cli_listening.py" line="218"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="207"/>
        <source>The metric of a value column when no column names the metric.</source>
        <translation>La métrica de una columna de valores cuando ninguna columna nombra la métrica.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="214"/>
        <source>The campaign (name or id) all results belong to.</source>
        <translation>La campaña (nombre o id) a la que pertenecen todos los resultados.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="219"/>
        <source>The sheet of an Excel workbook to read.</source>
        <translation>La hoja del libro de Excel que se debe leer.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="224"/>
        <source>How to read dates like 03/04/2025: dmy (day first) or mdy (month first). Default: day first unless the file shows otherwise.</source>
        <translation>Cómo leer fechas como 03/04/2025: dmy (primero el día) o mdy (primero el mes). Por defecto, primero el día salvo que el archivo indique lo contrario.</translation>
    </message>
</context>
<context>
    <name>ListeningImport</name>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="97"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="98"/>
        <source>Metric name</source>
        <translation>Nombre de la métrica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="99"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="100"/>
        <source>Metric (named by the header)</source>
        <translation>Métrica (la que nombra la cabecera)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="101"/>
        <source>Segment or group</source>
        <translation>Segmento o grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="102"/>
        <source>Group attribute</source>
        <translation>Atributo del grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="103"/>
        <source>Group value</source>
        <translation>Valor del grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="104"/>
        <source>Respondents</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="105"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="106"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="107"/>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
</context>
<context>
    <name>ListeningModels</name>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="83"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="84"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="85"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="86"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="87"/>
        <location filename="../../commsplanner/ui/listening/models.py" line="177"/>
        <source>Segment or group</source>
        <translation>Segmento o grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="88"/>
        <location filename="../../commsplanner/ui/listening/models.py" line="180"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="89"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="90"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="91"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="174"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="175"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="176"/>
        <location filename="../../commsplanner/ui/listening/models.py" line="304"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="178"/>
        <source>Respondents</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="179"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="219"/>
        <source>withheld</source>
        <translation>oculto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="235"/>
        <source>The group is smaller than the anonymity threshold (by members or respondents), so this value is never shown, charted or exported.</source>
        <translation>El grupo es menor que el umbral de anonimato (por miembros o por respuestas), así que este valor nunca se muestra, se representa ni se exporta.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="300"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="301"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="302"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="303"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="349"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="351"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/models.py" line="352"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ListeningPage</name>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="433"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="662"/>
        <source>Record result</source>
        <translation>Registrar resultado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="110"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="319"/>
        <source>Listening</source>
        <extracomment>Dialogs, replaceable in tests.</extracomment>
        <translation>Escucha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="320"/>
        <source>Ideas and feedback</source>
        <translation>Ideas y aportaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="321"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="322"/>
        <source>Search text, answers and tags</source>
        <translation>Buscar en textos, respuestas y etiquetas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="323"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="324"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="336"/>
        <source>Waiting for an answer</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="327"/>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="330"/>
        <source>New entry…</source>
        <translation>Nueva aportación…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="331"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="341"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="332"/>
        <source>Mark answered…</source>
        <translation>Marcar respondida…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="333"/>
        <source>Mark acted on…</source>
        <translation>Marcar resuelta…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="334"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="342"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="335"/>
        <source>Import from a file…</source>
        <translation>Importar desde un archivo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="337"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="337"/>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="338"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="339"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="340"/>
        <source>Add result…</source>
        <translation>Añadir resultado…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="343"/>
        <source>Import results…</source>
        <translation>Importar resultados…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="357"/>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="358"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="360"/>
        <source>Any campaign</source>
        <translation>Cualquier campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="359"/>
        <source>Any segment</source>
        <translation>Cualquier segmento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="361"/>
        <source>Every metric</source>
        <translation>Todas las métricas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="406"/>
        <source>{shown} of {total} entries</source>
        <translation>{shown} de {total} aportaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="416"/>
        <source>By campaign</source>
        <translation>Por campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="423"/>
        <source>(no campaign)</source>
        <translation>(sin campaña)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="425"/>
        <source>By segment or group</source>
        <translation>Por segmento o grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="435"/>
        <source>Small groups (not named)</source>
        <translation>Grupos pequeños (sin nombrar)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="444"/>
        <source>Groups of fewer than {threshold} people are only counted together, never named.</source>
        <translation>Los grupos de menos de {threshold} personas solo se cuentan juntos y nunca se nombran.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="471"/>
        <source>{count} results</source>
        <translation>{count} resultados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="474"/>
        <source>{count} withheld: their group is below the anonymity threshold.</source>
        <translation>{count} ocultos: su grupo está por debajo del umbral de anonimato.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="567"/>
        <source>New feedback entry</source>
        <translation>Nueva aportación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="586"/>
        <source>Edit feedback entry</source>
        <translation>Editar aportación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="602"/>
        <source>Mark as acted on</source>
        <translation>Marcar como resuelta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="604"/>
        <source>Mark as answered</source>
        <translation>Marcar como respondida</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="621"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="637"/>
        <source>Delete feedback</source>
        <translation>Eliminar aportaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="622"/>
        <source>Delete {count} feedback entries? You can undo this.</source>
        <translation>¿Eliminar {count} aportaciones? Puedes deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="679"/>
        <source>Edit result</source>
        <translation>Editar resultado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="690"/>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="706"/>
        <source>Delete results</source>
        <translation>Eliminar resultados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/listening_page.py" line="691"/>
        <source>Delete {count} results? You can undo this.</source>
        <translation>¿Eliminar {count} resultados? Puedes deshacerlo.</translation>
    </message>
</context>
<context>
    <name>ListeningReport</name>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1576"/>
        <source>File: {name} (CSV, {encoding}, delimiter “{delimiter}”)</source>
        <translation>Archivo: {name} (CSV, {encoding}, separador «{delimiter}»)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1582"/>
        <source>File: {name} (Excel, sheet “{sheet}”)</source>
        <translation>Archivo: {name} (Excel, hoja «{sheet}»)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1586"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1596"/>
        <source>Problems ({count}):</source>
        <translation>Problemas ({count}):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1605"/>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1610"/>
        <source>Rows: {total} read, {invalid} with errors, {duplicates} repeated; {items} results found.</source>
        <translation>Filas: {total} leídas, {invalid} con errores, {duplicates} repetidas; {items} resultados encontrados.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1623"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importado: {added} añadidos, {updated} actualizados, {unchanged} sin cambios.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1632"/>
        <source>An import would add {added}, update {updated} and leave {unchanged} unchanged.</source>
        <translation>Una importación añadiría {added}, actualizaría {updated} y dejaría {unchanged} sin cambios.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1643"/>
        <source>The file has errors, so nothing was imported (all or nothing). Fix them and import it again.</source>
        <translation>El archivo tiene errores, así que no se ha importado nada (todo o nada). Corrígelos y vuelve a importarlo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1650"/>
        <source>Nothing was written to the workspace.</source>
        <translation>No se ha escrito nada en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1653"/>
        <source>{count} result(s) concern groups below the anonymity threshold: they are kept but never shown, charted or exported.</source>
        <translation>{count} resultado(s) son de grupos por debajo del umbral de anonimato: se guardan, pero nunca se muestran, se representan ni se exportan.</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="327"/>
        <source>Edit result</source>
        <translation>Editar resultado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="327"/>
        <source>New result</source>
        <translation>Nuevo resultado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="329"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="330"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="331"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="332"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="333"/>
        <source>Respondents</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="334"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="335"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="339"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="340"/>
        <source>e.g. Satisfaction (1–5), eNPS</source>
        <translation>p. ej. Satisfacción (1–5), eNPS</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="341"/>
        <source>e.g. Pulse survey</source>
        <translation>p. ej. Encuesta de pulso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="342"/>
        <source>(no campaign)</source>
        <translation>(sin campaña)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/listening/dialogs.py" line="346"/>
        <source>Results of groups with fewer than {threshold} members or respondents are kept but never shown, charted or exported.</source>
        <translation>Los resultados de grupos con menos de {threshold} miembros o respuestas se guardan, pero nunca se muestran, se representan ni se exportan.</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="459"/>
        <source>There is no segment called “{name}”; did you mean “{hint}”? Write a segment name, an attribute group such as “department = Operaciones”, or leave it empty for the whole organisation.</source>
        <translation>No hay ningún segmento llamado «{name}»; ¿querías decir «{hint}»? Escribe el nombre de un segmento, un grupo por atributo como «department = Operaciones», o déjalo vacío para toda la organización.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="473"/>
        <source>There is no segment called “{name}”. Write a segment name, an attribute group such as “department = Operaciones”, or leave it empty for the whole organisation.</source>
        <translation>No hay ningún segmento llamado «{name}». Escribe el nombre de un segmento, un grupo por atributo como «department = Operaciones», o déjalo vacío para toda la organización.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="512"/>
        <source>“{attribute}” is not an employee attribute (such as department, location or position), so the group cannot be matched to people.</source>
        <translation>«{attribute}» no es un atributo de los empleados (como departamento, ubicación o puesto), así que el grupo no se puede relacionar con personas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="525"/>
        <source>The group names the attribute “{attribute}” but no value.</source>
        <translation>El grupo nombra el atributo «{attribute}», pero ningún valor.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="537"/>
        <source>No active employee has {attribute} “{value}”; the result is imported but, with no group size to check, it is only shown when its number of respondents reaches the anonymity threshold.</source>
        <translation>Ningún empleado activo tiene {attribute} «{value}»; el resultado se importa, pero, sin un tamaño de grupo que comprobar, solo se muestra si su número de respuestas alcanza el umbral de anonimato.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="568"/>
        <source>The value is {length} characters long; at most {limit} fit here. Shorten it in the file or import the column as something else.</source>
        <translation>El valor tiene {length} caracteres; aquí caben como máximo {limit}. Acórtalo en el archivo o importa la columna como otra cosa.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="719"/>
        <source>“{target}” is not a field one can import.</source>
        <translation>«{target}» no es un campo que se pueda importar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="734"/>
        <source>Columns {columns} are all imported as “{field}”; choose only one.</source>
        <translation>Las columnas {columns} se importan todas como «{field}»; elige solo una.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="820"/>
        <source>This result repeats row {row} exactly; it is imported once.</source>
        <translation>Este resultado repite exactamente la fila {row}; se importa una sola vez.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="831"/>
        <source>Row {row} already gives a different result for the same date, metric, group and source. Keep one of the two rows.</source>
        <translation>La fila {row} ya da un resultado distinto para la misma fecha, métrica, grupo y fuente. Deja solo una de las dos filas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1037"/>
        <source>“{value}” is not a number; write it as 3.8, 3,8 or 45 %.</source>
        <translation>«{value}» no es un número; escríbelo como 3.8, 3,8 o 45 %.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1050"/>
        <source>An eNPS lies between −100 and 100; {value} does not.</source>
        <translation>Un eNPS está entre −100 y 100; {value} no lo está.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1063"/>
        <source>A percentage lies between 0 and 100; {value} does not.</source>
        <translation>Un porcentaje está entre 0 y 100; {value} no lo está.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1082"/>
        <source>“{value}” is not a date this import understands; write it as 2025-03-15, 15/03/2025, 15 mar 2025 or 2025-03 for a whole month.</source>
        <translation>«{value}» no es una fecha que esta importación entienda; escríbela como 2025-03-15, 15/03/2025, 15 mar 2025 o 2025-03 para un mes entero.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1093"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="578"/>
        <source>The date is empty.</source>
        <translation>La fecha está vacía.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1097"/>
        <source>The date {value} is more than a year ahead; is it right?</source>
        <translation>La fecha {value} está a más de un año vista; ¿es correcta?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1115"/>
        <source>The number of respondents must be a whole number of zero or more; “{value}” is not.</source>
        <translation>El número de respuestas debe ser un número entero igual o mayor que cero; «{value}» no lo es.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1145"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="641"/>
        <source>There is no campaign called “{name}”.</source>
        <translation>No hay ninguna campaña llamada «{name}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1150"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="642"/>
        <source>There is no campaign called “{name}”; did you mean “{hint}”?</source>
        <translation>No hay ninguna campaña llamada «{name}»; ¿querías decir «{hint}»?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1172"/>
        <source>The row has no value in any metric column; it was skipped.</source>
        <translation>La fila no tiene ningún valor en las columnas de métricas; se ha omitido.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1188"/>
        <source>The metric name is empty.</source>
        <translation>El nombre de la métrica está vacío.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1196"/>
        <source>The value is empty.</source>
        <translation>El valor está vacío.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1229"/>
        <source>Only {count} people answered: the result is stored but never shown, charted or exported (the anonymity threshold is {threshold}).</source>
        <translation>Solo respondieron {count} personas: el resultado se guarda, pero nunca se muestra, se representa ni se exporta (el umbral de anonimato es {threshold}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1296"/>
        <source>Choose the column that holds the date of each result.</source>
        <translation>Elige la columna que contiene la fecha de cada resultado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1303"/>
        <source>Either give each metric its own column, or use one column for the metric name and one for the value — not both.</source>
        <translation>O bien cada métrica tiene su propia columna, o bien una columna tiene el nombre de la métrica y otra el valor, pero no ambas cosas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1312"/>
        <source>Choose the column with the values: a “Value” column (with a metric name column or a metric for the whole file), or one column per metric.</source>
        <translation>Elige la columna con los valores: una columna «Valor» (con una columna de nombre de métrica o una métrica para todo el archivo), o una columna por métrica.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1320"/>
        <source>Say which metric the values measure: choose the metric name column or type the metric for the whole file.</source>
        <translation>Indica qué métrica miden los valores: elige la columna con el nombre de la métrica o escribe la métrica de todo el archivo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1328"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="758"/>
        <source>Give the group either in one “Segment or group” column or as attribute and value columns, not both.</source>
        <translation>Indica el grupo en una columna «Segmento o grupo» o bien en columnas de atributo y valor, pero no de las dos formas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1336"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="766"/>
        <source>A group attribute column needs a group value column beside it.</source>
        <translation>Una columna de atributo del grupo necesita al lado una columna de valor del grupo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1347"/>
        <location filename="../../commsplanner/services/feedback_log.py" line="777"/>
        <source>The header of column {column} does not name an employee attribute (such as Departamento or Location); choose a group attribute column too.</source>
        <translation>La cabecera de la columna {column} no nombra un atributo de los empleados (como Departamento o Ubicación); elige también una columna de atributo del grupo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1359"/>
        <source>Column {letter} has no header, so it cannot name a metric.</source>
        <translation>La columna {letter} no tiene cabecera, así que no puede nombrar una métrica.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="572"/>
        <source>“{value}” is not a date this import understands; write it as 2025-03-15, 15/03/2025 or 15 mar 2025.</source>
        <translation>«{value}» no es una fecha que esta importación entienda; escríbela como 2025-03-15, 15/03/2025 o 15 mar 2025.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="590"/>
        <source>The text is empty: there is nothing to record.</source>
        <translation>El texto está vacío: no hay nada que registrar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="601"/>
        <source>“{value}” is not a kind of feedback; write idea, question, complaint or praise (idea, pregunta, queja, elogio).</source>
        <translation>«{value}» no es un tipo de aportación; escribe idea, pregunta, queja o elogio (idea, question, complaint, praise).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="624"/>
        <source>There is no channel called “{name}”.</source>
        <translation>No hay ningún canal llamado «{name}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="625"/>
        <source>There is no channel called “{name}”; did you mean “{hint}”?</source>
        <translation>No hay ningún canal llamado «{name}»; ¿querías decir «{hint}»?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="661"/>
        <source>A tag is longer than {limit} characters.</source>
        <translation>Una etiqueta tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="680"/>
        <source>“{value}” is not a status; write new, answered or acted on (nuevo, respondido, resuelto).</source>
        <translation>«{value}» no es un estado; escribe nuevo, respondido o resuelto (new, answered, acted on).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="746"/>
        <source>Choose the column that holds the date each entry was received.</source>
        <translation>Elige la columna que contiene la fecha en que se recibió cada aportación.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/feedback_log.py" line="752"/>
        <source>Choose the column that holds the text of each entry.</source>
        <translation>Elige la columna que contiene el texto de cada aportación.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="342"/>
        <source>The column mapping cannot be used: {detail}</source>
        <translation>No se puede usar la correspondencia de columnas: {detail}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="778"/>
        <source>“{name}” has a header but no rows below it (header in row {row}).</source>
        <translation>«{name}» tiene cabecera, pero ninguna fila debajo (cabecera en la fila {row}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="870"/>
        <source>“{name}” has {count} problem(s) that must be fixed first; nothing was imported.</source>
        <translation>«{name}» tiene {count} problema(s) que hay que corregir antes; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="880"/>
        <source>“{name}” holds nothing to import.</source>
        <translation>«{name}» no contiene nada que importar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="926"/>
        <source>“{name}” has no columns to import.</source>
        <translation>«{name}» no tiene columnas que importar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/measurements_import.py" line="1430"/>
        <source>A result for this date, metric, group and source is already recorded ({value}); edit that one instead.</source>
        <translation>Ya hay un resultado registrado para esta fecha, métrica, grupo y fuente ({value}); edita ese en su lugar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1686"/>
        <source>Charts can be saved as PNG or SVG, not as “{kind}”.</source>
        <translation>Los gráficos se pueden guardar como PNG o SVG, no como «{kind}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1695"/>
        <location filename="../../commsplanner/services/charts_dashboard.py" line="1720"/>
        <source>The chart could not be saved to “{path}” ({detail}).</source>
        <translation>No se ha podido guardar el gráfico en «{path}» ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="52"/>
        <source>There is no campaign called “{name}”.</source>
        <translation>No hay ninguna campaña llamada «{name}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_listening.py" line="138"/>
        <source>The mapping names columns the file does not have: {columns}.</source>
        <translation>La correspondencia nombra columnas que el archivo no tiene: {columns}.</translation>
    </message>
</context>
</TS>
