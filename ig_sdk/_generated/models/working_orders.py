# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction, InstrumentType, MarketStatus
from ig_sdk._models import IGRequestModel, IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgDateTime,
    IgEpochMillis,
    IgGoodTill,
    IgTime,
    IgUtcDateTime,
)


class WorkingOrderRequestType(StrEnum):
    """Kind of a working order in VERSION 1 answers."""

    LIMIT_ORDER = "LIMIT_ORDER"
    STOP_ORDER = "STOP_ORDER"


class WorkingOrderType(StrEnum):
    """Kind of a working order: LIMIT triggers when the market reaches a better price than now (buy lower, sell higher), STOP when it reaches a worse one (buy higher, sell lower)."""

    LIMIT = "LIMIT"
    STOP = "STOP"


class WorkingOrderTimeInForce(StrEnum):
    """How long a working order stays: until cancelled, or until its good-till date."""

    GOOD_TILL_CANCELLED = "GOOD_TILL_CANCELLED"
    GOOD_TILL_DATE = "GOOD_TILL_DATE"


class WorkingOrderV1Details(IGResponseModel):
    """One working order as VERSION 1 of working_orders.list describes it."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id of the order; use it to amend or cancel it."""

    direction: Direction
    """Direction of the deal the order makes when it triggers."""

    epic: str
    """Epic of the order's market."""

    size: Decimal | None = None
    """Size of the order."""

    level: Decimal | None = None
    """Level at which the order triggers."""

    good_till: Annotated[IgGoodTill | None, Field(alias="goodTill")] = None
    """When the order lapses if it has not triggered (`dd/MM/yy HH:mm`); null for good-till-cancelled."""

    created_date: Annotated[IgDateTime | None, Field(alias="createdDate")] = None
    """When the order was placed, in the account's local time."""

    controlled_risk: Annotated[bool | None, Field(alias="controlledRisk")] = None
    """True when the order carries a guaranteed stop."""

    trailing_trigger_increment: Annotated[Decimal | None, Field(alias="trailingTriggerIncrement")] = None
    """Step of the trailing trigger, if any."""

    trailing_trigger_distance: Annotated[Decimal | None, Field(alias="trailingTriggerDistance")] = None
    """Distance of the trailing trigger, if any."""

    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance a trailing stop keeps from the market, if any."""

    trailing_stop_increment: Annotated[Decimal | None, Field(alias="trailingStopIncrement")] = None
    """Step by which a trailing stop moves, if any."""

    request_type: Annotated[WorkingOrderRequestType | None, Field(alias="requestType")] = None
    """Whether it is a limit or a stop order."""

    contingent_stop: Annotated[Decimal | None, Field(alias="contingentStop")] = None
    """Level of the stop attached to the resulting position, if any."""

    currency_code: Annotated[str | None, Field(alias="currencyCode")] = None
    """ISO code of the order's currency."""

    contingent_limit: Annotated[Decimal | None, Field(alias="contingentLimit")] = None
    """Level of the limit attached to the resulting position, if any."""

    dma: bool | None = None
    """True for a direct market access order."""

    limited_risk_premium: Annotated[Decimal | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged for the guaranteed stop, if any."""


class WorkingOrderV1Market(IGResponseModel):
    """Snapshot of the market of a working order, as VERSION 1 gives it."""

    instrument_name: Annotated[str | None, Field(alias="instrumentName")] = None
    """Name of the instrument as IG shows it."""

    exchange_id: Annotated[str | None, Field(alias="exchangeId")] = None
    """Identifier of the exchange the instrument belongs to."""

    expiry: str | None = None
    """Expiry of the instrument (`-` for none, `DFB` for daily funded bets)."""

    market_status: Annotated[MarketStatus | None, Field(alias="marketStatus")] = None
    """Whether the market can be traded now."""

    epic: str | None = None
    """Epic of the market."""

    instrument_type: Annotated[InstrumentType | None, Field(alias="instrumentType")] = None
    """Kind of instrument."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Lot size of the instrument."""

    high: Decimal | None = None
    """The day's high."""

    low: Decimal | None = None
    """The day's low."""

    percentage_change: Annotated[Decimal | None, Field(alias="percentageChange")] = None
    """Change of the price over the day, in percent."""

    net_change: Annotated[Decimal | None, Field(alias="netChange")] = None
    """Change of the price over the day, in price units."""

    bid: Decimal | None = None
    """Bid at the last price update."""

    offer: Decimal | None = None
    """Offer at the last price update."""

    update_time: Annotated[IgTime | None, Field(alias="updateTime")] = None
    """Time of day of the last price update."""

    delay_time: Annotated[int | None, Field(alias="delayTime")] = None
    """How many minutes the prices are delayed."""

    streaming_prices_available: Annotated[bool | None, Field(alias="streamingPricesAvailable")] = None
    """True when the market can be streamed and the account may stream it."""

    scaling_factor: Annotated[int | None, Field(alias="scalingFactor")] = None
    """Factor by which the instrument's levels are multiplied to get pip values."""


class WorkingOrderV1Entry(IGResponseModel):
    """A working order and its market (VERSION 1 shape)."""

    working_order_data: Annotated[WorkingOrderV1Details, Field(alias="workingOrderData")]
    """The order itself."""

    market_data: Annotated[WorkingOrderV1Market, Field(alias="marketData")]
    """Snapshot of the order's market."""


class WorkingOrdersV1Response(IGResponseModel):
    """All working orders of the active account (VERSION 1 shape)."""

    working_orders: Annotated[list[WorkingOrderV1Entry] | None, Field(alias="workingOrders")] = None
    """The working orders; empty when there are none."""


class WorkingOrderV2Details(IGResponseModel):
    """One working order as VERSION 2 of working_orders.list describes it."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id of the order; use it to amend or cancel it."""

    direction: Direction
    """Direction of the deal the order makes when it triggers."""

    epic: str
    """Epic of the order's market."""

    order_size: Annotated[Decimal, Field(alias="orderSize")]
    """Size of the order."""

    order_level: Annotated[Decimal, Field(alias="orderLevel")]
    """Level at which the order triggers."""

    time_in_force: Annotated[WorkingOrderTimeInForce, Field(alias="timeInForce")]
    """Whether the order stays until cancelled or until `goodTillDate`."""

    good_till_date: Annotated[IgGoodTill | None, Field(alias="goodTillDate")] = None
    """When the order lapses if it has not triggered (`yyyy/MM/dd HH:mm`); null when good till cancelled."""

    good_till_date_iso: Annotated[IgDateTime | None, Field(alias="goodTillDateISO")] = None
    """The same lapse time in ISO form (unverified: IG does not say whether it is local time or UTC)."""

    created_date: Annotated[IgDateTime, Field(alias="createdDate")]
    """When the order was placed, in the account's local time."""

    created_date_utc: Annotated[IgUtcDateTime, Field(alias="createdDateUTC")]
    """When the order was placed, in UTC."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True when the order carries a guaranteed stop."""

    order_type: Annotated[WorkingOrderType, Field(alias="orderType")]
    """Whether it is a limit or a stop order."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Distance of the stop attached to the resulting position, if any."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Distance of the limit attached to the resulting position, if any."""

    currency_code: Annotated[str, Field(alias="currencyCode")]
    """ISO code of the order's currency."""

    dma: bool
    """True for a direct market access order."""

    limited_risk_premium: Annotated[Decimal | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged for the guaranteed stop, if any."""


class WorkingOrderV2Market(IGResponseModel):
    """Snapshot of the market of a working order, as VERSION 2 gives it."""

    instrument_name: Annotated[str, Field(alias="instrumentName")]
    """Name of the instrument as IG shows it."""

    exchange_id: Annotated[str, Field(alias="exchangeId")]
    """Identifier of the exchange the instrument belongs to."""

    expiry: str
    """Expiry of the instrument (`-` for none, `DFB` for daily funded bets)."""

    market_status: Annotated[MarketStatus, Field(alias="marketStatus")]
    """Whether the market can be traded now."""

    epic: str
    """Epic of the market."""

    instrument_type: Annotated[InstrumentType, Field(alias="instrumentType")]
    """Kind of instrument."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Lot size of the instrument."""

    high: Decimal | None = None
    """The day's high."""

    low: Decimal | None = None
    """The day's low."""

    percentage_change: Annotated[Decimal | None, Field(alias="percentageChange")] = None
    """Change of the price over the day, in percent."""

    net_change: Annotated[Decimal | None, Field(alias="netChange")] = None
    """Change of the price over the day, in price units."""

    bid: Decimal | None = None
    """Bid at the last price update."""

    offer: Decimal | None = None
    """Offer at the last price update."""

    update_time: Annotated[IgTime, Field(alias="updateTime")]
    """Time of day of the last price update, in the account's local time."""

    update_time_utc: Annotated[IgTime, Field(alias="updateTimeUTC")]
    """Time of day of the last price update, in UTC."""

    delay_time: Annotated[int, Field(alias="delayTime")]
    """How many minutes the prices are delayed."""

    streaming_prices_available: Annotated[bool, Field(alias="streamingPricesAvailable")]
    """True when the market can be streamed and the account may stream it."""

    scaling_factor: Annotated[int, Field(alias="scalingFactor")]
    """Factor by which the instrument's levels are multiplied to get pip values."""


class WorkingOrderV2Entry(IGResponseModel):
    """A working order and its market (VERSION 2 shape)."""

    working_order_data: Annotated[WorkingOrderV2Details, Field(alias="workingOrderData")]
    """The order itself."""

    market_data: Annotated[WorkingOrderV2Market, Field(alias="marketData")]
    """Snapshot of the order's market."""


class WorkingOrdersV2Response(IGResponseModel):
    """All working orders of the active account."""

    working_orders: Annotated[list[WorkingOrderV2Entry], Field(alias="workingOrders")]
    """The working orders; empty when there are none."""


class CreateOTCWorkingOrderV1Request(IGRequestModel):
    """A new working order (VERSION 1)."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this order, to find its confirmation later; the SDK makes one if left out."""

    epic: str
    """Epic of the market."""

    expiry: Annotated[str, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")]
    """Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """Direction of the deal the order makes when it triggers."""

    size: Decimal
    """Size of the order, at most 12 decimal places."""

    level: Decimal
    """Level at which the order triggers."""

    type: WorkingOrderType
    """LIMIT or STOP order."""

    currency_code: Annotated[str, Field(alias="currencyCode", pattern="^[A-Z]{3}$")]
    """ISO code of the order's currency, one of those the instrument offers."""

    time_in_force: Annotated[WorkingOrderTimeInForce, Field(alias="timeInForce")]
    """Until cancelled, or until `goodTillDate`."""

    good_till_date: Annotated[IgEpochMillis | None, Field(alias="goodTillDate")] = None
    """When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch milliseconds (unverified: as a JSON number rather than a digit string)."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True to make the attached stop guaranteed (a stop must then be given)."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level; not together with `stopDistance`."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the order level; not together with `stopLevel`."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the order level; not together with `limitLevel`."""


class CreateOTCWorkingOrderV2Request(IGRequestModel):
    """A new working order."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this order, to find its confirmation later; the SDK makes one if left out."""

    epic: str
    """Epic of the market."""

    expiry: Annotated[str, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")]
    """Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """Direction of the deal the order makes when it triggers."""

    size: Decimal
    """Size of the order, at most 12 decimal places."""

    level: Decimal
    """Level at which the order triggers."""

    type: WorkingOrderType
    """LIMIT or STOP order."""

    currency_code: Annotated[str, Field(alias="currencyCode", pattern="^[A-Z]{3}$")]
    """ISO code of the order's currency, one of those the instrument offers."""

    time_in_force: Annotated[WorkingOrderTimeInForce, Field(alias="timeInForce")]
    """Until cancelled, or until `goodTillDate`."""

    good_till_date: Annotated[IgEpochMillis | None, Field(alias="goodTillDate")] = None
    """When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch milliseconds (unverified: as a JSON number rather than a digit string)."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True to make the attached stop guaranteed; IG then wants the stop as `stopDistance`."""

    force_open: Annotated[bool | None, Field(alias="forceOpen")] = None
    """True to open a new position when the order triggers even where one in the opposite direction exists."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level; not together with `stopDistance`."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the order level; not together with `stopLevel`."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the order level; not together with `limitLevel`."""


class DeleteOTCWorkingOrderV1Request(IGRequestModel):
    """The empty body VERSION 1 of working_orders.delete insists on; it has no fields."""


class UpdateOTCWorkingOrderRequest(IGRequestModel):
    """New terms for a working order (same in VERSION 1 and 2); null removes the attached stop or limit."""

    time_in_force: Annotated[WorkingOrderTimeInForce | None, Field(alias="timeInForce")] = None
    """Until cancelled, or until `goodTillDate`."""

    good_till_date: Annotated[IgEpochMillis | None, Field(alias="goodTillDate")] = None
    """When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch milliseconds (unverified: as a JSON number rather than a digit string)."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level, null to remove it; not together with `stopDistance`."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the order level, null to remove it; not together with `stopLevel`."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level, null to remove it; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the order level, null to remove it; not together with `limitLevel`."""

    type: WorkingOrderType | None = None
    """LIMIT or STOP order."""

    level: Decimal
    """Level at which the order triggers; always sent, even when unchanged."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True to make the attached stop guaranteed; then `stopLevel` must be given."""


class DeleteOTCWorkingOrderV1Params(IGRequestModel):
    """Path and query parameters of deleteOTCWorkingOrderV1."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the working order to cancel."""


class DeleteOTCWorkingOrderV2Params(IGRequestModel):
    """Path and query parameters of deleteOTCWorkingOrderV2."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the working order to cancel."""


class UpdateOTCWorkingOrderV1Params(IGRequestModel):
    """Path and query parameters of updateOTCWorkingOrderV1."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the working order to amend."""


class UpdateOTCWorkingOrderV2Params(IGRequestModel):
    """Path and query parameters of updateOTCWorkingOrderV2."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the working order to amend."""


__all__ = [
    "CreateOTCWorkingOrderV1Request",
    "CreateOTCWorkingOrderV2Request",
    "DeleteOTCWorkingOrderV1Params",
    "DeleteOTCWorkingOrderV1Request",
    "DeleteOTCWorkingOrderV2Params",
    "UpdateOTCWorkingOrderRequest",
    "UpdateOTCWorkingOrderV1Params",
    "UpdateOTCWorkingOrderV2Params",
    "WorkingOrderRequestType",
    "WorkingOrderTimeInForce",
    "WorkingOrderType",
    "WorkingOrderV1Details",
    "WorkingOrderV1Entry",
    "WorkingOrderV1Market",
    "WorkingOrderV2Details",
    "WorkingOrderV2Entry",
    "WorkingOrderV2Market",
    "WorkingOrdersV1Response",
    "WorkingOrdersV2Response",
]
