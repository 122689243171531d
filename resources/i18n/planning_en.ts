<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="160"/>
        <source>Submit the plan for approval</source>
        <translation>Submit the plan for approval</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="162"/>
        <source>Record the approval of the plan</source>
        <translation>Record the approval of the plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="166"/>
        <source>A snapshot of the plan as it stands now is kept with this record, so that later changes can be listed.</source>
        <translation>A snapshot of the plan as it stands now is kept with this record, so that later changes can be listed.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="178"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="179"/>
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="183"/>
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="185"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="193"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="194"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="200"/>
        <source>The plan changed since it was submitted ({count} change(s)); the approval applies to the plan as it is now.</source>
        <translation>The plan changed since it was submitted ({count} change(s)); the approval applies to the plan as it is now.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="215"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="217"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="262"/>
        <source>Approved by {who} on {when}</source>
        <translation>Approved by {who} on {when}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="263"/>
        <source>Submitted by {who} on {when}</source>
        <translation>Submitted by {who} on {when}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="264"/>
        <source>Changes requested by {who} on {when}</source>
        <translation>Changes requested by {who} on {when}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="272"/>
        <source>: “{comment}”</source>
        <translation>: “{comment}”</translation>
    </message>
</context>
<context>
    <name>BlackoutsPanel</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="776"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="777"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="778"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="779"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="783"/>
        <source>e.g. Quarter close</source>
        <translation>e.g. Quarter close</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="787"/>
        <source>Blackout periods</source>
        <translation>Blackout periods</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="788"/>
        <source>Days when nothing should be sent (quarter close, peak season, company events). The calendar marks them and warns about communications in them.</source>
        <translation>Days when nothing should be sent (quarter close, peak season, company events). The calendar marks them and warns about communications in them.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="793"/>
        <source>New period</source>
        <translation>New period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="794"/>
        <source>New blackout period</source>
        <translation>New blackout period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="795"/>
        <source>Blackout period “{name}”</source>
        <translation>Blackout period “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="796"/>
        <source>Add blackout period “{name}”</source>
        <translation>Add blackout period “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="797"/>
        <source>Edit blackout period “{name}”</source>
        <translation>Edit blackout period “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="798"/>
        <source>Delete blackout period “{name}”</source>
        <translation>Delete blackout period “{name}”</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="87"/>
        <source>Start drafting</source>
        <translation>Start drafting</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="89"/>
        <source>Reopen as draft</source>
        <translation>Reopen as draft</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="90"/>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="93"/>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="95"/>
        <source>Unschedule</source>
        <translation>Unschedule</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="98"/>
        <source>Back to idea</source>
        <translation>Back to idea</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="99"/>
        <source>Send for review</source>
        <translation>Send for review</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="100"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="101"/>
        <source>Go live</source>
        <translation>Go live</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="102"/>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="103"/>
        <source>Cancel campaign…</source>
        <translation>Cancel campaign…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="383"/>
        <source>Choose a campaign in the list, or create one (from scratch or from a template).</source>
        <extracomment>A campaign was created; its id.</extracomment>
        <translation>Choose a campaign in the list, or create one (from scratch or from a template).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="388"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="389"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="390"/>
        <source>Record result…</source>
        <translation>Record result…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="392"/>
        <source>Type in a result of this campaign (a score, a rate…)</source>
        <translation>Type in a result of this campaign (a score, a rate…)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="396"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="397"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="398"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="399"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="400"/>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="404"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="405"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="406"/>
        <source>Key messages</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="407"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="408"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="409"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="410"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="411"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="412"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="413"/>
        <source>Goals served</source>
        <translation>Goals served</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="414"/>
        <source>Values promoted</source>
        <translation>Values promoted</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="415"/>
        <source>Target segments</source>
        <translation>Target segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="420"/>
        <source>A key message, in one sentence</source>
        <translation>A key message, in one sentence</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="422"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="423"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="424"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="425"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="427"/>
        <source>Tick the values the campaign promotes; tick “Primary” for its main ones.</source>
        <translation>Tick the values the campaign promotes; tick “Primary” for its main ones.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="432"/>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="433"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="438"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="439"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="440"/>
        <source>Workflow:</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="441"/>
        <source>New communication…</source>
        <translation>New communication…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="442"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="443"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="446"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="447"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="448"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="449"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="550"/>
        <source>{name} — {size} people</source>
        <translation>{name} — {size} people</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="565"/>
        <source>No segment chosen yet.</source>
        <translation>No segment chosen yet.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="576"/>
        <source>Together they reach {count} people ({share} % of the organisation).</source>
        <translation>Together they reach {count} people ({share} % of the organisation).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="599"/>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="606"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="607"/>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="636"/>
        <source>Communications ({count})</source>
        <translation>Communications ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="658"/>
        <source>Created as {status}</source>
        <translation>Created as {status}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="677"/>
        <source>withheld</source>
        <translation>withheld</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="692"/>
        <source>Results ({count})</source>
        <translation>Results ({count})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="697"/>
        <source>No results recorded for this campaign yet. Use “Record result…” or import them on the Listening page.</source>
        <translation>No results recorded for this campaign yet. Use “Record result…” or import them on the Listening page.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="703"/>
        <source>{count} result(s) recorded.</source>
        <translation>{count} result(s) recorded.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="708"/>
        <source>{count} withheld: their group is below the anonymity threshold.</source>
        <translation>{count} withheld: their group is below the anonymity threshold.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="801"/>
        <source>New campaign “{name}”</source>
        <translation>New campaign “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="816"/>
        <source>Edit campaign “{name}”</source>
        <translation>Edit campaign “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="840"/>
        <source>Approve the campaign</source>
        <translation>Approve the campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="841"/>
        <source>Who approves “{name}”, and on which conditions?</source>
        <translation>Who approves “{name}”, and on which conditions?</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="853"/>
        <source>Cancel the campaign</source>
        <translation>Cancel the campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="854"/>
        <source>Cancel “{name}”? Its open communications are cancelled too. Say why, for the record (optional).</source>
        <translation>Cancel “{name}”? Its open communications are cancelled too. Say why, for the record (optional).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="866"/>
        <source>“{name}”: {action}</source>
        <translation>“{name}”: {action}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="909"/>
        <source>New communication “{title}”</source>
        <translation>New communication “{title}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="936"/>
        <source>Edit communication “{title}”</source>
        <translation>Edit communication “{title}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaign_editor.py" line="958"/>
        <source>Delete communication “{title}”</source>
        <translation>Delete communication “{title}”</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="60"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="178"/>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="179"/>
        <source>New from template…</source>
        <translation>New from template…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="180"/>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="361"/>
        <source>Delete campaign</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="181"/>
        <source>Submit for approval…</source>
        <translation>Submit for approval…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="182"/>
        <source>Record approval…</source>
        <translation>Record approval…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="183"/>
        <source>Changes since approval</source>
        <translation>Changes since approval</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="185"/>
        <source>Search name, objective, owner, notes…</source>
        <translation>Search name, objective, owner, notes…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="238"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="243"/>
        <source>All values</source>
        <translation>All values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="251"/>
        <source>All goals</source>
        <translation>All goals</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="256"/>
        <source>All segments</source>
        <translation>All segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="261"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="281"/>
        <source>{count} campaign(s)</source>
        <translation>{count} campaign(s)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="286"/>
        <source>{shown} of {count} campaign(s) shown</source>
        <translation>{shown} of {count} campaign(s) shown</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="296"/>
        <source>The plan has not been submitted for approval yet.</source>
        <translation>The plan has not been submitted for approval yet.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="302"/>
        <source>last approval: {line}</source>
        <translation>last approval: {line}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="362"/>
        <source>Delete “{name}” and its {count} communication(s)? You can undo this.</source>
        <translation>Delete “{name}” and its {count} communication(s)? You can undo this.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="373"/>
        <source>Delete campaign “{name}”</source>
        <translation>Delete campaign “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="394"/>
        <source>New campaign “{name}” from a template</source>
        <translation>New campaign “{name}” from a template</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="421"/>
        <source>The plan has {campaigns} campaign(s) and {communications} communication(s).</source>
        <translation>The plan has {campaigns} campaign(s) and {communications} communication(s).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="436"/>
        <source>Submit the plan for approval</source>
        <translation>Submit the plan for approval</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="455"/>
        <source>Record the approval of the plan</source>
        <translation>Record the approval of the plan</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/campaigns_page.py" line="457"/>
        <source>Record that changes were requested</source>
        <translation>Record that changes were requested</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../commsplanner/ui/planning/channels_page.py" line="22"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="648"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="649"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="650"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="651"/>
        <source>Weekly cap per person</source>
        <translation>Weekly cap per person</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="652"/>
        <source>Daily capacity</source>
        <translation>Daily capacity</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="653"/>
        <source>Effort or cost</source>
        <translation>Effort or cost</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="654"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="659"/>
        <source>Two-way: people can answer, ask or take part</source>
        <translation>Two-way: people can answer, ask or take part</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="661"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="665"/>
        <source>How many messages one person may get through it in a week.</source>
        <translation>How many messages one person may get through it in a week.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="668"/>
        <source>How many communications the channel can carry in one day.</source>
        <translation>How many communications the channel can carry in one day.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="671"/>
        <source>e.g. 2 h to prepare; printing 150 €</source>
        <translation>e.g. 2 h to prepare; printing 150 €</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="676"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="677"/>
        <source>How the team reaches people, and how much each channel can carry.</source>
        <translation>How the team reaches people, and how much each channel can carry.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="681"/>
        <location filename="../../commsplanner/ui/planning/panels.py" line="682"/>
        <source>New channel</source>
        <translation>New channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="683"/>
        <source>Channel “{name}”</source>
        <translation>Channel “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="684"/>
        <source>Add channel “{name}”</source>
        <translation>Add channel “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="685"/>
        <source>Edit channel “{name}”</source>
        <translation>Edit channel “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="686"/>
        <source>Delete channel “{name}”</source>
        <translation>Delete channel “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="730"/>
        <source>Channel in use</source>
        <translation>Channel in use</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="731"/>
        <source>{count} communication(s) use “{name}”. Move them to another channel before deleting it:</source>
        <translation>{count} communication(s) use “{name}”. Move them to another channel before deleting it:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="739"/>
        <source>No channel (decide later)</source>
        <translation>No channel (decide later)</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../commsplanner/ui/planning/common.py" line="239"/>
        <location filename="../../commsplanner/ui/planning/common.py" line="246"/>
        <source>Choose a colour</source>
        <translation>Choose a colour</translation>
    </message>
