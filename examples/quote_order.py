"""Deal at a streamed price: take the quote id of a PRICE update and send it with a QUOTE order.

python examples/quote_order.py          # against the bundled local IG simulator
python examples/quote_order.py --real   # against IG's DEMO gateway (IG_SERVICE_* variables)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from ig_sdk import IGClient
from ig_sdk.errors import DealRejectedError

EPIC, EXPIRY = "CS.D.EURUSD.TODAY.IP", "DFB"
WAIT_S = 10.0


def buy_at_the_quote(client: IGClient, out: TextIO) -> None:
    """Wait for a price that carries an offer quote id, then buy at exactly that quote."""
    with client.stream.prices(EPIC) as prices:
        price = prices.get(timeout=WAIT_S)
        while price is not None and (price.ask_quote_id is None or price.ask_price_1 is None):
            price = prices.get(timeout=WAIT_S)
    if price is None or price.ask_quote_id is None or price.ask_price_1 is None:
        raise SystemExit(f"no quoted price for {EPIC} within {WAIT_S:.0f} s")
    out.write(f"offer {price.ask_price_1} quote {price.ask_quote_id} at {price.timestamp}\n")
    try:
        confirmation = client.trading.open(
            epic=EPIC,
            expiry=EXPIRY,
            direction="BUY",
            size=1,
            order_type="QUOTE",
            level=float(price.ask_price_1),  # the streamed Decimal, as IG's JSON number
            quote_id=price.ask_quote_id,
            currency_code="GBP",
        )
    except DealRejectedError as rejected:  # e.g. the quote expired before IG received the order
        out.write(f"rejected: {rejected.reason}\n")
        return
    out.write(f"{confirmation.deal_status} deal {confirmation.deal_id} at {confirmation.level}\n")
    client.trading.close(confirmation)


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    """Run against the simulator, or IG's DEMO gateway with ``--real``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--real", action="store_true", help="use IG's DEMO gateway (IG_SERVICE_* variables)")
    if parser.parse_args(argv).real:
        with IGClient.from_env(account_type="DEMO") as client:
            buy_at_the_quote(client, out)
        return 0
    from ig_sdk.testing import TRADING_TIME, IGSimulator, SimulatorConfig

    with (
        IGSimulator(SimulatorConfig(start=TRADING_TIME)) as sim,
        IGClient(
            username=sim.username, password=sim.password, api_key=sim.api_key, base_url=sim.rest_url
        ) as client,
    ):
        buy_at_the_quote(client, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
