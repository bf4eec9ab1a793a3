"""The historical price allowance: point estimates, fail-fast, and accounting from price responses."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pydantic import BaseModel

from ig_sdk._operation_record import Operation
from ig_sdk._rate_limit import (
    PricePointsExceedAllowanceError,
    RateLimiter,
    RateLimits,
    estimate_points,
)
from ig_sdk._sentinel import NOT_GIVEN


def make_op(operation_id: str) -> Operation:
    return Operation(
        operation_id=operation_id,
        resource="prices",
        method_name="get",
        method="GET",
        path="/prices/{epic}",
        version=3,
        summary="Historical prices.",
        trading=False,
        deal_reference=False,
        auth="session",
        rate_bucket="historical",
        long_timeout=True,
        method_override=None,
        preferred=True,
        deprecated=None,
        params=(),
        request_model_name=None,
        params_model_name=None,
        response_model_name=None,
    )


PRICES_V3 = make_op("getPricesV3")
BY_POINTS = make_op("getPricesByNumberOfPointsV2")
BY_RANGE = make_op("getPricesByDateRangeV2")


def v3_body(remaining: int, total: int = 10_000, expiry: int = 3_600) -> dict[str, object]:
    allowance = {"remainingAllowance": remaining, "totalAllowance": total, "allowanceExpiry": expiry}
    return {"prices": [], "metadata": {"allowance": allowance, "size": 0}}


def limiter(**kwargs: object) -> RateLimiter:
    return RateLimiter(RateLimits(historical=10_000), margin=0.0, **kwargs)  # type: ignore[arg-type]


# --- estimating points ----------------------------------------------------------------------------


class Resolution(enum.StrEnum):
    HOUR = "HOUR"


@pytest.mark.parametrize(
    ("params", "points"),
    [
        ({"numPoints": 250}, 250),
        ({"num_points": "40", "resolution": "DAY"}, 40),
        (None, 10),  # GET /prices/{epic} with IG's defaults: max 10
        ({"max": 50}, 20),  # ... but paged 20 at a time by default
        ({"max": 50, "pageSize": 0}, 50),
        ({"max": 50, "page_size": 100}, 50),
        ({"from": "2024-01-01T00:00:00", "to": "2024-01-01T01:00:00", "pageSize": 0}, 61),
        ({"from_": "2024-01-01T00:00:00", "to": "2024-01-01T01:00:00"}, 20),
        (
            {
                "from": "2024-01-01T00:00:00",
                "to": "2024-01-01T01:00:00",
                "resolution": "MINUTE_5",
                "pageSize": 0,
            },
            13,
        ),
        ({"from": "2024-01-01T00:00:00", "pageSize": 0}, None),  # open range, paging off: unknowable
        ({"from": "2024-01-01T00:00:00", "max": 5, "pageSize": 0}, None),  # max is ignored with a range
        ({"startdate": "2024:01:01-00:00:00", "enddate": "2024:01:01-03:00:00", "resolution": "HOUR"}, 4),
        ({"start_date": datetime(2024, 1, 1), "end_date": datetime(2024, 1, 11), "resolution": "DAY"}, 11),
        (
            {
                "startDate": "2024-01-01 00:00:00",
                "endDate": "2024-01-01 02:00:00",
                "resolution": Resolution.HOUR,
            },
            3,
        ),
        ({"startDate": date(2024, 1, 1), "endDate": date(2024, 1, 3), "resolution": "HOUR_4"}, 13),
        ({"startDate": "2024-01-01 00:00:00", "endDate": "2024-01-01 02:00:00", "resolution": "WEIRD"}, None),
        ({"startDate": "yesterday", "endDate": "2024-01-01 02:00:00", "resolution": "HOUR"}, None),
        ({"startDate": "2024-02-01 00:00:00", "endDate": "2024-01-01 00:00:00", "resolution": "HOUR"}, 0),
        ({"numPoints": NOT_GIVEN, "max": None}, 10),
    ],
)
def test_points_are_estimated_from_request_arguments(
    params: dict[str, object] | None, points: int | None
) -> None:
    assert estimate_points(params) == points


def test_aware_and_naive_dates_are_compared_as_wall_time() -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    end = datetime(2024, 1, 1, 2)
    assert estimate_points({"startDate": start, "endDate": end, "resolution": "HOUR"}) == 3
    aware_end = datetime(2024, 1, 1, 4, tzinfo=timezone(timedelta(hours=2)))
    assert estimate_points({"startDate": start, "endDate": aware_end, "resolution": "HOUR"}) == 3


# --- accounting from responses --------------------------------------------------------------------


def test_price_responses_set_what_is_left() -> None:
    rl = limiter()
    assert not rl.snapshot(0.0).historical.reported
    rl.reserve(PRICES_V3, 0.0, params={"max": 5})
    assert rl.snapshot(0.0).historical.reserved == 5
    rl.observe(PRICES_V3, {}, v3_body(remaining=995, total=10_000, expiry=7_200), now=1.0)
    state = rl.snapshot(1.0).historical
    assert (state.remaining, state.total, state.reserved, state.reported) == (995, 10_000, 0, True)
    assert state.resets_in == pytest.approx(7_200.0)
    assert state.available == 995


def test_version_one_and_two_bodies_and_models_are_read() -> None:
    class Allowance(BaseModel):
        remaining_allowance: int
        total_allowance: int
        allowance_expiry: int

    class PricesResponse(BaseModel):
        prices: list[object]
        allowance: Allowance

    rl = limiter()
    body = PricesResponse(
        prices=[], allowance=Allowance(remaining_allowance=42, total_allowance=500, allowance_expiry=60)
    )
    rl.observe(BY_POINTS, None, body, now=0.0)
    assert rl.snapshot(0.0).historical.remaining == 42
    assert rl.snapshot(0.0).historical.total == 500
    flat = {"allowance": {"remainingAllowance": 41, "totalAllowance": 500, "allowanceExpiry": 59}}
    rl.observe(BY_RANGE, None, flat, now=1.0)
    assert rl.snapshot(1.0).historical.remaining == 41


def test_in_flight_estimates_count_until_answered() -> None:
    rl = limiter()
    rl.observe(PRICES_V3, {}, v3_body(remaining=100), now=0.0)
    rl.reserve(BY_POINTS, 0.0, params={"numPoints": 60})
    with pytest.raises(PricePointsExceedAllowanceError):
        rl.reserve(BY_POINTS, 0.0, params={"numPoints": 50})
    rl.observe(BY_POINTS, {}, {"allowance": {"remainingAllowance": 40}}, now=1.0)
    rl.reserve(BY_POINTS, 1.0, params={"numPoints": 40})
    assert rl.snapshot(1.0).historical.available == 0


def test_an_error_answer_releases_the_estimate() -> None:
    rl = limiter()
    rl.observe(PRICES_V3, {}, v3_body(remaining=100), now=0.0)
    rl.reserve(BY_POINTS, 0.0, params={"numPoints": 100})
    assert rl.snapshot(0.0).historical.available == 0
    rl.observe(BY_POINTS, {}, {"errorCode": "error.unsupported.epic"}, now=1.0)
    assert rl.snapshot(1.0).historical.available == 100


def test_estimates_of_requests_never_answered_expire() -> None:
    rl = limiter()
    rl.reserve(BY_POINTS, 0.0, params={"numPoints": 9_000})
    assert rl.snapshot(1.0).historical.available == 1_000
    assert rl.snapshot(601.0).historical.available == 10_000


# --- failing fast ---------------------------------------------------------------------------------


def test_a_request_that_cannot_fit_fails_before_sending() -> None:
    rl = limiter()
    rl.observe(PRICES_V3, {}, v3_body(remaining=30, expiry=500), now=0.0)
    before = rl.snapshot(0.0)
    with pytest.raises(PricePointsExceedAllowanceError) as caught:
        rl.reserve(BY_POINTS, 100.0, params={"numPoints": 31})
    error = caught.value
    assert (error.estimated_points, error.remaining, error.operation) == (31, 30, BY_POINTS)
    assert error.resets_in == pytest.approx(400.0)
    assert "31 points" in str(error)
    assert "30 remain" in str(error)
    after = rl.snapshot(0.0)
    assert after.non_trading.available == before.non_trading.available, "no request slot was booked"
    assert after.application.available == before.application.available
    assert rl.reserve(BY_POINTS, 100.0, params={"numPoints": 30}) == 0.0


def test_more_than_the_whole_allowance_fails_even_before_any_report() -> None:
    with pytest.raises(PricePointsExceedAllowanceError, match="unknown time"):
        limiter().reserve(BY_POINTS, 0.0, params={"numPoints": 10_001})


def test_unknown_size_needs_at_least_one_point() -> None:
    rl = limiter()
    rl.observe(PRICES_V3, {}, v3_body(remaining=0), now=0.0)
    with pytest.raises(PricePointsExceedAllowanceError, match="at least one point"):
        rl.reserve(PRICES_V3, 0.0, params={"from": "2024-01-01T00:00:00", "pageSize": 0})


def test_fail_fast_can_be_turned_off() -> None:
    rl = limiter(fail_fast=False)
    rl.observe(PRICES_V3, {}, v3_body(remaining=0), now=0.0)
    assert rl.reserve(BY_POINTS, 0.0, params={"numPoints": 500}) == 0.0


def test_allowance_comes_back_when_the_period_ends() -> None:
    rl = limiter()
    rl.observe(PRICES_V3, {}, v3_body(remaining=0, total=2_000, expiry=100), now=0.0)
    with pytest.raises(PricePointsExceedAllowanceError):
        rl.reserve(BY_POINTS, 99.0, params={"numPoints": 1})
    assert rl.reserve(BY_POINTS, 100.0, params={"numPoints": 1_000}) == 0.0
    state = rl.snapshot(100.0).historical
    assert (state.remaining, state.total, state.reported, state.resets_in) == (2_000, 2_000, False, None)


def test_penalise_empties_the_allowance_for_a_while() -> None:
    rl = limiter()
    rl.penalise("historical", 50.0, now=0.0)
    with pytest.raises(PricePointsExceedAllowanceError):
        rl.reserve(PRICES_V3, 10.0)
    assert rl.reserve(PRICES_V3, 50.0) == 0.0


def test_penalise_without_retry_after_keeps_the_reported_expiry() -> None:
    rl = limiter()
    rl.observe(PRICES_V3, {}, v3_body(remaining=500, expiry=86_400), now=0.0)
    rl.penalise("historical", now=10.0)
    assert rl.snapshot(10.0).historical.resets_in == pytest.approx(86_390.0)
    other = limiter()
    other.penalise("historical", now=0.0)
    assert other.snapshot(0.0).historical.resets_in == pytest.approx(3_600.0)


def test_price_requests_also_spend_the_request_allowances() -> None:
    rl = RateLimiter(RateLimits(non_trading=2, application=100), margin=0.0)
    delays = [rl.reserve(PRICES_V3, 0.0, params={"max": 1}) for _ in range(3)]
    assert delays == [0.0, 0.0, pytest.approx(60.0)]


def test_configured_total_applies_until_ig_reports() -> None:
    rl = RateLimiter(margin=0.0)
    rl.configure_from_application([{"allowanceAccountHistoricalData": 3_000}])
    assert rl.snapshot(0.0).historical.remaining == 3_000
    rl.observe(PRICES_V3, {}, v3_body(remaining=10, total=3_000), now=0.0)
    rl.configure(RateLimits(historical=5_000))
    assert rl.snapshot(0.0).historical.remaining == 10, "IG's own figure is not overwritten"
