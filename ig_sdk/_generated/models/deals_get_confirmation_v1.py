# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import Direction
from ig_sdk._models import IGRequestModel, IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgDateTime,
)


class DealConfirmationStatus(StrEnum):
    """State of the position a confirmed deal left behind."""

    AMENDED = "AMENDED"
    CLOSED = "CLOSED"
    DELETED = "DELETED"
    OPEN = "OPEN"
    PARTIALLY_CLOSED = "PARTIALLY_CLOSED"


class DealReason(StrEnum):
    """Why IG accepted or rejected a deal: SUCCESS for an accepted one, otherwise a code naming the obstacle (closed market, insufficient funds, stop on the wrong side, and so on). IG's spelling is kept, including PARTIALY_CLOSED_POSITION_NOT_DELETED."""

    ACCOUNT_NOT_ENABLED_TO_TRADING = "ACCOUNT_NOT_ENABLED_TO_TRADING"
    ATTACHED_ORDER_LEVEL_ERROR = "ATTACHED_ORDER_LEVEL_ERROR"
    ATTACHED_ORDER_TRAILING_STOP_ERROR = "ATTACHED_ORDER_TRAILING_STOP_ERROR"
    CANNOT_CHANGE_STOP_TYPE = "CANNOT_CHANGE_STOP_TYPE"
    CANNOT_REMOVE_STOP = "CANNOT_REMOVE_STOP"
    CLOSING_ONLY_TRADES_ACCEPTED_ON_THIS_MARKET = "CLOSING_ONLY_TRADES_ACCEPTED_ON_THIS_MARKET"
    CONFLICTING_ORDER = "CONFLICTING_ORDER"
    CONTACT_SUPPORT_INSTRUMENT_ERROR = "CONTACT_SUPPORT_INSTRUMENT_ERROR"
    CR_SPACING = "CR_SPACING"
    DUPLICATE_ORDER_ERROR = "DUPLICATE_ORDER_ERROR"
    EXCHANGE_MANUAL_OVERRIDE = "EXCHANGE_MANUAL_OVERRIDE"
    EXPIRY_LESS_THAN_SPRINT_MARKET_MIN_EXPIRY = "EXPIRY_LESS_THAN_SPRINT_MARKET_MIN_EXPIRY"
    FINANCE_REPEAT_DEALING = "FINANCE_REPEAT_DEALING"
    FORCE_OPEN_ON_SAME_MARKET_DIFFERENT_CURRENCY = "FORCE_OPEN_ON_SAME_MARKET_DIFFERENT_CURRENCY"
    GENERAL_ERROR = "GENERAL_ERROR"
    GOOD_TILL_DATE_IN_THE_PAST = "GOOD_TILL_DATE_IN_THE_PAST"
    INSTRUMENT_NOT_FOUND = "INSTRUMENT_NOT_FOUND"
    INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"
    LEVEL_TOLERANCE_ERROR = "LEVEL_TOLERANCE_ERROR"
    LIMIT_ORDER_WRONG_SIDE_OF_MARKET = "LIMIT_ORDER_WRONG_SIDE_OF_MARKET"
    MANUAL_ORDER_TIMEOUT = "MANUAL_ORDER_TIMEOUT"
    MARGIN_ERROR = "MARGIN_ERROR"
    MARKET_CLOSED = "MARKET_CLOSED"
    MARKET_CLOSED_WITH_EDITS = "MARKET_CLOSED_WITH_EDITS"
    MARKET_CLOSING = "MARKET_CLOSING"
    MARKET_NOT_BORROWABLE = "MARKET_NOT_BORROWABLE"
    MARKET_OFFLINE = "MARKET_OFFLINE"
    MARKET_ORDERS_NOT_ALLOWED_ON_INSTRUMENT = "MARKET_ORDERS_NOT_ALLOWED_ON_INSTRUMENT"
    MARKET_PHONE_ONLY = "MARKET_PHONE_ONLY"
    MARKET_ROLLED = "MARKET_ROLLED"
    MARKET_UNAVAILABLE_TO_CLIENT = "MARKET_UNAVAILABLE_TO_CLIENT"
    MAX_AUTO_SIZE_EXCEEDED = "MAX_AUTO_SIZE_EXCEEDED"
    MINIMUM_ORDER_SIZE_ERROR = "MINIMUM_ORDER_SIZE_ERROR"
    MOVE_AWAY_ONLY_LIMIT = "MOVE_AWAY_ONLY_LIMIT"
    MOVE_AWAY_ONLY_STOP = "MOVE_AWAY_ONLY_STOP"
    MOVE_AWAY_ONLY_TRIGGER_LEVEL = "MOVE_AWAY_ONLY_TRIGGER_LEVEL"
    OPPOSING_DIRECTION_ORDERS_NOT_ALLOWED = "OPPOSING_DIRECTION_ORDERS_NOT_ALLOWED"
    OPPOSING_POSITIONS_NOT_ALLOWED = "OPPOSING_POSITIONS_NOT_ALLOWED"
    ORDER_DECLINED = "ORDER_DECLINED"
    ORDER_LOCKED = "ORDER_LOCKED"
    ORDER_NOT_FOUND = "ORDER_NOT_FOUND"
    OVER_NORMAL_MARKET_SIZE = "OVER_NORMAL_MARKET_SIZE"
    PARTIALY_CLOSED_POSITION_NOT_DELETED = "PARTIALY_CLOSED_POSITION_NOT_DELETED"
    POSITION_ALREADY_EXISTS_IN_OPPOSITE_DIRECTION = "POSITION_ALREADY_EXISTS_IN_OPPOSITE_DIRECTION"
    POSITION_NOT_AVAILABLE_TO_CANCEL = "POSITION_NOT_AVAILABLE_TO_CANCEL"
    POSITION_NOT_AVAILABLE_TO_CLOSE = "POSITION_NOT_AVAILABLE_TO_CLOSE"
    POSITION_NOT_FOUND = "POSITION_NOT_FOUND"
    REJECT_CFD_ORDER_ON_SPREADBET_ACCOUNT = "REJECT_CFD_ORDER_ON_SPREADBET_ACCOUNT"
    REJECT_SPREADBET_ORDER_ON_CFD_ACCOUNT = "REJECT_SPREADBET_ORDER_ON_CFD_ACCOUNT"
    SIZE_INCREMENT = "SIZE_INCREMENT"
    SPRINT_MARKET_EXPIRY_AFTER_MARKET_CLOSE = "SPRINT_MARKET_EXPIRY_AFTER_MARKET_CLOSE"
    STOP_OR_LIMIT_NOT_ALLOWED = "STOP_OR_LIMIT_NOT_ALLOWED"
    STOP_REQUIRED_ERROR = "STOP_REQUIRED_ERROR"
    STRIKE_LEVEL_TOLERANCE = "STRIKE_LEVEL_TOLERANCE"
    SUCCESS = "SUCCESS"
    TRAILING_STOP_NOT_ALLOWED = "TRAILING_STOP_NOT_ALLOWED"
    UNKNOWN = "UNKNOWN"
    WRONG_SIDE_OF_MARKET = "WRONG_SIDE_OF_MARKET"
    CLOSINGS_ONLY_ACCOUNT = "CLOSINGS_ONLY_ACCOUNT"
    INSTRUMENT_NOT_TRADEABLE_IN_THIS_CURRENCY = "INSTRUMENT_NOT_TRADEABLE_IN_THIS_CURRENCY"
    NCR_POSITIONS_ON_CR_ACCOUNT = "NCR_POSITIONS_ON_CR_ACCOUNT"
    ORDER_SIZE_CANNOT_BE_FILLED = "ORDER_SIZE_CANNOT_BE_FILLED"


