"""trading-ig 0.0.25, a client written against the real IG, drives the simulator in every area it covers.

The client is used exactly as its users use it (``IGService`` over requests, ``IGStreamService`` over
lightstreamer-client-lib 1.0.3, pandas DataFrames on); only its base URL is pointed at the simulator. Where
trading-ig itself sends something IG's reference does not describe, the test says so rather than the simulator
bending to it.
"""

from __future__ import annotations

import json
import math
import queue
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pandas as pd
import pytest
from lightstreamer.client import ItemUpdate, Subscription, SubscriptionListener
from trading_ig import IGService, IGStreamService
from trading_ig.streamer.manager import StreamingManager

from ig_sdk.testing import IGSimulator
from tests.integration.conftest import make_simulator

EPIC = "CS.D.EURUSD.TODAY.IP"
WAIT = 20.0  # bound on every stream wait


@pytest.fixture(scope="module")
def sim() -> Iterator[IGSimulator]:
    with make_simulator() as simulator:
        yield simulator


def service(sim: IGSimulator, account: str | None = None) -> Any:
    """A trading-ig ``IGService`` aimed at the simulator (trading-ig only knows IG's two gateways)."""
    svc = IGService(
        sim.username,
        sim.password,
        sim.api_key,
        acc_type="demo",
        acc_number=account or sim.spreadbet_account_id,
    )
    svc.BASE_URL = svc.crud_session.BASE_URL = sim.rest_url
    return svc


@pytest.fixture
def ig(sim: IGSimulator) -> Iterator[Any]:
    svc = service(sim)
    svc.create_session(version="2")
    yield svc
    svc.logout()


def _buy(ig: Any) -> dict[str, Any]:
    """A market BUY of one EUR/USD bet, with every argument trading-ig's create_open_position requires."""
    opened: dict[str, Any] = ig.create_open_position(
        currency_code="GBP",
        direction="BUY",
        epic=EPIC,
        expiry="DFB",
        force_open=True,
        guaranteed_stop=False,
        level=None,
        limit_distance=None,
        limit_level=None,
        order_type="MARKET",
        quote_id=None,
        size=1,
        stop_distance=None,
        stop_level=None,
        trailing_stop=False,
        trailing_stop_increment=None,
    )
    return opened


# ------------------------------------------------------------------ sessions


def test_session_v2_sets_tokens_and_lightstreamer_endpoint(sim: IGSimulator) -> None:
    svc = service(sim)
    answer = svc.create_session(version="2")
    assert answer["currentAccountId"] == sim.spreadbet_account_id
    assert answer["lightstreamerEndpoint"] == sim.lightstreamer_url
    assert svc.session.headers["CST"]
    assert svc.session.headers["X-SECURITY-TOKEN"]
    read = svc.read_session()
    assert read["accountId"] == sim.spreadbet_account_id
    svc.logout()


def test_session_v2_with_encrypted_password(sim: IGSimulator) -> None:
    svc = service(sim)
    answer = svc.create_session(version="2", encryption=True)
    assert answer["currentAccountId"] == sim.spreadbet_account_id


def test_session_v3_oauth_refresh_and_tokens_for_streaming(sim: IGSimulator) -> None:
    svc = service(sim)
    answer = svc.create_session(version="3")
    assert answer["oauthToken"]["token_type"] == "Bearer"
    assert svc.session.headers["Authorization"].startswith("Bearer ")
    assert svc.refresh_session() == 200
    tokens = svc.read_session(fetch_session_tokens="true")
    assert tokens["accountId"] == sim.spreadbet_account_id
    assert svc.session.headers["CST"]
    assert svc.session.headers["X-SECURITY-TOKEN"]
    assert not svc.fetch_accounts().empty


def test_switch_account_and_back(ig: Any, sim: IGSimulator) -> None:
    answer = ig.switch_account(sim.cfd_account_id, False)
    assert "dealingEnabled" in answer
    assert ig.read_session()["accountId"] == sim.cfd_account_id
    ig.switch_account(sim.spreadbet_account_id, False)


# ------------------------------------------------------------------ accounts and preferences


def test_accounts_frame_has_balances(ig: Any, sim: IGSimulator) -> None:
    accounts = ig.fetch_accounts()
    assert isinstance(accounts, pd.DataFrame)
    assert set(accounts["accountId"]) == {sim.spreadbet_account_id, sim.cfd_account_id}
    assert {"balance", "available", "deposit", "profitLoss"} <= set(accounts.columns)


