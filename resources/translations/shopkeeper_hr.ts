<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <source>Some settings are missing or wrong.</source>
        <translation>Neke postavke nedostaju ili nisu ispravne.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Poslužitelj nije prihvatio korisničko ime ili lozinku.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. If your provider uses its own certificate authority, choose its CA file below.</source>
        <translation>Certifikat poslužitelja nije moguće provjeriti. Ako Vaš pružatelj koristi vlastitog izdavatelja certifikata, odaberite njegovu CA datoteku ispod.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the server name and port, and that this computer is online.</source>
        <translation>Poslužitelj nije dostupan. Provjerite naziv poslužitelja i priključak te je li ovo računalo povezano s internetom.</translation>
    </message>
    <message>
        <source>The server closed the connection. Check the port and security.</source>
        <translation>Poslužitelj je prekinuo vezu. Provjerite priključak i sigurnost.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Poslužitelj je odgovorio greškom.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1</source>
        <translation>Dolazna pošta (IMAP): %1</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1</source>
        <translation>Odlazna pošta (SMTP): %1</translation>
    </message>
    <message>
        <source>Connection test passed: both servers accepted the login.</source>
        <translation>Test veze je uspio: oba poslužitelja prihvatila su prijavu.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a mail account</source>
        <translation type="vanished">Dodaj račun e-pošte</translation>
    </message>
    <message>
        <source>Adding an account from the app comes in a later version. Until then, add it in a terminal with the command below: it asks for your password and keeps it in your system&apos;s keyring. Then start Shopkeeper again.</source>
        <translation type="vanished">Dodavanje računa iz aplikacije stiže u jednoj od sljedećih verzija. Do tada ga dodajte u terminalu naredbom ispod: ona traži Vašu lozinku i sprema je u privjesak ključeva Vašeg sustava. Zatim ponovno pokrenite Shopkeeper.</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="vanished">Kopiraj naredbu</translation>
    </message>
    <message>
        <source>Run “shopkeeper account add --help” to see every option.</source>
        <translation type="vanished">Sve mogućnosti prikazuje naredba „shopkeeper account add --help”.</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>Add a mail account</source>
        <translation>Dodaj račun e-pošte</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testiraj vezu</translation>
    </message>
    <message>
        <source>Your shop&apos;s mail address</source>
        <translation>Adresa e-pošte Vaše trgovine</translation>
    </message>
    <message>
        <source>Shopkeeper reads your customers&apos; mail from your mail provider and keeps a copy on this computer.</source>
        <translation>Shopkeeper čita poštu Vaših kupaca kod Vašeg pružatelja e-pošte i čuva kopiju na ovom računalu.</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Poslužitelji e-pošte</translation>
    </message>
    <message>
        <source>Check the servers, then test the connection. Finish saves the account.</source>
        <translation>Provjerite poslužitelje, zatim testirajte vezu. Na kraju spremite račun.</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Spremi račun</translation>
    </message>
    <message>
        <source>Looking up the settings of %1…</source>
        <translation>Traženje postavki za %1…</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so the password cannot be stored safely. Shopkeeper keeps it in memory only until it quits and asks for it again next time; it is never written to disk.</source>
        <translation>Na ovom računalu nema sistemskog privjeska ključeva pa se lozinka ne može sigurno spremiti. Shopkeeper je drži u memoriji samo dok ne zatvorite program i sljedeći put je ponovno traži; nikad se ne zapisuje na disk.</translation>
    </message>
    <message>
        <source>No settings were found for %1. Enter them from your mail provider&apos;s help pages.</source>
        <translation>Za %1 nisu pronađene postavke. Unesite ih prema stranicama pomoći Vašeg pružatelja e-pošte.</translation>
    </message>
    <message>
        <source>The settings were found at your mail provider.</source>
        <translation>Postavke su pronađene kod Vašeg pružatelja e-pošte.</translation>
    </message>
    <message>
        <source>The settings of your mail provider were filled in.</source>
        <translation>Postavke Vašeg pružatelja e-pošte su popunjene.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testiranje veze…</translation>
    </message>
    <message>
        <source>Enter the email address and the password.</source>
        <translation>Unesite adresu e-pošte i lozinku.</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Spremanje računa…</translation>
    </message>
    <message>
        <source>Save the mail account</source>
        <translation>Spremanje računa e-pošte</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Mail accounts</source>
        <translation>Računi e-pošte</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Dodaj račun…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ukloni…</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nepromijenjeno</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testiraj vezu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spremi</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testiranje veze…</translation>
    </message>
    <message>
        <source>Read the mail accounts</source>
        <translation>Čitanje računa e-pošte</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Unesite lozinku da biste testirali vezu.</translation>
    </message>
    <message>
        <source>Save the mail account</source>
        <translation>Spremanje računa e-pošte</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Postavke su spremljene.</translation>
    </message>
    <message>
        <source>The settings were saved. No keyring is available, so the password is kept only until Shopkeeper quits.</source>
        <translation>Postavke su spremljene. Privjesak ključeva nije dostupan pa se lozinka čuva samo dok ne zatvorite Shopkeeper.</translation>
    </message>
    <message>
        <source>Remove the mail account</source>
        <translation>Uklanjanje računa e-pošte</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Ukloni račun</translation>
    </message>
    <message>
        <source>Remove the account %1? Its mail stays in Shopkeeper, but no new mail is fetched and the password is deleted from the keyring.</source>
        <translation>Ukloniti račun %1? Njegova pošta ostaje u Shopkeeperu, ali nova se pošta više ne preuzima, a lozinka se briše iz privjeska ključeva.</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Open</source>
        <translation>Otvoreno</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spremi kao…</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Datoteka nije otvorena</translation>
    </message>
    <message>
        <source>%1 could run a program on this computer, so it was not opened. If you trust the sender, save it and check it first.</source>
        <translation>Datoteka %1 mogla bi pokrenuti program na ovom računalu pa nije otvorena. Ako vjerujete pošiljatelju, spremite je i najprije provjerite.</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Otvaranje privitka</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Spremanje privitka</translation>
    </message>
    <message>
        <source>The attachment could not be read or written: %1</source>
        <translation>Privitak nije moguće pročitati ni zapisati: %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Privitak</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Spremi privitak</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Together %1: more than most mail servers accept (25 MB).</source>
        <translation>Ukupno %1: više nego što većina poslužitelja e-pošte prihvaća (25 MB).</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <comment>a backup kept as the day&apos;s backup</comment>
        <translation>Dnevna</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>a backup kept as the week&apos;s backup</comment>
        <translation>Tjedna</translation>
    </message>
    <message>
        <source>Extra</source>
        <comment>one more backup of the last 24 hours</comment>
        <translation>Dodatna</translation>
    </message>
    <message>
        <source>Restored the backup of %1. Your data as it was before is kept as the backup of %2, so this can be undone.</source>
        <translation>Vraćena je sigurnosna kopija od %1. Vaši dosadašnji podaci čuvaju se kao sigurnosna kopija od %2 pa se ovo može poništiti.</translation>
    </message>
    <message>
        <source>Another Shopkeeper is syncing this data folder (a sync in a terminal?), so nothing was restored and your data is unchanged. Stop it and try again.</source>
        <translation>Drugi Shopkeeper sinkronizira ovu mapu s podacima (sinkronizacija u terminalu?) pa ništa nije vraćeno i Vaši su podaci nepromijenjeni. Zaustavite ga i pokušajte ponovno.</translation>
    </message>
    <message>
        <source>The backup of %1 is no longer there, so nothing was restored and your data is unchanged.</source>
        <translation>Sigurnosne kopije od %1 više nema pa ništa nije vraćeno i Vaši su podaci nepromijenjeni.</translation>
    </message>
    <message>
        <source>The backup of %1 cannot be read: it is damaged or not a Shopkeeper backup. Nothing was restored and your data is unchanged; choose another backup.</source>
        <translation>Sigurnosnu kopiju od %1 nije moguće pročitati: oštećena je ili nije sigurnosna kopija Shopkeepera. Ništa nije vraćeno i Vaši su podaci nepromijenjeni; odaberite drugu sigurnosnu kopiju.</translation>
    </message>
    <message>
        <source>Another program is using the Shopkeeper data (a command in a terminal?), so nothing was restored and your data is unchanged. Close it and try again.</source>
        <translation>Drugi program koristi podatke Shopkeepera (naredba u terminalu?) pa ništa nije vraćeno i Vaši su podaci nepromijenjeni. Zatvorite ga i pokušajte ponovno.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to restore the backup, so nothing was restored and your data is unchanged. Free some space and try again.</source>
        <translation>Na disku nema dovoljno slobodnog prostora za vraćanje sigurnosne kopije pa ništa nije vraćeno i Vaši su podaci nepromijenjeni. Oslobodite malo prostora i pokušajte ponovno.</translation>
    </message>
    <message>
        <source>The backup could not be restored, and your data is unchanged: %1</source>
        <translation>Sigurnosnu kopiju nije moguće vratiti; Vaši su podaci nepromijenjeni: %1</translation>
    </message>
    <message>
        <source>There is not enough free disk space for a backup.</source>
        <translation>Na disku nema dovoljno slobodnog prostora za sigurnosnu kopiju.</translation>
    </message>
    <message>
        <source>The backup could not be taken: %1</source>
        <translation>Sigurnosnu kopiju nije moguće izraditi: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sigurnosne kopije</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Izrađena</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Poruke</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kupci</translation>
    </message>
    <message>
        <source>Shopkeeper keeps a backup of each of the last 7 days and of each of the last 4 weeks, and every backup of the last 24 hours.</source>
        <translation>Shopkeeper čuva po jednu sigurnosnu kopiju za svaki od posljednjih 7 dana i za svaki od posljednja 4 tjedna te sve sigurnosne kopije iz posljednja 24 sata.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Izradi kopiju sada</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Vrati…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Prikaži u &amp;mapi</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>Nijedna trgovina nije otvorena.</translation>
    </message>
    <message>
        <source>The sample shop has no backups: it is only for trying Shopkeeper out. Open your own shop to back it up or to restore one of its backups.</source>
        <translation>Ogledna trgovina nema sigurnosnih kopija: služi samo za isprobavanje Shopkeepera. Otvorite svoju trgovinu da biste izradili njezinu sigurnosnu kopiju ili vratili neku od njezinih kopija.</translation>
    </message>
    <message>
        <source>Shopkeeper backs up your data every day. Restoring a backup replaces everything in Shopkeeper with it; the data it replaces is backed up first. The backups are in %1.</source>
        <translation>Shopkeeper svaki dan izrađuje sigurnosnu kopiju Vaših podataka. Vraćanje sigurnosne kopije njome zamjenjuje sve u Shopkeeperu; podaci koje zamjenjuje najprije se sigurnosno kopiraju. Sigurnosne kopije nalaze se u %1.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Čitanje sigurnosnih kopija…</translation>
    </message>
    <message>
        <source>The backups could not be read: %1</source>
        <translation>Sigurnosne kopije nije moguće pročitati: %1</translation>
    </message>
    <message>
        <source>This backup cannot be read: it may be damaged.</source>
        <translation>Ovu sigurnosnu kopiju nije moguće pročitati: možda je oštećena.</translation>
    </message>
    <message>
        <source>No backups yet: click Back up now to take the first one.</source>
        <translation>Još nema sigurnosnih kopija: kliknite „Izradi kopiju sada” da izradite prvu.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Izrada sigurnosne kopije…</translation>
    </message>
    <message>
        <source>Backed up: the backup of %1 is at the top of the list.</source>
        <translation>Sigurnosna kopija je izrađena: kopija od %1 nalazi se na vrhu popisa.</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>Sigurnosna kopija je izrađena (%1).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Vraćanje sigurnosne kopije</translation>
    </message>
    <message>
        <source>Replace everything in Shopkeeper with the backup of %1? The current data is kept as a backup first, so this can be undone.</source>
        <translation>Zamijeniti sve u Shopkeeperu sigurnosnom kopijom od %1? Trenutačni se podaci najprije spremaju kao sigurnosna kopija pa se ovo može poništiti.</translation>
    </message>
    <message>
        <source>Mail that is still on the mail server is fetched again by the next sync. Notes, statuses and replies written since the backup are only in the current data, which is kept as a backup.</source>
        <translation>Pošta koja je još na poslužitelju e-pošte ponovno se preuzima pri sljedećoj sinkronizaciji. Bilješke, statusi i odgovori napisani nakon sigurnosne kopije nalaze se samo u trenutačnim podacima, koji se čuvaju kao sigurnosna kopija.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Vrati</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Vraćanje sigurnosne kopije od %1…</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Mapu %1 nije moguće otvoriti.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Zabilježi poziv</translation>
    </message>
    <message>
        <source>How did the call with %1 go?</source>
        <translation>Kako je prošao razgovor (%1)?</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Kako je prošao razgovor?</translation>
    </message>
    <message>
        <source>The number you called</source>
        <translation>Broj koji ste nazvali</translation>
    </message>
    <message>
        <source>What was said or agreed (optional)</source>
        <translation>Što je rečeno ili dogovoreno (neobavezno)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ishod:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Broj:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Bilješka:</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Zabilježi poziv</translation>
    </message>
