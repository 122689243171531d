<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>cli</name>
        <message>
            <location filename="../../commsplanner/cli.py" line="82" />
            <source>Demo workspace written to “{path}”: {employees} employees in {seconds} s.</source>
            <translation>Espacio de trabajo de demostración guardado en «{path}»: {employees} empleados en {seconds} s.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="94" />
            <source>Writing the demo workspace… {percent} %</source>
            <translation>Generando el espacio de trabajo de demostración… {percent} %</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="119" />
            <source>Employees (active)</source>
            <translation>Empleados (en activo)</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="120" />
            <source>Segments</source>
            <translation>Segmentos</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="121" />
            <source>Corporate values</source>
            <translation>Valores corporativos</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="122" />
            <source>Business goals</source>
            <translation>Objetivos de negocio</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="123" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="124" />
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="125" />
            <source>Communications</source>
            <translation>Comunicaciones</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="126" />
            <source>Blackout periods</source>
            <translation>Periodos de bloqueo</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="127" />
            <source>Measurements</source>
            <translation>Mediciones</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="128" />
            <source>Approvals</source>
            <translation>Aprobaciones</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="129" />
            <source>Feedback entries</source>
            <translation>Comentarios recibidos</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="131" />
            <source>(not set)</source>
            <translation>(sin indicar)</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="133" />
            <source>Workspace</source>
            <translation>Espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="134" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="135" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="136" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="137" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="139" />
            <source>Schema version</source>
            <translation>Versión del formato</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="140" />
            <source>{version} (this app reads up to {supported})</source>
            <translation>{version} (esta aplicación lee hasta la {supported})</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="254" />
            <source>Comms Planner from the command line: demo workspaces and summaries.</source>
            <translation>Comms Planner desde la línea de órdenes: espacios de demostración y resúmenes.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="265" />
            <source>Show the version and exit.</source>
            <translation>Muestra la versión y termina.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="271" />
            <source>Language of messages (default: the system language).</source>
            <translation>Idioma de los mensajes (por omisión, el del sistema).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="274" />
            <source>COMMAND</source>
            <translation>ORDEN</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="279" />
            <source>Write a demo workspace.</source>
            <translation>Genera un espacio de trabajo de demostración.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="283" />
            <source>OUT.commsplan</source>
            <translation>SALIDA.commsplan</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="284" />
            <source>The file to create (it must not exist yet).</source>
            <translation>El archivo que se creará (no debe existir).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="291" />
            <source>Number of employees (default: 2000).</source>
            <translation>Número de empleados (por omisión, 2000).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="298" />
            <source>Random seed: the same seed gives the same workspace (default: 1).</source>
            <translation>Semilla aleatoria: la misma semilla da el mismo espacio de trabajo (por omisión, 1).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="307" />
            <source>Language of the plan's names and texts (default: the message language).</source>
            <translation>Idioma de los nombres y textos del plan (por omisión, el de los mensajes).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="313" />
            <source>Summarise a workspace.</source>
            <translation>Resume un espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="317" />
            <source>FILE</source>
            <translation>ARCHIVO</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="318" />
            <source>The workspace file (.commsplan); it is opened read-only.</source>
            <translation>El archivo del espacio de trabajo (.commsplan); se abre en solo lectura.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="412" />
            <source>Show this help and exit.</source>
            <translation>Muestra esta ayuda y termina.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="424" />
            <source>“{value}” is not a positive whole number.</source>
            <translation>«{value}» no es un número entero positivo.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="437" />
            <source>“{value}” is not a whole number.</source>
            <translation>«{value}» no es un número entero.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="456" />
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="462" />
            <source>arguments</source>
            <translation>argumentos</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="463" />
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="486" />
            <source>Missing argument(s): {names}.</source>
            <translation>Falta(n) argumento(s): {names}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="487" />
            <source>Unknown argument(s): {names}.</source>
            <translation>Argumento(s) desconocido(s): {names}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="488" />
            <source>{arg}: “{value}” is not one of {choices}.</source>
            <translation>{arg}: «{value}» no es ninguno de estos valores: {choices}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="489" />
            <source>{arg} needs a value.</source>
            <translation>{arg} necesita un valor.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="490" />
            <source>{arg}: {detail}</source>
            <translation>{arg}: {detail}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="501" />
            <source>Invalid command line: {detail}.</source>
            <translation>Línea de órdenes no válida: {detail}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="502" />
            <source>Run “{prog} --help” for help.</source>
            <translation>Ejecute «{prog} --help» para ver la ayuda.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="572" />
            <source>Interrupted. Nothing was written.</source>
            <translation>Interrumpido. No se ha escrito nada.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="580" />
            <source>Cannot use “{path}”: {detail}.</source>
            <translation>No se puede usar «{path}»: {detail}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="587" />
            <source>A system error stopped the command: {detail}.</source>
            <translation>Un error del sistema ha detenido la orden: {detail}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/cli.py" line="594" />
            <source>Unexpected error ({kind}): {detail}</source>
            <translation>Error inesperado ({kind}): {detail}</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../commsplanner/services/demo.py" line="71" />
            <source>The demo workspace could not be written to “{path}” ({detail}).</source>
            <translation>No se ha podido guardar el espacio de trabajo de demostración en «{path}» ({detail}).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/services/demo.py" line="95" />
            <source>The number of employees must be a whole number from {min} to {max}.</source>
            <translation>El número de empleados debe ser un número entero entre {min} y {max}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/services/demo.py" line="104" />
            <source>“{lang}” is not a demo language; choose one of: {choices}.</source>
            <translation>«{lang}» no es un idioma de la demostración; elija uno de estos: {choices}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/services/demo.py" line="114" />
            <location filename="../../commsplanner/services/demo.py" line="157" />
            <location filename="../../commsplanner/services/demo.py" line="164" />
            <location filename="../../commsplanner/storage/workspace.py" line="169" />
            <source>“{path}” already exists; choose another name.</source>
            <translation>«{path}» ya existe; elija otro nombre.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/errors.py" line="52" />
            <source>Cancelled. Nothing was changed.</source>
            <translation>Cancelado. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="39" />
            <source>“{colour}” is not a colour of the form #RRGGBB.</source>
            <translation>«{colour}» no es un color con el formato #RRGGBB.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="93" />
            <source>Every employee needs an identifier.</source>
            <translation>Cada empleado necesita un identificador.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="110" />
            <source>The segment needs a name.</source>
            <translation>El segmento necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="123" />
            <source>The corporate value needs a name.</source>
            <translation>El valor corporativo necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="137" />
            <source>The business goal needs a name.</source>
            <translation>El objetivo de negocio necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="154" />
            <source>The channel needs a name.</source>
            <translation>El canal necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="162" />
            <source>A capacity must be at least 1 (or left empty).</source>
            <translation>Una capacidad debe ser como mínimo 1 (o quedar vacía).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="185" />
            <source>The campaign needs a name.</source>
            <translation>La campaña necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="189" />
            <source>The campaign ends ({end}) before it starts ({start}).</source>
            <translation>La campaña termina ({end}) antes de empezar ({start}).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="225" />
            <source>The communication needs a title.</source>
            <translation>La comunicación necesita un título.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="229" />
            <source>The duration must be longer than zero minutes.</source>
            <translation>La duración debe ser de más de cero minutos.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="258" />
            <source>The blackout period needs a name.</source>
            <translation>El periodo de bloqueo necesita un nombre.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="261" />
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>El periodo termina ({end}) antes de empezar ({start}).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="290" />
            <source>The measurement needs a metric name.</source>
            <translation>La medición necesita el nombre de una métrica.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="295" />
            <source>The number of respondents cannot be negative.</source>
            <translation>El número de participantes no puede ser negativo.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="343" />
            <source>The feedback entry needs a text.</source>
            <translation>El comentario necesita un texto.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="365" />
            <source>The weekly cap must be at least 1.</source>
            <translation>El límite semanal debe ser como mínimo 1.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="370" />
            <source>The anonymity threshold must be at least 1.</source>
            <translation>El umbral de anonimato debe ser como mínimo 1.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/models.py" line="375" />
            <source>The week must start on a day from 0 to 6.</source>
            <translation>La semana debe empezar en un día del 0 al 6.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/recurrence.py" line="38" />
            <source>The repetition rule “{rule}” is not valid ({detail}).</source>
            <translation>La regla de repetición «{rule}» no es válida ({detail}).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="178" />
            <source>“{attribute}” is not a field a segment rule can use.</source>
            <translation>«{attribute}» no es un campo que pueda usar una regla de segmento.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="179" />
            <source>Column {column}: “{attribute}” is not a field a segment rule can use. Fields: {fields}; for a custom attribute write attr:{attribute}.
{source}
{caret}</source>
            <translation>Columna {column}: «{attribute}» no es un campo que pueda usar una regla de segmento. Campos: {fields}; para un atributo propio escriba attr:{attribute}.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="186" />
            <source>The rule uses an unknown comparison “{op}”.</source>
            <translation>La regla usa una comparación desconocida: «{op}».</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="187" />
            <source>Column {column}: unknown comparison “{op}”.
{source}
{caret}</source>
            <translation>Columna {column}: comparación desconocida «{op}».
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="192" />
            <source>The comparison “{op}” cannot be used with {attribute}; use one of: {ops}.</source>
            <translation>La comparación «{op}» no se puede usar con {attribute}; use una de estas: {ops}.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="195" />
            <source>Column {column}: the comparison “{op}” cannot be used with {attribute}; use one of: {ops}.
{source}
{caret}</source>
            <translation>Columna {column}: la comparación «{op}» no se puede usar con {attribute}; use una de estas: {ops}.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="202" />
            <source>{attribute} is compared with true or false.</source>
            <translation>{attribute} se compara con true o false.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="203" />
            <source>Column {column}: {attribute} is compared with true or false.
{source}
{caret}</source>
            <translation>Columna {column}: {attribute} se compara con true o false.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="209" />
            <source>{attribute} is compared with a text value.</source>
            <translation>{attribute} se compara con un texto.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="210" />
            <source>Column {column}: {attribute} is compared with a text value.
{source}
{caret}</source>
            <translation>Columna {column}: {attribute} se compara con un texto.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="216" />
            <source>“{op}” on {attribute} needs a list of at least one text value.</source>
            <translation>«{op}» sobre {attribute} necesita una lista con al menos un texto.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="219" />
            <source>Column {column}: “{op}” on {attribute} needs a list of at least one value.
{source}
{caret}</source>
            <translation>Columna {column}: «{op}» sobre {attribute} necesita una lista con al menos un valor.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="226" />
            <source>{attribute} is compared with a date written YYYY-MM-DD, not “{value}”.</source>
            <translation>{attribute} se compara con una fecha escrita AAAA-MM-DD, no con «{value}».</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="229" />
            <source>Column {column}: {attribute} is compared with a date written YYYY-MM-DD, not “{value}”.
{source}
{caret}</source>
            <translation>Columna {column}: {attribute} se compara con una fecha escrita AAAA-MM-DD, no con «{value}».
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="236" />
            <source>The condition on {attribute} needs a value.</source>
            <translation>La condición sobre {attribute} necesita un valor.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="237" />
            <source>Column {column}: the condition on {attribute} needs a value.
{source}
{caret}</source>
            <translation>Columna {column}: la condición sobre {attribute} necesita un valor.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="300" />
            <source>The segment rule is not well formed at {path}: expected a condition {{"field", "op", "value"}} or a group "all", "any" or "not".</source>
            <translation>La regla del segmento está mal formada en {path}: se esperaba una condición {{"field", "op", "value"}} o un grupo "all", "any" o "not".</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="524" />
            <source>The rule is empty: write at least one condition.</source>
            <translation>La regla está vacía: escriba al menos una condición.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="525" />
            <source>Column {column}: unexpected character “{char}”.
{source}
{caret}</source>
            <translation>Columna {column}: carácter inesperado «{char}».
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="528" />
            <source>Column {column}: the quotation mark opened here is never closed.
{source}
{caret}</source>
            <translation>Columna {column}: las comillas que se abren aquí no se cierran.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="532" />
            <source>Column {column}: expected a condition here, such as department = "Ventas".
{source}
{caret}</source>
            <translation>Columna {column}: aquí se esperaba una condición, como departamento = "Ventas".
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="537" />
            <source>Column {column}: expected a comparison after {attribute} (=, !=, in, not in, contains, has, lacks, before, after).
{source}
{caret}</source>
            <translation>Columna {column}: se esperaba una comparación después de {attribute} (=, !=, in, not in, contains, has, lacks, before, after).
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="542" />
            <source>Column {column}: expected a value in quotes here.
{source}
{caret}</source>
            <translation>Columna {column}: aquí se esperaba un valor entre comillas.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="545" />
            <source>Column {column}: put text values in quotes: "{word}".
{source}
{caret}</source>
            <translation>Columna {column}: ponga los textos entre comillas: "{word}".
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="549" />
            <source>Column {column}: expected a list in parentheses, such as ("A", "B").
{source}
{caret}</source>
            <translation>Columna {column}: se esperaba una lista entre paréntesis, como ("A", "B").
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="553" />
            <source>Column {column}: expected “,” or “)” here.
{source}
{caret}</source>
            <translation>Columna {column}: aquí se esperaba «,» o «)».
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="556" />
            <source>Column {column}: expected “)” to close the parenthesis.
{source}
{caret}</source>
            <translation>Columna {column}: se esperaba «)» para cerrar el paréntesis.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="559" />
            <source>Column {column}: unexpected “{found}”; join conditions with and / or.
{source}
{caret}</source>
            <translation>Columna {column}: «{found}» inesperado; una las condiciones con and / or.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="563" />
            <source>Column {column}: “value in {attribute}” is for tag lists (interests, needs, expectations); for text write {attribute} contains "…".
{source}
{caret}</source>
            <translation>Columna {column}: «valor in {attribute}» es para listas de etiquetas (interests, needs, expectations); para un texto escriba {attribute} contains "…".
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="568" />
            <source>Column {column}: {attribute} is a list of tags; write "{value}" in {attribute}, or {attribute} in (…) for any of several.
{source}
{caret}</source>
            <translation>Columna {column}: {attribute} es una lista de etiquetas; escriba "{value}" in {attribute}, o {attribute} in (…) para cualquiera de varias.
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="573" />
            <source>Column {column}: “{attribute}” is not a field a segment rule can use; did you mean {suggestion}?
{source}
{caret}</source>
            <translation>Columna {column}: «{attribute}» no es un campo que pueda usar una regla de segmento; ¿quería decir {suggestion}?
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/domain/rules.py" line="578" />
            <source>Column {column}: expected the name of a custom attribute after “{word}:”.
{source}
{caret}</source>
            <translation>Columna {column}: se esperaba el nombre de un atributo propio después de «{word}:».
{source}
{caret}</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="15" />
            <source>The workspace “{path}” does not exist.</source>
            <translation>El espacio de trabajo «{path}» no existe.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="22" />
            <source>“{path}” is not a Comms Planner workspace. It was not changed.</source>
            <translation>«{path}» no es un espacio de trabajo de Comms Planner. No se ha modificado.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="32" />
            <source>The workspace “{path}” is damaged and cannot be opened ({detail}). It was not changed; restore a backup copy.</source>
            <translation>El espacio de trabajo «{path}» está dañado y no se puede abrir ({detail}). No se ha modificado; restaure una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="45" />
            <source>The workspace “{path}” was saved by a newer version of Comms Planner (format {version}; this version reads up to {supported}). Update the app to open it; the file was not changed.</source>
            <translation>El espacio de trabajo «{path}» se guardó con una versión más reciente de Comms Planner (formato {version}; esta versión lee hasta el {supported}). Actualice la aplicación para abrirlo; el archivo no se ha modificado.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="60" />
            <source>The workspace “{path}” is already open in another Comms Planner window ({holder}). Close it there, or open this one read-only.</source>
            <translation>El espacio de trabajo «{path}» ya está abierto en otra ventana de Comms Planner ({holder}). Ciérrelo allí o ábralo aquí en solo lectura.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="73" />
            <source>The workspace “{path}” is read-only: changes cannot be saved. Use “Save a copy as…” to keep working on a copy.</source>
            <translation>El espacio de trabajo «{path}» es de solo lectura: no se pueden guardar cambios. Use «Guardar una copia como…» para seguir trabajando en una copia.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="85" />
            <source>The workspace “{path}” was made by an older version and must be upgraded, which is not possible while it is open read-only.</source>
            <translation>El espacio de trabajo «{path}» se creó con una versión anterior y hay que actualizarlo, lo que no es posible mientras está abierto en solo lectura.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="97" />
            <source>The change could not be saved to “{path}” ({detail}). Nothing was changed in the workspace.</source>
            <translation>No se ha podido guardar el cambio en «{path}» ({detail}). No se ha modificado nada en el espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="112" />
            <source>The item (id {id}) no longer exists in this workspace.</source>
            <translation>El elemento (id {id}) ya no existe en este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/errors.py" line="123" />
            <source>“{name}” is still used by {users} item(s); reassign or remove them first.</source>
            <translation>«{name}» aún se usa en {users} elemento(s); reasígnelos o elimínelos antes.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/repositories.py" line="109" />
            <source>The name “{name}” is already taken; choose another one.</source>
            <translation>El nombre «{name}» ya está en uso; elija otro.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/repositories.py" line="118" />
            <source>This item refers to something that no longer exists.</source>
            <translation>Este elemento hace referencia a algo que ya no existe.</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/repositories.py" line="475" />
            <source>Every employee needs an identifier of their own; one is used twice or is already in the workspace ({detail}).</source>
            <translation>Cada empleado necesita un identificador propio; uno está repetido o ya existe en el espacio de trabajo ({detail}).</translation>
        </message>
        <message>
            <location filename="../../commsplanner/storage/workspace.py" line="107" />
            <source>“{path}” cannot be read ({detail}).</source>
            <translation>No se puede leer «{path}» ({detail}).</translation>
        </message>
    </context>
</TS>
