# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel, IGResponseModel


class UpdateActiveAccountV1Request(IGRequestModel):
    """The account to switch to, and whether it becomes the default."""

    account_id: Annotated[str, Field(alias="accountId", pattern="^[A-Za-z0-9-]{1,30}$")]
    """The account to make active; it must differ from the active one."""

    default_account: Annotated[bool | None, Field(alias="defaultAccount")] = None
    """True to also make it the account a login starts on; leave out to keep the current default."""


class UpdateActiveAccountV1Response(IGResponseModel):
    """A few settings of the account that has just become active."""

    trailing_stops_enabled: Annotated[bool | None, Field(alias="trailingStopsEnabled")] = None
    """True when the now active account may use trailing stops."""

    dealing_enabled: Annotated[bool | None, Field(alias="dealingEnabled")] = None
    """True when the now active account may place deals and orders."""

    has_active_demo_accounts: Annotated[bool | None, Field(alias="hasActiveDemoAccounts")] = None
    """True when the client has at least one open demo account."""

    has_active_live_accounts: Annotated[bool | None, Field(alias="hasActiveLiveAccounts")] = None
    """True when the client has at least one open live account."""


__all__ = [
    "UpdateActiveAccountV1Request",
    "UpdateActiveAccountV1Response",
]
