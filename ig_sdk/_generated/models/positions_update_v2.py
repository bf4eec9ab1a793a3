# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class UpdateOTCPositionV2Request(IGRequestModel):
    """New stop, limit and trailing settings for an open position; null removes a stop or limit."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """New stop level; null removes the stop. Needed with a trailing or guaranteed stop."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """New limit level; null removes the limit."""

    trailing_stop: Annotated[bool | None, Field(alias="trailingStop")] = None
    """True to make the stop trail the market, false for a fixed stop."""

    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance a trailing stop keeps from the market; only when `trailingStop` is true."""

    trailing_stop_increment: Annotated[Decimal | None, Field(alias="trailingStopIncrement")] = None
    """Step by which a trailing stop moves; only when `trailingStop` is true."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True to make the stop guaranteed; needs `stopLevel` and cannot be combined with a trailing stop."""


class UpdateOTCPositionV2Params(IGRequestModel):
    """Path and query parameters of updateOTCPositionV2."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the open position to amend."""


__all__ = [
    "UpdateOTCPositionV2Params",
    "UpdateOTCPositionV2Request",
]
