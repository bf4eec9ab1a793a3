"""Spec conformance: every operation of the registry, called through ``IGClient`` against the simulator.

Each test builds its arguments from the spec's own examples (parameter ``example``s and
``x-ig-request-example``, mapped from IG's wire names to the generated method's keywords) and replaces only
what must refer to live state (a real deal id, watchlist, node, quote reference or credentials). The client
validates IG's answer with the generated model of that version; the test also checks the result's type and,
for trading calls, that the simulator accepted the deal.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from ig_sdk import IGClient, operations
from ig_sdk._generated.models import DealReferenceResponse
from ig_sdk._generated.resources.session import Session as SessionResource
from ig_sdk.errors import APIStatusError, DealRejectedError, NotFoundError
from ig_sdk.operations import Operation
from ig_sdk.testing import API_KEY, CFD_ACCOUNT_ID, PASSWORD, USERNAME, IGSimulator
from tests.deals import OPEN_EURUSD as OPEN_ARGS

from .conftest import MARKET_HOURS, ClientFactory, make_client, make_simulator

pytestmark = pytest.mark.timeout(60)

SPEC_ROOT = Path(__file__).resolve().parents[2] / "spec"

# A spread-bet market the simulator quotes; its DFB contract accepts the account's GBP.
EPIC = "CS.D.EURUSD.TODAY.IP"

# Operations the simulator answers with an IG error for the reason given; the test asserts that typed error.
EXPECTED_ERRORS: Mapping[str, tuple[type[APIStatusError], str]] = {
    "data.get_v1": (
        NotFoundError,
        "GET /data/{id} is not in IG's public reference (only IG's Java sample calls it): no id is known",
    ),
}

# Operations that change or end the session: each runs on a client of its own.
OWN_CLIENT = {
    "session.logout_v1",
    "session.switch_account_v1",
    "session.refresh_v1",
}
# Operations that disable the API key for everybody: each runs on a simulator of its own.
OWN_SIMULATOR = {"applications.update_v1", "applications.disable_v1"}

_NAMES = itertools.count(1)  # IG refuses two watchlists of the same name


@cache
def spec_operations() -> Mapping[str, Mapping[str, Any]]:
    """Every operation of ``spec/`` by operationId, as written (examples included)."""
    main = yaml.safe_load((SPEC_ROOT / "ig-rest.yaml").read_text())
    found: dict[str, Mapping[str, Any]] = {}
    for name in main["files"]:
        found.update(yaml.safe_load((SPEC_ROOT / name).read_text()).get("operations") or {})
    return found


def spec_arguments(op: Operation) -> dict[str, Any]:
    """Keyword arguments for ``op``'s generated method taken from the spec's examples."""
    spec = spec_operations()[op.operation_id]
    python_name = {p.wire_name: p.python_name for p in op.params}
    args: dict[str, Any] = {}
    for parameter in spec.get("parameters") or []:
        example = parameter.get("example", (parameter.get("schema") or {}).get("example"))
        if example is not None:
            args[python_name[parameter["name"]]] = example
    body = spec.get("x-ig-request-example") or {}
    for wire, value in body.items():
        assert wire in python_name, f"{op.python_name}: example field {wire} is not a parameter"
        args[python_name[wire]] = value
    return args


def by_python_name(name: str) -> Operation:
    """The registry's operation whose generated method is ``name``."""
    return next(op for op in operations.ALL if op.python_name == name)


@dataclass
class World:
    """Creates the live state an operation needs, through the SDK itself."""

    client: IGClient

    def confirm_accepted(self, deal_reference: str) -> Any:
        confirmation = self.client.deals.confirm(deal_reference, timeout=5)
        assert str(confirmation.deal_status) == "ACCEPTED", confirmation
        return confirmation

    def open_position(self) -> str:
        ref = self.client.positions.create_v2(**OPEN_ARGS).deal_reference
        deal_id: str = self.confirm_accepted(ref).deal_id
        return deal_id

    def bid(self, epic: str = EPIC) -> float:
        snapshot = self.client.markets.get_v3(epic=epic).snapshot
        assert snapshot is not None
        assert snapshot.bid is not None
        return float(snapshot.bid)

    def working_order(self) -> tuple[str, float]:
        level = round(self.bid() * 0.95, 4)  # far below the market: a BUY LIMIT that stays pending
        ref = self.client.working_orders.create_v2(
            epic=EPIC,
            expiry="DFB",
            direction="BUY",
            size=1,
            level=level,
            type="LIMIT",
            currency_code="GBP",
            time_in_force="GOOD_TILL_CANCELLED",
            guaranteed_stop=False,
        ).deal_reference
        deal_id: str = self.confirm_accepted(ref).deal_id
        return deal_id, level

    def watchlist(self) -> str:
        created = self.client.watchlists.create_v1(name=f"conformance {next(_NAMES)}", epics=[EPIC])
        assert created.watchlist_id
        return created.watchlist_id

    def node_id(self) -> str:
        nodes = self.client.market_navigation.get_root_v1().nodes
        assert nodes
        node = nodes[0].id
        assert node is not None
        return node

    def quote_reference(self) -> str:
        args = spec_arguments(by_python_name("costs.open_v1"))
        quote = self.client.costs.open_v1(**args)
        assert quote.indicative_quote_reference
        return quote.indicative_quote_reference


