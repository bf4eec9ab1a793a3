"""Login and re-login ride out IG's 5xx answers and dropped connections, never bad credentials."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ig_sdk._client import AsyncIGClient, IGClient
from ig_sdk.errors import APIConnectionError, InternalServerError, InvalidCredentialsError
from tests.unit.conftest import API_KEY, BASE_URL, PASSWORD, PING, USERNAME, FakeClock, FakeIG, error

Fault = Callable[[httpx.Request], httpx.Response]


class FlakyLogins:
    """Puts queued faults in front of the fake IG's session calls (POST /session, refresh-token)."""

    def __init__(self, ig: FakeIG) -> None:
        self.ig = ig
        self.faults: list[Fault] = []
        self.session_calls = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path in ("/session", "/session/refresh-token") and request.method == "POST":
            self.session_calls += 1
            if self.faults:
                return self.faults.pop(0)(request)
        return self.ig.handle(request)


def status(code: int, headers: dict[str, str] | None = None) -> Fault:
    return lambda request: error(code, "system.error", headers)


def dropped(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


@pytest.fixture
def flaky(fake_ig: FakeIG) -> FlakyLogins:
    return FlakyLogins(fake_ig)


def sync_client(flaky: FlakyLogins, clock: FakeClock, **options: Any) -> IGClient:
    settings: dict[str, Any] = {
        "username": USERNAME,
        "password": PASSWORD,
        "api_key": API_KEY,
        "base_url": BASE_URL,
        "rate_limit": False,
        "http_client": httpx.Client(transport=httpx.MockTransport(flaky.handle)),
        "clock": clock,
        "sleep": clock.sleep,
        "rand": random.Random(3).random,
    }
    settings.update(options)
    return IGClient(**settings)


def test_login_is_retried_through_5xx_and_dropped_connections(flaky: FlakyLogins, clock: FakeClock) -> None:
    flaky.faults = [status(503), dropped]
    client = sync_client(flaky, clock)
    assert client.login().account_id == "ABC123"
    assert flaky.session_calls == 3
    assert len(clock.sleeps) == 2
    # Exponential backoff with jitter: 0.5 s then 1 s, each shortened by at most a quarter.
    assert 0.375 <= clock.sleeps[0] <= 0.5
    assert 0.75 <= clock.sleeps[1] <= 1.0


def test_login_retries_are_bounded(flaky: FlakyLogins, clock: FakeClock) -> None:
    flaky.faults = [status(502)] * 10
    client = sync_client(flaky, clock, max_retries=3)
    with pytest.raises(InternalServerError):
        client.login()
    assert flaky.session_calls == 4
    assert len(clock.sleeps) == 3
    assert sum(clock.sleeps) <= 0.5 + 1 + 2


def test_login_honours_retry_after(flaky: FlakyLogins, clock: FakeClock) -> None:
    flaky.faults = [status(503, {"Retry-After": "3"})]
    client = sync_client(flaky, clock)
    client.login()
    assert clock.sleeps == [3.0]


def test_bad_credentials_are_never_retried(flaky: FlakyLogins, clock: FakeClock) -> None:
    client = sync_client(flaky, clock, password="wrong")
    with pytest.raises(InvalidCredentialsError):
        client.login()
    assert flaky.session_calls == 1
    assert clock.sleeps == []


def test_max_retries_zero_turns_login_retries_off(flaky: FlakyLogins, clock: FakeClock) -> None:
    flaky.faults = [dropped]
    client = sync_client(flaky, clock, max_retries=0)
    with pytest.raises(APIConnectionError):
        client.login()
    assert flaky.session_calls == 1


def test_relogin_after_an_expired_session_is_retried(
    flaky: FlakyLogins, fake_ig: FakeIG, clock: FakeClock
) -> None:
    client = sync_client(flaky, clock)
    client.login()
    fake_ig.expire_all()
    flaky.faults = [status(500), status(504)]
    client._request(PING, {}, cast_to=None)  # token error -> re-login (two failures) -> replay
    assert flaky.session_calls == 4
    assert len(clock.sleeps) == 2


def test_v3_refresh_is_retried_before_falling_back_to_login(flaky: FlakyLogins, clock: FakeClock) -> None:
    client = sync_client(flaky, clock, session_version=3)
    client.login()
    clock.now += 55  # inside the refresh margin of the 60 s token
    flaky.faults = [dropped]
    client._request(PING, {}, cast_to=None)
    assert flaky.ig.refreshes == 1
    assert flaky.ig.logins == 1  # the refresh succeeded on its second attempt: no new login
    assert len(clock.sleeps) == 1


@pytest.mark.asyncio
async def test_async_login_is_retried_too(flaky: FlakyLogins, clock: FakeClock) -> None:
    async def handle(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)
        return flaky.handle(request)

    flaky.faults = [status(503), dropped]
    client = AsyncIGClient(
        username=USERNAME,
        password=PASSWORD,
        api_key=API_KEY,
        base_url=BASE_URL,
        rate_limit=False,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle)),
        clock=clock,
        sleep=clock.async_sleep,
        rand=random.Random(3).random,
    )
    assert (await client.login()).account_id == "ABC123"
    assert flaky.session_calls == 3
    assert len(clock.sleeps) == 2
    flaky.faults = [lambda request: error(401, "error.security.invalid-details")]
    with pytest.raises(InvalidCredentialsError):
        await client.login()
    assert flaky.session_calls == 4
    await client._http.aclose()
