"""The simulator as its own process (``python -m ig_sdk.testing.simulator``), driven through its control API.

Everything here happens over HTTP from this (other) process, as a bot in another language or a CI job would
do it: faults, allowances, token expiry, refused logins, Lightstreamer END/CONERR and the clock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from lightstreamer.client import ClientListener, LightstreamerClient

from ig_sdk import IGClient
from ig_sdk.errors import AuthenticationError, InternalServerError
from ig_sdk.testing import API_KEY, PASSWORD, USERNAME

pytestmark = pytest.mark.timeout(90)


@dataclass
class Process:
    rest_url: str
    control_url: str
    control: httpx.Client

    def post(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        answer = self.control.post(self.control_url + path, json=body or {})
        assert answer.status_code == 200, answer.text
        result: dict[str, Any] = answer.json()
        return result

    def login(self, client: httpx.Client) -> httpx.Response:
        return client.post(
            self.rest_url + "/session",
            json={"identifier": USERNAME, "password": PASSWORD},
            headers={"X-IG-API-KEY": API_KEY, "VERSION": "2"},
        )


@pytest.fixture(scope="module")
def process() -> Iterator[Process]:
    command = [sys.executable, "-m", "ig_sdk.testing.simulator", "--json", "--start", "trading", "--frozen"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()  # the addresses, once it listens
        if not line:
            raise AssertionError(
                f"the simulator did not start: {server.stderr.read() if server.stderr else ''}"
            )
        addresses = json.loads(line)
        with httpx.Client(timeout=10) as control:
            yield Process(addresses["rest_url"], addresses["control_url"], control)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(autouse=True)
def _clean(process: Process) -> Iterator[None]:
    yield
    process.post("/reset")


def test_state_lists_addresses_credentials_and_clock(process: Process) -> None:
    state = process.control.get(process.control_url).json()
    assert state["rest_url"] == process.rest_url
    assert state["credentials"]["username"] == USERNAME
    assert state["clock"]["now"].startswith("2026-06-02T10:00:00")
    assert state["clock"]["frozen"] is True


def test_clock_is_set_advanced_and_frozen_from_outside(process: Process) -> None:
    assert process.post("/clock", {"set": "2026-06-06T12:00:00Z"})["now"].startswith("2026-06-06T12:00:00")
    with httpx.Client(timeout=10) as http:
        assert _status(process, http) == "EDITS_ONLY"  # a Saturday: FX is shut
        process.post("/clock", {"advance": 3 * 86_400})  # Tuesday
        assert _status(process, http) == "TRADEABLE"
    running = process.post("/clock", {"set": "2026-06-02T10:00:00Z", "freeze": False})
    assert running["frozen"] is False
    assert process.post("/clock", {"freeze": True})["frozen"] is True


def _status(process: Process, http: httpx.Client) -> str:
    tokens = process.login(http).headers
    headers = {"X-IG-API-KEY": API_KEY, "VERSION": "3"} | {k: tokens[k] for k in ("CST", "X-SECURITY-TOKEN")}
    market = http.get(process.rest_url + "/markets/CS.D.EURUSD.TODAY.IP", headers=headers)
    status: str = market.json()["snapshot"]["marketStatus"]
    return status


def test_bad_control_requests_are_refused(process: Process) -> None:
    assert (
        process.control.post(process.control_url + "/fail", json={"count": 1, "status": 404}).status_code
        == 400
    )
    assert process.control.post(process.control_url + "/clock", json={"set": "tomorrow"}).status_code == 400
    assert process.control.post(process.control_url + "/allowances", json={"bogus": 1}).status_code == 400


def test_5xx_and_dropped_connections(process: Process) -> None:
    process.post("/fail", {"count": 1, "status": 503})
    with httpx.Client(timeout=10) as http:
        assert process.login(http).status_code == 503
        assert process.login(http).status_code == 200
        process.post("/drop", {"count": 1})
        with pytest.raises(httpx.TransportError):
            process.login(http)
        assert process.login(http).status_code == 200


def test_latency(process: Process) -> None:
    process.post("/latency", {"seconds": 0.5})
    with httpx.Client(timeout=10) as http:
        started = time.monotonic()
        assert process.login(http).status_code == 200
        assert time.monotonic() - started >= 0.5


def test_refused_logins_and_expired_tokens_with_the_sdk(process: Process) -> None:
    process.post("/logins", {"reject": True})
    with IGClient(username=USERNAME, password=PASSWORD, api_key=API_KEY, base_url=process.rest_url) as client:
        with pytest.raises(AuthenticationError):
            client.accounts.list()
        process.post("/logins", {"reject": False})
        assert client.accounts.list().accounts
        process.post("/tokens/expire")
        assert client.accounts.list().accounts  # the SDK logs in again after IG drops its tokens


def test_allowances(process: Process) -> None:
    process.post("/allowances", {"enforce": True, "account_overall": 2})
    with httpx.Client(timeout=10) as http:
        tokens = process.login(http).headers
        headers = {
            "X-IG-API-KEY": API_KEY,
            "CST": tokens["CST"],
            "X-SECURITY-TOKEN": tokens["X-SECURITY-TOKEN"],
        }
        codes = [
            http.get(process.rest_url + "/accounts", headers=headers).json().get("errorCode")
            for _ in range(3)
        ]
    assert codes[-1] == "error.public-api.exceeded-account-allowance"


def test_an_sdk_client_fails_on_a_5xx_after_its_retries(process: Process) -> None:
    process.post("/fail", {"count": 50, "status": 500})
    with (
        IGClient(username=USERNAME, password=PASSWORD, api_key=API_KEY, base_url=process.rest_url) as client,
        pytest.raises((InternalServerError, AuthenticationError)),
    ):
        client.accounts.list()


class _Statuses(ClientListener):  # type: ignore[misc]
    def __init__(self) -> None:
        self.errors: list[int] = []

    def onServerError(self, code: int, message: str) -> None:  # noqa: N802 (lightstreamer's name)
        self.errors.append(code)


def _wait(predicate: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 20
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within 20 s: {what}")
        time.sleep(0.05)


def _stream_client(process: Process, http: httpx.Client) -> tuple[LightstreamerClient, _Statuses]:
    answer = process.login(http)
    password = f"CST-{answer.headers['CST']}|XST-{answer.headers['X-SECURITY-TOKEN']}"
    client = LightstreamerClient(answer.json()["lightstreamerEndpoint"], None)
    client.connectionDetails.setPassword(password)
    statuses = _Statuses()
    client.addListener(statuses)
    return client, statuses


def _sessions(process: Process) -> list[str]:
    sessions: list[str] = process.control.get(process.control_url).json()["lightstreamer_sessions"]
    return sessions


def test_lightstreamer_end_makes_the_client_open_a_new_session(process: Process) -> None:
    with httpx.Client(timeout=10) as http:
        client, _ = _stream_client(process, http)
        client.connect()
        try:
            _wait(lambda: len(_sessions(process)) == 1, "a streaming session")
            first = _sessions(process)
            process.post("/lightstreamer/end", {"code": 48})  # 48: the client may open a new session at once
            _wait(lambda: len(_sessions(process)) == 1 and _sessions(process) != first, "a new session")
        finally:
            client.disconnect()


def test_lightstreamer_conerr_refuses_the_next_session(process: Process) -> None:
    process.post("/lightstreamer/conerr", {"code": 60, "count": 1})
    with httpx.Client(timeout=10) as http:
        client, statuses = _stream_client(process, http)
        client.connect()
        try:
            _wait(lambda: 60 in statuses.errors, "CONERR 60 reported to the client")
        finally:
            client.disconnect()


# A bot written for the real IG, configured only by the environment: it runs unchanged against the simulator.
_BOT = """
from ig_sdk import IGClient

with IGClient.from_env() as client:
    accounts = client.accounts.list().accounts
    market = client.markets.get(epic="CS.D.EURUSD.TODAY.IP")
    price = client.stream.prices("CS.D.EURUSD.TODAY.IP").get(timeout=20)
    print(len(accounts), market.instrument.epic, price is not None and price.bid_price_1 is not None)
"""


def test_an_unchanged_from_env_bot_runs_against_the_simulator(process: Process) -> None:
    process.post("/clock", {"freeze": False})  # prices move, so the stream has updates to send
    env = {
        "IG_SERVICE_USERNAME": USERNAME,
        "IG_SERVICE_PASSWORD": PASSWORD,
        "IG_SERVICE_API_KEY": API_KEY,
        "IG_SERVICE_ACC_TYPE": "DEMO",
        "IG_SERVICE_BASE_URL": process.rest_url,
        "PATH": os.environ.get("PATH", ""),
    }
    try:
        done = subprocess.run(
            [sys.executable, "-c", _BOT], env=env, capture_output=True, text=True, timeout=60, check=False
        )
    finally:
        process.post("/clock", {"freeze": True})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["2", "CS.D.EURUSD.TODAY.IP", "True"]
