"""``client.stream``: typed subscriptions to IG's prices, charts, account and trades over one connection."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from ig_sdk._generated.streaming import (
    ACCOUNT,
    CHART_CANDLE,
    CHART_TICK,
    PRICE,
    RETIRED,
    TRADE,
    AccountUpdate,
    ChartCandle,
    ChartTick,
    PriceUpdate,
    account_item,
    chart_candle_item,
    chart_tick_item,
    price_item,
    trade_item,
)
from ig_sdk.streaming._connection import (
    DEFAULT_LIMIT,
    Credentials,
    ManagedSubscription,
    StatusEvent,
    StreamConnection,
)
from ig_sdk.streaming._errors import RetiredItemError, StreamError
from ig_sdk.streaming._events import StreamGap, TradeEvent
from ig_sdk.streaming._healing import AsyncTradeReader, TradeReader
from ig_sdk.streaming._item import ItemKind
from ig_sdk.streaming._queue import DEFAULT_CAPACITY, OverflowPolicy, UpdateQueue
from ig_sdk.streaming._subscription import (
    AsyncSubscription,
    AsyncTradeDecoder,
    Decoder,
    DistinctDecoder,
    MergeDecoder,
    Subscription,
    TradeDecoder,
)
from ig_sdk.streaming._trades import TradeLedger
from ig_sdk.streaming._transport import ConnectionEvents, LightstreamerTransport, Transport, TransportOptions

if TYPE_CHECKING:
    from ig_sdk._client import AsyncIGClient, IGClient
    from ig_sdk._rate_limit import RateLimitState

__all__ = ["StreamOptions", "Stream", "AsyncStream", "CandleScale"]

U = TypeVar("U")
PriceSubT = TypeVar("PriceSubT")
TickSubT = TypeVar("TickSubT")
CandleSubT = TypeVar("CandleSubT")
AccountSubT = TypeVar("AccountSubT")
TradeSubT = TypeVar("TradeSubT")
CandleScale = Literal["SECOND", "1MINUTE", "5MINUTE", "HOUR"]
_CREDENTIALS_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class StreamOptions:
    """How ``client.stream`` connects and queues; the defaults suit IG's production servers."""

    subscription_limit: int | None = None
    """IG's per-connection limit; None: what IG reported to ``client.load_rate_limits()``, else 40."""
    heartbeat: bool = True
    """Subscribe to IG's heartbeat item (counts towards the limit) to detect a silent connection."""
    stale_after: float = 30.0
    """Seconds without any update or heartbeat after which the stream reconnects."""
    heal_gaps: bool = True
    """After a gap in the TRADE stream, recover what was missed over REST (non-trading reads, paced by the
    rate limiter) and hand it over marked as recovered; False keeps only the :class:`StreamGap` event.

    Healing needs to know what was open before a gap: when the consumer takes its first event (a callback
    at once; an iterator on its first step) the SDK reads positions, working orders and recent activity."""
    queue_capacity: int = DEFAULT_CAPACITY
    """Updates a DISTINCT subscription may hold for a slow consumer."""
    overflow: OverflowPolicy = OverflowPolicy.DROP_OLDEST
    """What a DISTINCT subscription does when its queue is full (losses are always counted and logged)."""
    send_user: bool = True
    """Send the account id as Lightstreamer user (IG also accepts the password alone)."""
    transport: TransportOptions = field(default_factory=TransportOptions)
    """Lightstreamer timers and transport."""
    transport_factory: Callable[[ConnectionEvents, TransportOptions], Transport] | None = None
    """Replaces lightstreamer-client-lib (tests use an in-memory fake)."""


def _check_epic(epic: str) -> str:
    head = epic.split(":", 1)[0].upper()
    for name, retired in RETIRED.items():
        if head == name or head in retired.aliases:
            raise RetiredItemError(retired.message(epic))
    if not epic or any(c.isspace() for c in epic) or ":" in epic:
        raise ValueError(f"not an IG epic: {epic!r}")
    return epic


