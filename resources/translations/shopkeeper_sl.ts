<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <source>Some settings are missing or wrong.</source>
        <translation>Nekatere nastavitve manjkajo ali so napačne.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Strežnik ni sprejel uporabniškega imena ali gesla.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. If your provider uses its own certificate authority, choose its CA file below.</source>
        <translation>Potrdila strežnika ni bilo mogoče preveriti. Če vaš ponudnik uporablja lastnega overitelja potrdil, spodaj izberite njegovo datoteko CA.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the server name and port, and that this computer is online.</source>
        <translation>Strežnik ni dosegljiv. Preverite ime strežnika in vrata ter ali je ta računalnik povezan v internet.</translation>
    </message>
    <message>
        <source>The server closed the connection. Check the port and security.</source>
        <translation>Strežnik je prekinil povezavo. Preverite vrata in varnost.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Strežnik je odgovoril z napako.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1</source>
        <translation>Dohodna pošta (IMAP): %1</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1</source>
        <translation>Odhodna pošta (SMTP): %1</translation>
    </message>
    <message>
        <source>Connection test passed: both servers accepted the login.</source>
        <translation>Preizkus povezave je uspel: oba strežnika sta sprejela prijavo.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a mail account</source>
        <translation type="vanished">Dodaj e-poštni račun</translation>
    </message>
    <message>
        <source>Adding an account from the app comes in a later version. Until then, add it in a terminal with the command below: it asks for your password and keeps it in your system&apos;s keyring. Then start Shopkeeper again.</source>
        <translation type="vanished">Dodajanje računa v aplikaciji pride v eni od naslednjih različic. Do takrat ga dodajte v terminalu z ukazom spodaj: vpraša vas za geslo in ga shrani v sistemsko shrambo ključev. Nato znova zaženite Shopkeeper.</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="vanished">Kopiraj ukaz</translation>
    </message>
    <message>
        <source>Run “shopkeeper account add --help” to see every option.</source>
        <translation type="vanished">Vse možnosti izpiše ukaz »shopkeeper account add --help«.</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>Add a mail account</source>
        <translation>Dodaj e-poštni račun</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Preizkusi povezavo</translation>
    </message>
    <message>
        <source>Your shop&apos;s mail address</source>
        <translation>E-poštni naslov vaše trgovine</translation>
    </message>
    <message>
        <source>Shopkeeper reads your customers&apos; mail from your mail provider and keeps a copy on this computer.</source>
        <translation>Shopkeeper bere pošto vaših strank pri vašem ponudniku e-pošte in hrani kopijo na tem računalniku.</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Poštni strežniki</translation>
    </message>
    <message>
        <source>Check the servers, then test the connection. Finish saves the account.</source>
        <translation>Preverite strežnike, nato preizkusite povezavo. Na koncu shranite račun.</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Shrani račun</translation>
    </message>
    <message>
        <source>Looking up the settings of %1…</source>
        <translation>Iskanje nastavitev za %1 …</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so the password cannot be stored safely. Shopkeeper keeps it in memory only until it quits and asks for it again next time; it is never written to disk.</source>
        <translation>Na tem računalniku ni sistemske shrambe ključev, zato gesla ni mogoče varno shraniti. Shopkeeper ga hrani v pomnilniku le do izhoda in ga naslednjič znova vpraša; na disk se nikoli ne zapiše.</translation>
    </message>
    <message>
        <source>No settings were found for %1. Enter them from your mail provider&apos;s help pages.</source>
        <translation>Za %1 ni bilo najdenih nastavitev. Vnesite jih po straneh pomoči vašega ponudnika e-pošte.</translation>
    </message>
    <message>
        <source>The settings were found at your mail provider.</source>
        <translation>Nastavitve so bile najdene pri vašem ponudniku e-pošte.</translation>
    </message>
    <message>
        <source>The settings of your mail provider were filled in.</source>
        <translation>Nastavitve vašega ponudnika e-pošte so izpolnjene.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Preizkušanje povezave …</translation>
    </message>
    <message>
        <source>Enter the email address and the password.</source>
        <translation>Vnesite e-poštni naslov in geslo.</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Shranjevanje računa …</translation>
    </message>
    <message>
        <source>Save the mail account</source>
        <translation>Shranjevanje e-poštnega računa</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Mail accounts</source>
        <translation>E-poštni računi</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Dodaj račun …</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Odstrani …</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nespremenjeno</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Preizkusi povezavo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Preizkušanje povezave …</translation>
    </message>
    <message>
        <source>Read the mail accounts</source>
        <translation>Branje e-poštnih računov</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Vnesite geslo, da preizkusite povezavo.</translation>
    </message>
    <message>
        <source>Save the mail account</source>
        <translation>Shranjevanje e-poštnega računa</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Nastavitve so shranjene.</translation>
    </message>
    <message>
        <source>The settings were saved. No keyring is available, so the password is kept only until Shopkeeper quits.</source>
        <translation>Nastavitve so shranjene. Shramba ključev ni na voljo, zato se geslo hrani le do izhoda iz Shopkeeperja.</translation>
    </message>
    <message>
        <source>Remove the mail account</source>
        <translation>Odstranjevanje e-poštnega računa</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Odstrani račun</translation>
    </message>
    <message>
        <source>Remove the account %1? Its mail stays in Shopkeeper, but no new mail is fetched and the password is deleted from the keyring.</source>
        <translation>Odstranim račun %1? Njegova pošta ostane v Shopkeeperju, vendar nova pošta ne bo več prenesena, geslo pa bo izbrisano iz shrambe ključev.</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Open</source>
        <translation>Odprto</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Shrani kot …</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Datoteka ni odprta</translation>
    </message>
    <message>
        <source>%1 could run a program on this computer, so it was not opened. If you trust the sender, save it and check it first.</source>
        <translation>Datoteka %1 bi lahko zagnala program na tem računalniku, zato ni bila odprta. Če zaupate pošiljatelju, jo shranite in najprej preverite.</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Odpiranje priponke</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Shranjevanje priponke</translation>
    </message>
    <message>
        <source>The attachment could not be read or written: %1</source>
        <translation>Priponke ni bilo mogoče prebrati ali zapisati: %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Priponka</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Shrani priponko</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Together %1: more than most mail servers accept (25 MB).</source>
        <translation>Skupaj %1: več, kot sprejme večina poštnih strežnikov (25 MB).</translation>
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
        <translation>Tedenska</translation>
    </message>
    <message>
        <source>Extra</source>
        <comment>one more backup of the last 24 hours</comment>
        <translation>Dodatna</translation>
    </message>
    <message>
        <source>Restored the backup of %1. Your data as it was before is kept as the backup of %2, so this can be undone.</source>
        <translation>Varnostna kopija z dne %1 je obnovljena. Vaši prejšnji podatki so shranjeni kot varnostna kopija z dne %2, zato lahko to razveljavite.</translation>
    </message>
    <message>
        <source>Another Shopkeeper is syncing this data folder (a sync in a terminal?), so nothing was restored and your data is unchanged. Stop it and try again.</source>
        <translation>Drug Shopkeeper usklajuje to mapo s podatki (usklajevanje v terminalu?), zato ni bilo nič obnovljeno in vaši podatki so nespremenjeni. Ustavite ga in poskusite znova.</translation>
    </message>
    <message>
        <source>The backup of %1 is no longer there, so nothing was restored and your data is unchanged.</source>
        <translation>Varnostne kopije z dne %1 ni več, zato ni bilo nič obnovljeno in vaši podatki so nespremenjeni.</translation>
    </message>
    <message>
        <source>The backup of %1 cannot be read: it is damaged or not a Shopkeeper backup. Nothing was restored and your data is unchanged; choose another backup.</source>
        <translation>Varnostne kopije z dne %1 ni mogoče prebrati: poškodovana je ali pa ni varnostna kopija Shopkeeperja. Nič ni bilo obnovljeno in vaši podatki so nespremenjeni; izberite drugo varnostno kopijo.</translation>
    </message>
    <message>
        <source>Another program is using the Shopkeeper data (a command in a terminal?), so nothing was restored and your data is unchanged. Close it and try again.</source>
        <translation>Drug program uporablja podatke Shopkeeperja (ukaz v terminalu?), zato ni bilo nič obnovljeno in vaši podatki so nespremenjeni. Zaprite ga in poskusite znova.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to restore the backup, so nothing was restored and your data is unchanged. Free some space and try again.</source>
        <translation>Na disku ni dovolj prostora za obnovitev varnostne kopije, zato ni bilo nič obnovljeno in vaši podatki so nespremenjeni. Sprostite nekaj prostora in poskusite znova.</translation>
    </message>
    <message>
        <source>The backup could not be restored, and your data is unchanged: %1</source>
        <translation>Varnostne kopije ni bilo mogoče obnoviti; vaši podatki so nespremenjeni: %1</translation>
    </message>
    <message>
        <source>There is not enough free disk space for a backup.</source>
        <translation>Na disku ni dovolj prostora za varnostno kopijo.</translation>
    </message>
    <message>
        <source>The backup could not be taken: %1</source>
        <translation>Varnostne kopije ni bilo mogoče ustvariti: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Varnostne kopije</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Ustvarjena</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Sporočila</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Stranke</translation>
    </message>
    <message>
        <source>Shopkeeper keeps a backup of each of the last 7 days and of each of the last 4 weeks, and every backup of the last 24 hours.</source>
        <translation>Shopkeeper hrani po eno varnostno kopijo za vsakega od zadnjih 7 dni in za vsakega od zadnjih 4 tednov ter vse varnostne kopije iz zadnjih 24 ur.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Varnostno kopiraj zdaj</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Obnovi …</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Pokaži v &amp;mapi</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>Nobena trgovina ni odprta.</translation>
    </message>
    <message>
        <source>The sample shop has no backups: it is only for trying Shopkeeper out. Open your own shop to back it up or to restore one of its backups.</source>
        <translation>Vzorčna trgovina nima varnostnih kopij: namenjena je le preizkušanju Shopkeeperja. Odprite svojo trgovino, da jo varnostno kopirate ali obnovite katero od njenih varnostnih kopij.</translation>
    </message>
    <message>
        <source>Shopkeeper backs up your data every day. Restoring a backup replaces everything in Shopkeeper with it; the data it replaces is backed up first. The backups are in %1.</source>
        <translation>Shopkeeper vsak dan varnostno kopira vaše podatke. Obnovitev varnostne kopije z njo nadomesti vse v Shopkeeperju; podatki, ki jih nadomesti, se najprej varnostno kopirajo. Varnostne kopije so v %1.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Branje varnostnih kopij …</translation>
    </message>
    <message>
        <source>The backups could not be read: %1</source>
        <translation>Varnostnih kopij ni bilo mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>This backup cannot be read: it may be damaged.</source>
        <translation>Te varnostne kopije ni mogoče prebrati: morda je poškodovana.</translation>
    </message>
    <message>
        <source>No backups yet: click Back up now to take the first one.</source>
        <translation>Varnostnih kopij še ni: kliknite »Varnostno kopiraj zdaj«, da ustvarite prvo.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Varnostno kopiranje …</translation>
    </message>
    <message>
        <source>Backed up: the backup of %1 is at the top of the list.</source>
        <translation>Varnostna kopija je ustvarjena: kopija z dne %1 je na vrhu seznama.</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>Varnostna kopija je ustvarjena (%1).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Obnovitev varnostne kopije</translation>
    </message>
    <message>
        <source>Replace everything in Shopkeeper with the backup of %1? The current data is kept as a backup first, so this can be undone.</source>
        <translation>Vse v Shopkeeperju nadomestim z varnostno kopijo z dne %1? Trenutni podatki se najprej shranijo kot varnostna kopija, zato lahko to razveljavite.</translation>
    </message>
    <message>
        <source>Mail that is still on the mail server is fetched again by the next sync. Notes, statuses and replies written since the backup are only in the current data, which is kept as a backup.</source>
        <translation>Pošta, ki je še na poštnem strežniku, se ob naslednjem usklajevanju znova prenese. Opombe, stanja in odgovori, napisani po varnostni kopiji, so le v trenutnih podatkih, ki se shranijo kot varnostna kopija.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnovi</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Obnavljanje varnostne kopije z dne %1 …</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Mape %1 ni bilo mogoče odpreti.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Zabeleži klic</translation>
    </message>
    <message>
        <source>How did the call with %1 go?</source>
        <translation>Kako je potekel klic (%1)?</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Kako je potekel klic?</translation>
    </message>
    <message>
        <source>The number you called</source>
        <translation>Številka, ki ste jo klicali</translation>
    </message>
    <message>
        <source>What was said or agreed (optional)</source>
        <translation>Kaj je bilo rečeno ali dogovorjeno (neobvezno)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Izid:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Številka:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Opomba:</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Zabeleži klic</translation>
    </message>