</context>
<context>
    <name>CommunicationDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="79"/>
        <source>New communication</source>
        <translation>New communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="81"/>
        <source>Edit communication</source>
        <translation>Edit communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="105"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="107"/>
        <source>No channel yet</source>
        <translation>No channel yet</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="127"/>
        <source>What to say, to whom, the call to action, who signs it…</source>
        <translation>What to say, to whom, the call to action, who signs it…</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="135"/>
        <source>The campaign&apos;s segments</source>
        <translation>The campaign&apos;s segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="137"/>
        <source>These segments:</source>
        <translation>These segments:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="146"/>
        <source>{name} — {size} people</source>
        <translation>{name} — {size} people</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="169"/>
        <source>Skip this date</source>
        <translation>Skip this date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="172"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="173"/>
        <source>Skipped occurrences</source>
        <translation>Skipped occurrences</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="189"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="192"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="194"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="195"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="196"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="197"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="198"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="199"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="202"/>
        <source>Message brief</source>
        <translation>Message brief</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="215"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="216"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="217"/>
        <source>Repetition</source>
        <translation>Repetition</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="281"/>
        <source>Changes since the last approval</source>
        <translation>Changes since the last approval</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="299"/>
        <source>Nothing has changed since then.</source>
        <translation>Nothing has changed since then.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="301"/>
        <source>{count} change(s)</source>
        <translation>{count} change(s)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="305"/>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="193"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="194"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="195"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="484"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="485"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="486"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="487"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="488"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="492"/>
        <source>e.g. internal NPS</source>
        <translation>e.g. internal NPS</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="493"/>
        <source>e.g. +10 points</source>
        <translation>e.g. +10 points</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="494"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="498"/>
        <source>Business goals</source>
        <translation>Business goals</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="499"/>
        <source>What the business wants to achieve; campaigns say which goals they serve.</source>
        <translation>What the business wants to achieve; campaigns say which goals they serve.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="503"/>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="504"/>
        <source>New business goal</source>
        <translation>New business goal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="505"/>
        <source>Business goal “{name}”</source>
        <translation>Business goal “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="506"/>
        <source>Add goal “{name}”</source>
        <translation>Add goal “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="507"/>
        <source>Edit goal “{name}”</source>
        <translation>Edit goal “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="508"/>
        <source>Delete goal “{name}”</source>
        <translation>Delete goal “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="546"/>
        <source>Goal in use</source>
        <translation>Goal in use</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="547"/>
        <source>“{name}” is served by {count} campaign(s). Remove it from them and delete it? (You can undo this.)</source>
        <translation>“{name}” is served by {count} campaign(s). Remove it from them and delete it? (You can undo this.)</translation>
    </message>
