<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="160"/>
        <source>Submit the plan for approval</source>
        <translation>Enviar el plan a aprobación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="162"/>
        <source>Record the approval of the plan</source>
        <translation>Registrar la aprobación del plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="166"/>
        <source>A snapshot of the plan as it stands now is kept with this record, so that later changes can be listed.</source>
        <translation>Con este registro se guarda una instantánea del plan tal como está ahora, para poder enumerar después los cambios.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="178"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="179"/>
        <source>Changes requested</source>
        <translation>Se piden cambios</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="183"/>
        <source>Submitted by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="185"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="193"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="194"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="200"/>
        <source>The plan changed since it was submitted ({count} change(s)); the approval applies to the plan as it is now.</source>
        <translation>El plan ha cambiado desde que se envió ({count} cambio(s)); la aprobación se aplica al plan tal como está ahora.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="215"/>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="217"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="262"/>
        <source>Approved by {who} on {when}</source>
        <translation>Aprobado por {who} el {when}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="263"/>
        <source>Submitted by {who} on {when}</source>
        <translation>Enviado a aprobación por {who} el {when}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="264"/>
        <source>Changes requested by {who} on {when}</source>
        <translation>Cambios pedidos por {who} el {when}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="272"/>
        <source>: “{comment}”</source>
        <translation>: «{comment}»</translation>
    </message>
