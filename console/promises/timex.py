"""Finding time expressions in one language: days, dates, clock times, deadlines.

``dateparser`` does the calendar work it is good at: month names in every case and
numeric dates are parsed by a :class:`dateparser.date.DateDataParser` per language
(cached), and its language data supplies the month forms.  It misreads what a promise
needs most — "u 14 sati" came back as tomorrow, "am Mittwoch um 14 Uhr" as the 14th,
inflected weekdays ("u srijedu", "v sredo", "cumaya kadar", "до пятницы") not at all —
so weekdays in every case, relative days, "in N days", clock times and the deadline
words are read here from the tables in ``lang/``.  A weekday with a date beside it
("am Montag, den 30. November", "30 Kasım Pazartesi", "Monday the 30th") is one
expression, dated by the date.

Money is never a time: an amount next to a currency sign, code or word ("£4.20",
"12,90 €", "4.20 TL", "120,50 руб.", "EUR 5.10"), written with a decimal comma, or with
two decimals next to a money word of the language ("the 3.10 difference", "razlika od
5.10") is found first (``MONEY``), and no date or clock time is read inside it,
whichever side the currency stands on.  A numeric date must be a day and a month
("4.20" is neither).

Everything is found in folded text (``fold.fold_text``); offsets are the original's.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache

from dateparser.date import DateDataParser
from dateparser.languages.loader import default_loader

from console.promises.cues import Daypart, LanguageCues, TimeRule, Unit
from console.promises.due import BusinessHours
from console.promises.fold import fold_pattern, fold_text

MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip

_AMOUNT = r"\d+(?:[.,']\d+)*"
_SIGNS = r"[£$€₺₽]"
_CODES = r"eur|usd|gbp|chf|try|tl|rub|hrk|kn"
_CURRENCY_WORDS = (
    r"eur|euro|euros|eura|eure|evro|evra|evrov|evri|usd|gbp|chf|try|tl|ytl|rub|hrk|kn"
    r"|kuna|kune|lipa|lipe|lira|liras[iı]|kuru[sş]|pounds?|quid|pence|p(?!\.?m\b)|cents?"
    r"|centi|centov|centa|dollars?|dolar\w*|franken|km|руб\w*|р|коп\w*|евро|долл\w*"
)
MONEY = re.compile(
    rf"{_SIGNS}\s?{_AMOUNT}"
    rf"|\b(?:{_CODES})\.?\s?{_AMOUNT}"
    rf"|\b{_AMOUNT}\s?(?:{_SIGNS}|(?:{_CURRENCY_WORDS})\b)"
    # Decimal commas ("12,90", "1.250,00"): an amount, never a date or a time.
    r"|\b\d+(?:\.\d{3})*,\d{2}\b(?![.,]?\d)"
)
"""Amounts of money in folded text, in every language's currencies."""

# How much an expression says about the day: a calendar date beats a weekday
# ("Wednesday, 2 December"), a weekday beats a part of the day.
PRIORITY_DATE = 4
PRIORITY_RELATIVE = 3
PRIORITY_WEEKDAY = 2
PRIORITY_WEEK = 1
PRIORITY_NONE = 0


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """One time expression found in a text, in the shop's local time."""

    start: int
    end: int
    day: date | None = None
    at: time | None = None
    by: bool = False
    daypart: Daypart | None = None
    until: date | None = None
    """The last day of a multi-day window ("next week")."""
    priority: int = PRIORITY_NONE
    drop: bool = False
    """Matched only to be ignored: a past day, a greeting, a habit."""
    next_to_day: bool = False
    """A bare hour ("u 9"): kept only right next to a day (``TimeRule.next_to_day``)."""


def _alternation(forms: Iterable[str]) -> str:
    words = sorted({fold_text(form) for form in forms}, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(pattern))


