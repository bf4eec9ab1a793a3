"""The dealing engine's books: ids, event times, money and balances."""

from __future__ import annotations

import random
from typing import Any

from .._accounts import Account
from .._catalogue import CATALOGUE, Instrument
from .._clock import Clock
from .._prices import PriceEngine
from ._records import FX_TO_GBP, Event, Position, TradeListener, Transaction, WorkingOrder


class Ledger:
    """Open positions, working orders and their history for all accounts, with the money they make."""

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
