"""IG's streaming items as typed Python: update classes, field lists, item names and parsers.

Code generated from spec/streaming.yaml by `make generate`: never edit by hand, regenerate instead.

Number rule: prices, sizes, money and volumes are ``Decimal``; percentages are ``float``; counts are ``int``.
Times are aware UTC datetimes. Every field is ``None`` when IG sent null, nothing or something unreadable.
An update carries the item's full current state; ``changed`` names the attributes this update changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Final

from pydantic import Field

from ig_sdk._models import IGResponseModel, StrEnum
from ig_sdk._timestamps import IgUtcDateTime
from ig_sdk.streaming._item import ItemKind, RetiredItem, any_value
from ig_sdk.streaming._parse import (
    enum_parser,
    json_parser,
    parse_decimal,
    parse_epoch_ms,
    parse_flag,
    parse_float,
    parse_int,
    parse_string,
)

__all__ = [
    "DealingFlag",
    "StreamDirection",
    "StreamDealStatus",
    "ConfirmStatus",
    "AffectedDealStatus",
    "UpdateStatus",
    "StreamOrderType",
    "StreamTimeInForce",
    "AffectedDeal",
    "RepeatDealingEntry",
    "RepeatDealingWindow",
    "TradeConfirmation",
    "PositionUpdate",
    "WorkingOrderUpdate",
    "PriceTier",
    "CurrencyThresholds",
    "PriceUpdate",
    "price_item",
    "PRICE",
    "ChartTick",
    "chart_tick_item",
    "CHART_TICK",
    "ChartCandle",
    "chart_candle_item",
    "CHART_CANDLE",
    "AccountUpdate",
    "account_item",
    "ACCOUNT",
    "TradeUpdate",
    "trade_item",
    "TRADE",
    "Heartbeat",
    "heartbeat_item",
    "HEARTBEAT",
    "ITEMS",
    "RETIRED",
]


class DealingFlag(StrEnum):
    """What can be done on a market right now, as the PRICE item reports it (IG does not document each value)."""

    CLOSED = "CLOSED"
    CALL = "CALL"
    DEAL = "DEAL"
    EDIT = "EDIT"
    CLOSINGSONLY = "CLOSINGSONLY"
    DEALNOEDIT = "DEALNOEDIT"
    AUCTION = "AUCTION"
    AUCTIONNOEDIT = "AUCTIONNOEDIT"
    SUSPEND = "SUSPEND"


class StreamDirection(StrEnum):
    """Side of a deal in a TRADE payload."""

    BUY = "BUY"
    SELL = "SELL"


class StreamDealStatus(StrEnum):
    """Whether IG accepted the deal request."""

    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"


class ConfirmStatus(StrEnum):
    """State of the position or order after the confirmed deal."""

    AMENDED = "AMENDED"
    CLOSED = "CLOSED"
    DELETED = "DELETED"
    OPEN = "OPEN"
    PARTIALLY_CLOSED = "PARTIALLY_CLOSED"


class AffectedDealStatus(StrEnum):
    """What the confirmed deal did to one existing deal."""

    AMENDED = "AMENDED"
    DELETED = "DELETED"
    FULLY_CLOSED = "FULLY_CLOSED"
    OPENED = "OPENED"
    PARTIALLY_CLOSED = "PARTIALLY_CLOSED"


class UpdateStatus(StrEnum):
    """Lifecycle event of a position or working order (DELETED means closed or cancelled)."""

    OPEN = "OPEN"
    UPDATED = "UPDATED"
    DELETED = "DELETED"


class StreamOrderType(StrEnum):
    """Kind of working order."""

    LIMIT = "LIMIT"
    STOP = "STOP"


class StreamTimeInForce(StrEnum):
    """How long a working order lives."""

    GOOD_TILL_CANCELLED = "GOOD_TILL_CANCELLED"
    GOOD_TILL_DATE = "GOOD_TILL_DATE"


class WorkingOrderUpdate(IGResponseModel):
    """A change to a working order (TRADE field WOU). Stops and limits come as distances."""

    deal_reference: Annotated[str | None, Field(alias="dealReference")] = None
    """Reference of the request that caused the change."""
    deal_id: Annotated[str | None, Field(alias="dealId")] = None
    """Identifier of the order."""
    epic: Annotated[str | None, Field(alias="epic")] = None
    """Market of the order."""
    expiry: Annotated[str | None, Field(alias="expiry")] = None
    """Expiry of the instrument; '-' when it has none."""
    direction: Annotated[StreamDirection | None, Field(alias="direction")] = None
    """Side of the order."""
    size: Annotated[Decimal | None, Field(alias="size")] = None
    """Order size."""
    level: Annotated[Decimal | None, Field(alias="level")] = None
    """Price that triggers the order."""
    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop distance"""
    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit distance"""
    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """Whether the stop is guaranteed."""
    status: Annotated[UpdateStatus | None, Field(alias="status")] = None
    """OPEN, UPDATED or DELETED (cancelled or filled)."""
    deal_status: Annotated[StreamDealStatus | None, Field(alias="dealStatus")] = None
    """Accepted or rejected."""
    currency: Annotated[str | None, Field(alias="currency")] = None
    """Currency of the order."""
    timestamp: Annotated[IgUtcDateTime | None, Field(alias="timestamp")] = None
    """When the change happened."""
    order_type: Annotated[StreamOrderType | None, Field(alias="orderType")] = None
    """LIMIT or STOP."""
    time_in_force: Annotated[StreamTimeInForce | None, Field(alias="timeInForce")] = None
    """How long the order lives."""
    good_till_date: Annotated[IgUtcDateTime | None, Field(alias="goodTillDate")] = None
    """Expiry of a GOOD_TILL_DATE order (null otherwise)."""
    channel: Annotated[str | None, Field(alias="channel")] = None
    """Where the change came from; IG advises not to rely on its values."""


class PositionUpdate(IGResponseModel):
    """A change to an open position (TRADE field OPU)."""

    deal_reference: Annotated[str | None, Field(alias="dealReference")] = None
    """Reference of the request that caused the change."""
    deal_id: Annotated[str | None, Field(alias="dealId")] = None
    """Identifier of the position."""
    deal_id_origin: Annotated[str | None, Field(alias="dealIdOrigin")] = None
    """Deal the position came from."""
    epic: Annotated[str | None, Field(alias="epic")] = None
    """Market of the position."""
    expiry: Annotated[str | None, Field(alias="expiry")] = None
    """Expiry of the instrument; '-' when it has none."""
    direction: Annotated[StreamDirection | None, Field(alias="direction")] = None
    """Side of the position."""
    size: Annotated[Decimal | None, Field(alias="size")] = None
    """Current size (0 once the position is closed)."""
    level: Annotated[Decimal | None, Field(alias="level")] = None
    """Opening price."""
    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop price"""
    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit price"""
    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """Whether the stop is guaranteed."""
    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance of a trailing stop."""
    trailing_step: Annotated[Decimal | None, Field(alias="trailingStep")] = None
    """Step of a trailing stop."""
    status: Annotated[UpdateStatus | None, Field(alias="status")] = None
    """OPEN, UPDATED or DELETED (closed)."""
    deal_status: Annotated[StreamDealStatus | None, Field(alias="dealStatus")] = None
    """Accepted or rejected."""
    currency: Annotated[str | None, Field(alias="currency")] = None
    """Currency of the position."""
    timestamp: Annotated[IgUtcDateTime | None, Field(alias="timestamp")] = None
    """When the change happened."""
    channel: Annotated[str | None, Field(alias="channel")] = None
    """Where the change came from; IG advises not to rely on its values."""


