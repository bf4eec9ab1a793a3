# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import InstrumentType, PageData
from ig_sdk._generated.models.prices import CandlePrice, PriceAllowance, PriceResolution
from ig_sdk._models import IGRequestModel, IGResponseModel
from ig_sdk._rows import Rows
from ig_sdk._timestamps import (
    IgDateTime,
    IgUtcDateTime,
)


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

    prices: Rows[PricesV3Bar]
    """The bars, oldest first. All of them are checked when the answer arrives; each becomes its model the first time it is read."""

    instrument_type: Annotated[InstrumentType, Field(alias="instrumentType")]
    """Kind of instrument the epic belongs to."""

    metadata: PricesV3Metadata
    """Allowance and paging details of the download."""


__all__ = [
    "GetPricesV3Params",
    "PricesV3Bar",
    "PricesV3Metadata",
    "PricesV3Response",
]
