# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import MarketSummary
from ig_sdk._models import IGRequestModel, IGResponseModel


class MarketNavigationNode(IGResponseModel):
    """One node of IG's market navigation tree."""

    id: str
    """Node id, to pass to market_navigation.get_node."""

    name: str
    """Display name of the node."""


class MarketNavigationResponse(IGResponseModel):
    """Content of one level of the market navigation tree."""

    nodes: list[MarketNavigationNode] | None = None
    """Child nodes below this level; empty or absent at a leaf."""

    markets: list[MarketSummary] | None = None
    """Markets filed directly at this level; filled only at the leaves of the tree."""


class GetMarketNavigationNodeV1Params(IGRequestModel):
    """Path and query parameters of getMarketNavigationNodeV1."""

    node_id: Annotated[str, Field(alias="nodeId", min_length=1)]
    """Id of the node to open, as returned in `nodes[].id`."""


__all__ = [
    "GetMarketNavigationNodeV1Params",
    "MarketNavigationNode",
    "MarketNavigationResponse",
]
