"""The generated ``*_pages`` methods walk IG's paging against the simulator, sync and async."""

from __future__ import annotations

import asyncio

from ig_sdk import AsyncIGClient, IGClient
from ig_sdk.testing import IGSimulator

GOLD = "CS.D.USCGC.TODAY.IP"


def _deal(client: IGClient, count: int) -> None:
    for _ in range(count):
        deal = client.positions.create(
            epic="CS.D.EURUSD.TODAY.IP",
            expiry="DFB",
            direction="BUY",
            size=1,
            order_type="MARKET",
            currency_code="GBP",
            force_open=True,
            guaranteed_stop=False,
        )
    client.deals.confirm(deal.deal_reference)


def test_price_pages_follow_page_numbers_to_the_total(ig_client: IGClient) -> None:
    pages = list(ig_client.prices.get_pages(epic=GOLD, resolution="HOUR", max=45, page_size=20))
    assert [len(page.prices or []) for page in pages] == [20, 20, 5]
    times = [bar.snapshot_time_utc for page in pages for bar in page.prices or []]
    assert len(set(times)) == 45  # no bar twice, none missing


def test_activity_pages_follow_igs_next_links(ig_client: IGClient) -> None:
    _deal(ig_client, 12)
    pages = list(ig_client.history.activity_pages(page_size=10))
    assert [len(page.activities or []) for page in pages] == [10, 2]
    deal_ids = [a.deal_id for page in pages for a in page.activities or []]
    assert len(set(deal_ids)) == 12


def test_uncounted_pages_stop_at_a_short_page(ig_client: IGClient) -> None:
    categories = ig_client.categories.list().categories or []
    code = categories[0].code
    assert code is not None
    pages = list(ig_client.categories.list_instruments_pages(category_id=code, page_size=2))
    sizes = [len(page.instruments or []) for page in pages]
    assert sizes[:-1] == [2] * (len(sizes) - 1)
    assert sizes[-1] < 2


def test_async_pages(ig_simulator: IGSimulator) -> None:
    async def run() -> list[int]:
        async with AsyncIGClient(
            username=ig_simulator.username,
            password=ig_simulator.password,
            api_key=ig_simulator.api_key,
            base_url=ig_simulator.rest_url,
        ) as client:
            return [
                len(page.prices or [])
                async for page in client.prices.get_pages(epic=GOLD, resolution="HOUR", max=30, page_size=20)
            ]

    assert asyncio.run(run()) == [20, 10]
