# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel, IGResponseModel


class MarketSentiment(IGResponseModel):
    """How IG clients with open positions in one market are split between long and short."""

    market_id: Annotated[str, Field(alias="marketId")]
    """Market id the figures belong to."""

    long_position_percentage: Annotated[Decimal, Field(alias="longPositionPercentage")]
    """Percentage of client positions in this market that are long (buy)."""

    short_position_percentage: Annotated[Decimal, Field(alias="shortPositionPercentage")]
    """Percentage of client positions in this market that are short (sell)."""


class ClientSentimentListResponse(IGResponseModel):
    """Client sentiment for a set of markets."""

    client_sentiments: Annotated[list[MarketSentiment], Field(alias="clientSentiments")]
    """One entry per market."""


class GetClientSentimentListV1Params(IGRequestModel):
    """Path and query parameters of getClientSentimentListV1."""

    market_ids: Annotated[list[str], Field(alias="marketIds", min_length=1)]
    """Market ids to look up, at least one; sent as one comma-separated value, as IG expects (unverified: IG does not document whether the parameter may be left out)."""


class GetRelatedClientSentimentV1Params(IGRequestModel):
    """Path and query parameters of getRelatedClientSentimentV1."""

    market_id: Annotated[str, Field(alias="marketId", min_length=1)]
    """Market id whose related markets are wanted."""


class GetClientSentimentV1Params(IGRequestModel):
    """Path and query parameters of getClientSentimentV1."""

    market_id: Annotated[str, Field(alias="marketId", min_length=1)]
    """Market id to look up."""


__all__ = [
    "ClientSentimentListResponse",
    "GetClientSentimentListV1Params",
    "GetClientSentimentV1Params",
    "GetRelatedClientSentimentV1Params",
    "MarketSentiment",
]
