# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction, PageData
from ig_sdk._models import IGRequestModel, IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgDashDate,
    IgDate,
    IgDateTime,
    IgGoodTill,
    IgTime,
    IgUtcDateTime,
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


class ActivityV2Record(IGResponseModel):
    """One activity record as version 2 returns it; display text with a single timestamp."""

    epic: str | None = None
    """Epic of the market the activity concerns."""

    deal_id: Annotated[str | None, Field(alias="dealId")] = None
    """Deal the activity concerns."""

    activity_history_id: Annotated[str | None, Field(alias="activityHistoryId")] = None
    """IG's identifier of this activity record."""

    date: IgDateTime | None = None
    """When the activity happened, in the account's local time (unverified: IG does not document the exact spelling for version 2)."""

    activity: str | None = None
    """Broad kind of activity as IG labels it, such as `Position` or `Order`."""

    market_name: Annotated[str | None, Field(alias="marketName")] = None
    """Name of the market; for sprint markets it spells out the whole proposition, strike and expiry included."""

    period: str | None = None
    """Expiry of the market, such as `DFB`, `-` or a month like `MAR-24`; for sprint markets an ISO-like date and time of expiry."""

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


class PageMetadata(IGResponseModel):
    """Paging bookkeeping of the version 2 activity and transaction lists."""

    size: int
    """Number of records in the whole result (unverified: it may be the count on this page only)."""

    page_data: Annotated[PageData, Field(alias="pageData")]
    """Where this page sits among all the pages."""


class ActivityHistoryV2Response(IGResponseModel):
    """One page of version 2 activity records."""

    activities: list[ActivityV2Record] | None = None
    """Activity records of this page."""

    metadata: PageMetadata | None = None
    """Paging details."""


class ActivityChannel(StrEnum):
    """Where an activity came from: an IG dealer, the mobile apps, the FIX or REST APIs, IG's own systems, or the web platform."""

    DEALER = "DEALER"
    MOBILE = "MOBILE"
    PUBLIC_FIX_API = "PUBLIC_FIX_API"
    PUBLIC_WEB_API = "PUBLIC_WEB_API"
    SYSTEM = "SYSTEM"
    WEB = "WEB"


class ActivityType(StrEnum):
    """Broad kind of a version 3 activity: a stop/limit amendment, something done to a position, an event raised by IG's systems, or something done to a working order."""

    EDIT_STOP_AND_LIMIT = "EDIT_STOP_AND_LIMIT"
    POSITION = "POSITION"
    SYSTEM = "SYSTEM"
    WORKING_ORDER = "WORKING_ORDER"


class ActivityStatus(StrEnum):
    """Outcome of a version 3 activity."""

    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"
    UNKNOWN = "UNKNOWN"


class ActivityActionType(StrEnum):
    """What one action inside an activity did to a deal: a position opened, closed (fully or partly), rolled or deleted; a limit or stop order opened, amended, filled, rolled or deleted; a position's stop and limit amended; a working order deleted; or something IG could not classify (UNKNOWN)."""

    LIMIT_ORDER_AMENDED = "LIMIT_ORDER_AMENDED"
    LIMIT_ORDER_DELETED = "LIMIT_ORDER_DELETED"
    LIMIT_ORDER_FILLED = "LIMIT_ORDER_FILLED"
    LIMIT_ORDER_OPENED = "LIMIT_ORDER_OPENED"
    LIMIT_ORDER_ROLLED = "LIMIT_ORDER_ROLLED"
    POSITION_CLOSED = "POSITION_CLOSED"
    POSITION_DELETED = "POSITION_DELETED"
    POSITION_OPENED = "POSITION_OPENED"
    POSITION_PARTIALLY_CLOSED = "POSITION_PARTIALLY_CLOSED"
    POSITION_ROLLED = "POSITION_ROLLED"
    STOP_LIMIT_AMENDED = "STOP_LIMIT_AMENDED"
    STOP_ORDER_AMENDED = "STOP_ORDER_AMENDED"
    STOP_ORDER_DELETED = "STOP_ORDER_DELETED"
    STOP_ORDER_FILLED = "STOP_ORDER_FILLED"
    STOP_ORDER_OPENED = "STOP_ORDER_OPENED"
    STOP_ORDER_ROLLED = "STOP_ORDER_ROLLED"
    UNKNOWN = "UNKNOWN"
    WORKING_ORDER_DELETED = "WORKING_ORDER_DELETED"