class TradeConfirmation(IGResponseModel):
    """A deal confirmation (TRADE field CONFIRMS), the streamed twin of GET /confirms."""

    deal_reference: Annotated[str | None, Field(alias="dealReference")] = None
    """Reference the deal request was sent with."""
    deal_id: Annotated[str | None, Field(alias="dealId")] = None
    """IG's identifier of the deal."""
    epic: Annotated[str | None, Field(alias="epic")] = None
    """Market of the deal."""
    expiry: Annotated[str | None, Field(alias="expiry")] = None
    """Expiry of the instrument; '-' when it has none."""
    direction: Annotated[StreamDirection | None, Field(alias="direction")] = None
    """Side of the deal."""
    size: Annotated[Decimal | None, Field(alias="size")] = None
    """Size dealt."""
    level: Annotated[Decimal | None, Field(alias="level")] = None
    """Price the deal was done at."""
    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop price attached"""
    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit price attached"""
    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop distance attached"""
    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit distance attached"""
    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """Whether the stop is guaranteed."""
    trailing_stop: Annotated[bool | None, Field(alias="trailingStop")] = None
    """Whether the stop trails (seen in real payloads)."""
    deal_status: Annotated[StreamDealStatus | None, Field(alias="dealStatus")] = None
    """Accepted or rejected."""
    status: Annotated[ConfirmStatus | None, Field(alias="status")] = None
    """Resulting state of the position or order."""
    reason: Annotated[str | None, Field(alias="reason")] = None
    """SUCCESS, or why IG refused the deal (seen in real payloads)."""
    affected_deals: Annotated[list[AffectedDeal] | None, Field(alias="affectedDeals")] = None
    """Existing deals this deal changed."""
    repeat_dealing_window: Annotated[RepeatDealingWindow | None, Field(alias="repeatDealingWindow")] = None
    """Repeat-dealing sizes"""
    profit: Annotated[Decimal | None, Field(alias="profit")] = None
    """Realised profit of a closing deal (seen in real payloads)."""
    profit_currency: Annotated[str | None, Field(alias="profitCurrency")] = None
    """Currency of the profit (seen in real payloads)."""
    date: Annotated[IgUtcDateTime | None, Field(alias="date")] = None
    """When the deal was done (seen in real payloads)."""
    channel: Annotated[str | None, Field(alias="channel")] = None
    """Channel the deal came through (seen in real payloads)."""


class RepeatDealingWindow(IGResponseModel):
    """Sizes that may be re-dealt at the confirmed price for a short while."""

    entries: Annotated[list[RepeatDealingEntry] | None, Field(alias="entries")] = None
    """The size bands."""


class RepeatDealingEntry(IGResponseModel):
    """One size band of the repeat-dealing window."""

    size: Annotated[Decimal | None, Field(alias="size")] = None
    """Size that may be dealt again at the same price."""
    expiry: Annotated[int | None, Field(alias="expiry")] = None
    """When the band expires (IG does not state the unit)."""


class AffectedDeal(IGResponseModel):
    """One existing deal touched by a confirmed deal."""

    deal_id: Annotated[str | None, Field(alias="dealId")] = None
    """Identifier of the touched deal."""
    status: Annotated[AffectedDealStatus | None, Field(alias="status")] = None
    """What happened to it."""


_enum_dealing_flag = enum_parser(DealingFlag)
_enum_stream_direction = enum_parser(StreamDirection)
_enum_stream_deal_status = enum_parser(StreamDealStatus)
_enum_confirm_status = enum_parser(ConfirmStatus)
_enum_affected_deal_status = enum_parser(AffectedDealStatus)
_enum_update_status = enum_parser(UpdateStatus)
_enum_stream_order_type = enum_parser(StreamOrderType)
_enum_stream_time_in_force = enum_parser(StreamTimeInForce)
_json_affected_deal = json_parser(AffectedDeal.model_validate, "AffectedDeal")
_json_repeat_dealing_entry = json_parser(RepeatDealingEntry.model_validate, "RepeatDealingEntry")
_json_repeat_dealing_window = json_parser(RepeatDealingWindow.model_validate, "RepeatDealingWindow")
_json_trade_confirmation = json_parser(TradeConfirmation.model_validate, "TradeConfirmation")
_json_position_update = json_parser(PositionUpdate.model_validate, "PositionUpdate")
_json_working_order_update = json_parser(WorkingOrderUpdate.model_validate, "WorkingOrderUpdate")


