"""The bounded hand-off between the library's event thread and one subscription's consumer.

The library thread only stores the raw changed values (no parsing, no user code), so a slow consumer never
delays other subscriptions. MERGE items conflate: a pending update of the same item absorbs the new values
(latest wins, at most one pending entry per item). DISTINCT items queue every update up to ``capacity``; past
that the overflow policy decides, and every loss is counted, logged and reported, never silent.

When an update is dropped its values are folded into the next update of the same item, so the item's state
stays right even though the event itself is gone, and a gap mark takes its place in the queue: the consumer
learns where updates are missing. Marks (a subscription started, a gap) travel in order with the updates.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Literal

from ig_sdk.streaming._errors import StreamOverflowError
from ig_sdk.streaming._events import GapReason

__all__ = ["OverflowPolicy", "Mark", "RawUpdate", "UpdateQueue", "QueueDrainedError"]

_log = logging.getLogger("ig_sdk.streaming")
DEFAULT_CAPACITY: Final = 10_000


class QueueDrainedError(Exception):
    """The queue was closed without an error and is drained."""


class OverflowPolicy(StrEnum):
    """What a DISTINCT subscription does when its consumer is ``capacity`` updates behind."""

    DROP_OLDEST = "drop_oldest"
    """Discard the oldest queued update (counted in ``dropped``; the overflow callback is told)."""
    DROP_NEWEST = "drop_newest"
    """Discard the arriving update (counted and reported the same way)."""
    RAISE = "raise"
    """End the subscription: the consumer gets :class:`StreamOverflowError` after the queued updates."""


@dataclass(slots=True)
class Mark:
    """A point in a subscription's sequence: it (re)started, or updates may be missing (a gap).

    Times are wall-clock seconds since the epoch.
    """

    kind: Literal["start", "gap"]
    start: float
    end: float
    reason: GapReason | None = None
    detail: str = ""
    lost: int = 0
    """Updates known to be lost (overflow, server loss); 0 when unknown."""


@dataclass(slots=True)
class RawUpdate:
    """Changed raw values of one item, by 1-based field position; or a :class:`Mark` (``changed`` empty)."""

    item: str
    snapshot: bool
    changed: dict[int, str | None]
    mark: Mark | None = None


class UpdateQueue:
    """Thread-safe, bounded queue of :class:`RawUpdate` for one consumer (a thread or an event loop)."""

    def __init__(
        self,
        conflate: bool,
        capacity: int = DEFAULT_CAPACITY,
        policy: OverflowPolicy = OverflowPolicy.DROP_OLDEST,
        on_overflow: Callable[[int], None] | None = None,
    ) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._conflate = conflate
        self._capacity = capacity
        self._policy = policy
        self._on_overflow = on_overflow
        self._lock = threading.Lock()
        # A bare lock used as a binary semaphore wakes the consumer: much cheaper per update than a Condition.
        self._signal = threading.Lock()
        self._signal.acquire()
        self._signalled = False
        self._pending: dict[str, RawUpdate] = {}
        self._fifo: collections.deque[RawUpdate] = collections.deque()
        self._carry: dict[str, dict[int, str | None]] = {}
        self._marks = 0  # marks in _fifo: they do not count against the capacity
        self._error: BaseException | None = None
        self._closed = False
        self._sync_waiters = 0
        self._async_waiter: tuple[asyncio.AbstractEventLoop, asyncio.Future[None]] | None = None
        self.conflated = 0
        """Updates merged into a pending one (MERGE only): the consumer saw their values, not each event."""
        self.dropped = 0
        """Updates lost to the overflow policy (DISTINCT only)."""

    def __len__(self) -> int:
        with self._lock:
            return len(self._pending) + len(self._fifo)

    @property
    def closed(self) -> bool:
        """True once :meth:`close` was called (queued updates may still be read)."""
        return self._closed

    # ---- producer side (library thread) ----------------------------------------------------------------

    def put(self, item: str, snapshot: bool, changed: Mapping[int, str | None]) -> None:
        """Queue an update; never blocks and never runs user code."""
        overflowed = False
        with self._lock:
            if self._closed:
                return
            carried = self._carry.pop(item, None) if self._carry else None
            if carried is not None:
                carried.update(changed)
                values = carried
            else:
                values = dict(changed)
            if self._conflate:
                pending = self._pending.get(item)
                if pending is not None:
                    pending.changed.update(values)
                    pending.snapshot = pending.snapshot and snapshot
                    self.conflated += 1
                else:
                    self._pending[item] = RawUpdate(item, snapshot, values)
            elif len(self._fifo) - self._marks < self._capacity:
                self._fifo.append(RawUpdate(item, snapshot, values))
            else:
                overflowed = True
                self._overflow(RawUpdate(item, snapshot, values))
            self._wake()
        if overflowed:
            self._report_overflow()

    def put_mark(self, item: str, mark: Mark) -> None:
        """Queue a mark after the updates already queued (DISTINCT queues; MERGE ones ignore marks)."""
        if self._conflate:
            return
        with self._lock:
            if self._closed:
                return
            self._fifo.append(RawUpdate(item, False, {}, mark))
            self._marks += 1
            self._wake()

    def _overflow(self, update: RawUpdate) -> None:
        self.dropped += 1
        now = time.time()
        if self._policy is OverflowPolicy.DROP_OLDEST:
            fifo = self._fifo
            i = 0
            while i < len(fifo) and fifo[i].mark is not None:  # marks are not updates: skip them
                i += 1
            if i == len(fifo):
                fifo.append(update)
                return
            oldest = fifo[i]
            del fifo[i]
            self._fold(oldest)
            before = fifo[i - 1].mark if i > 0 else None
            if before is not None and before.reason is GapReason.OVERFLOW:
                before.end, before.lost = now, before.lost + 1
            else:
                fifo.insert(i, RawUpdate(oldest.item, False, {}, _overflow_mark(now)))
                self._marks += 1
            fifo.append(update)
        else:
            self._carry.setdefault(update.item, {}).update(update.changed)
            if self._policy is OverflowPolicy.RAISE and self._error is None:
                self._error = StreamOverflowError(self.dropped)
                self._closed = True
                return
            last = self._fifo[-1] if self._fifo else None
            if last is not None and last.mark is not None and last.mark.reason is GapReason.OVERFLOW:
                last.mark.end, last.mark.lost = now, last.mark.lost + 1
            else:
                self._fifo.append(RawUpdate(update.item, False, {}, _overflow_mark(now)))
                self._marks += 1

    def _fold(self, dropped: RawUpdate) -> None:
        """Keep a dropped update's values under the next queued update of the same item."""
        for later in self._fifo:
            if later.mark is None and later.item == dropped.item:
                later.changed = {**dropped.changed, **later.changed}
                return
        older = self._carry.setdefault(dropped.item, {})
        older.update(dropped.changed)

    def _report_overflow(self) -> None:
        # Logged on the first loss and then every 1,000th, so a flood cannot flood the log too.
        if self.dropped == 1 or self.dropped % 1000 == 0:
            _log.warning("streaming consumer too slow: %d update(s) dropped (%s)", self.dropped, self._policy)
        if self._on_overflow is not None:
            try:
                self._on_overflow(self.dropped)
            except Exception:
                _log.exception("overflow callback failed")

    def close(self, error: BaseException | None = None) -> None:
        """No more updates will come; consumers finish the queued ones, then see ``error`` (or the end)."""
        with self._lock:
            if error is not None and self._error is None:
                self._error = error
            self._closed = True
            self._wake()

    def _wake(self) -> None:
        if self._sync_waiters and not self._signalled:
            self._signalled = True
            self._signal.release()
        waiter = self._async_waiter
        if waiter is not None:
            self._async_waiter = None
            loop, future = waiter
            loop.call_soon_threadsafe(_resolve, future)

    # ---- consumer side ---------------------------------------------------------------------------------

    def _pop_locked(self) -> RawUpdate | None:
        if self._fifo:
            update = self._fifo.popleft()
            if update.mark is not None:
                self._marks -= 1
            return update
        if self._pending:
            item = next(iter(self._pending))
            return self._pending.pop(item)
        return None

    def drain_updates(self) -> list[RawUpdate]:
        """Take every update queued now, up to (not including) the next mark."""
        taken: list[RawUpdate] = []
        with self._lock:
            while self._fifo and self._fifo[0].mark is None:
                taken.append(self._fifo.popleft())
        return taken

    def get_nowait(self) -> RawUpdate | None:
        """The next update, or None when there is none yet; raises the close error once drained."""
        with self._lock:
            update = self._pop_locked()
            if update is None and self._closed:
                self._raise_end()
            return update

    def get(self, timeout: float | None) -> RawUpdate | None:
        """Wait up to ``timeout`` seconds (None: until one arrives or the queue closes)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self._lock:
                update = self._pop_locked()
                if update is not None:
                    return update
                if self._closed:
                    self._raise_end()
                self._sync_waiters += 1
            remaining = -1.0 if deadline is None else deadline - time.monotonic()
            woken = remaining != 0 and self._signal.acquire(timeout=max(remaining, 0.0) if deadline else -1)
            with self._lock:
                self._sync_waiters -= 1
                if woken:
                    self._signalled = False
            if not woken and deadline is not None and time.monotonic() >= deadline:
                with self._lock:
                    update = self._pop_locked()
                    if update is None and self._closed:
                        self._raise_end()
                    return update

    async def get_async(self) -> RawUpdate:
        """Wait on the running event loop for the next update."""
        loop = asyncio.get_running_loop()
        while True:
            with self._lock:
                update = self._pop_locked()
                if update is not None:
                    return update
                if self._closed:
                    self._raise_end()
                future: asyncio.Future[None] = loop.create_future()
                self._async_waiter = (loop, future)
            try:
                await future
            finally:
                with self._lock:
                    if self._async_waiter is not None and self._async_waiter[1] is future:
                        self._async_waiter = None

    def _raise_end(self) -> None:
        if self._error is not None:
            raise self._error
        raise QueueDrainedError


def _overflow_mark(now: float) -> Mark:
    return Mark("gap", now, now, GapReason.OVERFLOW, lost=1)


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
