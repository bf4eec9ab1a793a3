# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.


from ig_sdk._generated.models._shared import MarketSummary
from ig_sdk._models import IGResponseModel


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


__all__ = [
    "MarketNavigationNode",
    "MarketNavigationResponse",
]
