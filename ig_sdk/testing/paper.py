"""Paper trading: run a strategy against IG's real prices while its trades go to the bundled dealing engine.

:class:`PaperTrading` starts a private simulator whose dealing engine fills, stops and limits at the prices IG
streams: the first trade on an epic reads IG's price (``markets.get``) and subscribes to IG's PRICE stream for
it, and every update moves the engine's price for that epic. Reads of the market stay with your IG client;
the paper book (positions, working orders, confirmations, activity) is ``paper.client``'s.

    with IGClient.from_env() as ig, PaperTrading(ig) as paper:
        snapshot = ig.markets.get(epic=EPIC).snapshot  # from IG
        deal = paper.trading.open(epic=EPIC, direction="BUY", size=1)  # paper fill at IG's offer
        paper.client.positions.list()  # the paper book

Nothing here sends a trading request to IG, so it needs no ``allow_live_trading`` even on a LIVE account.
The engine deals the markets of the simulator's catalogue (real epics); a trade on another epic is
rejected as IG rejects an unknown instrument. The paper accounts start with the simulator's balances.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ig_sdk._client import IGClient
from ig_sdk.lib.trading import DEFAULT_SETTLE_TIMEOUT, Trading

from ._accounts import API_KEY, PASSWORD, USERNAME
from .simulator import IGSimulator, SimulatorConfig

if TYPE_CHECKING:
    from ig_sdk._generated.streaming import PriceUpdate
    from ig_sdk._operation_record import Operation
    from ig_sdk.streaming._subscription import Subscription

    from ._clock import Clock

__all__ = ["PaperTrading"]


class PaperTrading:
    """A private dealing engine fed by IG's prices; use as a context manager (it starts and stops it)."""

    def __init__(
        self,
        ig: IGClient,
        *,
        clock: Clock | None = None,
        settle_timeout: float = DEFAULT_SETTLE_TIMEOUT,
    ) -> None:
        """``ig`` reads the market and streams its prices; ``clock`` is the engine's (hours, time stamps)."""
        self._ig = ig
        self._simulator = IGSimulator(SimulatorConfig(), clock=clock)
        self._settle_timeout = settle_timeout
        self._followed: dict[str, Subscription[PriceUpdate]] = {}
        self._lock = threading.Lock()
        self._client: IGClient | None = None

    def __enter__(self) -> PaperTrading:
        self._simulator.__enter__()
        self._client = IGClient(
            username=USERNAME,
            password=PASSWORD,
            api_key=API_KEY,
            base_url=self._simulator.rest_url,
            rate_limit=False,
        )
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        with self._lock:
            followed, self._followed = list(self._followed.values()), {}
        for subscription in followed:
            subscription.close()
        if self._client is not None:
            self._client.close()
            self._client = None
        self._simulator.__exit__(kind, error, trace)

    @property
    def client(self) -> IGClient:
        """A client of the paper engine: its positions, working orders, confirmations and activity."""
        if self._client is None:
            raise RuntimeError("PaperTrading is not running: use it as a context manager")
        return self._client

    @property
    def trading(self) -> Trading:
        """``client.trading`` of the paper engine, following IG's price of every epic it trades."""
        return _FollowingTrading(self, self.client, settle_timeout=self._settle_timeout)

    def follow(self, epic: str) -> None:
        """Deal ``epic`` at IG's price from now on: pin IG's current price, then track IG's PRICE stream."""
        with self._lock:
            if epic in self._followed:
                return
        snapshot = self._ig.markets.get(epic=epic).snapshot
        if snapshot.bid is not None and snapshot.offer is not None:
            self._pin(epic, float(snapshot.bid), float(snapshot.offer))
        subscription = self._ig.stream.prices(epic, on_update=lambda update: self._on_price(epic, update))
        with self._lock:
            if epic in self._followed:  # another thread got there first
                subscription.close()
                return
            self._followed[epic] = subscription

    @property
    def followed(self) -> tuple[str, ...]:
        """The epics whose price comes from IG."""
        with self._lock:
            return tuple(self._followed)

    def _on_price(self, epic: str, update: PriceUpdate) -> None:
        bid, offer = update.bid_price_1, update.ask_price_1
        if bid is not None and offer is not None:
            self._pin(epic, float(bid), float(offer))

    def _pin(self, epic: str, bid: float, offer: float) -> None:
        engine = self._simulator.engine
        engine.prices.pin(epic, bid, offer, engine.clock.now())


class _FollowingTrading(Trading):
    """Trading intents that make the engine follow IG's price of an epic before dealing it."""

    def __init__(self, paper: PaperTrading, client: IGClient, *, settle_timeout: float) -> None:
        super().__init__(client, settle_timeout=settle_timeout)
        self._paper = paper

    def _before(self, op: Operation, args: Mapping[str, Any]) -> None:
        epic = args.get("epic")
        if op.trading and isinstance(epic, str):
            self._paper.follow(epic)