</context>
<context>
    <name>CallbackCard</name>
    <message>
        <source>Open the mail</source>
        <translation>Otvori poruku</translation>
    </message>
    <message>
        <source>Reached…</source>
        <translation>Razgovor obavljen…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nema odgovora</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Govorna pošta</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Pogrešan broj</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Kako je prošao razgovor?</translation>
    </message>
</context>
<context>
    <name>CallbackDelegate</name>
    <message>
        <source>(no name)</source>
        <translation>(bez imena)</translation>
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
            <numerusform>%n pokušaj</numerusform>
            <numerusform>%n pokušaja</numerusform>
            <numerusform>%n pokušaja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <source>Load the callback settings</source>
        <translation>Učitavanje postavki povratnih poziva</translation>
    </message>
</context>
<context>
    <name>CallbackQueueView</name>
    <message>
        <source>Callbacks</source>
        <translation>Povratni pozivi</translation>
    </message>
    <message>
        <source>New callback…</source>
        <translation>Novi povratni poziv…</translation>
    </message>
    <message>
        <source>Form rules…</source>
        <translation>Pravila obrazaca…</translation>
    </message>
    <message>
        <source>Teach the app to read the callback requests of your contact forms</source>
        <translation>Naučite aplikaciju čitati zahtjeve za povratni poziv iz Vaših kontaktnih obrazaca</translation>
    </message>
    <message>
        <source>Callback requests</source>
        <translation>Zahtjevi za povratni poziv</translation>
    </message>
    <message>
        <source>No callbacks waiting</source>
        <translation>Nema povratnih poziva na čekanju</translation>
    </message>
    <message>
        <source>When a customer asks to be called back, in a contact form or by phone, the request waits here until you have called.</source>
        <translation>Kad Vas kupac zamoli da ga nazovete, putem kontaktnog obrasca ili telefonom, zahtjev čeka ovdje dok ne nazovete.</translation>
    </message>
    <message>
        <source>Calling %1 — log how it went when you hang up.</source>
        <translation>Poziva se %1 — kad završite, zabilježite kako je prošlo.</translation>
    </message>
    <message>
        <source>The call was not logged: %1</source>
        <translation>Poziv nije zabilježen: %1</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Bilježenje poziva</translation>
    </message>
    <message>
        <source>Call %1 again</source>
        <translation>Ponovno nazvati: %1</translation>
    </message>
    <message>
        <source>You will be reminded at %1.</source>
        <translation>Podsjetit ćemo Vas u %1.</translation>
    </message>
    <message>
        <source>No reminder was set: %1</source>
        <translation>Podsjetnik nije postavljen: %1</translation>
    </message>
    <message>
        <source>Set the reminder</source>
        <translation>Postavljanje podsjetnika</translation>
    </message>
    <message>
        <source>Rule “%1” saved: it reads the next mails of that form.</source>
        <translation>Pravilo „%1” je spremljeno: čitat će sljedeće poruke tog obrasca.</translation>
    </message>
    <message>
        <source>The request was not added: %1</source>
        <translation>Zahtjev nije dodan: %1</translation>
    </message>
    <message>
        <source>Add the callback request</source>
        <translation>Dodavanje zahtjeva za povratni poziv</translation>
    </message>
    <message>
        <source>Nobody called back yet this week.</source>
        <translation>Ovaj tjedan još nije bilo povratnih poziva.</translation>
    </message>
    <message numerus="yes">
        <source>This week: first call back after %1 (median of %n call(s)).</source>
        <translation>
            <numerusform>Ovaj tjedan: prvi povratni poziv nakon %1 (medijan za %n poziv).</numerusform>
            <numerusform>Ovaj tjedan: prvi povratni poziv nakon %1 (medijan za %n poziva).</numerusform>
            <numerusform>Ovaj tjedan: prvi povratni poziv nakon %1 (medijan za %n poziva).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n na redu</numerusform>
            <numerusform>%n na redu</numerusform>
            <numerusform>%n na redu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later</source>
        <translation>
            <numerusform>%n kasnije</numerusform>
            <numerusform>%n kasnije</numerusform>
            <numerusform>%n kasnije</numerusform>
        </translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Poziv zabilježen: %1.</translation>
    </message>
    <message>
        <source>The callback request was added to the queue.</source>
        <translation>Zahtjev za povratni poziv dodan je u red.</translation>
    </message>
    <message>
        <source>Asked %1 · call %2</source>
        <translation>Zatraženo %1 · nazvati %2</translation>
    </message>
    <message>
        <source>Asked %1 · prefers %2 · waiting for %3</source>
        <translation>Zatraženo %1 · želi %2 · čeka %3</translation>
    </message>
    <message>
        <source>Asked %1 · waiting for %2</source>
        <translation>Zatraženo %1 · čeka %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Nazovi %1</translation>
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
        <translation>nakon %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>prije %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sada</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, nakon %2</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Kasnije</translation>
    </message>
    <message>
        <source>Just asked</source>
        <translation>Upravo zatraženo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čeka</translation>
    </message>
    <message>
        <source>Waiting long</source>
        <translation>Dugo čeka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zatvoreno</translation>
    </message>
