"""Ten things a bot author writes, checked twice: by mypy --strict (``make typecheck``, with ``Any`` banned in
this module by a pyproject override, and ``assert_type`` pinning each value's type) and by running them.

No login is needed: the calls build request models and read response models parsed from IG-shaped JSON.
"""

from __future__ import annotations

from datetime import datetime
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
    PositionOrderType,
    PositionsV2Response,
    PricesV3Response,
    UpdateOTCPositionV2Request,
)

POSITIONS_JSON = (
    '{"positions": [{"position": {"dealId": "DIAAAAB", "direction": "BUY", "size": 2.0, "level": 1.0841,'
    ' "createdDateUTC": "2024-01-05T10:00:00", "currency": "USD", "stopLevel": null},'
    ' "market": {"epic": "CS.D.EURUSD.CFD.IP", "bid": 1.0850, "offer": 1.0851,'
    ' "marketStatus": "TRADEABLE"}}]}'
)


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
    assert_type(order.size, float)
    assert_type(order.direction, Direction | None)
    wire = order.model_dump_json(exclude_unset=True)
    assert '"orderType":"MARKET"' in wire  # IG's camelCase names on the wire
    assert '"stopDistance":20.0' in wire


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
    wire = update.model_dump_json(exclude_unset=True)
    assert wire == '{"stopLevel":null,"limitLevel":1.1,"guaranteedStop":false}'


def test_read_open_positions() -> None:
    page = PositionsV2Response.model_validate_json(POSITIONS_JSON)
    total = 0.0
    for entry in page.positions or []:
        position, market = entry.position, entry.market
        if position is None or market is None:
            continue
        assert_type(position.deal_id, str | None)
        assert_type(position.size, float | None)
        assert_type(position.created_date_utc, datetime | None)
        assert_type(market.bid, float | None)
        total += (position.size or 0.0) * ((market.bid or 0.0) - (position.level or 0.0))
    assert round(total, 4) == 0.0018


def test_read_a_market_snapshot() -> None:
    market = MarketDetail.model_validate_json(
        '{"snapshot": {"bid": 2392.4, "offer": 2392.7, "marketStatus": "TRADEABLE"},'
        ' "instrument": {"name": "Gold"}}'
    )
    snapshot = market.snapshot
    assert snapshot is not None
    spread = (snapshot.offer or 0.0) - (snapshot.bid or 0.0)
    assert_type(spread, float)
    assert round(spread, 1) == 0.3


def test_read_candles() -> None:
    prices = PricesV3Response.model_validate_json(
        '{"prices": [{"snapshotTimeUTC": "2024-01-05T10:00:00", "openPrice": {"bid": 1.0, "ask": 1.2},'
        ' "closePrice": {"bid": 1.1, "ask": 1.3}}],'
        ' "metadata": {"allowance": {"remainingAllowance": 9990, "totalAllowance": 10000}}}'
    )
    bars = prices.prices or []
    closes = [bar.close_price.bid for bar in bars if bar.close_price is not None]
    assert_type(closes, list[float | None])
    assert closes == [1.1]
    first = bars[0].snapshot_time_utc
    assert first is not None
    assert first.tzinfo is not None


def test_read_a_deal_confirmation() -> None:
    confirmation = DealConfirmationV1Response.model_validate_json(
        '{"dealReference": "REF1", "dealStatus": "REJECTED", "reason": "MARKET_CLOSED_WITH_EDITS"}'
    )
    assert_type(confirmation.deal_status, DealStatus | None)
    assert confirmation.deal_status is DealStatus.REJECTED


def test_an_enum_value_ig_adds_later_does_not_crash() -> None:
    confirmation = DealConfirmationV1Response.model_validate_json('{"dealStatus": "PARTIALLY_ACCEPTED"}')
    status = confirmation.deal_status
    assert status is not None
    assert status.is_unknown
    assert status == "PARTIALLY_ACCEPTED"


def test_unknown_response_fields_are_kept() -> None:
    accounts = AccountsV1Response.model_validate_json('{"accounts": [{"accountId": "ABC", "newField": 1}]}')
    first = (accounts.accounts or [])[0]
    assert_type(first.account_id, str | None)
    assert "newField" in first.model_dump_json()


def test_construct_by_either_name() -> None:
    by_python = UpdateOTCPositionV2Request(limit_level=1.2, guaranteed_stop=False)
    by_ig = UpdateOTCPositionV2Request.model_validate_json('{"limitLevel": 1.2, "guaranteedStop": false}')
    assert by_python == by_ig
