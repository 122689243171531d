<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AudienceFields</name>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="81" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="82" />
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="83" />
        <source>Custom attribute</source>
        <translation>Atributo propio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="84" />
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="18" />
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="19" />
        <source>Name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="20" />
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="21" />
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="22" />
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="23" />
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="24" />
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="25" />
        <source>Customer facing</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="26" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="27" />
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="28" />
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="29" />
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="30" />
        <source>Start date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="31" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="50" />
        <location filename="../../commsplanner/ui/audiences/labels.py" line="42" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="51" />
        <location filename="../../commsplanner/ui/audiences/labels.py" line="44" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/audience_fields.py" line="52" />
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>AudienceLabels</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/labels.py" line="34" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/labels.py" line="36" />
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/labels.py" line="37" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>AudiencesPage</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="215" />
        <source>1 active employee</source>
        <translation>1 empleado activo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="217" />
        <source>{count} active employees</source>
        <translation>{count} empleados activos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="221" />
        <source>{shown} of {total} employees</source>
        <translation>{shown} de {total} empleados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="240" />
        <source>Last import: {file} on {date} — {added} added, {updated} updated, {deactivated} marked inactive.</source>
        <translation>Última importación: {file} el {date} — {added} añadidos, {updated} actualizados, {deactivated} marcados como inactivos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="253" />
        <source>Pseudonymised: no names are kept.</source>
        <translation>Seudonimizada: no se guardan nombres.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="270" />
        <source>Audiences</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="271" />
        <location filename="../../commsplanner/ui/audiences/page.py" line="286" />
        <source>Import directory…</source>
        <translation>Importar directorio…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="274" />
        <source>Import or update the employee directory from a CSV or Excel export of your HR system. You will see what changes before anything is written.</source>
        <translation>Importa o actualiza el directorio de empleados desde una exportación CSV o Excel de tu sistema de RR. HH. Verás qué cambia antes de que se guarde nada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="278" />
        <source>No employees yet</source>
        <translation>Todavía no hay empleados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/page.py" line="281" />
        <source>Import the employee directory exported by HR (CSV or Excel) to see who your internal customers are: positions, departments, places, interests and needs. Re-import newer exports at any time to keep it up to date.</source>
        <translation>Importa el directorio de empleados que exporta RR. HH. (CSV o Excel) para ver quiénes son tus clientes internos: puestos, departamentos, sedes, intereses y necesidades. Vuelve a importar exportaciones más recientes cuando quieras para mantenerlo al día.</translation>
    </message>
</context>
<context>
    <name>DirectoryCli</name>
    <message>
        <location filename="../../commsplanner/cli.py" line="188" />
        <source>The mapping must be a JSON object such as {"Puesto": "position", "Centro": "location"} (or a file holding one).</source>
        <translation>La correspondencia debe ser un objeto JSON como {"Puesto": "position", "Centro": "location"} (o un archivo que lo contenga).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="206" />
        <source>Reading and importing the directory… {percent} %</source>
        <translation>Leyendo e importando el directorio… {percent} %</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="334" />
        <source>Import the employee directory (CSV or XLSX from HR) into a workspace, or only check it with --dry-run.</source>
        <translation>Importa el directorio de empleados (CSV o XLSX de RR. HH.) en un espacio de trabajo, o solo lo comprueba con --dry-run.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="342" />
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="343" />
        <source>The workspace file (.commsplan).</source>
        <translation>El archivo del espacio de trabajo (.commsplan).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="347" />
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="348" />
        <source>The directory export (.csv or .xlsx).</source>
        <translation>La exportación del directorio (.csv o .xlsx).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="353" />
        <source>Column → field as JSON, e.g. {"Puesto": "position"}, or a JSON file; other columns are suggested from their headers. Fields: external_id, display_name, given_name, family_name, position, function, department, location, level, customer_facing, language, interests, needs, expectations, start_date, attribute, ignore.</source>
        <translation>Columna → campo en JSON, p. ej. {"Puesto": "position"}, o un archivo JSON; para las demás columnas se propone un campo según su cabecera. Campos: external_id, display_name, given_name, family_name, position, function, department, location, level, customer_facing, language, interests, needs, expectations, start_date, attribute, ignore.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="365" />
        <source>Check the file and print the report without writing anything.</source>
        <translation>Comprueba el archivo y muestra el informe sin guardar nada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="372" />
        <source>Keep no names: replace each identifier by a stable salted hash.</source>
        <translation>No guarda nombres: sustituye cada identificador por un resumen con sal estable.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="380" />
        <source>Leave employees missing from the file active (for partial exports).</source>
        <translation>Deja activos a los empleados que no estén en el archivo (para exportaciones parciales).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="387" />
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="388" />
        <source>The sheet of an Excel workbook to read.</source>
        <translation>La hoja del libro de Excel que se debe leer.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli.py" line="393" />
        <source>How to read dates like 03/04/2024: dmy (day first) or mdy (month first). Default: day first unless the file shows otherwise.</source>
        <translation>Cómo leer fechas como 03/04/2024: dmy (primero el día) o mdy (primero el mes). Por defecto, primero el día salvo que el archivo indique lo contrario.</translation>
    </message>
