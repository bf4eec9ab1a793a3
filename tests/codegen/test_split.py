"""Splitting the generated models by resource: each model lives where its users can reach it cheaply."""

from __future__ import annotations

import subprocess
import sys
import textwrap

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


def test_models_go_to_their_only_user_or_to_shared_or_unused() -> None:
    modules = split_models(SOURCE, {"orders": {"Order"}, "prices": {"Bar"}})
    assert set(modules) == {"__init__", "_shared", "_unused", "orders", "prices"}
    # Quote is nested in both resources' models, and so is Side through it.
    assert "class Quote(" in modules["_shared"]
    assert "class Side(" in modules["_shared"]
    assert "from ig_sdk._generated.models._shared import Quote\n" in modules["orders"]
    assert "class Order(" in modules["orders"]
    assert "class Bar(" in modules["prices"]
    assert "from ig_sdk._generated.models.orders import Order\n" in modules["_unused"]
    assert '"Orphan": "_unused",' in modules["__init__"]


def test_a_resource_loads_only_its_own_models() -> None:
    program = textwrap.dedent(
        """
        import sys
        from ig_sdk import IGClient
        from ig_sdk._generated.operation_table import OPERATIONS
        client = IGClient(api_key="k", base_url="http://127.0.0.1:9")
        client.prices
        OPERATIONS["getPricesV3"].response_model
        loaded = sorted(m for m in sys.modules if m.startswith("ig_sdk._generated.models."))
        print(" ".join(loaded))
        """
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["ig_sdk._generated.models._shared", "ig_sdk._generated.models.prices"]
