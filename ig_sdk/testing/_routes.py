"""REST handlers: IG's headers, versions and errors around thin calls into the engine.

One aiohttp catch-all route feeds :func:`handle`, which does what IG's gateway does before an endpoint runs
(POST with ``_method: DELETE``, API key, session tokens, allowances, injected faults), picks the handler for
the path, method and VERSION, and cuts the answer down to that version's response shape.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from ._accounts import Session
from ._catalogue import CATALOGUE, CATEGORIES, NAV_NODES, Instrument, search
from ._dealing import Event, Position, Transaction, WorkingOrder
from ._engine import IGEngine
from ._errors import ApiError
from ._prices import RESOLUTION_ALIASES, RESOLUTIONS, candle_starts, last_candle_starts
from ._rsa import simulator_key
from ._shapes import project, shape_of

__all__ = ["PREFIX", "handle"]

PREFIX = "/gateway/deal"


@dataclass
class Ctx:
    """One request as a handler sees it."""

    engine: IGEngine
    version: int
    path: dict[str, str]
    query: dict[str, str]
    body: dict[str, Any]
    session: Session | None
    lightstreamer_url: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def account_id(self) -> str:
        assert self.session is not None
        return self.session.account_id

    @property
    def now(self) -> float:
        return self.engine.clock.now()


Handler = Callable[[Ctx], Any]


@dataclass(frozen=True)
class Route:
    method: str
    regex: re.Pattern[str]
    version: int
    operation: str
    handler: Handler
    auth: bool
    trading: bool
    historical: bool = False


_ROUTES: list[Route] = []


def route(
    method: str,
    path: str,
    version: int,
    operation: str,
    *,
    auth: bool = True,
    trading: bool = False,
    historical: bool = False,
) -> Callable[[Handler], Handler]:
    pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path)

    def register(handler: Handler) -> Handler:
        _ROUTES.append(
            Route(method, re.compile(f"^{pattern}$"), version, operation, handler, auth, trading, historical)
        )
        return handler

    return register


# ---------------------------------------------------------------------- formatting helpers


def _ts(when: float, fmt: str = "%Y-%m-%dT%H:%M:%S") -> str:
    return datetime.fromtimestamp(when, tz=UTC).strftime(fmt)


def _req(body: dict[str, Any], *names: str) -> None:
    for name in names:
        if body.get(name) is None:
            raise ApiError(400, f"validation.null-not-allowed.request.{name}")


def _enum(body: dict[str, Any], name: str, allowed: tuple[str, ...]) -> None:
    if body.get(name) is not None and body[name] not in allowed:
        raise ApiError(400, "invalid.input")


def _number(body: dict[str, Any], *names: str) -> None:
    for name in names:
        value = body.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise ApiError(400, "invalid.input")


def _instrument(epic: str, code: str = "error.public-api.epic-not-found", status: int = 404) -> Instrument:
    instrument = CATALOGUE.get(epic)
    if instrument is None:
        raise ApiError(status, code)
    return instrument


def _market_summary(ctx: Ctx, instrument: Instrument) -> dict[str, Any]:
    quote = ctx.engine.prices.quote(instrument, ctx.now)
    opening, high, low, change = ctx.engine.prices.day_stats(instrument, ctx.now)
    return {
        "epic": instrument.epic,
        "instrumentName": instrument.name,
        "instrumentType": instrument.instrument_type,
        "expiry": instrument.expiry,
        "high": high,
        "low": low,
        "percentageChange": round(100 * change / opening, 2) if opening else 0.0,
        "netChange": change,
        "updateTime": _ts(ctx.now, "%H:%M:%S"),
        "updateTimeUTC": _ts(ctx.now, "%H:%M:%S"),
        "bid": quote.bid,
        "offer": quote.offer,
        "delayTime": 0,
        "lotSize": instrument.lot_size,
        "streamingPricesAvailable": True,
        "otcTradeable": True,
        "marketStatus": "TRADEABLE" if instrument.is_open(ctx.now) else "EDITS_ONLY",
        "scalingFactor": instrument.scaling_factor,
        "exchangeId": "SIM",
    }


def _distance(value: float, unit: str = "POINTS") -> dict[str, Any]:
    return {"unit": unit, "value": value}


def _market_details(ctx: Ctx, instrument: Instrument) -> dict[str, Any]:
    summary = _market_summary(ctx, instrument)
    quote = ctx.engine.prices.quote(instrument, ctx.now)
    currency = {
        "code": instrument.currency,
        "name": instrument.currency,
        "symbol": instrument.currency,
        "baseExchangeRate": 1.0,
        "exchangeRate": 1.0,
        "isDefault": True,
    }
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
            "currencies": [currency],
            "sprintMarketsMinimumExpiryTime": None,
            "sprintMarketsMaximumExpiryTime": None,
            "marginDepositBands": [
                {"min": 0, "max": None, "margin": instrument.margin_pct, "currency": instrument.currency}
            ],
            "margin": instrument.margin_pct,
            "marginFactor": instrument.margin_pct,
            "marginFactorUnit": "PERCENTAGE",
            "slippageFactor": {"unit": "pct", "value": 50.0},
            "openingHours": {"marketTimes": instrument.market_times()} if instrument.hours else None,
            "expiryDetails": {"lastDealingDate": None, "settlementInfo": None}
            if instrument.expiry == "DFB"
            else None,
            "rolloverDetails": None,
            "newsCode": instrument.market_id,
            "chartCode": instrument.market_id,
            "country": None,
            "valueOfOnePip": str(instrument.point_value),
            "onePipMeans": "1 point",
            "contractSize": str(instrument.point_value),
            "specialInfo": ["Simulated market"],
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


# ---------------------------------------------------------------------- session


def _login(ctx: Ctx) -> Session:
    engine = ctx.engine
    _req(ctx.body, "identifier", "password")
    if engine.faults.reject_logins:
        raise ApiError(401, "error.security.invalid-details")
    password = str(ctx.body["password"])
    if ctx.body.get("encryptedPassword") and ctx.version < 3:
        try:
            clear = simulator_key().decrypt(base64.b64decode(password, validate=True))
        except ValueError:
            clear = None
        if clear is None:
            raise ApiError(401, "error.security.invalid-details")
        password = _encrypted_password_text(clear).rsplit("|", 1)[0]
    if ctx.body["identifier"] != engine.username or password != engine.password:
        raise ApiError(401, "error.security.invalid-details")
    preferred = next(a for a in engine.accounts.values() if a.preferred)
    return engine.sessions.create(preferred.account_id, oauth=ctx.version >= 3)


def _encrypted_password_text(clear: bytes) -> str:
    """IG's samples base64-encode ``password|timeStamp`` before encrypting; accept that and the raw text."""
    if b"|" not in clear:
        with contextlib.suppress(ValueError):
            clear = base64.b64decode(clear, validate=True)
    return clear.decode("utf-8", "replace")


