"""The fixtures of :mod:`tests.ui.reminders.conftest` (one sample shop in Zagreb)."""

from tests.ui.reminders.conftest import clock, shop_db, shop_ops

__all__ = ["clock", "shop_db", "shop_ops"]