def test_preferences_round_trip_with_string_boolean(ig: Any) -> None:
    # trading-ig sends "trailingStopsEnabled": "true"/"false" (strings); IG reads them as booleans.
    assert ig.update_account_preferences(trailing_stops_enabled=True) == "SUCCESS"
    assert ig.fetch_account_preferences()["trailingStopsEnabled"] is True
    assert ig.update_account_preferences(trailing_stops_enabled=False) == "SUCCESS"
    assert ig.fetch_account_preferences()["trailingStopsEnabled"] is False


def test_applications(ig: Any, sim: IGSimulator) -> None:
    apps = ig.get_client_apps()
    assert apps[0]["apiKey"] == sim.api_key


# ------------------------------------------------------------------ markets and navigation


def test_navigation_root_and_node(ig: Any) -> None:
    root = ig.fetch_top_level_navigation_nodes()
    assert not root["nodes"].empty
    node_id = str(root["nodes"]["id"].iloc[0])
    below = ig.fetch_sub_nodes_by_node(node_id)
    assert set(below) == {"nodes", "markets"}


def test_market_details_and_many(ig: Any) -> None:
    market = ig.fetch_market_by_epic(EPIC)
    assert market["instrument"]["epic"] == EPIC
    assert market["snapshot"]["bid"] < market["snapshot"]["offer"]
    many = ig.fetch_markets_by_epics(f"{EPIC},IX.D.FTSE.DAILY.IP")
    assert [m["instrument"]["epic"] for m in many] == [EPIC, "IX.D.FTSE.DAILY.IP"]
    snapshots = ig.fetch_markets_by_epics(EPIC, detailed=False)
    assert snapshots[0]["snapshot"]["marketStatus"] == "TRADEABLE"
    v1 = ig.fetch_markets_by_epics(EPIC, version="1")
    assert v1[0]["instrument"]["epic"] == EPIC


def test_search(ig: Any) -> None:
    found = ig.search_markets("EUR/USD")
    assert EPIC in set(found["epic"])


# ------------------------------------------------------------------ prices v1, v2, v3


def test_prices_v3_by_count_and_range(ig: Any) -> None:
    by_count = ig.fetch_historical_prices_by_epic(EPIC, resolution="1h", numpoints=5)
    assert len(by_count["prices"]) == 5
    ranged = ig.fetch_historical_prices_by_epic(
        EPIC, resolution="1h", start_date="2026-06-01T00:00:00", end_date="2026-06-01T05:00:00"
    )
    assert len(ranged["prices"]) >= 5


def test_prices_v2_by_count_and_range(ig: Any) -> None:
    # trading-ig parses v2 bars with IG's yyyy/MM/dd HH:mm:ss spelling.
    by_count = ig.fetch_historical_prices_by_epic_and_num_points(EPIC, "1h", 4)
    assert len(by_count["prices"]) == 4
    ranged = ig.fetch_historical_prices_by_epic_and_date_range(
        EPIC, "1h", "2026-06-01 00:00:00", "2026-06-01 04:00:00"
    )
    assert len(ranged["prices"]) >= 4


def test_prices_v1_range_uses_the_colon_spelling(ig: Any) -> None:
    # trading-ig parses v1 bars with the yyyy:MM:dd-HH:mm:ss spelling the v1 query also uses.
    ranged = ig.fetch_historical_prices_by_epic_and_date_range(
        EPIC, "1h", "2026-06-01 00:00:00", "2026-06-01 04:00:00", version="1"
    )
    assert len(ranged["prices"]) >= 4
    # The range is given and answered in the account's local (UK summer) time.
    assert ranged["prices"].index[0] == pd.Timestamp("2026-06-01 00:00:00")


# ------------------------------------------------------------------ dealing and working orders


def test_position_lifecycle(ig: Any) -> None:
    opened = _buy(ig)
    assert opened["dealStatus"] == "ACCEPTED", opened
    deal_id = opened["dealId"]
    assert ig.fetch_deal_by_deal_reference(opened["dealReference"])["dealId"] == deal_id
    assert deal_id in set(ig.fetch_open_positions()["dealId"])
    assert deal_id in set(ig.fetch_open_positions(version="1")["dealId"])
    assert ig.fetch_open_position_by_deal_id(deal_id)["position"]["dealId"] == deal_id
    level = ig.fetch_open_position_by_deal_id(deal_id)["position"]["level"]
    amended = ig.update_open_position(limit_level=level + 100, stop_level=level - 100, deal_id=deal_id)
    assert amended["dealStatus"] == "ACCEPTED", amended
    closed = ig.close_open_position(
        deal_id=deal_id,
        direction="SELL",
        epic=None,
        expiry="DFB",
        level=None,
        order_type="MARKET",
        quote_id=None,
        size=1,
    )
    assert closed["status"] == "CLOSED", closed
    assert deal_id not in set(ig.fetch_open_positions().get("dealId", pd.Series(dtype=str)))


