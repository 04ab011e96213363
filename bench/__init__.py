"""Benchmarks: the sync/search corpus, the peer tools (mbsync, notmuch) and the driver."""
