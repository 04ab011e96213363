<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <source>Some settings are missing or wrong.</source>
        <translation>Bazı ayarlar eksik veya hatalı.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Sunucu kullanıcı adını veya parolayı kabul etmedi.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. If your provider uses its own certificate authority, choose its CA file below.</source>
        <translation>Sunucunun sertifikası doğrulanamadı. Sağlayıcınız kendi sertifika yetkilisini kullanıyorsa aşağıdan CA dosyasını seçin.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the server name and port, and that this computer is online.</source>
        <translation>Sunucuya ulaşılamadı. Sunucu adını ve bağlantı noktasını, ayrıca bu bilgisayarın çevrimiçi olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>The server closed the connection. Check the port and security.</source>
        <translation>Sunucu bağlantıyı kapattı. Bağlantı noktasını ve güvenlik ayarını kontrol edin.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Sunucu bir hatayla yanıt verdi.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1</source>
        <translation>Gelen posta (IMAP): %1</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1</source>
        <translation>Giden posta (SMTP): %1</translation>
    </message>
    <message>
        <source>Connection test passed: both servers accepted the login.</source>
        <translation>Bağlantı testi başarılı: iki sunucu da girişi kabul etti.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a mail account</source>
        <translation type="vanished">E-posta hesabı ekle</translation>
    </message>
    <message>
        <source>Adding an account from the app comes in a later version. Until then, add it in a terminal with the command below: it asks for your password and keeps it in your system&apos;s keyring. Then start Shopkeeper again.</source>
        <translation type="vanished">Hesabı uygulamadan eklemek sonraki bir sürümde gelecek. O zamana kadar hesabı aşağıdaki komutla terminalde ekleyin: komut parolanızı sorar ve sisteminizin anahtar zincirinde saklar. Ardından Shopkeeper&apos;ı yeniden başlatın.</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="vanished">Komutu kopyala</translation>
    </message>
    <message>
        <source>Run “shopkeeper account add --help” to see every option.</source>
        <translation type="vanished">Tüm seçenekleri görmek için “shopkeeper account add --help” komutunu çalıştırın.</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>Add a mail account</source>
        <translation>E-posta hesabı ekle</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı test et</translation>
    </message>
    <message>
        <source>Your shop&apos;s mail address</source>
        <translation>Mağazanızın e-posta adresi</translation>
    </message>
    <message>
        <source>Shopkeeper reads your customers&apos; mail from your mail provider and keeps a copy on this computer.</source>
        <translation>Shopkeeper müşterilerinizin e-postalarını e-posta sağlayıcınızdan okur ve bir kopyasını bu bilgisayarda saklar.</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>E-posta sunucuları</translation>
    </message>
    <message>
        <source>Check the servers, then test the connection. Finish saves the account.</source>
        <translation>Sunucuları kontrol edin, ardından bağlantıyı test edin. Son olarak hesabı kaydedin.</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Hesabı kaydet</translation>
    </message>
    <message>
        <source>Looking up the settings of %1…</source>
        <translation>%1 için ayarlar aranıyor…</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so the password cannot be stored safely. Shopkeeper keeps it in memory only until it quits and asks for it again next time; it is never written to disk.</source>
        <translation>Bu bilgisayarda sistem anahtar zinciri yok, bu nedenle parola güvenle saklanamaz. Shopkeeper parolayı yalnızca kapanana kadar bellekte tutar ve bir sonraki sefer yeniden sorar; parola asla diske yazılmaz.</translation>
    </message>
    <message>
        <source>No settings were found for %1. Enter them from your mail provider&apos;s help pages.</source>
        <translation>%1 için ayar bulunamadı. Ayarları e-posta sağlayıcınızın yardım sayfalarına göre girin.</translation>
    </message>
    <message>
        <source>The settings were found at your mail provider.</source>
        <translation>Ayarlar e-posta sağlayıcınızda bulundu.</translation>
    </message>
    <message>
        <source>The settings of your mail provider were filled in.</source>
        <translation>E-posta sağlayıcınızın ayarları dolduruldu.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Bağlantı test ediliyor…</translation>
    </message>
    <message>
        <source>Enter the email address and the password.</source>
        <translation>E-posta adresini ve parolayı girin.</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Hesap kaydediliyor…</translation>
    </message>
    <message>
        <source>Save the mail account</source>
        <translation>E-posta hesabını kaydetme</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Mail accounts</source>
        <translation>E-posta hesapları</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Hesap ekle…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Kaldır…</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Değiştirilmedi</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı test et</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Bağlantı test ediliyor…</translation>
    </message>
    <message>
        <source>Read the mail accounts</source>
        <translation>E-posta hesaplarını okuma</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Bağlantıyı test etmek için parolayı girin.</translation>
    </message>
    <message>
        <source>Save the mail account</source>
        <translation>E-posta hesabını kaydetme</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Ayarlar kaydedildi.</translation>
    </message>
    <message>
        <source>The settings were saved. No keyring is available, so the password is kept only until Shopkeeper quits.</source>
        <translation>Ayarlar kaydedildi. Anahtar zinciri olmadığından parola yalnızca Shopkeeper kapanana kadar tutulur.</translation>
    </message>
    <message>
        <source>Remove the mail account</source>
        <translation>E-posta hesabını kaldırma</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Hesabı kaldır</translation>
    </message>
    <message>
        <source>Remove the account %1? Its mail stays in Shopkeeper, but no new mail is fetched and the password is deleted from the keyring.</source>
        <translation>%1 hesabı kaldırılsın mı? E-postaları Shopkeeper&apos;da kalır, ancak yeni e-posta alınmaz ve parola anahtar zincirinden silinir.</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Farklı kaydet…</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Dosya açılmadı</translation>
    </message>
    <message>
        <source>%1 could run a program on this computer, so it was not opened. If you trust the sender, save it and check it first.</source>
        <translation>%1 bu bilgisayarda bir program çalıştırabileceği için açılmadı. Gönderene güveniyorsanız dosyayı kaydedip önce kontrol edin.</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Eki açma</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Eki kaydetme</translation>
    </message>
    <message>
        <source>The attachment could not be read or written: %1</source>
        <translation>Ek okunamadı veya yazılamadı: %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Ek</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Eki kaydet</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Together %1: more than most mail servers accept (25 MB).</source>
        <translation>Toplam %1: çoğu e-posta sunucusunun kabul ettiğinden fazla (25 MB).</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <comment>a backup kept as the day&apos;s backup</comment>
        <translation>Günlük</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>a backup kept as the week&apos;s backup</comment>
        <translation>Haftalık</translation>
    </message>
    <message>
        <source>Extra</source>
        <comment>one more backup of the last 24 hours</comment>
        <translation>Ekstra</translation>
    </message>
    <message>
        <source>Restored the backup of %1. Your data as it was before is kept as the backup of %2, so this can be undone.</source>
        <translation>%1 tarihli yedek geri yüklendi. Verilerinizin önceki hâli %2 tarihli yedek olarak saklanıyor, yani bu işlem geri alınabilir.</translation>
    </message>
    <message>
        <source>Another Shopkeeper is syncing this data folder (a sync in a terminal?), so nothing was restored and your data is unchanged. Stop it and try again.</source>
        <translation>Bu veri klasörünü başka bir Shopkeeper eşitliyor (terminalde bir eşitleme mi?), bu yüzden hiçbir şey geri yüklenmedi ve verileriniz değişmedi. Onu durdurup yeniden deneyin.</translation>
    </message>
    <message>
        <source>The backup of %1 is no longer there, so nothing was restored and your data is unchanged.</source>
        <translation>%1 tarihli yedek artık yok, bu yüzden hiçbir şey geri yüklenmedi ve verileriniz değişmedi.</translation>
    </message>
    <message>
        <source>The backup of %1 cannot be read: it is damaged or not a Shopkeeper backup. Nothing was restored and your data is unchanged; choose another backup.</source>
        <translation>%1 tarihli yedek okunamıyor: bozuk ya da bir Shopkeeper yedeği değil. Hiçbir şey geri yüklenmedi ve verileriniz değişmedi; başka bir yedek seçin.</translation>
    </message>
    <message>
        <source>Another program is using the Shopkeeper data (a command in a terminal?), so nothing was restored and your data is unchanged. Close it and try again.</source>
        <translation>Shopkeeper verilerini başka bir program kullanıyor (terminalde bir komut mu?), bu yüzden hiçbir şey geri yüklenmedi ve verileriniz değişmedi. Programı kapatıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to restore the backup, so nothing was restored and your data is unchanged. Free some space and try again.</source>
        <translation>Yedeği geri yüklemek için yeterli boş disk alanı yok, bu yüzden hiçbir şey geri yüklenmedi ve verileriniz değişmedi. Biraz yer açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>The backup could not be restored, and your data is unchanged: %1</source>
        <translation>Yedek geri yüklenemedi; verileriniz değişmedi: %1</translation>
    </message>
    <message>
        <source>There is not enough free disk space for a backup.</source>
        <translation>Yedek için yeterli boş disk alanı yok.</translation>
    </message>
    <message>
        <source>The backup could not be taken: %1</source>
        <translation>Yedek alınamadı: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>İletiler</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Shopkeeper keeps a backup of each of the last 7 days and of each of the last 4 weeks, and every backup of the last 24 hours.</source>
        <translation>Shopkeeper son 7 günün ve son 4 haftanın her biri için birer yedek ile son 24 saatteki tüm yedekleri saklar.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Şimdi &amp;yedekle</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Geri yükle…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>&amp;Klasörde göster</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>Açık mağaza yok.</translation>
    </message>
    <message>
        <source>The sample shop has no backups: it is only for trying Shopkeeper out. Open your own shop to back it up or to restore one of its backups.</source>
        <translation>Örnek mağazanın yedeği yoktur: yalnızca Shopkeeper&apos;ı denemek içindir. Yedeklemek ya da yedeklerinden birini geri yüklemek için kendi mağazanızı açın.</translation>
    </message>
    <message>
        <source>Shopkeeper backs up your data every day. Restoring a backup replaces everything in Shopkeeper with it; the data it replaces is backed up first. The backups are in %1.</source>
        <translation>Shopkeeper verilerinizi her gün yedekler. Bir yedeği geri yüklemek Shopkeeper&apos;daki her şeyi o yedekle değiştirir; değiştirilen veriler önce yedeklenir. Yedekler şu klasörde: %1.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Yedekler okunuyor…</translation>
    </message>
    <message>
        <source>The backups could not be read: %1</source>
        <translation>Yedekler okunamadı: %1</translation>
    </message>
    <message>
        <source>This backup cannot be read: it may be damaged.</source>
        <translation>Bu yedek okunamıyor: bozuk olabilir.</translation>
    </message>
    <message>
        <source>No backups yet: click Back up now to take the first one.</source>
        <translation>Henüz yedek yok: ilk yedeği almak için “Şimdi yedekle” düğmesine tıklayın.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
    </message>
    <message>
        <source>Backed up: the backup of %1 is at the top of the list.</source>
        <translation>Yedeklendi: %1 tarihli yedek listenin en üstünde.</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>Yedeklendi (%1).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <source>Replace everything in Shopkeeper with the backup of %1? The current data is kept as a backup first, so this can be undone.</source>
        <translation>Shopkeeper&apos;daki her şey %1 tarihli yedekle değiştirilsin mi? Mevcut veriler önce yedek olarak saklanır, yani bu işlem geri alınabilir.</translation>
    </message>
    <message>
        <source>Mail that is still on the mail server is fetched again by the next sync. Notes, statuses and replies written since the backup are only in the current data, which is kept as a backup.</source>
        <translation>Hâlâ e-posta sunucusunda olan e-postalar bir sonraki eşitlemede yeniden alınır. Yedekten sonra yazılan notlar, durumlar ve yanıtlar yalnızca mevcut verilerde bulunur; bu veriler de yedek olarak saklanır.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>%1 tarihli yedek geri yükleniyor…</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>%1 klasörü açılamadı.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Aramayı kaydet</translation>
    </message>
    <message>
        <source>How did the call with %1 go?</source>
        <translation>%1 ile görüşme nasıl geçti?</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Görüşme nasıl geçti?</translation>
    </message>
    <message>
        <source>The number you called</source>
        <translation>Aradığınız numara</translation>
    </message>
    <message>
        <source>What was said or agreed (optional)</source>
        <translation>Konuşulanlar veya anlaşılanlar (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Sonuç:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numara:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Aramayı kaydet</translation>
    </message>
</context>
<context>
    <name>CallbackCard</name>
    <message>
        <source>Open the mail</source>
        <translation>E-postayı aç</translation>
    </message>
    <message>
        <source>Reached…</source>
        <translation>Ulaşıldı…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Yanıt yok</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Sesli mesaj</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Yanlış numara</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Görüşme nasıl geçti?</translation>
    </message>
</context>
<context>
    <name>CallbackDelegate</name>
    <message>
        <source>(no name)</source>
        <translation>(adsız)</translation>
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
            <numerusform>%n deneme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <source>Load the callback settings</source>
        <translation>Geri arama ayarlarını yükleme</translation>
    </message>
</context>
<context>
    <name>CallbackQueueView</name>
    <message>
        <source>Callbacks</source>
        <translation>Geri aramalar</translation>
    </message>
    <message>
        <source>New callback…</source>
        <translation>Yeni geri arama…</translation>
    </message>
    <message>
        <source>Form rules…</source>
        <translation>Form kuralları…</translation>
    </message>
    <message>
        <source>Teach the app to read the callback requests of your contact forms</source>
        <translation>Uygulamaya iletişim formlarınızdaki geri arama isteklerini okumayı öğretin</translation>
    </message>
    <message>
        <source>Callback requests</source>
        <translation>Geri arama istekleri</translation>
    </message>
    <message>
        <source>No callbacks waiting</source>
        <translation>Bekleyen geri arama yok</translation>
    </message>
    <message>
        <source>When a customer asks to be called back, in a contact form or by phone, the request waits here until you have called.</source>
        <translation>Bir müşteri iletişim formuyla ya da telefonla geri aranmak istediğinde, istek siz arayana kadar burada bekler.</translation>
    </message>
    <message>
        <source>Calling %1 — log how it went when you hang up.</source>
        <translation>%1 aranıyor — kapattığınızda görüşmenin nasıl geçtiğini kaydedin.</translation>
    </message>
    <message>
        <source>The call was not logged: %1</source>
        <translation>Arama kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Aramayı kaydetme</translation>
    </message>
    <message>
        <source>Call %1 again</source>
        <translation>Yeniden ara: %1</translation>
    </message>
    <message>
        <source>You will be reminded at %1.</source>
        <translation>Size şu saatte hatırlatılacak: %1.</translation>
    </message>
    <message>
        <source>No reminder was set: %1</source>
        <translation>Hatırlatıcı kurulamadı: %1</translation>
    </message>
    <message>
        <source>Set the reminder</source>
        <translation>Hatırlatıcıyı kurma</translation>
    </message>
    <message>
        <source>Rule “%1” saved: it reads the next mails of that form.</source>
        <translation>“%1” kuralı kaydedildi: bu formdan gelen sonraki e-postaları okuyacak.</translation>
    </message>
    <message>
        <source>The request was not added: %1</source>
        <translation>İstek eklenmedi: %1</translation>
    </message>
    <message>
        <source>Add the callback request</source>
        <translation>Geri arama isteğini ekleme</translation>
    </message>
    <message>
        <source>Nobody called back yet this week.</source>
        <translation>Bu hafta henüz kimse geri aranmadı.</translation>
    </message>
    <message numerus="yes">
        <source>This week: first call back after %1 (median of %n call(s)).</source>
        <translation>
            <numerusform>Bu hafta: ilk geri arama %1 sonra (%n aramanın medyanı).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>Şimdi aranacak: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later</source>
        <translation>
            <numerusform>Daha sonra: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Arama kaydedildi: %1.</translation>
    </message>
    <message>
        <source>The callback request was added to the queue.</source>
        <translation>Geri arama isteği kuyruğa eklendi.</translation>
    </message>
    <message>
        <source>Asked %1 · call %2</source>
        <translation>İstek: %1 · arama: %2</translation>
    </message>
    <message>
        <source>Asked %1 · prefers %2 · waiting for %3</source>
        <translation>İstek: %1 · tercih: %2 · bekleme: %3</translation>
    </message>
    <message>
        <source>Asked %1 · waiting for %2</source>
        <translation>İstek: %1 · bekleme: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Ara: %1</translation>
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
        <translation>%1 sonrası</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 öncesi</translation>
    </message>
    <message>
        <source>now</source>
        <translation>şimdi</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n dk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n sa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, %2 sonrası</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Daha sonra</translation>
    </message>
    <message>
        <source>Just asked</source>
        <translation>Yeni istek</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Waiting long</source>
        <translation>Uzun süredir bekliyor</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
</context>
<context>
    <name>ComposerText</name>
    <message>
        <source>Add at least one recipient in the To or Cc field.</source>
        <translation>Kime veya Bilgi alanına en az bir alıcı ekleyin.</translation>
    </message>
    <message>
        <source>One of the addresses is not a valid email address. Check the To and Cc fields.</source>
        <translation>Adreslerden biri geçerli bir e-posta adresi değil. Kime ve Bilgi alanlarını kontrol edin.</translation>
    </message>
    <message>
        <source>There is no mail account to send from. Add one under File → Mail accounts.</source>
        <translation>Gönderilecek bir e-posta hesabı yok. Dosya → E-posta hesapları bölümünden bir hesap ekleyin.</translation>
    </message>
    <message>
        <source>This mail account has no outgoing (SMTP) server yet. Add it in the account settings, then send again.</source>
        <translation>Bu e-posta hesabının henüz giden posta (SMTP) sunucusu yok. Hesap ayarlarından ekleyin, ardından yeniden gönderin.</translation>
    </message>
    <message>
        <source>An attachment can no longer be read: the file was moved or deleted. Remove it and attach it again.</source>
        <translation>Bir ek artık okunamıyor: dosya taşınmış veya silinmiş. Eki kaldırıp yeniden ekleyin.</translation>
    </message>
    <message>
        <source>The attachments are larger than 25 MB together, which most mail servers refuse. Send fewer or smaller files.</source>
        <translation>Ekler toplamda 25 MB&apos;tan büyük; çoğu e-posta sunucusu bunu reddeder. Daha az veya daha küçük dosya gönderin.</translation>
    </message>
    <message>
        <source>The message you are replying to is no longer there. Start a new message instead.</source>
        <translation>Yanıtladığınız ileti artık yok. Bunun yerine yeni bir ileti başlatın.</translation>
    </message>
    <message>
        <source>This message is already in the outbox.</source>
        <translation>Bu ileti zaten giden kutusunda.</translation>
    </message>
    <message>
        <source>The message cannot be sent.</source>
        <translation>İleti gönderilemiyor.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address. Check the To and Cc fields.</source>
        <translation>“%1” geçerli bir e-posta adresi değil. Kime ve Bilgi alanlarını kontrol edin.</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox: %1</source>
        <translation>İleti giden kutusuna konamadı: %1</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>name@example.com</source>
        <translation>ad@ornek.com.tr</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kime</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <source>Send a copy to more people</source>
        <translation>Başka kişilere de kopya gönder</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Kime:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Bilgi:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Konu:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <source>Write your reply here. Ctrl+Enter sends it.</source>
        <translation>Yanıtınızı buraya yazın. Ctrl+Enter ile gönderilir.</translation>
    </message>
    <message>
        <source>Write your message here. Ctrl+Enter sends it.</source>
        <translation>İletinizi buraya yazın. Ctrl+Enter ile gönderilir.</translation>
    </message>
    <message>
        <source>Quote the message</source>
        <translation>İletiyi alıntıla</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <source>Add your signature under the text</source>
        <translation>İmzanızı metnin altına ekler</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Dosya ekle…</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>İletiyi gönder (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The template has an error: %1</source>
        <translation>Şablonda bir hata var: %1</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Taslağı açma</translation>
    </message>
    <message>
        <source>The draft could not be opened: %1</source>
        <translation>Taslak açılamadı: %1</translation>
    </message>
    <message>
        <source>Add the message from %1 under yours, as a quote.</source>
        <translation>%1 tarafından yazılan iletiyi alıntı olarak iletinizin altına ekler.</translation>
    </message>
    <message>
        <source>Quote the message from %1</source>
        <translation type="vanished">İletiyi alıntıla (%1)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Taslak kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>The message is empty. Write something first.</source>
        <translation>İleti boş. Önce bir şeyler yazın.</translation>
    </message>
    <message>
        <source>Give the message a subject.</source>
        <translation>İletiye bir konu girin.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>İletiyi gönderme</translation>
    </message>
    <message>
        <source>The message could not be taken back: %1</source>
        <translation>İleti geri alınamadı: %1</translation>
    </message>
    <message>
        <source>Undo sending</source>
        <translation>Göndermeyi geri alma</translation>
    </message>
    <message>
        <source>Too late: the message has already gone out.</source>
        <translation>Çok geç: ileti zaten gönderildi.</translation>
    </message>
    <message>
        <source>The message was not sent. It is back in its drafts.</source>
        <translation>İleti gönderilmedi. Yeniden taslaklarda.</translation>
    </message>
    <message>
        <source>The message was not sent. You can go on writing it.</source>
        <translation>İleti gönderilmedi. Yazmaya devam edebilirsiniz.</translation>
    </message>
    <message>
        <source>Send the message now</source>
        <translation>İletiyi hemen gönderme</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gönderildi.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Gönderilmedi: %1</translation>
    </message>
    <message>
        <source>the server refused it.</source>
        <translation>sunucu reddetti.</translation>
    </message>
    <message>
        <source>Not sent yet: the server cannot be reached. It will be retried.</source>
        <translation>Henüz gönderilmedi: sunucuya ulaşılamıyor. Yeniden denenecek.</translation>
    </message>
    <message>
        <source>Values are missing</source>
        <translation>Değerler eksik</translation>
    </message>
    <message>
        <source>The message still has gaps for values the template did not know.</source>
        <translation>İletide, şablonun bilmediği değerler için hâlâ boşluklar var.</translation>
    </message>
    <message>
        <source>Fill in %1 before sending, or send it as it is.</source>
        <translation>Göndermeden önce şunları doldurun: %1. Ya da olduğu gibi gönderin.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Yine de gönder</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Geri dön</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dosya ekle</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>No conversation selected</source>
        <translation>Konuşma seçilmedi</translation>
    </message>
    <message>
        <source>Choose a conversation from the list to read it here.</source>
        <translation>Burada okumak için listeden bir konuşma seçin.</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Konuşmayı açma</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(konu yok)</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Yanıt bekliyor</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Bağlantı açılmadı</translation>
    </message>
    <message>
        <source>This link was not opened, because links of this kind can be unsafe:

%1</source>
        <translation>Bu tür bağlantılar güvenli olmayabileceği için bu bağlantı açılmadı:

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Bağlantıyı aç</translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation>Bu bağlantı web tarayıcınızda açılsın mı?</translation>
    </message>
</context>
<context>
    <name>CustomerDelegate</name>
    <message>
        <source>%1 open</source>
        <translation>%1 açık</translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Find a customer by name, company or address</source>
        <translation>Müşteriyi ad, firma veya adrese göre bulun</translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation>Müşteri bulunamadı</translation>
    </message>
    <message>
        <source>Customers appear here as soon as they write to you.</source>
        <translation>Müşteriler size yazar yazmaz burada görünür.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>What you know about this customer: preferences, agreements, …</source>
        <translation>Bu müşteri hakkında bildikleriniz: tercihler, anlaşmalar, …</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konuşmalar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Daha eski kayıtları göster</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Müşteri yok</translation>
    </message>
    <message>
        <source>Select a conversation to see who wrote it.</source>
        <translation>Kimin yazdığını görmek için bir konuşma seçin.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedildi</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Save the customer&apos;s notes</source>
        <translation>Müşteri notlarını kaydetme</translation>
    </message>
    <message>
        <source>Load the customer</source>
        <translation>Müşteriyi yükleme</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Konuşmalar (%1)</translation>
    </message>
    <message>
        <source>Business customer · %1</source>
        <translation>Kurumsal müşteri · %1</translation>
    </message>
    <message>
        <source>Business customer</source>
        <translation>Kurumsal müşteri</translation>
    </message>
    <message>
        <source>Private customer</source>
        <translation>Bireysel müşteri</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Vergi numarası</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(konu yok)</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Yanıt bekliyor</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Henüz bir şey olmadı.</translation>
    </message>
    <message>
        <source>Mail from %1</source>
        <translation>Gelen e-posta: %1</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>%1 yanıtladı</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>%1 not ekledi</translation>
    </message>
    <message>
        <source>Call by %1: %2</source>
        <translation>%1 aradı: %2</translation>
    </message>
    <message>
        <source>%1 set the status to “%2”</source>
        <translation>%1 durumu “%2” olarak değiştirdi</translation>
    </message>
    <message>
        <source>%1 edited the customer&apos;s details</source>
        <translation>%1 müşteri bilgilerini düzenledi</translation>
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
        <translation>Ad, firma veya e-postaya göre ara</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Save the draft</source>
        <translation>Taslağı kaydetme</translation>
    </message>
</context>
<context>
    <name>DuePicker</name>
    <message>
        <source>At a set time</source>
        <translation>Belirli bir saatte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ayarla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Saat:</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Mağazanız o gün kapalı: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Mağazanız o gün kapalı.</translation>
    </message>
</context>
<context>
    <name>FollowupToggle</name>
    <message>
        <source>A reminder to write again if the customer has not answered by then. It goes away by itself when they answer.</source>
        <translation>Müşteri o zamana kadar yanıt vermezse yeniden yazmanız için bir hatırlatıcı. Müşteri yanıt verince kendiliğinden kalkar.</translation>
    </message>
    <message>
        <source>How many days to wait</source>
        <translation>Kaç gün beklenecek</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me if there is no reply in %n day(s)</source>
        <translation>
            <numerusform>%n gün içinde yanıt gelmezse hatırlat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <source>Set the follow-up reminder</source>
        <translation>Takip hatırlatıcısını kurma</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>now</source>
        <translation>şimdi</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n dk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n sa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n w</source>
        <translation>
            <numerusform>%n hf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n ay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n yıl</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Müşteri bekleniyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Ulaşıldı</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Yanıt yok</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Sesli mesaj bırakıldı</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Yanlış numara</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Arama</translation>
    </message>
</context>
<context>
    <name>IdentityFields</name>
    <message>
        <source>info@your-shop.com</source>
        <translation>info@magazaniz.com.tr</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>Mağazanızın adı</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>E-posta adresi:</translation>
    </message>
    <message>
        <source>Name shown to customers:</source>
        <translation>Müşterilerin göreceği ad:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>If you use two-step login with this provider, create an app password in its account settings and enter that here.</source>
        <translation>Bu sağlayıcıda iki adımlı giriş kullanıyorsanız hesap ayarlarında bir uygulama parolası oluşturun ve onu buraya girin.</translation>
    </message>
    <message>
        <source>Microsoft may refuse ordinary passwords for IMAP. If the test fails, create an app password or ask your administrator to allow IMAP.</source>
        <translation>Microsoft, IMAP için normal parolaları reddedebilir. Test başarısız olursa bir uygulama parolası oluşturun veya yöneticinizden IMAP&apos;e izin vermesini isteyin.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Siparişleri içe aktar</translation>
    </message>
    <message>
        <source>Import the orders of an export file: Shopify (Orders → Export), WooCommerce (an order export plugin) or any CSV file with one row per order or per item.</source>
        <translation>Siparişleri bir dışa aktarma dosyasından içe aktarın: Shopify (Siparişler → Dışa aktar), WooCommerce (bir sipariş dışa aktarma eklentisi) ya da her satırında bir sipariş veya bir ürün bulunan herhangi bir CSV dosyası.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Dosya seçilmedi.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Dosya seç…</translation>
    </message>
    <message>
        <source>Say myself which column holds what</source>
        <translation>Sütunları kendim eşleştireyim</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Dosyadaki sütun</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>İlk satır</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Aktarılacak alan</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Choose an order export</source>
        <translation>Sipariş dışa aktarma dosyasını seçin</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV dosyaları (*.csv *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Dosya okunuyor…</translation>
    </message>
    <message>
        <source>Read the export file</source>
        <translation>Dışa aktarma dosyasını okuma</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Dosya içe aktarılamıyor: %1</translation>
    </message>
    <message>
        <source>A Shopify export: its columns are read the way Shopify writes them.</source>
        <translation>Bir Shopify dışa aktarımı: sütunlar Shopify&apos;ın yazdığı biçimde okunur.</translation>
    </message>
    <message>
        <source>A WooCommerce export: its columns are read the way the plugin writes them.</source>
        <translation>Bir WooCommerce dışa aktarımı: sütunlar eklentinin yazdığı biçimde okunur.</translation>
    </message>
    <message>
        <source>The app does not know this file&apos;s layout. Say which column holds which field; the order number is needed, the rest as far as the file has it.</source>
        <translation>Uygulama bu dosyanın yapısını tanımıyor. Hangi sütunun hangi alanı içerdiğini belirtin; sipariş numarası gerekli, geri kalanı dosyada olduğu kadarıyla.</translation>
    </message>
    <message>
        <source>Choose the column that holds the order number.</source>
        <translation>Sipariş numarasını içeren sütunu seçin.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <source>Import the orders</source>
        <translation>Siparişleri içe aktarma</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>İçe aktarma başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported from the file.</source>
        <translation>
            <numerusform>Dosyadan %n sipariş içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders were found in the file.</source>
        <translation>Dosyada sipariş bulunamadı.</translation>
    </message>
    <message>
        <source>New: %1 · updated: %2 · unchanged: %3</source>
        <translation>Yeni: %1 · güncellenen: %2 · değişmeyen: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n satır atlandı:</numerusform>
        </translation>
    </message>
    <message>
        <source>no order number</source>
        <translation>sipariş numarası yok</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ve %n tane daha.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message>
        <source>Promise overdue</source>
        <translation>Söz gecikti</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Söz</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(konu yok)</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Search all mail (Ctrl+F)</source>
        <translation>Tüm e-postalarda ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konuşmalar</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Gelen kutusu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Müşteri bekleniyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Eşleşme yok</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Hiçbir konuşmada “%1” geçmiyor.</translation>
    </message>
    <message>
        <source>Nobody to wait for</source>
        <translation>Beklenen kimse yok</translation>
    </message>
    <message>
        <source>Conversations you answered show up here until the customer writes back.</source>
        <translation>Yanıtladığınız konuşmalar, müşteri yeniden yazana kadar burada görünür.</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Henüz tamamlanan yok</translation>
    </message>
    <message>
        <source>Conversations you mark as done are kept here.</source>
        <translation>Tamamlandı olarak işaretlediğiniz konuşmalar burada tutulur.</translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Her şey yolunda</translation>
    </message>
    <message>
        <source>No customer is waiting for you right now.</source>
        <translation>Şu anda sizi bekleyen müşteri yok.</translation>
    </message>
</context>
<context>
    <name>LazyListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Load the list</source>
        <translation>Listeyi yükleme</translation>
    </message>
</context>
<context>
    <name>MailDesk</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Günlük yedekleme başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Sample shop: nothing is sent or synced</source>
        <translation>Örnek mağaza: hiçbir şey gönderilmez veya eşitlenmez</translation>
    </message>
    <message>
        <source>No account — add one</source>
        <translation>Hesap yok — bir hesap ekleyin</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Henüz eşitlenmedi</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation>Veri klasörü açılamadı</translation>
    </message>
    <message>
        <source>All mail accounts are up to date</source>
        <translation>Tüm e-posta hesapları güncel</translation>
    </message>
    <message>
        <source>%1 now trusts the certificate authority in %2.</source>
        <translation>%1 artık %2 dosyasındaki sertifika yetkilisine güveniyor.</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>CA dosyasını kaydetme</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>Sertifika reddedildi</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified, so Shopkeeper did not send your password to it.</source>
        <translation>E-posta sunucusunun sertifikası doğrulanamadı, bu yüzden Shopkeeper parolanızı sunucuya göndermedi.</translation>
    </message>
    <message>
        <source>If your mail provider or company runs its own certificate authority, it can give you its CA file; choose it to trust only that authority for this account. If you did not expect this, do not continue: someone may be intercepting the connection.</source>
        <translation>E-posta sağlayıcınızın veya şirketinizin kendi sertifika yetkilisi varsa size CA dosyasını verebilir; bu hesap için yalnızca o yetkiliye güvenmek üzere dosyayı seçin. Bunu beklemiyorsanız devam etmeyin: biri bağlantıyı dinliyor olabilir.</translation>
    </message>
    <message>
        <source>Choose CA file…</source>
        <translation>CA dosyası seç…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Sertifika yetkilisi dosyasını seçin</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikalar (*.pem *.crt *.cer);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>The account %1 was saved.</source>
        <translation>%1 hesabı kaydedildi.</translation>
    </message>
    <message>
        <source>The account %1 was saved. No keyring is available, so its password is kept only until Shopkeeper quits.</source>
        <translation>%1 hesabı kaydedildi. Anahtar zinciri olmadığından parolası yalnızca Shopkeeper kapanana kadar tutulur.</translation>
    </message>
    <message>
        <source>New customer mail</source>
        <translation>Yeni müşteri e-postası</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) got new mail from a customer.</source>
        <translation>
            <numerusform>%n konuşmaya müşteriden yeni e-posta geldi.</numerusform>
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
        <translation>Mağazanız açılıyor…</translation>
    </message>
    <message>
        <source>Customer &amp;panel</source>
        <translation>&amp;Müşteri paneli</translation>
    </message>
    <message>
        <source>Preparing the sample shop…</source>
        <translation>Örnek mağaza hazırlanıyor…</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Veri klasörünü açma</translation>
    </message>
    <message>
        <source>Shopkeeper — Sample shop</source>
        <translation>Shopkeeper — Örnek mağaza</translation>
    </message>
    <message>
        <source>Sample shop: nothing is sent or synced</source>
        <translation type="vanished">Örnek mağaza: hiçbir şey gönderilmez veya eşitlenmez</translation>
    </message>
    <message>
        <source>No account — add one</source>
        <translation type="vanished">Hesap yok — bir hesap ekleyin</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="vanished">Henüz eşitlenmedi</translation>
    </message>
    <message>
        <source>The data folder could not be opened:
%1</source>
        <translation>Veri klasörü açılamadı:
%1</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation type="vanished">Veri klasörü açılamadı</translation>
    </message>
    <message>
        <source>Read the mail accounts</source>
        <translation>E-posta hesaplarını okuma</translation>
    </message>
    <message>
        <source>No callback requests yet</source>
        <translation type="vanished">Henüz geri arama isteği yok</translation>
    </message>
    <message>
        <source>When a customer asks to be called back, the request waits here until you have called.</source>
        <translation type="vanished">Bir müşteri geri aranmak istediğinde, siz arayana kadar istek burada bekler.</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation type="vanished">Henüz sipariş yok</translation>
    </message>
    <message>
        <source>Orders from your shop will be listed here with the conversations about them.</source>
        <translation type="vanished">Mağazanızın siparişleri, ilgili konuşmalarla birlikte burada listelenecek.</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation type="vanished">Geciken bir şey yok</translation>
    </message>
    <message>
        <source>Promises you made to customers show up here when their day has passed.</source>
        <translation type="vanished">Müşterilere verdiğiniz sözler, günü geçince burada görünür.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation type="vanished">Bugün yapılacak bir şey yok</translation>
    </message>
    <message>
        <source>Reminders and promises due today will be listed here.</source>
        <translation type="vanished">Bugün için olan hatırlatıcılar ve sözler burada listelenecek.</translation>
    </message>
    <message>
        <source>No upcoming reminders</source>
        <translation type="vanished">Yaklaşan hatırlatıcı yok</translation>
    </message>
    <message>
        <source>Reminders you set for later days will be listed here.</source>
        <translation type="vanished">Sonraki günler için kurduğunuz hatırlatıcılar burada listelenecek.</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation type="vanished">Henüz şablon yok</translation>
    </message>
    <message>
        <source>Reply templates in your customers&apos; languages will be kept here.</source>
        <translation type="vanished">Müşterilerinizin dillerindeki yanıt şablonları burada tutulacak.</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Yanıt şablonları</translation>
    </message>
    <message>
        <source>Your templates are in the sidebar on the right: double-click one or press Ctrl+1 … Ctrl+9 to put it into your reply. Manage them from the Shop menu.</source>
        <translation>Şablonlarınız sağdaki kenar çubuğunda: yanıtınıza eklemek için birine çift tıklayın ya da Ctrl+1 … Ctrl+9 tuşlarına basın. Şablonları Mağaza menüsünden yönetebilirsiniz.</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Durumu değiştirme</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Tamamlandı olarak işaretlendi.</translation>
    </message>
    <message>
        <source>Now waiting on the customer.</source>
        <translation>Artık müşteri bekleniyor.</translation>
    </message>
    <message>
        <source>Opened again.</source>
        <translation>Yeniden açıldı.</translation>
    </message>
    <message>
        <source>Undo the status change</source>
        <translation>Durum değişikliğini geri alma</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Not eklendi.</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Notu ekleme</translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Arama kaydedildi: %1.</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Aramayı kaydetme</translation>
    </message>
    <message>
        <source>Count conversations</source>
        <translation>Konuşmaları sayma</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Bir sorun oluştu: %1</translation>
    </message>
    <message>
        <source>Shopkeeper is still running</source>
        <translation>Shopkeeper çalışmaya devam ediyor</translation>
    </message>
    <message>
        <source>New mail keeps arriving. Quit from the tray menu.</source>
        <translation>Yeni e-postalar gelmeye devam ediyor. Çıkmak için sistem tepsisindeki menüyü kullanın.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Tamamla</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Tamamlandı olarak işaretle</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>&amp;Bekliyor</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Müşteri bekleniyor</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Yeniden aç</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Yeniden aç</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Not…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Not ekle</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>Arama &amp;kaydı…</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Aramayı kaydet</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Sonraki konuşma</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Ön&amp;ceki konuşma</translation>
    </message>
    <message>
        <source>&amp;Read conversation</source>
        <translation>Konuşmayı &amp;oku</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Ara</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>&amp;Add mail account…</source>
        <translation>E-posta &amp;hesabı ekle…</translation>
    </message>
    <message>
        <source>Mail &amp;accounts…</source>
        <translation>E-posta hesap&amp;ları…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>Open the &amp;sample shop</source>
        <translation>Ö&amp;rnek mağazayı aç</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Yedekler…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Konuşma</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge or split customers</source>
        <translation>Müşterileri birleştir veya ayır</translation>
    </message>
    <message>
        <source>Keep this customer</source>
        <translation>Kalacak müşteri</translation>
    </message>
    <message>
        <source>Merge this customer into it</source>
        <translation>Onunla birleştirilecek müşteri</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Birleştir…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Split off…</source>
        <translation>Ayır…</translation>
    </message>
    <message>
        <source>The address to make a customer of its own:</source>
        <translation>Ayrı bir müşteri yapılacak adres:</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>İki müşteriyi birleştir</translation>
    </message>
    <message>
        <source>Split off an address</source>
        <translation>Bir adresi ayır</translation>
    </message>
    <message>
        <source>Pick the customer to keep and the one to merge into it.</source>
        <translation>Kalacak müşteriyi ve onunla birleştirilecek müşteriyi seçin.</translation>
    </message>
    <message>
        <source>Pick two different customers.</source>
        <translation>İki farklı müşteri seçin.</translation>
    </message>
    <message>
        <source>Look up the customers</source>
        <translation>Müşterileri arama</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n konuşma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n sipariş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback request(s)</source>
        <translation>
            <numerusform>%n geri arama isteği</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” stays. Everything of “%2” moves to it, then “%2” is removed:</source>
        <translation>“%1” kalır. “%2” kaydına ait her şey ona taşınır, ardından “%2” silinir:</translation>
    </message>
    <message numerus="yes">
        <source>%n email address(es)</source>
        <translation>
            <numerusform>%n e-posta adresi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n telefon numarası</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation>“%1”, “%2” ile birleştirilsin mi?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Merge the customers</source>
        <translation>Müşterileri birleştirme</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Hiçbir şey değiştirilmedi: %1</translation>
    </message>
    <message>
        <source>Pick a customer.</source>
        <translation>Bir müşteri seçin.</translation>
    </message>
    <message>
        <source>Look up the customer</source>
        <translation>Müşteriyi arama</translation>
    </message>
    <message>
        <source>This customer has only one address: there is nothing to split.</source>
        <translation>Bu müşterinin yalnızca bir adresi var: ayrılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Look up the address</source>
        <translation>Adresi arama</translation>
    </message>
    <message>
        <source>A new customer “%1” is made for %2. These move with the address:</source>
        <translation>%2 için yeni bir müşteri oluşturulur: “%1”. Adresle birlikte taşınanlar:</translation>
    </message>
    <message>
        <source>Phone numbers stay with “%1”.</source>
        <translation>Telefon numaraları “%1” kaydında kalır.</translation>
    </message>
    <message>
        <source>Make %1 a customer of its own?</source>
        <translation>%1 ayrı bir müşteri yapılsın mı?</translation>
    </message>
    <message>
        <source>Split the address off</source>
        <translation>Adresi ayırma</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation>Gezinme</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Gelen kutusu</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Geri aramalar</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Hatırlatıcılar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Yaklaşan</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konuşmalar</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Müşteri bekleniyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Şablonlar</translation>
    </message>
</context>
<context>
    <name>NewCallbackDialog</name>
    <message>
        <source>New callback</source>
        <translation>Yeni geri arama</translation>
    </message>
    <message>
        <source>Note down a call you missed or a customer who asked to be called back. The request waits in the queue until you have called.</source>
        <translation>Kaçırdığınız bir aramayı ya da geri aranmak isteyen bir müşteriyi not edin. İstek, siz arayana kadar kuyrukta bekler.</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Kim aradı</translation>
    </message>
    <message>
        <source>The number to call back</source>
        <translation>Geri aranacak numara</translation>
    </message>
    <message>
        <source>Optional: links the request to the customer</source>
        <translation>İsteğe bağlı: isteği müşteriyle ilişkilendirir</translation>
    </message>
    <message>
        <source>What it is about (optional)</source>
        <translation>Konusu (isteğe bağlı)</translation>
    </message>
    <message>
        <source>For example: after 17:00, between 9 and 11</source>
        <translation>Örneğin: 17:00&apos;den sonra, 9-11 arası</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-posta:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Konu:</translation>
    </message>
    <message>
        <source>Preferred time:</source>
        <translation>Tercih edilen saat:</translation>
    </message>
    <message>
        <source>Called at:</source>
        <translation>Arama zamanı:</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Kuyruğa ekle</translation>
    </message>
    <message>
        <source>A phone number is needed.</source>
        <translation>Telefon numarası gerekli.</translation>
    </message>
    <message>
        <source>This does not look like a phone number; it is kept as written.</source>
        <translation>Bu bir telefon numarasına benzemiyor; yazıldığı gibi saklanır.</translation>
    </message>
    <message>
        <source>Will be called as %1.</source>
        <translation>Aranacak numara: %1.</translation>
    </message>
    <message>
        <source>Any time.</source>
        <translation>Herhangi bir saatte.</translation>
    </message>
    <message>
        <source>Not understood as a time; kept as a note, the call is due now.</source>
        <translation>Saat olarak anlaşılamadı; not olarak saklanır, arama hemen yapılmalı.</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Zamanı: %1.</translation>
    </message>
</context>
<context>
    <name>NewMessageDialog</name>
    <message>
        <source>New message to %1</source>
        <translation>Yeni ileti – %1</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Yeni ileti</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Not ekle</translation>
    </message>
    <message>
        <source>The note is kept on %1&apos;s timeline. Only you see it.</source>
        <translation>Not, %1 adlı müşterinin zaman çizelgesinde saklanır. Yalnızca siz görürsünüz.</translation>
    </message>
    <message>
        <source>The note is kept with this conversation. Only you see it.</source>
        <translation>Not bu konuşmayla birlikte saklanır. Yalnızca siz görürsünüz.</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what to do next…</source>
        <translation>Ne oldu, ne kararlaştırıldı, sırada ne var…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Not ekle</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note.</source>
        <translation>Ctrl+Enter notu ekler.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Check for due reminders</source>
        <translation>Zamanı gelen hatırlatıcıları denetleme</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while Shopkeeper was closed</source>
        <translation>
            <numerusform>Shopkeeper kapalıyken %n hatırlatıcının zamanı geldi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while the computer was asleep</source>
        <translation>
            <numerusform>Bilgisayar uyku modundayken %n hatırlatıcının zamanı geldi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n hatırlatıcının zamanı geldi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>15 dk ertele</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 saat ertele</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Yarın sabah</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>Saat seçin…</translation>
    </message>
</context>
<context>
    <name>OccasionItem</name>
    <message>
        <source>Use template</source>
        <translation>Şablon kullan</translation>
    </message>
    <message>
        <source>Write to the customer from a template; you send it yourself.</source>
        <translation>Müşteriye şablondan yazın; mesajı siz gönderirsiniz.</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Hatırlatıcı ekle</translation>
    </message>
    <message>
        <source>Be reminded on the day (one reminder per customer).</source>
        <translation>O gün hatırlatılsın (her müşteri için bir hatırlatıcı).</translation>
    </message>
    <message>
        <source>Be reminded on the day.</source>
        <translation>O gün hatırlatılsın.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Do not suggest this again.</source>
        <translation>Bunu bir daha önerme.</translation>
    </message>
</context>
<context>
    <name>OccasionsPanel</name>
    <message>
        <source>Suggestions only: nothing is sent by itself.</source>
        <translation>Yalnızca öneri: hiçbir şey kendiliğinden gönderilmez.</translation>
    </message>
    <message>
        <source>Occasions to get in touch (%1)</source>
        <translation>İletişim fırsatları (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>%n tane daha göster</numerusform>
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
        <translation>%1 numaralı sipariş hakkında</translation>
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
        <translation>Toplam</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Takip: %1</translation>
    </message>
    <message>
        <source>Track the parcel</source>
        <translation>Kargoyu takip et</translation>
    </message>
    <message>
        <source>Open the mail</source>
        <translation>E-postayı aç</translation>
    </message>
</context>
<context>
    <name>OrderFields</name>
    <message>
        <source>Order number</source>
        <translation>Sipariş numarası</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Sipariş tarihi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Müşteri e-postası</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Müşteri adı</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Sipariş tutarı</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Ürün adı</translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation>Ürün adedi</translation>
    </message>
    <message>
        <source>Item price (line total)</source>
        <translation>Ürün fiyatı (satır toplamı)</translation>
    </message>
    <message>
        <source>Item price (each)</source>
        <translation>Ürün fiyatı (birim)</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>Ürün stok kodu (SKU)</translation>
    </message>
    <message>
        <source>Items (WooCommerce list)</source>
        <translation>Ürünler (WooCommerce listesi)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Ödeme yöntemi</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>Kargo yöntemi</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Fatura adresi</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Teslimat adresi</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Takip numarası</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Kargo firması</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>Müşteri notu</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Ödeme durumu</translation>
    </message>
    <message>
        <source>Fulfilment status</source>
        <translation>Gönderim durumu</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>İptal tarihi</translation>
    </message>
    <message>
        <source>Billing address (part)</source>
        <translation>Fatura adresi (bölüm)</translation>
    </message>
    <message>
        <source>Shipping address (part)</source>
        <translation>Teslimat adresi (bölüm)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(içe aktarılmaz)</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Hazırlanıyor</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödendi</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Kargoya verildi</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>İade edildi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
</context>
<context>
    <name>OrdersSection</name>
    <message>
        <source>No orders yet.</source>
        <translation>Henüz sipariş yok.</translation>
    </message>
    <message>
        <source>Load the customer&apos;s orders</source>
        <translation>Müşterinin siparişlerini yükleme</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Siparişler (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Messages not sent</source>
        <translation>Gönderilmeyen iletiler</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Giden kutusu</translation>
    </message>
    <message>
        <source>Nothing is waiting: every message has gone out.</source>
        <translation>Bekleyen bir şey yok: tüm iletiler gönderildi.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Şimdi yeniden dene</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Gönderme</translation>
    </message>
    <message>
        <source>Take the message back; its text is kept as a draft in its conversation.</source>
        <translation>İletiyi geri al; metni konuşmasında taslak olarak kalır.</translation>
    </message>
    <message>
        <source>Read the outbox</source>
        <translation>Giden kutusunu okuma</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Alıcı %1: %2</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Sunucunun yanıtı: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>%n kez denendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Yeniden göndermeyi deneme</translation>
    </message>
    <message>
        <source>Take the message back</source>
        <translation>İletiyi geri alma</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Try sending now</source>
        <translation>Şimdi göndermeyi dene</translation>
    </message>
    <message>
        <source>Show the messages that were not sent…</source>
        <translation>Gönderilmeyen iletileri göster…</translation>
    </message>
    <message>
        <source>Open the outbox to cancel a message…</source>
        <translation>İleti iptali için giden kutusunu aç…</translation>
    </message>
    <message>
        <source>Count the outbox</source>
        <translation>Giden kutusunu sayma</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent</source>
        <translation>
            <numerusform>%n ileti gönderilmedi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n ileti gönderilmeyi bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox: click to try again, see why, or cancel a message.</source>
        <translation>Giden kutusu: yeniden denemek, nedenini görmek ya da bir iletiyi iptal etmek için tıklayın.</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Waiting out the undo delay</source>
        <translation>Geri alma süresinin dolması bekleniyor</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Gönderilmeyi bekliyor</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Gönderilmedi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kime</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Show a notification when a customer writes</source>
        <translation>Müşteri yazdığında bildirim göster</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Pencere kapatılınca sistem tepsisinde çalışmaya devam et</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Sistemle aynı</translation>
    </message>
    <message>
        <source>A new language is used the next time Shopkeeper starts.</source>
        <translation>Yeni dil, Shopkeeper bir sonraki açılışında kullanılır.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
</context>
<context>
    <name>PromiseChip</name>
    <message>
        <source>Remind me of this promise</source>
        <translation>Bu sözü bana hatırlat</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Tarihi değiştir</translation>
    </message>
    <message>
        <source>Not a promise: no reminder</source>
        <translation>Söz değil: hatırlatıcı yok</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” (date changed by you)</source>
        <translation>“%1” (tarihi siz değiştirdiniz)</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Mağazanız o gün kapalı: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Mağazanız o gün kapalı.</translation>
    </message>
</context>
<context>
    <name>PromiseChips</name>
    <message>
        <source>Your promises:</source>
        <translation>Sözleriniz:</translation>
    </message>
    <message>
        <source>Shopkeeper found these promises in your text. Confirm (✓) the ones you want to be reminded of.</source>
        <translation>Shopkeeper metninizde bu sözleri buldu. Hatırlatılmasını istediklerinizi onaylayın (✓).</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Mağazanın çalışma saatlerini okuma</translation>
    </message>
</context>
<context>
    <name>PromiseText</name>
    <message>
        <source>Call</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Geri arama</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönderim</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Kargo</translation>
    </message>
    <message>
        <source>Write back</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Para iadesi</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Teslimat</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ziyaret</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Takip</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Hatırlatıcı</translation>
    </message>
</context>
<context>
    <name>PromiseTimeline</name>
    <message>
        <source>Promised: %1 — due %2</source>
        <translation>Söz verildi: %1 — son tarih %2</translation>
    </message>
    <message>
        <source>Reminder: %1 — due %2</source>
        <translation>Hatırlatıcı: %1 — son tarih %2</translation>
    </message>
    <message>
        <source>Snoozed: %1 — until %2</source>
        <translation>Ertelendi: %1 — %2 tarihine kadar</translation>
    </message>
    <message>
        <source>Kept: %1 (due %2, done %3)</source>
        <translation>Tutuldu: %1 (son tarih %2, tamamlandı %3)</translation>
    </message>
    <message>
        <source>Late: %1 (due %2, done %3)</source>
        <translation>Gecikmeli: %1 (son tarih %2, tamamlandı %3)</translation>
    </message>
    <message>
        <source>Done: %1 (due %2, done %3)</source>
        <translation>Tamamlandı: %1 (son tarih %2, tamamlandı %3)</translation>
    </message>
    <message>
        <source>Closed: %1 — the customer replied</source>
        <translation>Kapandı: %1 — müşteri yanıt verdi</translation>
    </message>
    <message>
        <source>Dismissed: %1 (due %2)</source>
        <translation>Kapatıldı: %1 (son tarih %2)</translation>
    </message>
</context>
<context>
    <name>ReachedDialog</name>
    <message>
        <source>Call reached</source>
        <translation>Ulaşıldı</translation>
    </message>
    <message>
        <source>You reached %1. What was said or agreed?</source>
        <translation>%1 ile görüştünüz. Neler konuşuldu veya kararlaştırıldı?</translation>
    </message>
    <message>
        <source>You reached the customer. What was said or agreed?</source>
        <translation>Müşteriyle görüştünüz. Neler konuşuldu veya kararlaştırıldı?</translation>
    </message>
    <message>
        <source>A short note for the timeline (optional)</source>
        <translation>Zaman çizelgesi için kısa bir not (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Aramayı kaydet</translation>
    </message>
</context>
<context>
    <name>ReliabilityLabel</name>
    <message>
        <source>Promises kept on time: none due yet this month.</source>
        <translation>Zamanında tutulan sözler: bu ay henüz zamanı gelen yok.</translation>
    </message>
    <message>
        <source>Promises kept on time: %1 this week, %2 this month</source>
        <translation>Zamanında tutulan sözler: bu hafta %1, bu ay %2</translation>
    </message>
    <message>
        <source>This week: %1 kept on time, %2 late, %3 missed, %4 still open.</source>
        <translation>Bu hafta: zamanında %1, geç %2, kaçırılan %3, hâlâ açık %4.</translation>
    </message>
    <message>
        <source>This month: %1 kept on time, %2 late, %3 missed, %4 still open.</source>
        <translation>Bu ay: zamanında %1, geç %2, kaçırılan %3, hâlâ açık %4.</translation>
    </message>
</context>
<context>
    <name>ReminderInput</name>
    <message>
        <source>Add a reminder: “next Wed 10:00 call Ana”</source>
        <translation>Hatırlatıcı ekleyin: “yarın 9:00 Ayşe Hanım&apos;ı ara”</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Hatırlatıcı ekle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Say when, e.g. “tomorrow 9:00” or “Friday 2 pm”.</source>
        <translation>Ne zaman olduğunu yazın, ör. “yarın 9:00” veya “cuma 14:00”.</translation>
    </message>
    <message>
        <source>Type what to do and when; Enter adds it.</source>
        <translation>Ne yapılacağını ve ne zaman yapılacağını yazın; Enter ile eklenir.</translation>
    </message>
    <message>
        <source>%1 — %2: “%3”</source>
        <translation>%1 — %2: “%3”</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>Mağazanız o gün kapalı: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>Mağazanız o gün kapalı.</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Birthday</source>
        <translation>Doğum günü</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) since the first order</source>
        <translation>
            <numerusform>İlk siparişten bu yana %n yıl</numerusform>
        </translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Resmî tatil</translation>
    </message>
    <message>
        <source>Did the order arrive well?</source>
        <translation>Sipariş sorunsuz ulaştı mı?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(konu yok)</translation>
    </message>
    <message>
        <source>No answer yet to “%1”</source>
        <translation>“%1” için henüz yanıt yok</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Sipariş %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>ertelendi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n müşteri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <source>Reminders</source>
        <translation>Hatırlatıcılar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Open the conversation (Enter)</source>
        <translation>Konuşmayı aç (Enter)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Mark as done: the promise is kept</source>
        <translation>Tamamlandı olarak işaretle: söz tutuldu</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Ertele</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Daha sonra yeniden hatırlat</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Mağazanın çalışma saatlerini okuma</translation>
    </message>
    <message>
        <source>Read the reminders</source>
        <translation>Hatırlatıcıları okuma</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Yaklaşan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Geciken bir şey yok</translation>
    </message>
    <message>
        <source>Every promise is kept or still ahead.</source>
        <translation>Tüm sözler tutuldu ya da henüz zamanı gelmedi.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Bugün yapılacak bir şey yok</translation>
    </message>
    <message>
        <source>Reminders and promises due today will be listed here.</source>
        <translation>Bugün zamanı gelen hatırlatıcılar ve sözler burada listelenir.</translation>
    </message>
    <message>
        <source>No upcoming reminders</source>
        <translation>Yaklaşan hatırlatıcı yok</translation>
    </message>
    <message>
        <source>Add one above, or confirm a promise when you write to a customer.</source>
        <translation>Yukarıdan ekleyin ya da bir müşteriye yazarken bir sözü onaylayın.</translation>
    </message>
    <message>
        <source>Mark the reminder as done</source>
        <translation>Hatırlatıcıyı tamamlandı olarak işaretleme</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Tamamlandı: %1.</translation>
    </message>
    <message>
        <source>Snooze the reminder</source>
        <translation>Hatırlatıcıyı erteleme</translation>
    </message>
    <message>
        <source>Snoozed until %1: %2.</source>
        <translation>Ertelendi (%1): %2.</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>15 dakika</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>1 saat</translation>
    </message>
    <message>
        <source>Until tomorrow, %1</source>
        <translation>Yarına kadar (%1)</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Tarih ve saat seçin…</translation>
    </message>
    <message>
        <source>Add the reminder</source>
        <translation>Hatırlatıcıyı ekleme</translation>
    </message>
    <message>
        <source>Reminder added for %1.</source>
        <translation>Hatırlatıcı eklendi: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) added.</source>
        <translation>
            <numerusform>%n hatırlatıcı eklendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add reminders for the occasion</source>
        <translation>Fırsat için hatırlatıcı ekleme</translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation>Öneriyi kapatma</translation>
    </message>
</context>
<context>
    <name>RemoteImages</name>
    <message>
        <source>Read the settings</source>
        <translation>Ayarları okuma</translation>
    </message>
    <message>
        <source>Save the setting</source>
        <translation>Ayarı kaydetme</translation>
    </message>
</context>
<context>
    <name>RetryOffer</name>
    <message>
        <source>Remind me</source>
        <translation>Hatırlat</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Hatırlatıcı yok</translation>
    </message>
    <message>
        <source>Voicemail left for %1. Try again at %2?</source>
        <translation>Sesli mesaj bırakıldı (%1). Saat %2 olunca yeniden denensin mi?</translation>
    </message>
    <message>
        <source>%1 did not answer. Try again at %2?</source>
        <translation>%1 yanıt vermedi. Saat %2 olunca yeniden denensin mi?</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Müşteri</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <source>(not used)</source>
        <translation>(kullanılmıyor)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Tercih edilen saat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <source>Call requested (yes/no)</source>
        <translation>Arama istendi (evet/hayır)</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Callback form rule</source>
        <translation>Geri arama formu kuralı</translation>
    </message>
    <message>
        <source>For example: Shop builder form</source>
        <translation>Örneğin: Site oluşturucu formu</translation>
    </message>
    <message>
        <source>For example: @shop-builder.example</source>
        <translation>Örneğin: @shop-builder.example</translation>
    </message>
    <message>
        <source>For example: New request</source>
        <translation>Örneğin: Yeni talep</translation>
    </message>
    <message>
        <source>Words every mail of the form has (optional)</source>
        <translation>Her form e-postasındaki sözcükler (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Every mail of this form with a phone number asks for a call</source>
        <translation>Bu formdan gelen, telefon numarası içeren her e-posta bir arama isteğidir</translation>
    </message>
    <message>
        <source>Patterns are regular expressions and ignore case; plain words work too. Every pattern you give must match.</source>
        <translation>Desenler, büyük/küçük harf ayırmayan düzenli ifadelerdir; düz sözcükler de olur. Verdiğiniz her desen eşleşmelidir.</translation>
    </message>
    <message>
        <source>Label in the mail</source>
        <translation>E-postadaki etiket</translation>
    </message>
    <message>
        <source>In the sample</source>
        <translation>Örnekte</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Anlamı</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Etiket ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Common labels (Name, Phone, Telefon, Телефон, …) are known already; add the ones your form uses in its own words.</source>
        <translation>Yaygın etiketler (Ad Soyad, Telefon, Cep telefonu, Phone, …) zaten biliniyor; formunuzun kendine özgü etiketlerini ekleyin.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Sender contains:</source>
        <translation>Gönderen içerir:</translation>
    </message>
    <message>
        <source>Subject contains:</source>
        <translation>Konu içerir:</translation>
    </message>
    <message>
        <source>Text contains:</source>
        <translation>Metin içerir:</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Kural</translation>
    </message>
    <message>
        <source>Field labels:</source>
        <translation>Alan etiketleri:</translation>
    </message>
    <message>
        <source>A recent mail:</source>
        <translation>Son gelen bir e-posta:</translation>
    </message>
    <message>
        <source>Pasted text:</source>
        <translation>Yapıştırılan metin:</translation>
    </message>
    <message>
        <source>Paste a whole mail (with its headers) or just the text of the form.</source>
        <translation>E-postanın tamamını (başlıklarıyla) ya da yalnızca form metnini yapıştırın.</translation>
    </message>
    <message>
        <source>Try it on a mail</source>
        <translation>Bir e-postada deneyin</translation>
    </message>
    <message>
        <source>What the rule reads:</source>
        <translation>Kuralın okudukları:</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Kuralı kaydet</translation>
    </message>
    <message>
        <source>The sender pattern is not valid: %1</source>
        <translation>Gönderen deseni geçersiz: %1</translation>
    </message>
    <message>
        <source>The subject pattern is not valid: %1</source>
        <translation>Konu deseni geçersiz: %1</translation>
    </message>
    <message>
        <source>The text pattern is not valid: %1</source>
        <translation>Metin deseni geçersiz: %1</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Kurala bir ad verin.</translation>
    </message>
    <message>
        <source>Give a sender, subject or text pattern.</source>
        <translation>Gönderen, konu veya metin için bir desen girin.</translation>
    </message>
    <message>
        <source>A label is mapped to a field that does not exist.</source>
        <translation>Bir etiket, var olmayan bir alanla eşleştirilmiş.</translation>
    </message>
    <message>
        <source>Load recent mail</source>
        <translation>Son e-postaları yükleme</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(konu yok)</translation>
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
        <translation>Kuralı deneme</translation>
    </message>
    <message>
        <source>The mail could not be read: %1</source>
        <translation>E-posta okunamadı: %1</translation>
    </message>
    <message>
        <source>Pick a recent mail or paste one to see what the rule reads.</source>
        <translation>Kuralın neler okuduğunu görmek için son gelen bir e-postayı seçin ya da bir e-posta yapıştırın.</translation>
    </message>
    <message>
        <source>The rule matches this mail.</source>
        <translation>Kural bu e-postayla eşleşiyor.</translation>
    </message>
    <message>
        <source>The rule does not match this mail: check the patterns.</source>
        <translation>Kural bu e-postayla eşleşmiyor: kalıpları kontrol edin.</translation>
    </message>
    <message>
        <source>It becomes a callback request.</source>
        <translation>Geri arama isteğine dönüşür.</translation>
    </message>
    <message>
        <source>It does not become a callback request: no phone number was found.</source>
        <translation>Geri arama isteğine dönüşmez: telefon numarası bulunamadı.</translation>
    </message>
    <message>
        <source>It does not become a callback request: the mail does not ask for a call. Tick the box above if every mail of this form does.</source>
        <translation>Geri arama isteğine dönüşmez: e-postada arama isteği yok. Bu formdan gelen her e-posta arama istiyorsa yukarıdaki kutuyu işaretleyin.</translation>
    </message>
    <message>
        <source>It does not become a callback request.</source>
        <translation>Geri arama isteğine dönüşmez.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Tercih edilen saat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>bulunamadı</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Kuralı kaydetme</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>Kural kaydedilmedi: %1</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Make reminders of your promises</source>
        <translation>Sözleriniz için hatırlatıcı oluşturma</translation>
    </message>
    <message>
        <source>Take back the reminders of the reply</source>
        <translation>Yanıtın hatırlatıcılarını geri alma</translation>
    </message>
    <message>
        <source>Set the follow-up reminder</source>
        <translation>Takip hatırlatıcısını kurma</translation>
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
        <translation>Yalnızca sağlayıcınız size verdiyse</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Gelen posta (IMAP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Sunucu:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Güvenlik:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Kullanıcı adı:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Giden posta (SMTP)</translation>
    </message>
    <message>
        <source>Certificate authority (optional)</source>
        <translation>Sertifika yetkilisi (isteğe bağlı)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA dosyası:</translation>
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
        <translation>Yok (yalnızca bu bilgisayardaki bir sunucu için)</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Sertifika yetkilisi dosyasını seçin</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikalar (*.pem *.crt *.cer);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>StoreRestorer</name>
    <message>
        <source>Restoring a backup…</source>
        <translation>Yedek geri yükleniyor…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Yedeği geri yükleme</translation>
    </message>
    <message>
        <source>The data folder could not be opened again; see the main window.</source>
        <translation>Veri klasörü yeniden açılamadı; ana pencereye bakın.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Read the mail accounts</source>
        <translation>E-posta hesaplarını okuma</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Connecting to the mail server of %1…</source>
        <translation>%1 için e-posta sunucusuna bağlanılıyor…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 messages</source>
        <translation>%1 eşitleniyor: %2/%3 ileti</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 eşitleniyor…</translation>
    </message>
    <message>
        <source>%1 is up to date</source>
        <translation>%1 güncel</translation>
    </message>
    <message>
        <source>Sync of %1 is stopped</source>
        <translation>%1 eşitlemesi durduruldu</translation>
    </message>
    <message>
        <source>The mail server of %1 cannot be reached; retrying in %2 s.</source>
        <translation>%1 için e-posta sunucusuna ulaşılamıyor; %2 sn sonra yeniden denenecek.</translation>
    </message>
    <message>
        <source>Syncing %1 failed; retrying in %2 s.</source>
        <translation>%1 eşitlenemedi; %2 sn sonra yeniden denenecek.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Şimdi yeniden dene</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Parolayı gir…</translation>
    </message>
    <message>
        <source>The mail server did not accept the password of %1.</source>
        <translation>E-posta sunucusu %1 için parolayı kabul etmedi.</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keyring.</source>
        <translation>%1 için parola anahtar zincirinden okunamadı.</translation>
    </message>
    <message>
        <source>The certificate of the mail server of %1 was refused.</source>
        <translation>%1 için e-posta sunucusunun sertifikası reddedildi.</translation>
    </message>
    <message>
        <source>Choose a CA file…</source>
        <translation>CA dosyası seç…</translation>
    </message>
    <message>
        <source>Another Shopkeeper is already syncing this mail.</source>
        <translation>Bu e-postaları zaten başka bir Shopkeeper eşitliyor.</translation>
    </message>
    <message>
        <source>The mail server of %1 cannot be reached.</source>
        <translation>%1 için e-posta sunucusuna ulaşılamıyor.</translation>
    </message>
    <message>
        <source>Syncing %1 failed.</source>
        <translation>%1 eşitlenemedi.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>order_received</source>
        <translation>siparis_alindi</translation>
    </message>
    <message>
        <source>A short name for the template: letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>Şablon için kısa bir ad: Türkçe karakter içermeyen harfler (a–z), rakamlar, &apos;_&apos;, &apos;-&apos; veya &apos;.&apos;.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Dil ekle</translation>
    </message>
    <message>
        <source>Values you can use: %1</source>
        <translation>Kullanabileceğiniz değerler: %1</translation>
    </message>
    <message>
        <source>A value that is not known shows as a marked gap, such as [order.number].</source>
        <translation>Bilinmeyen bir değer, [order.number] gibi işaretli bir boşluk olarak görünür.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>Kısayol:</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>Reply templates</source>
        <translation>Yanıt şablonları</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Çoğalt</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>İçe aktar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Değişiklikleri at</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Drag a template to change the order.</source>
        <translation>Sırayı değiştirmek için bir şablonu sürükleyin.</translation>
    </message>
    <message>
        <source>Read the templates</source>
        <translation>Şablonları okuma</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Şablon kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Şablonu kaydetme</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Şablona bir ad verin.</translation>
    </message>
    <message>
        <source>“%1” cannot be a template name: use letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>“%1” şablon adı olamaz: Türkçe karakter içermeyen harfler (a–z), rakamlar, &apos;_&apos;, &apos;-&apos; veya &apos;.&apos; kullanın.</translation>
    </message>
    <message>
        <source>There is already a template named “%1”.</source>
        <translation>“%1” adında bir şablon zaten var.</translation>
    </message>
    <message>
        <source>Write the text of the template first.</source>
        <translation>Önce şablonun metnini yazın.</translation>
    </message>
    <message>
        <source>The template was saved.</source>
        <translation>Şablon kaydedildi.</translation>
    </message>
    <message>
        <source>A copy was made; rename it and change what differs.</source>
        <translation>Bir kopya oluşturuldu; yeniden adlandırıp farklı olan yerleri değiştirin.</translation>
    </message>
    <message>
        <source>The template was deleted.</source>
        <translation>Şablon silindi.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Hiçbir şey içe aktarılmadı: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>%n şablon içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept your own version of: %1.</source>
        <translation>Kendi sürümünüz korundu: %1.</translation>
    </message>
    <message>
        <source>%1 saved with %2 templates.</source>
        <translation>%1 kaydedildi (%2 şablon).</translation>
    </message>
    <message>
        <source>The templates were not exported: %1</source>
        <translation>Şablonlar dışa aktarılmadı: %1</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Bu işlem başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Şablonu sil</translation>
    </message>
    <message>
        <source>Delete “%1” in all its languages? This cannot be undone.</source>
        <translation>“%1” tüm dillerde silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>The template has changes that are not saved yet.</source>
        <translation>Şablonda henüz kaydedilmemiş değişiklikler var.</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Şablonları içe aktar</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>Şablon dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Şablonları dışa aktar</translation>
    </message>
</context>
<context>
    <name>TemplateNames</name>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Kargo</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <source>Returns and repairs</source>
        <translation>İade ve onarım</translation>
    </message>
    <message>
        <source>Reviews and feedback</source>
        <translation>Değerlendirme ve geri bildirim</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aramalar</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>Kutlamalar</translation>
    </message>
</context>
<context>
    <name>TemplateSidebar</name>
    <message>
        <source>Templates</source>
        <translation>Şablonlar</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Şablon ara</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Insert the template where the cursor is</source>
        <translation>Şablonu imlecin olduğu yere ekle</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Yönet…</translation>
    </message>
    <message>
        <source>Create, edit, sort, import and export templates</source>
        <translation>Şablon oluşturma, düzenleme, sıralama, içe ve dışa aktarma</translation>
    </message>
    <message>
        <source>Insert template %1</source>
        <translation>%1. şablonu ekle</translation>
    </message>
    <message>
        <source>Read the templates</source>
        <translation>Şablonları okuma</translation>
    </message>
    <message>
        <source>Read the customer&apos;s details for templates</source>
        <translation>Şablonlar için müşteri bilgilerini okuma</translation>
    </message>
    <message>
        <source>No templates yet. Create one with Manage…</source>
        <translation>Henüz şablon yok. “Yönet…” ile bir şablon oluşturun.</translation>
    </message>
    <message>
        <source>No template matches “%1”.</source>
        <translation>“%1” ile eşleşen şablon yok.</translation>
    </message>
    <message>
        <source>Choose a template to see it filled in for this customer.</source>
        <translation>Bu müşteri için doldurulmuş hâlini görmek üzere bir şablon seçin.</translation>
    </message>
    <message>
        <source>This template has an error: %1</source>
        <translation>Bu şablonda bir hata var: %1</translation>
    </message>
    <message>
        <source>There is no version in the customer&apos;s language; this is %1.</source>
        <translation>Müşterinin dilinde sürüm yok; gösterilen sürüm: %1.</translation>
    </message>
    <message>
        <source>Not known yet, marked in the text: %1. Fill them in before sending.</source>
        <translation>Henüz bilinmiyor, metinde işaretlendi: %1. Göndermeden önce doldurun.</translation>
    </message>
    <message>
        <source>Use the %1 version</source>
        <translation>Bu sürümü kullan: %1</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <source>Unknown sender</source>
        <translation>Bilinmeyen gönderen</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (siz)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>alıcı: %1</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Alıntıyı gizle</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Alıntıyı göster</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>Bu iletide metin yok.</translation>
    </message>
    <message>
        <source>Remote images were not loaded, so the sender cannot see that you read this message.</source>
        <translation>Uzak görseller yüklenmedi; böylece gönderen bu iletiyi okuduğunuzu göremez.</translation>
    </message>
    <message>
        <source>Load images</source>
        <translation>Görselleri yükle</translation>
    </message>
    <message>
        <source>Always load images from this sender</source>
        <translation>Bu göndericinin görsellerini her zaman yükle</translation>
    </message>
    <message>
        <source>This message could not be read completely; the original is kept unchanged.</source>
        <translation>Bu ileti tamamen okunamadı; orijinali değiştirilmeden saklandı.</translation>
    </message>
    <message>
        <source>(unnamed file)</source>
        <translation>(adsız dosya)</translation>
    </message>
    <message>
        <source>%1 set the status to “%2”</source>
        <translation>%1 durumu “%2” olarak değiştirdi</translation>
    </message>
    <message>
        <source>%1 called: %2</source>
        <translation>%1 aradı: %2</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>%1 not ekledi</translation>
    </message>
    <message>
        <source>This conversation has no mail.</source>
        <translation>Bu konuşmada e-posta yok.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Shopkeeper</source>
        <translation>Shopkeeper&apos;ı göster</translation>
    </message>
    <message>
        <source>Keep running when the window is closed</source>
        <translation>Pencere kapatılınca çalışmaya devam et</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çıkış</translation>
    </message>
    <message numerus="yes">
        <source>Shopkeeper: %n item(s) waiting for you</source>
        <translation>
            <numerusform>Shopkeeper: sizi bekleyen %n iş var</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopkeeper: nothing is waiting</source>
        <translation>Shopkeeper: bekleyen bir şey yok</translation>
    </message>
</context>
<context>
    <name>UndoSendBar</name>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Şimdi gönder</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %1 in %n s.</source>
        <translation>
            <numerusform>%1 alıcısına %n sn sonra gönderilecek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s.</source>
        <translation>
            <numerusform>%n sn sonra gönderilecek.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionPage</name>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Konu:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Shopkeeper</source>
        <translation>Shopkeeper&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <source>Your customers&apos; mail, callbacks, orders and promises in one inbox, kept on your own computer.</source>
        <translation>Müşterilerinizin e-postaları, geri aramaları, siparişleri ve verdiğiniz sözler tek bir gelen kutusunda, kendi bilgisayarınızda.</translation>
    </message>
    <message>
        <source>Try it with a sample shop</source>
        <translation>Örnek bir mağazayla deneyin</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>E-posta hesabı ekle</translation>
    </message>
    <message>
        <source>The sample shop lives in its own folder and never touches your real mail.</source>
        <translation>Örnek mağaza kendi klasöründe durur ve gerçek e-postalarınıza asla dokunmaz.</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>bugün %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Bugün %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>yarın</translation>
    </message>
    <message>
        <source>tomorrow, %1</source>
        <translation>yarın %1</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Yarın</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Yarın %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>gecikti</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 gecikti</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>en geç %1</translation>
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
        <translation>&amp;Mağaza</translation>
    </message>
    <message>
        <source>&amp;New message…</source>
        <translation>Yeni &amp;ileti…</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Yanıtla</translation>
    </message>
    <message>
        <source>Manage &amp;templates…</source>
        <translation>&amp;Şablonları yönet…</translation>
    </message>
    <message>
        <source>Show the &amp;outbox…</source>
        <translation>&amp;Giden kutusunu göster…</translation>
    </message>
    <message>
        <source>New &amp;callback…</source>
        <translation>Yeni geri &amp;arama…</translation>
    </message>
    <message>
        <source>Callback &amp;form rules…</source>
        <translation>&amp;Form kuralları…</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Siparişleri içe aktar…</translation>
    </message>
    <message>
        <source>&amp;Merge or split customers…</source>
        <translation>Müşterileri &amp;birleştir/ayır…</translation>
    </message>
    <message>
        <source>Templates &amp;sidebar</source>
        <translation>Şablon &amp;kenar çubuğu</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Mağazanın çalışma saatlerini okuma</translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation>Şablonu doldurma</translation>
    </message>
    <message>
        <source>There is no email address for %1.</source>
        <translation>%1 için e-posta adresi yok.</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>The file is missing.</source>
        <translation>Dosya bulunamadı.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 dosyasını kaldır</translation>
    </message>
</context>
</TS>
