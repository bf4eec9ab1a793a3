"""Read an account's state concurrently with the async client: accounts, positions, orders, prices.

python examples/async_portfolio.py          # against the bundled local IG simulator
python examples/async_portfolio.py --real   # against IG's DEMO gateway (IG_SERVICE_* variables)
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from typing import TextIO

from ig_sdk import AsyncIGClient

EPICS = ("CS.D.EURUSD.TODAY.IP", "IX.D.FTSE.DAILY.IP", "CS.D.USCGC.TODAY.IP")


async def report(client: AsyncIGClient, out: TextIO) -> None:
    """Fetch everything at once: the client logs in once, however many calls wait for the session."""
    (accounts, positions, orders), markets = await asyncio.gather(
        asyncio.gather(client.accounts.list(), client.positions.list(), client.working_orders.list()),
        asyncio.gather(*(client.markets.get(epic=epic) for epic in EPICS)),
    )
    for account in accounts.accounts:  # IG always sends these: no None checks
        out.write(
            f"account {account.account_id}  {account.account_type}  available {account.balance.available}\n"
        )
    out.write(f"open positions: {len(positions.positions)}\n")
    out.write(f"working orders: {len(orders.working_orders)}\n")
    for epic, market in zip(EPICS, markets, strict=True):
        # bid and offer are None while a market has no price; printing shows that as-is.
        out.write(f"{epic:<24} bid {market.snapshot.bid}  offer {market.snapshot.offer}\n")


async def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    """Run against the simulator, or IG's DEMO gateway with ``--real``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--real", action="store_true", help="use IG's DEMO gateway (IG_SERVICE_* variables)")
    if parser.parse_args(argv).real:
        async with AsyncIGClient.from_env(account_type="DEMO") as client:
            await report(client, out)
        return 0
    from ig_sdk.testing import TRADING_TIME, IGSimulator, SimulatorConfig

    async with (
        IGSimulator(SimulatorConfig(start=TRADING_TIME)) as sim,
        AsyncIGClient(
            username=sim.username, password=sim.password, api_key=sim.api_key, base_url=sim.rest_url
        ) as client,
    ):
        await report(client, out)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
