# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction
from ig_sdk._generated.models.positions import PositionOrderType, PositionTimeInForce
from ig_sdk._models import IGRequestModel


class CloseOTCPositionV1Request(IGRequestModel):
    """Which position to close, how much of it, and at what price."""

    deal_id: Annotated[str | None, Field(alias="dealId", pattern="^.{1,30}$")] = None
    """Deal id of the position to close; give this or `epic`, not both."""

    epic: Annotated[str | None, Field(pattern="^[A-Za-z0-9._]{6,30}$")] = None
    """Epic of the market whose position to close; give this or `dealId`, and then `expiry` too."""

    expiry: Annotated[str | None, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")] = None
    """Expiry of the instrument, needed with `epic`: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """Direction of the closing deal, the opposite of the position's (SELL closes a long position)."""

    size: Decimal
    """Size to close; less than the position's size closes it in part. At most 12 decimal places."""

    level: Decimal | None = None
    """Worst acceptable closing price; needed for LIMIT and QUOTE, not allowed for MARKET."""

    order_type: Annotated[PositionOrderType, Field(alias="orderType")]
    """How to close."""

    time_in_force: Annotated[PositionTimeInForce | None, Field(alias="timeInForce")] = None
    """What to do when the whole size cannot be filled; IG assumes FILL_OR_KILL when left out."""

    quote_id: Annotated[str | None, Field(alias="quoteId")] = None
    """Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise."""


__all__ = [
    "CloseOTCPositionV1Request",
]
