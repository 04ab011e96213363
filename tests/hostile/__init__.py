"""Hostile and broken mail: a generated corpus, its invariants, and structured fuzzing."""
