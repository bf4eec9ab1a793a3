"""Time for the simulator: real by default, settable in tests so that prices and expiries are reproducible."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol

__all__ = [
    "TRADING_TIME",
    "Clock",
    "ManualClock",
    "RunningClock",
    "SystemClock",
    "from_uk_time",
    "uk_offset",
    "uk_time",
]


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


class RunningClock:
    """Real-time flow from a chosen start: prices move as usual, but the calendar is the one you pick.

    Handy to run a bot (or the demo) in market hours on a weekend: ``RunningClock(TRADING_TIME)``. It can be
    moved (``set``, ``advance``) and stopped (``freeze``) while running, from any thread: the simulator's
    control API drives it that way from another process.
    """

    def __init__(self, start: float | datetime | None = None) -> None:
        self._lock = threading.Lock()
        self._frozen: float | None = None
        self._anchor = time.monotonic()
        self._at_anchor = time.time() if start is None else _seconds(start)

    def now(self) -> float:
        """The start plus the real time elapsed since (unless frozen)."""
        with self._lock:
            if self._frozen is not None:
                return self._frozen
            return self._at_anchor + (time.monotonic() - self._anchor)

    def set(self, when: float | datetime) -> None:
        """Jump to an absolute time (and keep running, or stay frozen there)."""
        target = _seconds(when)
        with self._lock:
            if self._frozen is not None:
                self._frozen = target
            else:
                self._anchor, self._at_anchor = time.monotonic(), target

    def advance(self, seconds: float) -> None:
        """Move the calendar forward (or back, with a negative number)."""
        self.set(self.now() + seconds)

    def freeze(self, frozen: bool = True) -> None:
        """Stop time where it is (or let it run again from there)."""
        now = self.now()
        with self._lock:
            if frozen:
                self._frozen = now
            else:
                self._frozen = None
                self._anchor, self._at_anchor = time.monotonic(), now

    @property
    def frozen(self) -> bool:
        """Whether time stands still."""
        return self._frozen is not None


def _seconds(when: float | datetime) -> float:
    return when.timestamp() if isinstance(when, datetime) else float(when)


TRADING_TIME = datetime(2026, 6, 2, 10, 0, tzinfo=UTC)
"""A Tuesday morning (11:00 in London) when every market of the catalogue but US shares is open."""


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


def _last_sunday(year: int, month: int) -> datetime:
    """01:00 UTC on the last Sunday of the month (when the UK's clocks change)."""
    day = datetime(year, month + 1, 1, 1, tzinfo=UTC) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def uk_offset(when: float) -> int:
    """Hours the UK is ahead of UTC at this instant: 1 in British Summer Time, else 0.

    BST runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October; computed
    here so that the simulator needs no time-zone database.
    """
    moment = datetime.fromtimestamp(when, tz=UTC)
    return 1 if _last_sunday(moment.year, 3) <= moment < _last_sunday(moment.year, 10) else 0


def uk_time(when: float) -> datetime:
    """The UK wall-clock time at this instant (naive: IG's local fields carry no zone)."""
    return (datetime.fromtimestamp(when, tz=UTC) + timedelta(hours=uk_offset(when))).replace(tzinfo=None)


def from_uk_time(local: datetime) -> float:
    """The instant a naive UK wall-clock time names (the earlier one in the repeated autumn hour)."""
    guess = local.replace(tzinfo=UTC).timestamp()
    return guess - 3600 * uk_offset(guess - 3600)
