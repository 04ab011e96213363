"""Rendering planned items (see :mod:`bench.corpus_plan`) into raw RFC 822 messages."""

from __future__ import annotations

import datetime as dt
import html
import random

from bench.corpus_lang import SPAM_LINES, SPAM_SUBJECTS, Lang
from bench.corpus_mime import (
    HTML_ENDS,
    HTML_STYLES,
    Part,
    address,
    binary_part,
    boundary,
    dkim_signature,
    encode_text,
    fold_ids,
    format_date,
    header_text,
    message_id,
    multipart,
    paragraphs_html,
    received_chain,
    text_part,
)
from bench.corpus_plan import (
    SHOP_ACCOUNT,
    Item,
    Person,
    PlannedMessage,
    local_tz,
    make_person,
    manual_size,
    pdf_size,
)

# Outlook's localized header block above a quoted message: From, Sent, To, Subject.
_OUTLOOK_QUOTE = {
    "hr": ("Od", "Poslano", "Prima", "Predmet"),
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
}
_PHOTO_NAMES = ("IMG_{n}.jpg", "{d}_{n}.jpg", "slika{k}.jpg", "Foto {k}.jpeg", "photo_{n}.JPG")
_INVOICE_NAMES = {
    "hr": "Račun-{y}-{n}.pdf",
    "en": "invoice-{y}-{n}.pdf",
    "de": "Rechnung_{y}_{n}.pdf",
    "ru": "Счёт_на_оплату_№{n}.pdf",
    "sl": "Račun_{y}_{n}.pdf",
    "tr": "Fatura_{y}_{n}.pdf",
}
_MANUAL_NAMES = {
    "hr": "Upute za uporabu - Bellino.pdf",
    "en": "Bellino user manual EN.pdf",
    "de": "Bedienungsanleitung Bellino.pdf",
    "ru": "Инструкция Bellino.pdf",
    "sl": "Navodila za uporabo Bellino.pdf",
    "tr": "Bellino kullanım kılavuzu.pdf",
}
_JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
_PDF_HEAD = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
_PNG_HEAD = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def fill(template: str, ctx: dict[str, str]) -> str:
    return template.format(**ctx)


def own_paragraphs(item: Item, msg: PlannedMessage) -> list[str]:
    """What the sender of ``msg`` wrote themselves (no quoted history), as paragraphs."""
    rng = random.Random(f"b:{item.seed}:{item.t}:{msg.index}")
    lang, ctx = item.lang, item.ctx
    topic = lang.topics[item.topic]
    paras: list[str] = []
    if msg.role == "customer":
        paras.append(rng.choice(lang.greet))
        k = rng.choice((1, 2, 2, 3))
        paras.append(" ".join(fill(s, ctx) for s in rng.sample(topic.customer, k)))
        fillers = rng.choice((0, 0, 1, 2, 3, 4, 6, 9))
        if fillers:
            picked = rng.sample(lang.filler, min(fillers, len(lang.filler)))
            for start in range(0, len(picked), 3):
                paras.append(" ".join(picked[start : start + 3]))
        sign = f"{rng.choice(lang.close)}\n{item.customer.name}"
        if rng.random() < 0.3:
            sign += f"\n{ctx['phone']}"
        paras.append(sign)
        if rng.random() < 0.2:
            paras.append(rng.choice(lang.mobile))
        return paras
    paras.append(fill(rng.choice(lang.greet_owner), ctx))
    k = rng.choice((1, 1, 2, 3))
    paras.append(" ".join(fill(s, ctx) for s in rng.sample(topic.owner, k)))
    for line in rng.sample(lang.filler_owner, rng.choice((0, 1, 1, 2, 3))):
        paras.append(fill(line, {**ctx, "phone": lang.shop.phone}))
    shop = lang.shop
    paras.append(f"{rng.choice(lang.close_owner)}\n{item.owner.name}")
    paras.append(
        f"--\n{shop.name} | {shop.address}\nTel: {shop.phone} | https://www.{shop.domain}\n"
        f"{shop.legal}"
    )
    return paras


def _quote_plain(text: str) -> str:
    return "\n".join(">" if not line else "> " + line for line in text.split("\n"))


