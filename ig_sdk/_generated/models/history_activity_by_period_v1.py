# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class GetActivityHistoryV1Params(IGRequestModel):
    """Path and query parameters of getActivityHistoryV1."""

    last_period: Annotated[int, Field(alias="lastPeriod", ge=1)]
    """Length of the period to look back over, in milliseconds."""


__all__ = [
    "GetActivityHistoryV1Params",
]
