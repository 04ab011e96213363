"""HTML bodies: sanitizing for display and converting to plain text.

Both functions let nh3 (ammonia on html5ever) parse the untrusted markup; what they do
afterwards works on nh3's serialization, which is canonical (attribute values double-quoted,
``&``, ``"``, ``<`` and ``>`` escaped in them, raw text only inside ``<style>``), so the
regular expressions below operate on well-formed markup, never on the original input.

Remote content never loads from sanitized HTML: ``<img src="https://...">`` becomes
``<img data-remote-src="https://...">`` (the UI may copy it back when the user asks to load
images), ``background`` attributes likewise. Their values are read as browsers read URLs
(``" https://x"``, ``"ht\\ttps://x"`` and ``"https:x"`` all load from the network): only
``cid:`` images keep their ``src``, web URLs are parked, anything else is dropped. CSS
comments are removed and ``url()``, ``image()``, ``@import``, ``expression()`` and CSS escapes
are removed from ``style`` attributes and ``<style>`` elements. ``data:`` URLs are dropped
everywhere (an image can hide other media types; links to data: URLs are a phishing tool).
"""

from __future__ import annotations

import html as html_entities
import re
from itertools import accumulate
from typing import Final

import nh3

MAX_HTML: Final = 2 * 1024 * 1024

_LAYOUT_ATTRIBUTES: Final = frozenset(
    {
        "align",
        "valign",
        "width",
        "height",
        "bgcolor",
        "color",
        "dir",
        "lang",
        "title",
        "border",
        "cellpadding",
        "cellspacing",
        "colspan",
        "rowspan",
        "face",
        "size",
        "style",
        "class",
        "start",
        "type",
        "span",
        "nowrap",
    }
)
_DROP_WITH_CONTENT: Final = frozenset(
    {
        "script",
        "title",
        "noscript",
        "template",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "svg",
        "math",
        "textarea",
        "select",
        "noembed",
        "noframes",
        "xmp",
        "plaintext",
    }
)
_SANITIZER: Final = nh3.Cleaner(
    tags=(set(nh3.ALLOWED_TAGS) - {"area", "map"}) | {"font", "style", "big", "main", "section"},
    clean_content_tags=set(_DROP_WITH_CONTENT),
    attributes={
        "*": set(_LAYOUT_ATTRIBUTES),
        "a": {"href", "name"},
        "img": {"src", "alt"},
        "table": {"background"},
        "td": {"background"},
        "th": {"background"},
        "tr": {"background"},
    },
    url_schemes={"http", "https", "mailto", "tel", "cid"},
    url_relative="deny",
    link_rel="noopener noreferrer",
    strip_comments=True,
)

_BLOCK_TAGS: Final = frozenset(
    {
        "p",
        "div",
        "tr",
        "table",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "center",
        "address",
        "figure",
        "figcaption",
        "caption",
        "details",
        "summary",
        "aside",
        "nav",
        "main",
    }
)
_TEXT_CLEANER: Final = nh3.Cleaner(
    tags=set(_BLOCK_TAGS) | {"br", "li", "a", "td", "th", "blockquote"},
    clean_content_tags=set(_DROP_WITH_CONTENT) | {"style", "head"},
    attributes={"a": {"href"}},
    url_schemes={"http", "https", "mailto", "tel"},
    url_relative="deny",
    link_rel=None,
    strip_comments=True,
)