</context>
<context>
    <name>CallbackCard</name>
    <message>
        <source>Open the mail</source>
        <translation>Odpri sporočilo</translation>
    </message>
    <message>
        <source>Reached…</source>
        <translation>Pogovor opravljen …</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ni odgovora</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Odzivnik</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Napačna številka</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Kako je potekel klic?</translation>
    </message>
</context>
<context>
    <name>CallbackDelegate</name>
    <message>
        <source>(no name)</source>
        <translation>(brez imena)</translation>
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
            <numerusform>%n poskus</numerusform>
            <numerusform>%n poskusa</numerusform>
            <numerusform>%n poskusi</numerusform>
            <numerusform>%n poskusov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <source>Load the callback settings</source>
        <translation>Nalaganje nastavitev povratnih klicev</translation>
    </message>
</context>
<context>
    <name>CallbackQueueView</name>
    <message>
        <source>Callbacks</source>
        <translation>Povratni klici</translation>
    </message>
    <message>
        <source>New callback…</source>
        <translation>Nov povratni klic …</translation>
    </message>
    <message>
        <source>Form rules…</source>
        <translation>Pravila obrazcev …</translation>
    </message>
    <message>
        <source>Teach the app to read the callback requests of your contact forms</source>
        <translation>Naučite aplikacijo brati prošnje za povratni klic iz vaših kontaktnih obrazcev</translation>
    </message>
    <message>
        <source>Callback requests</source>
        <translation>Prošnje za povratni klic</translation>
    </message>
    <message>
        <source>No callbacks waiting</source>
        <translation>Ni povratnih klicev na čakanju</translation>
    </message>
    <message>
        <source>When a customer asks to be called back, in a contact form or by phone, the request waits here until you have called.</source>
        <translation>Ko vas stranka prek kontaktnega obrazca ali po telefonu prosi za povratni klic, prošnja čaka tukaj, dokler ne pokličete.</translation>
    </message>
    <message>
        <source>Calling %1 — log how it went when you hang up.</source>
        <translation>Klicanje %1 – ko odložite, zabeležite, kako je šlo.</translation>
    </message>
    <message>
        <source>The call was not logged: %1</source>
        <translation>Klic ni bil zabeležen: %1</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Beleženje klica</translation>
    </message>
    <message>
        <source>Call %1 again</source>
        <translation>Znova poklicati: %1</translation>
    </message>
    <message>
        <source>You will be reminded at %1.</source>
        <translation>Opomnili vas bomo ob %1.</translation>
    </message>
    <message>
        <source>No reminder was set: %1</source>
        <translation>Opomnik ni bil nastavljen: %1</translation>
    </message>
    <message>
        <source>Set the reminder</source>
        <translation>Nastavljanje opomnika</translation>
    </message>
    <message>
        <source>Rule “%1” saved: it reads the next mails of that form.</source>
        <translation>Pravilo »%1« je shranjeno: bralo bo naslednja sporočila tega obrazca.</translation>
    </message>
    <message>
        <source>The request was not added: %1</source>
        <translation>Prošnja ni bila dodana: %1</translation>
    </message>
    <message>
        <source>Add the callback request</source>
        <translation>Dodajanje prošnje za povratni klic</translation>
    </message>
    <message>
        <source>Nobody called back yet this week.</source>
        <translation>Ta teden še ni bilo povratnih klicev.</translation>
    </message>
    <message numerus="yes">
        <source>This week: first call back after %1 (median of %n call(s)).</source>
        <translation>
            <numerusform>Ta teden: prvi povratni klic po %1 (mediana %n klica).</numerusform>
            <numerusform>Ta teden: prvi povratni klic po %1 (mediana %n klicev).</numerusform>
            <numerusform>Ta teden: prvi povratni klic po %1 (mediana %n klicev).</numerusform>
            <numerusform>Ta teden: prvi povratni klic po %1 (mediana %n klicev).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n na vrsti</numerusform>
            <numerusform>%n na vrsti</numerusform>
            <numerusform>%n na vrsti</numerusform>
            <numerusform>%n na vrsti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later</source>
        <translation>
            <numerusform>%n pozneje</numerusform>
            <numerusform>%n pozneje</numerusform>
            <numerusform>%n pozneje</numerusform>
            <numerusform>%n pozneje</numerusform>
        </translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Klic zabeležen: %1.</translation>
    </message>
    <message>
        <source>The callback request was added to the queue.</source>
        <translation>Prošnja za povratni klic je dodana v vrsto.</translation>
    </message>
    <message>
        <source>Asked %1 · call %2</source>
        <translation>Zaprošeno %1 · pokličite %2</translation>
    </message>
    <message>
        <source>Asked %1 · prefers %2 · waiting for %3</source>
        <translation>Zaprošeno %1 · želi %2 · čaka %3</translation>
    </message>
    <message>
        <source>Asked %1 · waiting for %2</source>
        <translation>Zaprošeno %1 · čaka %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>»%1«</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Pokliči %1</translation>
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
        <translation>po %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>pred %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>zdaj</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
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
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, po %2</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Pozneje</translation>
    </message>
    <message>
        <source>Just asked</source>
        <translation>Pravkar zaprošeno</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čaka</translation>
    </message>
    <message>
        <source>Waiting long</source>
        <translation>Dolgo čaka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zaprto</translation>
    </message>
</context>
<context>
    <name>ComposerText</name>
    <message>
        <source>Add at least one recipient in the To or Cc field.</source>
        <translation>V polje Za ali Kp dodajte vsaj enega prejemnika.</translation>
    </message>
    <message>
        <source>One of the addresses is not a valid email address. Check the To and Cc fields.</source>
        <translation>Eden od naslovov ni veljaven e-poštni naslov. Preverite polji Za in Kp.</translation>
    </message>
    <message>
        <source>There is no mail account to send from. Add one under File → Mail accounts.</source>
        <translation>Ni e-poštnega računa za pošiljanje. Dodajte ga v Datoteka → E-poštni računi.</translation>
    </message>
    <message>
        <source>This mail account has no outgoing (SMTP) server yet. Add it in the account settings, then send again.</source>
        <translation>Ta e-poštni račun še nima strežnika za odhodno pošto (SMTP). Dodajte ga v nastavitvah računa in nato znova pošljite.</translation>
    </message>
    <message>
        <source>An attachment can no longer be read: the file was moved or deleted. Remove it and attach it again.</source>
        <translation>Priponke ni več mogoče prebrati: datoteka je bila premaknjena ali izbrisana. Odstranite jo in jo znova priložite.</translation>
    </message>
    <message>
        <source>The attachments are larger than 25 MB together, which most mail servers refuse. Send fewer or smaller files.</source>
        <translation>Priponke so skupaj večje od 25 MB, kar večina poštnih strežnikov zavrne. Pošljite manj ali manjše datoteke.</translation>
    </message>
    <message>
        <source>The message you are replying to is no longer there. Start a new message instead.</source>
        <translation>Sporočila, na katero odgovarjate, ni več. Namesto tega začnite novo sporočilo.</translation>
    </message>
    <message>
        <source>This message is already in the outbox.</source>
        <translation>To sporočilo je že v odhodni pošti.</translation>
    </message>
    <message>
        <source>The message cannot be sent.</source>
        <translation>Sporočila ni mogoče poslati.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address. Check the To and Cc fields.</source>
        <translation>»%1« ni veljaven e-poštni naslov. Preverite polji Za in Kp.</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox: %1</source>
        <translation>Sporočila ni bilo mogoče dati v odhodno pošto: %1</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>name@example.com</source>
        <translation>ime@primer.si</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kp</translation>
    </message>
    <message>
        <source>Send a copy to more people</source>
        <translation>Pošlji kopijo več osebam</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Zadeva</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Za:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Kp:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Zadeva:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Sporočilo</translation>
    </message>
    <message>
        <source>Write your reply here. Ctrl+Enter sends it.</source>
        <translation>Tukaj napišite odgovor. Ctrl+Enter ga pošlje.</translation>
    </message>
    <message>
        <source>Write your message here. Ctrl+Enter sends it.</source>
        <translation>Tukaj napišite sporočilo. Ctrl+Enter ga pošlje.</translation>
    </message>
    <message>
        <source>Quote the message</source>
        <translation>Citiraj sporočilo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Add your signature under the text</source>
        <translation>Doda vaš podpis pod besedilo</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Priloži datoteke …</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Pošlji</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Pošlji sporočilo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The template has an error: %1</source>
        <translation>Predloga vsebuje napako: %1</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Odpiranje osnutka</translation>
    </message>
    <message>
        <source>The draft could not be opened: %1</source>
        <translation>Osnutka ni bilo mogoče odpreti: %1</translation>
    </message>
    <message>
        <source>Add the message from %1 under yours, as a quote.</source>
        <translation>Sporočilo (%1) se doda pod vaše kot citat.</translation>
    </message>
    <message>
        <source>Quote the message from %1</source>
        <translation type="vanished">Citiraj sporočilo (%1)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Osnutka ni bilo mogoče shraniti: %1</translation>
    </message>
    <message>
        <source>The message is empty. Write something first.</source>
        <translation>Sporočilo je prazno. Najprej nekaj napišite.</translation>
    </message>
    <message>
        <source>Give the message a subject.</source>
        <translation>Vpišite zadevo sporočila.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Pošiljanje sporočila</translation>
    </message>
    <message>
        <source>The message could not be taken back: %1</source>
        <translation>Sporočila ni bilo mogoče vrniti: %1</translation>
    </message>
    <message>
        <source>Undo sending</source>
        <translation>Razveljavitev pošiljanja</translation>
    </message>
    <message>
        <source>Too late: the message has already gone out.</source>
        <translation>Prepozno: sporočilo je že odposlano.</translation>
    </message>
    <message>
        <source>The message was not sent. It is back in its drafts.</source>
        <translation>Sporočilo ni bilo poslano. Spet je med osnutki.</translation>
    </message>
    <message>
        <source>The message was not sent. You can go on writing it.</source>
        <translation>Sporočilo ni bilo poslano. Lahko ga pišete naprej.</translation>
    </message>
    <message>
        <source>Send the message now</source>
        <translation>Takojšnje pošiljanje sporočila</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Poslano.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ni poslano: %1</translation>
    </message>
    <message>
        <source>the server refused it.</source>
        <translation>strežnik ga je zavrnil.</translation>
    </message>
    <message>
        <source>Not sent yet: the server cannot be reached. It will be retried.</source>
        <translation>Še ni poslano: strežnik ni dosegljiv. Poskus bo ponovljen.</translation>
    </message>
    <message>
        <source>Values are missing</source>
        <translation>Manjkajo vrednosti</translation>
    </message>
    <message>
        <source>The message still has gaps for values the template did not know.</source>
        <translation>Sporočilo ima še vrzeli za vrednosti, ki jih predloga ni poznala.</translation>
    </message>
    <message>
        <source>Fill in %1 before sending, or send it as it is.</source>
        <translation>Pred pošiljanjem izpolnite %1 ali pošljite sporočilo takšno, kot je.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Vseeno pošlji</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Nazaj</translation>
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
        <translation>Ni izbranega pogovora</translation>
    </message>
    <message>
        <source>Choose a conversation from the list to read it here.</source>
        <translation>Izberite pogovor s seznama, da ga preberete tukaj.</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Odpiranje pogovora</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(brez zadeve)</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Čaka na odgovor</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Povezava ni odprta</translation>
    </message>
    <message>
        <source>This link was not opened, because links of this kind can be unsafe:

