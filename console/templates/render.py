"""Filling a reply template: Jinja2 in a sandbox, with gaps instead of crashes.

* The template is the shop's text (or one imported from another shop), so it runs in
  an :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment`: no attribute tricks, no
  changing the data.  Nothing in it may run away either: loops only over data or a
  ``range`` of at most 1000, at most two deep; no macros, includes or imports; a short
  list of filters; no ``%``/``format`` padding or huge repetition.
* Values are data, never templates: a customer called ``{{ 7*7 }}`` or ``{% if %}`` is
  printed as written (Jinja never renders its output again).  Control characters and
  line breaks in values become spaces before rendering (:func:`plain_value`), so a
  value cannot start a new line — in a subject, nor a header.
* A missing value (no order, an unknown name, a variable the shop invented like
  ``discount.code``) renders as a visible gap, ``[order.number]`` by default, and is
  listed in :attr:`RenderResult.missing` so the composer can point at it.  ``None`` and
  "" count as missing; ``{% if order %}`` is simply false.

Rendering is thread-safe; compiled templates are cached by their text.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final, NoReturn

from jinja2 import ChainableUndefined, Template, TemplateError, TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from console.errors import UserError
from console.outbox.header_safety import clean_subject, clean_text

DEFAULT_MARKER: Final = "[{name}]"
MAX_VALUE_LENGTH: Final = 2000
MAX_OUTPUT_LENGTH: Final = 200_000

_MISSING: ContextVar[list[str] | None] = ContextVar("template_missing", default=None)
_MARKER: ContextVar[str] = ContextVar("template_marker", default=DEFAULT_MARKER)


class TemplateProblem(UserError, ValueError):
    """The template itself is broken or forbidden; ``line`` is where, if known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True, slots=True)
class RenderResult:
    text: str
    missing: list[str]
    """Dotted names of the values that were missing, in order of appearance."""


def plain_value(value: str) -> str:
    """A value as one line of plain text (controls and line breaks become spaces)."""
    return clean_text(value, MAX_VALUE_LENGTH)


class Gap(ChainableUndefined):
    """A missing value: falsy, empty when iterated, ``[dotted.name]`` when printed."""

    __slots__ = ()

    @property
    def path(self) -> str:
        return self._undefined_name or "?"

    def __getattr__(self, name: str) -> Any:
        if name[:2] == "__":
            raise AttributeError(name)
        return Gap(name=f"{self.path}.{name}")

    def __getitem__(self, *args: Any, **kwargs: Any) -> Any:
        return Gap(name=f"{self.path}.{args[0]}" if args else self.path)

    def __str__(self) -> str:
        missing = _MISSING.get()
        if missing is not None and self.path not in missing:
            missing.append(self.path)
        return _MARKER.get().replace("{name}", self.path)

    def __html__(self) -> str:
        return str(self)

    def __iter__(self) -> Iterator[Any]:
        return iter(())

    def __bool__(self) -> bool:
        return False

    def __len__(self) -> int:
        return 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Gap) and other.path == self.path

    def __hash__(self) -> int:
        return hash(self.path)


