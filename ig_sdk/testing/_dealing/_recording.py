"""How every deal outcome is recorded: a confirmation, an activity entry and TRADE stream updates."""

from __future__ import annotations

from typing import Any

from .._catalogue import CATALOGUE, Instrument
from ._ledger import Ledger
from ._records import Event, Outcome, Position, WorkingOrder, iso


class Recorder(Ledger):
    """Confirmations, activity and the TRADE stream's CONFIRMS, OPU and WOU updates."""

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
            "date": iso(when, millis=True),  # confirms carry milliseconds (confirms-get-v1-*)
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

    def _opu(
        self, position: Position, status: str, size: float | None = None, channel: str = "PublicRestOTC"
    ) -> None:
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
                "timestamp": iso(self._clock.now(), millis=True),
                "channel": channel,
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
                "timestamp": iso(self._clock.now(), millis=True),
                "orderType": order.order_type,
                "timeInForce": order.time_in_force,
                "goodTillDate": iso(order.good_till) if order.good_till else None,
                "channel": "PublicRestOTC",
            },
        )

    def _confirm_change(
        self,
        account_id: str,
        reference: str,
        epic: str,
        body: dict[str, Any],
        status: str,
        deal_id: str,
        level: float,
        size: float,
    ) -> None:
        """Confirm an accepted change (AMENDED, DELETED) to the position or order ``deal_id``."""
        self._confirm(
            account_id,
            reference,
            CATALOGUE[epic],
            epic,
            body,
            Outcome(
                status=status,
                deal_id=deal_id,
                affected=[{"dealId": deal_id, "status": status}],
                level=level,
                size=size,
            ),
        )

    def _order_event(
        self, order: WorkingOrder, reference: str, verb: str, kind: str = "WORKING_ORDER"
    ) -> None:
        """Record that a working order was OPENED, AMENDED or DELETED."""
        action = f"{'LIMIT' if order.order_type == 'LIMIT' else 'STOP'}_ORDER_{verb}"
        self._event(
            order.account_id,
            order.epic,
            order.deal_id,
            reference,
            kind,
            "ACCEPTED",
            f"Order {verb.lower()}: {order.deal_id}",
            [(action, order.deal_id)],
            self._order_details(order),
        )

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
        level = body.get("level")
        if level is None and instrument is not None:  # IG's rejected entries carry a level (recorded)
            quote = self._prices.quote(instrument, self._clock.now())
            level = quote.offer if body.get("direction") == "BUY" else quote.bid
        details = {
            "size": body.get("size"),
            "direction": body.get("direction"),
            "level": level,
            "guaranteedStop": bool(body.get("guaranteedStop", False)),
        }
        self._event(
            account_id,
            epic,
            record["dealId"],
            reference,
            kind,
            "REJECTED",
            f"Rejected: {reason}",
            [],
            details,
        )
        return reference

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

    @staticmethod
    def _order_details(order: WorkingOrder) -> dict[str, Any]:
        return {
            "size": order.size,
            "direction": order.direction,
            "level": order.level,
            "stopDistance": order.stop_distance,
            "limitDistance": order.limit_distance,
            "guaranteedStop": order.guaranteed_stop,
            "goodTillDate": iso(order.good_till) if order.good_till else None,
        }
