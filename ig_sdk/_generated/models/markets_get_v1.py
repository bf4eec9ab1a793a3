# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import InstrumentType
from ig_sdk._generated.models.markets import (
    DealingRule,
    DealSizeUnit,
    ExpiryDetails,
    MarginDepositBand,
    MarketCurrency,
    MarketOrderPreference,
    MarketSnapshot,
    OpeningHours,
    RolloverDetails,
    SlippageFactor,
)
from ig_sdk._models import IGRequestModel, IGResponseModel


class MarketDetailsV1Instrument(IGResponseModel):
    """Facts about an instrument as version 1 of the market details call reports them."""

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
    """Currencies the instrument can be dealt in, with their names."""

    sprint_markets_minimum_expiry_time: Annotated[
        int | None, Field(alias="sprintMarketsMinimumExpiryTime")
    ] = None
    """Sprint markets only: shortest expiry allowed for a sprint trade (unverified: the unit is not documented, believed to be seconds)."""

    sprint_markets_maximum_expiry_time: Annotated[
        int | None, Field(alias="sprintMarketsMaximumExpiryTime")
    ] = None
    """Sprint markets only: longest expiry allowed for a sprint trade (unverified: the unit is not documented, believed to be seconds)."""

    margin_deposit_bands: Annotated[list[MarginDepositBand] | None, Field(alias="marginDepositBands")] = None
    """Tiers of the margin requirement by position size (whole-number bounds, no currency)."""

    margin: Decimal | None = None
    """Margin normally required, as a percentage of the deal value."""

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


class MarketDetailsV1DealingRules(IGResponseModel):
    """Dealing rules as version 1 of the market details call reports them (no trailing-stop preference)."""

    min_step_distance: Annotated[DealingRule | None, Field(alias="minStepDistance")] = None
    """Smallest step by which a trailing stop may move."""

    min_deal_size: Annotated[DealingRule | None, Field(alias="minDealSize")] = None
    """Smallest deal size accepted."""

    min_controlled_risk_stop_distance: Annotated[
        DealingRule | None, Field(alias="minControlledRiskStopDistance")
    ] = None
    """Smallest distance from the price at which a guaranteed stop may be placed."""

    min_normal_stop_or_limit_distance: Annotated[
        DealingRule | None, Field(alias="minNormalStopOrLimitDistance")
    ] = None
    """Smallest distance from the price at which an ordinary stop or a limit may be placed."""

    max_stop_or_limit_distance: Annotated[DealingRule | None, Field(alias="maxStopOrLimitDistance")] = None
    """Largest distance from the price at which a stop or limit may be placed."""

    controlled_risk_spacing: Annotated[DealingRule | None, Field(alias="controlledRiskSpacing")] = None
    """Minimum spacing IG requires around guaranteed stops."""

    market_order_preference: Annotated[MarketOrderPreference | None, Field(alias="marketOrderPreference")] = (
        None
    )
    """Whether market orders may be used to open or close positions, and if they are the default."""


class MarketDetailsV1Response(IGResponseModel):
    """Details of one market, version 1."""

    instrument: MarketDetailsV1Instrument | None = None
    """Facts about the instrument."""

    dealing_rules: Annotated[MarketDetailsV1DealingRules | None, Field(alias="dealingRules")] = None
    """Limits and preferences for dealing."""

    snapshot: MarketSnapshot | None = None
    """Latest prices and market state."""


class GetMarketDetailsV1Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsV1."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market."""


__all__ = [
    "GetMarketDetailsV1Params",
    "MarketDetailsV1DealingRules",
    "MarketDetailsV1Instrument",
    "MarketDetailsV1Response",
]