</context>
<context>
    <name>ComposerText</name>
    <message>
        <source>Add at least one recipient in the To or Cc field.</source>
        <translation>Dodajte barem jednog primatelja u polje Za ili Kopija.</translation>
    </message>
    <message>
        <source>One of the addresses is not a valid email address. Check the To and Cc fields.</source>
        <translation>Jedna od adresa nije valjana adresa e-pošte. Provjerite polja Za i Kopija.</translation>
    </message>
    <message>
        <source>There is no mail account to send from. Add one under File → Mail accounts.</source>
        <translation>Nema računa e-pošte s kojeg bi se poruka poslala. Dodajte ga u Datoteka → Računi e-pošte.</translation>
    </message>
    <message>
        <source>This mail account has no outgoing (SMTP) server yet. Add it in the account settings, then send again.</source>
        <translation>Ovaj račun e-pošte još nema poslužitelj za odlaznu poštu (SMTP). Dodajte ga u postavkama računa, a zatim ponovno pošaljite.</translation>
    </message>
    <message>
        <source>An attachment can no longer be read: the file was moved or deleted. Remove it and attach it again.</source>
        <translation>Privitak se više ne može pročitati: datoteka je premještena ili izbrisana. Uklonite je i ponovno priložite.</translation>
    </message>
    <message>
        <source>The attachments are larger than 25 MB together, which most mail servers refuse. Send fewer or smaller files.</source>
        <translation>Privici su zajedno veći od 25 MB, što većina poslužitelja e-pošte odbija. Pošaljite manje datoteka ili manje datoteke.</translation>
    </message>
    <message>
        <source>The message you are replying to is no longer there. Start a new message instead.</source>
        <translation>Poruka na koju odgovarate više ne postoji. Umjesto toga započnite novu poruku.</translation>
    </message>
    <message>
        <source>This message is already in the outbox.</source>
        <translation>Ova je poruka već u izlaznoj pošti.</translation>
    </message>
    <message>
        <source>The message cannot be sent.</source>
        <translation>Poruku nije moguće poslati.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address. Check the To and Cc fields.</source>
        <translation>„%1” nije valjana adresa e-pošte. Provjerite polja Za i Kopija.</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox: %1</source>
        <translation>Poruku nije moguće staviti u izlaznu poštu: %1</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>name@example.com</source>
        <translation>ime@primjer.hr</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kopija</translation>
    </message>
    <message>
        <source>Send a copy to more people</source>
        <translation>Pošalji kopiju drugim osobama</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Za:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Kopija:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Predmet:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Poruka</translation>
    </message>
    <message>
        <source>Write your reply here. Ctrl+Enter sends it.</source>
        <translation>Ovdje napišite odgovor. Ctrl+Enter ga šalje.</translation>
    </message>
    <message>
        <source>Write your message here. Ctrl+Enter sends it.</source>
        <translation>Ovdje napišite poruku. Ctrl+Enter je šalje.</translation>
    </message>
    <message>
        <source>Quote the message</source>
        <translation>Citiraj poruku</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Potpis</translation>
    </message>
    <message>
        <source>Add your signature under the text</source>
        <translation>Dodaje Vaš potpis ispod teksta</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Priloži datoteke…</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Pošalji</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Pošalji poruku (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The template has an error: %1</source>
        <translation>Predložak sadrži grešku: %1</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Otvaranje skice</translation>
    </message>
    <message>
        <source>The draft could not be opened: %1</source>
        <translation>Skicu nije moguće otvoriti: %1</translation>
    </message>
    <message>
        <source>Add the message from %1 under yours, as a quote.</source>
        <translation>Poruka (%1) dodaje se kao citat ispod Vaše.</translation>
    </message>
    <message>
        <source>Quote the message from %1</source>
        <translation type="vanished">Citiraj poruku (%1)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Skicu nije moguće spremiti: %1</translation>
    </message>
    <message>
        <source>The message is empty. Write something first.</source>
        <translation>Poruka je prazna. Najprije nešto napišite.</translation>
    </message>
    <message>
        <source>Give the message a subject.</source>
        <translation>Upišite predmet poruke.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Slanje poruke</translation>
    </message>
    <message>
        <source>The message could not be taken back: %1</source>
        <translation>Poruku nije moguće vratiti: %1</translation>
    </message>
    <message>
        <source>Undo sending</source>
        <translation>Poništavanje slanja</translation>
    </message>
    <message>
        <source>Too late: the message has already gone out.</source>
        <translation>Prekasno: poruka je već poslana.</translation>
    </message>
    <message>
        <source>The message was not sent. It is back in its drafts.</source>
        <translation>Poruka nije poslana. Vraćena je među skice.</translation>
    </message>
    <message>
        <source>The message was not sent. You can go on writing it.</source>
        <translation>Poruka nije poslana. Možete je nastaviti pisati.</translation>
    </message>
    <message>
        <source>Send the message now</source>
        <translation>Slanje poruke odmah</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Poslano.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nije poslano: %1</translation>
    </message>
    <message>
        <source>the server refused it.</source>
        <translation>poslužitelj ju je odbio.</translation>
    </message>
    <message>
        <source>Not sent yet: the server cannot be reached. It will be retried.</source>
        <translation>Još nije poslano: poslužitelj nije dostupan. Pokušat će se ponovno.</translation>
    </message>
    <message>
        <source>Values are missing</source>
        <translation>Nedostaju vrijednosti</translation>
    </message>
    <message>
        <source>The message still has gaps for values the template did not know.</source>
        <translation>Poruka još ima praznine za vrijednosti koje predložak nije znao.</translation>
    </message>
    <message>
        <source>Fill in %1 before sending, or send it as it is.</source>
        <translation>Prije slanja popunite %1 ili pošaljite poruku takvu kakva jest.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Ipak pošalji</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Natrag</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Priloži datoteke</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>No conversation selected</source>
        <translation>Nije odabran razgovor</translation>
    </message>
    <message>
        <source>Choose a conversation from the list to read it here.</source>
        <translation>Odaberite razgovor s popisa da biste ga ovdje pročitali.</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Otvaranje razgovora</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez predmeta)</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Čeka odgovor</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Poveznica nije otvorena</translation>
    </message>
    <message>
        <source>This link was not opened, because links of this kind can be unsafe:

%1</source>
        <translation>Ova poveznica nije otvorena jer poveznice ove vrste mogu biti nesigurne:

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Otvori poveznicu</translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation>Otvoriti ovu poveznicu u web-pregledniku?</translation>
    </message>
</context>
<context>
    <name>CustomerDelegate</name>
    <message>
        <source>%1 open</source>
        <translation>otvoreno: %1</translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Customers</source>
        <translation>Kupci</translation>
    </message>
    <message>
        <source>Find a customer by name, company or address</source>
        <translation>Pronađite kupca po imenu, tvrtki ili adresi</translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation>Nema pronađenih kupaca</translation>
    </message>
    <message>
        <source>Customers appear here as soon as they write to you.</source>
        <translation>Kupci se ovdje pojavljuju čim Vam se jave.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Kupac</translation>
    </message>
    <message>
        <source>What you know about this customer: preferences, agreements, …</source>
        <translation>Što znate o ovom kupcu: želje, dogovori, …</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Razgovori</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bilješke</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Vremenska crta</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Prikaži starije unose</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Nema kupca</translation>
    </message>
    <message>
        <source>Select a conversation to see who wrote it.</source>
        <translation>Odaberite razgovor da vidite tko ga je napisao.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Spremanje…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Spremljeno</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nije spremljeno: %1</translation>
    </message>
    <message>
        <source>Save the customer&apos;s notes</source>
        <translation>Spremanje bilježaka o kupcu</translation>
    </message>
    <message>
        <source>Load the customer</source>
        <translation>Učitavanje kupca</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Razgovori (%1)</translation>
    </message>
    <message>
        <source>Business customer · %1</source>
        <translation>Poslovni kupac · %1</translation>
    </message>
    <message>
        <source>Business customer</source>
        <translation>Poslovni kupac</translation>
    </message>
    <message>
        <source>Private customer</source>
        <translation>Privatni kupac</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>PDV broj</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez predmeta)</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Čeka odgovor</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Još se ništa nije dogodilo.</translation>
    </message>
    <message>
        <source>Mail from %1</source>
        <translation>Poruka (%1)</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Odgovor (%1)</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Bilješka (%1)</translation>
    </message>
    <message>
        <source>Call by %1: %2</source>
        <translation>Poziv (%1): %2</translation>
    </message>
    <message>
        <source>%1 set the status to “%2”</source>
        <translation>Status „%2” (%1)</translation>
    </message>
    <message>
        <source>%1 edited the customer&apos;s details</source>
        <translation>Uređeni podaci o kupcu (%1)</translation>
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
        <translation>Traži po imenu, tvrtki ili e-pošti</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Save the draft</source>
        <translation>Spremanje skice</translation>
    </message>
</context>
<context>
    <name>DuePicker</name>
    <message>
        <source>At a set time</source>
        <translation>U određeno vrijeme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vrijeme</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Postavi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Vrijeme:</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Vaša trgovina taj dan ne radi: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Vaša trgovina taj dan ne radi.</translation>
    </message>
</context>
<context>
    <name>FollowupToggle</name>
    <message>
        <source>A reminder to write again if the customer has not answered by then. It goes away by itself when they answer.</source>
        <translation>Podsjetnik da ponovno pišete ako kupac do tada ne odgovori. Nestaje sam čim kupac odgovori.</translation>
    </message>
    <message>
        <source>How many days to wait</source>
        <translation>Koliko dana čekati</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dana</numerusform>
            <numerusform>%n dana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me if there is no reply in %n day(s)</source>
        <translation>
            <numerusform>Podsjeti me ako nema odgovora za %n dan</numerusform>
            <numerusform>Podsjeti me ako nema odgovora za %n dana</numerusform>
            <numerusform>Podsjeti me ako nema odgovora za %n dana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <source>Set the follow-up reminder</source>
        <translation>Postavljanje podsjetnika za ponovno javljanje</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>now</source>
        <translation>sada</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n w</source>
        <translation>
            <numerusform>%n tj.</numerusform>
            <numerusform>%n tj.</numerusform>
            <numerusform>%n tj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n mj.</numerusform>
            <numerusform>%n mj.</numerusform>
            <numerusform>%n mj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n g.</numerusform>
            <numerusform>%n g.</numerusform>
            <numerusform>%n g.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvoreno</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Čeka kupca</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Riješeno</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Razgovor obavljen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nema odgovora</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Ostavljena govorna poruka</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Pogrešan broj</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Poziv</translation>
    </message>
</context>
<context>
    <name>IdentityFields</name>
    <message>
        <source>info@your-shop.com</source>
        <translation>info@vasa-trgovina.hr</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>Naziv Vaše trgovine</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Prikaži</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Adresa e-pošte:</translation>
    </message>
    <message>
        <source>Name shown to customers:</source>
        <translation>Ime koje kupci vide:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lozinka:</translation>
    </message>
    <message>
        <source>If you use two-step login with this provider, create an app password in its account settings and enter that here.</source>
        <translation>Ako kod ovog pružatelja koristite prijavu u dva koraka, u postavkama računa izradite lozinku za aplikaciju i unesite je ovdje.</translation>
    </message>
    <message>
        <source>Microsoft may refuse ordinary passwords for IMAP. If the test fails, create an app password or ask your administrator to allow IMAP.</source>
        <translation>Microsoft može odbiti obične lozinke za IMAP. Ako test ne uspije, izradite lozinku za aplikaciju ili zamolite administratora da dopusti IMAP.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Uvoz narudžbi</translation>
    </message>
    <message>
        <source>Import the orders of an export file: Shopify (Orders → Export), WooCommerce (an order export plugin) or any CSV file with one row per order or per item.</source>
        <translation>Uvezite narudžbe iz datoteke izvoza: Shopify (Orders → Export), WooCommerce (dodatak za izvoz narudžbi) ili bilo koja CSV datoteka s jednim retkom po narudžbi ili po artiklu.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Nije odabrana datoteka.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Odaberi datoteku…</translation>
    </message>
    <message>
        <source>Say myself which column holds what</source>
        <translation>Ručno odredi što je u kojem stupcu</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Stupac u datoteci</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Prvi redak</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Uvezi kao</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvezi</translation>
    </message>
    <message>
        <source>Choose an order export</source>
        <translation>Odaberite izvoz narudžbi</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV datoteke (*.csv *.txt);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Čitanje datoteke…</translation>
    </message>
    <message>
        <source>Read the export file</source>
        <translation>Čitanje datoteke izvoza</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Datoteku nije moguće uvesti: %1</translation>
    </message>
    <message>
        <source>A Shopify export: its columns are read the way Shopify writes them.</source>
        <translation>Izvoz iz Shopifyja: stupci se čitaju onako kako ih Shopify zapisuje.</translation>
    </message>
    <message>
        <source>A WooCommerce export: its columns are read the way the plugin writes them.</source>
        <translation>Izvoz iz WooCommercea: stupci se čitaju onako kako ih dodatak zapisuje.</translation>
    </message>
    <message>
        <source>The app does not know this file&apos;s layout. Say which column holds which field; the order number is needed, the rest as far as the file has it.</source>
        <translation>Aplikacija ne poznaje raspored ove datoteke. Odredite koji stupac sadrži koje polje; broj narudžbe je obavezan, ostalo koliko datoteka sadrži.</translation>
    </message>
    <message>
        <source>Choose the column that holds the order number.</source>
        <translation>Odaberite stupac s brojem narudžbe.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Uvoz…</translation>
    </message>
    <message>
        <source>Import the orders</source>
        <translation>Uvoz narudžbi</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Uvoz nije uspio: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported from the file.</source>
        <translation>
            <numerusform>Iz datoteke je uvezena %n narudžba.</numerusform>
            <numerusform>Iz datoteke su uvezene %n narudžbe.</numerusform>
            <numerusform>Iz datoteke je uvezeno %n narudžbi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders were found in the file.</source>
        <translation>U datoteci nisu pronađene narudžbe.</translation>
    </message>
    <message>
        <source>New: %1 · updated: %2 · unchanged: %3</source>
        <translation>Novih: %1 · ažuriranih: %2 · nepromijenjenih: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>Preskočen je %n redak:</numerusform>
            <numerusform>Preskočena su %n retka:</numerusform>
            <numerusform>Preskočeno je %n redaka:</numerusform>
        </translation>
    </message>
    <message>
        <source>no order number</source>
        <translation>nema broja narudžbe</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Redak %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i još %n.</numerusform>
            <numerusform>… i još %n.</numerusform>
            <numerusform>… i još %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message>
        <source>Promise overdue</source>
        <translation>Obećanje kasni</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Obećanje</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez predmeta)</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Search all mail (Ctrl+F)</source>
        <translation>Pretraži svu poštu (Ctrl+F)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Razgovori</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Pristigla pošta</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Čeka kupca</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Riješeno</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Rezultati pretraživanja</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nema rezultata</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Nijedan razgovor ne spominje „%1”.</translation>
    </message>
    <message>
        <source>Nobody to wait for</source>
        <translation>Ne čekate nikoga</translation>
    </message>
    <message>
        <source>Conversations you answered show up here until the customer writes back.</source>
        <translation>Razgovori na koje ste odgovorili prikazuju se ovdje dok Vam kupac ne odgovori.</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Još ništa nije riješeno</translation>
    </message>
    <message>
        <source>Conversations you mark as done are kept here.</source>
        <translation>Ovdje se čuvaju razgovori koje označite kao riješene.</translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Sve je obavljeno</translation>
    </message>
    <message>
        <source>No customer is waiting for you right now.</source>
        <translation>Trenutačno Vas nijedan kupac ne čeka.</translation>
    </message>