class DealStatus(StrEnum):
    """Whether IG carried out the deal (ACCEPTED) or refused it (REJECTED, see the reason)."""

    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"


class AffectedDealStatus(StrEnum):
    """What a deal did to one of the deals it touched."""

    AMENDED = "AMENDED"
    DELETED = "DELETED"
    FULLY_CLOSED = "FULLY_CLOSED"
    OPENED = "OPENED"
    PARTIALLY_CLOSED = "PARTIALLY_CLOSED"


class AffectedDeal(IGResponseModel):
    """One deal that a confirmed deal opened, amended or closed."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id of the touched deal."""

    status: AffectedDealStatus
    """What happened to it."""


class DealConfirmationV1Response(IGResponseModel):
    """The outcome of a trading request: accepted or rejected and why, and the resulting deal's terms. Fields that do not apply to the deal (a stop it did not set, the profit of an opening deal) are null."""

    date: IgDateTime
    """When IG processed the deal (unverified: absent from IG's reference, sent by IG in practice; its zone is not documented)."""

    status: DealConfirmationStatus | None = None
    """State of the position after the deal; null for a rejected deal."""

    reason: DealReason
    """SUCCESS, or the reason IG refused the deal."""

    deal_status: Annotated[DealStatus, Field(alias="dealStatus")]
    """Whether the deal was accepted or rejected."""

    epic: str
    """Epic of the market dealt on."""

    expiry: str | None = None
    """Expiry of the instrument dealt (`-` for none, `DFB` for daily funded bets)."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """The reference this confirmation answers."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id IG gave the deal; use it to amend or close the resulting position or order."""

    affected_deals: Annotated[list[AffectedDeal], Field(alias="affectedDeals")]
    """The deals this one opened, amended or closed."""

    level: Decimal | None = None
    """Price at which the deal was done."""

    size: Decimal | None = None
    """Size dealt."""

    direction: Direction
    """Direction of the deal."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop level now attached, if any."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit level now attached, if any."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop distance from the deal level, if the stop was given as a distance."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit distance from the deal level, if the limit was given as a distance."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True when the stop is guaranteed."""

    trailing_stop: Annotated[bool, Field(alias="trailingStop")]
    """True when the stop trails the market."""

    profit: Decimal | None = None
    """Realised profit or loss of a closing deal."""

    profit_currency: Annotated[str | None, Field(alias="profitCurrency")] = None
    """Currency of `profit`."""


class GetDealConfirmationV1Params(IGRequestModel):
    """Path and query parameters of getDealConfirmationV1."""

    deal_reference: Annotated[str, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal reference of the trading request to confirm: the one you sent, or the one IG returned."""


__all__ = [
    "AffectedDeal",
    "AffectedDealStatus",
    "DealConfirmationStatus",
    "DealConfirmationV1Response",
    "DealReason",
    "DealStatus",
    "GetDealConfirmationV1Params",
]