</context>
<context>
    <name>BlackoutsPanel</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="776"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="777"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="778"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="779"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="783"/>
        <source>e.g. Quarter close</source>
        <translation>p. ej., Cierre trimestral</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="787"/>
        <source>Blackout periods</source>
        <translation>Periodos sin envíos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="788"/>
        <source>Days when nothing should be sent (quarter close, peak season, company events). The calendar marks them and warns about communications in them.</source>
        <translation>Días en los que no debe enviarse nada (cierres trimestrales, temporada alta, eventos de empresa). El calendario los marca y avisa de las comunicaciones que caen en ellos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="793"/>
        <source>New period</source>
        <translation>Nuevo periodo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="794"/>
        <source>New blackout period</source>
        <translation>Nuevo periodo sin envíos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="795"/>
        <source>Blackout period “{name}”</source>
        <translation>Periodo sin envíos «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="796"/>
        <source>Add blackout period “{name}”</source>
        <translation>Añadir el periodo sin envíos «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="797"/>
        <source>Edit blackout period “{name}”</source>
        <translation>Editar el periodo sin envíos «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="798"/>
        <source>Delete blackout period “{name}”</source>
        <translation>Eliminar el periodo sin envíos «{name}»</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="87"/>
        <source>Start drafting</source>
        <translation>Empezar el borrador</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="89"/>
        <source>Reopen as draft</source>
        <translation>Reabrir como borrador</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="90"/>
        <source>Back to draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="93"/>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="95"/>
        <source>Unschedule</source>
        <translation>Desprogramar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="98"/>
        <source>Back to idea</source>
        <translation>Volver a idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="99"/>
        <source>Send for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="100"/>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="101"/>
        <source>Go live</source>
        <translation>Poner en marcha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="102"/>
        <source>Mark as done</source>
        <translation>Dar por terminada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="103"/>
        <source>Cancel campaign…</source>
        <translation>Cancelar la campaña…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="383"/>
        <source>Choose a campaign in the list, or create one (from scratch or from a template).</source>
        <extracomment>A campaign was created; its id.</extracomment>
        <translation>Elige una campaña de la lista o crea una (desde cero o a partir de una plantilla).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="388"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="389"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="390"/>
        <source>Record result…</source>
        <translation>Registrar resultado…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="392"/>
        <source>Type in a result of this campaign (a score, a rate…)</source>
        <translation>Introducir un resultado de esta campaña (una puntuación, una tasa…)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="396"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="397"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="398"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="399"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="400"/>
        <source>Respondents</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="404"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="405"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="406"/>
        <source>Key messages</source>
        <translation>Mensajes clave</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="407"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="408"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="409"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="410"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="411"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="412"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="413"/>
        <source>Goals served</source>
        <translation>Objetivos a los que sirve</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="414"/>
        <source>Values promoted</source>
        <translation>Valores que promueve</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="415"/>
        <source>Target segments</source>
        <translation>Segmentos destinatarios</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="420"/>
        <source>A key message, in one sentence</source>
        <translation>Un mensaje clave, en una frase</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="422"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="423"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="424"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="425"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="427"/>
        <source>Tick the values the campaign promotes; tick “Primary” for its main ones.</source>
        <translation>Marca los valores que promueve la campaña; marca «Principal» en los más importantes.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="432"/>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="433"/>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="438"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="439"/>
        <source>Revert</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="440"/>
        <source>Workflow:</source>
        <translation>Flujo de trabajo:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="441"/>
        <source>New communication…</source>
        <translation>Nueva comunicación…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="442"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="443"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="446"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="447"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="448"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="449"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="550"/>
        <source>{name} — {size} people</source>
        <translation>{name} — {size} personas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="565"/>
        <source>No segment chosen yet.</source>
        <translation>Aún no se ha elegido ningún segmento.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="576"/>
        <source>Together they reach {count} people ({share} % of the organisation).</source>
        <translation>Entre todos llegan a {count} personas ({share} % de la organización).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="599"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="606"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="607"/>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="636"/>
        <source>Communications ({count})</source>
        <translation>Comunicaciones ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="658"/>
        <source>Created as {status}</source>
        <translation>Creada como {status}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="677"/>
        <source>withheld</source>
        <translation>oculto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="692"/>
        <source>Results ({count})</source>
        <translation>Resultados ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="697"/>
        <source>No results recorded for this campaign yet. Use “Record result…” or import them on the Listening page.</source>
        <translation>Aún no hay resultados registrados para esta campaña. Use «Registrar resultado…» o impórtelos en la página Escucha.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="703"/>
        <source>{count} result(s) recorded.</source>
        <translation>{count} resultado(s) registrado(s).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="708"/>
        <source>{count} withheld: their group is below the anonymity threshold.</source>
        <translation>{count} ocultos: su grupo está por debajo del umbral de anonimato.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="801"/>
        <source>New campaign “{name}”</source>
        <translation>Nueva campaña «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="816"/>
        <source>Edit campaign “{name}”</source>
        <translation>Editar la campaña «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="840"/>
        <source>Approve the campaign</source>
        <translation>Aprobar la campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="841"/>
        <source>Who approves “{name}”, and on which conditions?</source>
        <translation>¿Quién aprueba «{name}» y con qué condiciones?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="853"/>
        <source>Cancel the campaign</source>
        <translation>Cancelar la campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="854"/>
        <source>Cancel “{name}”? Its open communications are cancelled too. Say why, for the record (optional).</source>
        <translation>¿Cancelar «{name}»? Sus comunicaciones abiertas también se cancelan. Indica el motivo para que conste (opcional).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="866"/>
        <source>“{name}”: {action}</source>
        <translation>«{name}»: {action}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="909"/>
        <source>New communication “{title}”</source>
        <translation>Nueva comunicación «{title}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="936"/>
        <source>Edit communication “{title}”</source>
        <translation>Editar la comunicación «{title}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="958"/>
        <source>Delete communication “{title}”</source>
        <translation>Eliminar la comunicación «{title}»</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="60"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="178"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="179"/>
        <source>New from template…</source>
        <translation>Nueva desde plantilla…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="180"/>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="361"/>
        <source>Delete campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="181"/>
        <source>Submit for approval…</source>
        <translation>Enviar a aprobación…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="182"/>
        <source>Record approval…</source>
        <translation>Registrar aprobación…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="183"/>
        <source>Changes since approval</source>
        <translation>Cambios desde la aprobación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="185"/>
        <source>Search name, objective, owner, notes…</source>
        <translation>Buscar en nombre, objetivo, responsable, notas…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="238"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="243"/>
        <source>All values</source>
        <translation>Todos los valores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="251"/>
        <source>All goals</source>
        <translation>Todos los objetivos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="256"/>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="261"/>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="281"/>
        <source>{count} campaign(s)</source>
        <translation>{count} campaña(s)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="286"/>
        <source>{shown} of {count} campaign(s) shown</source>
        <translation>Se muestran {shown} de {count} campaña(s)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="296"/>
        <source>The plan has not been submitted for approval yet.</source>
        <translation>El plan aún no se ha enviado a aprobación.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="302"/>
        <source>last approval: {line}</source>
        <translation>última aprobación: {line}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="362"/>
        <source>Delete “{name}” and its {count} communication(s)? You can undo this.</source>
        <translation>¿Eliminar «{name}» y sus {count} comunicación(es)? Se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="373"/>
        <source>Delete campaign “{name}”</source>
        <translation>Eliminar la campaña «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="394"/>
        <source>New campaign “{name}” from a template</source>
        <translation>Nueva campaña «{name}» desde plantilla</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="421"/>
        <source>The plan has {campaigns} campaign(s) and {communications} communication(s).</source>
        <translation>El plan tiene {campaigns} campaña(s) y {communications} comunicación(es).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="436"/>
        <source>Submit the plan for approval</source>
        <translation>Enviar el plan a aprobación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="455"/>
        <source>Record the approval of the plan</source>
        <translation>Registrar la aprobación del plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="457"/>
        <source>Record that changes were requested</source>
        <translation>Registrar que se piden cambios</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../commsplanner/ui/planning/channels_page.py" line="22"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="648"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="649"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="650"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="651"/>
        <source>Weekly cap per person</source>
        <translation>Máximo semanal por persona</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="652"/>
        <source>Daily capacity</source>
        <translation>Capacidad diaria</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="653"/>
        <source>Effort or cost</source>
        <translation>Esfuerzo o coste</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="654"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="659"/>
        <source>Two-way: people can answer, ask or take part</source>
        <translation>Bidireccional: la gente puede responder, preguntar o participar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="661"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="665"/>
        <source>How many messages one person may get through it in a week.</source>
        <translation>Cuántos mensajes puede recibir una persona por este canal en una semana.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="668"/>
        <source>How many communications the channel can carry in one day.</source>
        <translation>Cuántas comunicaciones puede llevar el canal en un día.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="671"/>
        <source>e.g. 2 h to prepare; printing 150 €</source>
        <translation>p. ej., 2 h de preparación; impresión 150 €</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="676"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="677"/>
        <source>How the team reaches people, and how much each channel can carry.</source>
        <translation>Cómo llega el equipo a las personas y cuánto puede llevar cada canal.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="681"/>
        <location filename="../../commsplanner/ui/planning/panels.py" line="682"/>
        <source>New channel</source>
        <translation>Nuevo canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="683"/>
        <source>Channel “{name}”</source>
        <translation>Canal «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="684"/>
        <source>Add channel “{name}”</source>
        <translation>Añadir el canal «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="685"/>
        <source>Edit channel “{name}”</source>
        <translation>Editar el canal «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="686"/>
        <source>Delete channel “{name}”</source>
        <translation>Eliminar el canal «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="730"/>
        <source>Channel in use</source>
        <translation>Canal en uso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="731"/>
        <source>{count} communication(s) use “{name}”. Move them to another channel before deleting it:</source>
        <translation>{count} comunicación(es) usan «{name}». Muévelas a otro canal antes de eliminarlo:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="739"/>
        <source>No channel (decide later)</source>
        <translation>Ningún canal (decidir más tarde)</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../commsplanner/ui/planning/common.py" line="239"/>
        <location filename="../../commsplanner/ui/planning/common.py" line="246"/>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
