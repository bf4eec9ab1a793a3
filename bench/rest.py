"""REST per-call cost: raw httpx + ``json.loads`` against ig-sdk's typed clients (and trading-ig if present).

Every implementation makes the same requests to the same simulator: one market's details
(``GET /markets/{epic}`` v3), the open positions (``GET /positions`` v2, twenty of them open) and hourly
candles (``GET /prices/{epic}`` v3, 50 and 1,000 bars in one page). The raw baseline does only what any client
must: send the request with IG's headers and decode the JSON.
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
from bench._sim_process import Served
from ig_sdk import AsyncIGClient, IGClient
from ig_sdk._rate_limit import RateLimiter

__all__ = ["CALLS", "RestResults", "Settings", "run"]

EPIC: Final = "CS.D.USCGC.TODAY.IP"
SMALL_BARS: Final = 50
LARGE_BARS: Final = 1_000
# Positions opened before measuring (cycling over these markets), so that listing them returns real content.
POSITION_EPICS: Final = ("CS.D.EURUSD.TODAY.IP", "CS.D.GBPUSD.TODAY.IP", "CS.D.USCGC.TODAY.IP")
OPEN_POSITIONS: Final = 20

MARKETS: Final = "markets.get"
POSITIONS: Final = f"positions.list ({OPEN_POSITIONS})"
PRICES: Final = f"prices.get ({SMALL_BARS} bars)"
PRICES_LARGE: Final = f"prices.get ({LARGE_BARS:,} bars)"
# The same download with every bar then read (its close): ig-sdk builds a bar's model when it is first read.
PRICES_LARGE_READ: Final = f"prices.get ({LARGE_BARS:,} bars), every bar read"
CALLS: Final = (MARKETS, POSITIONS, PRICES, PRICES_LARGE, PRICES_LARGE_READ)
# The 1,000-bar answer costs the simulator ~20x more to produce: fewer calls per round keep the run short.
_PER_ROUND_DIVISOR: Final = {PRICES_LARGE: 5, PRICES_LARGE_READ: 5}


def _price_query(bars: int) -> dict[str, str]:
    return {"resolution": "HOUR", "max": str(bars), "pageSize": "0"}


# (path, VERSION, query) of each call, for the raw baseline.
_RAW: Final[Mapping[str, tuple[str, str, Mapping[str, str]]]] = {
    MARKETS: (f"/markets/{EPIC}", "3", {}),
    POSITIONS: ("/positions", "2", {}),
    PRICES: (f"/prices/{EPIC}", "3", _price_query(SMALL_BARS)),
    PRICES_LARGE: (f"/prices/{EPIC}", "3", _price_query(LARGE_BARS)),
    PRICES_LARGE_READ: (f"/prices/{EPIC}", "3", _price_query(LARGE_BARS)),
}


def _closes(answer: Any) -> list[Any]:
    """Every bar's closing bid, from IG's JSON as decoded (raw) or from a typed answer (ig-sdk)."""
    if isinstance(answer, dict):
        return [bar["closePrice"]["bid"] for bar in answer["prices"]]
    return [bar.close_price.bid for bar in answer.prices]


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


def _raw_headers(sim: Served, tokens: Mapping[str, str], version: str) -> dict[str, str]:
    return {
        "X-IG-API-KEY": sim.api_key,
        "CST": tokens["CST"],
        "X-SECURITY-TOKEN": tokens["X-SECURITY-TOKEN"],
        "VERSION": version,
        "Accept": "application/json; charset=UTF-8",
    }


def _raw_login(http: httpx.Client, sim: Served) -> dict[str, str]:
    response = http.post(
        "/session",
        json={"identifier": sim.username, "password": sim.password},
        headers={"X-IG-API-KEY": sim.api_key, "VERSION": "2", "Accept": "application/json; charset=UTF-8"},
    )
    response.raise_for_status()
    return {name: response.headers[name] for name in ("CST", "X-SECURITY-TOKEN")}


def _raw_sync_calls(http: httpx.Client, sim: Served) -> dict[str, Callable[[], object]]:
    tokens = _raw_login(http, sim)

    def make(path: str, version: str, query: Mapping[str, str]) -> Callable[[], object]:
        headers = _raw_headers(sim, tokens, version)
        return lambda: json.loads(http.get(path, headers=headers, params=query).content)

    calls = {name: make(*_RAW[name]) for name in CALLS}
    download = calls[PRICES_LARGE_READ]
    calls[PRICES_LARGE_READ] = lambda: _closes(download())
    return calls


def _raw_async_calls(
    http: httpx.AsyncClient, sim: Served, tokens: Mapping[str, str]
) -> dict[str, Callable[[], Awaitable[object]]]:
    def make(
        path: str, version: str, query: Mapping[str, str], read: bool
    ) -> Callable[[], Awaitable[object]]:
        headers = _raw_headers(sim, tokens, version)

        async def call() -> object:
            answer = json.loads((await http.get(path, headers=headers, params=query)).content)
            return _closes(answer) if read else answer

        return call

    return {name: make(*_RAW[name], name == PRICES_LARGE_READ) for name in CALLS}


def _sdk_sync_calls(client: IGClient) -> dict[str, Callable[[], object]]:
    return {
        MARKETS: lambda: client.markets.get(epic=EPIC),
        POSITIONS: lambda: client.positions.list(),
        PRICES: lambda: client.prices.get(epic=EPIC, resolution="HOUR", max=SMALL_BARS, page_size=0),
        PRICES_LARGE: lambda: client.prices.get(epic=EPIC, resolution="HOUR", max=LARGE_BARS, page_size=0),
        PRICES_LARGE_READ: lambda: _closes(
            client.prices.get(epic=EPIC, resolution="HOUR", max=LARGE_BARS, page_size=0)
        ),
    }


def _sdk_async_calls(client: AsyncIGClient) -> dict[str, Callable[[], Awaitable[object]]]:
    return {
        MARKETS: lambda: client.markets.get(epic=EPIC),
        POSITIONS: lambda: client.positions.list(),
        PRICES: lambda: client.prices.get(epic=EPIC, resolution="HOUR", max=SMALL_BARS, page_size=0),
        PRICES_LARGE: lambda: client.prices.get(epic=EPIC, resolution="HOUR", max=LARGE_BARS, page_size=0),
        PRICES_LARGE_READ: lambda: _read_async(client),
    }


async def _read_async(client: AsyncIGClient) -> list[Any]:
    return _closes(await client.prices.get(epic=EPIC, resolution="HOUR", max=LARGE_BARS, page_size=0))


def open_positions(client: IGClient) -> None:
    """Open :data:`OPEN_POSITIONS` small positions, so that listing positions returns real content."""
    for n in range(OPEN_POSITIONS):
        deal = client.positions.create(
            epic=POSITION_EPICS[n % len(POSITION_EPICS)],
            expiry="DFB",
            direction="BUY",
            size=1,
            order_type="MARKET",
            currency_code="GBP",
            force_open=True,
            guaranteed_stop=False,
        )
        client.deals.confirm(deal.deal_reference, timeout=10)


def _per_round(settings: Settings, call: str) -> int:
    return max(1, settings.per_round // _PER_ROUND_DIVISOR.get(call, 1))


def _run_sync(
    sim: Served, settings: Settings, client: IGClient
) -> tuple[dict[str, dict[str, Cost]], str | None]:
    impls: dict[str, Mapping[str, Callable[[], object]]] = {}
    with httpx.Client(base_url=sim.rest_url) as http:
        impls["raw"] = _raw_sync_calls(http, sim)
        impls["ig_sdk"] = _sdk_sync_calls(client)
        tig = trading_ig_calls.build(
            sim,
            EPIC,
            markets=MARKETS,
            positions=POSITIONS,
            prices={PRICES: SMALL_BARS, PRICES_LARGE: LARGE_BARS},
        )
        if isinstance(tig, str):
            skipped: str | None = tig
        else:
            impls["trading_ig"], skipped = tig, None
        results: dict[str, dict[str, Cost]] = {}
        for call in CALLS:
            results[call] = measure_sync(
                {impl: calls[call] for impl, calls in impls.items() if call in calls},
                rounds=settings.rounds,
                per_round=_per_round(settings, call),
                warmup=settings.warmup,
            )
        return results, skipped


async def _run_async(
    sim: Served, settings: Settings, tokens: Mapping[str, str]
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
                per_round=_per_round(settings, call),
                warmup=settings.warmup,
            )
        return results


def run(sim: Served, client: IGClient, settings: Settings) -> RestResults:
    """Measure every call, sync then async, against ``sim`` (positions already open)."""
    sync, skipped = _run_sync(sim, settings, client)
    with httpx.Client(base_url=sim.rest_url) as http:
        tokens = _raw_login(http, sim)
    async_ = asyncio.run(_run_async(sim, settings, tokens))
    return RestResults(sync=sync, async_=async_, trading_ig_skipped=skipped)
