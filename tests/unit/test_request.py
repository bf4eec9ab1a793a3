"""Request building and response parsing: headers, validation, path/query/body, raw responses, options."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from ig_sdk._client import GATEWAYS, IGClient
from ig_sdk._response import APIResponse, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN
from ig_sdk.errors import APIResponseValidationError, IGRequestValidationError
from tests.unit.conftest import (
    API_KEY,
    CLOSE_WIDGET,
    CREATE_WIDGET,
    GET_WIDGET,
    AsyncClientFactory,
    ClientFactory,
    DealReferenceResponse,
    FakeClock,
    FakeIG,
    WidgetResponse,
)


@pytest.fixture
def widget_ig(fake_ig: FakeIG) -> FakeIG:
    @fake_ig.route("GET", "/widgets/w/1")
    @fake_ig.route("GET", "/widgets/w1")
    def widget(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"widgetId": "w1", "level": 1.5, "newField": 3})

    @fake_ig.route("POST", "/widgets")
    def create(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"dealReference": json.loads(request.content)["dealReference"]})

    return fake_ig


def test_get_builds_path_query_and_headers(make_client: ClientFactory, widget_ig: FakeIG) -> None:
    client = make_client()
    result = client._request(GET_WIDGET, {"widget_id": "w1", "page_size": 20}, cast_to=WidgetResponse)
    assert isinstance(result, WidgetResponse)
    assert result.level == 1.5
    assert result.model_extra == {"newField": 3}
    sent = widget_ig.calls("GET", "/widgets/w1")[0]
    assert sent.url.params["pageSize"] == "20"
    assert sent.headers["version"] == "2"
    assert sent.headers["x-ig-api-key"] == API_KEY
    assert sent.headers["accept"].startswith("application/json")
    assert sent.content == b""


def test_not_given_args_are_dropped(make_client: ClientFactory, widget_ig: FakeIG) -> None:
    client = make_client()
    client._request(GET_WIDGET, {"widget_id": "w1", "page_size": NOT_GIVEN}, cast_to=WidgetResponse)
    assert "pageSize" not in widget_ig.calls("GET", "/widgets/w1")[0].url.params


def test_path_values_are_escaped(make_client: ClientFactory, widget_ig: FakeIG) -> None:
    make_client()._request(GET_WIDGET, {"widget_id": "w/1"}, cast_to=WidgetResponse)
    assert widget_ig.requests[-1].url.raw_path == b"/widgets/w%2F1"


@pytest.mark.parametrize(
    ("args", "python_field", "wire_field"),
    [
        ({"widget_id": "w1", "page_size": 99}, "page_size", "pageSize"),
        ({"widget_id": ""}, "widget_id", "widgetId"),
    ],
)
def test_invalid_params_refused_before_sending(
    args: dict[str, object], python_field: str, wire_field: str, make_client: ClientFactory, fake_ig: FakeIG
) -> None:
    client = make_client()
    with pytest.raises(IGRequestValidationError) as info:
        client._request(GET_WIDGET, args, cast_to=WidgetResponse)
    assert info.value.python_field == python_field
    assert info.value.field == wire_field
    assert "widgets.getWidgetV2_v2" in str(info.value)
    assert fake_ig.requests == []


def test_invalid_body_refused(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    with pytest.raises(IGRequestValidationError) as info:
        make_client()._request(
            CREATE_WIDGET, {"epic": "lower case", "size": 1.0}, cast_to=DealReferenceResponse
        )
    assert info.value.field == "epic"
    assert fake_ig.requests == []


def test_rule_error_names_field() -> None:
    from typing import Any

    from ig_sdk._models import IGRequestModel

    class RuleRequest(IGRequestModel):
        stop_level: float | None = None
        stop_distance: float | None = None

    RuleRequest._ig_rules = ({"exclusive": ["stop_level", "stop_distance"]},)
    from ig_sdk._operation_record import Param
    from tests.unit.conftest import make_op

    op = make_op(
        "ruleV1",
        "POST",
        "/rule",
        params=(
            Param("stop_level", "stop_level", "body", False),
            Param("stop_distance", "stop_distance", "body", False),
        ),
        request_model=RuleRequest,
    )
    client = IGClient(api_key="k", base_url="http://127.0.0.1:9", rate_limit=False)
    args: dict[str, Any] = {"stop_level": 1.0, "stop_distance": 2.0}
    with pytest.raises(IGRequestValidationError) as info:
        client._prepare(op, args, None, NOT_GIVEN)
    assert info.value.field == "stop_distance"
    client.close()


def test_deal_reference_minted_within_igs_pattern(make_client: ClientFactory, widget_ig: FakeIG) -> None:
    client = make_client()
    result = client._request(CREATE_WIDGET, {"epic": "CS.D.X", "size": 2.0}, cast_to=DealReferenceResponse)
    body = json.loads(widget_ig.calls("POST", "/widgets")[0].content)
    assert re.fullmatch(r"[A-Za-z0-9_\-]{1,30}", body["dealReference"])
    assert result.deal_reference == body["dealReference"]
    assert body == {"epic": "CS.D.X", "size": 2.0, "dealReference": body["dealReference"]}
    again = client._request(CREATE_WIDGET, {"epic": "CS.D.X", "size": 2.0}, cast_to=DealReferenceResponse)
    assert again.deal_reference != result.deal_reference


def test_caller_deal_reference_kept(make_client: ClientFactory, widget_ig: FakeIG) -> None:
    make_client()._request(
        CREATE_WIDGET,
        {"epic": "CS.D.X", "size": 2.0, "deal_reference": "mine-1"},
        cast_to=DealReferenceResponse,
    )
    assert json.loads(widget_ig.calls("POST", "/widgets")[0].content)["dealReference"] == "mine-1"


def test_delete_with_body_goes_as_post_with_override(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    @fake_ig.route("POST", "/widgets")
    def close(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)

    assert make_client()._request(CLOSE_WIDGET, {"epic": "CS.D.X", "size": 1.0}, cast_to=None) is None
    sent = fake_ig.calls("POST", "/widgets")[0]
    assert sent.headers["_method"] == "DELETE"
    assert json.loads(sent.content) == {"epic": "CS.D.X", "size": 1.0}


def test_response_validation_error_names_field(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    @fake_ig.route("GET", "/widgets/w1")
    def bad(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"widgetId": "w1", "level": "not a number"})

    with pytest.raises(APIResponseValidationError) as info:
        make_client()._request(GET_WIDGET, {"widget_id": "w1"}, cast_to=WidgetResponse)
    assert info.value.field == "level"
    assert "widgets.getWidgetV2_v2" in str(info.value)
    assert "not a number" not in str(info.value)


def test_raw_response_wrapper(make_client: ClientFactory, widget_ig: FakeIG) -> None:
    client = make_client()

    def get(*, widget_id: str, extra_headers: dict[str, str] | None = None) -> WidgetResponse:
        out: WidgetResponse = client._request(
            GET_WIDGET, {"widget_id": widget_id}, cast_to=WidgetResponse, extra_headers=extra_headers
        )
        return out

    raw = to_raw_response_wrapper(get)(widget_id="w1")
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.retries_taken == 0
    parsed = raw.parse()
    assert parsed.widget_id == "w1"
    assert raw.parse() is parsed
    assert "x-ig-sdk-raw-response" not in widget_ig.calls("GET", "/widgets/w1")[0].headers


@pytest.mark.asyncio
async def test_async_request_and_raw(make_async_client: AsyncClientFactory, widget_ig: FakeIG) -> None:
    from ig_sdk._response import AsyncAPIResponse, async_to_raw_response_wrapper

    async with make_async_client() as client:
        result = await client._request(GET_WIDGET, {"widget_id": "w1"}, cast_to=WidgetResponse)
        assert result.level == 1.5

        async def get(*, widget_id: str, extra_headers: dict[str, str] | None = None) -> WidgetResponse:
            out: WidgetResponse = await client._request(
                GET_WIDGET, {"widget_id": widget_id}, cast_to=WidgetResponse, extra_headers=extra_headers
            )
            return out

        raw = await async_to_raw_response_wrapper(get)(widget_id="w1")
        assert isinstance(raw, AsyncAPIResponse)
        assert (await raw.parse()).widget_id == "w1"


def test_timeouts_default_long_and_per_call(make_client: ClientFactory) -> None:
    from tests.unit.conftest import make_op

    client = make_client()
    assert client._prepare(GET_WIDGET, {"widget_id": "w"}, None, NOT_GIVEN).timeout == httpx.Timeout(
        30.0, connect=10.0
    )
    long_op = make_op("historyV1", "GET", "/history", long_timeout=True)
    assert client._prepare(long_op, {}, None, NOT_GIVEN).timeout == httpx.Timeout(120.0, connect=10.0)
    assert client._prepare(GET_WIDGET, {"widget_id": "w"}, None, 3.0).timeout == 3.0
    assert client.with_options(timeout=5.0)._prepare(long_op, {}, None, NOT_GIVEN).timeout == 5.0


def test_with_options_shares_pool_and_session(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client()
    other = client.with_options(max_retries=0, timeout=2.0)
    assert other._http is client._http
    other.login()
    assert client.session_info is not None
    other.close()  # does not close the shared pool
    assert not client._http.is_closed


def test_context_manager_closes_own_pool() -> None:
    with IGClient(api_key="k", rate_limit=False) as client:
        assert client.base_url == GATEWAYS["DEMO"]
    assert client._http.is_closed


def test_rate_limiter_hook_is_called(make_client: ClientFactory, widget_ig: FakeIG, clock: FakeClock) -> None:
    from collections.abc import Mapping
    from typing import Any

    from ig_sdk._operation_record import Operation
    from ig_sdk._rate_limit import BucketName, RateLimiter, RateLimiterProtocol

    calls: list[tuple[str, Any]] = []

    class Recorder(RateLimiter):
        """The real limiter's snapshot and configuration, with the request loop's calls recorded."""

        def reserve(
            self, op: Operation, now: float | None = None, *, params: Mapping[str, object] | None = None
        ) -> float:
            calls.append(("reserve", op.operation_id))
            return 1.5

        def observe(
            self,
            op: Operation,
            headers: Mapping[str, str] | None = None,
            body: object = None,
            *,
            now: float | None = None,
        ) -> None:
            calls.append(("observe", type(body).__name__))

        def penalise(
            self, bucket: BucketName, retry_after: float | None = None, *, now: float | None = None
        ) -> None:
            calls.append(("penalise", bucket))

    recorder: RateLimiterProtocol = Recorder()
    client = make_client(rate_limit=recorder)
    assert client.rate_limits is not None  # read through the protocol's snapshot, no probing
    client._request(GET_WIDGET, {"widget_id": "w1"}, cast_to=WidgetResponse)
    assert calls == [("reserve", "getWidgetV2"), ("observe", "WidgetResponse")]
    assert clock.sleeps == [1.5]


def test_with_options_copy_shares_the_stream_and_closes_nothing() -> None:
    from ig_sdk.streaming import Stream

    original = IGClient(username="u", password="p", api_key="k", base_url="http://127.0.0.1:9")
    stream = original.stream
    closed: list[Stream] = []
    stream.close = lambda: closed.append(stream)  # type: ignore[method-assign]
    copy = original.with_options(max_retries=0)
    assert copy.stream is stream
    assert copy._shared is original._shared
    assert (copy.max_retries, original.max_retries) == (0, 2)
    copy.close()
    assert closed == []
    assert not original._http.is_closed
    original.close()
    assert closed == [stream]
    assert original._http.is_closed


def test_with_options_refuses_what_defines_the_shared_session(make_client: ClientFactory) -> None:
    client = make_client()
    with pytest.raises(ValueError, match="api_key, username"):
        client.with_options(username="mallory", api_key="other")
    with pytest.raises(TypeError, match="did you mean 'max_retries'"):
        client.with_options(max_retrys=1)  # type: ignore[call-arg]
    assert client.with_options(timeout=1.0).config.timeout == 1.0
    assert client.config.timeout is None
