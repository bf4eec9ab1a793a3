# Generated from spec/ by `make generate` (codegen/templates/tables.py.jinja). Do not edit.
"""IG's request rules, keyed by request model name: the spec's x-ig-rules, plus the fields that take no null (null means nothing to IG there) and the decimal places a number may have (x-ig-decimal-places)."""

from __future__ import annotations

from typing import Any, Final

__all__ = ["RULES"]

RULES: Final[dict[str, list[dict[str, Any]]]] = {
    "CloseOTCPositionV1Request": [
        {
            "one_of": ["dealId", "epic"],
            "message": "name the position by dealId or by epic, exactly one of them",
        },
        {"if": {"epic": "$set"}, "require": ["expiry"], "message": "closing by epic needs the expiry too"},
        {
            "if": {"orderType": "LIMIT"},
            "require": ["level"],
            "forbid": ["quoteId"],
            "message": "a LIMIT close needs a level and takes no quoteId",
        },
        {
            "if": {"orderType": "MARKET"},
            "forbid": ["level", "quoteId"],
            "message": "a MARKET close takes neither level nor quoteId",
        },
        {
            "if": {"orderType": "QUOTE"},
            "require": ["level", "quoteId"],
            "message": "a QUOTE close needs both level and quoteId",
        },
        {
            "not_null": [
                "dealId",
                "direction",
                "epic",
                "expiry",
                "level",
                "orderType",
                "quoteId",
                "size",
                "timeInForce",
            ]
        },
        {"decimal_places": {"size": 12}},
    ],
    "CreateOTCPositionV1Request": [
        {
            "if": {"orderType": "LIMIT"},
            "require": ["level"],
            "forbid": ["quoteId"],
            "message": "a LIMIT order needs a level and takes no quoteId",
        },
        {
            "if": {"orderType": "MARKET"},
            "forbid": ["level", "quoteId"],
            "message": "a MARKET order takes neither level nor quoteId",
        },
        {
            "if": {"orderType": "QUOTE"},
            "require": ["level", "quoteId"],
            "message": "a QUOTE order needs both level and quoteId",
        },
        {
            "exclusive": ["stopLevel", "stopDistance"],
            "message": "give the stop as a level or as a distance, not both",
        },
        {
            "exclusive": ["limitLevel", "limitDistance"],
            "message": "give the limit as a level or as a distance, not both",
        },
        {
            "if": {"guaranteedStop": True, "stopLevel": "$unset"},
            "require": ["stopDistance"],
            "message": "a guaranteed stop needs stopLevel or stopDistance",
        },
        {
            "not_null": [
                "currencyCode",
                "dealReference",
                "direction",
                "epic",
                "expiry",
                "forceOpen",
                "guaranteedStop",
                "level",
                "limitDistance",
                "limitLevel",
                "orderType",
                "quoteId",
                "size",
                "stopDistance",
                "stopLevel",
            ]
        },
        {"decimal_places": {"size": 12}},
    ],
    "CreateOTCPositionV2Request": [
        {
            "if": {"orderType": "LIMIT"},
            "require": ["level"],
            "forbid": ["quoteId"],
            "message": "a LIMIT order needs a level and takes no quoteId",
        },
        {
            "if": {"orderType": "MARKET"},
            "forbid": ["level", "quoteId"],
            "message": "a MARKET order takes neither level nor quoteId",
        },
        {
            "if": {"orderType": "QUOTE"},
            "require": ["level", "quoteId"],
            "message": "a QUOTE order needs both level and quoteId",
        },
        {
            "exclusive": ["stopLevel", "stopDistance"],
            "message": "give the stop as a level or as a distance, not both",
        },
        {
            "exclusive": ["limitLevel", "limitDistance"],
            "message": "give the limit as a level or as a distance, not both",
        },
        {
            "if": {"guaranteedStop": True, "stopLevel": "$unset"},
            "require": ["stopDistance"],
            "message": "a guaranteed stop needs stopLevel or stopDistance",
        },
        {
            "if": {"stopLevel": "$set"},
            "equal": {"forceOpen": True},
            "message": "attaching a stop needs forceOpen true",
        },
        {
            "if": {"stopDistance": "$set"},
            "equal": {"forceOpen": True},
            "message": "attaching a stop needs forceOpen true",
        },
        {
            "if": {"limitLevel": "$set"},
            "equal": {"forceOpen": True},
            "message": "attaching a limit needs forceOpen true",
        },
        {
            "if": {"limitDistance": "$set"},
            "equal": {"forceOpen": True},
            "message": "attaching a limit needs forceOpen true",
        },
        {
            "if": {"trailingStop": True},
            "require": ["stopDistance", "trailingStopIncrement"],
            "forbid": ["stopLevel"],
            "equal": {"guaranteedStop": False},
            "message": "a trailing stop needs stopDistance and trailingStopIncrement, no stopLevel, and no guaranteed stop",
        },
        {
            "if": {"trailingStop": False},
            "forbid": ["trailingStopIncrement"],
            "message": "trailingStopIncrement only goes with trailingStop true",
        },
        {
            "not_null": [
                "currencyCode",
                "dealReference",
                "direction",
                "epic",
                "expiry",
                "forceOpen",
                "guaranteedStop",
                "level",
                "limitDistance",
                "limitLevel",
                "orderType",
                "quoteId",
                "size",
                "stopDistance",
                "stopLevel",
                "timeInForce",
                "trailingStop",
                "trailingStopIncrement",
            ]
        },
        {"decimal_places": {"size": 12}},
    ],
    "CreateOTCWorkingOrderV1Request": [
        {
            "exclusive": ["stopLevel", "stopDistance"],
            "message": "give the stop as a level or as a distance, not both",
        },
        {
            "exclusive": ["limitLevel", "limitDistance"],
            "message": "give the limit as a level or as a distance, not both",
        },
        {
            "if": {"guaranteedStop": True, "stopLevel": "$unset"},
            "require": ["stopDistance"],
            "message": "a guaranteed stop needs stopLevel or stopDistance",
        },
        {
            "if": {"timeInForce": "GOOD_TILL_DATE"},
            "require": ["goodTillDate"],
            "message": "a GOOD_TILL_DATE order needs goodTillDate",
        },
        {
            "not_null": [
                "currencyCode",
                "dealReference",
                "direction",
                "epic",
                "expiry",
                "goodTillDate",
                "guaranteedStop",
                "level",
                "limitDistance",
                "limitLevel",
                "size",
                "stopDistance",
                "stopLevel",
                "timeInForce",
                "type",
            ]
        },
        {"decimal_places": {"size": 12}},
    ],
    "CreateOTCWorkingOrderV2Request": [
        {
            "exclusive": ["stopLevel", "stopDistance"],
            "message": "give the stop as a level or as a distance, not both",
        },
        {
            "exclusive": ["limitLevel", "limitDistance"],
            "message": "give the limit as a level or as a distance, not both",
        },
        {
            "if": {"guaranteedStop": True},
            "require": ["stopDistance"],
            "message": "a guaranteed stop needs stopDistance",
        },
        {
            "if": {"timeInForce": "GOOD_TILL_DATE"},
            "require": ["goodTillDate"],
            "message": "a GOOD_TILL_DATE order needs goodTillDate",
        },
        {
            "not_null": [
                "currencyCode",
                "dealReference",
                "direction",
                "epic",
                "expiry",
                "forceOpen",
                "goodTillDate",
                "guaranteedStop",
                "level",
                "limitDistance",
                "limitLevel",
                "size",
                "stopDistance",
                "stopLevel",
                "timeInForce",
                "type",
            ]
        },
        {"decimal_places": {"size": 12}},
    ],
    "CreateSessionRequest": [{"not_null": ["encryptedPassword", "identifier", "password"]}],
    "CreateSessionV3Request": [{"not_null": ["identifier", "password"]}],
    "CreateSprintMarketPositionV1Request": [
        {"not_null": ["dealReference", "direction", "epic", "expiryPeriod", "size"]}
    ],
    "CreateWatchlistV1Request": [{"not_null": ["epics", "name"]}],
    "DeleteOTCWorkingOrderV1Params": [{"not_null": ["dealId"]}],
    "DeleteOTCWorkingOrderV2Params": [{"not_null": ["dealId"]}],
    "DeleteWatchlistMarketV1Params": [{"not_null": ["epic", "watchlistId"]}],
    "DeleteWatchlistV1Params": [{"not_null": ["watchlistId"]}],
    "GetActivityHistoryByTimeRangeV1Params": [{"not_null": ["fromDate", "toDate"]}],
    "GetActivityHistoryV1Params": [{"not_null": ["lastPeriod"]}],
    "GetActivityHistoryV2Params": [{"not_null": ["from", "maxSpanSeconds", "pageNumber", "pageSize", "to"]}],
    "GetActivityHistoryV3Params": [{"not_null": ["dealId", "detailed", "filter", "from", "pageSize", "to"]}],
    "GetCategoryInstrumentsV1Params": [{"not_null": ["categoryId", "pageNumber", "pageSize"]}],
    "GetClientSentimentListV1Params": [{"not_null": ["marketIds"]}],
    "GetClientSentimentV1Params": [{"not_null": ["marketId"]}],
    "GetDataByIdV1Params": [{"not_null": ["id"]}],
    "GetDealConfirmationV1Params": [{"not_null": ["dealReference"]}],
    "GetIndicativeCostsAndChargesDurableMediumV1Params": [{"not_null": ["indicativeQuoteReference"]}],
    "GetIndicativeCostsAndChargesHistoryV1Params": [
        {"not_null": ["from", "pageNumber", "pageSize", "to", "type"]}
    ],
    "GetMarketDetailsBySearchTermV1Params": [{"not_null": ["searchTerm"]}],
    "GetMarketDetailsListV1Params": [{"not_null": ["epics"]}],
    "GetMarketDetailsListV2Params": [{"not_null": ["epics", "filter"]}],
    "GetMarketDetailsV1Params": [{"not_null": ["epic"]}],
    "GetMarketDetailsV2Params": [{"not_null": ["epic"]}],
    "GetMarketDetailsV3Params": [{"not_null": ["epic"]}],
    "GetMarketDetailsV4Params": [{"not_null": ["epic"]}],
    "GetMarketNavigationNodeV1Params": [{"not_null": ["nodeId"]}],
    "GetPositionByDealIdV1Params": [{"not_null": ["dealId"]}],
    "GetPositionByDealIdV2Params": [{"not_null": ["dealId"]}],
    "GetPricesByDateRangeV1Params": [{"not_null": ["enddate", "epic", "resolution", "startdate"]}],
    "GetPricesByDateRangeV2Params": [{"not_null": ["endDate", "epic", "resolution", "startDate"]}],
    "GetPricesByNumberOfPointsV1Params": [{"not_null": ["epic", "numPoints", "resolution"]}],
    "GetPricesByNumberOfPointsV2Params": [{"not_null": ["epic", "numPoints", "resolution"]}],
    "GetPricesV3Params": [
        {"not_null": ["epic", "from", "max", "pageNumber", "pageSize", "resolution", "to"]}
    ],
    "GetRelatedClientSentimentV1Params": [{"not_null": ["marketId"]}],
    "GetRepeatDealingWindowV1Params": [{"not_null": ["epic"]}],
    "GetSessionV1Params": [{"not_null": ["fetchSessionTokens"]}],
    "GetTransactionHistoryByTimeRangeV1Params": [{"not_null": ["fromDate", "toDate", "transactionType"]}],
    "GetTransactionHistoryV1Params": [{"not_null": ["lastPeriod", "transactionType"]}],
    "GetTransactionHistoryV2Params": [
        {"not_null": ["from", "maxSpanSeconds", "pageNumber", "pageSize", "to", "type"]}
    ],
    "GetWatchlistByWatchlistIdV1Params": [{"not_null": ["watchlistId"]}],
    "IndicativeCostsAndChargesCloseV1Request": [
        {
            "not_null": [
                "ask",
                "bid",
                "dealCurrencyCode",
                "dealReference",
                "direction",
                "epic",
                "guaranteedStop",
                "instrumentId",
                "knockoutPremium",
                "openingLevel",
                "priceLevel",
                "size",
                "stopLevel",
            ]
        }
    ],
    "IndicativeCostsAndChargesEditV1Request": [
        {
            "not_null": [
                "ask",
                "bid",
                "dealCurrencyCode",
                "dealReference",
                "direction",
                "editType",
                "epic",
                "guaranteedStop",
                "instrumentId",
                "knockoutPremium",
                "limitLevel",
                "openingLevel",
                "priceLevel",
                "size",
                "stopLevel",
            ]
        }
    ],
    "IndicativeCostsAndChargesOpenV1Request": [
        {
            "not_null": [
                "ask",
                "bid",
                "dealCurrencyCode",
                "dealReference",
                "direction",
                "epic",
                "guaranteedStop",
                "instrumentId",
                "knockoutPremium",
                "priceLevel",
                "size",
                "stopLevel",
            ]
        }
    ],
    "RefreshSessionV1Request": [{"not_null": ["refresh_token"]}],
    "UpdateAccountPreferencesV1Request": [{"not_null": ["trailingStopsEnabled"]}],
    "UpdateActiveAccountV1Request": [{"not_null": ["accountId", "defaultAccount"]}],
    "UpdateApplicationV1Request": [
        {"not_null": ["allowanceAccountOverall", "allowanceAccountTrading", "apiKey", "status"]}
    ],
    "UpdateOTCPositionV1Params": [{"not_null": ["dealId"]}],
    "UpdateOTCPositionV1Request": [
        {
            "if": {"guaranteedStop": True},
            "require": ["stopLevel"],
            "message": "a guaranteed stop needs a stopLevel",
        },
        {"not_null": ["guaranteedStop"]},
    ],
    "UpdateOTCPositionV2Params": [{"not_null": ["dealId"]}],
    "UpdateOTCPositionV2Request": [
        {
            "if": {"guaranteedStop": True},
            "require": ["stopLevel"],
            "message": "a guaranteed stop needs a stopLevel",
        },
        {
            "if": {"guaranteedStop": True, "trailingStop": True},
            "forbid": ["trailingStop"],
            "message": "a guaranteed stop cannot trail",
        },
        {
            "if": {"trailingStop": True},
            "require": ["trailingStopDistance", "trailingStopIncrement", "stopLevel"],
            "message": "a trailing stop needs trailingStopDistance, trailingStopIncrement and stopLevel",
        },
        {
            "if": {"trailingStop": False},
            "forbid": ["trailingStopDistance", "trailingStopIncrement"],
            "message": "trailingStopDistance and trailingStopIncrement only go with trailingStop true",
        },
        {"not_null": ["guaranteedStop", "trailingStop", "trailingStopDistance", "trailingStopIncrement"]},
    ],
    "UpdateOTCWorkingOrderRequest": [
        {
            "exclusive": ["stopLevel", "stopDistance"],
            "message": "give the stop as a level or as a distance, not both",
        },
        {
            "exclusive": ["limitLevel", "limitDistance"],
            "message": "give the limit as a level or as a distance, not both",
        },
        {
            "if": {"guaranteedStop": True},
            "require": ["stopLevel"],
            "message": "a guaranteed stop needs a stopLevel",
        },
        {
            "if": {"timeInForce": "GOOD_TILL_DATE"},
            "require": ["goodTillDate"],
            "message": "a GOOD_TILL_DATE order needs goodTillDate",
        },
        {"not_null": ["goodTillDate", "guaranteedStop", "level", "timeInForce", "type"]},
    ],
    "UpdateOTCWorkingOrderV1Params": [{"not_null": ["dealId"]}],
    "UpdateOTCWorkingOrderV2Params": [{"not_null": ["dealId"]}],
    "UpdateWatchlistMarketV1Params": [{"not_null": ["watchlistId"]}],
    "UpdateWatchlistMarketV1Request": [{"not_null": ["epic"]}],
}
