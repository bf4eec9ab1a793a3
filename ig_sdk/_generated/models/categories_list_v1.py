# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGResponseModel


class MarketCategory(IGResponseModel):
    """A category of instruments the account can browse."""

    code: str | None = None
    """Category code, to pass to categories.list_instruments."""

    non_tradeable: Annotated[bool | None, Field(alias="nonTradeable")] = None
    """True when instruments of this category can be viewed but not dealt."""


class CategoriesV1Response(IGResponseModel):
    """Categories of instruments the account can browse."""

    categories: list[MarketCategory] | None = None
    """Every category available to the account."""


__all__ = [
    "CategoriesV1Response",
    "MarketCategory",
]
