# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel, IGResponseModel
from ig_sdk._timestamps import (
    IgEpochMillis,
)


class RepeatDealingAllowance(IGResponseModel):
    """One deal counted in the repeat dealing window."""

    size: Decimal | None = None
    """Size of the deal."""

    expiry: IgEpochMillis | None = None
    """When the deal leaves the window (unverified: IG documents only a number; read as epoch milliseconds)."""


class GetRepeatDealingWindowV1Params(IGRequestModel):
    """Path and query parameters of getRepeatDealingWindowV1."""

    epic: str | None = None
    """Limit the answer to this market; all markets when left out."""


class RepeatDealingCurrency(IGResponseModel):
    """Deals in the repeat dealing window on one market in one currency, by direction."""

    currency: str | None = None
    """ISO code of the currency the deals were made in."""

    buy: list[RepeatDealingAllowance] | None = None
    """Buy deals still inside the window."""

    sell: list[RepeatDealingAllowance] | None = None
    """Sell deals still inside the window."""


class RepeatDealingEntry(IGResponseModel):
    """Deals in the repeat dealing window on one market."""

    instrument_source: Annotated[str | None, Field(alias="instrumentSource")] = None
    """Kind of identifier in `instrumentValue`; IG documents only `E` (an epic)."""

    instrument_value: Annotated[str | None, Field(alias="instrumentValue")] = None
    """The market, as an epic."""

    currency_list: Annotated[list[RepeatDealingCurrency] | None, Field(alias="currencyList")] = None
    """The deals of this market, grouped by currency."""


class RepeatDealingWindowResponse(IGResponseModel):
    """Recent deals that count towards IG's repeat dealing restriction, per market (unverified: fields taken from IG's reference page, not yet seen on the wire)."""

    account_id: Annotated[str | None, Field(alias="accountId")] = None
    """Account the answer is for."""

    request_start_time: Annotated[IgEpochMillis | None, Field(alias="requestStartTime")] = None
    """Start of the window IG looked at."""

    repeat_dealing_entry_list: Annotated[
        list[RepeatDealingEntry] | None, Field(alias="repeatDealingEntryList")
    ] = None
    """One entry per market with deals in the window."""


__all__ = [
    "GetRepeatDealingWindowV1Params",
    "RepeatDealingAllowance",
    "RepeatDealingCurrency",
    "RepeatDealingEntry",
    "RepeatDealingWindowResponse",
]
