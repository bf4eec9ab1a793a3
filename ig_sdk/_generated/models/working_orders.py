# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel, StrEnum
from ig_sdk._timestamps import (
    IgEpochMillis,
)


class WorkingOrderType(StrEnum):
    """Kind of a working order: LIMIT triggers when the market reaches a better price than now (buy lower, sell higher), STOP when it reaches a worse one (buy higher, sell lower)."""

    LIMIT = "LIMIT"
    STOP = "STOP"


class WorkingOrderTimeInForce(StrEnum):
    """How long a working order stays: until cancelled, or until its good-till date."""

    GOOD_TILL_CANCELLED = "GOOD_TILL_CANCELLED"
    GOOD_TILL_DATE = "GOOD_TILL_DATE"


class UpdateOTCWorkingOrderRequest(IGRequestModel):
    """New terms for a working order (same in VERSION 1 and 2); null removes the attached stop or limit."""

    time_in_force: Annotated[WorkingOrderTimeInForce | None, Field(alias="timeInForce")] = None
    """Until cancelled, or until `goodTillDate`."""

    good_till_date: Annotated[IgEpochMillis | None, Field(alias="goodTillDate")] = None
    """When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch milliseconds (unverified: as a JSON number rather than a digit string)."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level, null to remove it; not together with `stopDistance`."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the order level, null to remove it; not together with `stopLevel`."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level, null to remove it; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the order level, null to remove it; not together with `limitLevel`."""

    type: WorkingOrderType | None = None
    """LIMIT or STOP order."""

    level: Decimal
    """Level at which the order triggers; always sent, even when unchanged."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True to make the attached stop guaranteed; then `stopLevel` must be given."""


__all__ = [
    "UpdateOTCWorkingOrderRequest",
    "WorkingOrderTimeInForce",
    "WorkingOrderType",
]
