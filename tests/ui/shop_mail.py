"""Callback-form and order mails for widget tests, stored the way the sync stores them.

The fixture mails of ``tests/fixtures/{callbacks,orders}`` go through
:class:`console.mail.ingest.Ingestor`, which recognizes them: form mails become callback
requests, order mails orders.  Each is read in its shop's region, as a shop there would.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from console.mail.ingest import FetchedMail, Ingestor, Location
from console.mail.parse import parse_message
from console.storage.database import Database
from console.storage.settings import set_setting

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
IMPORT = Location(account_id=None, folder_id=None, uidvalidity=None, role="import")
REGIONS = {"de": "DE", "hr": "HR", "ru": "RU", "sl": "SI", "tr": "TR", "en": "GB"}

CALLBACK_MAILS = (
    "wpforms_hr",  # Ana Kovač, between 9 and 11, asked 9 March 09:00 UTC
    "wpforms_html_en",  # Tom Baker, after 5 pm
    "shopify_contact_en",  # Ana Kovač again, any time
    "prestashop_contact_ru",
    "tilda_ru",  # Ольга Иванова, after 17:00
    "elementor_en",  # Sarah Miller, between 2 and 4 pm
)
ORDER_MAILS = (
    "woocommerce_admin_new_order_hr",
    "shopify_order_confirmation_en",
    "shopify_shipping_confirmation_en",
    "woocommerce_admin_new_order_de",
    "woocommerce_customer_completed_de",
    "shopify_staff_new_order_de",
    "magento_order_new_en",
    "magento_shipment_new_de",
    "prestashop_order_conf_hr",
    "prestashop_in_transit_hr",
)


def fixture_path(name: str) -> Path:
    for folder in ("callbacks", "orders"):
        path = FIXTURES / folder / f"{name}.eml"
        if path.exists():
            return path
    raise FileNotFoundError(name)


def set_region(db: Database, region: str) -> None:
    with db.session() as session:
        set_setting(session, "shop.region", region)


def ingest_mails(
    db: Database, names: Iterable[str], *, now: datetime, region: str | None = None
) -> None:
    """Store the fixture mails ``names``, each read in its language's region."""
    for name in names:
        set_region(db, region or REGIONS[name.rsplit("_", 1)[1]])
        with db.session() as session:
            ingestor = Ingestor(session, frozenset({"shop@lavanda.example"}), now=now)
            raw = fixture_path(name).read_bytes()
            ingestor.store(IMPORT, FetchedMail(raw=raw), parse_message(raw))
            ingestor.finish()
    set_region(db, region or "HR")
