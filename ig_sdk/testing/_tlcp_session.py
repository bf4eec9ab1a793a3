"""TLCP sessions and the connections that carry them, for the simulator's Lightstreamer server.

A session outlives its connections: every counted notification is kept in a bounded history so that a client
whose connection dropped can bind again with ``LS_recovery_from`` and get exactly what it missed. A connection
("channel") is one WebSocket or one HTTP streaming response; a pump task writes the session's pending
notifications to it and sends PROBE when it has been silent for the keep-alive interval.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Final

from ig_sdk.testing._tlcp_wire import is_counted

__all__ = ["Channel", "Session", "Subscription"]

_LOOP_RESERVE: Final = 16  # bytes kept free in an HTTP stream's content length for the closing LOOP line


@dataclass
class Subscription:
    """One client subscription (``LS_subId``) inside a session."""

    sub_id: int
    mode: str
    items: list[str]
    fields: list[str]
    adapter: str | None
    # Items that have had at least one update, so "unchanged" slots are meaningful to the client.
    started: set[int] = field(default_factory=set)


class Session:
    """A TLCP session: its subscriptions, its history of counted notifications and its current channel."""

    def __init__(
        self, session_id: str, account_id: str, user: str | None, keepalive_ms: int, history_limit: int
    ) -> None:
        self.session_id = session_id
        self.account_id = account_id
        self.user = user
        self.keepalive_ms = keepalive_ms
        self.subscriptions: dict[int, Subscription] = {}
        self.channel: Channel | None = None
        self.detached_at: float | None = None
        self._history: list[str] = []
        self._history_base = 0  # progressive of _history[0]; earlier notifications were trimmed
        self._history_limit = history_limit
        self.sent = 0  # progressive of the next notification to write on the channel
        self.activity = asyncio.Event()  # set on every new notification (wakes long-polling requests)

    def __repr__(self) -> str:
        return f"Session({self.session_id!r}, account={self.account_id!r}, subs={len(self.subscriptions)})"

    @property
    def progressive(self) -> int:
        """Number of counted notifications produced so far."""
        return self._history_base + len(self._history)

    def emit(self, notification: str) -> None:
        """Queue a counted notification (U, SUBOK, UNSUB, ...) for the client."""
        assert is_counted(notification), notification
        self._history.append(notification)
        overflow = len(self._history) - self._history_limit
        # Never trim what has not been written yet: the client has not even seen it.
        overflow = min(overflow, self.sent - self._history_base)
        if overflow > 0:
            del self._history[:overflow]
            self._history_base += overflow
        self.activity.set()
        if self.channel is not None:
            self.channel.wake.set()

    def pending(self) -> list[str]:
        """Counted notifications not written to any channel yet."""
        return self._history[self.sent - self._history_base :]

    def replay_from(self, progressive: int) -> list[str] | None:
        """Notifications from ``progressive`` on, or None if they are no longer (or never were) available."""
        if not self._history_base <= progressive <= self.progressive:
            return None
        return self._history[progressive - self._history_base :]

    def attach(self, channel: Channel) -> None:
        """Make ``channel`` the session's stream, silently dropping the previous one (as a rebind does)."""
        if self.channel is not None and self.channel is not channel:
            self.channel.abort()
        self.channel = channel
        channel.session = self
        self.detached_at = None
        channel.wake.set()

    def detach(self, channel: Channel, now: float) -> None:
        """Forget ``channel`` if it is still the session's stream; the session waits for a rebind."""
        if self.channel is channel:
            self.channel = None
            self.detached_at = now


