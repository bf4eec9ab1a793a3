# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGResponseModel


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


__all__ = [
    "ClientSentimentListResponse",
    "MarketSentiment",
]