def _oauth(ctx: Ctx, session: Session) -> dict[str, Any]:
    return {
        "access_token": session.access_token,
        "refresh_token": session.refresh_token,
        "scope": "profile",
        "token_type": "Bearer",
        "expires_in": str(int(ctx.engine.sessions.oauth_ttl)),
    }


@route("POST", "/session", 1, "createSessionV1", auth=False)
@route("POST", "/session", 2, "createSessionV2", auth=False)
@route("POST", "/session", 3, "createSessionV3", auth=False)
def create_session(ctx: Ctx) -> Any:
    session = _login(ctx)
    engine = ctx.engine
    account = engine.accounts[session.account_id]
    if ctx.version >= 3:
        return {
            "clientId": engine.client_id,
            "accountId": account.account_id,
            "timezoneOffset": 0,
            "lightstreamerEndpoint": ctx.lightstreamer_url,
            "oauthToken": _oauth(ctx, session),
            "accountType": account.account_type,
        }
    ctx.headers.update({"CST": session.cst, "X-SECURITY-TOKEN": session.xst})
    return {
        "accountType": account.account_type,
        "accountInfo": engine.dealing.balance(account.account_id),
        "currencyIsoCode": account.currency,
        "currencySymbol": "£",
        "currentAccountId": account.account_id,
        "lightstreamerEndpoint": ctx.lightstreamer_url,
        "accounts": [
            {
                "accountId": a.account_id,
                "accountName": a.name,
                "preferred": a.preferred,
                "accountType": a.account_type,
            }
            for a in engine.accounts.values()
        ],
        "clientId": engine.client_id,
        "timezoneOffset": 0,
        "hasActiveDemoAccounts": True,
        "hasActiveLiveAccounts": False,
        "trailingStopsEnabled": account.trailing_stops_enabled,
        "reroutingEnvironment": None,
        "dealingEnabled": True,
        "igCompany": None,
        "encrypted": False,
        "formDetails": [],
        "authenticationStatus": "AUTHENTICATED",
    }


@route("GET", "/session", 1, "getSessionV1")
def read_session(ctx: Ctx) -> Any:
    assert ctx.session is not None
    if ctx.query.get("fetchSessionTokens", "").lower() == "true":
        ctx.headers.update({"CST": ctx.session.cst, "X-SECURITY-TOKEN": ctx.session.xst})
    account = ctx.engine.accounts[ctx.account_id]
    return {
        "clientId": ctx.engine.client_id,
        "accountId": account.account_id,
        "timezoneOffset": 0,
        "locale": "en_GB",
        "currency": account.currency,
        "lightstreamerEndpoint": ctx.lightstreamer_url,
    }


@route("DELETE", "/session", 1, "deleteSessionV1")
def delete_session(ctx: Ctx) -> Any:
    assert ctx.session is not None
    ctx.engine.sessions.end(ctx.session)
    ctx.engine.sink.end_sessions_for(ctx.session.account_id)
    return None


@route("PUT", "/session", 1, "updateActiveAccountV1")
def switch_account(ctx: Ctx) -> Any:
    _req(ctx.body, "accountId")
    assert ctx.session is not None
    target = ctx.engine.accounts.get(str(ctx.body["accountId"]))
    if target is None:
        raise ApiError(400, "error.switch.invalid-accountId")
    if target.account_id == ctx.session.account_id:
        raise ApiError(412, "error.switch.accountId-must-be-different")
    ctx.session.account_id = target.account_id
    if ctx.body.get("defaultAccount"):
        for account in ctx.engine.accounts.values():
            account.preferred = account is target
    return {
        "trailingStopsEnabled": target.trailing_stops_enabled,
        "dealingEnabled": True,
        "hasActiveDemoAccounts": True,
        "hasActiveLiveAccounts": False,
    }


@route("GET", "/session/encryptionKey", 1, "getEncryptionKeySessionV1", auth=False)
def encryption_key(ctx: Ctx) -> Any:
    return {"encryptionKey": simulator_key().public_key_b64(), "timeStamp": int(ctx.now * 1000)}


@route("POST", "/session/refresh-token", 1, "refreshSessionV1", auth=False)
def refresh_token(ctx: Ctx) -> Any:
    _req(ctx.body, "refresh_token")
    session = ctx.engine.sessions.refresh(str(ctx.body["refresh_token"]))
    if session is None:
        raise ApiError(401, "error.security.oauth-token-invalid")
    return _oauth(ctx, session)


# ---------------------------------------------------------------------- accounts, applications


@route("GET", "/accounts", 1, "getAccountsV1")
def accounts(ctx: Ctx) -> Any:
    return {
        "accounts": [
            {
                "accountId": a.account_id,
                "accountName": a.name,
                "accountAlias": None,
                "status": "ENABLED",
                "accountType": a.account_type,
                "preferred": a.preferred,
                "balance": ctx.engine.dealing.balance(a.account_id),
                "currency": a.currency,
                "canTransferFrom": True,
                "canTransferTo": True,
            }
            for a in ctx.engine.accounts.values()
        ]
    }


@route("GET", "/accounts/preferences", 1, "getAccountPreferencesV1")
def preferences(ctx: Ctx) -> Any:
    return {"trailingStopsEnabled": ctx.engine.accounts[ctx.account_id].trailing_stops_enabled}


@route("PUT", "/accounts/preferences", 1, "updateAccountPreferencesV1")
def update_preferences(ctx: Ctx) -> Any:
    _req(ctx.body, "trailingStopsEnabled")
    ctx.engine.accounts[ctx.account_id].trailing_stops_enabled = bool(ctx.body["trailingStopsEnabled"])
    return {"status": "SUCCESS"}


def _application(ctx: Ctx) -> dict[str, Any]:
    a = ctx.engine.allowances
    return {
        "name": "ig-sdk simulator",
        "apiKey": ctx.engine.api_key,
        "status": ctx.engine.api_key_status,
        "allowanceApplicationOverall": a.application_overall,
        "allowanceAccountTrading": a.account_trading,
        "allowanceAccountOverall": a.account_overall,
        "allowanceAccountHistoricalData": a.historical_points,
        "concurrentSubscriptionsLimit": 40,
        "allowEquities": False,
        "allowQuoteOrders": False,
        "createdDate": "2024-01-02",
    }


@route("GET", "/operations/application", 1, "getApplicationsV1")
def applications(ctx: Ctx) -> Any:
    return [_application(ctx)]


