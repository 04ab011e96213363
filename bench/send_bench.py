"""The send benchmark: from "Send" to accepted by the SMTP server, and inserting a template.

    python -m bench.send_bench [--sends 30] [--renders 2000]

Starts the test servers on loopback — aiosmtpd with STARTTLS and AUTH required
(``tests.servers.smtp``) and a private Dovecot for the Sent folder
(``tests.servers.dovecot``) — with a file keyring in a temporary directory, then measures:

a. **send → accepted**: the UI's path: ``enqueue`` (compose + write to the outbox, no
   undo delay), ``wake`` the worker thread, worker claims it, connects (TLS, AUTH) and
   sends; the clock stops when the server has accepted the message.  Target < 300 ms.
b. **send → filed**: the same until the copy is in Sent and the reply is in its
   conversation (for information; it happens after the customer has the mail).
c. **template insert**: what the composer does when a template is picked: load it,
   choose the customer's language, build the context from the database, render subject
   and body (5 variables).  Target < 20 ms.  Also the first render (template compiled).

Prints a Markdown table; ``--json FILE`` writes the numbers too.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import tempfile
import threading
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import keyring
from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-untyped]
from sqlalchemy import select

from console.accounts import secrets
from console.accounts.store import AccountSettings, add_account
from console.domain.security import Security
from console.outbox.compose import Draft, Recipient
from console.outbox.queue import enqueue, get_entry
from console.outbox.worker import OutboxWorker
from console.storage.database import Database
from console.storage.models import Customer, CustomerAddress
from console.storage.settings import OWNER_NAME, set_setting
from console.templates.context import OrderInfo, context_for, language_preference
from console.templates.render import render, render_subject
from console.templates.store import Version, choose_version, create_template, get_template
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer

SEND_TARGET_MS = 300.0
TEMPLATE_TARGET_MS = 20.0
TEMPLATE = (
    "{% if customer.first_name %}Dobar dan, {{ customer.first_name }}!{% endif %}\n\n"
    "Vaša narudžba {{ order.number }} je poslana ({{ order.total }}). Pošiljku pratite ovdje:\n"
    "{{ order.tracking_url }}\n\nLijep pozdrav,\n{{ agent.name }}, {{ shop.name }}\n"
)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median_ms": _ms(statistics.median(ordered)),
        "p95_ms": _ms(p95),
        "min_ms": _ms(ordered[0]),
        "max_ms": _ms(ordered[-1]),
    }


def run(sends: int, renders: int) -> dict[str, Any]:
    results: dict[str, Any] = {"sends": sends, "renders": renders}
    with tempfile.TemporaryDirectory(prefix="shopkeeper-send-bench-") as tmp:
        root = Path(tmp)
        backend = PlaintextKeyring()
        backend.file_path = str(root / "keyring.cfg")
        previous = keyring.get_keyring()
        keyring.set_keyring(backend)
        try:
            with DovecotServer() as dovecot, SmtpServer() as smtp:
                user = dovecot.new_user(domain="kolica.hr")
                bundle = root / "cas.pem"
                bundle.write_text(Path(user.ca_file).read_text() + Path(smtp.ca_file).read_text())
                db = Database(root / "data" / "shopkeeper.sqlite3")
                account_id = add_account(
                    db,
                    AccountSettings(
                        email=user.email,
                        display_name="Kovač Kolica",
                        imap_host=user.host,
                        imap_port=user.imaps_port,
                        imap_security=Security.SSL,
                        imap_username=user.username,
                        ca_file=str(bundle),
                        smtp_host=smtp.host,
                        smtp_port=smtp.port,
                        smtp_security=Security.STARTTLS,
                        smtp_username=smtp.username,
                    ),
                    user.password,
                    author="bench",
                )
                secrets.store_password("smtp", user.email, smtp.password)
                results.update(_sends(db, account_id, smtp, sends))

                with db.session() as session:
                    set_setting(session, OWNER_NAME, "Ivana")
                    # The sends above made Ana a customer (her address was a recipient).
                    customer_id = session.scalar(
                        select(CustomerAddress.customer_id).where(
                            CustomerAddress.email == "ana@kupac.hr"
                        )
                    )
                    customer = session.get(Customer, customer_id)
                    assert customer is not None
                    customer.language = "hr"
                template_id = create_template(
                    db, "bench_tracking", [Version("hr", "Narudžba {{ order.number }}", TEMPLATE)]
                )
                order = OrderInfo(
                    number="1042",
                    total=Decimal("129.90"),
                    tracking_url="https://tracking.example/1042",
                )

                def insert() -> str:
                    template = get_template(db, template_id)
                    wanted = language_preference(db, customer_email="ana@kupac.hr")
                    choice = choose_version(
                        template,
                        customer_language=wanted.customer,
                        conversation_language=wanted.conversation,
                        shop_language=wanted.shop,
                    )
                    assert choice is not None
                    values = context_for(
                        db,
                        language=choice.version.language,
                        customer_email="ana@kupac.hr",
                        order=order,
                    ).variables()
                    subject = render_subject(choice.version.subject, values)
                    body = render(choice.version.body, values)
                    assert not body.missing and not subject.missing, body.missing
                    return body.text

                started = time.perf_counter()
                first_text = insert()
                results["template_first_ms"] = _ms(time.perf_counter() - started)
                assert "Ana" in first_text and "129,90" in first_text
                samples = []
                for _ in range(renders):
                    started = time.perf_counter()
                    insert()
                    samples.append(time.perf_counter() - started)
                results["template_insert"] = _summary(samples)
                values = context_for(
                    db, language="hr", customer_email="ana@kupac.hr", order=order
                ).variables()
                samples = []
                for _ in range(renders):
                    started = time.perf_counter()
                    render(TEMPLATE, values)
                    samples.append(time.perf_counter() - started)
                results["template_render_only"] = _summary(samples)
                db.close()
        finally:
            keyring.set_keyring(previous)
    return results


def _sends(db: Database, account_id: int, smtp: SmtpServer, count: int) -> dict[str, Any]:
    worker = OutboxWorker(db)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), kwargs={"poll_seconds": 5})
    thread.start()
    accepted: list[float] = []
    filed: list[float] = []
    draft = Draft(
        account_id=account_id,
        to=(Recipient("ana@kupac.hr", "Ana Kovač"),),
        subject="Vaša narudžba 1042",
        body="Poštovana gospođo Kovač,\n\nnarudžba 1042 je danas poslana.\n\nLijep pozdrav",
    )
    try:
        for n in range(count + 1):  # the first one warms up (imports, first TLS context)
            smtp.clear()
            started = time.perf_counter()
            entry = enqueue(
                db, replace(draft, subject=f"Narudžba {n}"), author="bench", undo_seconds=0
            )
            worker.wake()
            smtp.wait_for_messages(1, timeout=30)
            done_accepted = time.perf_counter() - started
            while True:
                current = get_entry(db, entry.id)
                if current is not None and current.filed and current.conversation_id:
                    break
                time.sleep(0.002)
            done_filed = time.perf_counter() - started
            if n:
                accepted.append(done_accepted)
                filed.append(done_filed)
    finally:
        stop.set()
        worker.wake()
        thread.join(30)
    return {"send_accepted": _summary(accepted), "send_filed": _summary(filed)}


def table(results: dict[str, Any]) -> str:
    rows = [
        ("send → accepted by SMTP (STARTTLS+AUTH)", results["send_accepted"], SEND_TARGET_MS),
        ("send → in Sent and in its conversation", results["send_filed"], None),
        (
            "template insert (load, language, context, render)",
            results["template_insert"],
            TEMPLATE_TARGET_MS,
        ),
        ("template render only (5 variables)", results["template_render_only"], None),
    ]
    lines = [
        "| measure | median | p95 | max | target |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for name, summary, target in rows:
        verdict = ""
        if target is not None:
            verdict = f"< {target:g} ms {'✓' if summary['p95_ms'] < target else '✗'}"
        lines.append(
            f"| {name} | {summary['median_ms']:.2f} ms | {summary['p95_ms']:.2f} ms | "
            f"{summary['max_ms']:.2f} ms | {verdict} |"
        )
    lines.append(
        f"| template insert, first time (compiles) | {results['template_first_ms']:.1f} ms | | | |"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sends", type=int, default=30)
    parser.add_argument("--renders", type=int, default=2000)
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()
    # aiosmtpd warns about its own deprecated attribute on every login.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    results = run(args.sends, args.renders)
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
