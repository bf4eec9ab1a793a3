"""Opening, closing (or netting off) and amending OTC positions."""

from __future__ import annotations

from typing import Any

from .._catalogue import CATALOGUE, Instrument
from ._recording import Recorder
from ._records import Outcome, Position, Transaction
from ._rules import attached_levels, attached_reason, market_reason

# How long a streamed quote id stays dealable with a QUOTE order (IG does not publish its figure).
QUOTE_LIFETIME_S = 30.0


class PositionDesk(Recorder):
    """The position side of the dealing engine."""

    def _quoted_price(self, instrument: Instrument, direction: str, quote_id: str) -> float | None:
        """The price a PRICE update quoted under ``quote_id``, if it is fresh and on the deal's side.

        Quote ids are ``A<epoch ms>`` (offer, for buying) and ``B<epoch ms>`` (bid, for selling): the same ids
        the simulator streams as ASKQUOTEID/BIDQUOTEID, so a price is reproducible from its id.
        """
        side = "A" if direction == "BUY" else "B"
        stamp = quote_id[1:]
        if not quote_id.startswith(side) or not stamp.isdigit():
            return None
        when = int(stamp) / 1000
        age = self._clock.now() - when
        if not 0 <= age <= QUOTE_LIFETIME_S:
            return None
        quote = self._prices.quote(instrument, when)
        return quote.offer if direction == "BUY" else quote.bid

    def open_position(self, account_id: str, body: dict[str, Any]) -> str:
        """POST /positions/otc: returns the deal reference; the outcome is in the confirmation."""
        reference = body.get("dealReference") or self.new_deal_reference()
        epic = str(body.get("epic"))
        instrument = CATALOGUE.get(epic)
        size = float(body["size"])
        direction = str(body.get("direction"))
        reason = market_reason(self.accounts[account_id], instrument, size, self._clock.now())
        if reason is None and instrument is not None and body.get("expiry") not in (instrument.expiry, None):
            reason = "INSTRUMENT_NOT_FOUND"
        if instrument is None or reason is not None:
            return self._reject(
                account_id, reference, instrument, epic, body, reason or "UNKNOWN", "POSITION"
            )
        quote = self._prices.quote(instrument, self._clock.now())
        price = quote.offer if direction == "BUY" else quote.bid
        order_type = body.get("orderType") or "MARKET"
        if order_type == "QUOTE":
            quoted = self._quoted_price(instrument, direction, str(body.get("quoteId") or ""))
            if quoted is None or quoted != float(body["level"]):
                return self._reject(
                    account_id, reference, instrument, epic, body, "ORDER_DECLINED", "POSITION"
                )
            price = quoted  # a QUOTE order deals at the streamed quote, not at the price of the moment
        elif order_type == "LIMIT":
            wanted = float(body["level"])
            worse = price > wanted if direction == "BUY" else price < wanted
            if worse:
                return self._reject(
                    account_id, reference, instrument, epic, body, "LEVEL_TOLERANCE_ERROR", "POSITION"
                )
        stop, limit = attached_levels(direction, price, body)
        attached = attached_reason(instrument, direction, price, stop, limit)
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
        reason = attached_reason(
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
                {**body, "direction": position.direction, "size": position.size, "level": position.level},
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
        self._confirm_change(
            account_id,
            reference,
            position.epic,
            {**body, "direction": position.direction},
            "AMENDED",
            deal_id,
            position.level,
            position.size,
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
