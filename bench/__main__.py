"""``python -m bench``: ig-sdk against raw httpx + json and trading-ig, one row per performance target.

Every row is measured in this one run, on this machine, with the implementations alternating round by round,
so each ratio compares neighbours in time. The table gives each implementation's median, and each ratio as
the median over the rounds with the lowest and highest round in brackets.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from bench import (
    _venvs,
    bench_streaming,
    cold,
    concurrency,
    frames,
    imports,
    rest,
    shared_limiter,
    trading_ig_calls,
)
from bench._measure import Cost
from bench._report import Row, all_of, at_most, not_above, render_rows
from bench._sim_process import simulator_process
from ig_sdk import IGClient
from ig_sdk._rate_limit import RateLimiter

US: Final = 1e6
MS: Final = 1e3
STREAM_RATE: Final = 1_000
# ig-trading-lib's cold start measured where the issue was filed; used when its venv is not given.
IG_TRADING_LIB_COLD_MS: Final = 278.0


def _machine() -> str:
    return (
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs "
        f"(load average {os.getloadavg()[0]:.1f} at start); trading-ig {trading_ig_calls.version() or '-'}"
    )


def _cpu(costs: Mapping[str, Cost]) -> dict[str, list[float]]:
    return {impl: cost.thread_cpu for impl, cost in costs.items()}


_REST_LIMITS: Final = {rest.POSITIONS: 1.2, rest.PRICES: 1.2, rest.PRICES_LARGE: 1.5}


def rest_rows(results: rest.RestResults) -> list[Row]:
    """Sync calls against both baselines (targets), async calls against raw httpx."""
    rows = []
    for call, costs in results.sync.items():
        limit = _REST_LIMITS.get(call)
        tig = not_above("ig_sdk/raw", "trading_ig/raw")
        if call == rest.PRICES_LARGE_READ:  # for reference: what reading every bar adds to the call above
            rows.append(Row(call, "us CPU", _cpu(costs), scale=US))
        elif limit is None:
            rows.append(Row(call, "us CPU", _cpu(costs), "<= trading-ig's x raw", tig, US))
        else:
            target = f"<= {limit}x raw and trading-ig's"
            rows.append(Row(call, "us CPU", _cpu(costs), target, all_of(at_most(limit), tig), US))
    for call, costs in results.async_.items():
        rows.append(Row(f"{call}, async", "us CPU", _cpu(costs), scale=US))
    return rows


def frame_row(costs: Mapping[str, Cost]) -> Row:
    return Row(
        f"{frames.FRAME_BARS:,} candles -> DataFrame",
        "ms CPU",
        _cpu(costs),
        "<= 0.5x trading-ig, <= 1.3x raw floor",
        all_of(at_most(0.5, "ig_sdk/trading_ig"), at_most(1.3)),
        MS,
    )


def memory_row(result: Mapping[str, float]) -> Row:
    frame_mb = result["frame_mb"]

    # Holding every bar's models costs several kB per bar (GBs for a million); columns cost ~100 B per bar.
    def check(_: object) -> bool:
        return result["peak_above_base_mb"] <= 3 * frame_mb + 64

    return Row(
        f"{int(result['bars']):,} bars paged -> frame ({frame_mb:,.0f} MB)",
        "MB peak RSS+",
        {"ig_sdk": [result["peak_above_base_mb"]]},
        "<= 3x frame + 64 MB",
        check,
    )


def fanout_rows(result: concurrency.Fanout) -> list[Row]:
    work = f"{concurrency.TASKS} concurrent markets.get, async"
    return [
        Row(work, "ms wall/wave", result.wall_per_wave, "<= 1.0x raw (same pool)", at_most(1.0), MS),
        Row(work, "us CPU/call", result.cpu_per_call, scale=US),
    ]


def cold_rows(result: cold.ColdStarts) -> list[Row]:
    work = "cold start: import+login+3 calls"
    target = all_of(at_most(0.5, "ig_sdk/trading_ig"), at_most(1.0, "ig_sdk/ig_trading_lib"))
    return [
        Row(work, "ms wall", result.wall, "<= 0.5x trading-ig, <= ig-trading-lib", target, MS),
        Row(work, "ms CPU", result.cpu, scale=MS),
    ]


def import_row(samples: Mapping[str, list[float]]) -> Row:
    return Row("import the client (raw: httpx)", "ms wall", samples, scale=MS)


def streaming_row(samples: Mapping[str, list[float]]) -> Row:
    return Row(
        f"stream PRICE, {STREAM_RATE:,} updates/s (raw: bare listener)",
        "us CPU/update",
        samples,
        "<= 1.10x bare listener",
        at_most(1.10),
        US,
    )


def _guarded(part: str, notes: list[str], measure: Callable[[], list[Row]]) -> list[Row]:
    """The rows of one part; a part that fails becomes a note instead of losing every other row."""
    try:
        return measure()
    except Exception as exc:
        notes.append(f"{part}: not measured ({type(exc).__name__}: {exc})")
        return []


def main(argv: Sequence[str] | None = None) -> int:
    """Run every benchmark and print the table."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer and shorter rounds (noisier numbers)")
    parser.add_argument("--rounds", type=int, default=None, help="alternating rounds per row (default 5)")
    parser.add_argument(
        "--per-round", type=int, default=None, help="calls per round for REST rows (default 40)"
    )
    for part in ("rest", "frames", "memory", "fanout", "cold", "imports", "streaming", "shared"):
        parser.add_argument(f"--skip-{part}", action="store_true", help=f"leave out the {part} rows")
    parser.add_argument(
        "--shared-calls",
        type=int,
        default=None,
        help="calls per process, shared-limiter overhead (default 100)",
    )
    args = parser.parse_args(argv)

    rounds = args.rounds or (3 if args.quick else 5)
    settings = rest.Settings(
        rounds=rounds, per_round=args.per_round or (10 if args.quick else 40), warmup=3 if args.quick else 10
    )
    print(f"ig-sdk benchmarks: {_machine()}", flush=True)
    started = time.perf_counter()
    rows: list[Row] = []
    notes: list[str] = []
    pythons: dict[str, str] = {}
    if not (args.skip_cold and args.skip_imports):
        pythons, missing = _venvs.interpreters()
        notes += [f"{impl}: {why}" for impl, why in missing.items()]
    if not (args.skip_rest and args.skip_frames and args.skip_cold):
        with (
            simulator_process("--start", "trading") as sim,
            IGClient(
                username=sim.username,
                password=sim.password,
                api_key=sim.api_key,
                base_url=sim.rest_url,
                rate_limit=RateLimiter(enabled=False),
            ) as client,
        ):
            rest.open_positions(client)
            if not args.skip_rest:
                results = rest.run(sim, client, settings)
                rows += rest_rows(results)
                if results.trading_ig_skipped:
                    notes.append(f"trading-ig: {results.trading_ig_skipped}")
            if not args.skip_frames:
                rows.append(frame_row(frames.cpu(sim, client, rounds=rounds)))
            if not args.skip_cold:
                starts = cold.run(sim, pythons, rounds=rounds)
                rows += cold_rows(starts)
                notes += [f"cold start, {impl}: {why}" for impl, why in starts.skipped.items()]
    if not args.skip_fanout:
        rows += _guarded("fan-out", notes, lambda: fanout_rows(concurrency.run(rounds=rounds)))
    if not args.skip_memory:
        rows += _guarded("memory", notes, lambda: [memory_row(frames.memory(frames.MEMORY_BARS))])
    if not args.skip_imports:
        rows += _guarded("imports", notes, lambda: [import_row(imports.measure(pythons, rounds))])
    if not args.skip_streaming:
        seconds = 2.0 if args.quick else 4.0
        rows += _guarded(
            "streaming", notes, lambda: [streaming_row(bench_streaming.samples(STREAM_RATE, seconds, rounds))]
        )
    print()
    print(render_rows(rows))
    for note in notes:
        print(f"note: {note}")
    if not args.skip_shared:
        # Its own tables: the shared limiter is measured across 8 processes, not as a per-call ratio.
        calls = args.shared_calls or (20 if args.quick else 100)
        print()
        print(shared_limiter.run(shared_limiter.Settings(calls=calls, throughput=not args.quick)), flush=True)
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
