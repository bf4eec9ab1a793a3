"""The fixtures ig-sdk's pytest plugin gives users' test suites."""

from __future__ import annotations

from ig_sdk import IGClient
from ig_sdk.testing import IGSimulator


def test_ig_client_talks_to_a_fresh_simulator(ig_simulator: IGSimulator, ig_client: IGClient) -> None:
    assert ig_client.base_url == ig_simulator.rest_url
    found = ig_client.markets.search(search_term="gold")
    assert any(m.epic == "CS.D.USCGC.TODAY.IP" for m in found.markets or [])
    assert ig_client.positions.list().positions == []  # a fresh simulator: nothing from other tests
