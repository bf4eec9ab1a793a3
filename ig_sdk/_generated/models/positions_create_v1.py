# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction
from ig_sdk._generated.models.positions import PositionOrderType
from ig_sdk._models import IGRequestModel


class CreateOTCPositionV1Request(IGRequestModel):
    """A new OTC position (VERSION 1)."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this deal, to find its confirmation later; the SDK makes one if left out."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market to deal on."""

    expiry: Annotated[str, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")]
    """Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """BUY to go long, SELL to go short."""

    size: Decimal
    """Size of the deal, at most 12 decimal places."""

    level: Decimal | None = None
    """Worst acceptable price; needed for LIMIT and QUOTE, not allowed for MARKET."""

    order_type: Annotated[PositionOrderType, Field(alias="orderType")]
    """How to open."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True to make the stop guaranteed (a stop must then be given)."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level; not together with `stopDistance`."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the deal level; not together with `stopLevel`."""

    force_open: Annotated[bool, Field(alias="forceOpen")]
    """True to open a new position even where one in the opposite direction exists; false lets IG net the deal against it."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the deal level; not together with `limitLevel`."""

    quote_id: Annotated[str | None, Field(alias="quoteId")] = None
    """Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise."""

    currency_code: Annotated[str, Field(alias="currencyCode", pattern="^[A-Z]{3}$")]
    """ISO code of the deal's currency, one of those the instrument offers."""


__all__ = [
    "CreateOTCPositionV1Request",
]
