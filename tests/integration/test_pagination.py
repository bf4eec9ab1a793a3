"""The generated ``*_pages`` methods walk IG's paging against the simulator, sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from ig_sdk import AsyncIGClient, IGClient
from ig_sdk.testing import IGSimulator
from ig_sdk.types import PageProgress
from tests.deals import OPEN_EURUSD

from .conftest import make_client

GOLD = "CS.D.USCGC.TODAY.IP"


@pytest.fixture
def frozen_client(fresh_sim: IGSimulator) -> Iterator[IGClient]:
    """A client of a simulator whose clock stands still, so no bar is forming while pages are fetched."""
    with make_client(fresh_sim) as client:
        yield client


def _deal(client: IGClient, count: int) -> None:
    for _ in range(count):
        deal = client.positions.create(**OPEN_EURUSD)
    client.deals.confirm(deal.deal_reference)


def test_price_pages_follow_page_numbers_to_the_total(frozen_client: IGClient) -> None:
    pages = list(frozen_client.prices.get_pages(epic=GOLD, resolution="HOUR", max=45, page_size=20))
    assert [len(page.prices or []) for page in pages] == [20, 20, 5]
    times = [bar.snapshot_time_utc for page in pages for bar in page.prices or []]
    assert len(set(times)) == 45  # no bar twice, none missing


def test_pages_report_progress_as_each_page_arrives(frozen_client: IGClient) -> None:
    seen: list[PageProgress] = []
    sizes: list[int] = []
    for page in frozen_client.prices.get_pages(
        epic=GOLD, resolution="HOUR", max=45, page_size=20, on_page=seen.append
    ):
        assert len(seen) == len(sizes) + 1  # reported before the page is handed over
        sizes.append(len(page.prices or []))
    assert [(p.pages, p.total_pages, p.items, p.total_items) for p in seen] == [
        (1, 3, 20, 20),
        (2, 3, 20, 40),
        (3, 3, 5, 45),
    ]


def test_uncounted_pages_report_no_total(frozen_client: IGClient) -> None:
    _deal(frozen_client, 12)
    seen: list[PageProgress] = []
    list(frozen_client.history.activity_pages(page_size=10, on_page=seen.append))
    assert [(p.pages, p.total_pages, p.total_items) for p in seen] == [(1, None, 10), (2, None, 12)]


def test_activity_pages_follow_igs_next_links(frozen_client: IGClient) -> None:
    _deal(frozen_client, 12)
    pages = list(frozen_client.history.activity_pages(page_size=10))
    assert [len(page.activities or []) for page in pages] == [10, 2]
    deal_ids = [a.deal_id for page in pages for a in page.activities or []]
    assert len(set(deal_ids)) == 12


def test_uncounted_pages_stop_at_a_short_page(frozen_client: IGClient) -> None:
    categories = frozen_client.categories.list().categories or []
    code = categories[0].code
    assert code is not None
    pages = list(frozen_client.categories.list_instruments_pages(category_id=code, page_size=2))
    sizes = [len(page.instruments or []) for page in pages]
    assert sizes[:-1] == [2] * (len(sizes) - 1)
    assert sizes[-1] < 2


def test_async_pages(fresh_sim: IGSimulator) -> None:
    async def run() -> list[int]:
        async with AsyncIGClient(
            username=fresh_sim.username,
            password=fresh_sim.password,
            api_key=fresh_sim.api_key,
            base_url=fresh_sim.rest_url,
        ) as client:
            return [
                len(page.prices or [])
                async for page in client.prices.get_pages(epic=GOLD, resolution="HOUR", max=30, page_size=20)
            ]

    assert asyncio.run(run()) == [20, 10]
