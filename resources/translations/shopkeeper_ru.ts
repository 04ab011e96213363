<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <source>Some settings are missing or wrong.</source>
        <translation>Некоторые настройки не заполнены или неверны.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Сервер не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. If your provider uses its own certificate authority, choose its CA file below.</source>
        <translation>Не удалось проверить сертификат сервера. Если Ваш провайдер использует собственный центр сертификации, выберите его файл ЦС ниже.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the server name and port, and that this computer is online.</source>
        <translation>Сервер недоступен. Проверьте имя сервера и порт, а также подключение компьютера к интернету.</translation>
    </message>
    <message>
        <source>The server closed the connection. Check the port and security.</source>
        <translation>Сервер закрыл соединение. Проверьте порт и защиту.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>Сервер ответил ошибкой.</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP): %1</source>
        <translation>Входящая почта (IMAP): %1</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP): %1</source>
        <translation>Исходящая почта (SMTP): %1</translation>
    </message>
    <message>
        <source>Connection test passed: both servers accepted the login.</source>
        <translation>Проверка пройдена: оба сервера приняли вход.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a mail account</source>
        <translation type="vanished">Добавить почтовый ящик</translation>
    </message>
    <message>
        <source>Adding an account from the app comes in a later version. Until then, add it in a terminal with the command below: it asks for your password and keeps it in your system&apos;s keyring. Then start Shopkeeper again.</source>
        <translation type="vanished">Добавление ящика прямо в приложении появится в одной из следующих версий. А пока добавьте его в терминале командой ниже: она спросит Ваш пароль и сохранит его в связке ключей системы. Затем перезапустите Shopkeeper.</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="vanished">Копировать команду</translation>
    </message>
    <message>
        <source>Run “shopkeeper account add --help” to see every option.</source>
        <translation type="vanished">Все параметры покажет команда «shopkeeper account add --help».</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <source>Add a mail account</source>
        <translation>Добавить почтовый ящик</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Your shop&apos;s mail address</source>
        <translation>Почтовый адрес Вашего магазина</translation>
    </message>
    <message>
        <source>Shopkeeper reads your customers&apos; mail from your mail provider and keeps a copy on this computer.</source>
        <translation>Shopkeeper получает письма Ваших клиентов у Вашего почтового провайдера и хранит копию на этом компьютере.</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Почтовые серверы</translation>
    </message>
    <message>
        <source>Check the servers, then test the connection. Finish saves the account.</source>
        <translation>Проверьте серверы, затем проверьте подключение. В конце сохраните ящик.</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Сохранить ящик</translation>
    </message>
    <message>
        <source>Looking up the settings of %1…</source>
        <translation>Ищем настройки для %1…</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so the password cannot be stored safely. Shopkeeper keeps it in memory only until it quits and asks for it again next time; it is never written to disk.</source>
        <translation>На этом компьютере нет системной связки ключей, поэтому пароль нельзя надёжно сохранить. Shopkeeper держит его в памяти только до выхода и в следующий раз спросит снова; на диск он никогда не записывается.</translation>
    </message>
    <message>
        <source>No settings were found for %1. Enter them from your mail provider&apos;s help pages.</source>
        <translation>Настройки для %1 не найдены. Введите их по справке Вашего почтового провайдера.</translation>
    </message>
    <message>
        <source>The settings were found at your mail provider.</source>
        <translation>Настройки найдены у Вашего почтового провайдера.</translation>
    </message>
    <message>
        <source>The settings of your mail provider were filled in.</source>
        <translation>Настройки Вашего почтового провайдера заполнены.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверяем подключение…</translation>
    </message>
    <message>
        <source>Enter the email address and the password.</source>
        <translation>Введите адрес почты и пароль.</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Сохраняем ящик…</translation>
    </message>
    <message>
        <source>Save the mail account</source>
        <translation>Сохранение почтового ящика</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Mail accounts</source>
        <translation>Почтовые ящики</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Добавить ящик…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверяем подключение…</translation>
    </message>
    <message>
        <source>Read the mail accounts</source>
        <translation>Чтение почтовых ящиков</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Введите пароль, чтобы проверить подключение.</translation>
    </message>
    <message>
        <source>Save the mail account</source>
        <translation>Сохранение почтового ящика</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>The settings were saved. No keyring is available, so the password is kept only until Shopkeeper quits.</source>
        <translation>Настройки сохранены. Связка ключей недоступна, поэтому пароль хранится только до выхода из Shopkeeper.</translation>
    </message>
    <message>
        <source>Remove the mail account</source>
        <translation>Удаление почтового ящика</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Удалить ящик</translation>
    </message>
    <message>
        <source>Remove the account %1? Its mail stays in Shopkeeper, but no new mail is fetched and the password is deleted from the keyring.</source>
        <translation>Удалить ящик %1? Его письма останутся в Shopkeeper, но новые загружаться не будут, а пароль будет удалён из связки ключей.</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Файл не открыт</translation>
    </message>
    <message>
        <source>%1 could run a program on this computer, so it was not opened. If you trust the sender, save it and check it first.</source>
        <translation>Файл %1 может запустить программу на этом компьютере, поэтому он не открыт. Если Вы доверяете отправителю, сохраните файл и сначала проверьте его.</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Открытие вложения</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Сохранение вложения</translation>
    </message>
    <message>
        <source>The attachment could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать вложение: %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Together %1: more than most mail servers accept (25 MB).</source>
        <translation>Всего %1 — больше, чем принимает большинство почтовых серверов (25 МБ).</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <comment>a backup kept as the day&apos;s backup</comment>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <source>Weekly</source>
        <comment>a backup kept as the week&apos;s backup</comment>
        <translation>Еженедельная</translation>
    </message>
    <message>
        <source>Extra</source>
        <comment>one more backup of the last 24 hours</comment>
        <translation>Дополнительная</translation>
    </message>
    <message>
        <source>Restored the backup of %1. Your data as it was before is kept as the backup of %2, so this can be undone.</source>
        <translation>Восстановлена резервная копия от %1. Ваши прежние данные сохранены как резервная копия от %2, так что это можно отменить.</translation>
    </message>
    <message>
        <source>Another Shopkeeper is syncing this data folder (a sync in a terminal?), so nothing was restored and your data is unchanged. Stop it and try again.</source>
        <translation>Эту папку данных синхронизирует другой экземпляр Shopkeeper (синхронизация в терминале?), поэтому ничего не восстановлено и Ваши данные не изменились. Остановите его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The backup of %1 is no longer there, so nothing was restored and your data is unchanged.</source>
        <translation>Резервной копии от %1 больше нет, поэтому ничего не восстановлено и Ваши данные не изменились.</translation>
    </message>
    <message>
        <source>The backup of %1 cannot be read: it is damaged or not a Shopkeeper backup. Nothing was restored and your data is unchanged; choose another backup.</source>
        <translation>Не удалось прочитать резервную копию от %1: она повреждена или не является резервной копией Shopkeeper. Ничего не восстановлено, Ваши данные не изменились; выберите другую резервную копию.</translation>
    </message>
    <message>
        <source>Another program is using the Shopkeeper data (a command in a terminal?), so nothing was restored and your data is unchanged. Close it and try again.</source>
        <translation>Данные Shopkeeper использует другая программа (команда в терминале?), поэтому ничего не восстановлено и Ваши данные не изменились. Закройте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>There is not enough free disk space to restore the backup, so nothing was restored and your data is unchanged. Free some space and try again.</source>
        <translation>Недостаточно места на диске для восстановления резервной копии, поэтому ничего не восстановлено и Ваши данные не изменились. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The backup could not be restored, and your data is unchanged: %1</source>
        <translation>Не удалось восстановить резервную копию, Ваши данные не изменились: %1</translation>
    </message>
    <message>
        <source>There is not enough free disk space for a backup.</source>
        <translation>Недостаточно места на диске для резервной копии.</translation>
    </message>
    <message>
        <source>The backup could not be taken: %1</source>
        <translation>Не удалось создать резервную копию: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Shopkeeper keeps a backup of each of the last 7 days and of each of the last 4 weeks, and every backup of the last 24 hours.</source>
        <translation>Shopkeeper хранит по одной резервной копии за каждый из последних 7 дней и каждую из последних 4 недель, а также все резервные копии за последние 24 часа.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>Магазин не открыт.</translation>
    </message>
    <message>
        <source>The sample shop has no backups: it is only for trying Shopkeeper out. Open your own shop to back it up or to restore one of its backups.</source>
        <translation>У демо-магазина нет резервных копий: он нужен только для знакомства с Shopkeeper. Откройте свой магазин, чтобы создать его резервную копию или восстановить одну из его копий.</translation>
    </message>
    <message>
        <source>Shopkeeper backs up your data every day. Restoring a backup replaces everything in Shopkeeper with it; the data it replaces is backed up first. The backups are in %1.</source>
        <translation>Shopkeeper каждый день создаёт резервную копию Ваших данных. При восстановлении резервной копии всё в Shopkeeper заменяется ею; заменяемые данные сначала сохраняются в резервную копию. Резервные копии находятся в %1.</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Чтение резервных копий…</translation>
    </message>
    <message>
        <source>The backups could not be read: %1</source>
        <translation>Не удалось прочитать резервные копии: %1</translation>
    </message>
    <message>
        <source>This backup cannot be read: it may be damaged.</source>
        <translation>Не удалось прочитать эту резервную копию: возможно, она повреждена.</translation>
    </message>
    <message>
        <source>No backups yet: click Back up now to take the first one.</source>
        <translation>Резервных копий пока нет: нажмите «Создать копию сейчас», чтобы создать первую.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Backed up: the backup of %1 is at the top of the list.</source>
        <translation>Резервная копия создана: копия от %1 — вверху списка.</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>Резервная копия создана (%1).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <source>Replace everything in Shopkeeper with the backup of %1? The current data is kept as a backup first, so this can be undone.</source>
        <translation>Заменить всё в Shopkeeper резервной копией от %1? Текущие данные сначала сохранятся как резервная копия, так что это можно отменить.</translation>
    </message>
    <message>
        <source>Mail that is still on the mail server is fetched again by the next sync. Notes, statuses and replies written since the backup are only in the current data, which is kept as a backup.</source>
        <translation>Письма, которые ещё есть на почтовом сервере, снова загрузятся при следующей синхронизации. Заметки, статусы и ответы, написанные после создания резервной копии, есть только в текущих данных, которые сохранятся как резервная копия.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Восстановление резервной копии от %1…</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Не удалось открыть папку %1.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <source>How did the call with %1 go?</source>
        <translation>Как прошёл разговор с клиентом %1?</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Как прошёл разговор?</translation>
    </message>
    <message>
        <source>The number you called</source>
        <translation>Номер, на который Вы звонили</translation>
    </message>
    <message>
        <source>What was said or agreed (optional)</source>
        <translation>О чём говорили или договорились (необязательно)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Записать звонок</translation>
    </message>
