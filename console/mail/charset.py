"""Turning bytes into text for a declared MIME charset, with repair of wrong labels.

Mail declares charsets badly: misspelt labels ("cp-1250", "windows1251"), labels that name the
wrong charset (Cyrillic text labelled windows-1252), no label at all, or raw 8-bit headers.
``decode_bytes`` trusts a declared charset only when the bytes decode strictly and the result
looks like text; otherwise it detects the charset with charset-normalizer, restricted to the
charsets our shops see, and lets ``textscore.plausibility`` settle near-ties between
confusable single-byte charsets (ISO-8859-2 vs Windows-1250, KOI8-R vs Windows-1251). The last
resort is UTF-8 with replacement characters. Nothing here raises for any input.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from charset_normalizer import from_bytes

from console.mail.textscore import BEST, plausibility

# Labels seen in the wild that Python does not know, or knows under another name.
_ALIASES: Final[dict[str, str | None]] = {
    "unicode-1-1-utf-7": "utf-7",
    "unicode-2-0-utf-7": "utf-7",
    "x-unicode20utf7": "utf-7",
    "unicode-1-1-utf-8": "utf-8",
    "unicode-2-0-utf-8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "utf8mb4": "utf-8",
    "x-unknown": None,
    "unknown": None,
    "unknown-8bit": None,
    "x-unknown-8bit": None,
    "x-user-defined": None,
    "default": None,
    "default_charset": None,
    "charset": None,
    "us-ascii": "ascii",
    "ansi_x3.4-1968": "ascii",
    "iso-8859-8-i": "iso8859-8",
    "iso-8859-6-i": "iso8859-6",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "x-gbk": "gb18030",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-roman": "mac-roman",
    "macintosh": "mac-roman",
    "tis-620": "cp874",
    "windows-874": "cp874",
    "x-cp1250": "cp1250",
    "x-cp1251": "cp1251",
}

# Decode with a superset of the declared charset, as browsers do (WHATWG Encoding Standard).
_SUPERSETS: Final[dict[str, str]] = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    "iso8859-11": "cp874",
}

# Codecs that are not charsets (bytes-to-bytes codecs are excluded separately).
_NOT_CHARSETS: Final = frozenset(
    {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined", "mbcs", "oem"}
)

# Codecs that can turn pure-ASCII bytes into non-ASCII text.
_ASCII_INCOMPATIBLE: Final = frozenset(
    {
        "utf-7",
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "utf-32-le",
        "utf-32-be",
        "iso2022_jp",
        "iso2022_jp_1",
        "iso2022_jp_2",
        "iso2022_jp_2004",
        "iso2022_jp_3",
        "iso2022_jp_ext",
        "iso2022_kr",
        "hz",
    }
)

# On a tie (identical text, e.g. German in Windows-1250 and -1252) the first one wins.
_SINGLE_BYTE_CANDIDATES: Final = (
    "cp1252",
    "cp1250",
    "iso8859-2",
    "cp1251",
    "koi8-r",
    "iso8859-15",
    "cp1254",
)
# What charset-normalizer may choose from: our shops' charsets plus the CJK ones of spam.
_DETECTION_CANDIDATES: Final = (
    "utf_8",
    "cp1250",
    "iso8859_2",
    "cp1251",
    "koi8_r",
    "cp1252",
    "iso8859_15",
    "cp1254",
    "gb18030",
    "big5",
    "cp932",
    "euc_jp",
    "euc_kr",
)
_DETECTION_SAMPLE: Final = 32 * 1024
_SHORT: Final = 256
_CN_BONUS: Final = 0.25
_HINT_BONUS: Final = 0.15
_MOJIBAKE_BELOW: Final = 0.3
_DECLARED_BONUS: Final = 0.35
_SIBLING_SAMPLE: Final = 4096
_UTF8_NOISE: Final = 20
_UTF8_REPLACEMENT_CHAR: Final = "\ufffd".encode()
_HIGH_BYTES: Final = re.compile(rb"[\x80-\xff]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, the codec that was used and what was wrong, if anything."""

    text: str
    charset: str
    defect: str | None = None


def _lookup(name: str) -> str | None:
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def _squashed_lookup(label: str) -> str | None:
    squashed = re.sub(r"[^a-z0-9]", "", label)
    if squashed.startswith("x"):
        squashed = squashed[1:]
    match = re.fullmatch(r"(?:windows|win|cp|ms|ansi)(\d{3,4})", squashed)
    if match:
        return _lookup("cp" + match.group(1))
    match = re.fullmatch(r"iso8859(1[0-6]|[1-9])(?:i|e|1987|1988|1989|1992|1998|1999)?", squashed)
    if match:
        return _lookup("iso8859-" + match.group(1))
    match = re.fullmatch(r"latin(\d{1,2})", squashed)
    if match:
        return _lookup("latin" + match.group(1))
    match = re.fullmatch(r"koi8(r|u|ru)", squashed)
    if match:
        return _lookup("koi8-u" if match.group(1) == "u" else "koi8-r")
    if squashed in ("utf8", "unicode", "utf"):
        return "utf-8"
    return _lookup(squashed)


@lru_cache(maxsize=512)
def normalize_charset(label: str | None) -> str | None:
    """Python codec name for a MIME charset label; None when absent, unknown or not a charset.

    Ambiguous legacy labels are widened to the superset that mailers really use
    (ISO-8859-1 and US-ASCII to Windows-1252, ISO-8859-9 to Windows-1254, GB2312 to GB18030).
    """
    if not label or len(label) > 64:
        return None
    cleaned = label.strip().strip("\"'").strip().lower().split("*", 1)[0]
    if not cleaned:
        return None
    if cleaned in _ALIASES:
        aliased = _ALIASES[cleaned]
        if aliased is None:
            return None
        cleaned = aliased
    name = _lookup(cleaned) or _squashed_lookup(cleaned)
    if name is None:
        return None
    return _SUPERSETS.get(name, name)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError):
        return None


