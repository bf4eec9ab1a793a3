"""User-facing subscriptions: typed updates by iterator (sync or async) or by callback.

Raw values are parsed on the consumer's side (its thread or event loop), only for the fields that changed, so
the library's shared event thread does no more than a dict update per update and a conflated MERGE update
is parsed once however many raw updates it absorbed. A decoder turns each queued entry into zero or more
items for the consumer: an update, a :class:`StreamGap` (DISTINCT items), or TRADE events, for which it also
runs the REST reads that heal a gap (on the consumer's side too, so events stay in order).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime
from typing import Any, Generic, Protocol, TypeVar

from ig_sdk.streaming._connection import ManagedSubscription, StreamConnection
from ig_sdk.streaming._errors import StreamClosedError, StreamError
from ig_sdk.streaming._events import GapReason, StreamGap, TradeEvent
from ig_sdk.streaming._healing import AsyncTradeReader, TradeReader
from ig_sdk.streaming._item import ItemKind
from ig_sdk.streaming._queue import Mark, QueueDrainedError, RawUpdate, UpdateQueue
from ig_sdk.streaming._trades import ACTIVITY_MARGIN, TradeLedger

__all__ = [
    "Converter",
    "Decoder",
    "MergeDecoder",
    "DistinctDecoder",
    "TradeDecoder",
    "AsyncTradeDecoder",
    "Subscription",
    "AsyncSubscription",
]

U = TypeVar("U")
M = TypeVar("M")
UD = TypeVar("UD")
_log = logging.getLogger("ig_sdk.streaming")


class Converter(Generic[U]):
    """Turns raw changed values into typed updates, keeping each item's parsed state (one consumer only)."""

    __slots__ = ("_attributes", "_model", "_n", "_parsers", "_states")

    def __init__(self, kind: ItemKind[U]) -> None:
        self._parsers = kind.parsers
        self._attributes = kind.attributes
        self._model = kind.model
        self._n = len(kind.fields)
        self._states: dict[str, list[Any]] = {}

    def __call__(self, raw: RawUpdate) -> U:
        state = self._states.get(raw.item)
        if state is None:
            state = self._states[raw.item] = [None] * self._n
        parsers = self._parsers
        for pos, value in raw.changed.items():
            state[pos - 1] = parsers[pos - 1](value)
        attributes = self._attributes
        changed = frozenset([attributes[pos - 1] for pos in raw.changed])
        return self._model(raw.item, raw.snapshot, changed, *state)


def gap_event(item: str, mark: Mark, detail: str | None = None) -> StreamGap:
    """The :class:`StreamGap` a gap mark stands for (nothing recovered)."""
    return StreamGap(
        item,
        datetime.fromtimestamp(mark.start, UTC),
        datetime.fromtimestamp(mark.end, UTC),
        mark.reason or GapReason.NEW_SESSION,
        mark.detail if detail is None else detail,
    )


class Decoder(Protocol[UD]):
    """Turns one queued entry into what the consumer gets (zero, one or several items)."""

    @property
    def counters(self) -> dict[str, int]:
        """Gaps, recovered events and dropped duplicates handed over so far."""
        ...

    def decode(self, raw: RawUpdate) -> list[UD]:
        """Decode on a thread (may block on REST reads)."""
        ...

    async def decode_async(self, raw: RawUpdate) -> list[UD]:
        """Decode on the event loop."""
        ...


class MergeDecoder(Generic[M]):
    """MERGE items: one typed update per entry (a re-subscription re-sends the state: no gaps)."""

    def __init__(self, kind: ItemKind[M]) -> None:
        self._convert = Converter(kind)
        self.counters = {"gaps": 0}

    def decode(self, raw: RawUpdate) -> list[M]:
        return [] if raw.mark is not None else [self._convert(raw)]

    async def decode_async(self, raw: RawUpdate) -> list[M]:
        return self.decode(raw)


class DistinctDecoder(Generic[M]):
    """DISTINCT items other than TRADE (chart ticks): typed updates, and a :class:`StreamGap` per gap."""

    def __init__(self, kind: ItemKind[M]) -> None:
        self._convert = Converter(kind)
        self.counters = {"gaps": 0}

    def decode(self, raw: RawUpdate) -> list[M | StreamGap]:
        mark = raw.mark
        if mark is None:
            return [self._convert(raw)]
        if mark.kind != "gap":
            return []
        self.counters["gaps"] += 1
        return [gap_event(raw.item, mark)]

    async def decode_async(self, raw: RawUpdate) -> list[M | StreamGap]:
        return self.decode(raw)