</context>
<context>
    <name>CallbackCard</name>
    <message>
        <source>Open the mail</source>
        <translation>Открыть письмо</translation>
    </message>
    <message>
        <source>Reached…</source>
        <translation>Дозвонились…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Автоответчик</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Как прошёл разговор?</translation>
    </message>
</context>
<context>
    <name>CallbackDelegate</name>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
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
            <numerusform>%n попытка</numerusform>
            <numerusform>%n попытки</numerusform>
            <numerusform>%n попыток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <source>Load the callback settings</source>
        <translation>Загрузка настроек обратных звонков</translation>
    </message>
</context>
<context>
    <name>CallbackQueueView</name>
    <message>
        <source>Callbacks</source>
        <translation>Обратные звонки</translation>
    </message>
    <message>
        <source>New callback…</source>
        <translation>Новый обратный звонок…</translation>
    </message>
    <message>
        <source>Form rules…</source>
        <translation>Правила форм…</translation>
    </message>
    <message>
        <source>Teach the app to read the callback requests of your contact forms</source>
        <translation>Научите приложение распознавать заявки на обратный звонок из Ваших контактных форм</translation>
    </message>
    <message>
        <source>Callback requests</source>
        <translation>Заявки на обратный звонок</translation>
    </message>
    <message>
        <source>No callbacks waiting</source>
        <translation>Нет ожидающих обратных звонков</translation>
    </message>
    <message>
        <source>When a customer asks to be called back, in a contact form or by phone, the request waits here until you have called.</source>
        <translation>Когда клиент просит перезвонить — через контактную форму или по телефону, — заявка ждёт здесь, пока Вы не позвоните.</translation>
    </message>
    <message>
        <source>Calling %1 — log how it went when you hang up.</source>
        <translation>Звонок на %1 — после разговора запишите, как всё прошло.</translation>
    </message>
    <message>
        <source>The call was not logged: %1</source>
        <translation>Звонок не записан: %1</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Запись звонка</translation>
    </message>
    <message>
        <source>Call %1 again</source>
        <translation>Перезвонить: %1</translation>
    </message>
    <message>
        <source>You will be reminded at %1.</source>
        <translation>Напоминание придёт в %1.</translation>
    </message>
    <message>
        <source>No reminder was set: %1</source>
        <translation>Напоминание не создано: %1</translation>
    </message>
    <message>
        <source>Set the reminder</source>
        <translation>Создание напоминания</translation>
    </message>
    <message>
        <source>Rule “%1” saved: it reads the next mails of that form.</source>
        <translation>Правило «%1» сохранено: оно будет читать следующие письма этой формы.</translation>
    </message>
    <message>
        <source>The request was not added: %1</source>
        <translation>Заявка не добавлена: %1</translation>
    </message>
    <message>
        <source>Add the callback request</source>
        <translation>Добавление заявки на обратный звонок</translation>
    </message>
    <message>
        <source>Nobody called back yet this week.</source>
        <translation>На этой неделе ещё никому не перезвонили.</translation>
    </message>
    <message numerus="yes">
        <source>This week: first call back after %1 (median of %n call(s)).</source>
        <translation>
            <numerusform>На этой неделе: первый обратный звонок через %1 (медиана по %n звонку).</numerusform>
            <numerusform>На этой неделе: первый обратный звонок через %1 (медиана по %n звонкам).</numerusform>
            <numerusform>На этой неделе: первый обратный звонок через %1 (медиана по %n звонкам).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n ждёт звонка</numerusform>
            <numerusform>%n ждут звонка</numerusform>
            <numerusform>%n ждут звонка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later</source>
        <translation>
            <numerusform>%n позже</numerusform>
            <numerusform>%n позже</numerusform>
            <numerusform>%n позже</numerusform>
        </translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Звонок записан: %1.</translation>
    </message>
    <message>
        <source>The callback request was added to the queue.</source>
        <translation>Заявка на обратный звонок добавлена в очередь.</translation>
    </message>
    <message>
        <source>Asked %1 · call %2</source>
        <translation>Заявка: %1 · звонить %2</translation>
    </message>
    <message>
        <source>Asked %1 · prefers %2 · waiting for %3</source>
        <translation>Заявка: %1 · удобно %2 · ждёт %3</translation>
    </message>
    <message>
        <source>Asked %1 · waiting for %2</source>
        <translation>Заявка: %1 · ждёт %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Позвонить: %1</translation>
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
        <translation>после %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, after %2</source>
        <translation>%1, после %2</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Just asked</source>
        <translation>Только что</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>Waiting long</source>
        <translation>Ждёт долго</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