# In nh3's output "<" in text is escaped and attribute values hold no '"', "<" or ">": outside
# style sheets every "<" + letter opens a tag whose attributes can be read one after another.
# Matching attributes anywhere else (inside another attribute's value, in text, in CSS) would
# rewrite the wrong span and could turn text into markup. Only tags with an attribute that may
# need rewriting match: "src" or "background", or a "style" whose value holds something that
# ``_CSS_MAYBE_REWRITTEN`` finds (no value holds '"', so ' src="' starts an attribute and
# '[^"]*' stays inside its value). The others, most tags of a mail (table cells with a plain
# style among them), are passed over by the regex engine instead of a Python callback each.
_STYLE_SHEET_OR_REWRITTEN_TAG: Final = re.compile(
    r"<style\b[^>]*>(.*?)</style>"
    r"|<([a-zA-Z][a-zA-Z0-9]*)(\s(?:[^>]*?\s)?"
    r'(?:(?i:src|background)="'
    # A style value up to what _CSS_MAYBE_REWRITTEN finds: runs of characters that cannot
    # start it are passed in one step (an atomic group: no backtracking into a run).
    r'|(?i:style)="(?>[^"(\\@&/bB]+|/(?!\*)|[bB](?!(?i:ehavior|inding)))*'
    r"(?:[(\\@&]|/\*|(?i:behavior|binding)))"
    r"[^>]*)>",
    re.DOTALL,
)
_ATTRIBUTES: Final = re.compile(r'(?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*\s*/?')
_REWRITTEN_ATTRIBUTE: Final = re.compile(r'\s+((?i:src|background|style))="([^"]*)"')
"""An attribute that may need rewriting, in a tag's attributes that ``_ATTRIBUTES`` accepts:
no value holds '"', so '="' always follows an attribute's name, never text inside a value."""
_URL_TAGS: Final = frozenset({"img", "table", "td", "th", "tr"})
_URL_IGNORED: Final = re.compile(r"[\t\n\r]")
_URL_EDGES: Final = "".join(chr(code) for code in range(0x21))
_URL_SCHEME: Final = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
_CSS_RISK: Final = re.compile(
    r"(?:url|image|image-set|-webkit-image-set|cross-fade|src|element|expression)\s*\(|\\"
    r"|@import|behavior|-moz-binding"
)
"""CSS that can load something or run code, searched in lower-cased CSS (see ``_css_risk``)."""
_CSS_FUNCTION: Final = re.compile(
    r"(?:url|image|image-set|-webkit-image-set|cross-fade|src|element)\s*\((?:[^()]|\([^()]*\))*\)",
    re.IGNORECASE,
)
_CSS_IMPORT: Final = re.compile(r"@import[^;]*;?", re.IGNORECASE)
_CSS_HOSTILE: Final = re.compile(r"\\|expression\s*\(|behavior\s*:|-moz-binding", re.IGNORECASE)
_REMOTE_HINT: Final = re.compile(r"https?:|//", re.IGNORECASE)
_CSS_COMMENT: Final = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_CSS_MAYBE_REWRITTEN: Final = re.compile(r"[(\\@&]|/\*|behavior|binding", re.IGNORECASE)
"""What a style value needs before ``_CSS_RISK`` or ``_CSS_COMMENT`` can match in it (or in
its unescaped form): without any of these it is kept as it is."""

_SURROGATE: Final = re.compile(r"[\ud800-\udfff]")
_SNIFF: Final = 4096
_DEPTH_SCAN_FROM_TAGS: Final = 2000
_MAX_NESTING: Final = 400
_CONTAINERS: Final = (
    "div|span|table|tbody|thead|tr|td|th|blockquote|ul|ol|li|p|font|center|section|article|a|"
    "dl|dd|dt|form|label|main|header|footer|nav|aside|figure|figcaption|details|summary|h[1-6]|"
    "pre|small|big|address|dialog|dir|fieldset|hgroup|menu|listing|xmp|caption|colgroup"
)
_CONTAINER_TAG: Final = re.compile(rf"<(/?)(?:{_CONTAINERS})\b", re.IGNORECASE)
_CONTAINER_TAG_WHOLE: Final = re.compile(rf"</?(?:{_CONTAINERS})\b[^>]*>?", re.IGNORECASE)


def _flatten_deep_nesting(markup: str) -> str:
    """Drop container tags from absurdly nested markup.

    html5ever's tree builder is quadratic in nesting depth (50,000 nested ``<div>`` take
    seconds); real mail nests a few dozen levels. Only documents with many tags are scanned.
    """
    if markup.count("<") < _DEPTH_SCAN_FROM_TAGS:
        return markup
    steps = _CONTAINER_TAG.findall(markup)
    depth = max(accumulate(-1 if closing else 1 for closing in steps), default=0)
    if depth <= _MAX_NESTING:
        return markup
    return _CONTAINER_TAG_WHOLE.sub(" ", markup)


def _safe_input(markup: str) -> str:
    if len(markup) > MAX_HTML:
        markup = markup[:MAX_HTML]
    markup = markup.replace("\x00", "")
    if _SURROGATE.search(markup):
        markup = _SURROGATE.sub("\ufffd", markup)
    return _flatten_deep_nesting(markup)