@dataclass(frozen=True, slots=True)
class _Compiled:
    cues: LanguageCues
    weekday: re.Pattern[str]
    weekday_forms: dict[str, int]
    day_of_month: re.Pattern[str]
    relative: re.Pattern[str]
    relative_forms: dict[str, int]
    past: re.Pattern[str]
    ignore: re.Pattern[str] | None
    month_a: re.Pattern[str]
    month_b: re.Pattern[str]
    month_forms: dict[str, int]
    numeric: re.Pattern[str]
    amount: re.Pattern[str]
    money: re.Pattern[str]
    numbers: dict[str, int]
    units: dict[str, Unit]
    times: tuple[tuple[re.Pattern[str], TimeRule], ...]
    pm: re.Pattern[str]
    am: re.Pattern[str]
    daypart: re.Pattern[str]
    dayparts: dict[str, Daypart]
    noon: re.Pattern[str] | None
    week_next: re.Pattern[str]
    week_end: re.Pattern[str]
    by_before: re.Pattern[str]
    by_after: re.Pattern[str]
    recurring_before: re.Pattern[str]
    recurring_after: re.Pattern[str] | None


def _month_forms(cues: LanguageCues) -> dict[str, int]:
    info = default_loader.get_locale(cues.code).info
    forms: dict[str, int] = {}
    for index, key in enumerate(MONTH_KEYS, start=1):
        for form in info.get(key, []):
            folded = fold_text(str(form)).rstrip(".")
            if len(folded) >= 3 and folded.isalpha():
                forms[folded] = index
    for form, index in cues.month_extra.items():
        forms[fold_text(form)] = index
    return forms


_COMPILED: dict[str, _Compiled] = {}


def compiled(cues: LanguageCues) -> _Compiled:
    """The cue tables of one language as compiled patterns (built once per language)."""
    found = _COMPILED.get(cues.code)
    if found is None:
        found = _COMPILED[cues.code] = _build(cues)
    return found


