"""Input IG refuses is refused here first: a typed error naming the argument, and nothing sent.

Each rule is driven through the generated methods users call, against a fake IG that records every request.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from ig_sdk import IGClient
from ig_sdk.errors import IGRequestValidationError
from tests.unit.conftest import ClientFactory, FakeIG

OPEN: dict[str, Any] = {
    "epic": "CS.D.EURUSD.CFD.IP",
    "expiry": "-",
    "direction": "BUY",
    "size": 1,
    "order_type": "MARKET",
    "currency_code": "USD",
    "force_open": True,
    "guaranteed_stop": False,
}
MARKETS: dict[str, Any] = {
    "marketDetails": [],
}


@pytest.fixture
def ig(fake_ig: FakeIG) -> FakeIG:
    @fake_ig.route("POST", "/positions/otc")
    def opened(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"dealReference": "REF-1"})

    @fake_ig.route("PUT", "/positions/otc/DIAAAAB")
    def updated(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"dealReference": "REF-2"})

    @fake_ig.route("GET", "/markets")
    def markets(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=MARKETS)

    @fake_ig.route("GET", "/clientsentiment")
    def sentiment(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"clientSentiments": []})

    return fake_ig


def _refused(client: IGClient, ig: FakeIG, python_field: str, **changes: Any) -> IGRequestValidationError:
    with pytest.raises(IGRequestValidationError) as info:
        client.positions.create_v2(**{**OPEN, **changes})
    assert info.value.python_field == python_field
    assert python_field in str(info.value)
    assert ig.calls("POST", "/positions/otc") == []  # nothing was sent
    return info.value


def _sent_body(ig: FakeIG) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(ig.calls("POST", "/positions/otc")[-1].content, parse_float=Decimal)
    return body


@pytest.mark.parametrize("missing", ["direction", "order_type", "size", "epic", "currency_code"])
def test_fields_ig_refuses_when_absent_are_required(
    make_client: ClientFactory, ig: FakeIG, missing: str
) -> None:
    arguments = {k: v for k, v in OPEN.items() if k != missing}
    with pytest.raises(TypeError, match=missing):
        make_client().positions.create_v2(**arguments)
    assert ig.calls("POST", "/positions/otc") == []


def test_the_request_model_names_a_missing_direction(make_client: ClientFactory, ig: FakeIG) -> None:
    from ig_sdk.types import CreateOTCPositionV2Request

    arguments = {k: v for k, v in OPEN.items() if k != "direction"}
    with pytest.raises(ValueError, match="direction"):
        CreateOTCPositionV2Request(**arguments)


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), float("-inf"), Decimal("NaN"), Decimal("Infinity")]
)
@pytest.mark.parametrize("field", ["size", "stop_distance", "limit_level"])
def test_nan_and_infinity_are_refused(make_client: ClientFactory, ig: FakeIG, field: str, value: Any) -> None:
    changes = {field: value}
    _refused(make_client(), ig, field, **changes)


def test_at_most_twelve_decimal_places_on_a_size(make_client: ClientFactory, ig: FakeIG) -> None:
    client = make_client()
    error = _refused(client, ig, "size", size=Decimal("0.1234567890123"))
    assert "12 decimal places" in str(error)
    client.positions.create_v2(**{**OPEN, "size": Decimal("0.123456789012")})
    assert _sent_body(ig)["size"] == Decimal("0.123456789012")


def test_decimals_and_floats_go_out_as_the_exact_json_numbers_they_spell(
    make_client: ClientFactory, ig: FakeIG
) -> None:
    client = make_client()
    client.positions.create_v2(**{**OPEN, "size": Decimal("1.10"), "stop_distance": 0.1, "limit_level": 3})
    raw = ig.calls("POST", "/positions/otc")[-1].content.decode()
    assert '"size":1.10' in raw
    assert '"stopDistance":0.1' in raw
    assert '"limitLevel":3' in raw
    assert json.loads(raw, parse_float=Decimal)["size"] == Decimal("1.10")


def test_none_is_refused_where_null_means_nothing_to_ig(make_client: ClientFactory, ig: FakeIG) -> None:
    error = _refused(make_client(), ig, "stop_distance", stop_distance=None)
    assert "None" in str(error)


def test_none_is_sent_as_null_where_ig_gives_null_a_meaning(make_client: ClientFactory, ig: FakeIG) -> None:
    make_client().positions.update_v2(deal_id="DIAAAAB", stop_level=None, limit_level=Decimal("1.2"))
    body = json.loads(ig.calls("PUT", "/positions/otc/DIAAAAB")[0].content)
    assert body == {"stopLevel": None, "limitLevel": 1.2}  # null removes the stop


def test_none_is_refused_for_a_query_parameter(make_client: ClientFactory, ig: FakeIG) -> None:
    with pytest.raises(IGRequestValidationError) as info:
        make_client().markets.get_many_v2(epics=["CS.D.EURUSD.CFD.IP"], filter=None)  # type: ignore[arg-type]
    assert info.value.python_field == "filter"
    assert ig.calls("GET", "/markets") == []


@pytest.mark.parametrize("epics", [["CS.D.EURUSD.CFD.IP", "IX.D.FTSE.DAILY.IP"], ("CS.D.EURUSD.CFD.IP",)])
def test_list_parameters_take_a_sequence_and_go_comma_separated(
    make_client: ClientFactory, ig: FakeIG, epics: list[str] | tuple[str, ...]
) -> None:
    make_client().markets.get_many_v2(epics=epics)
    sent = ig.calls("GET", "/markets")[0].url.params
    assert sent.get_list("epics") == [",".join(epics)]


def test_a_comma_joined_string_is_not_a_list(make_client: ClientFactory, ig: FakeIG) -> None:
    with pytest.raises(IGRequestValidationError) as info:
        # A str is a Sequence[str] to a type checker, so the refusal happens here, before sending.
        make_client().client_sentiment.list_v1(market_ids="EURUSD,FT100")
    assert info.value.python_field == "market_ids"
    with pytest.raises(IGRequestValidationError):
        make_client().client_sentiment.list_v1(market_ids=[])
    assert ig.calls("GET", "/clientsentiment") == []


@pytest.mark.parametrize(("page_size", "ok"), [(9, False), (10, True), (500, True), (501, False)])
def test_documented_numeric_bounds_are_checked(
    make_client: ClientFactory, fake_ig: FakeIG, page_size: int, ok: bool
) -> None:
    @fake_ig.route("GET", "/history/activity")
    def activity(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"activities": [], "metadata": {"paging": {"size": 0, "next": None}}})

    client = make_client()
    if ok:
        client.history.activity_v3(page_size=page_size)
    else:
        with pytest.raises(IGRequestValidationError) as info:
            client.history.activity_v3(page_size=page_size)
        assert info.value.python_field == "page_size"
        assert fake_ig.calls("GET", "/history/activity") == []
