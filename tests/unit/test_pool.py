"""A client that makes its own connection pool sizes it for IG's allowances, not httpx's default of 20."""

from __future__ import annotations

import pytest

from ig_sdk import AsyncIGClient, IGClient
from ig_sdk._base_client import DEFAULT_LIMITS
from ig_sdk._generated.rate_limits import DEFAULTS


def test_the_pool_keeps_open_as_many_connections_as_the_largest_allowance_bursts() -> None:
    burst = max(int(bucket["per_minute"]) for bucket in DEFAULTS.values() if "per_minute" in bucket)
    assert burst > 20  # httpx's own default would make concurrent callers reconnect
    assert DEFAULT_LIMITS.max_keepalive_connections == DEFAULT_LIMITS.max_connections == burst


def test_sync_client_uses_the_sized_pool() -> None:
    with IGClient(api_key="k", base_url="http://127.0.0.1:9") as client:
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert pool._max_keepalive_connections == DEFAULT_LIMITS.max_keepalive_connections


@pytest.mark.asyncio
async def test_async_client_uses_the_sized_pool() -> None:
    async with AsyncIGClient(api_key="k", base_url="http://127.0.0.1:9") as client:
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert pool._max_keepalive_connections == DEFAULT_LIMITS.max_keepalive_connections
        assert pool._max_connections == DEFAULT_LIMITS.max_connections
