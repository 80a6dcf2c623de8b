<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Export board workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the board workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board workbook was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the board: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts to decide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in Netzplaner since the export (stays): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows deleted in the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook comes from an older Netzplaner and does not record its export: every difference is shown as a conflict, and Netzplaner&apos;s value stays unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s export record was changed by hand: every difference is shown as a conflict, and Netzplaner&apos;s value stays unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a conflict to take the board&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import board workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook changes nothing in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the board&apos;s value in every conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not imported –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– no network –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <source>Changed by you; proposed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names the networks itself, or adds no partner: nothing to propose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks proposed for %1 new partners: %2, without a network %3. Change a row in its Network cell, or a whole group below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID (links connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Netzplaner) or %2 (board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the board: taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the board: not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in Netzplaner and by the board since the export (exported: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs; the workbook does not say who changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board&apos;s value is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzplaner&apos;s value stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in Netzplaner since the export: stays deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in Netzplaner since the export: stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the board: created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the board: not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the workbook: will be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the workbook: tick to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Street</translation>
    </message>
    <message>
        <source>Region / federal state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further details (kept as “column: value”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further details</source>
        <translation type="unfinished">Further details</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import partner list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which field each column feeds; rows whose name is already in the document fill its empty fields instead of adding it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows that are updated or skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file (first rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kumu workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gephi tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows (Western Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, separated by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field the column “%1” feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as further details of the partner (blue): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported (grey): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the relationships&apos; notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners: %1 new, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships: %1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import applies it as one step; Edit → Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner lists (*.xlsx *.csv *.txt *.graphml *.gexf *.gml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the offline copy: %1 new, %2 changed, %3 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the team network since the copy was taken (kept): %1 new, %2 changed, %3 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In each conflict the version in the team network stays unless you tick yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy holds no changes of its own; merging brings it up to date with the team network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take my version everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the team network&apos;s version everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick “Merge?” to take a row as the partner it resembles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are unique regardless of capitals: these rows are one partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: the row goes into “%1”. Unticked: it becomes a partner of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates, spelled differently: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here, changed in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here, deleted in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version in the team network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted only together with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added or changed there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offline.netzplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy was written to %1. Open it to work without a connection; File → Merge back… brings your changes into the team network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is not an offline copy of a team network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are in the team network, and the offline copy is up to date again. Undo takes the merge back out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of yours needed merging; the offline copy is up to date again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the team network into a document to work without a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge back into the team network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the changes of this offline copy into the team network it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contact(s) move (a person of the same name is combined with the one there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationship(s) move, with their assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationship(s) to a partner both are linked with in the same way become one: the stronger strength, the earlier start, both notes, and the assessments of both (%2 join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationship(s) between the two are removed, with %2 assessment(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationship(s) between the two are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goal(s) and %2 action(s) name the partner that stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from “%1”, where the partner that stays has nothing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is then deleted. Edit → Undo takes the whole merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which partner stays?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own firm always stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different values: which one does the merged partner keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two partners hold no different values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the two partners to merge in the table (Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>no network</translation>
    </message>
    <message>
        <source>%1 resolved · %2 new</source>
        <translation>%1 resolved · %2 new</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>%1 stronger · %2 weaker</source>
        <translation>%1 stronger · %2 weaker</translation>
    </message>
    <message>
        <source>Quality Ø</source>
        <translation>Quality Ø</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <source>%1 new · %2 removed</source>
        <translation>%1 new · %2 removed</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <source>%1 new · %2 overdue since</source>
        <translation>%1 new · %2 overdue since</translation>
    </message>
    <message>
        <source>Network check</source>
        <translation>Network check</translation>
    </message>
    <message>
        <source>recommendations of the check</source>
        <translation>recommendations of the check</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is new</source>
        <translation>%1 (%2, %3) is new</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <translation>%1 is gone</translation>
    </message>
    <message>
        <source>%1 was archived</source>
        <translation>%1 was archived</translation>
    </message>
    <message>
        <source>%1 is active again</source>
        <translation>%1 is active again</translation>
    </message>
    <message>
        <source>%1 moved: %2</source>
        <translation>%1 moved: %2</translation>
    </message>
    <message>
        <source>%1: new (%2, strength %3)</source>
        <translation>%1: new (%2, strength %3)</translation>
    </message>
    <message>
        <source>%1: gone</source>
        <translation>%1: gone</translation>
    </message>
    <message>
        <source>%1: strength %2</source>
        <translation>%1: strength %2</translation>
    </message>
    <message>
        <source>%1: assessed for the first time, quality %2</source>
        <translation>%1: assessed for the first time, quality %2</translation>
    </message>
    <message>
        <source>%1: quality %2</source>
        <translation>%1: quality %2</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Whole network</translation>
    </message>
    <message>
        <source>%1: quality Ø %2 (%3 of %4 relationships assessed)</source>
        <translation>%1: quality Ø %2 (%3 of %4 relationships assessed)</translation>
    </message>
    <message>
        <source>%1 (whole network): Ø %2 of 5</source>
        <translation>%1 (whole network): Ø %2 of 5</translation>
    </message>
    <message>
        <source>%1: new goal</source>
        <translation>%1: new goal</translation>
    </message>
    <message>
        <source>%1: goal removed</source>
        <translation>%1: goal removed</translation>
    </message>
    <message>
        <source>%1: done (%2)</source>
        <translation>%1: done (%2)</translation>
    </message>
    <message>
        <source>%1: new (goal %2)</source>
        <translation>%1: new (goal %2)</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: removed</translation>
    </message>
    <message>
        <source>%1: overdue since %2</source>
        <translation>%1: overdue since %2</translation>
    </message>
    <message>
        <source>The network check is still running…</source>
        <translation>The network check is still running…</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>%1 is a new broker</source>
        <translation>%1 is a new broker</translation>
    </message>
    <message>
        <source>%1 is no longer a broker</source>
        <translation>%1 is no longer a broker</translation>
    </message>
    <message>
        <source>%1 is a new single point of failure</source>
        <translation>%1 is a new single point of failure</translation>
    </message>
    <message>
        <source>%1 is no longer a single point of failure</source>
        <translation>%1 is no longer a single point of failure</translation>
    </message>
    <message>
        <source>Supply on one partner: largest share %1</source>
        <translation>Supply on one partner: largest share %1</translation>
    </message>
    <message>
        <source>Supply from one country: largest share %1</source>
        <translation>Supply from one country: largest share %1</translation>
    </message>
    <message>
        <source>Quality per network and criterion</source>
        <translation>Quality per network and criterion</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Health score</translation>
    </message>
    <message>
        <source>%1
adds %2 of %3 points</source>
        <translation>%1
adds %2 of %3 points</translation>
    </message>
    <message>
        <source>Computing the health course…</source>
        <translation>Computing the health course…</translation>
    </message>
    <message>
        <source>The health course failed: %1</source>
        <translation>The health course failed: %1</translation>
    </message>
    <message>
        <source>One state so far: take more (States menu) to see the course.</source>
        <translation>One state so far: take more (States menu) to see the course.</translation>
    </message>
    <message>
        <source>Health of the networks over time</source>
        <translation>Health of the networks over time</translation>
    </message>
    <message>
        <source>The score adds up the components below, each with its weight (points of 100)</source>
        <translation>The score adds up the components below, each with its weight (points of 100)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>People responsible</source>
        <translation>People responsible</translation>
    </message>
    <message>
        <source>%1 partner(s)</source>
        <translation>%1 partner(s)</translation>
    </message>
    <message>
        <source>%1 goal(s), %2 action(s)</source>
        <translation>%1 goal(s), %2 action(s)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>more than %1</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <source>Take a state</source>
        <translation>Take a state</translation>
    </message>
    <message>
        <source>Label of the state (e.g. “Workshop spring 2026”):</source>
        <translation>Label of the state (e.g. “Workshop spring 2026”):</translation>
    </message>
    <message>
        <source>Rename state</source>
        <translation>Rename state</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>New label:</translation>
    </message>
    <message>
        <source>Delete state</source>
        <translation>Delete state</translation>
    </message>
    <message>
        <source>Delete the state “%1”?</source>
        <translation>Delete the state “%1”?</translation>
    </message>
    <message>
        <source>The network itself stays as it is. Undo brings the state back.</source>
        <translation>The network itself stays as it is. Undo brings the state back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Return to this state</source>
        <translation>Return to this state</translation>
    </message>
    <message>
        <source>Return the whole network to the state “%1”?</source>
        <translation>Return the whole network to the state “%1”?</translation>
    </message>
    <message>
        <source>Partners, relationships, assessments, goals and actions become as they were then. The network as it is now is kept as the state “Before returning to an earlier state”, and Undo takes the return back.</source>
        <translation>Partners, relationships, assessments, goals and actions become as they were then. The network as it is now is kept as the state “Before returning to an earlier state”, and Undo takes the return back.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Returning to the state “%1”…</source>
        <translation>Returning to the state “%1”…</translation>
    </message>
    <message>
        <source>Save state as a new document</source>
        <translation>Save state as a new document</translation>
    </message>
    <message>
        <source>The state was saved as %1.</source>
        <translation>The state was saved as %1.</translation>
    </message>
    <message>
        <source>Look at this state</source>
        <translation>Look at this state</translation>
    </message>
    <message>
        <source>S&amp;tates</source>
        <translation>S&amp;tates</translation>
    </message>
    <message>
        <source>&amp;Take state…</source>
        <translation>&amp;Take state…</translation>
    </message>
    <message>
        <source>Take state</source>
        <translation>Take state</translation>
    </message>
    <message>
        <source>Freeze the whole network as it is now, to compare later</source>
        <translation>Freeze the whole network as it is now, to compare later</translation>
    </message>
    <message>
        <source>&amp;Manage states…</source>
        <translation>&amp;Manage states…</translation>
    </message>
    <message>
        <source>List, look at and return to earlier states</source>
        <translation>List, look at and return to earlier states</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Choose a partner from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respo&amp;nsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanPanel</name>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 actions, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a goal first: every action serves a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the action “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)?</source>
        <translation>
            <numerusform>Delete %n action?</numerusform>
            <numerusform>Delete %n actions?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected actions to done (click a status cell to choose any other state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (person-days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (PD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Do both sides share plans and problems early?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we rely on what is agreed, also without a contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does know-how flow both ways?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do we know what we want to achieve together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are agreements kept, dates met, people assigned?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do both sides gain from the relationship?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the assessment of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Quality index of this assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Assess relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score each criterion from 1 (very weak) to 5 (excellent); leave it at “not assessed” if you cannot judge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the assessment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the chosen assessment into the form to correct a mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Earlier assessments (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current quality index: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Add action “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add relationship “{source}” – “{target}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive partner “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange {count} partners by connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange {count} partners in rings around us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess relationship “{source}” – “{target}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete partner “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete relationship “{source}” – “{target}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the state “{label}”</source>
        <translation>Delete the state “{label}”</translation>
    </message>
    <message>
        <source>Delete {count} actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit relationship “{source}” – “{target}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import board workbook “{name}” ({count} changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “{name}”: {added} partners added, {updated} updated, {relationships} relationships added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “{name}” the own firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {count} actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge partner “{other}” into “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the offline copy “{name}” ({count} changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move partner “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {count} partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename goal “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename partner “{name}” to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the state “{old}” to “{label}”</source>
        <translation>Rename the state “{old}” to “{label}”</translation>
    </message>
    <message>
        <source>Restore partner “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the state “{label}”</source>
        <translation>Return to the state “{label}”</translation>
    </message>
    <message>
        <source>Set action “{title}” to {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the state “{label}”</source>
        <translation>Take the state “{label}”</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Double-click to show it</source>
        <translation>Double-click to show it</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>The comparison failed: %1</translation>
    </message>
    <message>
        <source>No state taken yet. Take the network&apos;s state (States menu) to see later what changed since.</source>
        <translation>No state taken yet. Take the network&apos;s state (States menu) to see later what changed since.</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 compared with %2</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Show the details</translation>
    </message>
    <message>
        <source>This is no longer in the document; the map&apos;s comparison shows it as a ghost.</source>
        <translation>This is no longer in the document; the map&apos;s comparison shows it as a ghost.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>On the map</translation>
    </message>
    <message>
        <source>Show the two states in the network map&apos;s comparison mode</source>
        <translation>Show the two states in the network map&apos;s comparison mode</translation>
    </message>
</context>
<context>
    <name>CompareStates</name>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else while you were editing it, so your changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by someone else while you were editing it. Which version should apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague&apos;s other changes are kept either way: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes do not contradict the colleague&apos;s; saving yours keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the colleague&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your input stays in the form; nothing is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>“%1” was set up with an older version of Netzplaner: it has format %2, this version works with format %3. Upgrade it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade changes the team network for everyone: all who work on it then need this version of Netzplaner. Your partners, relationships and plans stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade team network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a server address; it looks like postgresql://user@server:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team network was not upgraded, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, otherwise not. Enough inside the company network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted; without encryption no connection is made. The server&apos;s certificate is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted, and the server&apos;s certificate is checked (name and issuer). The safest choice over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted. Only for a server on this computer or in a sealed-off network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting of your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team network lives on your company&apos;s PostgreSQL server; everyone with access plans in it together. Your administrator gives you the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name in the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or fill in the fields below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Network of the management team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. netzplaner.company.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt when possible (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt and check the server (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not encrypt (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when your administrator has set up a .pgpass or service file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system&apos;s credential store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no credential store that Netzplaner can use, so the password is not remembered; you will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Checking the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large network: who links whom is estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n current goal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No current goal yet: set one in the Goals tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 – overdue by %n day</numerusform>
            <numerusform>%1 – overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n overdue action(s)</source>
        <translation>
            <numerusform>Show all %n overdue action</numerusform>
            <numerusform>Show all %n overdue actions</numerusform>
        </translation>
    </message>
    <message>
        <source>The check found nothing to recommend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network check recommends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionCard</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Mean quality (of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions, %1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationships (%2 assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean strength %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakest criterion: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DimensionChart</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Mean quality (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network.netzplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your own firm (the centre of the network map):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock of “%1” could not be broken: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock of “%1” was not broken: it changed in the meantime, someone else has opened the document now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by an older version of Netzplaner and has been upgraded. A backup of the original is at “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzplaner was not closed properly while “%1” was open. Do you want to recover the changes made until %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t, these changes are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further details</source>
        <translation>Further details</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Mutual benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Position on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted partner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message numerus="yes">
        <source>%n partner(s) linked</source>
        <translation>
            <numerusform>%n partner linked</numerusform>
            <numerusform>%n partners linked</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter baseline, target and current value to see the progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% of the way from baseline to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figure (KPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;aseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. share of regional suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalPanel</name>
    <message>
        <source>All benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n action(s) are deleted with it.</source>
        <translation>
            <numerusform>Its %n action are deleted with it.</numerusform>
            <numerusform>Its %n actions are deleted with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the goal “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show partners on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners of this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an action to open it in the action plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>%1 open of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: baseline %2, now %3, target %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <source>Health score (0–100) per network</source>
        <translation>Health score (0–100) per network</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1: created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moved on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>less than a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open by %2 on the computer %3 since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is locked, but the lock file cannot be read, so it is not known who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign of life: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open a read-only copy: you see everything and can save it under another name. Break the lock only if nobody is working on the document any more, for example after a crash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really break the lock of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 is still working on the document, their unsaved changes could be lost, and you would overwrite each other&apos;s work. Break the lock only if you are sure that %1 has closed Netzplaner or that the computer has crashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;team network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive / restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Netzplaner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals of this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;own firm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export board workbook (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import board workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network map in full screen with large labels (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln relationship</numerusform>
            <numerusform>%Ln relationships</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Import &amp;partner list (Excel, CSV, GraphML, GEXF, GML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Netzplaner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzplaner %1

Map, judge and plan the partner network of your firm. Works offline; your data stays in your .netzplan file.

MIT licence. Built with Qt for Python (LGPL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCompare</name>
    <message>
        <source>New partner (%1)</source>
        <translation>New partner (%1)</translation>
    </message>
    <message>
        <source>New relationship (%1)</source>
        <translation>New relationship (%1)</translation>
    </message>
    <message>
        <source>Partner gone (ghost, %1)</source>
        <translation>Partner gone (ghost, %1)</translation>
    </message>
    <message>
        <source>Relationship gone (%1)</source>
        <translation>Relationship gone (%1)</translation>
    </message>
    <message>
        <source>Stronger (%1)</source>
        <translation>Stronger (%1)</translation>
    </message>
    <message>
        <source>Weaker (%1)</source>
        <translation>Weaker (%1)</translation>
    </message>
    <message>
        <source>Quality better (%1)</source>
        <translation>Quality better (%1)</translation>
    </message>
    <message>
        <source>Quality worse (%1)</source>
        <translation>Quality worse (%1)</translation>
    </message>
    <message>
        <source>No change between the two states</source>
        <translation>No change between the two states</translation>
    </message>
</context>
<context>
    <name>MapCompareBar</name>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>The comparison failed: %1</translation>
    </message>
    <message>
        <source>There is no state to compare with yet: take one under “States”.</source>
        <translation>There is no state to compare with yet: take one under “States”.</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 compared with %2</translation>
    </message>
    <message>
        <source>Compare states</source>
        <translation>Compare states</translation>
    </message>
    <message>
        <source>Show what changed since an earlier saved state: new partners and relationships highlighted, lost ones as ghosts, changes marked</source>
        <translation>Show what changed since an earlier saved state: new partners and relationships highlighted, lost ones as ghosts, changes marked</translation>
    </message>
    <message>
        <source>Step through the saved states in order</source>
        <translation>Step through the saved states in order</translation>
    </message>
</context>
<context>
    <name>MapGuides</name>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength of our tie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Our firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring: also in a second network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thicker line: stronger relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed: weak relationship (strength 1–2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Network of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 partners and %3 relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring broker roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is hidden by the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie to us: %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No direct tie to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the comparison to move partners.</source>
        <translation>Leave the comparison to move partners.</translation>
    </message>
    <message>
        <source>Move partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Arranging %n partner(s)…</source>
        <translation>
            <numerusform>Arranging %n partner…</numerusform>
            <numerusform>Arranging %n partners…</numerusform>
        </translation>
    </message>
    <message>
        <source>The network changed while it was being arranged; please arrange again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranging cancelled; the positions are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calculation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map as picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the partners so that connected partners sit together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings around us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the partners around your firm: one sector per network, stronger ties closer to the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map as PNG or SVG, with title and legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with large labels (Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. s&amp;trength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. &amp;quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>Strength of our tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker role (betweenness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good tie (quality 70–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair tie (quality 40–69)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor tie (quality below 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>%1 partners · quality Ø %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partners · not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>A relationship needs two different partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside “{name}” lies “{sidecar}”, a file another program left behind. Netzplaner did not apply it and opened the document as it was last saved; “{sidecar}” was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control characters removed from the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control characters removed from the partners&apos; names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control characters removed from {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country must be a two-letter ISO code such as DE, FR or CN, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country “{value}” is not recognised; left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind “{value}” is not known: imported as Cooperation, the word kept in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind “{value}” is not known: imported as Other, the word kept as a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark another partner as your own firm instead; a document needs exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in a connection but not in the partner list; added as Other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network “{value}” is not known (Regional, Fachlich or International); left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of “{name}” could be written; it was not upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner with the Id “{id}” in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same partner as row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same partner as row {row}; nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same partners and kind as row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same partners and kind as row {row}: merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score at least one criterion from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has broken the lock of “{name}” and may be working on it; save your changes under another name with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen partner is no longer in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was left out: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date ({due:%d.%m.%Y}) lies before the start ({start:%d.%m.%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export format cannot be told from “{name}”; use .graphml, .gexf or .csv, or .xlsx with the Kumu format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “{name}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of “{name}” is write-protected; open the document read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of “{name}” is write-protected; please choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is no longer in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of “{name}” is {length} characters long; Windows allows {limit}. Please choose a shorter name or a folder nearer the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship is no longer in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row does not name both partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {entity} you refer to is no longer in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a partner called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no goal with the id {id} in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk space to keep the change to “{name}”; free some space and try again. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two partners already have a relationship of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format “{value}” (kumu, graphml, gexf or csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field for a column: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown network: “{value}” (regional, thematic or international).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight “{value}” is not a number; the default strength is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks cannot be read safely because the defusedxml package is missing; reinstall Netzplaner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own firm cannot be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own firm cannot be deleted; it is the centre of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no action with the ID {id} in this document (deleted since the export, or the workbook belongs to another document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goal with the ID {id} in this document (deleted since the export, or the workbook belongs to another document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the board changed this row, but it was deleted in Netzplaner since the export; its changes are not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no ID and no title; a new row needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID {id} appears in rows {rows}; none of them is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no ID and names no goal; a new action needs the title of its goal in the goal column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no goal called “{goal}” in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} goals are called “{goal}”; add the action in Netzplaner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{header} is empty; choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{header} “{value}” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{header} “{value}” is not one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a valid date: “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} kept as “{old}” (the file says “{new}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be between {low:g} and {high:g}, not {value:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be decoded as UTF-16 text; save it again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged: its file format number ({version}) is not one Netzplaner ever wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged: part of its content cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} claims to be UTF-8 text but holds bytes that are not; save it again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is too long (at most {limit} characters): “{tag}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team network lives on a server; give its address as postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different partners to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In another country than the own firm: {country}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In another country than the own firm: {country}; its kind, {kind}, is thematic too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its kind, {kind}, belongs to the thematic network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept apart from “{name}”, which may be the same partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the offline copy into “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postcode that places it; choose a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this step was deleted after it (by someone else or in another window); the step can no longer be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this step was deleted after it (by someone else or in another window); the step can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the user who gets the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same federal state as the own firm ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same postcode region as the own firm ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed “{name}” at the same moment; nothing was written. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take an offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken as the same partner as “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team networks need the team extra: pip install netzplaner[team].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server of “{name}” broke off while the change was being saved, so it could not be confirmed. Once the server is back, the window shows whether it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connections name their partners by the Id column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connections&apos; ends are numbers: read as the partner list&apos;s rows counted from 0 (0 = “{first}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connections&apos; ends are numbers: read as the partner list&apos;s rows counted from 1 (1 = “{first}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connections&apos; ends are numbers: read as the row numbers of the partner list in the file (row {row} = “{first}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “{dbname}” on {where} already holds a team network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “{dbname}” on {where} holds no team network yet; an administrator sets it up with: netzplaner team init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document holds no states yet to compare with; take one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge into “{name}” is no longer the last step there; it cannot be undone from the offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains “{word}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The own firm has no postcode to measure the distance from; choose a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of where the offline copy “{name}” started from is damaged; take a new copy of the team network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be editor or reader, not “{role}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same name as “{name}” apart from capitals: one partner (names are unique regardless of case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server {where} failed; check the sslmode in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid; it should look like postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address names no database; it should look like postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of “{name}” cannot be reached; nothing was written. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change: you may only read “{name}”. Ask its administrator for the editor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {where} cannot be reached; check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {where} does not know the user “{user}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {where} needs a password for “{user}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {where} refused the password for “{user}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state “{state}” is damaged and cannot be read.</source>
        <translation>The state “{state}” is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The team network “{dbname}” on {where} could not be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no choice “{choice}” for this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database “{dbname}” on the server {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no state “{ref}”: the document holds no states yet.</source>
        <translation>There is no state “{ref}”: the document holds no states yet.</translation>
    </message>
    <message>
        <source>There is no state “{ref}”; the document holds: {labels}.</source>
        <translation>There is no state “{ref}”; the document holds: {labels}.</translation>
    </message>
    <message>
        <source>This is not a server address; it should look like postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team network was set up with a newer version of Netzplaner (format {version}). Please update Netzplaner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only read “{name}”; ask its administrator for the editor role to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own firm must be the partner that stays; merge “{name}” into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every word of “{short}” is in “{long}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name apart from capitalisation; names are unique regardless of case, so this is one partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name apart from punctuation and spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name apart from the legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar spelling ({score} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{km} km from the own firm (regional up to {limit} km).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{km} km from the own firm, in the same federal state ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{km} km from the own firm: beyond the regional radius of {limit} km; choose a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be decoded: it is neither UTF-8 nor Windows (Western Europe) text; save it again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} contains XML with a document type declaration, which no real workbook has; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} contains an XML document type declaration (entities), which graph files do not need and which can make a file expand without end; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be written: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be written: the folder is write-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a header row but no rows below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a line of more than {limit} characters, far more than a table row holds; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a row of more than {limit} cells, more than Excel allows; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a sheet of more than {limit} rows, more than Excel allows; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {limit} lines, more than a partner list can sensibly hold; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows, more than a partner list can sensibly hold; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no column for the partners&apos; names (such as Name, Firma or Unternehmen) in the sheet “{sheet}”; choose which column holds the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds a cell with more than {limit} characters, more than Excel allows in a cell; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds a text made of more than {limit} pieces, which no real workbook has; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds an XML text or comment of more than {limit} KB, which no real workbook has; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds more than {limit} XML comments or instructions in one part, which no real workbook has; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds more than {limit} XML elements outside its rows, which no real workbook has; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds more than {limit} cells, more than a network&apos;s tables need; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds more than {limit} million XML elements, more than a workbook of a network has; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds more than {limit} nodes or edges, more than a network of partners can sensibly hold; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no data: its sheets ({sheets}) are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds {count} parts, far more than a workbook has; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is XML but neither GraphML nor GEXF; it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a Netzplaner board workbook; import it with File → Import board workbook (or netzplaner import), which takes back the board&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a board workbook whose action plan sheet is missing or lost its columns; export the board workbook again and make the changes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a board workbook whose goals and action plan sheets are missing or lost their columns; export the board workbook again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a board workbook whose goals sheet is missing or lost its columns; export the board workbook again and make the changes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a board workbook whose sheet “{sheet}” lost its ID column; the rows cannot be matched. Export the board workbook again and make the changes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not a file; choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an Excel workbook, not a CSV file; rename it to .xlsx and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 workbook (.xls) or password-protected; save it as an unprotected .xlsx workbook and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read as an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or uses a packing Excel does not write; it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: it is not a complete Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB, more than a network&apos;s graph file holds; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is neither a CSV file nor an Excel workbook (.csv, .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Netzplaner board workbook: it has no goals or action plan sheet with an ID column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable CSV table ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (a value without a key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (a “]” too many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (it ends inside a list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (lists nested too deep or without a key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (the key “{key}” has no value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (unexpected text at character {pos}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a regular file (it is a pipe, a device or a socket); it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text table: it contains binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx); it may be a renamed document of another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx); it may be damaged or a renamed file of another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not well-formed XML ({reason}); it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; at most {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} takes longer than {seconds} seconds to read, far longer than a file of its size should; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would unpack to far more data than a workbook holds; it is refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would unpack to more than {limit} MB of XML, more than a workbook of a network holds; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {edges} directed edges read; {reverse} in the opposite direction of another and {repeated} repeated edges merged into the tie they repeat (the largest weight kept), {loops} self-loops refused: {ties} ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {edges} edges read; {repeated} repeated edges merged into the tie they repeat (the largest weight kept), {loops} self-loops refused: {ties} ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ä/ö/ü/ß and ae/oe/ue/ss taken as the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already exists; choose another name for the offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already holds a network; publish only onto an empty team database (created with “netzplaner team init”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already is your own firm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be opened for editing: no lock file can be written beside it ({reason}); open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: Netzplaner&apos;s data folder cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: the disk of Netzplaner&apos;s data folder is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be replaced because another program is using it (perhaps Excel, a virus scanner or a sync program such as OneDrive); close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” contains a character Windows does not allow in a file name (&lt; &gt; : &quot; | ? * or a control character); please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be created: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be saved: the disk is full. Your changes are kept; free some space and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be saved: the folder cannot be written. Your changes are kept; use Save As to choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be upgraded ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be upgraded: its content does not fit its file format ({version}). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be upgraded: others are working on it right now. Nothing was changed; please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be upgraded: the server refused a change of its tables. Nothing was changed; please ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” does not record a format Netzplaner ever set up; it cannot be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” ends in a dot or a space, which Windows does not allow in a file name; please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has been closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a database of another program, not a Netzplaner document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a Netzplaner document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a folder; please choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a folder; please choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a name Windows reserves for a device; please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already in the document; nothing new in this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already marked as your own firm; a document has exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already open by {user} on {host} since {since}; you can open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged or was changed by another program: {count} row(s) of the table “{table}” break the rule “{rule}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged or was changed by another program: {count} row(s) of the table “{table}” refer to rows that no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged or was changed by another program: {count} value(s) in the column “{column}” of the table “{table}” are not what Netzplaner writes there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged: its parts do not match its file format number ({version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged: parts of the document are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged: the file is incomplete (perhaps a copy was interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged: the table “{table}” does not have the columns of its file format ({version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is empty; it is not a Netzplaner document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is locked, but its lock file cannot be read, so the holder is unknown; you can open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a Netzplaner document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a regular file (perhaps a pipe or a device); it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a regular file (perhaps a pipe or a device); it is not a Netzplaner document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not an offline copy of a team network (take one with File → Take offline or “netzplaner team pull”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is open read-only; use Save As to keep your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed after this step (by someone else or in another window); the step can no longer be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed after this step (by someone else or in another window); the step can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed in the team network while you decided; nothing was written. Start “Merge back” again to see the new state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed outside Netzplaner since it was last saved here; please check its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was deleted after this step (by someone else or in another window); the step can no longer be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was deleted after this step (by someone else or in another window); the step can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was saved by a newer version of Netzplaner (file format {version}); please update Netzplaner to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was set up with an older version of Netzplaner (format {found}) and must be upgraded to format {newest} before this version can open it, and you may not upgrade it. Please ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was set up with an older version of Netzplaner (format {found}) and must be upgraded to format {newest} before this version can open it; everyone working on it then needs this version. Upgrade it in the window, or with: netzplaner team upgrade URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{reason}” is not a reason for a state.</source>
        <translation>“{reason}” is not a reason for a state.</translation>
    </message>
    <message>
        <source>“{user}” may not connect to the database “{dbname}” on {where}; ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid value for {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of the map is written as .png or .svg, not “{suffix}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Connection to the team server interrupted – your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netzplaner keeps trying; once the server is back, the window shows the latest state and you can save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;works:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Str&amp;eet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode, city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further &amp;details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished">Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>federal state or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One detail per line, as “Name: value”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of an imported list that have no field of their own are kept here, one per line; the exports write each as a column again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished">Salutation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished">Department</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed this partner, what and when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerPanel</name>
    <message>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archive or restore %n partner(s)</source>
        <translation>
            <numerusform>Archive or restore %n partner</numerusform>
            <numerusform>Archive or restore %n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “%1” your own firm, the centre of the network map?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make own firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With it go %1 contact(s), %2 relationship(s) with %3 assessment(s) and %4 goal link(s); %5 action(s) lose their partner. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the partner “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partners?</source>
        <translation>
            <numerusform>Delete %n partner?</numerusform>
            <numerusform>Delete %n partners?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partners</source>
        <translation>
            <numerusform>Delete %n partner</numerusform>
            <numerusform>Delete %n partners</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, city, industry, tags… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive / restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Your own firm: the centre of the network map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a projector, choose a font size of 14 pt or more. Autosave writes the open document back at the chosen interval while it has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyForm</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <source>1 – loose contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – occasional exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – regular cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – close partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – strategic partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipPanel</name>
    <message>
        <source>All relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the relationship “%1” – “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n assessment(s) will be deleted too. You can undo this.</source>
        <translation>
            <numerusform>Its %n assessment will be deleted too. You can undo this.</numerusform>
            <numerusform>Its %n assessments will be deleted too. You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Show all relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>RelationshipTableModel</name>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>%1 – %2 (%3), strength %4 of 5, quality %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality index of the latest assessment, 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the latest assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Preparing the search…</source>
        <translation>Preparing the search…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Search everything (Ctrl+F)</translation>
    </message>
    <message>
        <source>Partners, contacts, tags, notes, goals, actions and the people responsible</source>
        <translation>Partners, contacts, tags, notes, goals, actions and the people responsible</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>States of the network</source>
        <translation>States of the network</translation>
    </message>
    <message>
        <source>A state freezes the whole network at a moment: partners, relationships with their assessments, goals, actions and the network check&apos;s figures. Take one before a workshop to see later what has changed. Netzplaner also keeps one automatically before an import and before arranging all partners.</source>
        <translation>A state freezes the whole network at a moment: partners, relationships with their assessments, goals, actions and the network check&apos;s figures. Take one before a workshop to see later what has changed. Netzplaner also keeps one automatically before an import and before arranging all partners.</translation>
    </message>
    <message>
        <source>No states yet. “Take state” freezes the network as it is now.</source>
        <translation>No states yet. “Take state” freezes the network as it is now.</translation>
    </message>
    <message>
        <source>Take state…</source>
        <translation>Take state…</translation>
    </message>
    <message>
        <source>Look at it (read-only)</source>
        <translation>Look at it (read-only)</translation>
    </message>
    <message>
        <source>Save as new document…</source>
        <translation>Save as new document…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Return to this state…</source>
        <translation>Return to this state…</translation>
    </message>
    <message>
        <source>Make the network as it was then; the state now is kept first, and Undo takes the return back</source>
        <translation>Make the network as it was then; the state now is kept first, and Undo takes the return back</translation>
    </message>
</context>
<context>
    <name>SnapshotModel</name>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Taken because</source>
        <translation>Taken because</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Mean quality</source>
        <translation>Mean quality</translation>
    </message>
    <message>
        <source>Before importing the board workbook</source>
        <translation>Before importing the board workbook</translation>
    </message>
    <message>
        <source>Before importing a partner list</source>
        <translation>Before importing a partner list</translation>
    </message>
    <message>
        <source>Before arranging all partners</source>
        <translation>Before arranging all partners</translation>
    </message>
    <message>
        <source>Before returning to an earlier state</source>
        <translation>Before returning to an earlier state</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>taken by hand</translation>
    </message>
    <message>
        <source>automatic: board workbook import</source>
        <translation>automatic: board workbook import</translation>
    </message>
    <message>
        <source>automatic: partner list import</source>
        <translation>automatic: partner list import</translation>
    </message>
    <message>
        <source>automatic: all partners arranged</source>
        <translation>automatic: all partners arranged</translation>
    </message>
    <message>
        <source>automatic: before a return</source>
        <translation>automatic: before a return</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <source>reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network on %1 (%2, %3) — Netzplaner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only (role: reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved on the team server at once; there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of this partner…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>(without goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal / action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Turn your contact list into a managed partner network: regional, thematic and international.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Netzplaner works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers, suppliers, universities, chambers, associations and clusters – typed in or imported from a list, each in its network: regional, thematic or international.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess your relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score each relationship on openness, trust, knowledge sharing, clear goals, commitment and mutual benefit. The network map shows where your network carries and where it is thin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan goals and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set goals for the collaboration, plan actions with owners and dates, and hand your board the action plan as an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictitious machine builder and its partner network: try everything without risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import partner list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new document and imports your partners from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network on your company&apos;s PostgreSQL server that several managers plan together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team networks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>Netzplaner documents (*.netzplan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