</context>
<context>
    <name>LazyListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message>
        <source>Load the list</source>
        <translation>Učitavanje popisa</translation>
    </message>
</context>
<context>
    <name>MailDesk</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Dnevna sigurnosna kopija nije uspjela: %1</translation>
    </message>
    <message>
        <source>Sample shop: nothing is sent or synced</source>
        <translation>Ogledna trgovina: ništa se ne šalje ni ne sinkronizira</translation>
    </message>
    <message>
        <source>No account — add one</source>
        <translation>Nema računa — dodajte ga</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Još nije sinkronizirano</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation>Mapu s podacima nije moguće otvoriti</translation>
    </message>
    <message>
        <source>All mail accounts are up to date</source>
        <translation>Svi računi e-pošte su ažurni</translation>
    </message>
    <message>
        <source>%1 now trusts the certificate authority in %2.</source>
        <translation>%1 sada vjeruje izdavatelju certifikata iz datoteke %2.</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>Spremanje CA datoteke</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>Certifikat odbijen</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified, so Shopkeeper did not send your password to it.</source>
        <translation>Certifikat poslužitelja e-pošte nije moguće provjeriti pa mu Shopkeeper nije poslao Vašu lozinku.</translation>
    </message>
    <message>
        <source>If your mail provider or company runs its own certificate authority, it can give you its CA file; choose it to trust only that authority for this account. If you did not expect this, do not continue: someone may be intercepting the connection.</source>
        <translation>Ako Vaš pružatelj e-pošte ili tvrtka ima vlastitog izdavatelja certifikata, može Vam dati njegovu CA datoteku; odaberite je kako biste za ovaj račun vjerovali samo tom izdavatelju. Ako ovo niste očekivali, nemojte nastaviti: netko možda presreće vezu.</translation>
    </message>
    <message>
        <source>Choose CA file…</source>
        <translation>Odaberi CA datoteku…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Odaberite datoteku izdavatelja certifikata</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikati (*.pem *.crt *.cer);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>The account %1 was saved.</source>
        <translation>Račun %1 je spremljen.</translation>
    </message>
    <message>
        <source>The account %1 was saved. No keyring is available, so its password is kept only until Shopkeeper quits.</source>
        <translation>Račun %1 je spremljen. Privjesak ključeva nije dostupan pa se njegova lozinka čuva samo dok ne zatvorite Shopkeeper.</translation>
    </message>
    <message>
        <source>New customer mail</source>
        <translation>Nova pošta od kupca</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) got new mail from a customer.</source>
        <translation>
            <numerusform>%n razgovor ima novu poruku od kupca.</numerusform>
            <numerusform>%n razgovora imaju novu poruku od kupca.</numerusform>
            <numerusform>%n razgovora ima novu poruku od kupca.</numerusform>
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
        <translation>Otvaranje Vaše trgovine…</translation>
    </message>
    <message>
        <source>Customer &amp;panel</source>
        <translation>Ploča &amp;kupca</translation>
    </message>
    <message>
        <source>Preparing the sample shop…</source>
        <translation>Priprema ogledne trgovine…</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Otvaranje mape s podacima</translation>
    </message>
    <message>
        <source>Shopkeeper — Sample shop</source>
        <translation>Shopkeeper — ogledna trgovina</translation>
    </message>
    <message>
        <source>Sample shop: nothing is sent or synced</source>
        <translation type="vanished">Ogledna trgovina: ništa se ne šalje ni ne sinkronizira</translation>
    </message>
    <message>
        <source>No account — add one</source>
        <translation type="vanished">Nema računa — dodajte ga</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="vanished">Još nije sinkronizirano</translation>
    </message>
    <message>
        <source>The data folder could not be opened:
%1</source>
        <translation>Mapu s podacima nije moguće otvoriti:
%1</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation type="vanished">Mapu s podacima nije moguće otvoriti</translation>
    </message>
    <message>
        <source>Read the mail accounts</source>
        <translation>Čitanje računa e-pošte</translation>
    </message>
    <message>
        <source>No callback requests yet</source>
        <translation type="vanished">Još nema zahtjeva za povratni poziv</translation>
    </message>
    <message>
        <source>When a customer asks to be called back, the request waits here until you have called.</source>
        <translation type="vanished">Kad kupac zatraži povratni poziv, zahtjev čeka ovdje dok ga ne nazovete.</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation type="vanished">Još nema narudžbi</translation>
    </message>
    <message>
        <source>Orders from your shop will be listed here with the conversations about them.</source>
        <translation type="vanished">Ovdje će biti popisane narudžbe iz Vaše trgovine, zajedno s razgovorima o njima.</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation type="vanished">Ništa ne kasni</translation>
    </message>
    <message>
        <source>Promises you made to customers show up here when their day has passed.</source>
        <translation type="vanished">Obećanja koja ste dali kupcima pojavljuju se ovdje kad im prođe rok.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation type="vanished">Danas ništa ne dospijeva</translation>
    </message>
    <message>
        <source>Reminders and promises due today will be listed here.</source>
        <translation type="vanished">Ovdje će biti popisani podsjetnici i obećanja kojima je rok danas.</translation>
    </message>
    <message>
        <source>No upcoming reminders</source>
        <translation type="vanished">Nema nadolazećih podsjetnika</translation>
    </message>
    <message>
        <source>Reminders you set for later days will be listed here.</source>
        <translation type="vanished">Ovdje će biti popisani podsjetnici koje postavite za kasnije dane.</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation type="vanished">Još nema predložaka</translation>
    </message>
    <message>
        <source>Reply templates in your customers&apos; languages will be kept here.</source>
        <translation type="vanished">Ovdje će se čuvati predlošci odgovora na jezicima Vaših kupaca.</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Predlošci odgovora</translation>
    </message>
    <message>
        <source>Your templates are in the sidebar on the right: double-click one or press Ctrl+1 … Ctrl+9 to put it into your reply. Manage them from the Shop menu.</source>
        <translation>Vaši su predlošci u bočnoj traci desno: dvaput kliknite predložak ili pritisnite Ctrl+1 … Ctrl+9 da biste ga umetnuli u odgovor. Upravljate njima u izborniku Trgovina.</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Promjena statusa</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Označeno kao riješeno.</translation>
    </message>
    <message>
        <source>Now waiting on the customer.</source>
        <translation>Sada se čeka kupca.</translation>
    </message>
    <message>
        <source>Opened again.</source>
        <translation>Ponovno otvoreno.</translation>
    </message>
    <message>
        <source>Undo the status change</source>
        <translation>Poništavanje promjene statusa</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Bilješka je dodana.</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Dodavanje bilješke</translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Poziv zabilježen: %1.</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Bilježenje poziva</translation>
    </message>
    <message>
        <source>Count conversations</source>
        <translation>Brojanje razgovora</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Nešto nije u redu: %1</translation>
    </message>
    <message>
        <source>Shopkeeper is still running</source>
        <translation>Shopkeeper i dalje radi</translation>
    </message>
    <message>
        <source>New mail keeps arriving. Quit from the tray menu.</source>
        <translation>Nova pošta i dalje stiže. Aplikaciju zatvorite iz izbornika na traci sustava.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Riješeno</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Označi kao riješeno</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>Če&amp;ka</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Čeka se kupac</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Ponovno &amp;otvori</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Ponovno otvori</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Bilješka…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Dodaj bilješku</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>Po&amp;ziv…</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Zabilježi poziv</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Sljedeći razgovor</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Pr&amp;ethodni razgovor</translation>
    </message>
    <message>
        <source>&amp;Read conversation</source>
        <translation>Pročit&amp;aj razgovor</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Traži</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Osvježi</translation>
    </message>
    <message>
        <source>&amp;Add mail account…</source>
        <translation>&amp;Dodaj račun e-pošte…</translation>
    </message>
    <message>
        <source>Mail &amp;accounts…</source>
        <translation>&amp;Računi e-pošte…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Postavke…</translation>
    </message>
    <message>
        <source>Open the &amp;sample shop</source>
        <translation>Otvori &amp;oglednu trgovinu</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sigurnosne kopije…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Razgovor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge or split customers</source>
        <translation>Spajanje ili razdvajanje kupaca</translation>
    </message>
    <message>
        <source>Keep this customer</source>
        <translation>Zadrži ovog kupca</translation>
    </message>
    <message>
        <source>Merge this customer into it</source>
        <translation>U njega spoji ovog kupca</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Spoji…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kupac</translation>
    </message>
    <message>
        <source>Split off…</source>
        <translation>Izdvoji…</translation>
    </message>
    <message>
        <source>The address to make a customer of its own:</source>
        <translation>Adresa od koje treba napraviti zasebnog kupca:</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>Spoji dva kupca</translation>
    </message>
    <message>
        <source>Split off an address</source>
        <translation>Izdvoji adresu</translation>
    </message>
    <message>
        <source>Pick the customer to keep and the one to merge into it.</source>
        <translation>Odaberite kupca kojeg zadržavate i onoga kojeg u njega spajate.</translation>
    </message>
    <message>
        <source>Pick two different customers.</source>
        <translation>Odaberite dva različita kupca.</translation>
    </message>
    <message>
        <source>Look up the customers</source>
        <translation>Traženje kupaca</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n razgovor</numerusform>
            <numerusform>%n razgovora</numerusform>
            <numerusform>%n razgovora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n narudžba</numerusform>
            <numerusform>%n narudžbe</numerusform>
            <numerusform>%n narudžbi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback request(s)</source>
        <translation>
            <numerusform>%n zahtjev za povratni poziv</numerusform>
            <numerusform>%n zahtjeva za povratni poziv</numerusform>
            <numerusform>%n zahtjeva za povratni poziv</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” stays. Everything of “%2” moves to it, then “%2” is removed:</source>
        <translation>„%1” ostaje. Sve što pripada kupcu „%2” prelazi na njega, a zatim se „%2” uklanja:</translation>
    </message>
    <message numerus="yes">
        <source>%n email address(es)</source>
        <translation>
            <numerusform>%n adresa e-pošte</numerusform>
            <numerusform>%n adrese e-pošte</numerusform>
            <numerusform>%n adresa e-pošte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n telefonski broj</numerusform>
            <numerusform>%n telefonska broja</numerusform>
            <numerusform>%n telefonskih brojeva</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation>Spojiti „%1” u „%2”?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Ovo se ne može poništiti.</translation>
    </message>
    <message>
        <source>Merge the customers</source>
        <translation>Spajanje kupaca</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ništa nije promijenjeno: %1</translation>
    </message>
    <message>
        <source>Pick a customer.</source>
        <translation>Odaberite kupca.</translation>
    </message>
    <message>
        <source>Look up the customer</source>
        <translation>Traženje kupca</translation>
    </message>
    <message>
        <source>This customer has only one address: there is nothing to split.</source>
        <translation>Ovaj kupac ima samo jednu adresu: nema se što razdvojiti.</translation>
    </message>
    <message>
        <source>Look up the address</source>
        <translation>Traženje adrese</translation>
    </message>
    <message>
        <source>A new customer “%1” is made for %2. These move with the address:</source>
        <translation>Za %2 stvara se novi kupac „%1”. S adresom prelazi i sljedeće:</translation>
    </message>
    <message>
        <source>Phone numbers stay with “%1”.</source>
        <translation>Telefonski brojevi ostaju kod „%1”.</translation>
    </message>
    <message>
        <source>Make %1 a customer of its own?</source>
        <translation>Izdvojiti %1 kao zasebnog kupca?</translation>
    </message>
    <message>
        <source>Split the address off</source>
        <translation>Izdvajanje adrese</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation>Navigacija</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Pristigla pošta</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Sve</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Povratni pozivi</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Narudžbe</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Podsjetnici</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Kasni</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danas</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadolazeće</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Razgovori</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Čeka kupca</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Riješeno</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Trgovina</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kupci</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Predlošci</translation>
    </message>