</context>
<context>
    <name>CommunicationDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="79"/>
        <source>New communication</source>
        <translation>Nueva comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="81"/>
        <source>Edit communication</source>
        <translation>Editar la comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="105"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="107"/>
        <source>No channel yet</source>
        <translation>Aún sin canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="127"/>
        <source>What to say, to whom, the call to action, who signs it…</source>
        <translation>Qué decir, a quién, qué se pide y quién lo firma…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="135"/>
        <source>The campaign&apos;s segments</source>
        <translation>Los segmentos de la campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="137"/>
        <source>These segments:</source>
        <translation>Estos segmentos:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="146"/>
        <source>{name} — {size} people</source>
        <translation>{name} — {size} personas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="169"/>
        <source>Skip this date</source>
        <translation>Omitir esta fecha</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="172"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="173"/>
        <source>Skipped occurrences</source>
        <translation>Repeticiones omitidas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="189"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="192"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="194"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="195"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="196"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="197"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="198"/>
        <source>Approved by</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="199"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="202"/>
        <source>Message brief</source>
        <translation>Resumen del mensaje</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="215"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="216"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="217"/>
        <source>Repetition</source>
        <translation>Repetición</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="281"/>
        <source>Changes since the last approval</source>
        <translation>Cambios desde la última aprobación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="299"/>
        <source>Nothing has changed since then.</source>
        <translation>No ha cambiado nada desde entonces.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="301"/>
        <source>{count} change(s)</source>
        <translation>{count} cambio(s)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="305"/>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="193"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="194"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="195"/>
        <source>Revert</source>
        <translation>Descartar cambios</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="484"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="485"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="486"/>
        <source>KPI</source>
        <translation>Indicador (KPI)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="487"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="488"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="492"/>
        <source>e.g. internal NPS</source>
        <translation>p. ej., NPS interno</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="493"/>
        <source>e.g. +10 points</source>
        <translation>p. ej., +10 puntos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="494"/>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="498"/>
        <source>Business goals</source>
        <translation>Objetivos de negocio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="499"/>
        <source>What the business wants to achieve; campaigns say which goals they serve.</source>
        <translation>Lo que el negocio quiere conseguir; cada campaña indica a qué objetivos sirve.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="503"/>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="504"/>
        <source>New business goal</source>
        <translation>Nuevo objetivo de negocio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="505"/>
        <source>Business goal “{name}”</source>
        <translation>Objetivo de negocio «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="506"/>
        <source>Add goal “{name}”</source>
        <translation>Añadir el objetivo «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="507"/>
        <source>Edit goal “{name}”</source>
        <translation>Editar el objetivo «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="508"/>
        <source>Delete goal “{name}”</source>
        <translation>Eliminar el objetivo «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="546"/>
        <source>Goal in use</source>
        <translation>Objetivo en uso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="547"/>
        <source>“{name}” is served by {count} campaign(s). Remove it from them and delete it? (You can undo this.)</source>
        <translation>{count} campaña(s) sirven a «{name}». ¿Quitarlo de ellas y eliminarlo? (Se puede deshacer.)</translation>
    </message>
