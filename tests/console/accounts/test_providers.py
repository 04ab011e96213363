"""The providers table: common addresses fill in their servers."""

from __future__ import annotations

import pytest

from console.accounts.providers import (
    PROVIDERS,
    PasswordNote,
    guess_settings,
    provider_by_key,
    settings_for,
    split_address,
)
from console.accounts.store import validate
from console.domain.security import Security


@pytest.mark.parametrize(
    ("email", "imap_host", "smtp_host"),
    [
        ("ana@gmail.com", "imap.gmail.com", "smtp.gmail.com"),
        ("Ana@GoogleMail.com", "imap.gmail.com", "smtp.gmail.com"),
        ("shop@outlook.com", "outlook.office365.com", "smtp.office365.com"),
        ("shop@hotmail.de", "outlook.office365.com", "smtp.office365.com"),
        ("shop@yahoo.com", "imap.mail.yahoo.com", "smtp.mail.yahoo.com"),
        ("shop@icloud.com", "imap.mail.me.com", "smtp.mail.me.com"),
        ("laden@gmx.de", "imap.gmx.net", "mail.gmx.net"),
        ("laden@web.de", "imap.web.de", "smtp.web.de"),
        ("laden@t-online.de", "secureimap.t-online.de", "securesmtp.t-online.de"),
        ("magazin@yandex.ru", "imap.yandex.ru", "smtp.yandex.ru"),
        ("magazin@mail.ru", "imap.mail.ru", "smtp.mail.ru"),
        ("magazin@bk.ru", "imap.mail.ru", "smtp.mail.ru"),
        ("trgovina@t-com.hr", "imap.t-com.hr", "smtp.t-com.hr"),
        ("trgovina@hi.t-com.hr", "imap.t-com.hr", "smtp.t-com.hr"),
        ("trgovina@siol.net", "imap.siol.net", "mail.siol.net"),
        ("dukkan@yandex.com.tr", "imap.yandex.ru", "smtp.yandex.ru"),
    ],
)
def test_known_domains_get_their_servers(email: str, imap_host: str, smtp_host: str) -> None:
    settings = guess_settings(email, "Shop")
    assert settings is not None
    assert settings.imap_host == imap_host and settings.smtp_host == smtp_host
    assert settings.imap_security in (Security.SSL, Security.STARTTLS)
    assert settings.imap_username == email.strip()
    assert settings.display_name == "Shop"
    validate(settings)


def test_unknown_or_broken_addresses_get_nothing() -> None:
    assert guess_settings("info@my-own-shop.hr") is None
    assert guess_settings("not an address") is None
    assert guess_settings("@gmail.com") is None
    assert split_address("x@") is None


def test_a_hosted_domain_takes_the_chosen_providers_servers() -> None:
    gmail = provider_by_key("gmail")
    assert gmail is not None and gmail.note == PasswordNote.APP_PASSWORD
    settings = settings_for(gmail, "info@my-own-shop.hr")
    assert settings.imap_host == "imap.gmail.com"
    assert settings.imap_username == "info@my-own-shop.hr"


def test_every_provider_uses_tls_and_valid_ports_and_no_domain_twice() -> None:
    domains = [d for p in PROVIDERS for d in p.domains]
    assert len(domains) == len(set(domains))
    for provider in PROVIDERS:
        assert provider.imap_security is not Security.PLAIN
        assert provider.smtp_security is not Security.PLAIN
        assert 0 < provider.imap_port < 65536 and 0 < provider.smtp_port < 65536
