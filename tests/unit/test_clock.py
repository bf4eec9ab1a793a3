"""One clock model: pacing and ``client.rate_limits`` on monotonic time, token expiry on wall time."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from ig_sdk import Clock, SystemClock
from ig_sdk._rate_limit import RateLimiter, RateLimits
from ig_sdk.errors import AccountAllowanceError
from ig_sdk.testing import ManualClock
from tests.unit.conftest import PING, ClientFactory, FakeClock, FakeIG

WINDOW = 60.5  # IG's minute plus the limiter's default margin


def paced_client(make_client: ClientFactory, non_trading: int = 2) -> tuple[object, RateLimiter]:
    # The limiter's own clock is deliberately the system's: the client must always pass its own time.
    limiter = RateLimiter(RateLimits(non_trading=non_trading))
    return make_client(rate_limit=limiter), limiter


def test_clocks_satisfy_the_protocol() -> None:
    assert isinstance(SystemClock(), Clock)
    assert isinstance(FakeClock(), Clock)
    assert isinstance(ManualClock(), Clock)


def test_rate_limits_reads_the_clock_the_limiter_paces_with(
    make_client: ClientFactory, clock: FakeClock
) -> None:
    client = make_client(rate_limit=True)
    client._request(PING, {}, cast_to=None)
    state = client.rate_limits
    assert state is not None
    assert state.non_trading.next_refill_in == pytest.approx(WINDOW)
    assert state.application.next_refill_in == pytest.approx(WINDOW)
    assert state.trading.next_refill_in is None
    assert state.non_trading.blocked_for == 0.0
    assert state.historical.resets_in is None
    clock.now += 20.0
    state = client.rate_limits
    assert state is not None
    assert state.non_trading.next_refill_in == pytest.approx(WINDOW - 20.0)
    assert state.non_trading.available == state.non_trading.capacity - 1


def test_rate_limits_after_an_allowance_error(
    make_client: ClientFactory, fake_ig: FakeIG, clock: FakeClock
) -> None:
    refusal = {"errorCode": "error.public-api.exceeded-account-allowance"}
    fake_ig.routes[("GET", "/ping")] = lambda request: httpx.Response(
        403, json=refusal, headers={"Retry-After": "7"}
    )
    client = make_client(rate_limit=True, max_retries=0)
    with pytest.raises(AccountAllowanceError):
        client._request(PING, {}, cast_to=None)
    clock.now += 2.0
    state = client.rate_limits
    assert state is not None
    assert state.non_trading.blocked_for == pytest.approx(5.0)
    assert state.non_trading.available == 0
    assert state.application.blocked_for == 0.0


def test_a_wall_clock_jump_does_not_change_pacing(make_client: ClientFactory, clock: FakeClock) -> None:
    def third_call_wait(jump: float) -> float:
        client, _ = paced_client(make_client)
        clock.sleeps.clear()
        client._request(PING, {}, cast_to=None)  # type: ignore[attr-defined]
        clock.now += 10.0
        client._request(PING, {}, cast_to=None)  # type: ignore[attr-defined]
        clock.jump_wall(jump)
        client._request(PING, {}, cast_to=None)  # type: ignore[attr-defined]
        assert len(clock.sleeps) == 1
        return clock.sleeps[0]

    expected = third_call_wait(0.0)
    assert expected == pytest.approx(WINDOW - 10.0)
    assert third_call_wait(+3600.0) == pytest.approx(expected)
    assert third_call_wait(-3600.0) == pytest.approx(expected)


def test_rate_limits_do_not_see_a_wall_clock_jump(make_client: ClientFactory, clock: FakeClock) -> None:
    client, _ = paced_client(make_client)
    client._request(PING, {}, cast_to=None)  # type: ignore[attr-defined]
    clock.jump_wall(-86_400.0)
    state = client.rate_limits  # type: ignore[attr-defined]
    assert state.non_trading.next_refill_in == pytest.approx(WINDOW)


def test_token_expiry_follows_the_wall_clock(
    make_client: ClientFactory, fake_ig: FakeIG, clock: FakeClock
) -> None:
    client = make_client(session_version=3)
    client.login()
    clock.jump_wall(3600.0)  # a v3 token is a date: an hour later it has expired, however the time got there
    client._request(PING, {}, cast_to=None)
    assert fake_ig.refreshes == 1
    info = client.session_info
    assert info is not None
    assert info.expires_at is not None
    assert info.expires_at > clock.time()


def test_retry_after_date_is_read_against_the_wall_clock(
    make_client: ClientFactory, fake_ig: FakeIG, clock: FakeClock
) -> None:
    when = email.utils.formatdate(clock.time() + 30.0, usegmt=True)
    answers = iter([httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200)])
    fake_ig.routes[("GET", "/ping")] = lambda request: next(answers)
    client = make_client()
    client._request(PING, {}, cast_to=None)
    assert clock.sleeps
    assert clock.sleeps[0] == pytest.approx(30.0, abs=1.0)
