"""Retries: counts, backoff bounds, Retry-After; trading calls are sent exactly once."""

from __future__ import annotations

import json

import httpx
import pytest

from ig_sdk._retry import RetryPolicy, is_retryable, parse_retry_after
from ig_sdk.errors import (
    APIConnectionError,
    APITimeoutError,
    HistoricalDataAllowanceError,
    InternalServerError,
    RateLimitError,
)
from tests.unit.conftest import (
    CLOSE_WIDGET,
    CREATE_WIDGET,
    PING,
    AsyncClientFactory,
    ClientFactory,
    FakeClock,
    FakeIG,
    error,
)


def test_backoff_bounds() -> None:
    policy = RetryPolicy()
    for attempt in range(10):
        cap = min(0.5 * 2**attempt, 8.0)
        assert policy.backoff(attempt, rand=lambda: 0.0) == cap
        assert policy.backoff(attempt, rand=lambda: 0.999999) == pytest.approx(cap * 0.75, rel=1e-5)
    assert policy.backoff(0, retry_after=3.0) == 3.0
    assert policy.backoff(0, retry_after=3600.0, rand=lambda: 0.0) == 0.5  # absurd waits ignored


def test_parse_retry_after() -> None:
    assert parse_retry_after({"retry-after": "2.5"}, 0) == 2.5
    assert parse_retry_after({"retry-after-ms": "1500"}, 0) == 1.5
    assert parse_retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:05 GMT"}, 1445412480.0) == 5.0
    assert parse_retry_after({"retry-after": "soon"}, 0) is None
    assert parse_retry_after({}, 0) is None


def test_is_retryable_policy() -> None:
    def status_error(
        cls: type[InternalServerError] | type[RateLimitError],
    ) -> InternalServerError | RateLimitError:
        return cls("x", operation=PING, status_code=500, error_code=None, body=None, response=None)

    assert is_retryable(PING, status_error(InternalServerError))
    assert is_retryable(PING, status_error(RateLimitError))
    assert is_retryable(PING, APIConnectionError("x", operation=PING))
    assert not is_retryable(PING, status_error(HistoricalDataAllowanceError))
    assert not is_retryable(CREATE_WIDGET, status_error(InternalServerError))
    assert not is_retryable(CREATE_WIDGET, APITimeoutError("x", operation=CREATE_WIDGET))


@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_5xx_retried_max_retries_times(
    max_retries: int, make_client: ClientFactory, fake_ig: FakeIG, clock: FakeClock
) -> None:
    client = make_client(max_retries=max_retries)

    @fake_ig.route("GET", "/ping")
    def broken(request: httpx.Request) -> httpx.Response:
        return error(503)

    with pytest.raises(InternalServerError):
        client._request(PING, {}, cast_to=None)
    assert len(fake_ig.calls("GET", "/ping")) == max_retries + 1
    assert len(clock.sleeps) == max_retries
    for i, slept in enumerate(clock.sleeps):
        cap = min(0.5 * 2**i, 8.0)
        assert 0.75 * cap <= slept <= cap


def test_recovers_after_transient_failures(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client(max_retries=2)
    answers = iter([error(500), error(429, None, {"Retry-After": "4"}), httpx.Response(200)])

    @fake_ig.route("GET", "/ping")
    def flaky(request: httpx.Request) -> httpx.Response:
        return next(answers)

    client._request(PING, {}, cast_to=None)
    assert len(fake_ig.calls("GET", "/ping")) == 3


def test_retry_after_honoured(make_client: ClientFactory, fake_ig: FakeIG, clock: FakeClock) -> None:
    client = make_client(max_retries=1)
    answers = iter(
        [error(403, "error.public-api.exceeded-account-allowance", {"Retry-After": "7"}), httpx.Response(200)]
    )

    @fake_ig.route("GET", "/ping")
    def limited(request: httpx.Request) -> httpx.Response:
        return next(answers)

    client.login()
    client._request(PING, {}, cast_to=None)
    assert clock.sleeps == [7.0]


def test_connection_errors_retried_for_non_trading(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client(max_retries=2)

    @fake_ig.route("GET", "/ping")
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(APIConnectionError) as info:
        client._request(PING, {}, cast_to=None)
    assert not isinstance(info.value, APITimeoutError)
    assert len(fake_ig.calls("GET", "/ping")) == 3


def test_with_options_max_retries_zero(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client(max_retries=5)

    @fake_ig.route("GET", "/ping")
    def broken(request: httpx.Request) -> httpx.Response:
        return error(500)

    with pytest.raises(InternalServerError):
        client.with_options(max_retries=0)._request(PING, {}, cast_to=None)
    assert len(fake_ig.calls("GET", "/ping")) == 1
    assert client.max_retries == 5


@pytest.mark.parametrize("failure", ["timeout", "drop", "500", "503"])
def test_trading_call_sent_exactly_once(
    failure: str, make_client: ClientFactory, fake_ig: FakeIG, clock: FakeClock
) -> None:
    client = make_client(max_retries=5)

    @fake_ig.route("POST", "/widgets")
    def fail(request: httpx.Request) -> httpx.Response:
        if failure == "timeout":
            raise httpx.ReadTimeout("slow", request=request)
        if failure == "drop":
            raise httpx.RemoteProtocolError("peer closed", request=request)
        return error(int(failure))

    expected = {"timeout": APITimeoutError, "drop": APIConnectionError}.get(failure, InternalServerError)
    with pytest.raises(expected) as info:
        client._request(CREATE_WIDGET, {"epic": "CS.D.EURUSD", "size": 1.0}, cast_to=None)
    sent = fake_ig.calls("POST", "/widgets")
    assert len(sent) == 1
    assert clock.sleeps == []
    reference = json.loads(sent[0].content)["dealReference"]
    assert info.value.deal_reference == reference  # type: ignore[attr-defined]
    assert reference in str(info.value)


@pytest.mark.asyncio
async def test_async_trading_call_sent_exactly_once(
    make_async_client: AsyncClientFactory, fake_ig: FakeIG
) -> None:
    client = make_async_client(max_retries=5)

    @fake_ig.route("POST", "/widgets")
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(APITimeoutError) as info:
        await client._request(
            CREATE_WIDGET, {"epic": "CS.D.EURUSD", "size": 1.0, "deal_reference": "my-ref_1"}, cast_to=None
        )
    assert info.value.deal_reference == "my-ref_1"
    assert len(fake_ig.calls("POST", "/widgets")) == 1
    await client._http.aclose()


def test_trading_call_not_replayed_after_token_error(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client()
    client.login()
    fake_ig.expire_all()

    @fake_ig.route("POST", "/widgets")
    def accept(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"dealReference": "x"})

    from ig_sdk.errors import SessionTokenError

    with pytest.raises(SessionTokenError):
        client._request(CLOSE_WIDGET, {"epic": "CS.D.EURUSD", "size": 1.0}, cast_to=None)
    assert len(fake_ig.calls("POST", "/widgets")) == 1
    assert fake_ig.logins == 2  # the session is healed for the caller's next (deliberate) attempt


@pytest.mark.asyncio
async def test_async_retries_use_injected_sleep(
    make_async_client: AsyncClientFactory, fake_ig: FakeIG, clock: FakeClock
) -> None:
    client = make_async_client(max_retries=2)

    @fake_ig.route("GET", "/ping")
    def broken(request: httpx.Request) -> httpx.Response:
        return error(502)

    with pytest.raises(InternalServerError):
        await client._request(PING, {}, cast_to=None)
    assert len(clock.sleeps) == 2
    await client._http.aclose()
