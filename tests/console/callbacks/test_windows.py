"""Preferred call times as customers write them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.callbacks.windows import TimeWindow, due_at, parse_window


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("call after 17:00", "17:00–"),
        ("call me back after 5 pm", "17:00–"),
        ("between 9 and 11", "09:00–11:00"),
        ("before 12", "–12:00"),
        ("nach 17 Uhr", "17:00–"),
        ("ab 18:30", "18:30–"),
        ("zwischen 9 und 11 Uhr", "09:00–11:00"),
        ("bis 12 Uhr", "–12:00"),
        ("vormittags", "08:00–12:00"),
        ("između 9 i 11", "09:00–11:00"),
        ("nakon 16h", "16:00–"),
        ("do 12h", "–12:00"),
        ("od 10 do 14", "10:00–14:00"),
        ("poslijepodne", "12:00–17:00"),
        ("после 17:00", "17:00–"),
        ("с 9 до 11", "09:00–11:00"),
        ("вечером", "17:00–21:00"),
        ("17:00'den sonra", "17:00–"),
        ("17:00’den sonra arayın", "17:00–"),
        ("saat 9 ile 11 arası", "09:00–11:00"),
        ("12:00'den önce", "–12:00"),
        ("po 17. uri", "17:00–"),
        ("med 9 in 11", "09:00–11:00"),
        ("dopoldne", "08:00–12:00"),
        ("9-11h", "09:00–11:00"),
        ("nach 5", "17:00–"),
        ("Please call me tomorrow", None),
    ],
)
def test_windows_in_six_languages(text: str, window: str | None) -> None:
    found = parse_window(text)
    assert (found.describe() if found else None) == window


def test_a_bare_number_in_a_message_is_no_time() -> None:
    assert parse_window("Trebam 2 komada, od 2 do 3 tjedna", strict=True) is None
    assert parse_window("after 5 items", strict=True) is None
    assert parse_window("Bitte nach 17 Uhr anrufen", strict=True) == TimeWindow(17 * 60, None)


ZAGREB = ZoneInfo("Europe/Zagreb")


def test_due_moves_a_request_into_its_window_in_local_time() -> None:
    after_five = TimeWindow(17 * 60, None)
    morning = datetime(2026, 3, 9, 10, 0, tzinfo=ZAGREB)
    assert due_at(morning, after_five, ZAGREB) == datetime(2026, 3, 9, 17, 0, tzinfo=ZAGREB)
    evening = datetime(2026, 3, 9, 18, 0, tzinfo=ZAGREB)
    assert due_at(evening, after_five, ZAGREB) == evening
    nine_to_eleven = TimeWindow(9 * 60, 11 * 60)
    noon = datetime(2026, 3, 9, 12, 0, tzinfo=ZAGREB)
    assert due_at(noon, nine_to_eleven, ZAGREB) == datetime(2026, 3, 10, 9, 0, tzinfo=ZAGREB)
    assert due_at(noon, None, ZAGREB) == noon


@given(
    st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2027, 1, 1), timezones=st.just(UTC)
    ),
    st.integers(0, 23 * 60),
    st.integers(30, 6 * 60),
)
def test_due_is_never_before_the_request_and_inside_the_window(
    requested: datetime, start: int, length: int
) -> None:
    window = TimeWindow(start, min(start + length, 24 * 60))
    due = due_at(requested, window, ZAGREB)
    assert due >= requested
    local = due.astimezone(ZAGREB)
    assert window.contains(local.hour * 60 + local.minute) or due == requested
