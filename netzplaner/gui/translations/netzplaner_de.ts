<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Export board workbook</source>
        <translation>Arbeitsmappe für den Beirat exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the board workbook…</source>
        <translation>Die Arbeitsmappe für den Beirat wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The board workbook was written to %1.</source>
        <translation>Die Arbeitsmappe für den Beirat wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>Die Arbeitsmappe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Changed by the board: %1</source>
        <translation>Vom Beirat geändert: %1</translation>
    </message>
    <message>
        <source>conflicts to decide: %1</source>
        <translation>Konflikte zu entscheiden: %1</translation>
    </message>
    <message>
        <source>changed in Netzplaner since the export (stays): %1</source>
        <translation>seit dem Export in Netzplaner geändert (bleibt): %1</translation>
    </message>
    <message>
        <source>new rows: %1</source>
        <translation>neue Zeilen: %1</translation>
    </message>
    <message>
        <source>rows deleted in the workbook: %1</source>
        <translation>in der Arbeitsmappe gelöschte Zeilen: %1</translation>
    </message>
    <message>
        <source>rows refused: %1</source>
        <translation>abgelehnte Zeilen: %1</translation>
    </message>
    <message>
        <source>Exported on %1.</source>
        <translation>Exportiert am %1.</translation>
    </message>
    <message>
        <source>The workbook comes from an older Netzplaner and does not record its export: every difference is shown as a conflict, and Netzplaner&apos;s value stays unless you tick it.</source>
        <translation>Die Arbeitsmappe stammt aus einer älteren Netzplaner-Version und hält ihren Exportstand nicht fest: Jeder Unterschied erscheint als Konflikt, und der Wert in Netzplaner bleibt, solange Sie ihn nicht ankreuzen.</translation>
    </message>
    <message>
        <source>The workbook&apos;s export record was changed by hand: every difference is shown as a conflict, and Netzplaner&apos;s value stays unless you tick it.</source>
        <translation>Der Exportstand in der Arbeitsmappe wurde von Hand verändert: Jeder Unterschied erscheint als Konflikt, und der Wert in Netzplaner bleibt, solange Sie ihn nicht ankreuzen.</translation>
    </message>
    <message>
        <source>Tick a conflict to take the board&apos;s value.</source>
        <translation>Kreuzen Sie einen Konflikt an, um den Wert des Beirats zu übernehmen.</translation>
    </message>
    <message>
        <source>Import board workbook</source>
        <translation>Arbeitsmappe des Beirats importieren</translation>
    </message>
    <message>
        <source>The workbook changes nothing in this document.</source>
        <translation>Die Arbeitsmappe ändert nichts an diesem Dokument.</translation>
    </message>
    <message>
        <source>Take the board&apos;s value in every conflict</source>
        <translation>Bei allen Konflikten den Wert des Beirats übernehmen</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <source>– not imported –</source>
        <translation>– nicht importieren –</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>– no network –</source>
        <translation>– kein Netzwerk –</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Changed by you; proposed: %1 (%2)</source>
        <translation>Von Ihnen geändert; vorgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Set for the group</source>
        <translation>Für die Gruppe setzen</translation>
    </message>
    <message>
        <source>All rows of:</source>
        <translation>Alle Zeilen mit:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>kind “%1” (%2)</source>
        <translation>Art „%1“ (%2)</translation>
    </message>
    <message>
        <source>country “%1” (%2)</source>
        <translation>Land „%1“ (%2)</translation>
    </message>
    <message>
        <source>proposed “%1” (%2)</source>
        <translation>Vorschlag „%1“ (%2)</translation>
    </message>
    <message>
        <source>The file names the networks itself, or adds no partner: nothing to propose.</source>
        <translation>Die Datei nennt die Netzwerke selbst oder fügt keinen Partner hinzu: nichts vorzuschlagen.</translation>
    </message>
    <message>
        <source>Networks proposed for %1 new partners: %2, without a network %3. Change a row in its Network cell, or a whole group below.</source>
        <translation>Vorgeschlagene Netzwerke für %1 neue Partner: %2, ohne Netzwerk %3. Ändern Sie eine Zeile in ihrer Zelle „Netzwerk“ oder eine ganze Gruppe unten.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagworte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Contact: role</source>
        <translation>Ansprechpartner: Funktion</translation>
    </message>
    <message>
        <source>Contact: e-mail</source>
        <translation>Ansprechpartner: E-Mail</translation>
    </message>
    <message>
        <source>Contact: phone</source>
        <translation>Ansprechpartner: Telefon</translation>
    </message>
    <message>
        <source>ID (links connections)</source>
        <translation>ID (verknüpft Verbindungen)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>added</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>ergänzt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Fills: %1.</source>
        <translation>Ergänzt: %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Goal or action</source>
        <translation>Ziel oder Maßnahme</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 (Netzplaner) or %2 (board)</source>
        <translation>%1 (Netzplaner) oder %2 (Beirat)</translation>
    </message>
    <message>
        <source>under the goal “%1”</source>
        <translation>unter dem Ziel „%1“</translation>
    </message>
    <message>
        <source>Changed by the board: taken</source>
        <translation>Vom Beirat geändert: wird übernommen</translation>
    </message>
    <message>
        <source>Changed by the board: not taken</source>
        <translation>Vom Beirat geändert: wird nicht übernommen</translation>
    </message>
    <message>
        <source>Changed in Netzplaner and by the board since the export (exported: %1)</source>
        <translation>Seit dem Export in Netzplaner und vom Beirat geändert (exportiert: %1)</translation>
    </message>
    <message>
        <source>Differs; the workbook does not say who changed it</source>
        <translation>Weicht ab; die Arbeitsmappe sagt nicht, wer geändert hat</translation>
    </message>
    <message>
        <source>the board&apos;s value is taken</source>
        <translation>der Wert des Beirats wird übernommen</translation>
    </message>
    <message>
        <source>Netzplaner&apos;s value stays</source>
        <translation>der Wert in Netzplaner bleibt</translation>
    </message>
    <message>
        <source>Deleted in Netzplaner since the export: stays deleted</source>
        <translation>Seit dem Export in Netzplaner gelöscht: bleibt gelöscht</translation>
    </message>
    <message>
        <source>Changed in Netzplaner since the export: stays</source>
        <translation>Seit dem Export in Netzplaner geändert: bleibt</translation>
    </message>
    <message>
        <source>Added by the board: created</source>
        <translation>Vom Beirat ergänzt: wird angelegt</translation>
    </message>
    <message>
        <source>Added by the board: not created</source>
        <translation>Vom Beirat ergänzt: wird nicht angelegt</translation>
    </message>
    <message>
        <source>Deleted from the workbook: will be deleted</source>
        <translation>In der Arbeitsmappe gelöscht: wird gelöscht</translation>
    </message>
    <message>
        <source>Deleted from the workbook: tick to delete</source>
        <translation>In der Arbeitsmappe gelöscht: zum Löschen ankreuzen</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Region / federal state</source>
        <translation>Region / Bundesland</translation>
    </message>
    <message>
        <source>Further details (kept as “column: value”)</source>
        <translation>Weitere Angaben (behalten als „Spalte: Wert“)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Contact: first name</source>
        <translation>Ansprechpartner: Vorname</translation>
    </message>
    <message>
        <source>Contact: last name</source>
        <translation>Ansprechpartner: Nachname</translation>
    </message>
    <message>
        <source>Contact: salutation</source>
        <translation>Ansprechpartner: Anrede</translation>
    </message>
    <message>
        <source>Contact: title</source>
        <translation>Ansprechpartner: Titel</translation>
    </message>
    <message>
        <source>Contact: department</source>
        <translation>Ansprechpartner: Abteilung</translation>
    </message>
    <message>
        <source>Contact: notes</source>
        <translation>Ansprechpartner: Notizen</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Ansprechpartner %1</translation>
    </message>
    <message>
        <source>Further details</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Import partner list</source>
        <translation>Partnerliste importieren</translation>
    </message>
    <message>
        <source>Check which field each column feeds; rows whose name is already in the document fill its empty fields instead of adding it twice.</source>
        <translation>Prüfen Sie, welches Feld jede Spalte füllt; Zeilen, deren Name schon im Dokument steht, ergänzen dessen leere Felder, statt den Partner doppelt anzulegen.</translation>
    </message>
    <message>
        <source>Only rows that are updated or skipped</source>
        <translation>Nur ergänzte oder übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Preview of the file (first rows)</source>
        <translation>Vorschau der Datei (erste Zeilen)</translation>
    </message>
    <message>
        <source>Row by row</source>
        <translation>Zeile für Zeile</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Kumu workbook</source>
        <translation>Kumu-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Gephi tables</source>
        <translation>Gephi-Tabellen</translation>
    </message>
    <message>
        <source>graph file</source>
        <translation>Graphdatei</translation>
    </message>
    <message>
        <source>partner list</source>
        <translation>Partnerliste</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Windows (Western Europe)</source>
        <translation>Windows (Westeuropa)</translation>
    </message>
    <message>
        <source>%1, separated by %2</source>
        <translation>%1, getrennt durch %2</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>Blatt „%1“</translation>
    </message>
    <message>
        <source>%1 connections in “%2”</source>
        <translation>%1 Verbindungen in „%2“</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Which field the column “%1” feeds</source>
        <translation>Welches Feld die Spalte „%1“ füllt</translation>
    </message>
    <message>
        <source>Kept as further details of the partner (blue): %1</source>
        <translation>Als weitere Angaben des Partners behalten (blau): %1</translation>
    </message>
    <message>
        <source>Not imported (grey): %1</source>
        <translation>Nicht importiert (grau): %1</translation>
    </message>
    <message>
        <source>Kept in the relationships&apos; notes: %1</source>
        <translation>In den Notizen der Beziehungen behalten: %1</translation>
    </message>
    <message>
        <source>Connection columns not imported: %1</source>
        <translation>Nicht importierte Spalten der Verbindungen: %1</translation>
    </message>
    <message>
        <source>Planning the import…</source>
        <translation>Import wird geplant …</translation>
    </message>
    <message>
        <source>Partners: %1 new, %2 updated</source>
        <translation>Partner: %1 neu, %2 ergänzt</translation>
    </message>
    <message>
        <source>Relationships: %1 new</source>
        <translation>Beziehungen: %1 neu</translation>
    </message>
    <message>
        <source>Rows skipped: %1</source>
        <translation>Übersprungene Zeilen: %1</translation>
    </message>
    <message>
        <source>there is nothing to import.</source>
        <translation>es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Import applies it as one step; Edit → Undo takes it back.</source>
        <translation>„Importieren“ übernimmt alles in einem Schritt; Bearbeiten → Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Partner lists (*.xlsx *.csv *.txt *.graphml *.gexf *.gml);;All files (*)</source>
        <translation>Partnerlisten (*.xlsx *.csv *.txt *.graphml *.gexf *.gml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>From the offline copy: %1 new, %2 changed, %3 deleted</source>
        <translation>Aus der Offline-Kopie: %1 neu, %2 geändert, %3 gelöscht</translation>
    </message>
    <message>
        <source>decisions: %1</source>
        <translation>Entscheidungen: %1</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <source>Changed in the team network since the copy was taken (kept): %1 new, %2 changed, %3 deleted.</source>
        <translation>Seit dem Mitnehmen im Team-Netzwerk geändert (bleibt): %1 neu, %2 geändert, %3 gelöscht.</translation>
    </message>
    <message>
        <source>In each conflict the version in the team network stays unless you tick yours.</source>
        <translation>Bei jedem Konflikt bleibt die Fassung im Team-Netzwerk, wenn Sie nicht Ihre ankreuzen.</translation>
    </message>
    <message>
        <source>Merge the offline copy</source>
        <translation>Offline-Kopie zurückspielen</translation>
    </message>
    <message>
        <source>Team network: %1</source>
        <translation>Team-Netzwerk: %1</translation>
    </message>
    <message>
        <source>The offline copy holds no changes of its own; merging brings it up to date with the team network.</source>
        <translation>Die Offline-Kopie enthält keine eigenen Änderungen; das Zurückspielen bringt sie auf den Stand des Team-Netzwerks.</translation>
    </message>
    <message>
        <source>Take my version everywhere</source>
        <translation>Überall meine Fassung übernehmen</translation>
    </message>
    <message>
        <source>Keep the team network&apos;s version everywhere</source>
        <translation>Überall die Fassung im Team-Netzwerk behalten</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zurückspielen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Deleted here, changed in the team</source>
        <translation>Hier gelöscht, im Team geändert</translation>
    </message>
    <message>
        <source>Changed here, deleted in the team</source>
        <translation>Hier geändert, im Team gelöscht</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Meine Fassung</translation>
    </message>
    <message>
        <source>Version in the team network</source>
        <translation>Fassung im Team-Netzwerk</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>Deleted only together with %1</source>
        <translation>Nur zusammen mit %1 gelöscht</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Added or changed there: %1</source>
        <translation>Dort hinzugefügt oder geändert: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Merge back</source>
        <translation>Zurückspielen</translation>
    </message>
    <message>
        <source>%1 offline.netzplan</source>
        <translation>%1 offline.netzplan</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>Offline mitnehmen</translation>
    </message>
    <message>
        <source>The offline copy was written to %1. Open it to work without a connection; File → Merge back… brings your changes into the team network.</source>
        <translation>Die Offline-Kopie wurde unter %1 gespeichert. Öffnen Sie sie, um ohne Verbindung zu arbeiten; Datei → Zurückspielen… bringt Ihre Änderungen ins Team-Netzwerk.</translation>
    </message>
    <message>
        <source>This document is not an offline copy of a team network.</source>
        <translation>Dieses Dokument ist keine Offline-Kopie eines Team-Netzwerks.</translation>
    </message>
    <message>
        <source>Your changes are in the team network, and the offline copy is up to date again. Undo takes the merge back out.</source>
        <translation>Ihre Änderungen sind jetzt im Team-Netzwerk, und die Offline-Kopie ist wieder auf dem neuesten Stand. „Rückgängig“ nimmt das Zurückspielen wieder heraus.</translation>
    </message>
    <message>
        <source>Nothing of yours needed merging; the offline copy is up to date again.</source>
        <translation>Es gab nichts zurückzuspielen; die Offline-Kopie ist wieder auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Take &amp;offline…</source>
        <translation>&amp;Offline mitnehmen…</translation>
    </message>
    <message>
        <source>Copy the team network into a document to work without a connection</source>
        <translation>Das Team-Netzwerk in ein Dokument kopieren, um ohne Verbindung zu arbeiten</translation>
    </message>
    <message>
        <source>&amp;Merge back into the team network…</source>
        <translation>&amp;Zurückspielen ins Team-Netzwerk…</translation>
    </message>
    <message>
        <source>Bring the changes of this offline copy into the team network it came from</source>
        <translation>Die Änderungen dieser Offline-Kopie in das Team-Netzwerk bringen, aus dem sie stammt</translation>
    </message>
    <message>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <source>Take a state</source>
        <translation>Stand festhalten</translation>
    </message>
    <message>
        <source>Label of the state (e.g. “Workshop spring 2026”):</source>
        <translation>Bezeichnung des Stands (z. B. „Workshop Frühjahr 2026“):</translation>
    </message>
    <message>
        <source>Rename state</source>
        <translation>Stand umbenennen</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>Neue Bezeichnung:</translation>
    </message>
    <message>
        <source>Delete state</source>
        <translation>Stand löschen</translation>
    </message>
    <message>
        <source>Delete the state “%1”?</source>
        <translation>Den Stand „%1“ löschen?</translation>
    </message>
    <message>
        <source>The network itself stays as it is. Undo brings the state back.</source>
        <translation>Das Netzwerk selbst bleibt, wie es ist. Rückgängig holt den Stand zurück.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Return to this state</source>
        <translation>Zu diesem Stand zurückkehren</translation>
    </message>
    <message>
        <source>Return the whole network to the state “%1”?</source>
        <translation>Das ganze Netzwerk auf den Stand „%1“ zurücksetzen?</translation>
    </message>
    <message>
        <source>Partners, relationships, assessments, goals and actions become as they were then. The network as it is now is kept as the state “Before returning to an earlier state”, and Undo takes the return back.</source>
        <translation>Partner, Beziehungen, Bewertungen, Ziele und Maßnahmen werden, wie sie damals waren. Das Netzwerk, wie es jetzt ist, bleibt als Stand „Vor der Rückkehr zu einem früheren Stand“ erhalten, und Rückgängig nimmt die Rückkehr zurück.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückkehren</translation>
    </message>
    <message>
        <source>Returning to the state “%1”…</source>
        <translation>Das Netzwerk wird auf den Stand „%1“ zurückgesetzt …</translation>
    </message>
    <message>
        <source>Save state as a new document</source>
        <translation>Stand als neues Dokument speichern</translation>
    </message>
    <message>
        <source>The state was saved as %1.</source>
        <translation>Der Stand wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Look at this state</source>
        <translation>Stand ansehen</translation>
    </message>
    <message>
        <source>S&amp;tates</source>
        <translation>S&amp;tände</translation>
    </message>
    <message>
        <source>&amp;Take state…</source>
        <translation>Stand &amp;festhalten…</translation>
    </message>
    <message>
        <source>Take state</source>
        <translation>Stand festhalten</translation>
    </message>
    <message>
        <source>Freeze the whole network as it is now, to compare later</source>
        <translation>Das ganze Netzwerk so festhalten, wie es jetzt ist – zum späteren Vergleich</translation>
    </message>
    <message>
        <source>&amp;Manage states…</source>
        <translation>Stände &amp;verwalten…</translation>
    </message>
    <message>
        <source>List, look at and return to earlier states</source>
        <translation>Frühere Stände auflisten, ansehen und zu ihnen zurückkehren</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <source>%1 resolved · %2 new</source>
        <translation>%1 erledigt · %2 neu</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>%1 stronger · %2 weaker</source>
        <translation>%1 stärker · %2 schwächer</translation>
    </message>
    <message>
        <source>Quality Ø</source>
        <translation>Qualität Ø</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 new · %2 removed</source>
        <translation>%1 neu · %2 entfernt</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>%1 new · %2 overdue since</source>
        <translation>%1 neu · %2 seither überfällig</translation>
    </message>
    <message>
        <source>Network check</source>
        <translation>Netzwerk-Check</translation>
    </message>
    <message>
        <source>recommendations of the check</source>
        <translation>Empfehlungen des Checks</translation>
    </message>
    <message>
        <source>%1 (%2, %3) is new</source>
        <translation>%1 (%2, %3) ist neu</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <translation>%1 ist weggefallen</translation>
    </message>
    <message>
        <source>%1 was archived</source>
        <translation>%1 wurde archiviert</translation>
    </message>
    <message>
        <source>%1 is active again</source>
        <translation>%1 ist wieder aktiv</translation>
    </message>
    <message>
        <source>%1 moved: %2</source>
        <translation>%1 gewechselt: %2</translation>
    </message>
    <message>
        <source>%1: new (%2, strength %3)</source>
        <translation>%1: neu (%2, Stärke %3)</translation>
    </message>
    <message>
        <source>%1: gone</source>
        <translation>%1: weggefallen</translation>
    </message>
    <message>
        <source>%1: strength %2</source>
        <translation>%1: Stärke %2</translation>
    </message>
    <message>
        <source>%1: assessed for the first time, quality %2</source>
        <translation>%1: erstmals bewertet, Qualität %2</translation>
    </message>
    <message>
        <source>%1: quality %2</source>
        <translation>%1: Qualität %2</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Gesamtnetzwerk</translation>
    </message>
    <message>
        <source>%1: quality Ø %2 (%3 of %4 relationships assessed)</source>
        <translation>%1: Qualität Ø %2 (%3 von %4 Beziehungen bewertet)</translation>
    </message>
    <message>
        <source>%1 (whole network): Ø %2 of 5</source>
        <translation>%1 (Gesamtnetzwerk): Ø %2 von 5</translation>
    </message>
    <message>
        <source>%1: new goal</source>
        <translation>%1: neues Ziel</translation>
    </message>
    <message>
        <source>%1: goal removed</source>
        <translation>%1: Ziel entfernt</translation>
    </message>
    <message>
        <source>%1: done (%2)</source>
        <translation>%1: erledigt (%2)</translation>
    </message>
    <message>
        <source>%1: new (goal %2)</source>
        <translation>%1: neu (Ziel %2)</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: entfernt</translation>
    </message>
    <message>
        <source>%1: overdue since %2</source>
        <translation>%1: überfällig seit %2</translation>
    </message>
    <message>
        <source>The network check is still running…</source>
        <translation>Der Netzwerk-Check läuft noch …</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>%1 is a new broker</source>
        <translation>%1 ist neu ein Vermittler</translation>
    </message>
    <message>
        <source>%1 is no longer a broker</source>
        <translation>%1 ist kein Vermittler mehr</translation>
    </message>
    <message>
        <source>%1 is a new single point of failure</source>
        <translation>%1 ist neu ein Engpass (fällt er aus, zerfällt das Netzwerk)</translation>
    </message>
    <message>
        <source>%1 is no longer a single point of failure</source>
        <translation>%1 ist kein Engpass mehr</translation>
    </message>
    <message>
        <source>Supply on one partner: largest share %1</source>
        <translation>Lieferungen bei einem Partner: größter Anteil %1</translation>
    </message>
    <message>
        <source>Supply from one country: largest share %1</source>
        <translation>Lieferungen aus einem Land: größter Anteil %1</translation>
    </message>
    <message>
        <source>Quality per network and criterion</source>
        <translation>Qualität je Netzwerk und Kriterium</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Keine Änderung.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Gesundheitswert</translation>
    </message>
    <message>
        <source>%1
adds %2 of %3 points</source>
        <translation>%1
trägt %2 von %3 Punkten bei</translation>
    </message>
    <message>
        <source>Computing the health course…</source>
        <translation>Der Verlauf wird berechnet …</translation>
    </message>
    <message>
        <source>The health course failed: %1</source>
        <translation>Der Verlauf konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>One state so far: take more (States menu) to see the course.</source>
        <translation>Bisher ist nur ein Stand da: Halten Sie weitere Stände fest (Menü „Stände“), um den Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Health of the networks over time</source>
        <translation>Gesundheit der Netzwerke im Verlauf</translation>
    </message>
    <message>
        <source>The score adds up the components below, each with its weight (points of 100)</source>
        <translation>Der Wert ist die Summe der Bestandteile darunter, jeder mit seinem Gewicht (Punkte von 100)</translation>
    </message>
    <message>
        <source>in the document</source>
        <translation>im Dokument</translation>
    </message>
    <message>
        <source>row %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Likely the same as</source>
        <translation>Wahrscheinlich dasselbe wie</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Merge?</source>
        <translation>Zusammenführen?</translation>
    </message>
    <message>
        <source>Names are unique regardless of capitals: these rows are one partner.</source>
        <translation>Namen sind unabhängig von Groß- und Kleinschreibung eindeutig: Diese Zeilen sind ein Partner.</translation>
    </message>
    <message>
        <source>Ticked: the row goes into “%1”. Unticked: it becomes a partner of its own.</source>
        <translation>Angekreuzt: Die Zeile geht in „%1“ auf. Nicht angekreuzt: Sie wird ein eigener Partner.</translation>
    </message>
    <message>
        <source>Likely duplicates, spelled differently: %1</source>
        <translation>Wahrscheinliche Dubletten, anders geschrieben: %1</translation>
    </message>
    <message>
        <source>tick “Merge?” to take a row as the partner it resembles.</source>
        <translation>kreuzen Sie „Zusammenführen?“ an, um eine Zeile als den Partner zu übernehmen, dem sie ähnelt.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>%1 contact(s) move (a person of the same name is combined with the one there).</source>
        <translation>%1 Ansprechpartner wechseln (eine gleichnamige Person wird mit der vorhandenen zusammengeführt).</translation>
    </message>
    <message>
        <source>%1 relationship(s) move, with their assessments.</source>
        <translation>%1 Beziehung(en) wechseln mit ihren Bewertungen.</translation>
    </message>
    <message>
        <source>%1 relationship(s) to a partner both are linked with in the same way become one: the stronger strength, the earlier start, both notes, and the assessments of both (%2 join).</source>
        <translation>%1 Beziehung(en) zu einem Partner, mit dem beide gleichartig verbunden sind, werden eine: die höhere Stärke, der frühere Beginn, beide Notizen und die Bewertungen beider (%2 kommen hinzu).</translation>
    </message>
    <message>
        <source>%1 relationship(s) between the two are removed, with %2 assessment(s).</source>
        <translation>%1 Beziehung(en) zwischen den beiden entfallen, mit %2 Bewertung(en).</translation>
    </message>
    <message>
        <source>%1 relationship(s) between the two are removed.</source>
        <translation>%1 Beziehung(en) zwischen den beiden entfallen.</translation>
    </message>
    <message>
        <source>%1 goal(s) and %2 action(s) name the partner that stays.</source>
        <translation>%1 Ziel(e) und %2 Maßnahme(n) nennen künftig den verbleibenden Partner.</translation>
    </message>
    <message>
        <source>Tags added: %1.</source>
        <translation>Hinzukommende Schlagworte: %1.</translation>
    </message>
    <message>
        <source>Taken from “%1”, where the partner that stays has nothing: %2.</source>
        <translation>Von „%1“ übernommen, wo der verbleibende Partner nichts eingetragen hat: %2.</translation>
    </message>
    <message>
        <source>“%1” is then deleted. Edit → Undo takes the whole merge back.</source>
        <translation>„%1“ wird danach gelöscht. Bearbeiten → Rückgängig nimmt das ganze Zusammenführen zurück.</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>Partner zusammenführen</translation>
    </message>
    <message>
        <source>Which partner stays?</source>
        <translation>Welcher Partner bleibt?</translation>
    </message>
    <message>
        <source>Your own firm always stays.</source>
        <translation>Das eigene Unternehmen bleibt immer.</translation>
    </message>
    <message>
        <source>Different values: which one does the merged partner keep?</source>
        <translation>Abweichende Angaben: Welche behält der zusammengeführte Partner?</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>Was übergeht</translation>
    </message>
    <message>
        <source>Merge into one</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>The two partners hold no different values.</source>
        <translation>Die beiden Partner haben keine abweichenden Angaben.</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>Select the two partners to merge in the table (Ctrl+click).</source>
        <translation>Wählen Sie in der Tabelle die beiden Partner aus, die zusammengeführt werden sollen (Strg+Klick).</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>People responsible</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>%1 partner(s)</source>
        <translation>%1 Partner</translation>
    </message>
    <message>
        <source>%1 goal(s), %2 action(s)</source>
        <translation>%1 Ziel(e), %2 Maßnahme(n)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Choose a partner from the list.</source>
        <translation>Wählen Sie einen Partner aus der Liste.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Action “%1”</source>
        <translation>Maßnahme „%1“</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>Respo&amp;nsible:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>Auf&amp;wand:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ohne)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>festlegen</translation>
    </message>
    <message>
        <source>person-days</source>
        <translation>Personentage</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>verantwortliche Person</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Zum Suchen tippen…</translation>
    </message>
    <message>
        <source>completed on %1</source>
        <translation>erledigt am %1</translation>
    </message>
