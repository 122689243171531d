<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>EmployeeListEditor</name>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="72"/>
        <source>Employee IDs from the directory, separated by commas</source>
        <translation>ID de empleado del directorio, separados por comas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="76"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="78"/>
        <source>Remove selected</source>
        <translation>Quitar los seleccionados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="96"/>
        <source>No employee has the ID: {ids}</source>
        <translation>Ningún empleado tiene el ID: {ids}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="123"/>
        <source>#{id} (no longer in the directory)</source>
        <translation>n.º {id} (ya no está en el directorio)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/employee_list.py" line="132"/>
        <source>(inactive)</source>
        <translation>(de baja)</translation>
    </message>
</context>
<context>
    <name>RuleBuilder</name>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="77"/>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="79"/>
        <source>is on</source>
        <translation>es el</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="80"/>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="81"/>
        <source>has any of</source>
        <translation>tiene alguna de</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="83"/>
        <source>is any of</source>
        <translation>es alguno de</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="84"/>
        <source>has none of</source>
        <translation>no tiene ninguna de</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="86"/>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="87"/>
        <source>has</source>
        <translation>tiene</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="88"/>
        <source>does not have</source>
        <translation>no tiene</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="89"/>
        <source>has a tag containing</source>
        <translation>tiene una etiqueta que contiene</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="91"/>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="92"/>
        <source>has no tag containing</source>
        <translation>no tiene ninguna etiqueta que contenga</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="94"/>
        <source>does not contain</source>
        <translation>no contiene</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="95"/>
        <source>is before</source>
        <translation>es anterior al</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="96"/>
        <source>is after</source>
        <translation>es posterior al</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="155"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="156"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="158"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="160"/>
        <source>values, separated by ;</source>
        <translation>valores, separados por ;</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="292"/>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="425"/>
        <source>All of these (and)</source>
        <translation>Todas estas (y)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="428"/>
        <source>Any of these (or)</source>
        <translation>Alguna de estas (o)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="430"/>
        <source>Not</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="432"/>
        <source>Members are those who do NOT match this group</source>
        <translation>Son miembros quienes NO cumplen este grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="436"/>
        <source>+ Condition</source>
        <translation>+ Condición</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="437"/>
        <source>+ Group</source>
        <translation>+ Grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/rule_builder.py" line="439"/>
        <source>Remove this group</source>
        <translation>Quitar este grupo</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="274"/>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="280"/>
        <source>Members: {count}</source>
        <translation>Miembros: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="286"/>
        <source>{share} of {total} active employees</source>
        <translation>{share} de {total} empleados activos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="315"/>
        <source>The segment needs a name.</source>
        <translation>El segmento necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="319"/>
        <source>Another segment is already called “{name}”.</source>
        <translation>Ya hay otro segmento llamado «{name}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="356"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="359"/>
        <source>Always include ({count})</source>
        <translation>Incluir siempre ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="365"/>
        <source>Always exclude ({count})</source>
        <translation>Excluir siempre ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="372"/>
        <source>Edit segment</source>
        <translation>Editar segmento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="374"/>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="377"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="378"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="379"/>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="384"/>
        <source>e.g. Front-line staff in Madrid</source>
        <translation>p. ej. Personal de primera línea en Madrid</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="387"/>
        <source>The rule as text (edit either the builder or the text; they stay in sync):</source>
        <translation>La regla como texto (edite el constructor o el texto; se mantienen sincronizados):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="396"/>
        <source>These employees are members even when the rule does not select them (as long as they are active).</source>
        <translation>Estos empleados son miembros aunque la regla no los seleccione (mientras estén de alta).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/segment_dialog.py" line="403"/>
        <source>These employees are never members, even when the rule selects them.</source>
        <translation>Estos empleados nunca son miembros, aunque la regla los seleccione.</translation>
    </message>