def test_string_booleans_are_honoured(ig: Any) -> None:
    # create_open_position sends "forceOpen"/"guaranteedStop" as JSON booleans, but its working orders send
    # "forceOpen": "true" as a string; here a raw body with string booleans proves IG's reading of them.
    response = ig.session.post(
        ig.BASE_URL + "/positions/otc",
        data=json.dumps(
            {
                "epic": EPIC,
                "expiry": "DFB",
                "direction": "BUY",
                "size": "1",
                "orderType": "MARKET",
                "currencyCode": "GBP",
                "forceOpen": "true",
                "guaranteedStop": "false",
            }
        ),
        headers={"VERSION": "2"},
    )
    assert response.status_code == 200, response.text
    confirm = ig.fetch_deal_by_deal_reference(response.json()["dealReference"])
    assert confirm["dealStatus"] == "ACCEPTED", confirm
    assert confirm["guaranteedStop"] is False


def test_working_order_lifecycle(ig: Any) -> None:
    created = ig.create_working_order(
        currency_code="GBP",
        direction="BUY",
        epic=EPIC,
        expiry="DFB",
        guaranteed_stop=False,
        level=10000,
        size=1,
        time_in_force="GOOD_TILL_CANCELLED",
        order_type="LIMIT",
    )
    assert created["dealStatus"] == "ACCEPTED", created
    deal_id = created["dealId"]
    orders = ig.fetch_working_orders()
    assert deal_id in set(orders["dealId"])
    v1 = ig.fetch_working_orders(version="1")
    assert deal_id in set(v1["dealId"])
    amended = ig.update_working_order(
        good_till_date=None,
        level=10100,
        limit_distance=None,
        limit_level=None,
        stop_distance=None,
        stop_level=None,
        guaranteed_stop=False,
        time_in_force="GOOD_TILL_CANCELLED",
        order_type="LIMIT",
        deal_id=deal_id,
    )
    assert amended["dealStatus"] == "ACCEPTED", amended
    deleted = ig.delete_working_order(deal_id)
    assert deleted["status"] == "DELETED", deleted


def test_repeat_dealing_window(ig: Any, sim: IGSimulator) -> None:
    # GET /repeat-dealing-window is known only from trading-ig's use of it: IG's published reference does not
    # list it, and its fields are unverified (the simulator answers with the fields trading-ig reads).
    assert ig.fetch_repeat_dealing_window()["accountId"] == sim.spreadbet_account_id


# ------------------------------------------------------------------ watchlists, sentiment, history


def test_watchlist_lifecycle(ig: Any) -> None:
    assert "Popular Markets" in set(ig.fetch_all_watchlists()["id"])
    created = ig.create_watchlist("trading-ig", [EPIC])
    watchlist_id = created["watchlistId"]
    assert set(ig.fetch_watchlist_markets(watchlist_id)["epic"]) == {EPIC}
    assert ig.add_market_to_watchlist(watchlist_id, "IX.D.FTSE.DAILY.IP")["status"] == "SUCCESS"
    assert ig.remove_market_from_watchlist(watchlist_id, "IX.D.FTSE.DAILY.IP")["status"] == "SUCCESS"
    assert ig.delete_watchlist(watchlist_id)["status"] == "SUCCESS"


def test_client_sentiment_one_many_and_related(ig: Any) -> None:
    one = ig.fetch_client_sentiment_by_instrument("EURUSD")
    assert one["longPositionPercentage"] + one["shortPositionPercentage"] == 100
    # Several ids go to /clientsentiment/?marketIds=... (trailing slash), which IG accepts.
    many = ig.fetch_client_sentiment_by_instrument(["EURUSD", "FT100"])
    assert [s["marketId"] for s in many["clientSentiments"]] == ["EURUSD", "FT100"]
    related = ig.fetch_related_client_sentiment_by_instrument("EURUSD")
    assert not related.empty


