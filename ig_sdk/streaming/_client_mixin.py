"""``client.stream`` for both clients, as mixins the client classes inherit (created on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ig_sdk.streaming._api import AsyncStream, Stream

__all__ = ["StreamingMixin", "AsyncStreamingMixin"]


class StreamingMixin:
    """Adds :attr:`stream` to :class:`~ig_sdk.IGClient`."""

    _ig_stream: Stream | None = None

    @property
    def stream(self) -> Stream:
        """Typed Lightstreamer subscriptions sharing one connection (opened on the first subscription)."""
        stream = self.__dict__.get("_ig_stream")
        if stream is None:
            from ig_sdk.streaming._api import Stream

            client: Any = self
            stream = Stream(client)
            self.__dict__["_ig_stream"] = stream
        return stream


class AsyncStreamingMixin:
    """Adds :attr:`stream` to :class:`~ig_sdk.AsyncIGClient`."""

    _ig_stream: AsyncStream | None = None

    @property
    def stream(self) -> AsyncStream:
        """Typed Lightstreamer subscriptions sharing one connection (opened on the first subscription)."""
        stream = self.__dict__.get("_ig_stream")
        if stream is None:
            from ig_sdk.streaming._api import AsyncStream

            client: Any = self
            stream = AsyncStream(client)
            self.__dict__["_ig_stream"] = stream
        return stream
