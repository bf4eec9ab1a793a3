"""Pacing by the sans-IO rate limiter core, driven by explicit virtual times (nothing sleeps)."""

from __future__ import annotations

import logging
import random
import time
from bisect import bisect_left
from pathlib import Path
from typing import Any

import pytest
import yaml

from ig_sdk._operation_record import Operation, RateBucket
from ig_sdk._rate_limit import (
    SPEC_DEFAULTS,
    RateLimiter,
    RateLimits,
)
from ig_sdk._rate_limit._window import RollingWindow

IG_WINDOW = 60.0
SPEC_FILE = Path(__file__).resolve().parents[2] / "spec" / "ig-rest.yaml"


def make_op(bucket: RateBucket, operation_id: str | None = None) -> Operation:
    return Operation(
        operation_id=operation_id or f"{bucket}Op",
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
NONE = make_op("none")


def max_in_any_window(times: list[float], window: float = IG_WINDOW) -> int:
    """The most sends found in any half-open interval of `window` seconds (worst ones start at a send)."""
    ordered = sorted(times)
    return max((bisect_left(ordered, t + window) - i for i, t in enumerate(ordered)), default=0)


def send_times(limiter: RateLimiter, op: Operation, arrivals: list[float]) -> list[float]:
    return [now + limiter.reserve(op, now) for now in arrivals]


def limiter_with(margin: float = 0.0, **limits: int) -> RateLimiter:
    values: dict[str, Any] = {"non_trading": 1000, "trading": 1000, "application": 1000, **limits}
    return RateLimiter(
        RateLimits(**values), margin=margin, clock=lambda: pytest.fail("clock must not be read")
    )


# --- the window arithmetic ------------------------------------------------------------------------


def test_checker_counts_sends_in_a_window() -> None:
    assert max_in_any_window([0, 10, 59.9, 60]) == 3
    assert max_in_any_window([0, 60, 120]) == 1
    assert max_in_any_window([]) == 0


@pytest.mark.parametrize(
    ("calls", "per_minute", "last_send"), [(150, 30, 240.0), (30, 30, 0.0), (31, 30, 60.0)]
)
def test_burst_of_n_calls_takes_the_expected_virtual_time(
    calls: int, per_minute: int, last_send: float
) -> None:
    limiter = limiter_with(non_trading=per_minute)
    sent = send_times(limiter, NON_TRADING, [0.0] * calls)
    assert sent[-1] == pytest.approx(last_send)
    assert max_in_any_window(sent) == min(calls, per_minute)
    assert sent == sorted(sent), "slots are handed out in arrival order"


def test_margin_widens_the_window() -> None:
    limiter = limiter_with(margin=0.5, non_trading=30)
    sent = send_times(limiter, NON_TRADING, [0.0] * 150)
    assert sent[-1] == pytest.approx(4 * 60.5)
    assert max_in_any_window(sent, 60.5) == 30


def test_steady_arrivals_follow_the_rolling_window() -> None:
    # One call per second against 30 per minute: each call goes when the call 30 places earlier has aged out.
    limiter = limiter_with(non_trading=30)
    arrivals = [float(i) for i in range(200)]
    sent = send_times(limiter, NON_TRADING, arrivals)
    expected: list[float] = []
    for i, arrival in enumerate(arrivals):
        expected.append(max(arrival, expected[i - 30] + IG_WINDOW) if i >= 30 else arrival)
    assert sent == pytest.approx(expected)
    assert max_in_any_window(sent) == 30


def test_a_refilling_bucket_would_double_the_rate_but_this_one_does_not() -> None:
    # A burst at t=0 and a call every 2 s after it: no 60 s window may ever see more than the allowance.
    limiter = limiter_with(non_trading=10)
    sent = send_times(limiter, NON_TRADING, [0.0] * 10 + [2.0 * i for i in range(1, 60)])
    assert max_in_any_window(sent) == 10


# --- buckets and operations -----------------------------------------------------------------------


def test_trading_is_not_starved_by_queued_non_trading_calls() -> None:
    limiter = limiter_with(non_trading=2, trading=100)
    queued = send_times(limiter, NON_TRADING, [0.0] * 10)
    assert queued[-1] == pytest.approx(4 * IG_WINDOW)
    assert limiter.reserve(TRADING, 0.0) == 0.0


def test_non_trading_is_not_starved_by_queued_trading_calls() -> None:
    limiter = limiter_with(trading=2, non_trading=100)
    send_times(limiter, TRADING, [0.0] * 10)
    assert limiter.reserve(NON_TRADING, 1.0) == 0.0


def test_application_allowance_caps_both_kinds_together() -> None:
    limiter = limiter_with(non_trading=3, trading=3, application=4)
    kinds = [NON_TRADING, TRADING] * 12
    sent: dict[int, list[float]] = {id(op): [] for op in kinds}
    every: list[float] = []
    for op in kinds:
        at = limiter.reserve(op, 0.0)
        sent[id(op)].append(at)
        every.append(at)
    assert max_in_any_window(every) == 4
    assert max_in_any_window(sent[id(NON_TRADING)]) <= 3
    assert max_in_any_window(sent[id(TRADING)]) <= 3
    assert max(every) == pytest.approx(5 * IG_WINDOW)


def test_gap_filling_never_breaks_a_window() -> None:
    # Random mixes of kinds and arrival times: every bucket holds in every window, and calls of one kind
    # are served in arrival order.
    rng = random.Random(4)
    for _ in range(30):
        nt, tr, app = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 8)
        limiter = limiter_with(non_trading=nt, trading=tr, application=app)
        now = 0.0
        by_kind: dict[str, list[float]] = {"non_trading": [], "trading": []}
        for _ in range(60):
            now += rng.choice([0.0, 0.0, 1.0, 7.5, 30.0, rng.uniform(0, 61)])
            op = rng.choice([NON_TRADING, TRADING])
            at = now + limiter.reserve(op, now)
            assert at >= now
            by_kind[op.rate_bucket].append(at)
        assert max_in_any_window(by_kind["non_trading"]) <= nt
        assert max_in_any_window(by_kind["trading"]) <= tr
        assert max_in_any_window(by_kind["non_trading"] + by_kind["trading"]) <= app
        for times in by_kind.values():
            assert times == sorted(times)


