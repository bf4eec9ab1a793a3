"""The shared limiter on Redis (or Valkey), for the sync and the async client (``pip install ig-sdk[redis]``).

Both front ends carry the ``ScriptCall`` values of ``SharedLimiterCore`` to the server and back; all the
deciding happens in the server-side scripts (``_lua.py``) and the failure policy in the core (``_shared.py``).
A connection made from a URL has short socket timeouts and no retries, so an unreachable store costs one
bounded attempt every ``retry_every`` seconds, never a hung call.
"""

from __future__ import annotations

import abc
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeVar

import redis
import redis.asyncio
from redis.backoff import NoBackoff
from redis.retry import Retry

from ig_sdk._rate_limit._core import RateLimitState
from ig_sdk._rate_limit._limits import BucketName, RateLimits
from ig_sdk._rate_limit._shared import SCRIPTS, AccountSource, ScriptCall, SharedLimiterCore

if TYPE_CHECKING:
    from ig_sdk._operation_record import Operation

__all__ = ["RedisRateLimiter", "AsyncRedisRateLimiter", "connect", "connect_async", "STORE_ERRORS"]

# Seconds one store round trip may take before the limiter falls back to local pacing.
DEFAULT_STORE_TIMEOUT: Final = 1.0
STORE_ERRORS: Final = (redis.RedisError, OSError)


def _options(timeout: float) -> dict[str, Any]:
    return {
        "socket_timeout": timeout,
        "socket_connect_timeout": timeout,
        # One attempt per call: the limiter's own policy decides what happens next, not a retry loop here.
        "retry": Retry(NoBackoff(), 0),
    }


def connect(url: str, *, timeout: float = DEFAULT_STORE_TIMEOUT) -> redis.Redis:
    """A blocking Redis client for ``url`` (``redis://``, ``rediss://`` or ``unix://``) with bounded calls."""
    return redis.Redis.from_url(url, **_options(timeout))


def connect_async(url: str, *, timeout: float = DEFAULT_STORE_TIMEOUT) -> redis.asyncio.Redis:
    """An asyncio Redis client for ``url`` with bounded calls."""
    return redis.asyncio.Redis.from_url(url, **_options(timeout))


StoreT = TypeVar("StoreT", redis.Redis, redis.asyncio.Redis)


