# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class GetMarketDetailsListV1Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsListV1."""

    epics: Annotated[list[str], Field(max_length=50, min_length=1)]
    """Epics to look up, between 1 and 50, each 6 to 30 letters, digits, dots or underscores; sent as one comma-separated value, as IG expects."""


__all__ = [
    "GetMarketDetailsListV1Params",
]
