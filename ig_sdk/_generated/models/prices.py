# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import InstrumentType, PageData
from ig_sdk._models import IGRequestModel, IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgColonDateTime,
    IgDateTime,
    IgSpaceDateTime,
    IgUtcDateTime,
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


class PricesV3Bar(IGResponseModel):
    """One bar of historical prices as version 3 returns it, with both local and UTC timestamps."""

    snapshot_time: Annotated[IgDateTime, Field(alias="snapshotTime")]
    """Start of the bar in the account's local time, written `yyyy/MM/dd HH:mm:ss`."""

    snapshot_time_utc: Annotated[IgUtcDateTime, Field(alias="snapshotTimeUTC")]
    """Start of the bar in UTC, written `yyyy-MM-ddTHH:mm:ss`."""

    open_price: Annotated[CandlePrice, Field(alias="openPrice")]
    """Prices at the start of the bar."""

    close_price: Annotated[CandlePrice, Field(alias="closePrice")]
    """Prices at the end of the bar."""

    high_price: Annotated[CandlePrice, Field(alias="highPrice")]
    """Highest prices reached during the bar."""

    low_price: Annotated[CandlePrice, Field(alias="lowPrice")]
    """Lowest prices reached during the bar."""

    last_traded_volume: Annotated[int, Field(alias="lastTradedVolume")]
    """Volume traded during the bar; for OTC markets usually a count of price ticks, or null."""


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

    prices: list[PriceBar]
    """The bars, oldest first."""

    instrument_type: Annotated[InstrumentType, Field(alias="instrumentType")]
    """Kind of instrument the epic belongs to."""

    allowance: PriceAllowance
    """How much of the historical price allowance is left after this download."""


class GetPricesV3Params(IGRequestModel):
    """Path and query parameters of getPricesV3."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: PriceResolution | None = None
    """Length of one bar. IG uses one-minute bars when this is left out."""

    from_: Annotated[IgDateTime | None, Field(alias="from")] = None
    """Start of the time window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss` in the account's local time."""

    to: IgDateTime | None = None
    """End of the time window, sent as `yyyy-MM-ddTHH:mm:ss` in the account's local time. Defaults to now when only `from` is given (unverified: IG does not state the default for this endpoint)."""

    max: Annotated[int | None, Field(ge=1)] = None
    """How many of the most recent bars to return when no date range is given; ignored with `from`/`to`."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=0)] = None
    """Bars per page; 0 disables paging so that every matching bar comes back at once."""

    page_number: Annotated[int | None, Field(alias="pageNumber", ge=1)] = None
    """Which page to return, counting from 1."""


class GetPricesByDateRangeV1Params(IGRequestModel):
    """Path and query parameters of getPricesByDateRangeV1."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: PriceResolution
    """Length of one bar, from SECOND up to MONTH."""

    startdate: IgColonDateTime
    """First bar's time (inclusive), sent as `yyyy:MM:dd-HH:mm:ss` in the account's local time."""

    enddate: IgColonDateTime
    """Last bar's time, sent as `yyyy:MM:dd-HH:mm:ss`; must be after `startdate`."""


class GetPricesByNumberOfPointsV1Params(IGRequestModel):
    """Path and query parameters of getPricesByNumberOfPointsV1."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: NumPointsResolution
    """Length of one bar, from MINUTE up to MONTH (no SECOND bars on this endpoint)."""

    num_points: Annotated[int, Field(alias="numPoints", ge=1)]
    """How many of the most recent bars to return; each one counts against the allowance."""


class GetPricesByNumberOfPointsV2Params(IGRequestModel):
    """Path and query parameters of getPricesByNumberOfPointsV2."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: NumPointsResolution
    """Length of one bar, from MINUTE up to MONTH (no SECOND bars on this endpoint)."""

    num_points: Annotated[int, Field(alias="numPoints", ge=1)]
    """How many of the most recent bars to return; each one counts against the allowance."""


class GetPricesByDateRangeV2Params(IGRequestModel):
    """Path and query parameters of getPricesByDateRangeV2."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: PriceResolution
    """Length of one bar, from SECOND up to MONTH."""

    start_date: Annotated[IgSpaceDateTime, Field(alias="startDate")]
    """First bar's time (inclusive), sent as `yyyy-MM-dd HH:mm:ss` in the account's local time."""

    end_date: Annotated[IgSpaceDateTime, Field(alias="endDate")]
    """Last bar's time, sent as `yyyy-MM-dd HH:mm:ss`; must be after `startDate`."""


class PricesV3Metadata(IGResponseModel):
    """Bookkeeping that comes with a version 3 price download."""

    allowance: PriceAllowance
    """How much of the historical price allowance is left after this download."""

    size: int
    """Number of bars in this answer."""

    page_data: Annotated[PageData, Field(alias="pageData")]
    """Where this page sits among all the pages of the download."""


class PricesV3Response(IGResponseModel):
    """A page of historical price bars (version 3)."""

    prices: list[PricesV3Bar]
    """The bars, oldest first."""

    instrument_type: Annotated[InstrumentType, Field(alias="instrumentType")]
    """Kind of instrument the epic belongs to."""

    metadata: PricesV3Metadata
    """Allowance and paging details of the download."""


__all__ = [
    "CandlePrice",
    "GetPricesByDateRangeV1Params",
    "GetPricesByDateRangeV2Params",
    "GetPricesByNumberOfPointsV1Params",
    "GetPricesByNumberOfPointsV2Params",
    "GetPricesV3Params",
    "NumPointsResolution",
    "PriceAllowance",
    "PriceBar",
    "PriceResolution",
    "PricesResponse",
    "PricesV3Bar",
    "PricesV3Metadata",
    "PricesV3Response",
]
