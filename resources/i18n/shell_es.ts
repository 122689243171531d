<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="100"/>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="110"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="121"/>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="129"/>
        <source>Comms Planner workspaces (*{suffix})</source>
        <translation>Espacios de trabajo de Comms Planner (*{suffix})</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="130"/>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="157"/>
        <source>Export calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="133"/>
        <source>An iCalendar (.ics) file that Outlook, Google Calendar or Thunderbird can import or subscribe to. Exporting again to the same file updates the events instead of duplicating them.</source>
        <translation>Un archivo iCalendar (.ics) que Outlook, Google Calendar o Thunderbird pueden importar o al que pueden suscribirse. Volver a exportar al mismo archivo actualiza los eventos en lugar de duplicarlos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="138"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Audiencia:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="139"/>
        <source>Every audience</source>
        <translation>Todas las audiencias</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="141"/>
        <source>Only communications sent to this segment (directly or by their campaign)</source>
        <translation>Solo las comunicaciones dirigidas a este segmento (directamente o por su campaña)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="143"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="144"/>
        <source>Every campaign</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="145"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="146"/>
        <source>Only from</source>
        <translation>Solo del</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="147"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="148"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="149"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="150"/>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="151"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="152"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="159"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="167"/>
        <source>Choose where to save the calendar file.</source>
        <translation>Elige dónde guardar el archivo de calendario.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="169"/>
        <source>“{path}” is a folder; add a file name.</source>
        <translation>«{path}» es una carpeta; añade un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/ics_dialog.py" line="171"/>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="493"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="494"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="495"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="496"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="497"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="498"/>
        <source>Create an empty workspace file</source>
        <translation>Crear un archivo de espacio de trabajo vacío</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="499"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="500"/>
        <source>Open a workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="501"/>
        <source>Open &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="503"/>
        <source>Create a fresh copy of the demo organisation and open it</source>
        <translation>Crear una copia nueva de la organización de demostración y abrirla</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="505"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="506"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="507"/>
        <source>Save a &amp;copy as…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="508"/>
        <source>Write a copy of this workspace to another file</source>
        <translation>Escribir una copia de este espacio de trabajo en otro archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="509"/>
        <source>C&amp;lose workspace</source>
        <translation>Cerrar el espacio de &amp;trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="510"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="511"/>
        <source>&amp;Import directory…</source>
        <translation>&amp;Importar el directorio…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="513"/>
        <source>Import or update the employee directory from a CSV or Excel file</source>
        <translation>Importar o actualizar el directorio de empleados desde un archivo CSV o Excel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="515"/>
        <source>Import &amp;measurements…</source>
        <translation>Importar &amp;mediciones…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="517"/>
        <source>Import survey results and other measurements from a CSV or Excel file</source>
        <translation>Importar resultados de encuestas y otras mediciones desde un archivo CSV o Excel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="519"/>
        <source>&amp;Export plan to Word…</source>
        <translation>Exportar el plan a &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="521"/>
        <source>Write the communication plan as a Word document for leadership</source>
        <translation>Escribir el plan de comunicación como documento Word para la dirección</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="523"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Exportar el ca&amp;lendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="525"/>
        <source>Write the planned communications as an iCalendar file</source>
        <translation>Escribir las comunicaciones planificadas como archivo iCalendar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="527"/>
        <source>&amp;Back up now</source>
        <translation>Hacer una copia de seg&amp;uridad ahora</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="529"/>
        <source>Write a timestamped backup of this workspace to the backups folder</source>
        <translation>Escribir una copia de seguridad fechada de este espacio de trabajo en la carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="531"/>
        <source>&amp;Restore from backup…</source>
        <translation>Restaurar una c&amp;opia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="532"/>
        <source>Go back to an earlier state of this workspace</source>
        <translation>Volver a un estado anterior de este espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="533"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="535"/>
        <source>Language, theme, backups and the open workspace&apos;s settings</source>
        <translation>Idioma, tema, copias de seguridad y ajustes del espacio de trabajo abierto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="537"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="538"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="539"/>
        <source>The pages of the open workspace</source>
        <translation>Las páginas del espacio de trabajo abierto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="540"/>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="541"/>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="542"/>
        <source>&amp;About Comms Planner</source>
        <translation>&amp;Acerca de Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="543"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="667"/>
        <source>Workspace created: {path}</source>
        <translation>Espacio de trabajo creado: {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="686"/>
        <source>Preparing the demo organisation</source>
        <translation>Preparando la organización de demostración</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="688"/>
        <source>Writing the demo workspace…</source>
        <translation>Escribiendo el espacio de trabajo de demostración…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="703"/>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="714"/>
        <source>A copy cannot replace the workspace that is open; choose another name.</source>
        <translation>Una copia no puede sustituir al espacio de trabajo abierto; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="727"/>
        <source>Copy saved as {path}</source>
        <translation>Copia guardada como {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="755"/>
        <source>Measurements imported: {added} added, {updated} updated.</source>
        <translation>Mediciones importadas: {added} añadidas, {updated} actualizadas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="771"/>
        <source>Plan exported to {path}</source>
        <translation>Plan exportado a {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="792"/>
        <source>Exporting the calendar</source>
        <translation>Exportando el calendario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="800"/>
        <source>Export calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="803"/>
        <source>{count} events exported to {path}</source>
        <translation>{count} eventos exportados a {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="818"/>
        <source>Writing a backup…</source>
        <translation>Escribiendo una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="835"/>
        <source>Backup saved: {name}</source>
        <translation>Copia de seguridad guardada: {name}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="842"/>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="858"/>
        <source>Reading the backups</source>
        <translation>Leyendo las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="879"/>
        <source>Restoring the backup</source>
        <translation>Restaurando la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="891"/>
        <source>The backup of {when} was restored. The replaced state was saved as {name}.</source>
        <translation>Se restauró la copia de seguridad del {when}. El estado sustituido se guardó como {name}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="948"/>
        <source>Change the workspace settings</source>
        <translation>Cambiar los ajustes del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="977"/>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1195"/>
        <location filename="../../commsplanner/ui/main_window.py" line="1198"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1196"/>
        <location filename="../../commsplanner/ui/main_window.py" line="1199"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1237"/>
        <source>{name} (read-only)</source>
        <translation>{name} (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1241"/>
        <source>Read-only: {path}</source>
        <translation>Solo lectura: {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1248"/>
        <source>About Comms Planner</source>
        <translation>Acerca de Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1284"/>
        <source>Plans internal communication for employees as internal customers: audiences, campaigns, calendar and Word plans.</source>
        <translation>Planifica la comunicación interna con los empleados como clientes internos: audiencias, campañas, calendario y planes en Word.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="1287"/>
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
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="291"/>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="294"/>
        <source>A workspace file holds one organisation&apos;s plan. These choices can be changed later in Edit ▸ Preferences and on the Strategy page.</source>
        <translation>Un archivo de espacio de trabajo contiene el plan de una organización. Estas elecciones pueden cambiarse después en Editar ▸ Preferencias y en la página de Estrategia.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="298"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="299"/>
        <source>e.g. Banco Andino</source>
        <translation>p. ej., Banco Andino</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="300"/>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="301"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="302"/>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Festivos de:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="303"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="305"/>
        <source>Language of the plan&apos;s exports (Word plans, calendar files)</source>
        <translation>Idioma de las exportaciones del plan (planes en Word, archivos de calendario)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="307"/>
        <source>The company&apos;s &amp;values:</source>
        <translation>Los &amp;valores de la empresa:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="308"/>
        <source>Then import the employee directory (CSV or Excel)</source>
        <translation>Después, importar el directorio de empleados (CSV o Excel)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="309"/>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="338"/>
        <source>Choose where to save the workspace file.</source>
        <translation>Elige dónde guardar el archivo del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="341"/>
        <source>“{path}” already exists; choose another name.</source>
        <translation>«{path}» ya existe; elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="345"/>
        <source>The folder “{folder}” does not exist.</source>
        <translation>La carpeta «{folder}» no existe.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="350"/>
        <source>Two values have the same name; give each value its own name.</source>
        <translation>Dos valores tienen el mismo nombre; da a cada valor un nombre propio.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="115"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="237"/>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="238"/>
        <source>Audience segments</source>
        <translation>Segmentos de audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="239"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="240"/>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="245"/>
        <location filename="../../commsplanner/ui/overview.py" line="250"/>
        <location filename="../../commsplanner/ui/overview.py" line="295"/>
        <source>Next communications</source>
        <translation>Próximas comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="247"/>
        <source>Date, time, title, campaign and channel of the next communications</source>
        <translation>Fecha, hora, título, campaña y canal de las próximas comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="249"/>
        <location filename="../../commsplanner/ui/overview.py" line="251"/>
        <source>Corporate values</source>
        <translation>Valores corporativos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="254"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="255"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="256"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="257"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="258"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="261"/>
        <source>Nothing is planned from today on.</source>
        <translation>No hay nada planificado de hoy en adelante.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="263"/>
        <source>No corporate values yet. Campaigns are weighed against them once added.</source>
        <translation>Todavía no hay valores corporativos. Cuando los añada, las campañas se valorarán frente a ellos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="286"/>
        <source>Unnamed organisation</source>
        <translation>Organización sin nombre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="305"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/overview.py" line="307"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="325"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="326"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="327"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="328"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="329"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="330"/>
        <location filename="../../commsplanner/ui/preferences.py" line="336"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="332"/>
        <source>The language of menus and dialogs; applied at once</source>
        <translation>El idioma de menús y diálogos; se aplica al instante</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="334"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="336"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="336"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="339"/>
        <source>&amp;Back up every:</source>
        <translation>&amp;Copia de seguridad cada:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="340"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="341"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="344"/>
        <source>Every change is saved to the workspace at once. Backups are extra copies, written only when the workspace changed since the last one.</source>
        <translation>Cada cambio se guarda en el espacio de trabajo al momento. Las copias de seguridad son copias adicionales, que solo se escriben si el espacio de trabajo cambió desde la última.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="348"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Conservar:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="349"/>
        <source> backups per workspace</source>
        <translation> copias por espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="350"/>
        <source>Older backups are deleted. File ▸ Restore from backup… lists them.</source>
        <translation>Las copias más antiguas se eliminan. Archivo ▸ Restaurar una copia de seguridad… las muestra.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="352"/>
        <source>They are kept in “{folder}”.</source>
        <translation>Se guardan en «{folder}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="358"/>
        <source>Open a workspace to change its settings (holidays, caps, week start…).</source>
        <translation>Abre un espacio de trabajo para cambiar sus ajustes (festivos, límites, inicio de semana…).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="362"/>
        <source>This workspace is open read-only: its settings cannot be changed.</source>
        <translation>Este espacio de trabajo está abierto en solo lectura: sus ajustes no se pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="367"/>
        <source>These settings are stored in the workspace, so everyone who opens it plans with the same holidays, caps and week.</source>
        <translation>Estos ajustes se guardan en el espacio de trabajo, así que todo el que lo abre planifica con los mismos festivos, límites y semana.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="371"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="372"/>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Festivos de:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="373"/>
        <source>E&amp;xports in:</source>
        <translation>E&amp;xportaciones en:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="375"/>
        <source>Language of the Word plans and calendar files made from this workspace</source>
        <translation>Idioma de los planes en Word y de los archivos de calendario hechos desde este espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="377"/>
        <source>Weekly &amp;cap:</source>
        <translation>&amp;Límite semanal:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="378"/>
        <source> communications per person</source>
        <translation> comunicaciones por persona</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="381"/>
        <source>How many communications one person may receive in a week across all channels; more is flagged as audience overload on the calendar.</source>
        <translation>Cuántas comunicaciones puede recibir una persona en una semana sumando todos los canales; si son más, el calendario lo marca como sobrecarga de la audiencia.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="385"/>
        <source>&amp;Week starts on:</source>
        <translation>La &amp;semana empieza el:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="387"/>
        <source>First day of the week in the calendar and in the weekly caps</source>
        <translation>Primer día de la semana en el calendario y en los límites semanales</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="389"/>
        <source>&amp;Anonymity threshold:</source>
        <translation>&amp;Umbral de anonimato:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="390"/>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="393"/>
        <source>Groups smaller than this are never shown, charted or exported, so that nobody can be singled out in results or profiles.</source>
        <translation>Los grupos más pequeños que esto nunca se muestran, grafican ni exportan, para que nadie pueda ser identificado en resultados o perfiles.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="127"/>
        <source>Public holidays of this country are shown on the calendar and warned about</source>
        <translation>Los festivos de este país se muestran en el calendario y se avisa de ellos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="129"/>
        <source>Country for public holidays</source>
        <translation>País de los festivos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="131"/>
        <source>Regional holidays (a state, province or autonomous community) come on top</source>
        <translation>Los festivos regionales (de un estado, provincia o comunidad autónoma) se suman</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="133"/>
        <source>Region for public holidays</source>
        <translation>Región de los festivos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/preferences.py" line="135"/>
        <location filename="../../commsplanner/ui/preferences.py" line="141"/>
        <source>Whole country</source>
        <translation>Todo el país</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="156"/>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>Esta copia de seguridad está dañada y no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="186"/>
        <location filename="../../commsplanner/ui/backups_ui.py" line="239"/>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="189"/>
        <source>Choose the state to go back to. What “{name}” holds now is saved as one more backup first, so the restore can itself be undone.</source>
        <translation>Elige el estado al que volver. Lo que contiene ahora «{name}» se guarda antes como una copia de seguridad más, así que la restauración también se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="195"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="196"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="197"/>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="198"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="199"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="200"/>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="203"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="206"/>
        <source>There are no backups of this workspace yet. They are written every few minutes while you work (see Edit ▸ Preferences), or with File ▸ Back up now.</source>
        <translation>Todavía no hay copias de seguridad de este espacio de trabajo. Se escriben cada pocos minutos mientras trabajas (ver Editar ▸ Preferencias) o con Archivo ▸ Hacer una copia de seguridad ahora.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="210"/>
        <location filename="../../commsplanner/ui/backups_ui.py" line="251"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="241"/>
        <source>Replace the workspace&apos;s content by the backup of {when}?</source>
        <translation>¿Sustituir el contenido del espacio de trabajo por la copia de seguridad del {when}?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/backups_ui.py" line="246"/>
        <source>Its current content is kept as a backup, so you can come back to it.</source>
        <translation>Su contenido actual se conserva como copia de seguridad, así que puedes volver a él.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../commsplanner/ui/shortcuts_dialog.py" line="83"/>
        <location filename="../../commsplanner/ui/shortcuts_dialog.py" line="85"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/shortcuts_dialog.py" line="84"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/shortcuts_dialog.py" line="84"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/shortcuts_dialog.py" line="88"/>
        <source>In the calendar: arrows move the selected day, Page Up and Page Down change the period, T goes to today, Enter opens the selected communication, Ctrl++ and Ctrl+- zoom the timeline.</source>
        <translation>En el calendario: las flechas mueven el día seleccionado, Re Pág y Av Pág cambian de periodo, T va a hoy, Intro abre la comunicación seleccionada, Ctrl++ y Ctrl+- acercan y alejan la línea de tiempo.</translation>
    </message>
</context>
<context>
    <name>ValuesEditor</name>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="124"/>
        <source>Corporate values</source>
        <translation>Valores corporativos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="125"/>
        <source>Double-click a name to change it</source>
        <translation>Haz doble clic en un nombre para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="126"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="127"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="128"/>
        <source>C&amp;olour…</source>
        <translation>C&amp;olor…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="129"/>
        <source>The colour of the value in calendars and charts</source>
        <translation>El color del valor en calendarios y gráficos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="130"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="131"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/new_workspace.py" line="165"/>
        <source>New value</source>
        <translation>Nuevo valor</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="225"/>
        <source>Welcome to Comms Planner</source>
        <translation>Te damos la bienvenida a Comms Planner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="228"/>
        <source>Plan internal communication for your employees as internal customers: know your audiences, plan campaigns against your values and goals, and see them on a calendar. Explore the demo organisation, create your own workspace, or start by importing your employee directory.</source>
        <translation>Planifica la comunicación interna para tus empleados como clientes internos: conoce tus audiencias, planifica campañas según tus valores y objetivos y míralas en un calendario. Explora la organización de demostración, crea tu propio espacio de trabajo o empieza importando tu directorio de empleados.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="235"/>
        <source>No workspace is open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="238"/>
        <source>A workspace file holds a whole communication plan: employees, audiences, campaigns and their calendar. Open one, start a new one, or explore the demo organisation.</source>
        <translation>Un archivo de espacio de trabajo contiene un plan de comunicación completo: empleados, audiencias, campañas y su calendario. Abra uno, empiece uno nuevo o explore la organización de demostración.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="243"/>
        <source>New workspace…</source>
        <translation>Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="245"/>
        <source>Name your organisation, its holidays, language and values</source>
        <translation>Indica tu organización, sus festivos, su idioma y sus valores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="247"/>
        <source>Open workspace…</source>
        <translation>Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="249"/>
        <source>Open the demo</source>
        <translation>Abrir la demostración</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="249"/>
        <source>Explore the demo</source>
        <translation>Explorar la demostración</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="252"/>
        <source>A made-up bank with 2,000 employees and a year of campaigns to try things on</source>
        <translation>Un banco inventado con 2.000 empleados y un año de campañas para probar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="254"/>
        <source>Import a directory…</source>
        <translation>Importar un directorio…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="256"/>
        <source>Create a workspace, then import your employee directory from CSV or Excel</source>
        <translation>Crear un espacio de trabajo y después importar tu directorio de empleados desde CSV o Excel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/main_window.py" line="258"/>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/backups.py" line="40"/>
        <source>The backup could not be written to “{folder}” ({detail}). The workspace itself is unchanged.</source>
        <translation>No se pudo escribir la copia de seguridad en «{folder}» ({detail}). El espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/backups.py" line="121"/>
        <source>The backups in “{folder}” cannot be read ({detail}).</source>
        <translation>No se pueden leer las copias de seguridad de «{folder}» ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/backups.py" line="217"/>
        <source>“{path}” could not be read to back it up ({detail}).</source>
        <translation>No se pudo leer «{path}» para hacer su copia de seguridad ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/backups.py" line="242"/>
        <source>The backup “{name}” no longer exists.</source>
        <translation>La copia de seguridad «{name}» ya no existe.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/backups.py" line="249"/>
        <source>The backup “{name}” cannot be restored: it is damaged or not a workspace ({detail}). The workspace was not changed.</source>
        <translation>No se puede restaurar la copia de seguridad «{name}»: está dañada o no es un espacio de trabajo ({detail}). El espacio de trabajo no se ha cambiado.</translation>
    </message>
</context>
</TS>
