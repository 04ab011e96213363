"""The platforms' default order mails, as they send them, read into orders."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from console.mail.parse import parse_message
from console.orders.mailparse import MailKind, read_order_mail
from console.orders.types import OrderStatus, Platform
from tests.console.orders.helpers import fixture


@dataclass(frozen=True)
class Expected:
    number: str
    platform: Platform
    status: OrderStatus
    region: str = "HR"
    total: str | None = None
    currency: str | None = None
    name: str = ""
    email: str = ""
    phone: str = ""
    items: tuple[tuple[str, int, str | None], ...] = ()
    payment: str = ""
    shipping: str = ""
    tracking: str = ""
    carrier: str = ""
    billing_first_line: str = ""


CASES: dict[str, Expected] = {
    "woocommerce_admin_new_order_en": Expected(
        "1234", Platform.WOOCOMMERCE, OrderStatus.NEW, total="27.50", currency="EUR",
        name="Ana Kovač", email="ana.kovac@example.hr", phone="+385 91 234 5678",
        items=(("Lavender soap 100 g", 2, "9.00"), ("Dried lavender bouquet", 1, "14.50")),
        payment="Direct bank transfer", carrier="gls", billing_first_line="Ana Kovač",
    ),
    "woocommerce_admin_new_order_hr": Expected(
        "1235", Platform.WOOCOMMERCE, OrderStatus.NEW, total="29.90", currency="EUR",
        name="Marko Horvat", email="marko.horvat@example.hr", phone="098 765 4321",
        items=(("Sapun od lavande 100 g", 3, "13.50"), ("Eterično ulje lavande 10 ml", 1, "12.90")),
        payment="Pouzećem", shipping="Hrvatska pošta", carrier="hp",
        billing_first_line="Marko Horvat",
    ),
    "woocommerce_admin_new_order_de": Expected(
        "2045", Platform.WOOCOMMERCE, OrderStatus.NEW, region="DE", total="22.90",
        currency="EUR", name="Jonas Weber", email="jonas.weber@example.de",
        phone="0151 23456789", items=(("Lavendelseife 100 g", 4, "18.00"),), payment="PayPal",
        shipping="DHL Paket", carrier="dhl",
    ),
    "woocommerce_customer_completed_de": Expected(
        "2045", Platform.WOOCOMMERCE, OrderStatus.COMPLETED, region="DE", total="22.90",
        currency="EUR", email="jonas.weber@example.de", tracking="00340434161234567890",
        carrier="dhl", items=(("Lavendelseife 100 g", 4, "18.00"),),
    ),
    "woocommerce_customer_refunded_ru": Expected(
        "3077", Platform.WOOCOMMERCE, OrderStatus.REFUNDED, region="RU", total="2330.00",
        currency="RUB", name="Ольга Иванова", email="olga.ivanova@example.ru",
        items=(("Лавандовое масло 10 мл", 2, "1980.00"),), payment="Оплата картой",
        carrier="cdek",
    ),
    "woocommerce_admin_cancelled_tr": Expected(
        "5120", Platform.WOOCOMMERCE, OrderStatus.CANCELLED, region="TR", total="750.00",
        currency="TRY", name="Ayşe Yılmaz", email="ayse.yilmaz@example.com.tr",
        phone="0532 123 45 67", items=(("Lavanta sabunu 100 g", 5, "750.00"),),
        payment="Kapıda ödeme",
    ),
    "woocommerce_admin_new_order_sl": Expected(
        "4410", Platform.WOOCOMMERCE, OrderStatus.NEW, region="SI", total="24.20",
        currency="EUR", name="Maja Novak", email="maja.novak@example.si", phone="041 123 456",
        items=(("Sivkino milo 100 g", 2, "9.00"), ("Sivkina blazinica", 1, "12.00")),
        payment="Plačilo po povzetju", shipping="Pošta Slovenije", carrier="posta_si",
    ),
    "shopify_order_confirmation_en": Expected(
        "1001", Platform.SHOPIFY, OrderStatus.NEW, total="33.50", currency="EUR",
        name="Ana Kovač", email="ana.kovac@example.hr",
        items=(("Lavender pillow", 2, "24.00"), ("Lavender soap 100 g", 1, "4.50")),
        payment="Ending with 4242 — €33.50", shipping="Standard",
    ),
    "shopify_shipping_confirmation_en": Expected(
        "1001", Platform.SHOPIFY, OrderStatus.SHIPPED, email="ana.kovac@example.hr",
        tracking="1Z999AA10123456784", carrier="ups",
    ),
    "shopify_staff_new_order_de": Expected(
        "1002", Platform.SHOPIFY, OrderStatus.NEW, region="DE", total="46.60", currency="EUR",
        name="Jonas Weber", email="jonas.weber@example.de", phone="+49 151 23456789",
        items=(("Lavendelkissen", 1, "12.00"), ("Lavendelöl 10 ml", 3, "29.70")),
        payment="Shopify Payments", shipping="DHL Paket",
    ),
    "shopify_order_cancelled_sl": Expected(
        "1003", Platform.SHOPIFY, OrderStatus.CANCELLED, region="SI", total="18.00",
        currency="EUR", email="maja.novak@example.si", items=(("Sivkino milo 100 g", 4, "18.00"),),
    ),
    "prestashop_order_conf_hr": Expected(
        "QZBKXWTMV", Platform.PRESTASHOP, OrderStatus.NEW, total="46.30", currency="EUR",
        name="Ivana Babić", email="ivana.babic@example.hr", phone="+385 98 111 2222",
        items=(("Šalica Lavanda", 2, "23.80"), ("Jastuk od lavande", 1, "18.50")),
        payment="Bankovna uplata", carrier="hp",
    ),
    "prestashop_new_order_admin_en": Expected(
        "QZBKXWTMV", Platform.PRESTASHOP, OrderStatus.NEW, total="46.30", currency="EUR",
        name="Ivana Babić", items=(("Lavender mug", 2, "23.80"), ("Lavender pillow", 1, "18.50")),
        payment="Bank wire", shipping="Hrvatska pošta", carrier="hp",
    ),
    "prestashop_in_transit_hr": Expected(
        "QZBKXWTMV", Platform.PRESTASHOP, OrderStatus.SHIPPED, email="ivana.babic@example.hr",
        tracking="RR123456785HR", carrier="hp",
    ),
    "shopware_order_confirmation_de": Expected(
        "10023", Platform.GENERIC, OrderStatus.NEW, region="DE", total="29.25", currency="EUR",
        name="Klaus Becker", email="klaus.becker@example.de",
        items=(("Lavendelsäckchen 3er-Set", 2, "15.80"), ("Lavendelhonig 250 g", 1, "8.50")),
        payment="Vorkasse", shipping="Standard (DPD)", carrier="dpd",
    ),
    "magento_order_new_en": Expected(
        "000000123", Platform.MAGENTO, OrderStatus.NEW, region="GB", total="50.48",
        currency="GBP", name="Sarah Miller", email="sarah.miller@example.co.uk",
        phone="+44 7911 123456",
        items=(("Lavender Essential Oil 30 ml", 2, "31.98"), ("Lavender Sachet", 3, "13.50")),
        payment="Check / Money order", shipping="Flat Rate - Fixed",
    ),
    "magento_shipment_new_de": Expected(
        "000000123", Platform.MAGENTO, OrderStatus.SHIPPED, region="GB",
        tracking="1234567890", carrier="dhl",
    ),
    "opencart_order_add_ru": Expected(
        "57", Platform.OPENCART, OrderStatus.NEW, region="RU", total="3280", currency="RUB",
        name="Дмитрий Петров", email="dmitry.petrov@example.ru", phone="8 (916) 555-12-34",
        items=(("Лавандовое масло 10 мл", 2, "1980"), ("Саше с лавандой", 4, "1000")),
        payment="Оплата при доставке", shipping="Почта России", carrier="pochta",
    ),
    "opencart_order_alert_en": Expected(
        "58", Platform.OPENCART, OrderStatus.NEW, region="GB", total="29.48", currency="GBP",
        items=(("Lavender candle", 2, "19.98"), ("Lavender soap", 1, "4.50")),
    ),
    "opencart_order_edit_en": Expected(
        "58", Platform.OPENCART, OrderStatus.SHIPPED, region="GB", tracking="RR987654321GB",
    ),
    "ecwid_new_order_tr": Expected(
        "2310", Platform.ECWID, OrderStatus.NEW, region="TR", total="695.40", currency="TRY",
        name="Mehmet Demir", email="mehmet.demir@example.com.tr", phone="+90 532 765 43 21",
        items=(("Lavanta yastığı", 2, "480.00"), ("Lavanta yağı 10 ml", 1, "165.50")),
        payment="Kredi kartı", shipping="Yurtiçi Kargo", carrier="yurtici",
    ),
    "ecwid_order_shipped_tr": Expected(
        "2310", Platform.ECWID, OrderStatus.SHIPPED, region="TR",
        email="mehmet.demir@example.com.tr", tracking="301234567890", carrier="yurtici",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_default_order_mails_are_read(name: str) -> None:
    expected = CASES[name]
    result = read_order_mail(parse_message(fixture(name)), expected.region)
    assert result.kind is MailKind.ORDER, result.reason
    order = result.order
    assert order is not None
    assert (order.number, order.platform, order.status) == (
        expected.number,
        expected.platform,
        expected.status,
    )
    assert order.total == (Decimal(expected.total) if expected.total else None)
    assert order.currency == expected.currency
    if expected.items:
        assert [(i.name, i.quantity, str(i.price)) for i in order.items] == list(expected.items)
    for attribute, value in (
        ("customer_name", expected.name),
        ("email", expected.email),
        ("phone", expected.phone),
        ("payment_method", expected.payment),
        ("shipping_method", expected.shipping),
        ("tracking_number", expected.tracking),
        ("carrier", expected.carrier),
    ):
        if value:
            assert getattr(order, attribute) == value, attribute
    if expected.billing_first_line:
        assert order.billing_address.split("\n")[0] == expected.billing_first_line


def test_fixtures_cover_platforms_languages_and_charsets() -> None:
    platforms = {CASES[name].platform for name in CASES}
    assert platforms >= {
        Platform.WOOCOMMERCE,
        Platform.SHOPIFY,
        Platform.PRESTASHOP,
        Platform.MAGENTO,
        Platform.OPENCART,
        Platform.ECWID,
    }
    assert {name.rsplit("_", 1)[1] for name in CASES} == {"en", "de", "hr", "ru", "sl", "tr"}
    charsets = set()
    for name in CASES:
        head = fixture(name).lower()
        for charset in (b"utf-8", b"iso-8859-2", b"koi8-r", b"windows-1251", b"iso-8859-9"):
            if b'charset="' + charset in head or b"charset=" + charset in head:
                charsets.add(charset)
    assert len(charsets) >= 4


def test_line_items_keep_their_sku() -> None:
    order = read_order_mail(parse_message(fixture("woocommerce_admin_new_order_en"))).order
    assert order is not None
    assert [item.sku for item in order.items] == ["SOAP-100", "BQ-01"]
    magento = read_order_mail(parse_message(fixture("magento_order_new_en")), "GB").order
    assert magento is not None
    assert [item.sku for item in magento.items] == ["LEO-30", "LS-01"]


def test_a_customer_asking_about_an_order_is_not_an_order_mail() -> None:
    from tests.mailfactory import make_mail

    for subject, body in (
        ("Where is my order #1234?", "Hi, I ordered on Monday, total 27,50 €. Any news?"),
        ("Narudžba 1235", "Pozdrav, kada stiže moja narudžba? Platila sam pouzećem."),
        ("Bestellung 2045", "Hallo, die Rechnungsadresse ist falsch. Gesamtsumme stimmt."),
    ):
        parsed = parse_message(make_mail(subject=subject, body=body))
        assert read_order_mail(parsed).kind is MailKind.NONE, subject


def test_unreadable_order_mail_is_recognized_as_such() -> None:
    result = read_order_mail(parse_message(fixture("unreadable_new_order_de")), "DE")
    assert result.kind is MailKind.UNREADABLE
    assert result.platform is Platform.WOOCOMMERCE
    assert result.order is None
