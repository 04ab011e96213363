"""The shape of a language's cue tables (the tables themselves are in ``lang/``).

Patterns are regular expressions written in lower case, with or without diacritics:
they are folded (``fold.fold_pattern``) and matched against folded text, so "ću" also
matches "cu" and "çarşamba" matches "carsamba".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from console.promises.kinds import Action


class Needs(StrEnum):
    """What makes a matched verb form a commitment of the shop."""

    NOTHING = "nothing"
    """The form itself is first person future or present-as-future ("позвоню", "šaljemo")."""
    AUX1 = "aux1"
    """An infinitive or participle: needs a first-person future auxiliary ("I'll", "ću")."""
    AUX3 = "aux3"
    """A third- or second-person future ("it will arrive", "stići će", "boste prejeli")."""
    SUBJECT1 = "subject1"
    """A finite form shared by several persons: needs "ich"/"wir"/"I"/"we" as subject."""


class Daypart(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class Unit(StrEnum):
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WORKDAY = "workday"
    WEEK = "week"


@dataclass(frozen=True, slots=True)
class VerbRule:
    pattern: str
    action: Action | None
    """None: a light verb ("izvršiti", "yapmak", "erfolgen") whose action is the noun's."""
    needs: Needs = Needs.NOTHING


@dataclass(frozen=True, slots=True)
class TimeRule:
    """A clock time: groups ``h`` (hour), optional ``m`` (minute) and ``ap`` (am/pm word)."""

    pattern: str
    by: bool = False
    """The rule itself states a deadline ("do 14 sati", "bis 14 Uhr")."""


@dataclass(frozen=True, slots=True)
class LanguageCues:
    code: str
    weekdays: dict[str, int]
    """Every grammatical form of each weekday → 0 (Monday) … 6 (Sunday)."""
    relative_days: dict[str, int]
    """"today" 0, "tomorrow" 1, "the day after tomorrow" 2 (all forms)."""
    past_days: str
    """Words that put an event in the past ("yesterday", "last week")."""
    next_words: str
    """Words before a weekday that keep its meaning ("next", "this", "coming")."""
    recurring_before: str
    """Words before a day that make it a habit, not a promise ("every")."""
    by_before: str
    """Deadline words before an expression ("by", "do", "bis", "до", "en geç")."""
    by_after: str
    """Deadline words after an expression ("at the latest", "kadar", "spätestens")."""
    in_before: str
    """"in" before an amount of time ("in", "za", "čez", "через")."""
    within_before: str
    """"within" before an amount of time: a deadline."""
    units: dict[str, Unit]
    numbers: dict[str, int]
    times: tuple[TimeRule, ...]
    pm_words: str
    am_words: str
    dayparts: dict[str, Daypart]
    week_next: str
    """"next week": the whole next week, from its Monday."""
    week_end: str
    """"by the end of the week" / "this week": a deadline on the week's last working day."""
    clause_split: str
    aux1: str
    aux3: str
    negation: str
    """Matched on the few words just before a verb (or anywhere in its clause for "de")."""
    subordinate: str
    """Matched on the few words just before a finite verb ("da", "if", "če", "если")."""
    blockers: str
    """Between an auxiliary and its verb: words that take the verb out of the promise."""
    verbs: tuple[VerbRule, ...]
    parcel_nouns: str
    money_nouns: str
    back_words: str
    """Near a call verb: a call back ("back", "natrag", "zurück", "nazaj", "geri")."""
    action_nouns: tuple[tuple[str, Action], ...] = ()
    """Nouns that give a light verb its action ("povrat" → refund)."""
    subject1: str = ""
    subject_other: str = ""
    negation_in_clause: bool = False
    within_after: str = ""
    """"within" after an amount of time (Turkish "içinde"): a deadline."""
    in_after: str = ""
    """"in"/"after" after an amount of time (Turkish "sonra")."""
    weekday_suffix: str = ""
    """Optional words after a weekday ("günü")."""
    weekday_glued: str = ""
    """A part of the day written together with a weekday ("Donnerstagnachmittag")."""
    recurring_after: str = ""
    ignore: str = ""
    """Phrases that look like dates and are not ("guten Morgen")."""
    noon: str = ""
    habitual: str = ""
    """Words that make a clause a habit ("we ship every day at 2 pm"): its times are not due."""
    month_extra: dict[str, int] = field(default_factory=dict)
    """Month forms dateparser's data lacks (Slovenian genitive "decembra")."""
    month_suffix: str = ""
    """Case endings glued to a month name (Turkish "Aralık'ta")."""
