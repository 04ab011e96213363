"""Autoconfig: parsing the XML, and fetching it from a local web server."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest

from console.accounts.autoconfig import autoconfig_urls, lookup, parse_autoconfig
from console.domain.security import Security

CONFIG = """<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example-shop.hr">
    <domain>example-shop.hr</domain>
    <displayName>Example hosting</displayName>
    <incomingServer type="pop3">
      <hostname>pop.example-shop.hr</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>mail.example-shop.hr</hostname>
      <port>143</port>
      <socketType>plain</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>IMAP.example-shop.hr</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>OAuth2</authentication>
      <authentication>password-cleartext</authentication>
      <username>%EMAILLOCALPART%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example-shop.hr</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILLOCALPART%@%EMAILDOMAIN%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"""


def test_the_first_imap_server_with_tls_and_a_password_is_taken() -> None:
    settings = parse_autoconfig(CONFIG, "info@example-shop.hr", "Example")
    assert settings is not None
    assert (settings.imap_host, settings.imap_port) == ("imap.example-shop.hr", 993)
    assert settings.imap_security is Security.SSL
    assert settings.imap_username == "info"
    assert (settings.smtp_host, settings.smtp_port) == ("smtp.example-shop.hr", 587)
    assert settings.smtp_security is Security.STARTTLS
    assert settings.smtp_username == "info@example-shop.hr"
    assert settings.display_name == "Example"


@pytest.mark.parametrize(
    "document",
    [
        "",
        "<not xml",
        "<clientConfig/>",
        CONFIG.replace('type="imap"', 'type="pop3"'),
        CONFIG.replace("<socketType>SSL</socketType>", "<socketType>plain</socketType>"),
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><clientConfig>&a;</clientConfig>',
        CONFIG.replace("<port>993</port>", "<port>99999</port>").replace(
            "<port>143</port>", "<port>x</port>"
        ),
        CONFIG.replace("IMAP.example-shop.hr", "evil host/with spaces"),
    ],
)
def test_documents_without_a_usable_imap_server_give_nothing(document: str) -> None:
    assert parse_autoconfig(document, "info@example-shop.hr") is None


def test_the_two_places_are_asked_and_odd_domains_are_not() -> None:
    assert autoconfig_urls("Example-Shop.hr") == [
        "https://autoconfig.example-shop.hr/mail/config-v1.1.xml",
        "https://example-shop.hr/.well-known/autoconfig/mail/config-v1.1.xml",
    ]
    assert autoconfig_urls("evil.com/x?y=") == []
    assert autoconfig_urls("localhost") == []


class _Handler(http.server.BaseHTTPRequestHandler):
    served: ClassVar[dict[str, bytes]] = {}
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.requests.append(self.path)
        body = self.served.get(self.path)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def web() -> Iterator[str]:
    _Handler.served = {"/.well-known/autoconfig/mail/config-v1.1.xml": CONFIG.encode()}
    _Handler.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_lookup_asks_each_place_in_turn_until_one_answers(web: str) -> None:
    urls = [f"{web}/mail/config-v1.1.xml", f"{web}/.well-known/autoconfig/mail/config-v1.1.xml"]
    settings = lookup("info@example-shop.hr", urls=urls, timeout=2)
    assert settings is not None and settings.imap_host == "imap.example-shop.hr"
    assert _Handler.requests == [
        "/mail/config-v1.1.xml",
        "/.well-known/autoconfig/mail/config-v1.1.xml",
    ]


def test_lookup_finds_nothing_when_no_place_answers(web: str) -> None:
    assert lookup("info@example-shop.hr", urls=[f"{web}/missing.xml"], timeout=2) is None
    # A port nobody listens on: refused at once, not raised.
    assert lookup("info@example-shop.hr", urls=["http://127.0.0.1:9/x.xml"], timeout=1) is None
    assert lookup("not an address") is None