</context>
<context>
    <name>ComposerText</name>
    <message>
        <source>Add at least one recipient in the To or Cc field.</source>
        <translation>Укажите хотя бы одного получателя в поле «Кому» или «Копия».</translation>
    </message>
    <message>
        <source>One of the addresses is not a valid email address. Check the To and Cc fields.</source>
        <translation>Один из адресов указан неверно. Проверьте поля «Кому» и «Копия».</translation>
    </message>
    <message>
        <source>There is no mail account to send from. Add one under File → Mail accounts.</source>
        <translation>Нет почтового ящика для отправки. Добавьте его в меню Файл → Почтовые ящики.</translation>
    </message>
    <message>
        <source>This mail account has no outgoing (SMTP) server yet. Add it in the account settings, then send again.</source>
        <translation>У этого ящика ещё нет сервера исходящей почты (SMTP). Добавьте его в настройках ящика и отправьте снова.</translation>
    </message>
    <message>
        <source>An attachment can no longer be read: the file was moved or deleted. Remove it and attach it again.</source>
        <translation>Вложение больше нельзя прочитать: файл перемещён или удалён. Удалите его и прикрепите заново.</translation>
    </message>
    <message>
        <source>The attachments are larger than 25 MB together, which most mail servers refuse. Send fewer or smaller files.</source>
        <translation>Вложения вместе больше 25 МБ — большинство почтовых серверов такое не принимает. Отправьте меньше файлов или файлы поменьше.</translation>
    </message>
    <message>
        <source>The message you are replying to is no longer there. Start a new message instead.</source>
        <translation>Письма, на которое Вы отвечаете, больше нет. Начните новое письмо.</translation>
    </message>
    <message>
        <source>This message is already in the outbox.</source>
        <translation>Это письмо уже в исходящих.</translation>
    </message>
    <message>
        <source>The message cannot be sent.</source>
        <translation>Письмо нельзя отправить.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address. Check the To and Cc fields.</source>
        <translation>«%1» — неверный адрес почты. Проверьте поля «Кому» и «Копия».</translation>
    </message>
    <message>
        <source>The message could not be put in the outbox: %1</source>
        <translation>Не удалось поместить письмо в исходящие: %1</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>name@example.com</source>
        <translation>imya@primer.ru</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Send a copy to more people</source>
        <translation>Отправить копию другим людям</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>Write your reply here. Ctrl+Enter sends it.</source>
        <translation>Напишите ответ здесь. Ctrl+Enter — отправить.</translation>
    </message>
    <message>
        <source>Write your message here. Ctrl+Enter sends it.</source>
        <translation>Напишите письмо здесь. Ctrl+Enter — отправить.</translation>
    </message>
    <message>
        <source>Quote the message</source>
        <translation>Цитировать письмо</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Add your signature under the text</source>
        <translation>Добавить Вашу подпись под текстом</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Прикрепить файлы…</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Enter)</source>
        <translation>Отправить письмо (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The template has an error: %1</source>
        <translation>В шаблоне ошибка: %1</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>Открытие черновика</translation>
    </message>
    <message>
        <source>The draft could not be opened: %1</source>
        <translation>Не удалось открыть черновик: %1</translation>
    </message>
    <message>
        <source>Add the message from %1 under yours, as a quote.</source>
        <translation>Добавить письмо (%1) под Вашим как цитату.</translation>
    </message>
    <message>
        <source>Quote the message from %1</source>
        <translation type="vanished">Цитировать письмо (%1)</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>The message is empty. Write something first.</source>
        <translation>Письмо пустое. Сначала напишите что-нибудь.</translation>
    </message>
    <message>
        <source>Give the message a subject.</source>
        <translation>Укажите тему письма.</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Отправка письма</translation>
    </message>
    <message>
        <source>The message could not be taken back: %1</source>
        <translation>Не удалось отменить отправку письма: %1</translation>
    </message>
    <message>
        <source>Undo sending</source>
        <translation>Отмена отправки</translation>
    </message>
    <message>
        <source>Too late: the message has already gone out.</source>
        <translation>Слишком поздно: письмо уже отправлено.</translation>
    </message>
    <message>
        <source>The message was not sent. It is back in its drafts.</source>
        <translation>Письмо не отправлено. Оно снова в черновиках.</translation>
    </message>
    <message>
        <source>The message was not sent. You can go on writing it.</source>
        <translation>Письмо не отправлено. Можно продолжить его писать.</translation>
    </message>
    <message>
        <source>Send the message now</source>
        <translation>Немедленная отправка письма</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Отправлено.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>the server refused it.</source>
        <translation>сервер его отклонил.</translation>
    </message>
    <message>
        <source>Not sent yet: the server cannot be reached. It will be retried.</source>
        <translation>Пока не отправлено: сервер недоступен. Попытка будет повторена.</translation>
    </message>
    <message>
        <source>Values are missing</source>
        <translation>Не хватает значений</translation>
    </message>
    <message>
        <source>The message still has gaps for values the template did not know.</source>
        <translation>В письме остались пропуски для значений, которых не знал шаблон.</translation>
    </message>
    <message>
        <source>Fill in %1 before sending, or send it as it is.</source>
        <translation>Заполните %1 перед отправкой или отправьте как есть.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>No conversation selected</source>
        <translation>Диалог не выбран</translation>
    </message>
    <message>
        <source>Choose a conversation from the list to read it here.</source>
        <translation>Выберите диалог в списке, чтобы прочитать его здесь.</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Открытие диалога</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Ждёт ответа</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Ссылка не открыта</translation>
    </message>
    <message>
        <source>This link was not opened, because links of this kind can be unsafe:

%1</source>
        <translation>Эта ссылка не открыта, потому что такие ссылки могут быть небезопасны:

%1</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation>Открыть эту ссылку в браузере?</translation>
    </message>
</context>
<context>
    <name>CustomerDelegate</name>
    <message>
        <source>%1 open</source>
        <translation>открыто: %1</translation>
    </message>
</context>
<context>
    <name>CustomerDirectory</name>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Find a customer by name, company or address</source>
        <translation>Найти клиента по имени, компании или адресу</translation>
    </message>
    <message>
        <source>No customers found</source>
        <translation>Клиенты не найдены</translation>
    </message>
    <message>
        <source>Customers appear here as soon as they write to you.</source>
        <translation>Клиенты появятся здесь, как только напишут Вам.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>What you know about this customer: preferences, agreements, …</source>
        <translation>Что Вы знаете об этом клиенте: предпочтения, договорённости, …</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Показать более ранние записи</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Нет клиента</translation>
    </message>
    <message>
        <source>Select a conversation to see who wrote it.</source>
        <translation>Выберите диалог, чтобы увидеть, кто его написал.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Save the customer&apos;s notes</source>
        <translation>Сохранение заметок о клиенте</translation>
    </message>
    <message>
        <source>Load the customer</source>
        <translation>Загрузка клиента</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Диалоги (%1)</translation>
    </message>
    <message>
        <source>Business customer · %1</source>
        <translation>Корпоративный клиент · %1</translation>
    </message>
    <message>
        <source>Business customer</source>
        <translation>Корпоративный клиент</translation>
    </message>
    <message>
        <source>Private customer</source>
        <translation>Частный клиент</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Needs a reply</source>
        <translation>Ждёт ответа</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Пока ничего не произошло.</translation>
    </message>
    <message>
        <source>Mail from %1</source>
        <translation>Письмо (%1)</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Ответ (%1)</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Заметка (%1)</translation>
    </message>
    <message>
        <source>Call by %1: %2</source>
        <translation>Звонок (%1): %2</translation>
    </message>
    <message>
        <source>%1 set the status to “%2”</source>
        <translation>Статус «%2» (%1)</translation>
    </message>
    <message>
        <source>%1 edited the customer&apos;s details</source>
        <translation>Изменены данные клиента (%1)</translation>
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
        <translation>Поиск по имени, компании или почте</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Save the draft</source>
        <translation>Сохранение черновика</translation>
    </message>
</context>
<context>
    <name>DuePicker</name>
    <message>
        <source>At a set time</source>
        <translation>В определённое время</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Установить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>В этот день магазин закрыт: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>В этот день магазин закрыт.</translation>
    </message>
</context>
<context>
    <name>FollowupToggle</name>
    <message>
        <source>A reminder to write again if the customer has not answered by then. It goes away by itself when they answer.</source>
        <translation>Напоминание написать ещё раз, если клиент к тому времени не ответит. Оно исчезнет само, как только клиент ответит.</translation>
    </message>
    <message>
        <source>How many days to wait</source>
        <translation>Сколько дней ждать</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me if there is no reply in %n day(s)</source>
        <translation>
            <numerusform>Напомнить, если клиент не ответит за %n день</numerusform>
            <numerusform>Напомнить, если клиент не ответит за %n дня</numerusform>
            <numerusform>Напомнить, если клиент не ответит за %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <source>Set the follow-up reminder</source>
        <translation>Создание напоминания написать снова</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
            <numerusform>%n дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n w</source>
        <translation>
            <numerusform>%n нед.</numerusform>
            <numerusform>%n нед.</numerusform>
            <numerusform>%n нед.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n мес.</numerusform>
            <numerusform>%n мес.</numerusform>
            <numerusform>%n мес.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n г.</numerusform>
            <numerusform>%n г.</numerusform>
            <numerusform>%n л.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Ждёт клиента</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Оставлено голосовое сообщение</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
</context>
<context>
    <name>IdentityFields</name>
    <message>
        <source>info@your-shop.com</source>
        <translation>info@vash-magazin.ru</translation>
    </message>
    <message>
        <source>Your shop&apos;s name</source>
        <translation>Название Вашего магазина</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation>Адрес почты:</translation>
    </message>
    <message>
        <source>Name shown to customers:</source>
        <translation>Имя для клиентов:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>If you use two-step login with this provider, create an app password in its account settings and enter that here.</source>
        <translation>Если у этого почтового сервиса включён двухэтапный вход, создайте в настройках аккаунта пароль приложения и введите его здесь.</translation>
    </message>
    <message>
        <source>Microsoft may refuse ordinary passwords for IMAP. If the test fails, create an app password or ask your administrator to allow IMAP.</source>
        <translation>Microsoft может не принимать обычные пароли для IMAP. Если проверка не пройдёт, создайте пароль приложения или попросите администратора разрешить IMAP.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import orders</source>
        <translation>Импорт заказов</translation>
    </message>
    <message>
        <source>Import the orders of an export file: Shopify (Orders → Export), WooCommerce (an order export plugin) or any CSV file with one row per order or per item.</source>
        <translation>Импортируйте заказы из файла экспорта: Shopify (Orders → Export), WooCommerce (плагин экспорта заказов) или любой CSV-файл, где одна строка — это заказ или товар.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Say myself which column holds what</source>
        <translation>Указать вручную, что в каком столбце</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Первая строка</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Choose an order export</source>
        <translation>Выберите файл экспорта заказов</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Read the export file</source>
        <translation>Чтение файла экспорта</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Не удаётся импортировать файл: %1</translation>
    </message>
    <message>
        <source>A Shopify export: its columns are read the way Shopify writes them.</source>
        <translation>Экспорт Shopify: столбцы читаются так, как их записывает Shopify.</translation>
    </message>
    <message>
        <source>A WooCommerce export: its columns are read the way the plugin writes them.</source>
        <translation>Экспорт WooCommerce: столбцы читаются так, как их записывает плагин.</translation>
    </message>
    <message>
        <source>The app does not know this file&apos;s layout. Say which column holds which field; the order number is needed, the rest as far as the file has it.</source>
        <translation>Приложение не знает структуру этого файла. Укажите, в каком столбце какое поле; номер заказа обязателен, остальное — насколько есть в файле.</translation>
    </message>
    <message>
        <source>Choose the column that holds the order number.</source>
        <translation>Выберите столбец с номером заказа.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import the orders</source>
        <translation>Импорт заказов</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Импорт не удался: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) imported from the file.</source>
        <translation>
            <numerusform>Из файла импортирован %n заказ.</numerusform>
            <numerusform>Из файла импортированы %n заказа.</numerusform>
            <numerusform>Из файла импортировано %n заказов.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders were found in the file.</source>
        <translation>В файле не найдено заказов.</translation>
    </message>
    <message>
        <source>New: %1 · updated: %2 · unchanged: %3</source>
        <translation>Новых: %1 · обновлено: %2 · без изменений: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>Пропущена %n строка:</numerusform>
            <numerusform>Пропущены %n строки:</numerusform>
            <numerusform>Пропущено %n строк:</numerusform>
        </translation>
    </message>
    <message>
        <source>no order number</source>
        <translation>нет номера заказа</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message>
        <source>Promise overdue</source>
        <translation>Обещание просрочено</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Search all mail (Ctrl+F)</source>
        <translation>Поиск по всей почте (Ctrl+F)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Ждёт клиента</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Ни в одном диалоге нет «%1».</translation>
    </message>
    <message>
        <source>Nobody to wait for</source>
        <translation>Ждать некого</translation>
    </message>
    <message>
        <source>Conversations you answered show up here until the customer writes back.</source>
        <translation>Диалоги, на которые Вы ответили, видны здесь, пока клиент не напишет снова.</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Пока ничего не готово</translation>
    </message>
    <message>
        <source>Conversations you mark as done are kept here.</source>
        <translation>Здесь хранятся диалоги, отмеченные как готовые.</translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>Всё разобрано</translation>
    </message>
    <message>
        <source>No customer is waiting for you right now.</source>
        <translation>Сейчас Вас не ждёт ни один клиент.</translation>
    </message>
