# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction, MarketStatus, MarketSummary
from ig_sdk._models import IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgDateTime,
    IgUtcDateTime,
)


class PositionV1Details(IGResponseModel):
    """One open position as VERSION 1 of the position calls describes it."""

    contract_size: Annotated[Decimal | None, Field(alias="contractSize")] = None
    """Size of one contract of the instrument."""

    created_date: Annotated[IgDateTime | None, Field(alias="createdDate")] = None
    """When the position was opened, in the account's local time."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id of the position; use it to amend or close the position."""

    deal_size: Annotated[Decimal | None, Field(alias="dealSize")] = None
    """Size of the position."""

    direction: Direction
    """BUY for a long position, SELL for a short one."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Level of the attached limit, if any."""

    open_level: Annotated[Decimal | None, Field(alias="openLevel")] = None
    """Entry price of the position."""

    currency: str | None = None
    """ISO code of the position's currency."""

    controlled_risk: Annotated[bool | None, Field(alias="controlledRisk")] = None
    """True when the position has a guaranteed stop."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Level of the attached stop, if any."""

    trailing_step: Annotated[Decimal | None, Field(alias="trailingStep")] = None
    """Step by which a trailing stop follows the market, if the stop trails."""

    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance a trailing stop keeps from the market, if the stop trails."""

    limited_risk_premium: Annotated[Decimal | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged for the guaranteed stop, if any."""


class PositionV1Entry(IGResponseModel):
    """An open position and its market (VERSION 1 shape); also the answer of positions.get_v1."""

    position: PositionV1Details
    """The position itself."""

    market: MarketSummary
    """Snapshot of the position's market."""


class PositionV2Details(IGResponseModel):
    """One open position as VERSION 2 of the position calls describes it."""

    contract_size: Annotated[Decimal, Field(alias="contractSize")]
    """Size of one contract of the instrument."""

    created_date: Annotated[IgDateTime, Field(alias="createdDate")]
    """When the position was opened, in the account's local time."""

    created_date_utc: Annotated[IgUtcDateTime, Field(alias="createdDateUTC")]
    """When the position was opened, in UTC."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id of the position; use it to amend or close the position."""

    size: Decimal
    """Size of the position."""

    direction: Direction
    """BUY for a long position, SELL for a short one."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Level of the attached limit, if any."""

    level: Decimal
    """Entry price of the position."""

    currency: str
    """ISO code of the position's currency."""

    controlled_risk: Annotated[bool, Field(alias="controlledRisk")]
    """True when the position has a guaranteed stop."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Level of the attached stop, if any."""

    trailing_step: Annotated[Decimal | None, Field(alias="trailingStep")] = None
    """Step by which a trailing stop follows the market, if the stop trails."""

    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance a trailing stop keeps from the market, if the stop trails."""

    limited_risk_premium: Annotated[Decimal | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged for the guaranteed stop, if any."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """Deal reference the position was opened with."""


class PositionV2Entry(IGResponseModel):
    """An open position and its market (VERSION 2 shape); also the answer of positions.get."""

    position: PositionV2Details
    """The position itself."""

    market: MarketSummary
    """Snapshot of the position's market, with update times in local time and UTC."""


class PositionOrderType(StrEnum):
    """How a position is opened or closed: MARKET at the current price, LIMIT at `level` or better, QUOTE at a streamed quote (`quoteId` and its `level`)."""

    LIMIT = "LIMIT"
    MARKET = "MARKET"
    QUOTE = "QUOTE"


class PositionTimeInForce(StrEnum):
    """What IG does when it cannot fill the whole size at once: FILL_OR_KILL refuses the deal, EXECUTE_AND_ELIMINATE fills what it can and drops the rest."""

    EXECUTE_AND_ELIMINATE = "EXECUTE_AND_ELIMINATE"
    FILL_OR_KILL = "FILL_OR_KILL"


class SprintMarketPosition(IGResponseModel):
    """One open sprint market position."""

    deal_id: Annotated[str | None, Field(alias="dealId")] = None
    """Deal id of the position."""

    epic: str | None = None
    """Epic of the sprint market."""

    instrument_name: Annotated[str | None, Field(alias="instrumentName")] = None
    """Name of the instrument as IG shows it."""

    description: str | None = None
    """IG's text describing the bet."""

    market_status: Annotated[MarketStatus | None, Field(alias="marketStatus")] = None
    """Whether the market can be traded now."""

    created_date: Annotated[IgDateTime | None, Field(alias="createdDate")] = None
    """When the position was opened (local time in VERSION 1)."""

    expiry_time: Annotated[IgDateTime | None, Field(alias="expiryTime")] = None
    """When the position expires and settles (local time in VERSION 1)."""

    direction: Direction | None = None
    """BUY when the bet wins above the strike, SELL when it wins below."""

    strike_level: Annotated[Decimal | None, Field(alias="strikeLevel")] = None
    """Market level the bet is measured against at expiry."""

    size: Decimal | None = None
    """Stake of the bet."""

    payout_amount: Annotated[Decimal | None, Field(alias="payoutAmount")] = None
    """Amount paid out if the bet wins."""

    currency: str | None = None
    """ISO code of the payout's currency."""


class SprintMarketPositionsResponse(IGResponseModel):
    """All open sprint market positions of the active account (same body in VERSION 1 and 2)."""

    sprint_market_positions: Annotated[
        list[SprintMarketPosition] | None, Field(alias="sprintMarketPositions")
    ] = None
    """The open sprint market positions; empty when there are none."""


__all__ = [
    "PositionOrderType",
    "PositionTimeInForce",
    "PositionV1Details",
    "PositionV1Entry",
    "PositionV2Details",
    "PositionV2Entry",
    "SprintMarketPosition",
    "SprintMarketPositionsResponse",
]
