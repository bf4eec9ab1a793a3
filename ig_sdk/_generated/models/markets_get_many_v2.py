# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel, StrEnum


class MarketDetailsFilter(StrEnum):
    """How much of each market the multi-market details call returns: ALL for everything, SNAPSHOT_ONLY for the epic, the instrument type and the price snapshot only."""

    ALL = "ALL"
    SNAPSHOT_ONLY = "SNAPSHOT_ONLY"


class GetMarketDetailsListV2Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsListV2."""

    epics: Annotated[list[str], Field(max_length=50, min_length=1)]
    """Epics to look up, between 1 and 50, each 6 to 30 letters, digits, dots or underscores; sent as one comma-separated value, as IG expects."""

    filter: MarketDetailsFilter | None = None
    """How much of each market to return; IG uses ALL when this is left out."""


__all__ = [
    "GetMarketDetailsListV2Params",
    "MarketDetailsFilter",
]