class _TradeDecoderBase:
    def __init__(self, ledger: TradeLedger, queue: UpdateQueue) -> None:
        self._ledger = ledger
        self._queue = queue

    @property
    def counters(self) -> dict[str, int]:
        ledger = self._ledger
        return {"gaps": ledger.gaps, "recovered": ledger.recovered, "duplicates": ledger.duplicates}

    def _sent(self, mark: Mark, sent_since: Callable[[float], list[str]]) -> list[str]:
        return sent_since(mark.start - ACTIVITY_MARGIN.total_seconds()) if mark.kind == "gap" else []

    def _finish(self, raw: RawUpdate, mark: Mark, plan: Any, result: Any) -> list[TradeEvent]:
        if mark.kind == "start":
            if result is not None:
                self._ledger.baseline(result)
            return []
        # What arrived while the reads ran follows the recovered events, without what they recovered.
        return self._ledger.gap(raw.item, mark, plan, result, self._queue.drain_updates())


class TradeDecoder(_TradeDecoderBase):
    """TRADE events for the blocking client; heals gaps with :class:`TradeReader`."""

    def __init__(self, ledger: TradeLedger, queue: UpdateQueue, reader: TradeReader | None) -> None:
        super().__init__(ledger, queue)
        self._reader = reader

    def decode(self, raw: RawUpdate) -> list[TradeEvent]:
        mark = raw.mark
        if mark is None:
            return self._ledger.live(raw)
        reader = self._reader
        sent = self._sent(mark, reader.sent_since) if reader is not None else []
        plan = self._ledger.plan(raw.item, mark, sent) if reader is not None else None
        if plan is None and mark.kind == "start":
            return []
        result = (
            reader.read(plan, lambda r: not self._ledger.confirmed_reference(r)) if plan and reader else None
        )
        return self._finish(raw, mark, plan, result)

    async def decode_async(self, raw: RawUpdate) -> list[TradeEvent]:
        return await asyncio.to_thread(self.decode, raw)


class AsyncTradeDecoder(_TradeDecoderBase):
    """TRADE events for the asyncio client; heals gaps with :class:`AsyncTradeReader` on the loop."""

    def __init__(self, ledger: TradeLedger, queue: UpdateQueue, reader: AsyncTradeReader | None) -> None:
        super().__init__(ledger, queue)
        self._reader = reader

    def decode(self, raw: RawUpdate) -> list[TradeEvent]:
        if raw.mark is None:
            return self._ledger.live(raw)
        raise RuntimeError("an asyncio TRADE subscription decodes gaps on its event loop")

    async def decode_async(self, raw: RawUpdate) -> list[TradeEvent]:
        mark = raw.mark
        if mark is None:
            return self._ledger.live(raw)
        reader = self._reader
        sent = self._sent(mark, reader.sent_since) if reader is not None else []
        plan = self._ledger.plan(raw.item, mark, sent) if reader is not None else None
        if plan is None and mark.kind == "start":
            return []
        result = None
        if plan is not None and reader is not None:
            result = await reader.read(plan, lambda r: not self._ledger.confirmed_reference(r))
        return self._finish(raw, mark, plan, result)


class _Base(Generic[U]):
    def __init__(
        self, connection: StreamConnection, managed: ManagedSubscription, key: str, decoder: Decoder[U]
    ) -> None:
        assert managed.queue is not None
        self._connection = connection
        self._managed = managed
        self._queue: UpdateQueue = managed.queue
        self._decoder = decoder
        self._ready: deque[U] = deque()
        self.key = key

    @property
    def items(self) -> list[str]:
        """The Lightstreamer item names currently subscribed (empty until the stream connected)."""
        return list(self._managed.items)

    @property
    def conflated(self) -> int:
        """MERGE updates merged into a later one because the consumer was busy (their values were kept)."""
        return self._queue.conflated

    @property
    def dropped(self) -> int:
        """DISTINCT updates lost to the overflow policy (each loss is also a gap)."""
        return self._queue.dropped

    @property
    def lost_by_server(self) -> int:
        """Updates the server reported as dropped on its side."""
        return self._managed.lost_updates

    @property
    def gaps(self) -> int:
        """:class:`StreamGap` events handed over (DISTINCT items)."""
        return self._decoder.counters.get("gaps", 0)

    @property
    def recovered(self) -> int:
        """TRADE events recovered after gaps and handed over, marked as recovered."""
        return self._decoder.counters.get("recovered", 0)

    @property
    def duplicates(self) -> int:
        """TRADE payloads not handed over because they had been already (replays, recovered then streamed)."""
        return self._decoder.counters.get("duplicates", 0)

    @property
    def pending(self) -> int:
        """Updates waiting for the consumer."""
        return len(self._queue) + len(self._ready)

    @property
    def active(self) -> bool:
        """True while the server has confirmed the subscription (updates published now will arrive)."""
        return self._managed.active.is_set()

    def close(self) -> None:
        """Unsubscribe; an iterator ends after the updates already queued."""
        self._connection.remove(self._managed)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.key} items={self._managed.items!r}>"