</context>
<context>
    <name>NewCallbackDialog</name>
    <message>
        <source>New callback</source>
        <translation>Novi povratni poziv</translation>
    </message>
    <message>
        <source>Note down a call you missed or a customer who asked to be called back. The request waits in the queue until you have called.</source>
        <translation>Zabilježite propušteni poziv ili kupca koji je zamolio da ga nazovete. Zahtjev čeka u redu dok ne nazovete.</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Tko je zvao</translation>
    </message>
    <message>
        <source>The number to call back</source>
        <translation>Broj za povratni poziv</translation>
    </message>
    <message>
        <source>Optional: links the request to the customer</source>
        <translation>Neobavezno: povezuje zahtjev s kupcem</translation>
    </message>
    <message>
        <source>What it is about (optional)</source>
        <translation>O čemu se radi (neobavezno)</translation>
    </message>
    <message>
        <source>For example: after 17:00, between 9 and 11</source>
        <translation>Na primjer: nakon 17:00, između 9 i 11</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ime:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-pošta:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Preferred time:</source>
        <translation>Željeno vrijeme:</translation>
    </message>
    <message>
        <source>Called at:</source>
        <translation>Vrijeme poziva:</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Dodaj u red</translation>
    </message>
    <message>
        <source>A phone number is needed.</source>
        <translation>Potreban je telefonski broj.</translation>
    </message>
    <message>
        <source>This does not look like a phone number; it is kept as written.</source>
        <translation>Ovo ne izgleda kao telefonski broj; sprema se kako je napisano.</translation>
    </message>
    <message>
        <source>Will be called as %1.</source>
        <translation>Nazvat će se broj %1.</translation>
    </message>
    <message>
        <source>Any time.</source>
        <translation>Bilo kada.</translation>
    </message>
    <message>
        <source>Not understood as a time; kept as a note, the call is due now.</source>
        <translation>Nije prepoznato kao vrijeme; sprema se kao bilješka, a poziv je na redu odmah.</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Na redu: %1.</translation>
    </message>
</context>
<context>
    <name>NewMessageDialog</name>
    <message>
        <source>New message to %1</source>
        <translation>Nova poruka – %1</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova poruka</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Dodaj bilješku</translation>
    </message>
    <message>
        <source>The note is kept on %1&apos;s timeline. Only you see it.</source>
        <translation>Bilješka se sprema na vremensku crtu kupca %1. Vidite je samo Vi.</translation>
    </message>
    <message>
        <source>The note is kept with this conversation. Only you see it.</source>
        <translation>Bilješka se sprema uz ovaj razgovor. Vidite je samo Vi.</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what to do next…</source>
        <translation>Što se dogodilo, što je dogovoreno, što dalje…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Dodaj bilješku</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note.</source>
        <translation>Ctrl+Enter dodaje bilješku.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Undo</source>
        <translation>Poništi</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Check for due reminders</source>
        <translation>Provjera dospjelih podsjetnika</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while Shopkeeper was closed</source>
        <translation>
            <numerusform>%n podsjetnik dospio je dok je Shopkeeper bio zatvoren</numerusform>
            <numerusform>%n podsjetnika dospjela su dok je Shopkeeper bio zatvoren</numerusform>
            <numerusform>%n podsjetnika dospjelo je dok je Shopkeeper bio zatvoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while the computer was asleep</source>
        <translation>
            <numerusform>%n podsjetnik dospio je dok je računalo spavalo</numerusform>
            <numerusform>%n podsjetnika dospjela su dok je računalo spavalo</numerusform>
            <numerusform>%n podsjetnika dospjelo je dok je računalo spavalo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>Dospio je %n podsjetnik</numerusform>
            <numerusform>Dospjela su %n podsjetnika</numerusform>
            <numerusform>Dospjelo je %n podsjetnika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i još %n</numerusform>
            <numerusform>i još %n</numerusform>
            <numerusform>i još %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Riješeno</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>Odgodi 15 min</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Odgodi 1 h</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Sutra ujutro</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>Odaberite vrijeme…</translation>
    </message>
</context>
<context>
    <name>OccasionItem</name>
    <message>
        <source>Use template</source>
        <translation>Koristi predložak</translation>
    </message>
    <message>
        <source>Write to the customer from a template; you send it yourself.</source>
        <translation>Pišite kupcu prema predlošku; poruku šaljete sami.</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Dodaj podsjetnik</translation>
    </message>
    <message>
        <source>Be reminded on the day (one reminder per customer).</source>
        <translation>Podsjetnik na taj dan (po jedan za svakog kupca).</translation>
    </message>
    <message>
        <source>Be reminded on the day.</source>
        <translation>Podsjetnik na taj dan.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Do not suggest this again.</source>
        <translation>Ne predlaži ovo ponovno.</translation>
    </message>
</context>
<context>
    <name>OccasionsPanel</name>
    <message>
        <source>Suggestions only: nothing is sent by itself.</source>
        <translation>Samo prijedlozi: ništa se ne šalje samo od sebe.</translation>
    </message>
    <message>
        <source>Occasions to get in touch (%1)</source>
        <translation>Prilike za javljanje (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Prikaži još %n</numerusform>
            <numerusform>Prikaži još %n</numerusform>
            <numerusform>Prikaži još %n</numerusform>
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
        <translation>O narudžbi %1</translation>
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
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Praćenje: %1</translation>
    </message>
    <message>
        <source>Track the parcel</source>
        <translation>Prati pošiljku</translation>
    </message>
    <message>
        <source>Open the mail</source>
        <translation>Otvori poruku</translation>
    </message>
</context>
<context>
    <name>OrderFields</name>
    <message>
        <source>Order number</source>
        <translation>Broj narudžbe</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Datum narudžbe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-pošta kupca</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Ime kupca</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Ukupan iznos narudžbe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Naziv artikla</translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation>Količina artikla</translation>
    </message>
    <message>
        <source>Item price (line total)</source>
        <translation>Cijena artikla (ukupno za stavku)</translation>
    </message>
    <message>
        <source>Item price (each)</source>
        <translation>Cijena artikla (po komadu)</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>Šifra artikla (SKU)</translation>
    </message>
    <message>
        <source>Items (WooCommerce list)</source>
        <translation>Artikli (popis iz WooCommercea)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Način plaćanja</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>Način dostave</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresa za račun</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Adresa za dostavu</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Broj za praćenje</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Dostavljač</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>Napomena kupca</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Status plaćanja</translation>
    </message>
    <message>
        <source>Fulfilment status</source>
        <translation>Status izvršenja</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Datum otkazivanja</translation>
    </message>
    <message>
        <source>Billing address (part)</source>
        <translation>Adresa za račun (dio)</translation>
    </message>
    <message>
        <source>Shipping address (part)</source>
        <translation>Adresa za dostavu (dio)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ne uvozi se)</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>U obradi</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Na čekanju</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plaćena</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Poslana</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Završena</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazana</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Novac vraćen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspjela</translation>
    </message>
