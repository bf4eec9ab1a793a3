# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class DeleteOTCWorkingOrderV1Request(IGRequestModel):
    """The empty body VERSION 1 of working_orders.delete insists on; it has no fields."""


class DeleteOTCWorkingOrderV1Params(IGRequestModel):
    """Path and query parameters of deleteOTCWorkingOrderV1."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the working order to cancel."""


__all__ = [
    "DeleteOTCWorkingOrderV1Params",
    "DeleteOTCWorkingOrderV1Request",
]
