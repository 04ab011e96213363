<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <source>Some settings are missing or wrong.</source>
        <translation>Einige Einstellungen fehlen oder sind falsch.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. If your provider uses its own certificate authority, choose its CA file below.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden. Wenn Ihr Anbieter eine eigene Zertifizierungsstelle nutzt, wählen Sie unten deren CA-Datei.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the server name and port, and that this computer is online.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Servername und Port und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>The server closed the connection. Check the port and security.</source>
        <translation>Der Server hat die Verbindung geschlossen. Prüfen Sie Port und Sicherheit.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Der Server hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1</source>
        <translation>Eingehende Mails (IMAP): %1</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1</source>
        <translation>Ausgehende Mails (SMTP): %1</translation>
    </message>
    <message>
        <source>Connection test passed: both servers accepted the login.</source>
        <translation>Verbindungstest erfolgreich: Beide Server haben die Anmeldung akzeptiert.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a mail account</source>
        <translation type="vanished">E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Adding an account from the app comes in a later version. Until then, add it in a terminal with the command below: it asks for your password and keeps it in your system&apos;s keyring. Then start Shopkeeper again.</source>
        <translation type="vanished">Konten direkt in der App hinzuzufügen, kommt in einer späteren Version. Bis dahin fügen Sie das Konto im Terminal mit dem Befehl unten hinzu: Er fragt nach Ihrem Passwort und speichert es im Schlüsselbund Ihres Systems. Starten Sie Shopkeeper danach neu.</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="vanished">Befehl kopieren</translation>
    </message>
    <message>
        <source>Run “shopkeeper account add --help” to see every option.</source>
        <translation type="vanished">Alle Optionen zeigt „shopkeeper account add --help“.</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>Add a mail account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Your shop&apos;s mail address</source>
        <translation>Die E-Mail-Adresse Ihres Shops</translation>
    </message>
    <message>
        <source>Shopkeeper reads your customers&apos; mail from your mail provider and keeps a copy on this computer.</source>
        <translation>Shopkeeper liest die Mails Ihrer Kunden bei Ihrem E-Mail-Anbieter und speichert eine Kopie auf diesem Computer.</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Check the servers, then test the connection. Finish saves the account.</source>
        <translation>Prüfen Sie die Server und testen Sie dann die Verbindung. Zum Schluss speichern Sie das Konto.</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <source>Looking up the settings of %1…</source>
        <translation>Einstellungen für %1 werden gesucht…</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so the password cannot be stored safely. Shopkeeper keeps it in memory only until it quits and asks for it again next time; it is never written to disk.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann das Passwort nicht sicher gespeichert werden. Shopkeeper behält es nur bis zum Beenden im Arbeitsspeicher und fragt beim nächsten Start erneut danach; es wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>No settings were found for %1. Enter them from your mail provider&apos;s help pages.</source>
        <translation>Für %1 wurden keine Einstellungen gefunden. Tragen Sie sie nach den Hilfeseiten Ihres E-Mail-Anbieters ein.</translation>
    </message>
    <message>
        <source>The settings were found at your mail provider.</source>
        <translation>Die Einstellungen wurden bei Ihrem E-Mail-Anbieter gefunden.</translation>
    </message>
    <message>
        <source>The settings of your mail provider were filled in.</source>
        <translation>Die Einstellungen Ihres E-Mail-Anbieters wurden eingetragen.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Enter the email address and the password.</source>
        <translation>Geben Sie die E-Mail-Adresse und das Passwort ein.</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Konto wird gespeichert…</translation>
    </message>
    <message>
        <source>Save the mail account</source>
        <translation>E-Mail-Konto speichern</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Mail accounts</source>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Read the mail accounts</source>
        <translation>E-Mail-Konten lesen</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Geben Sie das Passwort ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Save the mail account</source>
        <translation>E-Mail-Konto speichern</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Die Einstellungen wurden gespeichert.</translation>
    </message>
    <message>
        <source>The settings were saved. No keyring is available, so the password is kept only until Shopkeeper quits.</source>
        <translation>Die Einstellungen wurden gespeichert. Da kein Schlüsselbund verfügbar ist, wird das Passwort nur bis zum Beenden von Shopkeeper behalten.</translation>
    </message>
    <message>
        <source>Remove the mail account</source>
        <translation>E-Mail-Konto entfernen</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account %1? Its mail stays in Shopkeeper, but no new mail is fetched and the password is deleted from the keyring.</source>
        <translation>Das Konto %1 entfernen? Seine Mails bleiben in Shopkeeper, aber es werden keine neuen abgerufen, und das Passwort wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Datei nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 could run a program on this computer, so it was not opened. If you trust the sender, save it and check it first.</source>
        <translation>%1 könnte ein Programm auf diesem Computer ausführen und wurde deshalb nicht geöffnet. Wenn Sie dem Absender vertrauen, speichern Sie die Datei und prüfen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>The attachment could not be read or written: %1</source>
        <translation>Der Anhang konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Together %1: more than most mail servers accept (25 MB).</source>
        <translation>Zusammen %1: mehr, als die meisten Mailserver annehmen (25 MB).</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <comment>a backup kept as the day&apos;s backup</comment>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>a backup kept as the week&apos;s backup</comment>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Extra</source>
        <comment>one more backup of the last 24 hours</comment>
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <source>Restored the backup of %1. Your data as it was before is kept as the backup of %2, so this can be undone.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Ihre vorherigen Daten bleiben als Sicherung vom %2 erhalten, das lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>Another Shopkeeper is syncing this data folder (a sync in a terminal?), so nothing was restored and your data is unchanged. Stop it and try again.</source>
        <translation>Ein anderer Shopkeeper gleicht gerade diesen Datenordner ab (ein Abgleich im Terminal?). Daher wurde nichts wiederhergestellt, und Ihre Daten sind unverändert. Beenden Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup of %1 is no longer there, so nothing was restored and your data is unchanged.</source>
        <translation>Die Sicherung vom %1 ist nicht mehr vorhanden. Daher wurde nichts wiederhergestellt, und Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>The backup of %1 cannot be read: it is damaged or not a Shopkeeper backup. Nothing was restored and your data is unchanged; choose another backup.</source>
        <translation>Die Sicherung vom %1 kann nicht gelesen werden: Sie ist beschädigt oder keine Shopkeeper-Sicherung. Es wurde nichts wiederhergestellt, und Ihre Daten sind unverändert; wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>Another program is using the Shopkeeper data (a command in a terminal?), so nothing was restored and your data is unchanged. Close it and try again.</source>
        <translation>Ein anderes Programm verwendet die Shopkeeper-Daten (ein Befehl im Terminal?). Daher wurde nichts wiederhergestellt, und Ihre Daten sind unverändert. Beenden Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to restore the backup, so nothing was restored and your data is unchanged. Free some space and try again.</source>
        <translation>Für die Wiederherstellung ist nicht genug Speicherplatz frei. Daher wurde nichts wiederhergestellt, und Ihre Daten sind unverändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup could not be restored, and your data is unchanged: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden; Ihre Daten sind unverändert: %1</translation>
    </message>
    <message>
        <source>There is not enough free disk space for a backup.</source>
        <translation>Für eine Sicherung ist nicht genug Speicherplatz frei.</translation>
    </message>
    <message>
        <source>The backup could not be taken: %1</source>
        <translation>Die Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Shopkeeper keeps a backup of each of the last 7 days and of each of the last 4 weeks, and every backup of the last 24 hours.</source>
        <translation>Shopkeeper behält eine Sicherung für jeden der letzten 7 Tage und jede der letzten 4 Wochen sowie jede Sicherung der letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>Es ist kein Shop geöffnet.</translation>
    </message>
    <message>
        <source>The sample shop has no backups: it is only for trying Shopkeeper out. Open your own shop to back it up or to restore one of its backups.</source>
        <translation>Der Beispielshop hat keine Sicherungen: Er dient nur zum Ausprobieren von Shopkeeper. Öffnen Sie Ihren eigenen Shop, um ihn zu sichern oder eine seiner Sicherungen wiederherzustellen.</translation>
    </message>
    <message>
        <source>Shopkeeper backs up your data every day. Restoring a backup replaces everything in Shopkeeper with it; the data it replaces is backed up first. The backups are in %1.</source>
        <translation>Shopkeeper sichert Ihre Daten jeden Tag. Beim Wiederherstellen einer Sicherung wird alles in Shopkeeper durch sie ersetzt; die ersetzten Daten werden vorher gesichert. Die Sicherungen liegen in %1.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Sicherungen werden gelesen…</translation>
    </message>
    <message>
        <source>The backups could not be read: %1</source>
        <translation>Die Sicherungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This backup cannot be read: it may be damaged.</source>
        <translation>Diese Sicherung kann nicht gelesen werden: Sie ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>No backups yet: click Back up now to take the first one.</source>
        <translation>Noch keine Sicherungen: Klicken Sie auf „Jetzt sichern“, um die erste zu erstellen.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Backed up: the backup of %1 is at the top of the list.</source>
        <translation>Gesichert: Die Sicherung vom %1 steht oben in der Liste.</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>Gesichert (%1).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in Shopkeeper with the backup of %1? The current data is kept as a backup first, so this can be undone.</source>
        <translation>Alles in Shopkeeper durch die Sicherung vom %1 ersetzen? Die aktuellen Daten werden vorher gesichert, das lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>Mail that is still on the mail server is fetched again by the next sync. Notes, statuses and replies written since the backup are only in the current data, which is kept as a backup.</source>
        <translation>Mails, die noch auf dem Mailserver liegen, werden beim nächsten Abgleich erneut abgerufen. Notizen, Status und Antworten seit der Sicherung gibt es nur in den aktuellen Daten, und die bleiben als Sicherung erhalten.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Sicherung vom %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>How did the call with %1 go?</source>
        <translation>Wie lief das Gespräch mit %1?</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Wie lief das Gespräch?</translation>
    </message>
    <message>
        <source>The number you called</source>
        <translation>Die angerufene Nummer</translation>
    </message>
    <message>
        <source>What was said or agreed (optional)</source>
        <translation>Was besprochen oder vereinbart wurde (optional)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Anruf erfassen</translation>
    </message>
