"""The app's own preferences (kept with ``QSettings``, per user, not in the shop database).

- notify about new customer mail (default on);
- keep running in the tray when the window closes (:data:`ui.tray.KEEP_IN_TRAY`);
- the interface language, :data:`LANGUAGE` (``ui.language``: "" follows the system,
  else one of :data:`LANGUAGES`); the translations loader reads it at start.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QSettings

from ui.translations import UI_LANGUAGE

NOTIFY_NEW_MAIL: Final = "notify/newMail"
LANGUAGE: Final = UI_LANGUAGE
"""``ui.language``: read by :func:`ui.translations.saved_language` at start."""
LANGUAGES: Final = ("en", "hr", "de", "ru", "sl", "tr")
"""The languages the interface is (to be) translated into."""


def _flag(key: str, default: bool) -> bool:
    value = QSettings().value(key, default)
    return value if isinstance(value, bool) else str(value).lower() == "true"


def notify_new_mail() -> bool:
    return _flag(NOTIFY_NEW_MAIL, True)


def set_notify_new_mail(enabled: bool) -> None:
    QSettings().setValue(NOTIFY_NEW_MAIL, enabled)


def language() -> str:
    """The chosen language code, or "" to follow the system."""
    value = str(QSettings().value(LANGUAGE, "") or "")
    return value if value in LANGUAGES else ""


def set_language(code: str) -> None:
    QSettings().setValue(LANGUAGE, code if code in LANGUAGES else "")