@dataclass(frozen=True, slots=True)
class PriceTier:
    """One record of :attr:`PriceUpdate.tiers`."""

    bid_price: Decimal | None
    """Bid of the tier."""
    ask_price: Decimal | None
    """Offer of the tier."""
    bid_size: Decimal | None
    """Size available at the bid."""
    ask_size: Decimal | None
    """Size available at the offer."""


@dataclass(frozen=True, slots=True)
class CurrencyThresholds:
    """One record of :attr:`PriceUpdate.currency_thresholds`."""

    currency: str | None
    """The currency."""
    bid_sizes: tuple[Decimal | None, ...]
    """Bid thresholds of tiers 1 to 5."""
    ask_sizes: tuple[Decimal | None, ...]
    """Ask thresholds of tiers 1 to 5."""


@dataclass(frozen=True, slots=True)
class PriceUpdate:
    """Prices of one market (PRICE item on the Pricing adapter) with the size ladder and quote ids.

    Item ``PRICE:{account_id}:{epic}``, mode MERGE, data adapter ``Pricing``.
    """

    item: str
    """The Lightstreamer item name the update came from."""
    snapshot: bool
    """True for the values sent when the subscription started (or restarted)."""
    changed: frozenset[str]
    """Attributes this update changed; the others keep their previous value."""
    mid_open: Decimal | None
    """Opening mid price of the day. (``MID_OPEN``)"""
    high: Decimal | None
    """Highest price of the day. (``HIGH``)"""
    low: Decimal | None
    """Lowest price of the day. (``LOW``)"""
    bid_quote_id: str | None
    """Quote id of the bid side; pass it as quoteId of a QUOTE order. (``BIDQUOTEID``)"""
    ask_quote_id: str | None
    """Quote id of the ask side; pass it as quoteId of a QUOTE order. (``ASKQUOTEID``)"""
    bid_price_1: Decimal | None
    """Bid of ladder tier 1 (tier 1 is the dealable top of book). (``BIDPRICE1``)"""
    bid_price_2: Decimal | None
    """Bid of ladder tier 2 (tier 1 is the dealable top of book). (``BIDPRICE2``)"""
    bid_price_3: Decimal | None
    """Bid of ladder tier 3 (tier 1 is the dealable top of book). (``BIDPRICE3``)"""
    bid_price_4: Decimal | None
    """Bid of ladder tier 4 (tier 1 is the dealable top of book). (``BIDPRICE4``)"""
    bid_price_5: Decimal | None
    """Bid of ladder tier 5 (tier 1 is the dealable top of book). (``BIDPRICE5``)"""
    ask_price_1: Decimal | None
    """Offer of ladder tier 1 (tier 1 is the dealable top of book). (``ASKPRICE1``)"""
    ask_price_2: Decimal | None
    """Offer of ladder tier 2 (tier 1 is the dealable top of book). (``ASKPRICE2``)"""
    ask_price_3: Decimal | None
    """Offer of ladder tier 3 (tier 1 is the dealable top of book). (``ASKPRICE3``)"""
    ask_price_4: Decimal | None
    """Offer of ladder tier 4 (tier 1 is the dealable top of book). (``ASKPRICE4``)"""
    ask_price_5: Decimal | None
    """Offer of ladder tier 5 (tier 1 is the dealable top of book). (``ASKPRICE5``)"""
    bid_size_1: Decimal | None
    """Size available at bid tier 1, in CURRENCY0. (``BIDSIZE1``)"""
    bid_size_2: Decimal | None
    """Size available at bid tier 2, in CURRENCY0. (``BIDSIZE2``)"""
    bid_size_3: Decimal | None
    """Size available at bid tier 3, in CURRENCY0. (``BIDSIZE3``)"""
    bid_size_4: Decimal | None
    """Size available at bid tier 4, in CURRENCY0. (``BIDSIZE4``)"""
    bid_size_5: Decimal | None
    """Size available at bid tier 5, in CURRENCY0. (``BIDSIZE5``)"""
    ask_size_1: Decimal | None
    """Size available at ask tier 1, in CURRENCY0. (``ASKSIZE1``)"""
    ask_size_2: Decimal | None
    """Size available at ask tier 2, in CURRENCY0. (``ASKSIZE2``)"""
    ask_size_3: Decimal | None
    """Size available at ask tier 3, in CURRENCY0. (``ASKSIZE3``)"""
    ask_size_4: Decimal | None
    """Size available at ask tier 4, in CURRENCY0. (``ASKSIZE4``)"""
    ask_size_5: Decimal | None
    """Size available at ask tier 5, in CURRENCY0. (``ASKSIZE5``)"""
    currency_0: str | None
    """Currency the tier sizes are expressed in. (``CURRENCY0``)"""
    currency_1: str | None
    """Currency of threshold set 1. (``CURRENCY1``)"""
    currency_2: str | None
    """Currency of threshold set 2. (``CURRENCY2``)"""
    currency_3: str | None
    """Currency of threshold set 3. (``CURRENCY3``)"""
    currency_4: str | None
    """Currency of threshold set 4. (``CURRENCY4``)"""
    currency_5: str | None
    """Currency of threshold set 5. (``CURRENCY5``)"""
    c1_bid_size_1: Decimal | None
    """Bid tier 1 size threshold in CURRENCY1. (``C1BIDSIZE1``)"""
    c1_bid_size_2: Decimal | None
    """Bid tier 2 size threshold in CURRENCY1. (``C1BIDSIZE2``)"""
    c1_bid_size_3: Decimal | None
    """Bid tier 3 size threshold in CURRENCY1. (``C1BIDSIZE3``)"""
    c1_bid_size_4: Decimal | None
    """Bid tier 4 size threshold in CURRENCY1. (``C1BIDSIZE4``)"""
    c1_bid_size_5: Decimal | None
    """Bid tier 5 size threshold in CURRENCY1. (``C1BIDSIZE5``)"""
    c2_bid_size_1: Decimal | None
    """Bid tier 1 size threshold in CURRENCY2. (``C2BIDSIZE1``)"""
    c2_bid_size_2: Decimal | None
    """Bid tier 2 size threshold in CURRENCY2. (``C2BIDSIZE2``)"""
    c2_bid_size_3: Decimal | None
    """Bid tier 3 size threshold in CURRENCY2. (``C2BIDSIZE3``)"""
    c2_bid_size_4: Decimal | None
    """Bid tier 4 size threshold in CURRENCY2. (``C2BIDSIZE4``)"""
    c2_bid_size_5: Decimal | None
    """Bid tier 5 size threshold in CURRENCY2. (``C2BIDSIZE5``)"""
    c3_bid_size_1: Decimal | None
    """Bid tier 1 size threshold in CURRENCY3. (``C3BIDSIZE1``)"""
    c3_bid_size_2: Decimal | None
    """Bid tier 2 size threshold in CURRENCY3. (``C3BIDSIZE2``)"""
    c3_bid_size_3: Decimal | None
    """Bid tier 3 size threshold in CURRENCY3. (``C3BIDSIZE3``)"""
    c3_bid_size_4: Decimal | None
    """Bid tier 4 size threshold in CURRENCY3. (``C3BIDSIZE4``)"""
    c3_bid_size_5: Decimal | None
    """Bid tier 5 size threshold in CURRENCY3. (``C3BIDSIZE5``)"""
    c4_bid_size_1: Decimal | None
    """Bid tier 1 size threshold in CURRENCY4. (``C4BIDSIZE1``)"""
    c4_bid_size_2: Decimal | None
    """Bid tier 2 size threshold in CURRENCY4. (``C4BIDSIZE2``)"""
    c4_bid_size_3: Decimal | None
    """Bid tier 3 size threshold in CURRENCY4. (``C4BIDSIZE3``)"""
    c4_bid_size_4: Decimal | None
    """Bid tier 4 size threshold in CURRENCY4. (``C4BIDSIZE4``)"""
    c4_bid_size_5: Decimal | None
    """Bid tier 5 size threshold in CURRENCY4. (``C4BIDSIZE5``)"""
    c5_bid_size_1: Decimal | None
    """Bid tier 1 size threshold in CURRENCY5. (``C5BIDSIZE1``)"""
    c5_bid_size_2: Decimal | None
    """Bid tier 2 size threshold in CURRENCY5. (``C5BIDSIZE2``)"""
    c5_bid_size_3: Decimal | None
    """Bid tier 3 size threshold in CURRENCY5. (``C5BIDSIZE3``)"""
    c5_bid_size_4: Decimal | None
    """Bid tier 4 size threshold in CURRENCY5. (``C5BIDSIZE4``)"""
    c5_bid_size_5: Decimal | None
    """Bid tier 5 size threshold in CURRENCY5. (``C5BIDSIZE5``)"""
    c1_ask_size_1: Decimal | None
    """Ask tier 1 size threshold in CURRENCY1. (``C1ASKSIZE1``)"""
    c1_ask_size_2: Decimal | None
    """Ask tier 2 size threshold in CURRENCY1. (``C1ASKSIZE2``)"""
    c1_ask_size_3: Decimal | None
    """Ask tier 3 size threshold in CURRENCY1. (``C1ASKSIZE3``)"""
    c1_ask_size_4: Decimal | None
    """Ask tier 4 size threshold in CURRENCY1. (``C1ASKSIZE4``)"""
    c1_ask_size_5: Decimal | None
    """Ask tier 5 size threshold in CURRENCY1. (``C1ASKSIZE5``)"""
    c2_ask_size_1: Decimal | None
    """Ask tier 1 size threshold in CURRENCY2. (``C2ASKSIZE1``)"""
    c2_ask_size_2: Decimal | None
    """Ask tier 2 size threshold in CURRENCY2. (``C2ASKSIZE2``)"""
    c2_ask_size_3: Decimal | None
    """Ask tier 3 size threshold in CURRENCY2. (``C2ASKSIZE3``)"""
    c2_ask_size_4: Decimal | None
    """Ask tier 4 size threshold in CURRENCY2. (``C2ASKSIZE4``)"""
    c2_ask_size_5: Decimal | None
    """Ask tier 5 size threshold in CURRENCY2. (``C2ASKSIZE5``)"""
    c3_ask_size_1: Decimal | None
    """Ask tier 1 size threshold in CURRENCY3. (``C3ASKSIZE1``)"""
    c3_ask_size_2: Decimal | None
    """Ask tier 2 size threshold in CURRENCY3. (``C3ASKSIZE2``)"""
    c3_ask_size_3: Decimal | None
    """Ask tier 3 size threshold in CURRENCY3. (``C3ASKSIZE3``)"""
    c3_ask_size_4: Decimal | None
    """Ask tier 4 size threshold in CURRENCY3. (``C3ASKSIZE4``)"""
    c3_ask_size_5: Decimal | None
    """Ask tier 5 size threshold in CURRENCY3. (``C3ASKSIZE5``)"""
    c4_ask_size_1: Decimal | None
    """Ask tier 1 size threshold in CURRENCY4. (``C4ASKSIZE1``)"""
    c4_ask_size_2: Decimal | None
    """Ask tier 2 size threshold in CURRENCY4. (``C4ASKSIZE2``)"""
    c4_ask_size_3: Decimal | None
    """Ask tier 3 size threshold in CURRENCY4. (``C4ASKSIZE3``)"""
    c4_ask_size_4: Decimal | None
    """Ask tier 4 size threshold in CURRENCY4. (``C4ASKSIZE4``)"""
    c4_ask_size_5: Decimal | None
    """Ask tier 5 size threshold in CURRENCY4. (``C4ASKSIZE5``)"""
    c5_ask_size_1: Decimal | None
    """Ask tier 1 size threshold in CURRENCY5. (``C5ASKSIZE1``)"""
    c5_ask_size_2: Decimal | None
    """Ask tier 2 size threshold in CURRENCY5. (``C5ASKSIZE2``)"""
    c5_ask_size_3: Decimal | None
    """Ask tier 3 size threshold in CURRENCY5. (``C5ASKSIZE3``)"""
    c5_ask_size_4: Decimal | None
    """Ask tier 4 size threshold in CURRENCY5. (``C5ASKSIZE4``)"""
    c5_ask_size_5: Decimal | None
    """Ask tier 5 size threshold in CURRENCY5. (``C5ASKSIZE5``)"""
    timestamp: datetime | None
    """When IG produced the prices (UTC). (``TIMESTAMP``)"""
    dealing_flag: DealingFlag | None
    """Dealing state of the market (padding trimmed). (``DLG_FLAG``)"""
    net_change: Decimal | None
    """Change since the opening mid price. (``NET_CHG``)"""
    net_change_pct: float | None
    """The same change in percent. (``NET_CHG_PCT``)"""
    delayed: bool | None
    """True when the prices are delayed. (``DELAY``)"""

    @property
    def tiers(self) -> tuple[PriceTier, ...]:
        """The price ladder, tier 1 first; a tier is listed when IG sent any of its values."""
        records = (
            PriceTier(self.bid_price_1, self.ask_price_1, self.bid_size_1, self.ask_size_1),
            PriceTier(self.bid_price_2, self.ask_price_2, self.bid_size_2, self.ask_size_2),
            PriceTier(self.bid_price_3, self.ask_price_3, self.bid_size_3, self.ask_size_3),
            PriceTier(self.bid_price_4, self.ask_price_4, self.bid_size_4, self.ask_size_4),
            PriceTier(self.bid_price_5, self.ask_price_5, self.bid_size_5, self.ask_size_5),
        )
        return tuple(
            r
            for r in records
            if any_value(
                r.bid_price,
                r.ask_price,
                r.bid_size,
                r.ask_size,
            )
        )

    @property
    def currency_thresholds(self) -> tuple[CurrencyThresholds, ...]:
        """Tier size thresholds restated in other currencies; a set is listed when IG sent any of its values."""
        records = (
            CurrencyThresholds(
                self.currency_1,
                (
                    self.c1_bid_size_1,
                    self.c1_bid_size_2,
                    self.c1_bid_size_3,
                    self.c1_bid_size_4,
                    self.c1_bid_size_5,
                ),
                (
                    self.c1_ask_size_1,
                    self.c1_ask_size_2,
                    self.c1_ask_size_3,
                    self.c1_ask_size_4,
                    self.c1_ask_size_5,
                ),
            ),
            CurrencyThresholds(
                self.currency_2,
                (
                    self.c2_bid_size_1,
                    self.c2_bid_size_2,
                    self.c2_bid_size_3,
                    self.c2_bid_size_4,
                    self.c2_bid_size_5,
                ),
                (
                    self.c2_ask_size_1,
                    self.c2_ask_size_2,
                    self.c2_ask_size_3,
                    self.c2_ask_size_4,
                    self.c2_ask_size_5,
                ),
            ),
            CurrencyThresholds(
                self.currency_3,
                (
                    self.c3_bid_size_1,
                    self.c3_bid_size_2,
                    self.c3_bid_size_3,
                    self.c3_bid_size_4,
                    self.c3_bid_size_5,
                ),
                (
                    self.c3_ask_size_1,
                    self.c3_ask_size_2,
                    self.c3_ask_size_3,
                    self.c3_ask_size_4,
                    self.c3_ask_size_5,
                ),
            ),
            CurrencyThresholds(
                self.currency_4,
                (
                    self.c4_bid_size_1,
                    self.c4_bid_size_2,
                    self.c4_bid_size_3,
                    self.c4_bid_size_4,
                    self.c4_bid_size_5,
                ),
                (
                    self.c4_ask_size_1,
                    self.c4_ask_size_2,
                    self.c4_ask_size_3,
                    self.c4_ask_size_4,
                    self.c4_ask_size_5,
                ),
            ),
            CurrencyThresholds(
                self.currency_5,
                (
                    self.c5_bid_size_1,
                    self.c5_bid_size_2,
                    self.c5_bid_size_3,
                    self.c5_bid_size_4,
                    self.c5_bid_size_5,
                ),
                (
                    self.c5_ask_size_1,
                    self.c5_ask_size_2,
                    self.c5_ask_size_3,
                    self.c5_ask_size_4,
                    self.c5_ask_size_5,
                ),
            ),
        )
        return tuple(
            r
            for r in records
            if any_value(
                r.currency,
                r.bid_sizes,
                r.ask_sizes,
            )
        )


