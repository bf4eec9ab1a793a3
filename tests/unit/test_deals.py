"""``deals.confirm``: polls until IG knows the deal, raises on rejection, gives up after the timeout."""

from __future__ import annotations

import httpx
import pytest

from ig_sdk.errors import APITimeoutError, DealRejectedError
from ig_sdk.lib.deals import AsyncDeals, Deals
from tests.unit.conftest import AsyncClientFactory, ClientFactory, FakeClock, FakeIG, error


def confirm_route(fake_ig: FakeIG, answers: list[httpx.Response]) -> None:
    queue = iter(answers)

    @fake_ig.route("GET", "/confirms/REF-1")
    def confirm(request: httpx.Request) -> httpx.Response:
        answer = next(queue, answers[-1])
        return httpx.Response(answer.status_code, content=answer.content)  # fresh: responses are single-use


NOT_YET = error(404, "error.confirms.deal-not-found")


def ig_confirmation(status: str, reason: str, deal_id: str = "DIAAAANL44Z8KAP") -> dict[str, object]:
    """A confirmation as IG sends it (the shape of the recorded rejection stream/trade-confirms-2)."""
    accepted = status == "ACCEPTED"
    return {
        "date": "2023-10-30T16:49:00.626",
        "dealStatus": status,
        "reason": reason,
        "status": "OPEN" if accepted else None,
        "dealReference": "REF-1",
        "dealId": deal_id,
        "epic": "IX.D.DAX.IFMM.IP",
        "expiry": "-" if accepted else None,
        "direction": "BUY",
        "level": 15000.5 if accepted else None,
        "size": 1 if accepted else None,
        "affectedDeals": [{"dealId": deal_id, "status": "OPENED"}] if accepted else [],
        "guaranteedStop": False,
        "trailingStop": False,
    }


def test_confirm_waits_then_returns(make_client: ClientFactory, fake_ig: FakeIG, clock: FakeClock) -> None:
    accepted = ig_confirmation("ACCEPTED", "SUCCESS", deal_id="DIAAA1")
    confirm_route(fake_ig, [NOT_YET, NOT_YET, httpx.Response(200, json=accepted)])
    confirmation = Deals(make_client()).confirm("REF-1")
    assert confirmation.deal_id == "DIAAA1"
    assert len(fake_ig.calls("GET", "/confirms/REF-1")) == 3
    assert clock.sleeps == [0.25, 0.5]


def test_confirm_raises_on_rejection(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    rejected = ig_confirmation("REJECTED", "MARKET_CLOSED")
    confirm_route(fake_ig, [httpx.Response(200, json=rejected)])
    with pytest.raises(DealRejectedError) as info:
        Deals(make_client()).confirm("REF-1")
    assert info.value.reason == "MARKET_CLOSED"
    assert info.value.deal_reference == "REF-1"


def test_confirm_gives_up_in_bounded_time(
    make_client: ClientFactory, fake_ig: FakeIG, clock: FakeClock
) -> None:
    confirm_route(fake_ig, [NOT_YET])
    start = clock.now
    with pytest.raises(APITimeoutError) as info:
        Deals(make_client()).confirm("REF-1", timeout=10.0)
    assert info.value.deal_reference == "REF-1"
    assert clock.now - start == pytest.approx(10.0)
    assert max(clock.sleeps) <= 2.0


@pytest.mark.asyncio
async def test_async_confirm(make_async_client: AsyncClientFactory, fake_ig: FakeIG) -> None:
    rejected = ig_confirmation("REJECTED", "INSUFFICIENT_FUNDS")
    confirm_route(fake_ig, [NOT_YET, httpx.Response(200, json=rejected)])
    async with make_async_client() as client:
        with pytest.raises(DealRejectedError) as info:
            await AsyncDeals(client).confirm("REF-1")
    assert info.value.reason == "INSUFFICIENT_FUNDS"
