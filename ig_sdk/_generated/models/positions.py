# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction, MarketStatus, MarketSummary
from ig_sdk._models import IGRequestModel, IGResponseModel, StrEnum
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


class PositionsV1Response(IGResponseModel):
    """Every position the active account holds open (VERSION 1 shape)."""

    positions: list[PositionV1Entry] | None = None
    """The open positions; empty when there are none."""


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


class PositionsV2Response(IGResponseModel):
    """Every position the active account holds open."""

    positions: list[PositionV2Entry]
    """The open positions; empty when there are none."""


class PositionOrderType(StrEnum):
    """How a position is opened or closed: MARKET at the current price, LIMIT at `level` or better, QUOTE at a streamed quote (`quoteId` and its `level`)."""

    LIMIT = "LIMIT"
    MARKET = "MARKET"
    QUOTE = "QUOTE"


class PositionTimeInForce(StrEnum):
    """What IG does when it cannot fill the whole size at once: FILL_OR_KILL refuses the deal, EXECUTE_AND_ELIMINATE fills what it can and drops the rest."""

    EXECUTE_AND_ELIMINATE = "EXECUTE_AND_ELIMINATE"
    FILL_OR_KILL = "FILL_OR_KILL"


class CloseOTCPositionV1Request(IGRequestModel):
    """Which position to close, how much of it, and at what price."""

    deal_id: Annotated[str | None, Field(alias="dealId", pattern="^.{1,30}$")] = None
    """Deal id of the position to close; give this or `epic`, not both."""

    epic: Annotated[str | None, Field(pattern="^[A-Za-z0-9._]{6,30}$")] = None
    """Epic of the market whose position to close; give this or `dealId`, and then `expiry` too."""

    expiry: Annotated[str | None, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")] = None
    """Expiry of the instrument, needed with `epic`: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """Direction of the closing deal, the opposite of the position's (SELL closes a long position)."""

    size: Decimal
    """Size to close; less than the position's size closes it in part. At most 12 decimal places."""

    level: Decimal | None = None
    """Worst acceptable closing price; needed for LIMIT and QUOTE, not allowed for MARKET."""

    order_type: Annotated[PositionOrderType, Field(alias="orderType")]
    """How to close."""

    time_in_force: Annotated[PositionTimeInForce | None, Field(alias="timeInForce")] = None
    """What to do when the whole size cannot be filled; IG assumes FILL_OR_KILL when left out."""

    quote_id: Annotated[str | None, Field(alias="quoteId")] = None
    """Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise."""


class CreateOTCPositionV1Request(IGRequestModel):
    """A new OTC position (VERSION 1)."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this deal, to find its confirmation later; the SDK makes one if left out."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market to deal on."""

    expiry: Annotated[str, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")]
    """Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """BUY to go long, SELL to go short."""

    size: Decimal
    """Size of the deal, at most 12 decimal places."""

    level: Decimal | None = None
    """Worst acceptable price; needed for LIMIT and QUOTE, not allowed for MARKET."""

    order_type: Annotated[PositionOrderType, Field(alias="orderType")]
    """How to open."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True to make the stop guaranteed (a stop must then be given)."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level; not together with `stopDistance`."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the deal level; not together with `stopLevel`."""

    force_open: Annotated[bool, Field(alias="forceOpen")]
    """True to open a new position even where one in the opposite direction exists; false lets IG net the deal against it."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the deal level; not together with `limitLevel`."""

    quote_id: Annotated[str | None, Field(alias="quoteId")] = None
    """Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise."""

    currency_code: Annotated[str, Field(alias="currencyCode", pattern="^[A-Z]{3}$")]
    """ISO code of the deal's currency, one of those the instrument offers."""


class CreateOTCPositionV2Request(IGRequestModel):
    """A new OTC position."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this deal, to find its confirmation later; the SDK makes one if left out."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market to deal on."""

    expiry: Annotated[str, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")]
    """Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """BUY to go long, SELL to go short."""

    size: Decimal
    """Size of the deal, at most 12 decimal places."""

    level: Decimal | None = None
    """Worst acceptable price; needed for LIMIT and QUOTE, not allowed for MARKET."""

    order_type: Annotated[PositionOrderType, Field(alias="orderType")]
    """How to open."""

    time_in_force: Annotated[PositionTimeInForce | None, Field(alias="timeInForce")] = None
    """What to do when the whole size cannot be filled; IG assumes FILL_OR_KILL when left out."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True to make the stop guaranteed (a stop must then be given, and it cannot trail)."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level; not together with `stopDistance`, nor with a trailing stop."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the deal level; not together with `stopLevel`. Needed for a trailing stop."""

    trailing_stop: Annotated[bool | None, Field(alias="trailingStop")] = None
    """True to make the stop follow the market as it moves in the position's favour."""

    trailing_stop_increment: Annotated[Decimal | None, Field(alias="trailingStopIncrement")] = None
    """Step, in points, by which a trailing stop moves; only when `trailingStop` is true."""

    force_open: Annotated[bool, Field(alias="forceOpen")]
    """True to open a new position even where one in the opposite direction exists; false lets IG net the deal against it. Must be true when a stop or limit is attached."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the deal level; not together with `limitLevel`."""

    quote_id: Annotated[str | None, Field(alias="quoteId")] = None
    """Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise."""

    currency_code: Annotated[str, Field(alias="currencyCode", pattern="^[A-Z]{3}$")]
    """ISO code of the deal's currency, one of those the instrument offers."""


class UpdateOTCPositionV1Request(IGRequestModel):
    """New stop and limit for an open position (VERSION 1); null removes one."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """New stop level; null removes the stop."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """New limit level; null removes the limit."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True to make the stop guaranteed; then `stopLevel` must be given."""


class UpdateOTCPositionV2Request(IGRequestModel):
    """New stop, limit and trailing settings for an open position; null removes a stop or limit."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """New stop level; null removes the stop. Needed with a trailing or guaranteed stop."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """New limit level; null removes the limit."""

    trailing_stop: Annotated[bool | None, Field(alias="trailingStop")] = None
    """True to make the stop trail the market, false for a fixed stop."""

    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance a trailing stop keeps from the market; only when `trailingStop` is true."""

    trailing_stop_increment: Annotated[Decimal | None, Field(alias="trailingStopIncrement")] = None
    """Step by which a trailing stop moves; only when `trailingStop` is true."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True to make the stop guaranteed; needs `stopLevel` and cannot be combined with a trailing stop."""


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


class SprintMarketExpiryPeriod(StrEnum):
    """How long after opening a sprint market position settles."""

    FIVE_MINUTES = "FIVE_MINUTES"
    ONE_MINUTE = "ONE_MINUTE"
    SIXTY_MINUTES = "SIXTY_MINUTES"
    TWENTY_MINUTES = "TWENTY_MINUTES"
    TWO_MINUTES = "TWO_MINUTES"


class CreateSprintMarketPositionV1Request(IGRequestModel):
    """A new sprint market bet."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this deal, to find its confirmation later; the SDK makes one if left out."""

    epic: str
    """Epic of the sprint market."""

    direction: Direction
    """BUY to bet the market ends higher, SELL to bet it ends lower."""

    size: Decimal
    """Stake of the bet."""

    expiry_period: Annotated[SprintMarketExpiryPeriod, Field(alias="expiryPeriod")]
    """How long until the bet settles."""


class UpdateOTCPositionV1Params(IGRequestModel):
    """Path and query parameters of updateOTCPositionV1."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the open position to amend."""


class UpdateOTCPositionV2Params(IGRequestModel):
    """Path and query parameters of updateOTCPositionV2."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the open position to amend."""


class GetPositionByDealIdV1Params(IGRequestModel):
    """Path and query parameters of getPositionByDealIdV1."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the open position."""


class GetPositionByDealIdV2Params(IGRequestModel):
    """Path and query parameters of getPositionByDealIdV2."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the open position."""


__all__ = [
    "CloseOTCPositionV1Request",
    "CreateOTCPositionV1Request",
    "CreateOTCPositionV2Request",
    "CreateSprintMarketPositionV1Request",
    "GetPositionByDealIdV1Params",
    "GetPositionByDealIdV2Params",
    "PositionOrderType",
    "PositionTimeInForce",
    "PositionV1Details",
    "PositionV1Entry",
    "PositionV2Details",
    "PositionV2Entry",
    "PositionsV1Response",
    "PositionsV2Response",
    "SprintMarketExpiryPeriod",
    "SprintMarketPosition",
    "SprintMarketPositionsResponse",
    "UpdateOTCPositionV1Params",
    "UpdateOTCPositionV1Request",
    "UpdateOTCPositionV2Params",
    "UpdateOTCPositionV2Request",
]
