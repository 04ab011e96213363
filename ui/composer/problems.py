"""Why a message cannot be sent, as sentences the owner understands.

The core raises :class:`~console.outbox.compose.ComposeError` with a
:class:`~console.outbox.compose.ComposeProblem` code; the English ``str()`` is for logs
and the command line.  Here each code becomes a translated sentence that says what to do.
"""

from __future__ import annotations

from console.outbox.compose import ComposeProblem
from ui.i18n import TranslationContext, fill


class ComposerText(TranslationContext):
    """The "ComposerText" translation context."""


def problem_text(code: ComposeProblem) -> str:
    """The sentence the composer shows for ``code``."""
    match code:
        case ComposeProblem.NO_RECIPIENT:
            return ComposerText.tr("Add at least one recipient in the To or Cc field.")
        case ComposeProblem.BAD_ADDRESS:
            return ComposerText.tr(
                "One of the addresses is not a valid email address. Check the To and Cc fields."
            )
        case ComposeProblem.NO_ACCOUNT:
            return ComposerText.tr(
                "There is no mail account to send from. Add one under File → Mail accounts."
            )
        case ComposeProblem.NO_SMTP:
            return ComposerText.tr(
                "This mail account has no outgoing (SMTP) server yet. "
                "Add it in the account settings, then send again."
            )
        case ComposeProblem.ATTACHMENT_MISSING:
            return ComposerText.tr(
                "An attachment can no longer be read: the file was moved or deleted. "
                "Remove it and attach it again."
            )
        case ComposeProblem.ATTACHMENT_TOO_LARGE:
            return ComposerText.tr(
                "The attachments are larger than 25 MB together, which most mail servers "
                "refuse. Send fewer or smaller files."
            )
        case ComposeProblem.NO_PARENT:
            return ComposerText.tr(
                "The message you are replying to is no longer there. Start a new message instead."
            )
        case ComposeProblem.ALREADY_QUEUED:
            return ComposerText.tr("This message is already in the outbox.")
    return ComposerText.tr("The message cannot be sent.")


def bad_address_text(address: str) -> str:
    return fill(
        ComposerText.tr("“%1” is not a valid email address. Check the To and Cc fields."),
        address,
    )


def unexpected_text(detail: str) -> str:
    return fill(ComposerText.tr("The message could not be put in the outbox: %1"), detail)
