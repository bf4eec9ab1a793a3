"""Fixtures of the shared-store tests: a real ``redis-server`` on a free port, started and stopped here.

The server is never mocked and these tests are never skipped: without the binary they fail and say how to
install it (CI's ``.ci/run`` installs it from Debian's packages).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from ig_sdk.testing.redis_server import RedisServer


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    """One server per test module; tests that stop it start it again."""
    with RedisServer() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The running server's URL, emptied before the test."""
    redis_server.start()
    with redis.Redis.from_url(redis_server.url, socket_timeout=5) as conn:
        conn.flushall()
    return redis_server.url
