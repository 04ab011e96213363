"""Mozilla-style autoconfig: a mail domain publishes its server settings as XML.

Two places are asked, in order (the address itself is never sent):

- ``https://autoconfig.<domain>/mail/config-v1.1.xml``
- ``https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml``

The format is Thunderbird's "clientConfig" (``emailProvider`` with ``incomingServer``
and ``outgoingServer`` elements).  Only IMAP with TLS (``SSL`` or ``STARTTLS``) and
password login is taken; a document offering nothing usable gives None.

Threading: :func:`lookup` blocks on the network (short timeouts); call it off the UI
thread.  Network errors are not raised: a lookup that fails simply finds nothing.
"""

from __future__ import annotations

import logging
import re
import ssl
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from console.accounts.providers import split_address
from console.accounts.store import AccountSettings
from console.domain.security import Security

log = logging.getLogger(__name__)

TIMEOUT: Final = 4.0
MAX_BYTES: Final = 64 * 1024
_DOMAIN: Final = re.compile(
    r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$"
)
_SOCKETS: Final = {"SSL": Security.SSL, "STARTTLS": Security.STARTTLS}
_PASSWORD_AUTH: Final = frozenset({"password-cleartext", "password-encrypted", "plain", ""})


@dataclass(frozen=True, slots=True)
class _Server:
    host: str
    port: int
    security: Security
    username: str


def autoconfig_urls(domain: str) -> list[str]:
    """Where ``domain`` may publish its settings (empty for a name that is not a domain)."""
    domain = domain.strip().lower().rstrip(".")
    if not _DOMAIN.match(domain):
        return []
    return [
        f"https://autoconfig.{domain}/mail/config-v1.1.xml",
        f"https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml",
    ]


def _expand(template: str, email: str) -> str:
    parts = split_address(email)
    local, domain = parts if parts else (email, "")
    return (
        template.replace("%EMAILADDRESS%", email)
        .replace("%EMAILLOCALPART%", local)
        .replace("%EMAILDOMAIN%", domain)
    )


def _text(element: ET.Element, tag: str) -> str:
    child = element.find(tag)
    return (child.text or "").strip() if child is not None else ""


def _server(element: ET.Element, email: str) -> _Server | None:
    security = _SOCKETS.get(_text(element, "socketType").upper())
    host = _text(element, "hostname").lower()
    methods = {(a.text or "").strip().lower() for a in element.findall("authentication")}
    if security is None or not host or not (methods & _PASSWORD_AUTH or not methods):
        return None
    try:
        port = int(_text(element, "port"))
    except ValueError:
        return None
    if not 0 < port < 65536 or not _DOMAIN.match(host):
        return None
    username = _expand(_text(element, "username") or "%EMAILADDRESS%", email)
    return _Server(host, port, security, username)


def parse_autoconfig(
    document: bytes | str, email: str, display_name: str = ""
) -> AccountSettings | None:
    """The settings ``document`` gives for ``email``, or None when it offers nothing usable.

    Never raises for bad input: malformed XML, document type declarations (entity
    expansion) and servers without TLS are all "nothing usable".
    """
    raw = document.encode("utf-8") if isinstance(document, str) else document
    if len(raw) > MAX_BYTES or b"<!DOCTYPE" in raw.upper() or b"<!ENTITY" in raw.upper():
        return None
    try:
        root = ET.fromstring(raw)
    except ET.ParseError:
        return None
    provider = root.find("emailProvider") if root.tag == "clientConfig" else None
    if provider is None:
        return None
    imap = next(
        (
            server
            for element in provider.findall("incomingServer")
            if element.get("type", "").lower() == "imap"
            and (server := _server(element, email)) is not None
        ),
        None,
    )
    if imap is None:
        return None
    smtp = next(
        (
            server
            for element in provider.findall("outgoingServer")
            if element.get("type", "").lower() == "smtp"
            and (server := _server(element, email)) is not None
        ),
        None,
    )
    return AccountSettings(
        email=email.strip(),
        display_name=display_name,
        imap_host=imap.host,
        imap_port=imap.port,
        imap_security=imap.security,
        imap_username=imap.username,
        smtp_host=smtp.host if smtp else None,
        smtp_port=smtp.port if smtp else None,
        smtp_security=smtp.security if smtp else None,
        smtp_username=smtp.username if smtp else None,
    )


def fetch(url: str, *, timeout: float = TIMEOUT, context: ssl.SSLContext | None = None) -> bytes:
    """The document at ``url`` (at most :data:`MAX_BYTES`); raises ``OSError`` on failure."""
    request = urllib.request.Request(url, headers={"User-Agent": "Shopkeeper"})
    with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
        data: bytes = response.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise OSError(f"{url} is larger than {MAX_BYTES} bytes")
    return data


def lookup(
    email: str,
    display_name: str = "",
    *,
    urls: Sequence[str] | None = None,
    timeout: float = TIMEOUT,
) -> AccountSettings | None:
    """Ask the address's domain for its settings; None when no place answers usefully."""
    parts = split_address(email)
    if parts is None:
        return None
    for url in urls if urls is not None else autoconfig_urls(parts[1]):
        try:
            document = fetch(url, timeout=timeout)
        except (OSError, urllib.error.URLError, ValueError) as exc:
            log.info("autoconfig %s: %s", url, exc)
            continue
        settings = parse_autoconfig(document, email, display_name)
        if settings is not None:
            return settings
    return None
