"""The shared limiter's sans-IO half: which script to run with which keys, and what its answer means.

The sync and async Redis front ends (``_redis.py``) only carry these ``ScriptCall`` values to the server and
hand the replies back, so both behave identically. This module also owns the failure policy:

- A store that cannot be reached (or answers too slowly: every call is bounded by the client's socket
  timeouts) puts the limiter in *fallback*: it logs one WARNING and paces locally, at the share of each
  allowance this process had (the allowance divided by the processes seen sharing it), so that the bots
  together still stay within IG's limits. No call ever waits on the store: the next attempt to use it is
  made ``retry_every`` seconds later, by a request that is paced locally if that attempt fails too.
- Each process remembers its own sends of the last window (with their ids) and, during an outage, IG's
  latest historical-allowance report: when the store answers again they are written back before the next
  booking (by id, so a store that kept them is unchanged and one that restarted empty learns them again);
  no process can then reuse capacity this one already used, and the store knows what IG last said.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from ig_sdk._rate_limit import _lua
from ig_sdk._rate_limit._core import BucketState, HistoricalState, RateLimiter, RateLimitState
from ig_sdk._rate_limit._historical import AllowanceReport, estimate_points, read_allowance
from ig_sdk._rate_limit._limits import BucketName, RateLimits
from ig_sdk.errors import PricePointsExceedAllowanceError

if TYPE_CHECKING:
    from ig_sdk._operation_record import Operation

__all__ = ["ScriptCall", "ScriptName", "SharedLimiterCore", "SCRIPTS", "AccountSource", "namespace_id"]

logger = logging.getLogger("ig_sdk.rate_limit")

ScriptName = Literal["reserve", "settle", "penalise", "replay", "state"]
SCRIPTS: Final[Mapping[ScriptName, str]] = {
    "reserve": _lua.RESERVE,
    "settle": _lua.SETTLE,
    "penalise": _lua.PENALISE,
    "replay": _lua.REPLAY,
    "state": _lua.STATE,
}

AccountSource = str | Callable[[], str | None] | None
"""The account whose allowances are spent: fixed, or asked for at each call (the client's current one)."""

_MINUTE: Final = 60.0
_DEFAULT_MARGIN: Final = 0.5
# Estimates of price requests nobody settled (the process died mid-request) stop counting after this.
_PENDING_TTL: Final = 600.0
# A process counts as sharing the allowances while it booked something within this many seconds.
_PARTICIPANT_TTL: Final = 120.0
_EXHAUSTED_RETRY: Final = 3_600.0
_DEFAULT_RETRY_EVERY: Final = 5.0
# Without an account (requests before the first login), the account windows go under this name.
_NO_ACCOUNT: Final = "-"


def namespace_id(api_key: str) -> str:
    """A stable, non-reversible tag for an API key: keys in the store never contain the key itself."""
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class ScriptCall:
    """One script to run: its name, keys and arguments (everything the front end needs)."""

    script: ScriptName
    keys: tuple[str, ...]
    args: tuple[str | int | float, ...]


@dataclass(frozen=True, slots=True)
class ReservePlan:
    """A booking to make in the store, and what is needed to read its answer."""

    call: ScriptCall
    op: Operation
    params: Mapping[str, object] | None
    member: str


class SharedLimiterCore:
    """Keys, arguments and replies of the shared limiter, plus its local fallback and outage journal."""

    def __init__(
        self,
        *,
        api_key: str,
        account_id: AccountSource = None,
        limits: RateLimits | None = None,
        enabled: bool = True,
        margin: float = _DEFAULT_MARGIN,
        fail_fast: bool = True,
        prefix: str = "ig-sdk",
        retry_every: float = _DEFAULT_RETRY_EVERY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if retry_every <= 0:
            raise ValueError("retry_every must be positive")
        # Holds the allowances in force (user overrides, IG's report, spec defaults); never paces by itself.
        self._limits = RateLimiter(limits, enabled=enabled, margin=margin, fail_fast=fail_fast, clock=clock)
        self._enabled = enabled
        self._fail_fast = fail_fast
        self._window = _MINUTE + margin
        self._margin = margin
        self._clock = clock
        self._account = account_id
        self._space = f"{prefix}:{{{namespace_id(api_key)}}}"
        # Unique per limiter object, so that two clients in one process count as two participants.
        self._participant = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self._counter = itertools.count()
        self._lock = threading.Lock()
        self._pending: deque[str] = deque()
        self._participants = 1
        self._retry_every = retry_every
        # Fallback state: None while the store answers.
        self._fallback: RateLimiter | None = None
        self._retry_at = 0.0
        # This process's sends still inside their window, booked in the store or locally, with their ids:
        # they seed the fallback, and after an outage they are written back (idempotently, by id).
        self._own: dict[str, list[tuple[float, str]]] = {"non_trading": [], "trading": []}
        self._journal_report: tuple[AllowanceReport, float] | None = None
        self._epoch: str | None = None
        self._lost = False
        self._last_hist: tuple[int, float | None] | None = None

    # --- configuration ------------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        """Whether requests are paced."""
        return self._enabled

    @property
    def limits(self) -> RateLimits:
        """The allowances in force, every value set."""
        return self._limits.limits

    @property
    def in_fallback(self) -> bool:
        """True while the store is unreachable and this process paces on its own."""
        return self._fallback is not None

    def configure(self, limits: RateLimits) -> None:
        """Replace the user's overrides."""
        self._limits.configure(limits)

    def configure_from_application(self, applications: object, api_key: str | None = None) -> RateLimits:
        """Adopt the allowances IG reports for the API key."""
        return self._limits.configure_from_application(applications, api_key)

    def _cap(self, name: str) -> int:
        value = getattr(self.limits, name)
        assert isinstance(value, int)
        return value

    def account(self) -> str:
        """The account whose allowances the next call spends (IG account ids are plain identifiers)."""
        source = self._account
        value = source() if callable(source) else source
        return value or _NO_ACCOUNT

    def key(self, *parts: str) -> str:
        """A store key in this API key's namespace (one hash slot per key: fine for Redis Cluster)."""
        return ":".join((self._space, *parts))

    def _account_key(self, account: str, name: str) -> str:
        return self.key("acct", account, name)

    # --- booking ------------------------------------------------------------------------------------

    def plan_reserve(self, op: Operation, params: Mapping[str, object] | None) -> ReservePlan | None:
        """The booking for ``op``, or None when it spends no allowance (or pacing is off)."""
        bucket = op.rate_bucket
        if not self._enabled or bucket == "none":
            return None
        account = self.account()
        window = "trading" if bucket == "trading" else "non_trading"
        historical = bucket == "historical"
        estimate = estimate_points(params) if historical else None
        member = f"{self._participant}:{next(self._counter)}"
        call = ScriptCall(
            "reserve",
            (
                self._account_key(account, window),
                self.key("app"),
                self._account_key(account, window + ":blocked"),
                self.key("app:blocked"),
                self._account_key(account, "hist"),
                self._account_key(account, "hist:pending"),
                self._account_key(account, "participants"),
                self.key("epoch"),
            ),
            (
                self._cap(window),
                self._cap("application"),
                f"{self._window:.6f}",
                int(historical),
                -1 if estimate is None else estimate,
                int(self._fail_fast),
                member,
                self._cap("historical"),
                self._participant,
                f"{_PENDING_TTL:.1f}",
                f"{_PARTICIPANT_TTL:.1f}",
                uuid.uuid4().hex,
            ),
        )
        return ReservePlan(call, op, params, member)

    def _remember(self, op: Operation, at: float, member: str, now: float) -> None:
        """Note this process's send at ``at`` (local clock); forget what left the window. Under the lock."""
        times = self._own["trading" if op.rate_bucket == "trading" else "non_trading"]
        times.append((at, member))
        while times and times[0][0] + self._window <= now:
            times.pop(0)

    def accept_reserve(self, plan: ReservePlan, reply: object, now: float) -> float:
        """The store's answer to a booking: seconds to wait (or the fail-fast error)."""
        status, delay, available, resets_in, participants, epoch = _sequence(reply, 6)
        resets = float(_text(resets_in))
        resets_opt = None if resets < 0 else resets
        with self._lock:
            self._participants = max(1, int(_text(participants)))
            seen, self._epoch = self._epoch, _text(epoch)
            # The store lost its data since our last booking: what we sent must be written back.
            self._lost = self._lost or (seen is not None and seen != self._epoch)
            if plan.op.rate_bucket == "historical":
                self._last_hist = (int(_text(available)), resets_opt)
        if int(_text(status)) == 1:
            raise PricePointsExceedAllowanceError(
                operation=plan.op,
                estimated_points=estimate_points(plan.params),
                remaining=int(_text(available)),
                resets_in=resets_opt,
            )
        wait = max(0.0, float(_text(delay)))
        with self._lock:
            if plan.op.rate_bucket == "historical":
                self._pending.append(plan.member)
            self._remember(plan.op, now + wait, plan.member, now)
        return wait

    def plan_observe(self, op: Operation, body: object, now: float) -> ScriptCall | None:
        """What IG's answer to a price request tells the store (None for any other operation)."""
        if op.rate_bucket != "historical":
            return None
        report = read_allowance(body)
        with self._lock:
            member = self._pending.popleft() if self._pending else ""
            if report is not None and self._fallback is not None:
                self._journal_report = (report, now)
        if report is None:
            args: tuple[str | int | float, ...] = (member, 0, 0, -1, -1, self._cap("historical"))
        else:
            expires = -1.0 if report.expires_in is None else report.expires_in
            total = -1 if report.total is None else report.total
            args = (member, 1, report.remaining, total, f"{expires:.3f}", self._cap("historical"))
        account = self.account()
        keys = (self._account_key(account, "hist"), self._account_key(account, "hist:pending"))
        return ScriptCall("settle", keys, args)

    def store_was_emptied(self) -> bool:
        """Whether the last booking found a new store epoch (then the front end writes back right away)."""
        with self._lock:
            return self._lost

    def plan_penalise(self, bucket: BucketName, retry_after: float | None) -> ScriptCall:
        """IG refused a call because ``bucket`` is spent: pause it for everybody."""
        account = self.account()
        pause = -1.0 if retry_after is None else max(0.0, retry_after)
        if bucket == "historical":
            keys = (self._account_key(account, "hist"), self._account_key(account, "hist:pending"))
        elif bucket == "application":
            keys = (self.key("app:blocked"), self.key("app:blocked"))
        else:
            keys = (self._account_key(account, bucket + ":blocked"),) * 2
        args = (int(bucket == "historical"), f"{pause:.3f}", f"{self._window:.6f}", _EXHAUSTED_RETRY)
        return ScriptCall("penalise", keys, args)

    def plan_state(self) -> ScriptCall:
        """A read of every allowance, for ``snapshot``."""
        account = self.account()
        keys = (
            self._account_key(account, "non_trading"),
            self._account_key(account, "trading"),
            self.key("app"),
            self._account_key(account, "non_trading:blocked"),
            self._account_key(account, "trading:blocked"),
            self.key("app:blocked"),
            self._account_key(account, "hist"),
            self._account_key(account, "hist:pending"),
        )
        return ScriptCall(
            "state", keys, (f"{self._window:.6f}", self._cap("historical"), f"{_PENDING_TTL:.1f}")
        )

    def accept_state(self, reply: object) -> RateLimitState:
        """Build the snapshot from the ``state`` script's answer."""
        values = [_text(v) for v in _sequence(reply, 14)]
        buckets: list[BucketState] = []
        for index, name in enumerate(("non_trading", "trading", "application")):
            counted, release, blocked = values[3 * index : 3 * index + 3]
            capacity = self._cap(name)
            blocked_for = float(blocked)
            buckets.append(
                BucketState(
                    name=name,  # type: ignore[arg-type]  # the loop's names are BucketName literals
                    capacity=capacity,
                    window=self._window,
                    available=max(0, capacity - int(counted)) if blocked_for <= 0 else 0,
                    next_refill_in=None if float(release) < 0 else float(release),
                    blocked_for=blocked_for,
                )
            )
        total, remaining, reserved, reported, resets_in = values[9:14]
        return RateLimitState(
            enabled=self._enabled,
            non_trading=buckets[0],
            trading=buckets[1],
            application=buckets[2],
            historical=HistoricalState(
                total=int(total),
                remaining=int(remaining),
                reserved=int(reserved),
                reported=reported == "1",
                resets_in=None if float(resets_in) < 0 else float(resets_in),
            ),
            subscriptions=self._cap("subscriptions"),
            limits=self.limits,
        )

    # --- failure policy -----------------------------------------------------------------------------

    def now(self, now: float | None = None) -> float:
        """The caller's monotonic ``now`` (the client always passes one), else this limiter's clock.

        Only the local fallback and its journal use it; bookings in the store are on the server's clock.
        """
        return self._clock() if now is None else now

    def store_due(self, now: float) -> bool:
        """Whether to use the store for this call (always, unless a recent attempt failed)."""
        with self._lock:
            return self._fallback is None or now >= self._retry_at

    def store_failed(self, error: BaseException, now: float) -> None:
        """The store did not answer: pace locally (one WARNING per outage) and try again later."""
        with self._lock:
            self._retry_at = now + self._retry_every
            if self._fallback is not None:
                return
            share = self._participants
            self._fallback = self._local_limiter(share, now)
        logger.warning(
            "shared rate-limit store unreachable (%s: %s): pacing locally at 1/%d of each IG allowance "
            "until it answers again (next try in %.1f s)",
            type(error).__name__,
            _first_line(error),
            share,
            self._retry_every,
        )

    def _local_limiter(self, share: int, now: float) -> RateLimiter:
        limits = self.limits
        divided = RateLimits(
            non_trading=max(1, self._cap("non_trading") // share),
            trading=max(1, self._cap("trading") // share),
            application=max(1, self._cap("application") // share),
            historical=limits.historical,
            subscriptions=limits.subscriptions,
        )
        local = RateLimiter(
            divided, enabled=self._enabled, margin=self._margin, fail_fast=self._fail_fast, clock=self._clock
        )
        # What this process sent lately still counts against its share.
        for window, own in self._own.items():
            times = [at for at, _ in own]
            local.adopt_grants("trading" if window == "trading" else "non_trading", times)
            local.adopt_grants("application", times)
        if self._last_hist is not None:
            available, resets_in = self._last_hist
            # Seed the local view with what the store said last, so the fallback does not forget spent points.
            local.adopt_historical(AllowanceReport(available, limits.historical, resets_in), now)
        return local

    def reserve_locally(self, op: Operation, params: Mapping[str, object] | None, now: float) -> float:
        """Book ``op`` on the local fallback limiter and journal the grant for the store."""
        with self._lock:
            local = self._fallback
            if local is None:  # the store recovered meanwhile; a local booking is still safe
                local = self._fallback = self._local_limiter(self._participants, now)
        delay = local.reserve(op, now, params=params)
        if op.rate_bucket != "none" and self._enabled:
            with self._lock:
                self._remember(op, now + delay, f"{self._participant}:{next(self._counter)}", now)
        return delay

    def observe_locally(
        self, op: Operation, headers: Mapping[str, str] | None, body: object, now: float
    ) -> None:
        """Keep the fallback limiter's historical view current while the store is away."""
        local = self._fallback
        if local is not None:
            local.observe(op, headers, body, now=now)

    def penalise_locally(self, bucket: BucketName, retry_after: float | None, now: float) -> None:
        """Apply IG's refusal to the fallback limiter."""
        local = self._fallback
        if local is not None:
            local.penalise(bucket, retry_after, now=now)

    def plan_replay(self, now: float) -> list[ScriptCall]:
        """After an outage: the calls that write this process's sends back (empty when there was none).

        Every send still inside its window goes back under its own id, so a store that kept them is
        unchanged and one that restarted empty learns them again.
        """
        with self._lock:
            if self._fallback is None and not self._lost:
                return []
            own = {
                name: [(at, m) for at, m in sends if at + self._window > now]
                for name, sends in self._own.items()
            }
            report = self._journal_report
        account = self.account()
        calls: list[ScriptCall] = []
        for index, (window, sends) in enumerate(own.items()):
            pairs = [value for at, member in sends for value in (member, f"{now - at:.6f}")]
            tail: list[str | int | float] = [0]
            if index == 0 and report is not None:
                rep, seen = report
                expires = -1.0 if rep.expires_in is None else max(0.0, rep.expires_in - (now - seen))
                total = -1 if rep.total is None else rep.total
                tail = [1, rep.remaining, total, f"{expires:.3f}"]
            calls.append(
                ScriptCall(
                    "replay",
                    (self._account_key(account, window), self.key("app"), self._account_key(account, "hist")),
                    (f"{self._window:.6f}", len(sends), *pairs, *tail),
                )
            )
        return calls

    def store_recovered(self, replayed: Sequence[ScriptCall]) -> None:
        """The sends are written back: leave fallback (or the emptied store knows them again)."""
        sends = sum(int(call.args[1]) for call in replayed)
        with self._lock:
            self._fallback = None
            self._journal_report = None
            self._lost = False
        logger.warning("shared rate-limit store reachable again: %d recent sends written back", sends)

    def local_snapshot(self, now: float) -> RateLimitState:
        """The fallback limiter's view (or the configured allowances when there is none)."""
        local = self._fallback or self._limits
        return local.snapshot(now)


def _sequence(reply: object, length: int) -> list[object]:
    if not isinstance(reply, list | tuple) or len(reply) < length:
        raise ValueError(f"unexpected reply from the rate-limit store: {reply!r}")
    return list(reply)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode()
    return str(value)


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else ""