def test_a_long_backlog_stays_exact_and_cheap() -> None:
    # 2000 callers queued at once (a bulk download fanned out over tasks) against odd, fractional times.
    limiter = limiter_with(margin=0.37, non_trading=30, trading=20, application=45)
    kinds = [NON_TRADING, NON_TRADING, TRADING] * 667
    started = time.perf_counter()
    sent = [(op.rate_bucket, 0.1 + limiter.reserve(op, 0.1)) for op in kinds]
    assert time.perf_counter() - started < 10.0
    for kind, cap in (("non_trading", 30), ("trading", 20)):
        assert max_in_any_window([t for k, t in sent if k == kind], 60.37) <= cap
    assert max_in_any_window([t for _, t in sent], 60.37) == 45


def test_operations_without_a_bucket_are_never_delayed() -> None:
    limiter = limiter_with(non_trading=1, application=1)
    send_times(limiter, NON_TRADING, [0.0] * 5)
    assert [limiter.reserve(NONE, 0.0) for _ in range(100)] == [0.0] * 100


def test_disabled_limiter_never_delays() -> None:
    limiter = RateLimiter(RateLimits(non_trading=1), enabled=False)
    assert not limiter.enabled
    assert [limiter.reserve(NON_TRADING, 0.0) for _ in range(50)] == [0.0] * 50


def test_window_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="capacity"):
        RollingWindow(0, 60.0)
    with pytest.raises(ValueError, match="window"):
        RollingWindow(1, 0.0)
    with pytest.raises(ValueError, match="margin"):
        RateLimiter(margin=-1.0)
    with pytest.raises(ValueError, match="trading"):
        RateLimits(trading=0)


# --- penalties ------------------------------------------------------------------------------------


def test_penalise_pauses_only_that_bucket() -> None:
    limiter = limiter_with()
    limiter.penalise("non_trading", 30.0, now=100.0)
    assert limiter.reserve(NON_TRADING, 100.0) == pytest.approx(30.0)
    assert limiter.reserve(TRADING, 100.0) == 0.0
    assert limiter.snapshot(110.0).non_trading.blocked_for == pytest.approx(20.0)


def test_penalise_without_retry_after_waits_a_window() -> None:
    limiter = limiter_with(margin=0.5)
    limiter.penalise("application", now=0.0)
    assert limiter.reserve(TRADING, 0.0) == pytest.approx(60.5)


def test_ig_allowance_errors_name_the_bucket_they_spend() -> None:
    from ig_sdk.errors import error_class_for

    expected = {
        "error.public-api.exceeded-account-trading-allowance": "trading",
        "error.public-api.exceeded-account-allowance": "non_trading",
        "error.public-api.exceeded-api-key-allowance": "application",
        "error.public-api.exceeded-account-historical-data-allowance": "historical",
    }
    for code, bucket in expected.items():
        assert error_class_for(403, code).bucket == bucket  # type: ignore[attr-defined]
        assert bucket in RateLimiter().snapshot().limits.__dataclass_fields__


# --- configuration and state ----------------------------------------------------------------------


def test_spec_defaults_match_the_spec_file() -> None:
    table = yaml.safe_load(SPEC_FILE.read_text())["x-ig-rate-limits"]
    assert RateLimits.from_spec(table) == SPEC_DEFAULTS


