"""The benchmark's calls made through trading-ig, when it is importable (a test-only dependency of ig-sdk).

trading-ig has no base-URL option, so the service is pointed at the simulator after construction. The REST
rows use its plain-dict mode (no pandas, no munch), the closest to the raw baseline; in that mode it does not
send ``resolution`` for price downloads, so it fetches the same number of one-minute bars instead (the same
payload size). The DataFrame row uses its pandas mode, which sends the resolution and builds its frame.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

from bench._sim_process import Served

__all__ = ["build", "frame_call", "version"]


def version() -> str | None:
    """trading-ig's installed version, or None when it is not installed."""
    try:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as dist_version

        return dist_version("trading-ig")
    except PackageNotFoundError:
        return None


def _service(sim: Served, *, frames: bool) -> Any:
    rest: Any = importlib.import_module("trading_ig.rest")
    service = rest.IGService(
        sim.username, sim.password, sim.api_key, "DEMO", return_dataframe=frames, return_munch=False
    )
    service.BASE_URL = sim.rest_url
    service.crud_session = rest.IGSessionCRUD(sim.rest_url, sim.api_key, service.session)
    service.create_session(version="2")
    return service


def build(
    sim: Served, epic: str, *, markets: str, positions: str, prices: Mapping[str, int]
) -> dict[str, Callable[[], object]] | str:
    """A logged-in trading-ig service's calls under the given names, or why they are skipped.

    ``prices`` maps a call name to the number of bars that call downloads.
    """
    try:
        service = _service(sim, frames=False)
    except ImportError as exc:
        return f"skipped: trading-ig not installed ({exc.name or exc})"

    def download(points: int) -> Callable[[], object]:
        return lambda: service.fetch_historical_prices_by_epic(
            epic, resolution="1h", numpoints=points, pagesize=0, wait=0
        )

    calls: dict[str, Callable[[], object]] = {
        markets: lambda: service.fetch_market_by_epic(epic),
        positions: lambda: service.fetch_open_positions(),
    }
    for name, points in prices.items():
        calls[name] = download(points)
    return calls


def frame_call(sim: Served, epic: str, resolution: str, points: int) -> Callable[[], object] | None:
    """trading-ig's one call from price download to DataFrame (pandas mode), or None without trading-ig."""
    try:
        service = _service(sim, frames=True)
    except ImportError:
        return None
    return lambda: service.fetch_historical_prices_by_epic(
        epic, resolution=resolution, numpoints=points, pagesize=0, wait=0
    )
