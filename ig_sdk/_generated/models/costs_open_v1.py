# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction
from ig_sdk._models import IGRequestModel, IGResponseModel


class IndicativeCostsAndChargesOpenV1Request(IGRequestModel):
    """The deal whose opening costs are to be quoted."""

    ask: Decimal
    """The market's current offer price."""

    bid: Decimal
    """The market's current bid price."""

    deal_currency_code: Annotated[str, Field(alias="dealCurrencyCode")]
    """ISO code of the currency the deal would be made in."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """A reference of the caller's choosing tying the quote to the intended deal."""

    direction: Direction | None = None
    """Buy or sell."""

    epic: str | None = None
    """Epic of the market."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True when the deal would carry a guaranteed stop."""

    instrument_id: Annotated[str | None, Field(alias="instrumentId")] = None
    """IG's identifier of the instrument, as an alternative way to name the market (unverified)."""

    knockout_premium: Annotated[Decimal | None, Field(alias="knockoutPremium")] = None
    """The knock-out premium of the deal, for knock-out products."""

    price_level: Annotated[Decimal | None, Field(alias="priceLevel")] = None
    """The level the deal would be made at, for orders not dealt at the market (unverified)."""

    size: Decimal
    """Size of the deal."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Level of the stop that would be attached."""


class IndicativeCostsAndChargesOpenV1Response(IGResponseModel):
    """Indicative costs of opening and later closing the deal, in the currency named by `currencyCodeISO`."""

    borrowing_charge: Annotated[Decimal | None, Field(alias="borrowingCharge")] = None
    """Charge for borrowing the underlying (short share positions)."""

    closing_commission: Annotated[Decimal | None, Field(alias="closingCommission")] = None
    """Commission due when the position is closed."""

    closing_fx_fee: Annotated[Decimal | None, Field(alias="closingFxFee")] = None
    """Currency conversion fee due when the position is closed."""

    closing_iftt: Annotated[Decimal | None, Field(alias="closingIFTT")] = None
    """Financial transaction tax due when the position is closed."""

    closing_spread: Annotated[Decimal | None, Field(alias="closingSpread")] = None
    """Cost of the spread paid when closing."""

    currency_code_iso: Annotated[str | None, Field(alias="currencyCodeISO")] = None
    """ISO code of the currency all amounts are given in."""

    daily_running_fx_fee: Annotated[Decimal | None, Field(alias="dailyRunningFxFee")] = None
    """Currency conversion fee charged each day the position stays open."""

    etp_entry_cost: Annotated[Decimal | None, Field(alias="etpEntryCost")] = None
    """Entry cost of an exchange-traded product."""

    etp_exit_cost: Annotated[Decimal | None, Field(alias="etpExitCost")] = None
    """Exit cost of an exchange-traded product."""

    etp_ongoing_cost: Annotated[Decimal | None, Field(alias="etpOngoingCost")] = None
    """Running cost of an exchange-traded product."""

    guaranteed_stop_deposit: Annotated[Decimal | None, Field(alias="guaranteedStopDeposit")] = None
    """Premium paid for a guaranteed stop."""

    guaranteed_stop_return: Annotated[Decimal | None, Field(alias="guaranteedStopReturn")] = None
    """Part of the guaranteed stop premium given back."""

    indicative_quote_reference: Annotated[str | None, Field(alias="indicativeQuoteReference")] = None
    """Reference of this quote, for `costs.durable_medium` and `costs.history`."""

    inducements: Decimal | None = None
    """Payments IG receives from third parties in connection with the deal."""

    knockout_premium_deposit: Annotated[Decimal | None, Field(alias="knockoutPremiumDeposit")] = None
    """Knock-out premium paid on opening."""

    knockout_premium_return: Annotated[Decimal | None, Field(alias="knockoutPremiumReturn")] = None
    """Part of the knock-out premium given back."""

    notional_value: Annotated[Decimal | None, Field(alias="notionalValue")] = None
    """Full market value of the position, in the deal currency."""

    notional_value_in_user_currency: Annotated[Decimal | None, Field(alias="notionalValueInUserCurrency")] = (
        None
    )
    """Full market value of the position, in the account's currency."""

    opening_commission: Annotated[Decimal | None, Field(alias="openingCommission")] = None
    """Commission due when the position is opened."""

    opening_fx_fee: Annotated[Decimal | None, Field(alias="openingFxFee")] = None
    """Currency conversion fee due when the position is opened."""

    opening_iftt: Annotated[Decimal | None, Field(alias="openingIFTT")] = None
    """Financial transaction tax due when the position is opened."""

    opening_spread: Annotated[Decimal | None, Field(alias="openingSpread")] = None
    """Cost of the spread paid when opening."""

    overnight_funding_fee: Annotated[Decimal | None, Field(alias="overnightFundingFee")] = None
    """Funding charged for holding the position overnight."""


__all__ = [
    "IndicativeCostsAndChargesOpenV1Request",
    "IndicativeCostsAndChargesOpenV1Response",
]