%1</source>
        <translation>Ta povezava ni bila odprta, ker so povezave te vrste lahko nevarne:

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Odpri povezavo</translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation>Odprem to povezavo v spletnem brskalniku?</translation>
    </message>
</context>
<context>
    <name>CustomerDelegate</name>
    <message>
        <source>%1 open</source>
        <translation>odprto: %1</translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Customers</source>
        <translation>Stranke</translation>
    </message>
    <message>
        <source>Find a customer by name, company or address</source>
        <translation>Poiščite stranko po imenu, podjetju ali naslovu</translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation>Ni najdenih strank</translation>
    </message>
    <message>
        <source>Customers appear here as soon as they write to you.</source>
        <translation>Stranke se prikažejo tukaj, takoj ko vam pišejo.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>What you know about this customer: preferences, agreements, …</source>
        <translation>Kaj veste o tej stranki: želje, dogovori, …</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Pogovori</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Časovnica</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Pokaži starejše vnose</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Ni stranke</translation>
    </message>
    <message>
        <source>Select a conversation to see who wrote it.</source>
        <translation>Izberite pogovor, da vidite, kdo ga je napisal.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Shranjevanje …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Shranjeno</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ni shranjeno: %1</translation>
    </message>
    <message>
        <source>Save the customer&apos;s notes</source>
        <translation>Shranjevanje opomb o stranki</translation>
    </message>
    <message>
        <source>Load the customer</source>
        <translation>Nalaganje stranke</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Pogovori (%1)</translation>
    </message>
    <message>
        <source>Business customer · %1</source>
        <translation>Poslovna stranka · %1</translation>
    </message>
    <message>
        <source>Business customer</source>
        <translation>Poslovna stranka</translation>
    </message>
    <message>
        <source>Private customer</source>
        <translation>Zasebna stranka</translation>
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
        <translation>ID za DDV</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(brez zadeve)</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Čaka na odgovor</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Zaenkrat se še ni nič zgodilo.</translation>
    </message>
    <message>
        <source>Mail from %1</source>
        <translation>Sporočilo (%1)</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Odgovor (%1)</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Opomba (%1)</translation>
    </message>
    <message>
        <source>Call by %1: %2</source>
        <translation>Klic (%1): %2</translation>
    </message>
    <message>
        <source>%1 set the status to “%2”</source>
        <translation>Stanje »%2« (%1)</translation>
    </message>
    <message>
        <source>%1 edited the customer&apos;s details</source>
        <translation>Urejeni podatki o stranki (%1)</translation>
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
        <translation>Iskanje po imenu, podjetju ali e-pošti</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Save the draft</source>
        <translation>Shranjevanje osnutka</translation>
    </message>
</context>
<context>
    <name>DuePicker</name>
    <message>
        <source>At a set time</source>
        <translation>Ob določeni uri</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ura</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Nastavi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Ura:</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Vaša trgovina je ta dan zaprta: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Vaša trgovina je ta dan zaprta.</translation>
    </message>
</context>
<context>
    <name>FollowupToggle</name>
    <message>
        <source>A reminder to write again if the customer has not answered by then. It goes away by itself when they answer.</source>
        <translation>Opomnik, da ponovno pišete, če stranka do takrat ne odgovori. Izgine sam, ko stranka odgovori.</translation>
    </message>
    <message>
        <source>How many days to wait</source>
        <translation>Koliko dni počakati</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dneva</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me if there is no reply in %n day(s)</source>
        <translation>
            <numerusform>Opomni me, če v %n dnevu ni odgovora</numerusform>
            <numerusform>Opomni me, če v %n dneh ni odgovora</numerusform>
            <numerusform>Opomni me, če v %n dneh ni odgovora</numerusform>
            <numerusform>Opomni me, če v %n dneh ni odgovora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <source>Set the follow-up reminder</source>
        <translation>Nastavitev opomnika za ponovni stik</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>now</source>
        <translation>zdaj</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
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
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n w</source>
        <translation>
            <numerusform>%n ted.</numerusform>
            <numerusform>%n ted.</numerusform>
            <numerusform>%n ted.</numerusform>
            <numerusform>%n ted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n mes.</numerusform>
            <numerusform>%n mes.</numerusform>
            <numerusform>%n mes.</numerusform>
            <numerusform>%n mes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n l.</numerusform>
            <numerusform>%n l.</numerusform>
            <numerusform>%n l.</numerusform>
            <numerusform>%n l.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odprto</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Čaka stranko</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Opravljeno</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Pogovor opravljen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ni odgovora</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Sporočilo na odzivniku</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Napačna številka</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Klic</translation>
    </message>
</context>
<context>
    <name>IdentityFields</name>
    <message>
        <source>info@your-shop.com</source>
        <translation>info@vasa-trgovina.si</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>Ime vaše trgovine</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaži</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>E-poštni naslov:</translation>
    </message>
    <message>
        <source>Name shown to customers:</source>
        <translation>Ime, ki ga vidijo stranke:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Geslo:</translation>
    </message>
    <message>
        <source>If you use two-step login with this provider, create an app password in its account settings and enter that here.</source>
        <translation>Če pri tem ponudniku uporabljate prijavo v dveh korakih, v nastavitvah računa ustvarite geslo za aplikacijo in ga vnesite tukaj.</translation>
    </message>
    <message>
        <source>Microsoft may refuse ordinary passwords for IMAP. If the test fails, create an app password or ask your administrator to allow IMAP.</source>
        <translation>Microsoft lahko zavrne običajna gesla za IMAP. Če preizkus ne uspe, ustvarite geslo za aplikacijo ali prosite skrbnika, naj dovoli IMAP.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Uvoz naročil</translation>
    </message>
    <message>
        <source>Import the orders of an export file: Shopify (Orders → Export), WooCommerce (an order export plugin) or any CSV file with one row per order or per item.</source>
        <translation>Uvozite naročila iz izvozne datoteke: Shopify (Orders → Export), WooCommerce (vtičnik za izvoz naročil) ali katera koli datoteka CSV z eno vrstico na naročilo ali na artikel.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Nobena datoteka ni izbrana.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Izberi datoteko …</translation>
    </message>
    <message>
        <source>Say myself which column holds what</source>
        <translation>Ročno določi, kaj je v katerem stolpcu</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Stolpec v datoteki</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Prva vrstica</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Uvozi kot</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvozi</translation>
    </message>
    <message>
        <source>Choose an order export</source>
        <translation>Izberite izvoz naročil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Datoteke CSV (*.csv *.txt);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Branje datoteke …</translation>
    </message>
    <message>
        <source>Read the export file</source>
        <translation>Branje izvozne datoteke</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Datoteke ni mogoče uvoziti: %1</translation>
    </message>
    <message>
        <source>A Shopify export: its columns are read the way Shopify writes them.</source>
        <translation>Izvoz iz Shopifyja: stolpci se berejo tako, kot jih zapiše Shopify.</translation>
    </message>
    <message>
        <source>A WooCommerce export: its columns are read the way the plugin writes them.</source>
        <translation>Izvoz iz WooCommerca: stolpci se berejo tako, kot jih zapiše vtičnik.</translation>
    </message>
    <message>
        <source>The app does not know this file&apos;s layout. Say which column holds which field; the order number is needed, the rest as far as the file has it.</source>
        <translation>Aplikacija ne pozna zgradbe te datoteke. Določite, kateri stolpec vsebuje katero polje; številka naročila je obvezna, ostalo, kolikor ga datoteka vsebuje.</translation>
    </message>
    <message>
        <source>Choose the column that holds the order number.</source>
        <translation>Izberite stolpec s številko naročila.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Uvažanje …</translation>
    </message>
    <message>
        <source>Import the orders</source>
        <translation>Uvoz naročil</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Uvoz ni uspel: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported from the file.</source>
        <translation>
            <numerusform>Iz datoteke je uvoženo %n naročilo.</numerusform>
            <numerusform>Iz datoteke sta uvoženi %n naročili.</numerusform>
            <numerusform>Iz datoteke so uvožena %n naročila.</numerusform>
            <numerusform>Iz datoteke je uvoženih %n naročil.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders were found in the file.</source>
        <translation>V datoteki ni bilo najdenih naročil.</translation>
    </message>
    <message>
        <source>New: %1 · updated: %2 · unchanged: %3</source>
        <translation>Novih: %1 · posodobljenih: %2 · nespremenjenih: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>Preskočena je %n vrstica:</numerusform>
            <numerusform>Preskočeni sta %n vrstici:</numerusform>
            <numerusform>Preskočene so %n vrstice:</numerusform>
            <numerusform>Preskočenih je %n vrstic:</numerusform>
        </translation>
    </message>
    <message>
        <source>no order number</source>
        <translation>ni številke naročila</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Vrstica %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… in še %n.</numerusform>
            <numerusform>… in še %n.</numerusform>
            <numerusform>… in še %n.</numerusform>
            <numerusform>… in še %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message>
        <source>Promise overdue</source>
        <translation>Obljuba zamuja</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Obljuba</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(brez zadeve)</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Search all mail (Ctrl+F)</source>
        <translation>Iskanje po vsej pošti (Ctrl+F)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Pogovori</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Prejeto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Čaka stranko</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Opravljeno</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Rezultati iskanja</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ni zadetkov</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Noben pogovor ne omenja »%1«.</translation>
    </message>
    <message>
        <source>Nobody to wait for</source>
        <translation>Ne čakate nikogar</translation>
    </message>
    <message>
        <source>Conversations you answered show up here until the customer writes back.</source>
        <translation>Pogovori, na katere ste odgovorili, so tukaj, dokler vam stranka ne odpiše.</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Še nič ni opravljeno</translation>
    </message>
    <message>
        <source>Conversations you mark as done are kept here.</source>
        <translation>Tukaj so shranjeni pogovori, ki jih označite kot opravljene.</translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Vse je urejeno</translation>
    </message>
    <message>
        <source>No customer is waiting for you right now.</source>
        <translation>Trenutno vas ne čaka nobena stranka.</translation>
    </message>