</context>
<context>
    <name>CallbackCard</name>
    <message>
        <source>Open the mail</source>
        <translation>Mail öffnen</translation>
    </message>
    <message>
        <source>Reached…</source>
        <translation>Erreicht…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Wie lief das Gespräch?</translation>
    </message>
</context>
<context>
    <name>CallbackDelegate</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <source>Load the callback settings</source>
        <translation>Rückruf-Einstellungen laden</translation>
    </message>
</context>
<context>
    <name>CallbackQueueView</name>
    <message>
        <source>Callbacks</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>New callback…</source>
        <translation>Neuer Rückruf…</translation>
    </message>
    <message>
        <source>Form rules…</source>
        <translation>Formularregeln…</translation>
    </message>
    <message>
        <source>Teach the app to read the callback requests of your contact forms</source>
        <translation>Bringen Sie der App bei, Rückrufbitten aus Ihren Kontaktformularen zu lesen</translation>
    </message>
    <message>
        <source>Callback requests</source>
        <translation>Rückrufbitten</translation>
    </message>
    <message>
        <source>No callbacks waiting</source>
        <translation>Keine offenen Rückrufe</translation>
    </message>
    <message>
        <source>When a customer asks to be called back, in a contact form or by phone, the request waits here until you have called.</source>
        <translation>Wenn ein Kunde per Kontaktformular oder telefonisch um Rückruf bittet, wartet die Bitte hier, bis Sie angerufen haben.</translation>
    </message>
    <message>
        <source>Calling %1 — log how it went when you hang up.</source>
        <translation>%1 wird angerufen – erfassen Sie nach dem Auflegen, wie es lief.</translation>
    </message>
    <message>
        <source>The call was not logged: %1</source>
        <translation>Der Anruf wurde nicht erfasst: %1</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Call %1 again</source>
        <translation>%1 erneut anrufen</translation>
    </message>
    <message>
        <source>You will be reminded at %1.</source>
        <translation>Sie werden um %1 erinnert.</translation>
    </message>
    <message>
        <source>No reminder was set: %1</source>
        <translation>Es wurde keine Erinnerung angelegt: %1</translation>
    </message>
    <message>
        <source>Set the reminder</source>
        <translation>Erinnerung anlegen</translation>
    </message>
    <message>
        <source>Rule “%1” saved: it reads the next mails of that form.</source>
        <translation>Regel „%1“ gespeichert: Sie liest die nächsten Mails dieses Formulars.</translation>
    </message>
    <message>
        <source>The request was not added: %1</source>
        <translation>Die Rückrufbitte wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Add the callback request</source>
        <translation>Rückrufbitte hinzufügen</translation>
    </message>
    <message>
        <source>Nobody called back yet this week.</source>
        <translation>Diese Woche wurde noch niemand zurückgerufen.</translation>
    </message>
    <message numerus="yes">
        <source>This week: first call back after %1 (median of %n call(s)).</source>
        <translation>
            <numerusform>Diese Woche: erster Rückruf nach %1 (Median aus %n Anruf).</numerusform>
            <numerusform>Diese Woche: erster Rückruf nach %1 (Median aus %n Anrufen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n jetzt fällig</numerusform>
            <numerusform>%n jetzt fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later</source>
        <translation>
            <numerusform>%n später</numerusform>
            <numerusform>%n später</numerusform>
        </translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Anruf erfasst: %1.</translation>
    </message>
    <message>
        <source>The callback request was added to the queue.</source>
        <translation>Die Rückrufbitte wurde in die Warteschlange aufgenommen.</translation>
    </message>
    <message>
        <source>Asked %1 · call %2</source>
        <translation>Angefragt %1 · anrufen %2</translation>
    </message>
    <message>
        <source>Asked %1 · prefers %2 · waiting for %3</source>
        <translation>Angefragt %1 · bevorzugt %2 · wartet seit %3</translation>
    </message>
    <message>
        <source>Asked %1 · waiting for %2</source>
        <translation>Angefragt %1 · wartet seit %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tg.</numerusform>
            <numerusform>%n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, nach %2</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Just asked</source>
        <translation>Gerade angefragt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Waiting long</source>
        <translation>Wartet lange</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>ComposerText</name>
    <message>
        <source>Add at least one recipient in the To or Cc field.</source>
        <translation>Geben Sie mindestens einen Empfänger im Feld An oder Cc an.</translation>
    </message>
    <message>
        <source>One of the addresses is not a valid email address. Check the To and Cc fields.</source>
        <translation>Eine der Adressen ist keine gültige E-Mail-Adresse. Prüfen Sie die Felder An und Cc.</translation>
    </message>
    <message>
        <source>There is no mail account to send from. Add one under File → Mail accounts.</source>
        <translation>Es gibt kein E-Mail-Konto zum Senden. Fügen Sie eines unter Datei → E-Mail-Konten hinzu.</translation>
    </message>
    <message>
        <source>This mail account has no outgoing (SMTP) server yet. Add it in the account settings, then send again.</source>
        <translation>Dieses E-Mail-Konto hat noch keinen Postausgangsserver (SMTP). Tragen Sie ihn in den Kontoeinstellungen ein und senden Sie erneut.</translation>
    </message>
    <message>
        <source>An attachment can no longer be read: the file was moved or deleted. Remove it and attach it again.</source>
        <translation>Ein Anhang kann nicht mehr gelesen werden: Die Datei wurde verschoben oder gelöscht. Entfernen Sie ihn und hängen Sie ihn erneut an.</translation>
    </message>
    <message>
        <source>The attachments are larger than 25 MB together, which most mail servers refuse. Send fewer or smaller files.</source>
        <translation>Die Anhänge sind zusammen größer als 25 MB; das lehnen die meisten Mailserver ab. Senden Sie weniger oder kleinere Dateien.</translation>
    </message>
    <message>
        <source>The message you are replying to is no longer there. Start a new message instead.</source>
        <translation>Die Nachricht, auf die Sie antworten, ist nicht mehr vorhanden. Beginnen Sie stattdessen eine neue Nachricht.</translation>
    </message>
    <message>
        <source>This message is already in the outbox.</source>
        <translation>Diese Nachricht liegt bereits im Postausgang.</translation>
    </message>
    <message>
        <source>The message cannot be sent.</source>
        <translation>Die Nachricht kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address. Check the To and Cc fields.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse. Prüfen Sie die Felder An und Cc.</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox: %1</source>
        <translation>Die Nachricht konnte nicht in den Postausgang gelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Send a copy to more people</source>
        <translation>Eine Kopie an weitere Personen senden</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write your reply here. Ctrl+Enter sends it.</source>
        <translation>Schreiben Sie hier Ihre Antwort. Strg+Eingabe sendet sie.</translation>
    </message>
    <message>
        <source>Write your message here. Ctrl+Enter sends it.</source>
        <translation>Schreiben Sie hier Ihre Nachricht. Strg+Eingabe sendet sie.</translation>
    </message>
    <message>
        <source>Quote the message</source>
        <translation>Nachricht zitieren</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Add your signature under the text</source>
        <translation>Ihre Signatur unter den Text setzen</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Dateien anhängen…</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Nachricht senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>The template has an error: %1</source>
        <translation>Die Vorlage enthält einen Fehler: %1</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>The draft could not be opened: %1</source>
        <translation>Der Entwurf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Add the message from %1 under yours, as a quote.</source>
        <translation>Die Nachricht von %1 als Zitat unter Ihre setzen.</translation>
    </message>
    <message>
        <source>Quote the message from %1</source>
        <translation type="vanished">Nachricht von %1 zitieren</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The message is empty. Write something first.</source>
        <translation>Die Nachricht ist leer. Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>Give the message a subject.</source>
        <translation>Geben Sie der Nachricht einen Betreff.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>The message could not be taken back: %1</source>
        <translation>Die Nachricht konnte nicht zurückgeholt werden: %1</translation>
    </message>
    <message>
        <source>Undo sending</source>
        <translation>Senden rückgängig machen</translation>
    </message>
    <message>
        <source>Too late: the message has already gone out.</source>
        <translation>Zu spät: Die Nachricht ist bereits verschickt.</translation>
    </message>
    <message>
        <source>The message was not sent. It is back in its drafts.</source>
        <translation>Die Nachricht wurde nicht gesendet. Sie liegt wieder bei den Entwürfen.</translation>
    </message>
    <message>
        <source>The message was not sent. You can go on writing it.</source>
        <translation>Die Nachricht wurde nicht gesendet. Sie können weiterschreiben.</translation>
    </message>
    <message>
        <source>Send the message now</source>
        <translation>Nachricht sofort senden</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the server refused it.</source>
        <translation>Der Server hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>Not sent yet: the server cannot be reached. It will be retried.</source>
        <translation>Noch nicht gesendet: Der Server ist nicht erreichbar. Es wird erneut versucht.</translation>
    </message>
    <message>
        <source>Values are missing</source>
        <translation>Werte fehlen</translation>
    </message>
    <message>
        <source>The message still has gaps for values the template did not know.</source>
        <translation>Die Nachricht hat noch Lücken für Werte, die die Vorlage nicht kannte.</translation>
    </message>
    <message>
        <source>Fill in %1 before sending, or send it as it is.</source>
        <translation>Füllen Sie %1 vor dem Senden aus oder senden Sie die Nachricht so.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Konversation ausgewählt</translation>
    </message>
    <message>
        <source>Choose a conversation from the list to read it here.</source>
        <translation>Wählen Sie eine Konversation aus der Liste, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Konversation öffnen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Antwort ausstehend</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <source>This link was not opened, because links of this kind can be unsafe:

%1</source>
        <translation>Dieser Link wurde nicht geöffnet, weil Links dieser Art unsicher sein können:

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation>Diesen Link im Webbrowser öffnen?</translation>
    </message>
</context>
<context>
    <name>CustomerDelegate</name>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Find a customer by name, company or address</source>
        <translation>Kunden nach Name, Firma oder Adresse suchen</translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation>Keine Kunden gefunden</translation>
    </message>
    <message>
        <source>Customers appear here as soon as they write to you.</source>
        <translation>Kunden erscheinen hier, sobald sie Ihnen schreiben.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What you know about this customer: preferences, agreements, …</source>
        <translation>Was Sie über diesen Kunden wissen: Vorlieben, Absprachen, …</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Ältere Einträge anzeigen</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Select a conversation to see who wrote it.</source>
        <translation>Wählen Sie eine Konversation, um zu sehen, wer sie geschrieben hat.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save the customer&apos;s notes</source>
        <translation>Kundennotizen speichern</translation>
    </message>
    <message>
        <source>Load the customer</source>
        <translation>Kunden laden</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Konversationen (%1)</translation>
    </message>
    <message>
        <source>Business customer · %1</source>
        <translation>Geschäftskunde · %1</translation>
    </message>
    <message>
        <source>Business customer</source>
        <translation>Geschäftskunde</translation>
    </message>
    <message>
        <source>Private customer</source>
        <translation>Privatkunde</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Antwort ausstehend</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Bisher ist nichts passiert.</translation>
    </message>
    <message>
        <source>Mail from %1</source>
        <translation>Mail von %1</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Notiz von %1</translation>
    </message>
    <message>
        <source>Call by %1: %2</source>
        <translation>Anruf von %1: %2</translation>
    </message>
    <message>
        <source>%1 set the status to “%2”</source>
        <translation>%1 hat den Status auf „%2“ gesetzt</translation>
    </message>
    <message>
        <source>%1 edited the customer&apos;s details</source>
        <translation>%1 hat die Kundendaten bearbeitet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Search by name, company or email</source>
        <translation>Nach Name, Firma oder E-Mail suchen</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Save the draft</source>
        <translation>Entwurf speichern</translation>
    </message>
</context>
<context>
    <name>DuePicker</name>
    <message>
        <source>At a set time</source>
        <translation>Zu einer bestimmten Uhrzeit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Uhrzeit:</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Ihr Geschäft ist an diesem Tag geschlossen: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Ihr Geschäft ist an diesem Tag geschlossen.</translation>
    </message>
</context>
<context>
    <name>FollowupToggle</name>
    <message>
        <source>A reminder to write again if the customer has not answered by then. It goes away by itself when they answer.</source>
        <translation>Eine Erinnerung, erneut zu schreiben, wenn der Kunde bis dahin nicht geantwortet hat. Sie verschwindet von selbst, sobald er antwortet.</translation>
    </message>
    <message>
        <source>How many days to wait</source>
        <translation>Wie viele Tage warten</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me if there is no reply in %n day(s)</source>
        <translation>
            <numerusform>Erinnern, falls in %n Tag keine Antwort kommt</numerusform>
            <numerusform>Erinnern, falls in %n Tagen keine Antwort kommt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <source>Set the follow-up reminder</source>
        <translation>Nachfass-Erinnerung anlegen</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tg.</numerusform>
            <numerusform>%n Tg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n w</source>
        <translation>
            <numerusform>%n Wo.</numerusform>
            <numerusform>%n Wo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n Mon.</numerusform>
            <numerusform>%n Mon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n J.</numerusform>
            <numerusform>%n J.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Auf Mailbox gesprochen</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
</context>
<context>
    <name>IdentityFields</name>
    <message>
        <source>info@your-shop.com</source>
        <translation>info@ihr-shop.de</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>Name Ihres Shops</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Name shown to customers:</source>
        <translation>Name für Kunden:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>If you use two-step login with this provider, create an app password in its account settings and enter that here.</source>
        <translation>Wenn Sie bei diesem Anbieter die Anmeldung in zwei Schritten nutzen, erstellen Sie in den Kontoeinstellungen ein App-Passwort und geben Sie es hier ein.</translation>
    </message>
    <message>
        <source>Microsoft may refuse ordinary passwords for IMAP. If the test fails, create an app password or ask your administrator to allow IMAP.</source>
        <translation>Microsoft lehnt normale Passwörter für IMAP unter Umständen ab. Schlägt der Test fehl, erstellen Sie ein App-Passwort oder bitten Sie Ihren Administrator, IMAP zu erlauben.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <source>Import the orders of an export file: Shopify (Orders → Export), WooCommerce (an order export plugin) or any CSV file with one row per order or per item.</source>
        <translation>Importieren Sie die Bestellungen aus einer Exportdatei: Shopify (Bestellungen → Exportieren), WooCommerce (ein Plugin für den Bestellexport) oder eine beliebige CSV-Datei mit einer Zeile pro Bestellung oder pro Artikel.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Say myself which column holds what</source>
        <translation>Selbst festlegen, welche Spalte was enthält</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose an order export</source>
        <translation>Bestellexport auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Read the export file</source>
        <translation>Exportdatei lesen</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>A Shopify export: its columns are read the way Shopify writes them.</source>
        <translation>Ein Shopify-Export: Die Spalten werden so gelesen, wie Shopify sie schreibt.</translation>
    </message>
    <message>
        <source>A WooCommerce export: its columns are read the way the plugin writes them.</source>
        <translation>Ein WooCommerce-Export: Die Spalten werden so gelesen, wie das Plugin sie schreibt.</translation>
    </message>
    <message>
        <source>The app does not know this file&apos;s layout. Say which column holds which field; the order number is needed, the rest as far as the file has it.</source>
        <translation>Die App kennt den Aufbau dieser Datei nicht. Geben Sie an, welche Spalte welches Feld enthält; die Bestellnummer ist nötig, der Rest, soweit die Datei ihn enthält.</translation>
    </message>
    <message>
        <source>Choose the column that holds the order number.</source>
        <translation>Wählen Sie die Spalte mit der Bestellnummer.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Import the orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported from the file.</source>
        <translation>
            <numerusform>%n Bestellung aus der Datei importiert.</numerusform>
            <numerusform>%n Bestellungen aus der Datei importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders were found in the file.</source>
        <translation>In der Datei wurden keine Bestellungen gefunden.</translation>
    </message>
    <message>
        <source>New: %1 · updated: %2 · unchanged: %3</source>
        <translation>Neu: %1 · aktualisiert: %2 · unverändert: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n Zeile übersprungen:</numerusform>
            <numerusform>%n Zeilen übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>no order number</source>
        <translation>keine Bestellnummer</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message>
        <source>Promise overdue</source>
        <translation>Zusage überfällig</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Search all mail (Ctrl+F)</source>
        <translation>Alle Mails durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Keine Konversation erwähnt „%1“.</translation>
    </message>
    <message>
        <source>Nobody to wait for</source>
        <translation>Sie warten auf niemanden</translation>
    </message>
    <message>
        <source>Conversations you answered show up here until the customer writes back.</source>
        <translation>Konversationen, auf die Sie geantwortet haben, stehen hier, bis der Kunde zurückschreibt.</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Noch nichts erledigt</translation>
    </message>
    <message>
        <source>Conversations you mark as done are kept here.</source>
        <translation>Hier landen Konversationen, die Sie als erledigt markieren.</translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <source>No customer is waiting for you right now.</source>
        <translation>Gerade wartet kein Kunde auf Sie.</translation>
    </message>
</context>
<context>
    <name>LazyListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Load the list</source>
        <translation>Liste laden</translation>
    </message>
</context>
<context>
    <name>MailDesk</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sample shop: nothing is sent or synced</source>
        <translation>Beispielshop: Nichts wird gesendet oder abgeglichen</translation>
    </message>
    <message>
        <source>No account — add one</source>
        <translation>Kein Konto — jetzt hinzufügen</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation>Datenordner konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>All mail accounts are up to date</source>
        <translation>Alle E-Mail-Konten sind aktuell</translation>
    </message>
    <message>
        <source>%1 now trusts the certificate authority in %2.</source>
        <translation>%1 vertraut jetzt der Zertifizierungsstelle aus %2.</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>CA-Datei speichern</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>Zertifikat abgelehnt</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified, so Shopkeeper did not send your password to it.</source>
        <translation>Das Zertifikat des Mailservers konnte nicht überprüft werden, daher hat Shopkeeper Ihr Passwort nicht an ihn gesendet.</translation>
    </message>
    <message>
        <source>If your mail provider or company runs its own certificate authority, it can give you its CA file; choose it to trust only that authority for this account. If you did not expect this, do not continue: someone may be intercepting the connection.</source>
        <translation>Wenn Ihr E-Mail-Anbieter oder Ihre Firma eine eigene Zertifizierungsstelle betreibt, kann man Ihnen deren CA-Datei geben; wählen Sie sie, um für dieses Konto nur dieser Stelle zu vertrauen. Wenn Sie das nicht erwartet haben, fahren Sie nicht fort: Jemand könnte die Verbindung abfangen.</translation>
    </message>
    <message>
        <source>Choose CA file…</source>
        <translation>CA-Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The account %1 was saved.</source>
        <translation>Das Konto %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>The account %1 was saved. No keyring is available, so its password is kept only until Shopkeeper quits.</source>
        <translation>Das Konto %1 wurde gespeichert. Da kein Schlüsselbund verfügbar ist, wird sein Passwort nur bis zum Beenden von Shopkeeper behalten.</translation>
    </message>
    <message>
        <source>New customer mail</source>
        <translation>Neue Kundenmail</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) got new mail from a customer.</source>
        <translation>
            <numerusform>%n Konversation hat neue Mail von einem Kunden.</numerusform>
            <numerusform>%n Konversationen haben neue Mail von Kunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shopkeeper</source>
        <translation>Shopkeeper</translation>
    </message>
    <message>
        <source>Opening your shop…</source>
        <translation>Ihr Shop wird geöffnet…</translation>
    </message>
    <message>
        <source>Customer &amp;panel</source>
        <translation>&amp;Kundenleiste</translation>
    </message>
    <message>
        <source>Preparing the sample shop…</source>
        <translation>Beispielshop wird vorbereitet…</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Shopkeeper — Sample shop</source>
        <translation>Shopkeeper — Beispielshop</translation>
    </message>
    <message>
        <source>Sample shop: nothing is sent or synced</source>
        <translation type="vanished">Beispielshop: Nichts wird gesendet oder abgeglichen</translation>
    </message>
    <message>
        <source>No account — add one</source>
        <translation type="vanished">Kein Konto — jetzt hinzufügen</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="vanished">Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>The data folder could not be opened:
