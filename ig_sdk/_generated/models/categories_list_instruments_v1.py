# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import MarketSummary
from ig_sdk._models import IGRequestModel, IGResponseModel


class CategoryInstrumentsPage(IGResponseModel):
    """Paging facts of a category instruments answer."""

    page_number: Annotated[int | None, Field(alias="pageNumber")] = None
    """Number of the page returned, counting from 0."""

    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    """Page size the answer was cut with."""


class CategoryInstrumentsV1Response(IGResponseModel):
    """One page of the instruments of a category."""

    instruments: list[MarketSummary] | None = None
    """The instruments on this page. IG sends no `updateTimeUTC` and no streaming flag here, so those fields stay empty."""

    metadata: CategoryInstrumentsPage | None = None
    """Which page this is."""


class GetCategoryInstrumentsV1Params(IGRequestModel):
    """Path and query parameters of getCategoryInstrumentsV1."""

    category_id: Annotated[str, Field(alias="categoryId", min_length=1)]
    """Code of the category, as returned in `categories[].code`."""

    page_number: Annotated[int | None, Field(alias="pageNumber", ge=0)] = None
    """Page to return, counting from 0."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=1, le=1000)] = None
    """Number of instruments per page, from 1 to 1000."""


__all__ = [
    "CategoryInstrumentsPage",
    "CategoryInstrumentsV1Response",
    "GetCategoryInstrumentsV1Params",
]