</context>
<context>
    <name>ActionPlanPanel</name>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Everyone responsible</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>%1 of %2 actions, %3 overdue</source>
        <translation>%1 von %2 Maßnahmen, %3 überfällig</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Create a goal first: every action serves a goal.</source>
        <translation>Legen Sie zuerst ein Ziel an: Jede Maßnahme dient einem Ziel.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Delete the action “%1”?</source>
        <translation>Die Maßnahme „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)?</source>
        <translation>
            <numerusform>%n Maßnahme löschen?</numerusform>
            <numerusform>%n Maßnahmen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete actions</source>
        <translation>Maßnahmen löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Diesen Monat fällig</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Neue Maßnahme…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Set the selected actions to done (click a status cell to choose any other state)</source>
        <translation>Die ausgewählten Maßnahmen auf „Erledigt“ setzen (für einen anderen Status klicken Sie auf eine Statuszelle)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Effort (person-days)</source>
        <translation>Aufwand (Personentage)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Effort (PD)</source>
        <translation>Aufwand (PT)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Do both sides share plans and problems early?</source>
        <translation>Teilen beide Seiten Pläne und Probleme frühzeitig?</translation>
    </message>
    <message>
        <source>Can we rely on what is agreed, also without a contract?</source>
        <translation>Können wir uns auf Absprachen verlassen, auch ohne Vertrag?</translation>
    </message>
    <message>
        <source>Does know-how flow both ways?</source>
        <translation>Fließt Know-how in beide Richtungen?</translation>
    </message>
    <message>
        <source>Do we know what we want to achieve together?</source>
        <translation>Wissen wir, was wir gemeinsam erreichen wollen?</translation>
    </message>
    <message>
        <source>Are agreements kept, dates met, people assigned?</source>
        <translation>Werden Absprachen eingehalten, Termine gehalten, Zuständige benannt?</translation>
    </message>
    <message>
        <source>Do both sides gain from the relationship?</source>
        <translation>Profitieren beide Seiten von der Beziehung?</translation>
    </message>
    <message>
        <source>Delete the assessment of %1?</source>
        <translation>Die Bewertung vom %1 löschen?</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Quality index of this assessment: %1</source>
        <translation>Qualitätsindex dieser Bewertung: %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Assess relationship</source>
        <translation>Beziehung bewerten</translation>
    </message>
    <message>
        <source>Score each criterion from 1 (very weak) to 5 (excellent); leave it at “not assessed” if you cannot judge it.</source>
        <translation>Bewerten Sie jedes Kriterium von 1 (sehr schwach) bis 5 (hervorragend); lassen Sie „nicht bewertet“ stehen, wenn Sie es nicht beurteilen können.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Correct the assessment of %1</source>
        <translation>Bewertung vom %1 korrigieren</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren …</translation>
    </message>
    <message>
        <source>Load the chosen assessment into the form to correct a mistake</source>
        <translation>Die gewählte Bewertung ins Formular laden, um einen Fehler zu korrigieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Earlier assessments (newest first)</source>
        <translation>Frühere Bewertungen (neueste zuerst)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Current quality index: %1</source>
        <translation>Aktueller Qualitätsindex: %1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Add action “{title}”</source>
        <translation>Maßnahme „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Add contact “{name}”</source>
        <translation>Ansprechpartner „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Add goal “{title}”</source>
        <translation>Ziel „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Add partner “{name}”</source>
        <translation>Partner „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Add relationship “{source}” – “{target}”</source>
        <translation>Beziehung „{source}“ – „{target}“ hinzufügen</translation>
    </message>
    <message>
        <source>Archive partner “{name}”</source>
        <translation>Partner „{name}“ archivieren</translation>
    </message>
    <message>
        <source>Arrange {count} partners by connections</source>
        <translation>{count} Partner nach Verbindungen anordnen</translation>
    </message>
    <message>
        <source>Arrange {count} partners in rings around us</source>
        <translation>{count} Partner in Ringen um uns anordnen</translation>
    </message>
    <message>
        <source>Assess relationship “{source}” – “{target}”</source>
        <translation>Beziehung „{source}“ – „{target}“ bewerten</translation>
    </message>
    <message>
        <source>Delete action “{title}”</source>
        <translation>Maßnahme „{title}“ löschen</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Ansprechpartner löschen</translation>
    </message>
    <message>
        <source>Delete contact “{name}”</source>
        <translation>Ansprechpartner „{name}“ löschen</translation>
    </message>
    <message>
        <source>Delete goal “{title}”</source>
        <translation>Ziel „{title}“ löschen</translation>
    </message>
    <message>
        <source>Delete partner “{name}”</source>
        <translation>Partner „{name}“ löschen</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>Beziehung löschen</translation>
    </message>
    <message>
        <source>Delete relationship “{source}” – “{target}”</source>
        <translation>Beziehung „{source}“ – „{target}“ löschen</translation>
    </message>
    <message>
        <source>Delete the state “{label}”</source>
        <translation>Stand „{label}“ löschen</translation>
    </message>
    <message>
        <source>Delete {count} actions</source>
        <translation>{count} Maßnahmen löschen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Edit action “{title}”</source>
        <translation>Maßnahme „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>Bewertung bearbeiten</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Ansprechpartner bearbeiten</translation>
    </message>
    <message>
        <source>Edit contact “{name}”</source>
        <translation>Ansprechpartner „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Edit goal “{title}”</source>
        <translation>Ziel „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Partner bearbeiten</translation>
    </message>
    <message>
        <source>Edit partner “{name}”</source>
        <translation>Partner „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>Edit relationship “{source}” – “{target}”</source>
        <translation>Beziehung „{source}“ – „{target}“ bearbeiten</translation>
    </message>
    <message>
        <source>Import board workbook “{name}” ({count} changes)</source>
        <translation>Beirats-Arbeitsmappe „{name}“ importieren ({count} Änderungen)</translation>
    </message>
    <message>
        <source>Import “{name}”: {added} partners added, {updated} updated, {relationships} relationships added</source>
        <translation>Import „{name}“: {added} Partner neu, {updated} ergänzt, {relationships} Beziehungen neu</translation>
    </message>
    <message>
        <source>Make “{name}” the own firm</source>
        <translation>„{name}“ zum eigenen Unternehmen machen</translation>
    </message>
    <message>
        <source>Mark {count} actions done</source>
        <translation>{count} Maßnahmen als erledigt markieren</translation>
    </message>
    <message>
        <source>Merge partner “{other}” into “{name}”</source>
        <translation>Partner „{other}“ mit „{name}“ zusammenführen</translation>
    </message>
    <message>
        <source>Merge the offline copy “{name}” ({count} changes)</source>
        <translation>Offline-Kopie in „{name}“ zurückspielen ({count} Änderungen)</translation>
    </message>
    <message>
        <source>Move partner “{name}”</source>
        <translation>Partner „{name}“ verschieben</translation>
    </message>
    <message>
        <source>Move {count} partners</source>
        <translation>{count} Partner verschieben</translation>
    </message>
    <message>
        <source>Rename goal “{title}”</source>
        <translation>Ziel „{title}“ umbenennen</translation>
    </message>
    <message>
        <source>Rename partner “{name}” to “{new}”</source>
        <translation>Partner „{name}“ in „{new}“ umbenennen</translation>
    </message>
    <message>
        <source>Rename the state “{old}” to “{label}”</source>
        <translation>Stand „{old}“ in „{label}“ umbenennen</translation>
    </message>
    <message>
        <source>Restore partner “{name}”</source>
        <translation>Partner „{name}“ wiederherstellen</translation>
    </message>
    <message>
        <source>Return to the state “{label}”</source>
        <translation>Zum Stand „{label}“ zurückkehren</translation>
    </message>
    <message>
        <source>Set action “{title}” to {status}</source>
        <translation>Maßnahme „{title}“ auf „{status}“ setzen</translation>
    </message>
    <message>
        <source>Take the state “{label}”</source>
        <translation>Stand „{label}“ festhalten</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <source>Double-click to show it</source>
        <translation>Doppelklick zeigt es an</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche …</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No state taken yet. Take the network&apos;s state (States menu) to see later what changed since.</source>
        <translation>Noch kein Stand festgehalten. Halten Sie den Stand des Netzwerks fest (Menü „Stände“), um später zu sehen, was sich seither geändert hat.</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 verglichen mit %2</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Einzelheiten zeigen</translation>
    </message>
    <message>
        <source>This is no longer in the document; the map&apos;s comparison shows it as a ghost.</source>
        <translation>Das ist nicht mehr im Dokument; der Vergleich auf der Karte zeigt es als Schatten.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>Show the two states in the network map&apos;s comparison mode</source>
        <translation>Die beiden Stände im Vergleich auf der Netzwerkkarte zeigen</translation>
    </message>