</context>
<context>
    <name>PlanningCli</name>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="27"/>
        <source>List the campaigns of a plan with their status, dates, values and segments.</source>
        <translation>Lista las campañas de un plan con su estado, fechas, valores y segmentos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="34"/>
        <location filename="../../commsplanner/cli_planning.py" line="54"/>
        <source>WORKSPACE</source>
        <translation>ESPACIO</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="35"/>
        <location filename="../../commsplanner/cli_planning.py" line="55"/>
        <source>The workspace file (.commsplan); it is opened read-only.</source>
        <translation>El archivo del espacio de trabajo (.commsplan); se abre en solo lectura.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="43"/>
        <source>Only campaigns with this status (may be repeated).</source>
        <translation>Solo las campañas con este estado (se puede repetir).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="50"/>
        <source>Print what changed in the plan since it was last approved.</source>
        <translation>Muestra qué ha cambiado en el plan desde su última aprobación.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="93"/>
        <source>No campaigns.</source>
        <translation>No hay campañas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="95"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="108"/>
        <source> (primary)</source>
        <translation> (principal)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="112"/>
        <source>{name} ({size} people)</source>
        <translation>{name} ({size} personas)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="119"/>
        <source>Values: {values}</source>
        <translation>Valores: {values}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="123"/>
        <source>Segments: {segments}</source>
        <translation>Segmentos: {segments}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="129"/>
        <source>Communications: {count}</source>
        <translation>Comunicaciones: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="147"/>
        <source>Approved by {who} on {when}: “{comment}”</source>
        <translation>Aprobado por {who} el {when}: «{comment}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="159"/>
        <source>Nothing has changed since then.</source>
        <translation>No ha cambiado nada desde entonces.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="161"/>
        <source>{count} change(s) since then:</source>
        <translation>{count} cambio(s) desde entonces:</translation>
    </message>