</context>
<context>
    <name>LazyListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Load the list</source>
        <translation>Загрузка списка</translation>
    </message>
</context>
<context>
    <name>MailDesk</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Ежедневная резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>Sample shop: nothing is sent or synced</source>
        <translation>Демо-магазин: ничего не отправляется и не синхронизируется</translation>
    </message>
    <message>
        <source>No account — add one</source>
        <translation>Нет почтового ящика — добавьте его</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation>Не удалось открыть папку данных</translation>
    </message>
    <message>
        <source>All mail accounts are up to date</source>
        <translation>Все почтовые ящики синхронизированы</translation>
    </message>
    <message>
        <source>%1 now trusts the certificate authority in %2.</source>
        <translation>%1 теперь доверяет центру сертификации из файла %2.</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>Сохранение файла ЦС</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>Сертификат отклонён</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified, so Shopkeeper did not send your password to it.</source>
        <translation>Не удалось проверить сертификат почтового сервера, поэтому Shopkeeper не отправил ему Ваш пароль.</translation>
    </message>
    <message>
        <source>If your mail provider or company runs its own certificate authority, it can give you its CA file; choose it to trust only that authority for this account. If you did not expect this, do not continue: someone may be intercepting the connection.</source>
        <translation>Если Ваш почтовый провайдер или компания использует собственный центр сертификации, у них можно получить файл ЦС; выберите его, чтобы доверять для этого ящика только этому центру. Если Вы этого не ожидали, не продолжайте: возможно, кто-то перехватывает соединение.</translation>
    </message>
    <message>
        <source>Choose CA file…</source>
        <translation>Выбрать файл ЦС…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Выберите файл центра сертификации</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The account %1 was saved.</source>
        <translation>Ящик %1 сохранён.</translation>
    </message>
    <message>
        <source>The account %1 was saved. No keyring is available, so its password is kept only until Shopkeeper quits.</source>
        <translation>Ящик %1 сохранён. Связка ключей недоступна, поэтому его пароль хранится только до выхода из Shopkeeper.</translation>
    </message>
    <message>
        <source>New customer mail</source>
        <translation>Новое письмо от клиента</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) got new mail from a customer.</source>
        <translation>
            <numerusform>Новое письмо от клиента в %n диалоге.</numerusform>
            <numerusform>Новые письма от клиентов в %n диалогах.</numerusform>
            <numerusform>Новые письма от клиентов в %n диалогах.</numerusform>
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
        <translation>Открываем Ваш магазин…</translation>
    </message>
    <message>
        <source>Customer &amp;panel</source>
        <translation>Панель &amp;клиента</translation>
    </message>
    <message>
        <source>Preparing the sample shop…</source>
        <translation>Готовим демо-магазин…</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Открытие папки данных</translation>
    </message>
    <message>
        <source>Shopkeeper — Sample shop</source>
        <translation>Shopkeeper — демо-магазин</translation>
    </message>
    <message>
        <source>Sample shop: nothing is sent or synced</source>
        <translation type="vanished">Демо-магазин: ничего не отправляется и не синхронизируется</translation>
    </message>
    <message>
        <source>No account — add one</source>
        <translation type="vanished">Нет почтового ящика — добавьте его</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="vanished">Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>The data folder could not be opened:
%1</source>
        <translation>Не удалось открыть папку данных:
%1</translation>
    </message>
    <message>
        <source>Could not open the data folder</source>
        <translation type="vanished">Не удалось открыть папку данных</translation>
    </message>
    <message>
        <source>Read the mail accounts</source>
        <translation>Чтение почтовых ящиков</translation>
    </message>
    <message>
        <source>No callback requests yet</source>
        <translation type="vanished">Запросов на обратный звонок пока нет</translation>
    </message>
    <message>
        <source>When a customer asks to be called back, the request waits here until you have called.</source>
        <translation type="vanished">Когда клиент просит перезвонить, запрос ждёт здесь, пока Вы не позвоните.</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation type="vanished">Заказов пока нет</translation>
    </message>
    <message>
        <source>Orders from your shop will be listed here with the conversations about them.</source>
        <translation type="vanished">Здесь будут заказы Вашего магазина вместе с диалогами о них.</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation type="vanished">Просроченного нет</translation>
    </message>
    <message>
        <source>Promises you made to customers show up here when their day has passed.</source>
        <translation type="vanished">Обещания клиентам появляются здесь, когда их срок прошёл.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation type="vanished">На сегодня ничего нет</translation>
    </message>
    <message>
        <source>Reminders and promises due today will be listed here.</source>
        <translation type="vanished">Здесь будут напоминания и обещания на сегодня.</translation>
    </message>
    <message>
        <source>No upcoming reminders</source>
        <translation type="vanished">Предстоящих напоминаний нет</translation>
    </message>
    <message>
        <source>Reminders you set for later days will be listed here.</source>
        <translation type="vanished">Здесь будут напоминания, которые Вы назначите на другие дни.</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation type="vanished">Шаблонов пока нет</translation>
    </message>
    <message>
        <source>Reply templates in your customers&apos; languages will be kept here.</source>
        <translation type="vanished">Здесь будут храниться шаблоны ответов на языках Ваших клиентов.</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>Your templates are in the sidebar on the right: double-click one or press Ctrl+1 … Ctrl+9 to put it into your reply. Manage them from the Shop menu.</source>
        <translation>Ваши шаблоны — на боковой панели справа: дважды щёлкните шаблон или нажмите Ctrl+1 … Ctrl+9, чтобы вставить его в ответ. Управлять ими можно в меню «Магазин».</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Отмечено как готовое.</translation>
    </message>
    <message>
        <source>Now waiting on the customer.</source>
        <translation>Теперь ждём клиента.</translation>
    </message>
    <message>
        <source>Opened again.</source>
        <translation>Снова в работе.</translation>
    </message>
    <message>
        <source>Undo the status change</source>
        <translation>Отмена изменения статуса</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Заметка добавлена.</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Добавление заметки</translation>
    </message>
    <message>
        <source>Call logged: %1.</source>
        <translation>Звонок записан: %1.</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Запись звонка</translation>
    </message>
    <message>
        <source>Count conversations</source>
        <translation>Подсчёт диалогов</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
    <message>
        <source>Shopkeeper is still running</source>
        <translation>Shopkeeper продолжает работать</translation>
    </message>
    <message>
        <source>New mail keeps arriving. Quit from the tray menu.</source>
        <translation>Новая почта продолжает приходить. Выйти можно через меню в системном трее.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Отметить как готовое</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>&amp;Ожидание</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>Ожидание ответа клиента</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>За&amp;метка…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>&amp;Звонок…</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Следующий диалог</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Предыдущий диалог</translation>
    </message>
    <message>
        <source>&amp;Read conversation</source>
        <translation>&amp;Читать диалог</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Add mail account…</source>
        <translation>&amp;Добавить почтовый ящик…</translation>
    </message>
    <message>
        <source>Mail &amp;accounts…</source>
        <translation>&amp;Почтовые ящики…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Open the &amp;sample shop</source>
        <translation>&amp;Открыть демо-магазин</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Диалог</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge or split customers</source>
        <translation>Объединение и разделение клиентов</translation>
    </message>
    <message>
        <source>Keep this customer</source>
        <translation>Оставить этого клиента</translation>
    </message>
    <message>
        <source>Merge this customer into it</source>
        <translation>Присоединить к нему этого клиента</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Split off…</source>
        <translation>Выделить…</translation>
    </message>
    <message>
        <source>The address to make a customer of its own:</source>
        <translation>Адрес, который станет отдельным клиентом:</translation>
    </message>
    <message>
        <source>Merge two customers</source>
        <translation>Объединить двух клиентов</translation>
    </message>
    <message>
        <source>Split off an address</source>
        <translation>Выделить адрес</translation>
    </message>
    <message>
        <source>Pick the customer to keep and the one to merge into it.</source>
        <translation>Выберите клиента, которого нужно оставить, и того, кого нужно к нему присоединить.</translation>
    </message>
    <message>
        <source>Pick two different customers.</source>
        <translation>Выберите двух разных клиентов.</translation>
    </message>
    <message>
        <source>Look up the customers</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n диалог</numerusform>
            <numerusform>%n диалога</numerusform>
            <numerusform>%n диалогов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback request(s)</source>
        <translation>
            <numerusform>%n заявка на обратный звонок</numerusform>
            <numerusform>%n заявки на обратный звонок</numerusform>
            <numerusform>%n заявок на обратный звонок</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” stays. Everything of “%2” moves to it, then “%2” is removed:</source>
        <translation>«%1» остаётся. Всё, что относится к «%2», переходит к нему, затем «%2» удаляется:</translation>
    </message>
    <message numerus="yes">
        <source>%n email address(es)</source>
        <translation>
            <numerusform>%n адрес почты</numerusform>
            <numerusform>%n адреса почты</numerusform>
            <numerusform>%n адресов почты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n номер телефона</numerusform>
            <numerusform>%n номера телефона</numerusform>
            <numerusform>%n номеров телефона</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation>Присоединить «%1» к «%2»?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Merge the customers</source>
        <translation>Объединение клиентов</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Pick a customer.</source>
        <translation>Выберите клиента.</translation>
    </message>
    <message>
        <source>Look up the customer</source>
        <translation>Поиск клиента</translation>
    </message>
    <message>
        <source>This customer has only one address: there is nothing to split.</source>
        <translation>У этого клиента только один адрес: выделять нечего.</translation>
    </message>
    <message>
        <source>Look up the address</source>
        <translation>Поиск адреса</translation>
    </message>
    <message>
        <source>A new customer “%1” is made for %2. These move with the address:</source>
        <translation>Для %2 создаётся новый клиент «%1». Вместе с адресом переходят:</translation>
    </message>
    <message>
        <source>Phone numbers stay with “%1”.</source>
        <translation>Номера телефонов остаются у «%1».</translation>
    </message>
    <message>
        <source>Make %1 a customer of its own?</source>
        <translation>Сделать %1 отдельным клиентом?</translation>
    </message>
    <message>
        <source>Split the address off</source>
        <translation>Выделение адреса</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Обратные звонки</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Ждёт клиента</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
