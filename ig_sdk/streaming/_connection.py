"""The one Lightstreamer connection a client shares between all its subscriptions, and its lifecycle.

Threads: the library delivers events on its own shared thread; this module only records them there and
hands the work to a control thread of its own ("ig-sdk-stream"), which fetches credentials, (re)connects,
(re)attaches subscriptions and watches liveness. User code runs on neither: updates go through each
subscription's :class:`UpdateQueue` to the consumer.

Recovery policy:
- The library itself recovers dropped connections (same session, no loss) and forgotten sessions (new
  session, subscriptions re-sent); a new session is reported as a ``RESUBSCRIBED`` status.
- When the server ends the session for good (END, e.g. after the REST session expired) or goes silent
  (no update and no heartbeat for ``stale_after`` seconds), the stream reconnects with freshly fetched
  credentials, with capped exponential backoff.
- Bad credentials: one re-login is tried; refused again, the stream stops with StreamAuthenticationError.
- CONERR 65 (protocol version) stops the stream with StreamProtocolVersionError.
- A change of REST tokens reconnects with the new password; a change of account re-subscribes the items
  whose names carry the account id.
"""

from __future__ import annotations

import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Protocol

from ig_sdk.streaming._errors import (
    StreamAuthenticationError,
    StreamClosedError,
    StreamError,
    StreamProtocolVersionError,
    SubscriptionError,
    SubscriptionLimitError,
)
from ig_sdk.streaming._events import GapReason
from ig_sdk.streaming._queue import Mark, UpdateQueue
from ig_sdk.streaming._transport import ConnectionEvents, Mode, Transport

__all__ = ["Credentials", "StreamStatus", "StatusEvent", "StreamConnection", "ManagedSubscription"]

_log = logging.getLogger("ig_sdk.streaming")

DEFAULT_LIMIT: Final = 40
HEARTBEAT_ITEM: Final = "TRADE:HB.U.HEARTBEAT.IP"
_TICK_S: Final = 0.2
_AUTH_CODES: Final = frozenset({1, 2})
_PROTOCOL_CODE: Final = 65


class Credentials(Protocol):
    """What the REST client's ``streaming_credentials()`` returns."""

    @property
    def account_id(self) -> str: ...

    @property
    def password(self) -> str: ...

    @property
    def endpoint(self) -> str: ...


class StreamStatus(StrEnum):
    """States of the shared connection, as status events report them."""

    CONNECTING = "CONNECTING"
    CONNECTED = "CONNECTED"
    RECOVERING = "RECOVERING"
    """The connection dropped; the library is resuming the same session (no update lost)."""
    RESUBSCRIBED = "RESUBSCRIBED"
    """A new Lightstreamer session replaced the old one and every subscription was sent again."""
    RECONNECTING = "RECONNECTING"
    """The SDK is opening a new session with fresh credentials (session ended, stale or tokens changed)."""
    STALE = "STALE"
    """Nothing arrived (not even the heartbeat) for too long."""
    DISCONNECTED = "DISCONNECTED"
    FAILED = "FAILED"
    """The stream stopped for good; ``error`` says why."""
    CLOSED = "CLOSED"


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """A change of the connection's state."""

    status: StreamStatus
    detail: str = ""
    """The library's own status string or the reason for the change."""
    error: StreamError | None = None


