"""An independent audit of sanitized HTML: every tag and attribute, parsed with ``html.parser``.

``sanitize_html`` is built on nh3; this audit deliberately is not. It parses the output with
the stdlib's HTML parser (which unescapes attribute values, as a browser does) and reports
anything that could run script, submit data, change the document's base or refresh target,
or load something from the network. The rules follow what browsers do with URLs: ASCII tab
and newline characters are removed anywhere and C0 controls and spaces are stripped at the
ends before the scheme is read (WHATWG URL Standard, "basic URL parser").
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Final

FORBIDDEN_TAGS: Final = frozenset(
    {
        "script",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "param",
        "form",
        "input",
        "button",
        "textarea",
        "select",
        "option",
        "isindex",
        "keygen",
        "meta",
        "base",
        "link",
        "svg",
        "math",
        "foreignobject",
        "video",
        "audio",
        "source",
        "track",
        "picture",
        "portal",
        "noscript",
        "template",
        "xmp",
        "plaintext",
        "noembed",
        "noframes",
        "title",
        "head",
        "html",
        "body",
        "area",
        "map",
    }
)
# Attributes that a browser resolves as a URL (HTML, SVG, MathML, legacy IE).
URL_ATTRIBUTES: Final = frozenset(
    {
        "href",
        "src",
        "background",
        "action",
        "formaction",
        "poster",
        "srcset",
        "imagesrcset",
        "data",
        "codebase",
        "cite",
        "longdesc",
        "lowsrc",
        "dynsrc",
        "usemap",
        "xlink:href",
        "ping",
        "manifest",
        "icon",
        "profile",
        "archive",
        "classid",
        "srcdoc",
        "to",
        "from",
        "values",
    }
)
LINK_SCHEMES: Final = frozenset({"http", "https", "mailto", "tel", "cid"})
"""What ``<a href>`` may point at (the UI still asks before opening any of them)."""
EMBED_SCHEMES: Final = frozenset({"cid"})
"""What ``src``/``background`` may point at: only the message's own parts."""
# CSS reaches a URL or script only through these (a bare "javascript:" in a sheet is inert).
_CSS_FORBIDDEN: Final = re.compile(
    r"(?:url|image|image-set|cross-fade|element|src|expression)\s*\(|@import|behavior"
    r"|-moz-binding|\\",
    re.IGNORECASE,
)
_CSS_COMMENT: Final = re.compile(r"/\*.*?\*/", re.DOTALL)
_SCHEME: Final = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
_C0_AND_SPACE: Final = "".join(chr(code) for code in range(0x21))
_DANGEROUS_SCHEMES: Final = ("javascript", "vbscript", "data", "livescript", "mocha", "file")


def url_scheme(value: str) -> str | None:
    """The scheme a browser would read from an attribute value; None for a relative URL."""
    cleaned = re.sub(r"[\t\n\r]", "", value).strip(_C0_AND_SPACE)
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


def css_violations(css: str) -> list[str]:
    """Risky constructs in a style sheet or style attribute.

    Comments are removed first: old IE read "expr/**/ession(" as "expression(".
    """
    uncommented = _CSS_COMMENT.sub("", css)
    return [f"css {found.group(0)!r}" for found in _CSS_FORBIDDEN.finditer(uncommented)]


class _Auditor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_style = 0

    def _problem(self, text: str) -> None:
        if len(self.problems) < 50:
            self.problems.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check_tag(tag, attrs)
        if tag == "style":
            self._in_style += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check_tag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = max(0, self._in_style - 1)

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.problems.extend(f"<style>: {p}" for p in css_violations(data))

    def handle_comment(self, data: str) -> None:
        self._problem(f"comment {data[:40]!r} (conditional comments run in old engines)")

    def handle_decl(self, decl: str) -> None:
        self._problem(f"declaration {decl[:40]!r}")

    def handle_pi(self, data: str) -> None:
        self._problem(f"processing instruction {data[:40]!r}")

    def unknown_decl(self, data: str) -> None:
        self._problem(f"unknown declaration {data[:40]!r}")

    def _check_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS or ":" in tag:
            self._problem(f"tag <{tag}>")
        for raw_name, raw_value in attrs:
            name = raw_name.lower()
            value = raw_value or ""
            where = f"<{tag} {name}={value[:60]!r}>"
            if name.startswith("on"):
                self._problem(f"event handler {where}")
            if name == "http-equiv" or name == "target" or name == "formaction":
                self._problem(f"attribute {where}")
            if name == "style":
                self.problems.extend(f"{where}: {p}" for p in css_violations(value))
            scheme = url_scheme(value)
            if name.startswith("data-remote-"):
                # Parked remote URLs: the UI copies them back when the user loads images.
                if scheme not in ("http", "https") and not value.startswith("//"):
                    self._problem(f"parked URL that is not http(s) {where}")
                continue
            if name not in URL_ATTRIBUTES:
                continue
            if scheme in _DANGEROUS_SCHEMES:
                self._problem(f"{scheme}: URL in {where}")
            if name == "href" and tag == "a":
                if scheme is not None and scheme not in LINK_SCHEMES:
                    self._problem(f"link scheme {where}")
                elif scheme is None and not value.startswith("#") and value:
                    self._problem(f"relative link {where} (resolves against a base)")
            elif name in ("src", "background"):
                if scheme not in EMBED_SCHEMES:
                    self._problem(f"loads {where}")
            else:
                self._problem(f"URL attribute {where}")


def html_violations(markup: str) -> list[str]:
    """Everything in ``markup`` that sanitized mail HTML must not contain."""
    auditor = _Auditor()
    auditor.feed(markup)
    auditor.close()
    return auditor.problems
