"""Planning the benchmark corpus: who writes, in what language, with what client, when.

Everything an item (a conversation thread or a one-off mail) needs is derived from
``random.Random`` seeded by ``(seed, item index)``, so any item can be rebuilt on its own:
the Sent folder re-plans the inbox's threads without rendering the inbox.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

from bench.corpus_lang import LANG_WEIGHTS, LANGS, TOPICS, Lang
from bench.corpus_mime import message_id

START = dt.datetime(2023, 3, 1, 7, 30, tzinfo=dt.UTC)
ITEM_STEP = dt.timedelta(minutes=115)

ITEM_KINDS: tuple[tuple[str, int], ...] = (
    ("conversation", 55),
    ("order", 20),
    ("form", 7),
    ("newsletter", 11),
    ("spam", 7),
)
CLIENTS: tuple[tuple[str, int], ...] = (
    ("gmail", 34),
    ("outlook", 20),
    ("apple", 14),
    ("thunderbird", 10),
    ("webmail", 16),
    ("outlook_express", 6),
)
_NON_GMAIL = tuple(c for c in CLIENTS if c[0] != "gmail")
OWNER_CLIENT = {
    "hr": "outlook",
    "en": "outlook",
    "de": "thunderbird",
    "ru": "webmail",
    "sl": "apple",
    "tr": "gmail",
}
THREAD_LENGTHS: tuple[tuple[int, int], ...] = (
    (1, 30),
    (2, 25),
    (3, 15),
    (4, 10),
    (5, 8),
    (6, 6),
    (7, 4),
    (8, 2),
)
# How replies point at their parents.
REF_STYLES: tuple[tuple[str, int], ...] = (
    ("full", 72),
    ("irt_only", 8),
    ("partial", 7),
    ("none", 10),
    ("phantom", 3),
)
SHOP_ACCOUNT = "info@kavomat.hr"

_CYRILLIC_LATIN = (
    *("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p"),
    *("r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "-", "y", "-", "e", "yu", "ya"),
)
_CYRILLIC = {
    c: ("" if latin == "-" else latin)
    for c, latin in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _CYRILLIC_LATIN, strict=True)
}
_LATIN_EXTRA = str.maketrans({"đ": "d", "ß": "ss", "ı": "i", "ø": "o", "'": ""})


def pick(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in pairs], weights=[w for _, w in pairs])[0]


def pick_int(rng: random.Random, pairs: tuple[tuple[int, int], ...]) -> int:
    return rng.choices([k for k, _ in pairs], weights=[w for _, w in pairs])[0]


def ascii_name(text: str) -> str:
    low = text.lower()
    if any("\u0400" <= c <= "\u04ff" for c in low):
        low = "".join(_CYRILLIC.get(c, c) for c in low)
    low = low.translate(_LATIN_EXTRA)
    norm = unicodedata.normalize("NFKD", low)
    return "".join(c for c in norm if c.isascii() and (c.isalnum() or c in ".-_"))


def local_tz(lang: str, when: dt.datetime) -> dt.timezone:
    if lang in ("ru", "tr"):
        return dt.timezone(dt.timedelta(hours=3))
    summer = 4 <= when.month <= 10
    if lang == "en":
        return dt.timezone(dt.timedelta(hours=1 if summer else 0))
    return dt.timezone(dt.timedelta(hours=2 if summer else 1))


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    email: str
    lang: Lang
    client: str
    charset: str
    hdr_mode: str  # "B", "Q" or "raw"
    cte: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}".strip()

    @property
    def domain(self) -> str:
        return self.email.rsplit("@", 1)[1]


def make_person(rng: random.Random, lang: Lang, client: str | None = None) -> Person:
    female = rng.random() < 0.45
    first = rng.choice(lang.first_f if female else lang.first_m)
    last = rng.choice(lang.last)
    if female:
        for suffix, fem in lang.female_last.items():
            if last.endswith(suffix):
                last = last[: -len(suffix)] + fem
                break
    a, b = ascii_name(first), ascii_name(last)
    local = rng.choice(
        (f"{a}.{b}", f"{a}{b}{rng.randrange(60, 100)}", f"{a[0]}.{b}", f"{b}.{a}", f"{a}_{b}")
    )
    domain = rng.choice(lang.mail_domains)
    email = f"{local}@{domain}"
    if client is None:
        # Gmail's web client for Gmail addresses; the others for everyone else.
        client = "gmail" if domain == "gmail.com" else pick(rng, _NON_GMAIL)
    return _with_client(rng, first, last, email, lang, client)


def _with_client(
    rng: random.Random, first: str, last: str, email: str, lang: Lang, client: str
) -> Person:
    if client in ("gmail", "apple"):
        charset = "utf-8"
    elif client == "outlook_express":
        legacy = tuple(c for c in lang.charsets if c[0] != "utf-8") or lang.charsets
        charset = pick(rng, legacy)
    else:
        charset = pick(rng, lang.charsets)
    roll = rng.random()
    hdr_mode = "raw" if roll < 0.02 else ("Q" if roll < 0.4 else "B")
    if client == "gmail":
        cte = "base64" if lang.code == "ru" else "quoted-printable"
    elif client == "thunderbird":
        cte = "8bit"
    elif client == "webmail":
        cte = rng.choice(("base64", "8bit", "quoted-printable"))
    else:
        cte = "quoted-printable" if rng.random() < 0.85 else "base64"
    return Person(first, last, email, lang, client, charset, hdr_mode, cte)


def shop_owner(lang: Lang) -> Person:
    shop = lang.shop
    email = SHOP_ACCOUNT if shop.domain == "kavomat.hr" else f"info@{shop.domain}"
    client = OWNER_CLIENT[lang.code]
    charset = "utf-8" if lang.code in ("hr", "en", "sl", "tr") else lang.charsets[1][0]
    cte = "8bit" if client == "thunderbird" else "quoted-printable"
    if lang.code == "ru":
        cte = "base64"
    return Person(shop.owner_first, shop.owner_last, email, lang, client, charset, "B", cte)


@dataclass
class PlannedMessage:
    index: int
    role: str  # "customer" or "owner"
    in_inbox: bool
    date: dt.datetime
    msgid: str
    subject: str
    ref_style: str
    attachments: list[tuple[str, int]]
    html: bool
    quotes: bool
    date_style: int


@dataclass
class Item:
    t: int
    seed: int
    kind: str
    lang: Lang
    topic: str
    customer: Person
    owner: Person
    ctx: dict[str, str]
    date: dt.datetime
    msgs: list[PlannedMessage] = field(default_factory=list)

    def rng(self, tag: str) -> random.Random:
        return random.Random(f"{tag}:{self.seed}:{self.t}")


def _context(rng: random.Random, lang: Lang, customer: Person, seed: int, t: int) -> dict[str, str]:
    cur = {"ru": "руб.", "tr": "TL"}.get(lang.code, "EUR")
    price = rng.randrange(9, 90) * (100 if lang.code == "ru" else 10 if lang.code == "tr" else 1)
    phone_fmt = {
        "hr": "+385 9{} {:03d} {:04d}",
        "en": "+44 7{} {:03d} {:04d}",
        "de": "+49 15{} {:03d} {:04d}",
        "ru": "+7 91{} {:03d}-{:04d}",
        "sl": "+386 4{} {:03d} {:04d}",
        "tr": "+90 53{} {:03d} {:04d}",
    }[lang.code]
    return {
        "order": str(10000 + t // 2 + rng.randrange(40)),
        "product": rng.choice(lang.products),
        "accessory": rng.choice(lang.accessories),
        "courier": rng.choice(lang.couriers),
        "tracking": f"{rng.randrange(10**9, 10**10)}{rng.choice(('', 'HR', 'DE', 'SI'))}",
        "days": str(rng.randrange(2, 8)),
        "phone": phone_fmt.format(rng.randrange(10), rng.randrange(1000), rng.randrange(10000)),
        "shop": lang.shop.name,
        "first": customer.first,
        "last": customer.last,
        "price": f"{price},00" if lang.code != "en" else f"{price}.00",
        "currency": cur,
        "date": "",
    }


def _attachment_plan(rng: random.Random, role: str, topic: str) -> list[tuple[str, int]]:
    if role == "customer":
        if topic in ("repair_return", "complaint") and rng.random() < 0.33:
            return [("photo", photo_size(rng)) for _ in range(rng.choice((1, 1, 1, 2, 3)))]
        if rng.random() < 0.03:
            return [("pdf", pdf_size(rng))]
        return []
    if topic in ("order_status", "how_to_use") and rng.random() < 0.25:
        return [("manual" if topic == "how_to_use" else "invoice", 0)]
    return [("invoice", 0)] if rng.random() < 0.05 else []


def photo_size(rng: random.Random) -> int:
    return max(50_000, min(1_000_000, int(rng.lognormvariate(10.74, 0.5))))


def pdf_size(rng: random.Random) -> int:
    return max(50_000, min(400_000, int(rng.lognormvariate(11.0, 0.4))))


def manual_size(rng: random.Random) -> int:
    return max(150_000, min(1_000_000, int(rng.lognormvariate(12.2, 0.45))))


def plan_item(seed: int, t: int) -> Item:
    """The plan of item ``t``: kind, people, and for conversations every message's metadata."""
    rng = random.Random(f"p:{seed}:{t}")
    kind = pick(rng, ITEM_KINDS)
    lang = LANGS[pick(rng, LANG_WEIGHTS)]
    topic = rng.choice(TOPICS)
    customer = make_person(rng, lang)
    owner = shop_owner(lang)
    ctx = _context(rng, lang, customer, seed, t)
    base = START + ITEM_STEP * t + dt.timedelta(minutes=rng.randrange(-600, 600))
    item = Item(t, seed, kind, lang, topic, customer, owner, ctx, base)
    if kind != "conversation":
        return item
    n = pick_int(rng, THREAD_LENGTHS)
    roles = ["customer"]
    for _ in range(1, n):
        if roles[-1] == "owner" or rng.random() < 0.15:
            roles.append("customer" if roles[-1] == "owner" else "owner")
        else:
            roles.append("owner")
    topic_subjects = lang.topics[topic].subjects
    base_subject = rng.choice(topic_subjects).format(**ctx)
    if rng.random() < 0.05:
        base_subject = f"{rng.choice(('FW:', 'WG:', 'Fwd:', lang.fwd_prefix))} {base_subject}"
    when = base
    subject = base_subject
    for i, role in enumerate(roles):
        if i:
            if rng.random() < 0.03:
                when = when - dt.timedelta(minutes=rng.randrange(60, 2200))
            else:
                when = when + dt.timedelta(minutes=5 + int(rng.expovariate(1 / 900)))
            subject = _reply_subject(rng, subject, base_subject, lang, role)
        sender = customer if role == "customer" else owner
        local = when.astimezone(local_tz(lang.code, when))
        in_inbox = role == "customer" or rng.random() < 0.55
        item.msgs.append(
            PlannedMessage(
                index=i,
                role=role,
                in_inbox=in_inbox,
                date=local,
                msgid=message_id(rng, sender.client, sender.domain),
                subject=subject,
                ref_style="first" if i == 0 else pick(rng, REF_STYLES),
                attachments=_attachment_plan(rng, role, topic),
                html=sender.client not in ("thunderbird",) and rng.random() < 0.8,
                quotes=rng.random() < 0.9,
                date_style=rng.randrange(5),
            )
        )
    return item


def _reply_subject(rng: random.Random, current: str, base: str, lang: Lang, role: str) -> str:
    roll = rng.random()
    if roll < 0.03:
        prefix = "SV:"
    elif (role == "customer" and roll < 0.6) or (role == "owner" and roll < 0.5):
        prefix = lang.reply_prefix
    else:
        prefix = "Re:"
    if rng.random() < 0.15:
        return f"{prefix} {current}"  # stacked: "Re: AW: Re: ..."
    return f"{prefix} {base}"


def inbox_items(seed: int, n_generated: int) -> int:
    """How many items the inbox consumes to produce ``n_generated`` generated messages."""
    count = 0
    t = 0
    while count < n_generated:
        item = plan_item(seed, t)
        count += sum(1 for m in item.msgs if m.in_inbox) if item.msgs else 1
        t += 1
    return t