def _sender(item: Item, msg: PlannedMessage) -> Person:
    return item.customer if msg.role == "customer" else item.owner


def _recipient(item: Item, msg: PlannedMessage) -> Person:
    return item.owner if msg.role == "customer" else item.customer


def thread_texts(item: Item, upto: int) -> list[str]:
    """Plain-text bodies (own text plus quoted history) of messages 0..upto."""
    out: list[str] = []
    for msg in item.msgs[: upto + 1]:
        own = "\n\n".join(own_paragraphs(item, msg))
        if msg.index == 0 or not msg.quotes:
            out.append(own)
            continue
        prev = item.msgs[msg.index - 1]
        prev_sender = _sender(item, prev)
        history = out[-1]
        sender = _sender(item, msg)
        if sender.client == "outlook":
            labels = _OUTLOOK_QUOTE[item.lang.code]
            to = _recipient(item, prev)
            block = (
                f"________________________________\n{labels[0]}: {prev_sender.name} "
                f"<{prev_sender.email}>\n{labels[1]}: {format_date(prev.date, 1)}\n"
                f"{labels[2]}: {to.name} <{to.email}>\n{labels[3]}: {prev.subject}\n\n{history}"
            )
        else:
            attribution = item.lang.wrote.format(
                date=format_date(prev.date, 1), name=prev_sender.name, email=prev_sender.email
            )
            block = f"{attribution}\n{_quote_plain(history)}"
        out.append(f"{own}\n\n{block}")
    return out


def _attachment(
    rng: random.Random, item: Item, kind: str, size: int, when: dt.datetime, k: int
) -> Part:
    n = rng.randrange(10000, 99999)
    if kind == "photo":
        name = rng.choice(_PHOTO_NAMES).format(n=n, d=f"{when:%Y%m%d}", k=k + 1)
        return binary_part(_JPEG_HEAD + rng.randbytes(size - len(_JPEG_HEAD)), "image/jpeg", name)
    if kind == "manual":
        size = manual_size(rng)
        name = _MANUAL_NAMES[item.lang.code]
    else:
        size = size or pdf_size(rng)
        name = _INVOICE_NAMES[item.lang.code].format(y=when.year, n=n)
    style = rng.choice(("2231", "2231", "2047", "raw"))
    return binary_part(
        _PDF_HEAD + rng.randbytes(size - len(_PDF_HEAD)), "application/pdf", name, name_style=style
    )


def _html_body(
    paras: list[str], quoted: str | None, client: str, charset: str, remote: str | None
) -> str:
    style = client if client in HTML_STYLES else "default"
    parts = [HTML_STYLES[style].replace("{charset}", charset), paragraphs_html(paras, client)]
    if remote:
        parts.append(remote)
    if quoted is not None:
        escaped = html.escape(quoted, quote=False).replace("\n", "<br>\n")
        parts.append(
            '<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px '
            f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{escaped}'
            "</blockquote></div>"
        )
    parts.append(HTML_ENDS[style])
    return "\n".join(parts)


