"""Time for the simulator: real by default, settable in tests so that prices and expiries are reproducible."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Protocol

__all__ = ["Clock", "ManualClock", "SystemClock"]


class Clock(Protocol):
    """Source of the simulator's current time."""

    def now(self) -> float:
        """Seconds since the Unix epoch (UTC)."""
        ...


class SystemClock:
    """The machine's wall clock."""

    def now(self) -> float:
        """Seconds since the Unix epoch."""
        return time.time()


class ManualClock:
    """A clock that moves only when told to (thread-safe: tests drive it while the server runs elsewhere).

    It is also an ``ig_sdk.Clock`` (``time()`` and ``monotonic()`` both read the simulated time), so a client
    built with ``clock=sim_clock, sleep=sim_clock.advance`` lives in the simulator's virtual time.
    """

    def __init__(self, start: float | datetime = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)) -> None:
        self._now = start.timestamp() if isinstance(start, datetime) else float(start)
        self._lock = threading.Lock()

    def now(self) -> float:
        """The current simulated time."""
        with self._lock:
            return self._now

    def time(self) -> float:
        """The simulated time, as the client's wall clock."""
        return self.now()

    def monotonic(self) -> float:
        """The simulated time, as the client's monotonic clock (it only moves forward unless ``set`` back)."""
        return self.now()

    def advance(self, seconds: float) -> None:
        """Move simulated time forward."""
        with self._lock:
            self._now += seconds

    def set(self, when: float | datetime) -> None:
        """Jump to an absolute time."""
        with self._lock:
            self._now = when.timestamp() if isinstance(when, datetime) else float(when)
