# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class GetDataByIdV1Params(IGRequestModel):
    """Path and query parameters of getDataByIdV1."""

    id: Annotated[str, Field(min_length=1)]
    """Identifier of the item to fetch (unverified: IG documents no format)."""


__all__ = [
    "GetDataByIdV1Params",
]