%1</source>
        <translation>Der Datenordner konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation type="vanished">Datenordner konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Read the mail accounts</source>
        <translation>E-Mail-Konten lesen</translation>
    </message>
    <message>
        <source>No callback requests yet</source>
        <translation type="vanished">Noch keine Rückrufwünsche</translation>
    </message>
    <message>
        <source>When a customer asks to be called back, the request waits here until you have called.</source>
        <translation type="vanished">Wenn ein Kunde um Rückruf bittet, wartet die Anfrage hier, bis Sie angerufen haben.</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation type="vanished">Noch keine Bestellungen</translation>
    </message>
    <message>
        <source>Orders from your shop will be listed here with the conversations about them.</source>
        <translation type="vanished">Hier erscheinen die Bestellungen Ihres Shops mit den Konversationen dazu.</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation type="vanished">Nichts überfällig</translation>
    </message>
    <message>
        <source>Promises you made to customers show up here when their day has passed.</source>
        <translation type="vanished">Zusagen an Kunden erscheinen hier, wenn ihr Termin verstrichen ist.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation type="vanished">Heute ist nichts fällig</translation>
    </message>
    <message>
        <source>Reminders and promises due today will be listed here.</source>
        <translation type="vanished">Hier erscheinen Erinnerungen und Zusagen, die heute fällig sind.</translation>
    </message>
    <message>
        <source>No upcoming reminders</source>
        <translation type="vanished">Keine anstehenden Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders you set for later days will be listed here.</source>
        <translation type="vanished">Hier erscheinen Erinnerungen, die Sie für spätere Tage anlegen.</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation type="vanished">Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>Reply templates in your customers&apos; languages will be kept here.</source>
        <translation type="vanished">Hier liegen später Antwortvorlagen in den Sprachen Ihrer Kunden.</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <source>Your templates are in the sidebar on the right: double-click one or press Ctrl+1 … Ctrl+9 to put it into your reply. Manage them from the Shop menu.</source>
        <translation>Ihre Vorlagen sind in der Seitenleiste rechts: Doppelklicken Sie auf eine oder drücken Sie Strg+1 … Strg+9, um sie in Ihre Antwort einzufügen. Verwalten können Sie sie im Menü „Shop“.</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Als erledigt markiert.</translation>
    </message>
    <message>
        <source>Now waiting on the customer.</source>
        <translation>Wartet jetzt auf den Kunden.</translation>
    </message>
    <message>
        <source>Opened again.</source>
        <translation>Wieder geöffnet.</translation>
    </message>
    <message>
        <source>Undo the status change</source>
        <translation>Statusänderung rückgängig machen</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Anruf erfasst: %1.</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Count conversations</source>
        <translation>Konversationen zählen</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgelaufen: %1</translation>
    </message>
    <message>
        <source>Shopkeeper is still running</source>
        <translation>Shopkeeper läuft weiter</translation>
    </message>
    <message>
        <source>New mail keeps arriving. Quit from the tray menu.</source>
        <translation>Neue Mails kommen weiter an. Beenden können Sie über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>&amp;Wartend</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Wartet auf den Kunden</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Notiz…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>&amp;Anruf…</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>Nä&amp;chste Konversation</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Vorherige Konversation</translation>
    </message>
    <message>
        <source>&amp;Read conversation</source>
        <translation>Konversation &amp;lesen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Add mail account…</source>
        <translation>E-Mail-Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Mail &amp;accounts…</source>
        <translation>E-Mail-&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Open the &amp;sample shop</source>
        <translation>Beispiel&amp;shop öffnen</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Si&amp;cherungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Konversation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge or split customers</source>
        <translation>Kunden zusammenführen oder trennen</translation>
    </message>
    <message>
        <source>Keep this customer</source>
        <translation>Diesen Kunden behalten</translation>
    </message>
    <message>
        <source>Merge this customer into it</source>
        <translation>Diesen Kunden damit zusammenführen</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Split off…</source>
        <translation>Abtrennen…</translation>
    </message>
    <message>
        <source>The address to make a customer of its own:</source>
        <translation>Die Adresse, die ein eigener Kunde werden soll:</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>Zwei Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Split off an address</source>
        <translation>Adresse abtrennen</translation>
    </message>
    <message>
        <source>Pick the customer to keep and the one to merge into it.</source>
        <translation>Wählen Sie den Kunden, der bleibt, und den, der mit ihm zusammengeführt wird.</translation>
    </message>
    <message>
        <source>Pick two different customers.</source>
        <translation>Wählen Sie zwei verschiedene Kunden.</translation>
    </message>
    <message>
        <source>Look up the customers</source>
        <translation>Kunden nachschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Konversation</numerusform>
            <numerusform>%n Konversationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback request(s)</source>
        <translation>
            <numerusform>%n Rückrufbitte</numerusform>
            <numerusform>%n Rückrufbitten</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” stays. Everything of “%2” moves to it, then “%2” is removed:</source>
        <translation>„%1“ bleibt. Alles von „%2“ geht auf diesen Kunden über, dann wird „%2“ entfernt:</translation>
    </message>
    <message numerus="yes">
        <source>%n email address(es)</source>
        <translation>
            <numerusform>%n E-Mail-Adresse</numerusform>
            <numerusform>%n E-Mail-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n Telefonnummer</numerusform>
            <numerusform>%n Telefonnummern</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation>„%1“ mit „%2“ zusammenführen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Merge the customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Pick a customer.</source>
        <translation>Wählen Sie einen Kunden.</translation>
    </message>
    <message>
        <source>Look up the customer</source>
        <translation>Kunden nachschlagen</translation>
    </message>
    <message>
        <source>This customer has only one address: there is nothing to split.</source>
        <translation>Dieser Kunde hat nur eine Adresse: Es gibt nichts abzutrennen.</translation>
    </message>
    <message>
        <source>Look up the address</source>
        <translation>Adresse nachschlagen</translation>
    </message>
    <message>
        <source>A new customer “%1” is made for %2. These move with the address:</source>
        <translation>Für %2 wird ein neuer Kunde „%1“ angelegt. Mit der Adresse wechseln:</translation>
    </message>
    <message>
        <source>Phone numbers stay with “%1”.</source>
        <translation>Die Telefonnummern bleiben bei „%1“.</translation>
    </message>
    <message>
        <source>Make %1 a customer of its own?</source>
        <translation>%1 zu einem eigenen Kunden machen?</translation>
    </message>
    <message>
        <source>Split the address off</source>
        <translation>Adresse abtrennen</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
