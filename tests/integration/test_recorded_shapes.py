"""Each real IG answer (``shared/reference/real-payloads/``) against the simulator's answer to it.

Shapes are compared, not values: which keys are present, which are null, each value's JSON type and, for
strings, its spelling class (``yyyy/MM/dd HH:mm:ss:SSS`` vs ISO, numbers written as strings, ``-`` for none,
a currency symbol before an amount, upper-case constants vs title-case words). Because one recording shows one
market, one account and one moment, the classes allowed at a path are those seen at that path in *any*
recording of the same operation: IG itself sends ``updateTime`` as ``HH:mm:ss`` or as a millisecond offset.

The request is the recorded one (method, VERSION, path and query), with the ids that only existed on the
recorder's account (deal ids, references, watchlists, navigation nodes, dates) replaced by live ones.
Differences that remain are listed in ``KNOWN`` with their reason, and in the simulator's documentation.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from ig_sdk.testing import API_KEY, CFD_ACCOUNT_ID, PASSWORD, USERNAME, IGSimulator, ManualClock
from ig_sdk.testing._catalogue import NAV_NODES
from tests.evidence.recordings import FOLDER, Recording, rest_recordings
from tests.evidence.test_real_payloads import TRIMMED

from .conftest import MARKET_HOURS, OPEN_EURUSD, make_simulator

pytestmark = pytest.mark.timeout(120)

EPIC = "CS.D.EURUSD.TODAY.IP"

# Recordings whose remaining difference is known, with the reason (also in the simulator's docs).
KNOWN: dict[str, str] = {
    "errors-invalid_stoploss_minvalue-v2-1": (
        "when IG refuses a too-close stop with a 400 'error.invalid.stoploss.minvalue: <level>' rather than "
        "accepting the request and rejecting the deal (ATTACHED_ORDER_LEVEL_ERROR) is not recorded; the "
        "simulator always does the latter"
    ),
}


# ------------------------------------------------------------------ shape classes


def _digits(match: re.Match[str]) -> str:
    n = len(match.group())
    return "9" * n if n in (2, 3, 4) else "9+" if n > 4 else "9"


def kind(value: Any) -> str:
    """The shape class of one JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "object"
    text = str(value)
    if text == "-":
        return "dash"
    if re.fullmatch(r"[+-]?\d+(\.\d+)?", text):
        return "numeric-string"
    if re.fullmatch(r"(?:[^\w\s+\-,.]{1,2}|E|A\$)[+-]?[\d,]+(\.\d+)?", text):
        return "money-string"
    if re.search(r"\d", text) and re.fullmatch(r"[\d/:\-T. ]+", text):
        return "time:" + re.sub(r"\d+", _digits, text)
    return "text"