class ManagedSubscription:
    """One Lightstreamer subscription owned by the connection: its items, handle and queue."""

    def __init__(
        self,
        mode: Mode,
        fields: Sequence[str],
        adapter: str | None,
        items: Callable[[str], list[str]],
        account_bound: bool,
        sink: UpdateQueue | None,
        on_activity: Callable[[], None],
        snapshot: bool | None = None,
    ) -> None:
        self.mode = mode
        self.snapshot = mode == "MERGE" if snapshot is None else snapshot
        self.fields = tuple(fields)
        self.adapter = adapter
        self.items_for = items
        self.account_bound = account_bound
        self.queue = sink
        self.items: list[str] = []
        self.handle: object | None = None
        self.lost_updates = 0
        # Set once the server confirmed the subscription (SUBOK); cleared while it is being (re)made.
        self.active = threading.Event()
        self._on_activity = on_activity
        self._connection: StreamConnection | None = None
        self._started = False
        # Set by the connection before it re-subscribes this item on purpose (an account switch).
        self.next_gap: tuple[GapReason, str, float] | None = None

    # SubscriptionEvents, called on the library thread: record and hand off only.
    def on_update(self, item: str, snapshot: bool, changed: Mapping[int, str | None]) -> None:
        self._on_activity()
        if self.queue is not None:
            self.queue.put(item, snapshot, changed)

    def on_subscribed(self) -> None:
        # A DISTINCT item is not replayed on re-subscription: whatever happened meanwhile is a gap.
        item = self.items[0] if self.items else ""
        now = time.time()
        if self.queue is not None and self.mode == "DISTINCT":
            if not self._started:
                self.queue.put_mark(item, Mark("start", now, now))
            else:
                reason, detail, start = self._gap_cause(now)
                _log.info("stream gap on %s: %s (%s)", item, reason, detail)
                self.queue.put_mark(item, Mark("gap", start, now, reason, detail))
        self._started = True
        self._on_activity()
        self.active.set()

    def _gap_cause(self, now: float) -> tuple[GapReason, str, float]:
        planned, self.next_gap = self.next_gap, None
        if planned is not None:
            return planned
        connection = self._connection
        if connection is None:
            return GapReason.NEW_SESSION, "re-subscribed", now
        return connection.last_break(now)

    def on_subscription_error(self, code: int, message: str) -> None:
        connection = self._connection
        if connection is not None:
            connection._post(lambda: connection._refused(self, code, message))

    def on_lost_updates(self, item: str, lost: int) -> None:
        self.lost_updates += lost
        _log.warning("the server dropped %d update(s) of %s", lost, item)
        if self.queue is not None and self.mode == "DISTINCT":
            now = time.time()
            detail = f"the server dropped {lost} update(s)"
            self.queue.put_mark(item, Mark("gap", now, now, GapReason.SERVER_LOSS, detail, lost))