def _build(cues: LanguageCues) -> _Compiled:
    weekday_forms = {fold_text(form): day for form, day in cues.weekdays.items()}
    relative_forms = {fold_text(form): day for form, day in cues.relative_days.items()}
    month_forms = _month_forms(cues)
    numbers = {fold_text(word): value for word, value in cues.numbers.items()}
    units = {fold_text(word): unit for word, unit in cues.units.items()}
    dayparts = {fold_text(word): part for word, part in cues.dayparts.items()}
    months = _alternation(month_forms)
    number = rf"(?:\d{{1,3}}|{_alternation(numbers)})"
    unit = _alternation(units)
    suffix = rf"(?:\s+(?:{fold_pattern(cues.weekday_suffix)}))?" if cues.weekday_suffix else ""
    glued = f"(?P<glued>{fold_pattern(cues.weekday_glued)})?" if cues.weekday_glued else ""
    if cues.within_after or cues.in_after:
        after = "|".join(
            f"(?P<{name}>{fold_pattern(words)})"
            for name, words in (("within", cues.within_after), ("in", cues.in_after))
            if words
        )
        amount = rf"\b(?:(?P<n>{number})\s+)?(?P<u>{unit})\s+(?:{after})\b"
    else:
        amount = (
            rf"\b(?:(?P<within>{fold_pattern(cues.within_before)})|(?:{fold_pattern(cues.in_before)}))"
            rf"\s+(?:(?P<n>{number})\s+)?(?P<u>{unit})\b"
        )
    return _Compiled(
        cues=cues,
        weekday=re.compile(
            rf"\b(?:(?:{fold_pattern(cues.next_words)})\s+)?(?P<wd>{_alternation(weekday_forms)})"
            rf"{glued}\b{suffix}"
        ),
        weekday_forms=weekday_forms,
        day_of_month=re.compile(
            r"[\s,]*(?:(?:den|dem|the)\s+)?(?P<d>\d{1,2})(?:\.|st\b|nd\b|rd\b|th\b)"
            rf"(?!\s?\d)(?!\s*(?:of\s+)?(?:{months})\b)"
        ),
        relative=re.compile(rf"\b(?P<rel>{_alternation(relative_forms)})\b"),
        relative_forms=relative_forms,
        past=_compile(rf"\b(?:{cues.past_days})\b"),
        ignore=_compile(rf"\b(?:{cues.ignore})\b") if cues.ignore else None,
        month_a=re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?P<mon>{months})\b"
            rf"{fold_pattern(cues.month_suffix)}(?:\s+(?P<y>\d{{4}}))?"
        ),
        month_b=re.compile(
            rf"\b(?P<mon>{months})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?"
        ),
        month_forms=month_forms,
        numeric=re.compile(
            r"\b(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.(?:\s?(?P<y>\d{4}|\d{2})\b)?"
            r"|\b(?P<d2>\d{1,2})/(?P<m2>\d{1,2})(?:/(?P<y2>\d{4}|\d{2}))?\b"
            r"|\b(?P<y3>20\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)\b"
            # "30.11" without the closing dot (as Russian and Turkish write it); not an
            # amount ("2.50 €", "1.10 kg") or a clock time ("11.15 Uhr").
            r"|\b(?P<d4>\d{1,2})\.(?P<m4>\d{2})\b(?![.,]?\d)(?!\s*(?:€|\$|%|eur|kn|kg|g|l|m|cm|mm"
            r"|руб|р|tl|lira|usd|chf|uhr|h|sati|sata|ure|uri|ч|час\w*|saat)\b)"
        ),
        amount=re.compile(amount),
        money=re.compile(
            rf"{MONEY.pattern}|\b\d{{1,3}}[.,]\d{{2}}\s+{fold_pattern(cues.money_nouns)}"
            rf"|{fold_pattern(cues.money_nouns)}\s+(?:\w{{1,3}}\s+)?\d{{1,3}}[.,]\d{{2}}\b"
        ),
        numbers=numbers,
        units=units,
        times=tuple((_compile(rule.pattern), rule) for rule in cues.times),
        pm=_compile(rf"^(?:{cues.pm_words})$"),
        am=_compile(rf"^(?:{cues.am_words})$"),
        daypart=re.compile(rf"\b(?P<dp>{_alternation(dayparts)})\b"),
        dayparts=dayparts,
        noon=_compile(rf"\b(?:{cues.noon})\b") if cues.noon else None,
        week_next=_compile(rf"\b(?:{cues.week_next})\b"),
        week_end=_compile(rf"\b(?:{cues.week_end})\b"),
        by_before=_compile(rf"(?:^|[\s(,])(?:{cues.by_before})\s+$"),
        by_after=_compile(rf"^\s*,?\s*(?:{cues.by_after})\b"),
        recurring_before=_compile(rf"(?:^|\s)(?:{cues.recurring_before})\s+$"),
        recurring_after=(
            _compile(rf"^(?:\s+)?(?:{cues.recurring_after})\b") if cues.recurring_after else None
        ),
    )


@cache
def _date_parser(language: str) -> DateDataParser:
    # Day-first: every shop we serve writes 2.12. or 2/12 for the 2nd of December.
    return DateDataParser(
        languages=[language],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"},
    )


def _calendar_date(
    language: str, text: str, fallback: tuple[int, int] | None, year: int | None, today: date
) -> date | None:
    """Parse "2 December"/"2. prosinca"/"2.12." with dateparser in the coming year."""
    for candidate_year in (year,) if year else (today.year, today.year + 1):
        parsed = _date_parser(language).get_date_data(f"{text} {candidate_year}").date_obj
        day: date | None = parsed.date() if isinstance(parsed, datetime) else None
        if day is None and fallback is not None:
            try:
                day = date(candidate_year, fallback[1], fallback[0])
            except ValueError:
                day = None
        if day is None:
            return None
        if year or day >= today:
            return day
    return None


def _day_of_month(day: int, weekday: int, today: date) -> date | None:
    """The next ``day`` of a month from ``today`` on, preferably one on ``weekday``."""
    candidates = []
    year, month = today.year, today.month
    for _ in range(13):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= today:
            candidates.append(candidate)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    matching = [d for d in candidates if d.weekday() == weekday]
    found = matching or candidates
    return found[0] if found else None


