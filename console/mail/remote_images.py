"""Remote images, only when the owner asks: per message, or always for a sender.

Sanitized HTML (:mod:`console.mail.html`) keeps a remote image's address in
``data-remote-src`` instead of ``src``, so nothing loads by itself.  When the owner
allows it, :func:`with_remote_images` puts the addresses back (``http``/``https``
only), and the UI fetches them with :func:`fetch_image`.  The senders whose images are
always loaded are a setting (:data:`TRUSTED_SENDERS`).

Threading: :func:`fetch_image` blocks on the network; the setting functions use the
database.  Run both off the UI thread.
"""

from __future__ import annotations

import html
import re
import urllib.request
from typing import Final

from console.storage.database import Database
from console.storage.settings import get_setting, set_setting

TRUSTED_SENDERS: Final = "mail.remote_images.senders"
"""Setting: addresses whose remote images are always loaded (a JSON list, lowercased)."""
FETCH_TIMEOUT: Final = 8.0
MAX_IMAGE_BYTES: Final = 5 * 1024 * 1024

_PARKED: Final = re.compile(r'<img\b[^>]*?\sdata-remote-src="([^"]*)"[^>]*>', re.IGNORECASE)
_PARKED_ATTRIBUTE: Final = re.compile(r'\sdata-remote-src="([^"]*)"', re.IGNORECASE)


class ImageRefused(OSError):
    """The answer was not an image, or too large."""


def _web_url(parked: str) -> str | None:
    url = html.unescape(parked).strip()
    if url.startswith("//"):
        url = "https:" + url
    lowered = url.lower()
    if not lowered.startswith(("http://", "https://")) or any(c in url for c in '"<> \t\r\n'):
        return None
    return url


def remote_image_urls(markup: str) -> list[str]:
    """The web addresses of the images ``markup`` keeps parked, in order, once each."""
    seen: dict[str, None] = {}
    for match in _PARKED.finditer(markup):
        url = _web_url(match.group(1))
        if url is not None:
            seen.setdefault(url, None)
    return list(seen)


def with_remote_images(markup: str) -> str:
    """``markup`` with its parked image addresses put back into ``src``.

    Only ``<img>`` elements and only ``http(s)`` addresses; anything else stays parked.
    """

    def unpark_tag(tag: re.Match[str]) -> str:
        def unpark(attribute: re.Match[str]) -> str:
            url = _web_url(attribute.group(1))
            if url is None:
                return attribute.group(0)
            return f' src="{html.escape(url, quote=True)}"'

        return _PARKED_ATTRIBUTE.sub(unpark, tag.group(0))

    return _PARKED.sub(unpark_tag, markup)


def trusted_senders(db: Database) -> frozenset[str]:
    with db.reader() as session:
        value = get_setting(session, TRUSTED_SENDERS, [])
    if not isinstance(value, list):
        return frozenset()
    return frozenset(str(v).strip().lower() for v in value if str(v).strip())


def trust_sender(db: Database, email: str, trusted: bool = True) -> frozenset[str]:
    """Always (or no longer) load images from ``email``; return the new set."""
    address = email.strip().lower()
    with db.session() as session:
        value = get_setting(session, TRUSTED_SENDERS, [])
        current = {str(v).lower() for v in value} if isinstance(value, list) else set()
        if trusted and address:
            current.add(address)
        else:
            current.discard(address)
        set_setting(session, TRUSTED_SENDERS, sorted(current))
    return frozenset(current)


def fetch_image(
    url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_IMAGE_BYTES
) -> bytes:
    """The image at ``url`` (``http``/``https`` only); raises ``OSError`` otherwise."""
    if _web_url(url) != url:
        raise ImageRefused(f"{url} is not a web address.")
    headers = {"User-Agent": "Mozilla/5.0", "Accept": "image/*"}
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        kind = str(response.headers.get("Content-Type", "")).lower()
        if kind and not kind.startswith("image/"):
            raise ImageRefused(f"{url} is not an image ({kind}).")
        data: bytes = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ImageRefused(f"{url} is larger than {max_bytes} bytes.")
    return data
