"""Reminders: confirmed promises, follow-ups, manual reminders and occasion suggestions.

Every function takes the time as ``now`` (an aware datetime) — there is no hidden clock —
so the app, the CLI and the tests decide what "now" is.  Each function is one short unit
of work on a :class:`console.storage.database.Database` and returns plain values
(:class:`console.reminders.store.ReminderView`), never ORM objects.
"""
