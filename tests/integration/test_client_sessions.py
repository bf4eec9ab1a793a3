"""``IGClient`` sessions end to end against the simulator: versions, re-login, switching, export, secrets."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from ig_sdk import IGClient
from ig_sdk._generated.models import AccountsV1Response
from ig_sdk.errors import APIError, AuthenticationError, InvalidCredentialsError
from ig_sdk.testing import (
    API_KEY,
    CFD_ACCOUNT_ID,
    PASSWORD,
    SPREADBET_ACCOUNT_ID,
    USERNAME,
    IGSimulator,
    ManualClock,
)
from tests.deals import OPEN_EURUSD

from .conftest import RequestLog, logged_http, make_client

pytestmark = pytest.mark.timeout(60)

WRONG_PASSWORD = "not-the-password-1234"


@pytest.fixture
def logged(fresh_sim: IGSimulator) -> Iterator[tuple[IGClient, RequestLog]]:
    """A v2 client on a simulator of its own, with every request it sends recorded."""
    http, log = logged_http(fresh_sim)
    with http, make_client(fresh_sim, http_client=http) as c:
        yield c, log


@pytest.mark.parametrize("version", [1, 2, 3])
def test_login_each_version_end_to_end(sim: IGSimulator, version: int) -> None:
    with make_client(sim, session_version=version) as c:
        accounts = c.accounts.list()
        info = c.session_info
    assert isinstance(accounts, AccountsV1Response)
    assert {a.account_id for a in accounts.accounts or []} == {SPREADBET_ACCOUNT_ID, CFD_ACCOUNT_ID}
    assert info is not None
    assert info.session_version == version
    assert info.account_id == SPREADBET_ACCOUNT_ID
    assert info.lightstreamer_endpoint == sim.lightstreamer_url


@pytest.mark.parametrize("version", [1, 2])
def test_encrypted_password_login(fresh_sim: IGSimulator, version: int) -> None:
    http, log = logged_http(fresh_sim)
    with http, make_client(fresh_sim, http_client=http, session_version=version, encrypt_password=True) as c:
        c.accounts.list()
    assert log.count("GET", "/session/encryptionKey") == 1
    assert log.logins() == 1


def test_token_expiry_relogs_in_once_and_replays_the_call(
    fresh_sim: IGSimulator, logged: tuple[IGClient, RequestLog]
) -> None:
    c, log = logged
    c.accounts.list()
    fresh_sim.expire_all_tokens()
    accounts = c.accounts.list()
    assert isinstance(accounts, AccountsV1Response)
    assert log.logins() == 2
    assert log.count("GET", "/accounts") == 3  # first call, the refused one, the replay
    assert log.statuses.count(401) == 1


def test_token_expiry_on_a_trading_call_relogs_in_but_does_not_resend(
    fresh_sim: IGSimulator, logged: tuple[IGClient, RequestLog]
) -> None:
    c, log = logged
    c.accounts.list()
    fresh_sim.expire_all_tokens()
    with pytest.raises(APIError) as caught:
        c.positions.create_v2(**OPEN_EURUSD)
    assert caught.value.status_code == 401  # type: ignore[attr-defined]
    assert log.count("POST", "/positions/otc") == 1
    assert log.logins() == 2
    assert c.positions.list().positions == []  # the new session works and nothing was opened


def test_v3_access_token_is_refreshed_before_it_expires(
    fresh_sim: IGSimulator, sim_clock: ManualClock
) -> None:
    http, log = logged_http(fresh_sim)
    with http, make_client(fresh_sim, http_client=http, session_version=3, clock=sim_clock) as c:
        c.accounts.list()
        sim_clock.advance(
            fresh_sim.config.oauth_ttl - 5
        )  # inside the refresh margin, still valid on IG's side
        c.accounts.list()
        sim_clock.advance(fresh_sim.config.oauth_ttl - 5)
        c.accounts.list()
    assert log.logins() == 1
    assert log.count("POST", "/session/refresh-token") == 2
    assert 401 not in log.statuses


def test_bad_credentials_raise_a_typed_error_without_the_password(fresh_sim: IGSimulator) -> None:
    http, log = logged_http(fresh_sim)
    with (
        http,
        IGClient(
            username=USERNAME,
            password=WRONG_PASSWORD,
            api_key=API_KEY,
            base_url=fresh_sim.rest_url,
            http_client=http,
        ) as c,
        pytest.raises(InvalidCredentialsError) as caught,
    ):
        c.accounts.list()
    error = caught.value
    assert error.status_code == 401
    assert error.error_code == "error.security.invalid-details"
    assert WRONG_PASSWORD not in f"{error} {error!r}"
    assert log.logins() == 1  # a refused login is not retried
    assert log.count("GET", "/accounts") == 0


def test_rejected_logins_are_typed_errors(fresh_sim: IGSimulator) -> None:
    fresh_sim.reject_logins()
    with make_client(fresh_sim) as c, pytest.raises(InvalidCredentialsError):
        c.login()


def test_switch_account_changes_the_active_account(client: IGClient) -> None:
    client.login()
    info = client.switch_account(CFD_ACCOUNT_ID)
    assert info.account_id == CFD_ACCOUNT_ID
    assert client.session.get_v1().account_id == CFD_ACCOUNT_ID
    client.switch_account(SPREADBET_ACCOUNT_ID)
    assert client.session.get_v1().account_id == SPREADBET_ACCOUNT_ID


def test_client_for_a_non_default_account_switches_after_login(sim: IGSimulator) -> None:
    with make_client(sim, account_id=CFD_ACCOUNT_ID) as c:
        assert c.session.get_v1().account_id == CFD_ACCOUNT_ID


def test_exported_session_is_restored_without_a_new_login(sim: IGSimulator, client: IGClient) -> None:
    client.login()
    snapshot = client.export_session()
    http, log = logged_http(sim)
    with (
        http,
        IGClient(api_key=API_KEY, base_url=sim.rest_url, http_client=http, rate_limit=False) as restored,
    ):
        info = restored.restore_session(snapshot)
        restored.accounts.list()
    assert info.account_id == SPREADBET_ACCOUNT_ID
    assert log.logins() == 0


def test_logout_ends_the_session_on_the_server(sim: IGSimulator, client: IGClient) -> None:
    client.login()
    snapshot = client.export_session()
    client.logout()
    assert client.session_info is None
    with IGClient(api_key=API_KEY, base_url=sim.rest_url, rate_limit=False) as other:
        other.restore_session(snapshot)
        # The old tokens are dead on the server, and this client has no password to log in again.
        with pytest.raises(AuthenticationError):
            other.accounts.list()


def test_secrets_never_reach_logs_reprs_or_errors(
    fresh_sim: IGSimulator, sim_clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = {PASSWORD, API_KEY, WRONG_PASSWORD}
    texts: list[str] = []

    def remember(c: IGClient) -> None:
        secrets.update(str(v) for k, v in c.export_session().items() if k in _TOKEN_KEYS and v)
        texts.extend([repr(c), str(c), repr(c.session_info)])

    with make_client(fresh_sim) as v2:
        v2.accounts.list()
        remember(v2)
        fresh_sim.expire_all_tokens()
        v2.markets.search_v1(search_term="gold")
        remember(v2)
        fresh_sim.fail_next(1, 503)
        v2.accounts.list()
    with make_client(fresh_sim, encrypt_password=True) as encrypted:
        encrypted.accounts.list()
        remember(encrypted)
    with make_client(fresh_sim, session_version=3, clock=sim_clock) as v3:
        v3.accounts.list()
        remember(v3)
        sim_clock.advance(fresh_sim.config.oauth_ttl)
        v3.accounts.list()
        remember(v3)
    with (
        IGClient(
            username=USERNAME, password=WRONG_PASSWORD, api_key=API_KEY, base_url=fresh_sim.rest_url
        ) as bad,
        pytest.raises(InvalidCredentialsError) as caught,
    ):
        bad.accounts.list()
    texts.extend([str(caught.value), repr(caught.value), repr(bad)])

    ours = [r for r in caplog.records if r.name == "ig_sdk" or r.name.startswith("ig_sdk.")]
    assert sum(r.levelno == logging.DEBUG for r in ours) > 10  # the SDK did log requests at DEBUG
    # Every record, httpcore's DEBUG trace of raw response headers (CST, X-SECURITY-TOKEN) included.
    transport = [r for r in caplog.records if r.name.startswith("httpcore")]
    assert any("CST" in r.getMessage() for r in transport)  # the trace did print the header, masked
    texts.extend(r.getMessage() for r in caplog.records)
    texts.extend(str(r.args) for r in ours)
    leaks = sorted({f"{s[:6]}… in {t[:160]!r}" for s in secrets for t in texts if s in t})
    assert leaks == []


_TOKEN_KEYS = {"cst", "security_token", "access_token", "refresh_token"}
