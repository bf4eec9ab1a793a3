"""TRADE events exactly once: the sans-IO bookkeeping behind ``client.stream.trades()``.

:class:`TradeLedger` turns raw TRADE updates into one event per payload, remembers what it handed over
(confirmations by content, positions and working orders by deal id) and, after a gap, plans the REST calls
that recover what was missed and merges their answers into events the consumer has not seen. The calls
themselves are made by :mod:`ig_sdk.streaming._healing` (sync or async), so this module does no I/O.

IG behaviour this follows (recordings under ``reference/real-payloads/stream/``):
- subscribing replays the account's last CONFIRMS as a snapshot, even days old: marked REPLAYED on the first
  subscription, dropped when already handed over, RECOVERED when it was missed during a gap;
- an OPU may arrive before the CONFIRMS of the same deal: each is its own event, in arrival order;
- a filled working order is a WOU DELETED followed by an OPU OPEN with the order's deal id;
- a closing OPU keeps the opening deal reference; the close CONFIRMS has a new one;
- a field with no news arrives as ``""`` (or null): no event.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from ig_sdk._generated.streaming import (
    TRADE,
    PositionUpdate,
    TradeConfirmation,
    UpdateStatus,
    WorkingOrderUpdate,
)
from ig_sdk.streaming._events import (
    DealConfirmed,
    EventOrigin,
    GapReason,
    PositionChanged,
    StreamGap,
    TradeEvent,
    WorkingOrderChanged,
)
from ig_sdk.streaming._queue import Mark, RawUpdate

__all__ = ["TradeLedger", "HealPlan", "HealResult", "ACTIVITY_MARGIN"]

_log = logging.getLogger("ig_sdk.streaming")

ACTIVITY_MARGIN: Final = timedelta(minutes=15)
"""How far before a gap's start the activity history is read (clock skew, IG's own delays)."""
_REMEMBERED: Final = 20_000
_POS_CONFIRMS, _POS_OPU, _POS_WOU = (TRADE.fields.index(name) + 1 for name in ("CONFIRMS", "OPU", "WOU"))


def _parse_json(raw: str | None, model: Any, what: str) -> Any:
    if not raw:  # IG sends "" (or null) for a field with no news
        return None
    try:
        document = json.loads(raw)
        return None if document is None else model.model_validate(document)
    except ValueError as exc:
        _log.warning("ignored a %s value that does not parse: %s", what, type(exc).__name__)
        return None


def confirmation_key(c: TradeConfirmation) -> Hashable:
    """What makes two confirmations the same one, whether streamed or read over REST.

    Not the date: REST and the stream spell it differently. An amend confirmation can reuse the original
    deal reference, so the resulting levels are part of the key.
    """
    return (
        c.deal_reference,
        c.deal_id,
        c.deal_status,
        c.status,
        c.direction,
        c.size,
        c.level,
        c.stop_level,
        c.limit_level,
    )


def _position_print(p: PositionUpdate) -> Hashable:
    # What both the stream and REST report alike (real OPUs omit the trailing-stop keys).
    return (p.status, p.size, p.level, p.stop_level, p.limit_level)


def _order_print(o: WorkingOrderUpdate) -> Hashable:
    return (o.status, o.size, o.level, o.stop_distance, o.limit_distance)


class _Remembered:
    """A bounded set (oldest entries forgotten first)."""

    def __init__(self, limit: int = _REMEMBERED) -> None:
        self._items: OrderedDict[Hashable, None] = OrderedDict()
        self._limit = limit

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def add(self, key: Hashable) -> None:
        self._items[key] = None
        self._items.move_to_end(key)
        if len(self._items) > self._limit:
            self._items.popitem(last=False)

    def discard(self, key: Hashable) -> None:
        self._items.pop(key, None)


@dataclass
class HealPlan:
    """The REST calls that recover a gap; made by a healer, then handed back to :meth:`TradeLedger.heal`."""

    gap: Mark
    item: str
    since: datetime
    """Start of the activity window (the gap's start less :data:`ACTIVITY_MARGIN`)."""
    references: list[str]
    """Deal references this client sent since then whose confirmation was not seen."""
    fetch_confirmations: bool
    """Fetch the confirmations of unseen references (False for a start: what happened before it is known,
    not news)."""


@dataclass
class HealResult:
    """What the healer read; None for a part that could not be read."""

    positions: list[PositionUpdate] | None = None
    working_orders: list[WorkingOrderUpdate] | None = None
    confirmations: list[TradeConfirmation] = field(default_factory=list)
    activity_references: list[str] = field(default_factory=list)
    """Deal references in the activity history since the plan's ``since``."""
    errors: list[str] = field(default_factory=list)


class TradeLedger:
    """Events out of raw TRADE updates, with the memory that keeps them exactly-once (one consumer)."""

    def __init__(self, *, heal: bool = True) -> None:
        self.heal_enabled = heal
        self._confirms = _Remembered()
        self._references = _Remembered()
        # Recovered position/order changes, so the same change arriving late on the stream is dropped.
        self._recovered = _Remembered(1_000)
        self._positions: dict[str, PositionUpdate] | None = None
        self._orders: dict[str, WorkingOrderUpdate] | None = None
        self._started = False
        self._after_gap = False
        self.gaps = 0
        """Gaps handed over."""
        self.recovered = 0
        """Events handed over as recovered."""
        self.duplicates = 0
        """Payloads dropped because they had been handed over already."""

    # ---- live updates ---------------------------------------------------------------------------------

    def live(self, raw: RawUpdate) -> list[TradeEvent]:
        """The events in one streamed update (CONFIRMS, OPU, WOU, in IG's field order)."""
        events: list[TradeEvent] = []
        changed = raw.changed
        confirmation = _parse_json(changed.get(_POS_CONFIRMS), TradeConfirmation, "CONFIRMS")
        if confirmation is not None:
            event = self._confirmed(raw, confirmation)
            if event is not None:
                events.append(event)
        position = _parse_json(changed.get(_POS_OPU), PositionUpdate, "OPU")
        if position is not None and self._fresh(("OPU", position.deal_id), _position_print(position)):
            self._apply_position(position)
            events.append(PositionChanged(raw.item, position))
        order = _parse_json(changed.get(_POS_WOU), WorkingOrderUpdate, "WOU")
        if order is not None and self._fresh(("WOU", order.deal_id), _order_print(order)):
            self._apply_order(order)
            events.append(WorkingOrderChanged(raw.item, order))
        return events

    def _confirmed(self, raw: RawUpdate, confirmation: TradeConfirmation) -> DealConfirmed | None:
        key = confirmation_key(confirmation)
        if key in self._confirms:
            self.duplicates += 1
            return None
        self._remember(confirmation)
        if not raw.snapshot:
            return DealConfirmed(raw.item, confirmation)
        if self._after_gap:  # IG's replay of the last confirmation, which the gap hid from us
            self.recovered += 1
            return DealConfirmed(raw.item, confirmation, EventOrigin.RECOVERED)
        return DealConfirmed(raw.item, confirmation, EventOrigin.REPLAYED)

    def _fresh(self, key: tuple[str, str | None], fingerprint: Hashable) -> bool:
        marked = (key, fingerprint)
        if marked in self._recovered:
            self._recovered.discard(marked)
            self.duplicates += 1
            return False
        return True

    def _remember(self, confirmation: TradeConfirmation) -> None:
        self._confirms.add(confirmation_key(confirmation))
        if confirmation.deal_reference:
            self._references.add(confirmation.deal_reference)

    def _apply_position(self, position: PositionUpdate) -> None:
        if self._positions is None or not position.deal_id:
            return
        if position.status is UpdateStatus.DELETED:
            self._positions.pop(position.deal_id, None)
        else:
            self._positions[position.deal_id] = position

    def _apply_order(self, order: WorkingOrderUpdate) -> None:
        if self._orders is None or not order.deal_id:
            return
        if order.status is UpdateStatus.DELETED:
            self._orders.pop(order.deal_id, None)
        else:
            self._orders[order.deal_id] = order

    # ---- marks: start and gaps --------------------------------------------------------------------------

    def confirmed_reference(self, reference: str) -> bool:
        """Whether a confirmation with this deal reference was handed over."""
        return reference in self._references

    def plan(self, item: str, mark: Mark, sent: Iterable[str]) -> HealPlan | None:
        """The REST calls this mark needs (None: none, e.g. healing is off).

        ``sent`` are the deal references this client sent since the gap's start (less the margin).
        """
        if mark.kind == "start":
            if self._started:
                return None
            self._started = True
        if not self.heal_enabled:
            return None
        since = datetime.fromtimestamp(mark.start, UTC) - ACTIVITY_MARGIN
        if mark.kind == "start" or mark.reason is GapReason.ACCOUNT_SWITCH:
            # A baseline of the (new) account: its state, and the deals already done (known, not news).
            self._positions = self._orders = None
            return HealPlan(mark, item, since, [], fetch_confirmations=False)
        references = [r for r in dict.fromkeys(sent) if r not in self._references]
        return HealPlan(mark, item, since, references, fetch_confirmations=True)

    def baseline(self, result: HealResult) -> None:
        """Take the state read at the first subscription (no event: nothing was missed yet)."""
        self._set_state(result)
        for reference in result.activity_references:
            self._references.add(reference)

    def gap(
        self,
        item: str,
        mark: Mark,
        plan: HealPlan | None,
        result: HealResult | None,
        after: Sequence[RawUpdate],
    ) -> list[TradeEvent]:
        """The gap event, the recovered events in order, then the live ``after`` updates queued since.

        ``after`` are the updates that arrived after the gap ended and were queued while the healer read
        IG's state: what they carry is dropped from the recovered events, and they follow them.
        """
        self.gaps += 1
        self._after_gap = True
        known = (
            dict(self._positions) if self._positions is not None else None,
            dict(self._orders) if self._orders is not None else None,
        )
        live_after: list[TradeEvent] = []
        for raw in after:
            live_after.extend(self.live(raw))
        recovered: list[tuple[datetime, int, TradeEvent]] = []
        healed = False
        detail = mark.detail
        if plan is not None and result is not None:
            if mark.reason is GapReason.ACCOUNT_SWITCH:
                self.baseline(result)
            else:
                recovered = self._recover(item, mark, result, known, live_after)
            healed = not result.errors and (mark.reason is not GapReason.ACCOUNT_SWITCH)
            if result.errors:
                detail = f"{detail}; recovery incomplete: {'; '.join(result.errors)}"
        elif not self.heal_enabled:
            detail = f"{detail}; healing is off"
        recovered.sort(key=lambda entry: (entry[0], entry[1]))
        events: list[TradeEvent] = [
            StreamGap(
                item,
                datetime.fromtimestamp(mark.start, UTC),
                datetime.fromtimestamp(mark.end, UTC),
                mark.reason or GapReason.NEW_SESSION,
                detail,
                healed,
                len(recovered) + sum(1 for e in live_after if _is_recovered(e)),
            )
        ]
        self.recovered += len(recovered)
        events.extend(entry[2] for entry in recovered)
        events.extend(live_after)
        return events

    def _set_state(self, result: HealResult) -> None:
        if result.positions is not None:
            self._positions = {p.deal_id: p for p in result.positions if p.deal_id}
        if result.working_orders is not None:
            self._orders = {o.deal_id: o for o in result.working_orders if o.deal_id}

    def _recover(
        self,
        item: str,
        mark: Mark,
        result: HealResult,
        known: tuple[dict[str, PositionUpdate] | None, dict[str, WorkingOrderUpdate] | None],
        live_after: Sequence[TradeEvent],
    ) -> list[tuple[datetime, int, TradeEvent]]:
        """Recovered events: unseen confirmations, and the differences between ``known`` and IG's state.

        The state the stream reported after the gap (``live_after``) is newer than the differences for the
        same deals: those are neither handed over nor applied.
        """
        end = datetime.fromtimestamp(mark.end, UTC)
        out: list[tuple[datetime, int, TradeEvent]] = []
        for confirmation in result.confirmations:
            if confirmation_key(confirmation) in self._confirms:
                self.duplicates += 1
                continue
            self._remember(confirmation)
            when = confirmation.date or end
            out.append((when, 0, DealConfirmed(item, confirmation, EventOrigin.RECOVERED)))
        # Deal ids the stream already reported after the gap: its news is newer than any difference.
        touched = {
            ("OPU", e.position.deal_id)
            if isinstance(e, PositionChanged)
            else ("WOU", e.working_order.deal_id)
            for e in live_after
            if isinstance(e, PositionChanged | WorkingOrderChanged)
        }
        known_positions, known_orders = known
        if result.working_orders is not None and known_orders is not None:
            for order in _differences(known_orders, result.working_orders, _order_print, _deleted_order):
                if ("WOU", order.deal_id) in touched:
                    continue
                self._apply_order(order)
                self._recovered.add((("WOU", order.deal_id), _order_print(order)))
                changed = WorkingOrderChanged(item, order, EventOrigin.RECOVERED)
                out.append((order.timestamp or end, 1, changed))
        if result.positions is not None and known_positions is not None:
            for position in _differences(
                known_positions, result.positions, _position_print, _deleted_position
            ):
                if ("OPU", position.deal_id) in touched:
                    continue
                self._apply_position(position)
                self._recovered.add((("OPU", position.deal_id), _position_print(position)))
                event = PositionChanged(item, position, EventOrigin.RECOVERED)
                out.append((position.timestamp or end, 2, event))
        if self._positions is None or self._orders is None:  # no state before the gap: start from now
            self._set_state(result)
        return out


def _is_recovered(event: TradeEvent) -> bool:
    return not isinstance(event, StreamGap) and event.origin is EventOrigin.RECOVERED


def _deleted_position(p: PositionUpdate) -> PositionUpdate:
    return p.model_copy(update={"status": UpdateStatus.DELETED, "size": 0, "timestamp": None})


def _deleted_order(o: WorkingOrderUpdate) -> WorkingOrderUpdate:
    return o.model_copy(update={"status": UpdateStatus.DELETED, "timestamp": None})


def _differences(known: dict[str, Any], now: Sequence[Any], fingerprint: Any, deleted: Any) -> list[Any]:
    """OPEN for what appeared, UPDATED for what changed, DELETED for what went (positions or orders)."""
    changes: list[Any] = []
    current = {entry.deal_id: entry for entry in now if entry.deal_id}
    for deal_id, before in list(known.items()):
        if deal_id not in current:
            changes.append(deleted(before))
    for deal_id, entry in current.items():
        before = known.get(deal_id)
        if before is None:
            changes.append(entry)
        elif _same(before, entry, fingerprint) is False:
            changes.append(entry.model_copy(update={"status": UpdateStatus.UPDATED}))
    return changes


def _same(before: Any, after: Any, fingerprint: Any) -> bool:
    # Compare what REST reports for both: the status word differs between a streamed and a read entry.
    b = before.model_copy(update={"status": UpdateStatus.OPEN})
    a = after.model_copy(update={"status": UpdateStatus.OPEN})
    return bool(fingerprint(b) == fingerprint(a))