class Channel:
    """One stream connection (WebSocket or HTTP streaming response) and its writer."""

    def __init__(
        self,
        kind: str,
        write: Callable[[str], Awaitable[None]],
        abort: Callable[[], None],
        *,
        content_length: int | None = None,
        keepalive_override: Callable[[], int | None] | None = None,
    ) -> None:
        self.kind = kind
        self.session: Session | None = None
        self.wake = asyncio.Event()
        self.closed = False  # aborted (or broken): nothing more can be written
        self.finished = False  # ended on purpose after its final lines: the owner closes it cleanly
        self.stalled_until = 0.0
        self.blackhole_until = 0.0
        self._write = write
        self._abort = abort
        self._pre: list[str] = []  # uncounted lines to send before the session's data (WSOK, REQOK, ...)
        self._final: list[str] | None = None  # last lines before closing (END, CONERR, LOOP)
        self._bytes_left = content_length
        self._keepalive_override = keepalive_override

    def send(self, *lines: str) -> None:
        """Queue uncounted lines (they go out ahead of pending data)."""
        self._pre.extend(lines)
        self.wake.set()

    def finish(self, *lines: str) -> None:
        """Send pending data, then ``lines``, then close the connection."""
        if self._final is None:
            self._final = list(lines)
        self.wake.set()

    def abort(self) -> None:
        """Cut the connection at once, as a network failure would."""
        if not self.closed:
            self.closed = True
            self._abort()
        self.wake.set()

    def stall(self, until: float, *, lose_data: bool = False) -> None:
        """Write nothing at all, not even probes, until the loop time ``until``.

        With ``lose_data`` the connection keeps taking notifications as if it wrote them, but they vanish,
        like packets a broken network swallows: only a recovery with replay gets them to the client.
        """
        if lose_data:
            self.blackhole_until = until
        else:
            self.stalled_until = until
        self.wake.set()

    async def run(self) -> None:
        """Write queued lines until the connection finishes or breaks; probes fill silences."""
        loop = asyncio.get_running_loop()
        last_write = loop.time()
        while not self.closed and not self.finished:
            self.wake.clear()
            now = loop.time()
            if self.stalled_until > now:
                await self._sleep(self.stalled_until - now)
                last_write = loop.time()  # a stall is silence on purpose; restart the probe clock after it
                continue
            batch, data_count, done = self._collect()
            if batch:
                if not await self._send(batch):
                    return
                if self.session is not None:
                    self.session.sent += data_count
                last_write = loop.time()
            if done:
                self.finished = True
                return
            if batch:
                continue
            keepalive = self._keepalive()
            if keepalive is None:
                await self._sleep(None)
                continue
            remaining = keepalive / 1000 - (loop.time() - last_write)
            if remaining <= 0:
                if not await self._send(["PROBE"]):
                    return
                last_write = loop.time()
            else:
                await self._sleep(remaining)

    def _collect(self) -> tuple[list[str], int, bool]:
        """Lines to write now, how many of them are session data, and whether the connection then ends."""
        batch, self._pre = self._pre, []
        data: list[str] = []
        session = self.session
        if session is not None and session.channel is self:
            data = session.pending()
        done = self._final is not None
        if self._bytes_left is not None:
            budget = self._bytes_left - _LOOP_RESERVE - sum(len(x) + 2 for x in batch)
            fitting: list[str] = []
            for notification in data:
                budget -= len(notification.encode()) + 2
                if budget < 0:
                    break
                fitting.append(notification)
            if len(fitting) < len(data):
                # Content length used up: the client rebinds on LOOP and gets the rest on the new stream.
                data = fitting
                self._final = self._final or ["LOOP,0"]
                done = True
        batch.extend(data)
        if done and self._final is not None:
            batch.extend(self._final)
        return batch, len(data), done

    def _keepalive(self) -> int | None:
        if self.session is None:
            return None
        if self._keepalive_override is not None:
            override = self._keepalive_override()
            if override is not None:
                return override if override > 0 else None
        return self.session.keepalive_ms

    async def _send(self, lines: list[str]) -> bool:
        text = "".join(f"{x}\r\n" for x in lines)
        if asyncio.get_running_loop().time() < self.blackhole_until:
            return True
        try:
            await self._write(text)
        except (ConnectionError, RuntimeError):
            self.abort()
            return False
        if self._bytes_left is not None:
            self._bytes_left -= len(text.encode())
        return True

    async def _sleep(self, seconds: float | None) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.wake.wait(), seconds)
