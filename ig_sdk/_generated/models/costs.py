# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction
from ig_sdk._models import IGRequestModel, IGResponseModel
from ig_sdk._timestamps import (
    IgIsoOffsetDateTime,
    IgUtcDateTime,
)


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


class IndicativeCostsAndChargesCloseV1Request(IGRequestModel):
    """The position whose closing costs are to be quoted."""

    ask: Decimal
    """The market's current offer price."""

    bid: Decimal
    """The market's current bid price."""

    deal_currency_code: Annotated[str, Field(alias="dealCurrencyCode")]
    """ISO code of the currency the position is held in."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """A reference of the caller's choosing tying the quote to the intended close."""

    direction: Direction | None = None
    """Buy or sell."""

    epic: str | None = None
    """Epic of the market."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True when the position carries a guaranteed stop."""

    instrument_id: Annotated[str | None, Field(alias="instrumentId")] = None
    """IG's identifier of the instrument, as an alternative way to name the market (unverified)."""

    knockout_premium: Annotated[Decimal | None, Field(alias="knockoutPremium")] = None
    """The knock-out premium of the position, for knock-out products."""

    opening_level: Annotated[Decimal, Field(alias="openingLevel")]
    """The position's opening price level."""

    price_level: Annotated[Decimal | None, Field(alias="priceLevel")] = None
    """The level the close would be made at, when not at the market (unverified)."""

    size: Decimal
    """Size to close."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Level of the position's stop."""


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


class IndicativeCostsAndChargesCloseV1Response(IGResponseModel):
    """The indicative closing costs of a position."""

    close: ClosingCostsAndCharges | None = None
    """The indicative costs of closing."""

    currency_code_iso: Annotated[str | None, Field(alias="currencyCodeISO")] = None
    """ISO code of the currency the amounts are given in."""


class IndicativeCostsAndChargesEditV1Request(IGRequestModel):
    """The position and the new stop and/or limit whose costs are to be quoted."""

    ask: Decimal
    """The market's current offer price."""

    bid: Decimal
    """The market's current bid price."""

    deal_currency_code: Annotated[str, Field(alias="dealCurrencyCode")]
    """ISO code of the currency the position is held in."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """A reference of the caller's choosing tying the quote to the intended change."""

    direction: Direction | None = None
    """Buy or sell."""

    edit_type: Annotated[str | None, Field(alias="editType")] = None
    """What kind of change is proposed; IG documents it as free text with no list of values."""

    epic: str | None = None
    """Epic of the market."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True when the stop would be guaranteed."""

    instrument_id: Annotated[str | None, Field(alias="instrumentId")] = None
    """IG's identifier of the instrument, as an alternative way to name the market (unverified)."""

    knockout_premium: Annotated[Decimal | None, Field(alias="knockoutPremium")] = None
    """The knock-out premium of the position, for knock-out products."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """The proposed limit level."""

    opening_level: Annotated[Decimal, Field(alias="openingLevel")]
    """The position's opening price level."""

    price_level: Annotated[Decimal | None, Field(alias="priceLevel")] = None
    """A reference price level for the quote (unverified how IG uses it here)."""

    size: Decimal
    """Size of the position."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """The proposed stop level."""


class IndicativeCostsAndChargesEditV1Response(IGResponseModel):
    """Indicative costs of the position closing at the proposed limit and at the proposed stop."""

    currency_code_iso: Annotated[str | None, Field(alias="currencyCodeISO")] = None
    """ISO code of the currency the amounts are given in."""

    limit: ClosingCostsAndCharges | None = None
    """Costs if the position were closed by the limit."""

    stop: ClosingCostsAndCharges | None = None
    """Costs if the position were closed by the stop."""


class CostsAndChargesQuoteSummary(IGResponseModel):
    """One earlier indicative cost quote, as listed by the history."""

    created_timestamp: Annotated[IgUtcDateTime | None, Field(alias="createdTimestamp")] = None
    """When the quote was made (unverified: assumed written like the request's instants, ISO 8601 with milliseconds and a zone offset)."""

    direction: Direction | None = None
    """Buy or sell."""

    indicative_quote_reference: Annotated[str | None, Field(alias="indicativeQuoteReference")] = None
    """Reference of the quote, for `costs.durable_medium`."""

    instrument_name: Annotated[str | None, Field(alias="instrumentName")] = None
    """Name of the instrument quoted."""

    type: str | None = None
    """The kind of quote (unverified: presumably open, close or edit)."""


class CostsAndChargesPagination(IGResponseModel):
    """Where this page sits among all the quotes found."""

    page_number: Annotated[int | None, Field(alias="pageNumber")] = None
    """Number of this page."""

    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    """Most quotes a page holds."""

    total_elements: Annotated[int | None, Field(alias="totalElements")] = None
    """Number of quotes found in the whole period."""

    total_pages: Annotated[int | None, Field(alias="totalPages")] = None
    """Number of pages needed for all the quotes found."""


class IndicativeCostsAndChargesHistoryV1Response(IGResponseModel):
    """One page of earlier indicative cost quotes."""

    costs_and_charges_history: Annotated[
        list[CostsAndChargesQuoteSummary] | None, Field(alias="costsAndChargesHistory")
    ] = None
    """The quotes on this page."""

    pagination: CostsAndChargesPagination | None = None
    """Where this page sits among all the results."""


class GetIndicativeCostsAndChargesHistoryV1Params(IGRequestModel):
    """Path and query parameters of getIndicativeCostsAndChargesHistoryV1."""

    from_: Annotated[IgIsoOffsetDateTime, Field(alias="from")]
    """Start of the period, in UTC."""

    to: IgIsoOffsetDateTime
    """End of the period, in UTC."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=1)] = None
    """How many quotes one page holds (IG documents no default)."""

    page_number: Annotated[int | None, Field(alias="pageNumber", ge=0)] = None
    """Which page to return (IG documents no default)."""

    type: Annotated[str | None, Field(min_length=1)] = None
    """Only return quotes of this type; IG documents it as free text (unverified: presumably the kind of quote, such as open, close or edit)."""


class GetIndicativeCostsAndChargesDurableMediumV1Params(IGRequestModel):
    """Path and query parameters of getIndicativeCostsAndChargesDurableMediumV1."""

    indicative_quote_reference: Annotated[str, Field(alias="indicativeQuoteReference", min_length=1)]
    """Reference of the quote, as returned when it was made."""


__all__ = [
    "ClosingCostsAndCharges",
    "CostsAndChargesPagination",
    "CostsAndChargesQuoteSummary",
    "GetIndicativeCostsAndChargesDurableMediumV1Params",
    "GetIndicativeCostsAndChargesHistoryV1Params",
    "IndicativeCostsAndChargesCloseV1Request",
    "IndicativeCostsAndChargesCloseV1Response",
    "IndicativeCostsAndChargesEditV1Request",
    "IndicativeCostsAndChargesEditV1Response",
    "IndicativeCostsAndChargesHistoryV1Response",
    "IndicativeCostsAndChargesOpenV1Request",
    "IndicativeCostsAndChargesOpenV1Response",
]
