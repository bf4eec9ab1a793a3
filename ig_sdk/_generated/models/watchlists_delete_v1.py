# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class DeleteWatchlistV1Params(IGRequestModel):
    """Path and query parameters of deleteWatchlistV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist, as listed by `watchlists.list`."""


__all__ = [
    "DeleteWatchlistV1Params",
]