</context>
<context>
    <name>LazyListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Nalaganje …</translation>
    </message>
    <message>
        <source>Load the list</source>
        <translation>Nalaganje seznama</translation>
    </message>
</context>
<context>
    <name>MailDesk</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Dnevna varnostna kopija ni uspela: %1</translation>
    </message>
    <message>
        <source>Sample shop: nothing is sent or synced</source>
        <translation>Vzorčna trgovina: nič se ne pošilja ali usklajuje</translation>
    </message>
    <message>
        <source>No account — add one</source>
        <translation>Ni računa — dodajte ga</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Še ni usklajeno</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation>Mape s podatki ni mogoče odpreti</translation>
    </message>
    <message>
        <source>All mail accounts are up to date</source>
        <translation>Vsi e-poštni računi so usklajeni</translation>
    </message>
    <message>
        <source>%1 now trusts the certificate authority in %2.</source>
        <translation>%1 zdaj zaupa overitelju potrdil iz datoteke %2.</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>Shranjevanje datoteke CA</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>Potrdilo zavrnjeno</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified, so Shopkeeper did not send your password to it.</source>
        <translation>Potrdila poštnega strežnika ni bilo mogoče preveriti, zato mu Shopkeeper ni poslal vašega gesla.</translation>
    </message>
    <message>
        <source>If your mail provider or company runs its own certificate authority, it can give you its CA file; choose it to trust only that authority for this account. If you did not expect this, do not continue: someone may be intercepting the connection.</source>
        <translation>Če ima vaš ponudnik e-pošte ali podjetje lastnega overitelja potrdil, vam lahko da njegovo datoteko CA; izberite jo, da boste za ta račun zaupali samo temu overitelju. Če tega niste pričakovali, ne nadaljujte: morda nekdo prestreza povezavo.</translation>
    </message>
    <message>
        <source>Choose CA file…</source>
        <translation>Izberi datoteko CA …</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Izberite datoteko overitelja potrdil</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Potrdila (*.pem *.crt *.cer);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>The account %1 was saved.</source>
        <translation>Račun %1 je shranjen.</translation>
    </message>
    <message>
        <source>The account %1 was saved. No keyring is available, so its password is kept only until Shopkeeper quits.</source>
        <translation>Račun %1 je shranjen. Shramba ključev ni na voljo, zato se njegovo geslo hrani le do izhoda iz Shopkeeperja.</translation>
    </message>
    <message>
        <source>New customer mail</source>
        <translation>Nova pošta stranke</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) got new mail from a customer.</source>
        <translation>
            <numerusform>%n pogovor ima novo pošto stranke.</numerusform>
            <numerusform>%n pogovora imata novo pošto strank.</numerusform>
            <numerusform>%n pogovori imajo novo pošto strank.</numerusform>
            <numerusform>%n pogovorov ima novo pošto strank.</numerusform>
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
        <translation>Odpiranje vaše trgovine …</translation>
    </message>
    <message>
        <source>Customer &amp;panel</source>
        <translation>Podokno &amp;stranke</translation>
    </message>
    <message>
        <source>Preparing the sample shop…</source>
        <translation>Pripravljanje vzorčne trgovine …</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Odpiranje mape s podatki</translation>
    </message>
    <message>
        <source>Shopkeeper — Sample shop</source>
        <translation>Shopkeeper — vzorčna trgovina</translation>
    </message>
    <message>
        <source>Sample shop: nothing is sent or synced</source>
        <translation type="vanished">Vzorčna trgovina: nič se ne pošilja ali usklajuje</translation>
    </message>
    <message>
        <source>No account — add one</source>
        <translation type="vanished">Ni računa — dodajte ga</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="vanished">Še ni usklajeno</translation>
    </message>
    <message>
        <source>The data folder could not be opened:
%1</source>
        <translation>Mape s podatki ni bilo mogoče odpreti:
%1</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation type="vanished">Mape s podatki ni mogoče odpreti</translation>
    </message>
    <message>
        <source>Read the mail accounts</source>
        <translation>Branje e-poštnih računov</translation>
    </message>
    <message>
        <source>No callback requests yet</source>
        <translation type="vanished">Še ni prošenj za povratni klic</translation>
    </message>
    <message>
        <source>When a customer asks to be called back, the request waits here until you have called.</source>
        <translation type="vanished">Ko stranka prosi za povratni klic, prošnja počaka tukaj, dokler je ne pokličete.</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation type="vanished">Še ni naročil</translation>
    </message>
    <message>
        <source>Orders from your shop will be listed here with the conversations about them.</source>
        <translation type="vanished">Tukaj bodo našteta naročila iz vaše trgovine skupaj s pogovori o njih.</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation type="vanished">Nič ni zamujeno</translation>
    </message>
    <message>
        <source>Promises you made to customers show up here when their day has passed.</source>
        <translation type="vanished">Obljube strankam se prikažejo tukaj, ko jim poteče rok.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation type="vanished">Danes ni nič na vrsti</translation>
    </message>
    <message>
        <source>Reminders and promises due today will be listed here.</source>
        <translation type="vanished">Tukaj bodo našteti opomniki in obljube, ki zapadejo danes.</translation>
    </message>
    <message>
        <source>No upcoming reminders</source>
        <translation type="vanished">Ni prihajajočih opomnikov</translation>
    </message>
    <message>
        <source>Reminders you set for later days will be listed here.</source>
        <translation type="vanished">Tukaj bodo našteti opomniki, ki jih nastavite za poznejše dni.</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation type="vanished">Še ni predlog</translation>
    </message>
    <message>
        <source>Reply templates in your customers&apos; languages will be kept here.</source>
        <translation type="vanished">Tukaj bodo shranjene predloge odgovorov v jezikih vaših strank.</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Predloge odgovorov</translation>
    </message>
    <message>
        <source>Your templates are in the sidebar on the right: double-click one or press Ctrl+1 … Ctrl+9 to put it into your reply. Manage them from the Shop menu.</source>
        <translation>Vaše predloge so v stranski vrstici na desni: dvokliknite predlogo ali pritisnite Ctrl+1 … Ctrl+9, da jo vstavite v odgovor. Upravljate jih v meniju Trgovina.</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Sprememba stanja</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Označeno kot opravljeno.</translation>
    </message>
    <message>
        <source>Now waiting on the customer.</source>
        <translation>Zdaj se čaka stranko.</translation>
    </message>
    <message>
        <source>Opened again.</source>
        <translation>Znova odprto.</translation>
    </message>
    <message>
        <source>Undo the status change</source>
        <translation>Razveljavitev spremembe stanja</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Opomba je dodana.</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Dodajanje opombe</translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Klic zabeležen: %1.</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Beleženje klica</translation>
    </message>
    <message>
        <source>Count conversations</source>
        <translation>Štetje pogovorov</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Nekaj je šlo narobe: %1</translation>
    </message>
    <message>
        <source>Shopkeeper is still running</source>
        <translation>Shopkeeper še vedno teče</translation>
    </message>
    <message>
        <source>New mail keeps arriving. Quit from the tray menu.</source>
        <translation>Nova pošta še naprej prihaja. Program zaprete v meniju v sistemski vrstici.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Opravljeno</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Označi kot opravljeno</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>Č&amp;aka</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Čaka se stranko</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Znova odpri</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Znova odpri</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>O&amp;pomba …</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Dodaj opombo</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>&amp;Klic …</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Zabeleži klic</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Naslednji pogovor</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>P&amp;rejšnji pogovor</translation>
    </message>
    <message>
        <source>&amp;Read conversation</source>
        <translation>&amp;Beri pogovor</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Iskanje</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Osveži</translation>
    </message>
    <message>
        <source>&amp;Add mail account…</source>
        <translation>&amp;Dodaj e-poštni račun …</translation>
    </message>
    <message>
        <source>Mail &amp;accounts…</source>
        <translation>E-poštni &amp;računi …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Nastavitve …</translation>
    </message>
    <message>
        <source>Open the &amp;sample shop</source>
        <translation>Odpri &amp;vzorčno trgovino</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>V&amp;arnostne kopije …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Končaj</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Pogovor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Po&amp;gled</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge or split customers</source>
        <translation>Združevanje ali razdruževanje strank</translation>
    </message>
    <message>
        <source>Keep this customer</source>
        <translation>Obdrži to stranko</translation>
    </message>
    <message>
        <source>Merge this customer into it</source>
        <translation>Vanjo združi to stranko</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Združi …</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Split off…</source>
        <translation>Loči …</translation>
    </message>
    <message>
        <source>The address to make a customer of its own:</source>
        <translation>Naslov, ki naj postane samostojna stranka:</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>Združi dve stranki</translation>
    </message>
    <message>
        <source>Split off an address</source>
        <translation>Loči naslov</translation>
    </message>
    <message>
        <source>Pick the customer to keep and the one to merge into it.</source>
        <translation>Izberite stranko, ki jo obdržite, in tisto, ki jo združite vanjo.</translation>
    </message>
    <message>
        <source>Pick two different customers.</source>
        <translation>Izberite dve različni stranki.</translation>
    </message>
    <message>
        <source>Look up the customers</source>
        <translation>Iskanje strank</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n pogovor</numerusform>
            <numerusform>%n pogovora</numerusform>
            <numerusform>%n pogovori</numerusform>
            <numerusform>%n pogovorov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n naročilo</numerusform>
            <numerusform>%n naročili</numerusform>
            <numerusform>%n naročila</numerusform>
            <numerusform>%n naročil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback request(s)</source>
        <translation>
            <numerusform>%n prošnja za povratni klic</numerusform>
            <numerusform>%n prošnji za povratni klic</numerusform>
            <numerusform>%n prošnje za povratni klic</numerusform>
            <numerusform>%n prošenj za povratni klic</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” stays. Everything of “%2” moves to it, then “%2” is removed:</source>
        <translation>»%1« ostane. Vse, kar pripada stranki »%2«, preide nanjo, nato se »%2« odstrani:</translation>
    </message>
    <message numerus="yes">
        <source>%n email address(es)</source>
        <translation>
            <numerusform>%n e-poštni naslov</numerusform>
            <numerusform>%n e-poštna naslova</numerusform>
            <numerusform>%n e-poštni naslovi</numerusform>
            <numerusform>%n e-poštnih naslovov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n telefonska številka</numerusform>
            <numerusform>%n telefonski številki</numerusform>
            <numerusform>%n telefonske številke</numerusform>
            <numerusform>%n telefonskih številk</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation>Združim »%1« v »%2«?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Tega ni mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>Merge the customers</source>
        <translation>Združevanje strank</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nič ni bilo spremenjeno: %1</translation>
    </message>
    <message>
        <source>Pick a customer.</source>
        <translation>Izberite stranko.</translation>
    </message>
    <message>
        <source>Look up the customer</source>
        <translation>Iskanje stranke</translation>
    </message>
    <message>
        <source>This customer has only one address: there is nothing to split.</source>
        <translation>Ta stranka ima samo en naslov: ločiti ni česa.</translation>
    </message>
    <message>
        <source>Look up the address</source>
        <translation>Iskanje naslova</translation>
    </message>
    <message>
        <source>A new customer “%1” is made for %2. These move with the address:</source>
        <translation>Za %2 se ustvari nova stranka »%1«. Z naslovom se prenesejo:</translation>
    </message>
    <message>
        <source>Phone numbers stay with “%1”.</source>
        <translation>Telefonske številke ostanejo pri »%1«.</translation>
    </message>
    <message>
        <source>Make %1 a customer of its own?</source>
        <translation>Izločim %1 kot samostojno stranko?</translation>
    </message>
    <message>
        <source>Split the address off</source>
        <translation>Ločevanje naslova</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation>Krmarjenje</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Prejeto</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Vse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Povratni klici</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Naročila</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Opomniki</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zamujeno</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danes</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Prihajajoče</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Pogovori</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Čaka stranko</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Opravljeno</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Trgovina</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Stranke</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Predloge</translation>
    </message>
