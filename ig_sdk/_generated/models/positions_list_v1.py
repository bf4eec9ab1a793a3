# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.


from ig_sdk._generated.models.positions import PositionV1Entry
from ig_sdk._models import IGResponseModel


class PositionsV1Response(IGResponseModel):
    """Every position the active account holds open (VERSION 1 shape)."""

    positions: list[PositionV1Entry] | None = None
    """The open positions; empty when there are none."""


__all__ = [
    "PositionsV1Response",
]
