"""Price bars arrive as ``Rows``: checked when the answer is parsed, each built into its model when read.

The promise under test: reading a row can never fail once the answer parsed, a row that the light check
refuses goes through the model's own validation (the response policy sees it exactly as before), and a lazily
built row is the same model, to the last digit, as one validated eagerly.
"""

from __future__ import annotations

import copy
import json
import logging
import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import SchemaValidator, core_schema

from ig_sdk import operations
from ig_sdk._response_policy import parse_response, unparsed
from ig_sdk._rows import _light
from ig_sdk.errors import APIResponseValidationError
from ig_sdk.types import PriceBar, PricesResponse, PricesV3Bar, PricesV3Response, Rows
from tests.evidence.recordings import Recording, rest_recordings

PRICE_RECORDINGS = [r for r in rest_recordings() if r.name.startswith("prices-")]


def _bar(n: int) -> dict[str, Any]:
    price = {"bid": 1.1 + n / 10_000, "ask": 1.1002 + n / 10_000, "lastTraded": None}
    return {
        "snapshotTime": f"2026/04/21 {n % 24:02d}:00:00",
        "snapshotTimeUTC": f"2026-04-21T{n % 24:02d}:00:00",
        "openPrice": dict(price),
        "closePrice": dict(price),
        "highPrice": dict(price),
        "lowPrice": dict(price),
        "lastTradedVolume": n,
    }


def _answer(bars: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "prices": bars,
        "instrumentType": "CURRENCIES",
        "metadata": {
            "allowance": {"remainingAllowance": 9_000, "totalAllowance": 10_000, "allowanceExpiry": 600},
            "size": len(bars),
            "pageData": {"pageSize": 0, "pageNumber": 1, "totalPages": 1},
        },
    }


def _parse(body: dict[str, Any], *, strict: bool = False) -> PricesV3Response:
    op = next(o for o in operations.ALL if o.python_name == "prices.get_v3")
    response = httpx.Response(200, content=json.dumps(body).encode())
    parsed = parse_response(op, response, PricesV3Response, strict=strict)
    assert isinstance(parsed, PricesV3Response)
    return parsed


