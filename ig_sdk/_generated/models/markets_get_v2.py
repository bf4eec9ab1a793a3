# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import InstrumentType
from ig_sdk._generated.models.markets import (
    DealSizeUnit,
    ExpiryDetails,
    MarginDepositBand,
    MarketCurrency,
    MarketDealingRules,
    MarketSnapshot,
    OpeningHours,
    PointsOrPercentage,
    RolloverDetails,
    SlippageFactor,
)
from ig_sdk._models import IGRequestModel, IGResponseModel


class MarketDetailsV2Instrument(IGResponseModel):
    """Facts about an instrument as version 2 of the market details call reports them (as version 3, without the limited risk premium)."""

    epic: str | None = None
    """Epic (IG's instrument identifier)."""

    expiry: str | None = None
    """Expiry label: `DFB` for daily funded bets, `-` for undated markets, or a month such as `DEC-24`."""

    name: str | None = None
    """Human-readable name of the instrument."""

    force_open_allowed: Annotated[bool | None, Field(alias="forceOpenAllowed")] = None
    """True when a deal may open a new position instead of netting against an opposite one."""

    stops_limits_allowed: Annotated[bool | None, Field(alias="stopsLimitsAllowed")] = None
    """True when stops and limits may be attached to deals."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Size of one lot."""

    unit: DealSizeUnit | None = None
    """Unit of deal sizes."""

    type: InstrumentType | None = None
    """Asset class of the instrument."""

    controlled_risk_allowed: Annotated[bool | None, Field(alias="controlledRiskAllowed")] = None
    """True when guaranteed (controlled-risk) stops are offered."""

    streaming_prices_available: Annotated[bool | None, Field(alias="streamingPricesAvailable")] = None
    """True when prices can be streamed: the market is open and the account has the permissions needed."""

    market_id: Annotated[str | None, Field(alias="marketId")] = None
    """Market id, the key for client sentiment."""

    currencies: list[MarketCurrency] | None = None
    """Currencies the instrument can be dealt in."""

    sprint_markets_minimum_expiry_time: Annotated[
        int | None, Field(alias="sprintMarketsMinimumExpiryTime")
    ] = None
    """Sprint markets only: shortest expiry allowed for a sprint trade (unverified: the unit is not documented, believed to be seconds)."""

    sprint_markets_maximum_expiry_time: Annotated[
        int | None, Field(alias="sprintMarketsMaximumExpiryTime")
    ] = None
    """Sprint markets only: longest expiry allowed for a sprint trade (unverified: the unit is not documented, believed to be seconds)."""

    margin_deposit_bands: Annotated[list[MarginDepositBand] | None, Field(alias="marginDepositBands")] = None
    """Tiers of the margin requirement by position size."""

    margin_factor: Annotated[Decimal | None, Field(alias="marginFactor")] = None
    """Margin requirement, in the unit given by `marginFactorUnit`."""

    margin_factor_unit: Annotated[PointsOrPercentage | None, Field(alias="marginFactorUnit")] = None
    """Unit of `marginFactor`."""

    slippage_factor: Annotated[SlippageFactor | None, Field(alias="slippageFactor")] = None
    """Slippage IG may apply to stops."""

    opening_hours: Annotated[OpeningHours | None, Field(alias="openingHours")] = None
    """Trading sessions, in the account's time zone; absent for markets open around the clock."""

    expiry_details: Annotated[ExpiryDetails | None, Field(alias="expiryDetails")] = None
    """Last dealing date and settlement terms of a dated instrument."""

    rollover_details: Annotated[RolloverDetails | None, Field(alias="rolloverDetails")] = None
    """Rollover terms of a dated instrument."""

    news_code: Annotated[str | None, Field(alias="newsCode")] = None
    """Reuters code for news on the instrument."""

    chart_code: Annotated[str | None, Field(alias="chartCode")] = None
    """Code IG's charts use for the instrument."""

    country: str | None = None
    """Country of the underlying, where it has one."""

    value_of_one_pip: Annotated[str | None, Field(alias="valueOfOnePip")] = None
    """Money value of one pip, as display text."""

    one_pip_means: Annotated[str | None, Field(alias="onePipMeans")] = None
    """What one pip corresponds to in the quoted price, as display text."""

    contract_size: Annotated[str | None, Field(alias="contractSize")] = None
    """Size of one contract, as display text."""

    special_info: Annotated[list[str] | None, Field(alias="specialInfo")] = None
    """Notices IG shows for the instrument (margin changes, dealing restrictions and so on)."""


class MarketDetailsV2Response(IGResponseModel):
    """Details of one market, version 2."""

    instrument: MarketDetailsV2Instrument | None = None
    """Facts about the instrument."""

    dealing_rules: Annotated[MarketDealingRules | None, Field(alias="dealingRules")] = None
    """Limits and preferences for dealing."""

    snapshot: MarketSnapshot | None = None
    """Latest prices and market state."""


class GetMarketDetailsV2Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsV2."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market."""


__all__ = [
    "GetMarketDetailsV2Params",
    "MarketDetailsV2Instrument",
    "MarketDetailsV2Response",
]
