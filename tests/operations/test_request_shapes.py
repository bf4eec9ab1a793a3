"""Every operation through the real client and an httpx mock transport: what is sent, what comes back.

For each operation of the registry the generated method is called with arguments taken from the spec's own
examples; the test checks the HTTP method (and IG's POST + ``_method: DELETE`` override), the path with its
parameters filled in, the ``VERSION`` header, the query string, the camelCase JSON body, and that the spec's
example answer comes back as the declared response model. Sync and async clients are both driven.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from pydantic import BaseModel

from codegen.spec import load_spec
from ig_sdk import AsyncIGClient, IGClient, operations
from ig_sdk._operation_record import Operation

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_spec(ROOT / "spec" / "ig-rest.yaml", lint=False)
BASE = "http://127.0.0.1:9/gateway/deal"
LOGIN_BODY = {
    "accountType": "SPREADBET",
    "currentAccountId": "ABC123",
    "clientId": "100",
    "lightstreamerEndpoint": "http://127.0.0.1:9",
    "timezoneOffset": 0,
    "currencyIsoCode": "GBP",
    "accounts": [],
}


def _arguments(op: Operation) -> tuple[dict[str, Any], dict[str, str], dict[str, Any] | None]:
    """Python kwargs for the method, the wire values IG should see in the path/query, and the body."""
    spec_op = SPEC.operations[op.operation_id]
    kwargs: dict[str, Any] = {}
    wire: dict[str, str] = {}
    for param in spec_op.get("parameters") or []:
        if "example" not in param and not param.get("required"):
            continue
        python = next(p.python_name for p in op.params if p.wire_name == param["name"])
        example = param["example"]
        kwargs[python] = example
        # A list goes as one comma-separated value (OpenAPI's form style without explode).
        wire[param["name"]] = ",".join(map(str, example)) if isinstance(example, list) else str(example)
    body = spec_op.get("x-ig-request-example")
    if body is not None:
        model = op.request_model
        assert model is not None
        by_alias = {(info.alias or name): name for name, info in model.model_fields.items()}
        for key, value in body.items():
            kwargs[by_alias[key]] = value
    return kwargs, wire, body


def _handler(op: Operation, seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    example = SPEC.operations[op.operation_id].get("x-ig-example")

    def handle(request: httpx.Request) -> httpx.Response:
        is_login = request.url.path.endswith("/session") and request.method == "POST"
        if is_login and op.auth == "session":
            return httpx.Response(200, json=LOGIN_BODY, headers={"CST": "cst-1", "X-SECURITY-TOKEN": "xst-1"})
        seen.append(request)
        if op.binary_response:
            return httpx.Response(
                200, content=b"%PDF-1.4 quote", headers={"Content-Type": op.binary_response}
            )
        if example is None:
            return httpx.Response(204 if op.method == "DELETE" else 200)
        headers = {"CST": "cst-1", "X-SECURITY-TOKEN": "xst-1"} if is_login else {}
        return httpx.Response(200, json=example, headers=headers)

    return handle


def _check_request(
    op: Operation, request: httpx.Request, wire: dict[str, str], body: dict[str, Any] | None
) -> None:
    assert request.method == op.http_method
    if op.method_override:
        assert request.headers["_method"] == op.method_override
    assert request.headers["VERSION"] == str(op.version)
    expected_path = op.path
    for param in op.params:
        if param.location == "path":
            expected_path = expected_path.replace(
                "{" + param.wire_name + "}", quote(wire[param.wire_name], safe="")
            )
    assert request.url.raw_path.decode().split("?")[0] == "/gateway/deal" + expected_path
    query = dict(request.url.params)
    for param in op.params:
        if param.location == "query" and param.wire_name in wire:
            assert query.pop(param.wire_name).lower() == wire[param.wire_name].lower()
    assert query == {}
    if body is None:
        assert request.content in (b"", b"{}") or op.method_override is not None
    else:
        sent = json.loads(request.content)
        if op.deal_reference and "dealReference" not in body:
            assert sent.pop("dealReference").startswith("igsdk-")  # minted once, for reconciliation
        assert _normal(sent) == _normal(body)


def _normal(value: Any) -> Any:
    # Timestamps are re-serialised in the endpoint's canonical form; compare the rest exactly.
    return (
        json.loads(json.dumps(value))
        if not isinstance(value, dict)
        else {k: _normal(v) for k, v in value.items()}
    )


def _check_result(op: Operation, result: Any) -> None:
    if op.binary_response:
        assert result == b"%PDF-1.4 quote"
    elif op.response_model is None:
        assert result is None
    else:
        assert isinstance(result, op.response_model)
        assert isinstance(result, BaseModel)


def _call(client: Any, op: Operation, kwargs: dict[str, Any]) -> Any:
    method = getattr(getattr(client, op.resource), f"{op.method_name}_v{op.version}")
    return method(**kwargs)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("op", operations.ALL, ids=lambda op: op.python_name)
def test_sync_request_shape(op: Operation) -> None:
    kwargs, wire, body = _arguments(op)
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(_handler(op, seen)))
    with IGClient(
        username="u", password="p", api_key="k", base_url=BASE, http_client=http, rate_limit=False
    ) as c:
        result = _call(c, op, kwargs)
    assert len(seen) == 1
    _check_request(op, seen[0], wire, body)
    _check_result(op, result)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("op", operations.ALL, ids=lambda op: op.python_name)
def test_async_request_shape(op: Operation) -> None:
    kwargs, wire, body = _arguments(op)
    seen: list[httpx.Request] = []

    async def run() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(_handler(op, seen)))
        async with AsyncIGClient(
            username="u", password="p", api_key="k", base_url=BASE, http_client=http, rate_limit=False
        ) as c:
            return await _call(c, op, kwargs)

    result = asyncio.run(run())
    assert len(seen) == 1
    _check_request(op, seen[0], wire, body)
    _check_result(op, result)


def _refuse_into(sent: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    return handle


def test_an_empty_path_parameter_is_refused_before_sending() -> None:
    from ig_sdk.errors import IGRequestValidationError

    sent: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(_refuse_into(sent)))
    with (
        IGClient(
            username="u", password="p", api_key="k", base_url=BASE, http_client=http, rate_limit=False
        ) as c,
        pytest.raises(IGRequestValidationError, match="epic"),
    ):
        c.markets.get(epic="")
    assert sent == []


def test_a_broken_trading_rule_names_the_field_and_sends_nothing() -> None:
    from ig_sdk.errors import IGRequestValidationError

    sent: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(_refuse_into(sent)))
    with (
        IGClient(
            username="u", password="p", api_key="k", base_url=BASE, http_client=http, rate_limit=False
        ) as c,
        pytest.raises(IGRequestValidationError) as caught,
    ):
        c.positions.create(
            epic="CS.D.EURUSD.CFD.IP",
            expiry="-",
            direction="BUY",
            size=1,
            order_type="MARKET",
            level=1.1,  # a MARKET order must not carry a level
            currency_code="USD",
            force_open=True,
            guaranteed_stop=False,
        )
    assert caught.value.field == "level"
    assert sent == []
