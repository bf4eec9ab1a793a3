"""Pure retry policy: which failures are worth another attempt, and how long to wait first.

Trading operations are never resent (a resend could open a second position); everything else is retried on
dropped connections, timeouts, IG server errors and rate-limit rejections, with capped exponential backoff
and jitter, and ``Retry-After`` honoured up to a cap.
"""

from __future__ import annotations

import email.utils
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from ig_sdk.errors import (
    APIConnectionError,
    APIError,
    HistoricalDataAllowanceError,
    InternalServerError,
    RateLimitError,
)

if TYPE_CHECKING:
    from ig_sdk._operation_record import Operation

__all__ = ["RetryPolicy", "DEFAULT_MAX_RETRIES", "parse_retry_after", "is_retryable"]

DEFAULT_MAX_RETRIES: Final = 2


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Backoff parameters: retry ``n`` (0-based) waits ``initial * 2**n``, capped, times a jitter factor."""

    initial_delay: float = 0.5
    max_delay: float = 8.0
    # A server asking for a longer pause than this is not worth blocking a caller for.
    max_retry_after: float = 60.0
    # Jitter multiplies the delay by a factor in [1 - jitter, 1].
    jitter: float = 0.25

    def backoff(
        self, retry_index: int, retry_after: float | None = None, rand: Callable[[], float] = random.random
    ) -> float:
        """Seconds to wait before the retry numbered ``retry_index`` (0 for the first retry)."""
        if retry_after is not None and 0 <= retry_after <= self.max_retry_after:
            return retry_after
        delay = min(self.initial_delay * (2.0**retry_index), self.max_delay)
        return delay * (1.0 - self.jitter * rand())


def is_retryable(op: Operation, error: APIError) -> bool:
    """Whether ``error`` from ``op`` may be retried: never for trading, else transient failures only."""
    if op.trading:
        return False
    if isinstance(error, APIConnectionError | InternalServerError):
        return True
    # The weekly historical allowance does not come back within any sensible wait.
    return isinstance(error, RateLimitError) and not isinstance(error, HistoricalDataAllowanceError)


def parse_retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds requested by a ``Retry-After`` (or ``retry-after-ms``) header; None when absent or unreadable.

    ``now`` is the wall-clock time (epoch seconds) used to turn an HTTP date into a delay.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - now, 0.0)
