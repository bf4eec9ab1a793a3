"""The bulk path: long lists read without a model per item, with the garbage collector paused meanwhile."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import numpy as np
import pandas as pd
import pytest

from ig_sdk._gc import paused_gc
from ig_sdk.errors import APIResponseValidationError
from ig_sdk.lib.frames import COLUMNS, prices_frame
from tests.unit.conftest import ClientFactory, FakeIG

EPIC = "CS.D.EURUSD.CFD.IP"


@pytest.fixture
def gc_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("gc_on")
def test_the_collector_resumes_after_the_last_of_nested_and_concurrent_pauses() -> None:
    inside = threading.Event()
    leave = threading.Event()

    def other_parse() -> None:
        with paused_gc:
            inside.set()
            leave.wait(5)

    with paused_gc:
        with paused_gc:
            assert not gc.isenabled()
        assert not gc.isenabled()
        thread = threading.Thread(target=other_parse)
        thread.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # the other thread is still parsing
    leave.set()
    thread.join(5)
    assert gc.isenabled()


@pytest.mark.usefixtures("gc_on")
def test_a_collector_the_program_switched_off_stays_off() -> None:
    gc.disable()
    with paused_gc:
        pass
    assert not gc.isenabled()


def _quote(bid: Any, ask: Any) -> dict[str, Any]:
    return {"bid": bid, "ask": ask, "lastTraded": None}


def _bar(
    utc: str | None, local: str | None, bid: Any = 1.5, ask: Any = 1.7, volume: Any = 3
) -> dict[str, Any]:
    quote = _quote(bid, ask)
    return {
        "snapshotTime": local,
        "snapshotTimeUTC": utc,
        "openPrice": quote,
        "highPrice": quote,
        "lowPrice": quote,
        "closePrice": quote,
        "lastTradedVolume": volume,
    }


def _serve(fake_ig: FakeIG, *pages: list[dict[str, Any]]) -> None:
    @fake_ig.route("GET", f"/prices/{EPIC}")
    def prices(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("pageNumber", "1"))
        page_data = {"pageSize": 2, "pageNumber": number, "totalPages": len(pages)}
        allowance = {"remainingAllowance": 9990, "totalAllowance": 10000, "allowanceExpiry": 600000}
        metadata = {"size": 2, "pageData": page_data, "allowance": allowance}
        body = {"prices": pages[number - 1], "instrumentType": "CURRENCIES", "metadata": metadata}
        return httpx.Response(200, json=body)


def test_pages_become_columns_with_odd_values_as_nan_logged_once(
    fake_ig: FakeIG, make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    _serve(
        fake_ig,
        [_bar("2024-01-02T10:00:00", None, bid="1.25"), _bar("2024-01-02T09:00:00", None, ask="-")],
        [_bar(None, None), _bar(None, "2024/01/02 11:00:00", bid="n/a", volume=None)],
    )
    client = make_client()
    with caplog.at_level(logging.WARNING, logger="ig_sdk"):
        frame = prices_frame(client.prices.get_pages(epic=EPIC, page_size=2))
    assert list(frame.columns) == list(COLUMNS)
    # The bar without any time is left out; the rest are sorted, the local time labelled UTC.
    assert [str(t) for t in frame.index] == [
        "2024-01-02 09:00:00+00:00",
        "2024-01-02 10:00:00+00:00",
        "2024-01-02 11:00:00+00:00",
    ]
    assert frame["bid_open"].tolist()[1] == 1.25  # a number sent as text is read
    assert np.isnan(frame["ask_close"].iloc[0])
    assert np.isnan(frame["mid_close"].iloc[0])
    assert np.isnan(frame["bid_low"].iloc[2])
    assert np.isnan(frame["volume"].iloc[2])
    warnings = [r for r in caplog.records if "unreadable" in r.getMessage()]
    assert [r.args for r in warnings] == [("ask",), ("bid",)]
    assert len(fake_ig.calls("GET", f"/prices/{EPIC}")) == 2


def test_no_bars_give_an_empty_frame_with_the_columns(fake_ig: FakeIG, make_client: ClientFactory) -> None:
    _serve(fake_ig, [])
    frame = prices_frame(make_client().prices.get_pages(epic=EPIC))
    assert frame.empty
    assert list(frame.columns) == list(COLUMNS)
    assert isinstance(frame.index, pd.DatetimeIndex)
    assert str(frame.index.tz) == "UTC"


def test_a_bulk_answer_that_is_not_json_fails_like_a_model_answer(
    fake_ig: FakeIG, make_client: ClientFactory
) -> None:
    @fake_ig.route("GET", f"/prices/{EPIC}")
    def prices(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"<html>")

    with pytest.raises(APIResponseValidationError, match=r"prices\.get_v3"):
        prices_frame(make_client().prices.get_pages(epic=EPIC))
