"""Hand-rolled MIME assembly for the benchmark corpus.

The corpus is built from bytes rather than through :mod:`email` because it has to be fast
(20,000 messages in well under a minute) and because it has to produce what real clients
send, legacy charsets, 8-bit bodies and raw 8-bit headers included, which the standard
library's generator would "fix".

Line endings are LF, as in a Maildir file.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import html
import random
from collections.abc import Sequence
from dataclasses import dataclass

# Characters that a legacy charset may lack, and what a real client sends instead.
_FALLBACKS = str.maketrans(
    {
        "€": "EUR",
        "—": "-",
        "–": "-",
        "−": "-",
        "«": '"',
        "»": '"',
        "„": '"',
        "“": '"',
        "”": '"',
        "’": "'",
        "№": "No.",
        "…": "...",
    }
)
_QP_SAFE = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def encode_text(text: str, charset: str) -> tuple[bytes, str]:
    """``text`` in ``charset``; where it can't be, with ASCII stand-ins, else in UTF-8."""
    try:
        return text.encode(charset), charset
    except UnicodeEncodeError:
        pass
    try:
        return text.translate(_FALLBACKS).encode(charset), charset
    except UnicodeEncodeError:
        return text.encode("utf-8"), "utf-8"


def is_ascii(text: str) -> bool:
    return text.isascii()


