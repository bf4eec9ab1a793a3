"""Blocking and awaiting front ends over the one sans-IO ``RateLimiter``.

Neither starts a thread or a background task: a caller books its slot under the core's short lock, then
waits on its own (``time.sleep`` or ``asyncio.sleep``) outside any lock. Because slots are booked in arrival
order, waiting callers cannot overtake one another and nobody starves.

The async front end deliberately relies on the core's ``threading.Lock`` rather than an ``asyncio.Lock``: the
critical section never awaits, so the lock is never held across a suspension point and cannot block the
event loop, while an ``asyncio.Lock`` would tie the limiter to one loop and protect nothing across threads.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING

from ig_sdk._rate_limit._core import RateLimiter, RateLimitState
from ig_sdk._rate_limit._limits import BucketName, RateLimits

if TYPE_CHECKING:
    from ig_sdk._operation_record import Operation

__all__ = ["SyncRateLimiter", "AsyncRateLimiter"]


class _Shell:
    """What both front ends share: everything except waiting."""

    def __init__(self, core: RateLimiter | None, clock: Callable[[], float]) -> None:
        self.core = core if core is not None else RateLimiter(clock=clock)
        self._clock = clock

    def observe(self, op: Operation, headers: Mapping[str, str] | None = None, body: object = None) -> None:
        """Learn from IG's answer to ``op`` (see ``RateLimiter.observe``)."""
        self.core.observe(op, headers, body, now=self._clock())

    def penalise(self, bucket: BucketName, retry_after: float | None = None) -> None:
        """IG reported ``bucket``'s allowance as spent (see ``RateLimiter.penalise``)."""
        self.core.penalise(bucket, retry_after, now=self._clock())

    def configure(self, limits: RateLimits) -> None:
        """Replace the user's overrides."""
        self.core.configure(limits)

    def configure_from_application(self, applications: object, api_key: str | None = None) -> RateLimits:
        """Adopt the allowances IG reports for the API key."""
        return self.core.configure_from_application(applications, api_key)

    def snapshot(self) -> RateLimitState:
        """The current state of every allowance."""
        return self.core.snapshot(self._clock())

    def _reserve(self, op: Operation, params: Mapping[str, object] | None) -> float:
        return self.core.reserve(op, self._clock(), params=params)


class SyncRateLimiter(_Shell):
    """Blocks the calling thread until its request may be sent; safe to share between threads."""

    def __init__(
        self,
        core: RateLimiter | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        super().__init__(core, clock)
        self._sleep = sleep

    def acquire(self, op: Operation, params: Mapping[str, object] | None = None) -> float:
        """Wait until ``op`` may be sent and return the seconds waited (may raise the fail-fast error)."""
        delay = self._reserve(op, params)
        if delay > 0:
            self._sleep(delay)
        return delay


class AsyncRateLimiter(_Shell):
    """Suspends the calling task until its request may be sent; safe with any number of tasks."""

    def __init__(
        self,
        core: RateLimiter | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        super().__init__(core, clock)
        self._sleep = sleep

    async def acquire(self, op: Operation, params: Mapping[str, object] | None = None) -> float:
        """Wait until ``op`` may be sent and return the seconds waited (may raise the fail-fast error).

        A task cancelled while waiting gives up its slot unused; the limiter stays on the safe side.
        """
        delay = self._reserve(op, params)
        if delay > 0:
            await self._sleep(delay)
        return delay
