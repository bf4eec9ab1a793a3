# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction
from ig_sdk._models import IGRequestModel, IGResponseModel
from ig_sdk._timestamps import (
    IgIsoOffsetDateTime,
    IgUtcDateTime,
)


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


__all__ = [
    "CostsAndChargesPagination",
    "CostsAndChargesQuoteSummary",
    "GetIndicativeCostsAndChargesHistoryV1Params",
    "IndicativeCostsAndChargesHistoryV1Response",
]