</context>
<context>
    <name>OrdersSection</name>
    <message>
        <source>No orders yet.</source>
        <translation>Još nema narudžbi.</translation>
    </message>
    <message>
        <source>Load the customer&apos;s orders</source>
        <translation>Učitavanje narudžbi kupca</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Narudžbe (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Narudžbe</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Messages not sent</source>
        <translation>Neposlane poruke</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Izlazna pošta</translation>
    </message>
    <message>
        <source>Nothing is waiting: every message has gone out.</source>
        <translation>Ništa ne čeka: sve su poruke poslane.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Pokušaj ponovno sada</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Ne šalji</translation>
    </message>
    <message>
        <source>Take the message back; its text is kept as a draft in its conversation.</source>
        <translation>Povuci poruku; njezin tekst ostaje kao skica u razgovoru.</translation>
    </message>
    <message>
        <source>Read the outbox</source>
        <translation>Čitanje izlazne pošte</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Za %1: %2</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Poslužitelj je odgovorio: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>Pokušano %n put.</numerusform>
            <numerusform>Pokušano %n puta.</numerusform>
            <numerusform>Pokušano %n puta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Ponovni pokušaj slanja</translation>
    </message>
    <message>
        <source>Take the message back</source>
        <translation>Povlačenje poruke</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Try sending now</source>
        <translation>Pokušaj poslati sada</translation>
    </message>
    <message>
        <source>Show the messages that were not sent…</source>
        <translation>Prikaži neposlane poruke…</translation>
    </message>
    <message>
        <source>Open the outbox to cancel a message…</source>
        <translation>Otvori izlaznu poštu za otkazivanje poruke…</translation>
    </message>
    <message>
        <source>Count the outbox</source>
        <translation>Brojanje izlazne pošte</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent</source>
        <translation>
            <numerusform>%n poruka nije poslana</numerusform>
            <numerusform>%n poruke nisu poslane</numerusform>
            <numerusform>%n poruka nije poslano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n poruka čeka slanje</numerusform>
            <numerusform>%n poruke čekaju slanje</numerusform>
            <numerusform>%n poruka čeka slanje</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox: click to try again, see why, or cancel a message.</source>
        <translation>Izlazna pošta: kliknite za ponovni pokušaj, razlog ili otkazivanje poruke.</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Waiting out the undo delay</source>
        <translation>Čeka istek roka za poništavanje</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Čeka slanje</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Šalje se</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslano</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nije poslano</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Postavke</translation>
    </message>
    <message>
        <source>Show a notification when a customer writes</source>
        <translation>Prikaži obavijest kad kupac piše</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Nastavi raditi u traci sustava kad se prozor zatvori</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Kao u sustavu</translation>
    </message>
    <message>
        <source>A new language is used the next time Shopkeeper starts.</source>
        <translation>Novi jezik koristi se pri sljedećem pokretanju Shopkeepera.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jezik:</translation>
    </message>
</context>
<context>
    <name>PromiseChip</name>
    <message>
        <source>Remind me of this promise</source>
        <translation>Podsjeti me na ovo obećanje</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Promijeni datum</translation>
    </message>
    <message>
        <source>Not a promise: no reminder</source>
        <translation>Nije obećanje: bez podsjetnika</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>“%1” (date changed by you)</source>
        <translation>„%1” (datum ste promijenili Vi)</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Vaša trgovina taj dan ne radi: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Vaša trgovina taj dan ne radi.</translation>
    </message>
</context>
<context>
    <name>PromiseChips</name>
    <message>
        <source>Your promises:</source>
        <translation>Vaša obećanja:</translation>
    </message>
    <message>
        <source>Shopkeeper found these promises in your text. Confirm (✓) the ones you want to be reminded of.</source>
        <translation>Shopkeeper je u Vašem tekstu pronašao ova obećanja. Potvrdite (✓) ona na koja Vas treba podsjetiti.</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Čitanje radnog vremena trgovine</translation>
    </message>
</context>
<context>
    <name>PromiseText</name>
    <message>
        <source>Call</source>
        <translation>Poziv</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Povratni poziv</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Slanje</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Otprema</translation>
    </message>
    <message>
        <source>Write back</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Provjera</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Povrat novca</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dostava</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Posjet</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Ponovno javljanje</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Podsjetnik</translation>
    </message>
</context>
<context>
    <name>PromiseTimeline</name>
    <message>
        <source>Promised: %1 — due %2</source>
        <translation>Obećano: %1 — rok %2</translation>
    </message>
    <message>
        <source>Reminder: %1 — due %2</source>
        <translation>Podsjetnik: %1 — rok %2</translation>
    </message>
    <message>
        <source>Snoozed: %1 — until %2</source>
        <translation>Odgođeno: %1 — do %2</translation>
    </message>
    <message>
        <source>Kept: %1 (due %2, done %3)</source>
        <translation>Ispunjeno: %1 (rok %2, riješeno %3)</translation>
    </message>
    <message>
        <source>Late: %1 (due %2, done %3)</source>
        <translation>Sa zakašnjenjem: %1 (rok %2, riješeno %3)</translation>
    </message>
    <message>
        <source>Done: %1 (due %2, done %3)</source>
        <translation>Riješeno: %1 (rok %2, riješeno %3)</translation>
    </message>
    <message>
        <source>Closed: %1 — the customer replied</source>
        <translation>Zatvoreno: %1 — kupac je odgovorio</translation>
    </message>
    <message>
        <source>Dismissed: %1 (due %2)</source>
        <translation>Odbačeno: %1 (rok %2)</translation>
    </message>
</context>
<context>
    <name>ReachedDialog</name>
    <message>
        <source>Call reached</source>
        <translation>Razgovor obavljen</translation>
    </message>
    <message>
        <source>You reached %1. What was said or agreed?</source>
        <translation>Razgovor obavljen (%1). Što je rečeno ili dogovoreno?</translation>
    </message>
    <message>
        <source>You reached the customer. What was said or agreed?</source>
        <translation>Razgovarali ste s kupcem. Što je rečeno ili dogovoreno?</translation>
    </message>
    <message>
        <source>A short note for the timeline (optional)</source>
        <translation>Kratka bilješka za vremensku crtu (neobavezno)</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Zabilježi poziv</translation>
    </message>
</context>
<context>
    <name>ReliabilityLabel</name>
    <message>
        <source>Promises kept on time: none due yet this month.</source>
        <translation>Obećanja ispunjena na vrijeme: ovaj mjesec još nijedno nije dospjelo.</translation>
    </message>
    <message>
        <source>Promises kept on time: %1 this week, %2 this month</source>
        <translation>Obećanja ispunjena na vrijeme: %1 ovaj tjedan, %2 ovaj mjesec</translation>
    </message>
    <message>
        <source>This week: %1 kept on time, %2 late, %3 missed, %4 still open.</source>
        <translation>Ovaj tjedan: na vrijeme %1, sa zakašnjenjem %2, propušteno %3, još otvoreno %4.</translation>
    </message>
    <message>
        <source>This month: %1 kept on time, %2 late, %3 missed, %4 still open.</source>
        <translation>Ovaj mjesec: na vrijeme %1, sa zakašnjenjem %2, propušteno %3, još otvoreno %4.</translation>
    </message>
</context>
<context>
    <name>ReminderInput</name>
    <message>
        <source>Add a reminder: “next Wed 10:00 call Ana”</source>
        <translation>Dodajte podsjetnik: „sutra 9:00 nazvati Anu”</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Dodaj podsjetnik</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Say when, e.g. “tomorrow 9:00” or “Friday 2 pm”.</source>
        <translation>Navedite kada, npr. „sutra 9:00” ili „petak 14:00”.</translation>
    </message>
    <message>
        <source>Type what to do and when; Enter adds it.</source>
        <translation>Upišite što i kada; Enter ga dodaje.</translation>
    </message>
    <message>
        <source>%1 — %2: “%3”</source>
        <translation>%1 — %2: „%3”</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Vaša trgovina taj dan ne radi: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Vaša trgovina taj dan ne radi.</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Birthday</source>
        <translation>Rođendan</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) since the first order</source>
        <translation>
            <numerusform>%n godina od prve narudžbe</numerusform>
            <numerusform>%n godine od prve narudžbe</numerusform>
            <numerusform>%n godina od prve narudžbe</numerusform>
        </translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Praznik</translation>
    </message>
    <message>
        <source>Did the order arrive well?</source>
        <translation>Je li narudžba stigla u redu?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez predmeta)</translation>
    </message>
    <message>
        <source>No answer yet to “%1”</source>
        <translation>Još nema odgovora na „%1”</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Narudžba %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>odgođeno do %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kupac</numerusform>
            <numerusform>%n kupca</numerusform>
            <numerusform>%n kupaca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <source>Reminders</source>
        <translation>Podsjetnici</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Open the conversation (Enter)</source>
        <translation>Otvori razgovor (Enter)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Riješeno</translation>
    </message>
    <message>
        <source>Mark as done: the promise is kept</source>
        <translation>Označi kao riješeno: obećanje je ispunjeno</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Odgodi</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Podsjeti me kasnije</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Čitanje radnog vremena trgovine</translation>
    </message>
    <message>
        <source>Read the reminders</source>
        <translation>Čitanje podsjetnika</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Kasni</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danas</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadolazeće</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Ništa ne kasni</translation>
    </message>
    <message>
        <source>Every promise is kept or still ahead.</source>
        <translation>Sva su obećanja ispunjena ili im rok još nije prošao.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Danas ništa nije na redu</translation>
    </message>
    <message>
        <source>Reminders and promises due today will be listed here.</source>
        <translation>Ovdje će biti navedeni današnji podsjetnici i obećanja.</translation>
    </message>
    <message>
        <source>No upcoming reminders</source>
        <translation>Nema nadolazećih podsjetnika</translation>
    </message>
    <message>
        <source>Add one above, or confirm a promise when you write to a customer.</source>
        <translation>Dodajte ga gore ili potvrdite obećanje kad pišete kupcu.</translation>
    </message>
    <message>
        <source>Mark the reminder as done</source>
        <translation>Označavanje podsjetnika kao riješenog</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Riješeno: %1.</translation>
    </message>
    <message>
        <source>Snooze the reminder</source>
        <translation>Odgoda podsjetnika</translation>
    </message>
    <message>
        <source>Snoozed until %1: %2.</source>
        <translation>Odgođeno do %1: %2.</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>Za 15 minuta</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>Za sat vremena</translation>
    </message>
    <message>
        <source>Until tomorrow, %1</source>
        <translation>Do sutra, %1</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Odaberite datum i vrijeme…</translation>
    </message>
    <message>
        <source>Add the reminder</source>
        <translation>Dodavanje podsjetnika</translation>
    </message>
    <message>
        <source>Reminder added for %1.</source>
        <translation>Podsjetnik je dodan za %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) added.</source>
        <translation>
            <numerusform>Dodan je %n podsjetnik.</numerusform>
            <numerusform>Dodana su %n podsjetnika.</numerusform>
            <numerusform>Dodano je %n podsjetnika.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add reminders for the occasion</source>
        <translation>Dodavanje podsjetnika za priliku</translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation>Odbacivanje prijedloga</translation>
    </message>