def test_defaults_apply_when_nothing_else_is_known() -> None:
    assert RateLimiter().limits == SPEC_DEFAULTS


APPLICATIONS = [
    {"name": "other", "apiKey": "other-key", "status": "ENABLED", "allowanceAccountOverall": 5},
    {
        "name": "bot",
        "apiKey": "the-secret-api-key",
        "status": "ENABLED",
        "allowanceApplicationOverall": 50,
        "allowanceAccountTrading": 90,
        "allowanceAccountOverall": 40,
        "allowanceAccountHistoricalData": 8000,
        "concurrentSubscriptionsLimit": 35,
    },
]


def test_configure_from_application_picks_the_matching_key() -> None:
    limiter = RateLimiter(margin=0.0)
    limits = limiter.configure_from_application(APPLICATIONS, api_key="the-secret-api-key")
    assert limits == RateLimits(non_trading=40, trading=90, application=50, historical=8000, subscriptions=35)
    state = limiter.snapshot(0.0)
    assert (state.non_trading.capacity, state.trading.capacity, state.application.capacity) == (40, 90, 50)
    assert state.historical.total == 8000
    assert state.subscriptions == 35
    assert "the-secret-api-key" not in repr(state)
    assert send_times(limiter, NON_TRADING, [0.0] * 41)[-1] == pytest.approx(IG_WINDOW)


def test_user_overrides_beat_what_ig_reports() -> None:
    limiter = RateLimiter(RateLimits(non_trading=10))
    limits = limiter.configure_from_application(APPLICATIONS[1])
    assert limits.non_trading == 10
    assert limits.trading == 90
    limiter.configure(RateLimits())
    assert limiter.limits.non_trading == 40


def test_application_answer_as_models_and_odd_shapes() -> None:
    class App:
        api_key = "k"
        status = "ENABLED"
        allowance_account_trading = 77
        allowance_account_overall = None

    assert RateLimits.from_application([App()]).trading == 77
    assert RateLimits.from_application([App()]).non_trading is None
    assert RateLimits.from_application([]) == RateLimits()
    assert RateLimits.from_application(None) == RateLimits()


def test_snapshot_reports_availability_and_next_refill() -> None:
    limiter = limiter_with(non_trading=5, application=100)
    send_times(limiter, NON_TRADING, [0.0, 0.0, 10.0])
    state = limiter.snapshot(20.0)
    assert state.enabled
    assert state.non_trading.available == 2
    assert state.non_trading.next_refill_in == pytest.approx(40.0)
    assert state.trading.available == 1000
    assert state.application.available == 100 - 3
    later = limiter.snapshot(200.0)
    assert later.non_trading.available == 5
    assert later.non_trading.next_refill_in is None


def test_clock_is_used_when_no_time_is_given() -> None:
    ticks = iter([0.0, 0.0, 0.0])
    limiter = RateLimiter(RateLimits(non_trading=1), margin=0.0, clock=lambda: next(ticks))
    assert limiter.reserve(NON_TRADING) == 0.0
    assert limiter.reserve(NON_TRADING) == pytest.approx(IG_WINDOW)
    assert limiter.snapshot().non_trading.available == 0


# --- feedback ---------------------------------------------------------------------------------------


def test_pauses_over_a_second_are_logged_at_info_with_allowance_and_reason(
    caplog: pytest.LogCaptureFixture,
) -> None:
    limiter = limiter_with(non_trading=2, margin=0.0)
    caplog.set_level(logging.INFO, logger="ig_sdk.rate_limit")
    limiter.reserve(NON_TRADING, 0.0)
    limiter.reserve(NON_TRADING, 0.5)
    assert caplog.records == []  # no pause, nothing said
    assert limiter.reserve(NON_TRADING, 1.0) == pytest.approx(59.0)
    (record,) = caplog.records
    assert record.levelno == logging.INFO
    message = record.getMessage()
    assert "waiting 59.0 s" in message
    assert "non_trading allowance 2 per 60.0 s" in message
    assert "2 requests already sent or queued" in message


def test_short_pauses_stay_quiet_and_penalties_say_ig_reported_them(
    caplog: pytest.LogCaptureFixture,
) -> None:
    limiter = limiter_with(margin=0.0)
    caplog.set_level(logging.INFO, logger="ig_sdk.rate_limit")
    limiter.penalise("trading", 0.8, now=0.0)
    assert limiter.reserve(TRADING, 0.0) == pytest.approx(0.8)
    assert caplog.records == []
    limiter.penalise("application", 20.0, now=1.0)
    limiter.reserve(TRADING, 1.0)
    (record,) = caplog.records
    assert "application allowance" in record.getMessage()
    assert "IG reported it spent" in record.getMessage()