class _Front(abc.ABC, Generic[StoreT]):
    """Construction and configuration shared by both front ends; ``StoreT`` is the kind of connection."""

    def __init__(
        self,
        store: StoreT | str,
        *,
        api_key: str,
        account_id: AccountSource = None,
        limits: RateLimits | None = None,
        enabled: bool = True,
        margin: float = 0.5,
        fail_fast: bool = True,
        prefix: str = "ig-sdk",
        retry_every: float = 5.0,
        timeout: float = DEFAULT_STORE_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Share IG's allowances through ``store``: a URL, or a blocking or asyncio Redis as the client is.

        Args:
            store: where the allowances live; a URL gets a connection with ``timeout``-second calls.
            api_key: the IG API key (only a hash of it names the keys in the store).
            account_id: the account spending the allowances, or a callable returning the current one.
            limits: overrides of IG's allowances (as for the local limiter).
            enabled: False turns pacing off.
            margin: seconds added to IG's one-minute window.
            fail_fast: refuse price requests that cannot fit in the historical allowance left.
            prefix: first part of every key, to keep several deployments apart in one store.
            retry_every: seconds between attempts to reach an unreachable store (paced locally meanwhile).
            timeout: bound of one store call when ``store`` is a URL.
            clock: the local clock (only the fallback paces with it).
        """
        self.core = SharedLimiterCore(
            api_key=api_key,
            account_id=account_id,
            limits=limits,
            enabled=enabled,
            margin=margin,
            fail_fast=fail_fast,
            prefix=prefix,
            retry_every=retry_every,
            clock=clock,
        )
        self._owns = isinstance(store, str)
        self._redis: StoreT = self._connect(store, timeout) if isinstance(store, str) else store
        self._scripts: dict[str, Any] = {
            name: self._redis.register_script(source) for name, source in SCRIPTS.items()
        }

    @staticmethod
    @abc.abstractmethod
    def _connect(url: str, timeout: float) -> StoreT:
        """A connection to ``url`` of the kind this front end uses."""

    @property
    def store(self) -> StoreT:
        """The Redis connection (the shared session uses it too)."""
        return self._redis

    @property
    def enabled(self) -> bool:
        """Whether requests are paced."""
        return self.core.enabled

    @property
    def limits(self) -> RateLimits:
        """The allowances in force, every value set."""
        return self.core.limits

    @property
    def in_fallback(self) -> bool:
        """True while the store is unreachable and this process paces on its own."""
        return self.core.in_fallback

    def configure(self, limits: RateLimits) -> None:
        """Replace the user's overrides (unset values fall back to IG's report, then to the defaults)."""
        self.core.configure(limits)

    def configure_from_application(self, applications: object, api_key: str | None = None) -> RateLimits:
        """Adopt the allowances IG reports for the API key (``GET /operations/application``'s answer)."""
        return self.core.configure_from_application(applications, api_key)

    def __repr__(self) -> str:
        # Never the URL: it may carry the store's password.
        return f"<{type(self).__name__} fallback={self.core.in_fallback}>"


class RedisRateLimiter(_Front[redis.Redis]):
    """IG's allowances shared by every process that uses the same Redis: the blocking client's limiter.

    Pass it as ``IGClient(rate_limit=...)``, or let the client build it from ``rate_limit_url`` /
    ``IG_SERVICE_RATE_LIMIT_URL``. Thread-safe like the local limiter.
    """

    @staticmethod
    def _connect(url: str, timeout: float) -> redis.Redis:
        return connect(url, timeout=timeout)

    def _run(self, call: ScriptCall) -> object:
        return self._scripts[call.script](keys=list(call.keys), args=list(call.args))

    def reserve(
        self, op: Operation, now: float | None = None, *, params: Mapping[str, object] | None = None
    ) -> float:
        """Book the next send slot for ``op`` in the store; seconds to wait before sending."""
        core = self.core
        plan = core.plan_reserve(op, params)
        if plan is None:
            return 0.0
        now = core.now(now)
        if core.store_due(now):
            try:
                self._write_back(now)
                delay = core.accept_reserve(plan, self._run(plan.call), now)
                if core.store_was_emptied():
                    self._write_back(now)
                return delay
            except STORE_ERRORS as exc:
                core.store_failed(exc, now)
        return core.reserve_locally(op, params, now)

    def _write_back(self, now: float) -> None:
        """After an outage: the journal into the store, before anything else is booked there."""
        replay = self.core.plan_replay(now)
        for call in replay:
            self._run(call)
        if replay:
            self.core.store_recovered(replay)

    def observe(
        self,
        op: Operation,
        headers: Mapping[str, str] | None = None,
        body: object = None,
        *,
        now: float | None = None,
    ) -> None:
        """Learn from IG's answer to ``op`` (price responses update the shared historical allowance)."""
        core = self.core
        now = core.now(now)
        call = core.plan_observe(op, body, now)
        if call is None:
            return
        if not core.in_fallback:
            try:
                self._run(call)
                return
            except STORE_ERRORS as exc:
                core.store_failed(exc, now)
        core.observe_locally(op, headers, body, now)

    def penalise(
        self, bucket: BucketName, retry_after: float | None = None, *, now: float | None = None
    ) -> None:
        """IG said ``bucket`` is spent: pause it for every process sharing the store."""
        core = self.core
        now = core.now(now)
        if not core.in_fallback:
            try:
                self._run(core.plan_penalise(bucket, retry_after))
                return
            except STORE_ERRORS as exc:
                core.store_failed(exc, now)
        core.penalise_locally(bucket, retry_after, now)

    def snapshot(self, now: float | None = None) -> RateLimitState:
        """Every allowance as the store sees it (the local fallback's view while it is unreachable)."""
        core = self.core
        now = core.now(now)
        if core.store_due(now):
            try:
                self._write_back(now)
                return core.accept_state(self._run(core.plan_state()))
            except STORE_ERRORS as exc:
                core.store_failed(exc, now)
        return core.local_snapshot(now)

    def close(self) -> None:
        """Close the connection pool (only when this limiter made it from a URL)."""
        if self._owns:
            self._redis.close()


class AsyncRedisRateLimiter(_Front[redis.asyncio.Redis]):
    """The asyncio twin of :class:`RedisRateLimiter` (same store, same keys: both kinds of client share)."""

    # Tells the async client to await this limiter (``AsyncRateLimiterLike``).
    asynchronous: Literal[True] = True

    @staticmethod
    def _connect(url: str, timeout: float) -> redis.asyncio.Redis:
        return connect_async(url, timeout=timeout)

    async def _run(self, call: ScriptCall) -> object:
        result: object = await self._scripts[call.script](keys=list(call.keys), args=list(call.args))
        return result

    async def reserve(
        self, op: Operation, now: float | None = None, *, params: Mapping[str, object] | None = None
    ) -> float:
        """Book the next send slot for ``op`` in the store; seconds to wait before sending."""
        core = self.core
        plan = core.plan_reserve(op, params)
        if plan is None:
            return 0.0
        now = core.now(now)
        if core.store_due(now):
            try:
                await self._write_back(now)
                delay = core.accept_reserve(plan, await self._run(plan.call), now)
                if core.store_was_emptied():
                    await self._write_back(now)
                return delay
            except STORE_ERRORS as exc:
                core.store_failed(exc, now)
        return core.reserve_locally(op, params, now)

    async def _write_back(self, now: float) -> None:
        """After an outage: the journal into the store, before anything else is booked there."""
        replay = self.core.plan_replay(now)
        for call in replay:
            await self._run(call)
        if replay:
            self.core.store_recovered(replay)

    async def observe(
        self,
        op: Operation,
        headers: Mapping[str, str] | None = None,
        body: object = None,
        *,
        now: float | None = None,
    ) -> None:
        """Learn from IG's answer to ``op`` (price responses update the shared historical allowance)."""
        core = self.core
        now = core.now(now)
        call = core.plan_observe(op, body, now)
        if call is None:
            return
        if not core.in_fallback:
            try:
                await self._run(call)
                return
            except STORE_ERRORS as exc:
                core.store_failed(exc, now)
        core.observe_locally(op, headers, body, now)

    async def penalise(
        self, bucket: BucketName, retry_after: float | None = None, *, now: float | None = None
    ) -> None:
        """IG said ``bucket`` is spent: pause it for every process sharing the store."""
        core = self.core
        now = core.now(now)
        if not core.in_fallback:
            try:
                await self._run(core.plan_penalise(bucket, retry_after))
                return
            except STORE_ERRORS as exc:
                core.store_failed(exc, now)
        core.penalise_locally(bucket, retry_after, now)

    async def snapshot(self, now: float | None = None) -> RateLimitState:
        """Every allowance as the store sees it (the local fallback's view while it is unreachable)."""
        core = self.core
        now = core.now(now)
        if core.store_due(now):
            try:
                await self._write_back(now)
                return core.accept_state(await self._run(core.plan_state()))
            except STORE_ERRORS as exc:
                core.store_failed(exc, now)
        return core.local_snapshot(now)

    async def close(self) -> None:
        """Close the connection pool (only when this limiter made it from a URL)."""
        if self._owns:
            await self._redis.aclose()