</context>
<context>
    <name>NewCallbackDialog</name>
    <message>
        <source>New callback</source>
        <translation>Nov povratni klic</translation>
    </message>
    <message>
        <source>Note down a call you missed or a customer who asked to be called back. The request waits in the queue until you have called.</source>
        <translation>Zabeležite zgrešen klic ali stranko, ki je prosila za povratni klic. Prošnja čaka v vrsti, dokler ne pokličete.</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Kdo je klical</translation>
    </message>
    <message>
        <source>The number to call back</source>
        <translation>Številka za povratni klic</translation>
    </message>
    <message>
        <source>Optional: links the request to the customer</source>
        <translation>Neobvezno: poveže prošnjo s stranko</translation>
    </message>
    <message>
        <source>What it is about (optional)</source>
        <translation>Za kaj gre (neobvezno)</translation>
    </message>
    <message>
        <source>For example: after 17:00, between 9 and 11</source>
        <translation>Na primer: po 17:00, med 9 in 11</translation>
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
        <translation>Želeni čas:</translation>
    </message>
    <message>
        <source>Called at:</source>
        <translation>Čas klica:</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Dodaj v vrsto</translation>
    </message>
    <message>
        <source>A phone number is needed.</source>
        <translation>Potrebna je telefonska številka.</translation>
    </message>
    <message>
        <source>This does not look like a phone number; it is kept as written.</source>
        <translation>To ni videti kot telefonska številka; ohrani se, kot je zapisana.</translation>
    </message>
    <message>
        <source>Will be called as %1.</source>
        <translation>Klicana bo številka %1.</translation>
    </message>
    <message>
        <source>Any time.</source>
        <translation>Kadar koli.</translation>
    </message>
    <message>
        <source>Not understood as a time; kept as a note, the call is due now.</source>
        <translation>Ni prepoznano kot čas; ohrani se kot opomba, klic je na vrsti takoj.</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Na vrsti: %1.</translation>
    </message>
</context>
<context>
    <name>NewMessageDialog</name>
    <message>
        <source>New message to %1</source>
        <translation>Novo sporočilo – %1</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Novo sporočilo</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Dodaj opombo</translation>
    </message>
    <message>
        <source>The note is kept on %1&apos;s timeline. Only you see it.</source>
        <translation>Opomba se shrani na časovnico stranke %1. Vidite jo samo vi.</translation>
    </message>
    <message>
        <source>The note is kept with this conversation. Only you see it.</source>
        <translation>Opomba se shrani k temu pogovoru. Vidite jo samo vi.</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what to do next…</source>
        <translation>Kaj se je zgodilo, kaj je dogovorjeno, kaj sledi …</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Dodaj opombo</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note.</source>
        <translation>Ctrl+Enter doda opombo.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Undo</source>
        <translation>Razveljavi</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Check for due reminders</source>
        <translation>Preverjanje zapadlih opomnikov</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while Shopkeeper was closed</source>
        <translation>
            <numerusform>%n opomnik je zapadel, ko je bil Shopkeeper zaprt</numerusform>
            <numerusform>%n opomnika sta zapadla, ko je bil Shopkeeper zaprt</numerusform>
            <numerusform>%n opomniki so zapadli, ko je bil Shopkeeper zaprt</numerusform>
            <numerusform>%n opomnikov je zapadlo, ko je bil Shopkeeper zaprt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while the computer was asleep</source>
        <translation>
            <numerusform>%n opomnik je zapadel, ko je računalnik spal</numerusform>
            <numerusform>%n opomnika sta zapadla, ko je računalnik spal</numerusform>
            <numerusform>%n opomniki so zapadli, ko je računalnik spal</numerusform>
            <numerusform>%n opomnikov je zapadlo, ko je računalnik spal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>Zapadel je %n opomnik</numerusform>
            <numerusform>Zapadla sta %n opomnika</numerusform>
            <numerusform>Zapadli so %n opomniki</numerusform>
            <numerusform>Zapadlo je %n opomnikov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>in še %n</numerusform>
            <numerusform>in še %n</numerusform>
            <numerusform>in še %n</numerusform>
            <numerusform>in še %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odpri</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Opravljeno</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>Odloži za 15 min</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Odloži za 1 h</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Jutri zjutraj</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>Izberite čas …</translation>
    </message>
</context>
<context>
    <name>OccasionItem</name>
    <message>
        <source>Use template</source>
        <translation>Uporabi predlogo</translation>
    </message>
    <message>
        <source>Write to the customer from a template; you send it yourself.</source>
        <translation>Pišite stranki s predlogo; sporočilo pošljete sami.</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Dodaj opomnik</translation>
    </message>
    <message>
        <source>Be reminded on the day (one reminder per customer).</source>
        <translation>Opomnik na ta dan (po eden za vsako stranko).</translation>
    </message>
    <message>
        <source>Be reminded on the day.</source>
        <translation>Opomnik na ta dan.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zavrzi</translation>
    </message>
    <message>
        <source>Do not suggest this again.</source>
        <translation>Tega ne predlagaj več.</translation>
    </message>
</context>
<context>
    <name>OccasionsPanel</name>
    <message>
        <source>Suggestions only: nothing is sent by itself.</source>
        <translation>Samo predlogi: nič se ne pošlje samo od sebe.</translation>
    </message>
    <message>
        <source>Occasions to get in touch (%1)</source>
        <translation>Priložnosti za stik (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Pokaži še %n</numerusform>
            <numerusform>Pokaži še %n</numerusform>
            <numerusform>Pokaži še %n</numerusform>
            <numerusform>Pokaži še %n</numerusform>
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
        <translation>O naročilu %1</translation>
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
        <translation>Skupaj</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznano</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Sledenje: %1</translation>
    </message>
    <message>
        <source>Track the parcel</source>
        <translation>Sledi pošiljki</translation>
    </message>
    <message>
        <source>Open the mail</source>
        <translation>Odpri sporočilo</translation>
    </message>
</context>
<context>
    <name>OrderFields</name>
    <message>
        <source>Order number</source>
        <translation>Številka naročila</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Datum naročila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>E-pošta stranke</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Ime stranke</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Priimek</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Skupni znesek naročila</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Ime artikla</translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation>Količina artikla</translation>
    </message>
    <message>
        <source>Item price (line total)</source>
        <translation>Cena artikla (skupaj za postavko)</translation>
    </message>
    <message>
        <source>Item price (each)</source>
        <translation>Cena artikla (na kos)</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>Šifra artikla (SKU)</translation>
    </message>
    <message>
        <source>Items (WooCommerce list)</source>
        <translation>Artikli (seznam WooCommerce)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Način plačila</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>Način dostave</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Naslov za račun</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Naslov za dostavo</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Številka za sledenje</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Dostavna služba</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>Opomba stranke</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Stanje plačila</translation>
    </message>
    <message>
        <source>Fulfilment status</source>
        <translation>Stanje odpreme</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Preklicano dne</translation>
    </message>
    <message>
        <source>Billing address (part)</source>
        <translation>Naslov za račun (del)</translation>
    </message>
    <message>
        <source>Shipping address (part)</source>
        <translation>Naslov za dostavo (del)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ne uvozi)</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>V obdelavi</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Na čakanju</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plačano</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Odposlano</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zaključeno</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Denar vrnjen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešno</translation>
    </message>