def _price_target(epic: str) -> tuple[ItemKind[PriceUpdate], Callable[[str], list[str]], bool]:
    epic = _check_epic(epic)
    return PRICE, lambda account: [price_item(account, epic)], True


def _chart_target(epic: str, scale: str) -> tuple[ItemKind[Any], Callable[[str], list[str]], bool]:
    epic = _check_epic(epic)
    if scale == "TICK":
        return CHART_TICK, lambda _account: [chart_tick_item(epic)], False
    if scale not in CHART_CANDLE.scales:
        raise ValueError(
            f"unknown chart scale {scale!r}: use TICK or one of {', '.join(CHART_CANDLE.scales)}"
        )
    return CHART_CANDLE, lambda _account: [chart_candle_item(epic, scale)], False


def _account_items(account: str) -> list[str]:
    return [account_item(account)]


def _trade_items(account: str) -> list[str]:
    return [trade_item(account)]


class _StreamBase:
    def __init__(self, options: StreamOptions | None) -> None:
        self.options = options or StreamOptions()
        self._lock = threading.Lock()
        self._connection: StreamConnection | None = None

    def _make_connection(
        self,
        credentials: Callable[[], Credentials],
        relogin: Callable[[], None],
        reported: RateLimitState | None,
    ) -> StreamConnection:
        opts = self.options
        limit = opts.subscription_limit
        if limit is None:  # IG's concurrentSubscriptionsLimit, when the application endpoint was read
            limit = reported.subscriptions if reported is not None else DEFAULT_LIMIT
        factory = opts.transport_factory or LightstreamerTransport

        def transport(events: ConnectionEvents) -> Transport:
            return factory(events, opts.transport)

        return StreamConnection(
            credentials,
            transport,
            relogin=relogin,
            limit=limit,
            heartbeat=opts.heartbeat,
            stale_after=opts.stale_after,
            send_user=opts.send_user,
        )

    def _managed(
        self, kind: ItemKind[Any], items: Callable[[str], list[str]], account_bound: bool
    ) -> ManagedSubscription:
        connection = self._connection
        assert connection is not None
        merge = kind.mode == "MERGE"
        sink = UpdateQueue(merge, self.options.queue_capacity, self.options.overflow)
        # TRADE asks for IG's snapshot (the last confirmation, replayed) so a missed one comes back.
        snapshot = merge or kind is TRADE
        return ManagedSubscription(
            kind.mode, kind.fields, kind.adapter, items, account_bound, sink, connection._activity, snapshot
        )

    @staticmethod
    def _item_decoder(kind: ItemKind[Any]) -> Decoder[Any]:
        return MergeDecoder(kind) if kind.mode == "MERGE" else DistinctDecoder(kind)

    @property
    def status(self) -> StatusEvent | None:
        """The latest status event (None before the first subscription)."""
        connection = self._connection
        return connection.status if connection is not None else None

    @property
    def subscription_count(self) -> int:
        """Subscriptions counted against IG's limit, the heartbeat included."""
        connection = self._connection
        return connection.subscription_count() if connection is not None else 0

    @property
    def account_id(self) -> str | None:
        """The account id used in PRICE, ACCOUNT and TRADE item names (known once connected)."""
        connection = self._connection
        return connection.account_id if connection is not None else None

    def market(self, epic: str) -> None:
        """Always raises :class:`RetiredItemError`: IG retired the MARKET item; use :meth:`prices`."""
        raise RetiredItemError(RETIRED["MARKET"].message(f"MARKET:{epic}"))

    def close(self) -> None:
        """Close the connection and every subscription."""
        with self._lock:
            connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


