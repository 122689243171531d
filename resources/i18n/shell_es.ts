<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="94"/>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="104"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="115"/>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="123"/>
        <source>Comms Planner workspaces (*{suffix})</source>
        <translation>Espacios de trabajo de Comms Planner (*{suffix})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="372"/>
        <source>&amp;File</source>
        <extracomment>The session now shown (None when no workspace is open). Emitted once, after the first page was painted (start-up is over for the user). Emitted once every page class of the sidebar has been imported. The id of the page now shown.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="373"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="374"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="375"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="376"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="377"/>
        <source>Create an empty workspace file</source>
        <translation>Crear un archivo de espacio de trabajo vacío</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="378"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="379"/>
        <source>Open a workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="380"/>
        <source>Open &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="382"/>
        <source>Create a fresh copy of the demo organisation and open it</source>
        <translation>Crear una copia nueva de la organización de demostración y abrirla</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="384"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="385"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="386"/>
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="387"/>
        <source>Write a copy of this workspace to another file</source>
        <translation>Escribir una copia de este espacio de trabajo en otro archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="388"/>
        <source>C&amp;lose workspace</source>
        <translation>Cerrar el espacio de &amp;trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="389"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="390"/>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="391"/>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="392"/>
        <source>&amp;About Comms Planner</source>
        <translation>&amp;Acerca de Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="393"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="502"/>
        <source>Preparing the demo organisation</source>
        <translation>Preparando la organización de demostración</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="504"/>
        <source>Writing the demo workspace…</source>
        <translation>Escribiendo el espacio de trabajo de demostración…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="519"/>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="530"/>
        <source>A copy cannot replace the workspace that is open; choose another name.</source>
        <translation>Una copia no puede sustituir al espacio de trabajo abierto; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="543"/>
        <source>Copy saved as {path}</source>
        <translation>Copia guardada como {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="563"/>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="728"/>
        <location filename="../../commsplanner/ui/main_window.py" line="731"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="729"/>
        <location filename="../../commsplanner/ui/main_window.py" line="732"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="759"/>
        <source>{name} (read-only)</source>
        <translation>{name} (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="763"/>
        <source>Read-only: {path}</source>
        <translation>Solo lectura: {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="770"/>
        <source>About Comms Planner</source>
        <translation>Acerca de Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="805"/>
        <source>Plans internal communication for employees as internal customers: audiences, campaigns, calendar and Word plans.</source>
        <translation>Planifica la comunicación interna con los empleados como clientes internos: audiencias, campañas, calendario y planes en Word.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="808"/>
        <source>Running on</source>
        <translation>Funciona con</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="25"/>
        <source>“{path}” could not be used ({detail}).</source>
        <translation>No se pudo usar «{path}» ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="31"/>
        <source>An unexpected error occurred: {detail}</source>
        <translation>Se produjo un error inesperado: {detail}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="45"/>
        <source>Comms Planner</source>
        <translation>Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="49"/>
        <source>Your workspace keeps every change that was completed. If this happens again, send the details below to whoever supports the app.</source>
        <translation>Su espacio de trabajo conserva todos los cambios que llegaron a completarse. Si vuelve a ocurrir, envíe los detalles de abajo a quien dé soporte a la aplicación.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="69"/>
        <source>Workspace in use</source>
        <translation>Espacio de trabajo en uso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="72"/>
        <source>You can open it read-only to look at it and save a copy, without changing it.</source>
        <translation>Puede abrirlo en solo lectura para consultarlo y guardar una copia, sin modificarlo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/messages.py" line="78"/>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="106"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="228"/>
        <source>Employees</source>
        <extracomment>Which day counts as today; replaceable in tests.</extracomment>
        <translation>Empleados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="229"/>
        <source>Audience segments</source>
        <translation>Segmentos de audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="230"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="231"/>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="232"/>
        <location filename="../../commsplanner/ui/overview.py" line="276"/>
        <source>Next communications</source>
        <translation>Próximas comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="233"/>
        <source>Corporate values</source>
        <translation>Valores corporativos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="236"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="237"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="238"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="239"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="240"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="243"/>
        <source>Nothing is planned from today on.</source>
        <translation>No hay nada planificado de hoy en adelante.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="245"/>
        <source>No corporate values yet. Campaigns are weighed against them once added.</source>
        <translation>Todavía no hay valores corporativos. Cuando los añada, las campañas se valorarán frente a ellos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="267"/>
        <source>Unnamed organisation</source>
        <translation>Organización sin nombre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="285"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="287"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="171"/>
        <source>No workspace is open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="174"/>
        <source>A workspace file holds a whole communication plan: employees, audiences, campaigns and their calendar. Open one, start a new one, or explore the demo organisation.</source>
        <translation>Un archivo de espacio de trabajo contiene un plan de comunicación completo: empleados, audiencias, campañas y su calendario. Abra uno, empiece uno nuevo o explore la organización de demostración.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="179"/>
        <source>New workspace…</source>
        <translation>Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="180"/>
        <source>Open workspace…</source>
        <translation>Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="181"/>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
</context>
</TS>