class StreamConnection(ConnectionEvents):
    """Shared connection: subscription registry, IG's subscription limit, reconnects and status events."""

    def __init__(
        self,
        credentials: Callable[[], Credentials],
        transport_factory: Callable[[ConnectionEvents], Transport],
        *,
        relogin: Callable[[], None] | None = None,
        limit: int = DEFAULT_LIMIT,
        heartbeat: bool = True,
        stale_after: float = 30.0,
        max_backoff: float = 30.0,
        send_user: bool = True,
    ) -> None:
        self._credentials = credentials
        self._relogin = relogin
        self._factory = transport_factory
        self.limit = limit
        self._heartbeat_enabled = heartbeat
        self._stale_after = stale_after
        self._max_backoff = max_backoff
        self._send_user = send_user
        self._lock = threading.RLock()
        self._subs: list[ManagedSubscription] = []
        self._heartbeat: ManagedSubscription | None = None
        self._tasks: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._transport: Transport | None = None
        self._creds: Credentials | None = None
        self._listeners: list[Callable[[StatusEvent], None]] = []
        self._status = StatusEvent(StreamStatus.DISCONNECTED)
        self._error: StreamError | None = None
        self._closed = False
        self._connected = False
        self._last_activity = time.monotonic()
        self._session_id: str | None = None
        self._relogin_tried = False
        self._failures = 0
        self._retry_at: float | None = None
        self._refresh_pending = False
        # Continuity bookkeeping (library thread): when the link last went down, why, and the last moment
        # before that when anything arrived. A re-subscribed DISTINCT item reports a gap from there.
        self._last_activity_wall = time.time()
        self._link_up = False
        self._planned: tuple[GapReason, str] | None = None
        self._break: tuple[GapReason, str, float] | None = None

    # ---- public surface (any thread) -------------------------------------------------------------------

    @property
    def status(self) -> StatusEvent:
        """The latest status event."""
        return self._status

    @property
    def error(self) -> StreamError | None:
        """Why the stream failed, once it has."""
        return self._error

    @property
    def account_id(self) -> str | None:
        """The account the item names currently use (known once connected)."""
        creds = self._creds
        return creds.account_id if creds is not None else None

    def subscription_count(self) -> int:
        """Lightstreamer subscriptions counted against IG's limit (the heartbeat included)."""
        with self._lock:
            return len(self._subs) + (1 if self._heartbeat_enabled else 0)

    def add_listener(self, listener: Callable[[StatusEvent], None]) -> Callable[[], None]:
        """Call ``listener`` (on the SDK's control thread) for every status event; returns a remover."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def add(self, sub: ManagedSubscription) -> None:
        """Register ``sub`` and have it subscribed; raises before exceeding IG's subscription limit."""
        with self._lock:
            if self._closed:
                raise StreamClosedError("the stream is closed")
            if self._error is not None:
                raise self._error
            if self.subscription_count() + 1 > self.limit:
                raise SubscriptionLimitError(self.limit)
            sub._connection = self
            self._subs.append(sub)
            self._start_locked()
        self._post(lambda: self._attach(sub))

    def remove(self, sub: ManagedSubscription) -> None:
        """Unsubscribe ``sub`` (its queue is closed)."""
        with self._lock:
            if sub in self._subs:
                self._subs.remove(sub)
            handle, sub.handle = sub.handle, None
            sub.active.clear()
            transport = self._transport
        if sub.queue is not None:
            sub.queue.close()
        if handle is not None and transport is not None:
            transport.unsubscribe(handle)

    def session_changed(self) -> None:
        """The REST tokens or the account changed: fetch fresh credentials and follow them."""
        with self._lock:
            if self._thread is None or self._closed or self._refresh_pending:
                return
            self._refresh_pending = True
        self._post(self._follow_session)

    def close(self) -> None:
        """Disconnect and end every subscription; safe to call twice."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            subs = list(self._subs)
            self._subs.clear()
            transport = self._transport
            thread = self._thread
        for sub in subs:
            if sub.queue is not None:
                sub.queue.close()  # asked for: iterators end normally
        if transport is not None:
            transport.disconnect()
        self._tasks.put(lambda: None)  # wakes the control thread so it sees the flag
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)
        self._emit(StatusEvent(StreamStatus.CLOSED))

    # ---- ConnectionEvents (library thread): record and hand off ------------------------------------------

    def on_status(self, status: str) -> None:
        if status.startswith("CONNECTED:") and status != "CONNECTED:STREAM-SENSING":
            self._link_up = True
        elif self._link_up and status != "CONNECTED:STREAM-SENSING":
            self._link_up = False
            reason, detail = self._planned or (GapReason.NEW_SESSION, f"connection lost ({status})")
            self._planned = None
            self._break = (reason, detail, self._last_activity_wall)
        self._post(lambda: self._status_changed(status))

    def on_server_error(self, code: int, message: str) -> None:
        self._plan_break(GapReason.SESSION_ENDED, f"server error {code}: {message}")
        self._post(lambda: self._server_error(code, message))

    def _activity(self) -> None:
        self._last_activity = time.monotonic()
        self._last_activity_wall = time.time()

    def _plan_break(self, reason: GapReason, detail: str) -> None:
        """Name the cause of the link going down next (the SDK is about to take it down)."""
        if self._link_up:
            self._planned = (reason, detail)
        else:  # already down: the cause applies to the break in progress
            start = self._break[2] if self._break is not None else self._last_activity_wall
            self._break = (reason, detail, start)

    def last_break(self, now: float) -> tuple[GapReason, str, float]:
        """Why and since when the link was last down (for a re-subscribed item's gap)."""
        brk = self._break
        if brk is None:
            return GapReason.NEW_SESSION, "re-subscribed", self._last_activity_wall
        return brk

    # ---- control thread ----------------------------------------------------------------------------------

    def _post(self, task: Callable[[], None]) -> None:
        self._tasks.put(task)

    def _start_locked(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="ig-sdk-stream", daemon=True)
        self._thread.start()
        self._post(self._connect)

    def _run(self) -> None:
        while not self._closed:
            try:
                task = self._tasks.get(timeout=_TICK_S)
            except queue.Empty:
                task = None
            if self._closed:
                break
            try:
                if task is not None:
                    task()
                self._watch()
            except Exception:
                _log.exception("streaming control task failed")

    def _watch(self) -> None:
        now = time.monotonic()
        if self._retry_at is not None and now >= self._retry_at:
            self._retry_at = None
            self._connect()
            return
        if (
            self._connected
            and self._heartbeat_enabled
            and self._stale_after > 0
            and now - self._last_activity > self._stale_after
        ):
            self._connected = False
            detail = f"nothing received for {self._stale_after:g} s"
            self._plan_break(GapReason.STALE, detail)
            self._emit(StatusEvent(StreamStatus.STALE, detail))
            self._reconnect("stale")

    def _connect(self) -> None:
        if self._closed or self._error is not None:
            return
        self._emit(StatusEvent(StreamStatus.CONNECTING))
        try:
            creds = self._credentials()
        except Exception as exc:
            if _is_login_refusal(exc):
                self._fail(StreamAuthenticationError(0, f"the REST login was refused: {type(exc).__name__}"))
            else:
                self._schedule_retry(f"could not fetch streaming credentials: {type(exc).__name__}: {exc}")
            return
        with self._lock:
            if self._transport is None:
                self._transport = self._factory(self)
            transport = self._transport
            account_changed = self._creds is not None and self._creds.account_id != creds.account_id
            self._creds = creds
        if self._heartbeat_enabled and self._heartbeat is None:
            self._heartbeat = ManagedSubscription(
                "MERGE", ("HEARTBEAT",), None, lambda _a: [HEARTBEAT_ITEM], False, None, self._activity
            )
            self._attach(self._heartbeat)
        if account_changed:
            self._reattach_account_bound()
        self._attach_all()
        self._last_activity = time.monotonic()
        transport.connect(creds.endpoint, creds.account_id if self._send_user else None, creds.password)

    def _attach(self, sub: ManagedSubscription) -> None:
        with self._lock:
            creds, transport = self._creds, self._transport
            if transport is None or creds is None or sub.handle is not None:
                return  # _connect attaches everything once credentials are known
            if sub is not self._heartbeat and sub not in self._subs:
                return
            sub.items = sub.items_for(creds.account_id)
            sub.active.clear()
            sub.handle = transport.subscribe(
                sub.mode, sub.items, sub.fields, sub.adapter, sub, snapshot=sub.snapshot
            )

    def _attach_all(self) -> None:
        for sub in list(self._subs):
            self._attach(sub)

    def _reattach_account_bound(self) -> None:
        with self._lock:
            transport = self._transport
            moved = [s for s in self._subs if s.account_bound and s.handle is not None]
            now = time.time()
            for sub in moved:
                sub.next_gap = (GapReason.ACCOUNT_SWITCH, "the active account changed", now)
                handle, sub.handle = sub.handle, None
                sub.active.clear()
                if transport is not None and handle is not None:
                    transport.unsubscribe(handle)
        for sub in moved:
            self._attach(sub)

    def _status_changed(self, status: str) -> None:
        if self._closed:
            return
        if status.startswith("CONNECTED:") and status != "CONNECTED:STREAM-SENSING":
            self._attach_all()
            self._connected = True
            self._failures = 0
            self._relogin_tried = False
            self._last_activity = time.monotonic()
            transport = self._transport
            session = transport.session_id() if transport is not None else None
            previous, self._session_id = self._session_id, session
            if previous is not None and session is not None and session != previous:
                self._emit(StatusEvent(StreamStatus.RESUBSCRIBED, f"new session ({status})"))
            else:
                self._emit(StatusEvent(StreamStatus.CONNECTED, status))
        elif status == "DISCONNECTED:TRYING-RECOVERY":
            self._connected = False
            self._emit(StatusEvent(StreamStatus.RECOVERING, status))
        elif status.startswith("DISCONNECTED"):
            self._connected = False
            if status == "DISCONNECTED:WILL-RETRY":
                self._emit(StatusEvent(StreamStatus.RECONNECTING, status))
        elif status == "STALLED":
            self._emit(StatusEvent(StreamStatus.STALE, status))

    def _server_error(self, code: int, message: str) -> None:
        if self._closed:
            return
        self._connected = False
        transport = self._transport
        if code == _PROTOCOL_CODE:
            version = transport.library_version if transport is not None else "?"
            self._fail(StreamProtocolVersionError(version, message))
        elif code in _AUTH_CODES:
            if self._relogin_tried or self._relogin is None:
                self._fail(StreamAuthenticationError(code, message))
                return
            self._relogin_tried = True
            _log.info("streaming credentials refused (code %d): logging in again once", code)
            try:
                self._relogin()
            except Exception as exc:
                self._fail(
                    StreamAuthenticationError(code, f"{message}; re-login failed: {type(exc).__name__}")
                )
                return
            self._connect()
        else:
            _log.info("streaming session ended by the server (code %d: %s): reconnecting", code, message)
            self._reconnect(f"server error {code}: {message}")

    def _reconnect(self, reason: str) -> None:
        self._emit(StatusEvent(StreamStatus.RECONNECTING, reason))
        transport = self._transport
        if transport is not None:
            transport.disconnect()
        self._failures += 1
        if self._failures <= 1:
            self._connect()
        else:
            self._schedule_retry(reason)

    def _schedule_retry(self, reason: str) -> None:
        delay = min(self._max_backoff, 0.5 * 2 ** min(self._failures, 10)) * (0.5 + random.random() / 2)
        self._failures += 1
        _log.warning("stream not connected (%s); retrying in %.1f s", reason, delay)
        self._emit(StatusEvent(StreamStatus.RECONNECTING, reason))
        self._retry_at = time.monotonic() + delay

    def _follow_session(self) -> None:
        self._refresh_pending = False
        if self._closed or self._error is not None or self._creds is None:
            return
        try:
            creds = self._credentials()
        except Exception as exc:
            _log.warning(
                "could not fetch streaming credentials after a session change: %s", type(exc).__name__
            )
            return
        old = self._creds
        if creds.password == old.password and creds.account_id == old.account_id:
            return
        if creds.account_id != old.account_id:
            self._creds = creds
            self._reattach_account_bound()
        if creds.password != old.password:
            self._plan_break(GapReason.TOKENS_CHANGED, "the REST session tokens changed")
            self._emit(StatusEvent(StreamStatus.RECONNECTING, "session tokens changed"))
            transport = self._transport
            if transport is not None:
                transport.disconnect()
                self._creds = creds
                user = creds.account_id if self._send_user else None
                transport.connect(creds.endpoint, user, creds.password)

    def _refused(self, sub: ManagedSubscription, code: int, message: str) -> None:
        if sub is self._heartbeat:
            # Without the heartbeat a quiet market looks like a dead link, so stop judging by silence.
            _log.warning(
                "heartbeat item refused (%d: %s): liveness relies on keep-alives only", code, message
            )
            self._heartbeat_enabled = False
            self._heartbeat = None
            return
        with self._lock:
            if sub in self._subs:
                self._subs.remove(sub)
            handle, sub.handle = sub.handle, None
            sub.active.clear()
            transport = self._transport
        if handle is not None and transport is not None:
            transport.unsubscribe(handle)
        error = SubscriptionError(" ".join(sub.items), code, message)
        _log.warning("%s", error)
        if sub.queue is not None:
            sub.queue.close(error)

    def _fail(self, error: StreamError) -> None:
        self._error = error
        _log.error("stream stopped: %s", error)
        with self._lock:
            subs = list(self._subs)
            transport = self._transport
        if transport is not None:
            transport.disconnect()
        for sub in subs:
            if sub.queue is not None:
                sub.queue.close(error)
        self._emit(StatusEvent(StreamStatus.FAILED, str(error), error))

    def _emit(self, event: StatusEvent) -> None:
        self._status = event
        _log.debug("stream status %s %s", event.status, event.detail)
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                _log.exception("stream status listener failed")


def _is_login_refusal(exc: Exception) -> bool:
    from ig_sdk.errors import AuthenticationError

    return isinstance(exc, AuthenticationError)