</context>
<context>
    <name>PlanningCli</name>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="27"/>
        <source>List the campaigns of a plan with their status, dates, values and segments.</source>
        <translation>List the campaigns of a plan with their status, dates, values and segments.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="34"/>
        <location filename="../../commsplanner/cli_planning.py" line="54"/>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="35"/>
        <location filename="../../commsplanner/cli_planning.py" line="55"/>
        <source>The workspace file (.commsplan); it is opened read-only.</source>
        <translation>The workspace file (.commsplan); it is opened read-only.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="43"/>
        <source>Only campaigns with this status (may be repeated).</source>
        <translation>Only campaigns with this status (may be repeated).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="50"/>
        <source>Print what changed in the plan since it was last approved.</source>
        <translation>Print what changed in the plan since it was last approved.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="93"/>
        <source>No campaigns.</source>
        <translation>No campaigns.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="95"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="108"/>
        <source> (primary)</source>
        <translation> (primary)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="112"/>
        <source>{name} ({size} people)</source>
        <translation>{name} ({size} people)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="119"/>
        <source>Values: {values}</source>
        <translation>Values: {values}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="123"/>
        <source>Segments: {segments}</source>
        <translation>Segments: {segments}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="129"/>
        <source>Communications: {count}</source>
        <translation>Communications: {count}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="147"/>
        <source>Approved by {who} on {when}: “{comment}”</source>
        <translation>Approved by {who} on {when}: “{comment}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="159"/>
        <source>Nothing has changed since then.</source>
        <translation>Nothing has changed since then.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/cli_planning.py" line="161"/>
        <source>{count} change(s) since then:</source>
        <translation>{count} change(s) since then:</translation>
    </message>