@route("PUT", "/operations/application", 1, "updateApplicationV1")
def update_application(ctx: Ctx) -> Any:
    _enum(ctx.body, "status", ("DISABLED", "ENABLED", "REVOKED"))
    allowances = ctx.engine.allowances
    if ctx.body.get("allowanceAccountOverall") is not None:
        allowances.account_overall = int(ctx.body["allowanceAccountOverall"])
    if ctx.body.get("allowanceAccountTrading") is not None:
        allowances.account_trading = int(ctx.body["allowanceAccountTrading"])
    if ctx.body.get("status"):
        ctx.engine.api_key_status = str(ctx.body["status"])
    return _application(ctx)


@route("PUT", "/operations/application/disable", 1, "disableApplicationV1")
def disable_application(ctx: Ctx) -> Any:
    ctx.engine.api_key_status = "DISABLED"
    return _application(ctx)


# ---------------------------------------------------------------------- markets


@route("GET", "/markets", 1, "getMarketDetailsListV1")
@route("GET", "/markets", 2, "getMarketDetailsListV2")
def markets_list(ctx: Ctx) -> Any:
    epics = [e for e in ctx.query.get("epics", "").split(",") if e]
    if not epics:
        raise ApiError(400, "invalid.input")
    if len(epics) > 50:
        raise ApiError(400, "error.public-api.too-many-epics")
    found = [_instrument(e) for e in epics]
    if ctx.query.get("filter") == "SNAPSHOT_ONLY":
        return {
            "marketDetails": [
                {"snapshot": _market_details(ctx, i)["snapshot"], "instrument": None, "dealingRules": None}
                for i in found
            ]
        }
    return {"marketDetails": [_market_details(ctx, i) for i in found]}


@route("GET", "/markets", 1, "getMarketDetailsBySearchTermV1")
def search_markets(ctx: Ctx) -> Any:
    return {"markets": [_market_summary(ctx, i) for i in search(ctx.query.get("searchTerm", ""))]}


@route("GET", "/markets/{epic}", 1, "getMarketDetailsV1")
@route("GET", "/markets/{epic}", 2, "getMarketDetailsV2")
@route("GET", "/markets/{epic}", 3, "getMarketDetailsV3")
@route("GET", "/markets/{epic}", 4, "getMarketDetailsV4")
def market(ctx: Ctx) -> Any:
    return _market_details(ctx, _instrument(ctx.path["epic"]))


@route("GET", "/marketnavigation", 1, "getMarketNavigationRootV1")
@route("GET", "/marketnavigation/{nodeId}", 1, "getMarketNavigationNodeV1")
def navigation(ctx: Ctx) -> Any:
    node = NAV_NODES.get(ctx.path.get("nodeId", "0"))
    if node is None:
        raise ApiError(404, "invalid.url")
    return {
        "nodes": [{"id": c, "name": NAV_NODES[c].name} for c in node.children],
        "markets": [_market_summary(ctx, i) for i in node.markets()],
    }


@route("GET", "/categories", 1, "getCategoriesV1")
def categories(ctx: Ctx) -> Any:
    return {"categories": [{"code": c, "nonTradeable": False} for c in CATEGORIES]}


@route("GET", "/categories/{categoryId}/instruments", 1, "getCategoryInstrumentsV1")
def category_instruments(ctx: Ctx) -> Any:
    code = ctx.path["categoryId"]
    if code not in CATEGORIES:
        raise ApiError(404, "invalid.url")
    page_number, page_size = _int(ctx.query, "pageNumber", 0), _int(ctx.query, "pageSize", 150)
    if page_size < 1 or page_size > 1000 or page_number < 0:
        raise ApiError(400, "error.request.invalid.page-size")
    found = [i for i in CATALOGUE.values() if i.category == code]
    chosen = found[page_number * page_size : (page_number + 1) * page_size]
    return {
        "instruments": [_market_summary(ctx, i) for i in chosen],
        "metadata": {"pageNumber": page_number, "pageSize": page_size},
    }


def _int(query: dict[str, str], name: str, default: int) -> int:
    try:
        return int(query.get(name, default))
    except ValueError as exc:
        raise ApiError(400, "invalid.input") from exc


@route("GET", "/clientsentiment", 1, "getClientSentimentListV1")
def sentiments(ctx: Ctx) -> Any:
    ids = [m for m in ctx.query.get("marketIds", "").split(",") if m]
    return {"clientSentiments": [_sentiment(m) for m in ids]}


def _sentiment(market_id: str) -> dict[str, Any]:
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


# ---------------------------------------------------------------------- prices


def _resolution(value: str | None, default: str = "MINUTE") -> str:
    name = RESOLUTION_ALIASES.get(value or default, value or default)
    if name not in RESOLUTIONS:
        raise ApiError(400, "invalid.input")
    return name


def _parse_time(value: str, *formats: str) -> float:
    for fmt in formats:
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=UTC).timestamp()
        except ValueError:
            continue
    raise ApiError(400, "error.malformed.date")


def _prices(ctx: Ctx, resolution: str, starts: list[float], v3_pages: tuple[int, int] | None = None) -> Any:
    instrument = _instrument(ctx.path["epic"], "error.unsupported.epic", 400)
    engine = ctx.engine
    if len(starts) > 10_000:
        raise ApiError(400, "error.invalid.daterange")
    page_data = None
    if v3_pages is not None:
        page_size, page_number = v3_pages
        total_pages = max(1, math.ceil(len(starts) / page_size)) if page_size else 1
        if page_size:
            starts = starts[(page_number - 1) * page_size : page_number * page_size]
        page_data = {"pageSize": page_size, "pageNumber": page_number, "totalPages": total_pages}
    if not engine.allowances.use_historical(ctx.account_id, len(starts), ctx.now):
        raise ApiError(403, "error.public-api.exceeded-account-historical-data-allowance")
    remaining, total, expiry = engine.allowances.historical(ctx.account_id, ctx.now)
    allowance = {"remainingAllowance": remaining, "totalAllowance": total, "allowanceExpiry": expiry}
    prices = []
    for start in starts:
        c = engine.prices.candle(instrument, resolution, start, ctx.now)
        prices.append(
            {
                "snapshotTime": _ts(start, "%Y/%m/%d %H:%M:%S"),
                "snapshotTimeUTC": _ts(start),
                **{
                    name: {"bid": c.bid[n], "ask": c.ask[n], "lastTraded": None}
                    for n, name in enumerate(("openPrice", "highPrice", "lowPrice", "closePrice"))
                },
                "lastTradedVolume": c.volume,
            }
        )
    return {
        "prices": prices,
        "instrumentType": instrument.instrument_type,
        "allowance": allowance,
        "metadata": {"allowance": allowance, "size": len(prices), "pageData": page_data},
    }


