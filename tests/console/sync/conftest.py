"""The sync fixtures live in tests/console/conftest.py; kept importable from here."""

from tests.console.conftest import add_test_account

__all__ = ["add_test_account"]
