"""The limiter under concurrency, in virtual time (no real sleeping).

Callers drive it as the clients' request loops do: book with ``reserve``, then sleep the returned delay
outside any lock (``time.sleep`` in threads, ``await asyncio.sleep`` in tasks).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import random
import threading
from bisect import bisect_left
from collections.abc import Coroutine, Mapping
from typing import Any

import pytest

from ig_sdk._operation_record import Operation, RateBucket
from ig_sdk._rate_limit import PricePointsExceedAllowanceError, RateLimiter, RateLimits

IG_WINDOW = 60.0


def make_op(bucket: RateBucket) -> Operation:
    return Operation(
        operation_id=f"{bucket}Op",
        resource="things",
        method_name="get",
        method="GET",
        path="/things",
        version=1,
        summary="A test operation.",
        trading=bucket == "trading",
        deal_reference=False,
        auth="session",
        rate_bucket=bucket,
        long_timeout=False,
        method_override=None,
        preferred=True,
        deprecated=None,
        params=(),
        request_model_name=None,
        params_model_name=None,
        response_model_name=None,
    )


NON_TRADING = make_op("non_trading")
TRADING = make_op("trading")
HISTORICAL = make_op("historical")


def max_in_any_window(times: list[float], window: float = IG_WINDOW) -> int:
    ordered = sorted(times)
    return max((bisect_left(ordered, t + window) - i for i, t in enumerate(ordered)), default=0)


class VirtualTime:
    """An asyncio-compatible fake clock: sleeping tasks wake in time order as the test advances time."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = 0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + delay, self._seq, future))
        self._seq += 1
        await future

    async def run(self, coros: list[Coroutine[Any, Any, None]], max_steps: int = 50_000) -> None:
        tasks = [asyncio.create_task(coro) for coro in coros]
        for _ in range(max_steps):
            # Let every runnable task reach its next sleep before time moves on.
            for _ in range(3):
                await asyncio.sleep(0)
            if all(task.done() for task in tasks):
                for task in tasks:
                    task.result()
                return
            if self._sleepers:
                wake, _, future = heapq.heappop(self._sleepers)
                self.now = wake
                future.set_result(None)
        for task in tasks:
            task.cancel()
        raise AssertionError("virtual time did not finish within the step budget")


async def acquire(
    limiter: RateLimiter, vt: VirtualTime, op: Operation, params: Mapping[str, object] | None = None
) -> float:
    """What ``AsyncIGClient``'s request loop does before sending: book, then await the delay."""
    delay = limiter.reserve(op, vt.clock(), params=params)
    if delay > 0:
        await vt.sleep(delay)
    return delay


@pytest.mark.asyncio
async def test_200_concurrent_tasks_never_exceed_any_bucket() -> None:
    vt = VirtualTime()
    limiter = RateLimiter(RateLimits(non_trading=30, trading=20, application=40), clock=vt.clock)
    rng = random.Random(200)
    sent: dict[str, list[float]] = {"non_trading": [], "trading": []}
    order: dict[str, list[tuple[float, float]]] = {"non_trading": [], "trading": []}

    async def call(arrival: float, op: Operation) -> None:
        await vt.sleep(arrival)
        await acquire(limiter, vt, op)
        sent[op.rate_bucket].append(vt.now)
        order[op.rate_bucket].append((arrival, vt.now))

    jobs = [(rng.uniform(0, 30), rng.choice([NON_TRADING, NON_TRADING, TRADING])) for _ in range(200)]
    await vt.run([call(*job) for job in jobs])

    everything = sent["non_trading"] + sent["trading"]
    assert len(everything) == 200
    assert max_in_any_window(sent["non_trading"]) <= 30
    assert max_in_any_window(sent["trading"]) <= 20
    assert max_in_any_window(everything) <= 40
    # 200 calls at 40 per (60.5 s) window need at least four more windows after the first, and no more than
    # one extra for the trading/non-trading split.
    assert 4 * 60.5 <= max(everything) <= 6 * 60.5 + 30
    # Fair: within one kind, a call that arrived later never goes earlier (up to float rounding).
    for kind in order.values():
        by_arrival = [send for _, send in sorted(kind)]
        assert all(later >= earlier - 1e-9 for earlier, later in itertools.pairwise(by_arrival))