_MINUTES = {Unit.MINUTE: 1, Unit.HALF_HOUR: 30, Unit.HOUR: 60}


def _hour(compiled_: _Compiled, match: re.Match[str], rule: TimeRule) -> time | None:
    hour_text = match.group("h")
    hour = int(hour_text)
    minute_text = match.groupdict().get("m")
    minute = int(minute_text) if minute_text else 0
    ampm = match.groupdict().get("ap")
    if ampm and compiled_.pm.match(ampm) and hour < 12:
        hour += 12
    elif ampm and compiled_.am.match(ampm) and hour == 12:
        hour = 0
    elif not ampm and 1 <= hour <= 7 and not hour_text.startswith("0"):
        hour += 12  # "at 4", "u 2": a shop means the afternoon
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _candidates(
    c: _Compiled, folded: str, original: str, now: datetime, hours: BusinessHours
) -> Iterator[TimeExpr]:
    today = now.date()
    language = c.cues.code
    if c.ignore is not None:
        for m in c.ignore.finditer(folded):
            yield TimeExpr(m.start(), m.end(), drop=True)
    for m in c.past.finditer(folded):
        yield TimeExpr(m.start(), m.end(), drop=True)
    for m in c.weekday.finditer(folded):
        weekday = c.weekday_forms[m.group("wd")]
        ahead = (weekday - today.weekday()) % 7 or 7
        glued = m.groupdict().get("glued")
        daypart = c.dayparts.get(glued) if glued else None
        yield TimeExpr(
            m.start(),
            m.end(),
            day=today + timedelta(days=ahead),
            daypart=daypart,
            priority=PRIORITY_WEEKDAY,
        )
        # "am Montag, den 30.", "Monday the 30th": the day of the month decides.
        dom = c.day_of_month.match(folded, m.end())
        dated = _day_of_month(int(dom.group("d")), weekday, today) if dom else None
        if dom is not None and dated is not None:
            yield TimeExpr(m.start(), dom.end(), day=dated, daypart=daypart, priority=PRIORITY_DATE)
    for m in c.relative.finditer(folded):
        form = m.group("rel")
        yield TimeExpr(
            m.start(),
            m.end(),
            day=today + timedelta(days=c.relative_forms[form]),
            daypart=c.dayparts.get(form),
            priority=PRIORITY_RELATIVE,
        )
    for pattern in (c.month_a, c.month_b):
        for m in pattern.finditer(folded):
            day_text, month_text = m.group("d"), m.group("mon")
            text = f"{day_text} {original[m.start('mon') : m.end('mon')]}"
            year = int(m.group("y")) if m.group("y") else None
            found = _calendar_date(
                language, text, (int(day_text), c.month_forms[month_text]), year, today
            )
            if found is not None:
                yield TimeExpr(m.start(), m.end(), day=found, priority=PRIORITY_DATE)
    for m in c.numeric.finditer(folded):
        d = m.group("d") or m.group("d2") or m.group("d3") or m.group("d4")
        mo = m.group("m") or m.group("m2") or m.group("m3") or m.group("m4")
        y = m.group("y") or m.group("y2") or m.group("y3")
        if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
            continue  # "4.20", "15.30": not a day and a month (never swapped round)
        year = (int(y) + 2000 if len(y) == 2 else int(y)) if y else None
        found = _calendar_date("en", f"{int(d)}.{int(mo)}.", None, year, today)
        if found is None:
            try:
                found = date(year or today.year, int(mo), int(d))
            except ValueError:
                continue
            if year is None and found < today:
                found = found.replace(year=found.year + 1)
        yield TimeExpr(m.start(), m.end(), day=found, priority=PRIORITY_DATE)
    for m in c.amount.finditer(folded):
        count = m.group("n")
        amount = 1 if not count else (int(count) if count.isdigit() else c.numbers[count])
        unit = c.units[m.group("u")]
        by = m.group("within") is not None
        if unit in _MINUTES:
            minutes = amount * _MINUTES[unit]
            # Elapsed time, not wall-clock time: add in UTC (a DST change may lie between).
            # Rounded up to the minute in UTC; the local time keeps its ``fold`` (the
            # second 02:30 of an autumn night stays the second).
            exact = now.astimezone(UTC) + timedelta(minutes=minutes)
            exact = exact.replace(second=0, microsecond=0) + timedelta(
                minutes=math.ceil((exact.second + exact.microsecond / 1e6) / 60)
            )
            local = exact.astimezone(now.tzinfo)
            yield TimeExpr(
                m.start(), m.end(), day=local.date(), at=local.time(), by=by, priority=PRIORITY_DATE
            )
            continue
        if unit is Unit.WORKDAY:
            day = hours.add_open_days(today, amount)
        else:
            day = today + timedelta(days=amount * (7 if unit is Unit.WEEK else 1))
        yield TimeExpr(m.start(), m.end(), day=day, by=by, priority=PRIORITY_RELATIVE)
    for pattern, rule in c.times:
        for m in pattern.finditer(folded):
            at = _hour(c, m, rule)
            if at is not None:
                yield TimeExpr(m.start(), m.end(), at=at, by=rule.by, next_to_day=rule.next_to_day)
    if c.noon is not None:
        for m in c.noon.finditer(folded):
            yield TimeExpr(m.start(), m.end(), at=time(12))
    for m in c.daypart.finditer(folded):
        yield TimeExpr(m.start(), m.end(), daypart=c.dayparts[m.group("dp")])
    last_workday = max(hours.workdays) if hours.workdays else 4
    for m in c.week_next.finditer(folded):
        monday = today + timedelta(days=7 - today.weekday())
        yield TimeExpr(
            m.start(),
            m.end(),
            day=monday,
            until=monday + timedelta(days=last_workday),
            priority=PRIORITY_WEEK,
        )
    for m in c.week_end.finditer(folded):
        ahead = (last_workday - today.weekday()) % 7
        yield TimeExpr(
            m.start(), m.end(), day=today + timedelta(days=ahead), by=True, priority=PRIORITY_WEEK
        )


