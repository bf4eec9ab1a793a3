"""Creating, amending, deleting and filling working orders."""

from __future__ import annotations

from typing import Any

from .._catalogue import CATALOGUE
from ._recording import Recorder
from ._records import Outcome, Position, WorkingOrder
from ._rules import attached_levels, attached_reason, market_reason


class OrderDesk(Recorder):
    """The working-order side of the dealing engine."""

    def create_order(self, account_id: str, body: dict[str, Any], good_till: float | None) -> str:
        """POST /workingorders/otc."""
        reference = body.get("dealReference") or self.new_deal_reference()
        epic = str(body.get("epic"))
        instrument = CATALOGUE.get(epic)
        size = float(body["size"])
        direction = str(body.get("direction"))
        order_type = str(body.get("type"))
        level = float(body["level"])
        reason = market_reason(self.accounts[account_id], instrument, size, self._clock.now())
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
                stop, limit = attached_levels(direction, level, body)
                reason = attached_reason(instrument, direction, level, stop, limit)
        if instrument is None or reason is not None:
            return self._reject(
                account_id, reference, instrument, epic, body, reason or "UNKNOWN", "WORKING_ORDER"
            )
        stop, limit = attached_levels(direction, level, body)
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
        self._order_event(order, reference, "OPENED")
        self._wou(order, "OPEN")
        return reference

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
        stop, limit = attached_levels(order.direction, order.level, body)
        order.stop_distance = None if stop is None else round(abs(order.level - stop), 6)
        order.limit_distance = None if limit is None else round(abs(limit - order.level), 6)
        self._confirm_change(
            account_id,
            reference,
            order.epic,
            {**body, "direction": order.direction},
            "AMENDED",
            deal_id,
            order.level,
            order.size,
        )
        self._order_event(order, reference, "AMENDED")
        self._wou(order, "UPDATED")
        return reference

    def delete_order(self, account_id: str, deal_id: str, system: bool = False) -> str | None:
        """DELETE /workingorders/otc/{dealId}; None when there is no such order."""
        order = self.orders.get(deal_id)
        if order is None or order.account_id != account_id:
            return None
        reference = self.new_deal_reference()
        del self.orders[deal_id]
        self._confirm_change(
            account_id,
            reference,
            order.epic,
            {"direction": order.direction},
            "DELETED",
            deal_id,
            order.level,
            order.size,
        )
        self._order_event(order, reference, "DELETED", "SYSTEM" if system else "WORKING_ORDER")
        self._wou(order, "DELETED")
        return reference

    def _fill(self, order: WorkingOrder) -> None:
        del self.orders[order.deal_id]
        instrument = CATALOGUE[order.epic]
        sign = 1 if order.direction == "BUY" else -1
        # IG opens the position under the order's deal id, reported with channel OSAutoStopFill.
        position = Position(
            order.deal_id,
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
        self._opu(position, "OPEN", channel="OSAutoStopFill")
        del instrument
