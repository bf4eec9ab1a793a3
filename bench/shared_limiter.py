"""Eight processes on one account: IG's allowances through Redis against each process's own local limiter.

Two measurements, both with 8 worker processes (``bench/_shared_worker.py``) against one simulator:

- **overhead**: every process makes N non-trading calls with pacing out of the way (an allowance far above
  what is sent, none enforced): wall time per call without a limiter, with the local one and with the Redis
  one, and the time spent inside the limiter per call (its bookkeeping, no waiting).
- **throughput**: the simulator enforces a non-trading allowance of ``limit`` a minute and the processes send
  twice that, so the theoretical minimum is one window (60 s). Redis: elapsed time against that minimum (the
  share of the allowance used) and the refusals (should be 0). Local: each process believes the whole
  allowance is its own, so IG refuses what goes over.
"""

from __future__ import annotations

import json
import math
import selectors
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench._table import render
from ig_sdk import RateLimits
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._rate_limit import RateLimiter
from ig_sdk.shared import RedisRateLimiter
from ig_sdk.testing import IGSimulator, SimulatorConfig
from ig_sdk.testing.redis_server import RedisServer

ROOT = Path(__file__).resolve().parents[1]
PROCESSES = 8
WINDOW = 60.0
_READY = 90.0


@dataclass(frozen=True)
class Settings:
    calls: int = 100
    """Calls per process in the overhead measurement."""
    limit: int = 40
    """Non-trading allowance per minute in the throughput measurement."""
    throughput: bool = True


def _run(
    sim: IGSimulator, mode: str, redis_url: str, calls: int, limit: int, timeout: float
) -> list[dict[str, Any]]:
    command = [
        sys.executable,
        "-m",
        "bench._shared_worker",
        "--rest-url",
        sim.rest_url,
        "--mode",
        mode,
        "--redis-url",
        redis_url,
        "--calls",
        str(calls),
        "--limit",
        str(limit),
    ]
    workers = [
        subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(PROCESSES)
    ]
    try:
        for worker in workers:
            if _line(worker, _READY) != "ready":
                raise RuntimeError("a worker did not get ready")
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        return [json.loads(_line(worker, timeout)) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
            worker.wait(10)


def _line(worker: subprocess.Popen[str], timeout: float) -> str:
    assert worker.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(worker.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise RuntimeError(f"a worker said nothing within {timeout:.0f} s")
    return worker.stdout.readline().strip()


def _overhead(sim: IGSimulator, redis_url: str, settings: Settings) -> list[list[str]]:
    rows: list[list[str]] = []
    base = 0.0
    for mode in ("none", "local", "redis"):
        reports = _run(sim, mode, redis_url, settings.calls, 1_000_000, timeout=600)
        per_call = statistics.median((r["finished"] - r["started"]) / settings.calls for r in reports)
        inside = statistics.median(r["limiter_s"] / settings.calls for r in reports)
        total = PROCESSES * settings.calls
        wall = max(r["finished"] for r in reports) - min(r["started"] for r in reports)
        if mode == "none":
            base = per_call
        rows.append(
            [
                mode,
                f"{per_call * 1e3:.2f}",
                f"{(per_call - base) * 1e3:+.2f}",
                f"{inside * 1e6:,.0f}",
                f"{total / wall:,.0f}",
            ]
        )
    return rows


def _booking(redis_url: str, rounds: int = 5, per_round: int = 200) -> list[list[str]]:
    """One process booking slots back to back: the limiter alone, no HTTP (median and best of the rounds).

    Each round starts on empty windows (a new key and account) under an allowance of 100 a minute, so the
    windows hold what IG's would: up to the allowance, then bookings queued for later.
    """
    limits = RateLimits(non_trading=100, application=100)
    op = OPERATIONS["getAccountsV1"]
    results: dict[str, list[float]] = {"local": [], "redis": []}
    for index in range(rounds):
        for name in results:
            key = f"bench-key-{index}"
            limiter: RateLimiter | RedisRateLimiter = (
                RateLimiter(limits)
                if name == "local"
                else RedisRateLimiter(redis_url, api_key=key, account_id="BENCH", limits=limits)
            )
            limiter.snapshot()  # connects and loads the scripts before the clock starts
            started = time.perf_counter()
            for _ in range(per_round):
                limiter.reserve(op)
            results[name].append((time.perf_counter() - started) / per_round)
            if isinstance(limiter, RedisRateLimiter):
                limiter.close()
    return [
        [name, f"{statistics.median(r) * 1e6:,.0f}", f"{min(r) * 1e6:,.0f}"] for name, r in results.items()
    ]


def _throughput(sim: IGSimulator, redis_url: str, settings: Settings) -> list[list[str]]:
    limit = settings.limit
    per_process = math.ceil(2 * limit / PROCESSES)
    total = per_process * PROCESSES
    minimum = (math.ceil(total / limit) - 1) * WINDOW
    sim.set_allowances(enforce=True, account_overall=limit, application_overall=1_000_000)
    rows: list[list[str]] = []
    try:
        for mode in ("redis", "local"):
            time.sleep(WINDOW + 1)  # an empty window at the simulator for each run
            reports = _run(sim, mode, redis_url, per_process, limit, timeout=WINDOW * 4)
            elapsed = max(r["finished"] for r in reports) - min(r["started"] for r in reports)
            refused = sum(r["refused"] for r in reports)
            accepted = sum(r["sent"] for r in reports) - refused
            share = minimum / elapsed if refused == 0 and elapsed > 0 else accepted / total
            rows.append(
                [
                    mode,
                    f"{total}",
                    f"{accepted}",
                    f"{refused}",
                    f"{elapsed:.1f}",
                    f"{minimum:.0f}",
                    f"{share:.1%}",
                ]
            )
    finally:
        sim.set_allowances(enforce=False)
    return rows


def run(settings: Settings) -> str:
    """Both measurements, as printable tables."""
    with RedisServer() as server, IGSimulator(SimulatorConfig(tick_interval=3600.0)) as sim:
        lines = [
            f"Shared limiter, overhead: {PROCESSES} processes x {settings.calls} calls, no pacing needed",
            "(ms/call = median wall time per call of one process; in-limiter = booking + learning per call)",
            render(
                ["limiter", "ms/call", "vs none", "in-limiter us", "calls/s (all)"],
                _overhead(sim, server.url, settings),
            ),
        ]
        lines += [
            "",
            "Shared limiter, one booking (reserve) alone: 1 process, 200 in a row at 100 a minute (us)",
            render(["limiter", "median us", "best us"], _booking(server.url)),
        ]
        if settings.throughput:
            lines += [
                "",
                f"Shared limiter, throughput: {PROCESSES} processes, one account allowing {settings.limit} "
                "non-trading calls a minute, twice that sent",
                "(share = theoretical minimum time / elapsed when nothing is refused, else accepted / sent)",
                render(
                    ["limiter", "sent", "accepted", "refused by IG", "elapsed s", "minimum s", "share"],
                    _throughput(sim, server.url, settings),
                ),
            ]
        return "\n".join(lines)
