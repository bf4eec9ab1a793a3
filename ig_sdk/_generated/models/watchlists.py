# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import MarketSummary
from ig_sdk._models import IGRequestModel, IGResponseModel, StrEnum


class Watchlist(IGResponseModel):
    """A watchlist's identity and what the client may do with it."""

    id: str | None = None
    """The identifier to use in the watchlist calls."""

    name: str | None = None
    """The watchlist's display name."""

    editable: bool | None = None
    """True when markets may be added to or removed from it."""

    deleteable: bool | None = None
    """True when the client may delete it."""

    default_system_watchlist: Annotated[bool | None, Field(alias="defaultSystemWatchlist")] = None
    """True for lists IG predefines rather than ones the client made."""


class WatchlistsV1Response(IGResponseModel):
    """The watchlists of the active account."""

    watchlists: list[Watchlist] | None = None
    """One entry per watchlist."""


class CreateWatchlistV1Request(IGRequestModel):
    """Name and optional initial markets of a new watchlist."""

    name: Annotated[
        str,
        Field(
            pattern="^[a-zA-Z0-9\\u3000-\\u303f\\u3040-\\u309f\\u30a0-\\u30ff\\uff00-\\uff9f\\u4e00-\\u9faf\\u3400-\\u4dbf\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff. _]+$"
        ),
    ]
    """The new watchlist's name: Latin letters (accented ones too), Japanese and Chinese characters, digits, spaces, dots and underscores."""

    epics: list[str] | None = None
    """Epics of the markets to put in the watchlist straight away."""


class CreateWatchlistStatus(StrEnum):
    """Whether the new watchlist received every requested market or only some of them."""

    SUCCESS = "SUCCESS"
    SUCCESS_NOT_ALL_INSTRUMENTS_ADDED = "SUCCESS_NOT_ALL_INSTRUMENTS_ADDED"


class CreateWatchlistV1Response(IGResponseModel):
    """The identifier of the new watchlist and how complete it is."""

    watchlist_id: Annotated[str, Field(alias="watchlistId")]
    """Identifier IG gave the new watchlist."""

    status: CreateWatchlistStatus | None = None
    """Whether every requested market was added."""


class WatchlistMarketsV1Response(IGResponseModel):
    """The markets of one watchlist, each with a price snapshot."""

    markets: list[MarketSummary]
    """One entry per market in the watchlist."""


class UpdateWatchlistMarketV1Request(IGRequestModel):
    """The market to add to the watchlist."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """The epic of the market to add."""


class DeleteWatchlistV1Params(IGRequestModel):
    """Path and query parameters of deleteWatchlistV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist, as listed by `watchlists.list`."""


class GetWatchlistByWatchlistIdV1Params(IGRequestModel):
    """Path and query parameters of getWatchlistByWatchlistIdV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist, as listed by `watchlists.list`. IG's predefined lists may use their name as identifier, spaces included (unverified)."""


class UpdateWatchlistMarketV1Params(IGRequestModel):
    """Path and query parameters of updateWatchlistMarketV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist to add the market to."""


class DeleteWatchlistMarketV1Params(IGRequestModel):
    """Path and query parameters of deleteWatchlistMarketV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist to remove the market from."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """The epic of the market to remove."""


__all__ = [
    "CreateWatchlistStatus",
    "CreateWatchlistV1Request",
    "CreateWatchlistV1Response",
    "DeleteWatchlistMarketV1Params",
    "DeleteWatchlistV1Params",
    "GetWatchlistByWatchlistIdV1Params",
    "UpdateWatchlistMarketV1Params",
    "UpdateWatchlistMarketV1Request",
    "Watchlist",
    "WatchlistMarketsV1Response",
    "WatchlistsV1Response",
]
