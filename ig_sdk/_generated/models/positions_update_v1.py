# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class UpdateOTCPositionV1Request(IGRequestModel):
    """New stop and limit for an open position (VERSION 1); null removes one."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """New stop level; null removes the stop."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """New limit level; null removes the limit."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True to make the stop guaranteed; then `stopLevel` must be given."""


class UpdateOTCPositionV1Params(IGRequestModel):
    """Path and query parameters of updateOTCPositionV1."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the open position to amend."""


__all__ = [
    "UpdateOTCPositionV1Params",
    "UpdateOTCPositionV1Request",
]