</context>
<context>
    <name>PlanningTables</name>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="185"/>
        <location filename="../../commsplanner/ui/planning/models.py" line="622"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="186"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="244"/>
        <source>Goal</source>
        <extracomment>The ids in the order the user dropped them into.</extracomment>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="245"/>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="246"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="247"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="267"/>
        <location filename="../../commsplanner/ui/planning/models.py" line="478"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="268"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="269"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="270"/>
        <source>Per person a week</source>
        <translation>Por persona y semana</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="271"/>
        <source>A day</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="272"/>
        <location filename="../../commsplanner/ui/planning/models.py" line="352"/>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="288"/>
        <source>Two-way</source>
        <translation>Bidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="290"/>
        <source>One-way</source>
        <translation>Unidireccional</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="294"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="324"/>
        <source>Blackout period</source>
        <translation>Periodo sin envíos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="325"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="326"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="327"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="344"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="345"/>
        <location filename="../../commsplanner/ui/planning/models.py" line="480"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="346"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="347"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="348"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="349"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="350"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="351"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="409"/>
        <source>{name}: {size} people</source>
        <translation>{name}: {size} personas</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="476"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="477"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="479"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="481"/>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="499"/>
        <source>No channel</source>
        <translation>Sin canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="502"/>
        <source>Campaign&apos;s segments</source>
        <translation>Segmentos de la campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="623"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="584"/>
        <source>Move and delete</source>
        <translation>Mover y eliminar</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="179"/>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="180"/>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="181"/>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="182"/>
        <source>Monthly</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="183"/>
        <source>Custom rule</source>
        <translation>Regla personalizada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="188"/>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="193"/>
        <source>On day</source>
        <translation>El día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="194"/>
        <source>On the</source>
        <translation>El</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="196"/>
        <source>On the last day of the month</source>
        <translation>El último día del mes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="199"/>
        <source>On the last working day (Monday to Friday)</source>
        <translation>El último día laborable (de lunes a viernes)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="201"/>
        <source>or the last day in shorter months</source>
        <translation>o el último día en los meses más cortos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="211"/>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="212"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="213"/>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="214"/>
        <source>after</source>
        <translation>tras</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="215"/>
        <source>times</source>
        <translation>veces</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="217"/>
        <source>An RFC 5545 rule, e.g. FREQ=YEARLY;BYMONTH=3</source>
        <translation>Una regla RFC 5545, p. ej., FREQ=YEARLY;BYMONTH=3</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="320"/>
        <source>day(s)</source>
        <translation>día(s)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="321"/>
        <source>week(s)</source>
        <translation>semana(s)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="322"/>
        <source>month(s)</source>
        <translation>mes(es)</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="96"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="97"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <location filename="../../commsplanner/ui/planning/strategy_page.py" line="22"/>
        <source>Values and goals</source>
        <translation>Valores y objetivos</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="358"/>
        <source>New campaign from a template</source>
        <translation>Nueva campaña a partir de una plantilla</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="390"/>
        <source>Create the channels it needs that the workspace lacks</source>
        <translation>Crear los canales que necesita y que faltan en el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="394"/>
        <source>Move dates off weekends and public holidays</source>
        <translation>Evitar fines de semana y festivos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="401"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="402"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="403"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="410"/>
        <source>Language of the texts</source>
        <translation>Idioma de los textos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="411"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="412"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="413"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="414"/>
        <source>Target segments</source>
        <translation>Segmentos destinatarios</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="431"/>
        <source>Create campaign</source>
        <translation>Crear la campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="485"/>
        <source>No channel yet</source>
        <translation>Aún sin canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="488"/>
        <source>{name} (new {kind} channel)</source>
        <translation>{name} (canal nuevo de tipo {kind})</translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="356"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="357"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="358"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="359"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="360"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="362"/>
        <source>You can also drag values to reorder them.</source>
        <translation>También puedes arrastrar los valores para reordenarlos.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="368"/>
        <source>Corporate values</source>
        <translation>Valores corporativos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="369"/>
        <source>The values campaigns promote, in order of importance (drag to reorder).</source>
        <translation>Los valores que promueven las campañas, por orden de importancia (arrastra para reordenar).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="373"/>
        <source>New value</source>
        <translation>Nuevo valor</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="374"/>
        <source>New corporate value</source>
        <translation>Nuevo valor corporativo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="375"/>
        <source>Corporate value “{name}”</source>
        <translation>Valor corporativo «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="376"/>
        <source>Add value “{name}”</source>
        <translation>Añadir el valor «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="377"/>
        <source>Edit value “{name}”</source>
        <translation>Editar el valor «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="378"/>
        <source>Delete value “{name}”</source>
        <translation>Eliminar el valor «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="422"/>
        <source>Value in use</source>
        <translation>Valor en uso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="423"/>
        <source>“{name}” is promoted by {count} campaign(s). Remove it from them and delete it? (You can undo this.)</source>
        <translation>{count} campaña(s) promueven «{name}». ¿Quitarlo de ellas y eliminarlo? (Se puede deshacer.)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="442"/>
        <source>Move value “{name}”</source>
        <translation>Mover el valor «{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="452"/>
        <source>Reorder values</source>
        <translation>Reordenar los valores</translation>
    </message>
</context>
<context>
    <name>channel_kind</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="112"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="113"/>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="114"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="115"/>
        <source>Town hall</source>
        <translation>Reunión general</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="116"/>
        <source>Manager cascade</source>
        <translation>Cascada de mandos</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="117"/>
        <source>Newsletter</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="118"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="119"/>
        <source>Signage</source>
        <translation>Cartelería</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="120"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="121"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="322"/>
        <source>There is already a corporate value called “{name}”; choose another name.</source>
        <translation>Ya hay un valor corporativo llamado «{name}»; elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="325"/>
        <source>There is already a business goal called “{name}”; choose another name.</source>
        <translation>Ya hay un objetivo de negocio llamado «{name}»; elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="328"/>
        <source>There is already a channel called “{name}”; choose another name.</source>
        <translation>Ya hay un canal llamado «{name}»; elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="331"/>
        <source>There is already a campaign called “{name}”; choose another name.</source>
        <translation>Ya hay una campaña llamada «{name}»; elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="339"/>
        <source>“{name}” can only go back to being an idea while it is a draft.</source>
        <translation>«{name}» solo puede volver a ser una idea mientras es un borrador.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="342"/>
        <source>“{name}” cannot go back to draft once it is live or done.</source>
        <translation>«{name}» no puede volver a borrador una vez en curso o terminada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="345"/>
        <source>“{name}” can only be sent for review while it is a draft.</source>
        <translation>«{name}» solo puede enviarse a revisión mientras es un borrador.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="348"/>
        <source>“{name}” can only be approved while it is in review.</source>
        <translation>«{name}» solo puede aprobarse mientras está en revisión.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="351"/>
        <source>“{name}” can only be scheduled once it has been approved.</source>
        <translation>«{name}» solo puede programarse una vez aprobada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="354"/>
        <source>“{name}” can only go live once it is scheduled.</source>
        <translation>«{name}» solo puede ponerse en marcha una vez programada.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="355"/>
        <source>“{name}” can only be marked done while it is live.</source>
        <translation>«{name}» solo puede darse por terminada mientras está en curso.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="356"/>
        <source>“{name}” is already done or cancelled, so it cannot be cancelled.</source>
        <translation>«{name}» ya está terminada o cancelada, así que no puede cancelarse.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="379"/>
        <source>“{name}” already has that status.</source>
        <translation>«{name}» ya tiene ese estado.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="390"/>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="358"/>
        <source>Say who approved it: the approval needs a name.</source>
        <translation>Indica quién lo aprobó: la aprobación necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="658"/>
        <location filename="../../commsplanner/services/planning.py" line="395"/>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="353"/>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="64"/>
        <source>Add a comment to the approval (what was approved, on which conditions).</source>
        <translation>Añade un comentario a la aprobación (qué se aprobó y con qué condiciones).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="406"/>
        <source>New campaigns and communications start as an idea or a draft; later statuses are reached through the workflow.</source>
        <translation>Las campañas y comunicaciones nuevas empiezan como idea o borrador; los demás estados se alcanzan siguiendo el flujo de trabajo.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="644"/>
        <location filename="../../commsplanner/services/planning.py" line="657"/>
        <source>Choose a different channel to move them to.</source>
        <extracomment>When status changes happen; replaceable in tests.</extracomment>
        <translation>Elige otro canal al que moverlas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="699"/>
        <source>Choose a different segment to move them to.</source>
        <translation>Elige otro segmento al que moverlas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="962"/>
        <source>“{title}” does not repeat: delete it instead of skipping a date.</source>
        <translation>«{title}» no se repite: elimínala en lugar de omitir una fecha.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="969"/>
        <source>The occurrence of {day} is already skipped.</source>
        <translation>La repetición del {day} ya está omitida.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="974"/>
        <source>“{title}” has no occurrence on {day}.</source>
        <translation>«{title}» no tiene ninguna repetición el {day}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="988"/>
        <source>The occurrence of {day} is not skipped.</source>
        <translation>La repetición del {day} no está omitida.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/templates.py" line="189"/>
        <source>The campaign template “{file}” is damaged ({detail}).</source>
        <translation>La plantilla de campaña «{file}» está dañada ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/templates.py" line="236"/>
        <source>There is no campaign template “{id}”.</source>
        <translation>No existe la plantilla de campaña «{id}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="61"/>
        <source>The plan has never been approved, so there is nothing to compare it with. Record an approval first.</source>
        <translation>El plan nunca se ha aprobado, así que no hay nada con qué compararlo. Registra primero una aprobación.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="653"/>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="59"/>
        <source>Say who is signing: the record needs a name.</source>
        <extracomment>When approvals happen; replaceable in tests.</extracomment>
        <translation>Indica quién firma: el registro necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>plan_diff</name>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="190"/>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="214"/>
        <source>Campaign added: “{name}” ({start} – {end}), {count} communication(s).</source>
        <translation>Campaña añadida: «{name}» ({start} – {end}), {count} comunicación(es).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="217"/>
        <source>Campaign removed: “{name}” ({start} – {end}).</source>
        <translation>Campaña eliminada: «{name}» ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="220"/>
        <source>Campaign renamed: “{old}” → “{new}”.</source>
        <translation>Campaña renombrada: «{old}» → «{new}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="221"/>
        <source>“{name}”: dates moved from {old_start} – {old_end} to {new_start} – {new_end}.</source>
        <translation>«{name}»: fechas movidas de {old_start} – {old_end} a {new_start} – {new_end}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="225"/>
        <source>“{name}”: status changed from {old} to {new}.</source>
        <translation>«{name}»: estado cambiado de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="228"/>
        <source>“{name}”: priority changed from {old} to {new}.</source>
        <translation>«{name}»: prioridad cambiada de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="231"/>
        <source>“{name}”: owner changed from {old} to {new}.</source>
        <translation>«{name}»: responsable cambiado de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="234"/>
        <source>“{name}”: segments added: {names}.</source>
        <translation>«{name}»: segmentos añadidos: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="235"/>
        <source>“{name}”: segments removed: {names}.</source>
        <translation>«{name}»: segmentos quitados: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="236"/>
        <source>“{name}”: values added: {names}.</source>
        <translation>«{name}»: valores añadidos: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="237"/>
        <source>“{name}”: values removed: {names}.</source>
        <translation>«{name}»: valores quitados: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="238"/>
        <source>“{name}”: value “{value}” changed from {old} to {new}.</source>
        <translation>«{name}»: el valor «{value}» pasa de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="241"/>
        <source>“{name}”: goals added: {names}.</source>
        <translation>«{name}»: objetivos añadidos: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="242"/>
        <source>“{name}”: goals removed: {names}.</source>
        <translation>«{name}»: objetivos quitados: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="243"/>
        <source>“{campaign}”: communication added: “{title}” on {when}.</source>
        <translation>«{campaign}»: comunicación añadida: «{title}» el {when}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="246"/>
        <source>“{campaign}”: communication removed: “{title}” (was on {when}).</source>
        <translation>«{campaign}»: comunicación eliminada: «{title}» (estaba el {when}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="249"/>
        <source>“{campaign}”: “{title}” moved here from campaign “{old}”.</source>
        <translation>«{campaign}»: «{title}» se ha traído de la campaña «{old}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="252"/>
        <source>“{campaign}”: communication renamed: “{old}” → “{new}”.</source>
        <translation>«{campaign}»: comunicación renombrada: «{old}» → «{new}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="255"/>
        <source>“{campaign}”: “{title}” moved from {old} to {new}.</source>
        <translation>«{campaign}»: «{title}» movida del {old} al {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="258"/>
        <source>“{campaign}”: “{title}” status changed from {old} to {new}.</source>
        <translation>«{campaign}»: «{title}» cambia de estado: de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="261"/>
        <source>“{campaign}”: “{title}” channel changed from {old} to {new}.</source>
        <translation>«{campaign}»: «{title}» cambia de canal: de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="264"/>
        <source>“{campaign}”: “{title}” audience changed from {old} to {new}.</source>
        <translation>«{campaign}»: «{title}» cambia de público: de {old} a {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="267"/>
        <source>“{campaign}”: “{title}” repetition changed from “{old}” to “{new}”.</source>
        <translation>«{campaign}»: «{title}» cambia de repetición: de «{old}» a «{new}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="270"/>
        <source>“{campaign}”: “{title}” no longer takes place on {days}.</source>
        <translation>«{campaign}»: «{title}» ya no tiene lugar el {days}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="273"/>
        <source>“{campaign}”: “{title}” takes place again on {days}.</source>
        <translation>«{campaign}»: «{title}» vuelve a tener lugar el {days}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="277"/>
        <source>no channel</source>
        <translation>ningún canal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="278"/>
        <source>the campaign&apos;s segments</source>
        <translation>los segmentos de la campaña</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="279"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="280"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>planning_warnings</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="162"/>
        <source>“{title}” on {day} falls outside the dates of its campaign “{campaign}” ({start} – {end}).</source>
        <translation>«{title}» el {day} queda fuera de las fechas de su campaña «{campaign}» ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="166"/>
        <source>“{title}” repeats beyond the dates of its campaign “{campaign}” ({start} – {end}).</source>
        <translation>«{title}» se repite más allá de las fechas de su campaña «{campaign}» ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="170"/>
        <source>“{title}” on {day} falls in the blackout period “{blackout}”.</source>
        <translation>«{title}» el {day} cae en el periodo sin envíos «{blackout}».</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="174"/>
        <source>{count} communication(s) of “{campaign}” now fall outside its dates.</source>
        <translation>{count} comunicación(es) de «{campaign}» quedan ahora fuera de sus fechas.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="178"/>
        <source>{count} communication(s) lost their only segment and now reach their campaign&apos;s whole audience.</source>
        <translation>{count} comunicación(es) han perdido su único segmento y ahora llegan a todo el público de su campaña.</translation>
    </message>
</context>
<context>
    <name>priority</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="106"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="107"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="108"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="109"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
</context>
<context>
    <name>recurrence</name>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="30"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="31"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="32"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="33"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="34"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="35"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="36"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="40"/>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="41"/>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="42"/>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="43"/>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="44"/>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="387"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="407"/>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="409"/>
        <source>Custom repetition ({rule})</source>
        <translation>Repetición personalizada ({rule})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="414"/>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="416"/>
        <source>Every {n} days</source>
        <translation>Cada {n} días</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="421"/>
        <source>Every week on {days}</source>
        <translation>Cada semana: {days}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="423"/>
        <source>Every {n} weeks on {days}</source>
        <translation>Cada {n} semanas: {days}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="429"/>
        <source>Every month on day {day}</source>
        <translation>Cada mes, el día {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="431"/>
        <source>Every {n} months on day {day}</source>
        <translation>Cada {n} meses, el día {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="435"/>
        <source> (or the last day of shorter months)</source>
        <translation> (o el último día en los meses más cortos)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="437"/>
        <source> (skipping months without that day)</source>
        <translation> (salvo los meses que no tienen ese día)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="441"/>
        <source>Every month on the {nth} {weekday}</source>
        <translation>Cada mes, el {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="443"/>
        <source>Every {n} months on the {nth} {weekday}</source>
        <translation>Cada {n} meses, el {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="451"/>
        <source>Every month on its last day</source>
        <translation>Cada mes, el último día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="453"/>
        <source>Every {n} months on the last day</source>
        <translation>Cada {n} meses, el último día</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="457"/>
        <source>Every month on its last working day</source>
        <translation>Cada mes, el último día laborable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="459"/>
        <source>Every {n} months on the last working day</source>
        <translation>Cada {n} meses, el último día laborable</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="464"/>
        <source>; until {date}</source>
        <translation>; hasta el {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="469"/>
        <source>; once only</source>
        <translation>; una sola vez</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="471"/>
        <source>; {count} times</source>
        <translation>; {count} veces</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="477"/>
        <source>; skipping {dates} and {more} more</source>
        <translation>; salvo el {dates} y {more} más</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="481"/>
        <source>; skipping {dates}</source>
        <translation>; salvo el {dates}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="96"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="97"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="98"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="99"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="100"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="101"/>
        <source>Live</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="102"/>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="103"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>value_weight</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="124"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="125"/>
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
</context>
</TS>