</context>
<context>
    <name>SegmentLabels</name>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="15"/>
        <source>{name} (custom)</source>
        <translation>{name} (propio)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="19"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="20"/>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="21"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="22"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="23"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="24"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="25"/>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="26"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="27"/>
        <source>Faces customers</source>
        <translation>Atiende a clientes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="28"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="29"/>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="30"/>
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/labels.py" line="31"/>
        <source>Start date</source>
        <translation>Fecha de alta</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <location filename="../../commsplanner/ui/segments/model.py" line="91"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/model.py" line="92"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/model.py" line="93"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/model.py" line="97"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>SegmentsCli</name>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="29"/>
        <source>List the segments of a workspace with their sizes.</source>
        <translation>Lista los segmentos de un espacio de trabajo con su tamaño.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="33"/>
        <location filename="../../commsplanner/cli_segments.py" line="55"/>
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="34"/>
        <location filename="../../commsplanner/cli_segments.py" line="56"/>
        <source>The workspace file (.commsplan); opened read-only.</source>
        <translation>El archivo del espacio de trabajo (.commsplan); se abre en solo lectura.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="39"/>
        <source>Also print each segment&apos;s rule as text.</source>
        <translation>Muestra también la regla de cada segmento como texto.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="47"/>
        <source>Count the active employees a rule selects, e.g. &apos;position in (&quot;Cajero&quot;, &quot;Supervisor&quot;) and &quot;sostenibilidad&quot; in interests&apos;.</source>
        <translation>Cuenta los empleados activos que selecciona una regla, p. ej. &apos;puesto en (&quot;Cajero&quot;, &quot;Supervisor&quot;) y &quot;sostenibilidad&quot; en intereses&apos;.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="60"/>
        <source>RULE</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="61"/>
        <source>The rule as text. Comparisons: = != in, not in, contains, has, lacks, before, after; join with and / or / not (or y / o / no); custom attributes as attr:Name.</source>
        <translation>La regla como texto. Comparaciones: = != en, no en, contiene, tiene, no tiene, antes de, después de (o en inglés); una con y / o / no (o and / or / not); atributos propios como atributo:Nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="70"/>
        <source>Print only the number (for scripts).</source>
        <translation>Muestra solo el número (para scripts).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="102"/>
        <source>This workspace has no segments yet.</source>
        <translation>Este espacio de trabajo aún no tiene segmentos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="105"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="106"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="107"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="119"/>
        <source>(no rule: only added by hand)</source>
        <translation>(sin regla: solo añadidos a mano)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="121"/>
        <source>{segments} segment(s); {employees} active employees.</source>
        <translation>{segments} segmento(s); {employees} empleados activos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_segments.py" line="158"/>
        <source>{count} of {total} active employees ({share} %) match the rule.</source>
        <translation>{count} de {total} empleados activos ({share} %) cumplen la regla.</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="98"/>
        <source>Segments</source>
        <extracomment>The dialog class used to create and edit segments (tests may replace it).</extracomment>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="265"/>
        <source>New segment…</source>
        <translation>Nuevo segmento…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="267"/>
        <source>New segment ({shortcut})</source>
        <translation>Nuevo segmento ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="272"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="273"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="274"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="276"/>
        <source>Filter segments by name</source>
        <translation>Filtrar segmentos por nombre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="278"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="279"/>
        <source>Overlap</source>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="280"/>
        <source>Not reached</source>
        <translation>Sin alcanzar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="282"/>
        <source>Copy their employee IDs</source>
        <translation>Copiar sus ID de empleado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="286"/>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="337"/>
        <source>Active employees in the directory: {count}</source>
        <translation>Empleados activos en el directorio: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="403"/>
        <source>Select a segment to see its profile.</source>
        <translation>Seleccione un segmento para ver su perfil.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="405"/>
        <source>No segments yet. Create one with “New segment…”: choose who belongs by position, department, location, interests, needs or expectations.</source>
        <translation>Aún no hay segmentos. Cree uno con «Nuevo segmento…»: elija quién pertenece por puesto, departamento, ubicación, intereses, necesidades o expectativas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="419"/>
        <source>included by hand: {count}</source>
        <translation>incluidos a mano: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="425"/>
        <source>excluded by hand: {count}</source>
        <translation>excluidos a mano: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="431"/>
        <source>(no rule: only employees added by hand)</source>
        <translation>(sin regla: solo empleados añadidos a mano)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="437"/>
        <source>Members: {size} · {share} of the organisation · {front} face customers</source>
        <translation>Miembros: {size} · {share} de la organización · {front} atienden a clientes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="462"/>
        <source>Overlap between the {count} selected segments.</source>
        <translation>Solapamiento entre los {count} segmentos seleccionados.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="466"/>
        <source>Overlap between all {count} segments (select two or more to compare only those).</source>
        <translation>Solapamiento entre los {count} segmentos (seleccione dos o más para comparar solo esos).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="483"/>
        <source>{unreached} of {total} active employees ({share}) are not in “{name}”; {front} of them face customers.</source>
        <translation>{unreached} de {total} empleados activos ({share}) no están en «{name}»; {front} de ellos atienden a clientes.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="489"/>
        <source>{unreached} of {total} active employees ({share}) are in none of the {count} selected segments; {front} of them face customers.</source>
        <translation>{unreached} de {total} empleados activos ({share}) no están en ninguno de los {count} segmentos seleccionados; {front} de ellos atienden a clientes.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="495"/>
        <source>{unreached} of {total} active employees ({share}) are in none of the {count} segments; {front} of them face customers.</source>
        <translation>{unreached} de {total} empleados activos ({share}) no están en ninguno de los {count} segmentos; {front} de ellos atienden a clientes.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="519"/>
        <source>Smaller groups ({groups}), not shown one by one</source>
        <translation>Grupos más pequeños ({groups}), no se muestran uno a uno</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="528"/>
        <source>(not given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="563"/>
        <source>New segment “{name}”</source>
        <translation>Nuevo segmento «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="586"/>
        <source>Edit segment “{name}”</source>
        <translation>Editar segmento «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="600"/>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="623"/>
        <source>Segment in use</source>
        <translation>Segmento en uso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="624"/>
        <source>“{name}” is targeted by {campaigns} campaign(s) and {communications} communication(s). Move them to another segment before deleting it:</source>
        <translation>«{name}» es el público de {campaigns} campaña(s) y {communications} comunicación(es). Páselas a otro segmento antes de eliminarlo:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="633"/>
        <source>No segment (they stop targeting it)</source>
        <translation>Ningún segmento (dejan de dirigirse a él)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="644"/>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="645"/>
        <source>Delete the segment “{name}”? You can undo this.</source>
        <translation>¿Eliminar el segmento «{name}»? Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="654"/>
        <source>Delete segment “{name}”</source>
        <translation>Eliminar segmento «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/segments/page.py" line="663"/>
        <source>Segment deleted</source>
        <translation>Segmento eliminado</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="178"/>
        <source>“{attribute}” is not a field a segment rule can use.</source>
        <translation>«{attribute}» no es un campo que pueda usar una regla de segmento.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="179"/>
        <source>Column {column}: “{attribute}” is not a field a segment rule can use. Fields: {fields}; for a custom attribute write attr:{attribute}.
{source}
{caret}</source>
        <translation>Columna {column}: «{attribute}» no es un campo que pueda usar una regla de segmento. Campos: {fields}; para un atributo propio escriba attr:{attribute}.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="186"/>
        <source>The rule uses an unknown comparison “{op}”.</source>
        <translation>La regla usa una comparación desconocida: «{op}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="187"/>
        <source>Column {column}: unknown comparison “{op}”.
{source}
{caret}</source>
        <translation>Columna {column}: comparación desconocida «{op}».
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="192"/>
        <source>The comparison “{op}” cannot be used with {attribute}; use one of: {ops}.</source>
        <translation>La comparación «{op}» no se puede usar con {attribute}; use una de estas: {ops}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="195"/>
        <source>Column {column}: the comparison “{op}” cannot be used with {attribute}; use one of: {ops}.
{source}
{caret}</source>
        <translation>Columna {column}: la comparación «{op}» no se puede usar con {attribute}; use una de estas: {ops}.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="202"/>
        <source>{attribute} is compared with true or false.</source>
        <translation>{attribute} se compara con true o false.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="203"/>
        <source>Column {column}: {attribute} is compared with true or false.
{source}
{caret}</source>
        <translation>Columna {column}: {attribute} se compara con true o false.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="209"/>
        <source>{attribute} is compared with a text value.</source>
        <translation>{attribute} se compara con un texto.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="210"/>
        <source>Column {column}: {attribute} is compared with a text value.
{source}
{caret}</source>
        <translation>Columna {column}: {attribute} se compara con un texto.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="216"/>
        <source>“{op}” on {attribute} needs a list of at least one text value.</source>
        <translation>«{op}» sobre {attribute} necesita una lista con al menos un texto.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="219"/>
        <source>Column {column}: “{op}” on {attribute} needs a list of at least one value.
{source}
{caret}</source>
        <translation>Columna {column}: «{op}» sobre {attribute} necesita una lista con al menos un valor.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="226"/>
        <source>{attribute} is compared with a date written YYYY-MM-DD, not “{value}”.</source>
        <translation>{attribute} se compara con una fecha escrita AAAA-MM-DD, no con «{value}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="229"/>
        <source>Column {column}: {attribute} is compared with a date written YYYY-MM-DD, not “{value}”.
{source}
{caret}</source>
        <translation>Columna {column}: {attribute} se compara con una fecha escrita AAAA-MM-DD, no con «{value}».
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="236"/>
        <source>The condition on {attribute} needs a value.</source>
        <translation>La condición sobre {attribute} necesita un valor.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="237"/>
        <source>Column {column}: the condition on {attribute} needs a value.
{source}
{caret}</source>
        <translation>Columna {column}: la condición sobre {attribute} necesita un valor.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="300"/>
        <source>The segment rule is not well formed at {path}: expected a condition {{&quot;field&quot;, &quot;op&quot;, &quot;value&quot;}} or a group &quot;all&quot;, &quot;any&quot; or &quot;not&quot;.</source>
        <translation>La regla del segmento está mal formada en {path}: se esperaba una condición {{&quot;field&quot;, &quot;op&quot;, &quot;value&quot;}} o un grupo &quot;all&quot;, &quot;any&quot; o &quot;not&quot;.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="524"/>
        <source>The rule is empty: write at least one condition.</source>
        <translation>La regla está vacía: escriba al menos una condición.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="525"/>
        <source>Column {column}: unexpected character “{char}”.
{source}
{caret}</source>
        <translation>Columna {column}: carácter inesperado «{char}».
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="528"/>
        <source>Column {column}: the quotation mark opened here is never closed.
{source}
{caret}</source>
        <translation>Columna {column}: las comillas que se abren aquí no se cierran.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="532"/>
        <source>Column {column}: expected a condition here, such as department = &quot;Ventas&quot;.
{source}
{caret}</source>
        <translation>Columna {column}: aquí se esperaba una condición, como departamento = &quot;Ventas&quot;.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="537"/>
        <source>Column {column}: expected a comparison after {attribute} (=, !=, in, not in, contains, has, lacks, before, after).
{source}
{caret}</source>
        <translation>Columna {column}: se esperaba una comparación después de {attribute} (=, !=, in, not in, contains, has, lacks, before, after).
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="542"/>
        <source>Column {column}: expected a value in quotes here.
{source}
{caret}</source>
        <translation>Columna {column}: aquí se esperaba un valor entre comillas.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="545"/>
        <source>Column {column}: put text values in quotes: &quot;{word}&quot;.
{source}
{caret}</source>
        <translation>Columna {column}: ponga los textos entre comillas: &quot;{word}&quot;.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="549"/>
        <source>Column {column}: expected a list in parentheses, such as (&quot;A&quot;, &quot;B&quot;).
{source}
{caret}</source>
        <translation>Columna {column}: se esperaba una lista entre paréntesis, como (&quot;A&quot;, &quot;B&quot;).
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="553"/>
        <source>Column {column}: expected “,” or “)” here.
{source}
{caret}</source>
        <translation>Columna {column}: aquí se esperaba «,» o «)».
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="556"/>
        <source>Column {column}: expected “)” to close the parenthesis.
{source}
{caret}</source>
        <translation>Columna {column}: se esperaba «)» para cerrar el paréntesis.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="559"/>
        <source>Column {column}: unexpected “{found}”; join conditions with and / or.
{source}
{caret}</source>
        <translation>Columna {column}: «{found}» inesperado; una las condiciones con and / or.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="563"/>
        <source>Column {column}: “value in {attribute}” is for tag lists (interests, needs, expectations); for text write {attribute} contains &quot;…&quot;.
{source}
{caret}</source>
        <translation>Columna {column}: «valor in {attribute}» es para listas de etiquetas (interests, needs, expectations); para un texto escriba {attribute} contains &quot;…&quot;.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="568"/>
        <source>Column {column}: {attribute} is a list of tags; write &quot;{value}&quot; in {attribute}, or {attribute} in (…) for any of several.
{source}
{caret}</source>
        <translation>Columna {column}: {attribute} es una lista de etiquetas; escriba &quot;{value}&quot; in {attribute}, o {attribute} in (…) para cualquiera de varias.
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="573"/>
        <source>Column {column}: “{attribute}” is not a field a segment rule can use; did you mean {suggestion}?
{source}
{caret}</source>
        <translation>Columna {column}: «{attribute}» no es un campo que pueda usar una regla de segmento; ¿quería decir {suggestion}?
{source}
{caret}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/domain/rules.py" line="578"/>
        <source>Column {column}: expected the name of a custom attribute after “{word}:”.
{source}
{caret}</source>
        <translation>Columna {column}: se esperaba el nombre de un atributo propio después de «{word}:».
{source}
{caret}</translation>
    </message>
