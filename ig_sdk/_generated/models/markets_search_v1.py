# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import MarketSummary
from ig_sdk._models import IGRequestModel, IGResponseModel


class MarketSearchV1Response(IGResponseModel):
    """Markets matching a search term."""

    markets: list[MarketSummary]
    """The matching markets with their latest prices."""


class GetMarketDetailsBySearchTermV1Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsBySearchTermV1."""

    search_term: Annotated[str | None, Field(alias="searchTerm")] = None
    """Text to look for in market names and epics, for example `EURUSD` or `FTSE`."""


__all__ = [
    "GetMarketDetailsBySearchTermV1Params",
    "MarketSearchV1Response",
]