</context>
<context>
    <name>NewCallbackDialog</name>
    <message>
        <source>New callback</source>
        <translation>Новый обратный звонок</translation>
    </message>
    <message>
        <source>Note down a call you missed or a customer who asked to be called back. The request waits in the queue until you have called.</source>
        <translation>Запишите пропущенный звонок или клиента, который просил перезвонить. Заявка ждёт в очереди, пока Вы не позвоните.</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Кто звонил</translation>
    </message>
    <message>
        <source>The number to call back</source>
        <translation>Номер для обратного звонка</translation>
    </message>
    <message>
        <source>Optional: links the request to the customer</source>
        <translation>Необязательно: связывает заявку с клиентом</translation>
    </message>
    <message>
        <source>What it is about (optional)</source>
        <translation>О чём речь (необязательно)</translation>
    </message>
    <message>
        <source>For example: after 17:00, between 9 and 11</source>
        <translation>Например: после 17:00, между 9 и 11</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Почта:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Preferred time:</source>
        <translation>Удобное время:</translation>
    </message>
    <message>
        <source>Called at:</source>
        <translation>Время звонка:</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>Добавить в очередь</translation>
    </message>
    <message>
        <source>A phone number is needed.</source>
        <translation>Нужен номер телефона.</translation>
    </message>
    <message>
        <source>This does not look like a phone number; it is kept as written.</source>
        <translation>Это не похоже на номер телефона; он сохранится в том виде, как написан.</translation>
    </message>
    <message>
        <source>Will be called as %1.</source>
        <translation>Будет набран номер %1.</translation>
    </message>
    <message>
        <source>Any time.</source>
        <translation>В любое время.</translation>
    </message>
    <message>
        <source>Not understood as a time; kept as a note, the call is due now.</source>
        <translation>Время не распознано; текст сохранится как заметка, звонить нужно сейчас.</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Звонить: %1.</translation>
    </message>
</context>
<context>
    <name>NewMessageDialog</name>
    <message>
        <source>New message to %1</source>
        <translation>Новое письмо — %1</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Новое письмо</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>The note is kept on %1&apos;s timeline. Only you see it.</source>
        <translation>Заметка сохранится в истории клиента %1. Её видите только Вы.</translation>
    </message>
    <message>
        <source>The note is kept with this conversation. Only you see it.</source>
        <translation>Заметка сохранится в этом диалоге. Её видите только Вы.</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what to do next…</source>
        <translation>Что произошло, о чём договорились, что делать дальше…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note.</source>
        <translation>Ctrl+Enter — добавить заметку.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Check for due reminders</source>
        <translation>Проверка наступивших напоминаний</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while Shopkeeper was closed</source>
        <translation>
            <numerusform>%n напоминание сработало, пока Shopkeeper был закрыт</numerusform>
            <numerusform>%n напоминания сработали, пока Shopkeeper был закрыт</numerusform>
            <numerusform>%n напоминаний сработало, пока Shopkeeper был закрыт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while the computer was asleep</source>
        <translation>
            <numerusform>%n напоминание сработало, пока компьютер спал</numerusform>
            <numerusform>%n напоминания сработали, пока компьютер спал</numerusform>
            <numerusform>%n напоминаний сработало, пока компьютер спал</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>Сработало %n напоминание</numerusform>
            <numerusform>Сработали %n напоминания</numerusform>
            <numerusform>Сработало %n напоминаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>Отложить на 15 мин</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Отложить на 1 ч</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Завтра утром</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>Выбрать время…</translation>
    </message>
</context>
<context>
    <name>OccasionItem</name>
    <message>
        <source>Use template</source>
        <translation>По шаблону</translation>
    </message>
    <message>
        <source>Write to the customer from a template; you send it yourself.</source>
        <translation>Написать клиенту по шаблону; отправляете Вы сами.</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Напомнить</translation>
    </message>
    <message>
        <source>Be reminded on the day (one reminder per customer).</source>
        <translation>Напомнить в этот день (по одному напоминанию на клиента).</translation>
    </message>
    <message>
        <source>Be reminded on the day.</source>
        <translation>Напомнить в этот день.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Do not suggest this again.</source>
        <translation>Больше не предлагать.</translation>
    </message>
</context>
<context>
    <name>OccasionsPanel</name>
    <message>
        <source>Suggestions only: nothing is sent by itself.</source>
        <translation>Только предложения: ничего не отправляется само.</translation>
    </message>
    <message>
        <source>Occasions to get in touch (%1)</source>
        <translation>Поводы написать (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Показать ещё %n</numerusform>
            <numerusform>Показать ещё %n</numerusform>
            <numerusform>Показать ещё %n</numerusform>
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
        <translation>По заказу %1</translation>
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
        <translation>Итого</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Отслеживание: %1</translation>
    </message>
    <message>
        <source>Track the parcel</source>
        <translation>Отследить посылку</translation>
    </message>
    <message>
        <source>Open the mail</source>
        <translation>Открыть письмо</translation>
    </message>
</context>
<context>
    <name>OrderFields</name>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Почта клиента</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Сумма заказа</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Название товара</translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation>Количество товара</translation>
    </message>
    <message>
        <source>Item price (line total)</source>
        <translation>Цена товара (сумма по позиции)</translation>
    </message>
    <message>
        <source>Item price (each)</source>
        <translation>Цена товара (за штуку)</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>Артикул (SKU)</translation>
    </message>
    <message>
        <source>Items (WooCommerce list)</source>
        <translation>Товары (список WooCommerce)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>Способ доставки</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Платёжный адрес</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>Комментарий клиента</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Статус оплаты</translation>
    </message>
    <message>
        <source>Fulfilment status</source>
        <translation>Статус выполнения</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Дата отмены</translation>
    </message>
    <message>
        <source>Billing address (part)</source>
        <translation>Платёжный адрес (часть)</translation>
    </message>
    <message>
        <source>Shipping address (part)</source>
        <translation>Адрес доставки (часть)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортировать)</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>В обработке</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Отложен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Деньги возвращены</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не удался</translation>
    </message>