def walk(value: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    """(path, value) of every node; list elements share the path ``…[]``."""
    yield path, value
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from walk(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for inner in value:
            yield from walk(inner, f"{path}[]")


@cache
def classes_by_name() -> dict[str, set[str]]:
    """Every non-time class each field name shows, across every recorded REST answer."""
    by_name: dict[str, set[str]] = defaultdict(set)
    for recording in rest_recordings():
        for path, value in walk(recording.body):
            if not kind(value).startswith("time:") or _name(path) in _STATE_SPELT:
                by_name[_name(path)].add(kind(value))
    return by_name


@cache
def allowed_classes() -> dict[str, dict[str, set[str]]]:
    """Per operation, per path: every class the recordings show there.

    A field name keeps its vocabulary across IG's answers (``expiry`` is ``DFB``, ``-`` or ``SEP-18``
    wherever it appears), so the non-time classes seen under the same name in any recording count too;
    time spellings differ per endpoint and version, so those must be seen at the very path.
    """
    seen: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for recording in rest_recordings():
        for path, value in walk(recording.body):
            seen[recording.operation.operation_id][path].add(kind(value))
    by_name = classes_by_name()
    for paths in seen.values():
        for path, classes in paths.items():
            classes |= by_name[_name(path)]
    return seen


# Fields IG spells by the market's state: updateTime is HH:mm:ss, or a millisecond offset on a market with
# no recent price (the recordings' README, quirk 1).
_STATE_SPELT = {"updateTime"}


def _name(path: str) -> str:
    return path.rsplit(".", 1)[-1].removesuffix("[]")


@dataclass
class Comparison:
    """What differs between a recording and the simulator's answer."""

    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)

    def failures(self) -> list[str]:
        return (
            [f"missing {p}" for p in self.missing]
            + [f"not sent by IG: {p}" for p in sorted(set(self.extra))]
            + [f"class {c}" for c in self.classes]
            + [f"nothing to compare at {p}" for p in self.empty]
        )


def compare(recording: Recording, answer: Any) -> Comparison:
    result = Comparison()
    classes = allowed_classes()[recording.operation.operation_id]
    known = set(classes)

    def visit(recorded: Any, actual: Any, path: str) -> None:
        if isinstance(recorded, dict) and isinstance(actual, dict):
            for key in recorded:
                if key not in actual:
                    if not (path == "$" and key in recording.elided):
                        result.missing.append(f"{path}.{key}")
                    continue
                visit(recorded[key], actual[key], f"{path}.{key}")
            if not recording.fragment and recording.name not in TRIMMED:
                result.extra += [
                    f"{path}.{k}" for k in actual if k not in recorded and f"{path}.{k}" not in known
                ]
        elif isinstance(recorded, list) and isinstance(actual, list):
            if recorded and not actual:
                result.empty.append(path)
            for item in actual:
                for sample in recorded[:1]:
                    visit(sample, item, f"{path}[]")
        got = kind(actual)
        if got not in classes.get(path, set()) and path in classes:
            result.classes.append(f"{path}: simulator {got}, IG {sorted(classes[path])}")

    visit(recording.body, answer, "$")
    return result


# ------------------------------------------------------------------ the world the requests refer to


@dataclass
class World:
    sim: IGSimulator
    clock: ManualClock
    http: httpx.Client
    tokens: dict[str, str]
    watchlists: int = 0

    def call(self, method: str, path: str, version: int, body: Any = None, **extra: Any) -> httpx.Response:
        headers = {"VERSION": str(version), **self.tokens, **extra.pop("headers", {})}
        if method == "DELETE" and body is not None:  # as every IG client does: POST with _method
            return self.http.post(path, json=body, headers={**headers, "_method": "DELETE"}, **extra)
        return self.http.request(method, path, json=body, headers=headers, **extra)

    def open_position(self) -> dict[str, Any]:
        reference = self.call("POST", "/positions/otc", 2, _OPEN).json()["dealReference"]
        confirm: dict[str, Any] = self.call("GET", f"/confirms/{reference}", 1).json()
        assert confirm["dealStatus"] == "ACCEPTED", confirm
        return confirm

    def working_order(self) -> dict[str, Any]:
        reference = self.call("POST", "/workingorders/otc", 2, _ORDER).json()["dealReference"]
        confirm: dict[str, Any] = self.call("GET", f"/confirms/{reference}", 1).json()
        assert confirm["dealStatus"] == "ACCEPTED", confirm
        return confirm

    def watchlist(self) -> str:
        self.watchlists += 1
        name = f"shapes {self.watchlists}"
        answer = self.call("POST", "/watchlists", 1, {"name": name, "epics": [EPIC]}).json()
        return str(answer["watchlistId"])


_OPEN = OPEN_EURUSD
_ORDER = {
    "epic": EPIC,
    "expiry": "DFB",
    "direction": "BUY",
    "size": 1,
    "level": 10000,
    "type": "LIMIT",
    "currencyCode": "GBP",
    "guaranteedStop": False,
    "timeInForce": "GOOD_TILL_DATE",
    "goodTillDate": "2026/06/30 12:00:00",
}


# History is made the day before MARKET_HOURS; today's deals (open positions, a good-till-date order) are not
# in the recorded history answers, so the queries stop before them.
_BEFORE_TODAY = "2026-06-02T00:00:00"


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    clock = ManualClock(MARKET_HOURS)
    # Sessions that survive the clock going back a day to make history.
    with (
        make_simulator(clock, session_ttl=10.0**9) as sim,
        httpx.Client(base_url=sim.rest_url, timeout=10) as http,
    ):
        http.headers["X-IG-API-KEY"] = API_KEY
        login = http.post(
            "/session", json={"identifier": USERNAME, "password": PASSWORD}, headers={"VERSION": "2"}
        )
        tokens = {name: login.headers[name] for name in ("CST", "X-SECURITY-TOKEN")}
        w = World(sim, clock, http, tokens)
        # History to report: a position opened and closed yesterday, another still open, a working order.
        clock.advance(-86_400)
        opened = w.open_position()
        clock.advance(600)
        w.call(
            "DELETE",
            "/positions/otc",
            1,
            {"dealId": opened["dealId"], "direction": "SELL", "size": 1, "orderType": "MARKET"},
        )
        clock.set(MARKET_HOURS)
        w.open_position()
        w.working_order()
        yield w


def _leaf_node() -> str:
    return next(n.node_id for n in NAV_NODES.values() if not n.children and any(True for _ in n.markets()))


def _request(world: World, recording: Recording) -> httpx.Response:
    """Send the recorded request, with live ids in place of the recorder's."""
    raw = json.loads((FOLDER / f"{recording.name}.json").read_text(encoding="utf-8-sig"))
    op = recording.operation
    version = int(raw["version"])
    split = urlsplit(raw["path"])
    query = dict(parse_qsl(split.query)) if "..." not in split.query else {}
    path = split.path
    oid = op.operation_id
    body: Any = None
    if oid in ("createSessionV2", "createSessionV3"):
        return world.http.post(
            "/session", json={"identifier": USERNAME, "password": PASSWORD}, headers={"VERSION": str(version)}
        )
    if oid == "refreshSessionV1":
        v3 = world.http.post(
            "/session", json={"identifier": USERNAME, "password": PASSWORD}, headers={"VERSION": "3"}
        )
        token = v3.json()["oauthToken"]["refresh_token"]
        return world.http.post(
            "/session/refresh-token", json={"refresh_token": token}, headers={"VERSION": "1"}
        )
    if oid == "updateActiveAccountV1":
        answer = world.call("PUT", "/session", 1, {"accountId": CFD_ACCOUNT_ID, "defaultAccount": False})
        world.call(
            "PUT", "/session", 1, {"accountId": world.sim.spreadbet_account_id, "defaultAccount": False}
        )
        return answer
    if oid == "getDealConfirmationV1":
        path = f"/confirms/{world.open_position()['dealReference']}"
    elif oid == "getPositionByDealIdV2":
        path = f"/positions/{world.open_position()['dealId']}"
    elif oid in ("createOTCPositionV1", "createOTCPositionV2"):
        body = _OPEN
    elif oid == "closeOTCPositionV1":
        deal = world.open_position()
        body = {"dealId": deal["dealId"], "direction": "SELL", "size": 1, "orderType": "MARKET"}
    elif oid == "createOTCWorkingOrderV2":
        body = _ORDER
    elif oid == "updateOTCWorkingOrderV2":
        path = f"/workingorders/otc/{world.working_order()['dealId']}"
        body = {"level": 10010, "type": "LIMIT", "timeInForce": "GOOD_TILL_CANCELLED"}
    elif oid == "deleteOTCWorkingOrderV2":
        path = f"/workingorders/otc/{world.working_order()['dealId']}"
        return world.call("DELETE", path, version, {})
    elif oid == "createWatchlistV1":
        world.watchlists += 1
        body = {"name": f"recorded {world.watchlists}", "epics": [EPIC]}
    elif oid in ("getWatchlistByWatchlistIdV1", "deleteWatchlistV1"):
        path = f"/watchlists/{world.watchlist()}"
    elif oid == "getMarketNavigationNodeV1":
        path = f"/marketnavigation/{_leaf_node()}"
    elif oid == "getActivityHistoryByTimeRangeV1":
        path = "/history/activity/01-05-2026/01-06-2026"
    elif oid == "getActivityHistoryV3":
        query = {"from": "2026-05-01T00:00:00", "to": _BEFORE_TODAY, "detailed": "true"}
    elif oid == "getTransactionHistoryV2":
        query = {"from": "2026-05-01T00:00:00", "to": _BEFORE_TODAY}
    elif oid == "getPricesByDateRangeV2":
        path = f"/prices/{path.split('/')[2]}/MINUTE/2026-06-02 08:00:00/2026-06-02 08:10:00"
    elif oid == "getPricesV3" and not query:
        query = {"resolution": "MINUTE", "max": "10"}
    elif oid == "getMarketDetailsBySearchTermV1":
        query = {"searchTerm": query.get("searchTerm", "EUR")}
    elif oid == "updateAccountPreferencesV1":
        body = {"trailingStopsEnabled": True}
    elif oid == "updateApplicationV1":
        body = {"apiKey": API_KEY, "status": "ENABLED"}
    return world.call(op.method, path, version, body, params=query)


@pytest.mark.parametrize("recording", rest_recordings(), ids=lambda r: r.name)
def test_simulator_answers_in_the_recorded_shape(world: World, recording: Recording) -> None:
    response = _request(world, recording)
    assert response.status_code == 200, (recording.name, response.status_code, response.text)
    result = compare(recording, response.json())
    result.classes = sorted(set(result.classes))
    if recording.name in KNOWN:
        pytest.xfail(KNOWN[recording.name])
    assert result.failures() == [], "\n".join([recording.name, *result.failures()])


def _recording(name: str) -> Recording:
    return next(r for r in rest_recordings() if r.name == name)


def test_the_comparison_sees_what_ig_would_not_send() -> None:
    # A v1 activity row with an ISO date where IG writes dd/MM/yy, and a field IG never sends: both are
    # reported, as are an empty list and a missing key.
    recording = _recording("history-activity-v1-1")
    row = dict(recording.body["activities"][1])
    row.update({"date": "2020-02-18T14:26:00", "extra": 1})
    failures = compare(recording, {"activities": [row]}).failures()
    assert "not sent by IG: $.activities[].extra" in failures
    assert any(
        f.startswith("class $.activities[].date: simulator time:9999-99-99T99:99:99") for f in failures
    )
    assert compare(recording, {"activities": []}).failures() == ["nothing to compare at $.activities"]
    assert compare(recording, {}).failures() == ["missing $.activities"]


# ------------------------------------------------------------------ recorded errors


@dataclass(frozen=True)
class RecordedError:
    name: str
    status: int
    code: str


def _errors() -> list[RecordedError]:
    found = []
    for file in sorted(FOLDER.glob("errors-*.json")):
        data = json.loads(file.read_text(encoding="utf-8-sig"))
        status = data.get("status") or 0
        found.append(RecordedError(file.stem, int(status), str(data["body"]["errorCode"])))
    return found


def _error_request(world: World, name: str) -> httpx.Response:
    """The request that drew the recorded error, against the simulator."""
    http, tokens = world.http, world.tokens
    if name.startswith("errors-confirms_deal-not-found"):
        return world.call("GET", "/confirms/NOSUCHREFERENCE", 1)
    if name.startswith("errors-invalid_stoploss_minvalue"):
        return world.call("POST", "/positions/otc", 2, {**_OPEN, "stopLevel": 1})
    if name.startswith("errors-public-api_exceeded-account-historical-data-allowance"):
        world.sim.set_allowances(historical_points=0, application_overall=10**6, account_overall=10**6)
        try:
            return world.call(
                "GET", "/prices/CS.D.EURUSD.CSD.IP", 3, params={"resolution": "HOUR", "max": "250"}
            )
        finally:
            world.sim.set_allowances(enforce=False, historical_points=10_000)
    if name.startswith("errors-public-api_exceeded-api-key-allowance"):
        world.sim.set_allowances(application_overall=0)
        try:
            return world.call("POST", "/workingorders/otc", 2, _ORDER)
        finally:
            world.sim.set_allowances(enforce=False, application_overall=60)
    if name.startswith("errors-security_client-token-missing-v2"):
        return http.post("/workingorders/otc", json=_ORDER, headers={"VERSION": "2"})
    if name.startswith("errors-security_client-token-missing-v3"):
        return http.get("/marketnavigation", headers={"VERSION": "3", "Authorization": "Bearer"})
    if name.startswith("errors-security_oauth-token-invalid"):
        return http.get("/accounts", headers={"Authorization": "Bearer expired", "IG-ACCOUNT-ID": "ZSIMSB"})
    if name.startswith("errors-validation_mutual-exclusive-value_request"):
        deal = world.open_position()
        body = {"dealId": deal["dealId"], "epic": EPIC, "expiry": "DFB", "direction": "SELL", "size": 1}
        return world.call("DELETE", "/positions/otc", 1, {**body, "orderType": "MARKET"})
    if name.startswith("errors-validation_null-not-allowed_request"):
        deal = world.open_position()
        body = {"dealId": deal["dealId"], "direction": "SELL", "size": 1, "orderType": "MARKET"}
        return http.request("DELETE", "/positions/otc", json=body, headers={"VERSION": "1", **tokens})
    if name.startswith("errors-validation_pattern_invalid_authenticationRequest_identifier"):
        return http.post(
            "/session",
            json={"identifier": "someone@example.com", "password": PASSWORD},
            headers={"VERSION": "2"},
        )
    raise LookupError(name)


@pytest.mark.parametrize("recorded", _errors(), ids=lambda e: e.name)
def test_simulator_fails_as_recorded(world: World, recorded: RecordedError) -> None:
    if recorded.name in KNOWN:
        pytest.xfail(KNOWN[recorded.name])
    answer = _error_request(world, recorded.name)
    code = answer.json()["errorCode"]
    # IG sometimes appends the offending value ("error.invalid.stoploss.minvalue: 159.102").
    assert code.split(":")[0] == recorded.code.split(":")[0], (recorded.name, answer.status_code, code)
    if recorded.status:
        assert answer.status_code == recorded.status, (recorded.name, code)