def price_item(account_id: str, epic: str) -> str:
    """The item name ``PRICE:{account_id}:{epic}``."""
    return f"PRICE:{account_id}:{epic}"


PRICE: Final[ItemKind[PriceUpdate]] = ItemKind(
    key="price",
    pattern="PRICE:{account_id}:{epic}",
    mode="MERGE",
    adapter="Pricing",
    fields=(
        "MID_OPEN",
        "HIGH",
        "LOW",
        "BIDQUOTEID",
        "ASKQUOTEID",
        "BIDPRICE1",
        "BIDPRICE2",
        "BIDPRICE3",
        "BIDPRICE4",
        "BIDPRICE5",
        "ASKPRICE1",
        "ASKPRICE2",
        "ASKPRICE3",
        "ASKPRICE4",
        "ASKPRICE5",
        "BIDSIZE1",
        "BIDSIZE2",
        "BIDSIZE3",
        "BIDSIZE4",
        "BIDSIZE5",
        "ASKSIZE1",
        "ASKSIZE2",
        "ASKSIZE3",
        "ASKSIZE4",
        "ASKSIZE5",
        "CURRENCY0",
        "CURRENCY1",
        "CURRENCY2",
        "CURRENCY3",
        "CURRENCY4",
        "CURRENCY5",
        "C1BIDSIZE1",
        "C1BIDSIZE2",
        "C1BIDSIZE3",
        "C1BIDSIZE4",
        "C1BIDSIZE5",
        "C2BIDSIZE1",
        "C2BIDSIZE2",
        "C2BIDSIZE3",
        "C2BIDSIZE4",
        "C2BIDSIZE5",
        "C3BIDSIZE1",
        "C3BIDSIZE2",
        "C3BIDSIZE3",
        "C3BIDSIZE4",
        "C3BIDSIZE5",
        "C4BIDSIZE1",
        "C4BIDSIZE2",
        "C4BIDSIZE3",
        "C4BIDSIZE4",
        "C4BIDSIZE5",
        "C5BIDSIZE1",
        "C5BIDSIZE2",
        "C5BIDSIZE3",
        "C5BIDSIZE4",
        "C5BIDSIZE5",
        "C1ASKSIZE1",
        "C1ASKSIZE2",
        "C1ASKSIZE3",
        "C1ASKSIZE4",
        "C1ASKSIZE5",
        "C2ASKSIZE1",
        "C2ASKSIZE2",
        "C2ASKSIZE3",
        "C2ASKSIZE4",
        "C2ASKSIZE5",
        "C3ASKSIZE1",
        "C3ASKSIZE2",
        "C3ASKSIZE3",
        "C3ASKSIZE4",
        "C3ASKSIZE5",
        "C4ASKSIZE1",
        "C4ASKSIZE2",
        "C4ASKSIZE3",
        "C4ASKSIZE4",
        "C4ASKSIZE5",
        "C5ASKSIZE1",
        "C5ASKSIZE2",
        "C5ASKSIZE3",
        "C5ASKSIZE4",
        "C5ASKSIZE5",
        "TIMESTAMP",
        "DLG_FLAG",
        "NET_CHG",
        "NET_CHG_PCT",
        "DELAY",
    ),
    attributes=(
        "mid_open",
        "high",
        "low",
        "bid_quote_id",
        "ask_quote_id",
        "bid_price_1",
        "bid_price_2",
        "bid_price_3",
        "bid_price_4",
        "bid_price_5",
        "ask_price_1",
        "ask_price_2",
        "ask_price_3",
        "ask_price_4",
        "ask_price_5",
        "bid_size_1",
        "bid_size_2",
        "bid_size_3",
        "bid_size_4",
        "bid_size_5",
        "ask_size_1",
        "ask_size_2",
        "ask_size_3",
        "ask_size_4",
        "ask_size_5",
        "currency_0",
        "currency_1",
        "currency_2",
        "currency_3",
        "currency_4",
        "currency_5",
        "c1_bid_size_1",
        "c1_bid_size_2",
        "c1_bid_size_3",
        "c1_bid_size_4",
        "c1_bid_size_5",
        "c2_bid_size_1",
        "c2_bid_size_2",
        "c2_bid_size_3",
        "c2_bid_size_4",
        "c2_bid_size_5",
        "c3_bid_size_1",
        "c3_bid_size_2",
        "c3_bid_size_3",
        "c3_bid_size_4",
        "c3_bid_size_5",
        "c4_bid_size_1",
        "c4_bid_size_2",
        "c4_bid_size_3",
        "c4_bid_size_4",
        "c4_bid_size_5",
        "c5_bid_size_1",
        "c5_bid_size_2",
        "c5_bid_size_3",
        "c5_bid_size_4",
        "c5_bid_size_5",
        "c1_ask_size_1",
        "c1_ask_size_2",
        "c1_ask_size_3",
        "c1_ask_size_4",
        "c1_ask_size_5",
        "c2_ask_size_1",
        "c2_ask_size_2",
        "c2_ask_size_3",
        "c2_ask_size_4",
        "c2_ask_size_5",
        "c3_ask_size_1",
        "c3_ask_size_2",
        "c3_ask_size_3",
        "c3_ask_size_4",
        "c3_ask_size_5",
        "c4_ask_size_1",
        "c4_ask_size_2",
        "c4_ask_size_3",
        "c4_ask_size_4",
        "c4_ask_size_5",
        "c5_ask_size_1",
        "c5_ask_size_2",
        "c5_ask_size_3",
        "c5_ask_size_4",
        "c5_ask_size_5",
        "timestamp",
        "dealing_flag",
        "net_change",
        "net_change_pct",
        "delayed",
    ),
    parsers=(
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_string,
        parse_string,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_string,
        parse_string,
        parse_string,
        parse_string,
        parse_string,
        parse_string,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_epoch_ms,
        _enum_dealing_flag,
        parse_decimal,
        parse_float,
        parse_flag,
    ),
    model=PriceUpdate,
    scales=(),
)
"""How to subscribe to and parse price updates."""


