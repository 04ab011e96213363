"""Parcel carriers of the shops' countries: names as mails write them, tracking links.

The templates are data: ``{number}`` is replaced by the URL-encoded tracking number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import quote


@dataclass(frozen=True, slots=True)
class Carrier:
    key: str
    name: str
    url_template: str
    aliases: tuple[str, ...]
    """Lowercase names and spellings found in mails ("hrvatska pošta", "hp express")."""


CARRIERS: Final[tuple[Carrier, ...]] = (
    Carrier(
        "dhl",
        "DHL",
        "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id={number}",
        ("dhl", "dhl express", "dhl paket", "dhl parcel", "dhl ecommerce"),
    ),
    Carrier("gls", "GLS", "https://gls-group.com/EU/en/parcel-tracking?match={number}", ("gls",)),
    Carrier(
        "dpd",
        "DPD",
        "https://tracking.dpd.de/status/en_US/parcel/{number}",
        ("dpd", "dpd classic", "dpd predict"),
    ),
    Carrier("ups", "UPS", "https://www.ups.com/track?tracknum={number}", ("ups",)),
    Carrier(
        "hp",
        "Hrvatska pošta",
        "https://posiljka.posta.hr/hr/tracking/trackingdata?barcode={number}",
        ("hrvatska pošta", "hrvatska posta", "hp express", "hp-express", "posta.hr", "hp"),
    ),
    Carrier(
        "posta_si",
        "Pošta Slovenije",
        "https://sledenje.posta.si/Default.aspx?lang=sl&action=1&barcode={number}",
        ("pošta slovenije", "posta slovenije", "posta.si", "pošta slovenija"),
    ),
    Carrier(
        "deutsche_post",
        "Deutsche Post",
        "https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode={number}",
        ("deutsche post", "dp brief", "warenpost"),
    ),
    Carrier(
        "pochta",
        "Почта России",
        "https://www.pochta.ru/tracking?barcode={number}",
        ("почта россии", "pochta", "russian post", "почта рф", "pochta russia"),
    ),
    Carrier(
        "cdek",
        "СДЭК",
        "https://www.cdek.ru/ru/tracking?order_id={number}",
        ("сдэк", "cdek", "sdek"),
    ),
    Carrier(
        "yurtici",
        "Yurtiçi Kargo",
        "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code={number}",
        ("yurtiçi", "yurtici", "yurtiçi kargo", "yurtici kargo"),
    ),
    Carrier(
        "aras",
        "Aras Kargo",
        "https://kargotakip.araskargo.com.tr/mainpage.aspx?code={number}",
        ("aras", "aras kargo"),
    ),
    Carrier(
        "mng",
        "MNG Kargo",
        "https://www.mngkargo.com.tr/gonderi-takip?takipNo={number}",
        ("mng", "mng kargo", "dhl ecommerce turkey"),
    ),
    Carrier(
        "ptt",
        "PTT Kargo",
        "https://gonderitakip.ptt.gov.tr/Track/Verify?q={number}",
        ("ptt", "ptt kargo", "türkiye posta"),
    ),
)

BY_KEY: Final[dict[str, Carrier]] = {carrier.key: carrier for carrier in CARRIERS}

_S10: Final = re.compile(r"^[A-Z]{2}\d{9}([A-Z]{2})$")
"""UPU S10 item numbers ("RA123456789RU"): the last two letters are the posting country."""
_S10_COUNTRY: Final = {
    "HR": "hp",
    "SI": "posta_si",
    "DE": "deutsche_post",
    "RU": "pochta",
    "TR": "ptt",
}


_ALIASES: Final = sorted(
    ((alias, carrier.key) for carrier in CARRIERS for alias in carrier.aliases),
    key=lambda pair: -len(pair[0]),
)
_ALIAS_KEYS: Final = dict(_ALIASES)
_ALIAS_PATTERN: Final = re.compile(
    "(?<!\\w)(" + "|".join(re.escape(alias) for alias, _ in _ALIASES) + ")(?!\\w)"
)


def carrier_key(name: str) -> str | None:
    """The carrier key for a name as a mail writes it ("Hrvatska pošta", "DHL Paket")."""
    text = " ".join(name.lower().split())
    if not text:
        return None
    if text in BY_KEY:
        return text
    found = [match.group(1) for match in _ALIAS_PATTERN.finditer(text)]
    if not found:
        return None
    return _ALIAS_KEYS[max(found, key=len)]


def guess_carrier(tracking_number: str) -> str | None:
    """A carrier from the number's shape alone: UPS "1Z…", UPU S10 with a country suffix."""
    number = tracking_number.strip().upper().replace(" ", "")
    if number.startswith("1Z") and len(number) == 18:
        return "ups"
    match = _S10.match(number)
    if match:
        return _S10_COUNTRY.get(match.group(1))
    return None


def tracking_url(tracking_number: str, carrier: str = "", found_url: str = "") -> str:
    """The link to follow the parcel: the carrier's template, else the link in the mail."""
    number = tracking_number.strip()
    key = carrier_key(carrier) if carrier else None
    key = key or (guess_carrier(number) if number else None)
    if number and key:
        return BY_KEY[key].url_template.format(number=quote(number, safe=""))
    return found_url


def carrier_name(carrier: str) -> str:
    """The display name for a stored carrier (key or name as written)."""
    key = carrier_key(carrier)
    return BY_KEY[key].name if key else carrier
