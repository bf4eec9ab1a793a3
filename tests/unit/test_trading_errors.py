"""Every trading error carries what is needed to reconcile its outcome."""

from __future__ import annotations

import httpx
import pytest

from ig_sdk._generated.models import DealReason
from ig_sdk._response import RAW_RESPONSE_HEADER
from ig_sdk.errors import (
    APIConnectionError,
    APIResponseValidationError,
    DealRejectedError,
    InternalServerError,
)
from tests.unit.conftest import (
    CLOSE_WIDGET,
    CREATE_WIDGET,
    ClientFactory,
    DealReferenceResponse,
    FakeIG,
    error,
)


def test_a_truncated_answer_to_an_opening_call_keeps_the_deal_reference(
    make_client: ClientFactory, fake_ig: FakeIG
) -> None:
    @fake_ig.route("POST", "/widgets")
    def cut(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"dealRefer')

    client = make_client()
    with pytest.raises(APIResponseValidationError) as caught:
        client._request(
            CREATE_WIDGET,
            {"epic": "A.B", "size": 1, "deal_reference": "ref-1"},
            cast_to=DealReferenceResponse,
        )
    assert caught.value.deal_reference == "ref-1"
    assert "the outcome is unknown" in str(caught.value)
    assert "client.deals.confirm('ref-1')" in str(caught.value)
    assert len(fake_ig.calls("POST", "/widgets")) == 1


def test_the_raw_parser_keeps_the_deal_reference_too(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    @fake_ig.route("POST", "/widgets")
    def odd(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"unexpected": True})

    client = make_client()
    raw = client._request(
        CREATE_WIDGET,
        {"epic": "A.B", "size": 1},
        cast_to=DealReferenceResponse,
        extra_headers={RAW_RESPONSE_HEADER: "true"},
    )
    assert raw.deal_reference
    with pytest.raises(APIResponseValidationError) as caught:
        raw.parse()
    assert caught.value.deal_reference == raw.deal_reference


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_5xx_on_a_call_without_reference_says_the_outcome_is_unknown_and_how_to_check(
    make_client: ClientFactory, fake_ig: FakeIG, status: int
) -> None:
    fake_ig.route("POST", "/widgets")(lambda request: error(status))
    client = make_client()
    with pytest.raises(InternalServerError) as caught:
        client._request(CLOSE_WIDGET, {"epic": "A.B", "size": 1}, cast_to=None)
    message = str(caught.value)
    assert caught.value.deal_reference is None
    assert "the outcome is unknown" in message
    assert "IG takes no deal reference on this call" in message
    assert "activity_v3" in message
    assert len(fake_ig.calls("POST", "/widgets")) == 1  # never resent


def test_a_dropped_close_says_the_outcome_is_unknown(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("server disconnected", request=request)

    fake_ig.route("POST", "/widgets")(drop)
    client = make_client()
    with pytest.raises(APIConnectionError) as caught:
        client._request(CLOSE_WIDGET, {"epic": "A.B", "size": 1}, cast_to=None)
    assert "the outcome is unknown" in str(caught.value)
    assert "client.positions.list()" in str(caught.value)


def test_a_4xx_refusal_is_not_called_unknown(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    fake_ig.route("POST", "/widgets")(lambda request: error(400, "validation.null-not-allowed.request"))
    client = make_client()
    with pytest.raises(Exception) as caught:  # noqa: PT011 - the class is the status family
        client._request(CREATE_WIDGET, {"epic": "A.B", "size": 1, "deal_reference": "r2"}, cast_to=None)
    assert "unknown" not in str(caught.value)
    assert getattr(caught.value, "deal_reference", None) == "r2"


def test_deal_rejected_reason_is_igs_open_enum() -> None:
    known = DealRejectedError("REF1", "MARKET_CLOSED", None)
    assert known.reason is DealReason.MARKET_CLOSED
    new = DealRejectedError("REF2", "A_REASON_IG_ADDS_LATER", None)
    assert new.reason is not None
    assert new.reason.is_unknown
    assert new.reason == "A_REASON_IG_ADDS_LATER"
    assert DealRejectedError("REF3", None, None).reason is None
