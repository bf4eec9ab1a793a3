# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import InstrumentType, MarketStatus
from ig_sdk._generated.models.markets import (
    DealingRule,
    DealSizeUnit,
    MarketCurrency,
    TrailingStopsPreference,
)
from ig_sdk._models import IGRequestModel, IGResponseModel


class MarketDetailsV4Instrument(IGResponseModel):
    """Facts about an instrument as version 4 of the market details call reports them."""

    epic: str | None = None
    """Epic (IG's instrument identifier)."""

    expiry: str | None = None
    """Expiry label: `DFB` for daily funded bets, `-` for undated markets, or a month such as `DEC-24`."""

    name: str | None = None
    """Human-readable name of the instrument."""

    type: InstrumentType | None = None
    """Asset class of the instrument."""

    unit: DealSizeUnit | None = None
    """Unit of deal sizes."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Size of one lot."""

    market_id: Annotated[str | None, Field(alias="marketId")] = None
    """Market id, the key for client sentiment."""

    currencies: list[MarketCurrency] | None = None
    """Currencies the instrument can be dealt in."""

    limited_risk_premium: Annotated[DealingRule | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged when a guaranteed stop is attached to a deal."""

    limit_allowed: Annotated[bool | None, Field(alias="limitAllowed")] = None
    """True when a limit may be attached to deals."""

    stop_allowed: Annotated[bool | None, Field(alias="stopAllowed")] = None
    """True when a stop may be attached to deals."""

    streaming_prices_available: Annotated[bool | None, Field(alias="streamingPricesAvailable")] = None
    """True when prices can be streamed: the market is open and the account has the permissions needed."""

    chart_code: Annotated[str | None, Field(alias="chartCode")] = None
    """Code IG's charts use for the instrument."""

    news_code: Annotated[str | None, Field(alias="newsCode")] = None
    """Reuters code for news on the instrument."""

    country: str | None = None
    """Country of the underlying, where it has one."""

    contract_size: Annotated[str | None, Field(alias="contractSize")] = None
    """Size of one contract, as display text."""

    value_of_one_pip: Annotated[str | None, Field(alias="valueOfOnePip")] = None
    """Money value of one pip, as display text."""


class MarketDetailsV4DealingRules(IGResponseModel):
    """Dealing rules as version 4 reports them (IG lists no market order preference here)."""

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

    trailing_stops_preference: Annotated[
        TrailingStopsPreference | None, Field(alias="trailingStopsPreference")
    ] = None
    """Whether trailing stops may be used."""


class PriceLadderRung(IGResponseModel):
    """One level of the tiered price ladder; IG sends the prices as strings."""

    bid: str | None = None
    """Bid price of this rung, as IG formats it."""

    ask: str | None = None
    """Ask (offer) price of this rung, as IG formats it."""


class CurrencyLadder(IGResponseModel):
    """Deal sizes at which each rung of the price ladder applies, for one currency."""

    currency: str | None = None
    """ISO code of the currency the sizes are in."""

    bid_sizes: Annotated[list[Decimal] | None, Field(alias="bidSizes")] = None
    """Size thresholds of the bid rungs, in ladder order."""

    ask_sizes: Annotated[list[Decimal] | None, Field(alias="askSizes")] = None
    """Size thresholds of the ask rungs, in ladder order."""


class MarketDetailsV4Snapshot(IGResponseModel):
    """Market state with a tiered price ladder instead of a single bid and offer (unverified: taken from a copy of IG's page, not from a live answer)."""

    market_status: Annotated[MarketStatus | None, Field(alias="marketStatus")] = None
    """Current dealing state of the market."""

    net_change: Annotated[Decimal | None, Field(alias="netChange")] = None
    """Price change since the previous close, in price units."""

    percentage_change: Annotated[Decimal | None, Field(alias="percentageChange")] = None
    """Price change since the previous close, in percent."""

    high: Decimal | None = None
    """Highest price reached today."""

    low: Decimal | None = None
    """Lowest price reached today."""

    delay_time: Annotated[int | None, Field(alias="delayTime")] = None
    """How many minutes the prices lag behind the market; 0 for live prices."""

    decimal_places_factor: Annotated[int | None, Field(alias="decimalPlacesFactor")] = None
    """Number of decimal places the market's levels are quoted with."""

    scaling_factor: Annotated[int | None, Field(alias="scalingFactor")] = None
    """Factor that turns the quoted levels into pip values."""

    update_timestamp_utc: Annotated[Decimal | None, Field(alias="updateTimestampUTC")] = None
    """Moment of the last update as a number since the Unix epoch (unverified: IG's page says seconds, while IG's other epoch fields are milliseconds, so the raw number is kept)."""

    price_ladder: Annotated[list[PriceLadderRung] | None, Field(alias="priceLadder")] = None
    """Price rungs, best first (unverified: the order is not documented)."""

    currency_ladders: Annotated[list[CurrencyLadder] | None, Field(alias="currencyLadders")] = None
    """For each currency, the deal sizes at which the price rungs apply."""


class MarketDetailsV4Response(IGResponseModel):
    """Version 4 market details, with instrument facts, dealing rules and a size-tiered price ladder."""

    instrument: MarketDetailsV4Instrument | None = None
    """Facts about the instrument."""

    dealing_rules: Annotated[MarketDetailsV4DealingRules | None, Field(alias="dealingRules")] = None
    """Limits and preferences for dealing."""

    snapshot: MarketDetailsV4Snapshot | None = None
    """Market state and the price ladder."""


class GetMarketDetailsV4Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsV4."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market."""


__all__ = [
    "CurrencyLadder",
    "GetMarketDetailsV4Params",
    "MarketDetailsV4DealingRules",
    "MarketDetailsV4Instrument",
    "MarketDetailsV4Response",
    "MarketDetailsV4Snapshot",
    "PriceLadderRung",
]