def _clean(cleaner: nh3.Cleaner, markup: str) -> str:
    try:
        return str(cleaner.clean(_safe_input(markup)))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # a Rust panic surfaces as pyo3's PanicException (a BaseException)
        return html_entities.escape(_safe_input(markup)[:MAX_HTML])


class _RemoteFlag:
    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen = False


def _css_risk(css: str) -> bool:
    """Whether ``css`` holds what ``_CSS_RISK`` finds, in any ASCII case.

    CSS keywords are ASCII case-insensitive. Lower-casing first and searching case
    sensitively is three times faster than an ``IGNORECASE`` regex of alternatives.
    """
    return _CSS_RISK.search(css.lower()) is not None


def _filter_declarations(style: str, flag: _RemoteFlag) -> str:
    kept: list[str] = []
    for declaration in style.split(";"):
        if _css_risk(declaration):
            if _REMOTE_HINT.search(declaration):
                flag.seen = True
            continue
        if declaration.strip():
            kept.append(declaration.strip())
    return "; ".join(kept)


def _filter_stylesheet(css: str, flag: _RemoteFlag) -> str:
    if _CSS_HOSTILE.search(css):
        if _REMOTE_HINT.search(css):
            flag.seen = True
        return ""

    def drop_function(match: re.Match[str]) -> str:
        if _REMOTE_HINT.search(match.group(0)):
            flag.seen = True
        return "none"

    def drop_import(match: re.Match[str]) -> str:
        flag.seen = True
        return ""

    filtered = _CSS_FUNCTION.sub(drop_function, _CSS_IMPORT.sub(drop_import, css))
    if _css_risk(filtered):  # e.g. an unclosed "url(", which CSS closes at the end
        if _REMOTE_HINT.search(filtered):
            flag.seen = True
        return ""
    return filtered


def _may_hold_css_risk(markup: str) -> bool:
    """Cheap pre-check for ``_CSS_RISK`` (the regex is slow on whole documents)."""
    lowered = markup.lower()
    return (
        "\\" in markup
        or any(
            marker in lowered
            for marker in (
                "url(",
                "image",
                "src(",
                "element(",
                "expression",
                "@import",
                "behavior",
                "/*",
            )
        )
        or "binding" in lowered
    )


def _embedded_url(value: str) -> tuple[str, str | None]:
    """An ``src``/``background`` value as a browser reads it, and its scheme (None: none).

    Browsers drop tabs and line breaks anywhere in a URL and spaces and control characters
    at its ends (WHATWG URL Standard), so ``" https://x"`` and ``"ht\\ttps://x"`` load from
    the network; nh3 accepts them by scheme but keeps the value as written.
    """
    url = _URL_IGNORED.sub("", html_entities.unescape(value)).strip(_URL_EDGES)
    match = _URL_SCHEME.match(url)
    return url, match.group(1).lower() if match else None


