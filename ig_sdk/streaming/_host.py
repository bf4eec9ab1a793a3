"""What ``client.stream`` needs of the REST client that hosts it: the streaming seam, as typed protocols."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ig_sdk._auth import SessionInfo
    from ig_sdk._rate_limit import RateLimitState
    from ig_sdk.streaming._connection import Credentials

__all__ = ["StreamHost", "AsyncStreamHost"]


class _Host(Protocol):
    def on_session_change(self, callback: Callable[[SessionInfo | None], None]) -> Callable[[], None]:
        """Call ``callback`` after every login, refresh, switch or logout; returns an unsubscriber."""
        ...

    @property
    def rate_limits(self) -> RateLimitState | None:
        """The allowances in force (the stream reads IG's subscription limit from it); None: pacing off."""
        ...


class StreamHost(_Host, Protocol):
    """The blocking client as :class:`~ig_sdk.streaming.Stream` uses it (``IGClient`` is one)."""

    def streaming_credentials(self) -> Credentials:
        """Account id, ``CST-…|XST-…`` password and Lightstreamer endpoint of the current session."""
        ...

    def login(self) -> object:
        """Log in again (the stream asks when Lightstreamer refuses the tokens)."""
        ...


class AsyncStreamHost(_Host, Protocol):
    """The asyncio client as :class:`~ig_sdk.streaming.AsyncStream` uses it (``AsyncIGClient`` is one)."""

    async def streaming_credentials(self) -> Credentials:
        """Account id, ``CST-…|XST-…`` password and Lightstreamer endpoint of the current session."""
        ...

    async def login(self) -> object:
        """Log in again (the stream asks when Lightstreamer refuses the tokens)."""
        ...