def render_conversation(
    item: Item, msg: PlannedMessage, texts: list[str], folder: str = "inbox"
) -> bytes:
    """One message of a conversation; ``texts`` from :func:`thread_texts`."""
    rng = random.Random(f"m:{item.seed}:{item.t}:{msg.index}")
    sender, rcpt = _sender(item, msg), _recipient(item, msg)
    cs, mode, client = sender.charset, sender.hdr_mode, sender.client
    body_text = texts[msg.index]
    if rng.random() < 0.015:
        body_text = body_text.replace("\n", "\r\n")  # a client that sent CRLF inside 8-bit
    paras = own_paragraphs(item, msg)
    plain = text_part(
        body_text,
        "plain",
        cs,
        sender.cte,
        flowed=client == "thunderbird",
        declare_charset=rng.random() > 0.01,
    )
    body: Part = plain
    if msg.html:
        quoted = texts[msg.index - 1] if msg.index and msg.quotes else None
        remote = None
        if rng.random() < 0.08:
            remote = (
                f'<img src="https://www.{sender.domain}/signature/logo.png" width="120" alt="logo">'
            )
        html_text = _html_body(paras, quoted, client, cs, remote)
        html_part = text_part(html_text, "html", cs, sender.cte)
        alternative = multipart("alternative", [plain, html_part], boundary(rng, client))
        body = alternative
        if msg.role == "owner" and client in ("outlook", "apple"):
            logo = binary_part(
                _PNG_HEAD + rng.randbytes(rng.randrange(3000, 22000)),
                "image/png",
                "image001.png",
                inline_cid=f"image001.png@01DA{rng.getrandbits(32):08X}",
            )
            body = multipart("related", [alternative, logo], boundary(rng, client))
    if msg.attachments:
        atts = [
            _attachment(rng, item, kind, size, msg.date, k)
            for k, (kind, size) in enumerate(msg.attachments)
        ]
        body = multipart("mixed", [body, *atts], boundary(rng, client))

    lines: list[str] = []
    if folder == "inbox":
        lines.append(f"Return-Path: <{sender.email}>")
        lines.append(f"Delivered-To: {SHOP_ACCOUNT}")
        hops = 1 if msg.role == "owner" else rng.randrange(2, 5)
        lines.append(received_chain(rng, sender.domain, msg.date, hops))
        if client == "gmail" or rng.random() < 0.5:
            h = "mime-version:date:message-id:subject:from:to:content-type"
            lines.append(dkim_signature(rng, sender.domain, "20230601", h))
        lines.append(
            f"Authentication-Results: mx.kavomat.hr;\n\tdkim=pass header.d={sender.domain};\n\t"
            f"spf=pass smtp.mailfrom={sender.email}"
        )
    lines.append("MIME-Version: 1.0")
    lines.append(f"Date: {format_date(msg.date, msg.date_style)}")
    lines.append(f"Message-ID: {msg.msgid}")
    lines.extend(_reference_headers(rng, item, msg))
    lines.append(f"Subject: {header_text(msg.subject, cs, mode)}")
    lines.append(f"From: {address(sender.name, sender.email, cs, mode)}")
    lines.append(f"To: {address(rcpt.name, rcpt.email, cs, mode)}")
    if msg.role == "owner" and msg.in_inbox:
        lines.append(f"Cc: {item.lang.shop.name} <{SHOP_ACCOUNT}>")
    lines.extend(_client_headers(rng, sender, msg, item))
    return "\n".join(lines).encode() + b"\n" + body.as_bytes()


def _reference_headers(rng: random.Random, item: Item, msg: PlannedMessage) -> list[str]:
    if msg.index == 0 or msg.ref_style == "none":
        return []
    ids = [m.msgid for m in item.msgs[: msg.index]]
    parent = ids[-1]
    if msg.ref_style == "irt_only":
        return [f"In-Reply-To: {parent}"]
    if msg.ref_style == "partial":
        refs = [ids[0], parent] if len(ids) > 1 else [parent]
        return [f"In-Reply-To: {parent}", f"References: {fold_ids(refs)}"]
    if msg.ref_style == "phantom":
        ghost = message_id(rng, "thunderbird", item.customer.domain)
        return [f"In-Reply-To: {ghost}", f"References: {fold_ids([ghost, *ids[-2:]])}"]
    return [f"In-Reply-To: {parent}", f"References: {fold_ids(ids[-12:])}"]


def _client_headers(
    rng: random.Random, sender: Person, msg: PlannedMessage, item: Item
) -> list[str]:
    client = sender.client
    if client == "outlook":
        idx = f"AQH{rng.getrandbits(120):030x}"
        return [
            f"Thread-Topic: {header_text(msg.subject, sender.charset, 'B')}",
            f"Thread-Index: {idx}",
            f"Content-Language: {item.lang.code}-{item.lang.code.upper()}",
            "X-MS-Has-Attach: " + ("yes" if msg.attachments else ""),
            "X-Mailer: Microsoft Outlook 16.0",
        ]
    if client == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird", f"Content-Language: {item.lang.code}"]
    if client == "apple":
        return ["X-Mailer: iPhone Mail (21E236)"]
    if client == "outlook_express":
        return [
            "X-Priority: 3",
            "X-MSMail-Priority: Normal",
            "X-Mailer: Microsoft Outlook Express 6.00.2900.5512",
            "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5512",
        ]
    if client == "webmail":
        return [f"X-Mailer: {rng.choice(('Roundcube Webmail/1.6.5', 'Yandex.Mail', 'GMX'))}"]
    return []


