"""Which shop system sent a mail, and where each one puts the order number.

Each platform is data: who sends its mails, words its default templates always carry
(footers, CSS classes the sanitizer keeps, link targets), and the patterns of its subjects
and bodies that name the order.  Number patterns have a ``number`` group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from console.orders.types import Platform
from console.orders.vocabulary import ORDER_WORD

_NUMBER_PREFIX: Final = (
    r"[\s#№:.\-–(]*(?:(?i:no|nr|number|nummer|br|broj|номер|numarası|numarasi|številka|id"
    r"|ref|reference|update|aktualisierung|ažuriranje|обновление|güncelleme|posodobitev)"
    r"\.?[\s#№:.]*)?#?"
)
_NUMBER: Final = r"(?P<number>[A-Z0-9][A-Za-z0-9\-]{1,31})"

GENERIC_NUMBER: Final = re.compile(rf"(?i:{ORDER_WORD}){_NUMBER_PREFIX}{_NUMBER}")
""""Order #1234", "Bestellung Nr. 1234", "narudžba br. 1234", "Заказ №1234", "Sipariş #1234"."""


def valid_number(token: str) -> bool:
    """An order number has a digit, or is a PrestaShop-style reference ("XKBKNABJK")."""
    token = token.strip("-")
    if not token or len(token) > 32:
        return False
    if any(ch.isdigit() for ch in token):
        return True
    return token.isalpha() and token.isupper() and len(token) >= 6


@dataclass(frozen=True, slots=True)
class PlatformSpec:
    platform: Platform
    sender: re.Pattern[str] | None
    markers: tuple[str, ...]
    """Lowercase texts found in the platform's default mails (text or sanitized HTML)."""
    numbers: tuple[re.Pattern[str], ...]
    """Patterns for subject and body, tried before the generic one."""
    subject: re.Pattern[str] | None = None
    """A subject only this platform's default mails have."""


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# fmt: off
PLATFORMS: Final[tuple[PlatformSpec, ...]] = (
    PlatformSpec(
        Platform.SHOPIFY,
        _p(r"(?i)@shopify\.com|shopifyemail\.com"),
        ("shopify", "cdn.shopify.com", "myshopify.com", "order-list__item", "customer-info__item"),
        (_p(rf"(?i:{ORDER_WORD})\s*#(?P<number>\d{{3,12}})"),),
    ),
    PlatformSpec(
        Platform.WOOCOMMERCE,
        None,
        ("woocommerce", "wc-item-meta", "order_item", "built with woo"),
        (_p(rf"\[(?i:{ORDER_WORD})\s*(?:#|№)\s*(?P<number>[A-Za-z0-9\-]+)\]"),),
    ),
    PlatformSpec(
        Platform.PRESTASHOP,
        None,
        ("prestashop", "guest-tracking", "controller=history"),
        (
            _p(r"(?i:new order)\s*:\s*#\d+\s*-\s*(?P<number>[A-Z0-9]{6,12})"),
            _p(
                r"(?i:order|bestellung|narudžba|заказ|sipariş|naročilo)\s*:\s*(?P<number>[A-Z]{6,12})\b"
            ),
            _p(
                r"(?i:reference|referenz|referencom|referencu|ссылкой|номером|referansı|referenco)"
                r"\s*:?\s*(?P<number>[A-Z]{6,12})\b"
            ),
        ),
    ),
    PlatformSpec(
        Platform.SHOPWARE,
        None,
        ("shopware",),
        (
            _p(
                r"(?i:order number|bestellnummer|broj narudžbe|номер заказа|sipariş numarası"
                r"|številka naročila)\s*:?\s*(?P<number>\d{3,12})"
            ),
            _p(r"\((?i:number|nummer|broj|номер|numara|številka)\s*:\s*(?P<number>\d{3,12})\)"),
        ),
    ),
    PlatformSpec(
        Platform.MAGENTO,
        None,
        ("magento", "email-items", "order-details", "address-details", "method-info"),
        (_p(rf"(?i:your\s+)?(?i:{ORDER_WORD})\s*#(?P<number>\d{{5,12}})"),),
    ),
    PlatformSpec(
        Platform.OPENCART,
        None,
        (
            "opencart",
            "route=account/order",
            "route=account%2forder",
            "you have received an order.",
            "вы получили заказ",
            "primili ste narudžbu",
            "your order has been updated to the following status",
        ),
        (
            _p(
                r"(?i:order id|№ заказа|broj narudžbe|bestellnummer|sipariş no|id naročila"
                r"|номер заказа)\s*:?\s*(?P<number>\d{1,12})"
            ),
            _p(
                rf"\s-\s(?i:{ORDER_WORD})(?:\s(?i:update|aktualisierung|ažuriranje|обновление"
                r"|güncelleme|posodobitev))?\s(?P<number>\d{1,12})\b"
            ),
        ),
        _p(
            rf"^.{{1,80}}\s-\s(?i:{ORDER_WORD})(?:\s(?i:update|aktualisierung|ažuriranje"
            r"|обновление|güncelleme|posodobitev))?\s\d{1,12}$"
        ),
    ),
    PlatformSpec(
        Platform.ECWID,
        _p(r"(?i)@ecwid\.com|@ecwid-mail|@company\.site"),
        ("ecwid", "company.site", "app.ecwid.com"),
        (_p(rf"(?i:{ORDER_WORD})\s*#(?P<number>[A-Z0-9]{{3,12}})"),),
    ),
)

# fmt: on


def detect_platform(sender: str, subject: str, haystack: str) -> Platform | None:
    """The platform whose sender, subject or markers match; ``haystack`` is lowercased."""
    for spec in PLATFORMS:
        if spec.sender is not None and spec.sender.search(sender):
            return spec.platform
        if spec.subject is not None and spec.subject.search(subject):
            return spec.platform
    for spec in PLATFORMS:
        for marker in spec.markers:  # a loop, not any(): no generator for each platform
            if marker in haystack:
                return spec.platform
    return None


def spec_for(platform: Platform) -> PlatformSpec | None:
    for spec in PLATFORMS:
        if spec.platform is platform:
            return spec
    return None


def find_number(
    texts: list[str], platform: Platform | None, *, any_platform: bool = False
) -> str | None:
    """The order number in the first of ``texts`` (subject first, then body lines).

    ``any_platform``: when the platform is unknown, try every platform's patterns too.
    """
    spec = spec_for(platform) if platform else None
    patterns: tuple[re.Pattern[str], ...] = (*(spec.numbers if spec else ()), GENERIC_NUMBER)
    if any_platform and spec is None:
        patterns = (GENERIC_NUMBER, *(p for other in PLATFORMS for p in other.numbers))
    for pattern in patterns:
        for text in texts:
            for match in pattern.finditer(text):
                token = match.group("number").strip("-")
                if valid_number(token):
                    return token
    return None
