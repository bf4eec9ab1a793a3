# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import PageData
from ig_sdk._models import IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgDate,
    IgTime,
)


class ActivityActionStatus(StrEnum):
    """Outcome of a version 1 or 2 activity record: ACCEPT (accepted, by hand or automatically), REJECT (rejected or declined), MANUAL (referred to a dealer and still pending, so the outcome is not known yet) or NOT_SET (no outcome was recorded, which points to a processing fault on IG's side)."""

    ACCEPT = "ACCEPT"
    REJECT = "REJECT"
    MANUAL = "MANUAL"
    NOT_SET = "NOT_SET"


class ActivityV1Record(IGResponseModel):
    """One activity record as version 1 returns it: display text, with the date and the time of day in separate fields."""

    epic: str | None = None
    """Epic of the market the activity concerns."""

    deal_id: Annotated[str | None, Field(alias="dealId")] = None
    """Deal the activity concerns."""

    activity_history_id: Annotated[str | None, Field(alias="activityHistoryId")] = None
    """IG's identifier of this activity record."""

    date: IgDate | None = None
    """Day of the activity, written `dd/MM/yy` for UK accounts."""

    time: IgTime | None = None
    """Time of day of the activity, written `HH:mm`."""

    activity: str | None = None
    """Broad kind of activity as IG labels it, such as `Position` or `Order`."""

    market_name: Annotated[str | None, Field(alias="marketName")] = None
    """Name of the market; for sprint markets it spells out the whole proposition, strike and expiry included."""

    period: str | None = None
    """Expiry of the market, such as `DFB` (daily funded bet), `-` or a month like `MAR-24`; for sprint markets the expiry date and time."""

    result: str | None = None
    """What happened, in words, usually ending with the short deal reference."""

    channel: str | None = None
    """Where the activity came from, as free text such as `WEB` or `Mobile`."""

    currency: str | None = None
    """Currency of the deal, often as its symbol (for example `£`)."""

    size: str | None = None
    """Size with a sign for the direction (`+1` buys, `-3.85` sells); sprint markets carry no sign."""

    level: str | None = None
    """Market level at which the activity took place, as text."""

    stop: str | None = None
    """Stop level as text, or `-` when there is none."""

    stop_type: Annotated[str | None, Field(alias="stopType")] = None
    """Kind of stop: `G` guaranteed, `N` normal, `T(50)` trailing with a step of 50; `-` when there is none."""

    limit: str | None = None
    """Limit level as text, or `-` when there is none."""

    action_status: Annotated[ActivityActionStatus | None, Field(alias="actionStatus")] = None
    """Whether the activity was accepted, rejected or is pending."""


class ActivityHistoryV1Response(IGResponseModel):
    """Answer of both version 1 activity calls (by date range and by period)."""

    activities: list[ActivityV1Record] | None = None
    """Activity records, newest first (unverified)."""


class PageMetadata(IGResponseModel):
    """Paging bookkeeping of the version 2 activity and transaction lists."""

    size: int
    """Number of records in the whole result (unverified: it may be the count on this page only)."""

    page_data: Annotated[PageData, Field(alias="pageData")]
    """Where this page sits among all the pages."""


class TransactionTypeFilter(StrEnum):
    """Which transactions to ask for: everything (ALL), only dealing results (ALL_DEAL), only money paid in (DEPOSIT) or only money taken out (WITHDRAWAL)."""

    ALL = "ALL"
    ALL_DEAL = "ALL_DEAL"
    DEPOSIT = "DEPOSIT"
    WITHDRAWAL = "WITHDRAWAL"


class TransactionV1Record(IGResponseModel):
    """One transaction as version 1 returns it: a day-only date, with amounts and levels as display strings."""

    date: IgDate | None = None
    """Day the transaction was booked, written `dd-MMM-yyyy` (for example `05-Jan-2024`)."""

    instrument_name: Annotated[str | None, Field(alias="instrumentName")] = None
    """Name of the instrument, or a label for cash movements."""

    period: str | None = None
    """Expiry of the market, such as `DFB` or `-` (unverified: IG's reference calls it a period in milliseconds)."""

    profit_and_loss: Annotated[str | None, Field(alias="profitAndLoss")] = None
    """Amount credited or debited, as text with a currency symbol, e.g. `£-12.30`."""

    transaction_type: Annotated[str | None, Field(alias="transactionType")] = None
    """IG's short code for the kind of transaction, such as `DEAL` or `DEPO` (unverified)."""

    reference: str | None = None
    """IG's reference of the transaction (for deals, the short deal reference)."""

    open_level: Annotated[str | None, Field(alias="openLevel")] = None
    """Opening level of the position, as text; `-` for cash movements."""

    close_level: Annotated[str | None, Field(alias="closeLevel")] = None
    """Closing level of the position, as text; `-` for cash movements."""

    size: str | None = None
    """Size with a sign for the direction (`+` bought, `-` sold); `-` alone for cash movements."""

    currency: str | None = None
    """Currency of the amount, often as its symbol."""

    cash_transaction: Annotated[bool | None, Field(alias="cashTransaction")] = None
    """True for pure money movements (deposits, withdrawals, fees) rather than deal results."""


class TransactionHistoryV1Response(IGResponseModel):
    """Answer of both version 1 transaction calls (by date range and by period)."""

    transactions: list[TransactionV1Record] | None = None
    """The transactions found."""


__all__ = [
    "ActivityActionStatus",
    "ActivityHistoryV1Response",
    "ActivityV1Record",
    "PageMetadata",
    "TransactionHistoryV1Response",
    "TransactionTypeFilter",
    "TransactionV1Record",
]