def _transport(rng: random.Random, domain: str, when: dt.datetime) -> list[str]:
    return [
        f"Delivered-To: {SHOP_ACCOUNT}",
        received_chain(rng, domain, when, rng.randrange(2, 4)),
        dkim_signature(rng, domain, "s1", "from:to:subject:date:message-id:mime-version"),
    ]


def _html_part(text: str, charset: str, cte: str) -> Part:
    return text_part(text, "html", charset, cte)


def render_order(item: Item) -> bytes:
    rng = item.rng("o")
    lang, ctx, cust = item.lang, item.ctx, item.customer
    shop, labels = lang.shop, lang.order_labels
    when = item.date.astimezone(local_tz(lang.code, item.date))
    cur = ctx["currency"]
    lines = []
    total = 0
    for _ in range(rng.choice((1, 1, 2, 3, 4))):
        qty = rng.choice((1, 1, 1, 2))
        price = rng.randrange(15, 900) * (100 if lang.code == "ru" else 1)
        total += qty * price
        lines.append((rng.choice(lang.products + lang.accessories), qty, price))
    shipping = rng.choice((0, 5, 7))
    total += shipping
    rows_txt = "\n".join(f"{p} × {q} = {q * pr:.2f} {cur}" for p, q, pr in lines)
    heading = fill(lang.order_heading, ctx)
    payment = rng.choice(lang.payments)
    addr = f"{cust.name}\n{ctx['phone']}\n{cust.email}"
    text = (
        f"{heading}\n\n[{labels[0]} / {labels[1]} / {labels[2]}]\n{rows_txt}\n\n"
        f"{labels[3]}: {total - shipping:.2f} {cur}\n{labels[4]}: {shipping:.2f} {cur}\n"
        f"{labels[5]}: {total:.2f} {cur}\n{labels[6]}: {payment}\n\n{labels[7]}:\n{addr}\n\n"
        f"{labels[8]}:\n{addr}\n\n{lang.order_note}\n"
    )
    cell = 'style="color:#636363;border:1px solid #e5e5e5;padding:12px;text-align:left;"'
    rows_html = "\n".join(
        f"<tr><td {cell}>{html.escape(p)}</td><td {cell}>{q}</td>"
        f"<td {cell}><span>{q * pr:.2f}&nbsp;{cur}</span></td></tr>"
        for p, q, pr in lines
    )
    pixel = ""
    if shop.platform == "shopify":
        pixel = (
            f'<img src="https://{shop.domain}/tools/emails/open/{rng.getrandbits(64):x}.gif" '
            'width="1" height="1" alt="">'
        )
    html_text = (
        f'<!DOCTYPE html><html lang="{lang.code}"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=UTF-8"><title>' + html.escape(shop.name) + "</title></head>"
        '<body style="background-color:#f7f7f7;padding:0;text-align:center;"><table width="100%"'
        ' id="outer_wrapper"><tr><td><div id="template_header_image"><p style="margin-top:0;">'
        f'<img src="https://{shop.domain}/wp-content/uploads/2023/02/logo-email.png" alt="'
        f'{html.escape(shop.name)}" style="border:none;display:inline-block;font-size:14px;'
        'font-weight:bold;height:auto;outline:none;text-decoration:none;max-width:600px;">'
        '</p></div><table border="0" cellpadding="0" cellspacing="0" width="600" '
        'id="template_container" style="background-color:#fff;border:1px solid #dedede;'
        "border-radius:3px;\"><tr><td><h1 style=\"font-family:'Helvetica Neue',Helvetica,"
        "Roboto,Arial,sans-serif;font-size:30px;font-weight:300;line-height:150%;margin:0;"
        f'color:#fff;background-color:#7f54b3;">{html.escape(heading)}</h1>'
        f'<table class="td" cellspacing="0" cellpadding="6" border="1" style="color:#636363;'
        f'border:1px solid #e5e5e5;width:100%;"><thead><tr><th {cell}>{labels[0]}</th>'
        f"<th {cell}>{labels[1]}</th><th {cell}>{labels[2]}</th></tr></thead><tbody>"
        f"{rows_html}</tbody><tfoot><tr><th {cell} colspan=2>{labels[3]}:</th><td {cell}>"
        f"{total - shipping:.2f}&nbsp;{cur}</td></tr><tr><th {cell} colspan=2>{labels[4]}:</th>"
        f"<td {cell}>{shipping:.2f}&nbsp;{cur}</td></tr><tr><th {cell} colspan=2>{labels[5]}:"
        f"</th><td {cell}><strong>{total:.2f}&nbsp;{cur}</strong></td></tr><tr><th {cell} "
        f"colspan=2>{labels[6]}:</th><td {cell}>{html.escape(payment)}</td></tr></tfoot>"
        f'</table><table id="addresses" cellspacing="0" cellpadding="0" border="0"><tr><td>'
        f"<h2>{labels[7]}</h2><address>{html.escape(addr).replace(chr(10), '<br>')}</address>"
        f"</td><td><h2>{labels[8]}</h2><address>{html.escape(addr).replace(chr(10), '<br>')}"
        f"</address></td></tr></table><p>{html.escape(lang.order_note)}</p></td></tr></table>"
        f"{pixel}</td></tr></table></body></html>"
    )
    plain = text_part(text, "plain", "utf-8", "quoted-printable")
    body = multipart(
        "alternative",
        [plain, _html_part(html_text, "utf-8", "quoted-printable")],
        f"b1_{rng.getrandbits(64):x}",
    )
    if rng.random() < 0.15:
        pdf = _attachment(rng, item, "invoice", 0, when, 0)
        body = multipart("mixed", [body, pdf], f"b2_{rng.getrandbits(64):x}")
    sender = (
        f"{shop.name} <wordpress@{shop.domain}>"
        if shop.platform == "woocommerce"
        else f"{shop.name} <store+{rng.randrange(10**7, 10**8)}@t.shopifyemail.com>"
    )
    head = [
        f"Return-Path: <wordpress@{shop.domain}>",
        *_transport(rng, shop.domain, when),
        f"Date: {format_date(when, 0)}",
        f"From: {header_text(sender, 'utf-8', 'B')}",
        f"Reply-To: {address(cust.name, cust.email, 'utf-8', 'B')}",
        f"To: {SHOP_ACCOUNT}",
        f"Subject: {header_text(fill(lang.order_subject, ctx), 'utf-8', 'B')}",
        f"Message-ID: <{rng.getrandbits(80):x}@{shop.domain}>",
        "X-Mailer: WooCommerce" if shop.platform == "woocommerce" else "X-Mailer: Shopify",
        "MIME-Version: 1.0",
    ]
    return "\n".join(head).encode() + b"\n" + body.as_bytes()