</context>
<context>
    <name>OrdersSection</name>
    <message>
        <source>No orders yet.</source>
        <translation>Заказов пока нет.</translation>
    </message>
    <message>
        <source>Load the customer&apos;s orders</source>
        <translation>Загрузка заказов клиента</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Заказы (%1)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Messages not sent</source>
        <translation>Неотправленные письма</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Nothing is waiting: every message has gone out.</source>
        <translation>Ничего не ждёт: все письма отправлены.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Не отправлять</translation>
    </message>
    <message>
        <source>Take the message back; its text is kept as a draft in its conversation.</source>
        <translation>Отменить отправку; текст письма останется черновиком в диалоге.</translation>
    </message>
    <message>
        <source>Read the outbox</source>
        <translation>Чтение исходящих</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>Получатель %1: %2</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Ответ сервера: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>Была %n попытка.</numerusform>
            <numerusform>Было %n попытки.</numerusform>
            <numerusform>Было %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation>Повторная отправка</translation>
    </message>
    <message>
        <source>Take the message back</source>
        <translation>Отмена отправки письма</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Try sending now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Show the messages that were not sent…</source>
        <translation>Показать неотправленные письма…</translation>
    </message>
    <message>
        <source>Open the outbox to cancel a message…</source>
        <translation>Открыть исходящие, чтобы отменить письмо…</translation>
    </message>
    <message>
        <source>Count the outbox</source>
        <translation>Подсчёт исходящих</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not sent</source>
        <translation>
            <numerusform>%n письмо не отправлено</numerusform>
            <numerusform>%n письма не отправлены</numerusform>
            <numerusform>%n писем не отправлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n письмо ждёт отправки</numerusform>
            <numerusform>%n письма ждут отправки</numerusform>
            <numerusform>%n писем ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox: click to try again, see why, or cancel a message.</source>
        <translation>Исходящие: нажмите, чтобы повторить отправку, узнать причину или отменить письмо.</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Waiting out the undo delay</source>
        <translation>Ждёт окончания времени на отмену</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Show a notification when a customer writes</source>
        <translation>Уведомлять, когда пишет клиент</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Оставаться в системном трее после закрытия окна</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>A new language is used the next time Shopkeeper starts.</source>
        <translation>Новый язык будет применён при следующем запуске Shopkeeper.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>PromiseChip</name>
    <message>
        <source>Remind me of this promise</source>
        <translation>Напомнить об этом обещании</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Изменить дату</translation>
    </message>
    <message>
        <source>Not a promise: no reminder</source>
        <translation>Не обещание: без напоминания</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>“%1” (date changed by you)</source>
        <translation>«%1» (дату изменили Вы)</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>В этот день магазин закрыт: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>В этот день магазин закрыт.</translation>
    </message>
</context>
<context>
    <name>PromiseChips</name>
    <message>
        <source>Your promises:</source>
        <translation>Ваши обещания:</translation>
    </message>
    <message>
        <source>Shopkeeper found these promises in your text. Confirm (✓) the ones you want to be reminded of.</source>
        <translation>Shopkeeper нашёл в Вашем тексте эти обещания. Подтвердите (✓) те, о которых нужно напомнить.</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Чтение часов работы магазина</translation>
    </message>
</context>
<context>
    <name>PromiseText</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Отгрузка</translation>
    </message>
    <message>
        <source>Write back</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Написать снова</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
</context>
<context>
    <name>PromiseTimeline</name>
    <message>
        <source>Promised: %1 — due %2</source>
        <translation>Обещано: %1 — срок %2</translation>
    </message>
    <message>
        <source>Reminder: %1 — due %2</source>
        <translation>Напоминание: %1 — срок %2</translation>
    </message>
    <message>
        <source>Snoozed: %1 — until %2</source>
        <translation>Отложено: %1 — до %2</translation>
    </message>
    <message>
        <source>Kept: %1 (due %2, done %3)</source>
        <translation>Сдержано: %1 (срок %2, выполнено %3)</translation>
    </message>
    <message>
        <source>Late: %1 (due %2, done %3)</source>
        <translation>С опозданием: %1 (срок %2, выполнено %3)</translation>
    </message>
    <message>
        <source>Done: %1 (due %2, done %3)</source>
        <translation>Готово: %1 (срок %2, выполнено %3)</translation>
    </message>
    <message>
        <source>Closed: %1 — the customer replied</source>
        <translation>Закрыто: %1 — клиент ответил</translation>
    </message>
    <message>
        <source>Dismissed: %1 (due %2)</source>
        <translation>Скрыто: %1 (срок %2)</translation>
    </message>
</context>
<context>
    <name>ReachedDialog</name>
    <message>
        <source>Call reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <source>You reached %1. What was said or agreed?</source>
        <translation>Вы дозвонились: %1. О чём говорили или договорились?</translation>
    </message>
    <message>
        <source>You reached the customer. What was said or agreed?</source>
        <translation>Вы дозвонились до клиента. О чём говорили или договорились?</translation>
    </message>
    <message>
        <source>A short note for the timeline (optional)</source>
        <translation>Короткая заметка для истории (необязательно)</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Записать звонок</translation>
    </message>
</context>
<context>
    <name>ReliabilityLabel</name>
    <message>
        <source>Promises kept on time: none due yet this month.</source>
        <translation>Обещания, выполненные вовремя: в этом месяце сроков ещё не было.</translation>
    </message>
    <message>
        <source>Promises kept on time: %1 this week, %2 this month</source>
        <translation>Обещания, выполненные вовремя: %1 за неделю, %2 за месяц</translation>
    </message>
    <message>
        <source>This week: %1 kept on time, %2 late, %3 missed, %4 still open.</source>
        <translation>За неделю: вовремя — %1, с опозданием — %2, пропущено — %3, ещё открыто — %4.</translation>
    </message>
    <message>
        <source>This month: %1 kept on time, %2 late, %3 missed, %4 still open.</source>
        <translation>За месяц: вовремя — %1, с опозданием — %2, пропущено — %3, ещё открыто — %4.</translation>
    </message>
</context>
<context>
    <name>ReminderInput</name>
    <message>
        <source>Add a reminder: “next Wed 10:00 call Ana”</source>
        <translation>Добавить напоминание: «завтра 9:00 позвонить Анне»</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Добавить напоминание</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Say when, e.g. “tomorrow 9:00” or “Friday 2 pm”.</source>
        <translation>Укажите когда, например «завтра 9:00» или «пятница 14:00».</translation>
    </message>
    <message>
        <source>Type what to do and when; Enter adds it.</source>
        <translation>Напишите, что и когда сделать; Enter — добавить.</translation>
    </message>
    <message>
        <source>%1 — %2: “%3”</source>
        <translation>%1 — %2: «%3»</translation>
    </message>
    <message>
        <source>Your shop is closed that day: %1.</source>
        <translation>В этот день магазин закрыт: %1.</translation>
    </message>
    <message>
        <source>Your shop is closed that day.</source>
        <translation>В этот день магазин закрыт.</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) since the first order</source>
        <translation>
            <numerusform>%n год с первого заказа</numerusform>
            <numerusform>%n года с первого заказа</numerusform>
            <numerusform>%n лет с первого заказа</numerusform>
        </translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <source>Did the order arrive well?</source>
        <translation>Заказ дошёл благополучно?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>No answer yet to “%1”</source>
        <translation>Пока нет ответа на «%1»</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>отложено до %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the conversation (Enter)</source>
        <translation>Открыть диалог (Enter)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Mark as done: the promise is kept</source>
        <translation>Отметить как выполненное: обещание сдержано</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Напомнить позже</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Чтение часов работы магазина</translation>
    </message>
    <message>
        <source>Read the reminders</source>
        <translation>Чтение напоминаний</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Просроченного нет</translation>
    </message>
    <message>
        <source>Every promise is kept or still ahead.</source>
        <translation>Все обещания выполнены или их срок ещё не наступил.</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>На сегодня ничего нет</translation>
    </message>
    <message>
        <source>Reminders and promises due today will be listed here.</source>
        <translation>Здесь будут напоминания и обещания на сегодня.</translation>
    </message>
    <message>
        <source>No upcoming reminders</source>
        <translation>Предстоящих напоминаний нет</translation>
    </message>
    <message>
        <source>Add one above, or confirm a promise when you write to a customer.</source>
        <translation>Добавьте его выше или подтвердите обещание, когда пишете клиенту.</translation>
    </message>
    <message>
        <source>Mark the reminder as done</source>
        <translation>Отметка напоминания как выполненного</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Готово: %1.</translation>
    </message>
    <message>
        <source>Snooze the reminder</source>
        <translation>Откладывание напоминания</translation>
    </message>
    <message>
        <source>Snoozed until %1: %2.</source>
        <translation>Отложено до %1: %2.</translation>
    </message>
    <message>
        <source>For 15 minutes</source>
        <translation>На 15 минут</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>На час</translation>
    </message>
    <message>
        <source>Until tomorrow, %1</source>
        <translation>До завтра, %1</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Выбрать дату и время…</translation>
    </message>
    <message>
        <source>Add the reminder</source>
        <translation>Добавление напоминания</translation>
    </message>
    <message>
        <source>Reminder added for %1.</source>
        <translation>Напоминание добавлено на %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) added.</source>
        <translation>
            <numerusform>Добавлено %n напоминание.</numerusform>
            <numerusform>Добавлено %n напоминания.</numerusform>
            <numerusform>Добавлено %n напоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add reminders for the occasion</source>
        <translation>Добавление напоминаний к поводу</translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation>Скрытие предложения</translation>
    </message>