def _replacing(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec, errors="replace")
    except (UnicodeError, LookupError):
        return None


def _normalizer_guess(data: bytes) -> str | None:
    try:
        best = from_bytes(data[:_DETECTION_SAMPLE], cp_isolation=list(_DETECTION_CANDIDATES)).best()
    except Exception:  # charset-normalizer is third-party code: never let it break parsing
        return None
    if best is None:
        return None
    return normalize_charset(best.encoding)


def detect_charset(data: bytes, hint: str | None = None) -> Decoded | None:
    """Best strict decoding of non-ASCII ``data`` among our candidate charsets, or None."""
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return Decoded(utf8, "utf-8")
    utf8 = data.decode("utf-8", errors="replace")
    broken = utf8.count("\ufffd") - data.count(_UTF8_REPLACEMENT_CHAR)
    if broken * _UTF8_NOISE <= len(_HIGH_BYTES.findall(data[:_DETECTION_SAMPLE])):
        # Valid UTF-8 but for a few sequences (often a name truncated mid-character).
        return Decoded(utf8, "utf-8", "charset:invalid utf-8 sequences replaced")
    candidates: dict[str, float] = {}
    if len(data) >= _SHORT:
        guess = _normalizer_guess(data)
        if guess is not None:
            candidates[guess] = _CN_BONUS
    if hint is not None and hint not in ("utf-8", "ascii"):
        candidates[hint] = max(candidates.get(hint, 0.0), _HINT_BONUS)
    for codec in _SINGLE_BYTE_CANDIDATES:
        candidates.setdefault(codec, 0.0)
    best: Decoded | None = None
    best_score = float("-inf")
    for codec, bonus in candidates.items():
        text = _strict(data, codec)
        if text is None:
            continue
        score = plausibility(text) + bonus
        if score > best_score:
            best, best_score = Decoded(text, codec), score
    most_common = _SINGLE_BYTE_CANDIDATES[0]
    if best is not None and best.charset != most_common and _strict(data, most_common) == best.text:
        # Name the most common charset when it reads the bytes identically (German text).
        return Decoded(best.text, most_common)
    return best


def _better_sibling(data: bytes, own_score: float, codec: str) -> Decoded | None:
    """A confusable single-byte charset that reads ``data`` clearly better than ``codec``."""
    if codec not in _SINGLE_BYTE_CANDIDATES or own_score + _DECLARED_BONUS >= BEST:
        return None  # nothing can beat a coherent reading by the margin
    sample = data[:_SIBLING_SAMPLE]
    best_codec: str | None = None
    best_score = own_score + _DECLARED_BONUS
    for sibling in _SINGLE_BYTE_CANDIDATES:
        if sibling == codec:
            continue
        other = _strict(sample, sibling)
        if other is None:
            continue
        score = plausibility(other)
        if score > best_score:
            best_codec, best_score = sibling, score
    if best_codec is None:
        return None
    text = _strict(data, best_codec)
    return None if text is None else Decoded(text, best_codec)


def decode_bytes(data: bytes, declared: str | None = None, *, hint: str | None = None) -> Decoded:
    """Decode ``data`` labelled with charset ``declared`` (a raw label, may be bogus).

    ``hint`` is a codec name to prefer when the label is missing or wrong (for headers: the
    charset of the message body). Never raises.
    """
    codec = normalize_charset(declared)
    if not data:
        return Decoded("", codec or "ascii")
    if data.isascii() and (codec is None or codec not in _ASCII_INCOMPATIBLE):
        return Decoded(data.decode("ascii"), codec or "ascii")
    fallback: Decoded | None = None
    if codec is not None:
        text = _strict(data, codec)
        if text is not None and (codec == "utf-8" or codec in _ASCII_INCOMPATIBLE):
            return Decoded(text, codec)
        if text is not None and _strict(data, "utf-8") is not None:
            # Non-ASCII bytes that are valid UTF-8 are UTF-8 in practice.
            return Decoded(
                data.decode("utf-8"), "utf-8", f"charset:declared {codec} wrong, detected utf-8"
            )
        if text is not None:
            score = plausibility(text)
            if score >= _MOJIBAKE_BELOW:
                sibling = _better_sibling(data, score, codec)
                if sibling is None:
                    return Decoded(text, codec)
                defect = f"charset:declared {codec} wrong, detected {sibling.charset}"
                return Decoded(sibling.text, sibling.charset, defect)
        if text is None:
            replaced = _replacing(data, codec)
            if replaced is not None:
                defect = f"charset:invalid {codec} sequences replaced"
                fallback = Decoded(replaced, codec, defect)
        else:
            fallback = Decoded(text, codec)
    detected = detect_charset(data, hint=codec or normalize_charset(hint))
    if detected is not None and (
        fallback is None
        or plausibility(detected.text)
        > plausibility(fallback.text) + (0.0 if fallback.defect else _DECLARED_BONUS)
    ):
        if declared is None or not declared.strip():
            defect = f"charset:undeclared 8-bit text, detected {detected.charset}"
        elif codec is None:
            defect = f"charset:unknown {declared.strip()[:40]!r}, detected {detected.charset}"
        elif detected.charset == codec:
            return Decoded(detected.text, codec)
        else:
            defect = f"charset:declared {codec} wrong, detected {detected.charset}"
        return Decoded(detected.text, detected.charset, defect)
    if fallback is not None:
        return fallback
    return Decoded(
        data.decode("utf-8", errors="replace"), "utf-8", "charset:undecodable, used utf-8"
    )
