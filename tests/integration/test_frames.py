"""Prices as a pandas DataFrame, from one answer or from every page."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest

from ig_sdk import IGClient
from ig_sdk.lib.frames import COLUMNS, prices_frame, prices_frame_async
from ig_sdk.testing import IGSimulator

from .conftest import make_async_client, make_client

GOLD = "CS.D.USCGC.TODAY.IP"


@pytest.fixture
def frozen_client(fresh_sim: IGSimulator) -> Iterator[IGClient]:
    """A client of a simulator whose clock stands still, so no bar is forming while pages are fetched."""
    with make_client(fresh_sim) as client:
        yield client


def test_pages_become_one_frame_indexed_by_utc_time(frozen_client: IGClient) -> None:
    frame = prices_frame(frozen_client.prices.get_pages(epic=GOLD, resolution="HOUR", max=45, page_size=20))
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 45
    assert frame.index.is_monotonic_increasing
    index = frame.index
    assert isinstance(index, pd.DatetimeIndex)
    assert str(index.tz) == "UTC"
    assert (frame["bid_low"] <= frame["bid_high"]).all()
    assert (frame["bid_close"] < frame["ask_close"]).all()
    mid = (frame["bid_close"] + frame["ask_close"]) / 2
    assert ((frame["mid_close"] - mid).abs() < 1e-9).all()


def test_older_versions_give_the_same_bars(frozen_client: IGClient) -> None:
    v3 = prices_frame(frozen_client.prices.get(epic=GOLD, resolution="HOUR", max=10))
    v2 = prices_frame(frozen_client.prices.get_by_num_points(epic=GOLD, resolution="HOUR", num_points=10))
    assert isinstance(v2, pd.DataFrame)
    assert len(v2) == len(v3) == 10
    # The newest bar is still forming (the simulator's clock runs), so compare the finished ones.
    assert list(v2["bid_close"])[:-1] == list(v3["bid_close"])[:-1]
    # Version 2 gives the account's local time only (UK summer time here, an hour ahead of UTC), which
    # prices_frame labels UTC; version 3 carries the true UTC time.
    assert [t - pd.Timedelta(hours=1) for t in v2.index][:-1] == list(v3.index)[:-1]


def test_bulk_pages_give_the_same_frame_as_models(frozen_client: IGClient) -> None:
    prices = frozen_client.prices
    bulk = prices_frame(prices.get_pages(epic=GOLD, resolution="HOUR", max=45, page_size=20))  # no bar models
    models = prices_frame(list(prices.get_pages(epic=GOLD, resolution="HOUR", max=45, page_size=20)))
    pd.testing.assert_frame_equal(bulk, models)
    answer = frozen_client.prices.with_raw_response.get(epic=GOLD, resolution="HOUR", max=45, page_size=0)
    raw = prices_frame(answer)  # one raw answer, read like a bulk page
    pd.testing.assert_frame_equal(raw, bulk)


def test_pages_are_read_once(frozen_client: IGClient) -> None:
    pages = frozen_client.prices.get_pages(epic=GOLD, resolution="HOUR", max=5, page_size=5)
    assert next(pages).prices
    with pytest.raises(RuntimeError, match="already being read"):
        prices_frame(pages)


@pytest.mark.asyncio
async def test_async_pages_become_the_same_frame(fresh_sim: IGSimulator, frozen_client: IGClient) -> None:
    expected = prices_frame(frozen_client.prices.get_pages(epic=GOLD, resolution="HOUR", max=30, page_size=7))
    async with make_async_client(fresh_sim) as client:
        bulk = await prices_frame_async(
            client.prices.get_pages(epic=GOLD, resolution="HOUR", max=30, page_size=7)
        )
        one = await prices_frame_async(
            await client.prices.get(epic=GOLD, resolution="HOUR", max=30, page_size=0)
        )
    pd.testing.assert_frame_equal(bulk, expected)
    pd.testing.assert_frame_equal(one, expected)
