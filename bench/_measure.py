"""CPU-time measurement of repeated calls, interleaved between implementations to cancel machine drift.

Two clocks are read around each round: the calling thread's CPU time (``time.thread_time``), which is the
client's own cost because the in-process simulator serves on another thread, and the whole process's CPU time
(``time.process_time``), which adds the simulator's work and so dilutes every ratio towards 1.

Every round measures each implementation once, back to back, so a round's ratios compare neighbours in time:
the spread of those per-round ratios is what the tables report next to the median.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

__all__ = ["Cost", "measure_sync", "measure_async", "rotated"]


@dataclass(frozen=True)
class Cost:
    """Per-call cost of one implementation: one sample per round, in seconds."""

    thread_cpu: list[float] = field(default_factory=list)
    process_cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)

    def add(self, start: tuple[float, float, float], calls: int) -> None:
        self.thread_cpu.append((time.thread_time() - start[0]) / calls)
        self.process_cpu.append((time.process_time() - start[1]) / calls)
        self.wall.append((time.perf_counter() - start[2]) / calls)

    @property
    def median_thread_cpu(self) -> float:
        return statistics.median(self.thread_cpu)


def _now() -> tuple[float, float, float]:
    return time.thread_time(), time.process_time(), time.perf_counter()


def rotated(names: list[str], round_no: int) -> list[str]:
    """``names`` rotated by the round number: nobody always runs right after a warm (or cold) neighbour."""
    shift = round_no % len(names)
    return names[shift:] + names[:shift]


def measure_sync(
    calls: Mapping[str, Callable[[], object]], *, rounds: int, per_round: int, warmup: int
) -> dict[str, Cost]:
    """Per-call cost of each named callable, measured in alternating rounds."""
    names = list(calls)
    for name in names:
        for _ in range(warmup):
            calls[name]()
    samples = {name: Cost() for name in names}
    for round_no in range(rounds):
        for name in rotated(names, round_no):
            call = calls[name]
            start = _now()
            for _ in range(per_round):
                call()
            samples[name].add(start, per_round)
    return samples


async def measure_async(
    calls: Mapping[str, Callable[[], Awaitable[object]]], *, rounds: int, per_round: int, warmup: int
) -> dict[str, Cost]:
    """The coroutine twin of :func:`measure_sync`; calls are awaited one after another."""
    names = list(calls)
    for name in names:
        for _ in range(warmup):
            await calls[name]()
    samples = {name: Cost() for name in names}
    for round_no in range(rounds):
        for name in rotated(names, round_no):
            call = calls[name]
            start = _now()
            for _ in range(per_round):
                await call()
            samples[name].add(start, per_round)
    return samples