</context>
<context>
    <name>DirectoryReport</name>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="28" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="30" />
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="31" />
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="37" />
        <source>Row {row}, column {column}</source>
        <translation>Fila {row}, columna {column}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="41" />
        <source>Row {row}</source>
        <translation>Fila {row}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="43" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="46" />
        <source>Value: “{value}”</source>
        <translation>Valor: «{value}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="64" />
        <source>File: {name} (CSV, {encoding}, delimiter “{delimiter}”)</source>
        <translation>Archivo: {name} (CSV, {encoding}, separador «{delimiter}»)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="70" />
        <source>File: {name} (Excel, sheet “{sheet}”)</source>
        <translation>Archivo: {name} (Excel, hoja «{sheet}»)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="74" />
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="80" />
        <source>Problems ({count}):</source>
        <translation>Problemas ({count}):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="87" />
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="92" />
        <source>Rows: {total} read, {valid} valid, {invalid} with errors (not imported), {duplicates} repeated.</source>
        <translation>Filas: {total} leídas, {valid} válidas, {invalid} con errores (no se importan), {duplicates} repetidas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="105" />
        <source>Result: {added} added, {updated} updated, {reactivated} reactivated, {unchanged} unchanged, {deactivated} marked inactive.</source>
        <translation>Resultado: {added} añadidos, {updated} actualizados, {reactivated} reactivados, {unchanged} sin cambios, {deactivated} marcados como inactivos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="111" />
        <source>An import would add {added}, update {updated}, reactivate {reactivated}, leave {unchanged} unchanged and mark {deactivated} inactive.</source>
        <translation>Una importación añadiría {added}, actualizaría {updated}, reactivaría {reactivated}, dejaría {unchanged} sin cambios y marcaría {deactivated} como inactivos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="127" />
        <source>Nothing was written to the workspace.</source>
        <translation>No se ha guardado nada en el espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="135" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="136" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="137" />
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="138" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_report.py" line="139" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="85" />
        <source>Distribution of</source>
        <extracomment>The user clicked a bar: (field, value) to add as a filter.</extracomment>
        <translation>Distribución por</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="126" />
        <source>{field} — 1 employee</source>
        <translation>{field} — 1 empleado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="128" />
        <source>{field} — {count} employees</source>
        <translation>{field} — {count} empleados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="132" />
        <source>Other ({groups} groups)</source>
        <translation>Otros ({groups} grupos)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="133" />
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="134" />
        <source>No employee matches the filter.</source>
        <translation>Ningún empleado cumple el filtro.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="136" />
        <source>Fewer than {threshold} people match: no breakdown is shown, so that nobody can be singled out.</source>
        <translation>Cumplen el filtro menos de {threshold} personas: no se muestra ningún desglose, para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="139" />
        <source>One person can count under several values.</source>
        <translation>Una persona puede contar en varios valores.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="140" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="141" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="164" />
        <source>Groups of fewer than {threshold} people are counted under “Other” so that nobody can be singled out.</source>
        <translation>Los grupos de menos de {threshold} personas se cuentan en «Otros» para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/chart_panel.py" line="169" />
        <source>Click a bar to filter by its value.</source>
        <translation>Haz clic en una barra para filtrar por su valor.</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/model.py" line="178" />
        <source>No longer in the directory (inactive).</source>
        <extracomment>While True (an import is writing) rows not yet cached are not fetched.</extracomment>
        <translation>Ya no está en el directorio (inactivo).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="31" />
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="166" />
        <source>{value} ({count})</source>
        <translation>{value} ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="183" />
        <source>{field}: {value}  ✕</source>
        <translation>{field}: {value}  ✕</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="187" />
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="223" />
        <source>Search name, ID, position, place, interests…</source>
        <translation>Buscar nombre, ID, puesto, sede, intereses…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="224" />
        <source>Filter by</source>
        <translation>Filtrar por</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="225" />
        <source>Add filter</source>
        <translation>Añadir filtro</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="226" />
        <source>Show inactive</source>
        <translation>Mostrar inactivos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="228" />
        <source>Include employees who are no longer in the latest directory export.</source>
        <translation>Incluye a los empleados que ya no figuran en la última exportación del directorio.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="230" />
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/filter_bar.py" line="231" />
        <source>Clear all</source>
        <translation>Quitar todos</translation>
    </message>
