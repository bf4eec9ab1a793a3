"""Run in ig-trading-lib 4.0.3's own venv (it needs lightstreamer-client-lib 2.x): drive the simulator.

Usage: ``python drive_ig_trading_lib.py <REST URL> <username> <password> <api key>``. Prints one JSON object
mapping each check to "ok" or the error it raised. ig-trading-lib has no base-URL option, so an httpx
transport sends its gateway's requests to the simulator (the only change to how its users run it).
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
from ig_trading_lib import (
    IG,
    ClosePositionRequest,
    CreatePositionRequest,
    CreateWorkingOrderRequest,
    Environment,
    IGConfig,
    SessionCredentials,
)
from ig_trading_lib.operations.markets import PricesQuery

URL, USER, PASSWORD, KEY = sys.argv[1:5]
EPIC = "CS.D.EURUSD.TODAY.IP"


class ToSimulator(httpx.HTTPTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        target = httpx.URL(URL)
        path = request.url.raw_path.split(b"/gateway/deal", 1)[-1]
        request.url = target.copy_with(raw_path=target.raw_path.rstrip(b"/") + path)
        return super().handle_request(request)


config = IGConfig(Environment.DEMO, SessionCredentials(api_key=KEY, identifier=USER, password=PASSWORD))
ig = IG(config, http_client=httpx.Client(transport=ToSimulator()))
ops = ig.operations
results: dict[str, str] = {}
state: dict[str, Any] = {}


def check(name: str, action: Callable[[], Any]) -> None:
    try:
        action()
        results[name] = "ok"
    except Exception as exc:  # reported, not raised: one failure must not hide the others
        results[name] = f"{type(exc).__name__}: {exc}"[:500] + "\n" + traceback.format_exc(limit=3)[-800:]


def opened() -> None:
    request = CreatePositionRequest(
        epic=EPIC, direction="BUY", size=Decimal(1), order_type="MARKET", currency_code="GBP", expiry="DFB"
    )
    confirmation = ig.workflows.positions.open_and_confirm(request)
    assert confirmation.deal_id
    state["deal_id"] = confirmation.deal_id


def closed() -> None:
    request = ClosePositionRequest(direction="SELL", size=Decimal(1), deal_id=state["deal_id"])
    assert ig.workflows.positions.close_and_confirm(request).deal_status == "ACCEPTED"


def order() -> None:  # ig-trading-lib sends it to /working-orders/otc
    level = Decimal(10_000)  # under EUR/USD's simulated price: the order rests
    request = CreateWorkingOrderRequest(
        epic=EPIC,
        direction="BUY",
        size=Decimal(1),
        level=level,
        type="LIMIT",
        currency_code="GBP",
        expiry="DFB",
    )
    placed = ig.workflows.working_orders.place_and_confirm(request)
    assert any(
        o.working_order_data.deal_id == placed.deal_id for o in ops.working_orders.list().working_orders
    )
    ig.workflows.working_orders.cancel_and_confirm(placed.deal_id)


def watchlist() -> None:
    from ig_trading_lib.operations.watchlists import CreateWatchlistRequest

    created = ops.watchlists.create(CreateWatchlistRequest(name="ig-trading-lib", epics=(EPIC,)))
    assert ops.watchlists.get(created.watchlist_id).markets
    ops.watchlists.delete(created.watchlist_id)


check("session.get", lambda: ops.session.get())
check("accounts.list", lambda: ops.accounts.list().accounts)
check("accounts.get_preferences", lambda: ops.accounts.get_preferences())
check("applications.list", lambda: ops.applications.list())
check("markets.get", lambda: ops.markets.get(EPIC).instrument)
check("markets.search", lambda: ops.markets.search("EUR/USD").markets)
check("markets.list", lambda: ops.markets.list((EPIC, "IX.D.FTSE.DAILY.IP")))
check("categories.list", lambda: ops.categories.list())
check("prices.list", lambda: ops.prices.list(EPIC, PricesQuery(resolution="HOUR", max_points=5, page_size=0)))
check("prices.list_points", lambda: ops.prices.list_points(EPIC, "HOUR", 5))
check("client_sentiment.get", lambda: ops.client_sentiment.get("EURUSD"))
check("client_sentiment.list", lambda: ops.client_sentiment.list(("EURUSD", "FT100")))
check("client_sentiment.related", lambda: ops.client_sentiment.related("EURUSD"))
check("positions.open_and_confirm", opened)
check("positions.list", lambda: ops.positions.list().positions)
check("positions.close_and_confirm", closed)
check("working_orders.place_amend_cancel", order)
check("watchlists.create_get_delete", watchlist)
check("activity.list", lambda: ops.activity.list())
check("transactions.list", lambda: ops.transactions.list())
check("portfolio.snapshot", lambda: ig.workflows.portfolio.snapshot())
print(json.dumps(results))