</context>
<context>
    <name>RemoteImages</name>
    <message>
        <source>Read the settings</source>
        <translation>Чтение настроек</translation>
    </message>
    <message>
        <source>Save the setting</source>
        <translation>Сохранение настройки</translation>
    </message>
</context>
<context>
    <name>RetryOffer</name>
    <message>
        <source>Remind me</source>
        <translation>Напомнить</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Не напоминать</translation>
    </message>
    <message>
        <source>Voicemail left for %1. Try again at %2?</source>
        <translation>Оставлено голосовое сообщение (%1). Повторить в %2?</translation>
    </message>
    <message>
        <source>%1 did not answer. Try again at %2?</source>
        <translation>Нет ответа (%1). Повторить в %2?</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>клиент</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <source>(not used)</source>
        <translation>(не используется)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Удобное время</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Call requested (yes/no)</source>
        <translation>Просит перезвонить (да/нет)</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Callback form rule</source>
        <translation>Правило для формы обратного звонка</translation>
    </message>
    <message>
        <source>For example: Shop builder form</source>
        <translation>Например: форма с сайта</translation>
    </message>
    <message>
        <source>For example: @shop-builder.example</source>
        <translation>Например: @shop-builder.example</translation>
    </message>
    <message>
        <source>For example: New request</source>
        <translation>Например: Новая заявка</translation>
    </message>
    <message>
        <source>Words every mail of the form has (optional)</source>
        <translation>Слова из каждого письма формы (необязательно)</translation>
    </message>
    <message>
        <source>Every mail of this form with a phone number asks for a call</source>
        <translation>Каждое письмо этой формы с номером телефона — просьба позвонить</translation>
    </message>
    <message>
        <source>Patterns are regular expressions and ignore case; plain words work too. Every pattern you give must match.</source>
        <translation>Условия — это регулярные выражения без учёта регистра; подойдут и обычные слова. Должны совпасть все заданные условия.</translation>
    </message>
    <message>
        <source>Label in the mail</source>
        <translation>Подпись в письме</translation>
    </message>
    <message>
        <source>In the sample</source>
        <translation>В примере</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Означает</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>Добавить подпись</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Common labels (Name, Phone, Telefon, Телефон, …) are known already; add the ones your form uses in its own words.</source>
        <translation>Обычные подписи (Имя, Телефон, Phone, Telefon, …) уже известны; добавьте те, которыми поля называет именно Ваша форма.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Sender contains:</source>
        <translation>Отправитель содержит:</translation>
    </message>
    <message>
        <source>Subject contains:</source>
        <translation>Тема содержит:</translation>
    </message>
    <message>
        <source>Text contains:</source>
        <translation>Текст содержит:</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Field labels:</source>
        <translation>Подписи полей:</translation>
    </message>
    <message>
        <source>A recent mail:</source>
        <translation>Недавнее письмо:</translation>
    </message>
    <message>
        <source>Pasted text:</source>
        <translation>Вставленный текст:</translation>
    </message>
    <message>
        <source>Paste a whole mail (with its headers) or just the text of the form.</source>
        <translation>Вставьте письмо целиком (с заголовками) или только текст формы.</translation>
    </message>
    <message>
        <source>Try it on a mail</source>
        <translation>Проверка на письме</translation>
    </message>
    <message>
        <source>What the rule reads:</source>
        <translation>Что распознаёт правило:</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Сохранить правило</translation>
    </message>
    <message>
        <source>The sender pattern is not valid: %1</source>
        <translation>Неверное условие для отправителя: %1</translation>
    </message>
    <message>
        <source>The subject pattern is not valid: %1</source>
        <translation>Неверное условие для темы: %1</translation>
    </message>
    <message>
        <source>The text pattern is not valid: %1</source>
        <translation>Неверное условие для текста: %1</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Задайте название правила.</translation>
    </message>
    <message>
        <source>Give a sender, subject or text pattern.</source>
        <translation>Задайте условие для отправителя, темы или текста.</translation>
    </message>
    <message>
        <source>A label is mapped to a field that does not exist.</source>
        <translation>Подпись сопоставлена несуществующему полю.</translation>
    </message>
    <message>
        <source>Load recent mail</source>
        <translation>Загрузка недавних писем</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
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
        <translation>Проверка правила</translation>
    </message>
    <message>
        <source>The mail could not be read: %1</source>
        <translation>Не удалось прочитать письмо: %1</translation>
    </message>
    <message>
        <source>Pick a recent mail or paste one to see what the rule reads.</source>
        <translation>Выберите недавнее письмо или вставьте письмо, чтобы увидеть, что распознаёт правило.</translation>
    </message>
    <message>
        <source>The rule matches this mail.</source>
        <translation>Правило подходит к этому письму.</translation>
    </message>
    <message>
        <source>The rule does not match this mail: check the patterns.</source>
        <translation>Правило не подходит к этому письму: проверьте шаблоны.</translation>
    </message>
    <message>
        <source>It becomes a callback request.</source>
        <translation>Оно станет заявкой на обратный звонок.</translation>
    </message>
    <message>
        <source>It does not become a callback request: no phone number was found.</source>
        <translation>Оно не станет заявкой на обратный звонок: номер телефона не найден.</translation>
    </message>
    <message>
        <source>It does not become a callback request: the mail does not ask for a call. Tick the box above if every mail of this form does.</source>
        <translation>Оно не станет заявкой на обратный звонок: в письме нет просьбы позвонить. Отметьте флажок выше, если о звонке просит каждое письмо этой формы.</translation>
    </message>
    <message>
        <source>It does not become a callback request.</source>
        <translation>Оно не станет заявкой на обратный звонок.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Удобное время</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>Сохранение правила</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>Правило не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Make reminders of your promises</source>
        <translation>Создание напоминаний об обещаниях</translation>
    </message>
    <message>
        <source>Take back the reminders of the reply</source>
        <translation>Отмена напоминаний из ответа</translation>
    </message>
    <message>
        <source>Set the follow-up reminder</source>
        <translation>Создание напоминания написать снова</translation>
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
        <translation>Только если его выдал Ваш провайдер</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>Входящая почта (IMAP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Исходящая почта (SMTP)</translation>
    </message>
    <message>
        <source>Certificate authority (optional)</source>
        <translation>Центр сертификации (необязательно)</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Файл ЦС:</translation>
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
        <translation>Нет (только для сервера на этом компьютере)</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Выберите файл центра сертификации</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>StoreRestorer</name>
    <message>
        <source>Restoring a backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <source>The data folder could not be opened again; see the main window.</source>
        <translation>Не удалось снова открыть папку данных; см. главное окно.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Read the mail accounts</source>
        <translation>Чтение почтовых ящиков</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Connecting to the mail server of %1…</source>
        <translation>Подключение к почтовому серверу %1…</translation>
    </message>
    <message>
        <source>Syncing %1: %2 of %3 messages</source>
        <translation>Синхронизация %1: %2 из %3</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Синхронизация %1…</translation>
    </message>
    <message>
        <source>%1 is up to date</source>
        <translation>%1 синхронизирован</translation>
    </message>
    <message>
        <source>Sync of %1 is stopped</source>
        <translation>Синхронизация %1 остановлена</translation>
    </message>
    <message>
        <source>The mail server of %1 cannot be reached; retrying in %2 s.</source>
        <translation>Почтовый сервер %1 недоступен; повтор через %2 с.</translation>
    </message>
    <message>
        <source>Syncing %1 failed; retrying in %2 s.</source>
        <translation>Синхронизация %1 не удалась; повтор через %2 с.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Ввести пароль…</translation>
    </message>
    <message>
        <source>The mail server did not accept the password of %1.</source>
        <translation>Почтовый сервер не принял пароль для %1.</translation>
    </message>
    <message>
        <source>The password of %1 could not be read from the keyring.</source>
        <translation>Не удалось прочитать пароль для %1 из связки ключей.</translation>
    </message>
    <message>
        <source>The certificate of the mail server of %1 was refused.</source>
        <translation>Сертификат почтового сервера %1 отклонён.</translation>
    </message>
    <message>
        <source>Choose a CA file…</source>
        <translation>Выбрать файл ЦС…</translation>
    </message>
    <message>
        <source>Another Shopkeeper is already syncing this mail.</source>
        <translation>Эту почту уже синхронизирует другой экземпляр Shopkeeper.</translation>
    </message>
    <message>
        <source>The mail server of %1 cannot be reached.</source>
        <translation>Почтовый сервер %1 недоступен.</translation>
    </message>
    <message>
        <source>Syncing %1 failed.</source>
        <translation>Синхронизация %1 не удалась.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>order_received</source>
        <translation>zakaz_poluchen</translation>
    </message>
    <message>
        <source>A short name for the template: letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>Короткое имя шаблона: латинские буквы (a–z), цифры, &apos;_&apos;, &apos;-&apos; или &apos;.&apos;.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <source>Values you can use: %1</source>
        <translation>Доступные значения: %1</translation>
    </message>
    <message>
        <source>A value that is not known shows as a marked gap, such as [order.number].</source>
        <translation>Неизвестное значение показывается как отмеченный пропуск, например [order.number].</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>Сочетание клавиш:</translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Drag a template to change the order.</source>
        <translation>Перетащите шаблон, чтобы изменить порядок.</translation>
    </message>
    <message>
        <source>Read the templates</source>
        <translation>Чтение шаблонов</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>Шаблон не сохранён: %1</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Сохранение шаблона</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Задайте имя шаблона.</translation>
    </message>
    <message>
        <source>“%1” cannot be a template name: use letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>«%1» не может быть именем шаблона: используйте латинские буквы (a–z), цифры, &apos;_&apos;, &apos;-&apos; или &apos;.&apos;.</translation>
    </message>
    <message>
        <source>There is already a template named “%1”.</source>
        <translation>Шаблон с именем «%1» уже есть.</translation>
    </message>
    <message>
        <source>Write the text of the template first.</source>
        <translation>Сначала напишите текст шаблона.</translation>
    </message>
    <message>
        <source>The template was saved.</source>
        <translation>Шаблон сохранён.</translation>
    </message>
    <message>
        <source>A copy was made; rename it and change what differs.</source>
        <translation>Копия создана; переименуйте её и измените то, что отличается.</translation>
    </message>
    <message>
        <source>The template was deleted.</source>
        <translation>Шаблон удалён.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n шаблон.</numerusform>
            <numerusform>Импортированы %n шаблона.</numerusform>
            <numerusform>Импортировано %n шаблонов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept your own version of: %1.</source>
        <translation>Сохранены Ваши версии: %1.</translation>
    </message>
    <message>
        <source>%1 saved with %2 templates.</source>
        <translation>Файл %1 сохранён (шаблонов: %2).</translation>
    </message>
    <message>
        <source>The templates were not exported: %1</source>
        <translation>Шаблоны не экспортированы: %1</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Не получилось: %1</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Удаление шаблона</translation>
    </message>
    <message>
        <source>Delete “%1” in all its languages? This cannot be undone.</source>
        <translation>Удалить «%1» на всех языках? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The template has changes that are not saved yet.</source>
        <translation>В шаблоне есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Импорт шаблонов</translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation>Файлы шаблонов (*.json)</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Экспорт шаблонов</translation>
    </message>
</context>
<context>
    <name>TemplateNames</name>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Returns and repairs</source>
        <translation>Возвраты и ремонт</translation>
    </message>
    <message>
        <source>Reviews and feedback</source>
        <translation>Отзывы</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>Поздравления</translation>
    </message>
</context>
<context>
    <name>TemplateSidebar</name>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Поиск шаблонов</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Insert the template where the cursor is</source>
        <translation>Вставить шаблон в место курсора</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Управление…</translation>
    </message>
    <message>
        <source>Create, edit, sort, import and export templates</source>
        <translation>Создание, правка, сортировка, импорт и экспорт шаблонов</translation>
    </message>
    <message>
        <source>Insert template %1</source>
        <translation>Вставить шаблон %1</translation>
    </message>
    <message>
        <source>Read the templates</source>
        <translation>Чтение шаблонов</translation>
    </message>
    <message>
        <source>Read the customer&apos;s details for templates</source>
        <translation>Чтение данных клиента для шаблонов</translation>
    </message>
    <message>
        <source>No templates yet. Create one with Manage…</source>
        <translation>Шаблонов пока нет. Создайте шаблон через «Управление…».</translation>
    </message>
    <message>
        <source>No template matches “%1”.</source>
        <translation>Нет шаблонов по запросу «%1».</translation>
    </message>
    <message>
        <source>Choose a template to see it filled in for this customer.</source>
        <translation>Выберите шаблон, чтобы увидеть его заполненным для этого клиента.</translation>
    </message>
    <message>
        <source>This template has an error: %1</source>
        <translation>В этом шаблоне ошибка: %1</translation>
    </message>
    <message>
        <source>There is no version in the customer&apos;s language; this is %1.</source>
        <translation>Версии на языке клиента нет; показана версия: %1.</translation>
    </message>
    <message>
        <source>Not known yet, marked in the text: %1. Fill them in before sending.</source>
        <translation>Пока неизвестно, отмечено в тексте: %1. Заполните перед отправкой.</translation>
    </message>
    <message>
        <source>Use the %1 version</source>
        <translation>Использовать версию: %1</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <source>Unknown sender</source>
        <translation>Неизвестный отправитель</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Вы)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>кому: %1</translation>
    </message>
    <message>
        <source>Hide quoted text</source>
        <translation>Скрыть цитату</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Показать цитату</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>В этом письме нет текста.</translation>
    </message>
    <message>
        <source>Remote images were not loaded, so the sender cannot see that you read this message.</source>
        <translation>Внешние изображения не загружены, поэтому отправитель не узнает, что Вы прочитали это письмо.</translation>
    </message>
    <message>
        <source>Load images</source>
        <translation>Загрузить изображения</translation>
    </message>
    <message>
        <source>Always load images from this sender</source>
        <translation>Всегда загружать изображения от этого отправителя</translation>
    </message>
    <message>
        <source>This message could not be read completely; the original is kept unchanged.</source>
        <translation>Это письмо не удалось прочитать полностью; оригинал сохранён без изменений.</translation>
    </message>
    <message>
        <source>(unnamed file)</source>
        <translation>(файл без имени)</translation>
    </message>
    <message>
        <source>%1 set the status to “%2”</source>
        <translation>Статус «%2» (%1)</translation>
    </message>
    <message>
        <source>%1 called: %2</source>
        <translation>Звонок (%1): %2</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Заметка (%1)</translation>
    </message>
    <message>
        <source>This conversation has no mail.</source>
        <translation>В этом диалоге нет писем.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Shopkeeper</source>
        <translation>Показать Shopkeeper</translation>
    </message>
    <message>
        <source>Keep running when the window is closed</source>
        <translation>Продолжать работу после закрытия окна</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message numerus="yes">
        <source>Shopkeeper: %n item(s) waiting for you</source>
        <translation>
            <numerusform>Shopkeeper: Вас ждёт %n задача</numerusform>
            <numerusform>Shopkeeper: Вас ждут %n задачи</numerusform>
            <numerusform>Shopkeeper: Вас ждут %n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopkeeper: nothing is waiting</source>
        <translation>Shopkeeper: новых задач нет</translation>
    </message>