</context>
<context>
    <name>OrdersSection</name>
    <message>
        <source>No orders yet.</source>
        <translation>Še ni naročil.</translation>
    </message>
    <message>
        <source>Load the customer&apos;s orders</source>
        <translation>Nalaganje naročil stranke</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Naročila (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Naročila</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Messages not sent</source>
        <translation>Neposlana sporočila</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Odhodna pošta</translation>
    </message>
    <message>
        <source>Nothing is waiting: every message has gone out.</source>
        <translation>Nič ne čaka: vsa sporočila so odposlana.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Poskusi znova zdaj</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Ne pošlji</translation>
    </message>
    <message>
        <source>Take the message back; its text is kept as a draft in its conversation.</source>
        <translation>Umakni sporočilo; njegovo besedilo ostane kot osnutek v pogovoru.</translation>
    </message>
    <message>
        <source>Read the outbox</source>
        <translation>Branje odhodne pošte</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Za %1: %2</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Strežnik je sporočil: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>Poskušeno %n-krat.</numerusform>
            <numerusform>Poskušeno %n-krat.</numerusform>
            <numerusform>Poskušeno %n-krat.</numerusform>
            <numerusform>Poskušeno %n-krat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Ponovni poskus pošiljanja</translation>
    </message>
    <message>
        <source>Take the message back</source>
        <translation>Umik sporočila</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Try sending now</source>
        <translation>Poskusi poslati zdaj</translation>
    </message>
    <message>
        <source>Show the messages that were not sent…</source>
        <translation>Prikaži neposlana sporočila …</translation>
    </message>
    <message>
        <source>Open the outbox to cancel a message…</source>
        <translation>Odpri odhodno pošto za preklic sporočila …</translation>
    </message>
    <message>
        <source>Count the outbox</source>
        <translation>Štetje odhodne pošte</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent</source>
        <translation>
            <numerusform>%n sporočilo ni poslano</numerusform>
            <numerusform>%n sporočili nista poslani</numerusform>
            <numerusform>%n sporočila niso poslana</numerusform>
            <numerusform>%n sporočil ni poslanih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n sporočilo čaka na pošiljanje</numerusform>
            <numerusform>%n sporočili čakata na pošiljanje</numerusform>
            <numerusform>%n sporočila čakajo na pošiljanje</numerusform>
            <numerusform>%n sporočil čaka na pošiljanje</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox: click to try again, see why, or cancel a message.</source>
        <translation>Odhodna pošta: kliknite za ponovni poskus, razlog ali preklic sporočila.</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Waiting out the undo delay</source>
        <translation>Čaka, da poteče čas za razveljavitev</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Čaka na pošiljanje</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Pošiljanje</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslano</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ni poslano</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Preklicano</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Zadeva</translation>
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
        <translation>Nastavitve</translation>
    </message>
    <message>
        <source>Show a notification when a customer writes</source>
        <translation>Pokaži obvestilo, ko stranka piše</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Ob zaprtju okna nadaljuj v sistemski vrstici</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Kot v sistemu</translation>
    </message>
    <message>
        <source>A new language is used the next time Shopkeeper starts.</source>
        <translation>Nov jezik bo uporabljen ob naslednjem zagonu Shopkeeperja.</translation>
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
        <translation>Opomni me na to obljubo</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Spremeni datum</translation>
    </message>
    <message>
        <source>Not a promise: no reminder</source>
        <translation>Ni obljuba: brez opomnika</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>»%1«</translation>
    </message>
    <message>
        <source>“%1” (date changed by you)</source>
        <translation>»%1« (datum ste spremenili vi)</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Vaša trgovina je ta dan zaprta: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Vaša trgovina je ta dan zaprta.</translation>
    </message>
</context>
<context>
    <name>PromiseChips</name>
    <message>
        <source>Your promises:</source>
        <translation>Vaše obljube:</translation>
    </message>
    <message>
        <source>Shopkeeper found these promises in your text. Confirm (✓) the ones you want to be reminded of.</source>
        <translation>Shopkeeper je v vašem besedilu našel te obljube. Potrdite (✓) tiste, na katere naj vas opomni.</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Branje delovnega časa trgovine</translation>
    </message>
</context>
<context>
    <name>PromiseText</name>
    <message>
        <source>Call</source>
        <translation>Klic</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Povratni klic</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Pošiljanje</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Odprema</translation>
    </message>
    <message>
        <source>Write back</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Preverjanje</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Vračilo denarja</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dostava</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Obisk</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Ponovni stik</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Opomnik</translation>
    </message>
</context>
<context>
    <name>PromiseTimeline</name>
    <message>
        <source>Promised: %1 — due %2</source>
        <translation>Obljubljeno: %1 — rok %2</translation>
    </message>
    <message>
        <source>Reminder: %1 — due %2</source>
        <translation>Opomnik: %1 — rok %2</translation>
    </message>
    <message>
        <source>Snoozed: %1 — until %2</source>
        <translation>Odloženo: %1 — do %2</translation>
    </message>
    <message>
        <source>Kept: %1 (due %2, done %3)</source>
        <translation>Izpolnjeno: %1 (rok %2, opravljeno %3)</translation>
    </message>
    <message>
        <source>Late: %1 (due %2, done %3)</source>
        <translation>Z zamudo: %1 (rok %2, opravljeno %3)</translation>
    </message>
    <message>
        <source>Done: %1 (due %2, done %3)</source>
        <translation>Opravljeno: %1 (rok %2, opravljeno %3)</translation>
    </message>
    <message>
        <source>Closed: %1 — the customer replied</source>
        <translation>Zaprto: %1 — stranka je odgovorila</translation>
    </message>
    <message>
        <source>Dismissed: %1 (due %2)</source>
        <translation>Zavrženo: %1 (rok %2)</translation>
    </message>
</context>
<context>
    <name>ReachedDialog</name>
    <message>
        <source>Call reached</source>
        <translation>Pogovor opravljen</translation>
    </message>
    <message>
        <source>You reached %1. What was said or agreed?</source>
        <translation>Pogovor opravljen (%1). Kaj je bilo rečeno ali dogovorjeno?</translation>
    </message>
    <message>
        <source>You reached the customer. What was said or agreed?</source>
        <translation>S stranko ste govorili. Kaj je bilo rečeno ali dogovorjeno?</translation>
    </message>
    <message>
        <source>A short note for the timeline (optional)</source>
        <translation>Kratka opomba za časovnico (neobvezno)</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Zabeleži klic</translation>
    </message>
</context>
<context>
    <name>ReliabilityLabel</name>
    <message>
        <source>Promises kept on time: none due yet this month.</source>
        <translation>Pravočasno izpolnjene obljube: ta mesec še nobena ni zapadla.</translation>
    </message>
    <message>
        <source>Promises kept on time: %1 this week, %2 this month</source>
        <translation>Pravočasno izpolnjene obljube: %1 ta teden, %2 ta mesec</translation>
    </message>
    <message>
        <source>This week: %1 kept on time, %2 late, %3 missed, %4 still open.</source>
        <translation>Ta teden: pravočasno %1, z zamudo %2, zamujeno %3, še odprto %4.</translation>
    </message>
    <message>
        <source>This month: %1 kept on time, %2 late, %3 missed, %4 still open.</source>
        <translation>Ta mesec: pravočasno %1, z zamudo %2, zamujeno %3, še odprto %4.</translation>
    </message>
</context>
<context>
    <name>ReminderInput</name>
    <message>
        <source>Add a reminder: “next Wed 10:00 call Ana”</source>
        <translation>Dodajte opomnik: »jutri ob 9:00 pokliči Ano«</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Dodaj opomnik</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Say when, e.g. “tomorrow 9:00” or “Friday 2 pm”.</source>
        <translation>Povejte kdaj, npr. »jutri ob 9:00« ali »petek ob 14:00«.</translation>
    </message>
    <message>
        <source>Type what to do and when; Enter adds it.</source>
        <translation>Vpišite, kaj in kdaj; Enter ga doda.</translation>
    </message>
    <message>
        <source>%1 — %2: “%3”</source>
        <translation>%1 — %2: »%3«</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Vaša trgovina je ta dan zaprta: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Vaša trgovina je ta dan zaprta.</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Birthday</source>
        <translation>Rojstni dan</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) since the first order</source>
        <translation>
            <numerusform>%n leto od prvega naročila</numerusform>
            <numerusform>%n leti od prvega naročila</numerusform>
            <numerusform>%n leta od prvega naročila</numerusform>
            <numerusform>%n let od prvega naročila</numerusform>
        </translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Praznik</translation>
    </message>
    <message>
        <source>Did the order arrive well?</source>
        <translation>Je naročilo prispelo v redu?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(brez zadeve)</translation>
    </message>
    <message>
        <source>No answer yet to “%1”</source>
        <translation>Še ni odgovora na »%1«</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Naročilo %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>odloženo do %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n stranka</numerusform>
            <numerusform>%n stranki</numerusform>
            <numerusform>%n stranke</numerusform>
            <numerusform>%n strank</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <source>Reminders</source>
        <translation>Opomniki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Odpri</translation>
    </message>
    <message>
        <source>Open the conversation (Enter)</source>
        <translation>Odpri pogovor (Enter)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Opravljeno</translation>
    </message>
    <message>
        <source>Mark as done: the promise is kept</source>
        <translation>Označi kot opravljeno: obljuba je izpolnjena</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Odloži</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Opomni me pozneje</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Branje delovnega časa trgovine</translation>
    </message>
    <message>
        <source>Read the reminders</source>
        <translation>Branje opomnikov</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zamujeno</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danes</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Prihajajoče</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nič ni zamujeno</translation>
    </message>
    <message>
        <source>Every promise is kept or still ahead.</source>
        <translation>Vse obljube so izpolnjene ali jim rok še ni potekel.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Danes ni nič na vrsti</translation>
    </message>
    <message>
        <source>Reminders and promises due today will be listed here.</source>
        <translation>Tukaj bodo navedeni današnji opomniki in obljube.</translation>
    </message>
    <message>
        <source>No upcoming reminders</source>
        <translation>Ni prihajajočih opomnikov</translation>
    </message>
    <message>
        <source>Add one above, or confirm a promise when you write to a customer.</source>
        <translation>Dodajte ga zgoraj ali potrdite obljubo, ko pišete stranki.</translation>
    </message>
    <message>
        <source>Mark the reminder as done</source>
        <translation>Označitev opomnika kot opravljenega</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Opravljeno: %1.</translation>
    </message>
    <message>
        <source>Snooze the reminder</source>
        <translation>Odložitev opomnika</translation>
    </message>
    <message>
        <source>Snoozed until %1: %2.</source>
        <translation>Odloženo do %1: %2.</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>Za 15 minut</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>Za eno uro</translation>
    </message>
    <message>
        <source>Until tomorrow, %1</source>
        <translation>Do jutri, %1</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Izberite datum in uro…</translation>
    </message>
    <message>
        <source>Add the reminder</source>
        <translation>Dodajanje opomnika</translation>
    </message>
    <message>
        <source>Reminder added for %1.</source>
        <translation>Opomnik je dodan za %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) added.</source>
        <translation>
            <numerusform>Dodan je %n opomnik.</numerusform>
            <numerusform>Dodana sta %n opomnika.</numerusform>
            <numerusform>Dodani so %n opomniki.</numerusform>
            <numerusform>Dodanih je %n opomnikov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add reminders for the occasion</source>
        <translation>Dodajanje opomnikov za priložnost</translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation>Zavrnitev predloga</translation>
    </message>
