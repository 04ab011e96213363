"""Composing: headers, threading ids, UTF-8, quoting in six languages, signature,
attachments — and customer text that tries to inject headers."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from console.outbox.compose import (
    ComposeError,
    ComposeProblem,
    Draft,
    ParentMessage,
    Recipient,
    Sender,
    build_message,
)
from console.outbox.header_safety import MAX_REFERENCES, references_for

NOW = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)
SHOP = Sender(email="prodaja@kolica.hr", name="Kovač Kolica d.o.o.")
EXPECTED_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "in-reply-to",
    "references",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
}


def parent(**overrides: object) -> ParentMessage:
    values: dict[str, object] = {
        "id": 7,
        "message_id": "m3@kupac.hr",
        "references": ("m1@kolica.hr", "m2@kupac.hr"),
        "from_": Recipient("ana@kupac.hr", "Ana Kovačević"),
        "reply_to": (),
        "to": (Recipient("prodaja@kolica.hr", "Kovač Kolica"),),
        "cc": (),
        "date": datetime(2026, 11, 19, 8, 15, tzinfo=UTC),
        "subject": "AW: Re: Odg: Dostava kolica",
        "text": "Poštovani,\nkada stiže moja narudžba?\n\n> stari citat",
        "is_outgoing": False,
        "conversation_id": 3,
        "account_id": 1,
    }
    values.update(overrides)
    return ParentMessage(**values)  # type: ignore[arg-type]


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def body_of(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def test_a_reply_has_every_header_and_threads_under_its_parent() -> None:
    draft = Draft(
        account_id=1,
        to=(Recipient("ana@kupac.hr", "Ana Kovačević"),),
        subject="Re: AW: Re: Odg: Dostava kolica",
        body="Poštovana gospođo Kovačević,\n\nkolica šaljemo sutra.",
    )
    composed = build_message(draft, SHOP, now=NOW, parent=parent(), language="hr")
    message = parse(composed.raw)

    assert {k.lower() for k in message} == EXPECTED_HEADERS
    assert message["From"].addresses[0].display_name == "Kovač Kolica d.o.o."
    assert message["From"].addresses[0].addr_spec == "prodaja@kolica.hr"
    assert message["To"].addresses[0].display_name == "Ana Kovačević"
    assert message["Subject"] == "Re: AW: Re: Odg: Dostava kolica"
    assert message["Date"].datetime == NOW
    assert message["Message-ID"] == f"<{composed.message_id}>"
    assert composed.message_id.endswith("@kolica.hr")
    assert message["In-Reply-To"] == "<m3@kupac.hr>"
    assert message["References"].split() == ["<m1@kolica.hr>", "<m2@kupac.hr>", "<m3@kupac.hr>"]
    assert composed.recipients == ("ana@kupac.hr",)
    assert composed.mail_from == "prodaja@kolica.hr"
    # 7-bit on the wire, UTF-8 inside.
    assert composed.raw.isascii()
    assert "kolica šaljemo sutra." in body_of(message)


def test_every_message_gets_a_fresh_message_id() -> None:
    draft = Draft(account_id=1, to=(Recipient("ana@kupac.hr"),), subject="Pozdrav", body="x")
    ids = {build_message(draft, SHOP, now=NOW).message_id for _ in range(50)}
    assert len(ids) == 50


def test_long_reference_chains_keep_the_root_and_the_newest_ancestors() -> None:
    chain = [f"m{i}@kupac.hr" for i in range(60)]
    refs = references_for(chain[:-1], chain[-1])
    assert len(refs) == MAX_REFERENCES
    assert refs[0] == "m0@kupac.hr" and refs[-1] == "m59@kupac.hr"
    assert refs[1:] == chain[-(MAX_REFERENCES - 1) :]
    # Ids that could break the header are dropped, duplicates removed.
    assert references_for(["a@x", "bad id@x", "a@x", "<evil>@x", "ü@x"], "b@x") == ["a@x", "b@x"]


@pytest.mark.parametrize(
    "hostile",
    [
        "Ana\r\nBcc: victim@evil.example",
        "Ana\nBcc: victim@evil.example",
        "Ana\rBcc: victim@evil.example",
        "Ana\x00\x0b\x0c\x1b[31m\x85Bcc: victim@evil.example",
        "Ana\u2028Bcc: victim@evil.example\u2029X-Evil: 1",
        "Ana =?utf-8?q?=0D=0ABcc:_victim@evil.example?=",
        "Ana =?utf-8?b?DQpCY2M6IHZpY3RpbUBldmlsLmV4YW1wbGU=?=",
        # Nested: decodes to another encoded word that hides CR LF.
        "=?utf-8?q?=3D=3Futf-8=3Fq=3F=3D0D=3D0ABcc:=5Fvictim@evil.example=3F=3D?=",
        "\u202eanA\u202c",
    ],
)
def test_customer_names_and_subjects_cannot_inject_headers(hostile: str) -> None:
    draft = Draft(
        account_id=1,
        to=(Recipient("ana@kupac.hr", hostile),),
        cc=(Recipient("marko@kupac.hr", hostile),),
        subject=f"Re: {hostile}",
        body=f"Body line\r\nBcc: not-a-header@evil.example\n{hostile}",
    )
    shop = Sender(email="prodaja@kolica.hr", name=hostile)
    composed = build_message(
        draft, shop, now=NOW, parent=parent(from_=Recipient("ana@kupac.hr", hostile))
    )
    message = parse(composed.raw)

    assert {k.lower() for k in message} == EXPECTED_HEADERS | {"cc"}
    header_block = composed.raw.split(b"\r\n\r\n", 1)[0]
    for line in header_block.split(b"\r\n"):
        assert not line.lower().startswith((b"bcc", b"x-evil")), line
    assert composed.recipients == ("ana@kupac.hr", "marko@kupac.hr")
    for name in ("Subject", "From", "To", "Cc"):
        value = str(message[name])
        assert "\n" not in value and "\r" not in value
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in value)
        assert "\u2028" not in value and "\u202e" not in value


@pytest.mark.parametrize(
    "address",
    [
        "ana@kupac.hr\r\nBcc: victim@evil.example",
        "ana@kupac.hr, victim@evil.example",
        "Ana <ana@kupac.hr>",
        "ana",
        "@kupac.hr",
        "ana@",
        "ana@@kupac.hr",
        "a na@kupac.hr",
        "ана@kupac.hr",
    ],
)
def test_an_address_that_is_not_plain_is_refused_not_repaired(address: str) -> None:
    draft = Draft(account_id=1, to=(Recipient(address),), subject="x", body="x")
    with pytest.raises(ComposeError) as error:
        build_message(draft, SHOP, now=NOW)
    assert error.value.code is ComposeProblem.BAD_ADDRESS


def test_international_domains_are_sent_in_ascii_form() -> None:
    draft = Draft(account_id=1, to=(Recipient("info@müller-shop.de", "Jürgen"),), subject="Hallo")
    composed = build_message(draft, SHOP, now=NOW)
    assert composed.recipients == ("info@xn--mller-shop-9db.de",)


def test_utf8_names_subject_and_body_survive_in_all_six_languages() -> None:
    texts = {
        "hr": ("Ivana Šimić", "Narudžba 1042 — dostava u četvrtak", "Lijep pozdrav iz Đakova"),
        "de": ("Jürgen Groß", "Bestellung 1042 – Lieferung übermorgen", "Grüße aus Köln"),
        "ru": ("Ольга Петровна", "Заказ № 1042: доставка в четверг", "Ёлка и щётка"),
        "sl": ("Žiga Čeh", "Naročilo 1042 – dostava v četrtek", "Lep pozdrav iz Škofje Loke"),
        "tr": ("Ayşe Çağlar", "Sipariş 1042 – perşembe günü teslimat", "İyi günler, ğüşıöç"),
        "en": ("Zoë O'Brien", "Order 1042 — “delivery” on Thursday", "Cheers ☕"),
    }
    for language, (name, subject, body) in texts.items():
        draft = Draft(
            account_id=1, to=(Recipient("kupac@example.com", name),), subject=subject, body=body
        )
        message = parse(build_message(draft, SHOP, now=NOW, language=language).raw)
        assert message["To"].addresses[0].display_name == name
        assert message["Subject"] == subject
        assert body_of(message).startswith(body)


ATTRIBUTIONS = {
    "en": "On November 19, 2026, 8:15 AM, Ana Kovačević <ana@kupac.hr> wrote:",
    "hr": "19. studenoga 2026. 08:15, Ana Kovačević <ana@kupac.hr> je napisao/la:",
    "de": "Am 19. November 2026, 08:15 schrieb Ana Kovačević <ana@kupac.hr>:",
    "ru": "19 ноября 2026 г., 08:15, Ana Kovačević <ana@kupac.hr> пишет:",
    "sl": "Dne 19. november 2026, 08:15 je Ana Kovačević <ana@kupac.hr> napisal(a):",
    "tr": "Ana Kovačević <ana@kupac.hr>, 19 Kasım 2026 08:15 tarihinde şunu yazdı:",
}


@pytest.mark.parametrize("language", sorted(ATTRIBUTIONS))
def test_the_quote_line_is_written_in_the_replys_language(language: str) -> None:
    draft = Draft(account_id=1, to=(Recipient("ana@kupac.hr"),), subject="Re: x", body="Hvala.")
    message = parse(
        build_message(draft, SHOP, now=NOW, parent=parent(), language=language, tz=UTC).raw
    )
    lines = body_of(message).splitlines()
    assert ATTRIBUTIONS[language] in lines
    start = lines.index(ATTRIBUTIONS[language])
    assert lines[start + 1 :] == [
        "> Poštovani,",
        "> kada stiže moja narudžba?",
        ">",
        ">> stari citat",
    ]


def test_signature_goes_under_the_text_and_above_the_quote() -> None:
    draft = Draft(account_id=1, to=(Recipient("ana@kupac.hr"),), subject="Re: x", body="Hvala!\n")
    text = body_of(
        parse(
            build_message(
                draft,
                SHOP,
                now=NOW,
                parent=parent(),
                signature="Ivana\nKovač Kolica · 01 555 0101",
                language="hr",
                tz=UTC,
            ).raw
        )
    )
    assert text.startswith("Hvala!\n\n-- \nIvana\nKovač Kolica · 01 555 0101\n\n19. studenoga")
    without = build_message(
        replace(draft, signature=False, quote=False),
        SHOP,
        now=NOW,
        parent=parent(),
        signature="Ivana",
    )
    assert body_of(parse(without.raw)) == "Hvala!\n"


def test_attachments_keep_their_names_and_bytes(tmp_path: Path) -> None:
    invoice = tmp_path / "račun-1042 (kopija).pdf"
    invoice.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 40)
    photo = tmp_path / "фото.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 1000)
    draft = Draft(
        account_id=1,
        to=(Recipient("ana@kupac.hr"),),
        subject="Račun",
        body="U privitku je račun.",
        attachments=(str(invoice), str(photo)),
    )
    composed = build_message(draft, SHOP, now=NOW)
    message = parse(composed.raw)
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["račun-1042 (kopija).pdf", "фото.jpg"]
    assert [a.get_content_type() for a in attachments] == ["application/pdf", "image/jpeg"]
    assert attachments[0].get_content() == invoice.read_bytes()
    assert body_of(message).startswith("U privitku je račun.")


def test_a_missing_attachment_or_no_recipient_is_a_clear_error(tmp_path: Path) -> None:
    draft = Draft(
        account_id=1,
        to=(Recipient("ana@kupac.hr"),),
        subject="x",
        attachments=(str(tmp_path / "nema.pdf"),),
    )
    with pytest.raises(ComposeError) as missing:
        build_message(draft, SHOP, now=NOW)
    assert missing.value.code is ComposeProblem.ATTACHMENT_MISSING
    assert "nema.pdf" in str(missing.value)
    with pytest.raises(ComposeError) as nobody:
        build_message(Draft(account_id=1, subject="x"), SHOP, now=NOW)
    assert nobody.value.code is ComposeProblem.NO_RECIPIENT
