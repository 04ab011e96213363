"""The conversation list: lazy model, row painting and the list panel."""
