"""Message-ID, In-Reply-To and References."""

from __future__ import annotations

from console.mail.msgids import first_msg_id, msg_ids, synthesize_message_id


def test_folded_references_keep_order_without_brackets_and_duplicates() -> None:
    value = "<root@shop.example>\r\n <second@shop.example>\r\n\t<root@shop.example> <third@\r\n x>"
    assert msg_ids(value) == ["root@shop.example", "second@shop.example", "third@x"]


def test_references_without_brackets_keep_tokens_that_look_like_ids() -> None:
    assert msg_ids("a@x, b@y garbage c@z") == ["a@x", "b@y", "c@z"]


def test_garbage_references_give_no_ids() -> None:
    assert msg_ids("<> < > no ids here") == []
    assert msg_ids(None) == []


def test_in_reply_to_takes_the_first_bracketed_id_from_prose() -> None:
    assert first_msg_id("Your message of Sat, 9 Mar 2024 <third@shop.example>") == (
        "third@shop.example"
    )


def test_message_id_without_brackets_is_accepted() -> None:
    assert first_msg_id("  abc@def  ") == "abc@def"


def test_synthesized_message_id_is_stable_and_marked() -> None:
    first = synthesize_message_id(b"raw message")
    assert first == synthesize_message_id(b"raw message")
    assert first.startswith("sk-") and first.endswith("@shopkeeper.invalid")
    assert first != synthesize_message_id(b"other message")


def test_very_long_reference_chains_keep_root_and_recent_ids() -> None:
    ids = msg_ids(" ".join(f"<m{i}@x>" for i in range(1000)))
    assert ids[0] == "m0@x" and ids[-1] == "m999@x" and len(ids) == 200