</context>
<context>
    <name>RemoteImages</name>
    <message>
        <source>Read the settings</source>
        <translation>Čitanje postavki</translation>
    </message>
    <message>
        <source>Save the setting</source>
        <translation>Spremanje postavke</translation>
    </message>
</context>
<context>
    <name>RetryOffer</name>
    <message>
        <source>Remind me</source>
        <translation>Podsjeti me</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez podsjetnika</translation>
    </message>
    <message>
        <source>Voicemail left for %1. Try again at %2?</source>
        <translation>Ostavljena govorna poruka (%1). Pokušati ponovno u %2?</translation>
    </message>
    <message>
        <source>%1 did not answer. Try again at %2?</source>
        <translation>Nema odgovora (%1). Pokušati ponovno u %2?</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>kupac</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <source>(not used)</source>
        <translation>(ne koristi se)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Željeno vrijeme</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Poruka</translation>
    </message>
    <message>
        <source>Call requested (yes/no)</source>
        <translation>Traži poziv (da/ne)</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Callback form rule</source>
        <translation>Pravilo obrasca za povratni poziv</translation>
    </message>
    <message>
        <source>For example: Shop builder form</source>
        <translation>Na primjer: obrazac s web-stranice</translation>
    </message>
    <message>
        <source>For example: @shop-builder.example</source>
        <translation>Na primjer: @shop-builder.example</translation>
    </message>
    <message>
        <source>For example: New request</source>
        <translation>Na primjer: Novi upit</translation>
    </message>
    <message>
        <source>Words every mail of the form has (optional)</source>
        <translation>Riječi iz svake poruke obrasca (neobavezno)</translation>
    </message>
    <message>
        <source>Every mail of this form with a phone number asks for a call</source>
        <translation>Svaka poruka ovog obrasca s telefonskim brojem traži poziv</translation>
    </message>
    <message>
        <source>Patterns are regular expressions and ignore case; plain words work too. Every pattern you give must match.</source>
        <translation>Uzorci su regularni izrazi i ne razlikuju velika i mala slova; mogu i obične riječi. Svaki zadani uzorak mora se podudarati.</translation>
    </message>
    <message>
        <source>Label in the mail</source>
        <translation>Oznaka u poruci</translation>
    </message>
    <message>
        <source>In the sample</source>
        <translation>U primjeru</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Značenje</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Dodaj oznaku</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Common labels (Name, Phone, Telefon, Телефон, …) are known already; add the ones your form uses in its own words.</source>
        <translation>Uobičajene oznake (Ime, Telefon, Mobitel, Phone, …) već su poznate; dodajte one koje Vaš obrazac piše vlastitim riječima.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naziv:</translation>
    </message>
    <message>
        <source>Sender contains:</source>
        <translation>Pošiljatelj sadrži:</translation>
    </message>
    <message>
        <source>Subject contains:</source>
        <translation>Predmet sadrži:</translation>
    </message>
    <message>
        <source>Text contains:</source>
        <translation>Tekst sadrži:</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Pravilo</translation>
    </message>
    <message>
        <source>Field labels:</source>
        <translation>Oznake polja:</translation>
    </message>
    <message>
        <source>A recent mail:</source>
        <translation>Nedavna poruka:</translation>
    </message>
    <message>
        <source>Pasted text:</source>
        <translation>Zalijepljeni tekst:</translation>
    </message>
    <message>
        <source>Paste a whole mail (with its headers) or just the text of the form.</source>
        <translation>Zalijepite cijelu poruku (sa zaglavljima) ili samo tekst obrasca.</translation>
    </message>
    <message>
        <source>Try it on a mail</source>
        <translation>Isprobajte na poruci</translation>
    </message>
    <message>
        <source>What the rule reads:</source>
        <translation>Što pravilo pročita:</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Spremi pravilo</translation>
    </message>
    <message>
        <source>The sender pattern is not valid: %1</source>
        <translation>Uzorak pošiljatelja nije valjan: %1</translation>
    </message>
    <message>
        <source>The subject pattern is not valid: %1</source>
        <translation>Uzorak predmeta nije valjan: %1</translation>
    </message>
    <message>
        <source>The text pattern is not valid: %1</source>
        <translation>Uzorak teksta nije valjan: %1</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Dajte pravilu naziv.</translation>
    </message>
    <message>
        <source>Give a sender, subject or text pattern.</source>
        <translation>Navedite uzorak pošiljatelja, predmeta ili teksta.</translation>
    </message>
    <message>
        <source>A label is mapped to a field that does not exist.</source>
        <translation>Oznaka je povezana s poljem koje ne postoji.</translation>
    </message>
    <message>
        <source>Load recent mail</source>
        <translation>Učitavanje nedavne pošte</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez predmeta)</translation>
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
        <translation>Isprobavanje pravila</translation>
    </message>
    <message>
        <source>The mail could not be read: %1</source>
        <translation>Poruku nije moguće pročitati: %1</translation>
    </message>
    <message>
        <source>Pick a recent mail or paste one to see what the rule reads.</source>
        <translation>Odaberite nedavnu poruku ili je zalijepite da vidite što pravilo pročita.</translation>
    </message>
    <message>
        <source>The rule matches this mail.</source>
        <translation>Pravilo odgovara ovoj poruci.</translation>
    </message>
    <message>
        <source>The rule does not match this mail: check the patterns.</source>
        <translation>Pravilo ne odgovara ovoj poruci: provjerite uzorke.</translation>
    </message>
    <message>
        <source>It becomes a callback request.</source>
        <translation>Postaje zahtjev za povratni poziv.</translation>
    </message>
    <message>
        <source>It does not become a callback request: no phone number was found.</source>
        <translation>Ne postaje zahtjev za povratni poziv: nije pronađen telefonski broj.</translation>
    </message>
    <message>
        <source>It does not become a callback request: the mail does not ask for a call. Tick the box above if every mail of this form does.</source>
        <translation>Ne postaje zahtjev za povratni poziv: poruka ne traži poziv. Označite okvir iznad ako ga traži svaka poruka ovog obrasca.</translation>
    </message>
    <message>
        <source>It does not become a callback request.</source>
        <translation>Ne postaje zahtjev za povratni poziv.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Željeno vrijeme</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Poruka</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nije pronađeno</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Spremanje pravila</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>Pravilo nije spremljeno: %1</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Make reminders of your promises</source>
        <translation>Izrada podsjetnika za Vaša obećanja</translation>
    </message>
    <message>
        <source>Take back the reminders of the reply</source>
        <translation>Povlačenje podsjetnika iz odgovora</translation>
    </message>
    <message>
        <source>Set the follow-up reminder</source>
        <translation>Postavljanje podsjetnika za ponovno javljanje</translation>
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
        <translation>Samo ako Vam ju je dao pružatelj usluge</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Odaberi…</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Dolazna pošta (IMAP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Poslužitelj:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sigurnost:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Korisničko ime:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Odlazna pošta (SMTP)</translation>
    </message>
    <message>
        <source>Certificate authority (optional)</source>
        <translation>Izdavatelj certifikata (neobavezno)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA datoteka:</translation>
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
        <translation>Bez zaštite (samo za poslužitelj na ovom računalu)</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Odaberite datoteku izdavatelja certifikata</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikati (*.pem *.crt *.cer);;Sve datoteke (*)</translation>
    </message>
</context>
<context>
    <name>StoreRestorer</name>
    <message>
        <source>Restoring a backup…</source>
        <translation>Vraćanje sigurnosne kopije…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Vraćanje sigurnosne kopije</translation>
    </message>
    <message>
        <source>The data folder could not be opened again; see the main window.</source>
        <translation>Mapu s podacima nije moguće ponovno otvoriti; pogledajte glavni prozor.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Read the mail accounts</source>
        <translation>Čitanje računa e-pošte</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Connecting to the mail server of %1…</source>
        <translation>Povezivanje s poslužiteljem e-pošte za %1…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 messages</source>
        <translation>Sinkronizacija %1: %2 od %3</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Sinkronizacija %1…</translation>
    </message>
    <message>
        <source>%1 is up to date</source>
        <translation>%1 je ažuran</translation>
    </message>
    <message>
        <source>Sync of %1 is stopped</source>
        <translation>Sinkronizacija za %1 je zaustavljena</translation>
    </message>
    <message>
        <source>The mail server of %1 cannot be reached; retrying in %2 s.</source>
        <translation>Poslužitelj e-pošte za %1 nije dostupan; novi pokušaj za %2 s.</translation>
    </message>
    <message>
        <source>Syncing %1 failed; retrying in %2 s.</source>
        <translation>Sinkronizacija za %1 nije uspjela; novi pokušaj za %2 s.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Pokušaj sada</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Unesi lozinku…</translation>
    </message>
    <message>
        <source>The mail server did not accept the password of %1.</source>
        <translation>Poslužitelj e-pošte nije prihvatio lozinku za %1.</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keyring.</source>
        <translation>Lozinku za %1 nije moguće pročitati iz privjeska ključeva.</translation>
    </message>
    <message>
        <source>The certificate of the mail server of %1 was refused.</source>
        <translation>Certifikat poslužitelja e-pošte za %1 je odbijen.</translation>
    </message>
    <message>
        <source>Choose a CA file…</source>
        <translation>Odaberi CA datoteku…</translation>
    </message>
    <message>
        <source>Another Shopkeeper is already syncing this mail.</source>
        <translation>Drugi Shopkeeper već sinkronizira ovu poštu.</translation>
    </message>
    <message>
        <source>The mail server of %1 cannot be reached.</source>
        <translation>Poslužitelj e-pošte za %1 nije dostupan.</translation>
    </message>
    <message>
        <source>Syncing %1 failed.</source>
        <translation>Sinkronizacija za %1 nije uspjela.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>order_received</source>
        <translation>narudzba_primljena</translation>
    </message>
    <message>
        <source>A short name for the template: letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>Kratak naziv predloška: slova bez kvačica (a–z), brojke, &apos;_&apos;, &apos;-&apos; ili &apos;.&apos;.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nema</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Dodaj jezik</translation>
    </message>
    <message>
        <source>Values you can use: %1</source>
        <translation>Vrijednosti koje možete koristiti: %1</translation>
    </message>
    <message>
        <source>A value that is not known shows as a marked gap, such as [order.number].</source>
        <translation>Nepoznata vrijednost prikazuje se kao označena praznina, npr. [order.number].</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naziv:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorija:</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>Prečac:</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>Reply templates</source>
        <translation>Predlošci odgovora</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novi</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Udvostruči</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Izbriši…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pomakni gore</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pomakni dolje</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Uvezi…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Izvezi…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spremi</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odbaci promjene</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Drag a template to change the order.</source>
        <translation>Povucite predložak da promijenite redoslijed.</translation>
    </message>
    <message>
        <source>Read the templates</source>
        <translation>Čitanje predložaka</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Predložak nije spremljen: %1</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Spremanje predloška</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Dajte predlošku naziv.</translation>
    </message>
    <message>
        <source>“%1” cannot be a template name: use letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>„%1” ne može biti naziv predloška: koristite slova bez kvačica (a–z), brojke, &apos;_&apos;, &apos;-&apos; ili &apos;.&apos;.</translation>
    </message>
    <message>
        <source>There is already a template named “%1”.</source>
        <translation>Već postoji predložak s nazivom „%1”.</translation>
    </message>
    <message>
        <source>Write the text of the template first.</source>
        <translation>Najprije napišite tekst predloška.</translation>
    </message>
    <message>
        <source>The template was saved.</source>
        <translation>Predložak je spremljen.</translation>
    </message>
    <message>
        <source>A copy was made; rename it and change what differs.</source>
        <translation>Napravljena je kopija; preimenujte je i promijenite ono što se razlikuje.</translation>
    </message>
    <message>
        <source>The template was deleted.</source>
        <translation>Predložak je izbrisan.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ništa nije uvezeno: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>Uvezen je %n predložak.</numerusform>
            <numerusform>Uvezena su %n predloška.</numerusform>
            <numerusform>Uvezeno je %n predložaka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept your own version of: %1.</source>
        <translation>Zadržana je Vaša verzija: %1.</translation>
    </message>
    <message>
        <source>%1 saved with %2 templates.</source>
        <translation>Spremljeno u %1 (broj predložaka: %2).</translation>
    </message>
    <message>
        <source>The templates were not exported: %1</source>
        <translation>Predlošci nisu izvezeni: %1</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>To nije uspjelo: %1</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Brisanje predloška</translation>
    </message>
    <message>
        <source>Delete “%1” in all its languages? This cannot be undone.</source>
        <translation>Izbrisati „%1” na svim jezicima? Ovo se ne može poništiti.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nespremljene promjene</translation>
    </message>
    <message>
        <source>The template has changes that are not saved yet.</source>
        <translation>Predložak ima promjene koje još nisu spremljene.</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Uvoz predložaka</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>Datoteke predložaka (*.json)</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Izvoz predložaka</translation>
    </message>
</context>
<context>
    <name>TemplateNames</name>
    <message>
        <source>Other</source>
        <translation>Ostalo</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Narudžbe</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Dostava</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Proizvodi</translation>
    </message>
    <message>
        <source>Returns and repairs</source>
        <translation>Povrati i popravci</translation>
    </message>
    <message>
        <source>Reviews and feedback</source>
        <translation>Recenzije i dojmovi</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Pozivi</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>Čestitke</translation>
    </message>
</context>
<context>
    <name>TemplateSidebar</name>
    <message>
        <source>Templates</source>
        <translation>Predlošci</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Traži predloške</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jezik:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Umetni</translation>
    </message>
    <message>
        <source>Insert the template where the cursor is</source>
        <translation>Umetni predložak na mjesto kursora</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Upravljaj…</translation>
    </message>
    <message>
        <source>Create, edit, sort, import and export templates</source>
        <translation>Stvaranje, uređivanje, razvrstavanje, uvoz i izvoz predložaka</translation>
    </message>
    <message>
        <source>Insert template %1</source>
        <translation>Umetni predložak %1</translation>
    </message>
    <message>
        <source>Read the templates</source>
        <translation>Čitanje predložaka</translation>
    </message>
    <message>
        <source>Read the customer&apos;s details for templates</source>
        <translation>Čitanje podataka o kupcu za predloške</translation>
    </message>
    <message>
        <source>No templates yet. Create one with Manage…</source>
        <translation>Još nema predložaka. Stvorite ga pomoću „Upravljaj…”.</translation>
    </message>
    <message>
        <source>No template matches “%1”.</source>
        <translation>Nijedan predložak ne odgovara upitu „%1”.</translation>
    </message>
    <message>
        <source>Choose a template to see it filled in for this customer.</source>
        <translation>Odaberite predložak da ga vidite popunjenog za ovog kupca.</translation>
    </message>
    <message>
        <source>This template has an error: %1</source>
        <translation>Ovaj predložak sadrži grešku: %1</translation>
    </message>
    <message>
        <source>There is no version in the customer&apos;s language; this is %1.</source>
        <translation>Nema verzije na jeziku kupca; prikazana je verzija: %1.</translation>
    </message>
    <message>
        <source>Not known yet, marked in the text: %1. Fill them in before sending.</source>
        <translation>Još nije poznato, označeno u tekstu: %1. Popunite prije slanja.</translation>
    </message>
    <message>
        <source>Use the %1 version</source>
        <translation>Koristi verziju: %1</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <source>Unknown sender</source>
        <translation>Nepoznat pošiljatelj</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Vi)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>za: %1</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Sakrij citirani tekst</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Prikaži citirani tekst</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>Ova poruka nema teksta.</translation>
    </message>
    <message>
        <source>Remote images were not loaded, so the sender cannot see that you read this message.</source>
        <translation>Slike s interneta nisu učitane pa pošiljatelj ne može vidjeti da ste pročitali ovu poruku.</translation>
    </message>
    <message>
        <source>Load images</source>
        <translation>Učitaj slike</translation>
    </message>
    <message>
        <source>Always load images from this sender</source>
        <translation>Uvijek učitaj slike ovog pošiljatelja</translation>
    </message>
    <message>
        <source>This message could not be read completely; the original is kept unchanged.</source>
        <translation>Ova poruka nije mogla biti u potpunosti pročitana; izvornik je sačuvan nepromijenjen.</translation>
    </message>
    <message>
        <source>(unnamed file)</source>
        <translation>(datoteka bez naziva)</translation>
    </message>
    <message>
        <source>%1 set the status to “%2”</source>
        <translation>Status „%2” (%1)</translation>
    </message>
    <message>
        <source>%1 called: %2</source>
        <translation>Poziv (%1): %2</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Bilješka (%1)</translation>
    </message>
    <message>
        <source>This conversation has no mail.</source>
        <translation>U ovom razgovoru nema poruka.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Shopkeeper</source>
        <translation>Prikaži Shopkeeper</translation>
    </message>
    <message>
        <source>Keep running when the window is closed</source>
        <translation>Nastavi raditi kad se prozor zatvori</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izlaz</translation>
    </message>
    <message numerus="yes">
        <source>Shopkeeper: %n item(s) waiting for you</source>
        <translation>
            <numerusform>Shopkeeper: %n zadatak Vas čeka</numerusform>
            <numerusform>Shopkeeper: %n zadatka Vas čekaju</numerusform>
            <numerusform>Shopkeeper: %n zadataka Vas čeka</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopkeeper: nothing is waiting</source>
        <translation>Shopkeeper: ništa ne čeka</translation>
    </message>