def test_history_activity_every_version(ig: Any) -> None:
    _buy(ig)
    since = datetime(2026, 6, 1)
    assert not ig.fetch_account_activity_by_period(86_400_000).empty
    assert not ig.fetch_account_activity_by_date(since, datetime(2026, 6, 3)).empty
    # v2 and v3 go to /history/activity/ (trailing slash), which IG accepts.
    assert not ig.fetch_account_activity_v2(from_date=since).empty
    assert not ig.fetch_account_activity(from_date=since).empty
    detailed = ig.fetch_account_activity(from_date=since, detailed=True)
    assert "actionType" in detailed.columns  # trading-ig flattens details.actions into rows


def test_history_transactions(ig: Any) -> None:
    by_period = ig.fetch_transaction_history_by_type_and_period(86_400_000, "ALL")
    assert "reference" in by_period.columns
    v2 = ig.fetch_transaction_history(trans_type="ALL", from_date=datetime(2026, 6, 1))
    assert "dateUtc" in v2.columns


# ------------------------------------------------------------------ streaming (IGStreamService)


class _Collect(SubscriptionListener):  # type: ignore[misc]
    def __init__(self) -> None:
        self.updates: queue.Queue[dict[str, str | None]] = queue.Queue()

    def onItemUpdate(self, update: ItemUpdate) -> None:  # noqa: N802 (lightstreamer's name)
        self.updates.put(dict(update.getChangedFields()))


@pytest.fixture
def stream(sim: IGSimulator) -> Iterator[Any]:
    svc = IGStreamService(service(sim))
    svc.create_session(version="2")
    yield svc
    svc.disconnect()


def _next(listener: _Collect, sim: IGSimulator) -> dict[str, str | None]:
    """The next update, ticking the simulator's market by hand (its ticker is off in tests)."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        try:
            return listener.updates.get(timeout=0.2)
        except queue.Empty:
            sim.tick()
    raise AssertionError("no stream update within the bound")


def _subscribe(
    stream: Any, mode: str, items: list[str], fields: list[str], adapter: str | None = None
) -> _Collect:
    subscription = Subscription(mode=mode, items=items, fields=fields)
    if adapter is not None:
        subscription.setDataAdapter(adapter)
    if mode == "MERGE":
        subscription.setRequestedSnapshot("yes")
    listener = _Collect()
    subscription.addListener(listener)
    stream.subscribe(subscription)
    return listener


def test_stream_price_and_account_items(stream: Any, sim: IGSimulator) -> None:
    # IG serves PRICE items only from its "Pricing" data adapter.
    prices = _subscribe(
        stream, "MERGE", [f"PRICE:{sim.spreadbet_account_id}:{EPIC}"], ["BIDPRICE1", "ASKPRICE1"], "Pricing"
    )
    first = _next(prices, sim)
    assert float(first["BIDPRICE1"] or 0) < float(first["ASKPRICE1"] or 0)
    account = _subscribe(stream, "MERGE", [f"ACCOUNT:{sim.spreadbet_account_id}"], ["AVAILABLE_CASH", "PNL"])
    assert _next(account, sim)["AVAILABLE_CASH"] is not None


def test_stream_trade_confirms_a_deal(stream: Any, sim: IGSimulator) -> None:
    trades = _subscribe(stream, "DISTINCT", [f"TRADE:{sim.spreadbet_account_id}"], ["CONFIRMS", "OPU"])
    ready = threading.Event()
    threading.Timer(0.5, ready.set).start()
    ready.wait(WAIT)
    ig = stream.ig_service
    opened = _buy(ig)
    while True:
        update = _next(trades, sim)
        if update.get("CONFIRMS") and opened["dealReference"] in (update["CONFIRMS"] or ""):
            break


def test_streaming_manager_ticker(stream: Any, sim: IGSimulator) -> None:
    # trading-ig's StreamingManager subscribes CHART:{epic}:TICK in DISTINCT mode.
    manager = StreamingManager(stream)
    manager.start_tick_subscription(EPIC)
    deadline = time.monotonic() + WAIT
    while EPIC not in manager.tickers and time.monotonic() < deadline:
        sim.tick()  # TICK is DISTINCT: no snapshot, only updates
        time.sleep(0.1)
    ticker = manager.ticker(EPIC, timeout_length=1)
    assert ticker.epic == EPIC
    assert not math.isnan(ticker.bid)
    manager.stop_subscriptions()
