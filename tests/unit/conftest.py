"""Fixtures of the core's unit tests: a fake IG behind httpx.MockTransport, a fake clock, test models."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any

import httpx
import pytest
from pydantic import Field

from ig_sdk._client import AsyncIGClient, IGClient
from ig_sdk._models import IGRequestModel, IGResponseModel
from ig_sdk._operation_record import Operation, Param

USERNAME = "alice_demo"
PASSWORD = "pa55-w0rd-SECRET-7731"
API_KEY = "apikey-SECRET-9f3e1c"
BASE_URL = "http://127.0.0.1:9"


class FakeClock:
    """An ``ig_sdk.Clock`` that only moves when a test (or the client's sleep) moves it.

    ``now`` is the wall clock (epoch seconds); the monotonic clock runs in step with it from an unrelated
    origin, except that :meth:`jump_wall` moves the wall clock alone, as an NTP step or a user would.
    """

    def __init__(self, start: float = 1_700_000_000.0, monotonic_start: float = 1_000.0) -> None:
        self.now = start
        self._monotonic_offset = monotonic_start - start
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.now + self._monotonic_offset

    def jump_wall(self, seconds: float) -> None:
        """Step the wall clock by ``seconds`` (either way) without any time passing."""
        self.now += seconds
        self._monotonic_offset -= seconds

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


Handler = Callable[[httpx.Request], httpx.Response | None]


@dataclass
class FakeIG:
    """A tiny IG: logs in (v1/v2/v3), refreshes, switches accounts; other paths go to test handlers."""

    clock: FakeClock
    token_serial: int = 0
    valid_cst: set[str] = field(default_factory=set)
    valid_access: set[str] = field(default_factory=set)
    refresh_tokens: set[str] = field(default_factory=set)
    requests: list[httpx.Request] = field(default_factory=list)
    routes: dict[tuple[str, str], Handler] = field(default_factory=dict)
    logins: int = 0
    refreshes: int = 0
    expires_in: str = "60"
    encryption_key: str | None = None
    encryption_timestamp: int = 1_700_000_000_123
    received_passwords: list[tuple[str, bool]] = field(default_factory=list)

    def calls(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path == path]

    def route(self, method: str, path: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.routes[(method, path)] = handler
            return handler

        return register

    def expire_all(self) -> None:
        self.valid_cst.clear()
        self.valid_access.clear()

    def _new(self, prefix: str) -> str:
        self.token_serial += 1
        return f"{prefix}-SECRET-{self.token_serial:04d}"

    def authorised(self, request: httpx.Request) -> bool:
        if request.headers.get("x-ig-api-key") != API_KEY:
            return False
        auth = request.headers.get("authorization", "")
        if auth.startswith("Bearer "):
            return auth[7:] in self.valid_access and bool(request.headers.get("ig-account-id"))
        return request.headers.get("cst", "") in self.valid_cst

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path, method = request.url.path, request.method
        version = request.headers.get("version")
        if path == "/session/encryptionKey":
            assert self.encryption_key is not None
            return httpx.Response(
                200, json={"encryptionKey": self.encryption_key, "timeStamp": self.encryption_timestamp}
            )
        if path == "/session" and method == "POST":
            return self._login(request, version)
        if path == "/session/refresh-token":
            self.refreshes += 1
            token = json.loads(request.content)["refresh_token"]
            if token not in self.refresh_tokens:
                return error(401, "error.security.oauth-token-invalid")
            self.refresh_tokens.discard(token)
            return httpx.Response(200, json=self._oauth())
        handler = self.routes.get((method, path))
        if not self.authorised(request):
            return error(401, "error.security.client-token-invalid")
        if path == "/session" and method == "PUT":
            return httpx.Response(
                200, json={"dealingEnabled": True}, headers={"X-SECURITY-TOKEN": self._new("XST")}
            )
        if path == "/session" and method == "GET":
            cst = self._new("CST")
            return httpx.Response(
                200,
                json={"accountId": "ABC123", "lightstreamerEndpoint": "https://ls.example"},
                headers={"CST": cst, "X-SECURITY-TOKEN": self._new("XST")},
            )
        if path == "/session" and method == "DELETE":
            self.expire_all()
            return httpx.Response(204)
        if handler is not None:
            response = handler(request)
            if response is not None:
                return response
        return httpx.Response(404, json={"errorCode": "invalid.url"})

    def _oauth(self) -> dict[str, str]:
        access, refresh = self._new("ACCESS"), self._new("REFRESH")
        self.valid_access.add(access)
        self.refresh_tokens.add(refresh)
        return {
            "access_token": access,
            "refresh_token": refresh,
            "scope": "profile",
            "token_type": "Bearer",
            "expires_in": self.expires_in,
        }

    def _login(self, request: httpx.Request, version: str | None) -> httpx.Response:
        self.logins += 1
        body = json.loads(request.content)
        self.received_passwords.append((body["password"], bool(body.get("encryptedPassword"))))
        if body["identifier"] != USERNAME or request.headers.get("x-ig-api-key") != API_KEY:
            return error(401, "error.security.invalid-details")
        if not body.get("encryptedPassword") and body["password"] != PASSWORD:
            return error(401, "error.security.invalid-details")
        if version == "3":
            return httpx.Response(
                200,
                json={
                    "clientId": "C1",
                    "accountId": "ABC123",
                    "lightstreamerEndpoint": "https://ls.example",
                    "oauthToken": self._oauth(),
                },
            )
        cst = self._new("CST")
        self.valid_cst.add(cst)
        return httpx.Response(
            200,
            json={
                "currentAccountId": "ABC123",
                "clientId": "C1",
                "lightstreamerEndpoint": "https://ls.example",
            },
            headers={"CST": cst, "X-SECURITY-TOKEN": self._new("XST")},
        )


def error(status: int, code: str | None = None, headers: dict[str, str] | None = None) -> httpx.Response:
    """An IG-style error answer."""
    return httpx.Response(status, json={"errorCode": code} if code else None, headers=headers)


# --- hand-made operations and models, standing in for the generated ones --------------------------------


class WidgetParams(IGRequestModel):
    widget_id: Annotated[str, Field(alias="widgetId", min_length=1)]
    page_size: Annotated[int | None, Field(alias="pageSize", ge=1, le=50)] = None


class CreateWidgetRequest(IGRequestModel):
    epic: Annotated[str, Field(pattern=r"^[A-Z.]+$")]
    size: float
    deal_reference: Annotated[str | None, Field(alias="dealReference")] = None
    _ig_rules = ()


class WidgetResponse(IGResponseModel):
    widget_id: Annotated[str, Field(alias="widgetId")]
    level: float


class DealReferenceResponse(IGResponseModel):
    deal_reference: Annotated[str, Field(alias="dealReference")]


def make_op(
    op_id: str,
    method: str,
    path: str,
    *,
    version: int = 1,
    trading: bool = False,
    deal_reference: bool = False,
    params: tuple[Param, ...] = (),
    request_model: Any = None,
    params_model: Any = None,
    response_model: Any = None,
    method_override: str | None = None,
    auth: str = "session",
    long_timeout: bool = False,
) -> Operation:
    op = Operation(
        operation_id=op_id,
        resource="widgets",
        method_name=op_id,
        method=method,
        path=path,
        version=version,
        summary="",
        trading=trading,
        deal_reference=deal_reference,
        auth=auth,  # type: ignore[arg-type]
        rate_bucket="trading" if trading else "non_trading",
        long_timeout=long_timeout,
        method_override=method_override,
        preferred=True,
        deprecated=None,
        params=params,
        request_model_name=request_model.__name__ if request_model else None,
        params_model_name=params_model.__name__ if params_model else None,
        response_model_name=response_model.__name__ if response_model else None,
    )
    # Pre-seed the cached model lookups so nothing imports the (not yet generated) models module.
    op.__dict__["request_model"] = request_model
    op.__dict__["params_model"] = params_model
    op.__dict__["response_model"] = response_model
    return op


GET_WIDGET = make_op(
    "getWidgetV2",
    "GET",
    "/widgets/{widgetId}",
    version=2,
    params=(Param("widget_id", "widgetId", "path", True), Param("page_size", "pageSize", "query", False)),
    params_model=WidgetParams,
    response_model=WidgetResponse,
)
CREATE_WIDGET = make_op(
    "createWidgetV2",
    "POST",
    "/widgets",
    version=2,
    trading=True,
    deal_reference=True,
    params=(
        Param("epic", "epic", "body", True),
        Param("size", "size", "body", True),
        Param("deal_reference", "dealReference", "body", False),
    ),
    request_model=CreateWidgetRequest,
    response_model=DealReferenceResponse,
)
CLOSE_WIDGET = make_op(
    "closeWidgetV1",
    "DELETE",
    "/widgets",
    trading=True,
    deal_reference=False,
    params=(Param("epic", "epic", "body", True), Param("size", "size", "body", True)),
    method_override="DELETE",
)
PING = make_op("pingV1", "GET", "/ping")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake_ig(clock: FakeClock) -> FakeIG:
    ig = FakeIG(clock)

    @ig.route("GET", "/ping")
    def ping(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)

    return ig


ClientFactory = Callable[..., IGClient]
AsyncClientFactory = Callable[..., AsyncIGClient]


@pytest.fixture
def make_client(fake_ig: FakeIG, clock: FakeClock) -> Iterator[ClientFactory]:
    clients: list[IGClient] = []

    def factory(**overrides: Any) -> IGClient:
        options: dict[str, Any] = {
            "username": USERNAME,
            "password": PASSWORD,
            "api_key": API_KEY,
            "base_url": BASE_URL,
            "rate_limit": False,
            "http_client": httpx.Client(transport=httpx.MockTransport(fake_ig.handle)),
            "clock": clock,
            "sleep": clock.sleep,
            "rand": random.Random(7).random,
            "strict_responses": True,  # the project's own tests run strict; policy tests opt out
        }
        options.update(overrides)
        client = IGClient(**options)
        clients.append(client)
        return client

    yield factory
    for client in clients:
        client._http.close()


@pytest.fixture
def make_async_client(fake_ig: FakeIG, clock: FakeClock) -> AsyncClientFactory:
    async def handle(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)  # let every concurrent caller get its request in flight
        return fake_ig.handle(request)

    def factory(**overrides: Any) -> AsyncIGClient:
        options: dict[str, Any] = {
            "username": USERNAME,
            "password": PASSWORD,
            "api_key": API_KEY,
            "base_url": BASE_URL,
            "rate_limit": False,
            "http_client": httpx.AsyncClient(transport=httpx.MockTransport(handle)),
            "clock": clock,
            "sleep": clock.async_sleep,
            "rand": random.Random(7).random,
            "strict_responses": True,  # the project's own tests run strict; policy tests opt out
        }
        options.update(overrides)
        return AsyncIGClient(**options)

    return factory
