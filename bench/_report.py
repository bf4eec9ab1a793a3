"""The one results table: every measured row, its ratios with their spread, and whether it meets its target.

A row holds paired samples: sample ``i`` of every implementation was taken in the same round, next to each
other in time, so the ratio of two implementations is computed round by round and reported as the median
with the lowest and highest round in brackets.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from bench._table import render

__all__ = ["IMPLS", "Check", "Row", "Ratios", "all_of", "at_most", "not_above", "render_rows"]

IMPLS: Final = ("raw", "ig_sdk", "trading_ig", "ig_trading_lib")
_TITLES: Final = {
    "raw": "raw",
    "ig_sdk": "ig-sdk",
    "trading_ig": "trading-ig",
    "ig_trading_lib": "ig-trading-lib",
}


@dataclass(frozen=True)
class Ratios:
    """Per-round ratios of one implementation to another: median, lowest and highest."""

    median: float
    low: float
    high: float

    @classmethod
    def of(cls, top: Sequence[float], bottom: Sequence[float]) -> Ratios | None:
        pairs = [t / b for t, b in zip(top, bottom, strict=False) if b > 0]
        if not pairs:
            return None
        return cls(statistics.median(pairs), min(pairs), max(pairs))

    def __str__(self) -> str:
        return f"{self.median:.2f} ({self.low:.2f}-{self.high:.2f})"


Check = Callable[[Mapping[str, Ratios]], bool]
"""Decides a row's target from its ratios, keyed ``"ig_sdk/raw"``, ``"ig_sdk/trading_ig"``, ..."""


@dataclass(frozen=True)
class Row:
    """One measured piece of work: per-round samples of each implementation that ran it."""

    work: str
    unit: str
    samples: Mapping[str, Sequence[float]]
    target: str = ""
    check: Check | None = None
    scale: float = 1.0
    """Multiplier from the samples' unit (seconds, bytes) to the unit shown."""
    notes: tuple[str, ...] = field(default=())

    def ratios(self) -> dict[str, Ratios]:
        out: dict[str, Ratios] = {}
        for top in IMPLS:
            for bottom in IMPLS:
                if top != bottom and top in self.samples and bottom in self.samples:
                    ratio = Ratios.of(self.samples[top], self.samples[bottom])
                    if ratio is not None:
                        out[f"{top}/{bottom}"] = ratio
        return out

    def verdict(self) -> str:
        if self.check is None:
            return ""
        try:
            return "met" if self.check(self.ratios()) else "NOT MET"
        except KeyError:  # a baseline the target needs did not run (trading-ig not installed, say)
            return "n/a"

    def value(self, impl: str) -> str:
        values = self.samples.get(impl)
        if not values:
            return "-"
        median = statistics.median(values) * self.scale
        return f"{median:,.0f}" if median >= 100 else f"{median:,.1f}"


def _ratio(ratios: Mapping[str, Ratios], key: str) -> str:
    ratio = ratios.get(key)
    return "-" if ratio is None else str(ratio)


def render_rows(rows: Sequence[Row]) -> str:
    """The table: medians per implementation, ratios with their per-round spread, target and verdict."""
    shown = [impl for impl in IMPLS if any(impl in row.samples for row in rows)]
    headers = ["work", "unit", *(_TITLES[i] for i in shown), "sdk/raw", "sdk/trading-ig", "target", "verdict"]
    extra = [i for i in shown if i not in ("raw", "ig_sdk")]
    headers[len(headers) - 2 : len(headers) - 2] = [f"{_TITLES[i]}/raw" for i in extra]
    lines = []
    for row in rows:
        ratios = row.ratios()
        cells = [row.work, row.unit, *(row.value(i) for i in shown)]
        cells += [_ratio(ratios, "ig_sdk/raw"), _ratio(ratios, "ig_sdk/trading_ig")]
        cells += [_ratio(ratios, f"{i}/raw") for i in extra]
        cells += [row.target, row.verdict()]
        lines.append(cells)
    # Columns: work and unit left-aligned; the target text is left-aligned by putting it last but one.
    return render(headers, lines, left=2)


def at_most(limit: float, key: str = "ig_sdk/raw") -> Check:
    """The median ratio ``key`` is at most ``limit``."""
    return lambda ratios: ratios[key].median <= limit


def not_above(key: str, other: str) -> Check:
    """The median ratio ``key`` is at most the median ratio ``other``."""
    return lambda ratios: ratios[key].median <= ratios[other].median


def all_of(*checks: Check) -> Check:
    """Every check passes."""
    return lambda ratios: all(check(ratios) for check in checks)
