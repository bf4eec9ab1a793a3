"""What IG tolerates in requests, and how it answers what it does not know (raw HTTP, as any client sends)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ig_sdk.testing import API_KEY, PASSWORD, IGSimulator

from .conftest import OPEN_EURUSD, make_simulator, raw_session

EPIC = "CS.D.EURUSD.TODAY.IP"
_OPEN = OPEN_EURUSD


@pytest.fixture(scope="module")
def sim() -> Iterator[IGSimulator]:
    with make_simulator() as simulator:
        yield simulator


@pytest.fixture(scope="module")
def http(sim: IGSimulator) -> Iterator[httpx.Client]:
    with raw_session(sim) as client:
        yield client


def _confirm(http: httpx.Client, answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code == 200, answer.text
    confirm: dict[str, Any] = http.get(f"/confirms/{answer.json()['dealReference']}").json()
    return confirm


@pytest.mark.parametrize(
    "path",
    [
        "/accounts/",
        "/positions/",
        "/workingorders/",
        "/history/activity/",
        "/watchlists/",
        "/clientsentiment/",
    ],
)
def test_trailing_slashes_are_ignored(http: httpx.Client, path: str) -> None:
    params = {"marketIds": "EURUSD"} if path.startswith("/clientsentiment") else None
    version = (
        "3" if path.startswith("/history") else "2" if path in ("/positions/", "/workingorders/") else "1"
    )
    assert http.get(path, params=params, headers={"VERSION": version}).status_code == 200


def test_header_names_are_case_insensitive(sim: IGSimulator, http: httpx.Client) -> None:
    tokens = {"cst": http.headers["CST"], "x-security-token": http.headers["X-SECURITY-TOKEN"]}
    with httpx.Client(base_url=sim.rest_url, timeout=10) as raw:
        answer = raw.get("/positions", headers={"x-ig-api-key": API_KEY, "version": "2", **tokens})
    assert answer.status_code == 200
    assert "createdDateUTC" in str(answer.json()) or answer.json() == {"positions": []}


def test_booleans_and_numbers_sent_as_strings_are_read_as_values(http: httpx.Client) -> None:
    body = {**_OPEN, "size": "1.5", "forceOpen": "true", "guaranteedStop": "false", "trailingStop": "false"}
    confirm = _confirm(http, http.post("/positions/otc", json=body, headers={"VERSION": "2"}))
    assert confirm["dealStatus"] == "ACCEPTED", confirm
    assert confirm["size"] == 1.5
    assert confirm["guaranteedStop"] is False  # the string "false" is not taken as true


def test_a_string_false_preference_is_false(http: httpx.Client) -> None:
    assert http.put("/accounts/preferences", json={"trailingStopsEnabled": "true"}).status_code == 200
    assert http.get("/accounts/preferences").json() == {"trailingStopsEnabled": True}
    assert http.put("/accounts/preferences", json={"trailingStopsEnabled": "false"}).status_code == 200
    assert http.get("/accounts/preferences").json() == {"trailingStopsEnabled": False}


def test_a_number_that_is_not_one_is_refused(http: httpx.Client) -> None:
    answer = http.post("/positions/otc", json={**_OPEN, "size": "one"}, headers={"VERSION": "2"})
    assert (answer.status_code, answer.json()) == (400, {"errorCode": "invalid.input"})


def test_method_override_in_any_case(http: httpx.Client) -> None:
    deal = _confirm(http, http.post("/positions/otc", json=_OPEN, headers={"VERSION": "2"}))
    body = {"dealId": deal["dealId"], "direction": "SELL", "size": "1", "orderType": "MARKET"}
    closed = _confirm(
        http, http.post("/positions/otc", json=body, headers={"_METHOD": "delete", "VERSION": "1"})
    )
    assert closed["status"] == "CLOSED", closed


def test_a_body_on_a_real_delete_is_dropped_as_at_ig(http: httpx.Client) -> None:
    deal = _confirm(http, http.post("/positions/otc", json=_OPEN, headers={"VERSION": "2"}))
    body = {"dealId": deal["dealId"], "direction": "SELL", "size": 1, "orderType": "MARKET"}
    answer = http.request("DELETE", "/positions/otc", json=body, headers={"VERSION": "1"})
    assert (answer.status_code, answer.json()) == (400, {"errorCode": "validation.null-not-allowed.request"})


def test_missing_version_header_means_version_1(http: httpx.Client) -> None:
    _confirm(http, http.post("/positions/otc", json=_OPEN, headers={"VERSION": "2"}))
    v1 = http.get("/positions").json()["positions"][0]["position"]
    assert "dealSize" in v1  # the v1 spelling (positions-list-v1-2, recorded without a VERSION header)
    assert "createdDateUTC" not in v1


def test_unknown_versions_and_paths_answer_invalid_url(sim: IGSimulator, http: httpx.Client) -> None:
    for path, version in (("/positions", "9"), ("/nosuchthing", "1"), ("/markets/a/b/c", "1")):
        answer = http.get(path, headers={"VERSION": version})
        assert (answer.status_code, answer.json()) == (404, {"errorCode": "invalid.url"}), path
    with httpx.Client(base_url=sim.rest_url, timeout=10) as anonymous:
        # IG checks the caller before it finds no such version (errors-security_client-token-missing-v3-1).
        answer = anonymous.get("/marketnavigation", headers={"X-IG-API-KEY": API_KEY, "VERSION": "3"})
    assert (answer.status_code, answer.json()) == (401, {"errorCode": "error.security.client-token-missing"})


def test_a_version_that_is_not_a_number_is_refused(http: httpx.Client) -> None:
    answer = http.get("/positions", headers={"VERSION": "two"})
    assert (answer.status_code, answer.json()) == (400, {"errorCode": "invalid.input"})


def test_query_booleans_in_any_case(http: httpx.Client) -> None:
    answer = http.get("/session", params={"fetchSessionTokens": "TRUE"})
    assert answer.headers.get("CST") == http.headers["CST"]


def test_price_dates_with_milliseconds_and_z(http: httpx.Client) -> None:
    query = {"resolution": "HOUR", "from": "2026-06-01T00:00:00.000Z", "to": "2026-06-01T03:00:00.000Z"}
    answer = http.get(f"/prices/{EPIC}", params=query, headers={"VERSION": "3"})
    assert answer.status_code == 200, answer.text
    assert len(answer.json()["prices"]) == 4


def test_an_email_address_as_identifier_fails_the_pattern(sim: IGSimulator) -> None:
    with httpx.Client(base_url=sim.rest_url, timeout=10, headers={"X-IG-API-KEY": API_KEY}) as raw:
        answer = raw.post(
            "/session", json={"identifier": "me@example.com", "password": PASSWORD}, headers={"VERSION": "2"}
        )
    assert answer.status_code == 400
    assert answer.json() == {"errorCode": "validation.pattern.invalid.authenticationRequest.identifier"}


def test_v1_working_orders_say_gtc_for_good_till_cancelled(http: httpx.Client) -> None:
    order = {
        "epic": EPIC,
        "expiry": "DFB",
        "direction": "BUY",
        "size": 1,
        "level": 9000,
        "type": "LIMIT",
        "currencyCode": "GBP",
        "guaranteedStop": False,
        "timeInForce": "GOOD_TILL_CANCELLED",
    }
    assert _confirm(http, http.post("/workingorders/otc", json=order, headers={"VERSION": "2"}))[
        "dealStatus"
    ] == ("ACCEPTED")
    v1 = http.get("/workingorders", headers={"VERSION": "1"}).json()["workingOrders"]
    v2 = http.get("/workingorders", headers={"VERSION": "2"}).json()["workingOrders"]
    assert {o["workingOrderData"]["goodTill"] for o in v1} == {"GTC"}
    assert {o["workingOrderData"]["goodTillDate"] for o in v2} == {None}
