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
        <location filename="../../commsplanner/services/plan_report.py" line="1127" />
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1128" />
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1129" />
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1130" />
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1131" />
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1132" />
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1133" />
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1134" />
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1135" />
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1136" />
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1137" />
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/plan_report.py" line="1138" />
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
        <location filename="../../commsplanner/services/export_docx.py" line="2138" />
        <source>One-way</source>
        <translation>Unidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/charts_plan.py" line="314" />
        <location filename="../../commsplanner/services/export_docx.py" line="2099" />
        <location filename="../../commsplanner/services/export_docx.py" line="2136" />
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
        <location filename="../../commsplanner/services/export_docx.py" line="482" />
        <location filename="../../commsplanner/services/export_docx.py" line="2244" />
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="483" />
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="484" />
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="485" />
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="486" />
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="487" />
        <source>Live</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="488" />
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="489" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="496" />
        <location filename="../../commsplanner/services/export_docx.py" line="520" />
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="497" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="498" />
        <location filename="../../commsplanner/services/export_docx.py" line="515" />
        <location filename="../../commsplanner/services/export_docx.py" line="517" />
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="499" />
        <location filename="../../commsplanner/services/export_docx.py" line="514" />
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="506" />
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="508" />
        <source>secondary</source>
        <translation>secundario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="516" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="518" />
        <location filename="../../commsplanner/services/export_docx.py" line="519" />
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="527" />
        <location filename="../../commsplanner/services/export_docx.py" line="528" />
        <location filename="../../commsplanner/services/export_docx.py" line="534" />
        <location filename="../../commsplanner/services/export_docx.py" line="2562" />
        <source>Audience overload</source>
        <translation>Saturación de la audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="529" />
        <location filename="../../commsplanner/services/export_docx.py" line="530" />
        <location filename="../../commsplanner/services/export_docx.py" line="2568" />
        <source>Channel capacity</source>
        <translation>Capacidad del canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="531" />
        <location filename="../../commsplanner/services/export_docx.py" line="550" />
        <location filename="../../commsplanner/services/export_docx.py" line="2574" />
        <source>Blackout period</source>
        <translation>Periodo bloqueado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="532" />
        <source>Public holiday</source>
        <translation>Día festivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="533" />
        <source>Weekend</source>
        <translation>Fin de semana</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="535" />
        <source>Audience overload on a channel</source>
        <translation>Saturación de la audiencia en un canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="536" />
        <source>Same audience, same day</source>
        <translation>Misma audiencia, mismo día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="537" />
        <source>No audience</source>
        <translation>Sin audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="547" />
        <source>Campaign starts</source>
        <translation>Inicio de campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="548" />
        <source>Key moment</source>
        <translation>Momento clave</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="549" />
        <source>Goal due</source>
        <translation>Fecha del objetivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="551" />
        <location filename="../../commsplanner/services/export_docx.py" line="2549" />
        <source>Pulse survey</source>
        <translation>Encuesta de pulso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="560" />
        <source>{names} and {n} more</source>
        <translation>{names} y {n} más</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="971" />
        <source>Figure {n}.</source>
        <translation>Figura {n}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1173" />
        <source>Version {version} · {date}</source>
        <translation>Versión {version} · {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1177" />
        <location filename="../../commsplanner/services/export_docx.py" line="1211" />
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1179" />
        <location filename="../../commsplanner/services/export_docx.py" line="1213" />
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1219" />
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1264" />
        <source>Right-click and choose Update field to build the table of contents.</source>
        <translation>Haga clic con el botón derecho y elija «Actualizar campos» para generar el índice.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1277" />
        <location filename="../../commsplanner/services/export_docx.py" line="1403" />
        <location filename="../../commsplanner/services/export_docx.py" line="2761" />
        <source>Internal communication plan</source>
        <translation>Plan de comunicación interna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1286" />
        <source>Draft, not yet submitted for approval</source>
        <translation>Borrador, aún no enviado a aprobación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1290" />
        <source>Approved by {who} on {date}</source>
        <translation>Aprobado por {who} el {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1292" />
        <source>Returned for changes by {who} on {date}</source>
        <translation>Devuelto para cambios por {who} el {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1295" />
        <source>Submitted for approval by {who} on {date}</source>
        <translation>Enviado a aprobación por {who} el {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1401" />
        <location filename="../../commsplanner/services/export_docx.py" line="1456" />
        <source>Internal communications</source>
        <translation>Comunicación interna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1405" />
        <source>Audiences, campaigns, calendar and measurement</source>
        <translation>Audiencias, campañas, calendario y medición</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1419" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1420" />
        <location filename="../../commsplanner/services/export_docx.py" line="1684" />
        <location filename="../../commsplanner/services/export_docx.py" line="2039" />
        <location filename="../../commsplanner/services/export_docx.py" line="2182" />
        <location filename="../../commsplanner/services/export_docx.py" line="2210" />
        <location filename="../../commsplanner/services/export_docx.py" line="2378" />
        <location filename="../../commsplanner/services/export_docx.py" line="2477" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1421" />
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1423" />
        <source>Prepared by</source>
        <translation>Elaborado por</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1424" />
        <source>Internal communications team</source>
        <translation>Equipo de comunicación interna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1430" />
        <source>Approval note</source>
        <translation>Nota de aprobación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1436" />
        <source>This plan is generated from the team's planning workspace. Figures count the communications dated inside the period; definitions are in the appendix.</source>
        <translation>Este plan se genera a partir del espacio de planificación del equipo. Las cifras cuentan las comunicaciones con fecha dentro del periodo; las definiciones están en el anexo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1464" />
        <source>Leadership summary · {period}</source>
        <translation>Resumen para la dirección · {period}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1474" />
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1493" />
        <location filename="../../commsplanner/services/export_docx.py" line="1574" />
        <location filename="../../commsplanner/services/export_docx.py" line="1712" />
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1495" />
        <location filename="../../commsplanner/services/export_docx.py" line="1575" />
        <location filename="../../commsplanner/services/export_docx.py" line="1713" />
        <source>campaigns</source>
        <translation>campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1499" />
        <location filename="../../commsplanner/services/export_docx.py" line="1579" />
        <source>communication</source>
        <translation>comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1501" />
        <location filename="../../commsplanner/services/export_docx.py" line="1580" />
        <source>communications</source>
        <translation>comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1503" />
        <source>of employees reached</source>
        <translation>de la plantilla alcanzada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1506" />
        <source>of front-line staff reached</source>
        <translation>de la primera línea alcanzada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1555" />
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1558" />
        <source>There are no campaigns or communications planned between {first} and {last}. This document lists the goals, values and audiences of the workspace so that planning can start from them.</source>
        <translation>No hay campañas ni comunicaciones planificadas entre el {first} y el {last}. Este documento recoge los objetivos, valores y audiencias del espacio de trabajo para que la planificación parta de ellos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1566" />
        <source>Between {first} and {last} the plan runs {campaigns} and {communications}, addressed to {segments}.</source>
        <translation>Entre el {first} y el {last} el plan desarrolla {campaigns} y {communications}, dirigidas a {segments}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1584" />
        <source>audience</source>
        <translation>audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1585" />
        <source>audiences</source>
        <translation>audiencias</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1591" />
        <location filename="../../commsplanner/services/export_docx.py" line="2101" />
        <source>Highlights</source>
        <translation>Lo más destacado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1594" />
        <source>{reached} of {employees} employees ({share}) receive at least one communication; among front-line staff, who serve external customers, {fl_reached} of {fl} ({fl_share}).</source>
        <translation>{reached} de {employees} personas ({share}) reciben al menos una comunicación; en la primera línea, que atiende a los clientes externos, {fl_reached} de {fl} ({fl_share}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1605" />
        <location filename="../../commsplanner/services/export_docx.py" line="1613" />
        <source>Reach. </source>
        <translation>Alcance. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1609" />
        <source>No employee directory has been imported, so reach cannot be measured yet.</source>
        <translation>Aún no se ha importado el directorio de personas, así que el alcance no se puede medir.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1616" />
        <source>{covered} of {values} corporate values are promoted by communications in the period.</source>
        <translation>{covered} de {values} valores corporativos se promueven con comunicaciones en el periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1621" />
        <source>The least present is “{value}”.</source>
        <translation>El menos presente es «{value}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1624" />
        <source>Values. </source>
        <translation>Valores. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1627" />
        <source>{served} of {goals} business goals are served by at least one campaign.</source>
        <translation>{served} de {goals} objetivos de negocio cuentan con al menos una campaña.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1631" />
        <source>Goals. </source>
        <translation>Objetivos. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1635" />
        <source>{share} of communications use two-way channels; pulse surveys planned: {surveys}.</source>
        <translation>El {share} de las comunicaciones usa canales bidireccionales; encuestas de pulso previstas: {surveys}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1639" />
        <source>Listening. </source>
        <translation>Escucha. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1642" />
        <source>What we heard. </source>
        <translation>Qué oímos. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1645" />
        <source>{risks} open conflicts in the calendar, {serious} of them serious (see “Risks and conflicts”).</source>
        <translation>Conflictos abiertos en el calendario: {risks}, de ellos graves: {serious} (véase «Riesgos y conflictos»).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1649" />
        <location filename="../../commsplanner/services/export_docx.py" line="1654" />
        <source>Risks. </source>
        <translation>Riesgos. </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1653" />
        <source>No open conflicts in the calendar.</source>
        <translation>No hay conflictos abiertos en el calendario.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1658" />
        <source>Main risks</source>
        <translation>Principales riesgos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1673" />
        <source>{n} cases; the largest: {example}</source>
        <translation>{n} casos; el mayor: {example}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1680" />
        <source>Key dates</source>
        <translation>Fechas clave</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1685" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1686" />
        <location filename="../../commsplanner/services/export_docx.py" line="2445" />
        <location filename="../../commsplanner/services/export_docx.py" line="2478" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1695" />
        <source>Goals and values</source>
        <translation>Objetivos y valores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1696" />
        <source>Business goals</source>
        <translation>Objetivos de negocio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1702" />
        <source>Target: {target}</source>
        <translation>Meta: {target}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1706" />
        <source>Due: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1719" />
        <source>No campaign serves this goal yet</source>
        <translation>Aún no hay ninguna campaña para este objetivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1736" />
        <location filename="../../commsplanner/services/export_docx.py" line="2156" />
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1737" />
        <source>KPI and target</source>
        <translation>KPI y meta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1738" />
        <source>Campaigns serving it</source>
        <translation>Campañas que lo apoyan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1745" />
        <source>No business goals are defined in the workspace.</source>
        <translation>No hay objetivos de negocio definidos en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1747" />
        <source>Corporate values</source>
        <translation>Valores corporativos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1752" />
        <source>Not promoted in this period: {values}.</source>
        <translation>Sin promover en este periodo: {values}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1760" />
        <location filename="../../commsplanner/services/export_docx.py" line="1814" />
        <source>Values coverage by month (weighted communications).</source>
        <translation>Cobertura de los valores por mes (comunicaciones ponderadas).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1765" />
        <source>Each value is promoted by the campaigns that name it, as a primary or secondary value. The chart counts the communications of those campaigns per month (primary counts 1, secondary 0.5).</source>
        <translation>Cada valor se promueve mediante las campañas que lo incluyen, como valor principal o secundario. El gráfico cuenta las comunicaciones de esas campañas por mes (el principal cuenta 1; el secundario, 0,5).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1775" />
        <source>Primary in: </source>
        <translation>Principal en: </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1778" />
        <source>Secondary in: </source>
        <translation>Secundario en: </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1783" />
        <source>Not promoted by any campaign in this period</source>
        <translation>Ninguna campaña lo promueve en este periodo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1787" />
        <source>{n} communications in {m} of {months} months</source>
        <translation>{n} comunicaciones en {m} de {months} meses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1803" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1804" />
        <source>How the plan promotes it</source>
        <translation>Cómo lo promueve el plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1805" />
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1818" />
        <source>No corporate values are defined in the workspace.</source>
        <translation>No hay valores corporativos definidos en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1825" />
        <location filename="../../commsplanner/services/export_docx.py" line="1950" />
        <location filename="../../commsplanner/services/export_docx.py" line="2014" />
        <source>Audiences</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1828" />
        <source>No audience segments are defined in the workspace.</source>
        <translation>No hay segmentos de audiencia definidos en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1835" />
        <source>Employees are the organisation's first customers. Each audience below is a segment of the employee directory: its size, who is in it and what it needs to hear. Groups smaller than {n} people are not shown.</source>
        <translation>Las personas de la organización son sus primeros clientes. Cada audiencia es un segmento del directorio de personas: su tamaño, quién la forma y qué necesita escuchar. No se muestran grupos de menos de {n} personas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1847" />
        <location filename="../../commsplanner/services/export_docx.py" line="2041" />
        <location filename="../../commsplanner/services/export_docx.py" line="2185" />
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1848" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1849" />
        <location filename="../../commsplanner/services/export_docx.py" line="2131" />
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1850" />
        <location filename="../../commsplanner/services/export_docx.py" line="1913" />
        <source>What it needs to hear</source>
        <translation>Qué necesita escuchar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1857" />
        <source>And {n} more audiences in the full plan.</source>
        <translation>Y {n} audiencias más en el plan completo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1864" />
        <source>Positions</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1865" />
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1866" />
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1867" />
        <source>Locations</source>
        <translation>Centros</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1868" />
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1876" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1877" />
        <source>{n} people, {share} of the organisation</source>
        <translation>{n} personas, el {share} de la organización</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1882" />
        <location filename="../../commsplanner/services/export_docx.py" line="2524" />
        <source>Front line</source>
        <translation>Primera línea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1883" />
        <source>{n} people serve external customers</source>
        <translation>{n} personas atienden a clientes externos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1901" />
        <location filename="../../commsplanner/services/export_docx.py" line="1920" />
        <location filename="../../commsplanner/services/export_docx.py" line="2098" />
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1904" />
        <source>None in this period</source>
        <translation>Ninguna en este periodo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1907" />
        <location filename="../../commsplanner/services/export_docx.py" line="2023" />
        <location filename="../../commsplanner/services/export_docx.py" line="2130" />
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1922" />
        <source>No campaigns are planned in this period.</source>
        <translation>No hay campañas planificadas en este periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1948" />
        <location filename="../../commsplanner/services/export_docx.py" line="1969" />
        <location filename="../../commsplanner/services/export_docx.py" line="2184" />
        <location filename="../../commsplanner/services/export_docx.py" line="2503" />
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1949" />
        <location filename="../../commsplanner/services/export_docx.py" line="1970" />
        <location filename="../../commsplanner/services/export_docx.py" line="1999" />
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1951" />
        <location filename="../../commsplanner/services/export_docx.py" line="1972" />
        <location filename="../../commsplanner/services/export_docx.py" line="2097" />
        <source>Comms</source>
        <translation>Com.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1952" />
        <location filename="../../commsplanner/services/export_docx.py" line="1973" />
        <location filename="../../commsplanner/services/export_docx.py" line="2002" />
        <location filename="../../commsplanner/services/export_docx.py" line="2599" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1959" />
        <source>The {n} campaigns with the highest priority; {more} more are in the full plan.</source>
        <translation>Las {n} campañas de mayor prioridad; otras {more} están en el plan completo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1971" />
        <location filename="../../commsplanner/services/export_docx.py" line="2000" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="1996" />
        <source>Objective: </source>
        <translation>Objetivo: </translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2005" />
        <source>priority {level}</source>
        <translation>prioridad {level}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2009" />
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2011" />
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2015" />
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2019" />
        <source>Key messages</source>
        <translation>Mensajes clave</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2040" />
        <location filename="../../commsplanner/services/export_docx.py" line="2128" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2042" />
        <source>Communication and message</source>
        <translation>Comunicación y mensaje</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2049" />
        <source>No communications of this campaign fall in the period.</source>
        <translation>Ninguna comunicación de esta campaña cae dentro del periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2063" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2068" />
        <source>Timeline of the period: bars span each campaign, dots mark its communications, shaded bands are blackout periods.</source>
        <translation>Cronograma del periodo: las barras abarcan cada campaña, los puntos marcan sus comunicaciones y las franjas sombreadas son periodos bloqueados.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2073" />
        <source>Timeline of the {n} highest-priority campaigns of {total}: bars span each campaign, dots mark its communications, shaded bands are blackout periods.</source>
        <translation>Cronograma de las {n} campañas de mayor prioridad (de {total}): las barras abarcan cada campaña, los puntos marcan sus comunicaciones y las franjas sombreadas son periodos bloqueados.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2080" />
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2096" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2100" />
        <source>Main channels</source>
        <translation>Canales principales</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2110" />
        <source>Channel mix</source>
        <translation>Combinación de canales</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2113" />
        <source>Listening matters as much as telling: two-way channels (meetings, surveys, chats) let employees answer, ask and propose. {share} of the communications in this plan use them.</source>
        <translation>Escuchar importa tanto como contar: los canales bidireccionales (reuniones, encuestas, chats) permiten a las personas responder, preguntar y proponer. El {share} de las comunicaciones de este plan los usa.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2122" />
        <source>Channel mix: one-way and two-way communications.</source>
        <translation>Combinación de canales: comunicaciones unidireccionales y bidireccionales.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2129" />
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2151" />
        <source>Measurement plan</source>
        <translation>Plan de medición</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2152" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2157" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2158" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2159" />
        <source>Due</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2174" />
        <source>No KPIs are defined for the business goals yet.</source>
        <translation>Aún no hay KPI definidos para los objetivos de negocio.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2178" />
        <source>Pulse surveys</source>
        <translation>Encuestas de pulso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2183" />
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2195" />
        <source>No pulse surveys are planned in this period. Consider one per quarter to hear how employees receive the plan.</source>
        <translation>No hay encuestas de pulso previstas en este periodo. Conviene hacer una por trimestre para saber cómo recibe el plan la plantilla.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2201" />
        <source>Latest results</source>
        <translation>Últimos resultados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2206" />
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2207" />
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2208" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2209" />
        <source>Respondents</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2215" />
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2225" />
        <source>No results have been recorded yet.</source>
        <translation>Aún no se ha registrado ningún resultado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2228" />
        <source>Results about groups of fewer than {threshold} people or respondents are not shown, to protect anonymity: {n}.</source>
        <translation>No se muestran los resultados de grupos de menos de {threshold} personas o respuestas, para proteger el anonimato: {n}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2245" />
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2246" />
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2247" />
        <source>Praise</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2254" />
        <source>Still open</source>
        <translation>Aún abierta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2255" />
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2256" />
        <source>Acted on</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2266" />
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2266" />
        <source>ideas</source>
        <translation>ideas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2267" />
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2267" />
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2268" />
        <source>complaint</source>
        <translation>queja</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2268" />
        <source>complaints</source>
        <translation>quejas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2269" />
        <source>compliment</source>
        <translation>elogio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2269" />
        <source>compliments</source>
        <translation>elogios</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2278" />
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2288" />
        <source>Nothing was recorded in the ideas and feedback log in this period.</source>
        <translation>No se registró nada en el registro de ideas y comentarios en este periodo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2291" />
        <source>Received through two-way channels: {entries} ({kinds}). Answered or acted on: {share} (acted on: {acted}); still open: {open}.</source>
        <translation>Recibidas por canales bidireccionales: {entries} ({kinds}). Respondidas o resueltas: {share} (resueltas: {acted}); aún abiertas: {open}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2297" />
        <location filename="../../commsplanner/services/export_docx.py" line="2332" />
        <source>contribution</source>
        <translation>aportación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2298" />
        <location filename="../../commsplanner/services/export_docx.py" line="2333" />
        <source>contributions</source>
        <translation>aportaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2313" />
        <source>Listening: what we heard and what we did</source>
        <translation>Escucha: qué oímos y qué hicimos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2316" />
        <source>No ideas, questions, complaints or compliments were recorded in the listening log between {first} and {last}.</source>
        <translation>No se registraron ideas, preguntas, quejas ni elogios en el registro de escucha entre el {first} y el {last}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2324" />
        <source>Between {first} and {last} the listening log recorded {entries}: {kinds}. Answered: {answered}; acted on: {acted}; still open: {open} ({share} answered or acted on).</source>
        <translation>Entre el {first} y el {last} el registro de escucha recogió {entries}: {kinds}. Respondidas: {answered}; resueltas: {acted}; aún abiertas: {open} ({share} respondidas o resueltas).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2344" />
        <source>Most frequent topics: {topics}.</source>
        <translation>Temas más frecuentes: {topics}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2379" />
        <source>Channel and group</source>
        <translation>Canal y grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2380" />
        <source>Kind and topics</source>
        <translation>Tipo y temas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2381" />
        <source>What we heard</source>
        <translation>Qué oímos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2382" />
        <source>What we did</source>
        <translation>Qué hicimos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2401" />
        <source>The table shows {shown} of the {n} contributions: the latest acted on and answered, and the oldest still open.</source>
        <translation>La tabla muestra {shown} de las {n} aportaciones: las últimas resueltas y respondidas, y las más antiguas aún abiertas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2409" />
        <source>Contributions from groups of fewer than {threshold} people: {n}. Their group is not named, to protect anonymity.</source>
        <translation>Aportaciones de grupos de menos de {threshold} personas: {n}. Su grupo no se nombra, para proteger el anonimato.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2423" />
        <source>Risks and conflicts</source>
        <translation>Riesgos y conflictos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2426" />
        <source>No conflicts were found in the calendar of this period: no audience receives more than its weekly limit, no channel is over capacity and nothing is sent during a blackout or public holiday.</source>
        <translation>No se han encontrado conflictos en el calendario de este periodo: ninguna audiencia recibe más de su límite semanal, ningún canal supera su capacidad y no se envía nada en periodos bloqueados ni en festivos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2433" />
        <source>Conflicts found in the calendar, most serious first. Resolve them by moving, merging or dropping communications.</source>
        <translation>Conflictos encontrados en el calendario, primero los más graves. Se resuelven moviendo, agrupando o eliminando comunicaciones.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2446" />
        <location filename="../../commsplanner/services/export_docx.py" line="2476" />
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2447" />
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2473" />
        <source>Conflicts in detail</source>
        <translation>Conflictos en detalle</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2479" />
        <source>Details</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2486" />
        <source>And {n} more in the full plan.</source>
        <translation>Y {n} más en el plan completo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2500" />
        <source>Appendix: definitions</source>
        <translation>Anexo: definiciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2504" />
        <source>A set of communications with one objective, key messages, audiences, an owner and dates.</source>
        <translation>Conjunto de comunicaciones con un objetivo, mensajes clave, audiencias, una persona responsable y fechas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2510" />
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2511" />
        <source>One dated message sent through one channel to one or more audiences; a repeating communication counts once per date.</source>
        <translation>Un mensaje con fecha enviado por un canal a una o varias audiencias; una comunicación periódica cuenta una vez por fecha.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2517" />
        <source>Audience (segment)</source>
        <translation>Audiencia (segmento)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2518" />
        <source>A group of active employees defined by position, function, department, location, interests, needs or expectations.</source>
        <translation>Grupo de personas en activo definido por puesto, función, departamento, centro, intereses, necesidades o expectativas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2525" />
        <source>Employees who deal with external customers every day.</source>
        <translation>Personas que tratan cada día con clientes externos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2528" />
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2529" />
        <source>Employees in at least one audience of a communication in the period, as a share of all active employees.</source>
        <translation>Personas incluidas en al menos una audiencia de una comunicación del periodo, como proporción de toda la plantilla en activo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2535" />
        <source>Values coverage</source>
        <translation>Cobertura de los valores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2536" />
        <source>Communications of campaigns promoting a value, per month; a primary value counts 1, a secondary value 0.5.</source>
        <translation>Comunicaciones de las campañas que promueven un valor, por mes; un valor principal cuenta 1 y uno secundario, 0,5.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2542" />
        <source>Two-way channel</source>
        <translation>Canal bidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2543" />
        <source>A channel where employees can answer: meetings, town halls, surveys, chats.</source>
        <translation>Canal en el que las personas pueden responder: reuniones, encuentros con la dirección, encuestas, chats.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2550" />
        <source>A short, frequent survey on a survey channel that measures how the plan lands.</source>
        <translation>Encuesta breve y frecuente, por un canal de encuestas, que mide cómo se recibe el plan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2556" />
        <source>Anonymity threshold</source>
        <translation>Umbral de anonimato</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2557" />
        <source>Results of groups with fewer than {n} respondents are never shown.</source>
        <translation>Nunca se muestran resultados de grupos con menos de {n} respuestas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2563" />
        <source>An audience receives more than {n} communications in one week.</source>
        <translation>Una audiencia recibe más de {n} comunicaciones en una semana.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2569" />
        <source>A channel carries more communications in one day than it can handle.</source>
        <translation>Un canal lleva en un día más comunicaciones de las que puede asumir.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2575" />
        <source>Days when nothing should be sent, such as a quarter close or a company event.</source>
        <translation>Días en los que no se debe enviar nada, como un cierre trimestral o un evento de empresa.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2582" />
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2582" />
        <location filename="../../commsplanner/services/export_docx.py" line="2599" />
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2587" />
        <source>Workflow statuses</source>
        <translation>Estados del flujo de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2589" />
        <source>Proposed, not yet worked out.</source>
        <translation>Propuesta, aún sin desarrollar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2590" />
        <source>Being written.</source>
        <translation>En redacción.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2591" />
        <source>Waiting for review or approval.</source>
        <translation>Pendiente de revisión o aprobación.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2592" />
        <source>Approved, not yet scheduled.</source>
        <translation>Aprobada, aún sin fecha programada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2593" />
        <source>Dated and ready to go out.</source>
        <translation>Con fecha y lista para salir.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2594" />
        <source>Running now.</source>
        <translation>En marcha.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2595" />
        <source>Finished.</source>
        <translation>Terminada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2596" />
        <source>Dropped; not counted in this plan.</source>
        <translation>Descartada; no cuenta en este plan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2605" />
        <source>Generated by Comms Planner on {date} from the workspace “{name}”.</source>
        <translation>Generado con Comms Planner el {date} a partir del espacio de trabajo «{name}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2744" />
        <source>No sections were selected for this document.</source>
        <translation>No se ha elegido ninguna sección para este documento.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2818" />
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2820" />
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2822" />
        <source>it is not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/export_docx.py" line="2945" />
        <source>no file name given</source>
        <translation>no se ha indicado el nombre del archivo</translation>
    </message>
</context>
</TS>
