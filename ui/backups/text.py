"""What the backups dialog and a restore say, in the user's language.

The core's :class:`~console.storage.backup.BackupError` carries an English sentence for
the command line and a :class:`~console.storage.backup.BackupProblem`; the app words
each problem here, so the owner reads it in the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.storage.backup import Backup, BackupError, BackupKind, BackupProblem
from console.storage.lock import LockHeld
from ui import format as fmt
from ui.i18n import fill


def kind_text(kind: BackupKind | None) -> str:
    """ "Daily", "Weekly", "Extra" ("" for a backup rotation will delete)."""
    match kind:
        case BackupKind.DAILY:
            return QCoreApplication.translate(
                "Backups", "Daily", "a backup kept as the day's backup"
            )
        case BackupKind.WEEKLY:
            return QCoreApplication.translate(
                "Backups", "Weekly", "a backup kept as the week's backup"
            )
        case BackupKind.RECENT:
            return QCoreApplication.translate(
                "Backups", "Extra", "one more backup of the last 24 hours"
            )
        case _:
            return ""


def when(backup: Backup) -> str:
    """The backup's date and time, short and local: "Tue, 17 Nov, 14:05"."""
    return fmt.date_time(backup.taken_at)


def restored_text(backup: Backup, safety: Backup) -> str:
    """The status after a restore: what came back, and where the replaced data is."""
    return fill(
        QCoreApplication.translate(
            "Backups",
            "Restored the backup of %1. Your data as it was before is kept as the backup "
            "of %2, so this can be undone.",
        ),
        when(backup),
        when(safety),
    )


def restore_failure_text(exc: Exception, backup: Backup) -> str:
    """Why ``backup`` was not restored; every case says that the data is unchanged."""
    if isinstance(exc, LockHeld):
        return QCoreApplication.translate(
            "Backups",
            "Another Shopkeeper is syncing this data folder (a sync in a terminal?), so "
            "nothing was restored and your data is unchanged. Stop it and try again.",
        )
    match exc.problem if isinstance(exc, BackupError) else None:
        case BackupProblem.MISSING:
            return fill(
                QCoreApplication.translate(
                    "Backups",
                    "The backup of %1 is no longer there, so nothing was restored and your "
                    "data is unchanged.",
                ),
                when(backup),
            )
        case BackupProblem.UNREADABLE:
            return fill(
                QCoreApplication.translate(
                    "Backups",
                    "The backup of %1 cannot be read: it is damaged or not a Shopkeeper "
                    "backup. Nothing was restored and your data is unchanged; choose "
                    "another backup.",
                ),
                when(backup),
            )
        case BackupProblem.BUSY:
            return QCoreApplication.translate(
                "Backups",
                "Another program is using the Shopkeeper data (a command in a terminal?), "
                "so nothing was restored and your data is unchanged. Close it and try again.",
            )
        case BackupProblem.NO_SPACE:
            return QCoreApplication.translate(
                "Backups",
                "There is not enough free disk space to restore the backup, so nothing was "
                "restored and your data is unchanged. Free some space and try again.",
            )
        case _:
            return fill(
                QCoreApplication.translate(
                    "Backups",
                    "The backup could not be restored, and your data is unchanged: %1",
                ),
                str(exc),
            )


def backup_failure_text(exc: Exception) -> str:
    """Why "Back up now" did not take a backup."""
    match exc.problem if isinstance(exc, BackupError) else None:
        case BackupProblem.NO_SPACE:
            return QCoreApplication.translate(
                "Backups", "There is not enough free disk space for a backup."
            )
        case _:
            return fill(
                QCoreApplication.translate("Backups", "The backup could not be taken: %1"),
                str(exc),
            )
