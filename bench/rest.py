"""REST per-call cost: raw httpx + ``json.loads`` against ig-sdk's typed clients (and trading-ig if present).

Every implementation makes the same three requests to the same simulator: one market's details
(``GET /markets/{epic}`` v3), the open positions (``GET /positions`` v2, three of them open) and a page of
hourly candles (``GET /prices/{epic}`` v3). The raw baseline does only what any client must: send the request
with IG's headers and decode the JSON.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import httpx

from bench import trading_ig_calls
from bench._measure import Cost, measure_async, measure_sync
from ig_sdk import AsyncIGClient, IGClient
from ig_sdk._rate_limit import RateLimiter
from ig_sdk.testing import IGSimulator

__all__ = ["CALLS", "RestResults", "Settings", "run"]

EPIC: Final = "CS.D.USCGC.TODAY.IP"
PRICE_POINTS: Final = 50
# Positions opened before measuring, so that listing them returns real content.
OPEN_POSITIONS: Final = ("CS.D.EURUSD.TODAY.IP", "CS.D.GBPUSD.TODAY.IP", "CS.D.USCGC.TODAY.IP")

CALLS: Final = ("markets.get", "positions.list", "prices.get")

# (path, VERSION, query) of each call, for the raw baseline.
_RAW: Final[Mapping[str, tuple[str, str, Mapping[str, str]]]] = {
    "markets.get": (f"/markets/{EPIC}", "3", {}),
    "positions.list": ("/positions", "2", {}),
    "prices.get": (f"/prices/{EPIC}", "3", {"resolution": "HOUR", "max": str(PRICE_POINTS), "pageSize": "0"}),
}


@dataclass(frozen=True)
class Settings:
    """How much to measure: ``rounds`` alternating rounds of ``per_round`` calls, after ``warmup`` calls."""

    rounds: int = 5
    per_round: int = 40
    warmup: int = 10


@dataclass(frozen=True)
class RestResults:
    """Per-call costs keyed by call name, then implementation name."""

    sync: dict[str, dict[str, Cost]]
    async_: dict[str, dict[str, Cost]]
    trading_ig_skipped: str | None


def _limiter() -> RateLimiter:
    # The default limiter's bookkeeping stays in the measurement; only its pacing (sleeps) is switched off,
    # since a benchmark sends far more than IG's per-minute allowances.
    return RateLimiter(enabled=False)


def _raw_headers(sim: IGSimulator, tokens: Mapping[str, str], version: str) -> dict[str, str]:
    return {
        "X-IG-API-KEY": sim.api_key,
        "CST": tokens["CST"],
        "X-SECURITY-TOKEN": tokens["X-SECURITY-TOKEN"],
        "VERSION": version,
        "Accept": "application/json; charset=UTF-8",
    }


def _raw_login(http: httpx.Client, sim: IGSimulator) -> dict[str, str]:
    response = http.post(
        "/session",
        json={"identifier": sim.username, "password": sim.password},
        headers={"X-IG-API-KEY": sim.api_key, "VERSION": "2", "Accept": "application/json; charset=UTF-8"},
    )
    response.raise_for_status()
    return {name: response.headers[name] for name in ("CST", "X-SECURITY-TOKEN")}


def _raw_sync_calls(http: httpx.Client, sim: IGSimulator) -> dict[str, Callable[[], object]]:
    tokens = _raw_login(http, sim)

    def make(path: str, version: str, query: Mapping[str, str]) -> Callable[[], object]:
        headers = _raw_headers(sim, tokens, version)
        return lambda: json.loads(http.get(path, headers=headers, params=query).content)

    return {name: make(*_RAW[name]) for name in CALLS}


def _raw_async_calls(
    http: httpx.AsyncClient, sim: IGSimulator, tokens: Mapping[str, str]
) -> dict[str, Callable[[], Awaitable[object]]]:
    def make(path: str, version: str, query: Mapping[str, str]) -> Callable[[], Awaitable[object]]:
        headers = _raw_headers(sim, tokens, version)

        async def call() -> object:
            return json.loads((await http.get(path, headers=headers, params=query)).content)

        return call

    return {name: make(*_RAW[name]) for name in CALLS}


def _sdk_sync_calls(client: IGClient) -> dict[str, Callable[[], object]]:
    return {
        "markets.get": lambda: client.markets.get(epic=EPIC),
        "positions.list": lambda: client.positions.list(),
        "prices.get": lambda: client.prices.get(epic=EPIC, resolution="HOUR", max=PRICE_POINTS, page_size=0),
    }


def _sdk_async_calls(client: AsyncIGClient) -> dict[str, Callable[[], Awaitable[object]]]:
    return {
        "markets.get": lambda: client.markets.get(epic=EPIC),
        "positions.list": lambda: client.positions.list(),
        "prices.get": lambda: client.prices.get(epic=EPIC, resolution="HOUR", max=PRICE_POINTS, page_size=0),
    }


def _open_positions(client: IGClient) -> None:
    for epic in OPEN_POSITIONS:
        deal = client.positions.create(
            epic=epic,
            expiry="DFB",
            direction="BUY",
            size=1,
            order_type="MARKET",
            currency_code="GBP",
            force_open=True,
            guaranteed_stop=False,
        )
        client.deals.confirm(deal.deal_reference, timeout=10)


def _by_call(
    measure: Callable[[Mapping[str, Callable[[], Any]]], dict[str, Cost]],
    impls: Mapping[str, Mapping[str, Callable[[], Any]]],
) -> dict[str, dict[str, Cost]]:
    results: dict[str, dict[str, Cost]] = {}
    for call in CALLS:
        results[call] = measure({impl: calls[call] for impl, calls in impls.items()})
    return results


def _run_sync(
    sim: IGSimulator, settings: Settings, client: IGClient
) -> tuple[dict[str, dict[str, Cost]], str | None]:
    impls: dict[str, Mapping[str, Callable[[], object]]] = {}
    with httpx.Client(base_url=sim.rest_url) as http:
        impls["raw"] = _raw_sync_calls(http, sim)
        impls["ig_sdk"] = _sdk_sync_calls(client)
        tig = trading_ig_calls.build(sim, EPIC, PRICE_POINTS)
        if isinstance(tig, str):
            skipped: str | None = tig
        else:
            impls["trading_ig"], skipped = tig, None

        def measure(calls: Mapping[str, Callable[[], object]]) -> dict[str, Cost]:
            return measure_sync(
                calls, rounds=settings.rounds, per_round=settings.per_round, warmup=settings.warmup
            )

        return _by_call(measure, impls), skipped


async def _run_async(
    sim: IGSimulator, settings: Settings, tokens: Mapping[str, str]
) -> dict[str, dict[str, Cost]]:
    async with (
        httpx.AsyncClient(base_url=sim.rest_url) as http,
        AsyncIGClient(
            username=sim.username,
            password=sim.password,
            api_key=sim.api_key,
            base_url=sim.rest_url,
            rate_limit=_limiter(),
        ) as client,
    ):
        impls = {"raw": _raw_async_calls(http, sim, tokens), "ig_sdk": _sdk_async_calls(client)}
        results: dict[str, dict[str, Cost]] = {}
        for call in CALLS:
            results[call] = await measure_async(
                {impl: calls[call] for impl, calls in impls.items()},
                rounds=settings.rounds,
                per_round=settings.per_round,
                warmup=settings.warmup,
            )
        return results


def run(settings: Settings) -> RestResults:
    """Start one simulator and measure every call, sync then async."""
    with (
        IGSimulator() as sim,
        IGClient(
            username=sim.username,
            password=sim.password,
            api_key=sim.api_key,
            base_url=sim.rest_url,
            rate_limit=_limiter(),
        ) as client,
    ):
        _open_positions(client)
        sync, skipped = _run_sync(sim, settings, client)
        with httpx.Client(base_url=sim.rest_url) as http:
            tokens = _raw_login(http, sim)
        async_ = asyncio.run(_run_async(sim, settings, tokens))
    return RestResults(sync=sync, async_=async_, trading_ig_skipped=skipped)
