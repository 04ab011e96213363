"""The sample shop's mail, one module per language the shop's customers write in."""

from __future__ import annotations

from console.demo.content import de, en, hr, ru, sl, tr
from console.demo.spec import SampleConversation


def all_conversations() -> tuple[SampleConversation, ...]:
    return (
        *en.CONVERSATIONS,
        *hr.CONVERSATIONS,
        *de.CONVERSATIONS,
        *ru.CONVERSATIONS,
        *sl.CONVERSATIONS,
        *tr.CONVERSATIONS,
    )