</context>
<context>
    <name>NewCallbackDialog</name>
    <message>
        <source>New callback</source>
        <translation>Neuer Rückruf</translation>
    </message>
    <message>
        <source>Note down a call you missed or a customer who asked to be called back. The request waits in the queue until you have called.</source>
        <translation>Notieren Sie einen verpassten Anruf oder einen Kunden, der um Rückruf gebeten hat. Die Bitte wartet in der Warteschlange, bis Sie angerufen haben.</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Wer angerufen hat</translation>
    </message>
    <message>
        <source>The number to call back</source>
        <translation>Die Rückrufnummer</translation>
    </message>
    <message>
        <source>Optional: links the request to the customer</source>
        <translation>Optional: verknüpft die Bitte mit dem Kunden</translation>
    </message>
    <message>
        <source>What it is about (optional)</source>
        <translation>Worum es geht (optional)</translation>
    </message>
    <message>
        <source>For example: after 17:00, between 9 and 11</source>
        <translation>Zum Beispiel: nach 17 Uhr, zwischen 9 und 11</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Preferred time:</source>
        <translation>Wunschzeit:</translation>
    </message>
    <message>
        <source>Called at:</source>
        <translation>Angerufen um:</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>In die Warteschlange</translation>
    </message>
    <message>
        <source>A phone number is needed.</source>
        <translation>Eine Telefonnummer ist nötig.</translation>
    </message>
    <message>
        <source>This does not look like a phone number; it is kept as written.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus; sie wird so übernommen, wie sie geschrieben ist.</translation>
    </message>
    <message>
        <source>Will be called as %1.</source>
        <translation>Wird als %1 angerufen.</translation>
    </message>
    <message>
        <source>Any time.</source>
        <translation>Jederzeit.</translation>
    </message>
    <message>
        <source>Not understood as a time; kept as a note, the call is due now.</source>
        <translation>Nicht als Uhrzeit erkannt; wird als Notiz behalten, der Anruf ist sofort fällig.</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Fällig: %1.</translation>
    </message>
