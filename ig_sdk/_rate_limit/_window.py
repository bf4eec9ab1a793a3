"""A request allowance of N per rolling window, kept as the list of granted send times.

IG counts requests per minute. A classic refilling token bucket would let up to twice the allowance through
in some 60 s window (a full burst, then a full refill), so this bucket remembers the send times it granted and
only grants a time at which *every* window of the configured length that contains it stays within the
allowance. Granted times may lie in the future (callers waiting for their turn), and a request that needs two
buckets may be placed in a gap of one of them; the search below allows for both.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

__all__ = ["RollingWindow"]


class RollingWindow:
    """At most ``capacity`` grants in any half-open interval of ``window`` seconds."""

    __slots__ = ("_slots", "blocked_until", "capacity", "window")

    def __init__(self, capacity: int, window: float) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        self.capacity = capacity
        self.window = window
        # Nothing may be granted before this time (set when IG reports the allowance as spent).
        self.blocked_until = float("-inf")
        self._slots: list[float] = []

    def prune(self, now: float) -> None:
        """Forget grants that can no longer share a window with any time from ``now`` on."""
        cut = self._first_counted(now)
        if cut:
            del self._slots[:cut]

    def earliest(self, not_before: float) -> float:
        """The first time at or after ``not_before`` at which one more grant fits."""
        at = max(not_before, self.blocked_until)
        slots = self._slots
        for _ in range(len(slots) + 1):
            full_from = self._full_window_containing(at)
            if full_from is None:
                return at
            # Every time in [full_from, full_from + window) is excluded; the next time that can fit is the
            # moment the first grant of that window leaves it. Jumping there keeps a long queue cheap.
            at = slots[bisect_left(slots, full_from)] + self.window
        raise AssertionError("unreachable: a time one window after the last grant always fits")

    def grant(self, at: float) -> None:
        """Record a send at ``at`` (which ``earliest`` said fits)."""
        insort(self._slots, at)

    def in_window(self, now: float) -> int:
        """Grants that still count at ``now``: within the last window, or reserved for later."""
        return len(self._slots) - self._first_counted(now)

    def next_release(self, now: float) -> float | None:
        """When the oldest grant that still counts leaves the window, or None when none counts."""
        index = self._first_counted(now)
        return self._slots[index] + self.window if index < len(self._slots) else None

    def _first_counted(self, now: float) -> int:
        """Index of the first grant whose window has not closed by ``now``."""
        index = bisect_right(self._slots, now - self.window)
        # Rounding in `now - window` may misplace a grant that leaves exactly at `now`; decide by the same sum
        # the rest of the class uses.
        while index > 0 and self._slots[index - 1] + self.window > now:
            index -= 1
        while index < len(self._slots) and self._slots[index] + self.window <= now:
            index += 1
        return index

    def _full_window_containing(self, at: float) -> float | None:
        """Start of the latest full window that contains ``at``, or None when one more grant fits there."""
        slots, window = self._slots, self.window
        # The fullest window containing `at` starts either at `at` or at one of the grants just before it.
        # Tested as `begin + window > at`, the very float sum `earliest` jumps to, so every jump progresses.
        nearby = slots[bisect_right(slots, at - window - window) : bisect_right(slots, at)]
        starts = [begin for begin in nearby if begin + window > at]
        for begin in (at, *reversed(starts)):
            if bisect_left(slots, begin + window) - bisect_left(slots, begin) >= self.capacity:
                return begin
        return None
