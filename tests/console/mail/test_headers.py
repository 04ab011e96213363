"""Address lists and dates."""

from __future__ import annotations

from datetime import UTC, datetime

from console.mail.headers import parse_address, parse_addresses, parse_date
from console.mail.parsed import Address


def test_address_with_encoded_display_name_is_decoded_and_lowercased() -> None:
    found = parse_address("=?utf-8?B?0JjQstCw0L0=?= <Ivan@Example.RU>")
    assert found == Address("Иван", "ivan@example.ru")


def test_address_list_with_quoted_comma_and_group_is_split() -> None:
    found = parse_addresses(['"Doe, John" <j@x.com>, Ann <ann@x.com>, undisclosed-recipients:;'])
    assert found == [Address("Doe, John", "j@x.com"), Address("Ann", "ann@x.com")]


def test_several_headers_of_one_kind_are_concatenated() -> None:
    found = parse_addresses(["a@x.com", "b@x.com"])
    assert [a.email for a in found] == ["a@x.com", "b@x.com"]


def test_display_name_without_address_is_kept_with_empty_email() -> None:
    assert parse_address("MAILER-DAEMON") == Address("MAILER-DAEMON", "")


def test_raw_8bit_display_name_is_decoded_with_the_hint() -> None:
    raw = "Đuro <d@x.hr>".encode("cp1250").decode("ascii", errors="surrogateescape")
    assert parse_address(raw, hint="cp1250") == Address("Đuro", "d@x.hr")


def test_empty_header_gives_no_address() -> None:
    assert parse_address("") is None
    assert parse_addresses([" "]) == []


def test_date_is_converted_to_aware_utc() -> None:
    assert parse_date("Tue, 05 Mar 2024 14:22:10 +0100") == datetime(
        2024, 3, 5, 13, 22, 10, tzinfo=UTC
    )


def test_date_without_zone_is_taken_as_utc() -> None:
    parsed = parse_date("Tue, 05 Mar 2024 14:22:10 -0000")
    assert parsed == datetime(2024, 3, 5, 14, 22, 10, tzinfo=UTC)


def test_unparseable_or_absurd_dates_give_none() -> None:
    assert parse_date("yesterday-ish") is None
    assert parse_date(None) is None
    assert parse_date("Tue, 05 Mar 99999 14:22:10 +0100") is None