def _decimals(node: Any) -> Any:
    """``node`` with every number written as a string (how Decimals serialise) turned into a Decimal."""
    if isinstance(node, dict):
        return {key: _decimals(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_decimals(value) for value in node]
    if isinstance(node, str) and re.fullmatch(r"-?\d+(\.\d+)?", node):
        return Decimal(node)
    return node


def _built(rows: Rows[Any]) -> int:
    return sum(1 for item in rows._items if isinstance(item, BaseModel))


def test_rows_are_built_when_read_and_once() -> None:
    answer = _parse(_answer([_bar(n) for n in range(50)]))
    assert isinstance(answer.prices, Rows)
    assert len(answer.prices) == 50
    assert _built(answer.prices) == 0
    last = answer.prices[-1]
    assert _built(answer.prices) == 1
    assert answer.prices[49] is last
    assert last.snapshot_time_utc == datetime(2026, 4, 21, 1, tzinfo=UTC)
    assert last.close_price.bid == Decimal("1.1049")
    assert [bar.last_traded_volume for bar in answer.prices[10:13]] == [10, 11, 12]
    assert [bar.last_traded_volume for bar in answer.prices] == list(range(50))
    assert _built(answer.prices) == 50


@pytest.mark.parametrize("recording", PRICE_RECORDINGS, ids=lambda r: r.name)
def test_a_lazily_built_row_equals_the_eagerly_validated_one(recording: Recording) -> None:
    model = recording.operation.response_model
    assert model in (PricesResponse, PricesV3Response)
    response = httpx.Response(200, content=json.dumps(recording.body).encode())
    parsed = parse_response(recording.operation, response, model, strict=True)
    bar: type[BaseModel] = PricesV3Bar if model is PricesV3Response else PriceBar
    # Rows build from the decoded JSON values, as the model's own validation of the list does.
    adapter: TypeAdapter[list[BaseModel]] = TypeAdapter(list[bar])  # type: ignore[valid-type]
    eager = adapter.validate_python(json.loads(json.dumps(recording.body["prices"])))
    assert _built(parsed.prices) == 0, "real IG bars pass the light check"
    assert parsed.prices == eager
    assert [b.model_dump() for b in parsed.prices] == [b.model_dump() for b in eager]
    # Serialised alike, to the spelling of a number (13684.0 from a float where the model says 13684).
    assert _decimals(json.loads(parsed.model_dump_json(by_alias=True))["prices"]) == _decimals(
        json.loads(adapter.dump_json(eager, by_alias=True))
    )
    from_json = adapter.validate_json(json.dumps(recording.body["prices"]))
    assert [b.model_dump() for b in parsed.prices] == [b.model_dump() for b in from_json]  # equal numbers


# Bars the light check must refuse (the model decides instead) or may accept (then the model must build it).
MUTATIONS: dict[str, Callable[[dict[str, Any]], None]] = {
    "number as a string": lambda b: b["openPrice"].update(bid="1.2345"),
    "number as an integer": lambda b: b["openPrice"].update(bid=2),
    "number as a boolean": lambda b: b["openPrice"].update(bid=True),
    "number as null": lambda b: b["openPrice"].update(bid=None),
    "missing number": lambda b: b["openPrice"].pop("bid"),
    "last traded given": lambda b: b["openPrice"].update(lastTraded=1.5),
    "last traded left out": lambda b: b["openPrice"].pop("lastTraded"),
    "volume as a float": lambda b: b.update(lastTradedVolume=3.0),
    "volume as a string": lambda b: b.update(lastTradedVolume="3"),
    "unknown field": lambda b: b.update(newField={"x": 1}),
    "price as a list": lambda b: b.update(openPrice=[1, 2]),
    "time with a T and slashes": lambda b: b.update(snapshotTime="2026/04/21T10:00:00"),
    "time with a space and dashes": lambda b: b.update(snapshotTime="2026-04-21 10:00:00"),
    "mixed date separators": lambda b: b.update(snapshotTime="2026-04/21 10:00:00"),
    "31st of April": lambda b: b.update(snapshotTime="2026/04/31 10:00:00"),
    "29th of February, leap year": lambda b: b.update(snapshotTime="2028/02/29 10:00:00"),
    "29th of February, common year": lambda b: b.update(snapshotTimeUTC="2026-02-29T10:00:00"),
    "hour 24": lambda b: b.update(snapshotTimeUTC="2026-04-21T24:00:00"),
    "year 0": lambda b: b.update(snapshotTimeUTC="0000-04-21T10:00:00"),
    "milliseconds": lambda b: b.update(snapshotTime="2026/04/21 10:00:00:000"),
    "epoch milliseconds": lambda b: b.update(snapshotTimeUTC=1776765600000),
    "trailing newline": lambda b: b.update(snapshotTimeUTC="2026-04-21T10:00:00\n"),
    "empty time": lambda b: b.update(snapshotTime=""),
}


# The mutations the light check lets through (the rest go to the model's own validation).
PASS_THE_CHECK = {
    "number as an integer",
    "last traded given",
    "last traded left out",
    "unknown field",
    "time with a T and slashes",
    "time with a space and dashes",
}


def _passes_the_check(bar: dict[str, Any]) -> bool:
    try:
        SchemaValidator(core_schema.list_schema(_light(PricesV3Bar))).validate_json(json.dumps([bar]))
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("name", MUTATIONS)
def test_the_light_check_is_never_laxer_than_the_model(name: str) -> None:
    bar = _bar(7)
    MUTATIONS[name](bar)
    passed = _passes_the_check(bar)
    assert passed == (name in PASS_THE_CHECK)
    if passed:
        PricesV3Bar.model_validate_json(json.dumps(bar))  # must not raise


def test_a_field_ig_adds_to_a_bar_is_kept() -> None:
    bars = [_bar(n) for n in range(3)]
    bars[1]["newField"] = {"x": 1}
    answer = _parse(_answer(bars), strict=True)
    assert _built(answer.prices) == 0
    assert answer.prices[1].model_extra == {"newField": {"x": 1}}
    assert answer.prices[0].model_extra == {}


def test_numbers_are_read_as_floats_and_keep_their_value() -> None:
    bars = [_bar(n) for n in range(3)]
    bars[0]["closePrice"].update(bid=13661, ask=13662.5)
    answer = _parse(_answer(bars))
    assert _built(answer.prices) == 0
    assert answer.prices[0].close_price.bid == Decimal("13661")
    assert str(answer.prices[0].close_price.bid) == "13661.0"  # the spelling the module docstring promises
    assert str(answer.prices[0].close_price.ask) == "13662.5"


def test_a_row_the_check_refuses_meets_the_model_at_once() -> None:
    bars = [_bar(n) for n in range(5)]
    bars[3]["snapshotTime"] = "2026/04/21 10:00:00:000"  # IG's millisecond spelling: not the fast one
    answer = _parse(_answer(bars), strict=True)
    assert _built(answer.prices) == 5
    assert answer.prices[3].snapshot_time == datetime(2026, 4, 21, 10)


def test_a_missing_field_in_one_row_fails_the_call_naming_it() -> None:
    bars = [_bar(n) for n in range(5)]
    del bars[3]["closePrice"]
    with pytest.raises(APIResponseValidationError) as info:
        _parse(_answer(bars))
    assert info.value.field == "prices.3.closePrice"
    assert "prices.get" in str(info.value)


def test_an_odd_value_in_a_row_is_kept_raw_by_default_and_refused_when_strict(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bars = [_bar(n) for n in range(5)]
    bars[2]["openPrice"]["bid"] = "-"
    with pytest.raises(APIResponseValidationError) as info:
        _parse(_answer(bars), strict=True)
    assert info.value.field == "prices.2.openPrice.bid"
    with caplog.at_level(logging.WARNING, logger="ig_sdk"):
        answer = _parse(_answer(bars))
    assert unparsed(answer.prices[2].open_price) == {"bid": "-"}
    assert answer.prices[2].open_price.ask == Decimal("1.1004")
    assert "openPrice.bid" in caplog.text


def test_rows_from_python_objects_are_built_at_once() -> None:
    answer = PricesV3Response.model_validate(_answer([_bar(n) for n in range(3)]))
    assert isinstance(answer.prices, Rows)
    assert _built(answer.prices) == 3
    assert answer == _parse(_answer([_bar(n) for n in range(3)]))


def test_rows_compare_copy_and_print_like_lists() -> None:
    answer = _parse(_answer([_bar(n) for n in range(3)]))
    again = _parse(_answer([_bar(n) for n in range(3)]))
    assert answer == again
    assert answer.prices == list(again.prices)
    assert answer.prices != list(again.prices)[:2]
    assert copy.deepcopy(answer) == answer
    assert repr(answer.prices).startswith("[PricesV3Bar(")
    with pytest.raises(TypeError):
        hash(answer.prices)


def test_threads_reading_the_same_rows_get_the_same_models() -> None:
    answer = _parse(_answer([_bar(n) for n in range(400)]))
    seen: list[list[PricesV3Bar]] = []
    start = threading.Barrier(4, timeout=10)

    def read() -> None:
        start.wait()
        seen.append(list(answer.prices))

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(seen) == 4
    first = seen[0]
    for other in seen[1:]:
        assert all(a is b for a, b in zip(first, other, strict=True))


def test_rows_take_only_a_model() -> None:
    with pytest.raises(TypeError, match="Rows takes one model class"):

        class Holder(BaseModel):
            rows: Rows[int]  # type: ignore[type-var]
