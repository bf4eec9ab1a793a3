# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgTime,
)


class AccountType(StrEnum):
    """Kind of IG account: a CFD account, a share-dealing (physical) account or a spread-betting account."""

    CFD = "CFD"
    PHYSICAL = "PHYSICAL"
    SPREADBET = "SPREADBET"


class Balance(IGResponseModel):
    """Money figures of one account, in the account's currency."""

    balance: Decimal
    """Cash on the account, before running profit or loss is counted."""

    deposit: Decimal
    """Margin currently held against open positions and working orders."""

    profit_loss: Annotated[Decimal, Field(alias="profitLoss")]
    """Running (unrealised) profit or loss of the open positions."""

    available: Decimal
    """Amount that can still be used to open new positions or withdrawn."""


class Direction(StrEnum):
    """Side of a deal, order or position."""

    BUY = "BUY"
    SELL = "SELL"


class InstrumentType(StrEnum):
    """Asset class IG files an instrument under. IG lists 23 values; the four KNOCKOUTS_* values come from IG's online reference and are missing from its older sample client."""

    BINARY = "BINARY"
    BUNGEE_CAPPED = "BUNGEE_CAPPED"
    BUNGEE_COMMODITIES = "BUNGEE_COMMODITIES"
    BUNGEE_CURRENCIES = "BUNGEE_CURRENCIES"
    BUNGEE_INDICES = "BUNGEE_INDICES"
    COMMODITIES = "COMMODITIES"
    CURRENCIES = "CURRENCIES"
    INDICES = "INDICES"
    KNOCKOUTS_COMMODITIES = "KNOCKOUTS_COMMODITIES"
    KNOCKOUTS_CURRENCIES = "KNOCKOUTS_CURRENCIES"
    KNOCKOUTS_INDICES = "KNOCKOUTS_INDICES"
    KNOCKOUTS_SHARES = "KNOCKOUTS_SHARES"
    OPT_COMMODITIES = "OPT_COMMODITIES"
    OPT_CURRENCIES = "OPT_CURRENCIES"
    OPT_INDICES = "OPT_INDICES"
    OPT_RATES = "OPT_RATES"
    OPT_SHARES = "OPT_SHARES"
    RATES = "RATES"
    SECTORS = "SECTORS"
    SHARES = "SHARES"
    SPRINT_MARKET = "SPRINT_MARKET"
    TEST_MARKET = "TEST_MARKET"
    UNKNOWN = "UNKNOWN"


class MarketStatus(StrEnum):
    """Whether and how a market can be dealt right now. TRADEABLE allows everything; EDITS_ONLY allows only amending existing deals; CLOSINGS_ONLY allows only closing positions; DEAL_NO_EDIT allows dealing but not amending; ON_AUCTION and ON_AUCTION_NO_EDITS cover the exchange auction phases; CLOSED, SUSPENDED and OFFLINE allow no dealing. CLOSINGS_ONLY and DEAL_NO_EDIT appear only on IG's newer reference pages (categories, market details version 4)."""

    CLOSED = "CLOSED"
    CLOSINGS_ONLY = "CLOSINGS_ONLY"
    DEAL_NO_EDIT = "DEAL_NO_EDIT"
    EDITS_ONLY = "EDITS_ONLY"
    OFFLINE = "OFFLINE"
    ON_AUCTION = "ON_AUCTION"
    ON_AUCTION_NO_EDITS = "ON_AUCTION_NO_EDITS"
    SUSPENDED = "SUSPENDED"
    TRADEABLE = "TRADEABLE"


class MarketSummary(IGResponseModel):
    """A short view of one market with its latest prices, as IG returns it in lists: search results, watchlists, market navigation leaves, category instruments and the market part of a position. Which fields are filled depends on the endpoint (for example `otcTradeable` comes only from market navigation and categories, `updateTimeUTC` not from categories)."""

    epic: str
    """Epic (IG's instrument identifier) of the market."""

    instrument_name: Annotated[str, Field(alias="instrumentName")]
    """Human-readable name of the instrument."""

    instrument_type: Annotated[InstrumentType, Field(alias="instrumentType")]
    """Asset class of the instrument."""

    expiry: str
    """Expiry label of the instrument: `DFB` for daily funded bets, `-` for undated markets, or a month such as `DEC-24` for dated ones."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Size of one lot, where the market is dealt in lots. IG's categories page prints this field as `InstrumentlotSize` (unverified: assumed to be sent as `lotSize` there too)."""

    market_status: Annotated[MarketStatus, Field(alias="marketStatus")]
    """Current dealing state of the market."""

    bid: Decimal | None = None
    """Latest bid (sell) price."""

    offer: Decimal | None = None
    """Latest offer (buy) price."""

    high: Decimal | None = None
    """Highest price reached today."""

    low: Decimal | None = None
    """Lowest price reached today."""

    net_change: Annotated[Decimal | None, Field(alias="netChange")] = None
    """Price change since the previous close, in price units."""

    percentage_change: Annotated[Decimal | None, Field(alias="percentageChange")] = None
    """Price change since the previous close, in percent."""

    update_time: Annotated[IgTime, Field(alias="updateTime")]
    """Time of day of the last price update, in the account's time zone (unverified: IG's navigation page calls it milliseconds since the epoch, but the field is a string and is seen as `HH:mm:ss`)."""

    update_time_utc: Annotated[IgTime | None, Field(alias="updateTimeUTC")] = None
    """Time of day of the last price update, in UTC (`HH:mm:ss`)."""

    delay_time: Annotated[int, Field(alias="delayTime")]
    """How many minutes the prices lag behind the market; 0 for live prices."""

    streaming_prices_available: Annotated[bool | None, Field(alias="streamingPricesAvailable")] = None
    """True when the market can be followed over the streaming API: it is open and the account has the permissions needed."""

    otc_tradeable: Annotated[bool | None, Field(alias="otcTradeable")] = None
    """True when the market can be dealt over the counter (sent by navigation and categories)."""

    scaling_factor: Annotated[int, Field(alias="scalingFactor")]
    """Factor that turns the quoted levels into pip values for this instrument."""


class SuccessStatus(StrEnum):
    """The outcome IG reports for an account-preference or watchlist change; only SUCCESS is documented and IG may add values later."""

    SUCCESS = "SUCCESS"


class StatusResponse(IGResponseModel):
    """An answer that only says whether the change went through."""

    status: SuccessStatus
    """The outcome of the change."""


class DealReferenceResponse(IGResponseModel):
    """IG's answer to every trading request: the reference under which the deal was queued. It says nothing about success; pass it to deals.get_confirmation to learn the outcome."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """Reference of the submitted deal, the one the request carried or one IG chose."""


class PageData(IGResponseModel):
    """Position of one page within a page-number-paged result."""

    page_size: Annotated[int, Field(alias="pageSize")]
    """Records per page as applied by IG."""

    page_number: Annotated[int, Field(alias="pageNumber")]
    """Number of this page, counting from 1."""

    total_pages: Annotated[int, Field(alias="totalPages")]
    """How many pages the whole result has; stop asking once pageNumber reaches it."""


__all__ = [
    "AccountType",
    "Balance",
    "DealReferenceResponse",
    "Direction",
    "InstrumentType",
    "MarketStatus",
    "MarketSummary",
    "PageData",
    "StatusResponse",
    "SuccessStatus",
]
