"""Market details, search, navigation, categories and client sentiment."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .._catalogue import CATALOGUE, CATEGORIES, NAV_NODES, Instrument, search
from .._errors import ApiError
from .._shapes import OMIT
from ._dispatch import Ctx, route
from ._format import currency_symbol, find_instrument, int_param
from ._market_summary import market_summary


def _distance(value: float, unit: str = "POINTS") -> dict[str, Any]:
    return {"unit": unit, "value": value}


def _currency(code: str, default: bool) -> dict[str, Any]:
    return {
        "code": code,
        "name": code,
        "symbol": currency_symbol(code),
        "baseExchangeRate": 1.0,
        "exchangeRate": 1.0,
        "isDefault": default,
    }


def _expiry_details(instrument: Instrument, version: int) -> dict[str, Any] | None:
    if instrument.last_dealing is None:
        return None
    last = instrument.last_dealing
    if version == 1:  # v1 writes dd/MM/yy HH:mm (markets-get-v1-1), later versions yyyy-MM-ddTHH:mm
        last = datetime.strptime(last, "%Y-%m-%dT%H:%M").strftime("%d/%m/%y %H:%M")
    return {"lastDealingDate": last, "settlementInfo": instrument.settlement}


def _market_details(ctx: Ctx, instrument: Instrument) -> dict[str, Any]:
    summary = market_summary(ctx, instrument)
    quote = ctx.engine.prices.quote(instrument, ctx.now)
    # A spread bet lists the underlying's currency and the account's (the default); a CFD its own only.
    currencies = [_currency(instrument.currency, True)]
    if instrument.quote_currency and instrument.quote_currency != instrument.currency:
        currencies.insert(0, _currency(instrument.quote_currency, False))
    spread_bet = instrument.expiry == "DFB"
    market_times = instrument.market_times()
    return {
        "instrument": {
            "epic": instrument.epic,
            "expiry": instrument.expiry,
            "name": instrument.name,
            "forceOpenAllowed": True,
            "stopsLimitsAllowed": True,
            "limitAllowed": True,
            "stopAllowed": True,
            "lotSize": instrument.lot_size,
            "unit": instrument.unit,
            "type": instrument.instrument_type,
            "controlledRiskAllowed": True,
            "streamingPricesAvailable": True,
            "marketId": instrument.market_id,
            "currencies": currencies,
            # v1 has no sprint-market fields (markets-get-v1-1); later versions send them, null off sprints.
            "sprintMarketsMinimumExpiryTime": OMIT if ctx.version == 1 else None,
            "sprintMarketsMaximumExpiryTime": OMIT if ctx.version == 1 else None,
            "marginDepositBands": [
                {"min": 0, "max": None, "margin": instrument.margin_pct, "currency": instrument.currency}
            ],
            "margin": instrument.margin_pct,
            "marginFactor": instrument.margin_pct,
            "marginFactorUnit": "PERCENTAGE",
            "slippageFactor": {"unit": "pct", "value": 50.0},
            "openingHours": {"marketTimes": market_times} if market_times else None,
            "expiryDetails": _expiry_details(instrument, ctx.version),
            "rolloverDetails": None,
            "newsCode": instrument.market_id,
            "chartCode": instrument.market_id,
            "country": None,
            # Spread bets leave the pip and contract fields empty; CFDs send them as strings.
            "valueOfOnePip": None if spread_bet else f"{instrument.point_value:.2f}",
            "onePipMeans": None if spread_bet else "1 point",
            "contractSize": None if spread_bet else f"{instrument.lot_size:g}",
            "specialInfo": None,
            "limitedRiskPremium": _distance(1.0),
        },
        "dealingRules": {
            "minStepDistance": _distance(1.0),
            "minDealSize": _distance(instrument.min_size),
            "minControlledRiskStopDistance": _distance(instrument.min_stop * 2),
            "minNormalStopOrLimitDistance": _distance(instrument.min_stop),
            "maxStopOrLimitDistance": _distance(75.0, "PERCENTAGE"),
            "controlledRiskSpacing": _distance(instrument.min_stop),
            "marketOrderPreference": "AVAILABLE_DEFAULT_ON",
            "trailingStopsPreference": "AVAILABLE",
        },
        "snapshot": {
            **{
                k: summary[k]
                for k in (
                    "marketStatus",
                    "netChange",
                    "percentageChange",
                    "updateTime",
                    "delayTime",
                    "bid",
                    "offer",
                    "high",
                    "low",
                    "scalingFactor",
                )
            },
            "binaryOdds": None,
            "decimalPlacesFactor": instrument.decimals,
            "controlledRiskExtraSpread": 0.0,
            "updateTimestampUTC": int(ctx.now * 1000),
            "priceLadder": [{"bid": str(quote.bid), "ask": str(quote.offer)}],
            "currencyLadders": [{"currency": instrument.currency, "bidSizes": [], "askSizes": []}],
        },
    }


@route("GET", "/markets", 1, "getMarketDetailsListV1")
@route("GET", "/markets", 2, "getMarketDetailsListV2")
def markets_list(ctx: Ctx) -> Any:
    epics = [e for e in ctx.query.get("epics", "").split(",") if e]
    if not epics:
        raise ApiError(400, "invalid.input")
    if len(epics) > 50:
        raise ApiError(400, "error.public-api.too-many-epics")
    found = [find_instrument(e) for e in epics]
    if ctx.query.get("filter") == "SNAPSHOT_ONLY":
        return {"marketDetails": [_snapshot_only(_market_details(ctx, i)) for i in found]}
    return {"marketDetails": [_market_details(ctx, i) for i in found]}


def _snapshot_only(details: dict[str, Any]) -> dict[str, Any]:
    """What IG answers under filter=SNAPSHOT_ONLY (markets-getmany-v2-1): the instrument with its epic and
    type, its flags false and every other field null; no dealing rules."""
    flags = ("forceOpenAllowed", "stopsLimitsAllowed", "controlledRiskAllowed", "streamingPricesAvailable")
    instrument = {"epic": details["instrument"]["epic"], "type": details["instrument"]["type"]}
    instrument.update(dict.fromkeys(flags, False))
    return {"snapshot": details["snapshot"], "instrument": instrument, "dealingRules": None}


@route("GET", "/markets", 1, "getMarketDetailsBySearchTermV1")
def search_markets(ctx: Ctx) -> Any:
    return {"markets": [market_summary(ctx, i) for i in search(ctx.query.get("searchTerm", ""))]}


@route("GET", "/markets/{epic}", 1, "getMarketDetailsV1")
@route("GET", "/markets/{epic}", 2, "getMarketDetailsV2")
@route("GET", "/markets/{epic}", 3, "getMarketDetailsV3")
@route("GET", "/markets/{epic}", 4, "getMarketDetailsV4")
def market(ctx: Ctx) -> Any:
    return _market_details(ctx, find_instrument(ctx.path["epic"]))


@route("GET", "/marketnavigation", 1, "getMarketNavigationRootV1")
@route("GET", "/marketnavigation/{nodeId}", 1, "getMarketNavigationNodeV1")
def navigation(ctx: Ctx) -> Any:
    node = NAV_NODES.get(ctx.path.get("nodeId", "0"))
    if node is None:  # IG answers an unknown node with an empty leaf, not an error
        return {"nodes": None, "markets": []}
    markets = [market_summary(ctx, i) for i in node.markets()]
    # Empty lists are null: the root lists no markets, a leaf no nodes.
    return {
        "nodes": [{"id": c, "name": NAV_NODES[c].name} for c in node.children] or None,
        "markets": markets if node.node_id != "0" else None,
    }


@route("GET", "/categories", 1, "getCategoriesV1")
def categories(ctx: Ctx) -> Any:
    return {"categories": [{"code": c, "nonTradeable": False} for c in CATEGORIES]}


@route("GET", "/categories/{categoryId}/instruments", 1, "getCategoryInstrumentsV1")
def category_instruments(ctx: Ctx) -> Any:
    code = ctx.path["categoryId"]
    if code not in CATEGORIES:
        raise ApiError(404, "invalid.url")
    page_number, page_size = int_param(ctx.query, "pageNumber", 0), int_param(ctx.query, "pageSize", 150)
    if page_size < 1 or page_size > 1000 or page_number < 0:
        raise ApiError(400, "error.request.invalid.page-size")
    found = [i for i in CATALOGUE.values() if i.category == code]
    chosen = found[page_number * page_size : (page_number + 1) * page_size]
    return {
        "instruments": [market_summary(ctx, i) for i in chosen],
        "metadata": {"pageNumber": page_number, "pageSize": page_size},
    }


@route("GET", "/clientsentiment", 1, "getClientSentimentListV1")
def sentiments(ctx: Ctx) -> Any:
    ids = [m for m in ctx.query.get("marketIds", "").split(",") if m]
    return {"clientSentiments": [_sentiment(m) for m in ids]}


_MARKET_IDS = frozenset(i.market_id for i in CATALOGUE.values())


def _sentiment(market_id: str) -> dict[str, Any]:
    if market_id not in _MARKET_IDS:  # IG answers an unknown market with zeros, not an error
        return {"marketId": market_id, "longPositionPercentage": 0.0, "shortPositionPercentage": 0.0}
    long_pct = 20 + sum(ord(c) for c in market_id) % 61
    return {
        "marketId": market_id,
        "longPositionPercentage": float(long_pct),
        "shortPositionPercentage": float(100 - long_pct),
    }


@route("GET", "/clientsentiment/{marketId}", 1, "getClientSentimentV1")
def sentiment(ctx: Ctx) -> Any:
    return _sentiment(ctx.path["marketId"])


@route("GET", "/clientsentiment/related/{marketId}", 1, "getRelatedClientSentimentV1")
def related_sentiment(ctx: Ctx) -> Any:
    kinds = {i.instrument_type for i in CATALOGUE.values() if i.market_id == ctx.path["marketId"]}
    related = sorted(
        {i.market_id for i in CATALOGUE.values() if i.instrument_type in kinds} - {ctx.path["marketId"]}
    )
    return {"clientSentiments": [_sentiment(m) for m in related[:5]]}
