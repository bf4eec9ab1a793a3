"""Dealing routes: positions, sprint markets, deal confirmations and working orders."""

from __future__ import annotations

from typing import Any

from .._catalogue import CATALOGUE
from .._dealing import Position, WorkingOrder
from .._errors import ApiError
from ._dispatch import Ctx, route
from ._format import DIRECTIONS, check_enum, check_numbers, local_ts, parse_time, require, ts
from ._market_summary import market_summary


def _position_record(ctx: Ctx, p: Position) -> dict[str, Any]:
    instrument = CATALOGUE[p.epic]
    return {
        "position": {
            "contractSize": instrument.point_value,
            "createdDate": local_ts(p.created, "%Y/%m/%d %H:%M:%S:000"),
            "createdDateUTC": ts(p.created),
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
        "market": market_summary(ctx, instrument),
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
    require(ctx.body, "epic", "direction", "size", "expiryPeriod")
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


@route("POST", "/positions/otc", 1, "createOTCPositionV1", trading=True)
@route("POST", "/positions/otc", 2, "createOTCPositionV2", trading=True)
def open_position(ctx: Ctx) -> Any:
    body = ctx.body
    require(body, "epic", "expiry", "direction", "size", "currencyCode", "forceOpen", "guaranteedStop")
    check_enum(body, "direction", DIRECTIONS)
    check_enum(body, "orderType", ("LIMIT", "MARKET", "QUOTE"))
    check_numbers(body, "size", "level", "stopLevel", "stopDistance", "limitLevel", "limitDistance")
    order_type = body.get("orderType") or "MARKET"
    if order_type in ("LIMIT", "QUOTE") and body.get("level") is None:
        raise ApiError(400, "validation.null-not-allowed.request.level")
    if order_type == "QUOTE" and body.get("quoteId") is None:
        raise ApiError(400, "validation.null-not-allowed.request.quoteId")
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
    require(body, "size")
    check_numbers(body, "size", "level")
    if body.get("dealId") is not None and body.get("epic") is not None:
        raise ApiError(400, "validation.mutual-exclusive-value.request")  # one of them, never both
    if body.get("dealId") is None and body.get("epic") is None:
        raise ApiError(400, "invalid.input")
    check_enum(body, "direction", DIRECTIONS)
    return {"dealReference": ctx.engine.dealing.close_position(ctx.account_id, body)}


@route("PUT", "/positions/otc/{dealId}", 1, "updateOTCPositionV1", trading=True)
@route("PUT", "/positions/otc/{dealId}", 2, "updateOTCPositionV2", trading=True)
def update_position(ctx: Ctx) -> Any:
    check_numbers(ctx.body, "stopLevel", "limitLevel", "trailingStopDistance", "trailingStopIncrement")
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


def _good_till(body: dict[str, Any]) -> float | None:
    if body.get("timeInForce") != "GOOD_TILL_DATE":
        return None
    value = body.get("goodTillDate")
    if value is None:
        raise ApiError(400, "validation.null-not-allowed.request.goodTillDate")
    if isinstance(value, int | float) or str(value).isdigit():
        return int(value) / 1000
    return parse_time(str(value), "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M")


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
            # v1 says "GTC" for good-till-cancelled, where v2 leaves goodTillDate null.
            "goodTill": local_ts(o.good_till, "%d/%m/%y %H:%M") if o.good_till else "GTC",
            "goodTillDate": local_ts(o.good_till, "%Y/%m/%d %H:%M") if o.good_till else None,
            "goodTillDateISO": ts(o.good_till, "%Y-%m-%dT%H:%M") if o.good_till else None,
            "createdDate": local_ts(o.created, "%Y/%m/%d %H:%M:%S:000"),
            "createdDateUTC": ts(o.created),
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
        "marketData": market_summary(ctx, instrument),
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
    require(body, "epic", "expiry", "direction", "size", "level", "type", "currencyCode", "guaranteedStop")
    check_enum(body, "direction", DIRECTIONS)
    check_enum(body, "type", ("LIMIT", "STOP"))
    check_enum(body, "timeInForce", ("GOOD_TILL_CANCELLED", "GOOD_TILL_DATE"))
    check_numbers(body, "size", "level", "stopLevel", "stopDistance", "limitLevel", "limitDistance")
    if CATALOGUE.get(str(body["epic"])) is None:
        raise ApiError(404, "error.trading.otc.instrument-not-found")
    return {"dealReference": ctx.engine.dealing.create_order(ctx.account_id, body, _good_till(body))}


@route("PUT", "/workingorders/otc/{dealId}", 1, "updateOTCWorkingOrderV1", trading=True)
@route("PUT", "/workingorders/otc/{dealId}", 2, "updateOTCWorkingOrderV2", trading=True)
def update_order(ctx: Ctx) -> Any:
    require(ctx.body, "level")
    check_numbers(ctx.body, "level", "stopLevel", "stopDistance", "limitLevel", "limitDistance")
    check_enum(ctx.body, "type", ("LIMIT", "STOP"))
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
