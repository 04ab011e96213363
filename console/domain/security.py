"""Transport security of a mail server connection."""

from __future__ import annotations

from enum import StrEnum


class Security(StrEnum):
    SSL = "ssl"
    """Implicit TLS from the first byte (IMAPS 993, SMTPS 465)."""
    STARTTLS = "starttls"
    """Plain connection upgraded with STARTTLS before login (IMAP 143, SMTP 587)."""
    PLAIN = "plain"
    """No encryption. Only allowed for localhost, and only when asked for explicitly."""


LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
"""The hosts a plaintext connection may go to."""
