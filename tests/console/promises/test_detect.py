"""Promise detection: dues with business hours, closed days, DST, deadlines, speed."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from zoneinfo import ZoneInfo

import pytest

from console.promises.detect import detect_promises
from console.promises.due import BusinessHours
from console.promises.kinds import Action
from console.promises.languages import UnsupportedLanguage
from tests.console.promises.cases_main import MAIN, ZONES

ZAGREB = ZoneInfo("Europe/Zagreb")
SUNDAY = datetime(2026, 11, 22, 10, 0, tzinfo=ZAGREB)
CROATIA = BusinessHours(country="HR")


def test_a_day_alone_is_that_days_business_hours() -> None:
    [promise] = detect_promises("Nazvat ću vas u srijedu.", "hr", SUNDAY, ZAGREB, CROATIA)
    assert promise.action is Action.CALL
    assert promise.due_text == "2026-11-25"
    assert promise.date_only and not promise.due.by
    assert promise.due_at == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # 9:00 CET
    assert promise.window_end == datetime(2026, 11, 25, 16, 0, tzinfo=UTC)  # 17:00 CET


def test_business_hours_are_configurable() -> None:
    hours = BusinessHours(start=clock(8), end=clock(15, 30))
    [promise] = detect_promises("Nazvat ću vas u srijedu.", "hr", SUNDAY, ZAGREB, hours)
    assert promise.due_at.astimezone(ZAGREB).time() == clock(8)
    assert promise.window_end.astimezone(ZAGREB).time() == clock(15, 30)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hr", "Račun šaljem do petka."),
        ("sl", "Račun pošljem do petka."),
        ("de", "Die Rechnung schicke ich bis Freitag."),
        ("ru", "Счёт пришлю до пятницы."),
        ("tr", "Faturayı cumaya kadar göndereceğim."),
        ("en", "I'll send the invoice by Friday."),
    ],
)
def test_by_friday_is_before_fridays_closing_time(lang: str, text: str) -> None:
    [promise] = detect_promises(text, lang, SUNDAY, ZAGREB, BusinessHours())
    assert promise.due.by
    assert promise.due_text == "2026-11-27"
    assert promise.window_end.astimezone(ZAGREB) == datetime(2026, 11, 27, 17, tzinfo=ZAGREB)


def test_a_stated_time_is_exact() -> None:
    [promise] = detect_promises("Ich rufe Sie am Dienstag um 14:30 an.", "de", SUNDAY, ZAGREB)
    assert not promise.date_only
    assert promise.due_at == promise.window_end == datetime(2026, 11, 24, 13, 30, tzinfo=UTC)


def test_a_weekend_day_is_flagged_closed() -> None:
    [promise] = detect_promises("Svratit ćemo u subotu.", "hr", SUNDAY, ZAGREB, CROATIA)
    assert promise.closed_day and promise.holiday is None


def test_a_public_holiday_is_flagged_with_its_name() -> None:
    [promise] = detect_promises("Paket šaljemo 25. prosinca.", "hr", SUNDAY, ZAGREB, CROATIA)
    assert promise.due_text == "2026-12-25"
    assert promise.closed_day
    assert promise.holiday == "Christmas Day"


def test_across_the_autumn_dst_change_the_utc_instant_follows_the_due_day() -> None:
    # Made on Friday 23 October 2026 (CEST, UTC+2) for Monday 9:00 (CET, UTC+1).
    friday = datetime(2026, 10, 23, 15, 0, tzinfo=ZAGREB)
    assert friday.utcoffset() == timedelta(hours=2)
    [exact] = detect_promises("Nazvat ću vas u ponedjeljak u 9 sati.", "hr", friday, ZAGREB)
    assert exact.due_text == "2026-10-26T09:00"
    assert exact.due_at == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)
    [day] = detect_promises("I'll call you on Monday.", "en", friday, ZAGREB)
    assert day.due_at == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)


def test_in_two_hours_counts_elapsed_time_across_the_dst_change() -> None:
    # 01:30 CEST on 25 October; two hours later the clocks show 02:30 CET.
    night = datetime(2026, 10, 24, 23, 30, tzinfo=UTC).astimezone(ZAGREB)
    [promise] = detect_promises("Nazvat ću vas za 2 sata.", "hr", night, ZAGREB)
    assert promise.due_at == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert promise.due_text == "2026-10-25T02:30"


def test_relative_days_count_from_the_owners_local_date() -> None:
    # 23:30 in Zagreb is already Monday in Moscow but still Sunday here: "tomorrow" = Monday.
    late = datetime(2026, 11, 22, 22, 30, tzinfo=UTC)
    [promise] = detect_promises("Nazvat ću vas sutra.", "hr", late, ZAGREB)
    assert promise.due_text == "2026-11-23"
    moscow = ZoneInfo("Europe/Moscow")
    [russian] = detect_promises("Позвоню завтра.", "ru", late, moscow)
    assert russian.due_text == "2026-11-24"


def test_several_promises_keep_their_order_and_words() -> None:
    text = "I'll call you on Wednesday at 2 pm and send the invoice by Friday."
    call, send = detect_promises(text, "en", SUNDAY, ZAGREB)
    assert (call.action, call.due_text) == (Action.CALL, "2026-11-25T14:00")
    assert (send.action, send.due_text) == (Action.SEND, "2026-11-27")
    assert call.text == "I'll call you on Wednesday at 2 pm"
    assert send.text == "send the invoice by Friday"
    assert text[send.start : send.end] == send.text


def test_quoted_customer_lines_are_not_read() -> None:
    text = "> Can you call me tomorrow?\n> I will send the photos by Friday.\nThanks!"
    assert detect_promises(text, "en", SUNDAY, ZAGREB) == []


def test_text_typed_without_diacritics() -> None:
    [promise] = detect_promises("Nazvat cu vas u cetvrtak u 10 sati.", "hr", SUNDAY, ZAGREB)
    assert promise.due_text == "2026-11-26T10:00"
    [turkish] = detect_promises("Carsamba gunu sizi arayacagim.", "tr", SUNDAY, ZAGREB)
    assert turkish.due_text == "2026-11-25"


def test_a_naive_now_is_local_time() -> None:
    naive = datetime(2026, 11, 22, 10, 0)
    [promise] = detect_promises("I'll call you at 3 pm.", "en", naive, ZAGREB)
    assert promise.due_at == datetime(2026, 11, 22, 14, 0, tzinfo=UTC)


def test_an_unknown_language_is_an_error() -> None:
    with pytest.raises(UnsupportedLanguage):
        detect_promises("Je vous appelle mercredi.", "fr", SUNDAY, ZAGREB)


def test_detection_is_fast() -> None:
    texts = [(lang, text) for lang, cases in MAIN.items() for text, _ in cases]
    for lang, text in texts[:: len(texts) // 6]:  # warm up every language
        detect_promises(text, lang, SUNDAY, ZoneInfo(ZONES[lang]))
    started = time.perf_counter()
    for lang, text in texts:
        detect_promises(text, lang, SUNDAY, ZoneInfo(ZONES[lang]))
    per_text = (time.perf_counter() - started) / len(texts)
    print(f"\ndetection: {per_text * 1000:.2f} ms per text")
    assert per_text < 0.02
