# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models.prices import PriceResolution
from ig_sdk._models import IGRequestModel
from ig_sdk._timestamps import (
    IgSpaceDateTime,
)


class GetPricesByDateRangeV2Params(IGRequestModel):
    """Path and query parameters of getPricesByDateRangeV2."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: PriceResolution
    """Length of one bar, from SECOND up to MONTH."""

    start_date: Annotated[IgSpaceDateTime, Field(alias="startDate")]
    """First bar's time (inclusive), sent as `yyyy-MM-dd HH:mm:ss` in the account's local time."""

    end_date: Annotated[IgSpaceDateTime, Field(alias="endDate")]
    """Last bar's time, sent as `yyyy-MM-dd HH:mm:ss`; must be after `startDate`."""


__all__ = [
    "GetPricesByDateRangeV2Params",
]
