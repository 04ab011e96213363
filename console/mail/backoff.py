"""Exponential backoff with jitter for reconnecting after a failure."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(slots=True)
class Backoff:
    initial: float = 1.0
    maximum: float = 300.0
    factor: float = 2.0
    jitter: float = 0.2
    _attempt: int = field(default=0, init=False)
    _random: random.Random = field(default_factory=random.Random, init=False)

    def next_delay(self) -> float:
        """The wait before the next attempt; grows with each call until :meth:`reset`."""
        base = min(self.maximum, self.initial * self.factor**self._attempt)
        self._attempt += 1
        return base * (1 + self._random.uniform(-self.jitter, self.jitter))

    def reset(self) -> None:
        self._attempt = 0

    @property
    def attempts(self) -> int:
        return self._attempt