@route("GET", "/prices/{epic}", 3, "getPricesV3", historical=True)
def prices_v3(ctx: Ctx) -> Any:
    resolution = _resolution(ctx.query.get("resolution"))
    fmt = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%dT%H:%M")
    if "from" in ctx.query or "to" in ctx.query:
        end = _parse_time(ctx.query["to"], *fmt) if "to" in ctx.query else ctx.now
        begin = (
            _parse_time(ctx.query["from"], *fmt)
            if "from" in ctx.query
            else end - 10 * RESOLUTIONS[resolution]
        )
        if end < begin:
            raise ApiError(400, "error.invalid.daterange")
        starts = candle_starts(resolution, begin, min(end, ctx.now))
    else:
        starts = last_candle_starts(resolution, ctx.now, max(1, _int(ctx.query, "max", 10)))
    return _prices(
        ctx, resolution, starts, (_int(ctx.query, "pageSize", 20), max(1, _int(ctx.query, "pageNumber", 1)))
    )


@route("GET", "/prices/{epic}/{resolution}", 1, "getPricesByDateRangeV1", historical=True)
def prices_v1_range(ctx: Ctx) -> Any:
    if "startdate" not in ctx.query or "enddate" not in ctx.query:
        raise ApiError(400, "error.malformed.date")
    begin = _parse_time(ctx.query["startdate"], "%Y:%m:%d-%H:%M:%S")
    end = _parse_time(ctx.query["enddate"], "%Y:%m:%d-%H:%M:%S")
    return _range(ctx, begin, end)


def _range(ctx: Ctx, begin: float, end: float) -> Any:
    if end <= begin:
        raise ApiError(400, "error.invalid.daterange")
    resolution = _resolution(ctx.path["resolution"])
    return _prices(ctx, resolution, candle_starts(resolution, begin, min(end, ctx.now)))


@route(
    "GET", "/prices/{epic}/{resolution}/{startDate}/{endDate}", 2, "getPricesByDateRangeV2", historical=True
)
def prices_v2_range(ctx: Ctx) -> Any:
    fmt = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")
    return _range(ctx, _parse_time(ctx.path["startDate"], *fmt), _parse_time(ctx.path["endDate"], *fmt))


@route("GET", "/prices/{epic}/{resolution}/{numPoints}", 1, "getPricesByNumberOfPointsV1", historical=True)
@route("GET", "/prices/{epic}/{resolution}/{numPoints}", 2, "getPricesByNumberOfPointsV2", historical=True)
def prices_points(ctx: Ctx) -> Any:
    resolution = _resolution(ctx.path["resolution"])
    try:
        count = int(ctx.path["numPoints"])
    except ValueError as exc:
        raise ApiError(400, "invalid.input") from exc
    if count < 1:
        raise ApiError(400, "invalid.input")
    return _prices(ctx, resolution, last_candle_starts(resolution, ctx.now, count))


# ---------------------------------------------------------------------- positions


def _position_record(ctx: Ctx, p: Position) -> dict[str, Any]:
    instrument = CATALOGUE[p.epic]
    return {
        "position": {
            "contractSize": instrument.point_value,
            "createdDate": _ts(p.created, "%Y/%m/%d %H:%M:%S:000"),
            "createdDateUTC": _ts(p.created),
            "dealId": p.deal_id,
            "dealReference": p.deal_reference,
            "dealSize": p.size,
            "size": p.size,
            "direction": p.direction,
            "limitLevel": p.limit_level,
            "openLevel": p.level,
            "level": p.level,
            "currency": instrument.currency,
            "controlledRisk": p.guaranteed_stop,
            "stopLevel": p.stop_level,
            "trailingStep": p.trailing_step,
            "trailingStopDistance": p.trailing_stop_distance,
            "limitedRiskPremium": None,
        },
        "market": _market_summary(ctx, instrument),
    }


@route("GET", "/positions", 1, "getPositionsV1")
@route("GET", "/positions", 2, "getPositionsV2")
def positions(ctx: Ctx) -> Any:
    mine = [p for p in ctx.engine.dealing.positions.values() if p.account_id == ctx.account_id]
    return {"positions": [_position_record(ctx, p) for p in mine]}


@route("GET", "/positions/sprintmarkets", 1, "getSprintMarketPositionsV1")
@route("GET", "/positions/sprintmarkets", 2, "getSprintMarketPositionsV2")
def sprint_positions(ctx: Ctx) -> Any:
    return {"sprintMarketPositions": []}


@route("POST", "/positions/sprintmarkets", 1, "createSprintMarketPositionV1", trading=True)
def create_sprint(ctx: Ctx) -> Any:
    # The catalogue has no sprint markets: every request is rejected the way IG rejects an unknown market.
    _req(ctx.body, "epic", "direction", "size", "expiryPeriod")
    reference = str(ctx.body.get("dealReference") or ctx.engine.dealing.new_deal_reference())
    ctx.engine.dealing._reject(
        ctx.account_id, reference, None, str(ctx.body["epic"]), ctx.body, "INSTRUMENT_NOT_FOUND", "POSITION"
    )
    return {"dealReference": reference}


@route("GET", "/positions/{dealId}", 1, "getPositionByDealIdV1")
@route("GET", "/positions/{dealId}", 2, "getPositionByDealIdV2")
def position(ctx: Ctx) -> Any:
    p = ctx.engine.dealing.positions.get(ctx.path["dealId"])
    if p is None or p.account_id != ctx.account_id:
        raise ApiError(404, "error.position.notfound")
    return _position_record(ctx, p)


_DIRECTIONS = ("BUY", "SELL")


@route("POST", "/positions/otc", 1, "createOTCPositionV1", trading=True)
@route("POST", "/positions/otc", 2, "createOTCPositionV2", trading=True)
def open_position(ctx: Ctx) -> Any:
    body = ctx.body
    _req(body, "epic", "expiry", "direction", "size", "currencyCode", "forceOpen", "guaranteedStop")
    _enum(body, "direction", _DIRECTIONS)
    _enum(body, "orderType", ("LIMIT", "MARKET", "QUOTE"))
    _number(body, "size", "level", "stopLevel", "stopDistance", "limitLevel", "limitDistance")
    order_type = body.get("orderType") or "MARKET"
    if order_type in ("LIMIT", "QUOTE") and body.get("level") is None:
        raise ApiError(400, "validation.null-not-allowed.request.level")
    if order_type == "MARKET" and (body.get("level") is not None or body.get("quoteId") is not None):
        raise ApiError(400, "invalid.input")
    both = (body.get("stopLevel") is not None and body.get("stopDistance") is not None) or (
        body.get("limitLevel") is not None and body.get("limitDistance") is not None
    )
    if both or float(body["size"]) <= 0:
        raise ApiError(400, "invalid.input")
    if CATALOGUE.get(str(body["epic"])) is None:
        raise ApiError(404, "error.trading.otc.instrument-not-found")
    return {"dealReference": ctx.engine.dealing.open_position(ctx.account_id, body)}