def find_time_expressions(
    cues: LanguageCues,
    folded: str,
    original: str,
    now: datetime,
    hours: BusinessHours,
    *,
    typed: bool = False,
) -> list[TimeExpr]:
    """Non-overlapping time expressions in ``folded`` (the folded ``original``).

    ``now`` is the local time the text was written.  Expressions marked ``drop`` (past
    days, greetings, habits) are returned too, so that their words are not read again.
    ``typed``: a reminder the owner typed, all about when, where a bare hour ("u 9")
    is a clock time wherever it stands.
    """
    c = compiled(cues)
    money = [(m.start(), m.end()) for m in c.money.finditer(folded)]
    found = sorted(
        (
            e
            for e in _candidates(c, folded, original, now, hours)
            if not any(e.start < m_end and m_start < e.end for m_start, m_end in money)
        ),
        key=lambda e: (e.start, e.start - e.end),
    )
    kept: list[TimeExpr] = []
    taken_until = -1
    for expr in found:
        if expr.start >= taken_until and not expr.next_to_day:
            kept.append(expr)
            taken_until = expr.end
    kept = _dated_weekdays(folded, kept)
    # A bare hour ("u 9") only where nothing else was read, and only next to a day
    # (anywhere in a typed reminder).
    for expr in found:
        if (
            expr.next_to_day
            and not any(e.start < expr.end and expr.start < e.end for e in kept)
            and (typed or _beside_day(folded, kept, expr))
        ):
            kept.append(expr)
    kept.sort(key=lambda e: e.start)
    kept = [_modified(c, folded, expr) for expr in kept]
    # A deadline word between two expressions belongs to the one it stands before
    # ("jutri, najkasneje v sredo"), not to the one before it ("tomorrow at the latest").
    return [
        _by_after(c, folded, expr, kept[index + 1].start if index + 1 < len(kept) else None)
        for index, expr in enumerate(kept)
    ]


