# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import MarketSummary
from ig_sdk._models import IGRequestModel, IGResponseModel


class WatchlistMarketsV1Response(IGResponseModel):
    """The markets of one watchlist, each with a price snapshot."""

    markets: list[MarketSummary]
    """One entry per market in the watchlist."""


class GetWatchlistByWatchlistIdV1Params(IGRequestModel):
    """Path and query parameters of getWatchlistByWatchlistIdV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist, as listed by `watchlists.list`. IG's predefined lists may use their name as identifier, spaces included (unverified)."""


__all__ = [
    "GetWatchlistByWatchlistIdV1Params",
    "WatchlistMarketsV1Response",
]
