"""Import cost of ig-sdk next to its HTTP library and trading-ig, each timed in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from typing import Final

from bench._measure import rotated

__all__ = ["STATEMENTS", "measure"]

# Implementation -> the statement that makes its client importable.
STATEMENTS: Final = {
    "raw": "import httpx",
    "ig_sdk": "from ig_sdk import IGClient",
    "trading_ig": "import trading_ig.rest",
}

_PROBE: Final = """
import time
start = time.perf_counter()
{statement}
print(time.perf_counter() - start)
"""


def _once(statement: str) -> float | None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(statement=statement)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        return None
    return float(result.stdout.strip().splitlines()[-1])


def measure(rounds: int = 5) -> dict[str, list[float]]:
    """Wall seconds of each implementation's import over ``rounds`` alternating rounds (failures left out)."""
    samples: dict[str, list[float]] = {}
    failed: set[str] = set()
    for round_no in range(rounds):
        for impl in rotated(list(STATEMENTS), round_no):
            if impl in failed:
                continue
            seconds = _once(STATEMENTS[impl])
            if seconds is None:
                if impl in ("raw", "ig_sdk"):
                    raise RuntimeError(f"{STATEMENTS[impl]!r} failed in a fresh interpreter")
                failed.add(impl)
                samples.pop(impl, None)
                continue
            samples.setdefault(impl, []).append(seconds)
    return samples