class _Subscriptions(_StreamBase, Generic[PriceSubT, TickSubT, CandleSubT, AccountSubT, TradeSubT]):
    """The subscription methods, written once: ``Stream`` and ``AsyncStream`` bind the subscription types."""

    def _subscribe(
        self,
        kind: ItemKind[Any],
        items: Callable[[str], list[str]],
        account_bound: bool,
        on_update: Callable[[Any], object] | None,
        on_error: Callable[[StreamError], object] | None,
    ) -> Any:
        raise NotImplementedError

    def prices(
        self,
        epic: str,
        *,
        on_update: Callable[[PriceUpdate], object] | None = None,
        on_error: Callable[[StreamError], object] | None = None,
    ) -> PriceSubT:
        """Prices, ladder and quote ids of ``epic`` (PRICE item of the active account, Pricing adapter)."""
        subscription: PriceSubT = self._subscribe(*_price_target(epic), on_update, on_error)
        return subscription

    @overload
    def charts(
        self,
        epic: str,
        scale: Literal["TICK"],
        *,
        on_update: Callable[[ChartTick | StreamGap], object] | None = None,
        on_error: Callable[[StreamError], object] | None = None,
    ) -> TickSubT: ...

    @overload
    def charts(
        self,
        epic: str,
        scale: CandleScale,
        *,
        on_update: Callable[[ChartCandle], object] | None = None,
        on_error: Callable[[StreamError], object] | None = None,
    ) -> CandleSubT: ...

    def charts(
        self,
        epic: str,
        scale: str,
        *,
        on_update: Callable[[Any], object] | None = None,
        on_error: Callable[[StreamError], object] | None = None,
    ) -> TickSubT | CandleSubT:
        """Every tick (``scale="TICK"``, DISTINCT) or the current candle of ``scale`` (MERGE) of ``epic``.

        A tick subscription hands over a :class:`StreamGap` where ticks may be missing.
        """
        subscription: TickSubT | CandleSubT = self._subscribe(
            *_chart_target(epic, scale), on_update, on_error
        )
        return subscription

    def account(
        self,
        *,
        on_update: Callable[[AccountUpdate], object] | None = None,
        on_error: Callable[[StreamError], object] | None = None,
    ) -> AccountSubT:
        """Balance figures of the active account."""
        subscription: AccountSubT = self._subscribe(ACCOUNT, _account_items, True, on_update, on_error)
        return subscription

    def trades(
        self,
        *,
        on_update: Callable[[TradeEvent], object] | None = None,
        on_error: Callable[[StreamError], object] | None = None,
    ) -> TradeSubT:
        """Deal confirmations, position and working-order changes of the active account, one event each.

        Each CONFIRMS, OPU and WOU payload is handed over once, in IG's order, as a :class:`DealConfirmed`,
        :class:`PositionChanged` or :class:`WorkingOrderChanged`. Where continuity cannot be proven a
        :class:`StreamGap` comes first, followed (with ``heal_gaps``, the default) by the events recovered
        over REST, marked as recovered. IG's replay of the last confirmation at subscription is marked as
        replayed.
        """
        subscription: TradeSubT = self._subscribe(TRADE, _trade_items, True, on_update, on_error)
        return subscription


class Stream(
    _Subscriptions[
        Subscription[PriceUpdate],
        Subscription[ChartTick | StreamGap],
        Subscription[ChartCandle],
        Subscription[AccountUpdate],
        Subscription[TradeEvent],
    ]
):
    """Streaming for :class:`~ig_sdk.IGClient` (reach it as ``client.stream``).

    Each method subscribes at once and returns a :class:`Subscription`: iterate it (``for price in sub``) or
    pass ``on_update`` to have updates delivered to a callback on a thread of the subscription's own. All
    subscriptions share one Lightstreamer connection, opened with the REST session's credentials on first use.
    """

    def __init__(self, client: IGClient, options: StreamOptions | None = None) -> None:
        super().__init__(options)
        self._client = client
        self._unhook: Callable[[], None] | None = None

    def _ensure(self) -> StreamConnection:
        with self._lock:
            if self._connection is None:
                client = self._client

                def relogin() -> None:
                    client.login()

                self._connection = self._make_connection(
                    client.streaming_credentials, relogin, client.rate_limits
                )
                connection = self._connection
                self._unhook = client.on_session_change(lambda _info: connection.session_changed())
            return self._connection

    def on_status(self, listener: Callable[[StatusEvent], None]) -> Callable[[], None]:
        """Call ``listener`` for every status event (on the SDK's streaming thread); returns a remover."""
        return self._ensure().add_listener(listener)

    def _subscribe(
        self,
        kind: ItemKind[Any],
        items: Callable[[str], list[str]],
        account_bound: bool,
        on_update: Callable[[Any], object] | None,
        on_error: Callable[[StreamError], object] | None,
    ) -> Subscription[Any]:
        connection = self._ensure()
        managed = self._managed(kind, items, account_bound)
        decoder: Decoder[Any]
        if kind is TRADE:
            assert managed.queue is not None
            reader = TradeReader(self._client) if self.options.heal_gaps else None
            decoder = TradeDecoder(TradeLedger(heal=self.options.heal_gaps), managed.queue, reader)
        else:
            decoder = self._item_decoder(kind)
        connection.add(managed)
        return Subscription(connection, managed, kind.key, decoder, on_update, on_error)

    def close(self) -> None:
        """Close the connection and every subscription (the client keeps working; a later use reopens)."""
        unhook, self._unhook = self._unhook, None
        if unhook is not None:
            unhook()
        super().close()


