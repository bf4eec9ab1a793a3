# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class GetClientSentimentListV1Params(IGRequestModel):
    """Path and query parameters of getClientSentimentListV1."""

    market_ids: Annotated[list[str], Field(alias="marketIds", min_length=1)]
    """Market ids to look up, at least one; sent as one comma-separated value, as IG expects (unverified: IG does not document whether the parameter may be left out)."""


__all__ = [
    "GetClientSentimentListV1Params",
]