@dataclass(frozen=True, slots=True)
class ChartTick:
    """Every trade or price tick of one market (CHART item with scale TICK).

    Item ``CHART:{epic}:TICK``, mode DISTINCT.
    """

    item: str
    """The Lightstreamer item name the update came from."""
    snapshot: bool
    """True for the values sent when the subscription started (or restarted)."""
    changed: frozenset[str]
    """Attributes this update changed; the others keep their previous value."""
    bid: Decimal | None
    """Bid price. (``BID``)"""
    offer: Decimal | None
    """Offer price. (``OFR``)"""
    last_traded_price: Decimal | None
    """Last traded price. (``LTP``)"""
    last_traded_volume: Decimal | None
    """Last traded volume. (``LTV``)"""
    incremental_volume: Decimal | None
    """Volume added by this tick. (``TTV``)"""
    update_time: datetime | None
    """Time of the tick (UTC). (``UTM``)"""
    day_open_mid: Decimal | None
    """Opening mid price of the day. (``DAY_OPEN_MID``)"""
    day_net_change_mid: Decimal | None
    """Change of the mid price since the open. (``DAY_NET_CHG_MID``)"""
    day_change_pct_mid: float | None
    """The same change in percent. (``DAY_PERC_CHG_MID``)"""
    day_high: Decimal | None
    """Highest price of the day. (``DAY_HIGH``)"""
    day_low: Decimal | None
    """Lowest price of the day. (``DAY_LOW``)"""


