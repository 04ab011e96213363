"""The outbox in the app: the sending thread and the status-bar indicator."""
