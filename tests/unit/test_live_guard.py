"""The LIVE guard: no trading call leaves a client on a LIVE account unless the user opted in."""

from __future__ import annotations

import httpx
import pytest

from ig_sdk import AsyncIGClient, IGClient
from ig_sdk._generated.gateways import GATEWAYS
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk.errors import LiveTradingNotAllowedError
from tests.deals import OPEN_EURUSD as OPEN
from tests.unit.conftest import API_KEY, PASSWORD, USERNAME, AsyncClientFactory, ClientFactory, FakeIG

TRADING = sorted(op_id for op_id, op in OPERATIONS.items() if op.trading)


@pytest.fixture
def positions_ig(fake_ig: FakeIG) -> FakeIG:
    @fake_ig.route("GET", "/positions")
    def positions(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"positions": []})

    @fake_ig.route("POST", "/positions/otc")
    def create(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"dealReference": "REF"})

    return fake_ig


def test_the_spec_marks_the_trading_operations() -> None:
    # The guard reads x-ig-trading from the generated registry: make sure it covers every dealing write.
    assert "createOTCPositionV2" in TRADING
    assert "deleteOTCWorkingOrderV2" in TRADING
    assert "closeOTCPositionV1" in TRADING
    assert "updateOTCWorkingOrderV2" in TRADING
    assert "getPositionsV2" not in TRADING


@pytest.mark.parametrize("op_id", TRADING)
def test_every_trading_operation_is_refused_before_anything_is_sent(
    make_client: ClientFactory, fake_ig: FakeIG, op_id: str
) -> None:
    client = make_client(account_type="LIVE")
    with pytest.raises(LiveTradingNotAllowedError) as caught:
        client._request(OPERATIONS[op_id], {}, cast_to=None)
    assert fake_ig.requests == []  # not even a login
    assert "allow_live_trading=True" in str(caught.value)
    assert "IG_SERVICE_ALLOW_LIVE_TRADING=1" in str(caught.value)
    assert caught.value.operation is OPERATIONS[op_id]


def test_reads_work_on_live_and_trades_need_the_opt_in(
    make_client: ClientFactory, positions_ig: FakeIG
) -> None:
    client = make_client(account_type="LIVE")
    assert client.is_live
    assert not client.allow_live_trading
    assert client.positions.list().positions == []
    with pytest.raises(LiveTradingNotAllowedError):
        client.positions.create_v2(**OPEN)
    with pytest.raises(LiveTradingNotAllowedError):
        client.with_options(timeout=5).positions.create_v2(**OPEN)
    assert positions_ig.calls("POST", "/positions/otc") == []

    allowed = make_client(account_type="LIVE", allow_live_trading=True)
    assert allowed.positions.create_v2(**OPEN).deal_reference == "REF"
    assert len(positions_ig.calls("POST", "/positions/otc")) == 1


def test_demo_trades_without_the_opt_in(make_client: ClientFactory, positions_ig: FakeIG) -> None:
    client = make_client()
    assert not client.is_live
    assert client.positions.create_v2(**OPEN).deal_reference == "REF"


def test_a_base_url_on_the_live_gateway_is_live_whatever_the_account_type(
    make_client: ClientFactory, fake_ig: FakeIG
) -> None:
    client = make_client(base_url=GATEWAYS["LIVE"])
    assert client.is_live
    with pytest.raises(LiveTradingNotAllowedError):
        client.positions.create_v2(**OPEN)
    assert fake_ig.requests == []
    assert not make_client(base_url=GATEWAYS["DEMO"]).is_live


@pytest.mark.asyncio
async def test_async_client_is_guarded_too(make_async_client: AsyncClientFactory, fake_ig: FakeIG) -> None:
    client = make_async_client(account_type="LIVE")
    with pytest.raises(LiveTradingNotAllowedError):
        await client.positions.create_v2(**OPEN)
    with pytest.raises(LiveTradingNotAllowedError):
        await client.working_orders.delete(deal_id="DIAAAA")
    assert fake_ig.requests == []
    await client.close()


@pytest.mark.parametrize(
    ("value", "allowed"), [("1", True), ("true", True), ("YES", True), ("0", False), ("", False)]
)
def test_from_env_reads_the_opt_in(monkeypatch: pytest.MonkeyPatch, value: str, allowed: bool) -> None:
    monkeypatch.setenv("IG_SERVICE_USERNAME", USERNAME)
    monkeypatch.setenv("IG_SERVICE_PASSWORD", PASSWORD)
    monkeypatch.setenv("IG_SERVICE_API_KEY", API_KEY)
    monkeypatch.setenv("IG_SERVICE_ACC_TYPE", "live")
    monkeypatch.setenv("IG_SERVICE_ALLOW_LIVE_TRADING", value)
    with IGClient.from_env() as client:
        assert client.is_live
        assert client.allow_live_trading is allowed
    # An explicit argument wins over the environment.
    with IGClient.from_env(allow_live_trading=False) as client:
        assert not client.allow_live_trading


def test_from_env_refuses_an_unreadable_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IG_SERVICE_USERNAME", USERNAME)
    monkeypatch.setenv("IG_SERVICE_PASSWORD", PASSWORD)
    monkeypatch.setenv("IG_SERVICE_API_KEY", API_KEY)
    monkeypatch.setenv("IG_SERVICE_ALLOW_LIVE_TRADING", "maybe")
    with pytest.raises(ValueError, match="IG_SERVICE_ALLOW_LIVE_TRADING"):
        AsyncIGClient.from_env()


def test_trading_intents_are_refused_before_their_first_read(
    make_client: ClientFactory, fake_ig: FakeIG
) -> None:
    client = make_client(account_type="LIVE")
    with pytest.raises(LiveTradingNotAllowedError):
        client.trading.close("DIAAAA")  # would read the position first
    with pytest.raises(LiveTradingNotAllowedError):
        client.trading.open(epic="CS.D.EURUSD.TODAY.IP", direction="BUY", size=1)  # would read the market
    with pytest.raises(LiveTradingNotAllowedError):
        client.trading.amend_order("DIAAAA", level=1.0)
    assert fake_ig.requests == []


@pytest.mark.asyncio
async def test_async_trading_intents_are_refused_too(
    make_async_client: AsyncClientFactory, fake_ig: FakeIG
) -> None:
    client = make_async_client(account_type="LIVE")
    with pytest.raises(LiveTradingNotAllowedError):
        await client.trading.cancel_order("DIAAAA")
    assert fake_ig.requests == []
    await client.close()