</context>
<context>
    <name>NewMessageDialog</name>
    <message>
        <source>New message to %1</source>
        <translation>Neue Nachricht an %1</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>The note is kept on %1&apos;s timeline. Only you see it.</source>
        <translation>Die Notiz erscheint im Verlauf von %1. Nur Sie sehen sie.</translation>
    </message>
    <message>
        <source>The note is kept with this conversation. Only you see it.</source>
        <translation>Die Notiz wird bei dieser Konversation gespeichert. Nur Sie sehen sie.</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what to do next…</source>
        <translation>Was passiert ist, was vereinbart wurde, was als Nächstes zu tun ist…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note.</source>
        <translation>Strg+Eingabe fügt die Notiz hinzu.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Check for due reminders</source>
        <translation>Fällige Erinnerungen prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while Shopkeeper was closed</source>
        <translation>
            <numerusform>%n Erinnerung wurde fällig, während Shopkeeper geschlossen war</numerusform>
            <numerusform>%n Erinnerungen wurden fällig, während Shopkeeper geschlossen war</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while the computer was asleep</source>
        <translation>
            <numerusform>%n Erinnerung wurde fällig, während der Computer im Ruhezustand war</numerusform>
            <numerusform>%n Erinnerungen wurden fällig, während der Computer im Ruhezustand war</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n Erinnerung fällig</numerusform>
            <numerusform>%n Erinnerungen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>15 Min. zurückstellen</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 Std. zurückstellen</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>Zeitpunkt wählen…</translation>
    </message>
</context>
<context>
    <name>OccasionItem</name>
    <message>
        <source>Use template</source>
        <translation>Vorlage verwenden</translation>
    </message>
    <message>
        <source>Write to the customer from a template; you send it yourself.</source>
        <translation>Dem Kunden mit einer Vorlage schreiben; senden müssen Sie selbst.</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Erinnerung anlegen</translation>
    </message>
    <message>
        <source>Be reminded on the day (one reminder per customer).</source>
        <translation>Am Tag erinnert werden (eine Erinnerung pro Kunde).</translation>
    </message>
    <message>
        <source>Be reminded on the day.</source>
        <translation>Am Tag erinnert werden.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Do not suggest this again.</source>
        <translation>Nicht mehr vorschlagen.</translation>
    </message>
</context>
<context>
    <name>OccasionsPanel</name>
    <message>
        <source>Suggestions only: nothing is sent by itself.</source>
        <translation>Nur Vorschläge: Nichts wird von selbst gesendet.</translation>
    </message>
    <message>
        <source>Occasions to get in touch (%1)</source>
        <translation>Anlässe, sich zu melden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>%n weitere anzeigen</numerusform>
            <numerusform>%n weitere anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderBadge</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>About order %1</source>
        <translation>Zur Bestellung %1</translation>
    </message>
</context>
<context>
    <name>OrderCard</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Sendungsverfolgung: %1</translation>
    </message>
    <message>
        <source>Track the parcel</source>
        <translation>Sendung verfolgen</translation>
    </message>
    <message>
        <source>Open the mail</source>
        <translation>Mail öffnen</translation>
    </message>
