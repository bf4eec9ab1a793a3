# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgDate,
)


class ApplicationStatus(StrEnum):
    """Whether an API key may be used (ENABLED), is switched off for now (DISABLED) or withdrawn (REVOKED)."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
    REVOKED = "REVOKED"


class Application(IGResponseModel):
    """One API application (API key) of the client, with its status and request allowances."""

    name: str | None = None
    """The name the client gave the application."""

    api_key: Annotated[str | None, Field(alias="apiKey")] = None
    """The API key itself; treat it as a secret."""

    status: ApplicationStatus | None = None
    """Whether the key is enabled, disabled or revoked."""

    allowance_application_overall: Annotated[int | None, Field(alias="allowanceApplicationOverall")] = None
    """Requests per minute the key may make in total, across all accounts."""

    allowance_account_trading: Annotated[int | None, Field(alias="allowanceAccountTrading")] = None
    """Trading requests per minute the key may make for one account."""

    allowance_account_overall: Annotated[int | None, Field(alias="allowanceAccountOverall")] = None
    """Requests of any kind per minute the key may make for one account."""

    allowance_account_historical_data: Annotated[
        int | None, Field(alias="allowanceAccountHistoricalData")
    ] = None
    """Historical price data points one account may download with this key (IG's page says per minute; the allowance IG applies in practice is weekly, unverified)."""

    concurrent_subscriptions_limit: Annotated[int | None, Field(alias="concurrentSubscriptionsLimit")] = None
    """How many subscriptions one Lightstreamer connection may hold at once."""

    allow_equities: Annotated[bool | None, Field(alias="allowEquities")] = None
    """Whether the key may receive share (equity) prices."""

    allow_quote_orders: Annotated[bool | None, Field(alias="allowQuoteOrders")] = None
    """Whether the key may place quote-based orders."""

    created_date: Annotated[IgDate | None, Field(alias="createdDate")] = None
    """The day the application was registered (unverified: IG does not document the format; assumed a date such as `2023/06/14`)."""


__all__ = [
    "Application",
    "ApplicationStatus",
]
