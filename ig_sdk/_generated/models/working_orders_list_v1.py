# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction, InstrumentType, MarketStatus
from ig_sdk._models import IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgDateTime,
    IgGoodTill,
    IgTime,
)


class WorkingOrderRequestType(StrEnum):
    """Kind of a working order in VERSION 1 answers."""

    LIMIT_ORDER = "LIMIT_ORDER"
    STOP_ORDER = "STOP_ORDER"


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


__all__ = [
    "WorkingOrderRequestType",
    "WorkingOrderV1Details",
    "WorkingOrderV1Entry",
    "WorkingOrderV1Market",
    "WorkingOrdersV1Response",
]
