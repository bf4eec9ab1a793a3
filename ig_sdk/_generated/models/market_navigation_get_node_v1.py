# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class GetMarketNavigationNodeV1Params(IGRequestModel):
    """Path and query parameters of getMarketNavigationNodeV1."""

    node_id: Annotated[str, Field(alias="nodeId", min_length=1)]
    """Id of the node to open, as returned in `nodes[].id`."""


__all__ = [
    "GetMarketNavigationNodeV1Params",
]
