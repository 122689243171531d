<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/agenda_view.py" line="39" />
        <source>Nothing is planned in this period.</source>
        <translation>No hay nada previsto en este periodo.</translation>
    </message>
</context>
<context>
    <name>CalendarCli</name>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="27" />
        <source>“{text}” is not a date of the form YYYY-MM-DD.</source>
        <translation>«{text}» no es una fecha de la forma AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="43" />
        <source>“{text}” is not an id (a whole number from 1).</source>
        <translation>«{text}» no es un identificador (un número entero desde 1).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="57" />
        <location filename="../../commsplanner/cli_calendar.py" line="64" />
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="58" />
        <source>First day (YYYY-MM-DD).</source>
        <translation>Primer día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="65" />
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Último día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="76" />
        <source>List the conflicts of a plan (overload, capacity, holidays, blackouts); exits 1 if any is an error.</source>
        <translation>Lista los conflictos de un plan (saturación, capacidad, festivos, periodos bloqueados); termina con 1 si alguno es un error.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="84" />
        <location filename="../../commsplanner/cli_calendar.py" line="98" />
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="85" />
        <location filename="../../commsplanner/cli_calendar.py" line="99" />
        <source>The workspace file (.commsplan).</source>
        <translation>El archivo del espacio de trabajo (.commsplan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="94" />
        <source>Export the plan as an iCalendar (.ics) file.</source>
        <translation>Exporta el plan como archivo iCalendar (.ics).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="103" />
        <source>OUT.ics</source>
        <translation>SALIDA.ics</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="104" />
        <source>The calendar file to write (replaced if it exists).</source>
        <translation>El archivo de calendario que se escribe (se sustituye si existe).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="110" />
        <source>Only communications for this segment.</source>
        <translation>Solo las comunicaciones para este segmento.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="116" />
        <source>Only communications of this campaign.</source>
        <translation>Solo las comunicaciones de esta campaña.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="166" />
        <source>{errors} errors, {warnings} warnings, {notes} notes from {first} to {last}.</source>
        <translation>{errors} errores, {warnings} avisos, {notes} notas del {first} al {last}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="201" />
        <source>{events} events written to “{path}”.</source>
        <translation>{events} eventos escritos en «{path}».</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="148" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="529" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="576" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="228" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="229" />
        <source>Go to today (T)</source>
        <translation>Ir a hoy (T)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="230" />
        <source>Previous period (Page Up)</source>
        <translation>Periodo anterior (Re Pág)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="231" />
        <source>Next period (Page Down)</source>
        <translation>Periodo siguiente (Av Pág)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="232" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="232" />
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="232" />
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="232" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="235" />
        <source>Colour by:</source>
        <translation>Color por:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="236" />
        <source>Group by:</source>
        <translation>Agrupar por:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="240" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="253" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="377" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="241" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="250" />
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="242" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="252" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="379" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="243" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="380" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="251" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="376" />
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="260" />
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="261" />
        <source>Half-year</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="262" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="266" />
        <location filename="../../commsplanner/ui/calendar/page.py" line="707" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="267" />
        <source>Image (PNG)…</source>
        <translation>Imagen (PNG)…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="268" />
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="269" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="270" />
        <source>Calendar file (.ics)…</source>
        <translation>Archivo de calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="271" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="272" />
        <source>Nothing is planned in this period.</source>
        <translation>No hay nada previsto en este periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="378" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="381" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="393" />
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="398" />
        <source>Filters (%1)</source>
        <translation>Filtros (%1)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="398" />
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="484" />
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="544" />
        <source>Move “%1”</source>
        <translation>Mover «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="546" />
        <source>Change the duration of “%1”</source>
        <translation>Cambiar la duración de «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="563" />
        <source>Change the dates of “%1”</source>
        <translation>Cambiar las fechas de «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="577" />
        <source>Create a campaign first: every communication belongs to one.</source>
        <translation>Cree antes una campaña: cada comunicación pertenece a una.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="601" />
        <source>Create “%1”</source>
        <translation>Crear «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="611" />
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="638" />
        <source>Communication plan</source>
        <translation>Plan de comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="645" />
        <source>%1 · %2 to %3</source>
        <translation>%1 · del %2 al %3</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="668" />
        <source>Export the view as an image</source>
        <translation>Exportar la vista como imagen</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="668" />
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="675" />
        <source>Export the view as PDF</source>
        <translation>Exportar la vista como PDF</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="675" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="690" />
        <source>Export the calendar file</source>
        <translation>Exportar el archivo de calendario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="690" />
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/page.py" line="248" />
        <source>Arrows move the day, Page Up and Page Down the period, T goes to today</source>
        <translation>Las flechas cambian de día; Re Pág y Av Pág, de periodo; T vuelve a hoy</translation>
    </message>
</context>
<context>
    <name>CommunicationDialog</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="106" />
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="106" />
        <source>Edit communication</source>
        <translation>Editar comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="111" />
        <source>What is being communicated</source>
        <translation>Qué se comunica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="112" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="118" />
        <source>C&amp;ampaign:</source>
        <translation>C&amp;ampaña:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="122" />
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="126" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="128" />
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="130" />
        <source>(no channel)</source>
        <translation>(sin canal)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="134" />
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="145" />
        <source>A&amp;udience:</source>
        <translation>P&amp;úblico:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="146" />
        <source>No segment ticked: the campaign's audience.</source>
        <translation>Sin segmentos marcados: el público de la campaña.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="155" />
        <source>Stat&amp;us:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="157" />
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="160" />
        <source>&amp;Key message:</source>
        <translation>&amp;Mensaje clave:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="163" />
        <source>e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=6 (empty: once)</source>
        <translation>p. ej. FREQ=WEEKLY;BYDAY=MO;COUNT=6 (vacío: una vez)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="165" />
        <source>&amp;Repeat:</source>
        <translation>Re&amp;petir:</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="126" />
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="130" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="131" />
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="132" />
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="133" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="155" />
        <source>Checking the plan…</source>
        <translation>Revisando el plan…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="161" />
        <source>No conflicts.</source>
        <translation>Sin conflictos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/conflicts_panel.py" line="164" />
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 errores, %2 avisos, %3 notas</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../commsplanner/ui/calendar/month_view.py" line="442" />
        <source>+%n more</source>
        <translation><numerusform>+%n más</numerusform><numerusform>+%n más</numerusform></translation>
    </message>
</context>
<context>
    <name>RecurrenceScopeDialog</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="57" />
        <source>Recurring communication</source>
        <translation>Comunicación periódica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="59" />
        <source>“%1” repeats. Change only this occurrence or the whole series?</source>
        <translation>«%1» se repite. ¿Cambiar solo esta vez o toda la serie?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="65" />
        <source>Changing only this one takes it out of the series as a separate communication.</source>
        <translation>Si cambia solo esta, sale de la serie como una comunicación aparte.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="69" />
        <source>Only this one</source>
        <translation>Solo esta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="72" />
        <source>The whole series</source>
        <translation>Toda la serie</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="36" />
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="37" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="38" />
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="39" />
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="40" />
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="41" />
        <source>Live</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="42" />
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/dialogs.py" line="43" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../commsplanner/ui/calendar/timeline_view.py" line="71" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/timeline_view.py" line="498" />
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../commsplanner/ui/calendar/timeline_view.py" line="541" />
        <source>%n communication(s)</source>
        <translation><numerusform>%n comunicación</numerusform><numerusform>%n comunicaciones</numerusform></translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="94" />
        <source>Too many per person</source>
        <translation>Demasiadas por persona</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="95" />
        <source>Too many per person on a channel</source>
        <translation>Demasiadas por persona en un canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="98" />
        <source>Channel capacity</source>
        <translation>Capacidad del canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="99" />
        <source>Public holiday</source>
        <translation>Día festivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="100" />
        <source>Blackout period</source>
        <translation>Periodo bloqueado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="101" />
        <source>Same audience, same day</source>
        <translation>Mismo público, mismo día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="102" />
        <source>No audience</source>
        <translation>Sin público</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="106" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="107" />
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="108" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="137" />
        <source>{people} people in {segment} would receive {received} communications in the week of {week} (limit {limit})</source>
        <translation>{people} personas de {segment} recibirían {received} comunicaciones en la semana del {week} (límite {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="142" />
        <source>{people} people in {segment} would receive up to {received} communications in the week of {week} (limit {limit})</source>
        <translation>{people} personas de {segment} recibirían hasta {received} comunicaciones en la semana del {week} (límite {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="147" />
        <source>{people} people in {segment} would receive {received} communications through {channel} in the week of {week} (limit {limit})</source>
        <translation>{people} personas de {segment} recibirían {received} comunicaciones por {channel} en la semana del {week} (límite {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="152" />
        <source>{people} people in {segment} would receive up to {received} communications through {channel} in the week of {week} (limit {limit})</source>
        <translation>{people} personas de {segment} recibirían hasta {received} comunicaciones por {channel} en la semana del {week} (límite {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="157" />
        <source>{count} communications go out through {channel} on {day} (capacity {limit})</source>
        <translation>{count} comunicaciones salen por {channel} el {day} (capacidad {limit})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="160" />
        <source>“{title}” is planned on {day}, a public holiday ({holiday})</source>
        <translation>«{title}» está prevista el {day}, día festivo ({holiday})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="163" />
        <source>“{title}” is planned on {day}, inside the blackout period “{period}”</source>
        <translation>«{title}» está prevista el {day}, dentro del periodo bloqueado «{period}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="166" />
        <source>{count} communications reach {segment} through {channel} on {day}</source>
        <translation>{count} comunicaciones llegan a {segment} por {channel} el {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="169" />
        <source>“{title}” on {day} has no audience: neither it nor its campaign names a segment</source>
        <translation>«{title}» del {day} no tiene público: ni ella ni su campaña indican un segmento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="172" />
        <source>other groups</source>
        <translation>otros grupos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="173" />
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="112" />
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="113" />
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="114" />
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="115" />
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="116" />
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="117" />
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="118" />
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="119" />
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="120" />
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="121" />
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="122" />
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="123" />
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="125" />
        <source>{day} {month}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/conflicts.py" line="126" />
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/calendar.py" line="472" />
        <source>“{title}” has no occurrence on {day} to move.</source>
        <translation>«{title}» no tiene ninguna repetición el {day} que se pueda mover.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/ics_export.py" line="49" />
        <source>The calendar file “{path}” could not be written ({detail}). Any previous file there was left as it was.</source>
        <translation>No se pudo escribir el archivo de calendario «{path}» ({detail}). El archivo que hubiera allí no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/calendar/export.py" line="25" />
        <source>The calendar could not be exported to “{path}” ({detail}). Any previous file there was left as it was.</source>
        <translation>No se pudo exportar el calendario a «{path}» ({detail}). El archivo que hubiera allí no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_calendar.py" line="126" />
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}).</translation>
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