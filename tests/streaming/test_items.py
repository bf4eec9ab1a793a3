"""The generated item catalogue and the typed parsing of raw Lightstreamer values."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from codegen.build import _format
from codegen.streaming import render_streaming
from ig_sdk._generated.streaming import (
    CHART_CANDLE,
    CHART_TICK,
    PRICE,
    RETIRED,
    TRADE,
    DealingFlag,
    PriceUpdate,
    StreamDirection,
    TradeUpdate,
    chart_candle_item,
    price_item,
)
from ig_sdk.streaming._parse import parse_decimal, parse_epoch_ms, parse_flag, parse_int
from ig_sdk.streaming._queue import RawUpdate
from ig_sdk.streaming._subscription import Converter

ROOT = Path(__file__).resolve().parents[2]


def _raw(
    kind_fields: tuple[str, ...], item: str, values: dict[str, str | None], snapshot: bool = False
) -> RawUpdate:
    return RawUpdate(item, snapshot, {kind_fields.index(k) + 1: v for k, v in values.items()})


def test_price_item_matches_igs_reference() -> None:
    assert len(PRICE.fields) == 86
    assert PRICE.mode == "MERGE"
    assert PRICE.adapter == "Pricing"
    assert {"BIDQUOTEID", "ASKQUOTEID", "C5ASKSIZE5", "CURRENCY0", "DLG_FLAG", "DELAY"} <= set(PRICE.fields)
    assert price_item("ABC12", "CS.D.EURUSD.CFD.IP") == "PRICE:ABC12:CS.D.EURUSD.CFD.IP"
    assert TRADE.mode == "DISTINCT"
    assert TRADE.adapter is None
    assert CHART_TICK.mode == "DISTINCT"
    assert CHART_CANDLE.mode == "MERGE"
    assert CHART_CANDLE.scales == ("SECOND", "1MINUTE", "5MINUTE", "HOUR")
    assert chart_candle_item("IX.D.FTSE.DAILY.IP", "1MINUTE") == "CHART:IX.D.FTSE.DAILY.IP:1MINUTE"


def test_retired_market_item_names_the_price_equivalents() -> None:
    message = RETIRED["MARKET"].message("MARKET:CS.D.EURUSD.CFD.IP")
    assert "BID->BIDPRICE1" in message
    assert "OFFER->ASKPRICE1" in message
    assert "PRICE:<accountId>:<epic>" in message
    assert "STRIKE_PRICE" in message  # listed as having no equivalent
    assert RETIRED["MARKET"].aliases == ("L1",)


def test_generated_module_is_deterministic_and_committed() -> None:
    first = _format(render_streaming(ROOT), ROOT)
    second = _format(render_streaming(ROOT), ROOT)
    assert first == second
    ((path, content),) = first.items()
    assert (ROOT / path).read_text(encoding="utf-8") == content, "run `python -m codegen`"


def test_price_snapshot_parses_ladder_quote_ids_and_times() -> None:
    convert = Converter(PRICE)
    item = price_item("ACC", "CS.D.EURUSD.CFD.IP")
    values: dict[str, str | None] = {
        "BIDPRICE1": "1.08512",
        "ASKPRICE1": "1.08524",
        "BIDPRICE2": "1.08505",
        "ASKPRICE2": "1.0853",
        "BIDSIZE1": "5",
        "ASKSIZE1": "5",
        "BIDSIZE2": "25",
        "ASKSIZE2": "25",
        "BIDQUOTEID": "QB-123",
        "ASKQUOTEID": "QA-456",
        "CURRENCY0": "GBP",
        "CURRENCY1": "USD",
        "C1BIDSIZE1": "6.5",
        "TIMESTAMP": "1767225600000",
        "DLG_FLAG": "DEAL   ",
        "NET_CHG": "-0.0012",
        "NET_CHG_PCT": "-0.11",
        "DELAY": "0",
        "HIGH": "#",
    }
    update = convert(_raw(PRICE.fields, item, values, snapshot=True))
    assert isinstance(update, PriceUpdate)
    assert update.snapshot
    assert update.item == item
    assert update.bid_price_1 == Decimal("1.08512")
    assert isinstance(update.bid_price_1, Decimal)
    assert update.ask_quote_id == "QA-456"
    assert update.bid_quote_id == "QB-123"
    assert update.timestamp == datetime(2026, 1, 1, tzinfo=UTC)
    assert update.dealing_flag is DealingFlag.DEAL
    assert update.net_change_pct == pytest.approx(-0.11)
    assert isinstance(update.net_change_pct, float)
    assert update.delayed is False
    assert update.high is None  # '#' is not a number: treated as missing
    tiers = update.tiers
    assert len(tiers) == 2
    assert tiers[1].bid_size == Decimal(25)
    assert tiers[1].ask_price == Decimal("1.0853")
    (usd,) = update.currency_thresholds
    assert usd.currency == "USD"
    assert usd.bid_sizes[0] == Decimal("6.5")
    assert usd.bid_sizes[1] is None


def test_unchanged_fields_keep_their_value_and_null_clears_it() -> None:
    convert = Converter(PRICE)
    item = price_item("ACC", "EPIC")
    convert(_raw(PRICE.fields, item, {"BIDPRICE1": "10", "ASKPRICE1": "11", "BIDQUOTEID": "Q1"}))
    update = convert(_raw(PRICE.fields, item, {"ASKPRICE1": "12", "BIDQUOTEID": None}))
    assert update.bid_price_1 == Decimal(10)  # unchanged: kept
    assert update.ask_price_1 == Decimal(12)
    assert update.bid_quote_id is None  # explicit null
    assert update.changed == frozenset({"ask_price_1", "bid_quote_id"})


def test_unknown_enum_value_is_kept_not_fatal() -> None:
    update = Converter(PRICE)(_raw(PRICE.fields, "PRICE:A:E", {"DLG_FLAG": "NEWSTATE "}))
    assert update.dealing_flag is not None
    assert update.dealing_flag.value == "NEWSTATE"
    assert update.dealing_flag.is_unknown


def test_trade_payloads_parse_with_missing_keys() -> None:
    convert = Converter(TRADE)
    confirms = (
        '{"dealReference":"REF1","dealId":"DIAAA","direction":"BUY","size":1.5,"level":1.2345,'
        '"dealStatus":"ACCEPTED","status":"OPEN","reason":"SUCCESS","stopLevel":null,'
        '"affectedDeals":[{"dealId":"DIAAA","status":"OPENED"}],"date":"2026-03-01T10:00:00.123"}'
    )
    update = convert(_raw(TRADE.fields, "TRADE:ACC", {"CONFIRMS": confirms}))
    assert isinstance(update, TradeUpdate)
    confirmation = update.confirmation
    assert confirmation is not None
    assert confirmation.direction is StreamDirection.BUY
    assert confirmation.size == Decimal("1.5")
    assert confirmation.stop_level is None
    assert confirmation.affected_deals is not None
    assert confirmation.affected_deals[0].deal_id == "DIAAA"
    assert confirmation.date is not None
    assert confirmation.date.tzinfo is not None
    assert update.position is None
    assert update.working_order is None
    opu = convert(_raw(TRADE.fields, "TRADE:ACC", {"OPU": '{"dealId":"D2","status":"DELETED","size":0}'}))
    assert opu.position is not None
    assert opu.position.size == 0
    assert opu.position.epic is None
    assert opu.changed == frozenset({"position"})


def test_malformed_json_is_dropped_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    update = Converter(TRADE)(_raw(TRADE.fields, "TRADE:ACC", {"WOU": "{not json"}))
    assert update.working_order is None
    assert "not JSON" in caplog.text


@pytest.mark.parametrize(
    ("raw", "expected"), [("1.50", Decimal("1.50")), ("", None), (None, None), ("abc", None), ("NaN", None)]
)
def test_parse_decimal(raw: str | None, expected: Decimal | None) -> None:
    assert parse_decimal(raw) == expected


def test_small_parsers() -> None:
    assert parse_int("12") == 12
    assert parse_int("12.0") == 12
    assert parse_int("1.5") is None
    assert parse_flag("1") is True
    assert parse_flag("0") is False
    assert parse_flag("x") is None
    assert parse_epoch_ms("0") == datetime(1970, 1, 1, tzinfo=UTC)
    assert parse_epoch_ms("soon") is None