</context>
<context>
    <name>UndoSendBar</name>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %1 in %n s.</source>
        <translation>
            <numerusform>%1: отправка через %n с.</numerusform>
            <numerusform>%1: отправка через %n с.</numerusform>
            <numerusform>%1: отправка через %n с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s.</source>
        <translation>
            <numerusform>Отправка через %n с.</numerusform>
            <numerusform>Отправка через %n с.</numerusform>
            <numerusform>Отправка через %n с.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionPage</name>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Shopkeeper</source>
        <translation>Добро пожаловать в Shopkeeper</translation>
    </message>
    <message>
        <source>Your customers&apos; mail, callbacks, orders and promises in one inbox, kept on your own computer.</source>
        <translation>Письма, обратные звонки, заказы и обещания Ваших клиентов — в одном месте, на Вашем компьютере.</translation>
    </message>
    <message>
        <source>Try it with a sample shop</source>
        <translation>Попробовать на демо-магазине</translation>
    </message>
    <message>
        <source>Add a mail account</source>
        <translation>Добавить почтовый ящик</translation>
    </message>
    <message>
        <source>The sample shop lives in its own folder and never touches your real mail.</source>
        <translation>Демо-магазин хранится в отдельной папке и никогда не затрагивает Вашу настоящую почту.</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>сегодня, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>tomorrow, %1</source>
        <translation>завтра, %1</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Завтра, %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>до %1</translation>
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
        <translation>&amp;Магазин</translation>
    </message>
    <message>
        <source>&amp;New message…</source>
        <translation>&amp;Новое письмо…</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>Manage &amp;templates…</source>
        <translation>&amp;Управление шаблонами…</translation>
    </message>
    <message>
        <source>Show the &amp;outbox…</source>
        <translation>Показать &amp;исходящие…</translation>
    </message>
    <message>
        <source>New &amp;callback…</source>
        <translation>Новый обратный &amp;звонок…</translation>
    </message>
    <message>
        <source>Callback &amp;form rules…</source>
        <translation>Правила &amp;форм…</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>Импорт за&amp;казов…</translation>
    </message>
    <message>
        <source>&amp;Merge or split customers…</source>
        <translation>&amp;Слияние и разделение клиентов…</translation>
    </message>
    <message>
        <source>Templates &amp;sidebar</source>
        <translation>Панель &amp;шаблонов</translation>
    </message>
    <message>
        <source>Read the shop&apos;s hours</source>
        <translation>Чтение часов работы магазина</translation>
    </message>
    <message>
        <source>Fill in the template</source>
        <translation>Заполнение шаблона</translation>
    </message>
    <message>
        <source>There is no email address for %1.</source>
        <translation>У клиента %1 нет адреса почты.</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>The file is missing.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удалить %1</translation>
    </message>
</context>
</TS>