</context>
<context>
    <name>segment_charts</name>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="58"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="59"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="60"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="61"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="62"/>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="63"/>
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="72"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="76"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="85"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="148"/>
        <source>No segments to compare</source>
        <translation>No hay segmentos que comparar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="177"/>
        <source>Jaccard index (shared / in either)</source>
        <translation>Índice de Jaccard (comunes / en alguno)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_segments.py" line="180"/>
        <source>Overlap between segments</source>
        <translation>Solapamiento entre segmentos</translation>
    </message>
</context>
<context>
    <name>segment_warnings</name>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="142"/>
        <source>The segment has no members.</source>
        <translation>El segmento no tiene miembros.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="143"/>
        <source>No active employee has {field} “{value}”.</source>
        <translation>Ningún empleado activo tiene {field} «{value}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="146"/>
        <source>No active employee has {field} “{value}”; did you mean “{hint}”?</source>
        <translation>Ningún empleado activo tiene {field} «{value}»; ¿quería decir «{hint}»?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="149"/>
        <source>No active employee’s {field} contains “{value}”.</source>
        <translation>En ningún empleado activo {field} contiene «{value}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="152"/>
        <source>No active employee has the custom attribute “{name}”.</source>
        <translation>Ningún empleado activo tiene el atributo propio «{name}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="155"/>
        <source>Employees included by hand who are no longer active or no longer in the directory: {count}.</source>
        <translation>Empleados incluidos a mano que ya no están de alta o ya no están en el directorio: {count}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/segmentation.py" line="159"/>
        <source>Employees both included and excluded by hand (they are left out): {count}.</source>
        <translation>Empleados incluidos y excluidos a mano a la vez (quedan fuera): {count}.</translation>
    </message>
</context>
</TS>
