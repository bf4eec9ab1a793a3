# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models.history import ActivityActionStatus, PageMetadata
from ig_sdk._models import IGRequestModel, IGResponseModel
from ig_sdk._timestamps import (
    IgDateTime,
)


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


class ActivityHistoryV2Response(IGResponseModel):
    """One page of version 2 activity records."""

    activities: list[ActivityV2Record] | None = None
    """Activity records of this page."""

    metadata: PageMetadata | None = None
    """Paging details."""


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


__all__ = [
    "ActivityHistoryV2Response",
    "ActivityV2Record",
    "GetActivityHistoryV2Params",
]
