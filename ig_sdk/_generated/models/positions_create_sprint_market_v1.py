# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction
from ig_sdk._models import IGRequestModel, StrEnum


class SprintMarketExpiryPeriod(StrEnum):
    """How long after opening a sprint market position settles."""

    FIVE_MINUTES = "FIVE_MINUTES"
    ONE_MINUTE = "ONE_MINUTE"
    SIXTY_MINUTES = "SIXTY_MINUTES"
    TWENTY_MINUTES = "TWENTY_MINUTES"
    TWO_MINUTES = "TWO_MINUTES"


class CreateSprintMarketPositionV1Request(IGRequestModel):
    """A new sprint market bet."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this deal, to find its confirmation later; the SDK makes one if left out."""

    epic: str
    """Epic of the sprint market."""

    direction: Direction
    """BUY to bet the market ends higher, SELL to bet it ends lower."""

    size: Decimal
    """Stake of the bet."""

    expiry_period: Annotated[SprintMarketExpiryPeriod, Field(alias="expiryPeriod")]
    """How long until the bet settles."""


__all__ = [
    "CreateSprintMarketPositionV1Request",
    "SprintMarketExpiryPeriod",
]
