"""The SDK's one clock model: monotonic time for waiting, wall time for what IG dates.

Two kinds of time, never mixed:

- **monotonic** seconds (``time.monotonic``) for everything that measures an interval the SDK waits out:
  rate-limit pacing, retry backoff, confirmation-polling deadlines, streaming reconnects. A system clock that
  jumps (NTP step, suspend, a user changing the time) cannot stretch or shrink a wait.
- **wall** seconds since the Unix epoch (``time.time``) only where a date must be compared with a date IG
  issued or will read: the expiry of a v3 access token (kept in exported sessions, so it must survive a
  process restart), the ``timeStamp`` of an encrypted login, an HTTP-date ``Retry-After``.

Both come from one injectable :class:`Clock`, so a test (or the simulator's virtual time) replaces them
together and the client, its rate limiter and ``client.rate_limits`` all read the same clock.
"""

from __future__ import annotations

import time
from typing import Final, Protocol, runtime_checkable

__all__ = ["Clock", "SystemClock", "SYSTEM_CLOCK"]


@runtime_checkable
class Clock(Protocol):
    """A source of both kinds of time the SDK uses.

    Implementations need not relate the two: ``monotonic()`` may start anywhere, only its differences
    matter; ``time()`` is a date. ``ig_sdk.testing.ManualClock`` implements it for virtual time.
    """

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (pacing, backoff, deadlines)."""
        ...

    def time(self) -> float:
        """Seconds since the Unix epoch, UTC (token expiry, IG's timestamps)."""
        ...


class SystemClock:
    """The machine's clocks: ``time.monotonic`` and ``time.time``."""

    def monotonic(self) -> float:
        """``time.monotonic()``."""
        return time.monotonic()

    def time(self) -> float:
        """``time.time()``."""
        return time.time()

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK: Final = SystemClock()
"""The clock every client uses unless given another."""