Args = dict[str, Any]


def _position(w: World, a: Args) -> Args:
    return {**a, "deal_id": w.open_position()}


def _update_position(w: World, a: Args) -> Args:
    # The example's stop and limit are levels of its own market: move them around today's simulated price.
    bid = w.bid()
    return {
        **a,
        "deal_id": w.open_position(),
        "stop_level": round(bid * 0.98, 4),
        "limit_level": round(bid * 1.02, 4),
    }


def _close(w: World, a: Args) -> Args:
    return {**a, "deal_id": w.open_position(), "direction": "SELL", "size": 1}


def _open_v1(w: World, a: Args) -> Args:
    # The example is a FTSE sell limit with a guaranteed stop at levels of its day: place it at today's price.
    bid = w.bid("IX.D.FTSE.DAILY.IP")
    return {**a, "level": round(bid * 0.999, 1), "stop_level": round(bid * 1.02, 1)}


def _order_v1(w: World, a: Args) -> Args:
    # A good-till date in the simulated future and a buy limit below today's FTSE price.
    week_ms = int((MARKET_HOURS.timestamp() + 7 * 86_400) * 1000)
    return {**a, "level": round(w.bid("IX.D.FTSE.DAILY.IP") * 0.95, 1), "good_till_date": week_ms}


def _order_v2(w: World, a: Args) -> Args:
    # A sell stop below today's GBP/USD price, its limit further below.
    level = round(w.bid("CS.D.GBPUSD.CFD.IP") * 0.95, 4)
    return {**a, "level": level, "limit_level": round(level * 0.98, 4)}


def _update_order(w: World, a: Args) -> Args:
    deal_id, level = w.working_order()
    # Good till cancelled: the example's goodTillDate is left out (None for it is refused before sending).
    kept = {k: v for k, v in a.items() if k != "good_till_date"}
    return {
        **kept,
        "deal_id": deal_id,
        "level": round(level * 0.99, 4),
        "type": "LIMIT",
        "time_in_force": "GOOD_TILL_CANCELLED",
    }


def _with(**values: Any) -> Callable[[World, Args], Args]:
    return lambda w, a: {**a, **values}


# What must come from live state, per operation (everything else is the spec's example as written).
ARRANGE: Mapping[str, Callable[[World, Args], Args]] = {
    "session.login_v1": _with(identifier=USERNAME, password=PASSWORD),
    "session.login_v2": _with(identifier=USERNAME, password=PASSWORD),
    "session.login_v3": _with(identifier=USERNAME, password=PASSWORD),
    "session.switch_account_v1": _with(account_id=CFD_ACCOUNT_ID),
    "session.refresh_v1": lambda w, a: {**a, "refresh_token": w.client.export_session()["refresh_token"]},
    "applications.update_v1": _with(api_key=API_KEY),
    "watchlists.get_v1": lambda w, a: {**a, "watchlist_id": w.watchlist()},
    "watchlists.delete_v1": lambda w, a: {**a, "watchlist_id": w.watchlist()},
    # The example's USD/CHF is not in the simulator's catalogue.
    "watchlists.add_market_v1": lambda w, a: {
        **a,
        "watchlist_id": w.watchlist(),
        "epic": "CS.D.GBPUSD.TODAY.IP",
    },
    "watchlists.remove_market_v1": lambda w, a: {**a, "watchlist_id": w.watchlist(), "epic": EPIC},
    "deals.get_confirmation_v1": lambda w, a: {
        **a,
        "deal_reference": w.client.positions.create_v2(**OPEN_ARGS).deal_reference,
    },
    "positions.create_v1": _open_v1,
    "positions.get_v1": _position,
    "positions.get_v2": _position,
    "positions.update_v1": _update_position,
    "positions.update_v2": _update_position,
    "positions.close_v1": _close,
    "working_orders.create_v1": _order_v1,
    "working_orders.create_v2": _order_v2,
    "working_orders.delete_v1": lambda w, a: {**a, "deal_id": w.working_order()[0]},
    "working_orders.delete_v2": lambda w, a: {**a, "deal_id": w.working_order()[0]},
    "working_orders.update_v1": _update_order,
    "working_orders.update_v2": _update_order,
    "market_navigation.get_node_v1": lambda w, a: {**a, "node_id": w.node_id()},
    "costs.durable_medium_v1": lambda w, a: {**a, "indicative_quote_reference": w.quote_reference()},
}