class ActivityAction(IGResponseModel):
    """One effect of an activity on a deal."""

    action_type: Annotated[ActivityActionType, Field(alias="actionType")]
    """What was done."""

    affected_deal_id: Annotated[str, Field(alias="affectedDealId")]
    """Deal that the action changed, opened or closed."""


class ActivityDetails(IGResponseModel):
    """The deal-level facts behind a version 3 activity; only sent when the request asked for `detailed=true`."""

    deal_reference: Annotated[str | None, Field(alias="dealReference")] = None
    """Reference given to the deal request that caused this activity."""

    actions: list[ActivityAction]
    """Effects of the activity on deals."""

    market_name: Annotated[str, Field(alias="marketName")]
    """Name of the market."""

    good_till_date: Annotated[IgGoodTill | None, Field(alias="goodTillDate")] = None
    """For working orders, when the order lapses; null for orders kept until cancelled (unverified: exact spelling not documented)."""

    currency: str
    """ISO code of the deal's currency."""

    size: Decimal
    """Deal size, always positive; see `direction` for the side."""

    direction: Direction
    """Side of the deal."""

    level: Decimal
    """Level of the deal or order."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop level, if a stop was set as a level."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop distance from the deal level, if a stop was set as a distance."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True when the stop is guaranteed."""

    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance of the trailing stop, if one is set."""

    trailing_step: Annotated[Decimal | None, Field(alias="trailingStep")] = None
    """How far the market must move before a trailing stop follows it."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit (take-profit) level, if one was set as a level."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit distance from the deal level, if one was set as a distance."""


class ActivityV3Record(IGResponseModel):
    """One activity record as version 3 returns it, with typed fields."""

    date: IgDateTime
    """When the activity happened, in the account's local time."""

    epic: str
    """Epic of the market the activity concerns."""

    period: str
    """Expiry of the market, such as `DFB`, `-` or a month like `MAR-24`; for sprint markets the expiry date and time."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal the activity concerns."""

    channel: ActivityChannel
    """Where the activity came from."""

    type: ActivityType
    """Broad kind of activity."""

    status: ActivityStatus
    """Outcome of the activity."""

    description: str
    """Human-readable summary, as IG shows it in its platforms."""

    details: ActivityDetails | None = None
    """Deal-level facts; null unless the request set `detailed=true`."""


class ActivityHistoryV3Paging(IGResponseModel):
    """Cursor-style paging of the version 3 activity list."""

    size: int
    """Number of records on this page."""

    next: str | None = None
    """Relative URL (path and query) of the following page; missing or empty on the last page. The SDK follows it as is."""


class ActivityHistoryV3Metadata(IGResponseModel):
    """Bookkeeping of a version 3 activity page."""

    paging: ActivityHistoryV3Paging
    """Where to get the next page."""


class ActivityHistoryV3Response(IGResponseModel):
    """One page of version 3 activity records."""

    activities: list[ActivityV3Record]
    """Activity records of this page, newest first (unverified)."""

    metadata: ActivityHistoryV3Metadata
    """Paging details, including the link to the next page."""


class TransactionTypeFilter(StrEnum):
    """Which transactions to ask for: everything (ALL), only dealing results (ALL_DEAL), only money paid in (DEPOSIT) or only money taken out (WITHDRAWAL)."""

    ALL = "ALL"
    ALL_DEAL = "ALL_DEAL"
    DEPOSIT = "DEPOSIT"
    WITHDRAWAL = "WITHDRAWAL"


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