@route("DELETE", "/positions/otc", 1, "closeOTCPositionV1", trading=True)
def close_position(ctx: Ctx) -> Any:
    body = ctx.body
    _req(body, "size")
    _number(body, "size", "level")
    if (body.get("dealId") is None) == (body.get("epic") is None):
        raise ApiError(400, "invalid.input")
    _enum(body, "direction", _DIRECTIONS)
    return {"dealReference": ctx.engine.dealing.close_position(ctx.account_id, body)}


@route("PUT", "/positions/otc/{dealId}", 1, "updateOTCPositionV1", trading=True)
@route("PUT", "/positions/otc/{dealId}", 2, "updateOTCPositionV2", trading=True)
def update_position(ctx: Ctx) -> Any:
    _number(ctx.body, "stopLevel", "limitLevel", "trailingStopDistance", "trailingStopIncrement")
    reference = ctx.engine.dealing.update_position(ctx.account_id, ctx.path["dealId"], ctx.body)
    if reference is None:
        raise ApiError(404, "error.position.notfound")
    return {"dealReference": reference}


@route("GET", "/confirms/{dealReference}", 1, "getDealConfirmationV1")
def confirm(ctx: Ctx) -> Any:
    record = ctx.engine.dealing.confirms.get((ctx.account_id, ctx.path["dealReference"]))
    if record is None:
        raise ApiError(404, "error.confirms.deal-not-found")
    return record


# ---------------------------------------------------------------------- working orders


def _good_till(body: dict[str, Any]) -> float | None:
    if body.get("timeInForce") != "GOOD_TILL_DATE":
        return None
    value = body.get("goodTillDate")
    if value is None:
        raise ApiError(400, "validation.null-not-allowed.request.goodTillDate")
    if isinstance(value, int | float) or str(value).isdigit():
        return int(value) / 1000
    return _parse_time(str(value), "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M")


def _order_record(ctx: Ctx, o: WorkingOrder) -> dict[str, Any]:
    instrument = CATALOGUE[o.epic]
    return {
        "workingOrderData": {
            "dealId": o.deal_id,
            "direction": o.direction,
            "epic": o.epic,
            "size": o.size,
            "orderSize": o.size,
            "level": o.level,
            "orderLevel": o.level,
            "timeInForce": o.time_in_force,
            "goodTill": _ts(o.good_till, "%d/%m/%y %H:%M") if o.good_till else None,
            "goodTillDate": _ts(o.good_till, "%Y/%m/%d %H:%M") if o.good_till else None,
            "goodTillDateISO": _ts(o.good_till) if o.good_till else None,
            "createdDate": _ts(o.created, "%Y/%m/%d %H:%M:%S:000"),
            "createdDateUTC": _ts(o.created),
            "controlledRisk": o.guaranteed_stop,
            "guaranteedStop": o.guaranteed_stop,
            "requestType": f"{o.order_type}_ORDER",
            "orderType": o.order_type,
            "stopDistance": o.stop_distance,
            "limitDistance": o.limit_distance,
            "contingentStop": o.stop_distance,
            "contingentLimit": o.limit_distance,
            "currencyCode": instrument.currency,
            "dma": False,
            "limitedRiskPremium": None,
            "trailingTriggerIncrement": None,
            "trailingTriggerDistance": None,
            "trailingStopDistance": None,
            "trailingStopIncrement": None,
        },
        "marketData": _market_summary(ctx, instrument),
    }


@route("GET", "/workingorders", 1, "getWorkingOrdersV1")
@route("GET", "/workingorders", 2, "getWorkingOrdersV2")
def working_orders(ctx: Ctx) -> Any:
    mine = [o for o in ctx.engine.dealing.orders.values() if o.account_id == ctx.account_id]
    return {"workingOrders": [_order_record(ctx, o) for o in mine]}


@route("POST", "/workingorders/otc", 1, "createOTCWorkingOrderV1", trading=True)
@route("POST", "/workingorders/otc", 2, "createOTCWorkingOrderV2", trading=True)
def create_order(ctx: Ctx) -> Any:
    body = ctx.body
    _req(body, "epic", "expiry", "direction", "size", "level", "type", "currencyCode", "guaranteedStop")
    _enum(body, "direction", _DIRECTIONS)
    _enum(body, "type", ("LIMIT", "STOP"))
    _enum(body, "timeInForce", ("GOOD_TILL_CANCELLED", "GOOD_TILL_DATE"))
    _number(body, "size", "level", "stopLevel", "stopDistance", "limitLevel", "limitDistance")
    if CATALOGUE.get(str(body["epic"])) is None:
        raise ApiError(404, "error.trading.otc.instrument-not-found")
    return {"dealReference": ctx.engine.dealing.create_order(ctx.account_id, body, _good_till(body))}


@route("PUT", "/workingorders/otc/{dealId}", 1, "updateOTCWorkingOrderV1", trading=True)
@route("PUT", "/workingorders/otc/{dealId}", 2, "updateOTCWorkingOrderV2", trading=True)
def update_order(ctx: Ctx) -> Any:
    _req(ctx.body, "level")
    _number(ctx.body, "level", "stopLevel", "stopDistance", "limitLevel", "limitDistance")
    _enum(ctx.body, "type", ("LIMIT", "STOP"))
    reference = ctx.engine.dealing.update_order(
        ctx.account_id, ctx.path["dealId"], ctx.body, _good_till(ctx.body)
    )
    if reference is None:
        raise ApiError(404, "error.position.notfound")
    return {"dealReference": reference}


@route("DELETE", "/workingorders/otc/{dealId}", 1, "deleteOTCWorkingOrderV1", trading=True)
@route("DELETE", "/workingorders/otc/{dealId}", 2, "deleteOTCWorkingOrderV2", trading=True)
def delete_order(ctx: Ctx) -> Any:
    reference = ctx.engine.dealing.delete_order(ctx.account_id, ctx.path["dealId"])
    if reference is None:
        raise ApiError(404, "error.position.notfound")
    return {"dealReference": reference}


# ---------------------------------------------------------------------- history