def chart_tick_item(epic: str) -> str:
    """The item name ``CHART:{epic}:TICK``."""
    return f"CHART:{epic}:TICK"


CHART_TICK: Final[ItemKind[ChartTick]] = ItemKind(
    key="chart_tick",
    pattern="CHART:{epic}:TICK",
    mode="DISTINCT",
    adapter=None,
    fields=(
        "BID",
        "OFR",
        "LTP",
        "LTV",
        "TTV",
        "UTM",
        "DAY_OPEN_MID",
        "DAY_NET_CHG_MID",
        "DAY_PERC_CHG_MID",
        "DAY_HIGH",
        "DAY_LOW",
    ),
    attributes=(
        "bid",
        "offer",
        "last_traded_price",
        "last_traded_volume",
        "incremental_volume",
        "update_time",
        "day_open_mid",
        "day_net_change_mid",
        "day_change_pct_mid",
        "day_high",
        "day_low",
    ),
    parsers=(
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_epoch_ms,
        parse_decimal,
        parse_decimal,
        parse_float,
        parse_decimal,
        parse_decimal,
    ),
    model=ChartTick,
    scales=(),
)
"""How to subscribe to and parse chart_tick updates."""


@dataclass(frozen=True, slots=True)
class ChartCandle:
    """The current candle of one market at one scale (CHART item with a candle scale).

    Item ``CHART:{epic}:{scale}``, mode MERGE.
    """

    item: str
    """The Lightstreamer item name the update came from."""
    snapshot: bool
    """True for the values sent when the subscription started (or restarted)."""
    changed: frozenset[str]
    """Attributes this update changed; the others keep their previous value."""
    last_traded_volume: Decimal | None
    """Last traded volume. (``LTV``)"""
    incremental_volume: Decimal | None
    """Volume traded in the candle. (``TTV``)"""
    update_time: datetime | None
    """Update time of the candle (UTC). (``UTM``)"""
    day_open_mid: Decimal | None
    """Opening mid price of the day. (``DAY_OPEN_MID``)"""
    day_net_change_mid: Decimal | None
    """Change of the mid price since the open. (``DAY_NET_CHG_MID``)"""
    day_change_pct_mid: float | None
    """The same change in percent. (``DAY_PERC_CHG_MID``)"""
    day_high: Decimal | None
    """Highest price of the day. (``DAY_HIGH``)"""
    day_low: Decimal | None
    """Lowest price of the day. (``DAY_LOW``)"""
    offer_open: Decimal | None
    """Offer at the candle's open. (``OFR_OPEN``)"""
    offer_high: Decimal | None
    """Highest offer in the candle. (``OFR_HIGH``)"""
    offer_low: Decimal | None
    """Lowest offer in the candle. (``OFR_LOW``)"""
    offer_close: Decimal | None
    """Latest (or closing) offer. (``OFR_CLOSE``)"""
    bid_open: Decimal | None
    """Bid at the candle's open. (``BID_OPEN``)"""
    bid_high: Decimal | None
    """Highest bid in the candle. (``BID_HIGH``)"""
    bid_low: Decimal | None
    """Lowest bid in the candle. (``BID_LOW``)"""
    bid_close: Decimal | None
    """Latest (or closing) bid. (``BID_CLOSE``)"""
    last_traded_open: Decimal | None
    """First traded price in the candle. (``LTP_OPEN``)"""
    last_traded_high: Decimal | None
    """Highest traded price in the candle. (``LTP_HIGH``)"""
    last_traded_low: Decimal | None
    """Lowest traded price in the candle. (``LTP_LOW``)"""
    last_traded_close: Decimal | None
    """Latest (or closing) traded price. (``LTP_CLOSE``)"""
    complete: bool | None
    """True once the candle has ended. (``CONS_END``)"""
    tick_count: int | None
    """Ticks in the candle so far. (``CONS_TICK_COUNT``)"""


