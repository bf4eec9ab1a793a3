# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel
from ig_sdk._timestamps import (
    IgDashDate,
)


class GetActivityHistoryByTimeRangeV1Params(IGRequestModel):
    """Path and query parameters of getActivityHistoryByTimeRangeV1."""

    from_date: Annotated[IgDashDate, Field(alias="fromDate")]
    """First day to include, sent as `dd-MM-yyyy`."""

    to_date: Annotated[IgDashDate, Field(alias="toDate")]
    """Last day to include, sent as `dd-MM-yyyy`."""


__all__ = [
    "GetActivityHistoryByTimeRangeV1Params",
]
