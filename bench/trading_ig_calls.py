"""The benchmark's calls made through trading-ig, when it is importable (it is not a dependency of ig-sdk).

trading-ig has no base-URL option, so the service is pointed at the simulator after construction. It is used
in its plain-dict mode (no pandas, no munch), the closest to the raw baseline; note that in that mode it does
not send ``resolution`` for price downloads, so it fetches the same number of one-minute bars instead.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ig_sdk.testing import IGSimulator

__all__ = ["build", "version"]


def version() -> str | None:
    """trading-ig's installed version, or None when it is not installed."""
    try:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as dist_version

        return dist_version("trading-ig")
    except PackageNotFoundError:
        return None


def build(sim: IGSimulator, epic: str, points: int) -> dict[str, Callable[[], object]] | str:
    """A logged-in trading-ig service's calls, or the reason they are skipped."""
    try:
        rest: Any = importlib.import_module("trading_ig.rest")
    except ImportError as exc:
        return f"skipped: trading-ig not installed ({exc.name or exc})"
    service = rest.IGService(
        sim.username, sim.password, sim.api_key, "DEMO", return_dataframe=False, return_munch=False
    )
    service.BASE_URL = sim.rest_url
    service.crud_session = rest.IGSessionCRUD(sim.rest_url, sim.api_key, service.session)
    service.create_session(version="2")
    return {
        "markets.get": lambda: service.fetch_market_by_epic(epic),
        "positions.list": lambda: service.fetch_open_positions(),
        "prices.get": lambda: service.fetch_historical_prices_by_epic(
            epic, resolution="1h", numpoints=points, pagesize=0, wait=0
        ),
    }
