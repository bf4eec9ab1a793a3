"""Typed events of DISTINCT subscriptions: one TRADE payload per event, and the gaps in a stream.

IG's TRADE item carries three JSON fields (CONFIRMS, OPU, WOU). Each Lightstreamer update changes one of
them; the others keep their previous value. The SDK hands over each payload once, as the event of its kind,
in the order IG sent them, and never again because a later update left that field unchanged.

Where the SDK cannot prove that nothing was missed (a new Lightstreamer session, an overflow, a loss the
server reported, an account switch), the subscription hands over a :class:`StreamGap` at that point.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypeAlias

from ig_sdk._generated.streaming import PositionUpdate, TradeConfirmation, WorkingOrderUpdate

__all__ = [
    "EventOrigin",
    "GapReason",
    "StreamGap",
    "DealConfirmed",
    "PositionChanged",
    "WorkingOrderChanged",
    "TradeEvent",
]


class EventOrigin(StrEnum):
    """How a TRADE event reached the SDK."""

    LIVE = "LIVE"
    """Streamed as it happened."""
    REPLAYED = "REPLAYED"
    """IG's replay of the account's last confirmation when the subscription starts (possibly days old):
    not a new deal."""
    RECOVERED = "RECOVERED"
    """Missed during a gap and recovered afterwards (over REST, or from IG's replay after the gap)."""


class GapReason(StrEnum):
    """Why the SDK could not prove continuity."""

    NEW_SESSION = "NEW_SESSION"
    """The Lightstreamer session was replaced (it could not be resumed); the item re-subscribed."""
    SESSION_ENDED = "SESSION_ENDED"
    """The server ended the session (e.g. the REST session expired); the SDK reconnected."""
    STALE = "STALE"
    """Nothing arrived, not even the heartbeat, for too long; the SDK reconnected."""
    TOKENS_CHANGED = "TOKENS_CHANGED"
    """The REST tokens changed and the stream reconnected with the new ones."""
    ACCOUNT_SWITCH = "ACCOUNT_SWITCH"
    """The active account changed: the item now follows another account."""
    OVERFLOW = "OVERFLOW"
    """The consumer fell behind and the subscription's queue dropped updates."""
    SERVER_LOSS = "SERVER_LOSS"
    """The server reported updates it dropped on its side."""


@dataclass(frozen=True, slots=True)
class StreamGap:
    """Updates of ``item`` may be missing between ``start`` and ``end`` (UTC).

    On a TRADE subscription with healing on (the default), the events recovered over REST follow this
    event, marked :attr:`EventOrigin.RECOVERED`; ``recovered`` says how many, and ``healed`` whether the
    recovery completed (False: some calls failed or healing is off, so events may be missing).
    """

    item: str
    start: datetime
    """The last moment the stream was known to be complete."""
    end: datetime
    """When the stream was complete again (the item re-subscribed, or the last dropped update)."""
    reason: GapReason
    detail: str = ""
    """What happened, in words (the server's code, the number of dropped updates...)."""
    healed: bool = False
    recovered: int = 0
    """How many recovered events follow this one."""


@dataclass(frozen=True, slots=True)
class DealConfirmed:
    """A deal confirmation (TRADE field CONFIRMS): IG accepted or rejected a deal request."""

    item: str
    confirmation: TradeConfirmation
    origin: EventOrigin = EventOrigin.LIVE

    @property
    def replayed(self) -> bool:
        """True for IG's replay of an earlier confirmation at subscription: not a new deal."""
        return self.origin is EventOrigin.REPLAYED

    @property
    def recovered(self) -> bool:
        """True when the confirmation was missed live and recovered after a gap."""
        return self.origin is EventOrigin.RECOVERED


@dataclass(frozen=True, slots=True)
class PositionChanged:
    """An open position changed (TRADE field OPU): opened, updated, or closed (``status`` DELETED)."""

    item: str
    position: PositionUpdate
    origin: EventOrigin = EventOrigin.LIVE

    @property
    def recovered(self) -> bool:
        """True when the change was missed live and recovered after a gap."""
        return self.origin is EventOrigin.RECOVERED


@dataclass(frozen=True, slots=True)
class WorkingOrderChanged:
    """A working order changed (TRADE field WOU): created, amended, cancelled or filled (both DELETED)."""

    item: str
    working_order: WorkingOrderUpdate
    origin: EventOrigin = EventOrigin.LIVE

    @property
    def recovered(self) -> bool:
        """True when the change was missed live and recovered after a gap."""
        return self.origin is EventOrigin.RECOVERED


TradeEvent: TypeAlias = DealConfirmed | PositionChanged | WorkingOrderChanged | StreamGap
"""What ``client.stream.trades()`` hands over, in IG's order."""
