# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGResponseModel


class ClosingCostsAndCharges(IGResponseModel):
    """Indicative costs of closing a position, in the currency named by the enclosing `currencyCodeISO`."""

    closing_commission: Annotated[Decimal | None, Field(alias="closingCommission")] = None
    """Commission due on closing."""

    closing_fx_fee: Annotated[Decimal | None, Field(alias="closingFxFee")] = None
    """Currency conversion fee due on closing."""

    closing_iftt: Annotated[Decimal | None, Field(alias="closingIFTT")] = None
    """Financial transaction tax due on closing."""

    closing_spread: Annotated[Decimal | None, Field(alias="closingSpread")] = None
    """Cost of the spread paid on closing."""

    etp_exit_cost: Annotated[Decimal | None, Field(alias="etpExitCost")] = None
    """Exit cost of an exchange-traded product."""

    guaranteed_stop_return: Annotated[Decimal | None, Field(alias="guaranteedStopReturn")] = None
    """Part of the guaranteed stop premium given back."""

    indicative_quote_reference: Annotated[str | None, Field(alias="indicativeQuoteReference")] = None
    """Reference of this quote, for `costs.durable_medium` and `costs.history`."""

    knockout_premium_return: Annotated[Decimal | None, Field(alias="knockoutPremiumReturn")] = None
    """Part of the knock-out premium given back."""

    notional_value: Annotated[Decimal | None, Field(alias="notionalValue")] = None
    """Full market value of the position, in the deal currency."""

    notional_value_in_user_currency: Annotated[Decimal | None, Field(alias="notionalValueInUserCurrency")] = (
        None
    )
    """Full market value of the position, in the account's currency."""


__all__ = [
    "ClosingCostsAndCharges",
]
