"""The root of every error meant for the user's eyes.

``str(error)`` is a complete sentence for the user; ``hint`` optionally says how to fix
it.  The CLI prints such errors as one line; the UI shows them in its status area or a
dialog.  Everything else is a bug and is logged with its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    hint: str = ""
