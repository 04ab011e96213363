"""What the UI calls a promised action, and the icon it shows for it."""

from __future__ import annotations

from console.promises.kinds import Action
from ui.i18n import TranslationContext

ICONS: dict[Action, str] = {
    Action.CALL: "phone",
    Action.CALL_BACK: "phone",
    Action.SEND: "send",
    Action.SHIP: "package",
    Action.REPLY: "mail",
    Action.CHECK: "search",
    Action.REFUND: "undo",
    Action.DELIVER: "package",
    Action.VISIT: "user",
    Action.FOLLOW_UP: "bell",
    Action.OTHER: "bell",
}
"""Icon names (files in ``ui/resources/icons``) by action."""


class PromiseText(TranslationContext):
    """The "PromiseText" translation context."""


def action_icon(action: Action) -> str:
    return ICONS.get(action, "bell")


def action_label(action: Action) -> str:
    """ "Call", "Ship", … — short, as on a chip or a list row."""
    match action:
        case Action.CALL:
            return PromiseText.tr("Call")
        case Action.CALL_BACK:
            return PromiseText.tr("Call back")
        case Action.SEND:
            return PromiseText.tr("Send")
        case Action.SHIP:
            return PromiseText.tr("Ship")
        case Action.REPLY:
            return PromiseText.tr("Write back")
        case Action.CHECK:
            return PromiseText.tr("Check")
        case Action.REFUND:
            return PromiseText.tr("Refund")
        case Action.DELIVER:
            return PromiseText.tr("Delivery")
        case Action.VISIT:
            return PromiseText.tr("Visit")
        case Action.FOLLOW_UP:
            return PromiseText.tr("Follow up")
        case _:
            return PromiseText.tr("Reminder")