def _activity_v1(e: Event, v2: bool) -> dict[str, Any]:
    d = e.details
    size = d.get("size")
    sign = "+" if d.get("direction") == "BUY" else "-"
    return {
        "epic": e.epic,
        "dealId": e.deal_id,
        "activityHistoryId": f"{e.deal_id}-{int(e.when * 1000)}",
        "date": _ts(e.when) if v2 else _ts(e.when, "%d/%m/%y"),
        "time": _ts(e.when, "%H:%M"),
        "activity": e.description.split(":")[0],
        "marketName": d.get("marketName"),
        "period": CATALOGUE[e.epic].expiry if e.epic in CATALOGUE else "-",
        "result": e.description,
        "channel": "PUBLIC_WEB_API",
        "currency": d.get("currency"),
        "size": f"{sign}{size}" if size is not None else None,
        "level": None if d.get("level") is None else str(d["level"]),
        "stop": None if d.get("stopLevel") is None else str(d["stopLevel"]),
        "stopType": None,
        "limit": None if d.get("limitLevel") is None else str(d["limitLevel"]),
        "actionStatus": "ACCEPT" if e.status == "ACCEPTED" else "REJECT",
    }


def _events(ctx: Ctx, begin: float, end: float) -> list[Event]:
    found = [e for e in ctx.engine.dealing.events if e.account_id == ctx.account_id and begin <= e.when < end]
    return sorted(found, key=lambda e: e.when, reverse=True)


@route("GET", "/history/activity/{lastPeriod}", 1, "getActivityHistoryV1")
def activity_v1_period(ctx: Ctx) -> Any:
    period_ms = _int(ctx.path, "lastPeriod", 0)
    return {
        "activities": [_activity_v1(e, False) for e in _events(ctx, ctx.now - period_ms / 1000, math.inf)]
    }


@route("GET", "/history/activity/{fromDate}/{toDate}", 1, "getActivityHistoryByTimeRangeV1")
def activity_v1_range(ctx: Ctx) -> Any:
    begin = _parse_time(ctx.path["fromDate"], "%d-%m-%Y")
    end = _parse_time(ctx.path["toDate"], "%d-%m-%Y") + 86_400
    return {"activities": [_activity_v1(e, False) for e in _events(ctx, begin, end)]}


def _window(ctx: Ctx, fmt: tuple[str, ...]) -> tuple[float, float]:
    end = _parse_time(ctx.query["to"], *fmt) if "to" in ctx.query else math.inf
    if "from" in ctx.query:
        begin = _parse_time(ctx.query["from"], *fmt)
    else:
        span = _int(ctx.query, "maxSpanSeconds", 600)
        begin = (ctx.now if end == math.inf else end) - span
    return begin, end


_ISO = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%d")


def _page(items: list[Any], ctx: Ctx, default_size: int = 50) -> tuple[list[Any], dict[str, Any]]:
    size, number = _int(ctx.query, "pageSize", default_size), max(1, _int(ctx.query, "pageNumber", 1))
    total = max(1, math.ceil(len(items) / size)) if size else 1
    chosen = items[(number - 1) * size : number * size] if size else items
    return chosen, {
        "size": len(chosen),
        "pageData": {"pageSize": size, "pageNumber": number, "totalPages": total},
    }


@route("GET", "/history/activity", 2, "getActivityHistoryV2")
def activity_v2(ctx: Ctx) -> Any:
    items, metadata = _page([_activity_v1(e, True) for e in _events(ctx, *_window(ctx, _ISO))], ctx)
    return {"activities": items, "metadata": metadata}


def _fiql(expression: str) -> Callable[[dict[str, Any]], bool]:
    alternatives = [
        [clause.split("==", 1) for clause in part.split(";") if "==" in clause]
        for part in expression.split(",")
    ]
    return lambda record: any(all(str(record.get(k)) == v for k, v in clauses) for clauses in alternatives)


@route("GET", "/history/activity", 3, "getActivityHistoryV3")
def activity_v3(ctx: Ctx) -> Any:
    begin = _parse_time(ctx.query["from"], *_ISO) if "from" in ctx.query else ctx.now - 86_400 * 30
    end = _parse_time(ctx.query["to"], *_ISO) if "to" in ctx.query else math.inf
    detailed = ctx.query.get("detailed", "false").lower() == "true"
    records: list[dict[str, Any]] = [
        {
            "date": _ts(e.when),
            "epic": e.epic,
            "period": CATALOGUE[e.epic].expiry if e.epic in CATALOGUE else "-",
            "dealId": e.deal_id,
            "channel": "PUBLIC_WEB_API",
            "type": e.kind,
            "status": e.status,
            "description": e.description,
            "details": e.details if detailed else None,
            "_when": e.when,
        }
        for e in _events(ctx, begin, end)
    ]
    if ctx.query.get("dealId"):
        records = [r for r in records if r["dealId"] == ctx.query["dealId"]]
    if ctx.query.get("filter"):
        records = [r for r in records if _fiql(ctx.query["filter"])(r)]
    size = _int(ctx.query, "pageSize", 50)
    chosen = records[:size] if size else records
    next_link = None
    if size and len(records) > size:
        last = float(chosen[-1]["_when"])
        next_link = (
            f"/history/activity?version=3&from={_ts(begin)}&to={_ts(last, '%Y-%m-%dT%H:%M:%S.%f')}"
            f"&detailed={str(detailed).lower()}&pageSize={size}"
        )
    for record in chosen:
        del record["_when"]
    return {"activities": chosen, "metadata": {"paging": {"size": len(chosen), "next": next_link}}}


def _transaction(t: Transaction, v2: bool) -> dict[str, Any]:
    return {
        "date": _ts(t.when) if v2 else _ts(t.when, "%d-%b-%Y"),
        "dateUtc": _ts(t.when),
        "openDateUtc": _ts(t.opened),
        "instrumentName": t.instrument_name,
        "period": t.period,
        "profitAndLoss": f"£{t.pnl:.2f}",
        "transactionType": t.kind,
        "reference": t.reference,
        "openLevel": None if t.open_level is None else str(t.open_level),
        "closeLevel": None if t.close_level is None else str(t.close_level),
        "size": f"{t.size:+g}" if t.size else None,
        "currency": "£",
        "cashTransaction": t.cash,
    }


def _transactions(ctx: Ctx, kind: str, begin: float, end: float) -> list[Transaction]:
    wanted = {"ALL": None, "ALL_DEAL": "DEAL", "DEPOSIT": "DEPOSIT", "WITHDRAWAL": "WITHDRAWAL"}
    if kind not in wanted:
        raise ApiError(400, "invalid.input")
    found = [
        t
        for t in ctx.engine.dealing.transactions
        if t.account_id == ctx.account_id and begin <= t.when < end and wanted[kind] in (None, t.kind)
    ]
    return sorted(found, key=lambda t: t.when, reverse=True)