class AsyncStream(
    _Subscriptions[
        AsyncSubscription[PriceUpdate],
        AsyncSubscription[ChartTick | StreamGap],
        AsyncSubscription[ChartCandle],
        AsyncSubscription[AccountUpdate],
        AsyncSubscription[TradeEvent],
    ]
):
    """Streaming for :class:`~ig_sdk.AsyncIGClient` (``client.stream``); create subscriptions inside the loop.

    ``async for price in client.stream.prices(epic)``, or pass ``on_update`` (a function or a coroutine
    function), which then runs as a task on the event loop.
    """

    def __init__(self, client: AsyncIGClient, options: StreamOptions | None = None) -> None:
        super().__init__(options)
        self._client = client
        self._loop: asyncio.AbstractEventLoop | None = None
        self._unhook: Callable[[], None] | None = None

    def _on_loop(self, make: Callable[[], Coroutine[Any, Any, U]]) -> U:
        loop = self._loop
        assert loop is not None
        return asyncio.run_coroutine_threadsafe(make(), loop).result(_CREDENTIALS_TIMEOUT_S)

    def _ensure(self) -> StreamConnection:
        with self._lock:
            if self._connection is None:
                self._loop = asyncio.get_running_loop()
                client = self._client

                def credentials() -> Credentials:
                    return self._on_loop(client.streaming_credentials)

                def relogin() -> None:
                    self._on_loop(client.login)

                self._connection = self._make_connection(credentials, relogin, client.rate_limits)
                connection = self._connection
                self._unhook = client.on_session_change(lambda _info: connection.session_changed())
            return self._connection

    def on_status(self, listener: Callable[[StatusEvent], None]) -> Callable[[], None]:
        """Call ``listener`` on the event loop for every status event; returns a remover."""
        connection = self._ensure()
        loop = self._loop
        assert loop is not None

        def forward(event: StatusEvent) -> None:
            loop.call_soon_threadsafe(listener, event)

        return connection.add_listener(forward)

    def _subscribe(
        self,
        kind: ItemKind[Any],
        items: Callable[[str], list[str]],
        account_bound: bool,
        on_update: Callable[[Any], object] | None,
        on_error: Callable[[StreamError], object] | None,
    ) -> AsyncSubscription[Any]:
        connection = self._ensure()
        managed = self._managed(kind, items, account_bound)
        decoder: Decoder[Any]
        if kind is TRADE:
            assert managed.queue is not None
            reader = AsyncTradeReader(self._client) if self.options.heal_gaps else None
            decoder = AsyncTradeDecoder(TradeLedger(heal=self.options.heal_gaps), managed.queue, reader)
        else:
            decoder = self._item_decoder(kind)
        connection.add(managed)
        return AsyncSubscription(connection, managed, kind.key, decoder, on_update, on_error)

    def close(self) -> None:
        """Close the connection and every subscription."""
        unhook, self._unhook = self._unhook, None
        if unhook is not None:
            unhook()
        super().close()