</context>
<context>
    <name>UndoSendBar</name>
    <message>
        <source>Undo</source>
        <translation>Poništi</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Pošalji odmah</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Slanje…</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %1 in %n s.</source>
        <translation>
            <numerusform>%1: slanje za %n s.</numerusform>
            <numerusform>%1: slanje za %n s.</numerusform>
            <numerusform>%1: slanje za %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s.</source>
        <translation>
            <numerusform>Slanje za %n s.</numerusform>
            <numerusform>Slanje za %n s.</numerusform>
            <numerusform>Slanje za %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionPage</name>
    <message>
        <source>Subject</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Predmet:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Shopkeeper</source>
        <translation>Dobro došli u Shopkeeper</translation>
    </message>
    <message>
        <source>Your customers&apos; mail, callbacks, orders and promises in one inbox, kept on your own computer.</source>
        <translation>Pošta, povratni pozivi, narudžbe i obećanja Vaših kupaca u jednom sandučiću, na Vašem vlastitom računalu.</translation>
    </message>
    <message>
        <source>Try it with a sample shop</source>
        <translation>Isprobajte s oglednom trgovinom</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>Dodaj račun e-pošte</translation>
    </message>
    <message>
        <source>The sample shop lives in its own folder and never touches your real mail.</source>
        <translation>Ogledna trgovina nalazi se u zasebnoj mapi i nikad ne dira Vašu stvarnu poštu.</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>today</source>
        <translation>danas</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>danas, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danas</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Danas, %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>sutra</translation>
    </message>
    <message>
        <source>tomorrow, %1</source>
        <translation>sutra, %1</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Sutra</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Sutra, %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>kasni</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>kasni %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>do %1</translation>
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
        <translation>&amp;Trgovina</translation>
    </message>
    <message>
        <source>&amp;New message…</source>
        <translation>&amp;Nova poruka…</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Odgovori</translation>
    </message>
    <message>
        <source>Manage &amp;templates…</source>
        <translation>Uredi &amp;predloške…</translation>
    </message>
    <message>
        <source>Show the &amp;outbox…</source>
        <translation>Prikaži &amp;izlaznu poštu…</translation>
    </message>
    <message>
        <source>New &amp;callback…</source>
        <translation>Novi povratni po&amp;ziv…</translation>
    </message>
    <message>
        <source>Callback &amp;form rules…</source>
        <translation>Pravila o&amp;brazaca…</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Uvezi narudžbe…</translation>
    </message>
    <message>
        <source>&amp;Merge or split customers…</source>
        <translation>&amp;Spoji ili razdvoji kupce…</translation>
    </message>
    <message>
        <source>Templates &amp;sidebar</source>
        <translation>Bočna &amp;traka predložaka</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Čitanje radnog vremena trgovine</translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation>Popunjavanje predloška</translation>
    </message>
    <message>
        <source>There is no email address for %1.</source>
        <translation>Kupac %1 nema adresu e-pošte.</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>The file is missing.</source>
        <translation>Datoteka nedostaje.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ukloni %1</translation>
    </message>
</context>
</TS>