</context>
<context>
    <name>RemoteImages</name>
    <message>
        <source>Read the settings</source>
        <translation>Branje nastavitev</translation>
    </message>
    <message>
        <source>Save the setting</source>
        <translation>Shranjevanje nastavitve</translation>
    </message>
</context>
<context>
    <name>RetryOffer</name>
    <message>
        <source>Remind me</source>
        <translation>Opomni me</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Brez opomnika</translation>
    </message>
    <message>
        <source>Voicemail left for %1. Try again at %2?</source>
        <translation>Sporočilo na odzivniku (%1). Poskusim znova ob %2?</translation>
    </message>
    <message>
        <source>%1 did not answer. Try again at %2?</source>
        <translation>Ni odgovora (%1). Poskusim znova ob %2?</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>stranka</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <source>(not used)</source>
        <translation>(ni uporabljeno)</translation>
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
        <translation>Priimek</translation>
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
        <translation>Želeni čas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Sporočilo</translation>
    </message>
    <message>
        <source>Call requested (yes/no)</source>
        <translation>Želi klic (da/ne)</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Callback form rule</source>
        <translation>Pravilo obrazca za povratni klic</translation>
    </message>
    <message>
        <source>For example: Shop builder form</source>
        <translation>Na primer: obrazec s spletne strani</translation>
    </message>
    <message>
        <source>For example: @shop-builder.example</source>
        <translation>Na primer: @shop-builder.example</translation>
    </message>
    <message>
        <source>For example: New request</source>
        <translation>Na primer: Novo povpraševanje</translation>
    </message>
    <message>
        <source>Words every mail of the form has (optional)</source>
        <translation>Besede iz vsakega sporočila obrazca (neobvezno)</translation>
    </message>
    <message>
        <source>Every mail of this form with a phone number asks for a call</source>
        <translation>Vsako sporočilo tega obrazca s telefonsko številko je prošnja za klic</translation>
    </message>
    <message>
        <source>Patterns are regular expressions and ignore case; plain words work too. Every pattern you give must match.</source>
        <translation>Vzorci so regularni izrazi in ne razlikujejo velikih in malih črk; delujejo tudi navadne besede. Ujemati se mora vsak podani vzorec.</translation>
    </message>
    <message>
        <source>Label in the mail</source>
        <translation>Oznaka v sporočilu</translation>
    </message>
    <message>
        <source>In the sample</source>
        <translation>V primeru</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Pomeni</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Dodaj oznako</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odstrani</translation>
    </message>
    <message>
        <source>Common labels (Name, Phone, Telefon, Телефон, …) are known already; add the ones your form uses in its own words.</source>
        <translation>Običajne oznake (Ime, Telefon, Mobilni telefon, Phone, …) so že znane; dodajte tiste, ki jih vaš obrazec uporablja po svoje.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ime:</translation>
    </message>
    <message>
        <source>Sender contains:</source>
        <translation>Pošiljatelj vsebuje:</translation>
    </message>
    <message>
        <source>Subject contains:</source>
        <translation>Zadeva vsebuje:</translation>
    </message>
    <message>
        <source>Text contains:</source>
        <translation>Besedilo vsebuje:</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Pravilo</translation>
    </message>
    <message>
        <source>Field labels:</source>
        <translation>Oznake polj:</translation>
    </message>
    <message>
        <source>A recent mail:</source>
        <translation>Nedavno sporočilo:</translation>
    </message>
    <message>
        <source>Pasted text:</source>
        <translation>Prilepljeno besedilo:</translation>
    </message>
    <message>
        <source>Paste a whole mail (with its headers) or just the text of the form.</source>
        <translation>Prilepite celotno sporočilo (z glavami) ali samo besedilo obrazca.</translation>
    </message>
    <message>
        <source>Try it on a mail</source>
        <translation>Preizkus na sporočilu</translation>
    </message>
    <message>
        <source>What the rule reads:</source>
        <translation>Kaj pravilo prebere:</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Shrani pravilo</translation>
    </message>
    <message>
        <source>The sender pattern is not valid: %1</source>
        <translation>Vzorec pošiljatelja ni veljaven: %1</translation>
    </message>
    <message>
        <source>The subject pattern is not valid: %1</source>
        <translation>Vzorec zadeve ni veljaven: %1</translation>
    </message>
    <message>
        <source>The text pattern is not valid: %1</source>
        <translation>Vzorec besedila ni veljaven: %1</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Poimenujte pravilo.</translation>
    </message>
    <message>
        <source>Give a sender, subject or text pattern.</source>
        <translation>Navedite vzorec pošiljatelja, zadeve ali besedila.</translation>
    </message>
    <message>
        <source>A label is mapped to a field that does not exist.</source>
        <translation>Oznaka je povezana s poljem, ki ne obstaja.</translation>
    </message>
    <message>
        <source>Load recent mail</source>
        <translation>Nalaganje nedavne pošte</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(brez zadeve)</translation>
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
        <translation>Preizkušanje pravila</translation>
    </message>
    <message>
        <source>The mail could not be read: %1</source>
        <translation>Sporočila ni bilo mogoče prebrati: %1</translation>
    </message>
    <message>
        <source>Pick a recent mail or paste one to see what the rule reads.</source>
        <translation>Izberite nedavno sporočilo ali ga prilepite, da vidite, kaj pravilo prebere.</translation>
    </message>
    <message>
        <source>The rule matches this mail.</source>
        <translation>Pravilo se ujema s tem sporočilom.</translation>
    </message>
    <message>
        <source>The rule does not match this mail: check the patterns.</source>
        <translation>Pravilo se ne ujema s tem sporočilom: preverite vzorce.</translation>
    </message>
    <message>
        <source>It becomes a callback request.</source>
        <translation>Postane prošnja za povratni klic.</translation>
    </message>
    <message>
        <source>It does not become a callback request: no phone number was found.</source>
        <translation>Ne postane prošnja za povratni klic: telefonska številka ni bila najdena.</translation>
    </message>
    <message>
        <source>It does not become a callback request: the mail does not ask for a call. Tick the box above if every mail of this form does.</source>
        <translation>Ne postane prošnja za povratni klic: sporočilo ne prosi za klic. Označite polje zgoraj, če za klic prosi vsako sporočilo tega obrazca.</translation>
    </message>
    <message>
        <source>It does not become a callback request.</source>
        <translation>Ne postane prošnja za povratni klic.</translation>
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
        <translation>Želeni čas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Sporočilo</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>ni najdeno</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Shranjevanje pravila</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>Pravilo ni bilo shranjeno: %1</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Make reminders of your promises</source>
        <translation>Ustvarjanje opomnikov za vaše obljube</translation>
    </message>
    <message>
        <source>Take back the reminders of the reply</source>
        <translation>Umik opomnikov iz odgovora</translation>
    </message>
    <message>
        <source>Set the follow-up reminder</source>
        <translation>Nastavitev opomnika za ponovni stik</translation>
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
        <translation>Samo če vam jo je dal ponudnik</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izberi …</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Dohodna pošta (IMAP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Strežnik:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Varnost:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Uporabniško ime:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Odhodna pošta (SMTP)</translation>
    </message>
    <message>
        <source>Certificate authority (optional)</source>
        <translation>Overitelj potrdil (neobvezno)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Datoteka CA:</translation>
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
        <translation>Brez (samo za strežnik na tem računalniku)</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Izberite datoteko overitelja potrdil</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Potrdila (*.pem *.crt *.cer);;Vse datoteke (*)</translation>
    </message>
</context>
<context>
    <name>StoreRestorer</name>
    <message>
        <source>Restoring a backup…</source>
        <translation>Obnavljanje varnostne kopije …</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Obnovitev varnostne kopije</translation>
    </message>
    <message>
        <source>The data folder could not be opened again; see the main window.</source>
        <translation>Mape s podatki ni bilo mogoče znova odpreti; poglejte glavno okno.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Read the mail accounts</source>
        <translation>Branje e-poštnih računov</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Connecting to the mail server of %1…</source>
        <translation>Povezovanje s poštnim strežnikom za %1 …</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 messages</source>
        <translation>Usklajevanje %1: %2 od %3</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Usklajevanje %1 …</translation>
    </message>
    <message>
        <source>%1 is up to date</source>
        <translation>%1 je usklajen</translation>
    </message>
    <message>
        <source>Sync of %1 is stopped</source>
        <translation>Usklajevanje za %1 je ustavljeno</translation>
    </message>
    <message>
        <source>The mail server of %1 cannot be reached; retrying in %2 s.</source>
        <translation>Poštni strežnik za %1 ni dosegljiv; nov poskus čez %2 s.</translation>
    </message>
    <message>
        <source>Syncing %1 failed; retrying in %2 s.</source>
        <translation>Usklajevanje za %1 ni uspelo; nov poskus čez %2 s.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Poskusi zdaj</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Vnesi geslo …</translation>
    </message>
    <message>
        <source>The mail server did not accept the password of %1.</source>
        <translation>Poštni strežnik ni sprejel gesla za %1.</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keyring.</source>
        <translation>Gesla za %1 ni bilo mogoče prebrati iz shrambe ključev.</translation>
    </message>
    <message>
        <source>The certificate of the mail server of %1 was refused.</source>
        <translation>Potrdilo poštnega strežnika za %1 je bilo zavrnjeno.</translation>
    </message>
    <message>
        <source>Choose a CA file…</source>
        <translation>Izberi datoteko CA …</translation>
    </message>
    <message>
        <source>Another Shopkeeper is already syncing this mail.</source>
        <translation>Drug Shopkeeper že usklajuje to pošto.</translation>
    </message>
    <message>
        <source>The mail server of %1 cannot be reached.</source>
        <translation>Poštni strežnik za %1 ni dosegljiv.</translation>
    </message>
    <message>
        <source>Syncing %1 failed.</source>
        <translation>Usklajevanje za %1 ni uspelo.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>order_received</source>
        <translation>narocilo_prejeto</translation>
    </message>
    <message>
        <source>A short name for the template: letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>Kratko ime predloge: črke brez strešic (a–z), števke, &apos;_&apos;, &apos;-&apos; ali &apos;.&apos;.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brez</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Dodaj jezik</translation>
    </message>
    <message>
        <source>Values you can use: %1</source>
        <translation>Vrednosti, ki jih lahko uporabite: %1</translation>
    </message>
    <message>
        <source>A value that is not known shows as a marked gap, such as [order.number].</source>
        <translation>Neznana vrednost se prikaže kot označena vrzel, npr. [order.number].</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ime:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorija:</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>Bližnjica:</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>Reply templates</source>
        <translation>Predloge odgovorov</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Podvoji</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Izbriši …</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Premakni gor</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Premakni dol</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Uvozi …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Izvozi …</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Zavrzi spremembe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>Drag a template to change the order.</source>
        <translation>Povlecite predlogo, da spremenite vrstni red.</translation>
    </message>
    <message>
        <source>Read the templates</source>
        <translation>Branje predlog</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Predloga ni bila shranjena: %1</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Shranjevanje predloge</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Poimenujte predlogo.</translation>
    </message>
    <message>
        <source>“%1” cannot be a template name: use letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>»%1« ne more biti ime predloge: uporabite črke brez strešic (a–z), števke, &apos;_&apos;, &apos;-&apos; ali &apos;.&apos;.</translation>
    </message>
    <message>
        <source>There is already a template named “%1”.</source>
        <translation>Predloga z imenom »%1« že obstaja.</translation>
    </message>
    <message>
        <source>Write the text of the template first.</source>
        <translation>Najprej napišite besedilo predloge.</translation>
    </message>
    <message>
        <source>The template was saved.</source>
        <translation>Predloga je shranjena.</translation>
    </message>
    <message>
        <source>A copy was made; rename it and change what differs.</source>
        <translation>Ustvarjena je kopija; preimenujte jo in spremenite, kar je drugače.</translation>
    </message>
    <message>
        <source>The template was deleted.</source>
        <translation>Predloga je izbrisana.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nič ni bilo uvoženo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>Uvožena je %n predloga.</numerusform>
            <numerusform>Uvoženi sta %n predlogi.</numerusform>
            <numerusform>Uvožene so %n predloge.</numerusform>
            <numerusform>Uvoženih je %n predlog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept your own version of: %1.</source>
        <translation>Ohranjena je vaša različica: %1.</translation>
    </message>
    <message>
        <source>%1 saved with %2 templates.</source>
        <translation>Shranjeno v %1 (število predlog: %2).</translation>
    </message>
    <message>
        <source>The templates were not exported: %1</source>
        <translation>Predloge niso bile izvožene: %1</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>To ni uspelo: %1</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Brisanje predloge</translation>
    </message>
    <message>
        <source>Delete “%1” in all its languages? This cannot be undone.</source>
        <translation>Izbrišem »%1« v vseh jezikih? Tega ni mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neshranjene spremembe</translation>
    </message>
    <message>
        <source>The template has changes that are not saved yet.</source>
        <translation>Predloga ima spremembe, ki še niso shranjene.</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Uvoz predlog</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>Datoteke predlog (*.json)</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Izvoz predlog</translation>
    </message>
</context>
<context>
    <name>TemplateNames</name>
    <message>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Naročila</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Dostava</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Izdelki</translation>
    </message>
    <message>
        <source>Returns and repairs</source>
        <translation>Vračila in popravila</translation>
    </message>
    <message>
        <source>Reviews and feedback</source>
        <translation>Ocene in mnenja</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Klici</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>Voščila</translation>
    </message>
</context>
<context>
    <name>TemplateSidebar</name>
    <message>
        <source>Templates</source>
        <translation>Predloge</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Išči predloge</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jezik:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Vstavi</translation>
    </message>
    <message>
        <source>Insert the template where the cursor is</source>
        <translation>Vstavi predlogo na mesto kazalke</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Upravljaj …</translation>
    </message>
    <message>
        <source>Create, edit, sort, import and export templates</source>
        <translation>Ustvarjanje, urejanje, razvrščanje, uvoz in izvoz predlog</translation>
    </message>
    <message>
        <source>Insert template %1</source>
        <translation>Vstavi predlogo %1</translation>
    </message>
    <message>
        <source>Read the templates</source>
        <translation>Branje predlog</translation>
    </message>
    <message>
        <source>Read the customer&apos;s details for templates</source>
        <translation>Branje podatkov o stranki za predloge</translation>
    </message>
    <message>
        <source>No templates yet. Create one with Manage…</source>
        <translation>Predlog še ni. Ustvarite jo z »Upravljaj …«.</translation>
    </message>
    <message>
        <source>No template matches “%1”.</source>
        <translation>Nobena predloga se ne ujema z »%1«.</translation>
    </message>
    <message>
        <source>Choose a template to see it filled in for this customer.</source>
        <translation>Izberite predlogo, da jo vidite izpolnjeno za to stranko.</translation>
    </message>
    <message>
        <source>This template has an error: %1</source>
        <translation>Ta predloga vsebuje napako: %1</translation>
    </message>
    <message>
        <source>There is no version in the customer&apos;s language; this is %1.</source>
        <translation>Ni različice v jeziku stranke; prikazana je različica: %1.</translation>
    </message>
    <message>
        <source>Not known yet, marked in the text: %1. Fill them in before sending.</source>
        <translation>Še neznano, označeno v besedilu: %1. Izpolnite pred pošiljanjem.</translation>
    </message>
    <message>
        <source>Use the %1 version</source>
        <translation>Uporabi različico: %1</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <source>Unknown sender</source>
        <translation>Neznan pošiljatelj</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vi)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>za: %1</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Skrij citirano besedilo</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Pokaži citirano besedilo</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>To sporočilo nima besedila.</translation>
    </message>
    <message>
        <source>Remote images were not loaded, so the sender cannot see that you read this message.</source>
        <translation>Oddaljene slike niso bile naložene, zato pošiljatelj ne more videti, da ste prebrali to sporočilo.</translation>
    </message>
    <message>
        <source>Load images</source>
        <translation>Naloži slike</translation>
    </message>
    <message>
        <source>Always load images from this sender</source>
        <translation>Vedno naloži slike tega pošiljatelja</translation>
    </message>
    <message>
        <source>This message could not be read completely; the original is kept unchanged.</source>
        <translation>Tega sporočila ni bilo mogoče v celoti prebrati; izvirnik je shranjen nespremenjen.</translation>
    </message>
    <message>
        <source>(unnamed file)</source>
        <translation>(neimenovana datoteka)</translation>
    </message>
    <message>
        <source>%1 set the status to “%2”</source>
        <translation>Stanje »%2« (%1)</translation>
    </message>
    <message>
        <source>%1 called: %2</source>
        <translation>Klic (%1): %2</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Opomba (%1)</translation>
    </message>
    <message>
        <source>This conversation has no mail.</source>
        <translation>V tem pogovoru ni sporočil.</translation>
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
        <translation>Nadaljuj z delovanjem, ko se okno zapre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Končaj</translation>
    </message>
    <message numerus="yes">
        <source>Shopkeeper: %n item(s) waiting for you</source>
        <translation>
            <numerusform>Shopkeeper: %n zadeva vas čaka</numerusform>
            <numerusform>Shopkeeper: %n zadevi vas čakata</numerusform>
            <numerusform>Shopkeeper: %n zadeve vas čakajo</numerusform>
            <numerusform>Shopkeeper: %n zadev vas čaka</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopkeeper: nothing is waiting</source>
        <translation>Shopkeeper: nič ne čaka</translation>
    </message>
