# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import InstrumentType, MarketStatus
from ig_sdk._models import IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgTime,
    IgUtcDateTime,
)


class DealSizeUnit(StrEnum):
    """Unit in which deal sizes for an instrument are expressed."""

    AMOUNT = "AMOUNT"
    CONTRACTS = "CONTRACTS"
    SHARES = "SHARES"


class PointsOrPercentage(StrEnum):
    """Whether a dealing-rule or margin value is a number of points (price units) or a percentage (of the price, or of the deal value for margins)."""

    PERCENTAGE = "PERCENTAGE"
    POINTS = "POINTS"


class DealingRule(IGResponseModel):
    """One dealing-rule value together with its unit."""

    unit: PointsOrPercentage
    """Whether `value` is in points or in percent."""

    value: Decimal
    """The value of the rule."""


class MarketCurrency(IGResponseModel):
    """A currency in which the instrument can be dealt."""

    code: str
    """ISO code of the currency, the one to send when dealing (for example `GBP`)."""

    name: str | None = None
    """Name of the currency (sent by market details version 1 only)."""

    symbol: str | None = None
    """Symbol for display, such as `£` or `$`."""

    base_exchange_rate: Annotated[Decimal, Field(alias="baseExchangeRate")]
    """Exchange rate of this currency against the instrument's base currency."""

    exchange_rate: Annotated[Decimal, Field(alias="exchangeRate")]
    """Exchange rate applied when converting into the account currency."""

    is_default: Annotated[bool, Field(alias="isDefault")]
    """True for the currency IG proposes by default for this instrument."""


class MarginDepositBand(IGResponseModel):
    """One tier of the margin requirement: positions whose size falls between `min` and `max` are margined at `margin` percent."""

    min: Decimal
    """Lower bound of the band, in deal size."""

    max: Decimal | None = None
    """Upper bound of the band, in deal size; absent for the open-ended last band."""

    margin: Decimal
    """Margin required within this band, in percent."""

    currency: str | None = None
    """Currency the band applies to (not sent by market details version 1)."""


class SlippageFactor(IGResponseModel):
    """How much slippage IG may apply to stops on this instrument."""

    unit: str
    """Unit of `value`; IG documents it as free text on most pages and as PERCENTAGE or POINTS on the multi-market version 2 page, so any string is accepted (`pct` is seen in practice, unverified)."""

    value: Decimal
    """Size of the slippage allowance, in the unit given by `unit`."""


class MarketTime(IGResponseModel):
    """One trading session of a day, in the account's time zone."""

    open_time: Annotated[IgTime, Field(alias="openTime")]
    """Time of day the session opens (`HH:mm`)."""

    close_time: Annotated[IgTime, Field(alias="closeTime")]
    """Time of day the session closes (`HH:mm`)."""


class OpeningHours(IGResponseModel):
    """Trading sessions of the market."""

    market_times: Annotated[list[MarketTime], Field(alias="marketTimes")]
    """The sessions of a trading day, in order."""


class ExpiryDetails(IGResponseModel):
    """When a dated instrument stops dealing and how it settles."""

    last_dealing_date: Annotated[IgUtcDateTime, Field(alias="lastDealingDate")]
    """Last moment the instrument can be dealt, in UTC (GMT per IG)."""

    settlement_info: Annotated[str, Field(alias="settlementInfo")]
    """IG's text on how the instrument settles at expiry."""


class RolloverDetails(IGResponseModel):
    """When and how positions on a dated instrument can be rolled to the next period."""

    last_rollover_time: Annotated[IgUtcDateTime | None, Field(alias="lastRolloverTime")] = None
    """Last moment a rollover can be requested, in UTC (GMT per IG)."""

    rollover_info: Annotated[str | None, Field(alias="rolloverInfo")] = None
    """IG's text on the rollover terms."""


class MarketOrderPreference(StrEnum):
    """Whether market orders may be used to open or close positions on this instrument, and whether they are the default. It does not apply to amending positions or to working orders."""

    AVAILABLE_DEFAULT_OFF = "AVAILABLE_DEFAULT_OFF"
    AVAILABLE_DEFAULT_ON = "AVAILABLE_DEFAULT_ON"
    NOT_AVAILABLE = "NOT_AVAILABLE"


class TrailingStopsPreference(StrEnum):
    """Whether the account may use trailing stops on this instrument."""

    AVAILABLE = "AVAILABLE"
    NOT_AVAILABLE = "NOT_AVAILABLE"


