"""The response policy: tolerant by default (odd values kept raw, logged once), strict when asked, never
silent about gaps (missing required fields, empty, non-JSON or wrong-kind bodies)."""

from __future__ import annotations

import json
import logging
from typing import Annotated, Any

import httpx
import pytest
from pydantic import Field

from ig_sdk import unparsed
from ig_sdk._models import IGResponseModel, StrEnum
from ig_sdk._operation_record import Operation
from ig_sdk.errors import APIResponseValidationError
from tests.unit.conftest import ClientFactory, FakeIG, make_op


class Colour(StrEnum):
    RED = "RED"
    BLUE = "BLUE"


class Quote(IGResponseModel):
    bid: float
    offer: float | None = None
    colour: Colour | None = None


class Row(IGResponseModel):
    epic: str
    quote: Quote
    levels: list[float] | None = None
    note: Annotated[int | None, Field(alias="noteCount")] = None


class Answer(IGResponseModel):
    rows: list[Row]
    total: int | None = None


GET_ROWS = make_op("getRowsV1", "GET", "/rows", response_model=Answer)
# Its own operation, so that no other test has already spent the once-per-(operation, field) warnings.
GET_ROWS_ONCE = make_op("getRowsOnceV1", "GET", "/rows", response_model=Answer)

GOOD: dict[str, Any] = {
    "rows": [
        {"epic": "A", "quote": {"bid": 1.5, "offer": 1.6, "colour": "RED"}, "levels": [1, 2]},
        {"epic": "B", "quote": {"bid": 2.5}},
    ],
    "total": 2,
}


def _serve(fake_ig: FakeIG, body: bytes) -> None:
    @fake_ig.route("GET", "/rows")
    def rows(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})


def _call(
    make_client: ClientFactory, fake_ig: FakeIG, body: Any, *, strict: bool, op: Operation = GET_ROWS
) -> Answer:
    _serve(fake_ig, body if isinstance(body, bytes) else json.dumps(body).encode())
    result: Answer = make_client(strict_responses=strict)._request(op, {}, cast_to=Answer)
    return result