class Subscription(_Base[U]):
    """A live subscription for the blocking client: iterate it, or give a callback when creating it.

    ``for update in sub`` blocks until the next update and ends when the subscription is closed; it raises
    a :class:`~ig_sdk.streaming._errors.StreamError` when the stream fails or the server refuses the items.
    """

    def __init__(
        self,
        connection: StreamConnection,
        managed: ManagedSubscription,
        key: str,
        decoder: Decoder[U],
        on_update: Callable[[U], object] | None = None,
        on_error: Callable[[StreamError], object] | None = None,
    ) -> None:
        super().__init__(connection, managed, key, decoder)
        self._thread: threading.Thread | None = None
        if on_update is not None:
            self._thread = threading.Thread(
                target=self._dispatch, args=(on_update, on_error), name=f"ig-sdk-{key}", daemon=True
            )
            self._thread.start()

    def wait_active(self, timeout: float) -> bool:
        """Block until the server confirmed the subscription (e.g. before dealing, to see its TRADE update).

        Returns False if that did not happen within ``timeout`` seconds.
        """
        return self._managed.active.wait(timeout)

    def _take(self, timeout: float | None) -> U | None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._ready:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            raw = self._queue.get(remaining)  # raises QueueDrainedError once closed and empty
            if raw is not None:
                self._ready.extend(self._decoder.decode(raw))
            elif deadline is not None and time.monotonic() >= deadline:
                return None
        return self._ready.popleft()

    def get(self, timeout: float | None = None) -> U | None:
        """The next update, or None if none arrives within ``timeout`` seconds."""
        try:
            return self._take(timeout)
        except QueueDrainedError:
            raise StreamClosedError("the subscription is closed") from None

    def __iter__(self) -> Iterator[U]:
        return self

    def __next__(self) -> U:
        while True:
            try:
                update = self._take(1.0)
            except QueueDrainedError:
                raise StopIteration from None
            if update is not None:
                return update

    def __enter__(self) -> Subscription[U]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _dispatch(
        self, on_update: Callable[[U], object], on_error: Callable[[StreamError], object] | None
    ) -> None:
        try:
            for update in self:
                try:
                    on_update(update)
                except Exception:
                    _log.exception("streaming callback failed (delivery continues)")
        except StreamError as exc:
            if on_error is not None:
                on_error(exc)
            else:
                _log.error("subscription %s ended: %s", self.key, exc)


class AsyncSubscription(_Base[U]):
    """A live subscription for the asyncio client: ``async for update in sub``, or a callback."""

    def __init__(
        self,
        connection: StreamConnection,
        managed: ManagedSubscription,
        key: str,
        decoder: Decoder[U],
        on_update: Callable[[U], object] | None = None,
        on_error: Callable[[StreamError], object] | None = None,
    ) -> None:
        super().__init__(connection, managed, key, decoder)
        self._task: asyncio.Task[None] | None = None
        if on_update is not None:
            self._task = asyncio.get_running_loop().create_task(self._dispatch(on_update, on_error))

    async def wait_active(self, timeout: float) -> bool:
        """Wait until the server confirmed the subscription; False if not within ``timeout`` seconds."""
        return await asyncio.to_thread(self._managed.active.wait, timeout)

    async def _take(self) -> U:
        while not self._ready:
            raw = await self._queue.get_async()  # raises QueueDrainedError once closed and empty
            self._ready.extend(await self._decoder.decode_async(raw))
        return self._ready.popleft()

    async def get(self, timeout: float | None = None) -> U | None:
        """The next update, or None if none arrives within ``timeout`` seconds."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        try:
            while not self._ready:
                remaining = None if deadline is None else deadline - loop.time()
                if remaining is not None and remaining <= 0:
                    return None
                try:
                    raw = await asyncio.wait_for(self._queue.get_async(), remaining)
                except TimeoutError:
                    return None
                # Not under the timeout: a decode (a gap's REST reads) must not be cut off half-way.
                self._ready.extend(await self._decoder.decode_async(raw))
        except QueueDrainedError:
            raise StreamClosedError("the subscription is closed") from None
        return self._ready.popleft()

    def __aiter__(self) -> AsyncIterator[U]:
        return self

    async def __anext__(self) -> U:
        try:
            return await self._take()
        except QueueDrainedError:
            raise StopAsyncIteration from None

    async def __aenter__(self) -> AsyncSubscription[U]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    async def _dispatch(
        self, on_update: Callable[[U], object], on_error: Callable[[StreamError], object] | None
    ) -> None:
        try:
            async for update in self:
                try:
                    result = on_update(update)
                    if inspect.isawaitable(result):
                        await _await(result)
                except Exception:
                    _log.exception("streaming callback failed (delivery continues)")
        except StreamError as exc:
            if on_error is not None:
                result = on_error(exc)
                if inspect.isawaitable(result):
                    await _await(result)
            else:
                _log.error("subscription %s ended: %s", self.key, exc)


async def _await(value: Awaitable[Any]) -> None:
    await value