</context>
<context>
    <name>UndoSendBar</name>
    <message>
        <source>Undo</source>
        <translation>Razveljavi</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Pošlji zdaj</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Pošiljanje …</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %1 in %n s.</source>
        <translation>
            <numerusform>%1: pošiljanje čez %n s.</numerusform>
            <numerusform>%1: pošiljanje čez %n s.</numerusform>
            <numerusform>%1: pošiljanje čez %n s.</numerusform>
            <numerusform>%1: pošiljanje čez %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s.</source>
        <translation>
            <numerusform>Pošiljanje čez %n s.</numerusform>
            <numerusform>Pošiljanje čez %n s.</numerusform>
            <numerusform>Pošiljanje čez %n s.</numerusform>
            <numerusform>Pošiljanje čez %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionPage</name>
    <message>
        <source>Subject</source>
        <translation>Zadeva</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Besedilo</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Zadeva:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Shopkeeper</source>
        <translation>Dobrodošli v Shopkeeperju</translation>
    </message>
    <message>
        <source>Your customers&apos; mail, callbacks, orders and promises in one inbox, kept on your own computer.</source>
        <translation>Pošta, povratni klici, naročila in obljube vaših strank v enem nabiralniku, na vašem računalniku.</translation>
    </message>
    <message>
        <source>Try it with a sample shop</source>
        <translation>Preizkusite z vzorčno trgovino</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>Dodaj e-poštni račun</translation>
    </message>
    <message>
        <source>The sample shop lives in its own folder and never touches your real mail.</source>
        <translation>Vzorčna trgovina je v svoji mapi in nikoli ne posega v vašo pravo pošto.</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>today</source>
        <translation>danes</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>danes, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danes</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Danes, %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>jutri</translation>
    </message>
    <message>
        <source>tomorrow, %1</source>
        <translation>jutri, %1</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Jutri</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Jutri, %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>zamujeno</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>zamuda %1</translation>
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
        <translation>&amp;Novo sporočilo …</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Odgovori</translation>
    </message>
    <message>
        <source>Manage &amp;templates…</source>
        <translation>&amp;Uredi predloge …</translation>
    </message>
    <message>
        <source>Show the &amp;outbox…</source>
        <translation>Pokaži odhodno &amp;pošto …</translation>
    </message>
    <message>
        <source>New &amp;callback…</source>
        <translation>Nov povratni &amp;klic …</translation>
    </message>
    <message>
        <source>Callback &amp;form rules…</source>
        <translation>Pravila o&amp;brazcev …</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>Uvo&amp;z naročil …</translation>
    </message>
    <message>
        <source>&amp;Merge or split customers…</source>
        <translation>Združi ali &amp;razdeli stranke …</translation>
    </message>
    <message>
        <source>Templates &amp;sidebar</source>
        <translation>&amp;Stranska vrstica predlog</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Branje delovnega časa trgovine</translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation>Izpolnjevanje predloge</translation>
    </message>
    <message>
        <source>There is no email address for %1.</source>
        <translation>Stranka %1 nima e-poštnega naslova.</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>The file is missing.</source>
        <translation>Datoteka manjka.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Odstrani %1</translation>
    </message>
</context>
</TS>
