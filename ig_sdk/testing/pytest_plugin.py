"""pytest fixtures for testing a bot against the local IG simulator (opt in: they are never loaded uninvited).

Enable them in the top ``conftest.py`` of your suite::

    pytest_plugins = ["ig_sdk.testing.pytest_plugin"]

or per run with ``pytest -p ig_sdk.testing.pytest_plugin``. They need the ``testing`` extra
(``pip install 'ig-sdk[testing]'``); without it, loading the plugin fails with that hint.

    def test_my_bot_opens_a_position(ig_client: IGClient) -> None:
        my_bot.run_once(ig_client)
        assert ig_client.positions.list().positions

``ig_simulator`` is a fresh simulator per test (its state never leaks between tests); ``ig_client`` is an
``IGClient`` logged in to it lazily. For the async client, build ``AsyncIGClient`` from ``ig_simulator``'s
``rest_url`` and credentials inside your own async test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ig_sdk._client import IGClient
from ig_sdk.testing._clock import TRADING_TIME
from ig_sdk.testing.simulator import IGSimulator, SimulatorConfig

__all__ = ["ig_client", "ig_simulator"]


@pytest.fixture
def ig_simulator() -> Iterator[IGSimulator]:
    """A local IG (REST and Lightstreamer) on 127.0.0.1, stopped after the test.

    Its calendar starts at ``TRADING_TIME`` (a Tuesday morning) and runs at real speed, so that a suite that
    deals passes on any day of the week, weekends included, while markets keep IG's hours.
    """
    with IGSimulator(SimulatorConfig(start=TRADING_TIME)) as simulator:
        yield simulator


@pytest.fixture
def ig_client(ig_simulator: IGSimulator) -> Iterator[IGClient]:
    """An ``IGClient`` for the simulator's spread-bet account, closed after the test."""
    with IGClient(
        username=ig_simulator.username,
        password=ig_simulator.password,
        api_key=ig_simulator.api_key,
        base_url=ig_simulator.rest_url,
    ) as client:
        yield client
