<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DocxCli</name>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="50" />
        <source>Writing the Word plan… {percent} %</source>
        <translation>Escribiendo el plan en Word… {percent} %</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="65" />
        <source>Plan written to {path}</source>
        <translation>Plan guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="79" />
        <source>“{text}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«{text}» no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="98" />
        <source>Export the communication plan of a workspace to Word (.docx).</source>
        <translation>Exporta el plan de comunicación de un espacio de trabajo a Word (.docx).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="102" />
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="103" />
        <source>The workspace file (.commsplan); it is opened read-only.</source>
        <translation>El archivo del espacio de trabajo (.commsplan); se abre en solo lectura.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="107" />
        <source>OUT.docx</source>
        <translation>SALIDA.docx</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="108" />
        <source>The Word file to write (replaced atomically if it exists).</source>
        <translation>El archivo de Word que se escribe (si existe, se sustituye de forma atómica).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="115" />
        <source>Language of the document (default: the message language).</source>
        <translation>Idioma del documento (por defecto, el de los mensajes).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="121" />
        <location filename="../../commsplanner/cli_docx.py" line="128" />
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="122" />
        <source>First day of the period (default: the start of the plan).</source>
        <translation>Primer día del periodo (por defecto, el inicio del plan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="129" />
        <source>Last day of the period (default: the end of the plan).</source>
        <translation>Último día del periodo (por defecto, el final del plan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="134" />
        <source>Write the 2–4 page leadership summary instead of the full plan.</source>
        <translation>Escribe el resumen para la dirección (2–4 páginas) en lugar del plan completo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="140" />
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="141" />
        <source>A corporate Word document or template (.docx/.dotx) to take styles from.</source>
        <translation>Un documento o plantilla corporativa de Word (.docx/.dotx) del que tomar los estilos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="147" />
        <source>IMAGE</source>
        <translation>IMAGEN</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="148" />
        <source>A logo for the cover (PNG, JPEG, GIF or BMP).</source>
        <translation>Un logotipo para la portada (PNG, JPEG, GIF o BMP).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="154" />
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="155" />
        <source>Version shown on the cover (default: 1.0).</source>
        <translation>Versión que aparece en la portada (por defecto, 1.0).</translation>
    </message>
</context>
<context>
    <name>DocxExportDialog</name>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="225" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="449" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="454" />
        <source>Export plan to Word</source>
        <translation>Exportar el plan a Word</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="227" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="228" />
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="229" />
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="230" />
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="231" />
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="232" />
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="233" />
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="237" />
        <source>Full plan (every campaign and communication)</source>
        <translation>Plan completo (todas las campañas y comunicaciones)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="238" />
        <source>Leadership summary (2–4 pages)</source>
        <translation>Resumen para la dirección (2–4 páginas)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="239" />
        <source>Whole plan</source>
        <translation>Todo el plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="240" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="241" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="242" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="243" />
        <source>Built-in style</source>
        <translation>Estilo incorporado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="244" />
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="247" />
        <source>A corporate Word document or template (.docx, .dotx) gives the plan its styles, fonts, colours, header and logo.</source>
        <translation>Un documento o plantilla corporativa de Word (.docx, .dotx) da al plan sus estilos, fuentes, colores, encabezado y logotipo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="251" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="252" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="263" />
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="253" />
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="262" />
        <source>Audiences</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="254" />
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="256" />
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="257" />
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="258" />
        <source>Sections to include</source>
        <translation>Secciones que se incluyen</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="260" />
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="261" />
        <source>Goals and values</source>
        <translation>Objetivos y valores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="264" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="265" />
        <source>Channel mix</source>
        <translation>Combinación de canales</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="266" />
        <source>Measurement plan</source>
        <translation>Plan de medición</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="267" />
        <source>Risks and conflicts</source>
        <translation>Riesgos y conflictos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="268" />
        <source>Appendix: definitions</source>
        <translation>Anexo: definiciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="272" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="323" />
        <source>Choose where to save the Word file.</source>
        <translation>Elija dónde guardar el archivo de Word.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="325" />
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="327" />
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="329" />
        <source>Choose at least one campaign.</source>
        <translation>Elija al menos una campaña.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="331" />
        <source>The template file does not exist.</source>
        <translation>El archivo de plantilla no existe.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="333" />
        <source>The logo file does not exist.</source>
        <translation>El archivo del logotipo no existe.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="351" />
        <source>Save the plan as</source>
        <translation>Guardar el plan como</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="353" />
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="363" />
        <source>Choose a corporate template</source>
        <translation>Elija una plantilla corporativa</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="365" />
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documentos y plantillas de Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="373" />
        <source>Choose a logo</source>
        <translation>Elija un logotipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="375" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="396" />
        <source>Plan exported</source>
        <translation>Plan exportado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="398" />
        <source>The plan was saved as “{path}”.</source>
        <translation>El plan se ha guardado como «{path}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="403" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="439" />
        <source>Exporting the plan to Word</source>
        <translation>Exportando el plan a Word</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/export/docx_dialog.py" line="441" />
        <source>Writing “{name}”…</source>
        <translation>Escribiendo «{name}»…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="70" />
        <source>“{path}” is open in another program (Word, LibreOffice…). Close it there and export again; the previous file was kept.</source>
        <translation>«{path}» está abierto en otro programa (Word, LibreOffice…). Ciérrelo allí y vuelva a exportar; se ha conservado el archivo anterior.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="81" />
        <source>“{path}” is read-only. Choose another file name or make it writable; the previous file was kept.</source>
        <translation>«{path}» es de solo lectura. Elija otro nombre de archivo o permita escribir en él; se ha conservado el archivo anterior.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="92" />
        <source>The Word file cannot be written in the folder “{folder}” ({detail}). Choose another folder; nothing was changed.</source>
        <translation>No se puede escribir el archivo de Word en la carpeta «{folder}» ({detail}). Elija otra carpeta; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="104" />
        <source>The Word file “{path}” could not be written ({detail}). The previous file was kept.</source>
        <translation>No se ha podido escribir el archivo de Word «{path}» ({detail}). Se ha conservado el archivo anterior.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="115" />
        <source>The template “{path}” cannot be used ({detail}). Choose a Word document (.docx) or template (.dotx), or export without a template.</source>
        <translation>No se puede usar la plantilla «{path}» ({detail}). Elija un documento (.docx) o una plantilla (.dotx) de Word, o exporte sin plantilla.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="127" />
        <source>The logo “{path}” cannot be read as a PNG, JPEG, GIF or BMP image.</source>
        <translation>El logotipo «{path}» no se puede leer como imagen PNG, JPEG, GIF o BMP.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_docx.py" line="34" />
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}).</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1117" />
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1118" />
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1119" />
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1120" />
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1121" />
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1122" />
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1123" />
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1124" />
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1125" />
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1126" />
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1127" />
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1128" />
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="130" />
        <source>No values or no months to show</source>
        <translation>No hay valores ni meses que mostrar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="172" />
        <source>Weighted communications</source>
        <translation>Comunicaciones ponderadas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="255" />
        <source>No campaigns in this period</source>
        <translation>No hay campañas en este periodo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="300" />
        <source>two-way</source>
        <translation>bidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="308" />
        <source>Listening share</source>
        <translation>Peso de la escucha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="313" />
        <location filename="../../commsplanner/services/export_docx.py" line="2013" />
        <source>One-way</source>
        <translation>Unidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="314" />
        <location filename="../../commsplanner/services/export_docx.py" line="1974" />
        <location filename="../../commsplanner/services/export_docx.py" line="2011" />
        <source>Two-way</source>
        <translation>Bidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="348" />
        <source>No communications in this period</source>
        <translation>No hay comunicaciones en este periodo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="352" />
        <source>Communications per channel</source>
        <translation>Comunicaciones por canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="231" />
        <source>file not found</source>
        <translation>no se encuentra el archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="262" />
        <source>templates with macros are not supported</source>
        <translation>las plantillas con macros no se admiten</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="360" />
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="361" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="362" />
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="363" />
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="364" />
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="365" />
        <source>Live</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="366" />
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="367" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="374" />
        <location filename="../../commsplanner/services/export_docx.py" line="398" />
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="375" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="376" />
        <location filename="../../commsplanner/services/export_docx.py" line="393" />
        <location filename="../../commsplanner/services/export_docx.py" line="395" />
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="377" />
        <location filename="../../commsplanner/services/export_docx.py" line="392" />
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="384" />
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="386" />
        <source>secondary</source>
        <translation>secundario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="394" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="396" />
        <location filename="../../commsplanner/services/export_docx.py" line="397" />
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="405" />
        <location filename="../../commsplanner/services/export_docx.py" line="406" />
        <location filename="../../commsplanner/services/export_docx.py" line="412" />
        <location filename="../../commsplanner/services/export_docx.py" line="2255" />
        <source>Audience overload</source>
        <translation>Saturación de la audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="407" />
        <location filename="../../commsplanner/services/export_docx.py" line="408" />
        <location filename="../../commsplanner/services/export_docx.py" line="2261" />
        <source>Channel capacity</source>
        <translation>Capacidad del canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="409" />
        <location filename="../../commsplanner/services/export_docx.py" line="428" />
        <location filename="../../commsplanner/services/export_docx.py" line="2267" />
        <source>Blackout period</source>
        <translation>Periodo bloqueado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="410" />
        <source>Public holiday</source>
        <translation>Día festivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="411" />
        <source>Weekend</source>
        <translation>Fin de semana</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="413" />
        <source>Audience overload on a channel</source>
        <translation>Saturación de la audiencia en un canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="414" />
        <source>Same audience, same day</source>
        <translation>Misma audiencia, mismo día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="415" />
        <source>No audience</source>
        <translation>Sin audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="425" />
        <source>Campaign starts</source>
        <translation>Inicio de campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="426" />
        <source>Key moment</source>
        <translation>Momento clave</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="427" />
        <source>Goal due</source>
        <translation>Fecha del objetivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="429" />
        <location filename="../../commsplanner/services/export_docx.py" line="2242" />
        <source>Pulse survey</source>
        <translation>Encuesta de pulso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="438" />
        <source>{names} and {n} more</source>
        <translation>{names} y {n} más</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="849" />
        <source>Figure {n}.</source>
        <translation>Figura {n}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1051" />
        <source>Version {version} · {date}</source>
        <translation>Versión {version} · {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1055" />
        <location filename="../../commsplanner/services/export_docx.py" line="1094" />
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1057" />
        <location filename="../../commsplanner/services/export_docx.py" line="1096" />
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1102" />
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1147" />
        <source>Right-click and choose Update field to build the table of contents.</source>
        <translation>Haga clic con el botón derecho y elija «Actualizar campos» para generar el índice.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1160" />
        <location filename="../../commsplanner/services/export_docx.py" line="1280" />
        <location filename="../../commsplanner/services/export_docx.py" line="2454" />
        <source>Internal communication plan</source>
        <translation>Plan de comunicación interna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1169" />
        <source>Draft, not yet submitted for approval</source>
        <translation>Borrador, aún no enviado a aprobación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1173" />
        <source>Approved by {who} on {date}</source>
        <translation>Aprobado por {who} el {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1175" />
        <source>Returned for changes by {who} on {date}</source>
        <translation>Devuelto para cambios por {who} el {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1178" />
        <source>Submitted for approval by {who} on {date}</source>
        <translation>Enviado a aprobación por {who} el {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1278" />
        <location filename="../../commsplanner/services/export_docx.py" line="1333" />
        <source>Internal communications</source>
        <translation>Comunicación interna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1282" />
        <source>Audiences, campaigns, calendar and measurement</source>
        <translation>Audiencias, campañas, calendario y medición</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1296" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1297" />
        <location filename="../../commsplanner/services/export_docx.py" line="1559" />
        <location filename="../../commsplanner/services/export_docx.py" line="1914" />
        <location filename="../../commsplanner/services/export_docx.py" line="2057" />
        <location filename="../../commsplanner/services/export_docx.py" line="2085" />
        <location filename="../../commsplanner/services/export_docx.py" line="2170" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1298" />
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1300" />
        <source>Prepared by</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1301" />
        <source>Internal communications team</source>
        <translation>Equipo de comunicación interna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1307" />
        <source>Approval note</source>
        <translation>Nota de aprobación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1313" />
        <source>This plan is generated from the team's planning workspace. Figures count the communications dated inside the period; definitions are in the appendix.</source>
        <translation>Este plan se genera a partir del espacio de planificación del equipo. Las cifras cuentan las comunicaciones con fecha dentro del periodo; las definiciones están en el anexo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1341" />
        <source>Leadership summary · {period}</source>
        <translation>Resumen para la dirección · {period}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1351" />
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1370" />
        <location filename="../../commsplanner/services/export_docx.py" line="1451" />
        <location filename="../../commsplanner/services/export_docx.py" line="1587" />
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1372" />
        <location filename="../../commsplanner/services/export_docx.py" line="1452" />
        <location filename="../../commsplanner/services/export_docx.py" line="1588" />
        <source>campaigns</source>
        <translation>campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1376" />
        <location filename="../../commsplanner/services/export_docx.py" line="1456" />
        <source>communication</source>
        <translation>comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1378" />
        <location filename="../../commsplanner/services/export_docx.py" line="1457" />
        <source>communications</source>
        <translation>comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1380" />
        <source>of employees reached</source>
        <translation>de la plantilla alcanzada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1383" />
        <source>of front-line staff reached</source>
        <translation>de la primera línea alcanzada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1432" />
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1435" />
        <source>There are no campaigns or communications planned between {first} and {last}. This document lists the goals, values and audiences of the workspace so that planning can start from them.</source>
        <translation>No hay campañas ni comunicaciones planificadas entre el {first} y el {last}. Este documento recoge los objetivos, valores y audiencias del espacio de trabajo para que la planificación parta de ellos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1443" />
        <source>Between {first} and {last} the plan runs {campaigns} and {communications}, addressed to {segments}.</source>
        <translation>Entre el {first} y el {last} el plan desarrolla {campaigns} y {communications}, dirigidas a {segments}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1461" />
        <source>audience</source>
        <translation>audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1462" />
        <source>audiences</source>
        <translation>audiencias</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1468" />
        <location filename="../../commsplanner/services/export_docx.py" line="1976" />
        <source>Highlights</source>
        <translation>Lo más destacado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1471" />
        <source>{reached} of {employees} employees ({share}) receive at least one communication; among front-line staff, who serve external customers, {fl_reached} of {fl} ({fl_share}).</source>
        <translation>{reached} de {employees} personas ({share}) reciben al menos una comunicación; en la primera línea, que atiende a los clientes externos, {fl_reached} de {fl} ({fl_share}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1482" />
        <location filename="../../commsplanner/services/export_docx.py" line="1490" />
        <source>Reach. </source>
        <translation>Alcance. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1486" />
        <source>No employee directory has been imported, so reach cannot be measured yet.</source>
        <translation>Aún no se ha importado el directorio de personas, así que el alcance no se puede medir.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1493" />
        <source>{covered} of {values} corporate values are promoted by communications in the period.</source>
        <translation>{covered} de {values} valores corporativos se promueven con comunicaciones en el periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1498" />
        <source>The least present is “{value}”.</source>
        <translation>El menos presente es «{value}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1501" />
        <source>Values. </source>
        <translation>Valores. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1504" />
        <source>{served} of {goals} business goals are served by at least one campaign.</source>
        <translation>{served} de {goals} objetivos de negocio cuentan con al menos una campaña.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1508" />
        <source>Goals. </source>
        <translation>Objetivos. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1512" />
        <source>{share} of communications use two-way channels; pulse surveys planned: {surveys}.</source>
        <translation>El {share} de las comunicaciones usa canales bidireccionales; encuestas de pulso previstas: {surveys}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1516" />
        <source>Listening. </source>
        <translation>Escucha. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1520" />
        <source>{risks} open conflicts in the calendar, {serious} of them serious (see “Risks and conflicts”).</source>
        <translation>Conflictos abiertos en el calendario: {risks}, de ellos graves: {serious} (véase «Riesgos y conflictos»).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1524" />
        <location filename="../../commsplanner/services/export_docx.py" line="1529" />
        <source>Risks. </source>
        <translation>Riesgos. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1528" />
        <source>No open conflicts in the calendar.</source>
        <translation>No hay conflictos abiertos en el calendario.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1533" />
        <source>Main risks</source>
        <translation>Principales riesgos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1548" />
        <source>{n} cases; the largest: {example}</source>
        <translation>{n} casos; el mayor: {example}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1555" />
        <source>Key dates</source>
        <translation>Fechas clave</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1560" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1561" />
        <location filename="../../commsplanner/services/export_docx.py" line="2138" />
        <location filename="../../commsplanner/services/export_docx.py" line="2171" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1570" />
        <source>Goals and values</source>
        <translation>Objetivos y valores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1571" />
        <source>Business goals</source>
        <translation>Objetivos de negocio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1577" />
        <source>Target: {target}</source>
        <translation>Meta: {target}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1581" />
        <source>Due: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1594" />
        <source>No campaign serves this goal yet</source>
        <translation>Aún no hay ninguna campaña para este objetivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1611" />
        <location filename="../../commsplanner/services/export_docx.py" line="2031" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1612" />
        <source>KPI and target</source>
        <translation>KPI y meta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1613" />
        <source>Campaigns serving it</source>
        <translation>Campañas que lo apoyan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1620" />
        <source>No business goals are defined in the workspace.</source>
        <translation>No hay objetivos de negocio definidos en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1622" />
        <source>Corporate values</source>
        <translation>Valores corporativos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1627" />
        <source>Not promoted in this period: {values}.</source>
        <translation>Sin promover en este periodo: {values}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1635" />
        <location filename="../../commsplanner/services/export_docx.py" line="1689" />
        <source>Values coverage by month (weighted communications).</source>
        <translation>Cobertura de los valores por mes (comunicaciones ponderadas).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1640" />
        <source>Each value is promoted by the campaigns that name it, as a primary or secondary value. The chart counts the communications of those campaigns per month (primary counts 1, secondary 0.5).</source>
        <translation>Cada valor se promueve mediante las campañas que lo incluyen, como valor principal o secundario. El gráfico cuenta las comunicaciones de esas campañas por mes (el principal cuenta 1; el secundario, 0,5).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1650" />
        <source>Primary in: </source>
        <translation>Principal en: </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1653" />
        <source>Secondary in: </source>
        <translation>Secundario en: </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1658" />
        <source>Not promoted by any campaign in this period</source>
        <translation>Ninguna campaña lo promueve en este periodo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1662" />
        <source>{n} communications in {m} of {months} months</source>
        <translation>{n} comunicaciones en {m} de {months} meses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1678" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1679" />
        <source>How the plan promotes it</source>
        <translation>Cómo lo promueve el plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1680" />
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1693" />
        <source>No corporate values are defined in the workspace.</source>
        <translation>No hay valores corporativos definidos en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1700" />
        <location filename="../../commsplanner/services/export_docx.py" line="1825" />
        <location filename="../../commsplanner/services/export_docx.py" line="1889" />
        <source>Audiences</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1703" />
        <source>No audience segments are defined in the workspace.</source>
        <translation>No hay segmentos de audiencia definidos en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1710" />
        <source>Employees are the organisation's first customers. Each audience below is a segment of the employee directory: its size, who is in it and what it needs to hear. Groups smaller than {n} people are not shown.</source>
        <translation>Las personas de la organización son sus primeros clientes. Cada audiencia es un segmento del directorio de personas: su tamaño, quién la forma y qué necesita escuchar. No se muestran grupos de menos de {n} personas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1722" />
        <location filename="../../commsplanner/services/export_docx.py" line="1916" />
        <location filename="../../commsplanner/services/export_docx.py" line="2060" />
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1723" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1724" />
        <location filename="../../commsplanner/services/export_docx.py" line="2006" />
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1725" />
        <location filename="../../commsplanner/services/export_docx.py" line="1788" />
        <source>What it needs to hear</source>
        <translation>Qué necesita escuchar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1732" />
        <source>And {n} more audiences in the full plan.</source>
        <translation>Y {n} audiencias más en el plan completo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1739" />
        <source>Positions</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1740" />
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1741" />
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1742" />
        <source>Locations</source>
        <translation>Centros</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1743" />
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1751" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1752" />
        <source>{n} people, {share} of the organisation</source>
        <translation>{n} personas, el {share} de la organización</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1757" />
        <location filename="../../commsplanner/services/export_docx.py" line="2217" />
        <source>Front line</source>
        <translation>Primera línea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1758" />
        <source>{n} people serve external customers</source>
        <translation>{n} personas atienden a clientes externos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1776" />
        <location filename="../../commsplanner/services/export_docx.py" line="1795" />
        <location filename="../../commsplanner/services/export_docx.py" line="1973" />
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1779" />
        <source>None in this period</source>
        <translation>Ninguna en este periodo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1782" />
        <location filename="../../commsplanner/services/export_docx.py" line="1898" />
        <location filename="../../commsplanner/services/export_docx.py" line="2005" />
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1797" />
        <source>No campaigns are planned in this period.</source>
        <translation>No hay campañas planificadas en este periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1823" />
        <location filename="../../commsplanner/services/export_docx.py" line="1844" />
        <location filename="../../commsplanner/services/export_docx.py" line="2059" />
        <location filename="../../commsplanner/services/export_docx.py" line="2196" />
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1824" />
        <location filename="../../commsplanner/services/export_docx.py" line="1845" />
        <location filename="../../commsplanner/services/export_docx.py" line="1874" />
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1826" />
        <location filename="../../commsplanner/services/export_docx.py" line="1847" />
        <location filename="../../commsplanner/services/export_docx.py" line="1972" />
        <source>Comms</source>
        <translation>Com.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1827" />
        <location filename="../../commsplanner/services/export_docx.py" line="1848" />
        <location filename="../../commsplanner/services/export_docx.py" line="1877" />
        <location filename="../../commsplanner/services/export_docx.py" line="2292" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1834" />
        <source>The {n} campaigns with the highest priority; {more} more are in the full plan.</source>
        <translation>Las {n} campañas de mayor prioridad; otras {more} están en el plan completo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1846" />
        <location filename="../../commsplanner/services/export_docx.py" line="1875" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1871" />
        <source>Objective: </source>
        <translation>Objetivo: </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1880" />
        <source>priority {level}</source>
        <translation>prioridad {level}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1884" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1886" />
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1890" />
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1894" />
        <source>Key messages</source>
        <translation>Mensajes clave</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1915" />
        <location filename="../../commsplanner/services/export_docx.py" line="2003" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1917" />
        <source>Communication and message</source>
        <translation>Comunicación y mensaje</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1924" />
        <source>No communications of this campaign fall in the period.</source>
        <translation>Ninguna comunicación de esta campaña cae dentro del periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1938" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1943" />
        <source>Timeline of the period: bars span each campaign, dots mark its communications, shaded bands are blackout periods.</source>
        <translation>Cronograma del periodo: las barras abarcan cada campaña, los puntos marcan sus comunicaciones y las franjas sombreadas son periodos bloqueados.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1948" />
        <source>Timeline of the {n} highest-priority campaigns of {total}: bars span each campaign, dots mark its communications, shaded bands are blackout periods.</source>
        <translation>Cronograma de las {n} campañas de mayor prioridad (de {total}): las barras abarcan cada campaña, los puntos marcan sus comunicaciones y las franjas sombreadas son periodos bloqueados.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1955" />
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1971" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1975" />
        <source>Main channels</source>
        <translation>Canales principales</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1985" />
        <source>Channel mix</source>
        <translation>Combinación de canales</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1988" />
        <source>Listening matters as much as telling: two-way channels (meetings, surveys, chats) let employees answer, ask and propose. {share} of the communications in this plan use them.</source>
        <translation>Escuchar importa tanto como contar: los canales bidireccionales (reuniones, encuestas, chats) permiten a las personas responder, preguntar y proponer. El {share} de las comunicaciones de este plan los usa.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1997" />
        <source>Channel mix: one-way and two-way communications.</source>
        <translation>Combinación de canales: comunicaciones unidireccionales y bidireccionales.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2004" />
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2026" />
        <source>Measurement plan</source>
        <translation>Plan de medición</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2027" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2032" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2033" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2034" />
        <source>Due</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2049" />
        <source>No KPIs are defined for the business goals yet.</source>
        <translation>Aún no hay KPI definidos para los objetivos de negocio.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2053" />
        <source>Pulse surveys</source>
        <translation>Encuestas de pulso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2058" />
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2070" />
        <source>No pulse surveys are planned in this period. Consider one per quarter to hear how employees receive the plan.</source>
        <translation>No hay encuestas de pulso previstas en este periodo. Conviene hacer una por trimestre para saber cómo recibe el plan la plantilla.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2076" />
        <source>Latest results</source>
        <translation>Últimos resultados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2081" />
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2082" />
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2083" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2084" />
        <source>Respondents</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2090" />
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2100" />
        <source>No results have been recorded yet.</source>
        <translation>Aún no se ha registrado ningún resultado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2103" />
        <source>{n} results of groups with fewer than {threshold} respondents are not shown, to protect anonymity.</source>
        <translation>Para proteger el anonimato, no se muestran {n} resultados de grupos con menos de {threshold} respuestas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2116" />
        <source>Risks and conflicts</source>
        <translation>Riesgos y conflictos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2119" />
        <source>No conflicts were found in the calendar of this period: no audience receives more than its weekly limit, no channel is over capacity and nothing is sent during a blackout or public holiday.</source>
        <translation>No se han encontrado conflictos en el calendario de este periodo: ninguna audiencia recibe más de su límite semanal, ningún canal supera su capacidad y no se envía nada en periodos bloqueados ni en festivos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2126" />
        <source>Conflicts found in the calendar, most serious first. Resolve them by moving, merging or dropping communications.</source>
        <translation>Conflictos encontrados en el calendario, primero los más graves. Se resuelven moviendo, agrupando o eliminando comunicaciones.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2139" />
        <location filename="../../commsplanner/services/export_docx.py" line="2169" />
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2140" />
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2166" />
        <source>Conflicts in detail</source>
        <translation>Conflictos en detalle</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2172" />
        <source>Details</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2179" />
        <source>And {n} more in the full plan.</source>
        <translation>Y {n} más en el plan completo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2193" />
        <source>Appendix: definitions</source>
        <translation>Anexo: definiciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2197" />
        <source>A set of communications with one objective, key messages, audiences, an owner and dates.</source>
        <translation>Conjunto de comunicaciones con un objetivo, mensajes clave, audiencias, una persona responsable y fechas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2203" />
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2204" />
        <source>One dated message sent through one channel to one or more audiences; a repeating communication counts once per date.</source>
        <translation>Un mensaje con fecha enviado por un canal a una o varias audiencias; una comunicación periódica cuenta una vez por fecha.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2210" />
        <source>Audience (segment)</source>
        <translation>Audiencia (segmento)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2211" />
        <source>A group of active employees defined by position, function, department, location, interests, needs or expectations.</source>
        <translation>Grupo de personas en activo definido por puesto, función, departamento, centro, intereses, necesidades o expectativas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2218" />
        <source>Employees who deal with external customers every day.</source>
        <translation>Personas que tratan cada día con clientes externos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2221" />
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2222" />
        <source>Employees in at least one audience of a communication in the period, as a share of all active employees.</source>
        <translation>Personas incluidas en al menos una audiencia de una comunicación del periodo, como proporción de toda la plantilla en activo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2228" />
        <source>Values coverage</source>
        <translation>Cobertura de los valores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2229" />
        <source>Communications of campaigns promoting a value, per month; a primary value counts 1, a secondary value 0.5.</source>
        <translation>Comunicaciones de las campañas que promueven un valor, por mes; un valor principal cuenta 1 y uno secundario, 0,5.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2235" />
        <source>Two-way channel</source>
        <translation>Canal bidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2236" />
        <source>A channel where employees can answer: meetings, town halls, surveys, chats.</source>
        <translation>Canal en el que las personas pueden responder: reuniones, encuentros con la dirección, encuestas, chats.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2243" />
        <source>A short, frequent survey on a survey channel that measures how the plan lands.</source>
        <translation>Encuesta breve y frecuente, por un canal de encuestas, que mide cómo se recibe el plan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2249" />
        <source>Anonymity threshold</source>
        <translation>Umbral de anonimato</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2250" />
        <source>Results of groups with fewer than {n} respondents are never shown.</source>
        <translation>Nunca se muestran resultados de grupos con menos de {n} respuestas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2256" />
        <source>An audience receives more than {n} communications in one week.</source>
        <translation>Una audiencia recibe más de {n} comunicaciones en una semana.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2262" />
        <source>A channel carries more communications in one day than it can handle.</source>
        <translation>Un canal lleva en un día más comunicaciones de las que puede asumir.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2268" />
        <source>Days when nothing should be sent, such as a quarter close or a company event.</source>
        <translation>Días en los que no se debe enviar nada, como un cierre trimestral o un evento de empresa.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2275" />
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2275" />
        <location filename="../../commsplanner/services/export_docx.py" line="2292" />
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2280" />
        <source>Workflow statuses</source>
        <translation>Estados del flujo de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2282" />
        <source>Proposed, not yet worked out.</source>
        <translation>Propuesta, aún sin desarrollar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2283" />
        <source>Being written.</source>
        <translation>En redacción.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2284" />
        <source>Waiting for review or approval.</source>
        <translation>Pendiente de revisión o aprobación.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2285" />
        <source>Approved, not yet scheduled.</source>
        <translation>Aprobada, aún sin fecha programada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2286" />
        <source>Dated and ready to go out.</source>
        <translation>Con fecha y lista para salir.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2287" />
        <source>Running now.</source>
        <translation>En marcha.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2288" />
        <source>Finished.</source>
        <translation>Terminada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2289" />
        <source>Dropped; not counted in this plan.</source>
        <translation>Descartada; no cuenta en este plan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2298" />
        <source>Generated by Comms Planner on {date} from the workspace “{name}”.</source>
        <translation>Generado con Comms Planner el {date} a partir del espacio de trabajo «{name}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2437" />
        <source>No sections were selected for this document.</source>
        <translation>No se ha elegido ninguna sección para este documento.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2504" />
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2506" />
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2508" />
        <source>it is not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2621" />
        <source>no file name given</source>
        <translation>no se ha indicado el nombre del archivo</translation>
    </message>
</context>
</TS>