"""The shared session: processes of one account log in once between them, through a lock in Redis."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest

from ig_sdk import AsyncIGClient, IGClient
from ig_sdk.testing import API_KEY, PASSWORD, USERNAME, IGSimulator, SimulatorConfig
from ig_sdk.testing.redis_server import RedisServer
from tests.integration.conftest import logged_http

from .test_processes import run_bots


@pytest.fixture
def sim() -> Iterator[IGSimulator]:
    with IGSimulator(SimulatorConfig(tick_interval=3600.0)) as simulator:
        yield simulator


def sharing_client(sim: IGSimulator, url: str, **options: object) -> IGClient:
    return IGClient(
        username=USERNAME,
        password=PASSWORD,
        api_key=API_KEY,
        base_url=sim.rest_url,
        rate_limit_url=url,
        share_session=True,
        timeout=10.0,
        **options,  # type: ignore[arg-type]
    )


def test_concurrent_first_logins_of_four_processes_make_one(sim: IGSimulator, redis_url: str) -> None:
    sim.set_latency(0.3)  # every login takes a while: all four bots are inside one at the same time
    _, reports = run_bots(4, sim, redis_url, "--share-session", "--calls", "2", timeout=60)
    assert sum(r["logins"] for r in reports) == 1
    assert sum(r["errors"] for r in reports) == 0
    assert sum(r["sent"] for r in reports) == 4 * 2 + 1


def test_one_relogin_for_everybody_after_the_session_ends(
    sim: IGSimulator, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    http, log = logged_http(sim)
    clients = [sharing_client(sim, redis_url, http_client=http) for _ in range(5)]
    with caplog.at_level(logging.DEBUG):
        for client in clients:
            client.accounts.list_v1()
        first = log.logins()
        sim.set_latency(0.2)
        sim.expire_all_tokens()
        threads = [threading.Thread(target=client.accounts.list_v1) for client in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    sessions = {client.export_session()["cst"] for client in clients}
    assert (first, log.logins()) == (1, 2)
    assert len(sessions) == 1
    (cst,) = sessions
    assert cst is not None
    assert cst not in caplog.text  # tokens are never logged
    for client in clients:
        client.close()
    http.close()


def test_store_down_each_process_logs_in_alone(
    sim: IGSimulator, redis_server: RedisServer, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = sharing_client(sim, redis_url)
    redis_server.stop()
    try:
        with caplog.at_level(logging.WARNING):
            client.accounts.list_v1()
        assert "logs in on its own" in caplog.text
        assert client.session_info is not None
    finally:
        redis_server.start()
        client.close()


@pytest.mark.asyncio
async def test_async_and_sync_clients_share_one_session(sim: IGSimulator, redis_url: str) -> None:
    sync = sharing_client(sim, redis_url)
    sync.accounts.list_v1()
    async with AsyncIGClient(
        username=USERNAME,
        password=PASSWORD,
        api_key=API_KEY,
        base_url=sim.rest_url,
        rate_limit_url=redis_url,
        share_session=True,
        timeout=10.0,
    ) as client:
        await client.accounts.list_v1()
        assert client.export_session() == sync.export_session()
    sync.close()
