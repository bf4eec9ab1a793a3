# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGResponseModel


class AccountPreferencesV1Response(IGResponseModel):
    """The settings of the account the session is on."""

    trailing_stops_enabled: Annotated[bool | None, Field(alias="trailingStopsEnabled")] = None
    """True when trailing stops may be used on the account."""


__all__ = [
    "AccountPreferencesV1Response",
]