class GetActivityHistoryV2Params(IGRequestModel):
    """Path and query parameters of getActivityHistoryV2."""

    from_: Annotated[IgDateTime | None, Field(alias="from")] = None
    """Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`."""

    to: IgDateTime | None = None
    """End of the window, sent as `yyyy-MM-ddTHH:mm:ss`."""

    max_span_seconds: Annotated[int | None, Field(alias="maxSpanSeconds", ge=1)] = None
    """How many seconds back from now to look when no date range is given; ignored with `from`/`to`."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=0)] = None
    """Records per page; 0 disables paging so that every record comes back at once."""

    page_number: Annotated[int | None, Field(alias="pageNumber", ge=1)] = None
    """Which page to return, counting from 1."""


class GetActivityHistoryV3Params(IGRequestModel):
    """Path and query parameters of getActivityHistoryV3."""

    from_: Annotated[IgDateTime | None, Field(alias="from")] = None
    """Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`."""

    to: IgDateTime | None = None
    """End of the window, sent as `yyyy-MM-ddTHH:mm:ss`; IG uses the current time when it is left out."""

    detailed: bool | None = None
    """True to include each record's `details` block; it costs a larger answer."""

    deal_id: Annotated[str | None, Field(alias="dealId", pattern="^.{1,30}$")] = None
    """Only return the activity of this deal."""

    filter: Annotated[str | None, Field(min_length=1)] = None
    """A FIQL expression selecting records, built from `field==value` and `field!=value` joined with `,` (or) and `;` (and), e.g. `channel==WEB,channel==MOBILE`."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=10, le=500)] = None
    """Records per page, between 10 and 500."""


class GetActivityHistoryByTimeRangeV1Params(IGRequestModel):
    """Path and query parameters of getActivityHistoryByTimeRangeV1."""

    from_date: Annotated[IgDashDate, Field(alias="fromDate")]
    """First day to include, sent as `dd-MM-yyyy`."""

    to_date: Annotated[IgDashDate, Field(alias="toDate")]
    """Last day to include, sent as `dd-MM-yyyy`."""


class GetActivityHistoryV1Params(IGRequestModel):
    """Path and query parameters of getActivityHistoryV1."""

    last_period: Annotated[int, Field(alias="lastPeriod", ge=1)]
    """Length of the period to look back over, in milliseconds."""


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


class GetTransactionHistoryByTimeRangeV1Params(IGRequestModel):
    """Path and query parameters of getTransactionHistoryByTimeRangeV1."""

    transaction_type: Annotated[TransactionTypeFilter, Field(alias="transactionType")]
    """Kind of transactions to return."""

    from_date: Annotated[IgDashDate, Field(alias="fromDate")]
    """First day to include, sent as `dd-MM-yyyy`."""

    to_date: Annotated[IgDashDate, Field(alias="toDate")]
    """Last day to include, sent as `dd-MM-yyyy`."""


class GetTransactionHistoryV1Params(IGRequestModel):
    """Path and query parameters of getTransactionHistoryV1."""

    transaction_type: Annotated[TransactionTypeFilter, Field(alias="transactionType")]
    """Kind of transactions to return."""

    last_period: Annotated[int, Field(alias="lastPeriod", ge=1)]
    """Length of the period to look back over, in milliseconds."""


__all__ = [
    "ActivityAction",
    "ActivityActionStatus",
    "ActivityActionType",
    "ActivityChannel",
    "ActivityDetails",
    "ActivityHistoryV1Response",
    "ActivityHistoryV2Response",
    "ActivityHistoryV3Metadata",
    "ActivityHistoryV3Paging",
    "ActivityHistoryV3Response",
    "ActivityStatus",
    "ActivityType",
    "ActivityV1Record",
    "ActivityV2Record",
    "ActivityV3Record",
    "GetActivityHistoryByTimeRangeV1Params",
    "GetActivityHistoryV1Params",
    "GetActivityHistoryV2Params",
    "GetActivityHistoryV3Params",
    "GetTransactionHistoryByTimeRangeV1Params",
    "GetTransactionHistoryV1Params",
    "GetTransactionHistoryV2Params",
    "PageMetadata",
    "TransactionHistoryV1Response",
    "TransactionHistoryV2Response",
    "TransactionTypeFilter",
    "TransactionV1Record",
    "TransactionV2Record",
]