def render_form(item: Item) -> bytes:
    rng = item.rng("f")
    lang, ctx, cust, shop = item.lang, item.ctx, item.customer, item.lang.shop
    when = item.date.astimezone(local_tz(lang.code, item.date))
    labels = lang.form_labels
    text = (
        f"{labels[0]}: {cust.name}\n{labels[1]}: {cust.email}\n{labels[2]}: {ctx['phone']}\n"
        f"{labels[3]}:\n{rng.choice(lang.form_messages)}\n\n--\n"
        f"Contact Form 7 | https://www.{shop.domain}/kontakt/\n"
    )
    cs = "utf-8" if rng.random() < 0.7 else cust.charset
    body = text_part(text, "plain", cs, rng.choice(("8bit", "quoted-printable")))
    head = [
        f"Return-Path: <wordpress@{shop.domain}>",
        *_transport(rng, shop.domain, when),
        f"Date: {format_date(when, 0)}",
        f"To: {SHOP_ACCOUNT}",
        f"From: WordPress <wordpress@{shop.domain}>",
        f"Reply-To: {address(cust.name, cust.email, cs, cust.hdr_mode)}",
        f"Subject: {header_text(fill(lang.form_subject, ctx), cs, cust.hdr_mode)}",
        f"Message-ID: <{rng.getrandbits(120):x}@{shop.domain}>",
        "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
        "MIME-Version: 1.0",
    ]
    return "\n".join(head).encode() + b"\n" + body.as_bytes()