</context>
<context>
    <name>OrderFields</name>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Bestellsumme</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Artikelname</translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation>Artikelmenge</translation>
    </message>
    <message>
        <source>Item price (line total)</source>
        <translation>Artikelpreis (Positionssumme)</translation>
    </message>
    <message>
        <source>Item price (each)</source>
        <translation>Artikelpreis (pro Stück)</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>Artikelnummer (SKU)</translation>
    </message>
    <message>
        <source>Items (WooCommerce list)</source>
        <translation>Artikel (WooCommerce-Liste)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>Kundenhinweis</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>Fulfilment status</source>
        <translation>Ausführungsstatus</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Storniert am</translation>
    </message>
    <message>
        <source>Billing address (part)</source>
        <translation>Rechnungsadresse (Teil)</translation>
    </message>
    <message>
        <source>Shipping address (part)</source>
        <translation>Lieferadresse (Teil)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importieren)</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>OrdersSection</name>
    <message>
        <source>No orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message>
        <source>Load the customer&apos;s orders</source>
        <translation>Bestellungen des Kunden laden</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Bestellungen (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Messages not sent</source>
        <translation>Nicht gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Nothing is waiting: every message has gone out.</source>
        <translation>Nichts wartet: Alle Nachrichten sind verschickt.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <source>Take the message back; its text is kept as a draft in its conversation.</source>
        <translation>Nachricht zurückholen; ihr Text bleibt als Entwurf in der Konversation.</translation>
    </message>
    <message>
        <source>Read the outbox</source>
        <translation>Postausgang lesen</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>An %1: %2</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>%n-mal versucht.</numerusform>
            <numerusform>%n-mal versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Take the message back</source>
        <translation>Nachricht zurückholen</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Try sending now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Show the messages that were not sent…</source>
        <translation>Nicht gesendete Nachrichten anzeigen…</translation>
    </message>
    <message>
        <source>Open the outbox to cancel a message…</source>
        <translation>Postausgang öffnen, um eine Nachricht zurückzuholen…</translation>
    </message>
    <message>
        <source>Count the outbox</source>
        <translation>Postausgang zählen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent</source>
        <translation>
            <numerusform>%n Nachricht nicht gesendet</numerusform>
            <numerusform>%n Nachrichten nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Nachricht wartet auf Versand</numerusform>
            <numerusform>%n Nachrichten warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox: click to try again, see why, or cancel a message.</source>
        <translation>Postausgang: Klicken Sie, um es erneut zu versuchen, den Grund zu sehen oder eine Nachricht zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Waiting out the undo delay</source>
        <translation>Wartet die Rückgängig-Frist ab</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show a notification when a customer writes</source>
        <translation>Benachrichtigen, wenn ein Kunde schreibt</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>A new language is used the next time Shopkeeper starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Shopkeeper.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>PromiseChip</name>
    <message>
        <source>Remind me of this promise</source>
        <translation>An diese Zusage erinnern</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <source>Not a promise: no reminder</source>
        <translation>Keine Zusage: keine Erinnerung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” (date changed by you)</source>
        <translation>„%1“ (Datum von Ihnen geändert)</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Ihr Geschäft ist an diesem Tag geschlossen: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Ihr Geschäft ist an diesem Tag geschlossen.</translation>
    </message>
</context>
<context>
    <name>PromiseChips</name>
    <message>
        <source>Your promises:</source>
        <translation>Ihre Zusagen:</translation>
    </message>
    <message>
        <source>Shopkeeper found these promises in your text. Confirm (✓) the ones you want to be reminded of.</source>
        <translation>Shopkeeper hat diese Zusagen in Ihrem Text gefunden. Bestätigen Sie (✓) die, an die Sie erinnert werden möchten.</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Öffnungszeiten lesen</translation>
    </message>
</context>
<context>
    <name>PromiseText</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Zusendung</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Write back</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
</context>
<context>
    <name>PromiseTimeline</name>
    <message>
        <source>Promised: %1 — due %2</source>
        <translation>Zugesagt: %1 — fällig %2</translation>
    </message>
    <message>
        <source>Reminder: %1 — due %2</source>
        <translation>Erinnerung: %1 — fällig %2</translation>
    </message>
    <message>
        <source>Snoozed: %1 — until %2</source>
        <translation>Zurückgestellt: %1 — bis %2</translation>
    </message>
    <message>
        <source>Kept: %1 (due %2, done %3)</source>
        <translation>Eingehalten: %1 (fällig %2, erledigt %3)</translation>
    </message>
    <message>
        <source>Late: %1 (due %2, done %3)</source>
        <translation>Verspätet: %1 (fällig %2, erledigt %3)</translation>
    </message>
    <message>
        <source>Done: %1 (due %2, done %3)</source>
        <translation>Erledigt: %1 (fällig %2, erledigt %3)</translation>
    </message>
    <message>
        <source>Closed: %1 — the customer replied</source>
        <translation>Geschlossen: %1 — der Kunde hat geantwortet</translation>
    </message>
    <message>
        <source>Dismissed: %1 (due %2)</source>
        <translation>Verworfen: %1 (fällig %2)</translation>
    </message>
</context>
<context>
    <name>ReachedDialog</name>
    <message>
        <source>Call reached</source>
        <translation>Kunde erreicht</translation>
    </message>
    <message>
        <source>You reached %1. What was said or agreed?</source>
        <translation>Sie haben %1 erreicht. Was wurde besprochen oder vereinbart?</translation>
    </message>
    <message>
        <source>You reached the customer. What was said or agreed?</source>
        <translation>Sie haben den Kunden erreicht. Was wurde besprochen oder vereinbart?</translation>
    </message>
    <message>
        <source>A short note for the timeline (optional)</source>
        <translation>Eine kurze Notiz für den Verlauf (optional)</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Anruf erfassen</translation>
    </message>
</context>
<context>
    <name>ReliabilityLabel</name>
    <message>
        <source>Promises kept on time: none due yet this month.</source>
        <translation>Pünktlich eingehaltene Zusagen: in diesem Monat noch keine fällig.</translation>
    </message>
    <message>
        <source>Promises kept on time: %1 this week, %2 this month</source>
        <translation>Pünktlich eingehaltene Zusagen: %1 diese Woche, %2 diesen Monat</translation>
    </message>
    <message>
        <source>This week: %1 kept on time, %2 late, %3 missed, %4 still open.</source>
        <translation>Diese Woche: %1 pünktlich, %2 verspätet, %3 versäumt, %4 noch offen.</translation>
    </message>
    <message>
        <source>This month: %1 kept on time, %2 late, %3 missed, %4 still open.</source>
        <translation>Diesen Monat: %1 pünktlich, %2 verspätet, %3 versäumt, %4 noch offen.</translation>
    </message>
</context>
<context>
    <name>ReminderInput</name>
    <message>
        <source>Add a reminder: “next Wed 10:00 call Ana”</source>
        <translation>Erinnerung anlegen: „morgen 9:00 Frau Weber anrufen“</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Erinnerung anlegen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Say when, e.g. “tomorrow 9:00” or “Friday 2 pm”.</source>
        <translation>Sagen Sie, wann, z. B. „morgen 9:00“ oder „Freitag 14:00“.</translation>
    </message>
    <message>
        <source>Type what to do and when; Enter adds it.</source>
        <translation>Schreiben Sie, was wann zu tun ist; die Eingabetaste legt es an.</translation>
    </message>
    <message>
        <source>%1 — %2: “%3”</source>
        <translation>%1 — %2: „%3“</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Ihr Geschäft ist an diesem Tag geschlossen: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Ihr Geschäft ist an diesem Tag geschlossen.</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) since the first order</source>
        <translation>
            <numerusform>%n Jahr seit der ersten Bestellung</numerusform>
            <numerusform>%n Jahre seit der ersten Bestellung</numerusform>
        </translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Did the order arrive well?</source>
        <translation>Ist die Bestellung gut angekommen?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>No answer yet to “%1”</source>
        <translation>Noch keine Antwort auf „%1“</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>zurückgestellt bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the conversation (Enter)</source>
        <translation>Konversation öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark as done: the promise is kept</source>
        <translation>Als erledigt markieren: Die Zusage ist eingehalten</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Später erneut erinnern</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Öffnungszeiten lesen</translation>
    </message>
    <message>
        <source>Read the reminders</source>
        <translation>Erinnerungen lesen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message>
        <source>Every promise is kept or still ahead.</source>
        <translation>Alle Zusagen sind eingehalten oder noch nicht fällig.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Heute ist nichts fällig</translation>
    </message>
    <message>
        <source>Reminders and promises due today will be listed here.</source>
        <translation>Heute fällige Erinnerungen und Zusagen werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>No upcoming reminders</source>
        <translation>Keine anstehenden Erinnerungen</translation>
    </message>
    <message>
        <source>Add one above, or confirm a promise when you write to a customer.</source>
        <translation>Legen Sie oben eine an oder bestätigen Sie eine Zusage, wenn Sie einem Kunden schreiben.</translation>
    </message>
    <message>
        <source>Mark the reminder as done</source>
        <translation>Erinnerung als erledigt markieren</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>Snooze the reminder</source>
        <translation>Erinnerung zurückstellen</translation>
    </message>
    <message>
        <source>Snoozed until %1: %2.</source>
        <translation>Zurückgestellt bis %1: %2.</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>Um 15 Minuten</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>Um eine Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow, %1</source>
        <translation>Bis morgen, %1</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Datum und Uhrzeit wählen…</translation>
    </message>
    <message>
        <source>Add the reminder</source>
        <translation>Erinnerung anlegen</translation>
    </message>
    <message>
        <source>Reminder added for %1.</source>
        <translation>Erinnerung für %1 angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) added.</source>
        <translation>
            <numerusform>%n Erinnerung angelegt.</numerusform>
            <numerusform>%n Erinnerungen angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add reminders for the occasion</source>
        <translation>Erinnerungen zum Anlass anlegen</translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation>Vorschlag verwerfen</translation>
    </message>
