"""The simulator's REST side driven with raw httpx, as any IG client would use it."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from ig_sdk.testing import CFD_ACCOUNT_ID, SPREADBET_ACCOUNT_ID, IGSimulator, ManualClock, SimulatorConfig
from ig_sdk.testing._rsa import RsaKey

pytestmark = pytest.mark.timeout(60)

_OPEN = {
    "epic": "CS.D.EURUSD.TODAY.IP",
    "expiry": "DFB",
    "direction": "BUY",
    "size": 1,
    "orderType": "MARKET",
    "currencyCode": "GBP",
    "forceOpen": True,
    "guaranteedStop": False,
}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 6, 2, 10, 0, tzinfo=UTC))  # a Tuesday: every market open


@pytest.fixture
def sim(clock: ManualClock) -> Iterator[IGSimulator]:
    with IGSimulator(SimulatorConfig(tick_interval=3600), clock=clock) as simulator:
        yield simulator


@pytest.fixture
def http(sim: IGSimulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sim.rest_url, timeout=10, headers={"X-IG-API-KEY": sim.api_key}) as client:
        yield client


def _login(http: httpx.Client, sim: IGSimulator) -> dict[str, str]:
    r = http.post(
        "/session", json={"identifier": sim.username, "password": sim.password}, headers={"VERSION": "2"}
    )
    assert r.status_code == 200, r.text
    return {"CST": r.headers["CST"], "X-SECURITY-TOKEN": r.headers["X-SECURITY-TOKEN"]}


def _get(
    http: httpx.Client, path: str, auth: dict[str, str], version: int = 1, **params: Any
) -> httpx.Response:
    return http.get(path, headers={**auth, "VERSION": str(version)}, params=params)


def test_login_v2_returns_tokens_and_session_details(http: httpx.Client, sim: IGSimulator) -> None:
    r = http.post(
        "/session", json={"identifier": sim.username, "password": sim.password}, headers={"VERSION": "2"}
    )
    body = r.json()
    assert r.status_code == 200
    assert r.headers["CST"]
    assert r.headers["X-SECURITY-TOKEN"]
    assert body["currentAccountId"] == SPREADBET_ACCOUNT_ID
    assert body["lightstreamerEndpoint"] == sim.lightstreamer_url
    assert {a["accountId"] for a in body["accounts"]} == {SPREADBET_ACCOUNT_ID, CFD_ACCOUNT_ID}


def test_login_v3_oauth_then_fetch_session_tokens_and_refresh(http: httpx.Client, sim: IGSimulator) -> None:
    r = http.post(
        "/session", json={"identifier": sim.username, "password": sim.password}, headers={"VERSION": "3"}
    )
    token = r.json()["oauthToken"]
    assert "CST" not in r.headers
    auth = {"Authorization": f"Bearer {token['access_token']}", "IG-ACCOUNT-ID": SPREADBET_ACCOUNT_ID}
    session = http.get("/session", params={"fetchSessionTokens": "true"}, headers=auth)
    assert session.status_code == 200
    assert session.headers["CST"]
    assert session.json()["accountId"] == SPREADBET_ACCOUNT_ID
    refreshed = http.post("/session/refresh-token", json={"refresh_token": token["refresh_token"]})
    assert refreshed.status_code == 200
    assert refreshed.json()["access_token"] != token["access_token"]
    stale = http.get("/accounts", headers=auth)
    assert stale.json() == {"errorCode": "error.security.oauth-token-invalid"}


def test_encrypted_password_login(http: httpx.Client, sim: IGSimulator) -> None:
    key = http.get("/session/encryptionKey").json()
    assert key["encryptionKey"].startswith("MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ")  # 1024-bit SPKI
    from ig_sdk.testing._rsa import simulator_key

    public: RsaKey = simulator_key()
    secret = base64.b64encode(public.encrypt(f"{sim.password}|{key['timeStamp']}".encode())).decode()
    ok = http.post(
        "/session",
        json={"identifier": sim.username, "password": secret, "encryptedPassword": True},
        headers={"VERSION": "2"},
    )
    bad = http.post(
        "/session",
        json={"identifier": sim.username, "password": "bm9wZQ==", "encryptedPassword": True},
        headers={"VERSION": "2"},
    )
    assert ok.status_code == 200
    assert bad.json() == {"errorCode": "error.security.invalid-details"}


def test_auth_errors(http: httpx.Client, sim: IGSimulator) -> None:
    assert http.get("/accounts").json() == {"errorCode": "error.security.client-token-missing"}
    no_key = httpx.get(sim.rest_url + "/accounts", timeout=10)
    assert (no_key.status_code, no_key.json()) == (400, {"errorCode": "error.security.api-key-missing"})
    bad = http.get("/accounts", headers={"CST": "x", "X-SECURITY-TOKEN": "y"})
    assert (bad.status_code, bad.json()["errorCode"]) == (401, "error.security.client-token-invalid")


def test_search_market_and_unknown_epic(http: httpx.Client, sim: IGSimulator) -> None:
    auth = _login(http, sim)
    found = _get(http, "/markets", auth, searchTerm="gold").json()["markets"]
    assert "CS.D.USCGC.TODAY.IP" in [m["epic"] for m in found]
    details = _get(http, "/markets/IX.D.FTSE.DAILY.IP", auth, version=3).json()
    assert details["instrument"]["expiry"] == "DFB"
    assert details["snapshot"]["bid"] < details["snapshot"]["offer"]
    assert "marginFactor" in details["instrument"]
    assert "margin" not in details["instrument"]
    v1 = _get(http, "/markets/IX.D.FTSE.DAILY.IP", auth, version=1).json()
    assert "margin" in v1["instrument"]
    assert "marginFactor" not in v1["instrument"]
    missing = _get(http, "/markets/XX.D.NOPE.IP", auth, version=3)
    assert (missing.status_code, missing.json()["errorCode"]) == (404, "error.public-api.epic-not-found")


def test_prices_are_deterministic_and_count_the_allowance(http: httpx.Client, sim: IGSimulator) -> None:
    auth = _login(http, sim)
    first = _get(http, "/prices/CS.D.EURUSD.TODAY.IP/HOUR/200", auth, version=2).json()
    again = _get(http, "/prices/CS.D.EURUSD.TODAY.IP/HOUR/5", auth, version=2).json()
    assert len(first["prices"]) == 200
    assert first["prices"][-5:] == again["prices"]
    assert again["allowance"]["remainingAllowance"] == 10_000 - 205
    candle = first["prices"][0]
    assert candle["highPrice"]["bid"] >= candle["lowPrice"]["bid"]
    assert candle["snapshotTime"].count("/") == 2
    sim.set_allowances(historical_points=210)
    refused = _get(http, "/prices/CS.D.EURUSD.TODAY.IP/HOUR/10", auth, version=2)
    assert (refused.status_code, refused.json()["errorCode"]) == (
        403,
        "error.public-api.exceeded-account-historical-data-allowance",
    )


def test_open_partial_close_full_close_with_confirms_and_activity(
    http: httpx.Client, sim: IGSimulator
) -> None:
    auth = _login(http, sim)
    h2 = {**auth, "VERSION": "2"}
    ref = http.post("/positions/otc", json={**_OPEN, "size": 2}, headers=h2).json()["dealReference"]
    confirm = _get(http, f"/confirms/{ref}", auth).json()
    assert (confirm["dealStatus"], confirm["status"]) == ("ACCEPTED", "OPEN")
    deal_id = confirm["dealId"]
    position = _get(http, f"/positions/{deal_id}", auth, version=2).json()["position"]
    assert position["size"] == 2
    close = {"dealId": deal_id, "direction": "SELL", "size": 0.5, "orderType": "MARKET"}
    part = http.post("/positions/otc", json=close, headers={**auth, "_method": "DELETE"}).json()[
        "dealReference"
    ]
    assert _get(http, f"/confirms/{part}", auth).json()["status"] == "PARTIALLY_CLOSED"
    full = http.post(
        "/positions/otc", json={**close, "size": 1.5}, headers={**auth, "_method": "DELETE"}
    ).json()["dealReference"]
    assert _get(http, f"/confirms/{full}", auth).json()["affectedDeals"] == [
        {"dealId": deal_id, "status": "FULLY_CLOSED"}
    ]
    assert _get(http, "/positions", auth, version=2).json() == {"positions": []}
    activity = _get(http, "/history/activity", auth, version=3, detailed="true").json()["activities"]
    assert [a["description"].split(":")[0] for a in activity] == [
        "Position closed",
        "Position partially closed",
        "Position opened",
    ]
    deals = _get(http, "/history/transactions", auth, version=2, type="ALL_DEAL").json()["transactions"]
    assert len(deals) == 2


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"size": 0.1}, "MINIMUM_ORDER_SIZE_ERROR"),
        ({"stopDistance": 0.5}, "ATTACHED_ORDER_LEVEL_ERROR"),
        ({"epic": "CS.D.EURUSD.CFD.IP", "expiry": "-"}, "REJECT_CFD_ORDER_ON_SPREADBET_ACCOUNT"),
        ({"epic": "KA.D.VOD.DAILY.IP"}, "MARKET_CLOSED_WITH_EDITS"),
    ],
)
def test_rejections_carry_igs_reasons(
    http: httpx.Client, sim: IGSimulator, clock: ManualClock, change: dict[str, Any], reason: str
) -> None:
    if change.get("epic") == "KA.D.VOD.DAILY.IP":
        clock.set(datetime(2026, 6, 2, 20, 0, tzinfo=UTC))  # after the London close
    auth = _login(http, sim)
    ref = http.post("/positions/otc", json={**_OPEN, **change}, headers={**auth, "VERSION": "2"}).json()
    confirm = _get(http, f"/confirms/{ref['dealReference']}", auth).json()
    assert (confirm["dealStatus"], confirm["reason"]) == ("REJECTED", reason)


def test_working_order_is_filled_when_the_price_crosses(
    http: httpx.Client, sim: IGSimulator, clock: ManualClock
) -> None:
    auth = _login(http, sim)
    offer = _get(http, "/markets/CS.D.EURUSD.TODAY.IP", auth, version=3).json()["snapshot"]["offer"]
    order = {
        "epic": "CS.D.EURUSD.TODAY.IP",
        "expiry": "DFB",
        "direction": "BUY",
        "size": 1,
        "type": "STOP",
        "level": offer + 3,
        "currencyCode": "GBP",
        "guaranteedStop": False,
        "timeInForce": "GOOD_TILL_CANCELLED",
    }
    ref = http.post("/workingorders/otc", json=order, headers={**auth, "VERSION": "2"}).json()[
        "dealReference"
    ]
    assert _get(http, f"/confirms/{ref}", auth).json()["dealStatus"] == "ACCEPTED"
    assert len(_get(http, "/workingorders", auth, version=2).json()["workingOrders"]) == 1
    for _ in range(2000):  # walk simulated time until the offer rises past the stop level (bounded)
        clock.advance(60)
        sim.tick()
        if not sim.engine.dealing.orders:
            break
    assert _get(http, "/workingorders", auth, version=2).json() == {"workingOrders": []}
    opened = _get(http, "/positions", auth, version=2).json()["positions"]
    assert [p["position"]["level"] for p in opened] == [offer + 3]


def test_switch_account_and_faults(http: httpx.Client, sim: IGSimulator) -> None:
    auth = _login(http, sim)
    switched = http.put("/session", json={"accountId": CFD_ACCOUNT_ID}, headers=auth)
    assert switched.status_code == 200
    assert _get(http, "/session", auth).json()["accountId"] == CFD_ACCOUNT_ID
    same = http.put("/session", json={"accountId": CFD_ACCOUNT_ID}, headers=auth)
    assert same.json()["errorCode"] == "error.switch.accountId-must-be-different"
    sim.fail_next(1, 503)
    assert _get(http, "/accounts", auth).status_code == 503
    assert _get(http, "/accounts", auth).status_code == 200
    sim.drop_next(1)
    with pytest.raises(httpx.TransportError):
        _get(http, "/accounts", auth)
    sim.expire_all_tokens()
    assert _get(http, "/accounts", auth).json()["errorCode"] == "error.security.client-token-invalid"
    sim.reject_logins()
    r = http.post("/session", json={"identifier": sim.username, "password": sim.password})
    assert r.json() == {"errorCode": "error.security.invalid-details"}


def test_bad_fields_and_versions(http: httpx.Client, sim: IGSimulator) -> None:
    auth = _login(http, sim)
    missing = http.post("/positions/otc", json={**_OPEN, "size": None}, headers={**auth, "VERSION": "2"})
    assert (missing.status_code, missing.json()["errorCode"]) == (
        400,
        "validation.null-not-allowed.request.size",
    )
    unknown = http.post("/positions/otc", json={**_OPEN, "epic": "CS.D.NOPE.TODAY.IP"}, headers=auth)
    assert unknown.json()["errorCode"] == "error.trading.otc.instrument-not-found"
    assert _get(http, "/accounts", auth, version=9).json()["errorCode"] == "invalid.url"
