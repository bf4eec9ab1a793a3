"""User-facing subscriptions: typed updates by iterator (sync or async) or by callback.

Raw values are parsed on the consumer's side (its thread or event loop), only for the fields that changed, so
the library's shared event thread does no more than a dict update per update and a conflated MERGE update
is parsed once however many raw updates it absorbed.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

from ig_sdk.streaming._connection import ManagedSubscription, StreamConnection
from ig_sdk.streaming._item import ItemKind
from ig_sdk.streaming._queue import QueueDrainedError, RawUpdate, UpdateQueue
from ig_sdk.streaming.errors import StreamClosedError, StreamError

__all__ = ["Converter", "Subscription", "AsyncSubscription"]

U = TypeVar("U")
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


class _Base(Generic[U]):
    def __init__(self, connection: StreamConnection, managed: ManagedSubscription, kind: ItemKind[U]) -> None:
        assert managed.queue is not None
        self._connection = connection
        self._managed = managed
        self._queue: UpdateQueue = managed.queue
        self._convert = Converter(kind)
        self.kind = kind

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
        """DISTINCT updates lost to the overflow policy."""
        return self._queue.dropped

    @property
    def lost_by_server(self) -> int:
        """Updates the server reported as dropped on its side."""
        return self._managed.lost_updates

    @property
    def pending(self) -> int:
        """Updates waiting for the consumer."""
        return len(self._queue)

    @property
    def active(self) -> bool:
        """True while the server has confirmed the subscription (updates published now will arrive)."""
        return self._managed.active.is_set()

    def close(self) -> None:
        """Unsubscribe; an iterator ends after the updates already queued."""
        self._connection.remove(self._managed)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.kind.key} items={self._managed.items!r}>"


class Subscription(_Base[U]):
    """A live subscription for the blocking client: iterate it, or give a callback when creating it.

    ``for update in sub`` blocks until the next update and ends when the subscription is closed; it raises
    a :class:`~ig_sdk.streaming.errors.StreamError` when the stream fails or the server refuses the items.
    """

    def __init__(
        self,
        connection: StreamConnection,
        managed: ManagedSubscription,
        kind: ItemKind[U],
        on_update: Callable[[U], object] | None = None,
        on_error: Callable[[StreamError], object] | None = None,
    ) -> None:
        super().__init__(connection, managed, kind)
        self._thread: threading.Thread | None = None
        if on_update is not None:
            self._thread = threading.Thread(
                target=self._dispatch, args=(on_update, on_error), name=f"ig-sdk-{kind.key}", daemon=True
            )
            self._thread.start()

    def wait_active(self, timeout: float) -> bool:
        """Block until the server confirmed the subscription (e.g. before dealing, to see its TRADE update).

        Returns False if that did not happen within ``timeout`` seconds.
        """
        return self._managed.active.wait(timeout)

    def get(self, timeout: float | None = None) -> U | None:
        """The next update, or None if none arrives within ``timeout`` seconds."""
        try:
            raw = self._queue.get(timeout)
        except QueueDrainedError:
            raise StreamClosedError("the subscription is closed") from None
        return None if raw is None else self._convert(raw)

    def __iter__(self) -> Iterator[U]:
        return self

    def __next__(self) -> U:
        while True:
            try:
                raw = self._queue.get(1.0)
            except QueueDrainedError:
                raise StopIteration from None
            if raw is not None:
                return self._convert(raw)

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
                _log.error("subscription %s ended: %s", self.kind.key, exc)


class AsyncSubscription(_Base[U]):
    """A live subscription for the asyncio client: ``async for update in sub``, or a callback."""

    def __init__(
        self,
        connection: StreamConnection,
        managed: ManagedSubscription,
        kind: ItemKind[U],
        on_update: Callable[[U], object] | None = None,
        on_error: Callable[[StreamError], object] | None = None,
    ) -> None:
        super().__init__(connection, managed, kind)
        self._task: asyncio.Task[None] | None = None
        if on_update is not None:
            self._task = asyncio.get_running_loop().create_task(self._dispatch(on_update, on_error))

    async def wait_active(self, timeout: float) -> bool:
        """Wait until the server confirmed the subscription; False if not within ``timeout`` seconds."""
        return await asyncio.to_thread(self._managed.active.wait, timeout)

    async def get(self, timeout: float | None = None) -> U | None:
        """The next update, or None if none arrives within ``timeout`` seconds."""
        try:
            raw = await asyncio.wait_for(self._queue.get_async(), timeout)
        except TimeoutError:
            return None
        except QueueDrainedError:
            raise StreamClosedError("the subscription is closed") from None
        return self._convert(raw)

    def __aiter__(self) -> AsyncIterator[U]:
        return self

    async def __anext__(self) -> U:
        try:
            raw = await self._queue.get_async()
        except QueueDrainedError:
            raise StopAsyncIteration from None
        return self._convert(raw)

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
                _log.error("subscription %s ended: %s", self.kind.key, exc)


async def _await(value: Awaitable[Any]) -> None:
    await value
