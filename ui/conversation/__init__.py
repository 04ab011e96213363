"""The reading pane: one conversation, its messages and events."""
