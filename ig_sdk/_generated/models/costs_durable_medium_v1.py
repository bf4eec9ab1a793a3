# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class GetIndicativeCostsAndChargesDurableMediumV1Params(IGRequestModel):
    """Path and query parameters of getIndicativeCostsAndChargesDurableMediumV1."""

    indicative_quote_reference: Annotated[str, Field(alias="indicativeQuoteReference", min_length=1)]
    """Reference of the quote, as returned when it was made."""


__all__ = [
    "GetIndicativeCostsAndChargesDurableMediumV1Params",
]
