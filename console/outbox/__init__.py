"""Replies that always arrive: composing, drafts, the outbox and its worker, SMTP, Sent."""
