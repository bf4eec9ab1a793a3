# Generated from spec/ by `make generate` (codegen/templates/tables.py.jinja). Do not edit.
"""IG's cross-field request rules (spec x-ig-rules), keyed by request model name."""

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
    ],
    "UpdateOTCPositionV1Request": [
        {
            "if": {"guaranteedStop": True},
            "require": ["stopLevel"],
            "message": "a guaranteed stop needs a stopLevel",
        }
    ],
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
    ],
}
