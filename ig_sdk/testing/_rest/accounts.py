"""Account list and preferences, and the API key's application settings."""

from __future__ import annotations

from typing import Any

from ._dispatch import Ctx, route
from ._format import check_enum, require


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
    require(ctx.body, "trailingStopsEnabled")
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
    check_enum(ctx.body, "status", ("DISABLED", "ENABLED", "REVOKED"))
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
