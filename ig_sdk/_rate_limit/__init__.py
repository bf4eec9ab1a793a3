"""Client-side pacing that keeps every request within IG's allowances.

IG limits each account and API key per minute (non-trading requests, trading requests, all requests of the
key) and each account per period in historical price points. Each ``Operation`` names the allowance it
spends (``rate_bucket`` from the spec):

- ``trading``: account trading + application;
- ``non_trading``: account non-trading + application;
- ``historical``: account non-trading + application, plus a check on the price points left;
- ``none``: nothing (login, session refresh, ...).

How the client's request loop uses it (one shape for sync and async; only the sleep differs)::

    delay = limiter.reserve(op, now, params=args)   # books the slot (or raises the fail-fast error)
    sleep(delay)                                     # time.sleep / await asyncio.sleep, outside any lock
    response = send(...)
    limiter.observe(op, response.headers, parsed)    # every answer, success or error
    # and, when IG still answers with an allowance error code:
    limiter.penalise(error.bucket, retry_after)     # error: an ig_sdk.errors.RateLimitError

The clients pass ``now`` from their clock's monotonic scale to every call. Nothing here sleeps, starts a
thread or a background task.
"""

from __future__ import annotations

from ig_sdk._rate_limit._core import BucketState, HistoricalState, RateLimiter, RateLimitState
from ig_sdk._rate_limit._historical import PricePointsExceedAllowanceError, estimate_points
from ig_sdk._rate_limit._limits import SPEC_DEFAULTS, BucketName, RateLimits
from ig_sdk._rate_limit._protocol import AsyncRateLimiterProtocol, RateLimiterProtocol

__all__ = [
    "RateLimiter",
    "RateLimiterProtocol",
    "AsyncRateLimiterProtocol",
    "RateLimits",
    "RateLimitState",
    "BucketState",
    "HistoricalState",
    "BucketName",
    "PricePointsExceedAllowanceError",
    "SPEC_DEFAULTS",
    "estimate_points",
]
