"""Splitting the generated models by use: each model lives where the calls needing it reach it cheaply."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from codegen.split import split_models

SOURCE = textwrap.dedent(
    """\
    # banner
    from ig_sdk._models import IGResponseModel, StrEnum


    class Side(StrEnum):
        BUY = "BUY"


    class Quote(IGResponseModel):
        side: Side | None = None


    class Order(IGResponseModel):
        quote: Quote | None = None


    class Bar(IGResponseModel):
        quote: Quote | None = None


    class Orphan(IGResponseModel):
        order: Order | None = None
    """
)


def test_models_go_to_their_only_operation_resource_or_to_shared_or_unused() -> None:
    modules = split_models(
        SOURCE,
        {"orders": {"create_v1": {"Order"}, "create_v2": {"Order"}}, "prices": {"get_v1": {"Bar"}}},
    )
    assert set(modules) == {"__init__", "_shared", "_unused", "orders", "prices_get_v1"}
    # Quote is nested in both resources' models, and so is Side through it.
    assert "class Quote(" in modules["_shared"]
    assert "class Side(" in modules["_shared"]
    assert "from ig_sdk._generated.models._shared import Quote\n" in modules["orders"]
    # Order serves two operations of one resource: the resource's module; Bar one operation: its own.
    assert "class Order(" in modules["orders"]
    assert "class Bar(" in modules["prices_get_v1"]
    assert "from ig_sdk._generated.models.orders import Order\n" in modules["_unused"]
    assert '"Orphan": "_unused",' in modules["__init__"]
    assert '"Bar": "prices_get_v1",' in modules["__init__"]


def test_an_operation_module_name_may_not_be_taken_twice() -> None:
    with pytest.raises(ValueError, match="prices_get"):
        split_models(SOURCE, {"prices": {"get": {"Bar"}}, "prices_get": {"v1": {"Order"}}})


def test_a_call_loads_only_its_own_models() -> None:
    program = textwrap.dedent(
        """
        import sys
        from ig_sdk import IGClient
        from ig_sdk._generated.operation_table import OPERATIONS
        client = IGClient(api_key="k", base_url="http://127.0.0.1:9")
        client.prices
        assert not [m for m in sys.modules if m.startswith("ig_sdk._generated.models.")]
        OPERATIONS["getPricesV3"].params_model
        OPERATIONS["getPricesV3"].response_model
        loaded = sorted(m for m in sys.modules if m.startswith("ig_sdk._generated.models."))
        print(" ".join(loaded))
        """
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.split() == [
        "ig_sdk._generated.models._shared",
        "ig_sdk._generated.models.prices",
        "ig_sdk._generated.models.prices_get_v3",
    ]
