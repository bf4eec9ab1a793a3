# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction
from ig_sdk._generated.models.costs import ClosingCostsAndCharges
from ig_sdk._models import IGRequestModel, IGResponseModel


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


__all__ = [
    "IndicativeCostsAndChargesEditV1Request",
    "IndicativeCostsAndChargesEditV1Response",
]
