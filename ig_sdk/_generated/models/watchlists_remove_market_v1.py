# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class DeleteWatchlistMarketV1Params(IGRequestModel):
    """Path and query parameters of deleteWatchlistMarketV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist to remove the market from."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """The epic of the market to remove."""


__all__ = [
    "DeleteWatchlistMarketV1Params",
]
