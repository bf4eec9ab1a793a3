# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class GetPositionByDealIdV1Params(IGRequestModel):
    """Path and query parameters of getPositionByDealIdV1."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the open position."""


__all__ = [
    "GetPositionByDealIdV1Params",
]
