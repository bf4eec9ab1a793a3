# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models.prices import NumPointsResolution
from ig_sdk._models import IGRequestModel


class GetPricesByNumberOfPointsV2Params(IGRequestModel):
    """Path and query parameters of getPricesByNumberOfPointsV2."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: NumPointsResolution
    """Length of one bar, from MINUTE up to MONTH (no SECOND bars on this endpoint)."""

    num_points: Annotated[int, Field(alias="numPoints", ge=1)]
    """How many of the most recent bars to return; each one counts against the allowance."""


__all__ = [
    "GetPricesByNumberOfPointsV2Params",
]
