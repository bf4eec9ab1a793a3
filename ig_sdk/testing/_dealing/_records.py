"""The records the dealing engine keeps: positions, orders, activity, cash movements, outcomes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

FX_TO_GBP = {"GBP": 1.0, "USD": 0.79, "EUR": 0.85, "JPY": 0.0051}
"""Fixed conversion rates into the accounts' currency (the simulator does not move FX rates)."""


TradeListener = Callable[[str, str, dict[str, Any]], None]
"""(account id, TRADE field CONFIRMS/OPU/WOU, payload) for the TRADE stream."""


@dataclass
class Position:
    """An open OTC position."""

    deal_id: str
    deal_reference: str
    account_id: str
    epic: str
    direction: str
    size: float
    level: float
    created: float
    stop_level: float | None = None
    limit_level: float | None = None
    guaranteed_stop: bool = False
    trailing_stop_distance: float | None = None
    trailing_step: float | None = None


@dataclass
class WorkingOrder:
    """A resting LIMIT or STOP order that becomes a position when the price reaches its level."""

    deal_id: str
    deal_reference: str
    account_id: str
    epic: str
    direction: str
    size: float
    level: float
    order_type: str
    created: float
    time_in_force: str = "GOOD_TILL_CANCELLED"
    good_till: float | None = None
    stop_distance: float | None = None
    limit_distance: float | None = None
    guaranteed_stop: bool = False
    force_open: bool = True


@dataclass
class Event:
    """One activity entry (a deal outcome), kept with everything any history version reports."""

    when: float
    account_id: str
    epic: str
    deal_id: str
    deal_reference: str
    kind: str  # POSITION, WORKING_ORDER, EDIT_STOP_AND_LIMIT, SYSTEM
    status: str  # ACCEPTED / REJECTED
    description: str
    actions: list[dict[str, str]]
    details: dict[str, Any]


@dataclass
class Transaction:
    """A cash movement: a closed deal's P&L or a deposit."""

    when: float
    opened: float
    account_id: str
    kind: str  # DEAL, DEPOSIT, WITHDRAWAL
    instrument_name: str
    period: str
    pnl: float
    reference: str
    open_level: float | None
    close_level: float | None
    size: float
    currency: str = "GBP"
    cash: bool = False


@dataclass
class Outcome:
    """What a deal did, for its confirmation."""

    reason: str = "SUCCESS"
    status: str | None = None
    deal_id: str | None = None
    affected: list[dict[str, str]] = field(default_factory=list)
    level: float | None = None
    size: float | None = None
    profit: float | None = None


def iso(when: float, millis: bool = False) -> str:
    """IG's ISO timestamp, to the second or (for stream updates) to the millisecond."""
    moment = datetime.fromtimestamp(when, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] if millis else moment.strftime("%Y-%m-%dT%H:%M:%S")