</context>
<context>
    <name>RemoteImages</name>
    <message>
        <source>Read the settings</source>
        <translation>Einstellungen lesen</translation>
    </message>
    <message>
        <source>Save the setting</source>
        <translation>Einstellung speichern</translation>
    </message>
</context>
<context>
    <name>RetryOffer</name>
    <message>
        <source>Remind me</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>Voicemail left for %1. Try again at %2?</source>
        <translation>Nachricht auf der Mailbox hinterlassen (%1). Um %2 erneut versuchen?</translation>
    </message>
    <message>
        <source>%1 did not answer. Try again at %2?</source>
        <translation>%1 hat nicht abgenommen. Um %2 erneut versuchen?</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Wunschzeit</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Call requested (yes/no)</source>
        <translation>Rückruf gewünscht (ja/nein)</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Callback form rule</source>
        <translation>Regel für ein Rückrufformular</translation>
    </message>
    <message>
        <source>For example: Shop builder form</source>
        <translation>Zum Beispiel: Formular vom Shop-Baukasten</translation>
    </message>
    <message>
        <source>For example: @shop-builder.example</source>
        <translation>Zum Beispiel: @shop-builder.example</translation>
    </message>
    <message>
        <source>For example: New request</source>
        <translation>Zum Beispiel: Neue Anfrage</translation>
    </message>
    <message>
        <source>Words every mail of the form has (optional)</source>
        <translation>Wörter in jeder Mail des Formulars (optional)</translation>
    </message>
    <message>
        <source>Every mail of this form with a phone number asks for a call</source>
        <translation>Jede Mail dieses Formulars mit Telefonnummer ist eine Rückrufbitte</translation>
    </message>
    <message>
        <source>Patterns are regular expressions and ignore case; plain words work too. Every pattern you give must match.</source>
        <translation>Muster sind reguläre Ausdrücke ohne Unterscheidung von Groß- und Kleinschreibung; einfache Wörter gehen auch. Jedes angegebene Muster muss passen.</translation>
    </message>
    <message>
        <source>Label in the mail</source>
        <translation>Bezeichnung in der Mail</translation>
    </message>
    <message>
        <source>In the sample</source>
        <translation>Im Beispiel</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Bezeichnung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Common labels (Name, Phone, Telefon, Телефон, …) are known already; add the ones your form uses in its own words.</source>
        <translation>Übliche Bezeichnungen (Name, Telefon, Handy, Phone, …) sind schon bekannt; fügen Sie die hinzu, die Ihr Formular mit eigenen Worten verwendet.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Sender contains:</source>
        <translation>Absender enthält:</translation>
    </message>
    <message>
        <source>Subject contains:</source>
        <translation>Betreff enthält:</translation>
    </message>
    <message>
        <source>Text contains:</source>
        <translation>Text enthält:</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Die Regel</translation>
    </message>
    <message>
        <source>Field labels:</source>
        <translation>Feldbezeichnungen:</translation>
    </message>
    <message>
        <source>A recent mail:</source>
        <translation>Eine aktuelle Mail:</translation>
    </message>
    <message>
        <source>Pasted text:</source>
        <translation>Eingefügter Text:</translation>
    </message>
    <message>
        <source>Paste a whole mail (with its headers) or just the text of the form.</source>
        <translation>Fügen Sie eine ganze Mail (mit Kopfzeilen) oder nur den Text des Formulars ein.</translation>
    </message>
    <message>
        <source>Try it on a mail</source>
        <translation>An einer Mail ausprobieren</translation>
    </message>
    <message>
        <source>What the rule reads:</source>
        <translation>Was die Regel liest:</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Regel speichern</translation>
    </message>
    <message>
        <source>The sender pattern is not valid: %1</source>
        <translation>Das Absendermuster ist ungültig: %1</translation>
    </message>
    <message>
        <source>The subject pattern is not valid: %1</source>
        <translation>Das Betreffmuster ist ungültig: %1</translation>
    </message>
    <message>
        <source>The text pattern is not valid: %1</source>
        <translation>Das Textmuster ist ungültig: %1</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <source>Give a sender, subject or text pattern.</source>
        <translation>Geben Sie ein Muster für Absender, Betreff oder Text an.</translation>
    </message>
    <message>
        <source>A label is mapped to a field that does not exist.</source>
        <translation>Eine Bezeichnung ist einem Feld zugeordnet, das es nicht gibt.</translation>
    </message>
    <message>
        <source>Load recent mail</source>
        <translation>Aktuelle Mails laden</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Try the rule</source>
        <translation>Regel ausprobieren</translation>
    </message>
    <message>
        <source>The mail could not be read: %1</source>
        <translation>Die Mail konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Pick a recent mail or paste one to see what the rule reads.</source>
        <translation>Wählen Sie eine aktuelle Mail oder fügen Sie eine ein, um zu sehen, was die Regel liest.</translation>
    </message>
    <message>
        <source>The rule matches this mail.</source>
        <translation>Die Regel passt auf diese Mail.</translation>
    </message>
    <message>
        <source>The rule does not match this mail: check the patterns.</source>
        <translation>Die Regel passt nicht zu dieser E-Mail: Prüfen Sie die Muster.</translation>
    </message>
    <message>
        <source>It becomes a callback request.</source>
        <translation>Sie wird zur Rückrufbitte.</translation>
    </message>
    <message>
        <source>It does not become a callback request: no phone number was found.</source>
        <translation>Sie wird keine Rückrufbitte: Es wurde keine Telefonnummer gefunden.</translation>
    </message>
    <message>
        <source>It does not become a callback request: the mail does not ask for a call. Tick the box above if every mail of this form does.</source>
        <translation>Sie wird keine Rückrufbitte: Die Mail bittet nicht um einen Anruf. Setzen Sie oben das Häkchen, wenn das jede Mail dieses Formulars tut.</translation>
    </message>
    <message>
        <source>It does not become a callback request.</source>
        <translation>Sie wird keine Rückrufbitte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Wunschzeit</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Regel speichern</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>Die Regel wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Make reminders of your promises</source>
        <translation>Erinnerungen für Ihre Zusagen anlegen</translation>
    </message>
    <message>
        <source>Take back the reminders of the reply</source>
        <translation>Erinnerungen der Antwort zurücknehmen</translation>
    </message>
    <message>
        <source>Set the follow-up reminder</source>
        <translation>Nachfass-Erinnerung anlegen</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Only if your provider gave you one</source>
        <translation>Nur wenn Ihr Anbieter Ihnen eine gegeben hat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Eingehende Mails (IMAP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Ausgehende Mails (SMTP)</translation>
    </message>
    <message>
        <source>Certificate authority (optional)</source>
        <translation>Zertifizierungsstelle (optional)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Keine (nur für einen Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>StoreRestorer</name>
    <message>
        <source>Restoring a backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The data folder could not be opened again; see the main window.</source>
        <translation>Der Datenordner konnte nicht wieder geöffnet werden; siehe Hauptfenster.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Read the mail accounts</source>
        <translation>E-Mail-Konten lesen</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Connecting to the mail server of %1…</source>
        <translation>Verbindung zum Mailserver von %1…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 messages</source>
        <translation>Abgleich von %1: %2 von %3 Nachrichten</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Abgleich von %1…</translation>
    </message>
    <message>
        <source>%1 is up to date</source>
        <translation>%1 ist aktuell</translation>
    </message>
    <message>
        <source>Sync of %1 is stopped</source>
        <translation>Abgleich von %1 ist angehalten</translation>
    </message>
    <message>
        <source>The mail server of %1 cannot be reached; retrying in %2 s.</source>
        <translation>Der Mailserver von %1 ist nicht erreichbar; neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Syncing %1 failed; retrying in %2 s.</source>
        <translation>Abgleich von %1 fehlgeschlagen; neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <source>The mail server did not accept the password of %1.</source>
        <translation>Der Mailserver hat das Passwort von %1 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keyring.</source>
        <translation>Das Passwort von %1 konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate of the mail server of %1 was refused.</source>
        <translation>Das Zertifikat des Mailservers von %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Choose a CA file…</source>
        <translation>CA-Datei auswählen…</translation>
    </message>
    <message>
        <source>Another Shopkeeper is already syncing this mail.</source>
        <translation>Ein anderer Shopkeeper gleicht diese Mails bereits ab.</translation>
    </message>
    <message>
        <source>The mail server of %1 cannot be reached.</source>
        <translation>Der Mailserver von %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Syncing %1 failed.</source>
        <translation>Abgleich von %1 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>order_received</source>
        <translation>bestellung_erhalten</translation>
    </message>
    <message>
        <source>A short name for the template: letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>Ein kurzer Name für die Vorlage: Buchstaben ohne Umlaute (a–z), Ziffern, &apos;_&apos;, &apos;-&apos; oder &apos;.&apos;.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Values you can use: %1</source>
        <translation>Verwendbare Werte: %1</translation>
    </message>
    <message>
        <source>A value that is not known shows as a marked gap, such as [order.number].</source>
        <translation>Ein unbekannter Wert erscheint als markierte Lücke, etwa [order.number].</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>Tastenkürzel:</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>Reply templates</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Drag a template to change the order.</source>
        <translation>Zum Umsortieren Vorlagen ziehen.</translation>
    </message>
    <message>
        <source>Read the templates</source>
        <translation>Vorlagen lesen</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Die Vorlage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>“%1” cannot be a template name: use letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>„%1“ kann kein Vorlagenname sein: Verwenden Sie Buchstaben ohne Umlaute (a–z), Ziffern, &apos;_&apos;, &apos;-&apos; oder &apos;.&apos;.</translation>
    </message>
    <message>
        <source>There is already a template named “%1”.</source>
        <translation>Es gibt bereits eine Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>Write the text of the template first.</source>
        <translation>Schreiben Sie zuerst den Text der Vorlage.</translation>
    </message>
    <message>
        <source>The template was saved.</source>
        <translation>Die Vorlage wurde gespeichert.</translation>
    </message>
    <message>
        <source>A copy was made; rename it and change what differs.</source>
        <translation>Eine Kopie wurde angelegt; benennen Sie sie um und ändern Sie, was anders ist.</translation>
    </message>
    <message>
        <source>The template was deleted.</source>
        <translation>Die Vorlage wurde gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>%n Vorlage importiert.</numerusform>
            <numerusform>%n Vorlagen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept your own version of: %1.</source>
        <translation>Ihre eigene Fassung wurde behalten: %1.</translation>
    </message>
    <message>
        <source>%1 saved with %2 templates.</source>
        <translation>%1 gespeichert (Vorlagen: %2).</translation>
    </message>
    <message>
        <source>The templates were not exported: %1</source>
        <translation>Die Vorlagen wurden nicht exportiert: %1</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Das hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete “%1” in all its languages? This cannot be undone.</source>
        <translation>„%1“ in allen Sprachen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The template has changes that are not saved yet.</source>
        <translation>Die Vorlage hat Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>Vorlagendateien (*.json)</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Vorlagen exportieren</translation>
    </message>
</context>
<context>
    <name>TemplateNames</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Returns and repairs</source>
        <translation>Rücksendungen und Reparaturen</translation>
    </message>
    <message>
        <source>Reviews and feedback</source>
        <translation>Bewertungen und Feedback</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>Glückwünsche</translation>
    </message>
</context>
<context>
    <name>TemplateSidebar</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert the template where the cursor is</source>
        <translation>Vorlage an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <source>Create, edit, sort, import and export templates</source>
        <translation>Vorlagen anlegen, bearbeiten, sortieren, importieren und exportieren</translation>
    </message>
    <message>
        <source>Insert template %1</source>
        <translation>Vorlage %1 einfügen</translation>
    </message>
    <message>
        <source>Read the templates</source>
        <translation>Vorlagen lesen</translation>
    </message>
    <message>
        <source>Read the customer&apos;s details for templates</source>
        <translation>Kundendaten für Vorlagen lesen</translation>
    </message>
    <message>
        <source>No templates yet. Create one with Manage…</source>
        <translation>Noch keine Vorlagen. Legen Sie eine mit „Verwalten…“ an.</translation>
    </message>
    <message>
        <source>No template matches “%1”.</source>
        <translation>Keine Vorlage passt zu „%1“.</translation>
    </message>
    <message>
        <source>Choose a template to see it filled in for this customer.</source>
        <translation>Wählen Sie eine Vorlage, um sie für diesen Kunden ausgefüllt zu sehen.</translation>
    </message>
    <message>
        <source>This template has an error: %1</source>
        <translation>Diese Vorlage enthält einen Fehler: %1</translation>
    </message>
    <message>
        <source>There is no version in the customer&apos;s language; this is %1.</source>
        <translation>Es gibt keine Fassung in der Sprache des Kunden; gezeigt wird: %1.</translation>
    </message>
    <message>
        <source>Not known yet, marked in the text: %1. Fill them in before sending.</source>
        <translation>Noch unbekannt, im Text markiert: %1. Füllen Sie diese Stellen vor dem Senden aus.</translation>
    </message>
    <message>
        <source>Use the %1 version</source>
        <translation>Fassung verwenden: %1</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Zitierten Text ausblenden</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Zitierten Text anzeigen</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>Diese Nachricht enthält keinen Text.</translation>
    </message>
    <message>
        <source>Remote images were not loaded, so the sender cannot see that you read this message.</source>
        <translation>Externe Bilder wurden nicht geladen, damit der Absender nicht sieht, dass Sie diese Nachricht gelesen haben.</translation>
    </message>
    <message>
        <source>Load images</source>
        <translation>Bilder laden</translation>
    </message>
    <message>
        <source>Always load images from this sender</source>
        <translation>Bilder dieses Absenders immer laden</translation>
    </message>
    <message>
        <source>This message could not be read completely; the original is kept unchanged.</source>
        <translation>Diese Nachricht konnte nicht vollständig gelesen werden; das Original bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <source>(unnamed file)</source>
        <translation>(unbenannte Datei)</translation>
    </message>
    <message>
        <source>%1 set the status to “%2”</source>
        <translation>%1 hat den Status auf „%2“ gesetzt</translation>
    </message>
    <message>
        <source>%1 called: %2</source>
        <translation>%1 hat angerufen: %2</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Notiz von %1</translation>
    </message>
    <message>
        <source>This conversation has no mail.</source>
        <translation>Diese Konversation enthält keine Mails.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Shopkeeper</source>
        <translation>Shopkeeper anzeigen</translation>
    </message>
    <message>
        <source>Keep running when the window is closed</source>
        <translation>Nach dem Schließen des Fensters weiterlaufen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Shopkeeper: %n item(s) waiting for you</source>
        <translation>
            <numerusform>Shopkeeper: %n Aufgabe wartet auf Sie</numerusform>
            <numerusform>Shopkeeper: %n Aufgaben warten auf Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopkeeper: nothing is waiting</source>
        <translation>Shopkeeper: Nichts wartet</translation>
    </message>
</context>
<context>
    <name>UndoSendBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %1 in %n s.</source>
        <translation>
            <numerusform>Senden an %1 in %n s.</numerusform>
            <numerusform>Senden an %1 in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s.</source>
        <translation>
            <numerusform>Senden in %n s.</numerusform>
            <numerusform>Senden in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionPage</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Shopkeeper</source>
        <translation>Willkommen bei Shopkeeper</translation>
    </message>
    <message>
        <source>Your customers&apos; mail, callbacks, orders and promises in one inbox, kept on your own computer.</source>
        <translation>Mails, Rückrufe, Bestellungen und Zusagen Ihrer Kunden in einem Posteingang – auf Ihrem eigenen Computer.</translation>
    </message>
    <message>
        <source>Try it with a sample shop</source>
        <translation>Mit einem Beispielshop ausprobieren</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <source>The sample shop lives in its own folder and never touches your real mail.</source>
        <translation>Der Beispielshop liegt in einem eigenen Ordner und berührt Ihre echten Mails nie.</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>heute, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>tomorrow, %1</source>
        <translation>morgen, %1</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Morgen, %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
</context>
<context>
    <name>WorkDesk</name>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <source>&amp;New message…</source>
        <translation>&amp;Neue Nachricht…</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Manage &amp;templates…</source>
        <translation>&amp;Vorlagen verwalten…</translation>
    </message>
    <message>
        <source>Show the &amp;outbox…</source>
        <translation>&amp;Postausgang anzeigen…</translation>
    </message>
    <message>
        <source>New &amp;callback…</source>
        <translation>Neuer &amp;Rückruf…</translation>
    </message>
    <message>
        <source>Callback &amp;form rules…</source>
        <translation>&amp;Formularregeln…</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>Bestellungen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Merge or split customers…</source>
        <translation>Kunden &amp;zusammenführen/trennen…</translation>
    </message>
    <message>
        <source>Templates &amp;sidebar</source>
        <translation>Vorlagen-&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Öffnungszeiten lesen</translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation>Vorlage ausfüllen</translation>
    </message>
    <message>
        <source>There is no email address for %1.</source>
        <translation>Für %1 gibt es keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>The file is missing.</source>
        <translation>Die Datei fehlt.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
</TS>
