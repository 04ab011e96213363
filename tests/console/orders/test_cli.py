"""``shopkeeper orders|callbacks|customers`` as a user runs them: real processes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.console.orders.helpers import FIXTURES

MAIN = Path(__file__).resolve().parents[3] / "main.py"


def shopkeeper(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(MAIN), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_orders_import_and_list(tmp_path: Path) -> None:
    export = FIXTURES / "orders" / "woocommerce_orders_export.csv"
    report = json.loads(ok(shopkeeper(tmp_path, "orders", "import", str(export), "--json")))
    assert (report["platform"], report["orders"], report["created"]) == ("woocommerce", 2, 2)
    generic = FIXTURES / "orders" / "generic_orders_de.csv"
    bad = shopkeeper(tmp_path, "orders", "import", str(generic), "--map", "Bestellnr=nope")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    assert bad.stderr.startswith("shopkeeper: error: unknown field 'nope'")
    orders = json.loads(ok(shopkeeper(tmp_path, "orders", "list", "--json")))
    assert [o["number"] for o in orders] == ["2046", "2045"]
    first = orders[-1]
    assert first["platform"] == "woocommerce" and first["status"] == "completed"
    assert (first["date"], first["total"], first["currency"]) == (
        "2026-03-05T10:30:00+00:00",
        "22.9",
        None,
    )
    assert first["customer"] | {"id": None} == {
        "id": None,
        "name": "Jonas Weber",
        "email": "jonas.weber@example.de",
        "phone": "+4915123456789",  # read with the address's country code "DE"
    }
    assert first["items"] == [
        {"name": "Lavendelseife 100 g", "sku": "SOAP-100", "quantity": 4, "price": "18.0"}
    ]
    mine = json.loads(
        ok(
            shopkeeper(
                tmp_path, "orders", "list", "--customer", "petra.schulz@example.de", "--json"
            )
        )
    )
    assert [o["number"] for o in mine] == ["2046"]


def test_callbacks_from_imported_mail_and_customers(tmp_path: Path) -> None:
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    for name in ("wpforms_hr", "shopify_contact_en", "cf7_contact_no_phone_en"):
        shutil.copy(FIXTURES / "callbacks" / f"{name}.eml", mail_dir)
    for name in ("woocommerce_admin_new_order_en", "shopify_staff_new_order_de"):
        shutil.copy(FIXTURES / "orders" / f"{name}.eml", mail_dir)
    data = tmp_path / "data"
    ok(shopkeeper(data, "import", str(mail_dir)))  # recognized as they are stored
    assert "0 callback requests" in ok(shopkeeper(data, "orders", "backfill"))
    callbacks = json.loads(ok(shopkeeper(data, "callbacks", "list", "--json")))
    assert [(c["name"], c["phone"], c["email"], c["status"]) for c in callbacks] == [
        ("Ana Kovač", "+385912345678", "ana.kovac@example.hr", "open"),
        ("Ana Kovač", "+385912345678", "ana.kovac@example.hr", "open"),
    ]
    assert callbacks[0]["preferred_window"] == {
        "text": "između 9 i 11",
        "from": "09:00",
        "until": "11:00",
    }
    assert callbacks[0]["requested_at"] == "2026-03-09T09:00:00+00:00"
    logged = ok(shopkeeper(data, "callbacks", "log", str(callbacks[0]["id"]), "no_answer"))
    assert logged.startswith("Logged. Try again at ")
    merged = ok(shopkeeper(data, "customers", "merge", "091/234-5678", "jonas.weber@example.de"))
    assert merged.startswith("Customer ") and "merged into customer" in merged
    customer = json.loads(ok(shopkeeper(data, "customers", "show", "+385912345678", "--json")))
    assert customer["name"] == "Ana Kovač"
    assert customer["emails"] == ["ana.kovac@example.hr", "jonas.weber@example.de"]
    assert customer["phones"] == ["+385912345678", "+4915123456789"]
    assert [o["number"] for o in customer["orders"]] == ["1002", "1234"]
    assert len(customer["callbacks"]) == 2 and customer["conversations"] == 0