def _newsletter_html(rng: random.Random, lang: Lang, lines: list[str], host: str) -> str:
    blocks = []
    for k in range(rng.randrange(4, 12)):
        line = html.escape(rng.choice(lines))
        blocks.append(
            '<table role="presentation" cellpadding="0" cellspacing="0" width="100%" '
            'style="border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;">'
            f'<tr><td class="mcnImageContent" valign="top" style="padding:9px;text-align:center;">'
            f'<img align="center" alt="" src="https://{host}/images/{rng.getrandbits(64):x}.jpg" '
            'width="564" style="max-width:1200px;padding-bottom:0;display:inline !important;'
            'vertical-align:bottom;border:0;height:auto;outline:none;text-decoration:none;" '
            'class="mcnImage"></td></tr><tr><td class="mcnTextContent" style="padding:9px 18px;'
            "color:#202020;font-family:Helvetica;font-size:16px;line-height:150%;text-align:"
            f'left;"><h2>{line}</h2><p>{line} {html.escape(rng.choice(lines))}</p>'
            f'<a href="https://{host}/track/click?u={rng.getrandbits(64):x}&id={k}" '
            'style="background:#7f54b3;color:#fff;padding:12px 24px;border-radius:4px;">'
            "&rarr;</a></td></tr></table>"
        )
    pixel = (
        f'<img src="https://{host}/track/open.php?u={rng.getrandbits(64):x}&id='
        f'{rng.getrandbits(40):x}&e={rng.getrandbits(32):x}" height="1" width="1" alt="">'
    )
    return (
        f'<!doctype html><html lang="{lang.code}"><head><meta charset="UTF-8"><meta '
        'name="viewport" content="width=device-width, initial-scale=1"><style type="text/css">'
        "p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3,h4,h5,h6{display:"
        "block;margin:0;padding:0;}img,a img{border:0;height:auto;outline:none;text-decoration:"
        "none;}body,#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}"
        '</style></head><body><center><table align="center" border="0" cellpadding="0" '
        'cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" '
        'valign="top" id="bodyCell">' + "".join(blocks) + "</td></tr></table></center>"
        f"{pixel}</body></html>"
    )


def render_newsletter(item: Item) -> bytes:
    rng = item.rng("n")
    lang = item.lang
    when = item.date.astimezone(local_tz(lang.code, item.date))
    if rng.random() < 0.5:
        sender_name, domain = lang.shop.name, lang.shop.domain
        subject, lines = rng.choice(lang.newsletter_subjects), list(lang.newsletter_lines)
    else:
        sender_name, domain = rng.choice(
            (
                ("Bellino Europe", "bellino-coffee.eu"),
                ("Rösterei Kaffeewerk", "kaffeewerk-roesterei.de"),
                ("GLS Partner News", "gls-partner.eu"),
                ("Shopify", "shopify.com"),
            )
        )
        subject = rng.choice(
            ("New spare parts catalogue 2024", "Price list update", "Partner newsletter", "Q3")
        )
        lines = [
            "Our new spare parts catalogue is attached.",
            "Prices change from the first of next month.",
            "Meet us at HostMilano, hall 22, stand B14.",
            "New: Bellino Duo in matt black.",
        ]
    host = f"mail.{domain}"
    html_text = _newsletter_html(rng, lang, lines, host)
    plain_text = "\n\n".join(rng.choice(lines) for _ in range(rng.randrange(4, 10)))
    body: Part = multipart(
        "alternative",
        [
            text_part(plain_text, "plain", "utf-8", "quoted-printable"),
            text_part(html_text, "html", "utf-8", "quoted-printable"),
        ],
        boundary(rng, "other"),
    )
    if rng.random() < 0.006:  # a few larger messages: a supplier's catalogue
        size = rng.randrange(1_500_000, 3_500_000)
        cat = binary_part(
            _PDF_HEAD + rng.randbytes(size), "application/pdf", f"Catalogue_{when.year}.pdf"
        )
        body = multipart("mixed", [body, cat], boundary(rng, "other"))
    head = [
        f"Return-Path: <bounce-{rng.getrandbits(48):x}@{host}>",
        *_transport(rng, domain, when),
        f"Date: {format_date(when, 0)}",
        f"From: {header_text(sender_name, 'utf-8', 'Q')} <news@{domain}>",
        f"To: {SHOP_ACCOUNT}",
        f"Subject: {header_text(subject, 'utf-8', rng.choice(('B', 'Q')))}",
        f"Message-ID: <{rng.getrandbits(100):x}.{rng.randrange(10**6)}@{host}>",
        f"List-Unsubscribe: <https://{host}/unsubscribe?u={rng.getrandbits(64):x}>,\n"
        f" <mailto:unsubscribe@{host}?subject=unsubscribe>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"List-Id: {sender_name} <{rng.getrandbits(40):x}.list-id.{host}>",
        "Precedence: bulk",
        "X-Mailer: Mailchimp Mailer - **CID" + f"{rng.getrandbits(40):x}**",
        "MIME-Version: 1.0",
    ]
    return "\n".join(head).encode() + b"\n" + body.as_bytes()


