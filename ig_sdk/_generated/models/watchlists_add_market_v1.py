# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class UpdateWatchlistMarketV1Request(IGRequestModel):
    """The market to add to the watchlist."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """The epic of the market to add."""


class UpdateWatchlistMarketV1Params(IGRequestModel):
    """Path and query parameters of updateWatchlistMarketV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist to add the market to."""


__all__ = [
    "UpdateWatchlistMarketV1Params",
    "UpdateWatchlistMarketV1Request",
]