@pytest.mark.asyncio
async def test_async_trading_goes_while_non_trading_queues() -> None:
    vt = VirtualTime()
    limiter = RateLimiter(RateLimits(non_trading=2, trading=100, application=100), clock=vt.clock)
    sent: list[tuple[str, float]] = []

    async def call(op: Operation) -> None:
        await acquire(limiter, vt, op)
        sent.append((op.rate_bucket, vt.now))

    await vt.run([call(NON_TRADING) for _ in range(6)] + [call(TRADING) for _ in range(3)])
    assert [t for kind, t in sent if kind == "trading"] == [0.0, 0.0, 0.0]
    assert max(t for kind, t in sent if kind == "non_trading") == pytest.approx(2 * 60.5)


@pytest.mark.asyncio
async def test_async_acquire_skips_sleeping_when_free_and_fails_fast() -> None:
    vt = VirtualTime()
    limiter = RateLimiter(clock=vt.clock)
    assert await acquire(limiter, vt, NON_TRADING) == 0.0
    assert vt.sleeps == []
    limiter.observe(HISTORICAL, {}, {"allowance": {"remainingAllowance": 3, "allowanceExpiry": 10}})
    assert limiter.snapshot().historical.remaining == 3
    with pytest.raises(PricePointsExceedAllowanceError):
        await acquire(limiter, vt, HISTORICAL, {"numPoints": 4})
    limiter.penalise("non_trading", 5.0)
    assert limiter.snapshot().non_trading.blocked_for == pytest.approx(5.0)


class RecordingLimiter(RateLimiter):
    """Records the virtual send time of every booking."""

    def __init__(self, limits: RateLimits, clock: Any) -> None:
        super().__init__(limits, clock=clock)
        self.sends: list[tuple[str, float]] = []

    def reserve(
        self, op: Operation, now: float | None = None, *, params: Mapping[str, object] | None = None
    ) -> float:
        assert now is not None
        delay = super().reserve(op, now, params=params)
        self.sends.append((op.rate_bucket, now + delay))
        return delay


class SteppingClock:
    """A shared virtual clock that moves forward a little every time a thread reads it."""

    def __init__(self, step: float) -> None:
        self._lock = threading.Lock()
        self._now = 0.0
        self._step = step

    def __call__(self) -> float:
        with self._lock:
            self._now += self._step
            return self._now


def test_threads_sharing_one_sync_limiter_stay_within_the_buckets() -> None:
    clock = SteppingClock(step=0.05)
    core = RecordingLimiter(RateLimits(non_trading=25, trading=15, application=30), clock)
    slept: list[float] = []
    threads_before = threading.active_count()
    start = threading.Barrier(8, timeout=10)
    failures: list[BaseException] = []

    def worker(seed: int) -> None:
        try:
            start.wait()
            rng = random.Random(seed)
            for _ in range(25):  # what IGClient's request loop does before sending: book, then sleep
                delay = core.reserve(rng.choice([NON_TRADING, TRADING]), clock())
                if delay > 0:
                    slept.append(delay)
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [threading.Thread(target=worker, args=(seed,)) for seed in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads)
    assert failures == []
    assert len(core.sends) == 200
    by_kind = {kind: [t for k, t in core.sends if k == kind] for kind in ("non_trading", "trading")}
    assert max_in_any_window(by_kind["non_trading"]) <= 25
    assert max_in_any_window(by_kind["trading"]) <= 15
    assert max_in_any_window([t for _, t in core.sends]) <= 30
    assert all(delay > 0 for delay in slept)
    assert len(slept) >= 200 - 30
    assert threading.active_count() == threads_before, "the limiter leaves no thread behind"


def test_configuring_keeps_the_users_overrides_first() -> None:
    limiter = RateLimiter(RateLimits(non_trading=1), margin=0.0)
    assert limiter.reserve(NON_TRADING, 0.0) == 0.0
    assert limiter.reserve(NON_TRADING, 0.0) == pytest.approx(60.0)
    limits = limiter.configure_from_application([{"allowanceAccountOverall": 7}])
    assert limits.non_trading == 1, "the user's override stays"
    limiter.configure(RateLimits())
    assert limiter.snapshot(0.0).non_trading.capacity == 7
