# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models.history import PageMetadata, TransactionTypeFilter
from ig_sdk._models import IGRequestModel, IGResponseModel
from ig_sdk._timestamps import (
    IgDateTime,
    IgUtcDateTime,
)


class TransactionV2Record(IGResponseModel):
    """One transaction as version 2 returns it; amounts and levels are display strings."""

    date: IgDateTime
    """When the transaction was booked, in the account's local time."""

    date_utc: Annotated[IgUtcDateTime, Field(alias="dateUtc")]
    """When the transaction was booked, in UTC."""

    open_date_utc: Annotated[IgUtcDateTime | None, Field(alias="openDateUtc")] = None
    """For closed deals, when the position was opened, in UTC; null for cash movements."""

    instrument_name: Annotated[str, Field(alias="instrumentName")]
    """Name of the instrument, or a label such as a payment method for cash movements."""

    period: str
    """Expiry of the market, such as `DFB` or `-`."""

    profit_and_loss: Annotated[str, Field(alias="profitAndLoss")]
    """Amount credited or debited, as text with a currency symbol, e.g. `£-12.30`."""

    transaction_type: Annotated[str, Field(alias="transactionType")]
    """IG's short code for the kind of transaction, such as `DEAL`, `DEPO` or `WITH` (unverified: the full list of codes is not documented)."""

    reference: str
    """IG's reference of the transaction (for deals, the short deal reference)."""

    open_level: Annotated[str, Field(alias="openLevel")]
    """Opening level of the position, as text; `-` for cash movements."""

    close_level: Annotated[str, Field(alias="closeLevel")]
    """Closing level of the position, as text; `-` for cash movements."""

    size: str
    """Size with a sign for the direction (`+` bought, `-` sold); `-` alone for cash movements."""

    currency: str
    """Currency of the amount, often as its symbol."""

    cash_transaction: Annotated[bool, Field(alias="cashTransaction")]
    """True for pure money movements (deposits, withdrawals, fees) rather than deal results."""


class TransactionHistoryV2Response(IGResponseModel):
    """One page of version 2 transactions."""

    transactions: list[TransactionV2Record]
    """Transactions of this page."""

    metadata: PageMetadata
    """Paging details."""


class GetTransactionHistoryV2Params(IGRequestModel):
    """Path and query parameters of getTransactionHistoryV2."""

    type: TransactionTypeFilter | None = None
    """Kind of transactions to return; IG returns all kinds when this is left out."""

    from_: Annotated[IgDateTime | None, Field(alias="from")] = None
    """Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`."""

    to: IgDateTime | None = None
    """End of the window, sent as `yyyy-MM-ddTHH:mm:ss`."""

    max_span_seconds: Annotated[int | None, Field(alias="maxSpanSeconds", ge=1)] = None
    """How many seconds back from now to look when no date range is given (unverified: IG does not say whether a date range overrides it here, as it does for activity)."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=0)] = None
    """Records per page; 0 disables paging so that every record comes back at once."""

    page_number: Annotated[int | None, Field(alias="pageNumber", ge=1)] = None
    """Which page to return, counting from 1."""


__all__ = [
    "GetTransactionHistoryV2Params",
    "TransactionHistoryV2Response",
    "TransactionV2Record",
]
