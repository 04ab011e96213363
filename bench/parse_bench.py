"""Micro benchmark of ``parse_message``: messages per second on the corpus and on shop mail.

Usage: python bench/parse_bench.py [--corpus DIR] [--synthetic N] [--repeat R] [--profile]

The synthetic mix imitates what the sync benchmark feeds the parser (about 20 KB per message
on average): customer replies (text + HTML alternatives with quoted history, in our six
languages and their legacy charsets), HTML order notifications with remote images, and some
messages with 200 KB - 1 MB base64 attachments.
"""

from __future__ import annotations

import argparse
import cProfile
import mailbox
import pstats
import random
import sys
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from console.mail.parse import parse_message

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus-src"

GREETINGS = {
    "en": ("Hello, I ordered a jacket last week but the parcel has not arrived yet.", "utf-8"),
    "de": ("Guten Tag, ich möchte meine Bestellung ändern: Größe XL statt L. Grüße", "iso-8859-15"),
    "hr": ("Poštovani, naručio sam čarape i džemper, ali još nisu stigli. Hvala", "iso-8859-2"),
    "sl": ("Pozdravljeni, naročila še nisem prejel. Ali lahko preverite? Lep pozdrav", "cp1250"),
    "ru": ("Здравствуйте! Я заказал куртку, но посылка ещё не пришла. Спасибо", "koi8-r"),
    "tr": ("Merhaba, siparişim henüz gelmedi. Kargo takip numarası nedir? Teşekkürler", "cp1254"),
}
ATTRIBUTION = {
    "en": "On Mon, 1 Jan 2024 at 10:00, Shop <info@shop.example> wrote:",
    "de": "Am 01.01.2024 um 10:00 schrieb Shop <info@shop.example>:",
    "hr": "pon, 1. sij 2024. u 10:00 Shop <info@shop.example> je napisao/la:",
    "sl": "V pon., 1. jan. 2024 ob 10:00 je Shop <info@shop.example> napisal(a):",
    "ru": "1 янв. 2024 г., в 10:00, Shop <info@shop.example> написал(а):",
    "tr": "1 Oca 2024 Pzt, 10:00 tarihinde Shop <info@shop.example> şunu yazdı:",
}


def _reply(rng: random.Random, number: int) -> bytes:
    language = rng.choice(list(GREETINGS))
    greeting, legacy = GREETINGS[language]
    charset = legacy if rng.random() < 0.3 else "utf-8"
    body = "\n".join([greeting] * rng.randint(1, 4))
    quoted = "\n".join(f"> {greeting} {i}" for i in range(rng.randint(5, 60)))
    text = f"{body}\n\n-- \nKupac {number}\n\n{ATTRIBUTION[language]}\n{quoted}\n"
    message = EmailMessage()
    message["From"] = f"Kupac {number} <kupac{number}@example.hr>"
    message["To"] = "Shop <info@shop.example>"
    message["Subject"] = f"Re: {greeting[:40]} #{number}"
    message["Date"] = "Mon, 01 Jan 2024 10:00:00 +0100"
    message["Message-ID"] = f"<reply-{number}@example.hr>"
    message["In-Reply-To"] = f"<order-{number}@shop.example>"
    message["References"] = f"<order-{number}@shop.example> <x-{number}@shop.example>"
    message.set_content(text, charset=charset)
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    html = f'<html><body><div dir="ltr">{paragraphs}</div><blockquote>{quoted}</blockquote>'
    message.add_alternative(html + "</body></html>", subtype="html", charset=charset)
    return message.as_bytes(policy=SMTP)


def _notification(rng: random.Random, number: int) -> bytes:
    rows = "".join(
        f'<tr><td style="padding:4px;color:#333"><img src="https://cdn.shop.example/p/{i}.jpg"'
        f' width="64"></td><td><a href="https://shop.example/p/{i}?utm_source=mail">Artikel {i}'
        f'</a></td><td align="right">{rng.randint(5, 99)},99&nbsp;&euro;</td></tr>'
        for i in range(rng.randint(20, 60))
    )
    html = (
        "<html><head><style>td{font-family:Arial}</style></head><body>"
        f'<table width="600" cellpadding="0">{rows}</table>'
        "<p>Vielen Dank für Ihre Bestellung!</p></body></html>"
    )
    message = EmailMessage()
    message["From"] = "Shop <noreply@shop.example>"
    message["To"] = f"kunde{number}@example.de"
    message["Subject"] = f"Bestellbestätigung Nr. {number}"
    message["Date"] = "Mon, 01 Jan 2024 10:00:00 +0100"
    message["Message-ID"] = f"<order-{number}@shop.example>"
    message.set_content("Vielen Dank für Ihre Bestellung!")
    message.add_alternative(html, subtype="html")
    return message.as_bytes(policy=SMTP)


def _with_attachment(rng: random.Random, number: int) -> bytes:
    message = EmailMessage()
    message["From"] = f"Kupac {number} <kupac{number}@example.si>"
    message["To"] = "Shop <info@shop.example>"
    message["Subject"] = f"Reklamacija, račun {number}"
    message["Date"] = "Mon, 01 Jan 2024 10:00:00 +0100"
    message.set_content("V priponki je fotografija poškodovanega izdelka.\nLep pozdrav")
    size = rng.randint(200_000, 1_000_000) if rng.random() < 0.4 else rng.randint(20_000, 150_000)
    message.add_attachment(
        rng.randbytes(size), maintype="image", subtype="jpeg", filename=f"slika-{number}.jpg"
    )
    return message.as_bytes(policy=SMTP)


def synthetic(count: int, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    messages = []
    for number in range(count):
        roll = rng.random()
        if roll < 0.05:
            messages.append(_with_attachment(rng, number))
        elif roll < 0.35:
            messages.append(_notification(rng, number))
        else:
            messages.append(_reply(rng, number))
    return messages


def corpus(root: Path) -> list[bytes]:
    messages: list[bytes] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != "README.md"):
        if path.name.endswith((".mbox", ".mbox.txt")):
            messages.extend(m.as_bytes() for m in mailbox.mbox(str(path), create=False))
        else:
            messages.append(path.read_bytes())
    return messages


def measure(name: str, messages: list[bytes], repeat: int) -> None:
    total = sum(len(m) for m in messages)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for raw in messages:
            parse_message(raw)
        best = min(best, time.perf_counter() - start)
    average_kb = total / len(messages) / 1e3
    print(
        f"{name}: {len(messages)} messages, {total / 1e6:.1f} MB, avg {average_kb:.1f} KB:"
        f" {best:.3f} s = {len(messages) / best:,.0f} msg/s, {total / 1e6 / best:.0f} MB/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--synthetic", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    shop = synthetic(args.synthetic)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for raw in shop:
            parse_message(raw)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        return
    if args.corpus.is_dir():
        measure("corpus", corpus(args.corpus), args.repeat)
    else:
        print(f"corpus: {args.corpus} not found, skipped")
    measure("synthetic shop mail", shop, args.repeat)


if __name__ == "__main__":
    main()