</context>
<context>
    <name>ImportDirectoryFlow</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="606" />
        <source>The directory was imported: {added} added, {updated} updated, {reactivated} reactivated, {unchanged} unchanged, {deactivated} marked inactive.</source>
        <translation>Se ha importado el directorio: {added} añadidos, {updated} actualizados, {reactivated} reactivados, {unchanged} sin cambios, {deactivated} marcados como inactivos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="618" />
        <source>{count} rows with errors were skipped.</source>
        <translation>Se han omitido {count} filas con errores.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="645" />
        <source>Import the employee directory</source>
        <translation>Importar el directorio de empleados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="647" />
        <source>Directory exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Exportaciones del directorio (*.csv *.txt *.tsv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="660" />
        <source>Directory imported</source>
        <translation>Directorio importado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="668" />
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="669" />
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Se ha cancelado la importación. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="687" />
        <source>Read-only workspace</source>
        <translation>Espacio de trabajo de solo lectura</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="688" />
        <source>This workspace is open read-only: the directory cannot be imported.</source>
        <translation>Este espacio de trabajo está abierto en solo lectura: no se puede importar el directorio.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="700" />
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="715" />
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="737" />
        <source>Importing the directory…</source>
        <translation>Importando el directorio…</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="366" />
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="367" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="368" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="369" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="370" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="70" />
        <source>{letter} · (no header)</source>
        <translation>{letter} · (sin cabecera)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="77" />
        <source>{name} · Excel workbook, sheet “{sheet}”</source>
        <translation>{name} · libro de Excel, hoja «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="82" />
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="83" />
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="84" />
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="85" />
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="88" />
        <source>{name} · CSV text, {encoding}, separated by {delimiter}</source>
        <translation>{name} · texto CSV, {encoding}, separado por {delimiter}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="96" />
        <source>header in row {row}</source>
        <translation>cabecera en la fila {row}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="100" />
        <source>header in rows {first}–{last}</source>
        <translation>cabecera en las filas {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="127" />
        <source>Choices from your last import are preselected.</source>
        <translation>Se han preseleccionado las opciones de tu última importación.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="134" />
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="134" />
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="134" />
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="178" />
        <source>Pseudonymise: keep no names, replace each identifier by a stable code</source>
        <translation>Seudonimizar: no guardar nombres y sustituir cada identificador por un código estable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="184" />
        <source>Mark employees who are not in this file as inactive (full export)</source>
        <translation>Marcar como inactivos a los empleados que no estén en este archivo (exportación completa)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="191" />
        <source>Detect (day first unless the file shows otherwise)</source>
        <translation>Detectar (primero el día salvo que el archivo indique lo contrario)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="193" />
        <source>Day first: 03/04/2024 is 3 April</source>
        <translation>Primero el día: 03/04/2024 es el 3 de abril</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="194" />
        <source>Month first: 03/04/2024 is March 4</source>
        <translation>Primero el mes: 03/04/2024 es el 4 de marzo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="196" />
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="200" />
        <source>Dates such as 03/04/2024:</source>
        <translation>Fechas como 03/04/2024:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="209" />
        <source>Check the data…</source>
        <translation>Comprobar los datos…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="220" />
        <source>What does each column hold?</source>
        <translation>¿Qué contiene cada columna?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="226" />
        <source>The first rows of the file (row numbers as in the file):</source>
        <translation>Las primeras filas del archivo (con su número de fila en el archivo):</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="241" />
        <source>Import directory — columns</source>
        <translation>Importar directorio — columnas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="285" />
        <source>Names are not kept when pseudonymising.</source>
        <translation>Al seudonimizar no se guardan los nombres.</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="849" />
        <source>Row {first} above the header was skipped.</source>
        <translation>Se ha omitido la fila {first}, que está encima de la cabecera.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="851" />
        <source>Rows {first}–{last} above the header were skipped.</source>
        <translation>Se han omitido las filas {first}–{last}, que están encima de la cabecera.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="862" />
        <source>Header rows {first}–{last} were combined into one.</source>
        <translation>Las filas de cabecera {first}–{last} se han combinado en una.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="875" />
        <source>Rows {first}–{last} share one merged cell; its value was used for each row.</source>
        <translation>Las filas {first}–{last} comparten una celda combinada; su valor se ha usado en cada fila.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="912" />
        <source>The row has {count} values but the header names {width} columns: a value probably contains the delimiter without quotation marks, which shifts the values to the right.</source>
        <translation>La fila tiene {count} valores, pero la cabecera nombra {width} columnas: probablemente un valor contiene el separador sin comillas, lo que desplaza los valores a la derecha.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="920" />
        <source>This value is in a column without a header; it was ignored.</source>
        <translation>Este valor está en una columna sin cabecera; se ha ignorado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="298" />
        <source>“{target}” is not a field one can import.</source>
        <translation>«{target}» no es un campo que se pueda importar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="310" />
        <source>Column {letter} has no header, so it cannot become a custom attribute. Import it as a field or not at all.</source>
        <translation>La columna {letter} no tiene cabecera, así que no puede ser un atributo propio. Impórtala como un campo o no la importes.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="323" />
        <source>Choose the column that holds the employee identifier: without it, a later export cannot be matched to the people already imported.</source>
        <translation>Elige la columna que contiene el identificador del empleado: sin él, una exportación posterior no se puede cotejar con las personas ya importadas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="335" />
        <source>Columns {columns} are all imported as “{field}”; choose only one.</source>
        <translation>Las columnas {columns} se importan todas como «{field}»; elige solo una.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="351" />
        <source>Import either a full name or first and last names, not both.</source>
        <translation>Importa o bien el nombre completo, o bien nombre y apellidos, pero no ambos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="608" />
        <source>The value is {length} characters long; at most {limit} fit here. Shorten it in the file or import the column as something else.</source>
        <translation>El valor tiene {length} caracteres; aquí caben como máximo {limit}. Acórtalo en el archivo o importa la columna como otra cosa.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="624" />
        <source>Invisible control characters (such as text-direction overrides) were removed.</source>
        <translation>Se han quitado caracteres de control invisibles (como los que fuerzan la dirección del texto).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="711" />
        <source>This column writes dates in {count} different ways (for example {examples}). Each was read on its own; check a few of them after the import.</source>
        <translation>Esta columna escribe las fechas de {count} formas distintas (por ejemplo {examples}). Cada una se ha leído por separado; revisa algunas después de importar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="729" />
        <source>Dates such as “{example}” were read as {read_as} ({order}).</source>
        <translation>Las fechas como «{example}» se han leído como {read_as} ({order}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="739" />
        <source>day first</source>
        <translation>primero el día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="741" />
        <source>month first</source>
        <translation>primero el mes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="826" />
        <source>The employee identifier is empty, so this row cannot be imported.</source>
        <translation>El identificador del empleado está vacío, así que esta fila no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="874" />
        <source>“{value}” is not a yes/no answer; write sí/no, yes/no, 1/0 or x (empty means no).</source>
        <translation>«{value}» no es una respuesta de sí o no; escribe sí/no, yes/no, 1/0 o x (vacío significa no).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="801" />
        <source>The cell lists {count} values; at most {limit} fit in one cell.</source>
        <translation>La celda enumera {count} valores; en una celda caben como máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="911" />
        <source>“{value}” is not a date this import understands; write it as 2024-03-15, 15/03/2024 or 15 mar 2024.</source>
        <translation>«{value}» no es una fecha que esta importación entienda; escríbela como 2024-03-15, 15/03/2024 o 15 mar 2024.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1065" />
        <source>This row repeats row {row} exactly; it was imported once.</source>
        <translation>Esta fila repite exactamente la fila {row}; se ha importado una sola vez.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1080" />
        <source>The identifier “{id}” is also used in row {row} with different data; only row {row} was imported. Give each person their own identifier.</source>
        <translation>El identificador «{id}» también se usa en la fila {row} con otros datos; solo se ha importado la fila {row}. Da a cada persona su propio identificador.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1152" />
        <source>{count} of the {active} active employees are not in this file and would be marked inactive. If the file is a partial export (one department, one site), keep the missing employees active instead.</source>
        <translation>{count} de los {active} empleados activos no están en este archivo y se marcarían como inactivos. Si el archivo es una exportación parcial (un departamento, una sede), mantén activos a los que faltan.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1168" />
        <source>The previous import was pseudonymised and this one is not: the identifiers will not match, so everyone would be added again and the pseudonymised employees marked inactive.</source>
        <translation>La importación anterior estaba seudonimizada y esta no: los identificadores no coincidirán, así que se volvería a añadir a todo el mundo y los empleados seudonimizados se marcarían como inactivos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1175" />
        <source>The previous import was not pseudonymised and this one is: the identifiers will not match, so everyone would be added again and the employees imported before, with their names, marked inactive.</source>
        <translation>La importación anterior no estaba seudonimizada y esta sí: los identificadores no coincidirán, así que se volvería a añadir a todo el mundo y los empleados importados antes, con sus nombres, se marcarían como inactivos.</translation>
    </message>
</context>
<context>
    <name>ValidationReportDialog</name>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="387" />
        <source>Import directory — check</source>
        <translation>Importar directorio — comprobación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="398" />
        <source>{total} rows read: {valid} can be imported, {invalid} have errors and will be skipped.</source>
        <translation>{total} filas leídas: {valid} se pueden importar, {invalid} tienen errores y se omitirán.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="407" />
        <source>The import will add {added} employees, update {updated}, reactivate {reactivated}, leave {unchanged} unchanged and mark {deactivated} as inactive (never deleted).</source>
        <translation>La importación añadirá {added} empleados, actualizará {updated}, reactivará {reactivated}, dejará {unchanged} sin cambios y marcará {deactivated} como inactivos (nunca se borran).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="440" />
        <source>All problems ({count})</source>
        <translation>Todos los problemas ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="443" />
        <source>Errors: rows not imported ({count})</source>
        <translation>Errores: filas que no se importan ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="447" />
        <source>Warnings ({count})</source>
        <translation>Avisos ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="450" />
        <source>Notes ({count})</source>
        <translation>Notas ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="476" />
        <source>No problems found: every row can be imported.</source>
        <translation>No hay problemas: se pueden importar todas las filas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="486" />
        <source>Import {count} valid rows</source>
        <translation>Importar {count} filas válidas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="493" />
        <source>Back to the columns</source>
        <translation>Volver a las columnas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="497" />
        <source>Save the problem list…</source>
        <translation>Guardar la lista de problemas…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="509" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="533" />
        <source>Row {row}, column {column}</source>
        <translation>Fila {row}, columna {column}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="538" />
        <source>Row {row}</source>
        <translation>Fila {row}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="540" />
        <source>Whole file</source>
        <translation>Todo el archivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="544" />
        <source>Value: “{value}”</source>
        <translation>Valor: «{value}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="565" />
        <source>Save the problem list</source>
        <extracomment>Replaceable in tests: where to save the problem list.</extracomment>
        <translation>Guardar la lista de problemas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/audiences/import_wizard.py" line="567" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="185" />
        <source>“{name}” is empty: there is nothing to import.</source>
        <translation>«{name}» está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="192" />
        <source>“{name}” is not a CSV table or an Excel workbook: it holds binary data (from line {line}). Export the directory from your HR system as CSV or XLSX.</source>
        <translation>«{name}» no es una tabla CSV ni un libro de Excel: contiene datos binarios (desde la línea {line}). Exporta el directorio desde tu sistema de RR. HH. como CSV o XLSX.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="236" />
        <source>“{name}” is a folder, not a file.</source>
        <translation>«{name}» es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="240" />
        <source>The file “{name}” does not exist.</source>
        <translation>El archivo «{name}» no existe.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="244" />
        <location filename="../../commsplanner/services/tabular.py" line="346" />
        <source>“{name}” cannot be read ({detail}).</source>
        <translation>No se puede leer «{name}» ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="255" />
        <source>“{name}” is an old-format Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as .xlsx (without a password) or as CSV.</source>
        <translation>«{name}» es un archivo de Excel de formato antiguo (.xls) o un libro protegido con contraseña. Ábrelo en Excel y guárdalo como .xlsx (sin contraseña) o como CSV.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="471" />
        <source>Row {row} of “{name}” cannot be read ({detail}).</source>
        <translation>No se puede leer la fila {row} de «{name}» ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="478" />
        <source>Row {row}, column {column} of “{name}”: the quotation mark that opens this value is never closed, so the rest of the file would be read as one value. Add the closing quotation mark, and write any quotation mark inside the value twice ("").</source>
        <translation>Fila {row}, columna {column} de «{name}»: las comillas que abren este valor no se cierran nunca, así que el resto del archivo se leería como un solo valor. Añade las comillas de cierre y escribe dos veces ("") las comillas que haya dentro del valor.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="489" />
        <source>Row {row}, column {column} of “{name}”: a quotation mark opens a value that is not closed properly (the file goes wrong at line {line}). A quoted value must end with a quotation mark followed by the delimiter or the end of the line, and a quotation mark inside it is written twice ("").</source>
        <translation>Fila {row}, columna {column} de «{name}»: unas comillas abren un valor que no se cierra bien (el archivo falla en la línea {line}). Un valor entre comillas debe terminar con comillas seguidas del separador o del final de la línea, y las comillas de dentro se escriben dos veces ("").</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="584" />
        <source>“{name}” is an OpenDocument spreadsheet (.ods). Save it as .xlsx or CSV and import that file.</source>
        <translation>«{name}» es una hoja de cálculo OpenDocument (.ods). Guárdala como .xlsx o CSV e importa ese archivo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="593" />
        <source>“{name}” is a compressed file but not an Excel workbook. Export the directory as CSV or XLSX.</source>
        <translation>«{name}» es un archivo comprimido, pero no un libro de Excel. Exporta el directorio como CSV o XLSX.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="614" />
        <source>“{name}” looks like an Excel workbook but cannot be read ({detail}). Open it in Excel, save it again as .xlsx and retry.</source>
        <translation>«{name}» parece un libro de Excel, pero no se puede leer ({detail}). Ábrelo en Excel, vuelve a guardarlo como .xlsx e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/tabular.py" line="628" />
        <source>“{name}” has no sheet called “{sheet}” (it has: {sheets}).</source>
        <translation>«{name}» no tiene ninguna hoja llamada «{sheet}» (tiene: {sheets}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1004" />
        <source>“{name}” has a header but no rows of employees below it (header in row {row}).</source>
        <translation>«{name}» tiene cabecera, pero ninguna fila de empleados debajo (cabecera en la fila {row}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1193" />
        <source>No row of “{name}” can be imported; fix the problems listed first.</source>
        <translation>No se puede importar ninguna fila de «{name}»; corrige primero los problemas indicados.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1277" />
        <source>The mapping names columns the file does not have: {columns}.</source>
        <translation>La correspondencia nombra columnas que el archivo no tiene: {columns}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1291" />
        <source>The column mapping cannot be used: {detail}</source>
        <translation>No se puede usar la correspondencia de columnas: {detail}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/directory_import.py" line="1303" />
        <source>“{name}” has no columns to import.</source>
        <translation>«{name}» no tiene columnas que importar.</translation>
    </message>
</context>
</TS>