def encoded_words(text: str, charset: str, mode: str) -> str:
    """RFC 2047 encoded words for ``text`` (``mode`` "B" or "Q"), folded between words."""
    data, charset = encode_text(text, charset)
    prefix = f"=?{charset}?{mode}?"
    budget = 75 - len(prefix) - 2
    words: list[str] = []
    if mode == "B":
        step = max(3, (budget // 4) * 3)
        # Cut on character boundaries: encode char by char into chunks of <= step bytes.
        chunk = bytearray()
        for ch in text:
            piece = encode_text(ch, charset)[0]
            if chunk and len(chunk) + len(piece) > step:
                words.append(prefix + base64.b64encode(bytes(chunk)).decode() + "?=")
                chunk.clear()
            chunk += piece
        if chunk:
            words.append(prefix + base64.b64encode(bytes(chunk)).decode() + "?=")
    else:
        current: list[str] = []
        size = 0
        for byte in data:
            if byte == 0x20:
                token = "_"
            elif byte in _QP_SAFE:
                token = chr(byte)
            else:
                token = f"={byte:02X}"
            if size + len(token) > budget:
                words.append(prefix + "".join(current) + "?=")
                current, size = [], 0
            current.append(token)
            size += len(token)
        if current:
            words.append(prefix + "".join(current) + "?=")
    return "\n ".join(words)


def header_text(text: str, charset: str, mode: str) -> str:
    """An unstructured header value: plain if ASCII, raw if ``mode`` is "raw", else RFC 2047."""
    if is_ascii(text) or mode == "raw":
        return text
    return encoded_words(text, charset, mode)


def address(name: str, email: str, charset: str, mode: str) -> str:
    if not name:
        return email
    if is_ascii(name) or mode == "raw":
        specials = any(c in name for c in ',.;:@<>()[]"\\')
        shown = '"' + name.replace('"', '\\"') + '"' if specials else name
    else:
        shown = encoded_words(name, charset, mode)
    return f"{shown} <{email}>"


def fold_ids(ids: Sequence[str]) -> str:
    return "\n ".join(ids)


@dataclass(frozen=True)
class Part:
    """A MIME entity as bytes: its header lines (without the final blank line) and body."""

    headers: bytes
    body: bytes

    def as_bytes(self) -> bytes:
        return self.headers + b"\n\n" + self.body


def text_part(
    text: str,
    subtype: str,
    charset: str,
    cte: str,
    *,
    flowed: bool = False,
    declare_charset: bool = True,
) -> Part:
    """A text/* part with ``cte`` one of 7bit, 8bit, quoted-printable, base64.

    ``declare_charset=False`` leaves the charset parameter out, as some old clients did even
    for 8-bit bodies.
    """
    data, charset = encode_text(text, charset)
    if cte in ("7bit", "8bit") and data.isascii():
        cte = "7bit"
    elif cte == "7bit":
        cte = "quoted-printable"
    if cte == "quoted-printable":
        body = binascii.b2a_qp(data, istext=True)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    params = f'; charset="{charset}"' if declare_charset else ""
    if flowed:
        params += "; format=flowed"
    head = f"Content-Type: text/{subtype}{params}\nContent-Transfer-Encoding: {cte}"
    return Part(head.encode(), body.rstrip(b"\n") + b"\n")


def binary_part(
    data: bytes,
    ctype: str,
    filename: str,
    *,
    inline_cid: str | None = None,
    name_style: str = "2231",
) -> Part:
    """A base64 attachment; the filename in RFC 2231 (``name_style`` "2231"), RFC 2047
    inside quotes as Outlook does ("2047"), or raw 8-bit UTF-8 ("raw")."""
    if filename.isascii() or name_style == "raw":
        disp_name = f'filename="{filename}"'
        ct_name = f'name="{filename}"'
    elif name_style == "2047":
        enc = encoded_words(filename, "utf-8", "B").replace("\n ", "")
        disp_name = f'filename="{enc}"'
        ct_name = f'name="{enc}"'
    else:
        quoted = "".join(
            chr(b) if (chr(b).isalnum() and b < 128) or b in b"-._" else f"%{b:02X}"
            for b in filename.encode()
        )
        disp_name = f"filename*=utf-8''{quoted}"
        ct_name = f'name="{encoded_words(filename, "utf-8", "B").replace(chr(10) + " ", "")}"'
    lines = [f"Content-Type: {ctype};\n {ct_name}", "Content-Transfer-Encoding: base64"]
    if inline_cid:
        lines.append(f"Content-ID: <{inline_cid}>")
        lines.append(f"Content-Disposition: inline;\n {disp_name}")
    else:
        lines.append(f"Content-Disposition: attachment;\n {disp_name}")
    return Part("\n".join(lines).encode(), base64.encodebytes(data))


def multipart(subtype: str, parts: Sequence[Part], boundary: str, extra: str = "") -> Part:
    chunks: list[bytes] = []
    for part in parts:
        chunks.append(b"--" + boundary.encode() + b"\n" + part.as_bytes())
    body = b"\n".join(chunks) + b"\n--" + boundary.encode() + b"--\n"
    head = f'Content-Type: multipart/{subtype};{extra}\n boundary="{boundary}"'
    return Part(head.encode(), body)


def boundary(rng: random.Random, style: str) -> str:
    hexs = f"{rng.getrandbits(96):024x}"
    if style == "gmail":
        return f"000000000000{hexs[:12]}"
    if style == "outlook":
        return f"_000_{hexs[:8].upper()}{hexs[8:20].upper()}prod_"
    if style == "apple":
        return f"Apple-Mail-{hexs[:8].upper()}-{hexs[8:12].upper()}-{hexs[12:16].upper()}"
    if style == "thunderbird":
        return f"------------{hexs[:24]}"
    return f"----=_Part_{rng.randrange(10**6)}_{rng.randrange(10**9)}.{rng.randrange(10**13)}"


def message_id(rng: random.Random, client: str, domain: str) -> str:
    if client == "gmail":
        tail = base64.b64encode(rng.randbytes(42), altchars=b"+_").decode().rstrip("=")
        return f"<CA{tail}@mail.gmail.com>"
    if client == "outlook":
        host = f"AM{rng.randrange(10)}PR{rng.randrange(10):02d}MB{rng.randrange(10000):04d}"
        hexs = f"{rng.getrandbits(128):032X}"
        return f"<{host}{hexs}@{host}.eurprd0{rng.randrange(1, 9)}.prod.outlook.com>"
    if client == "apple":
        h = f"{rng.getrandbits(128):032X}"
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    if client == "thunderbird":
        h = f"{rng.getrandbits(128):032x}"
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    return f"<{rng.randrange(10**15)}.{rng.randrange(10**6)}@{domain}>"


def format_date(when: dt.datetime, style: int) -> str:
    """RFC 5322 dates in the shapes clients use (with and without weekday, with a comment)."""
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    off = when.utcoffset() or dt.timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    zone = f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    core = f"{when.day} {months[when.month - 1]} {when.year} {when:%H:%M:%S} {zone}"
    if style == 1:
        return core
    if style == 2:
        return f"{days[when.weekday()]}, {when.day:02d}{core[len(str(when.day)) :]}"
    if style == 3:
        names = {60: "CET", 120: "CEST", 180: "MSK", 0: "UTC"}
        return f"{days[when.weekday()]}, {core} ({names.get(minutes, 'GMT')})"
    return f"{days[when.weekday()]}, {core}"


def dkim_signature(rng: random.Random, domain: str, selector: str, headers: str) -> str:
    bh = base64.b64encode(rng.randbytes(32)).decode()
    sig = base64.b64encode(rng.randbytes(256)).decode()
    sig_lines = "\n\t ".join(sig[i : i + 70] for i in range(0, len(sig), 70))
    return (
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n\td={domain}; s={selector}; "
        f"t={rng.randrange(1_600_000_000, 1_760_000_000)};\n\th={headers};\n\tbh={bh};\n\t"
        f"b={sig_lines}"
    )


def received_chain(rng: random.Random, sender_domain: str, when: dt.datetime, hops: int) -> str:
    """``hops`` Received lines, newest first, with documentation-range addresses."""
    lines: list[str] = []
    stamp = format_date(when, 0)
    for hop in range(hops):
        ip = f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randrange(1, 255)}"
        sid = f"{rng.getrandbits(48):012X}"
        if hop == 0:
            lines.append(
                f"Received: from mx.kavomat.hr (localhost [127.0.0.1])\n\tby mail.kavomat.hr "
                f"(Postfix) with ESMTP id {sid}\n\tfor <info@kavomat.hr>; {stamp}"
            )
        else:
            lines.append(
                f"Received: from mail-{hop}.{sender_domain} (mail-{hop}.{sender_domain} [{ip}])\n"
                f"\tby mx.kavomat.hr (Postfix) with ESMTPS id {sid}\n\t(using TLSv1.3 with "
                f"cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t; {stamp}"
            )
    return "\n".join(lines)


HTML_STYLES = {
    "outlook": (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
        'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://'
        'schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 '
        "5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 "
        "4;}\n@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, "
        "li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"
        '"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:'
        "EN-US;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\t"
        "text-decoration:underline;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;"
        '\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n.MsoChpDefault\n\t{mso-'
        "style-type:export-only;\n\tfont-size:11.0pt;\n\tmso-fareast-language:EN-US;}\n@page "
        "WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n"
        '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]>'
        '<xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
        "</o:shapelayout></xml><![endif]-->\n</head>\n"
        '<body lang="HR" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
    ),
    "gmail": '<div dir="ltr">',
    "apple": (
        '<html aria-label="message body"><head><meta http-equiv="content-type" '
        'content="text/html; charset={charset}"></head><body style="overflow-wrap: break-word; '
        '-webkit-nbsp-mode: space; line-break: after-white-space;"><div dir="ltr">'
    ),
    "default": (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
        'charset={charset}">\n</head>\n<body style="font-family: Arial, sans-serif; '
        'font-size: 10pt;">\n'
    ),
}
HTML_ENDS = {
    "outlook": "</div>\n</body>\n</html>\n",
    "gmail": "</div>\n",
    "apple": "</div></body></html>\n",
    "default": "</body>\n</html>\n",
}


def paragraphs_html(paragraphs: Sequence[str], client: str) -> str:
    out: list[str] = []
    for para in paragraphs:
        lines = "<br>\n".join(html.escape(line, quote=False) for line in para.split("\n"))
        if client == "outlook":
            out.append(f'<p class="MsoNormal"><span lang="HR">{lines}<o:p></o:p></span></p>')
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif client in ("gmail", "apple"):
            out.append(f"<div>{lines}</div><div><br></div>")
        else:
            out.append(f"<p>{lines}</p>")
    return "\n".join(out)
