"""The short examples run end to end against the bundled simulator and print what they promise."""

from __future__ import annotations

import asyncio
import importlib.util
import io
import re
from pathlib import Path
from types import ModuleType

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.timeout(60)
def test_quote_order_deals_at_the_streamed_quote() -> None:
    out = io.StringIO()
    assert _load("quote_order").main([], out=out) == 0
    quote = re.search(r"^offer (\S+) quote (\S+) at ", out.getvalue(), flags=re.MULTILINE)
    deal = re.search(r"^ACCEPTED deal (\S+) at (\S+)$", out.getvalue(), flags=re.MULTILINE)
    assert quote is not None
    assert deal is not None
    assert float(deal.group(2)) == float(quote.group(1))  # filled at the quoted offer


@pytest.mark.timeout(60)
def test_async_portfolio_reads_everything_concurrently() -> None:
    out = io.StringIO()
    assert asyncio.run(_load("async_portfolio").main([], out=out)) == 0
    text = out.getvalue()
    assert text.count("account Z") == 2  # the spread-bet and the CFD account
    assert re.search(r"^CS\.D\.USCGC\.TODAY\.IP +bid \d", text, flags=re.MULTILINE)


@pytest.mark.timeout(60)
def test_a_quote_order_with_a_made_up_quote_id_is_declined() -> None:
    from ig_sdk import IGClient
    from ig_sdk.errors import DealRejectedError
    from ig_sdk.testing import TRADING_TIME, IGSimulator, SimulatorConfig

    with (
        IGSimulator(SimulatorConfig(start=TRADING_TIME)) as sim,
        IGClient(
            username=sim.username, password=sim.password, api_key=sim.api_key, base_url=sim.rest_url
        ) as c,
    ):
        market = c.markets.get(epic="CS.D.EURUSD.TODAY.IP")
        assert market.snapshot is not None
        assert market.snapshot.offer is not None
        deal = c.positions.create(
            epic="CS.D.EURUSD.TODAY.IP",
            expiry="DFB",
            direction="BUY",
            size=1,
            order_type="QUOTE",
            level=market.snapshot.offer,
            quote_id="A1",  # not a quote the stream ever gave
            currency_code="GBP",
            force_open=True,
            guaranteed_stop=False,
        )
        with pytest.raises(DealRejectedError) as rejected:
            c.deals.confirm(deal.deal_reference)
        assert rejected.value.reason == "ORDER_DECLINED"
