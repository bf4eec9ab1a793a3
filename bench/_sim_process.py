"""The simulator in a process of its own: every row measures a client that talks to a server elsewhere.

A simulator serving from a thread of the measuring process shares its interpreter lock, its garbage collector
and its CPU caches with the client under test. Producing a 1,000-bar answer costs the simulator far more than
parsing it costs the client, and that work (and the collections it triggers) then lands on whichever side
happens to run: per-round ratios of the same call spread from 0.6 to 3.3. Wall-time rows are hit twice, since
every bit of client CPU also delays the simulator. IG's servers are elsewhere; so is this simulator.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ig_sdk.testing import IGSimulator

__all__ = ["Served", "simulator_process"]


@dataclass(frozen=True)
class Served:
    """Where a simulator process answers, and the credentials it accepts."""

    rest_url: str
    username: str = IGSimulator.username
    password: str = IGSimulator.password
    api_key: str = IGSimulator.api_key


@contextmanager
def simulator_process(*args: str) -> Iterator[Served]:
    """Run ``python -m ig_sdk.testing.simulator`` with ``args``; yield where it serves; stop it on exit."""
    process = subprocess.Popen(
        [sys.executable, "-m", "ig_sdk.testing.simulator", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # "REST:          http://127.0.0.1:<port>/gateway/deal"
        if not first.startswith("REST:"):
            raise RuntimeError(f"the simulator did not start: {first!r}")
        yield Served(first.split(":", 1)[1].strip())
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
