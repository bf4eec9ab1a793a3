"""Several bot processes on one account, against the simulator with IG's allowances enforced.

These are the claims of the shared limiter: processes that pace through one store together stay within the
account's allowance (the simulator refuses nothing) while using nearly all of it, and the historical points
are one budget for every process, kept across restarts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ig_sdk.testing import IGSimulator, SimulatorConfig

ROOT = Path(__file__).resolve().parents[2]
# Each bot must be ready (imported, logged in) within this, and finish within its own bound.
READY_TIMEOUT = 60.0
WINDOW = 60.0


@pytest.fixture
def live_sim() -> Iterator[IGSimulator]:
    """A simulator on real time (allowance windows are real minutes), allowances enforced."""
    with IGSimulator(SimulatorConfig(tick_interval=3600.0)) as sim:
        yield sim


def run_bots(
    count: int, sim: IGSimulator, redis_url: str | None, *args: str, timeout: float
) -> tuple[float, list[dict[str, Any]]]:
    """Start ``count`` bots, wait until all are logged in, release them at once; (start, their reports)."""
    command = [sys.executable, "-m", "tests.shared._bot", "--rest-url", sim.rest_url, *args]
    if redis_url is not None:
        command += ["--redis-url", redis_url]
    bots = [
        subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(count)
    ]
    try:
        for bot in bots:
            assert bot.stdout is not None
            line = _readline(bot, READY_TIMEOUT)
            assert line == "ready", line
        start = time.time()
        for bot in bots:
            assert bot.stdin is not None
            bot.stdin.write("go\n")
            bot.stdin.flush()
        reports = [json.loads(_readline(bot, timeout)) for bot in bots]
        for bot in bots:
            assert bot.wait(10) == 0
        return start, reports
    finally:
        for bot in bots:
            if bot.poll() is None:
                bot.kill()
                bot.wait(5)


def _readline(bot: subprocess.Popen[str], timeout: float) -> str:
    """One line of a bot's output, waiting at most ``timeout`` seconds (the bot is killed otherwise)."""
    import selectors

    assert bot.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(bot.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            bot.kill()
            raise AssertionError(f"bot said nothing within {timeout:.0f} s")
    return bot.stdout.readline().strip()


def test_four_processes_share_one_account_allowance(live_sim: IGSimulator, redis_url: str) -> None:
    # 10 non-trading requests a minute for the account; 4 bots x 5 calls = 20 requests, which cannot all go
    # within less than one window: the theoretical minimum is 60 s (ten at once, the next ten a minute later).
    live_sim.set_allowances(enforce=True, account_overall=10, application_overall=1000)
    start, reports = run_bots(4, live_sim, redis_url, "--calls", "5", "--limit", "10", timeout=WINDOW * 2)
    elapsed = max(r["finished"] for r in reports) - start
    print(f"4 processes x 5 calls at 10/min: {elapsed:.1f} s (minimum {WINDOW:.0f} s)")
    assert sum(r["refused"] for r in reports) == 0
    assert sum(r["errors"] for r in reports) == 0
    assert sum(r["sent"] for r in reports) == 20
    assert WINDOW <= elapsed <= 1.3 * WINDOW


def test_historical_points_are_one_budget_and_survive_restarts(live_sim: IGSimulator, redis_url: str) -> None:
    live_sim.set_allowances(enforce=True, historical_points=50)
    prices = ("--kind", "prices", "--points", "10", "--calls", "3")
    # Two bots at once want 60 points of 50: five calls go, the sixth is refused before it is sent.
    _, reports = run_bots(2, live_sim, redis_url, *prices, timeout=60)
    assert sum(r["refused"] for r in reports) == 0
    assert sum(r["errors"] for r in reports) == 1
    assert sum(r["sent"] for r in reports) == 5
    # A new process knows the budget is spent: it sends nothing the simulator would refuse.
    _, (report,) = run_bots(1, live_sim, redis_url, *prices, timeout=60)
    assert (report["sent"], report["refused"], report["errors"]) == (0, 0, 3)
