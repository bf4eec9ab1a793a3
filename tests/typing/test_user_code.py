"""Ten things a bot author writes, checked twice: by mypy --strict (``make typecheck``, with ``Any`` banned in
this module by a pyproject override, and ``assert_type`` pinning each value's type) and by running them.

No login is needed: the calls build request models and read response models parsed from IG's real answers.
"""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import assert_type

import pytest

from ig_sdk.errors import IGRequestValidationError
from ig_sdk.types import (
    AccountsV1Response,
    CreateOTCPositionV2Request,
    DealConfirmationV1Response,
    DealStatus,
    Direction,
    MarketDetail,
    MarketStatus,
    PositionOrderType,
    PositionsV2Response,
    PricesV3Response,
    UpdateOTCPositionV2Request,
)

RECORDINGS = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "real-payloads"


def recorded(name: str) -> str:
    """The body of one of IG's real answers (``../shared/reference/real-payloads/``), as JSON text."""
    text = (RECORDINGS / f"{name}.json").read_text(encoding="utf-8-sig")
    recording: dict[str, object] = json.loads(text)
    return json.dumps(recording["body"])


def test_build_a_market_order() -> None:
    order = CreateOTCPositionV2Request(
        epic="CS.D.EURUSD.CFD.IP",
        expiry="-",
        direction=Direction.BUY,
        size=1.5,
        order_type=PositionOrderType.MARKET,
        currency_code="USD",
        force_open=True,
        guaranteed_stop=False,
        stop_distance=20.0,
    )
    assert_type(order.size, Decimal)
    assert_type(order.direction, Direction)  # IG refuses an order without it
    assert_type(order.stop_distance, Decimal | None)
    assert order.stop_distance == Decimal("20.0")  # a float argument becomes the Decimal it spells
    assert '"orderType":"MARKET"' in order.model_dump_json(exclude_unset=True)  # IG's names on the wire


def test_a_limit_order_without_a_level_is_refused() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="level"):
        CreateOTCPositionV2Request(
            epic="CS.D.EURUSD.CFD.IP",
            expiry="-",
            direction=Direction.SELL,
            size=1.0,
            order_type=PositionOrderType.LIMIT,
            currency_code="USD",
            force_open=True,
            guaranteed_stop=False,
        )
    assert issubclass(IGRequestValidationError, ValueError)


def test_remove_a_stop_with_an_explicit_null() -> None:
    update = UpdateOTCPositionV2Request(stop_level=None, limit_level=1.1, guaranteed_stop=False)
    assert update.model_fields_set == {"stop_level", "limit_level", "guaranteed_stop"}
    assert '"stopLevel":null' in update.model_dump_json(exclude_unset=True)


def test_read_open_positions() -> None:
    page = PositionsV2Response.model_validate_json(recorded("positions-list-v2-2"))
    exposure = Decimal(0)
    assert len(page.positions) == 3
    for entry in page.positions:  # IG always sends the list, the position and its market
        position, market = entry.position, entry.market
        assert_type(position.deal_id, str)
        assert_type(position.size, Decimal)
        assert_type(position.created_date_utc, datetime)
        assert_type(market.epic, str)
        assert_type(market.bid, Decimal | None)  # null while the market has no price (recordings' quirk 16)
        sign = 1 if position.direction is Direction.BUY else -1
        exposure += sign * position.size * position.level
    assert exposure != 0


def test_read_a_market_snapshot() -> None:
    market = MarketDetail.model_validate_json(recorded("markets-get-v3-8"))
    assert_type(market.instrument.epic, str)
    assert_type(market.snapshot.market_status, MarketStatus)
    bid, offer = market.snapshot.bid, market.snapshot.offer
    if bid is not None and offer is not None:  # a real check: a closed market has no prices
        assert offer - bid > 0


def test_read_candles() -> None:
    prices = PricesV3Response.model_validate_json(recorded("prices-get-v3-3"))
    closes = [bar.close_price.bid for bar in prices.prices]
    assert_type(closes, list[Decimal])
    assert closes[0] == Decimal("1.15456")  # exactly what IG sent
    first = prices.prices[0].snapshot_time_utc
    assert_type(first, datetime)
    assert first.tzinfo is not None
    assert_type(prices.metadata.allowance.remaining_allowance, int)


def test_read_a_deal_confirmation() -> None:
    confirmation = DealConfirmationV1Response.model_validate_json(recorded("confirms-get-v1-1"))
    assert_type(confirmation.deal_status, DealStatus)
    assert_type(confirmation.deal_id, str)
    assert confirmation.deal_status is DealStatus.ACCEPTED


def test_an_enum_value_ig_adds_later_does_not_crash() -> None:
    body = recorded("confirms-get-v1-1").replace('"ACCEPTED"', '"PARTIALLY_ACCEPTED"')
    status = DealConfirmationV1Response.model_validate_json(body).deal_status
    assert status.is_unknown
    assert status == "PARTIALLY_ACCEPTED"


def test_unknown_response_fields_are_kept() -> None:
    body = recorded("accounts-list-v1-3").replace(
        '"accountId": "ZI5WH"', '"accountId": "ZI5WH", "newField": 1'
    )
    first = AccountsV1Response.model_validate_json(body).accounts[0]
    assert_type(first.account_id, str)
    assert "newField" in first.model_dump_json()


def test_construct_by_either_name() -> None:
    by_python = UpdateOTCPositionV2Request(limit_level=1.2, guaranteed_stop=False)
    by_ig = UpdateOTCPositionV2Request.model_validate_json('{"limitLevel": 1.2, "guaranteedStop": false}')
    assert by_python == by_ig
