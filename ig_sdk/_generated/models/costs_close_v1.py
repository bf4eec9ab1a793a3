# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction
from ig_sdk._generated.models.costs import ClosingCostsAndCharges
from ig_sdk._models import IGRequestModel, IGResponseModel


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


class IndicativeCostsAndChargesCloseV1Response(IGResponseModel):
    """The indicative closing costs of a position."""

    close: ClosingCostsAndCharges | None = None
    """The indicative costs of closing."""

    currency_code_iso: Annotated[str | None, Field(alias="currencyCodeISO")] = None
    """ISO code of the currency the amounts are given in."""


__all__ = [
    "IndicativeCostsAndChargesCloseV1Request",
    "IndicativeCostsAndChargesCloseV1Response",
]