# Trading examples written for a CFD account (CFD epics, USD): they run on the simulator's CFD account.
ON_CFD_ACCOUNT = {"positions.create_v2", "working_orders.create_v2"}

# Deals the simulator rejects, as IG would: the test asserts the rejection and its reason.
EXPECTED_REJECTIONS: Mapping[str, tuple[str, str]] = {
    "positions.create_sprint_market_v1": (
        "INSTRUMENT_NOT_FOUND",
        "the simulator lists no sprint market (IG has withdrawn them from most accounts)",
    ),
}


@pytest.fixture(scope="module")
def shared_client(sim: IGSimulator) -> Iterator[IGClient]:
    with make_client(sim) as c:
        yield c


def _call(client: IGClient, op: Operation, args: Mapping[str, Any]) -> Any:
    method = getattr(getattr(client, op.resource), f"{op.method_name}_v{op.version}")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = method(**args)
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert bool(deprecations) == (op.deprecated is not None), f"{op.python_name}: deprecation warning"
    return result


def _check(world: World, op: Operation, result: Any) -> None:
    if op.binary_response:
        assert isinstance(result, bytes)
        assert result.startswith(b"%PDF")
        return
    if op.response_model is None:
        assert result is None
        return
    assert type(result) is op.response_model
    if op.trading and isinstance(result, DealReferenceResponse):
        rejection = EXPECTED_REJECTIONS.get(op.python_name)
        if rejection is None:
            world.confirm_accepted(result.deal_reference)
            return
        with pytest.raises(DealRejectedError) as caught:
            world.client.deals.confirm(result.deal_reference, timeout=5)
        assert caught.value.reason == rejection[0]


@pytest.mark.parametrize("op", operations.ALL, ids=lambda op: op.python_name)
def test_operation_conforms(op: Operation, shared_client: IGClient, new_client: ClientFactory) -> None:
    name = op.python_name
    if name in OWN_SIMULATOR:
        with make_simulator() as own_sim, make_client(own_sim) as own:
            _run(op, World(own))
    elif name in OWN_CLIENT or name in ON_CFD_ACCOUNT:
        own = new_client(
            session_version=3 if name == "session.refresh_v1" else 2,
            account_id=CFD_ACCOUNT_ID if name in ON_CFD_ACCOUNT else None,
        )
        own.login()
        _run(op, World(own))
    else:
        _run(op, World(shared_client))


def _run(op: Operation, world: World) -> None:
    args = spec_arguments(op)
    arrange = ARRANGE.get(op.python_name)
    if arrange is not None:
        args = arrange(world, args)
    expected = EXPECTED_ERRORS.get(op.python_name)
    if expected is not None:
        with pytest.raises(expected[0]):
            _call(world.client, op, args)
        return
    _check(world, op, _call(world.client, op, args))


def test_every_required_argument_has_a_source() -> None:
    """A required argument that neither an example nor an arrangement provides would make a test vacuous."""
    missing = [
        f"{op.python_name}.{p.python_name}"
        for op in operations.ALL
        if op.python_name not in ARRANGE
        for p in op.params
        if p.required and p.python_name not in spec_arguments(op)
    ]
    assert missing == []


def test_expected_errors_name_real_operations() -> None:
    names = {op.python_name for op in operations.ALL}
    assert (
        set(EXPECTED_ERRORS)
        | set(EXPECTED_REJECTIONS)
        | OWN_CLIENT
        | OWN_SIMULATOR
        | ON_CFD_ACCOUNT
        | set(ARRANGE)
        <= names
    )


def test_session_resource_is_reachable(client: IGClient) -> None:
    """``client.session`` is the generated resource (the session info lives in ``session_info``)."""
    assert isinstance(client.session, SessionResource)


def test_unknown_watchlist_is_a_400_as_ig_documents(shared_client: IGClient) -> None:
    with pytest.raises(APIStatusError) as caught:
        shared_client.watchlists.get_v1(watchlist_id="0")
    assert caught.value.error_code == "error.watchlists.management.watchlist-not-found"
    assert caught.value.status_code == 400


def test_switch_to_unknown_account_is_a_400_as_ig_documents(client: IGClient) -> None:
    with pytest.raises(APIStatusError) as caught:
        client.session.switch_account_v1(account_id="NOSUCH")
    assert caught.value.error_code == "error.switch.invalid-accountId"
    assert caught.value.status_code == 400
