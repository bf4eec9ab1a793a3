"""Import cost of ig-sdk next to its HTTP library and the other clients, each in a fresh interpreter."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from typing import Final

from bench._measure import rotated

__all__ = ["STATEMENTS", "measure"]

# Implementation -> the statement that makes its client importable.
STATEMENTS: Final = {
    "raw": "import httpx",
    "ig_sdk": "from ig_sdk import IGClient",
    "trading_ig": "import trading_ig.rest",
    "ig_trading_lib": "import ig_trading_lib",
}

_PROBE: Final = """
import time
start = time.perf_counter()
{statement}
print(time.perf_counter() - start)
"""


def _once(python: str, statement: str) -> float | None:
    result = subprocess.run(
        [python, "-P", "-c", _PROBE.format(statement=statement)],  # -P: the venv's ig_sdk, not the checkout's
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        return None
    return float(result.stdout.strip().splitlines()[-1])


def measure(pythons: Mapping[str, str], rounds: int = 5) -> dict[str, list[float]]:
    """Wall seconds of each implementation's import over ``rounds`` alternating rounds (failures left out)."""
    samples: dict[str, list[float]] = {}
    failed: set[str] = set()
    names = [name for name in STATEMENTS if name in pythons]
    for round_no in range(rounds):
        for impl in rotated(names, round_no):
            if impl in failed:
                continue
            seconds = _once(pythons[impl], STATEMENTS[impl])
            if seconds is None:
                if impl in ("raw", "ig_sdk"):
                    raise RuntimeError(f"{STATEMENTS[impl]!r} failed in a fresh interpreter")
                failed.add(impl)
                samples.pop(impl, None)
                continue
            samples.setdefault(impl, []).append(seconds)
    return samples
