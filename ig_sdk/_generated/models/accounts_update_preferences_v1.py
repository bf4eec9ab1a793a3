# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class UpdateAccountPreferencesV1Request(IGRequestModel):
    """The preferences to set on the active account."""

    trailing_stops_enabled: Annotated[bool | None, Field(alias="trailingStopsEnabled")] = None
    """True to allow trailing stops on the account, false to forbid them."""


__all__ = [
    "UpdateAccountPreferencesV1Request",
]
