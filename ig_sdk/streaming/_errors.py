"""Exceptions raised by ``client.stream``; all derive from :class:`ig_sdk.errors.IGError`."""

from __future__ import annotations

from ig_sdk.errors import IGError

__all__ = [
    "StreamError",
    "StreamAuthenticationError",
    "StreamProtocolVersionError",
    "StreamServerError",
    "StreamClosedError",
    "SubscriptionError",
    "SubscriptionLimitError",
    "RetiredItemError",
    "StreamOverflowError",
]


class StreamError(IGError):
    """Base of every streaming error."""


class StreamAuthenticationError(StreamError):
    """IG's Lightstreamer server refused the credentials, even freshly fetched ones: the stream stops."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"IG refused the streaming credentials (Lightstreamer error {code}: {message})")
        self.code = code


class StreamProtocolVersionError(StreamError):
    """The server does not speak the installed client library's protocol (Lightstreamer CONERR 65)."""

    def __init__(self, library_version: str, message: str) -> None:
        super().__init__(
            f"IG's Lightstreamer server rejected the protocol of lightstreamer-client-lib {library_version} "
            f"({message}). IG accepts TLCP-2.4.0 only: install lightstreamer-client-lib 1.0.3 "
            "(pip install 'lightstreamer-client-lib>=1.0.3,<2')."
        )
        self.library_version = library_version


class StreamServerError(StreamError):
    """The server ended the stream with an error the SDK does not recover from."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"Lightstreamer server error {code}: {message}")
        self.code = code


class StreamClosedError(StreamError):
    """The stream (or this subscription) was closed."""


class SubscriptionError(StreamError):
    """The server refused a subscription (an unknown epic, a forbidden item...)."""

    def __init__(self, item: str, code: int, message: str) -> None:
        super().__init__(f"subscription to {item} refused (Lightstreamer error {code}: {message})")
        self.item = item
        self.code = code


class SubscriptionLimitError(StreamError):
    """One more subscription would exceed IG's per-connection limit; nothing was sent."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"IG allows {limit} subscriptions per streaming connection (concurrentSubscriptionsLimit) and "
            "they are all in use: close one first (the heartbeat item counts too)"
        )
        self.limit = limit


class RetiredItemError(StreamError, ValueError):
    """The requested item no longer exists at IG; the message names its replacement."""


class StreamOverflowError(StreamError):
    """A DISTINCT subscription's queue overflowed under the ``raise`` policy: updates were lost."""

    def __init__(self, dropped: int) -> None:
        super().__init__(f"the consumer fell behind and {dropped} update(s) could not be queued")
        self.dropped = dropped