</context>
<context>
    <name>PlanningTables</name>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="185"/>
        <location filename="../../commsplanner/ui/planning/models.py" line="622"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="186"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="244"/>
        <source>Goal</source>
        <extracomment>The ids in the order the user dropped them into.</extracomment>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="245"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="246"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="247"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="267"/>
        <location filename="../../commsplanner/ui/planning/models.py" line="478"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="268"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="269"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="270"/>
        <source>Per person a week</source>
        <translation>Per person a week</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="271"/>
        <source>A day</source>
        <translation>A day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="272"/>
        <location filename="../../commsplanner/ui/planning/models.py" line="352"/>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="288"/>
        <source>Two-way</source>
        <translation>Two-way</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="290"/>
        <source>One-way</source>
        <translation>One-way</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="294"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="324"/>
        <source>Blackout period</source>
        <translation>Blackout period</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="325"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="326"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="327"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="344"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="345"/>
        <location filename="../../commsplanner/ui/planning/models.py" line="480"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="346"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="347"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="348"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="349"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="350"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="351"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="409"/>
        <source>{name}: {size} people</source>
        <translation>{name}: {size} people</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="476"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="477"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="479"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="481"/>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="499"/>
        <source>No channel</source>
        <translation>No channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="502"/>
        <source>Campaign&apos;s segments</source>
        <translation>Campaign&apos;s segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/models.py" line="623"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="584"/>
        <source>Move and delete</source>
        <translation>Move and delete</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="179"/>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="180"/>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="181"/>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="182"/>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="183"/>
        <source>Custom rule</source>
        <translation>Custom rule</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="188"/>
        <source>every</source>
        <translation>every</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="193"/>
        <source>On day</source>
        <translation>On day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="194"/>
        <source>On the</source>
        <translation>On the</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="196"/>
        <source>On the last day of the month</source>
        <translation>On the last day of the month</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="199"/>
        <source>On the last working day (Monday to Friday)</source>
        <translation>On the last working day (Monday to Friday)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="201"/>
        <source>or the last day in shorter months</source>
        <translation>or the last day in shorter months</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="211"/>
        <source>Ends:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="212"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="213"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="214"/>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="215"/>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="217"/>
        <source>An RFC 5545 rule, e.g. FREQ=YEARLY;BYMONTH=3</source>
        <translation>An RFC 5545 rule, e.g. FREQ=YEARLY;BYMONTH=3</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="320"/>
        <source>day(s)</source>
        <translation>day(s)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="321"/>
        <source>week(s)</source>
        <translation>week(s)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/recurrence_editor.py" line="322"/>
        <source>month(s)</source>
        <translation>month(s)</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="96"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="97"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <location filename="../../commsplanner/ui/planning/strategy_page.py" line="22"/>
        <source>Values and goals</source>
        <translation>Values and goals</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="358"/>
        <source>New campaign from a template</source>
        <translation>New campaign from a template</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="390"/>
        <source>Create the channels it needs that the workspace lacks</source>
        <translation>Create the channels it needs that the workspace lacks</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="394"/>
        <source>Move dates off weekends and public holidays</source>
        <translation>Move dates off weekends and public holidays</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="401"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="402"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="403"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="410"/>
        <source>Language of the texts</source>
        <translation>Language of the texts</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="411"/>
        <source>Campaign name</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="412"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="413"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="414"/>
        <source>Target segments</source>
        <translation>Target segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="431"/>
        <source>Create campaign</source>
        <translation>Create campaign</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="485"/>
        <source>No channel yet</source>
        <translation>No channel yet</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="488"/>
        <source>{name} (new {kind} channel)</source>
        <translation>{name} (new {kind} channel)</translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="356"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="357"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="358"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="359"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="360"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="362"/>
        <source>You can also drag values to reorder them.</source>
        <translation>You can also drag values to reorder them.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="368"/>
        <source>Corporate values</source>
        <translation>Corporate values</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="369"/>
        <source>The values campaigns promote, in order of importance (drag to reorder).</source>
        <translation>The values campaigns promote, in order of importance (drag to reorder).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="373"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="374"/>
        <source>New corporate value</source>
        <translation>New corporate value</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="375"/>
        <source>Corporate value “{name}”</source>
        <translation>Corporate value “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="376"/>
        <source>Add value “{name}”</source>
        <translation>Add value “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="377"/>
        <source>Edit value “{name}”</source>
        <translation>Edit value “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="378"/>
        <source>Delete value “{name}”</source>
        <translation>Delete value “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="422"/>
        <source>Value in use</source>
        <translation>Value in use</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="423"/>
        <source>“{name}” is promoted by {count} campaign(s). Remove it from them and delete it? (You can undo this.)</source>
        <translation>“{name}” is promoted by {count} campaign(s). Remove it from them and delete it? (You can undo this.)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="442"/>
        <source>Move value “{name}”</source>
        <translation>Move value “{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/ui/planning/panels.py" line="452"/>
        <source>Reorder values</source>
        <translation>Reorder values</translation>
    </message>
</context>
<context>
    <name>channel_kind</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="112"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="113"/>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="114"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="115"/>
        <source>Town hall</source>
        <translation>Town hall</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="116"/>
        <source>Manager cascade</source>
        <translation>Manager cascade</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="117"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="118"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="119"/>
        <source>Signage</source>
        <translation>Signage</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="120"/>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="121"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="322"/>
        <source>There is already a corporate value called “{name}”; choose another name.</source>
        <translation>There is already a corporate value called “{name}”; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="325"/>
        <source>There is already a business goal called “{name}”; choose another name.</source>
        <translation>There is already a business goal called “{name}”; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="328"/>
        <source>There is already a channel called “{name}”; choose another name.</source>
        <translation>There is already a channel called “{name}”; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="331"/>
        <source>There is already a campaign called “{name}”; choose another name.</source>
        <translation>There is already a campaign called “{name}”; choose another name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="339"/>
        <source>“{name}” can only go back to being an idea while it is a draft.</source>
        <translation>“{name}” can only go back to being an idea while it is a draft.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="342"/>
        <source>“{name}” cannot go back to draft once it is live or done.</source>
        <translation>“{name}” cannot go back to draft once it is live or done.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="345"/>
        <source>“{name}” can only be sent for review while it is a draft.</source>
        <translation>“{name}” can only be sent for review while it is a draft.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="348"/>
        <source>“{name}” can only be approved while it is in review.</source>
        <translation>“{name}” can only be approved while it is in review.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="351"/>
        <source>“{name}” can only be scheduled once it has been approved.</source>
        <translation>“{name}” can only be scheduled once it has been approved.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="354"/>
        <source>“{name}” can only go live once it is scheduled.</source>
        <translation>“{name}” can only go live once it is scheduled.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="355"/>
        <source>“{name}” can only be marked done while it is live.</source>
        <translation>“{name}” can only be marked done while it is live.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="356"/>
        <source>“{name}” is already done or cancelled, so it cannot be cancelled.</source>
        <translation>“{name}” is already done or cancelled, so it cannot be cancelled.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="379"/>
        <source>“{name}” already has that status.</source>
        <translation>“{name}” already has that status.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="390"/>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="358"/>
        <source>Say who approved it: the approval needs a name.</source>
        <translation>Say who approved it: the approval needs a name.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="658"/>
        <location filename="../../commsplanner/services/planning.py" line="395"/>
        <location filename="../../commsplanner/ui/planning/communication_dialog.py" line="353"/>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="64"/>
        <source>Add a comment to the approval (what was approved, on which conditions).</source>
        <translation>Add a comment to the approval (what was approved, on which conditions).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="406"/>
        <source>New campaigns and communications start as an idea or a draft; later statuses are reached through the workflow.</source>
        <translation>New campaigns and communications start as an idea or a draft; later statuses are reached through the workflow.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="644"/>
        <location filename="../../commsplanner/services/planning.py" line="657"/>
        <source>Choose a different channel to move them to.</source>
        <extracomment>When status changes happen; replaceable in tests.</extracomment>
        <translation>Choose a different channel to move them to.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="699"/>
        <source>Choose a different segment to move them to.</source>
        <translation>Choose a different segment to move them to.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="962"/>
        <source>“{title}” does not repeat: delete it instead of skipping a date.</source>
        <translation>“{title}” does not repeat: delete it instead of skipping a date.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="969"/>
        <source>The occurrence of {day} is already skipped.</source>
        <translation>The occurrence of {day} is already skipped.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="974"/>
        <source>“{title}” has no occurrence on {day}.</source>
        <translation>“{title}” has no occurrence on {day}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="988"/>
        <source>The occurrence of {day} is not skipped.</source>
        <translation>The occurrence of {day} is not skipped.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/templates.py" line="189"/>
        <source>The campaign template “{file}” is damaged ({detail}).</source>
        <translation>The campaign template “{file}” is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/templates.py" line="236"/>
        <source>There is no campaign template “{id}”.</source>
        <translation>There is no campaign template “{id}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="61"/>
        <source>The plan has never been approved, so there is nothing to compare it with. Record an approval first.</source>
        <translation>The plan has never been approved, so there is nothing to compare it with. Record an approval first.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="653"/>
        <location filename="../../commsplanner/ui/planning/dialogs.py" line="59"/>
        <source>Say who is signing: the record needs a name.</source>
        <extracomment>When approvals happen; replaceable in tests.</extracomment>
        <translation>Say who is signing: the record needs a name.</translation>
    </message>
</context>
<context>
    <name>plan_diff</name>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="190"/>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="214"/>
        <source>Campaign added: “{name}” ({start} – {end}), {count} communication(s).</source>
        <translation>Campaign added: “{name}” ({start} – {end}), {count} communication(s).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="217"/>
        <source>Campaign removed: “{name}” ({start} – {end}).</source>
        <translation>Campaign removed: “{name}” ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="220"/>
        <source>Campaign renamed: “{old}” → “{new}”.</source>
        <translation>Campaign renamed: “{old}” → “{new}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="221"/>
        <source>“{name}”: dates moved from {old_start} – {old_end} to {new_start} – {new_end}.</source>
        <translation>“{name}”: dates moved from {old_start} – {old_end} to {new_start} – {new_end}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="225"/>
        <source>“{name}”: status changed from {old} to {new}.</source>
        <translation>“{name}”: status changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="228"/>
        <source>“{name}”: priority changed from {old} to {new}.</source>
        <translation>“{name}”: priority changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="231"/>
        <source>“{name}”: owner changed from {old} to {new}.</source>
        <translation>“{name}”: owner changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="234"/>
        <source>“{name}”: segments added: {names}.</source>
        <translation>“{name}”: segments added: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="235"/>
        <source>“{name}”: segments removed: {names}.</source>
        <translation>“{name}”: segments removed: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="236"/>
        <source>“{name}”: values added: {names}.</source>
        <translation>“{name}”: values added: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="237"/>
        <source>“{name}”: values removed: {names}.</source>
        <translation>“{name}”: values removed: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="238"/>
        <source>“{name}”: value “{value}” changed from {old} to {new}.</source>
        <translation>“{name}”: value “{value}” changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="241"/>
        <source>“{name}”: goals added: {names}.</source>
        <translation>“{name}”: goals added: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="242"/>
        <source>“{name}”: goals removed: {names}.</source>
        <translation>“{name}”: goals removed: {names}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="243"/>
        <source>“{campaign}”: communication added: “{title}” on {when}.</source>
        <translation>“{campaign}”: communication added: “{title}” on {when}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="246"/>
        <source>“{campaign}”: communication removed: “{title}” (was on {when}).</source>
        <translation>“{campaign}”: communication removed: “{title}” (was on {when}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="249"/>
        <source>“{campaign}”: “{title}” moved here from campaign “{old}”.</source>
        <translation>“{campaign}”: “{title}” moved here from campaign “{old}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="252"/>
        <source>“{campaign}”: communication renamed: “{old}” → “{new}”.</source>
        <translation>“{campaign}”: communication renamed: “{old}” → “{new}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="255"/>
        <source>“{campaign}”: “{title}” moved from {old} to {new}.</source>
        <translation>“{campaign}”: “{title}” moved from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="258"/>
        <source>“{campaign}”: “{title}” status changed from {old} to {new}.</source>
        <translation>“{campaign}”: “{title}” status changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="261"/>
        <source>“{campaign}”: “{title}” channel changed from {old} to {new}.</source>
        <translation>“{campaign}”: “{title}” channel changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="264"/>
        <source>“{campaign}”: “{title}” audience changed from {old} to {new}.</source>
        <translation>“{campaign}”: “{title}” audience changed from {old} to {new}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="267"/>
        <source>“{campaign}”: “{title}” repetition changed from “{old}” to “{new}”.</source>
        <translation>“{campaign}”: “{title}” repetition changed from “{old}” to “{new}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="270"/>
        <source>“{campaign}”: “{title}” no longer takes place on {days}.</source>
        <translation>“{campaign}”: “{title}” no longer takes place on {days}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="273"/>
        <source>“{campaign}”: “{title}” takes place again on {days}.</source>
        <translation>“{campaign}”: “{title}” takes place again on {days}.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="277"/>
        <source>no channel</source>
        <translation>no channel</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="278"/>
        <source>the campaign&apos;s segments</source>
        <translation>the campaign&apos;s segments</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="279"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/approvals.py" line="280"/>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>planning_warnings</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="162"/>
        <source>“{title}” on {day} falls outside the dates of its campaign “{campaign}” ({start} – {end}).</source>
        <translation>“{title}” on {day} falls outside the dates of its campaign “{campaign}” ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="166"/>
        <source>“{title}” repeats beyond the dates of its campaign “{campaign}” ({start} – {end}).</source>
        <translation>“{title}” repeats beyond the dates of its campaign “{campaign}” ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="170"/>
        <source>“{title}” on {day} falls in the blackout period “{blackout}”.</source>
        <translation>“{title}” on {day} falls in the blackout period “{blackout}”.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="174"/>
        <source>{count} communication(s) of “{campaign}” now fall outside its dates.</source>
        <translation>{count} communication(s) of “{campaign}” now fall outside its dates.</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="178"/>
        <source>{count} communication(s) lost their only segment and now reach their campaign&apos;s whole audience.</source>
        <translation>{count} communication(s) lost their only segment and now reach their campaign&apos;s whole audience.</translation>
    </message>
</context>
<context>
    <name>priority</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="106"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="107"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="108"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="109"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
</context>
<context>
    <name>recurrence</name>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="30"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="31"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="32"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="33"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="34"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="35"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="36"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="40"/>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="41"/>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="42"/>
        <source>third</source>
        <translation>third</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="43"/>
        <source>fourth</source>
        <translation>fourth</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="44"/>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="387"/>
        <source>{first} and {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="407"/>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="409"/>
        <source>Custom repetition ({rule})</source>
        <translation>Custom repetition ({rule})</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="414"/>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="416"/>
        <source>Every {n} days</source>
        <translation>Every {n} days</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="421"/>
        <source>Every week on {days}</source>
        <translation>Every week on {days}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="423"/>
        <source>Every {n} weeks on {days}</source>
        <translation>Every {n} weeks on {days}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="429"/>
        <source>Every month on day {day}</source>
        <translation>Every month on day {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="431"/>
        <source>Every {n} months on day {day}</source>
        <translation>Every {n} months on day {day}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="435"/>
        <source> (or the last day of shorter months)</source>
        <translation> (or the last day of shorter months)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="437"/>
        <source> (skipping months without that day)</source>
        <translation> (skipping months without that day)</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="441"/>
        <source>Every month on the {nth} {weekday}</source>
        <translation>Every month on the {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="443"/>
        <source>Every {n} months on the {nth} {weekday}</source>
        <translation>Every {n} months on the {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="451"/>
        <source>Every month on its last day</source>
        <translation>Every month on its last day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="453"/>
        <source>Every {n} months on the last day</source>
        <translation>Every {n} months on the last day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="457"/>
        <source>Every month on its last working day</source>
        <translation>Every month on its last working day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="459"/>
        <source>Every {n} months on the last working day</source>
        <translation>Every {n} months on the last working day</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="464"/>
        <source>; until {date}</source>
        <translation>; until {date}</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="469"/>
        <source>; once only</source>
        <translation>; once only</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="471"/>
        <source>; {count} times</source>
        <translation>; {count} times</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="477"/>
        <source>; skipping {dates} and {more} more</source>
        <translation>; skipping {dates} and {more} more</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/recurrence_rules.py" line="481"/>
        <source>; skipping {dates}</source>
        <translation>; skipping {dates}</translation>
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
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="98"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="99"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="100"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="101"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="102"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="103"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>value_weight</name>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="124"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../commsplanner/services/planning.py" line="125"/>
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
</context>
</TS>