@route("GET", "/history/transactions/{transactionType}/{lastPeriod}", 1, "getTransactionHistoryV1")
def transactions_v1_period(ctx: Ctx) -> Any:
    begin = ctx.now - _int(ctx.path, "lastPeriod", 0) / 1000
    found = _transactions(ctx, ctx.path["transactionType"], begin, math.inf)
    return {"transactions": [_transaction(t, False) for t in found]}


@route(
    "GET",
    "/history/transactions/{transactionType}/{fromDate}/{toDate}",
    1,
    "getTransactionHistoryByTimeRangeV1",
)
def transactions_v1_range(ctx: Ctx) -> Any:
    begin = _parse_time(ctx.path["fromDate"], "%d-%m-%Y")
    end = _parse_time(ctx.path["toDate"], "%d-%m-%Y") + 86_400
    found = _transactions(ctx, ctx.path["transactionType"], begin, end)
    return {"transactions": [_transaction(t, False) for t in found]}


@route("GET", "/history/transactions", 2, "getTransactionHistoryV2")
def transactions_v2(ctx: Ctx) -> Any:
    found = _transactions(ctx, ctx.query.get("type", "ALL"), *_window(ctx, _ISO))
    items, metadata = _page([_transaction(t, True) for t in found], ctx)
    return {"transactions": items, "metadata": metadata}


# ---------------------------------------------------------------------- watchlists and the rest


def _watchlist(ctx: Ctx) -> tuple[str, list[str], bool]:
    found = ctx.engine.watchlists.get(ctx.path["watchlistId"])
    if found is None:
        raise ApiError(400, "error.watchlists.management.watchlist-not-found")
    return found


@route("GET", "/watchlists", 1, "getWatchlistsV1")
def watchlists(ctx: Ctx) -> Any:
    return {
        "watchlists": [
            {
                "id": wid,
                "name": name,
                "editable": editable,
                "deleteable": editable,
                "defaultSystemWatchlist": not editable,
            }
            for wid, (name, _, editable) in ctx.engine.watchlists.items()
        ]
    }


@route("POST", "/watchlists", 1, "createWatchlistV1")
def create_watchlist(ctx: Ctx) -> Any:
    _req(ctx.body, "name")
    name = str(ctx.body["name"])
    if any(existing == name for existing, _, _ in ctx.engine.watchlists.values()):
        raise ApiError(400, "error.watchlists.management.duplicate-name")
    epics = [str(e) for e in ctx.body.get("epics") or []]
    known = [e for e in epics if e in CATALOGUE]
    ctx.engine._watchlist_counter += 1
    watchlist_id = str(1_000_000 + ctx.engine._watchlist_counter)
    ctx.engine.watchlists[watchlist_id] = (name, known, True)
    return {
        "watchlistId": watchlist_id,
        "status": "SUCCESS" if len(known) == len(epics) else "SUCCESS_NOT_ALL_INSTRUMENTS_ADDED",
    }


@route("GET", "/watchlists/{watchlistId}", 1, "getWatchlistByWatchlistIdV1")
def watchlist(ctx: Ctx) -> Any:
    return {"markets": [_market_summary(ctx, CATALOGUE[e]) for e in _watchlist(ctx)[1]]}


@route("PUT", "/watchlists/{watchlistId}", 1, "updateWatchlistMarketV1")
def add_to_watchlist(ctx: Ctx) -> Any:
    _req(ctx.body, "epic")
    _, epics, editable = _watchlist(ctx)
    epic = str(ctx.body["epic"])
    if epic not in CATALOGUE:
        raise ApiError(404, "error.service.watchlists.add-instrument.invalid-epic")
    if not editable:
        raise ApiError(403, "error.watchlists.management.error")
    if epic not in epics:
        epics.append(epic)
    return {"status": "SUCCESS"}


@route("DELETE", "/watchlists/{watchlistId}", 1, "deleteWatchlistV1")
def delete_watchlist(ctx: Ctx) -> Any:
    if not _watchlist(ctx)[2]:
        raise ApiError(403, "error.watchlists.management.cannot-delete-watchlist")
    del ctx.engine.watchlists[ctx.path["watchlistId"]]
    return {"status": "SUCCESS"}


@route("DELETE", "/watchlists/{watchlistId}/{epic}", 1, "deleteWatchlistMarketV1")
def remove_from_watchlist(ctx: Ctx) -> Any:
    _, epics, editable = _watchlist(ctx)
    if not editable or ctx.path["epic"] not in epics:
        raise ApiError(404, "error.watchlists.management.error")
    epics.remove(ctx.path["epic"])
    return {"status": "SUCCESS"}


@route("GET", "/repeat-dealing-window", 1, "getRepeatDealingWindowV1")
def repeat_dealing_window(ctx: Ctx) -> Any:
    # Repeat-dealing restrictions are not modelled: the window is always empty.
    return {
        "accountId": ctx.account_id,
        "requestStartTime": int(ctx.now * 1000),
        "repeatDealingEntryList": [],
    }


@route("GET", "/data/{id}", 1, "getDataByIdV1")
def data_by_id(ctx: Ctx) -> Any:
    raise ApiError(404, "invalid.url")


_COST_FIELDS = (
    "closingCommission",
    "closingFxFee",
    "closingIFTT",
    "closingSpread",
    "etpExitCost",
    "guaranteedStopReturn",
    "knockoutPremiumReturn",
)


def _costs(ctx: Ctx, *required: str) -> dict[str, Any]:
    for name in ("ask", "bid", "dealCurrencyCode", "dealReference", "size", *required):
        if ctx.body.get(name) is None:
            raise ApiError(400, "public-api.costs-and-charges.client-error")
    spread = abs(float(ctx.body["ask"]) - float(ctx.body["bid"])) * float(ctx.body["size"]) / 2
    notional = float(ctx.body["bid"]) * float(ctx.body["size"])
    return {
        **dict.fromkeys(_COST_FIELDS, 0.0),
        "closingSpread": round(spread, 2),
        "indicativeQuoteReference": f"IQ{ctx.engine.dealing.new_deal_reference()}",
        "notionalValue": round(notional, 2),
        "notionalValueInUserCurrency": round(notional, 2),
    }


@route("POST", "/indicativecostsandcharges/open", 1, "getIndicativeCostsAndChargesOpenV1")
def costs_open(ctx: Ctx) -> Any:
    base = _costs(ctx)
    return {
        **base,
        "openingSpread": base["closingSpread"],
        "currencyCodeISO": ctx.body["dealCurrencyCode"],
        "openingCommission": 0.0,
        "openingFxFee": 0.0,
        "openingIFTT": 0.0,
        "overnightFundingFee": 0.0,
        "borrowingCharge": 0.0,
        "dailyRunningFxFee": 0.0,
        "etpEntryCost": 0.0,
        "etpOngoingCost": 0.0,
        "guaranteedStopDeposit": 0.0,
        "inducements": 0.0,
        "knockoutPremiumDeposit": 0.0,
    }


