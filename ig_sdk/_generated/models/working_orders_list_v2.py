# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction, InstrumentType, MarketStatus
from ig_sdk._generated.models.working_orders import WorkingOrderTimeInForce, WorkingOrderType
from ig_sdk._models import IGResponseModel
from ig_sdk._timestamps import (
    IgDateTime,
    IgGoodTill,
    IgTime,
    IgUtcDateTime,
)


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


__all__ = [
    "WorkingOrderV2Details",
    "WorkingOrderV2Entry",
    "WorkingOrderV2Market",
    "WorkingOrdersV2Response",
]
