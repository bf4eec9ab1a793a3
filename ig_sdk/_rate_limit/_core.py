"""The sans-IO rate limiter: decides when each request may go, never sleeps, never starts a thread."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from ig_sdk._rate_limit._historical import (
    AllowanceReport,
    HistoricalAllowance,
    HistoricalStore,
    estimate_points,
    read_allowance,
)
from ig_sdk._rate_limit._limits import SPEC_DEFAULTS, BucketName, RateLimits
from ig_sdk._rate_limit._window import RollingWindow

if TYPE_CHECKING:
    from ig_sdk._operation_record import Operation

__all__ = ["RateLimiter", "RateLimitState", "BucketState", "HistoricalState"]

Clock = Callable[[], float]

_MINUTE: Final = 60.0
# IG measures from arrival, we from sending; a little slack absorbs uneven network latency.
_DEFAULT_MARGIN: Final = 0.5
# A fixpoint search over finitely many candidate times; far more rounds than it can ever need.
_MAX_ROUNDS: Final = 10_000
# Pauses longer than this are logged at INFO: a bot that stops for a minute should say why.
_LOGGED_PAUSE: Final = 1.0

_log = logging.getLogger("ig_sdk.rate_limit")


@dataclass(frozen=True, slots=True)
class BucketState:
    """One per-minute allowance as the limiter sees it."""

    name: BucketName
    capacity: int
    """Requests allowed in any window."""
    window: float
    """Length of the window in seconds (IG's minute plus the safety margin)."""
    available: int
    """Requests that could be granted now without waiting."""
    next_refill_in: float | None
    """Seconds until the oldest counted request leaves the window; None when nothing is counted."""
    blocked_for: float
    """Seconds left of a pause imposed because IG reported this allowance as spent."""


@dataclass(frozen=True, slots=True)
class HistoricalState:
    """The historical price allowance, counted in data points."""

    total: int
    """Points allowed per allowance period."""
    remaining: int
    """Points left, as IG last reported (or assumed from ``total`` before any price response)."""
    reserved: int
    """Estimated points of price requests sent but not yet answered."""
    reported: bool
    """True when ``remaining`` comes from IG rather than from the assumption."""
    resets_in: float | None
    """Seconds until IG starts a new period; None when not known yet."""

    @property
    def available(self) -> int:
        """Points a new price request may use."""
        return max(0, self.remaining - self.reserved)


@dataclass(frozen=True, slots=True)
class RateLimitState:
    """A consistent, read-only view of every allowance (``client.rate_limits``)."""

    enabled: bool
    non_trading: BucketState
    trading: BucketState
    application: BucketState
    historical: HistoricalState
    subscriptions: int
    """Concurrent streaming subscriptions allowed per connection."""
    limits: RateLimits
    """The allowances in force: user overrides, else what IG reported, else the published defaults."""


class RateLimiter:
    """Schedules IG requests so that none exceeds an allowance; pure bookkeeping driven by a clock.

    Every method takes an optional ``now`` (seconds on the same clock as ``clock``) so tests and the
    client's request loop can drive it with any time source. All state changes happen under one short lock,
    so one limiter may serve several threads and many async tasks.
    """

    def __init__(
        self,
        limits: RateLimits | None = None,
        *,
        enabled: bool = True,
        defaults: RateLimits = SPEC_DEFAULTS,
        margin: float = _DEFAULT_MARGIN,
        fail_fast: bool = True,
        clock: Clock = time.monotonic,
        historical_store: HistoricalStore | None = None,
    ) -> None:
        """Create a limiter.

        Args:
            limits: the user's overrides; unset values come from IG's report, then from ``defaults``.
            enabled: False turns pacing and fail-fast off (the historical allowance is still tracked).
            defaults: fallback allowances (IG's published typical values, from the spec).
            margin: seconds added to IG's one-minute window to absorb network latency.
            fail_fast: refuse price requests that cannot fit in the historical allowance left.
            clock: monotonic time source used when a method is called without ``now``.
            historical_store: keeps the historical allowance across restarts (read at first use, written
                after every report); None keeps it in memory only.
        """
        if margin < 0:
            raise ValueError("margin must not be negative")
        self._lock = threading.Lock()
        self._clock = clock
        self._enabled = enabled
        self._fail_fast = fail_fast
        self._user = limits or RateLimits()
        self._reported = RateLimits()
        self._defaults = defaults
        self._limits = self._merged()
        window = _MINUTE + margin
        self._windows: dict[BucketName, RollingWindow] = {
            "non_trading": RollingWindow(self._capacity("non_trading"), window),
            "trading": RollingWindow(self._capacity("trading"), window),
            "application": RollingWindow(self._capacity("application"), window),
        }
        self._historical = HistoricalAllowance(self._capacity("historical"))
        self._store = historical_store
        self._store_loaded = historical_store is None

    @property
    def enabled(self) -> bool:
        """Whether requests are paced."""
        return self._enabled

    @property
    def limits(self) -> RateLimits:
        """The allowances in force, every value set."""
        return self._limits

    def reserve(
        self, op: Operation, now: float | None = None, *, params: Mapping[str, object] | None = None
    ) -> float:
        """Book the next send slot for ``op`` and return how many seconds to wait before sending.

        ``params`` are the request's arguments (path and query, wire or Python names); they are only read for
        price requests, to estimate their data points. Raises ``PricePointsExceedAllowanceError`` (without
        booking anything) when a price request cannot fit in the historical allowance left.
        """
        with self._lock:
            now = self._now(now)
            bucket = op.rate_bucket
            if not self._enabled or bucket == "none":
                return 0.0
            estimate: int | None = None
            if bucket == "historical":
                self._load_store(now)
                self._historical.refresh(now)
                estimate = estimate_points(params)
                if self._fail_fast:
                    self._historical.check(op, estimate, now)
            names: tuple[BucketName, BucketName] = (
                "trading" if bucket == "trading" else "non_trading",
                "application",
            )
            windows = [self._windows[name] for name in names]
            at = self._earliest(windows, now)
            if at - now > _LOGGED_PAUSE:
                self._log_pause(op, names, at - now, now)
            for window in windows:
                window.grant(at)
            if bucket == "historical":
                self._historical.reserve(estimate, now)
            return at - now

    def observe(
        self,
        op: Operation,
        headers: Mapping[str, str] | None = None,
        body: object = None,
        *,
        now: float | None = None,
    ) -> None:
        """Learn from IG's answer to ``op``: call it for every answer, success or error, after sending.

        ``body`` is the parsed JSON or the response model. Price responses carry the historical allowance
        left; other answers change nothing today (``headers`` is accepted so that header-borne limits can be
        read later without changing the client).
        """
        del headers  # IG sends no rate-limit headers today.
        if op.rate_bucket != "historical":
            return
        with self._lock:
            now = self._now(now)
            self._load_store(now)
            self._historical.refresh(now)
            report = read_allowance(body)
            self._historical.settle(report, now)
            kept = self._historical.report(now)
        if report is not None and self._store is not None:
            self._store.save(kept)

    def penalise(
        self, bucket: BucketName, retry_after: float | None = None, *, now: float | None = None
    ) -> None:
        """IG answered that ``bucket``'s allowance is spent: grant nothing from it for a while.

        A per-minute bucket pauses for ``retry_after`` seconds (a full window when not given); the historical
        allowance is taken as empty until ``retry_after`` passes or the period IG reported ends.
        """
        with self._lock:
            now = self._now(now)
            if bucket != "historical":
                window = self._windows[bucket]
                pause = window.window if retry_after is None else max(0.0, retry_after)
                window.blocked_until = max(window.blocked_until, now + pause)
                return
            self._load_store(now)
            self._historical.exhaust(retry_after, now)
            kept = self._historical.report(now)
        if self._store is not None:
            self._store.save(kept)

    def adopt_historical(self, report: AllowanceReport, now: float | None = None) -> None:
        """Take a historical-allowance report from elsewhere (a store that outlives this process)."""
        with self._lock:
            now = self._now(now)
            self._historical.refresh(now)
            self._historical.adopt(report, now)

    def adopt_grants(self, bucket: BucketName, times: Sequence[float]) -> None:
        """Count sends booked elsewhere (a shared store this process used until it went away)."""
        with self._lock:
            window = self._windows[bucket]
            for at in times:
                window.grant(at)

    def configure(self, limits: RateLimits) -> None:
        """Replace the user's overrides (unset values fall back to IG's report, then to the defaults)."""
        with self._lock:
            self._user = limits
            self._apply()

    def configure_from_application(self, applications: object, api_key: str | None = None) -> RateLimits:
        """Adopt the allowances IG reports for the API key (``GET /operations/application``'s answer).

        Returns the allowances now in force. User overrides keep priority over IG's figures.
        """
        reported = RateLimits.from_application(applications, api_key)
        with self._lock:
            self._reported = reported
            self._apply()
            return self._limits

    def snapshot(self, now: float | None = None) -> RateLimitState:
        """A consistent view of every allowance at ``now``."""
        with self._lock:
            now = self._now(now)
            self._load_store(now)
            self._historical.refresh(now)
            hist = self._historical
            return RateLimitState(
                enabled=self._enabled,
                non_trading=self._bucket_state("non_trading", now),
                trading=self._bucket_state("trading", now),
                application=self._bucket_state("application", now),
                historical=HistoricalState(
                    total=hist.total,
                    remaining=hist.remaining,
                    reserved=hist.reserved,
                    reported=hist.reported,
                    resets_in=None if hist.resets_at is None else max(0.0, hist.resets_at - now),
                ),
                subscriptions=self._capacity("subscriptions"),
                limits=self._limits,
            )

    def _load_store(self, now: float) -> None:
        """Adopt what the historical store kept from an earlier run (once, at first use, under the lock)."""
        if self._store_loaded or self._store is None:
            return
        self._store_loaded = True
        kept = self._store.load()
        if kept is not None:
            self._historical.adopt(kept, now)

    def _now(self, now: float | None) -> float:
        return self._clock() if now is None else now

    def _merged(self) -> RateLimits:
        return self._user.over(self._reported).over(self._defaults).over(SPEC_DEFAULTS)

    def _capacity(self, name: BucketName | str) -> int:
        value = getattr(self._limits, name)
        assert isinstance(value, int)  # the spec defaults set every field
        return value

    def _apply(self) -> None:
        self._limits = self._merged()
        for name, window in self._windows.items():
            window.capacity = self._capacity(name)
        if not self._historical.reported:
            self._historical.total = self._historical.remaining = self._capacity("historical")

    def _log_pause(self, op: Operation, names: tuple[BucketName, ...], wait: float, now: float) -> None:
        """Say which allowance holds ``op`` back, and why, before the caller starts waiting."""
        name = max(names, key=lambda n: self._windows[n].earliest(now))
        window = self._windows[name]
        if window.blocked_until > now:
            why = f"IG reported it spent; paused for {window.blocked_until - now:.1f} s more"
        else:
            why = f"{window.in_window(now)} requests already sent or queued in the window"
        _log.info(
            "rate limit: waiting %.1f s before %s; %s allowance %d per %.1f s: %s",
            wait,
            op.python_name,
            name,
            window.capacity,
            window.window,
            why,
        )

    @staticmethod
    def _earliest(windows: list[RollingWindow], now: float) -> float:
        for window in windows:
            window.prune(now)
        at = now
        for _ in range(_MAX_ROUNDS):
            later = max(window.earliest(at) for window in windows)
            if later == at:
                return at
            at = later
        raise RuntimeError("rate limiter could not find a send time")  # pragma: no cover

    def _bucket_state(self, name: BucketName, now: float) -> BucketState:
        window = self._windows[name]
        release = window.next_release(now)
        return BucketState(
            name=name,
            capacity=window.capacity,
            window=window.window,
            available=max(0, window.capacity - window.in_window(now)) if window.blocked_until <= now else 0,
            next_refill_in=None if release is None else max(0.0, release - now),
            blocked_for=max(0.0, window.blocked_until - now),
        )