@route("POST", "/indicativecostsandcharges/close", 1, "getIndicativeCostsAndChargesCloseV1")
def costs_close(ctx: Ctx) -> Any:
    return {"close": _costs(ctx, "openingLevel"), "currencyCodeISO": ctx.body.get("dealCurrencyCode")}


@route("POST", "/indicativecostsandcharges/edit", 1, "getIndicativeCostsAndChargesEditV1")
def costs_edit(ctx: Ctx) -> Any:
    costs = _costs(ctx, "openingLevel")
    return {"currencyCodeISO": ctx.body.get("dealCurrencyCode"), "stop": costs, "limit": costs}


@route(
    "GET",
    "/indicativecostsandcharges/history/from/{from}/to/{to}",
    1,
    "getIndicativeCostsAndChargesHistoryV1",
)
def costs_history(ctx: Ctx) -> Any:
    return {
        "costsAndChargesHistory": [],
        "pagination": {
            "pageNumber": _int(ctx.query, "pageNumber", 0),
            "pageSize": _int(ctx.query, "pageSize", 20),
            "totalElements": 0,
            "totalPages": 0,
        },
    }


@route(
    "GET",
    "/indicativecostsandcharges/durablemedium/{indicativeQuoteReference}",
    1,
    "getIndicativeCostsAndChargesDurableMediumV1",
)
def costs_document(ctx: Ctx) -> Any:
    if not ctx.path["indicativeQuoteReference"].startswith("IQ"):
        raise ApiError(404, "public-api.costs-and-charges.indicative-quote-reference-not-found")
    return web.Response(
        body=b"%PDF-1.4\n% ig-sdk simulator costs document\n%%EOF\n", content_type="application/pdf"
    )


# ---------------------------------------------------------------------- the gateway


def _error(status: int, code: str) -> web.Response:
    return web.json_response({"errorCode": code}, status=status)


def _authenticate(engine: IGEngine, request: web.Request) -> Session:
    bearer = request.headers.get("Authorization", "")
    if bearer.startswith("Bearer "):
        session = engine.sessions.by_access_token(bearer[7:].strip())
        if session is None:
            raise ApiError(401, "error.security.oauth-token-invalid")
        wanted = request.headers.get("IG-ACCOUNT-ID")
        if wanted is None:
            raise ApiError(401, "error.security.account-token-missing")
        if wanted != session.account_id:
            if wanted not in engine.accounts:
                raise ApiError(401, "error.security.account-token-invalid")
            session.account_id = wanted  # OAuth clients pick the account per request
        return session
    cst, xst = request.headers.get("CST"), request.headers.get("X-SECURITY-TOKEN")
    if not cst:
        raise ApiError(401, "error.security.client-token-missing")
    if not xst:
        raise ApiError(401, "error.security.account-token-missing")
    session = engine.sessions.by_tokens(cst, xst)
    if session is None:
        if engine.sessions.knows_cst(cst):
            raise ApiError(401, "error.security.account-token-invalid")
        raise ApiError(401, "error.security.client-token-invalid")
    return session


async def handle(request: web.Request, engine: IGEngine, lightstreamer_url: str) -> web.StreamResponse:
    """Answer one REST request as IG's gateway would."""
    faults = engine.faults
    # The body is taken before any injected latency: as at IG, a deal whose client gave up waiting may
    # still go through, and only deals.confirm can tell.
    raw = await request.read() if request.can_read_body else b""
    if faults.latency > 0:
        await asyncio.sleep(faults.latency)
    if faults.take_drop():
        if request.transport is not None:
            request.transport.close()
        raise web.HTTPServiceUnavailable()  # never reaches the client: the connection is gone
    status = faults.take_failure()
    if status is not None:
        return _error(status, "system.error")
    method = request.method
    if method == "POST" and request.headers.get("_method", "").upper() == "DELETE":
        method = "DELETE"
    path = request.path[len(PREFIX) :] or "/"
    try:
        version = int(request.headers.get("VERSION", request.headers.get("Version", "1")))
    except ValueError:
        return _error(400, "invalid.input")
    candidates = [(r, m) for r in _ROUTES if r.method == method for m in [r.regex.match(path)] if m]
    if path == "/markets":  # one path, two v1 operations told apart by their query parameter
        searching = "searchTerm" in request.query
        candidates = [
            (r, m) for r, m in candidates if (r.operation == "getMarketDetailsBySearchTermV1") == searching
        ]
    if not candidates:
        return _error(404, "invalid.url")
    chosen = [(r, m) for r, m in candidates if r.version == version]
    if not chosen:
        return _error(404, "invalid.url")
    matched, match = chosen[0]
    # A literal segment wins over a placeholder: GET /positions/sprintmarkets is not a position's dealId.
    for r, m in chosen:
        if not m.groupdict():
            matched, match = r, m
            break
    try:
        api_key = request.headers.get("X-IG-API-KEY")
        if not api_key:
            raise ApiError(400, "error.security.api-key-missing")
        if api_key != engine.api_key:
            raise ApiError(403, "error.security.api-key-invalid")
        if engine.api_key_status != "ENABLED" and matched.operation != "updateApplicationV1":
            raise ApiError(403, "error.security.api-key-disabled")
        session = _authenticate(engine, request) if matched.auth else None
        code = engine.allowances.check_request(
            session.account_id if session else None, matched.trading, engine.clock.now()
        )
        if code is not None:
            raise ApiError(403, code)
        body: dict[str, Any] = {}
        if raw.strip():
            try:
                parsed = json.loads(raw)
            except ValueError as exc:
                raise ApiError(400, "invalid.input") from exc
            if not isinstance(parsed, dict):
                raise ApiError(400, "invalid.input")
            body = parsed
        engine.dealing.on_price()
        ctx = Ctx(
            engine,
            version,
            {k: v for k, v in match.groupdict().items()},
            dict(request.query),
            body,
            session,
            lightstreamer_url,
        )
        result = matched.handler(ctx)
    except ApiError as error:
        return _error(error.status, error.code)
    if isinstance(result, web.StreamResponse):
        return result
    if result is None:
        return web.Response(
            status=204 if matched.operation == "deleteSessionV1" else 200, headers=ctx.headers
        )
    return web.json_response(project(result, shape_of(matched.operation)), headers=ctx.headers)
