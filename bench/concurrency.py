"""Async fan-out: waves of 50 concurrent ``markets.get`` through one client, raw httpx against ig-sdk.

Both use the same connection pool limits (the ones ig-sdk's ``AsyncIGClient`` uses by default), so the row
shows what the SDK's own work costs when many tasks share a client. The simulator serves from a process of
its own, as IG does. Each round times a few waves per implementation: wall time per wave, and the event loop
thread's CPU per call.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Final

import httpx

from bench._measure import rotated
from bench._sim_process import Served, simulator_process
from ig_sdk import AsyncIGClient
from ig_sdk._base_client import DEFAULT_LIMITS
from ig_sdk._rate_limit import RateLimiter

__all__ = ["TASKS", "Fanout", "run"]

TASKS: Final = 50
EPIC: Final = "CS.D.USCGC.TODAY.IP"
_WAVES_PER_ROUND: Final = 4


@dataclass(frozen=True)
class Fanout:
    """Per-round wall seconds per wave and thread CPU seconds per call, by implementation."""

    wall_per_wave: dict[str, list[float]] = field(default_factory=dict)
    cpu_per_call: dict[str, list[float]] = field(default_factory=dict)


async def _measure(sim: Served, rounds: int) -> Fanout:
    url = sim.rest_url
    async with (
        httpx.AsyncClient(base_url=url, limits=DEFAULT_LIMITS) as http,
        AsyncIGClient(
            username=sim.username,
            password=sim.password,
            api_key=sim.api_key,
            base_url=url,
            rate_limit=RateLimiter(enabled=False),
        ) as client,
    ):
        login = await http.post(
            "/session",
            json={"identifier": sim.username, "password": sim.password},
            headers={"X-IG-API-KEY": sim.api_key, "VERSION": "2"},
        )
        headers = {
            "X-IG-API-KEY": sim.api_key,
            "CST": login.headers["CST"],
            "X-SECURITY-TOKEN": login.headers["X-SECURITY-TOKEN"],
            "VERSION": "3",
            "Accept": "application/json; charset=UTF-8",
        }

        async def raw() -> object:
            return json.loads((await http.get(f"/markets/{EPIC}", headers=headers)).content)

        async def sdk() -> object:
            return await client.markets.get(epic=EPIC)

        calls: dict[str, Callable[[], Awaitable[object]]] = {"raw": raw, "ig_sdk": sdk}
        out = Fanout()
        for call in calls.values():  # warm-up: open the pools, build the models
            await asyncio.gather(*(call() for _ in range(TASKS)))
        for round_no in range(rounds):
            for name in rotated(list(calls), round_no):
                call = calls[name]
                wall, cpu = time.perf_counter(), time.thread_time()
                for _ in range(_WAVES_PER_ROUND):
                    await asyncio.gather(*(call() for _ in range(TASKS)))
                out.wall_per_wave.setdefault(name, []).append((time.perf_counter() - wall) / _WAVES_PER_ROUND)
                out.cpu_per_call.setdefault(name, []).append(
                    (time.thread_time() - cpu) / (_WAVES_PER_ROUND * TASKS)
                )
        return out


def run(*, rounds: int) -> Fanout:
    """Waves of :data:`TASKS` concurrent calls, ``rounds`` alternating rounds, against a simulator process."""
    with simulator_process() as sim:
        return asyncio.run(_measure(sim, rounds))
