"""The parse workers: results in order and identical to parsing in-process, from a pool
started ahead of time or on demand, and travelling between processes intact."""

from __future__ import annotations

import pickle

from console.mail.parse import parse_message
from console.mail.parse_pool import ParsePool, parse_many
from console.mail.prepared import prepare
from console.mail.reading import Reading, ReadingContext, read_mail
from tests.mailfactory import make_mail, msgid

CONTEXT = ReadingContext(rules=(), region="HR", owner=frozenset({"shop@shop.test"}))


def _raws(count: int) -> list[bytes]:
    return [
        make_mail(
            message_id=msgid(n),
            subject=f"Narudžba #{1000 + n}",
            body=f"Pozdrav, gdje je narudžba #{1000 + n}?\n\n-- \nAna",
            html=f"<p style='color:red'>Narudžba <img src='https://x.test/{n}.png'></p>",
            minutes=n,
        )
        for n in range(count)
    ]


def test_a_warmed_pool_parses_on_its_workers_exactly_as_in_process() -> None:
    raws = _raws(40)
    with ParsePool(workers=2) as pool:
        pool.warm()
        pool.warm()  # a second call changes nothing
        results = pool.submit(raws, CONTEXT).result()
    assert results == parse_many(raws, CONTEXT)
    assert [parsed.message_id for parsed, _, _ in results] == [
        msgid(n).strip("<>") for n in range(40)
    ]


def test_closing_a_pool_while_its_workers_start_neither_hangs_nor_raises() -> None:
    with ParsePool(workers=2) as pool:
        pool.warm()


def test_parsed_messages_survive_pickling_field_for_field() -> None:
    raw = make_mail(
        message_id=msgid(1),
        sender="Ana Kovač <ana@kupac.hr>",
        html="<p>Narudžba <img src='https://x.test/a.png'></p>",
        attachment=("račun.pdf", b"%PDF-1.4 test"),
    )
    parsed = parse_message(raw)
    reading = read_mail(parsed, CONTEXT)
    for value in (parsed, prepare(parsed), reading, Reading(), *parsed.to, *parsed.attachments):
        assert pickle.loads(pickle.dumps(value)) == value
