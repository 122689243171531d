<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="99" />
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="109" />
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="120" />
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="128" />
        <source>Comms Planner workspaces (*{suffix})</source>
        <translation>Espacios de trabajo de Comms Planner (*{suffix})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="423" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="424" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="425" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="426" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="427" />
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="428" />
        <source>Create an empty workspace file</source>
        <translation>Crear un archivo de espacio de trabajo vacío</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="429" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="430" />
        <source>Open a workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="431" />
        <source>Open &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="433" />
        <source>Create a fresh copy of the demo organisation and open it</source>
        <translation>Crear una copia nueva de la organización de demostración y abrirla</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="435" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="436" />
        <source>&amp;Clear list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="437" />
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="438" />
        <source>Write a copy of this workspace to another file</source>
        <translation>Escribir una copia de este espacio de trabajo en otro archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="439" />
        <source>C&amp;lose workspace</source>
        <translation>Cerrar el espacio de &amp;trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="440" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="441" />
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="442" />
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="443" />
        <source>&amp;About Comms Planner</source>
        <translation>&amp;Acerca de Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="444" />
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="554" />
        <source>Preparing the demo organisation</source>
        <translation>Preparando la organización de demostración</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="556" />
        <source>Writing the demo workspace…</source>
        <translation>Escribiendo el espacio de trabajo de demostración…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="571" />
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="582" />
        <source>A copy cannot replace the workspace that is open; choose another name.</source>
        <translation>Una copia no puede sustituir al espacio de trabajo abierto; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="595" />
        <source>Copy saved as {path}</source>
        <translation>Copia guardada como {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="614" />
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="819" />
        <location filename="../../commsplanner/ui/main_window.py" line="822" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="820" />
        <location filename="../../commsplanner/ui/main_window.py" line="823" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="851" />
        <source>{name} (read-only)</source>
        <translation>{name} (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="855" />
        <source>Read-only: {path}</source>
        <translation>Solo lectura: {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="862" />
        <source>About Comms Planner</source>
        <translation>Acerca de Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="897" />
        <source>Plans internal communication for employees as internal customers: audiences, campaigns, calendar and Word plans.</source>
        <translation>Planifica la comunicación interna con los empleados como clientes internos: audiencias, campañas, calendario y planes en Word.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="900" />
        <source>Running on</source>
        <translation>Funciona con</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="25" />
        <source>“{path}” could not be used ({detail}).</source>
        <translation>No se pudo usar «{path}» ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="31" />
        <source>An unexpected error occurred: {detail}</source>
        <translation>Se produjo un error inesperado: {detail}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="45" />
        <source>Comms Planner</source>
        <translation>Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="49" />
        <source>Your workspace keeps every change that was completed. If this happens again, send the details below to whoever supports the app.</source>
        <translation>Su espacio de trabajo conserva todos los cambios que llegaron a completarse. Si vuelve a ocurrir, envíe los detalles de abajo a quien dé soporte a la aplicación.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="69" />
        <source>Workspace in use</source>
        <translation>Espacio de trabajo en uso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="72" />
        <source>You can open it read-only to look at it and save a copy, without changing it.</source>
        <translation>Puede abrirlo en solo lectura para consultarlo y guardar una copia, sin modificarlo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="78" />
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="115" />
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="237" />
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="238" />
        <source>Audience segments</source>
        <translation>Segmentos de audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="239" />
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="240" />
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="241" />
        <location filename="../../commsplanner/ui/overview.py" line="286" />
        <source>Next communications</source>
        <translation>Próximas comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="242" />
        <source>Corporate values</source>
        <translation>Valores corporativos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="245" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="246" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="247" />
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="248" />
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="249" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="252" />
        <source>Nothing is planned from today on.</source>
        <translation>No hay nada planificado de hoy en adelante.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="254" />
        <source>No corporate values yet. Campaigns are weighed against them once added.</source>
        <translation>Todavía no hay valores corporativos. Cuando los añada, las campañas se valorarán frente a ellos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="277" />
        <source>Unnamed organisation</source>
        <translation>Organización sin nombre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="296" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="298" />
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="212" />
        <source>No workspace is open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="215" />
        <source>A workspace file holds a whole communication plan: employees, audiences, campaigns and their calendar. Open one, start a new one, or explore the demo organisation.</source>
        <translation>Un archivo de espacio de trabajo contiene un plan de comunicación completo: empleados, audiencias, campañas y su calendario. Abra uno, empiece uno nuevo o explore la organización de demostración.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="220" />
        <source>New workspace…</source>
        <translation>Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="221" />
        <source>Open workspace…</source>
        <translation>Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="222" />
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="223" />
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
</context>
</TS>