class Scope(Mapping[str, Any]):
    """A group of values (``customer``, ``order`` …) that knows its own dotted name, so
    a missing member becomes ``Gap("order.tracking_url")``."""

    __slots__ = ("_data", "_path")

    def __init__(self, path: str, data: Mapping[str, Any]) -> None:
        self._path = path
        self._data = data

    def lookup(self, name: str) -> Any:
        return wrap(f"{self._path}.{name}", self._data.get(name))

    def __getitem__(self, key: str) -> Any:
        return self.lookup(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __bool__(self) -> bool:
        return True

    def __str__(self) -> str:
        return str(Gap(name=self._path))


def wrap(path: str, value: Any) -> Any:
    """A context value ready for the template (strings cleaned, groups scoped)."""
    if value is None or value == "" or (isinstance(value, list | tuple) and not value):
        return Gap(name=path)
    if isinstance(value, str):
        return plain_value(value)
    if isinstance(value, bool | int | float | Decimal):
        return value
    if isinstance(value, Mapping):
        return Scope(path, value)
    if isinstance(value, list | tuple):
        return [wrap(f"{path}[{i}]", item) for i, item in enumerate(value)]
    return plain_value(str(value))


MAX_RANGE: Final = 1000
"""Loops in a template are for order items; nested loops stay bounded (1000 × 1000)."""


def _range(*args: int) -> range:
    values = range(*args)
    if len(values) > MAX_RANGE:
        raise SecurityError(f"a range longer than {MAX_RANGE}")
    return values


_AMPLIFYING_METHODS: Final = frozenset(
    {"format", "format_map", "center", "ljust", "rjust", "zfill", "expandtabs"}
)
_FILTERS: Final = [
    "abs",
    "capitalize",
    "count",
    "d",
    "default",
    "first",
    "float",
    "int",
    "join",
    "last",
    "length",
    "list",
    "lower",
    "max",
    "min",
    "replace",
    "reverse",
    "round",
    "sort",
    "sum",
    "title",
    "trim",
    "truncate",
    "unique",
    "upper",
    "wordcount",
]
_FORBIDDEN_NODES: Final = (
    nodes.Macro,
    nodes.CallBlock,
    nodes.Include,
    nodes.Import,
    nodes.FromImport,
    nodes.Extends,
    nodes.Block,
)
MAX_LOOP_DEPTH: Final = 2


class _Environment(ImmutableSandboxedEnvironment):
    # Templates can come from another shop's file: nothing in them may run away.
    intercepted_binops = frozenset({"*", "**", "%"})

    def wrap_str_format(self, value: Any) -> None:
        # No str.format at all (refused in is_safe_attribute): the sandboxed wrapper
        # still pads to any width.
        return None

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and attr in _AMPLIFYING_METHODS:
            return False  # "{:>999999999}".format(x) would allocate gigabytes
        return super().is_safe_attribute(obj, attr, value)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > 100:
            raise SecurityError("a power that large")
        if operator == "%" and isinstance(left, str):
            raise SecurityError("'%' formatting; insert the values directly")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > MAX_OUTPUT_LENGTH
                ):
                    raise SecurityError("repeating text that often")
        return super().call_binop(context, operator, left, right)

    def unsafe_undefined(self, obj: Any, attribute: str) -> NoReturn:
        # Refuse at once (the default returns an undefined that fails only when used).
        raise SecurityError(f"{attribute!r} of a {type(obj).__name__} is not accessible")

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, Scope):
            return obj.lookup(attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(obj, Scope) and isinstance(argument, str):
            return obj.lookup(argument)
        return super().getitem(obj, argument)


_ENV: Final = _Environment(
    autoescape=False,  # plain text: values are cleaned, not HTML-escaped
    undefined=Gap,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    auto_reload=False,
)
_ENV.globals["range"] = _range
_ENV.filters = {name: _ENV.filters[name] for name in _FILTERS}


def _check_policy(tree: nodes.Template) -> None:
    """What a reply template may contain: text, values, ``if``, ``set`` and loops over the
    data or ``range`` at most two deep — no macros, includes or imports."""
    for node in tree.find_all(_FORBIDDEN_NODES):
        name = type(node).__name__.lower()
        raise TemplateProblem(f"'{name}' is not available in reply templates", node.lineno)

    def walk(node: nodes.Node, depth: int) -> None:
        for child in node.iter_child_nodes():
            if isinstance(child, nodes.For):
                if depth + 1 > MAX_LOOP_DEPTH:
                    raise TemplateProblem(
                        f"Loops may be nested at most {MAX_LOOP_DEPTH} deep", child.lineno
                    )
                source = child.iter
                while isinstance(source, nodes.Filter) and source.node is not None:
                    source = source.node
                is_range = (
                    isinstance(source, nodes.Call)
                    and isinstance(source.node, nodes.Name)
                    and source.node.name == "range"
                )
                if not is_range and not isinstance(
                    source, nodes.Name | nodes.Getattr | nodes.Getitem
                ):
                    raise TemplateProblem(
                        "A loop can only go over values (like order.items) or range()",
                        child.lineno,
                    )
                walk(child, depth + 1)
            else:
                walk(child, depth)

    walk(tree, 0)


@functools.lru_cache(maxsize=512)
def _compile(text: str) -> Template:
    tree = _ENV.parse(text)
    _check_policy(tree)
    return _ENV.from_string(tree)


def _problem(exc: Exception) -> NoReturn:
    if isinstance(exc, TemplateSyntaxError):
        raise TemplateProblem(f"Line {exc.lineno}: {exc.message}", exc.lineno) from exc
    if isinstance(exc, SecurityError):
        raise TemplateProblem(f"Not allowed in a template: {exc}") from exc
    raise TemplateProblem(f"The template cannot be filled in: {exc}") from exc


def check(template_text: str) -> None:
    """Raise :class:`TemplateProblem` if the text is not a valid template."""
    try:
        _compile(template_text)
    except TemplateProblem:
        raise
    except TemplateError as exc:
        _problem(exc)


def render(
    template_text: str, context: Mapping[str, Any], *, marker: str = DEFAULT_MARKER
) -> RenderResult:
    """Fill in ``template_text`` with ``context``; missing values become visible gaps.

    ``context`` maps top-level names (``customer``, ``order``, ``shop``, ``agent``,
    ``today``) to plain values, dicts or lists — see :mod:`console.templates.context`.
    Raises :class:`TemplateProblem` only for a broken template, never for missing data.
    """
    missing: list[str] = []
    token_missing = _MISSING.set(missing)
    token_marker = _MARKER.set(marker)
    try:
        template = _compile(template_text)
        variables = {name: wrap(name, value) for name, value in context.items()}
        text = template.render(variables)
    except TemplateProblem:
        raise
    except Exception as exc:  # the template is the shop's code: any failure is its problem
        _problem(exc)
    finally:
        _MISSING.reset(token_missing)
        _MARKER.reset(token_marker)
    if len(text) > MAX_OUTPUT_LENGTH:
        raise TemplateProblem("The filled-in template is far too long (a runaway loop?).")
    return RenderResult(text=text, missing=missing)


def render_subject(
    template_text: str, context: Mapping[str, Any], *, marker: str = DEFAULT_MARKER
) -> RenderResult:
    """A subject template filled in and made one safe line."""
    result = render(template_text, context, marker=marker)
    return RenderResult(text=clean_subject(result.text), missing=result.missing)
