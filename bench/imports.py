"""Import cost of ig-sdk, each statement timed in a fresh interpreter (so nothing is cached in memory)."""

from __future__ import annotations

import statistics
import subprocess
import sys
from dataclasses import dataclass
from typing import Final

__all__ = ["STATEMENTS", "ImportCost", "measure", "TARGET_MS"]

TARGET_MS: Final = 300.0

# The last two are for scale: what ig-sdk's own dependencies cost on their own.
STATEMENTS: Final = (
    "import ig_sdk",
    "from ig_sdk import IGClient",
    "from ig_sdk import AsyncIGClient",
    "import httpx",
    "import pydantic",
)
_OPTIONAL: Final = ("import trading_ig.rest",)

_PROBE: Final = """
import time
start = time.perf_counter()
{statement}
print(time.perf_counter() - start)
"""


@dataclass(frozen=True)
class ImportCost:
    """Wall-clock milliseconds of one import statement over several fresh interpreters."""

    statement: str
    best_ms: float
    median_ms: float


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
    return float(result.stdout.strip()) * 1000.0


def measure(repeats: int = 5) -> list[ImportCost]:
    """Time each statement ``repeats`` times; optional imports that fail are left out."""
    costs: list[ImportCost] = []
    for statement in (*STATEMENTS, *_OPTIONAL):
        samples = [ms for ms in (_once(statement) for _ in range(repeats)) if ms is not None]
        if not samples:
            if statement in STATEMENTS:
                raise RuntimeError(f"{statement!r} failed in a fresh interpreter")
            continue
        costs.append(ImportCost(statement, min(samples), statistics.median(samples)))
    return costs
