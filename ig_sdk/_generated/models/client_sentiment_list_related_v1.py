# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class GetRelatedClientSentimentV1Params(IGRequestModel):
    """Path and query parameters of getRelatedClientSentimentV1."""

    market_id: Annotated[str, Field(alias="marketId", min_length=1)]
    """Market id whose related markets are wanted."""


__all__ = [
    "GetRelatedClientSentimentV1Params",
]