def _with(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(json.dumps(GOOD))
    node: Any = body
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return body


@pytest.mark.parametrize("strict", [False, True])
def test_a_conforming_answer_parses_in_both_modes(
    make_client: ClientFactory, fake_ig: FakeIG, strict: bool
) -> None:
    answer = _call(make_client, fake_ig, GOOD, strict=strict)
    assert answer.rows[0].quote.colour is Colour.RED
    assert unparsed(answer) == {}
    assert unparsed(answer.rows[0]) == {}


def test_an_odd_optional_value_becomes_none_and_stays_reachable(
    make_client: ClientFactory, fake_ig: FakeIG, caplog: pytest.LogCaptureFixture
) -> None:
    body = _with(("rows", 1, "quote", "offer"), "n/a")
    with caplog.at_level(logging.WARNING, logger="ig_sdk"):
        answer = _call(make_client, fake_ig, body, strict=False)
    quote = answer.rows[1].quote
    assert quote.offer is None
    assert unparsed(quote) == {"offer": "n/a"}
    assert answer.rows[0].quote.offer == 1.6  # the neighbours are untouched
    warnings = [r.getMessage() for r in caplog.records if "does not parse" in r.getMessage()]
    assert len(warnings) == 1
    assert "rows.quote.offer" in warnings[0]
    assert "getRowsV1" in warnings[0]


def test_an_odd_required_value_keeps_the_raw_value_in_place(
    make_client: ClientFactory, fake_ig: FakeIG
) -> None:
    body = _with(("rows", 0, "quote", "bid"), "1,5")
    answer = _call(make_client, fake_ig, body, strict=False)
    quote = answer.rows[0].quote
    assert isinstance(quote, Quote)
    assert quote.bid == "1,5"  # type: ignore[comparison-overlap]
    assert unparsed(quote) == {"bid": "1,5"}
    assert quote.offer == 1.6
    assert quote.colour is Colour.RED


def test_odd_values_at_several_depths_and_the_top(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    body = _with(("rows", 0, "levels"), [1, "x"])
    body["total"] = "two"
    body["rows"][1]["noteCount"] = {"n": 1}
    answer = _call(make_client, fake_ig, body, strict=False)
    assert answer.total is None
    assert unparsed(answer) == {"total": "two"}
    assert answer.rows[0].levels is None
    assert unparsed(answer.rows[0]) == {"levels": [1, "x"]}
    assert answer.rows[1].note is None
    assert unparsed(answer.rows[1]) == {"noteCount": {"n": 1}}


def test_the_warning_is_logged_once_per_operation_and_field(
    make_client: ClientFactory, fake_ig: FakeIG, caplog: pytest.LogCaptureFixture
) -> None:
    body = _with(("total",), "many")
    body["rows"][0]["noteCount"] = "once-a"
    body["rows"][1]["noteCount"] = "once-b"
    with caplog.at_level(logging.WARNING, logger="ig_sdk"):
        for _ in range(3):
            _call(make_client, fake_ig, body, strict=False, op=GET_ROWS_ONCE)
    fields = [
        r.getMessage().split(" IG sent ")[1].split(" = ")[0]
        for r in caplog.records
        if "IG sent" in r.getMessage()
    ]
    assert sorted(fields) == ["rows.noteCount", "total"]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("rows", 1, "quote", "offer"), "n/a"),
        (("rows", 0, "quote", "bid"), "1,5"),
        (("total",), "two"),
        (("rows", 0, "quote", "colour"), "GREEN"),
    ],
)
def test_strict_mode_raises_on_every_deviation(
    make_client: ClientFactory, fake_ig: FakeIG, path: tuple[Any, ...], value: Any
) -> None:
    with pytest.raises(APIResponseValidationError) as info:
        _call(make_client, fake_ig, _with(path, value), strict=True)
    assert info.value.field == ".".join(str(p) for p in path)
    assert "getRowsV1" in str(info.value)


def test_an_unknown_enum_value_is_a_pseudo_member_by_default(
    make_client: ClientFactory, fake_ig: FakeIG
) -> None:
    answer = _call(make_client, fake_ig, _with(("rows", 0, "quote", "colour"), "GREEN"), strict=False)
    colour = answer.rows[0].quote.colour
    assert colour is not None
    assert colour.is_unknown
    assert colour == "GREEN"


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("rows", 0, "epic"), None, "rows.0.epic"),
        (("rows", 1, "quote"), None, "rows.1.quote"),
        (("rows", 1, "quote", "bid"), None, "rows.1.quote.bid"),
        (("rows",), None, "rows"),
    ],
)
def test_a_required_field_null_or_missing_raises_naming_it(
    make_client: ClientFactory, fake_ig: FakeIG, strict: bool, path: tuple[Any, ...], value: Any, field: str
) -> None:
    body = _with(path, value)
    with pytest.raises(APIResponseValidationError) as info:
        _call(make_client, fake_ig, body, strict=strict)
    assert info.value.field == field
    assert "getRowsV1" in str(info.value)
    node = body
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]
    with pytest.raises(APIResponseValidationError) as again:
        _call(make_client, fake_ig, body, strict=strict)
    assert again.value.field == field


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"", "is empty"),
        (b"   ", "is empty"),
        (b"<html>gateway timeout</html>", "is not JSON"),
        (b"[]", "is a JSON list"),
        (b'"ok"', "is a JSON str"),
        (b"null", "is a JSON NoneType"),
    ],
)
def test_empty_non_json_and_wrong_kind_bodies_always_raise(
    make_client: ClientFactory, fake_ig: FakeIG, strict: bool, body: bytes, words: str
) -> None:
    with pytest.raises(APIResponseValidationError) as info:
        _call(make_client, fake_ig, body, strict=strict)
    assert words in str(info.value)
    assert "getRowsV1" in str(info.value)
    assert info.value.status_code == 200
