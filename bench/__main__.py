"""``python -m bench``: per-call CPU of ig-sdk against raw httpx (and trading-ig), and import time.

Everything runs in this one process against one in-process simulator on 127.0.0.1, so the ratios compare
implementations measured side by side, in alternating rounds, on the same machine at the same moment.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Sequence

from bench import imports, rest, trading_ig_calls
from bench._measure import Cost
from bench._table import render

_IMPLS = ("ig_sdk", "trading_ig")


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f}"


def _ratio(value: float, base: float) -> str:
    return f"{value / base:.2f}x" if base > 0 else "-"


def _rest_rows(mode: str, results: dict[str, dict[str, Cost]]) -> list[list[str]]:
    rows: list[list[str]] = []
    for call, costs in results.items():
        raw = costs["raw"]
        row = [call, mode, _us(raw.thread_cpu)]
        for impl in _IMPLS:
            cost = costs.get(impl)
            if cost is None:
                row += ["-", "-", "-"]
            else:
                row += [
                    _us(cost.thread_cpu),
                    _ratio(cost.thread_cpu, raw.thread_cpu),
                    _ratio(cost.process_cpu, raw.process_cpu),
                ]
        rows.append(row)
    return rows


def report_rest(results: rest.RestResults) -> str:
    """The REST table: client-thread CPU per call and its ratio to the raw baseline."""
    headers = [
        "call",
        "mode",
        "raw us",
        "ig_sdk us",
        "x raw",
        "x raw(proc)",
        "trading-ig us",
        "x raw",
        "x raw(proc)",
    ]
    rows = _rest_rows("sync", results.sync) + _rest_rows("async", results.async_)
    lines = [
        "REST CPU per call (us = microseconds of the calling thread's CPU; 'x raw' = ratio to raw httpx +",
        "json.loads; 'x raw(proc)' = same ratio on whole-process CPU, which includes the simulator's work)",
        render(headers, rows, left=2),
    ]
    if results.trading_ig_skipped:
        lines.append(f"trading-ig: {results.trading_ig_skipped}")
    return "\n".join(lines)


def report_imports(costs: Sequence[imports.ImportCost]) -> str:
    """The import-time table."""
    rows = [[c.statement, f"{c.best_ms:.0f}", f"{c.median_ms:.0f}", _target(c)] for c in costs]
    return "\n".join(
        [
            f"Import time in a fresh interpreter (ms; target for ig_sdk: under {imports.TARGET_MS:.0f} ms)",
            render(["statement", "best", "median", "target"], rows),
        ]
    )


def _target(cost: imports.ImportCost) -> str:
    if "ig_sdk" not in cost.statement:
        return ""
    return "ok" if cost.median_ms < imports.TARGET_MS else "OVER"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks and print the tables."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke run, noisier numbers)")
    parser.add_argument("--rounds", type=int, default=None, help="alternating rounds per call (default 5)")
    parser.add_argument("--per-round", type=int, default=None, help="calls per round (default 40)")
    parser.add_argument("--skip-rest", action="store_true", help="only measure import time")
    parser.add_argument("--skip-imports", action="store_true", help="only measure REST calls")
    args = parser.parse_args(argv)

    defaults = rest.Settings(rounds=3, per_round=10, warmup=3) if args.quick else rest.Settings()
    settings = rest.Settings(
        rounds=args.rounds or defaults.rounds,
        per_round=args.per_round or defaults.per_round,
        warmup=defaults.warmup,
    )
    tig = trading_ig_calls.version()
    print(
        f"ig-sdk benchmarks: Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs; trading-ig {tig or 'not installed'}"
    )
    started = time.perf_counter()
    if not args.skip_rest:
        print()
        print(report_rest(rest.run(settings)))
    if not args.skip_imports:
        print()
        print(report_imports(imports.measure(repeats=3 if args.quick else 5)))
    print(f"\ntotal {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
