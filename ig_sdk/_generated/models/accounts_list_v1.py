# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import AccountType, Balance
from ig_sdk._models import IGResponseModel, StrEnum


class AccountStatus(StrEnum):
    """Whether an account is usable, switched off, or open but barred from dealing."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
    SUSPENDED_FROM_DEALING = "SUSPENDED_FROM_DEALING"


class Account(IGResponseModel):
    """One of the client's accounts with its balances."""

    account_id: Annotated[str, Field(alias="accountId")]
    """IG's identifier of the account."""

    account_name: Annotated[str, Field(alias="accountName")]
    """The account's display name."""

    account_alias: Annotated[str | None, Field(alias="accountAlias")] = None
    """A nickname the client gave the account, if any."""

    status: AccountStatus
    """Whether the account is usable or barred."""

    account_type: Annotated[AccountType, Field(alias="accountType")]
    """The kind of account (CFD, spread bet or share dealing)."""

    preferred: bool
    """True for the account a login starts on by default."""

    balance: Balance
    """The account's funds, margin and running profit or loss."""

    currency: str
    """ISO code of the account's currency."""

    can_transfer_from: Annotated[bool, Field(alias="canTransferFrom")]
    """Whether funds may be moved out of this account (unverified: IG's own description of this flag and of `canTransferTo` reads the other way round)."""

    can_transfer_to: Annotated[bool, Field(alias="canTransferTo")]
    """Whether funds may be moved into this account (unverified, see `canTransferFrom`)."""


class AccountsV1Response(IGResponseModel):
    """All the client's accounts."""

    accounts: list[Account]
    """One entry per account."""


__all__ = [
    "Account",
    "AccountStatus",
    "AccountsV1Response",
]