</context>
<context>
    <name>CompareStates</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else while you were editing it, so your changes cannot be saved.</source>
        <translation>„%1“ wurde von jemand anderem gelöscht, während Sie es bearbeitet haben; Ihre Änderungen können deshalb nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else while you were editing it. Which version should apply?</source>
        <translation>„%1“ wurde von jemand anderem geändert, während Sie es bearbeitet haben. Welche Fassung soll gelten?</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Letzte Änderung: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Colleague&apos;s version</source>
        <translation>Fassung des Kollegen</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>The colleague&apos;s other changes are kept either way: %1.</source>
        <translation>Die übrigen Änderungen des Kollegen bleiben in jedem Fall erhalten: %1.</translation>
    </message>
    <message>
        <source>Your changes do not contradict the colleague&apos;s; saving yours keeps both.</source>
        <translation>Ihre Änderungen widersprechen denen des Kollegen nicht; wenn Sie Ihre übernehmen, bleiben beide erhalten.</translation>
    </message>
    <message>
        <source>Apply your changes</source>
        <translation>Ihre Änderung übernehmen</translation>
    </message>
    <message>
        <source>Discard your input</source>
        <translation>Ihre Eingaben verwerfen</translation>
    </message>
    <message>
        <source>Keep the colleague&apos;s version</source>
        <translation>Die Fassung des Kollegen behalten</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <source>Your input stays in the form; nothing is saved yet.</source>
        <translation>Ihre Eingaben bleiben im Formular; noch ist nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>“%1” was set up with an older version of Netzplaner: it has format %2, this version works with format %3. Upgrade it now?</source>
        <translation>„%1“ wurde mit einer älteren Netzplaner-Version eingerichtet: Es hat das Format %2, diese Version arbeitet mit Format %3. Jetzt aktualisieren?</translation>
    </message>
    <message>
        <source>The upgrade changes the team network for everyone: all who work on it then need this version of Netzplaner. Your partners, relationships and plans stay as they are.</source>
        <translation>Die Aktualisierung ändert das Team-Netzwerk für alle: Wer darin arbeitet, braucht danach diese Netzplaner-Version. Ihre Partner, Beziehungen und Pläne bleiben unverändert.</translation>
    </message>
    <message>
        <source>Upgrade team network</source>
        <translation>Team-Netzwerk aktualisieren</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>This is not a server address; it looks like postgresql://user@server:5432/database.</source>
        <translation>Das ist keine Serveradresse; sie sieht so aus: postgresql://benutzer@server:5432/datenbank.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Bitte geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <source>The team network was not upgraded, so it was not opened.</source>
        <translation>Das Team-Netzwerk wurde nicht aktualisiert und daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, otherwise not. Enough inside the company network.</source>
        <translation>Verschlüsselt, wenn der Server es anbietet, sonst unverschlüsselt. Genügt im Firmennetz.</translation>
    </message>
    <message>
        <source>Always encrypted; without encryption no connection is made. The server&apos;s certificate is not checked.</source>
        <translation>Immer verschlüsselt; ohne Verschlüsselung kommt keine Verbindung zustande. Das Zertifikat des Servers wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Always encrypted, and the server&apos;s certificate is checked (name and issuer). The safest choice over the internet.</source>
        <translation>Immer verschlüsselt, und das Zertifikat des Servers wird geprüft (Name und Aussteller). Die sicherste Wahl über das Internet.</translation>
    </message>
    <message>
        <source>Not encrypted. Only for a server on this computer or in a sealed-off network.</source>
        <translation>Unverschlüsselt. Nur für einen Server auf diesem Rechner oder in einem abgeschotteten Netz.</translation>
    </message>
    <message>
        <source>A setting of your administrator.</source>
        <translation>Eine Einstellung Ihres Administrators.</translation>
    </message>
    <message>
        <source>Open team network</source>
        <translation>Team-Netzwerk öffnen</translation>
    </message>
    <message>
        <source>A team network lives on your company&apos;s PostgreSQL server; everyone with access plans in it together. Your administrator gives you the details.</source>
        <translation>Ein Team-Netzwerk liegt auf dem PostgreSQL-Server Ihres Unternehmens; alle Berechtigten planen darin gemeinsam. Die Zugangsdaten erhalten Sie von Ihrem Administrator.</translation>
    </message>
    <message>
        <source>Paste an &amp;address:</source>
        <translation>&amp;Adresse einfügen:</translation>
    </message>
    <message>
        <source>&amp;Name in the list:</source>
        <translation>&amp;Name in der Liste:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Verschlüsselung (TLS):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/database</source>
        <translation>postgresql://benutzer@server:5432/datenbank</translation>
    </message>
    <message>
        <source>or fill in the fields below</source>
        <translation>oder die Felder unten ausfüllen</translation>
    </message>
    <message>
        <source>e.g. Network of the management team</source>
        <translation>z. B. Netzwerk der Geschäftsleitung</translation>
    </message>
    <message>
        <source>e.g. netzplaner.company.local</source>
        <translation>z. B. netzplaner.firma.local</translation>
    </message>
    <message>
        <source>Encrypt when possible (prefer)</source>
        <translation>Verschlüsseln, wenn möglich (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Immer verschlüsseln (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server (verify-full)</source>
        <translation>Verschlüsseln und Server prüfen (verify-full)</translation>
    </message>
    <message>
        <source>Do not encrypt (disable)</source>
        <translation>Nicht verschlüsseln (disable)</translation>
    </message>
    <message>
        <source>Leave empty when your administrator has set up a .pgpass or service file on this computer.</source>
        <translation>Leer lassen, wenn Ihr Administrator auf diesem Rechner eine .pgpass- oder Service-Datei eingerichtet hat.</translation>
    </message>
    <message>
        <source>Remember the password in the system&apos;s credential store</source>
        <translation>Passwort im Anmeldespeicher des Systems merken</translation>
    </message>
    <message>
        <source>This computer has no credential store that Netzplaner can use, so the password is not remembered; you will be asked for it next time.</source>
        <translation>Auf diesem Rechner steht kein Anmeldespeicher zur Verfügung; das Passwort wird daher nicht gemerkt, und Sie werden beim nächsten Mal erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Checking the network…</source>
        <translation>Netzwerk wird geprüft…</translation>
    </message>
    <message>
        <source>The network check failed: %1</source>
        <translation>Der Netzwerk-Check ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Network of %1</source>
        <translation>Netzwerk – %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>no KPI</source>
        <translation>keine Kennzahl</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>large network: who links whom is estimated</source>
        <translation>großes Netzwerk: wer wen verbindet, ist geschätzt</translation>
    </message>
    <message numerus="yes">
        <source>All %n current goal(s)</source>
        <translation>
            <numerusform>%n laufendes Ziel</numerusform>
            <numerusform>Alle %n laufenden Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>No current goal yet: set one in the Goals tab.</source>
        <translation>Noch kein laufendes Ziel: Legen Sie eines im Reiter Ziele an.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 – overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 – seit %n Tag überfällig</numerusform>
            <numerusform>%1 – seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>No overdue actions.</source>
        <translation>Keine überfälligen Maßnahmen.</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n overdue action(s)</source>
        <translation>
            <numerusform>%n überfällige Maßnahme anzeigen</numerusform>
            <numerusform>Alle %n überfälligen Maßnahmen anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>The check found nothing to recommend.</source>
        <translation>Der Netzwerk-Check hat keine Empfehlungen ergeben.</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Zielfortschritt</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>What the network check recommends</source>
        <translation>Empfehlungen des Netzwerk-Checks</translation>
    </message>
</context>
<context>
    <name>DimensionCard</name>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Mean quality (of 100)</source>
        <translation>Ø Qualität (von 100)</translation>
    </message>
    <message>
        <source>Current goals</source>
        <translation>Laufende Ziele</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>Open actions, %1 overdue</source>
        <translation>Offene Maßnahmen, davon %1 überfällig</translation>
    </message>
    <message>
        <source>%1 relationships (%2 assessed)</source>
        <translation>%1 Beziehungen (%2 bewertet)</translation>
    </message>
    <message>
        <source>mean strength %1 of 5</source>
        <translation>Ø Stärke %1 von 5</translation>
    </message>
    <message>
        <source>weakest criterion: %1</source>
        <translation>schwächstes Kriterium: %1</translation>
    </message>
</context>
<context>
    <name>DimensionChart</name>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Mean quality (0–100)</source>
        <translation>Ø Qualität (0–100)</translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Möchten Sie die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen die Änderungen seit dem letzten Speichern verloren.</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>Network.netzplan</source>
        <translation>Netzwerk.netzplan</translation>
    </message>
    <message>
        <source>Name of your own firm (the centre of the network map):</source>
        <translation>Name Ihres Unternehmens (der Mittelpunkt der Netzwerkkarte):</translation>
    </message>
    <message>
        <source>Our firm</source>
        <translation>Unser Unternehmen</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>The lock of “%1” could not be broken: %2.</source>
        <translation>Die Sperre von „%1“ konnte nicht aufgehoben werden: %2.</translation>
    </message>
    <message>
        <source>The lock of “%1” was not broken: it changed in the meantime, someone else has opened the document now.</source>
        <translation>Die Sperre von „%1“ wurde nicht aufgehoben: Sie hat sich inzwischen geändert, jemand anderes hat das Dokument jetzt geöffnet.</translation>
    </message>
    <message>
        <source>“%1” was saved by an older version of Netzplaner and has been upgraded. A backup of the original is at “%2”.</source>
        <translation>„%1“ wurde mit einer älteren Netzplaner-Version gespeichert und wurde aktualisiert. Eine Sicherung des Originals liegt unter „%2“.</translation>
    </message>
    <message>
        <source>Demo network</source>
        <translation>Demo-Netzwerk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Netzplaner was not closed properly while “%1” was open. Do you want to recover the changes made until %2?</source>
        <translation>Netzplaner wurde nicht ordnungsgemäß beendet, während „%1“ geöffnet war. Möchten Sie die Änderungen bis %2 wiederherstellen?</translation>
    </message>
    <message>
        <source>If you don&apos;t, these changes are deleted.</source>
        <translation>Andernfalls werden diese Änderungen gelöscht.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Clear goals</source>
        <translation>Klare Ziele</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Verbindlichkeit</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Further details</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Knowledge sharing</source>
        <translation>Wissensteilung</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Mutual benefit</source>
        <translation>Gegenseitiger Nutzen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Offenheit</translation>
    </message>
    <message>
        <source>Own firm</source>
        <translation>Eigenes Unternehmen</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>Position on the map</source>
        <translation>Position auf der Karte</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(deleted partner)</source>
        <translation>(gelöschter Partner)</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message numerus="yes">
        <source>%n partner(s) linked</source>
        <translation>
            <numerusform>%n Partner verknüpft</numerusform>
            <numerusform>%n Partner verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter baseline, target and current value to see the progress.</source>
        <translation>Geben Sie Ausgangswert, Zielwert und Istwert ein, um den Fortschritt zu sehen.</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>%p% of the way from baseline to target</source>
        <translation>%p % des Wegs vom Ausgangswert zum Zielwert</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Goal “%1”</source>
        <translation>Ziel „%1“</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Linked partners</source>
        <translation>Verknüpfte Partner</translation>
    </message>
    <message>
        <source>Key figure (KPI)</source>
        <translation>Kennzahl (KPI)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation>&amp;Nutzen:</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Netz&amp;werk:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Target dat&amp;e:</source>
        <translation>Zielter&amp;min:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>B&amp;aseline:</source>
        <translation>A&amp;usgangswert:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>&amp;Current value:</source>
        <translation>&amp;Istwert:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ohne)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>festlegen</translation>
    </message>
    <message>
        <source>Type to filter partners…</source>
        <translation>Zum Filtern der Partner tippen…</translation>
    </message>
    <message>
        <source>responsible person</source>
        <translation>verantwortliche Person</translation>
    </message>
    <message>
        <source>e.g. share of regional suppliers</source>
        <translation>z. B. Anteil regionaler Lieferanten</translation>
    </message>
    <message>
        <source>e.g. %</source>
        <translation>z. B. %</translation>
    </message>
</context>
<context>
    <name>GoalPanel</name>
    <message>
        <source>All benefits</source>
        <translation>Alle Nutzenarten</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <source>%1 of %2 goals</source>
        <translation>%1 von %2 Zielen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message numerus="yes">
        <source>Its %n action(s) are deleted with it.</source>
        <translation>
            <numerusform>Die %n zugehörige Maßnahme wird ebenfalls gelöscht.</numerusform>
            <numerusform>Die %n zugehörigen Maßnahmen werden ebenfalls gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Delete the goal “%1”?</source>
        <translation>Das Ziel „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation>&amp;Nutzen:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>Netz&amp;werk:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>New goal…</source>
        <translation>Neues Ziel…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Neue Maßnahme…</translation>
    </message>
    <message>
        <source>Show partners on map</source>
        <translation>Partner auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Partners of this goal</source>
        <translation>Partner dieses Ziels</translation>
    </message>
    <message>
        <source>Actions of this goal</source>
        <translation>Maßnahmen dieses Ziels</translation>
    </message>
    <message>
        <source>Double-click an action to open it in the action plan</source>
        <translation>Doppelklick öffnet die Maßnahme im Maßnahmenplan</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <source>%1 open of %2</source>
        <translation>%1 von %2 offen</translation>
    </message>
    <message>
        <source>, %1 overdue</source>
        <translation>, %1 überfällig</translation>
    </message>
    <message>
        <source>%1: baseline %2, now %3, target %4 %5</source>
        <translation>%1: Ausgangswert %2, Istwert %3, Zielwert %4 %5</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <source>KPI progress</source>
        <translation>Fortschritt der Kennzahl</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <source>Health score (0–100) per network</source>
        <translation>Gesundheitswert (0–100) je Netzwerk</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>%1: created</source>
        <translation>%1: angelegt</translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation>%1: gelöscht</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1: moved on the map</source>
        <translation>%1: auf der Karte verschoben</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>“%1” is open by %2 on the computer %3 since %4.</source>
        <translation>„%1“ ist seit %4 von %2 auf dem Computer %3 geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is locked, but the lock file cannot be read, so it is not known who holds it.</source>
        <translation>„%1“ ist gesperrt, aber die Sperrdatei ist nicht lesbar; daher ist unbekannt, wer es geöffnet hat.</translation>
    </message>
    <message>
        <source>Last sign of life: %1 (%2).</source>
        <translation>Letztes Lebenszeichen: %1 (%2).</translation>
    </message>
    <message>
        <source>Document in use</source>
        <translation>Dokument in Bearbeitung</translation>
    </message>
    <message>
        <source>You can open a read-only copy: you see everything and can save it under another name. Break the lock only if nobody is working on the document any more, for example after a crash.</source>
        <translation>Sie können eine schreibgeschützte Kopie öffnen: Sie sehen alles und können die Kopie unter einem anderen Namen speichern. Heben Sie die Sperre nur auf, wenn niemand mehr an dem Dokument arbeitet, zum Beispiel nach einem Absturz.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Break the lock…</source>
        <translation>Sperre aufheben…</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>die andere Person</translation>
    </message>
    <message>
        <source>Break the lock</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>Really break the lock of “%1”?</source>
        <translation>Die Sperre von „%1“ wirklich aufheben?</translation>
    </message>
    <message>
        <source>If %1 is still working on the document, their unsaved changes could be lost, and you would overwrite each other&apos;s work. Break the lock only if you are sure that %1 has closed Netzplaner or that the computer has crashed.</source>
        <translation>Falls %1 noch an dem Dokument arbeitet, können die nicht gespeicherten Änderungen verloren gehen, und Sie würden gegenseitig Ihre Arbeit überschreiben. Heben Sie die Sperre nur auf, wenn Sie sicher sind, dass %1 Netzplaner geschlossen hat oder der Computer abgestürzt ist.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;demo network</source>
        <translation>&amp;Demo-Netzwerk öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Open &amp;team network…</source>
        <translation>&amp;Team-Netzwerk öffnen…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Larger font</source>
        <translation>Schrift &amp;größer</translation>
    </message>
    <message>
        <source>&amp;Smaller font</source>
        <translation>Schrift &amp;kleiner</translation>
    </message>
    <message>
        <source>New &amp;partner…</source>
        <translation>Neuer &amp;Partner…</translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation>Partner &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive / restore</source>
        <translation>&amp;Archivieren / wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete partner…</source>
        <translation>Partner &amp;löschen…</translation>
    </message>
    <message>
        <source>New &amp;relationship…</source>
        <translation>Neue &amp;Beziehung…</translation>
    </message>
    <message>
        <source>&amp;Edit relationship…</source>
        <translation>Beziehung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Assess relationship…</source>
        <translation>Beziehung be&amp;werten…</translation>
    </message>
    <message>
        <source>&amp;Delete relationship…</source>
        <translation>Beziehung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;About Netzplaner</source>
        <translation>&amp;Über Netzplaner</translation>
    </message>
    <message>
        <source>&amp;Goals of this partner</source>
        <translation>&amp;Ziele dieses Partners</translation>
    </message>
    <message>
        <source>Make &amp;own firm…</source>
        <translation>Als &amp;eigenes Unternehmen festlegen …</translation>
    </message>
    <message>
        <source>&amp;Merge partners…</source>
        <translation>Partner &amp;zusammenführen …</translation>
    </message>
    <message>
        <source>&amp;Export board workbook (Excel)…</source>
        <translation>Arbeitsmappe für den Beirat &amp;exportieren (Excel) …</translation>
    </message>
    <message>
        <source>&amp;Import board workbook…</source>
        <translation>Arbeitsmappe des Beirats &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Board workbook</source>
        <translation>Beirats-Mappe</translation>
    </message>
    <message>
        <source>The network map in full screen with large labels (Esc leaves)</source>
        <translation>Die Netzwerkkarte im Vollbild mit großer Schrift (Esc beendet)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>Be&amp;ziehung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Autosave stopped</source>
        <translation>Automatisches Speichern angehalten</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln Partner</numerusform>
            <numerusform>%Ln Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln Beziehung</numerusform>
            <numerusform>%Ln Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Import &amp;partner list (Excel, CSV, GraphML, GEXF, GML)…</source>
        <translation>&amp;Partnerliste importieren (Excel, CSV, GraphML, GEXF, GML) …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>Kein Dokument geöffnet</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>About Netzplaner</source>
        <translation>Über Netzplaner</translation>
    </message>
    <message>
        <source>Netzplaner %1

Map, judge and plan the partner network of your firm. Works offline; your data stays in your .netzplan file.

MIT licence. Built with Qt for Python (LGPL).</source>
        <translation>Netzplaner %1

Das Partnernetzwerk Ihres Unternehmens erfassen, bewerten und planen. Arbeitet offline; Ihre Daten bleiben in Ihrer .netzplan-Datei.

MIT-Lizenz. Erstellt mit Qt for Python (LGPL).</translation>
    </message>
</context>
<context>
    <name>MapCompare</name>
    <message>
        <source>New partner (%1)</source>
        <translation>Neuer Partner (%1)</translation>
    </message>
    <message>
        <source>New relationship (%1)</source>
        <translation>Neue Beziehung (%1)</translation>
    </message>
    <message>
        <source>Partner gone (ghost, %1)</source>
        <translation>Partner weggefallen (Schatten, %1)</translation>
    </message>
    <message>
        <source>Relationship gone (%1)</source>
        <translation>Beziehung weggefallen (%1)</translation>
    </message>
    <message>
        <source>Stronger (%1)</source>
        <translation>Stärker (%1)</translation>
    </message>
    <message>
        <source>Weaker (%1)</source>
        <translation>Schwächer (%1)</translation>
    </message>
    <message>
        <source>Quality better (%1)</source>
        <translation>Qualität besser (%1)</translation>
    </message>
    <message>
        <source>Quality worse (%1)</source>
        <translation>Qualität schlechter (%1)</translation>
    </message>
    <message>
        <source>No change between the two states</source>
        <translation>Keine Änderung zwischen den beiden Ständen</translation>
    </message>
</context>
<context>
    <name>MapCompareBar</name>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche …</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no state to compare with yet: take one under “States”.</source>
        <translation>Es gibt noch keinen festgehaltenen Stand zum Vergleichen: Halten Sie einen unter „Stände“ fest.</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 verglichen mit %2</translation>
    </message>
    <message>
        <source>Compare states</source>
        <translation>Stände vergleichen</translation>
    </message>
    <message>
        <source>Show what changed since an earlier saved state: new partners and relationships highlighted, lost ones as ghosts, changes marked</source>
        <translation>Zeigt, was sich seit einem früheren Stand geändert hat: neue Partner und Beziehungen hervorgehoben, weggefallene als Schatten, Änderungen markiert</translation>
    </message>
    <message>
        <source>Step through the saved states in order</source>
        <translation>Schritt für Schritt durch die festgehaltenen Stände</translation>
    </message>
</context>
<context>
    <name>MapGuides</name>
    <message>
        <source>No network</source>
        <translation>Ohne Netzwerk</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>strength of our tie</source>
        <translation>Stärke unserer Beziehung</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Our firm</source>
        <translation>Unser Unternehmen</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Ohne Netzwerk</translation>
    </message>
    <message>
        <source>Ring: also in a second network</source>
        <translation>Ring: auch in einem zweiten Netzwerk</translation>
    </message>
    <message>
        <source>Thicker line: stronger relationship</source>
        <translation>Dickere Linie: stärkere Beziehung</translation>
    </message>
    <message>
        <source>Dashed: weak relationship (strength 1–2)</source>
        <translation>Gestrichelt: schwache Beziehung (Stärke 1–2)</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Network of %1 · %2</source>
        <translation>Netzwerk – %1 · %2</translation>
    </message>
    <message>
        <source>Showing %1 of %2 partners and %3 relationships.</source>
        <translation>%1 von %2 Partnern und %3 Beziehungen sichtbar.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Measuring broker roles…</source>
        <translation>Vermittlerrollen werden berechnet …</translation>
    </message>
    <message>
        <source>No partner matches “%1”.</source>
        <translation>Kein Partner passt zu „%1“.</translation>
    </message>
    <message>
        <source>“%1” is hidden by the filters.</source>
        <translation>„%1“ ist durch die Filter ausgeblendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tie to us: %1 of 5</source>
        <translation>Bindung an uns: %1 von 5</translation>
    </message>
    <message>
        <source>No direct tie to us</source>
        <translation>Keine direkte Beziehung zu uns</translation>
    </message>
    <message>
        <source>Leave the comparison to move partners.</source>
        <translation>Verlassen Sie den Vergleich, um Partner zu verschieben.</translation>
    </message>
    <message>
        <source>Move partners</source>
        <translation>Partner verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Arranging %n partner(s)…</source>
        <translation>
            <numerusform>%n Partner wird angeordnet …</numerusform>
            <numerusform>%n Partner werden angeordnet …</numerusform>
        </translation>
    </message>
    <message>
        <source>The network changed while it was being arranged; please arrange again.</source>
        <translation>Das Netzwerk wurde während der Anordnung geändert; bitte erneut anordnen.</translation>
    </message>
    <message>
        <source>Arranging cancelled; the positions are unchanged.</source>
        <translation>Anordnung abgebrochen; die Positionen sind unverändert.</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>The calculation failed: %1</source>
        <translation>Die Berechnung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export map as picture</source>
        <translation>Karte als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>The picture could not be written: %1</source>
        <translation>Das Bild konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Picture written to %1.</source>
        <translation>Bild gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Find partner…</source>
        <translation>Partner suchen …</translation>
    </message>
    <message>
        <source>By connections</source>
        <translation>Nach Verbindungen</translation>
    </message>
    <message>
        <source>Arrange the partners so that connected partners sit together</source>
        <translation>Partner so anordnen, dass verbundene Partner beieinander liegen</translation>
    </message>
    <message>
        <source>Rings around us</source>
        <translation>Ringe um uns</translation>
    </message>
    <message>
        <source>Arrange the partners around your firm: one sector per network, stronger ties closer to the centre</source>
        <translation>Partner um Ihr Unternehmen anordnen: ein Sektor je Netzwerk, stärkere Beziehungen näher an der Mitte</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Highlight neighbours</source>
        <translation>Nachbarn hervorheben</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Das ganze Netzwerk zeigen</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Bild …</translation>
    </message>
    <message>
        <source>Export the map as PNG or SVG, with title and legend</source>
        <translation>Karte als PNG oder SVG exportieren, mit Titel und Legende</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Full screen with large labels (Esc to leave)</source>
        <translation>Vollbild mit großer Beschriftung (Esc beendet)</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>Min. s&amp;trength:</source>
        <translation>Min. S&amp;tärke:</translation>
    </message>
    <message>
        <source>Min. &amp;quality:</source>
        <translation>Min. &amp;Qualität:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Hide archived</source>
        <translation>Archivierte ausblenden</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>Strength of our tie</source>
        <translation>Stärke unserer Beziehung</translation>
    </message>
    <message>
        <source>Number of relationships</source>
        <translation>Anzahl der Beziehungen</translation>
    </message>
    <message>
        <source>Broker role (betweenness)</source>
        <translation>Vermittlerrolle (Betweenness)</translation>
    </message>
    <message>
        <source>Good tie (quality 70–100)</source>
        <translation>Gute Beziehung (Qualität 70–100)</translation>
    </message>
    <message>
        <source>Fair tie (quality 40–69)</source>
        <translation>Mittlere Beziehung (Qualität 40–69)</translation>
    </message>
    <message>
        <source>Poor tie (quality below 40)</source>
        <translation>Schwache Beziehung (Qualität unter 40)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>%1 partners · quality Ø %2</source>
        <translation>%1 Partner · Qualität Ø %2</translation>
    </message>
    <message>
        <source>%1 partners · not assessed</source>
        <translation>%1 Partner · nicht bewertet</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>A relationship needs two different partners.</source>
        <translation>Eine Beziehung braucht zwei verschiedene Partner.</translation>
    </message>
    <message>
        <source>Beside “{name}” lies “{sidecar}”, a file another program left behind. Netzplaner did not apply it and opened the document as it was last saved; “{sidecar}” was left untouched.</source>
        <translation>Neben „{name}“ liegt „{sidecar}“, eine Datei, die ein anderes Programm hinterlassen hat. Netzplaner hat sie nicht übernommen und das Dokument im zuletzt gespeicherten Stand geöffnet; „{sidecar}“ blieb unverändert.</translation>
    </message>
    <message>
        <source>Choose at least one action.</source>
        <translation>Wählen Sie mindestens eine Maßnahme aus.</translation>
    </message>
    <message>
        <source>Control characters removed from the contact.</source>
        <translation>Steuerzeichen aus dem Ansprechpartner entfernt.</translation>
    </message>
    <message>
        <source>Control characters removed from the partners&apos; names.</source>
        <translation>Steuerzeichen aus den Namen der Partner entfernt.</translation>
    </message>
    <message>
        <source>Control characters removed from {label}.</source>
        <translation>Steuerzeichen im Feld „{label}“ entfernt.</translation>
    </message>
    <message>
        <source>Country must be a two-letter ISO code such as DE, FR or CN, not “{value}”.</source>
        <translation>Das Land muss ein zweistelliger ISO-Code wie DE, FR oder CN sein, nicht „{value}“.</translation>
    </message>
    <message>
        <source>Country “{value}” is not recognised; left empty.</source>
        <translation>Land „{value}“ nicht erkannt; leer gelassen.</translation>
    </message>
    <message>
        <source>In another country than the own firm: {country}.</source>
        <translation>In einem anderen Land als das eigene Unternehmen: {country}.</translation>
    </message>
    <message>
        <source>In another country than the own firm: {country}; its kind, {kind}, is thematic too.</source>
        <translation>In einem anderen Land als das eigene Unternehmen: {country}; die Art „{kind}“ ist zugleich fachlich.</translation>
    </message>
    <message>
        <source>Its kind, {kind}, belongs to the thematic network.</source>
        <translation>Die Art „{kind}“ gehört zum fachlichen Netzwerk.</translation>
    </message>
    <message>
        <source>Kind “{value}” is not known: imported as Cooperation, the word kept in the notes.</source>
        <translation>Art „{value}“ unbekannt: als Kooperation übernommen, das Wort steht in den Notizen.</translation>
    </message>
    <message>
        <source>Kind “{value}” is not known: imported as Other, the word kept as a tag.</source>
        <translation>Art „{value}“ unbekannt: als Sonstige übernommen, das Wort als Schlagwort behalten.</translation>
    </message>
    <message>
        <source>Mark another partner as your own firm instead; a document needs exactly one.</source>
        <translation>Markieren Sie stattdessen einen anderen Partner als eigenes Unternehmen; ein Dokument braucht genau eines.</translation>
    </message>
    <message>
        <source>Named in a connection but not in the partner list; added as Other.</source>
        <translation>In einer Verbindung genannt, aber nicht in der Partnerliste; als Sonstige angelegt.</translation>
    </message>
    <message>
        <source>Network “{value}” is not known (Regional, Fachlich or International); left out.</source>
        <translation>Netzwerk „{value}“ unbekannt (Regional, Fachlich oder International); weggelassen.</translation>
    </message>
    <message>
        <source>No backup of “{name}” could be written; it was not upgraded.</source>
        <translation>Von „{name}“ konnte keine Sicherung geschrieben werden; das Dokument wurde nicht aktualisiert.</translation>
    </message>
    <message>
        <source>No partner with the Id “{id}” in the file.</source>
        <translation>Kein Partner mit der Id „{id}“ in der Datei.</translation>
    </message>
    <message>
        <source>Same partner as row {row}.</source>
        <translation>Derselbe Partner wie in Zeile {row}.</translation>
    </message>
    <message>
        <source>Same partner as row {row}; nothing new.</source>
        <translation>Derselbe Partner wie in Zeile {row}; nichts Neues.</translation>
    </message>
    <message>
        <source>Same partners and kind as row {row}.</source>
        <translation>Dieselben Partner und dieselbe Art wie in Zeile {row}.</translation>
    </message>
    <message>
        <source>Same partners and kind as row {row}: merged into it.</source>
        <translation>Dieselben Partner und dieselbe Art wie in Zeile {row}: dort zusammengeführt.</translation>
    </message>
    <message>
        <source>Score at least one criterion from 1 to 5.</source>
        <translation>Bewerten Sie mindestens ein Kriterium von 1 bis 5.</translation>
    </message>
    <message>
        <source>Someone else has broken the lock of “{name}” and may be working on it; save your changes under another name with Save As.</source>
        <translation>Jemand anderes hat die Sperre von „{name}“ aufgehoben und arbeitet möglicherweise daran; speichern Sie Ihre Änderungen mit „Speichern unter“ unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>The chosen partner is no longer in the document.</source>
        <translation>Der gewählte Partner ist nicht mehr im Dokument.</translation>
    </message>
    <message>
        <source>The contact was left out: {reason}</source>
        <translation>Der Ansprechpartner wurde weggelassen: {reason}</translation>
    </message>
    <message>
        <source>The document holds no states yet to compare with; take one first.</source>
        <translation>Das Dokument enthält noch keinen Stand zum Vergleichen; halten Sie zuerst einen Stand fest.</translation>
    </message>
    <message>
        <source>The due date ({due:%d.%m.%Y}) lies before the start ({start:%d.%m.%Y}).</source>
        <translation>Der Fälligkeitstermin ({due:%d.%m.%Y}) liegt vor dem Beginn ({start:%d.%m.%Y}).</translation>
    </message>
    <message>
        <source>The export format cannot be told from “{name}”; use .graphml, .gexf or .csv, or .xlsx with the Kumu format.</source>
        <translation>Das Exportformat ist an „{name}“ nicht zu erkennen; .graphml, .gexf oder .csv verwenden, oder .xlsx mit dem Kumu-Format.</translation>
    </message>
    <message>
        <source>The file “{name}” does not exist.</source>
        <translation>Die Datei „{name}“ existiert nicht.</translation>
    </message>
    <message>
        <source>The folder of “{name}” is write-protected; open the document read-only.</source>
        <translation>Der Ordner von „{name}“ ist schreibgeschützt; öffnen Sie das Dokument schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder of “{name}” is write-protected; please choose another folder.</source>
        <translation>Der Ordner von „{name}“ ist schreibgeschützt; bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>Der Ordner „{folder}“ existiert nicht.</translation>
    </message>
    <message>
        <source>The goal is no longer in the document.</source>
        <translation>Das Ziel ist nicht mehr im Dokument.</translation>
    </message>
    <message>
        <source>The path of “{name}” is {length} characters long; Windows allows {limit}. Please choose a shorter name or a folder nearer the top.</source>
        <translation>Der Pfad von „{name}“ ist {length} Zeichen lang; Windows erlaubt {limit}. Bitte wählen Sie einen kürzeren Namen oder einen weniger tief verschachtelten Ordner.</translation>
    </message>
    <message>
        <source>The relationship is no longer in the document.</source>
        <translation>Die Beziehung ist nicht mehr im Dokument.</translation>
    </message>
    <message>
        <source>The row does not name both partners.</source>
        <translation>Die Zeile nennt nicht beide Partner.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Die Zeile hat keinen Namen.</translation>
    </message>
    <message>
        <source>The {entity} you refer to is no longer in the document.</source>
        <translation>Der gesuchte Eintrag ({entity}) ist nicht mehr im Dokument.</translation>
    </message>
    <message>
        <source>There is already a partner called “{name}”.</source>
        <translation>Es gibt bereits einen Partner namens „{name}“.</translation>
    </message>
    <message>
        <source>There is no goal with the id {id} in this document.</source>
        <translation>In diesem Dokument gibt es kein Ziel mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no partner to move.</source>
        <translation>Es gibt keinen Partner zum Verschieben.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to keep the change to “{name}”; free some space and try again. Nothing was lost.</source>
        <translation>Der freie Speicherplatz reicht nicht, um die Änderung an „{name}“ zu sichern; bitte schaffen Sie Platz und versuchen Sie es erneut. Es ging nichts verloren.</translation>
    </message>
    <message>
        <source>These two partners already have a relationship of this kind.</source>
        <translation>Diese beiden Partner haben bereits eine Beziehung dieser Art.</translation>
    </message>
    <message>
        <source>Unknown export format “{value}” (kumu, graphml, gexf or csv).</source>
        <translation>Unbekanntes Exportformat „{value}“ (kumu, graphml, gexf oder csv).</translation>
    </message>
    <message>
        <source>Unknown field for a column: {key}.</source>
        <translation>Unbekanntes Feld für eine Spalte: {key}.</translation>
    </message>
    <message>
        <source>Unknown field: {names}.</source>
        <translation>Unbekanntes Feld: {names}.</translation>
    </message>
    <message>
        <source>Unknown network: “{value}” (regional, thematic or international).</source>
        <translation>Unbekanntes Netzwerk: „{value}“ (regional, fachlich oder international).</translation>
    </message>
    <message>
        <source>Weight “{value}” is not a number; the default strength is used.</source>
        <translation>Gewicht „{value}“ ist keine Zahl; die Standardstärke wird verwendet.</translation>
    </message>
    <message>
        <source>Workbooks cannot be read safely because the defusedxml package is missing; reinstall Netzplaner.</source>
        <translation>Arbeitsmappen können nicht sicher gelesen werden, weil das Paket defusedxml fehlt; bitte Netzplaner neu installieren.</translation>
    </message>
    <message>
        <source>Your own firm cannot be archived.</source>
        <translation>Das eigene Unternehmen kann nicht archiviert werden.</translation>
    </message>
    <message>
        <source>Your own firm cannot be deleted; it is the centre of the map.</source>
        <translation>Das eigene Unternehmen kann nicht gelöscht werden; es ist der Mittelpunkt der Netzwerkkarte.</translation>
    </message>
    <message>
        <source>no action with the ID {id} in this document (deleted since the export, or the workbook belongs to another document).</source>
        <translation>Keine Maßnahme mit der ID {id} in diesem Dokument (seit dem Export gelöscht, oder die Arbeitsmappe gehört zu einem anderen Dokument).</translation>
    </message>
    <message>
        <source>no goal with the ID {id} in this document (deleted since the export, or the workbook belongs to another document).</source>
        <translation>Kein Ziel mit der ID {id} in diesem Dokument (seit dem Export gelöscht, oder die Arbeitsmappe gehört zu einem anderen Dokument).</translation>
    </message>
    <message>
        <source>the board changed this row, but it was deleted in Netzplaner since the export; its changes are not taken.</source>
        <translation>Der Beirat hat diese Zeile geändert, sie wurde aber seit dem Export in Netzplaner gelöscht; die Änderungen werden nicht übernommen.</translation>
    </message>
    <message>
        <source>the row has no ID and no title; a new row needs a title.</source>
        <translation>Die Zeile hat weder ID noch Titel; eine neue Zeile braucht einen Titel.</translation>
    </message>
    <message>
        <source>the ID {id} appears in rows {rows}; none of them is imported.</source>
        <translation>Die ID {id} steht in den Zeilen {rows}; keine davon wird übernommen.</translation>
    </message>
    <message>
        <source>the row has no ID and names no goal; a new action needs the title of its goal in the goal column.</source>
        <translation>Die Zeile hat keine ID und nennt kein Ziel; eine neue Maßnahme braucht den Titel ihres Ziels in der Spalte „Ziel“.</translation>
    </message>
    <message>
        <source>there is no goal called “{goal}” in this document.</source>
        <translation>In diesem Dokument gibt es kein Ziel „{goal}“.</translation>
    </message>
    <message>
        <source>{count} goals are called “{goal}”; add the action in Netzplaner.</source>
        <translation>{count} Ziele heißen „{goal}“; legen Sie die Maßnahme in Netzplaner an.</translation>
    </message>
    <message>
        <source>{header} is empty; choose one of {choices}.</source>
        <translation>{header} ist leer; wählen Sie eines von: {choices}.</translation>
    </message>
    <message>
        <source>{header} “{value}” is not a date.</source>
        <translation>{header} „{value}“ ist kein Datum.</translation>
    </message>
    <message>
        <source>{header} “{value}” is not one of {choices}.</source>
        <translation>{header} „{value}“ ist keiner dieser Werte: {choices}.</translation>
    </message>
    <message>
        <source>{label} is not a valid date: “{value}”.</source>
        <translation>{label} ist kein gültiges Datum: „{value}“.</translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label} ist zu lang ({length} Zeichen; höchstens {limit}).</translation>
    </message>
    <message>
        <source>{label} kept as “{old}” (the file says “{new}”).</source>
        <translation>{label} bleibt „{old}“ (die Datei sagt „{new}“).</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{value}”.</source>
        <translation>{label} muss eine Zahl sein, nicht „{value}“.</translation>
    </message>
    <message>
        <source>{label} must be a whole number, not “{value}”.</source>
        <translation>{label} muss eine ganze Zahl sein, nicht „{value}“.</translation>
    </message>
    <message>
        <source>{label} must be between {low:g} and {high:g}, not {value:g}.</source>
        <translation>{label} muss zwischen {low:g} und {high:g} liegen, nicht bei {value:g}.</translation>
    </message>
    <message>
        <source>{label} must not be empty.</source>
        <translation>{label} darf nicht leer sein.</translation>
    </message>
    <message>
        <source>{label} must not be negative.</source>
        <translation>{label} darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>{name} cannot be decoded as UTF-16 text; save it again as CSV UTF-8.</source>
        <translation>{name} lässt sich nicht als UTF-16-Text lesen; bitte erneut als CSV UTF-8 speichern.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its file format number ({version}) is not one Netzplaner ever wrote.</source>
        <translation>„{name}“ ist beschädigt: Die Formatnummer ({version}) hat Netzplaner nie geschrieben.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: part of its content cannot be read.</source>
        <translation>„{name}“ ist beschädigt: Ein Teil des Inhalts kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{name} claims to be UTF-8 text but holds bytes that are not; save it again as CSV UTF-8.</source>
        <translation>{name} gibt sich als UTF-8-Text aus, enthält aber andere Zeichen; bitte erneut als CSV UTF-8 speichern.</translation>
    </message>
    <message>
        <source>A tag is too long (at most {limit} characters): “{tag}”.</source>
        <translation>Ein Schlagwort ist zu lang (höchstens {limit} Zeichen): „{tag}“.</translation>
    </message>
    <message>
        <source>A team network lives on a server; give its address as postgresql://user@host:5432/database.</source>
        <translation>Ein Teamnetzwerk liegt auf einem Server; geben Sie seine Adresse in der Form postgresql://benutzer@host:5432/datenbank an.</translation>
    </message>
    <message>
        <source>Choose two different partners to merge.</source>
        <translation>Wählen Sie zwei verschiedene Partner zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Kept apart from “{name}”, which may be the same partner.</source>
        <translation>Getrennt von „{name}“ gehalten, der vielleicht derselbe Partner ist.</translation>
    </message>
    <message>
        <source>Merge the offline copy</source>
        <translation>Offline-Kopie zurückspielen</translation>
    </message>
    <message>
        <source>Merge the offline copy into “{name}”</source>
        <translation>Offline-Kopie in „{name}“ zurückspielen</translation>
    </message>
    <message>
        <source>No postcode that places it; choose a network.</source>
        <translation>Keine Postleitzahl, die den Ort bestimmt; bitte ein Netzwerk wählen.</translation>
    </message>
    <message>
        <source>Part of this step was deleted after it (by someone else or in another window); the step can no longer be redone.</source>
        <translation>Ein Teil dieses Schritts wurde danach gelöscht (von jemand anderem oder in einem anderen Fenster); der Schritt kann nicht mehr wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Part of this step was deleted after it (by someone else or in another window); the step can no longer be undone.</source>
        <translation>Ein Teil dieses Schritts wurde danach gelöscht (von jemand anderem oder in einem anderen Fenster); der Schritt kann nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Please name the user who gets the role.</source>
        <translation>Bitte nennen Sie den Benutzer, der die Rolle erhält.</translation>
    </message>
    <message>
        <source>Same federal state as the own firm ({state}).</source>
        <translation>Im selben Bundesland wie das eigene Unternehmen ({state}).</translation>
    </message>
    <message>
        <source>Same postcode region as the own firm ({state}).</source>
        <translation>In derselben Postleitregion wie das eigene Unternehmen ({state}).</translation>
    </message>
    <message>
        <source>Someone else changed “{name}” at the same moment; nothing was written. Please try again.</source>
        <translation>Jemand anderes hat „{name}“ im selben Moment geändert; es wurde nichts geschrieben. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Take an offline copy</source>
        <translation>Offline-Kopie mitnehmen</translation>
    </message>
    <message>
        <source>Taken as the same partner as “{name}”.</source>
        <translation>Als derselbe Partner wie „{name}“ übernommen.</translation>
    </message>
    <message>
        <source>Team networks need the team extra: pip install netzplaner[team].</source>
        <translation>Teamnetzwerke benötigen die Team-Erweiterung: pip install netzplaner[team].</translation>
    </message>
    <message>
        <source>The connection to the server of “{name}” broke off while the change was being saved, so it could not be confirmed. Once the server is back, the window shows whether it was saved.</source>
        <translation>Die Verbindung zum Server von „{name}“ brach ab, während die Änderung gespeichert wurde; ob sie gespeichert ist, ließ sich nicht bestätigen. Sobald der Server wieder erreichbar ist, zeigt das Fenster den gespeicherten Stand.</translation>
    </message>
    <message>
        <source>The connections name their partners by the Id column.</source>
        <translation>Die Verbindungen nennen ihre Partner über die Spalte „Id“.</translation>
    </message>
    <message>
        <source>The connections&apos; ends are numbers: read as the partner list&apos;s rows counted from 0 (0 = “{first}”).</source>
        <translation>Die Enden der Verbindungen sind Zahlen: gelesen als Zeilen der Partnerliste, ab 0 gezählt (0 = „{first}“).</translation>
    </message>
    <message>
        <source>The connections&apos; ends are numbers: read as the partner list&apos;s rows counted from 1 (1 = “{first}”).</source>
        <translation>Die Enden der Verbindungen sind Zahlen: gelesen als Zeilen der Partnerliste, ab 1 gezählt (1 = „{first}“).</translation>
    </message>
    <message>
        <source>The connections&apos; ends are numbers: read as the row numbers of the partner list in the file (row {row} = “{first}”).</source>
        <translation>Die Enden der Verbindungen sind Zahlen: gelesen als Zeilennummern der Partnerliste in der Datei (Zeile {row} = „{first}“).</translation>
    </message>
    <message>
        <source>The database “{dbname}” on {where} already holds a team network.</source>
        <translation>Die Datenbank „{dbname}“ auf {where} enthält bereits ein Teamnetzwerk.</translation>
    </message>
    <message>
        <source>The database “{dbname}” on {where} holds no team network yet; an administrator sets it up with: netzplaner team init.</source>
        <translation>Die Datenbank „{dbname}“ auf {where} enthält noch kein Teamnetzwerk; ein Administrator richtet es ein mit: netzplaner team init.</translation>
    </message>
    <message>
        <source>The merge into “{name}” is no longer the last step there; it cannot be undone from the offline copy.</source>
        <translation>Das Zurückspielen in „{name}“ ist dort nicht mehr der letzte Schritt; es lässt sich von der Offline-Kopie aus nicht mehr rückgängig machen.</translation>
    </message>
    <message>
        <source>The name contains “{word}”.</source>
        <translation>Der Name enthält „{word}“.</translation>
    </message>
    <message>
        <source>The own firm has no postcode to measure the distance from; choose a network.</source>
        <translation>Das eigene Unternehmen hat keine Postleitzahl, von der aus sich die Entfernung messen lässt; bitte ein Netzwerk wählen.</translation>
    </message>
    <message>
        <source>The record of where the offline copy “{name}” started from is damaged; take a new copy of the team network.</source>
        <translation>Der Vermerk, von welchem Stand die Offline-Kopie „{name}“ ausging, ist beschädigt; nehmen Sie eine neue Kopie des Team-Netzwerks mit.</translation>
    </message>
    <message>
        <source>The role must be editor or reader, not “{role}”.</source>
        <translation>Die Rolle muss editor (Bearbeiter) oder reader (Leser) sein, nicht „{role}“.</translation>
    </message>
    <message>
        <source>The same name as “{name}” apart from capitals: one partner (names are unique regardless of case).</source>
        <translation>Derselbe Name wie „{name}“ bis auf Groß- und Kleinschreibung: ein Partner (Namen sind unabhängig davon eindeutig).</translation>
    </message>
    <message>
        <source>The secure connection to the server {where} failed; check the sslmode in the address.</source>
        <translation>Die verschlüsselte Verbindung zum Server {where} ist fehlgeschlagen; prüfen Sie den sslmode in der Adresse.</translation>
    </message>
    <message>
        <source>The server address is not valid; it should look like postgresql://user@host:5432/database.</source>
        <translation>Die Serveradresse ist ungültig; sie sollte so aussehen: postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>The server address names no database; it should look like postgresql://user@host:5432/database.</source>
        <translation>Die Serveradresse nennt keine Datenbank; sie sollte so aussehen: postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>The server of “{name}” cannot be reached; nothing was written. Try again when it is back.</source>
        <translation>Der Server von „{name}“ ist nicht erreichbar; es wurde nichts geschrieben. Versuchen Sie es erneut, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>The server refused the change: you may only read “{name}”. Ask its administrator for the editor role.</source>
        <translation>Der Server hat die Änderung abgelehnt: Sie dürfen „{name}“ nur lesen. Bitten Sie den Administrator um die Rolle Bearbeiter.</translation>
    </message>
    <message>
        <source>The server {where} cannot be reached; check the address and that the server is running.</source>
        <translation>Der Server {where} ist nicht erreichbar; prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server {where} does not know the user “{user}”.</source>
        <translation>Der Server {where} kennt den Benutzer „{user}“ nicht.</translation>
    </message>
    <message>
        <source>The server {where} needs a password for “{user}”.</source>
        <translation>Der Server {where} verlangt ein Passwort für „{user}“.</translation>
    </message>
    <message>
        <source>The server {where} refused the password for “{user}”.</source>
        <translation>Der Server {where} hat das Passwort für „{user}“ abgelehnt.</translation>
    </message>
    <message>
        <source>The state “{state}” is damaged and cannot be read.</source>
        <translation>Der Stand „{state}“ ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The team network “{dbname}” on {where} could not be opened: {reason}</source>
        <translation>Das Teamnetzwerk „{dbname}“ auf {where} konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>There is no choice “{choice}” for this field.</source>
        <translation>Für dieses Feld gibt es die Wahl „{choice}“ nicht.</translation>
    </message>
    <message>
        <source>There is no database “{dbname}” on the server {where}.</source>
        <translation>Auf dem Server {where} gibt es keine Datenbank „{dbname}“.</translation>
    </message>
    <message>
        <source>There is no state “{ref}”: the document holds no states yet.</source>
        <translation>Es gibt keinen Stand „{ref}“: Das Dokument enthält noch keine Stände.</translation>
    </message>
    <message>
        <source>There is no state “{ref}”; the document holds: {labels}.</source>
        <translation>Es gibt keinen Stand „{ref}“; das Dokument enthält: {labels}.</translation>
    </message>
    <message>
        <source>This is not a server address; it should look like postgresql://user@host:5432/database.</source>
        <translation>Das ist keine Serveradresse; sie sollte so aussehen: postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>This team network was set up with a newer version of Netzplaner (format {version}). Please update Netzplaner.</source>
        <translation>Dieses Team-Netzwerk wurde mit einer neueren Netzplaner-Version eingerichtet (Format {version}). Bitte aktualisieren Sie Netzplaner.</translation>
    </message>
    <message>
        <source>You may only read “{name}”; ask its administrator for the editor role to change it.</source>
        <translation>Sie dürfen „{name}“ nur lesen; bitten Sie den Administrator um die Rolle Bearbeiter, um es zu ändern.</translation>
    </message>
    <message>
        <source>Your own firm must be the partner that stays; merge “{name}” into it.</source>
        <translation>Das eigene Unternehmen muss der verbleibende Partner sein; führen Sie „{name}“ mit ihm zusammen.</translation>
    </message>
    <message>
        <source>every word of “{short}” is in “{long}”</source>
        <translation>jedes Wort von „{short}“ steht in „{long}“</translation>
    </message>
    <message>
        <source>same name apart from capitalisation; names are unique regardless of case, so this is one partner</source>
        <translation>derselbe Name bis auf Groß- und Kleinschreibung; Namen sind unabhängig davon eindeutig, also ist es ein Partner</translation>
    </message>
    <message>
        <source>same name apart from punctuation and spaces</source>
        <translation>derselbe Name bis auf Satzzeichen und Leerzeichen</translation>
    </message>
    <message>
        <source>same name apart from the legal form</source>
        <translation>derselbe Name bis auf die Rechtsform</translation>
    </message>
    <message>
        <source>similar spelling ({score} %)</source>
        <translation>ähnliche Schreibweise ({score} %)</translation>
    </message>
    <message>
        <source>{km} km from the own firm (regional up to {limit} km).</source>
        <translation>{km} km vom eigenen Unternehmen entfernt (regional bis {limit} km).</translation>
    </message>
    <message>
        <source>{km} km from the own firm, in the same federal state ({state}).</source>
        <translation>{km} km vom eigenen Unternehmen entfernt, im selben Bundesland ({state}).</translation>
    </message>
    <message>
        <source>{km} km from the own firm: beyond the regional radius of {limit} km; choose a network.</source>
        <translation>{km} km vom eigenen Unternehmen entfernt, jenseits des regionalen Umkreises von {limit} km; bitte ein Netzwerk wählen.</translation>
    </message>
    <message>
        <source>{name} cannot be decoded: it is neither UTF-8 nor Windows (Western Europe) text; save it again as CSV UTF-8.</source>
        <translation>{name} lässt sich nicht lesen: Es ist weder UTF-8- noch Windows-Text (Westeuropa); bitte erneut als CSV UTF-8 speichern.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} contains XML with a document type declaration, which no real workbook has; it is refused.</source>
        <translation>{name} enthält XML mit einer Dokumenttyp-Deklaration, die keine echte Arbeitsmappe hat; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} contains an XML document type declaration (entities), which graph files do not need and which can make a file expand without end; it is refused.</source>
        <translation>{name} enthält eine XML-Dokumenttyp-Deklaration (Entitäten), die Graphdateien nicht brauchen und mit der eine Datei ohne Ende anwachsen kann; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} could not be written: the disk is full.</source>
        <translation>{name} konnte nicht geschrieben werden: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>{name} could not be written: the folder is write-protected.</source>
        <translation>{name} konnte nicht geschrieben werden: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>{name} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} existiert nicht.</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows below it.</source>
        <translation>{name} hat eine Kopfzeile, aber keine Zeilen darunter.</translation>
    </message>
    <message>
        <source>{name} has a line of more than {limit} characters, far more than a table row holds; it is refused.</source>
        <translation>{name} hat eine Zeile mit mehr als {limit} Zeichen, weit mehr als eine Tabellenzeile enthält; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} has a row of more than {limit} cells, more than Excel allows; it is refused.</source>
        <translation>{name} hat eine Zeile mit mehr als {limit} Zellen, mehr als Excel zulässt; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} has a sheet of more than {limit} rows, more than Excel allows; it is refused.</source>
        <translation>{name} hat ein Tabellenblatt mit mehr als {limit} Zeilen, mehr als Excel zulässt; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} lines, more than a partner list can sensibly hold; split it.</source>
        <translation>{name} hat mehr als {limit} Zeilen, mehr als eine Partnerliste sinnvoll fasst; teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows, more than a partner list can sensibly hold; split it.</source>
        <translation>{name} hat mehr als {limit} Zeilen, mehr als eine Partnerliste sinnvoll fasst; bitte aufteilen.</translation>
    </message>
    <message>
        <source>{name} has no column for the partners&apos; names (such as Name, Firma or Unternehmen) in the sheet “{sheet}”; choose which column holds the name.</source>
        <translation>{name} hat im Blatt „{sheet}“ keine Spalte für die Namen der Partner (etwa Name, Firma oder Unternehmen); bitte wählen, welche Spalte den Namen enthält.</translation>
    </message>
    <message>
        <source>{name} holds a cell with more than {limit} characters, more than Excel allows in a cell; it is refused.</source>
        <translation>{name} enthält eine Zelle mit mehr als {limit} Zeichen, mehr als Excel in einer Zelle zulässt; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} holds a text made of more than {limit} pieces, which no real workbook has; it is refused.</source>
        <translation>{name} enthält einen Text aus mehr als {limit} Teilen, den keine echte Arbeitsmappe hat; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} holds an XML text or comment of more than {limit} KB, which no real workbook has; it is refused.</source>
        <translation>{name} enthält einen XML-Text oder -Kommentar von mehr als {limit} KB, den keine echte Arbeitsmappe hat; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} XML comments or instructions in one part, which no real workbook has; it is refused.</source>
        <translation>{name} enthält in einem Teil mehr als {limit} XML-Kommentare oder -Anweisungen, die keine echte Arbeitsmappe hat; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} XML elements outside its rows, which no real workbook has; it is refused.</source>
        <translation>{name} enthält außerhalb seiner Zeilen mehr als {limit} XML-Elemente, die keine echte Arbeitsmappe hat; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} cells, more than a network&apos;s tables need; split it.</source>
        <translation>{name} enthält mehr als {limit} Zellen, mehr als die Tabellen eines Netzwerks brauchen; teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} million XML elements, more than a workbook of a network has; it is refused.</source>
        <translation>{name} enthält mehr als {limit} Millionen XML-Elemente, mehr als die Arbeitsmappe eines Netzwerks hat; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} nodes or edges, more than a network of partners can sensibly hold; it is refused.</source>
        <translation>{name} enthält mehr als {limit} Knoten oder Kanten, mehr als ein Partnernetzwerk sinnvoll fasst; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} holds no data: its sheets ({sheets}) are empty.</source>
        <translation>{name} enthält keine Daten: Die Blätter ({sheets}) sind leer.</translation>
    </message>
    <message>
        <source>{name} holds no graph.</source>
        <translation>{name} enthält keinen Graphen.</translation>
    </message>
    <message>
        <source>{name} holds no rows.</source>
        <translation>{name} enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>{name} holds {count} parts, far more than a workbook has; it is refused.</source>
        <translation>{name} besteht aus {count} Teilen, weit mehr als eine Arbeitsmappe hat; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} is XML but neither GraphML nor GEXF; it cannot be imported.</source>
        <translation>{name} ist XML, aber weder GraphML noch GEXF; die Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>{name} is a Netzplaner board workbook; import it with File → Import board workbook (or netzplaner import), which takes back the board&apos;s changes.</source>
        <translation>{name} ist eine Netzplaner-Arbeitsmappe für den Beirat; bitte mit Datei → Arbeitsmappe des Beirats importieren (oder netzplaner import) einlesen, das die Änderungen des Beirats übernimmt.</translation>
    </message>
    <message>
        <source>{name} is a board workbook whose action plan sheet is missing or lost its columns; export the board workbook again and make the changes there.</source>
        <translation>{name} ist eine Beirats-Arbeitsmappe, deren Blatt „Maßnahmenplan“ fehlt oder Spalten verloren hat; exportieren Sie die Arbeitsmappe neu und tragen Sie die Änderungen dort ein.</translation>
    </message>
    <message>
        <source>{name} is a board workbook whose goals and action plan sheets are missing or lost their columns; export the board workbook again.</source>
        <translation>{name} ist eine Beirats-Arbeitsmappe, deren Blätter „Ziele“ und „Maßnahmenplan“ fehlen oder Spalten verloren haben; exportieren Sie die Arbeitsmappe neu.</translation>
    </message>
    <message>
        <source>{name} is a board workbook whose goals sheet is missing or lost its columns; export the board workbook again and make the changes there.</source>
        <translation>{name} ist eine Beirats-Arbeitsmappe, deren Blatt „Ziele“ fehlt oder Spalten verloren hat; exportieren Sie die Arbeitsmappe neu und tragen Sie die Änderungen dort ein.</translation>
    </message>
    <message>
        <source>{name} is a board workbook whose sheet “{sheet}” lost its ID column; the rows cannot be matched. Export the board workbook again and make the changes there.</source>
        <translation>{name} ist eine Beirats-Arbeitsmappe, deren Blatt „{sheet}“ die ID-Spalte verloren hat; die Zeilen lassen sich nicht zuordnen. Exportieren Sie die Arbeitsmappe neu und tragen Sie die Änderungen dort ein.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file; choose the file to import.</source>
        <translation>{name} ist ein Ordner, keine Datei; wählen Sie die Datei, die importiert werden soll.</translation>
    </message>
    <message>
        <source>{name} is an Excel workbook, not a CSV file; rename it to .xlsx and import that.</source>
        <translation>{name} ist eine Excel-Arbeitsmappe, keine CSV-Datei; bitte in .xlsx umbenennen und diese importieren.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 workbook (.xls) or password-protected; save it as an unprotected .xlsx workbook and import that.</source>
        <translation>{name} ist eine alte Excel-97-2003-Arbeitsmappe (.xls) oder kennwortgeschützt; speichern Sie sie als ungeschützte .xlsx-Arbeitsmappe und importieren Sie diese.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read as an Excel workbook.</source>
        <translation>{name} ist beschädigt und kann nicht als Excel-Arbeitsmappe gelesen werden.</translation>
    </message>
    <message>
        <source>{name} is damaged or uses a packing Excel does not write; it cannot be read.</source>
        <translation>{name} ist beschädigt oder auf eine Weise gepackt, die Excel nicht schreibt; die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{name} is damaged: it is not a complete Excel workbook.</source>
        <translation>{name} ist beschädigt: Es ist keine vollständige Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB, more than a network&apos;s graph file holds; it is refused.</source>
        <translation>{name} ist größer als {limit} MB, mehr als die Graphdatei eines Netzwerks enthält; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} is neither a CSV file nor an Excel workbook (.csv, .xlsx).</source>
        <translation>{name} ist weder eine CSV-Datei noch eine Excel-Arbeitsmappe (.csv, .xlsx).</translation>
    </message>
    <message>
        <source>{name} is not a Netzplaner board workbook: it has no goals or action plan sheet with an ID column.</source>
        <translation>{name} ist keine Netzplaner-Arbeitsmappe für den Beirat: Sie hat kein Ziel- oder Maßnahmenplan-Blatt mit einer ID-Spalte.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV table ({reason}).</source>
        <translation>{name} ist keine lesbare CSV-Tabelle ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (a value without a key).</source>
        <translation>{name} ist keine lesbare GML-Datei (ein Wert ohne Schlüssel).</translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (a “]” too many).</source>
        <translation>{name} ist keine lesbare GML-Datei (ein „]“ zu viel).</translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (it ends inside a list).</source>
        <translation>{name} ist keine lesbare GML-Datei (sie endet mitten in einer Liste).</translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (lists nested too deep or without a key).</source>
        <translation>{name} ist keine lesbare GML-Datei (Listen zu tief verschachtelt oder ohne Schlüssel).</translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (the key “{key}” has no value).</source>
        <translation>{name} ist keine lesbare GML-Datei (der Schlüssel „{key}“ hat keinen Wert).</translation>
    </message>
    <message>
        <source>{name} is not a readable GML file (unexpected text at character {pos}).</source>
        <translation>{name} ist keine lesbare GML-Datei (unerwarteter Text bei Zeichen {pos}).</translation>
    </message>
    <message>
        <source>{name} is not a regular file (it is a pipe, a device or a socket); it is refused.</source>
        <translation>{name} ist keine gewöhnliche Datei (sondern eine Pipe, ein Gerät oder ein Socket); sie wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} is not a text table: it contains binary data.</source>
        <translation>{name} ist keine Texttabelle: Die Datei enthält Binärdaten.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx); it may be a renamed document of another kind.</source>
        <translation>{name} ist keine Excel-Arbeitsmappe (.xlsx); vielleicht ist es eine umbenannte Datei anderer Art.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx); it may be damaged or a renamed file of another kind.</source>
        <translation>{name} ist keine Excel-Arbeitsmappe (.xlsx); vielleicht ist sie beschädigt oder eine umbenannte Datei anderer Art.</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML ({reason}); it cannot be imported.</source>
        <translation>{name} ist kein wohlgeformtes XML ({reason}); die Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; at most {limit} MB).</source>
        <translation>{name} ist zu groß für den Import ({size} MB; höchstens {limit} MB).</translation>
    </message>
    <message>
        <source>{name} takes longer than {seconds} seconds to read, far longer than a file of its size should; it is refused.</source>
        <translation>Das Lesen von {name} dauert länger als {seconds} Sekunden, weit länger als bei einer Datei dieser Größe üblich; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name} would unpack to far more data than a workbook holds; it is refused as a possible zip bomb.</source>
        <translation>{name} würde sich zu weit mehr Daten entpacken, als eine Arbeitsmappe enthält; die Datei wird als mögliche Zip-Bombe abgelehnt.</translation>
    </message>
    <message>
        <source>{name} would unpack to more than {limit} MB of XML, more than a workbook of a network holds; it is refused.</source>
        <translation>{name} würde zu mehr als {limit} MB XML entpackt, mehr als die Arbeitsmappe eines Netzwerks enthält; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>{name}: {edges} directed edges read; {reverse} in the opposite direction of another and {repeated} repeated edges merged into the tie they repeat (the largest weight kept), {loops} self-loops refused: {ties} ties.</source>
        <translation>{name}: {edges} gerichtete Kanten gelesen; {reverse} in Gegenrichtung einer anderen und {repeated} wiederholte Kanten mit der Beziehung zusammengeführt, die sie wiederholen (das größte Gewicht bleibt), {loops} Schleifen abgelehnt: {ties} Beziehungen.</translation>
    </message>
    <message>
        <source>{name}: {edges} edges read; {repeated} repeated edges merged into the tie they repeat (the largest weight kept), {loops} self-loops refused: {ties} ties.</source>
        <translation>{name}: {edges} Kanten gelesen; {repeated} wiederholte Kanten mit der Beziehung zusammengeführt, die sie wiederholen (das größte Gewicht bleibt), {loops} Schleifen abgelehnt: {ties} Beziehungen.</translation>
    </message>
    <message>
        <source>ä/ö/ü/ß and ae/oe/ue/ss taken as the same</source>
        <translation>ä/ö/ü/ß und ae/oe/ue/ss gleich behandelt</translation>
    </message>
    <message>
        <source>“{name}” already exists.</source>
        <translation>„{name}“ existiert bereits.</translation>
    </message>
    <message>
        <source>“{name}” already exists; choose another name for the offline copy.</source>
        <translation>„{name}“ gibt es bereits; wählen Sie einen anderen Namen für die Offline-Kopie.</translation>
    </message>
    <message>
        <source>“{name}” already holds a network; publish only onto an empty team database (created with “netzplaner team init”).</source>
        <translation>„{name}“ enthält bereits ein Netzwerk; veröffentlichen Sie nur in eine leere Team-Datenbank (angelegt mit „netzplaner team init“).</translation>
    </message>
    <message>
        <source>“{name}” already is your own firm.</source>
        <translation>„{name}“ ist bereits das eigene Unternehmen.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened for editing: no lock file can be written beside it ({reason}); open it read-only.</source>
        <translation>„{name}“ kann nicht zum Bearbeiten geöffnet werden: Daneben lässt sich keine Sperrdatei anlegen ({reason}); öffnen Sie es schreibgeschützt.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: Netzplaner&apos;s data folder cannot be written ({reason}).</source>
        <translation>„{name}“ kann nicht geöffnet werden: In den Datenordner von Netzplaner kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: the disk of Netzplaner&apos;s data folder is full.</source>
        <translation>„{name}“ kann nicht geöffnet werden: Der Datenträger mit dem Datenordner von Netzplaner ist voll.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}.</source>
        <translation>„{name}“ kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be replaced because another program is using it (perhaps Excel, a virus scanner or a sync program such as OneDrive); close it there and try again.</source>
        <translation>„{name}“ kann nicht ersetzt werden, weil ein anderes Programm die Datei verwendet (etwa Excel, ein Virenscanner oder ein Synchronisierungsprogramm wie OneDrive); schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{name}” contains a character Windows does not allow in a file name (&lt; &gt; : &quot; | ? * or a control character); please choose another name.</source>
        <translation>„{name}“ enthält ein Zeichen, das Windows in Dateinamen nicht erlaubt (&lt; &gt; : &quot; | ? * oder ein Steuerzeichen); bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“{name}” could not be created: {reason}.</source>
        <translation>„{name}“ konnte nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved: the disk is full. Your changes are kept; free some space and save again.</source>
        <translation>„{name}“ konnte nicht gespeichert werden: Der Datenträger ist voll. Ihre Änderungen bleiben erhalten; schaffen Sie Platz und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved: the folder cannot be written. Your changes are kept; use Save As to choose another folder.</source>
        <translation>„{name}“ konnte nicht gespeichert werden: In den Ordner kann nicht geschrieben werden. Ihre Änderungen bleiben erhalten; wählen Sie mit „Speichern unter“ einen anderen Ordner.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved: {reason}.</source>
        <translation>„{name}“ konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” could not be upgraded ({reason}). Nothing was changed.</source>
        <translation>„{name}“ konnte nicht aktualisiert werden ({reason}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“{name}” could not be upgraded: its content does not fit its file format ({version}). It was left unchanged.</source>
        <translation>„{name}“ konnte nicht aktualisiert werden: Der Inhalt passt nicht zu seinem Dateiformat ({version}). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>“{name}” could not be upgraded: others are working on it right now. Nothing was changed; please try again in a moment.</source>
        <translation>„{name}“ konnte nicht aktualisiert werden: Andere arbeiten gerade daran. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>“{name}” could not be upgraded: the server refused a change of its tables. Nothing was changed; please ask its administrator.</source>
        <translation>„{name}“ konnte nicht aktualisiert werden: Der Server hat eine Änderung seiner Tabellen abgelehnt. Es wurde nichts geändert; bitte wenden Sie sich an den Administrator.</translation>
    </message>
    <message>
        <source>“{name}” does not record a format Netzplaner ever set up; it cannot be opened safely.</source>
        <translation>„{name}“ verzeichnet kein Format, das Netzplaner je eingerichtet hat; es kann nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <source>“{name}” ends in a dot or a space, which Windows does not allow in a file name; please choose another name.</source>
        <translation>„{name}“ endet auf einen Punkt oder ein Leerzeichen, was Windows in Dateinamen nicht erlaubt; bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“{name}” has been closed.</source>
        <translation>„{name}“ wurde geschlossen.</translation>
    </message>
    <message>
        <source>“{name}” is a database of another program, not a Netzplaner document.</source>
        <translation>„{name}“ ist eine Datenbank eines anderen Programms, kein Netzplaner-Dokument.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a Netzplaner document.</source>
        <translation>„{name}“ ist ein Ordner, kein Netzplaner-Dokument.</translation>
    </message>
    <message>
        <source>“{name}” is a folder; please choose a file name.</source>
        <translation>„{name}“ ist ein Ordner; bitte wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>“{name}” is a folder; please choose a file.</source>
        <translation>„{name}“ ist ein Ordner; bitte wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>“{name}” is a name Windows reserves for a device; please choose another name.</source>
        <translation>„{name}“ ist ein Name, den Windows für ein Gerät reserviert; bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“{name}” is already in the document; nothing new in this row.</source>
        <translation>„{name}“ ist schon im Dokument; nichts Neues in dieser Zeile.</translation>
    </message>
    <message>
        <source>“{name}” is already marked as your own firm; a document has exactly one.</source>
        <translation>„{name}“ ist bereits als eigenes Unternehmen markiert; ein Dokument hat genau eines.</translation>
    </message>
    <message>
        <source>“{name}” is already open by {user} on {host} since {since}; you can open it read-only.</source>
        <translation>„{name}“ ist bereits von {user} auf {host} geöffnet (seit {since}); Sie können es schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be opened safely.</source>
        <translation>„{name}“ ist beschädigt und kann nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or was changed by another program: {count} row(s) of the table “{table}” break the rule “{rule}”.</source>
        <translation>„{name}“ ist beschädigt oder wurde von einem anderen Programm geändert: {count} Zeile(n) der Tabelle „{table}“ verletzen die Regel „{rule}“.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or was changed by another program: {count} row(s) of the table “{table}” refer to rows that no longer exist.</source>
        <translation>„{name}“ ist beschädigt oder wurde von einem anderen Programm geändert: {count} Zeile(n) der Tabelle „{table}“ verweisen auf Zeilen, die es nicht mehr gibt.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or was changed by another program: {count} value(s) in the column “{column}” of the table “{table}” are not what Netzplaner writes there.</source>
        <translation>„{name}“ ist beschädigt oder wurde von einem anderen Programm geändert: {count} Wert(e) in der Spalte „{column}“ der Tabelle „{table}“ entsprechen nicht dem, was Netzplaner dort schreibt.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: its parts do not match its file format number ({version}).</source>
        <translation>„{name}“ ist beschädigt: Seine Bestandteile passen nicht zu seiner Formatnummer ({version}).</translation>
    </message>
    <message>
        <source>“{name}” is damaged: parts of the document are missing.</source>
        <translation>„{name}“ ist beschädigt: Teile des Dokuments fehlen.</translation>
    </message>
    <message>
        <source>“{name}” is damaged: the file is incomplete (perhaps a copy was interrupted).</source>
        <translation>„{name}“ ist beschädigt: Die Datei ist unvollständig (vielleicht wurde ein Kopiervorgang unterbrochen).</translation>
    </message>
    <message>
        <source>“{name}” is damaged: the table “{table}” does not have the columns of its file format ({version}).</source>
        <translation>„{name}“ ist beschädigt: Die Tabelle „{table}“ hat nicht die Spalten seines Dateiformats ({version}).</translation>
    </message>
    <message>
        <source>“{name}” is empty; it is not a Netzplaner document.</source>
        <translation>„{name}“ ist leer; es ist kein Netzplaner-Dokument.</translation>
    </message>
    <message>
        <source>“{name}” is locked, but its lock file cannot be read, so the holder is unknown; you can open it read-only.</source>
        <translation>„{name}“ ist gesperrt, aber die Sperrdatei ist nicht lesbar, daher ist unbekannt, wer es geöffnet hat; Sie können es schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>“{name}” is not a Netzplaner document.</source>
        <translation>„{name}“ ist kein Netzplaner-Dokument.</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file (perhaps a pipe or a device); it cannot be imported.</source>
        <translation>„{name}“ ist keine gewöhnliche Datei (vielleicht eine Pipe oder ein Gerät); sie kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file (perhaps a pipe or a device); it is not a Netzplaner document.</source>
        <translation>„{name}“ ist keine gewöhnliche Datei (vielleicht eine Pipe oder ein Gerät); es ist kein Netzplaner-Dokument.</translation>
    </message>
    <message>
        <source>“{name}” is not an offline copy of a team network (take one with File → Take offline or “netzplaner team pull”).</source>
        <translation>„{name}“ ist keine Offline-Kopie eines Team-Netzwerks (nehmen Sie eine mit Datei → Offline mitnehmen oder „netzplaner team pull“ mit).</translation>
    </message>
    <message>
        <source>“{name}” is open read-only; use Save As to keep your changes.</source>
        <translation>„{name}“ ist schreibgeschützt geöffnet; verwenden Sie „Speichern unter“, um Ihre Änderungen zu behalten.</translation>
    </message>
    <message>
        <source>“{name}” was changed after this step (by someone else or in another window); the step can no longer be redone.</source>
        <translation>„{name}“ wurde nach diesem Schritt geändert (von jemand anderem oder in einem anderen Fenster); der Schritt kann nicht mehr wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>“{name}” was changed after this step (by someone else or in another window); the step can no longer be undone.</source>
        <translation>„{name}“ wurde nach diesem Schritt geändert (von jemand anderem oder in einem anderen Fenster); der Schritt kann nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>“{name}” was changed in the team network while you decided; nothing was written. Start “Merge back” again to see the new state.</source>
        <translation>„{name}“ wurde im Team-Netzwerk geändert, während Sie entschieden haben; es wurde nichts geschrieben. Starten Sie „Zurückspielen“ erneut, um den neuen Stand zu sehen.</translation>
    </message>
    <message>
        <source>“{name}” was changed outside Netzplaner since it was last saved here; please check its content.</source>
        <translation>„{name}“ wurde seit dem letzten Speichern außerhalb von Netzplaner geändert; bitte prüfen Sie den Inhalt.</translation>
    </message>
    <message>
        <source>“{name}” was deleted after this step (by someone else or in another window); the step can no longer be redone.</source>
        <translation>„{name}“ wurde nach diesem Schritt gelöscht (von jemand anderem oder in einem anderen Fenster); der Schritt kann nicht mehr wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>“{name}” was deleted after this step (by someone else or in another window); the step can no longer be undone.</source>
        <translation>„{name}“ wurde nach diesem Schritt gelöscht (von jemand anderem oder in einem anderen Fenster); der Schritt kann nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>“{name}” was saved by a newer version of Netzplaner (file format {version}); please update Netzplaner to open it.</source>
        <translation>„{name}“ wurde mit einer neueren Netzplaner-Version gespeichert (Dateiformat {version}); bitte aktualisieren Sie Netzplaner, um es zu öffnen.</translation>
    </message>
    <message>
        <source>“{name}” was set up with an older version of Netzplaner (format {found}) and must be upgraded to format {newest} before this version can open it, and you may not upgrade it. Please ask its administrator.</source>
        <translation>„{name}“ wurde mit einer älteren Netzplaner-Version eingerichtet (Format {found}) und muss auf Format {newest} aktualisiert werden, bevor diese Version es öffnen kann; Sie dürfen es nicht aktualisieren. Bitte wenden Sie sich an den Administrator.</translation>
    </message>
    <message>
        <source>“{name}” was set up with an older version of Netzplaner (format {found}) and must be upgraded to format {newest} before this version can open it; everyone working on it then needs this version. Upgrade it in the window, or with: netzplaner team upgrade URL.</source>
        <translation>„{name}“ wurde mit einer älteren Netzplaner-Version eingerichtet (Format {found}) und muss auf Format {newest} aktualisiert werden, bevor diese Version es öffnen kann; danach brauchen alle, die damit arbeiten, diese Version. Aktualisieren Sie es im Fenster oder mit: netzplaner team upgrade URL.</translation>
    </message>
    <message>
        <source>“{reason}” is not a reason for a state.</source>
        <translation>„{reason}“ ist kein Anlass für einen Stand.</translation>
    </message>
    <message>
        <source>“{user}” may not connect to the database “{dbname}” on {where}; ask its administrator.</source>
        <translation>„{user}“ darf sich nicht mit der Datenbank „{dbname}“ auf {where} verbinden; fragen Sie den Administrator.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address; left out.</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse; weggelassen.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid value for {label}.</source>
        <translation>„{value}“ ist kein gültiger Wert für {label}.</translation>
    </message>
    <message>
        <source>A picture of the map is written as .png or .svg, not “{suffix}”.</source>
        <translation>Ein Bild der Karte wird als .png oder .svg gespeichert, nicht als „{suffix}“.</translation>
    </message>
    <message>
        <source>The picture could not be written to {path}.</source>
        <translation>Das Bild konnte nicht unter {path} gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Connection to the team server interrupted – your input is kept.</source>
        <translation>Verbindung zum Team-Server unterbrochen – Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Netzplaner keeps trying; once the server is back, the window shows the latest state and you can save again.</source>
        <translation>Netzplaner versucht es weiter; sobald der Server wieder erreichbar ist, zeigt das Fenster den neuesten Stand, und Sie können wieder speichern.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Partner “%1”</source>
        <translation>Partner „%1“</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Net&amp;works:</source>
        <translation>Netz&amp;werke:</translation>
    </message>
    <message>
        <source>Str&amp;eet:</source>
        <translation>Stra&amp;ße:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Postcode, city:</source>
        <translation>&amp;PLZ, Ort:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Further &amp;details:</source>
        <translation>Weitere &amp;Angaben:</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>federal state or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>One detail per line, as “Name: value”</source>
        <translation>Eine Angabe je Zeile, als „Name: Wert“</translation>
    </message>
    <message>
        <source>Columns of an imported list that have no field of their own are kept here, one per line; the exports write each as a column again.</source>
        <translation>Spalten einer importierten Liste ohne eigenes Feld werden hier behalten, eine je Zeile; die Exporte schreiben jede wieder als eigene Spalte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ansprechpartner hinzufügen</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ansprechpartner entfernen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Who changed this partner, what and when</source>
        <translation>Wer diesen Partner wann und wie geändert hat</translation>
    </message>
</context>
<context>
    <name>PartnerPanel</name>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>%1 of %2 partners</source>
        <translation>%1 von %2 Partnern</translation>
    </message>
    <message numerus="yes">
        <source>Archive or restore %n partner(s)</source>
        <translation>
            <numerusform>%n Partner archivieren oder wiederherstellen</numerusform>
            <numerusform>%n Partner archivieren oder wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive partner</source>
        <translation>Partner archivieren</translation>
    </message>
    <message>
        <source>Make “%1” your own firm, the centre of the network map?</source>
        <translation>„%1“ als eigenes Unternehmen festlegen, als Mitte der Netzwerkkarte?</translation>
    </message>
    <message>
        <source>Own firm</source>
        <translation>Eigenes Unternehmen</translation>
    </message>
    <message>
        <source>Make own firm</source>
        <translation>Als eigenes Unternehmen festlegen</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Partner löschen</translation>
    </message>
    <message>
        <source>With it go %1 contact(s), %2 relationship(s) with %3 assessment(s) and %4 goal link(s); %5 action(s) lose their partner. You can undo this.</source>
        <translation>Mit ihm werden %1 Ansprechpartner, %2 Beziehung(en) mit %3 Bewertung(en) und %4 Zielverknüpfung(en) gelöscht; %5 Maßnahme(n) verlieren ihren Partner. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the partner “%1”?</source>
        <translation>Den Partner „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partners?</source>
        <translation>
            <numerusform>%n Partner löschen?</numerusform>
            <numerusform>%n Partner löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n partners</source>
        <translation>
            <numerusform>%n Partner löschen</numerusform>
            <numerusform>%n Partner löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, city, industry, tags… (Ctrl+F)</source>
        <translation>Name, Ort, Branche, Schlagwörter suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>New partner…</source>
        <translation>Neuer Partner…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Archive / restore</source>
        <translation>Archivieren / wiederherstellen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>Your own firm: the centre of the network map</source>
        <translation>Ihr Unternehmen: der Mittelpunkt der Netzwerkkarte</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Automatisch speichern &amp;alle:</translation>
    </message>
    <message>
        <source>For a projector, choose a font size of 14 pt or more. Autosave writes the open document back at the chosen interval while it has unsaved changes.</source>
        <translation>Für einen Beamer wählen Sie eine Schriftgröße von 14 pt oder mehr. Die automatische Speicherung schreibt das geöffnete Dokument im gewählten Abstand zurück, solange es ungespeicherte Änderungen hat.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyForm</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <source>1 – loose contact</source>
        <translation>1 – loser Kontakt</translation>
    </message>
    <message>
        <source>2 – occasional exchange</source>
        <translation>2 – gelegentlicher Austausch</translation>
    </message>
    <message>
        <source>3 – regular cooperation</source>
        <translation>3 – regelmäßige Zusammenarbeit</translation>
    </message>
    <message>
        <source>4 – close partnership</source>
        <translation>4 – enge Partnerschaft</translation>
    </message>
    <message>
        <source>5 – strategic partnership</source>
        <translation>5 – strategische Partnerschaft</translation>
    </message>
    <message>
        <source>Choose a partner from the list.</source>
        <translation>Wählen Sie einen Partner aus der Liste.</translation>
    </message>
    <message>
        <source>New relationship</source>
        <translation>Neue Beziehung</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>Partner &amp;A:</source>
        <translation>Partner &amp;A:</translation>
    </message>
    <message>
        <source>Partner &amp;B:</source>
        <translation>Partner &amp;B:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Stärke:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>S&amp;eit:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Zum Suchen tippen…</translation>
    </message>
</context>
<context>
    <name>RelationshipPanel</name>
    <message>
        <source>All relationships</source>
        <translation>Alle Beziehungen</translation>
    </message>
    <message>
        <source>Relationships of “%1”</source>
        <translation>Beziehungen von „%1“</translation>
    </message>
    <message>
        <source>Delete the relationship “%1” – “%2”?</source>
        <translation>Die Beziehung „%1“ – „%2“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n assessment(s) will be deleted too. You can undo this.</source>
        <translation>
            <numerusform>Ihre %n Bewertung wird ebenfalls gelöscht. Sie können das rückgängig machen.</numerusform>
            <numerusform>Ihre %n Bewertungen werden ebenfalls gelöscht. Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>Beziehung löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Show all relationships</source>
        <translation>Alle Beziehungen anzeigen</translation>
    </message>
    <message>
        <source>New relationship…</source>
        <translation>Neue Beziehung…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Bewerten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>RelationshipTableModel</name>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 – %2 (%3), strength %4 of 5, quality %5</source>
        <translation>%1 – %2 (%3), Stärke %4 von 5, Qualität %5</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Quality index of the latest assessment, 0–100</source>
        <translation>Qualitätsindex der letzten Bewertung, 0–100</translation>
    </message>
    <message>
        <source>Date of the latest assessment</source>
        <translation>Datum der letzten Bewertung</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Preparing the search…</source>
        <translation>Die Suche wird vorbereitet…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>Alles durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Partners, contacts, tags, notes, goals, actions and the people responsible</source>
        <translation>Partner, Kontakte, Schlagwörter, Notizen, Ziele, Maßnahmen und Verantwortliche</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>States of the network</source>
        <translation>Stände des Netzwerks</translation>
    </message>
    <message>
        <source>A state freezes the whole network at a moment: partners, relationships with their assessments, goals, actions and the network check&apos;s figures. Take one before a workshop to see later what has changed. Netzplaner also keeps one automatically before an import and before arranging all partners.</source>
        <translation>Ein Stand hält das ganze Netzwerk zu einem Zeitpunkt fest: Partner, Beziehungen mit ihren Bewertungen, Ziele, Maßnahmen und die Kennzahlen des Netzwerk-Checks. Halten Sie vor einem Workshop einen Stand fest, um später zu sehen, was sich verändert hat. Vor einem Import und vor dem Anordnen aller Partner hält Netzplaner den Stand selbst fest.</translation>
    </message>
    <message>
        <source>No states yet. “Take state” freezes the network as it is now.</source>
        <translation>Noch keine Stände. „Stand festhalten“ hält das Netzwerk so fest, wie es jetzt ist.</translation>
    </message>
    <message>
        <source>Take state…</source>
        <translation>Stand festhalten…</translation>
    </message>
    <message>
        <source>Look at it (read-only)</source>
        <translation>Ansehen (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Save as new document…</source>
        <translation>Als neues Dokument speichern…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Return to this state…</source>
        <translation>Zu diesem Stand zurückkehren…</translation>
    </message>
    <message>
        <source>Make the network as it was then; the state now is kept first, and Undo takes the return back</source>
        <translation>Das Netzwerk so machen, wie es damals war; der jetzige Stand wird vorher festgehalten, und Rückgängig nimmt die Rückkehr zurück</translation>
    </message>
</context>
<context>
    <name>SnapshotModel</name>
    <message>
        <source>Taken</source>
        <translation>Festgehalten am</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Taken because</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Mean quality</source>
        <translation>Ø Qualität</translation>
    </message>
    <message>
        <source>Before importing the board workbook</source>
        <translation>Vor dem Import der Beirats-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Before importing a partner list</source>
        <translation>Vor dem Import einer Partnerliste</translation>
    </message>
    <message>
        <source>Before arranging all partners</source>
        <translation>Vor dem Anordnen aller Partner</translation>
    </message>
    <message>
        <source>Before returning to an earlier state</source>
        <translation>Vor der Rückkehr zu einem früheren Stand</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>von Hand festgehalten</translation>
    </message>
    <message>
        <source>automatic: board workbook import</source>
        <translation>automatisch: Import der Beirats-Arbeitsmappe</translation>
    </message>
    <message>
        <source>automatic: partner list import</source>
        <translation>automatisch: Import einer Partnerliste</translation>
    </message>
    <message>
        <source>automatic: all partners arranged</source>
        <translation>automatisch: alle Partner angeordnet</translation>
    </message>
    <message>
        <source>automatic: before a return</source>
        <translation>automatisch: vor einer Rückkehr</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <source>reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Network on %1 (%2, %3) — Netzplaner</source>
        <translation>Netzwerk auf %1 (%2, %3) – Netzplaner</translation>
    </message>
    <message>
        <source>Read only (role: reader)</source>
        <translation>Nur Lesen (Rolle: Leser)</translation>
    </message>
    <message>
        <source>Saved in the team</source>
        <translation>Im Team gespeichert</translation>
    </message>
    <message>
        <source>Every change is saved on the team server at once; there is nothing to save.</source>
        <translation>Jede Änderung wird sofort auf dem Team-Server gespeichert; Speichern ist nicht nötig.</translation>
    </message>
    <message>
        <source>&amp;History of this partner…</source>
        <translation>&amp;Verlauf dieses Partners…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>(without goal)</source>
        <translation>(ohne Ziel)</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>keine Termine</translation>
    </message>
    <message>
        <source>Goal / action</source>
        <translation>Ziel / Maßnahme</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>due date only</source>
        <translation>nur Fälligkeitstermin</translation>
    </message>
    <message>
        <source>no due date yet</source>
        <translation>noch kein Fälligkeitstermin</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Ziel: {0}</translation>
    </message>
    <message>
        <source>Responsible: {0}</source>
        <translation>Verantwortlich: {0}</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Turn your contact list into a managed partner network: regional, thematic and international.</source>
        <translation>Machen Sie aus Ihrer Kontaktliste ein gesteuertes Partnernetzwerk – regional, fachlich und international.</translation>
    </message>
    <message>
        <source>How Netzplaner works</source>
        <translation>So arbeiten Sie mit Netzplaner</translation>
    </message>
    <message>
        <source>Record your partners</source>
        <translation>Partner erfassen</translation>
    </message>
    <message>
        <source>Customers, suppliers, universities, chambers, associations and clusters – typed in or imported from a list, each in its network: regional, thematic or international.</source>
        <translation>Kunden, Lieferanten, Hochschulen, Kammern, Verbände und Cluster – von Hand eingetragen oder aus einer Liste übernommen, jeweils in ihrem Netzwerk: regional, fachlich oder international.</translation>
    </message>
    <message>
        <source>Assess your relationships</source>
        <translation>Beziehungen bewerten</translation>
    </message>
    <message>
        <source>Score each relationship on openness, trust, knowledge sharing, clear goals, commitment and mutual benefit. The network map shows where your network carries and where it is thin.</source>
        <translation>Bewerten Sie jede Beziehung nach Offenheit, Vertrauen, Wissensteilung, klaren Zielen, Verbindlichkeit und gegenseitigem Nutzen. Die Netzwerkkarte zeigt, wo Ihr Netzwerk trägt und wo es dünn ist.</translation>
    </message>
    <message>
        <source>Plan goals and actions</source>
        <translation>Ziele und Maßnahmen planen</translation>
    </message>
    <message>
        <source>Set goals for the collaboration, plan actions with owners and dates, and hand your board the action plan as an Excel workbook.</source>
        <translation>Setzen Sie Ziele für die Zusammenarbeit, planen Sie Maßnahmen mit Verantwortlichen und Terminen und legen Sie Ihrem Beirat den Maßnahmenplan als Excel-Mappe vor.</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <source>Explore the demo network</source>
        <translation>Demo-Netzwerk ansehen</translation>
    </message>
    <message>
        <source>A fictitious machine builder and its partner network: try everything without risk.</source>
        <translation>Ein erfundener Maschinenbauer mit seinem Partnernetzwerk: Probieren Sie alles gefahrlos aus.</translation>
    </message>
    <message>
        <source>New document…</source>
        <translation>Neues Dokument…</translation>
    </message>
    <message>
        <source>Open document…</source>
        <translation>Dokument öffnen…</translation>
    </message>
    <message>
        <source>Import partner list…</source>
        <translation>Partnerliste importieren…</translation>
    </message>
    <message>
        <source>Creates a new document and imports your partners from Excel or CSV</source>
        <translation>Legt ein neues Dokument an und übernimmt Ihre Partner aus Excel oder CSV</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No documents opened yet.</source>
        <translation>Noch keine Dokumente geöffnet.</translation>
    </message>
    <message>
        <source>Open team network…</source>
        <translation>Team-Netzwerk öffnen…</translation>
    </message>
    <message>
        <source>A network on your company&apos;s PostgreSQL server that several managers plan together</source>
        <translation>Ein Netzwerk auf dem PostgreSQL-Server Ihres Unternehmens, an dem mehrere Führungskräfte gemeinsam planen</translation>
    </message>
    <message>
        <source>Team networks</source>
        <translation>Team-Netzwerke</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>Netzplaner documents (*.netzplan);;All files (*)</source>
        <translation>Netzplaner-Dokumente (*.netzplan);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
