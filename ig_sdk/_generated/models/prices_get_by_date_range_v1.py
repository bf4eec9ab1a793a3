# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models.prices import PriceResolution
from ig_sdk._models import IGRequestModel
from ig_sdk._timestamps import (
    IgColonDateTime,
)


class GetPricesByDateRangeV1Params(IGRequestModel):
    """Path and query parameters of getPricesByDateRangeV1."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: PriceResolution
    """Length of one bar, from SECOND up to MONTH."""

    startdate: IgColonDateTime
    """First bar's time (inclusive), sent as `yyyy:MM:dd-HH:mm:ss` in the account's local time."""

    enddate: IgColonDateTime
    """Last bar's time, sent as `yyyy:MM:dd-HH:mm:ss`; must be after `startdate`."""


__all__ = [
    "GetPricesByDateRangeV1Params",
]
