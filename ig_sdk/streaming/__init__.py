"""Typed streaming over IG's Lightstreamer server: ``client.stream.prices(epic)`` and friends.

Names are loaded lazily: importing this package does not import lightstreamer-client-lib (whose import
starts threads), and the generated update classes can import the parsers from here without a cycle.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ig_sdk._generated.streaming import (
        AccountUpdate,
        ChartCandle,
        ChartTick,
        CurrencyThresholds,
        Heartbeat,
        PositionUpdate,
        PriceTier,
        PriceUpdate,
        TradeConfirmation,
        TradeUpdate,
        WorkingOrderUpdate,
    )
    from ig_sdk.streaming._api import AsyncStream, CandleScale, Stream, StreamOptions
    from ig_sdk.streaming._connection import StatusEvent, StreamStatus
    from ig_sdk.streaming._errors import (
        RetiredItemError,
        StreamAuthenticationError,
        StreamClosedError,
        StreamError,
        StreamOverflowError,
        StreamProtocolVersionError,
        StreamServerError,
        SubscriptionError,
        SubscriptionLimitError,
    )
    from ig_sdk.streaming._events import (
        DealConfirmed,
        EventOrigin,
        GapReason,
        PositionChanged,
        StreamGap,
        TradeEvent,
        WorkingOrderChanged,
    )
    from ig_sdk.streaming._queue import OverflowPolicy
    from ig_sdk.streaming._subscription import AsyncSubscription, Subscription
    from ig_sdk.streaming._transport import TransportOptions

_WHERE = {
    "ig_sdk._generated.streaming": (
        "AccountUpdate",
        "ChartCandle",
        "ChartTick",
        "CurrencyThresholds",
        "Heartbeat",
        "PositionUpdate",
        "PriceTier",
        "PriceUpdate",
        "TradeConfirmation",
        "TradeUpdate",
        "WorkingOrderUpdate",
    ),
    "ig_sdk.streaming._api": ("AsyncStream", "CandleScale", "Stream", "StreamOptions"),
    "ig_sdk.streaming._connection": ("StatusEvent", "StreamStatus"),
    "ig_sdk.streaming._events": (
        "DealConfirmed",
        "EventOrigin",
        "GapReason",
        "PositionChanged",
        "StreamGap",
        "TradeEvent",
        "WorkingOrderChanged",
    ),
    "ig_sdk.streaming._queue": ("OverflowPolicy",),
    "ig_sdk.streaming._subscription": ("AsyncSubscription", "Subscription"),
    "ig_sdk.streaming._transport": ("TransportOptions",),
    "ig_sdk.streaming._errors": (
        "RetiredItemError",
        "StreamAuthenticationError",
        "StreamClosedError",
        "StreamError",
        "StreamOverflowError",
        "StreamProtocolVersionError",
        "StreamServerError",
        "SubscriptionError",
        "SubscriptionLimitError",
    ),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

__all__ = [
    "AccountUpdate",
    "AsyncStream",
    "AsyncSubscription",
    "CandleScale",
    "ChartCandle",
    "ChartTick",
    "CurrencyThresholds",
    "DealConfirmed",
    "EventOrigin",
    "GapReason",
    "Heartbeat",
    "OverflowPolicy",
    "PositionChanged",
    "PositionUpdate",
    "PriceTier",
    "PriceUpdate",
    "RetiredItemError",
    "StatusEvent",
    "Stream",
    "StreamAuthenticationError",
    "StreamClosedError",
    "StreamError",
    "StreamOptions",
    "StreamOverflowError",
    "StreamProtocolVersionError",
    "StreamServerError",
    "StreamGap",
    "StreamStatus",
    "Subscription",
    "SubscriptionError",
    "SubscriptionLimitError",
    "TradeConfirmation",
    "TradeEvent",
    "TradeUpdate",
    "TransportOptions",
    "WorkingOrderChanged",
    "WorkingOrderUpdate",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'ig_sdk.streaming' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
