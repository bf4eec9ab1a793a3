"""Trading calls are sent exactly once under faults, carry their deal reference, and reconcile by confirm."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ig_sdk import IGClient
from ig_sdk.errors import APIConnectionError, APITimeoutError, InternalServerError
from ig_sdk.testing import IGSimulator
from tests.deals import OPEN_EURUSD as OPEN

from .conftest import RequestLog, logged_http, make_client

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def logged(fresh_sim: IGSimulator) -> Iterator[tuple[IGClient, RequestLog]]:
    http, log = logged_http(fresh_sim)
    # No real waiting between retries of non-trading calls.
    with http, make_client(fresh_sim, http_client=http, sleep=lambda seconds: None) as c:
        c.login()
        yield c, log


def test_trading_call_under_503_is_sent_once_and_carries_its_reference(
    fresh_sim: IGSimulator, logged: tuple[IGClient, RequestLog]
) -> None:
    c, log = logged
    fresh_sim.fail_next(1, 503)
    with pytest.raises(InternalServerError) as caught:
        c.positions.create_v2(**OPEN)
    ref = caught.value.deal_reference
    assert ref
    assert ref in str(caught.value)
    assert log.count("POST", "/positions/otc") == 1
    # Reconcile: IG never saw the deal, so no confirmation ever appears and nothing was opened.
    with pytest.raises(APITimeoutError) as unknown:
        c.deals.confirm(ref, timeout=0.5)
    assert unknown.value.deal_reference == ref
    assert c.positions.list().positions == []


def test_trading_call_on_a_dropped_connection_is_sent_once(
    fresh_sim: IGSimulator, logged: tuple[IGClient, RequestLog]
) -> None:
    c, log = logged
    fresh_sim.drop_next(1)
    with pytest.raises(APIConnectionError) as caught:
        c.positions.create_v2(**OPEN, deal_reference="mine-0001")
    assert caught.value.deal_reference == "mine-0001"
    assert "deals.confirm('mine-0001')" in str(caught.value)
    assert log.count("POST", "/positions/otc") == 1
    with pytest.raises(APITimeoutError):
        c.deals.confirm("mine-0001", timeout=0.5)


def test_timed_out_trading_call_is_reconciled_by_confirm(
    fresh_sim: IGSimulator, logged: tuple[IGClient, RequestLog]
) -> None:
    c, log = logged
    fresh_sim.set_latency(0.6)
    with pytest.raises(APITimeoutError) as caught:
        c.with_options(timeout=0.2).positions.create_v2(**OPEN)
    fresh_sim.set_latency(0.0)
    ref = caught.value.deal_reference
    assert ref
    assert log.count("POST", "/positions/otc") == 1
    # The simulator went on with the deal after the client gave up, as IG may: confirm finds it.
    confirmation = c.deals.confirm(ref, timeout=5)
    assert str(confirmation.deal_status) == "ACCEPTED"
    positions = c.positions.list().positions or []
    assert [p.position.deal_id for p in positions if p.position is not None] == [confirmation.deal_id]


@pytest.mark.parametrize("fault", ["503", "drop"])
def test_non_trading_call_is_retried_through_a_fault(
    fresh_sim: IGSimulator, logged: tuple[IGClient, RequestLog], fault: str
) -> None:
    c, log = logged
    if fault == "503":
        fresh_sim.fail_next(1, 503)
    else:
        fresh_sim.drop_next(1)
    assert c.accounts.list().accounts
    assert log.count("GET", "/accounts") == 2
