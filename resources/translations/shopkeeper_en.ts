<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallbackDelegate</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackQueueView</name>
    <message numerus="yes">
        <source>This week: first call back after %1 (median of %n call(s)).</source>
        <translation>
            <numerusform>This week: first call back after %1 (median of %n call).</numerusform>
            <numerusform>This week: first call back after %1 (median of %n calls).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n due now</numerusform>
            <numerusform>%n due now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later</source>
        <translation>
            <numerusform>%n later</numerusform>
            <numerusform>%n later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupToggle</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me if there is no reply in %n day(s)</source>
        <translation>
            <numerusform>Remind me if there is no reply in %n day</numerusform>
            <numerusform>Remind me if there is no reply in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n w</source>
        <translation>
            <numerusform>%n w</numerusform>
            <numerusform>%n w</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n mo</numerusform>
            <numerusform>%n mo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%n y</numerusform>
            <numerusform>%n y</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n order(s) imported from the file.</source>
        <translation>
            <numerusform>%n order imported from the file.</numerusform>
            <numerusform>%n orders imported from the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n row skipped:</numerusform>
            <numerusform>%n rows skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailDesk</name>
    <message numerus="yes">
        <source>%n conversation(s) got new mail from a customer.</source>
        <translation>
            <numerusform>%n conversation got new mail from a customer.</numerusform>
            <numerusform>%n conversations got new mail from a customer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback request(s)</source>
        <translation>
            <numerusform>%n callback request</numerusform>
            <numerusform>%n callback requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email address(es)</source>
        <translation>
            <numerusform>%n email address</numerusform>
            <numerusform>%n email addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n phone number</numerusform>
            <numerusform>%n phone numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n reminder(s) came due while Shopkeeper was closed</source>
        <translation>
            <numerusform>%n reminder came due while Shopkeeper was closed</numerusform>
            <numerusform>%n reminders came due while Shopkeeper was closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while the computer was asleep</source>
        <translation>
            <numerusform>%n reminder came due while the computer was asleep</numerusform>
            <numerusform>%n reminders came due while the computer was asleep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccasionsPanel</name>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>Tried %n time.</numerusform>
            <numerusform>Tried %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message numerus="yes">
        <source>%n message(s) not sent</source>
        <translation>
            <numerusform>%n message not sent</numerusform>
            <numerusform>%n messages not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message waiting to be sent</numerusform>
            <numerusform>%n messages waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message numerus="yes">
        <source>%n year(s) since the first order</source>
        <translation>
            <numerusform>%n year since the first order</numerusform>
            <numerusform>%n years since the first order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message numerus="yes">
        <source>%n reminder(s) added.</source>
        <translation>
            <numerusform>%n reminder added.</numerusform>
            <numerusform>%n reminders added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message numerus="yes">
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>%n template imported.</numerusform>
            <numerusform>%n templates imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>Shopkeeper: %n item(s) waiting for you</source>
        <translation>
            <numerusform>Shopkeeper: %n item waiting for you</numerusform>
            <numerusform>Shopkeeper: %n items waiting for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoSendBar</name>
    <message numerus="yes">
        <source>Sending to %1 in %n s.</source>
        <translation>
            <numerusform>Sending to %1 in %n s.</numerusform>
            <numerusform>Sending to %1 in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n s.</source>
        <translation>
            <numerusform>Sending in %n s.</numerusform>
            <numerusform>Sending in %n s.</numerusform>
        </translation>
    </message>
</context>
</TS>
