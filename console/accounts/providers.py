"""Server settings of common mail providers, so most owners only type their address.

Pure data plus :func:`guess_settings`.  The table covers the big international
providers and the ones common in the shops' countries (Croatia, Germany, Russia,
Slovenia, Turkey).  Domains hosted by Google Workspace or Microsoft 365 look like any
other domain; :func:`settings_for` applies a provider's servers to such an address when
the owner picks the provider by hand.  A provider's own autoconfig file
(:mod:`console.accounts.autoconfig`) covers the rest.

The values were taken from the providers' published help pages.  ``note`` is a code the
UI explains in the user's language (e.g. that the provider wants an app password).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from console.accounts.store import AccountSettings
from console.domain.security import Security


class PasswordNote:
    """Codes for what the UI should tell about the password (``Provider.note``)."""

    NONE: Final = ""
    APP_PASSWORD: Final = "app_password"
    """The provider wants an app password when two-step login is on (Gmail, Yahoo, iCloud…)."""
    MODERN_AUTH: Final = "modern_auth"
    """The provider may refuse plain passwords (Microsoft): an app password or admin setting."""


@dataclass(frozen=True, slots=True)
class Provider:
    key: str
    name: str
    """The provider's own (brand) name; not translated."""
    domains: tuple[str, ...]
    imap_host: str
    imap_port: int
    imap_security: Security
    smtp_host: str
    smtp_port: int
    smtp_security: Security
    note: str = PasswordNote.NONE
    local_part_username: bool = False
    """The login is the part before the @ rather than the whole address."""


PROVIDERS: Final[tuple[Provider, ...]] = (
    Provider(
        "gmail",
        "Gmail / Google Workspace",
        ("gmail.com", "googlemail.com"),
        "imap.gmail.com",
        993,
        Security.SSL,
        "smtp.gmail.com",
        465,
        Security.SSL,
        PasswordNote.APP_PASSWORD,
    ),
    Provider(
        "microsoft",
        "Outlook.com / Hotmail / Microsoft 365",
        (
            "outlook.com",
            "outlook.de",
            "outlook.com.tr",
            "hotmail.com",
            "hotmail.de",
            "hotmail.co.uk",
            "hotmail.com.tr",
            "live.com",
            "live.de",
            "msn.com",
        ),
        "outlook.office365.com",
        993,
        Security.SSL,
        "smtp.office365.com",
        587,
        Security.STARTTLS,
        PasswordNote.MODERN_AUTH,
    ),
    Provider(
        "yahoo",
        "Yahoo Mail",
        ("yahoo.com", "yahoo.de", "yahoo.co.uk", "yahoo.com.tr", "ymail.com", "rocketmail.com"),
        "imap.mail.yahoo.com",
        993,
        Security.SSL,
        "smtp.mail.yahoo.com",
        465,
        Security.SSL,
        PasswordNote.APP_PASSWORD,
    ),
    Provider(
        "icloud",
        "iCloud Mail",
        ("icloud.com", "me.com", "mac.com"),
        "imap.mail.me.com",
        993,
        Security.SSL,
        "smtp.mail.me.com",
        587,
        Security.STARTTLS,
        PasswordNote.APP_PASSWORD,
    ),
    Provider(
        "gmx",
        "GMX",
        ("gmx.de", "gmx.net", "gmx.at", "gmx.ch"),
        "imap.gmx.net",
        993,
        Security.SSL,
        "mail.gmx.net",
        587,
        Security.STARTTLS,
    ),
    Provider(
        "gmx_com",
        "GMX",
        ("gmx.com", "gmx.us", "gmx.co.uk"),
        "imap.gmx.com",
        993,
        Security.SSL,
        "mail.gmx.com",
        587,
        Security.STARTTLS,
    ),
    Provider(
        "webde",
        "WEB.DE",
        ("web.de",),
        "imap.web.de",
        993,
        Security.SSL,
        "smtp.web.de",
        587,
        Security.STARTTLS,
    ),
    Provider(
        "tonline",
        "Telekom Mail (T-Online)",
        ("t-online.de", "magenta.de"),
        "secureimap.t-online.de",
        993,
        Security.SSL,
        "securesmtp.t-online.de",
        465,
        Security.SSL,
    ),
    Provider(
        "yandex",
        "Yandex Mail",
        ("yandex.ru", "yandex.com", "yandex.com.tr", "yandex.ua", "yandex.by", "ya.ru"),
        "imap.yandex.ru",
        993,
        Security.SSL,
        "smtp.yandex.ru",
        465,
        Security.SSL,
        PasswordNote.APP_PASSWORD,
    ),
    Provider(
        "mailru",
        "Mail.ru",
        ("mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru"),
        "imap.mail.ru",
        993,
        Security.SSL,
        "smtp.mail.ru",
        465,
        Security.SSL,
        PasswordNote.APP_PASSWORD,
    ),
    Provider(
        "tcom",
        "Hrvatski Telekom (T-Com)",
        ("t-com.hr", "hi.t-com.hr"),
        "imap.t-com.hr",
        993,
        Security.SSL,
        "smtp.t-com.hr",
        465,
        Security.SSL,
    ),
    Provider(
        "siol",
        "Telekom Slovenije (Siol)",
        ("siol.net",),
        "imap.siol.net",
        993,
        Security.SSL,
        "mail.siol.net",
        465,
        Security.SSL,
    ),
)

_BY_DOMAIN: Final = {domain: p for p in PROVIDERS for domain in p.domains}
_BY_KEY: Final = {p.key: p for p in PROVIDERS}


def split_address(email: str) -> tuple[str, str] | None:
    """(local part, lowercased domain) of a plausible address, else None."""
    local, at, domain = email.strip().rpartition("@")
    domain = domain.strip().lower().rstrip(".")
    if not at or not local or "." not in domain or " " in domain:
        return None
    return local, domain


def provider_for(email: str) -> Provider | None:
    """The provider whose domain table holds the address's domain."""
    parts = split_address(email)
    return _BY_DOMAIN.get(parts[1]) if parts else None


def provider_by_key(key: str) -> Provider | None:
    return _BY_KEY.get(key)


def settings_for(provider: Provider, email: str, display_name: str = "") -> AccountSettings:
    """``provider``'s servers for ``email`` (also a custom domain hosted there)."""
    address = email.strip()
    parts = split_address(address)
    username = parts[0] if parts and provider.local_part_username else address
    return AccountSettings(
        email=address,
        display_name=display_name,
        imap_host=provider.imap_host,
        imap_port=provider.imap_port,
        imap_security=provider.imap_security,
        imap_username=username,
        smtp_host=provider.smtp_host,
        smtp_port=provider.smtp_port,
        smtp_security=provider.smtp_security,
        smtp_username=username,
    )


def guess_settings(email: str, display_name: str = "") -> AccountSettings | None:
    """Settings for ``email`` from the table, or None for a domain it does not know."""
    provider = provider_for(email)
    return settings_for(provider, email, display_name) if provider is not None else None
