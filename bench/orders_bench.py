"""Benchmark of order and form recognition, and of loading a busy customer for the panel.

Usage: python bench/orders_bench.py [--mails N] [--orders N] [--messages N]

1. Recognition: N mails (default 10,000), a mix of the order-mail fixtures of the seven
   platforms and the form-mail fixtures, each with a fresh order number and Message-ID.
   Reported twice: the recognition alone (what the ingest hook adds per message, on an
   already parsed message) and including ``parse_message`` (the MIME parse the sync does
   anyway).  Target: more than 500 mails/s.
2. Panel: a customer with 200 orders (3 items and a history each) and 1,000 messages in
   40 conversations; the time to load their orders, their summary and the UI's profile
   (timeline of the newest 100 entries).  Target: under 100 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from console.callbacks.extract import extract
from console.callbacks.rules import BUILTIN_COMPILED
from console.customers.identity import IdentityLinker, connection_of
from console.customers.lookup import customer_summary
from console.customers.profile import customer_profile
from console.mail.parse import parse_message
from console.orders.mailparse import read_order_mail
from console.orders.queries import orders_for_customer
from console.orders.store import OrderWriter
from console.orders.types import OrderStatus, ParsedItem, ParsedOrder, Platform
from console.storage.database import Database
from console.storage.sqltime import to_db

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
NUMBERS = (b"1234", b"1235", b"2045", b"3077", b"5120", b"4410", b"1001", b"1002", b"1003",
           b"10023", b"000000123", b"2310")  # fmt: skip


def corpus(count: int, seed: int = 7) -> list[bytes]:
    """``count`` raw mails: the fixtures with fresh numbers and Message-IDs."""
    sources = [p.read_bytes() for p in sorted((FIXTURES / "orders").glob("*.eml"))]
    sources += [p.read_bytes() for p in sorted((FIXTURES / "callbacks").glob("*.eml"))]
    rng = random.Random(seed)
    mails: list[bytes] = []
    for index in range(count):
        raw = sources[index % len(sources)]
        number = str(50_000 + index).encode()
        for old in NUMBERS:
            if old in raw and b"Content-Transfer-Encoding: base64" not in raw:
                raw = raw.replace(old, number)
                break
        raw = raw.replace(b"@fixtures.shopkeeper.test>", f".{index}.{rng.random()}@bench>".encode())
        mails.append(raw)
    return mails


def recognize(parsed_list: list[object]) -> tuple[int, int]:
    rules = list(BUILTIN_COMPILED)
    orders = forms = 0
    for parsed in parsed_list:
        form = extract(parsed, rules)  # type: ignore[arg-type]
        if form is not None:
            forms += 1
            continue
        result = read_order_mail(parsed)  # type: ignore[arg-type]
        orders += result.order is not None
    return orders, forms


def bench_recognition(count: int) -> dict[str, float]:
    mails = corpus(count)
    started = time.perf_counter()
    parsed = [parse_message(raw) for raw in mails]
    parse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    orders, forms = recognize(parsed)
    recognize_seconds = time.perf_counter() - started
    return {
        "mails": count,
        "orders": orders,
        "forms": forms,
        "recognition_per_s": count / recognize_seconds,
        "with_parse_per_s": count / (parse_seconds + recognize_seconds),
    }


def build_customer(db: Database, orders: int, messages: int) -> int:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with db.session() as session:
        connection = connection_of(session)
        linker = IdentityLinker(connection, start)
        writer = OrderWriter(connection, linker, start, "HR")
        for index in range(orders):
            placed = start + timedelta(days=index * 3)
            order = ParsedOrder(
                platform=Platform.WOOCOMMERCE,
                number=str(10_000 + index),
                status=OrderStatus.NEW,
                placed_at=placed,
                customer_name="Ana Kovač",
                email="ana.kovac@example.hr",
                phone="+385 91 234 5678",
                billing_address="Ana Kovač\nIlica 12\n10000 Zagreb",
                items=[ParsedItem(f"Lavender item {i}", i + 1, None, f"SKU-{i}") for i in range(3)],
                total=None,
                currency="EUR",
            )
            writer.save(order, source="mail", source_key=f"<o{index}@bench>", at=placed)
            shipped = ParsedOrder(
                platform=Platform.WOOCOMMERCE,
                number=str(10_000 + index),
                status=OrderStatus.COMPLETED,
                tracking_number=f"00340434{index:012d}",
                carrier="DHL",
            )
            writer.save(
                shipped,
                source="mail",
                source_key=f"<s{index}@bench>",
                at=placed + timedelta(days=2),
            )
        linker.finish()
        customer_id = int(
            connection.execute(
                "SELECT customer_id FROM customer_addresses WHERE email = 'ana.kovac@example.hr'"
            ).fetchone()[0]
        )
        for conversation in range(40):
            cursor = connection.execute(
                "INSERT INTO conversations (customer_id, subject, subject_key, status, snippet,"
                " message_count, has_attachments, needs_reply, created_at)"
                " VALUES (?, ?, ?, 'open', '', ?, 0, 0, ?)",
                (customer_id, f"Order {conversation}", f"order {conversation}",
                 messages // 40, to_db(start)),
            )  # fmt: skip
            conversation_id = cursor.lastrowid
            rows = []
            for index in range(messages // 40):
                when = start + timedelta(hours=conversation * 100 + index)
                rows.append(
                    (f"<m{conversation}.{index}@bench>", "Ana Kovač", "ana.kovac@example.hr",
                     to_db(when), f"Order {conversation}", "Pozdrav! " * 40, "Pozdrav!",
                     conversation_id, to_db(when))
                )  # fmt: skip
            connection.executemany(
                "INSERT INTO messages (message_id, from_name, from_email, date, subject,"
                ' text_body, snippet, conversation_id, created_at, flags, "references",'
                " to_json, cc_json, reply_to_json, attachments_json, has_attachments,"
                " has_remote_content, size, is_outgoing, defects) VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '[]', '[]', '[]', '[]', 0, 0, 0, 0, '')",
                rows,
            )
    return customer_id


def bench_panel(orders: int, messages: int, repeat: int = 15) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "bench.sqlite3")
        customer_id = build_customer(db, orders, messages)
        timings: dict[str, list[float]] = {"orders": [], "summary": [], "profile": [], "total": []}
        for _ in range(repeat):
            t0 = time.perf_counter()
            loaded = orders_for_customer(db, customer_id)
            t1 = time.perf_counter()
            summary = customer_summary(db, customer_id)
            t2 = time.perf_counter()
            profile = customer_profile(db, customer_id)
            t3 = time.perf_counter()
            timings["orders"].append(t1 - t0)
            timings["summary"].append(t2 - t1)
            timings["profile"].append(t3 - t2)
            timings["total"].append(t3 - t0)
        assert len(loaded) == orders and summary is not None and profile is not None
        assert all(len(order.items) == 3 and order.tracking_url for order in loaded)
        db.close()
    return {name: statistics.median(values) * 1000 for name, values in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mails", type=int, default=10_000)
    parser.add_argument("--orders", type=int, default=200)
    parser.add_argument("--messages", type=int, default=1_000)
    args = parser.parse_args()
    result = bench_recognition(args.mails)
    print(f"Recognition of {result['mails']:,} order and form mails "
          f"({result['orders']:,.0f} orders, {result['forms']:,.0f} forms):")  # fmt: skip
    print(f"  recognition only          {result['recognition_per_s']:8.0f} mails/s  (target > 500)")
    print(f"  with parse_message        {result['with_parse_per_s']:8.0f} mails/s")
    panel = bench_panel(args.orders, args.messages)
    print(f"Customer panel: {args.orders} orders, {args.messages:,} messages (median of 15):")
    print(f"  orders_for_customer       {panel['orders']:8.1f} ms")
    print(f"  customer_summary          {panel['summary']:8.1f} ms")
    print(f"  customer_profile (UI's)   {panel['profile']:8.1f} ms")
    print(f"  all three                 {panel['total']:8.1f} ms  (target < 100 ms)")


if __name__ == "__main__":
    main()
