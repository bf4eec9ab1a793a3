"""The simulator's catalogue of real IG epics, its navigation tree and IG's trading hours (UK time)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from ig_sdk.testing import IGSimulator, ManualClock, trading_start
from ig_sdk.testing._catalogue import CATALOGUE
from ig_sdk.testing._real_epics import asset_class, real_epics

from .conftest import MARKET_HOURS, OPEN_EURUSD, make_simulator, raw_session

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    return ManualClock(MARKET_HOURS)


@pytest.fixture(scope="module")
def sim(clock: ManualClock) -> Iterator[IGSimulator]:
    # Sessions that outlive the clock's jumps across days and seasons.
    with make_simulator(clock, session_ttl=10.0**9) as simulator:
        yield simulator


@pytest.fixture(scope="module")
def http(sim: IGSimulator) -> Iterator[httpx.Client]:
    with raw_session(sim) as client:
        yield client


def _market(http: httpx.Client, epic: str) -> dict[str, object]:
    answer = http.get(f"/markets/{epic}", headers={"VERSION": "3"})
    assert answer.status_code == 200, (epic, answer.text)
    body: dict[str, object] = answer.json()
    return body


def test_every_real_epic_is_listed_and_answers() -> None:
    rows = list(real_epics())
    assert len(rows) >= 500
    missing = [r.epic for r in rows if r.epic not in CATALOGUE]
    assert missing == []
    by_class = Counter(asset_class(r) for r in rows)
    for kind in ("fx", "crypto", "metal", "index", "commodity", "rate", "bond", "share", "sprint"):
        assert by_class[kind] > 0, kind


def test_no_instrument_type_ig_does_not_have() -> None:
    types = {i.instrument_type for i in CATALOGUE.values()}
    assert "CRYPTOCURRENCIES" not in types
    assert types <= {"CURRENCIES", "INDICES", "COMMODITIES", "RATES", "SHARES", "SPRINT_MARKET"}


@pytest.mark.parametrize(
    ("epic", "kind", "expiry"),
    [
        ("CS.D.EURUSD.MINI.IP", "CURRENCIES", "-"),
        ("CS.D.GBPJPY.TODAY.IP", "CURRENCIES", "DFB"),
        ("CS.D.USDSEK.CFD.IP", "CURRENCIES", "-"),
        ("CS.D.BITCOIN.TODAY.IP", "CURRENCIES", "DFB"),
        ("IX.D.DAX.IFD.IP", "INDICES", "-"),
        ("IX.D.FTSE.IFE.IP", "INDICES", "-"),
        ("IX.D.HANGSENG.IFM.IP", "INDICES", "-"),
        ("IX.D.SPTRD.DAILY.IP", "INDICES", "DFB"),
        ("IX.D.CAC.FWM2.IP", "INDICES", "DEC-26"),
        ("EN.D.LCO.Month6.IP", "COMMODITIES", "DEC-26"),
        ("CC.D.LCO.UNC.IP", "COMMODITIES", "-"),
        ("IR.D.FGBL.FWS1.IP", "RATES", "SEP-26"),
        ("IR.D.ED.FWM4.IP", "RATES", "JUN-27"),
        ("UA.D.AAPL.DAILY.IP", "SHARES", "DFB"),
        ("KA.D.LLOY.CASH.IP", "SHARES", "-"),
        ("FM.D.FTSE.FTSE.IP", "SPRINT_MARKET", "-"),
    ],
)
def test_real_epics_carry_ig_type_and_expiry(http: httpx.Client, epic: str, kind: str, expiry: str) -> None:
    body = _market(http, epic)
    instrument = body["instrument"]
    assert isinstance(instrument, dict)
    assert instrument["type"] == kind
    assert instrument["expiry"] == expiry
    rules = body["dealingRules"]
    assert isinstance(rules, dict)
    assert rules["minDealSize"]["value"] > 0
    if expiry == "-":
        assert instrument["expiryDetails"] is None
    else:  # spread bets and futures say when they stop dealing
        assert instrument["expiryDetails"]["lastDealingDate"]
    snapshot = body["snapshot"]
    assert isinstance(snapshot, dict)
    assert snapshot["bid"] < snapshot["offer"]


def test_prices_are_deterministic(http: httpx.Client) -> None:
    first = _market(http, "IX.D.NIKKEI.IFM.IP")["snapshot"]
    again = _market(http, "IX.D.NIKKEI.IFM.IP")["snapshot"]
    assert first == again  # a frozen clock gives the same quote


def test_unknown_epics_answer_as_ig(http: httpx.Client) -> None:
    details = http.get("/markets/CS.D.NOPE.TODAY.IP", headers={"VERSION": "3"})
    assert (details.status_code, details.json()) == (404, {"errorCode": "error.public-api.epic-not-found"})
    prices = http.get("/prices/CS.D.NOPE.TODAY.IP", headers={"VERSION": "3"})
    assert (prices.status_code, prices.json()) == (400, {"errorCode": "error.unsupported.epic"})


def test_navigation_tree_reaches_every_market(http: httpx.Client) -> None:
    root = http.get("/marketnavigation").json()
    assert root["markets"] is None  # IG sends null, not [], for the root's markets
    seen: set[str] = set()
    pending = [n["id"] for n in root["nodes"]]
    while pending:
        node = http.get(f"/marketnavigation/{pending.pop()}").json()
        pending.extend(n["id"] for n in node["nodes"] or [])
        seen.update(m["epic"] for m in node["markets"] or [])
    assert seen == set(CATALOGUE)


def test_unknown_navigation_node_is_an_empty_leaf(http: httpx.Client) -> None:
    answer = http.get("/marketnavigation/eur-usd")
    assert (answer.status_code, answer.json()) == (200, {"nodes": None, "markets": []})


# ------------------------------------------------------------------ trading hours


def _status(http: httpx.Client, clock: ManualClock, epic: str, when: datetime) -> str:
    clock.set(when)
    try:
        snapshot = _market(http, epic)["snapshot"]
        assert isinstance(snapshot, dict)
        status = snapshot["marketStatus"]
        assert isinstance(status, str)
        return status
    finally:
        clock.set(MARKET_HOURS)


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        # Summer (BST): 22:00 in London is 21:00 UTC.
        (datetime(2026, 6, 5, 20, 59, tzinfo=UTC), "TRADEABLE"),  # Friday 21:59 UK
        (datetime(2026, 6, 5, 21, 0, tzinfo=UTC), "EDITS_ONLY"),  # Friday 22:00 UK
        (datetime(2026, 6, 6, 12, 0, tzinfo=UTC), "EDITS_ONLY"),  # Saturday
        (datetime(2026, 6, 7, 20, 59, tzinfo=UTC), "EDITS_ONLY"),  # Sunday 21:59 UK
        (datetime(2026, 6, 7, 21, 0, tzinfo=UTC), "TRADEABLE"),  # Sunday 22:00 UK
        # Winter (GMT): 22:00 in London is 22:00 UTC.
        (datetime(2026, 12, 4, 21, 30, tzinfo=UTC), "TRADEABLE"),  # Friday 21:30 UK
        (datetime(2026, 12, 4, 22, 0, tzinfo=UTC), "EDITS_ONLY"),  # Friday 22:00 UK
        (datetime(2026, 12, 6, 22, 0, tzinfo=UTC), "TRADEABLE"),  # Sunday 22:00 UK
    ],
)
def test_fx_closes_for_the_weekend_in_uk_time(
    http: httpx.Client, clock: ManualClock, when: datetime, expected: str
) -> None:
    assert _status(http, clock, "CS.D.EURUSD.TODAY.IP", when) == expected


def test_share_and_index_sessions(http: httpx.Client, clock: ManualClock) -> None:
    def at(hour: int, minute: int) -> datetime:  # UTC on a June Tuesday; London is an hour ahead
        return datetime(2026, 6, 2, hour, minute, tzinfo=UTC)

    assert _status(http, clock, "KA.D.LLOY.CASH.IP", at(6, 59)) == "EDITS_ONLY"  # 07:59 UK
    assert _status(http, clock, "KA.D.LLOY.CASH.IP", at(7, 0)) == "TRADEABLE"  # 08:00 UK
    assert _status(http, clock, "KA.D.LLOY.CASH.IP", at(15, 30)) == "EDITS_ONLY"  # 16:30 UK
    assert _status(http, clock, "UA.D.AAPL.DAILY.IP", at(13, 29)) == "EDITS_ONLY"  # 14:29 UK
    assert _status(http, clock, "UA.D.AAPL.DAILY.IP", at(13, 30)) == "TRADEABLE"  # 14:30 UK
    assert _status(http, clock, "IX.D.FTSE.DAILY.IP", at(21, 30)) == "EDITS_ONLY"  # daily break, 22:30 UK
    assert _status(http, clock, "IX.D.FTSE.DAILY.IP", at(22, 0)) == "TRADEABLE"  # 23:00 UK
    assert _status(http, clock, "FM.D.FTSE.FTSE.IP", at(21, 30)) == "CLOSED"  # sprints take no orders
    assert _status(http, clock, "IX.D.SUNFUN.DAILY.IP", at(10, 0)) == "EDITS_ONLY"  # weekday: shut
    assert _status(http, clock, "CS.D.BITCOIN.TODAY.IP", datetime(2026, 6, 6, 12, tzinfo=UTC)) == "TRADEABLE"


def test_opening_hours_are_local_and_fx_has_none(http: httpx.Client) -> None:
    share = _market(http, "KA.D.LLOY.CASH.IP")["instrument"]
    assert isinstance(share, dict)
    assert share["openingHours"] == {"marketTimes": [{"openTime": "08:00", "closeTime": "16:30"}]}
    fx = _market(http, "CS.D.EURUSD.TODAY.IP")["instrument"]
    assert isinstance(fx, dict)
    assert fx["openingHours"] is None


def test_deals_are_refused_outside_hours(http: httpx.Client, clock: ManualClock) -> None:
    clock.set(datetime(2026, 6, 6, 12, 0, tzinfo=UTC))  # a Saturday
    try:
        answer = http.post(
            "/positions/otc",
            headers={"VERSION": "2"},
            json=OPEN_EURUSD,
        )
        confirm = http.get(f"/confirms/{answer.json()['dealReference']}").json()
    finally:
        clock.set(MARKET_HOURS)
    assert (confirm["dealStatus"], confirm["reason"]) == ("REJECTED", "MARKET_CLOSED_WITH_EDITS")


def test_session_reports_the_uk_offset(http: httpx.Client, clock: ManualClock) -> None:
    assert http.get("/session").json()["timezoneOffset"] == 1  # June: British Summer Time
    clock.set(datetime(2026, 12, 1, 10, tzinfo=UTC))
    try:
        assert http.get("/session").json()["timezoneOffset"] == 0
    finally:
        clock.set(MARKET_HOURS)


def test_trading_start_is_now_or_when_fx_reopens() -> None:
    tuesday = datetime(2026, 6, 2, 10, tzinfo=UTC)
    assert trading_start(tuesday.timestamp()) == tuesday
    saturday = datetime(2026, 6, 6, 12, tzinfo=UTC)
    assert trading_start(saturday.timestamp()) == datetime(2026, 6, 7, 21, tzinfo=UTC)  # Sunday 22:00 BST
