# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction
from ig_sdk._models import IGRequestModel, IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgDateTime,
    IgGoodTill,
)


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


__all__ = [
    "ActivityAction",
    "ActivityActionType",
    "ActivityChannel",
    "ActivityDetails",
    "ActivityHistoryV3Metadata",
    "ActivityHistoryV3Paging",
    "ActivityHistoryV3Response",
    "ActivityStatus",
    "ActivityType",
    "ActivityV3Record",
    "GetActivityHistoryV3Params",
]
