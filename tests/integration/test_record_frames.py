"""DataFrames of positions, working orders, activity, transactions and market searches: documented columns."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ig_sdk import IGClient
from ig_sdk.lib.frames import (
    ACTIVITY_COLUMNS,
    MARKET_COLUMNS,
    POSITION_COLUMNS,
    TRANSACTION_COLUMNS,
    WORKING_ORDER_COLUMNS,
    Column,
    activity_frame,
    markets_frame,
    positions_frame,
    transactions_frame,
    working_orders_frame,
)
from ig_sdk.testing import IGSimulator
from ig_sdk.types import TransactionHistoryV2Response

from .conftest import make_client

GOLD = "CS.D.USCGC.TODAY.IP"
PAYLOADS = Path(__file__).resolve().parents[3] / "shared" / "reference" / "real-payloads"


@pytest.fixture
def frozen_client(fresh_sim: IGSimulator) -> Iterator[IGClient]:
    """A client of a simulator whose clock stands still."""
    with make_client(fresh_sim) as client:
        yield client


def _open(client: IGClient, epic: str = "CS.D.EURUSD.TODAY.IP") -> str:
    deal = client.positions.create(
        epic=epic,
        expiry="DFB",
        direction="BUY",
        size=2,
        order_type="MARKET",
        currency_code="GBP",
        force_open=True,
        guaranteed_stop=False,
    )
    confirmation = client.deals.confirm(deal.deal_reference)
    assert confirmation.deal_id is not None
    return confirmation.deal_id


def _dtypes(columns: tuple[Column, ...]) -> dict[str, str]:
    return {c.name: c.dtype for c in columns}


def test_positions_frame_has_documented_columns_and_dtypes(frozen_client: IGClient) -> None:
    deal_id = _open(frozen_client)
    frame = positions_frame(frozen_client.positions.list())
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == _dtypes(POSITION_COLUMNS)
    (row,) = frame.itertuples(index=False)
    assert row.deal_id == deal_id
    assert row.direction == "BUY"
    assert row.size == 2.0
    assert str(frame["created"].dt.tz) == "UTC"


def test_empty_answers_still_have_every_column(frozen_client: IGClient) -> None:
    frame = working_orders_frame(frozen_client.working_orders.list())
    assert frame.empty
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == _dtypes(WORKING_ORDER_COLUMNS)


def test_working_orders_frame(frozen_client: IGClient) -> None:
    market = frozen_client.markets.get(epic=GOLD)
    assert market.snapshot is not None
    assert market.snapshot.offer is not None
    frozen_client.working_orders.create(
        epic=GOLD,
        expiry="DFB",
        direction="BUY",
        size=1,
        level=float(market.snapshot.offer) - 50,
        type="LIMIT",
        currency_code="GBP",
        time_in_force="GOOD_TILL_CANCELLED",
        guaranteed_stop=False,
    )
    frame = working_orders_frame(frozen_client.working_orders.list())
    assert list(frame["order_type"]) == ["LIMIT"]
    assert list(frame["epic"]) == [GOLD]
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == _dtypes(WORKING_ORDER_COLUMNS)


def test_activity_and_transactions_frames_from_pages(frozen_client: IGClient) -> None:
    deal_id = _open(frozen_client)
    frozen_client.positions.close(
        deal_id=deal_id, direction="SELL", size=2, order_type="MARKET", expiry="DFB"
    )
    activity = activity_frame(frozen_client.history.activity_pages(page_size=10))
    assert {name: str(dtype) for name, dtype in activity.dtypes.items()} == _dtypes(ACTIVITY_COLUMNS)
    assert deal_id in set(activity["deal_id"])
    transactions = transactions_frame(frozen_client.history.transactions_pages(page_size=10))
    assert {name: str(dtype) for name, dtype in transactions.dtypes.items()} == _dtypes(TRANSACTION_COLUMNS)
    assert len(transactions) >= 1
    assert transactions["profit_and_loss"].notna().all()


def test_markets_frame(frozen_client: IGClient) -> None:
    frame = markets_frame(frozen_client.markets.search(search_term="gold"))
    assert GOLD in set(frame["epic"])
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == _dtypes(MARKET_COLUMNS)


def test_transaction_amounts_are_parsed_from_igs_text() -> None:
    answer = TransactionHistoryV2Response.model_validate(
        json.loads((PAYLOADS / "history-transactions-v2-1.json").read_text())["body"]
    )
    frame = transactions_frame(answer)
    assert list(frame["profit_and_loss"]) == [-63.80, -0.15]
    assert list(frame["profit_and_loss_text"]) == ["E-63.80", "E-0.15"]
    assert frame["open_level"].isna().tolist() == [False, True]  # IG's "-"
    assert frame["size"].iloc[0] == 0.2