def chart_candle_item(epic: str, scale: str) -> str:
    """The item name ``CHART:{epic}:{scale}``."""
    return f"CHART:{epic}:{scale}"


CHART_CANDLE: Final[ItemKind[ChartCandle]] = ItemKind(
    key="chart_candle",
    pattern="CHART:{epic}:{scale}",
    mode="MERGE",
    adapter=None,
    fields=(
        "LTV",
        "TTV",
        "UTM",
        "DAY_OPEN_MID",
        "DAY_NET_CHG_MID",
        "DAY_PERC_CHG_MID",
        "DAY_HIGH",
        "DAY_LOW",
        "OFR_OPEN",
        "OFR_HIGH",
        "OFR_LOW",
        "OFR_CLOSE",
        "BID_OPEN",
        "BID_HIGH",
        "BID_LOW",
        "BID_CLOSE",
        "LTP_OPEN",
        "LTP_HIGH",
        "LTP_LOW",
        "LTP_CLOSE",
        "CONS_END",
        "CONS_TICK_COUNT",
    ),
    attributes=(
        "last_traded_volume",
        "incremental_volume",
        "update_time",
        "day_open_mid",
        "day_net_change_mid",
        "day_change_pct_mid",
        "day_high",
        "day_low",
        "offer_open",
        "offer_high",
        "offer_low",
        "offer_close",
        "bid_open",
        "bid_high",
        "bid_low",
        "bid_close",
        "last_traded_open",
        "last_traded_high",
        "last_traded_low",
        "last_traded_close",
        "complete",
        "tick_count",
    ),
    parsers=(
        parse_decimal,
        parse_decimal,
        parse_epoch_ms,
        parse_decimal,
        parse_decimal,
        parse_float,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_flag,
        parse_int,
    ),
    model=ChartCandle,
    scales=(
        "SECOND",
        "1MINUTE",
        "5MINUTE",
        "HOUR",
    ),
)
"""How to subscribe to and parse chart_candle updates."""


