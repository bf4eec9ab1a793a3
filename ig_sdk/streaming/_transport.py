"""The small typed interface the SDK needs from a Lightstreamer client, and its adapter over the library.

Everything above this module talks to :class:`Transport` only, so unit tests swap in an in-memory fake and
the library (untyped, with process-wide threads started at import) is imported only when a real stream opens.
The adapter uses only the API that lightstreamer-client-lib 1.0.x and 2.x share.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

__all__ = [
    "Mode",
    "TransportOptions",
    "ConnectionEvents",
    "SubscriptionEvents",
    "Transport",
    "LightstreamerTransport",
    "library_version",
]

Mode = Literal["MERGE", "DISTINCT"]


@dataclass(frozen=True)
class TransportOptions:
    """Timers and transport of the Lightstreamer connection (milliseconds; None keeps the library default).

    A dead link is noticed from silence: the server sends a probe after ``keepalive_ms`` without data, the
    library calls the link stalled ``stalled_timeout_ms`` later and starts recovering the session
    ``reconnect_timeout_ms`` after that. (The library cannot see a WebSocket closed by the other side, so a
    reset or a clean close is noticed this way too.) With the defaults prices resume about 3 s after a
    reset; with the library's own (the server's keep-alive, often 5 s, plus 2 s plus 3 s) it took 10 s. The
    recovery itself resumes the same session and replays what was missed, so a faster detection costs one
    probe a second and nothing else.
    """

    forced_transport: str | None = None
    """None (WebSocket streaming with fallbacks), or e.g. ``"WS-STREAMING"``, ``"HTTP-STREAMING"``."""
    keepalive_ms: int | None = 1000
    """Keep-alive asked of the server (``LS_keepalive_millis``); the server may impose its own."""
    stalled_timeout_ms: int | None = 1000
    """Silence past the keep-alive after which the link counts as stalled."""
    reconnect_timeout_ms: int | None = 1000
    """Further silence after which the library reconnects and recovers the session."""
    retry_delay_ms: int | None = 2000
    """Pause between attempts while the server cannot be reached (the library's default is 4000)."""
    first_retry_max_delay_ms: int | None = None
    session_recovery_timeout_ms: int | None = None
    """How long the library tries to resume a session before it opens a new one (library default 15000)."""


class ConnectionEvents(Protocol):
    """What the transport reports about the connection (called on the library's thread)."""

    def on_status(self, status: str) -> None:
        """A Lightstreamer status string such as ``CONNECTED:WS-STREAMING`` or ``DISCONNECTED:WILL-RETRY``."""
        ...

    def on_server_error(self, code: int, message: str) -> None:
        """The server refused or ended the session; the library will not retry by itself."""
        ...


class SubscriptionEvents(Protocol):
    """What the transport reports about one subscription (called on the library's thread)."""

    def on_update(self, item: str, snapshot: bool, changed: Mapping[int, str | None]) -> None:
        """Changed values by 1-based field position (None is a null)."""
        ...

    def on_subscribed(self) -> None:
        """The server accepted the subscription."""
        ...

    def on_subscription_error(self, code: int, message: str) -> None:
        """The server refused the subscription."""
        ...

    def on_lost_updates(self, item: str, lost: int) -> None:
        """The server dropped ``lost`` updates of ``item`` (its own buffer overflowed)."""
        ...


class Transport(Protocol):
    """One Lightstreamer connection carrying any number of subscriptions."""

    @property
    def library_version(self) -> str:
        """Version of the client library behind the transport."""
        ...

    def connect(self, endpoint: str, user: str | None, password: str) -> None:
        """(Re)connect with these credentials; subscriptions already made are sent again by the library."""
        ...

    def disconnect(self) -> None:
        """Close the connection; subscriptions are kept for the next :meth:`connect`."""
        ...

    def subscribe(
        self,
        mode: Mode,
        items: Sequence[str],
        fields: Sequence[str],
        adapter: str | None,
        events: SubscriptionEvents,
        *,
        snapshot: bool = False,
    ) -> object:
        """Add a subscription (sent now if connected, else on connect); returns a handle for unsubscribe.

        ``snapshot`` asks for the item's current state (MERGE) or IG's recent events (DISTINCT) first.
        """
        ...

    def unsubscribe(self, handle: object) -> None:
        """Remove a subscription."""
        ...

    def session_id(self) -> str | None:
        """The current Lightstreamer session id, if any."""
        ...


def library_version() -> str:
    """The installed lightstreamer-client-lib version (imports the library)."""
    from lightstreamer.client import LightstreamerClient

    return str(LightstreamerClient.LIB_VERSION)


class _ClientListener:
    def __init__(self, events: ConnectionEvents) -> None:
        self._events = events

    def onStatusChange(self, status: str) -> None:  # noqa: N802 - the library's callback names
        self._events.on_status(str(status))

    def onServerError(self, code: int, message: str) -> None:  # noqa: N802
        self._events.on_server_error(int(code), str(message))

    def onPropertyChange(self, name: str) -> None:  # noqa: N802
        pass

    def onListenStart(self, *args: Any) -> None:  # noqa: N802
        pass

    def onListenEnd(self, *args: Any) -> None:  # noqa: N802
        pass


class _SubscriptionListener:
    def __init__(self, events: SubscriptionEvents) -> None:
        self._events = events

    def onItemUpdate(self, update: Any) -> None:  # noqa: N802
        self._events.on_update(update.getItemName(), update.isSnapshot(), update.getChangedFieldsByPosition())

    def onSubscription(self) -> None:  # noqa: N802
        self._events.on_subscribed()

    def onSubscriptionError(self, code: int, message: str) -> None:  # noqa: N802
        self._events.on_subscription_error(int(code), str(message))

    def onItemLostUpdates(self, item: str, pos: int, lost: int) -> None:  # noqa: N802
        self._events.on_lost_updates(str(item), int(lost))

    def onUnsubscription(self) -> None:  # noqa: N802
        pass

    def onEndOfSnapshot(self, item: str, pos: int) -> None:  # noqa: N802
        pass

    def onClearSnapshot(self, item: str, pos: int) -> None:  # noqa: N802
        pass

    def onRealMaxFrequency(self, frequency: Any) -> None:  # noqa: N802
        pass

    def onListenStart(self, *args: Any) -> None:  # noqa: N802
        pass

    def onListenEnd(self, *args: Any) -> None:  # noqa: N802
        pass

    def onCommandSecondLevelItemLostUpdates(self, *args: Any) -> None:  # noqa: N802
        pass

    def onCommandSecondLevelSubscriptionError(self, *args: Any) -> None:  # noqa: N802
        pass


class LightstreamerTransport:
    """:class:`Transport` over lightstreamer-client-lib (1.0.x, and 2.x which keeps the same API)."""

    def __init__(self, events: ConnectionEvents, options: TransportOptions | None = None) -> None:
        from lightstreamer.client import LightstreamerClient

        from ig_sdk.streaming._ls_logging import install_logger_provider

        install_logger_provider()
        self._client: Any = LightstreamerClient(None, None)
        self._client.addListener(_ClientListener(events))
        self._version = str(LightstreamerClient.LIB_VERSION)
        self._apply(options or TransportOptions())

    def _apply(self, options: TransportOptions) -> None:
        opts = self._client.connectionOptions
        if options.forced_transport is not None:
            opts.setForcedTransport(options.forced_transport)
        setters = (
            (options.keepalive_ms, opts.setKeepaliveInterval),
            (options.stalled_timeout_ms, opts.setStalledTimeout),
            (options.reconnect_timeout_ms, opts.setReconnectTimeout),
            (options.retry_delay_ms, opts.setRetryDelay),
            (options.first_retry_max_delay_ms, opts.setFirstRetryMaxDelay),
            (options.session_recovery_timeout_ms, opts.setSessionRecoveryTimeout),
        )
        for value, setter in setters:
            if value is not None:
                setter(value)

    @property
    def library_version(self) -> str:
        return self._version

    def connect(self, endpoint: str, user: str | None, password: str) -> None:
        details = self._client.connectionDetails
        details.setServerAddress(endpoint)
        details.setUser(user)
        details.setPassword(password)
        self._client.connect()

    def disconnect(self) -> None:
        self._client.disconnect()

    def subscribe(
        self,
        mode: Mode,
        items: Sequence[str],
        fields: Sequence[str],
        adapter: str | None,
        events: SubscriptionEvents,
        *,
        snapshot: bool = False,
    ) -> object:
        from lightstreamer.client import Subscription

        sub: Any = Subscription(mode, list(items), list(fields))
        if adapter is not None:
            sub.setDataAdapter(adapter)
        sub.setRequestedSnapshot("yes" if snapshot else "no")
        sub.addListener(_SubscriptionListener(events))
        self._client.subscribe(sub)
        return sub

    def unsubscribe(self, handle: object) -> None:
        self._client.unsubscribe(handle)

    def session_id(self) -> str | None:
        value = self._client.connectionDetails.getSessionId()
        return str(value) if value else None