class MarketInstrument(IGResponseModel):
    """Facts about an instrument needed to deal it (versions 3 and the multi-market calls). With `filter=SNAPSHOT_ONLY` only `epic` and `type` are filled."""

    epic: str
    """Epic (IG's instrument identifier)."""

    expiry: str | None = None
    """Expiry label: `DFB` for daily funded bets, `-` for undated markets, or a month such as `DEC-24`."""

    name: str | None = None
    """Human-readable name of the instrument."""

    force_open_allowed: Annotated[bool, Field(alias="forceOpenAllowed")]
    """True when a deal may open a new position instead of netting against an opposite one."""

    stops_limits_allowed: Annotated[bool, Field(alias="stopsLimitsAllowed")]
    """True when stops and limits may be attached to deals."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Size of one lot."""

    unit: DealSizeUnit | None = None
    """Unit of deal sizes."""

    type: InstrumentType
    """Asset class of the instrument."""

    controlled_risk_allowed: Annotated[bool, Field(alias="controlledRiskAllowed")]
    """True when guaranteed (controlled-risk) stops are offered."""

    streaming_prices_available: Annotated[bool, Field(alias="streamingPricesAvailable")]
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

    limited_risk_premium: Annotated[DealingRule | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged when a guaranteed stop is attached to a deal."""


class MarketDealingRules(IGResponseModel):
    """Limits and preferences that apply when dealing the instrument."""

    min_step_distance: Annotated[DealingRule, Field(alias="minStepDistance")]
    """Smallest step by which a trailing stop may move."""

    min_deal_size: Annotated[DealingRule, Field(alias="minDealSize")]
    """Smallest deal size accepted."""

    min_controlled_risk_stop_distance: Annotated[DealingRule, Field(alias="minControlledRiskStopDistance")]
    """Smallest distance from the price at which a guaranteed stop may be placed."""

    min_normal_stop_or_limit_distance: Annotated[DealingRule, Field(alias="minNormalStopOrLimitDistance")]
    """Smallest distance from the price at which an ordinary stop or a limit may be placed."""

    max_stop_or_limit_distance: Annotated[DealingRule, Field(alias="maxStopOrLimitDistance")]
    """Largest distance from the price at which a stop or limit may be placed."""

    controlled_risk_spacing: Annotated[DealingRule | None, Field(alias="controlledRiskSpacing")] = None
    """Minimum spacing IG requires around guaranteed stops."""

    market_order_preference: Annotated[MarketOrderPreference | None, Field(alias="marketOrderPreference")] = (
        None
    )
    """Whether market orders may be used to open or close positions, and if they are the default."""

    trailing_stops_preference: Annotated[TrailingStopsPreference, Field(alias="trailingStopsPreference")]
    """Whether trailing stops may be used."""


class MarketSnapshot(IGResponseModel):
    """Latest prices and state of the market when the answer was made."""

    market_status: Annotated[MarketStatus, Field(alias="marketStatus")]
    """Current dealing state of the market."""

    net_change: Annotated[Decimal | None, Field(alias="netChange")] = None
    """Price change since the previous close, in price units."""

    percentage_change: Annotated[Decimal | None, Field(alias="percentageChange")] = None
    """Price change since the previous close, in percent."""

    update_time: Annotated[IgTime, Field(alias="updateTime")]
    """Time of day of the last price update (`HH:mm:ss`, account's time zone)."""

    delay_time: Annotated[int, Field(alias="delayTime")]
    """How many minutes the prices lag behind the market; 0 for live prices."""

    bid: Decimal | None = None
    """Latest bid (sell) price."""

    offer: Decimal | None = None
    """Latest offer (buy) price."""

    high: Decimal | None = None
    """Highest price reached today."""

    low: Decimal | None = None
    """Lowest price reached today."""

    binary_odds: Annotated[Decimal | None, Field(alias="binaryOdds")] = None
    """Odds of a binary market; absent for other markets."""

    decimal_places_factor: Annotated[int, Field(alias="decimalPlacesFactor")]
    """Number of decimal places the market's levels are quoted with."""

    scaling_factor: Annotated[int, Field(alias="scalingFactor")]
    """Factor that turns the quoted levels into pip values."""

    controlled_risk_extra_spread: Annotated[Decimal | None, Field(alias="controlledRiskExtraSpread")] = None
    """Extra points added on each side of the price when a deal carries a guaranteed stop."""


class MarketDetail(IGResponseModel):
    """Everything needed to deal one market: instrument facts, dealing rules and a price snapshot. The answer of markets.get (version 3) and one entry of markets.get_many."""

    instrument: MarketInstrument
    """Facts about the instrument."""

    dealing_rules: Annotated[MarketDealingRules | None, Field(alias="dealingRules")] = None
    """Limits and preferences for dealing; absent with `filter=SNAPSHOT_ONLY`."""

    snapshot: MarketSnapshot
    """Latest prices and market state."""


class MarketDetailsListResponse(IGResponseModel):
    """Details of several markets (markets.get_many, versions 1 and 2)."""

    market_details: Annotated[list[MarketDetail], Field(alias="marketDetails")]
    """One entry per epic asked for."""


__all__ = [
    "DealSizeUnit",
    "DealingRule",
    "ExpiryDetails",
    "MarginDepositBand",
    "MarketCurrency",
    "MarketDealingRules",
    "MarketDetail",
    "MarketDetailsListResponse",
    "MarketInstrument",
    "MarketOrderPreference",
    "MarketSnapshot",
    "MarketTime",
    "OpeningHours",
    "PointsOrPercentage",
    "RolloverDetails",
    "SlippageFactor",
    "TrailingStopsPreference",
]
