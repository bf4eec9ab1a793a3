"""Positions, working orders, deal confirmations and the history they leave behind.

Requests are validated by the routes (IG's 4xx answers); here a deal is either ACCEPTED or REJECTED with one
of IG's confirmation reasons, and every outcome is recorded as a confirmation, an activity and, for closes,
a transaction. ``on_price`` (called on every REST request and stream tick) fills working orders whose level
the price has crossed and closes positions whose stop or limit it has hit.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._accounts import Account
from ._catalogue import CATALOGUE, Instrument
from ._clock import Clock
from ._prices import PriceEngine

__all__ = ["FX_TO_GBP", "Dealing", "Position", "WorkingOrder"]

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


class Dealing:
    """The dealing engine of all accounts."""

    def __init__(self, clock: Clock, prices: PriceEngine, accounts: dict[str, Account], seed: int) -> None:
        self._clock = clock
        self._prices = prices
        self.accounts = accounts
        self._rng = random.Random(seed ^ 0xDEA1)
        self._counter = 0
        self._last_event = 0.0
        self.positions: dict[str, Position] = {}
        self.orders: dict[str, WorkingOrder] = {}
        self.confirms: dict[tuple[str, str], dict[str, Any]] = {}
        self.events: list[Event] = []
        self.transactions: list[Transaction] = [
            Transaction(
                0.0,
                0.0,
                a.account_id,
                "DEPOSIT",
                "Cash deposit",
                "-",
                a.deposit,
                "DEPOSIT1",
                None,
                None,
                0.0,
                cash=True,
            )
            for a in accounts.values()
        ]
        self.listeners: list[TradeListener] = []

    # ------------------------------------------------------------------ ids and time

    def new_deal_id(self) -> str:
        """An IG-looking deal id (DIAAAA...), unique and deterministic."""
        self._counter += 1
        digits, n = "", self._counter
        while n:
            n, rem = divmod(n, 26)
            digits = chr(65 + rem) + digits
        return "DIAAAA" + digits.rjust(9, "A")

    def new_deal_reference(self) -> str:
        """A server-made deal reference for requests that bring none."""
        return "".join(self._rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(15))

    def _stamp(self) -> float:
        # Strictly increasing event times keep history ordering and paging stable under a frozen clock.
        self._last_event = max(self._clock.now(), self._last_event + 0.001)
        return self._last_event

    # ------------------------------------------------------------------ money

    def pnl(self, position: Position, when: float | None = None) -> float:
        """Unrealised P&L of a position in the account currency."""
        instrument = CATALOGUE[position.epic]
        quote = self._prices.quote(instrument, self._clock.now() if when is None else when)
        exit_level = quote.bid if position.direction == "BUY" else quote.offer
        return self._money(instrument, position.direction, position.level, exit_level, position.size)

    @staticmethod
    def _money(instrument: Instrument, direction: str, entry: float, exit_level: float, size: float) -> float:
        points = exit_level - entry if direction == "BUY" else entry - exit_level
        return round(points * size * instrument.point_value * FX_TO_GBP[instrument.currency], 2)

    @staticmethod
    def margin(instrument: Instrument, level: float, size: float) -> float:
        """Deposit a position needs, in the account currency."""
        value = level * size * instrument.point_value * FX_TO_GBP[instrument.currency]
        return round(value * instrument.margin_pct / 100 / instrument.scaling_factor, 2)

    def balance(self, account_id: str) -> dict[str, float]:
        """IG's balance block: balance, deposit (margin), profitLoss and available."""
        account = self.accounts[account_id]
        mine = [p for p in self.positions.values() if p.account_id == account_id]
        pnl = round(sum(self.pnl(p) for p in mine), 2)
        used = round(sum(self.margin(CATALOGUE[p.epic], p.level, p.size) for p in mine), 2)
        return {
            "balance": round(account.balance, 2),
            "deposit": used,
            "profitLoss": pnl,
            "available": round(account.balance + pnl - used, 2),
        }

    # ------------------------------------------------------------------ recording

    def _emit(self, account_id: str, field_name: str, payload: dict[str, Any]) -> None:
        for listener in list(self.listeners):
            listener(account_id, field_name, payload)

    def _confirm(
        self,
        account_id: str,
        reference: str,
        instrument: Instrument | None,
        epic: str,
        body: dict[str, Any],
        outcome: Outcome,
    ) -> dict[str, Any]:
        accepted = outcome.reason == "SUCCESS"
        when = self._stamp()
        record = {
            "date": _iso(when),
            "status": outcome.status if accepted else None,
            "reason": outcome.reason,
            "dealStatus": "ACCEPTED" if accepted else "REJECTED",
            "epic": epic,
            "expiry": instrument.expiry if instrument else body.get("expiry"),
            "dealReference": reference,
            "dealId": outcome.deal_id or self.new_deal_id(),
            "affectedDeals": outcome.affected,
            "level": outcome.level if accepted else None,
            "size": outcome.size if accepted else None,
            "direction": body.get("direction"),
            "stopLevel": body.get("stopLevel"),
            "limitLevel": body.get("limitLevel"),
            "stopDistance": body.get("stopDistance"),
            "limitDistance": body.get("limitDistance"),
            "guaranteedStop": bool(body.get("guaranteedStop", False)),
            "trailingStop": bool(body.get("trailingStop", False)),
            "profit": outcome.profit,
            "profitCurrency": self.accounts[account_id].currency if outcome.profit is not None else None,
            "channel": "PublicRestOTC",
        }
        self.confirms[(account_id, reference)] = record
        self._emit(account_id, "CONFIRMS", record)
        return record

    def _event(
        self,
        account_id: str,
        epic: str,
        deal_id: str,
        reference: str,
        kind: str,
        status: str,
        description: str,
        actions: list[tuple[str, str]],
        details: dict[str, Any],
    ) -> None:
        instrument = CATALOGUE.get(epic)
        full = {
            "dealReference": reference,
            "actions": [{"actionType": a, "affectedDealId": d} for a, d in actions],
            "marketName": instrument.name if instrument else epic,
            "currency": instrument.currency if instrument else None,
            **details,
        }
        self.events.append(
            Event(
                self._stamp(),
                account_id,
                epic,
                deal_id,
                reference,
                kind,
                status,
                description,
                full["actions"],
                full,
            )
        )

    def _opu(self, position: Position, status: str, size: float | None = None) -> None:
        instrument = CATALOGUE[position.epic]
        self._emit(
            position.account_id,
            "OPU",
            {
                "dealReference": position.deal_reference,
                "dealId": position.deal_id,
                "dealIdOrigin": position.deal_id,
                "epic": position.epic,
                "expiry": instrument.expiry,
                "direction": position.direction,
                "size": position.size if size is None else size,
                "level": position.level,
                "stopLevel": position.stop_level,
                "limitLevel": position.limit_level,
                "guaranteedStop": position.guaranteed_stop,
                "trailingStopDistance": position.trailing_stop_distance,
                "trailingStep": position.trailing_step,
                "status": status,
                "dealStatus": "ACCEPTED",
                "currency": instrument.currency,
                "timestamp": _iso(self._clock.now(), millis=True),
                "channel": "PublicRestOTC",
            },
        )

    def _wou(self, order: WorkingOrder, status: str) -> None:
        instrument = CATALOGUE[order.epic]
        self._emit(
            order.account_id,
            "WOU",
            {
                "dealReference": order.deal_reference,
                "dealId": order.deal_id,
                "epic": order.epic,
                "expiry": instrument.expiry,
                "direction": order.direction,
                "size": order.size,
                "level": order.level,
                "stopDistance": order.stop_distance,
                "limitDistance": order.limit_distance,
                "guaranteedStop": order.guaranteed_stop,
                "status": status,
                "dealStatus": "ACCEPTED",
                "currency": instrument.currency,
                "timestamp": _iso(self._clock.now(), millis=True),
                "orderType": order.order_type,
                "timeInForce": order.time_in_force,
                "goodTillDate": _iso(order.good_till) if order.good_till else None,
                "channel": "PublicRestOTC",
            },
        )

    # ------------------------------------------------------------------ checks shared by positions and orders

    def _market_reason(self, account_id: str, instrument: Instrument | None, size: float) -> str | None:
        if instrument is None:
            return "INSTRUMENT_NOT_FOUND"
        account = self.accounts[account_id]
        if instrument.account_type != account.account_type:
            if account.account_type == "SPREADBET":
                return "REJECT_CFD_ORDER_ON_SPREADBET_ACCOUNT"
            return "REJECT_SPREADBET_ORDER_ON_CFD_ACCOUNT"
        if not instrument.is_open(self._clock.now()):
            return "MARKET_CLOSED_WITH_EDITS"
        if size < instrument.min_size:
            return "MINIMUM_ORDER_SIZE_ERROR"
        return None

    @staticmethod
    def _attached_reason(
        instrument: Instrument, direction: str, entry: float, stop: float | None, limit: float | None
    ) -> str | None:
        sign = 1 if direction == "BUY" else -1
        if stop is not None and (entry - stop) * sign < instrument.min_stop:
            return "ATTACHED_ORDER_LEVEL_ERROR"
        if limit is not None and (limit - entry) * sign < instrument.min_stop:
            return "ATTACHED_ORDER_LEVEL_ERROR"
        return None

    @staticmethod
    def _levels(direction: str, entry: float, body: dict[str, Any]) -> tuple[float | None, float | None]:
        sign = 1 if direction == "BUY" else -1
        stop = body.get("stopLevel")
        if stop is None and body.get("stopDistance") is not None:
            stop = entry - sign * float(body["stopDistance"])
        limit = body.get("limitLevel")
        if limit is None and body.get("limitDistance") is not None:
            limit = entry + sign * float(body["limitDistance"])
        return (None if stop is None else float(stop)), (None if limit is None else float(limit))

    # ------------------------------------------------------------------ positions

    def open_position(self, account_id: str, body: dict[str, Any]) -> str:
        """POST /positions/otc: returns the deal reference; the outcome is in the confirmation."""
        reference = body.get("dealReference") or self.new_deal_reference()
        epic = str(body.get("epic"))
        instrument = CATALOGUE.get(epic)
        size = float(body["size"])
        direction = str(body.get("direction"))
        reason = self._market_reason(account_id, instrument, size)
        if reason is None and instrument is not None and body.get("expiry") not in (instrument.expiry, None):
            reason = "INSTRUMENT_NOT_FOUND"
        if instrument is None or reason is not None:
            return self._reject(
                account_id, reference, instrument, epic, body, reason or "UNKNOWN", "POSITION"
            )
        quote = self._prices.quote(instrument, self._clock.now())
        price = quote.offer if direction == "BUY" else quote.bid
        order_type = body.get("orderType") or "MARKET"
        if order_type in ("LIMIT", "QUOTE"):
            wanted = float(body["level"])
            worse = price > wanted if direction == "BUY" else price < wanted
            if worse:
                return self._reject(
                    account_id, reference, instrument, epic, body, "LEVEL_TOLERANCE_ERROR", "POSITION"
                )
        stop, limit = self._levels(direction, price, body)
        attached = self._attached_reason(instrument, direction, price, stop, limit)
        if attached:
            return self._reject(account_id, reference, instrument, epic, body, attached, "POSITION")
        if self.margin(instrument, price, size) > self.balance(account_id)["available"]:
            return self._reject(
                account_id, reference, instrument, epic, body, "INSUFFICIENT_FUNDS", "POSITION"
            )
        affected: list[dict[str, str]] = []
        remaining = size
        if not body.get("forceOpen", False):
            remaining, profit = self._net_off(account_id, epic, direction, size, price, reference, affected)
            if remaining <= 0:
                self._confirm(
                    account_id,
                    reference,
                    instrument,
                    epic,
                    body,
                    Outcome(
                        status="CLOSED",
                        deal_id=affected[0]["dealId"],
                        affected=affected,
                        level=price,
                        size=size,
                        profit=profit,
                    ),
                )
                return reference
        position = Position(
            self.new_deal_id(),
            reference,
            account_id,
            epic,
            direction,
            remaining,
            price,
            self._clock.now(),
            stop,
            limit,
            bool(body.get("guaranteedStop", False)),
            body.get("stopDistance") if body.get("trailingStop") else None,
            body.get("trailingStopIncrement") if body.get("trailingStop") else None,
        )
        self.positions[position.deal_id] = position
        affected.append({"dealId": position.deal_id, "status": "OPENED"})
        self._confirm(
            account_id,
            reference,
            instrument,
            epic,
            body,
            Outcome(status="OPEN", deal_id=position.deal_id, affected=affected, level=price, size=size),
        )
        self._event(
            account_id,
            epic,
            position.deal_id,
            reference,
            "POSITION",
            "ACCEPTED",
            f"Position opened: {position.deal_id}",
            [("POSITION_OPENED", position.deal_id)],
            self._position_details(position),
        )
        self._opu(position, "OPEN")
        return reference

    def _net_off(
        self,
        account_id: str,
        epic: str,
        direction: str,
        size: float,
        price: float,
        reference: str,
        affected: list[dict[str, str]],
    ) -> tuple[float, float]:
        remaining, profit = size, 0.0
        opposite = [
            p
            for p in self.positions.values()
            if p.account_id == account_id and p.epic == epic and p.direction != direction
        ]
        for position in sorted(opposite, key=lambda p: p.created):
            if remaining <= 0:
                break
            portion = min(remaining, position.size)
            profit += self._reduce(position, portion, price, reference, affected)
            remaining = round(remaining - portion, 12)
        return remaining, round(profit, 2)

    def _reduce(
        self,
        position: Position,
        size: float,
        exit_level: float,
        reference: str,
        affected: list[dict[str, str]],
        system: bool = False,
    ) -> float:
        instrument = CATALOGUE[position.epic]
        profit = self._money(instrument, position.direction, position.level, exit_level, size)
        self.accounts[position.account_id].balance += profit
        full = size >= position.size
        status = "FULLY_CLOSED" if full else "PARTIALLY_CLOSED"
        affected.append({"dealId": position.deal_id, "status": status})
        action = "POSITION_CLOSED" if full else "POSITION_PARTIALLY_CLOSED"
        self._event(
            position.account_id,
            position.epic,
            position.deal_id,
            reference,
            "SYSTEM" if system else "POSITION",
            "ACCEPTED",
            f"Position {'' if full else 'partially '}closed: {position.deal_id}",
            [(action, position.deal_id)],
            {
                **self._position_details(position),
                "size": size,
                "level": exit_level,
                "direction": "SELL" if position.direction == "BUY" else "BUY",
            },
        )
        self.transactions.append(
            Transaction(
                self._stamp(),
                position.created,
                position.account_id,
                "DEAL",
                instrument.name,
                instrument.expiry,
                profit,
                position.deal_id,
                position.level,
                exit_level,
                size if position.direction == "BUY" else -size,
            )
        )
        if full:
            del self.positions[position.deal_id]
            self._opu(position, "DELETED", 0.0)
        else:
            position.size = round(position.size - size, 12)
            self._opu(position, "UPDATED")
        return profit

    @staticmethod
    def _position_details(position: Position) -> dict[str, Any]:
        return {
            "size": position.size,
            "direction": position.direction,
            "level": position.level,
            "stopLevel": position.stop_level,
            "limitLevel": position.limit_level,
            "guaranteedStop": position.guaranteed_stop,
            "trailingStopDistance": position.trailing_stop_distance,
            "trailingStep": position.trailing_step,
        }

    def _reject(
        self,
        account_id: str,
        reference: str,
        instrument: Instrument | None,
        epic: str,
        body: dict[str, Any],
        reason: str,
        kind: str,
    ) -> str:
        record = self._confirm(account_id, reference, instrument, epic, body, Outcome(reason=reason))
        self._event(
            account_id,
            epic,
            record["dealId"],
            reference,
            kind,
            "REJECTED",
            f"Rejected: {reason}",
            [],
            {"size": body.get("size"), "direction": body.get("direction"), "level": body.get("level")},
        )
        return reference

    def close_position(self, account_id: str, body: dict[str, Any]) -> str:
        """DELETE /positions/otc (by dealId, or by epic and direction for the oldest match)."""
        reference = body.get("dealReference") or self.new_deal_reference()
        size = float(body["size"])
        direction = body.get("direction")
        if body.get("dealId"):
            position = self.positions.get(str(body["dealId"]))
            if position is not None and position.account_id != account_id:
                position = None
        else:
            candidates = [
                p
                for p in self.positions.values()
                if p.account_id == account_id and p.epic == body.get("epic") and p.direction != direction
            ]
            position = min(candidates, key=lambda p: p.created) if candidates else None
        epic = position.epic if position else str(body.get("epic"))
        instrument = CATALOGUE.get(epic)
        if position is None or instrument is None:
            return self._reject(
                account_id, reference, instrument, epic, body, "POSITION_NOT_AVAILABLE_TO_CLOSE", "POSITION"
            )
        if not instrument.is_open(self._clock.now()):
            return self._reject(
                account_id, reference, instrument, epic, body, "MARKET_CLOSED_WITH_EDITS", "POSITION"
            )
        if size > position.size + 1e-9 or size <= 0:
            return self._reject(
                account_id, reference, instrument, epic, body, "ORDER_SIZE_CANNOT_BE_FILLED", "POSITION"
            )
        quote = self._prices.quote(instrument, self._clock.now())
        price = quote.bid if position.direction == "BUY" else quote.offer
        affected: list[dict[str, str]] = []
        full = size >= position.size - 1e-9
        profit = self._reduce(position, min(size, position.size), price, reference, affected)
        self._confirm(
            account_id,
            reference,
            instrument,
            epic,
            {**body, "direction": "SELL" if position.direction == "BUY" else "BUY"},
            Outcome(
                status="CLOSED" if full else "PARTIALLY_CLOSED",
                deal_id=position.deal_id,
                affected=affected,
                level=price,
                size=size,
                profit=profit,
            ),
        )
        return reference

    def update_position(self, account_id: str, deal_id: str, body: dict[str, Any]) -> str | None:
        """PUT /positions/otc/{dealId}; None when there is no such position."""
        position = self.positions.get(deal_id)
        if position is None or position.account_id != account_id:
            return None
        reference = self.new_deal_reference()
        instrument = CATALOGUE[position.epic]
        quote = self._prices.quote(instrument, self._clock.now())
        current = quote.bid if position.direction == "BUY" else quote.offer
        stop = body.get("stopLevel")
        limit = body.get("limitLevel")
        reason = self._attached_reason(
            instrument,
            position.direction,
            current,
            None if stop is None else float(stop),
            None if limit is None else float(limit),
        )
        if reason:
            return self._reject(
                account_id,
                reference,
                instrument,
                position.epic,
                {**body, "direction": position.direction},
                reason,
                "EDIT_STOP_AND_LIMIT",
            )
        position.stop_level = None if stop is None else float(stop)
        position.limit_level = None if limit is None else float(limit)
        if body.get("trailingStop"):
            position.trailing_stop_distance = body.get("trailingStopDistance")
            position.trailing_step = body.get("trailingStopIncrement")
        else:
            position.trailing_stop_distance = position.trailing_step = None
        self._confirm(
            account_id,
            reference,
            instrument,
            position.epic,
            {**body, "direction": position.direction},
            Outcome(
                status="AMENDED",
                deal_id=deal_id,
                affected=[{"dealId": deal_id, "status": "AMENDED"}],
                level=position.level,
                size=position.size,
            ),
        )
        self._event(
            account_id,
            position.epic,
            deal_id,
            reference,
            "EDIT_STOP_AND_LIMIT",
            "ACCEPTED",
            f"Limit and stop amended: {deal_id}",
            [("STOP_LIMIT_AMENDED", deal_id)],
            self._position_details(position),
        )
        self._opu(position, "UPDATED")
        return reference

    # ------------------------------------------------------------------ working orders

    def create_order(self, account_id: str, body: dict[str, Any], good_till: float | None) -> str:
        """POST /workingorders/otc."""
        reference = body.get("dealReference") or self.new_deal_reference()
        epic = str(body.get("epic"))
        instrument = CATALOGUE.get(epic)
        size = float(body["size"])
        direction = str(body.get("direction"))
        order_type = str(body.get("type"))
        level = float(body["level"])
        reason = self._market_reason(account_id, instrument, size)
        if reason is None and instrument is not None:
            quote = self._prices.quote(instrument, self._clock.now())
            price = quote.offer if direction == "BUY" else quote.bid
            below = level < price
            wants_below = (order_type == "LIMIT") == (direction == "BUY")
            if below != wants_below:
                reason = (
                    "LIMIT_ORDER_WRONG_SIDE_OF_MARKET" if order_type == "LIMIT" else "WRONG_SIDE_OF_MARKET"
                )
            elif good_till is not None and good_till <= self._clock.now():
                reason = "GOOD_TILL_DATE_IN_THE_PAST"
            else:
                stop, limit = self._levels(direction, level, body)
                reason = self._attached_reason(instrument, direction, level, stop, limit)
        if instrument is None or reason is not None:
            return self._reject(
                account_id, reference, instrument, epic, body, reason or "UNKNOWN", "WORKING_ORDER"
            )
        stop, limit = self._levels(direction, level, body)
        order = WorkingOrder(
            self.new_deal_id(),
            reference,
            account_id,
            epic,
            direction,
            size,
            level,
            order_type,
            self._clock.now(),
            str(body.get("timeInForce") or "GOOD_TILL_CANCELLED"),
            good_till,
            None if stop is None else round(abs(level - stop), 6),
            None if limit is None else round(abs(limit - level), 6),
            bool(body.get("guaranteedStop", False)),
            bool(body.get("forceOpen", True)),
        )
        self.orders[order.deal_id] = order
        self._confirm(
            account_id,
            reference,
            instrument,
            epic,
            body,
            Outcome(
                status="OPEN",
                deal_id=order.deal_id,
                affected=[{"dealId": order.deal_id, "status": "OPENED"}],
                level=level,
                size=size,
            ),
        )
        action = "LIMIT_ORDER_OPENED" if order_type == "LIMIT" else "STOP_ORDER_OPENED"
        self._event(
            account_id,
            epic,
            order.deal_id,
            reference,
            "WORKING_ORDER",
            "ACCEPTED",
            f"Order opened: {order.deal_id}",
            [(action, order.deal_id)],
            self._order_details(order),
        )
        self._wou(order, "OPEN")
        return reference

    @staticmethod
    def _order_details(order: WorkingOrder) -> dict[str, Any]:
        return {
            "size": order.size,
            "direction": order.direction,
            "level": order.level,
            "stopDistance": order.stop_distance,
            "limitDistance": order.limit_distance,
            "guaranteedStop": order.guaranteed_stop,
            "goodTillDate": _iso(order.good_till) if order.good_till else None,
        }

    def update_order(
        self, account_id: str, deal_id: str, body: dict[str, Any], good_till: float | None
    ) -> str | None:
        """PUT /workingorders/otc/{dealId}; None when there is no such order."""
        order = self.orders.get(deal_id)
        if order is None or order.account_id != account_id:
            return None
        reference = self.new_deal_reference()
        order.level = float(body["level"])
        order.order_type = str(body.get("type") or order.order_type)
        order.time_in_force = str(body.get("timeInForce") or order.time_in_force)
        order.good_till = good_till
        stop, limit = self._levels(order.direction, order.level, body)
        order.stop_distance = None if stop is None else round(abs(order.level - stop), 6)
        order.limit_distance = None if limit is None else round(abs(limit - order.level), 6)
        instrument = CATALOGUE[order.epic]
        self._confirm(
            account_id,
            reference,
            instrument,
            order.epic,
            {**body, "direction": order.direction},
            Outcome(
                status="AMENDED",
                deal_id=deal_id,
                affected=[{"dealId": deal_id, "status": "AMENDED"}],
                level=order.level,
                size=order.size,
            ),
        )
        action = "LIMIT_ORDER_AMENDED" if order.order_type == "LIMIT" else "STOP_ORDER_AMENDED"
        self._event(
            account_id,
            order.epic,
            deal_id,
            reference,
            "WORKING_ORDER",
            "ACCEPTED",
            f"Order amended: {deal_id}",
            [(action, deal_id)],
            self._order_details(order),
        )
        self._wou(order, "UPDATED")
        return reference

    def delete_order(self, account_id: str, deal_id: str, system: bool = False) -> str | None:
        """DELETE /workingorders/otc/{dealId}; None when there is no such order."""
        order = self.orders.get(deal_id)
        if order is None or order.account_id != account_id:
            return None
        reference = self.new_deal_reference()
        del self.orders[deal_id]
        self._confirm(
            account_id,
            reference,
            CATALOGUE[order.epic],
            order.epic,
            {"direction": order.direction},
            Outcome(
                status="DELETED",
                deal_id=deal_id,
                affected=[{"dealId": deal_id, "status": "DELETED"}],
                level=order.level,
                size=order.size,
            ),
        )
        action = "LIMIT_ORDER_DELETED" if order.order_type == "LIMIT" else "STOP_ORDER_DELETED"
        self._event(
            account_id,
            order.epic,
            deal_id,
            reference,
            "SYSTEM" if system else "WORKING_ORDER",
            "ACCEPTED",
            f"Order deleted: {deal_id}",
            [(action, deal_id)],
            self._order_details(order),
        )
        self._wou(order, "DELETED")
        return reference

    # ------------------------------------------------------------------ the market moves

    def on_price(self) -> None:
        """Fill crossed orders, expire GOOD_TILL_DATE ones, and close positions at their stop or limit."""
        now = self._clock.now()
        for order in list(self.orders.values()):
            instrument = CATALOGUE[order.epic]
            if order.good_till is not None and order.good_till <= now:
                self.delete_order(order.account_id, order.deal_id, system=True)
                continue
            if not instrument.is_open(now):
                continue
            quote = self._prices.quote(instrument, now)
            price = quote.offer if order.direction == "BUY" else quote.bid
            crossed = (
                price <= order.level
                if (order.order_type == "LIMIT") == (order.direction == "BUY")
                else price >= order.level
            )
            if crossed:
                self._fill(order)
        for position in list(self.positions.values()):
            instrument = CATALOGUE[position.epic]
            if not instrument.is_open(now):
                continue
            quote = self._prices.quote(instrument, now)
            exit_price = quote.bid if position.direction == "BUY" else quote.offer
            long = position.direction == "BUY"
            hit_stop = position.stop_level is not None and (
                exit_price <= position.stop_level if long else exit_price >= position.stop_level
            )
            hit_limit = position.limit_level is not None and (
                exit_price >= position.limit_level if long else exit_price <= position.limit_level
            )
            if hit_stop or hit_limit:
                level = position.stop_level if hit_stop else position.limit_level
                assert level is not None
                self._reduce(position, position.size, level, self.new_deal_reference(), [], system=True)

    def _fill(self, order: WorkingOrder) -> None:
        del self.orders[order.deal_id]
        instrument = CATALOGUE[order.epic]
        sign = 1 if order.direction == "BUY" else -1
        position = Position(
            self.new_deal_id(),
            order.deal_reference,
            order.account_id,
            order.epic,
            order.direction,
            order.size,
            order.level,
            self._clock.now(),
            None if order.stop_distance is None else round(order.level - sign * order.stop_distance, 6),
            None if order.limit_distance is None else round(order.level + sign * order.limit_distance, 6),
            order.guaranteed_stop,
        )
        self.positions[position.deal_id] = position
        action = "LIMIT_ORDER_FILLED" if order.order_type == "LIMIT" else "STOP_ORDER_FILLED"
        self._event(
            order.account_id,
            order.epic,
            position.deal_id,
            order.deal_reference,
            "SYSTEM",
            "ACCEPTED",
            f"Order filled: {order.deal_id}",
            [(action, order.deal_id), ("POSITION_OPENED", position.deal_id)],
            self._position_details(position),
        )
        self._wou(order, "DELETED")
        self._opu(position, "OPEN")
        del instrument


def _iso(when: float, millis: bool = False) -> str:
    from datetime import UTC, datetime

    moment = datetime.fromtimestamp(when, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] if millis else moment.strftime("%Y-%m-%dT%H:%M:%S")
