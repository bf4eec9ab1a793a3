# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.


from ig_sdk._generated.models.positions import PositionV2Entry
from ig_sdk._models import IGResponseModel


class PositionsV2Response(IGResponseModel):
    """Every position the active account holds open."""

    positions: list[PositionV2Entry]
    """The open positions; empty when there are none."""


__all__ = [
    "PositionsV2Response",
]
