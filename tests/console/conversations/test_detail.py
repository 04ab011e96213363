"""One conversation for the reading pane, and folding quoted text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.conversations.detail import conversation_detail
from console.conversations.quoted import fallback_split, split_reply
from console.customers.timeline import TimelineKind
from console.demo.sample_shop import build_sample_shop
from console.inbox.queries import InboxFilter, inbox_ids, inbox_rows
from console.storage.database import Database
from tests.console.inbox.conftest import NOW


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Database]:
    db = Database(tmp_path / "shop.sqlite3")
    build_sample_shop(db, now=NOW)
    yield db
    db.close()


def test_a_conversation_has_its_messages_in_order_and_its_events(shop: Database) -> None:
    conversation_id = inbox_ids(shop, InboxFilter.ATTENTION)[0]
    detail = conversation_detail(shop, conversation_id)
    assert detail is not None
    assert detail.customer_name == "Maja Novak"
    assert detail.customer_email == "maja@suvenirnica-maliraj.example"
    assert [m.is_outgoing for m in detail.messages] == [False, True, False]
    dates = [m.date for m in detail.messages]
    assert dates == sorted(dates)
    reply = detail.messages[1]
    assert reply.from_name == "Ivana Kovač"
    assert [a.filename for a in reply.attachments] == ["cjenik-veleprodaja.csv"]
    assert reply.to[0].email == "maja@suvenirnica-maliraj.example"
    assert [e.kind for e in detail.events] == [TimelineKind.NOTE, TimelineKind.CALL]


def test_html_mail_is_kept_sanitized_with_its_remote_images_flagged(shop: Database) -> None:
    rows = inbox_rows(shop, inbox_ids(shop, InboxFilter.WAITING, "MwSt"))
    detail = conversation_detail(shop, rows[0].conversation_id)
    assert detail is not None
    first = detail.messages[0]
    assert first.html is not None and first.has_remote_content
    assert ' src="https://' not in first.html


def test_a_missing_conversation_has_no_detail(shop: Database) -> None:
    assert conversation_detail(shop, 999_999) is None


def test_replies_split_into_new_text_and_the_quote() -> None:
    text = (
        "Thanks, any news?\n\nEmma\n\n"
        "On Fri, 20 Nov 2026 at 17:26, Ivana <ivana@shop.example> wrote:\n> Hi Emma,\n> soon."
    )
    split = split_reply(text)
    assert split.new == "Thanks, any news?\n\nEmma"
    assert split.quoted.startswith("On Fri, 20 Nov 2026")
    assert split_reply("Just text.").quoted == ""


def test_a_message_that_is_only_a_quote_is_shown_whole() -> None:
    text = "> only\n> quoted"
    assert split_reply(text).new == text


def test_the_fallback_folds_a_trailing_quote_block_with_its_attribution() -> None:
    split = fallback_split("Hvala!\n\nAna je napisala:\n> prvo\n>\n> drugo\n")
    assert split.new == "Hvala!"
    assert split.quoted.startswith("Ana je napisala:")
    assert fallback_split("no quote here").quoted == ""
