# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models.applications import ApplicationStatus
from ig_sdk._models import IGRequestModel


class UpdateApplicationV1Request(IGRequestModel):
    """Which application to change and its new status and per-account allowances."""

    api_key: Annotated[str | None, Field(alias="apiKey")] = None
    """The key of the application to change."""

    status: ApplicationStatus | None = None
    """Whether the key is enabled, disabled or revoked."""

    allowance_account_trading: Annotated[int | None, Field(alias="allowanceAccountTrading", ge=0)] = None
    """New limit of trading requests per minute for one account."""

    allowance_account_overall: Annotated[int | None, Field(alias="allowanceAccountOverall", ge=0)] = None
    """New limit of requests of any kind per minute for one account."""


__all__ = [
    "UpdateApplicationV1Request",
]
