# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import InstrumentType
from ig_sdk._models import IGResponseModel, StrEnum
from ig_sdk._rows import Rows
from ig_sdk._timestamps import (
    IgDateTime,
)


class PriceResolution(StrEnum):
    """Length of time one price bar covers, from one second to one month. The number after an underscore is a multiple of the unit (MINUTE_5 is a five-minute bar)."""

    SECOND = "SECOND"
    MINUTE = "MINUTE"
    MINUTE_2 = "MINUTE_2"
    MINUTE_3 = "MINUTE_3"
    MINUTE_5 = "MINUTE_5"
    MINUTE_10 = "MINUTE_10"
    MINUTE_15 = "MINUTE_15"
    MINUTE_30 = "MINUTE_30"
    HOUR = "HOUR"
    HOUR_2 = "HOUR_2"
    HOUR_3 = "HOUR_3"
    HOUR_4 = "HOUR_4"
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


class NumPointsResolution(StrEnum):
    """Bar lengths accepted by the number-of-points downloads: the same values as PriceResolution except SECOND, which those endpoints refuse."""

    MINUTE = "MINUTE"
    MINUTE_2 = "MINUTE_2"
    MINUTE_3 = "MINUTE_3"
    MINUTE_5 = "MINUTE_5"
    MINUTE_10 = "MINUTE_10"
    MINUTE_15 = "MINUTE_15"
    MINUTE_30 = "MINUTE_30"
    HOUR = "HOUR"
    HOUR_2 = "HOUR_2"
    HOUR_3 = "HOUR_3"
    HOUR_4 = "HOUR_4"
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


class CandlePrice(IGResponseModel):
    """One price point of a bar (its open, close, high or low) seen from both sides of the market, plus the exchange's last trade where there is one."""

    bid: Decimal
    """Price at which the market would buy from you (you sell) at that point."""

    ask: Decimal
    """Price at which the market would sell to you (you buy) at that point."""

    last_traded: Annotated[Decimal | None, Field(alias="lastTraded")] = None
    """Last price traded on the underlying exchange; usually null because IG's OTC markets (CFDs, spread bets) have no exchange trades of their own."""


class PriceBar(IGResponseModel):
    """One bar of historical prices as versions 1 and 2 return it (local time only)."""

    snapshot_time: Annotated[IgDateTime | None, Field(alias="snapshotTime")] = None
    """Start of the bar in the account's local time, written `yyyy/MM/dd HH:mm:ss`."""

    open_price: Annotated[CandlePrice | None, Field(alias="openPrice")] = None
    """Prices at the start of the bar."""

    close_price: Annotated[CandlePrice | None, Field(alias="closePrice")] = None
    """Prices at the end of the bar."""

    high_price: Annotated[CandlePrice | None, Field(alias="highPrice")] = None
    """Highest prices reached during the bar."""

    low_price: Annotated[CandlePrice | None, Field(alias="lowPrice")] = None
    """Lowest prices reached during the bar."""

    last_traded_volume: Annotated[int | None, Field(alias="lastTradedVolume")] = None
    """Volume traded during the bar. For OTC markets IG reports a count of price ticks or 0 rather than exchange volume."""


class PriceAllowance(IGResponseModel):
    """State of the historical price allowance shared by an API key and account: every bar downloaded spends one point of it."""

    remaining_allowance: Annotated[int, Field(alias="remainingAllowance")]
    """Points that can still be downloaded before the current allowance period ends."""

    total_allowance: Annotated[int, Field(alias="totalAllowance")]
    """Points granted for a whole allowance period."""

    allowance_expiry: Annotated[int, Field(alias="allowanceExpiry")]
    """Seconds until the current period ends and the remaining allowance is topped up again."""


class PricesResponse(IGResponseModel):
    """Historical price bars as versions 1 and 2 of the price downloads return them (one shape for both): the whole result in one answer, with the allowance state at the top level."""

    prices: Rows[PriceBar]
    """The bars, oldest first. All of them are checked when the answer arrives; each becomes its model the first time it is read."""

    instrument_type: Annotated[InstrumentType, Field(alias="instrumentType")]
    """Kind of instrument the epic belongs to."""

    allowance: PriceAllowance
    """How much of the historical price allowance is left after this download."""


__all__ = [
    "CandlePrice",
    "NumPointsResolution",
    "PriceAllowance",
    "PriceBar",
    "PriceResolution",
    "PricesResponse",
]
