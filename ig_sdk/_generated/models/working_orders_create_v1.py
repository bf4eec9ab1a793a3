# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction
from ig_sdk._generated.models.working_orders import WorkingOrderTimeInForce, WorkingOrderType
from ig_sdk._models import IGRequestModel
from ig_sdk._timestamps import (
    IgEpochMillis,
)


class CreateOTCWorkingOrderV1Request(IGRequestModel):
    """A new working order (VERSION 1)."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this order, to find its confirmation later; the SDK makes one if left out."""

    epic: str
    """Epic of the market."""

    expiry: Annotated[str, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")]
    """Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """Direction of the deal the order makes when it triggers."""

    size: Decimal
    """Size of the order, at most 12 decimal places."""

    level: Decimal
    """Level at which the order triggers."""

    type: WorkingOrderType
    """LIMIT or STOP order."""

    currency_code: Annotated[str, Field(alias="currencyCode", pattern="^[A-Z]{3}$")]
    """ISO code of the order's currency, one of those the instrument offers."""

    time_in_force: Annotated[WorkingOrderTimeInForce, Field(alias="timeInForce")]
    """Until cancelled, or until `goodTillDate`."""

    good_till_date: Annotated[IgEpochMillis | None, Field(alias="goodTillDate")] = None
    """When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch milliseconds (unverified: as a JSON number rather than a digit string)."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True to make the attached stop guaranteed (a stop must then be given)."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level; not together with `stopDistance`."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the order level; not together with `stopLevel`."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the order level; not together with `limitLevel`."""


__all__ = [
    "CreateOTCWorkingOrderV1Request",
]