def sanitize_html(markup: str) -> tuple[str, bool]:
    """Safe HTML for display and whether the original referenced remote images or CSS."""
    cleaned = _clean(_SANITIZER, markup)
    flag = _RemoteFlag()

    def park_remote(name: str, value: str) -> str:
        url, scheme = _embedded_url(value)
        if scheme == "cid":
            return f' {name}="{html_entities.escape(url)}"'
        web = url.replace("\\", "/")  # in http(s) URLs a backslash is a slash
        if scheme in ("http", "https") or (scheme is None and web.startswith("//")):
            flag.seen = True
            return f' data-remote-{name}="{html_entities.escape(web)}"'
        return ""

    def rewrite_style_attribute(value: str) -> str | None:
        """The new attribute, or None to keep it as it is."""
        if not _CSS_MAYBE_REWRITTEN.search(value):
            return None
        # Comments go first: old engines joined "expr/**/ession(" into "expression(".
        css = html_entities.unescape(value)
        without_comments = _CSS_COMMENT.sub("", css)
        risky = _css_risk(without_comments)
        if not risky and without_comments == css:
            return None
        if risky:
            without_comments = _filter_declarations(without_comments, flag)
        escaped = html_entities.escape(without_comments)
        return f' style="{escaped}"' if without_comments.strip() else ""

    def rewrite_style_sheet(css: str) -> str:
        css = _CSS_COMMENT.sub("", css)
        if _css_risk(css):
            css = _filter_stylesheet(css, flag)
        return f"<style>{css}</style>" if css.strip() else ""

    def rewrite_attribute(tag: str, match: re.Match[str]) -> str:
        name, value = match.group(1).lower(), match.group(2)
        if name == "style":
            rewritten = rewrite_style_attribute(value)
            return match.group(0) if rewritten is None else rewritten
        if name in ("src", "background") and tag in _URL_TAGS:
            return park_remote(name, value)
        return match.group(0)

    def rewrite(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return rewrite_style_sheet(match.group(1))
        name, attributes = match.group(2), match.group(3)
        if not _ATTRIBUTES.fullmatch(attributes):
            return f"<{name}>"  # not nh3's canonical form: keep no attribute at all
        tag = name.lower()
        rebuilt = _REWRITTEN_ATTRIBUTE.sub(lambda found: rewrite_attribute(tag, found), attributes)
        return f"<{name}{rebuilt}>"

    if (
        ' src="' in cleaned
        or ' background="' in cleaned
        or ("style" in cleaned and _may_hold_css_risk(cleaned))
    ):
        cleaned = _STYLE_SHEET_OR_REWRITTEN_TAG.sub(rewrite, cleaned)
    return cleaned, flag.seen


_WHITESPACE: Final = re.compile(r"\s+")
_ANCHOR: Final = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)
_LINE_BREAK: Final = re.compile(r"<br>\s?")
_LIST_ITEM: Final = re.compile(r"<li>\s?")
_BLOCK_BOUNDARIES: Final = re.compile(r"(?:\s?</?(?:" + "|".join(sorted(_BLOCK_TAGS)) + r")>\s?)+")
_PARAGRAPH_BOUNDARY: Final = re.compile(r"</?(?:p|h[1-6]|table|ul|ol|dl|pre|hr)>")
_CELL: Final = re.compile(r"</?t[dh]>")
_ANY_TAG: Final = re.compile(r"<[^>]*>")
_BLOCKQUOTE: Final = re.compile(r"(</?blockquote>)")
_SPACES: Final = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES: Final = re.compile(r"\n{3,}")


def _link_text(match: re.Match[str]) -> str:
    href, inner = match.group(1), match.group(2)
    label = html_entities.unescape(_ANY_TAG.sub("", inner)).strip()
    target = html_entities.unescape(href)
    plain_target = target[7:] if target.lower().startswith("mailto:") else target
    if not label:
        return href
    if label.rstrip("/") in (target.rstrip("/"), plain_target.rstrip("/")):
        return inner
    return f"{inner} ({href})"


def _block_break(match: re.Match[str]) -> str:
    """A run of adjacent block tags is one line break; a blank line if a paragraph ends."""
    return "\n\n" if _PARAGRAPH_BOUNDARY.search(match.group(0)) else "\n"


def _segment_to_text(segment: str) -> str:
    segment = _ANCHOR.sub(_link_text, segment)
    segment = _LINE_BREAK.sub("\n", segment)
    segment = _LIST_ITEM.sub("\n- ", segment)
    segment = _BLOCK_BOUNDARIES.sub(_block_break, segment)
    segment = _CELL.sub(" ", segment)
    segment = _ANY_TAG.sub("", segment)
    return html_entities.unescape(segment)


def looks_like_html(text: str) -> bool:
    """Whether a "text/plain" body is really HTML (some mailers mislabel it)."""
    head = text[:_SNIFF].lstrip()
    return head.startswith("<") and bool(nh3.is_html(head)) and ("</" in head or "<br" in head)


def html_to_text(markup: str) -> str:
    """Readable plain text of an HTML body, for display fallback, snippets and search.

    Blocks and ``<br>`` become line breaks, list items "- ", links "text (url)" when the URL
    differs from the text, blockquotes "> " lines; scripts, styles and the head are dropped.
    """
    cleaned = _WHITESPACE.sub(" ", _clean(_TEXT_CLEANER, markup))
    depth = 0
    pieces: list[str] = []
    for segment in _BLOCKQUOTE.split(cleaned):
        if segment == "<blockquote>":
            depth += 1
            pieces.append("\n")
            continue
        if segment == "</blockquote>":
            depth = max(0, depth - 1)
            pieces.append("\n")
            continue
        text = _segment_to_text(segment)
        if depth:
            prefix = ">" * depth + " "
            text = "\n".join(prefix + line if line.strip() else line for line in text.split("\n"))
        pieces.append(text)
    text = _SPACES.sub(" ", "".join(pieces))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()