@dataclass(frozen=True, slots=True)
class AccountUpdate:
    """Balance figures of the active account (ACCOUNT item).

    Item ``ACCOUNT:{account_id}``, mode MERGE.
    """

    item: str
    """The Lightstreamer item name the update came from."""
    snapshot: bool
    """True for the values sent when the subscription started (or restarted)."""
    changed: frozenset[str]
    """Attributes this update changed; the others keep their previous value."""
    pnl: Decimal | None
    """Running profit or loss of open positions. (``PNL``)"""
    deposit: Decimal | None
    """Funds held as deposit. (``DEPOSIT``)"""
    available_cash: Decimal | None
    """Cash not tied up. (``AVAILABLE_CASH``)"""
    pnl_limited_risk: Decimal | None
    """Profit or loss of limited-risk positions. (``PNL_LR``)"""
    pnl_non_limited_risk: Decimal | None
    """Profit or loss of other positions. (``PNL_NLR``)"""
    funds: Decimal | None
    """Total funds. (``FUNDS``)"""
    margin: Decimal | None
    """Margin in use. (``MARGIN``)"""
    margin_limited_risk: Decimal | None
    """Margin of limited-risk positions. (``MARGIN_LR``)"""
    margin_non_limited_risk: Decimal | None
    """Margin of other positions. (``MARGIN_NLR``)"""
    available_to_deal: Decimal | None
    """Funds usable for new deals. (``AVAILABLE_TO_DEAL``)"""
    equity: Decimal | None
    """Account value including running profit or loss. (``EQUITY``)"""
    equity_used: Decimal | None
    """Share of equity in use. (``EQUITY_USED``)"""


def account_item(account_id: str) -> str:
    """The item name ``ACCOUNT:{account_id}``."""
    return f"ACCOUNT:{account_id}"


ACCOUNT: Final[ItemKind[AccountUpdate]] = ItemKind(
    key="account",
    pattern="ACCOUNT:{account_id}",
    mode="MERGE",
    adapter=None,
    fields=(
        "PNL",
        "DEPOSIT",
        "AVAILABLE_CASH",
        "PNL_LR",
        "PNL_NLR",
        "FUNDS",
        "MARGIN",
        "MARGIN_LR",
        "MARGIN_NLR",
        "AVAILABLE_TO_DEAL",
        "EQUITY",
        "EQUITY_USED",
    ),
    attributes=(
        "pnl",
        "deposit",
        "available_cash",
        "pnl_limited_risk",
        "pnl_non_limited_risk",
        "funds",
        "margin",
        "margin_limited_risk",
        "margin_non_limited_risk",
        "available_to_deal",
        "equity",
        "equity_used",
    ),
    parsers=(
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
        parse_decimal,
    ),
    model=AccountUpdate,
    scales=(),
)
"""How to subscribe to and parse account updates."""


@dataclass(frozen=True, slots=True)
class TradeUpdate:
    """Deal confirmations and position/order changes of the active account (TRADE item).

    Item ``TRADE:{account_id}``, mode DISTINCT.
    """

    item: str
    """The Lightstreamer item name the update came from."""
    snapshot: bool
    """True for the values sent when the subscription started (or restarted)."""
    changed: frozenset[str]
    """Attributes this update changed; the others keep their previous value."""
    confirmation: TradeConfirmation | None
    """A deal confirmation (``CONFIRMS``)"""
    position: PositionUpdate | None
    """An open-position change (``OPU``)"""
    working_order: WorkingOrderUpdate | None
    """A working-order change (``WOU``)"""


def trade_item(account_id: str) -> str:
    """The item name ``TRADE:{account_id}``."""
    return f"TRADE:{account_id}"


TRADE: Final[ItemKind[TradeUpdate]] = ItemKind(
    key="trade",
    pattern="TRADE:{account_id}",
    mode="DISTINCT",
    adapter=None,
    fields=(
        "CONFIRMS",
        "OPU",
        "WOU",
    ),
    attributes=(
        "confirmation",
        "position",
        "working_order",
    ),
    parsers=(
        _json_trade_confirmation,
        _json_position_update,
        _json_working_order_update,
    ),
    model=TradeUpdate,
    scales=(),
)
"""How to subscribe to and parse trade updates."""


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """IG's heartbeat item, used to tell a quiet market from a dead connection.

    Item ``TRADE:HB.U.HEARTBEAT.IP``, mode MERGE.
    """

    item: str
    """The Lightstreamer item name the update came from."""
    snapshot: bool
    """True for the values sent when the subscription started (or restarted)."""
    changed: frozenset[str]
    """Attributes this update changed; the others keep their previous value."""
    beat: str | None
    """The heartbeat value (looks like an epoch-ms clock; unverified). (``HEARTBEAT``)"""


def heartbeat_item() -> str:
    """The item name ``TRADE:HB.U.HEARTBEAT.IP``."""
    return "TRADE:HB.U.HEARTBEAT.IP"


HEARTBEAT: Final[ItemKind[Heartbeat]] = ItemKind(
    key="heartbeat",
    pattern="TRADE:HB.U.HEARTBEAT.IP",
    mode="MERGE",
    adapter=None,
    fields=("HEARTBEAT",),
    attributes=("beat",),
    parsers=(parse_string,),
    model=Heartbeat,
    scales=(),
)
"""How to subscribe to and parse heartbeat updates."""


ITEMS: Final[dict[str, ItemKind[Any]]] = {
    "price": PRICE,
    "chart_tick": CHART_TICK,
    "chart_candle": CHART_CANDLE,
    "account": ACCOUNT,
    "trade": TRADE,
    "heartbeat": HEARTBEAT,
}
"""Every item kind by key."""

RETIRED: Final[dict[str, RetiredItem]] = {
    "MARKET": RetiredItem(
        name="MARKET",
        aliases=("L1",),
        retired_on="2026-05-08",
        replacement="price",
        field_map={
            "BID": "BIDPRICE1",
            "OFFER": "ASKPRICE1",
            "CHANGE": "NET_CHG",
            "CHANGE_PCT": "NET_CHG_PCT",
            "UPDATE_TIME": "TIMESTAMP",
            "MARKET_DELAY": "DELAY",
            "MARKET_STATE": "DLG_FLAG",
            "MID_OPEN": "MID_OPEN",
            "HIGH": "HIGH",
            "LOW": "LOW",
            "STRIKE_PRICE": None,
            "ODDS": None,
        },
    ),
}
"""Items IG no longer serves (and their aliases' canonical names), with their PRICE equivalents."""
