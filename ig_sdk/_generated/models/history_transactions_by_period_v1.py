# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models.history import TransactionTypeFilter
from ig_sdk._models import IGRequestModel


class GetTransactionHistoryV1Params(IGRequestModel):
    """Path and query parameters of getTransactionHistoryV1."""

    transaction_type: Annotated[TransactionTypeFilter, Field(alias="transactionType")]
    """Kind of transactions to return."""

    last_period: Annotated[int, Field(alias="lastPeriod", ge=1)]
    """Length of the period to look back over, in milliseconds."""


__all__ = [
    "GetTransactionHistoryV1Params",
]