def render_spam(item: Item) -> bytes:
    rng = item.rng("s")
    when = item.date.astimezone(local_tz(item.lang.code, item.date))
    spammer = make_person(rng, item.lang, "webmail")
    subject = rng.choice(SPAM_SUBJECTS)
    charset = rng.choice(("utf-8", "windows-1251", "iso-8859-2", "koi8-r", "windows-1254"))
    lines = [rng.choice(SPAM_LINES) for _ in range(rng.randrange(2, 6))]
    text = "\n\n".join(lines)
    _, charset = encode_text(text, charset)
    link = f"https://{rng.getrandbits(40):x}.click-offer.biz/r/{rng.getrandbits(64):x}"
    html_text = (
        f'<html><body bgcolor="#ffffff"><p><a href="{link}"><img src="{link}/banner.gif"></a>'
        + "".join(
            f'<p style="font-size:{rng.randrange(9, 20)}px">{html.escape(x)}</p>' for x in lines
        )
        + f'<img src="{link}/o.gif" width="1" height="1"></body></html>'
    )
    cte = rng.choice(("base64", "quoted-printable", "8bit"))
    body: Part = multipart(
        "alternative",
        [text_part(text, "plain", charset, cte), text_part(html_text, "html", charset, cte)],
        boundary(rng, "other"),
    )
    if rng.random() < 0.1:
        size = rng.randrange(20_000, 80_000)
        zipped = binary_part(b"PK\x03\x04" + rng.randbytes(size), "application/zip", "Invoice.zip")
        body = multipart("mixed", [body, zipped], boundary(rng, "other"))
    mode = rng.choice(("B", "Q", "raw"))
    head = [
        f"Return-Path: <{spammer.email}>",
        f"Delivered-To: {SHOP_ACCOUNT}",
        received_chain(rng, spammer.domain, when, rng.randrange(1, 4)),
        f"Date: {format_date(when, rng.randrange(5))}",
        f"From: {address(spammer.name, spammer.email, charset, mode)}",
        f"To: {rng.choice((SHOP_ACCOUNT, 'undisclosed-recipients:;'))}",
        f"Subject: {header_text(subject, charset, mode)}",
        f"Message-ID: <{rng.getrandbits(64):x}@{spammer.domain}>",
        f"X-Spam-Status: Yes, score={rng.randrange(50, 250) / 10:.1f} required=5.0",
        "X-Spam-Flag: YES",
        "MIME-Version: 1.0",
    ]
    return "\n".join(head).encode() + b"\n" + body.as_bytes()


def render_single(item: Item) -> bytes:
    if item.kind == "order":
        return render_order(item)
    if item.kind == "form":
        return render_form(item)
    if item.kind == "newsletter":
        return render_newsletter(item)
    return render_spam(item)
