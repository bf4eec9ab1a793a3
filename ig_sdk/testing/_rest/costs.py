"""Indicative costs and charges: flat figures derived from the quoted spread, and a stub PDF document."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from .._errors import ApiError
from ._dispatch import Ctx, route
from ._format import int_param

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
            "pageNumber": int_param(ctx.query, "pageNumber", 0),
            "pageSize": int_param(ctx.query, "pageSize", 20),
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
