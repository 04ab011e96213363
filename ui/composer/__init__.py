"""Writing replies and new messages: the composer, its drafts, attachments and "Undo send"."""