# Between a weekday and the date beside it: a comma or bracket and an article ("Montag,
# den 30. November", "Monday the 30th of November", "30 Kasım Pazartesi", "(30/11)").
_WEEKDAY_DATE = re.compile(r"[\s,(]*(?:(?:den|dem|the|on)\s+)?[\s,(]*")


_CLOSING_COMMA = re.compile(r"[ \t]*,")
"""The comma that closes a date set off by commas ("am Samstag, den 12. Dezember, vorbei",
"u subotu, 12. prosinca, dolazimo"): part of the expression, not a clause boundary."""


def _is_date(expr: TimeExpr) -> bool:
    return expr.priority == PRIORITY_DATE and expr.at is None and expr.day is not None


def _dated_weekdays(folded: str, kept: list[TimeExpr]) -> list[TimeExpr]:
    """A weekday with a calendar date beside it is one expression, dated by the date:
    "am Montag, den 30. November" is the 30th, never the coming Monday.  The comma that
    closes such a date belongs to it ("am Montag, den 30. November, rufe ich an")."""
    merged: list[TimeExpr] = []
    for expr in kept:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and not previous.drop
            and not expr.drop
            and {previous.priority, expr.priority} == {PRIORITY_WEEKDAY, PRIORITY_DATE}
            and (_is_date(previous) or _is_date(expr))
            and _WEEKDAY_DATE.fullmatch(folded, previous.end, expr.start)
        ):
            date_expr = previous if _is_date(previous) else expr
            weekday = expr if date_expr is previous else previous
            end = expr.end
            closing = _CLOSING_COMMA.match(folded, end)
            if closing is not None and "," in folded[previous.end : expr.start]:
                end = closing.end()  # "am Samstag, den 12. Dezember, vorbei"
            merged[-1] = replace(
                date_expr,
                start=previous.start,
                end=end,
                daypart=date_expr.daypart or weekday.daypart,
            )
            continue
        merged.append(expr)
    return merged


# Between a bare hour and its day: spaces, a comma, at most one short word ("u 9 u petak").
_BESIDE = re.compile(r"[\s,]*(?:\w{1,3}\s+)?")


def _beside_day(folded: str, kept: list[TimeExpr], expr: TimeExpr) -> bool:
    """Whether the bare hour ``expr`` is right after or right before a day in ``kept``."""
    return any(
        other.day is not None
        and not other.drop
        and (
            (other.end <= expr.start and _BESIDE.fullmatch(folded, other.end, expr.start))
            or (expr.end <= other.start and _BESIDE.fullmatch(folded, expr.end, other.start))
        )
        for other in kept
    )


def _modified(c: _Compiled, folded: str, expr: TimeExpr) -> TimeExpr:
    """Apply the words around an expression: deadlines ("by", "kadar"), habits ("every")."""
    if expr.drop:
        return expr
    before = folded[max(0, expr.start - 40) : expr.start]
    after = folded[expr.end : expr.end + 40]
    if c.recurring_before.search(before) or (
        c.recurring_after is not None and c.recurring_after.match(after)
    ):
        return replace(expr, drop=True)
    by_before = c.by_before.search(before)
    if by_before:
        start = expr.start - len(before) + by_before.start()
        start += 1 if folded[start] in " \t\r\n(," else 0
        expr = replace(expr, start=start, by=True)
    return expr


def _by_after(c: _Compiled, folded: str, expr: TimeExpr, following: int | None) -> TimeExpr:
    """A deadline word after ``expr`` ("at the latest", "kadar"), unless it is the one the
    next expression (starting at ``following``) begins with."""
    if expr.drop:
        return expr
    by_after = c.by_after.match(folded[expr.end : expr.end + 40])
    if by_after is None or (following is not None and expr.end + by_after.end() > following):
        return expr
    return replace(expr, end=expr.end + by_after.end(), by=True)
