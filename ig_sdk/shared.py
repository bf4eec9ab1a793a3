"""Share one IG account between processes and machines: allowances (and optionally the session) in Redis.

Needs the extra: ``pip install 'ig-sdk[redis]'``. Most programs only set ``IG_SERVICE_RATE_LIMIT_URL``
(or pass ``rate_limit_url=`` to the client); these classes are for building the limiter yourself, e.g. with
allowances you already know or a ``redis.Redis`` you configured (TLS, Sentinel, ACL user)::

    from ig_sdk import IGClient, RateLimits
    from ig_sdk.shared import RedisRateLimiter

    limits = RateLimits(trading=30)
    limiter = RedisRateLimiter("redis://cache:6379/0", api_key=key, account_id="ABC12", limits=limits)
    client = IGClient(api_key=key, username=user, password=password, rate_limit=limiter)
"""

from __future__ import annotations

from ig_sdk._rate_limit._redis import AsyncRedisRateLimiter, RedisRateLimiter

__all__ = ["RedisRateLimiter", "AsyncRedisRateLimiter"]  # RateLimits' one public home is ig_sdk
