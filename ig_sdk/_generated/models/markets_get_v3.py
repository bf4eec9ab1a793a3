# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class GetMarketDetailsV3Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsV3."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market."""


__all__ = [
    "GetMarketDetailsV3Params",
]
