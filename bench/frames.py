"""Price bars to a pandas DataFrame: 10,000 candles per call (CPU), and 1,000,000 bars paged (peak memory).

CPU: each implementation downloads the same 10,000 hourly candles from the simulator in one page and turns
them into a DataFrame. The floor ("raw") is httpx + ``json.loads`` + ``pandas.DataFrame`` of the bar records,
the least any client does; ig-sdk is ``prices_frame(client.prices.get_pages(...))``; trading-ig is
``fetch_historical_prices_by_epic`` in its pandas mode.

Memory: a fresh interpreter pages through 1,000,000 one-minute bars (100 pages of 10,000, served by an httpx
mock transport, since the simulator caps one download at 10,000 bars) into one frame, and reports its peak
resident memory above what it held before the download, next to the frame's own size.

    .venv/bin/python -m bench.frames --memory 1000000     # the memory probe on its own
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import httpx

from bench import trading_ig_calls
from bench._measure import Cost, measure_sync
from bench._sim_process import Served
from ig_sdk import IGClient

__all__ = ["FRAME_BARS", "MEMORY_BARS", "cpu", "memory"]

FRAME_BARS: Final = 10_000
MEMORY_BARS: Final = 1_000_000
_PAGE: Final = 10_000
_EPIC: Final = "CS.D.EURUSD.TODAY.IP"


def cpu(sim: Served, client: IGClient, *, rounds: int) -> dict[str, Cost]:
    """Client-thread CPU of one 10,000-candle download turned into a DataFrame, per implementation."""
    import pandas as pd

    from ig_sdk.lib.frames import prices_frame

    http = httpx.Client(base_url=sim.rest_url, timeout=120)
    login = http.post(
        "/session",
        json={"identifier": sim.username, "password": sim.password},
        headers={"X-IG-API-KEY": sim.api_key, "VERSION": "2"},
    )
    headers = {
        "X-IG-API-KEY": sim.api_key,
        "CST": login.headers["CST"],
        "X-SECURITY-TOKEN": login.headers["X-SECURITY-TOKEN"],
        "VERSION": "3",
        "Accept": "application/json; charset=UTF-8",
    }
    query = {"resolution": "HOUR", "max": str(FRAME_BARS), "pageSize": "0"}

    def raw() -> object:
        payload = json.loads(http.get(f"/prices/{_EPIC}", headers=headers, params=query).content)
        return pd.DataFrame(payload["prices"])

    def sdk() -> object:
        return prices_frame(
            client.prices.get_pages(epic=_EPIC, resolution="HOUR", max=FRAME_BARS, page_size=0)
        )

    calls: dict[str, Callable[[], object]] = {"raw": raw, "ig_sdk": sdk}
    tig = trading_ig_calls.frame_call(sim, _EPIC, "1h", FRAME_BARS)
    if tig is not None:
        calls["trading_ig"] = tig
    try:
        return measure_sync(calls, rounds=rounds, per_round=1, warmup=1)
    finally:
        http.close()


# ---- memory: a fresh interpreter pages a million bars into one frame -------------------------------------


def _page(number: int, size: int, total: int) -> bytes:
    start = datetime(2020, 1, 1, tzinfo=UTC) + timedelta(minutes=(number - 1) * size)
    count = min(size, total - (number - 1) * size)
    bars = []
    for i in range(count):
        at = start + timedelta(minutes=i)
        level = 1.1 + (i % 97) / 10_000
        quote = {"bid": round(level, 5), "ask": round(level + 0.0002, 5), "lastTraded": None}
        bars.append(
            {
                "snapshotTime": at.strftime("%Y/%m/%d %H:%M:%S"),
                "snapshotTimeUTC": at.strftime("%Y-%m-%dT%H:%M:%S"),
                "openPrice": quote,
                "closePrice": quote,
                "highPrice": quote,
                "lowPrice": quote,
                "lastTradedVolume": i % 50,
            }
        )
    pages = -(-total // size)
    return json.dumps(
        {
            "prices": bars,
            "instrumentType": "CURRENCIES",
            "metadata": {
                "allowance": {"remainingAllowance": 10_000, "totalAllowance": 10_000, "allowanceExpiry": 600},
                "size": count,
                "pageData": {"pageSize": size, "pageNumber": number, "totalPages": pages},
            },
        }
    ).encode()


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def probe(bars: int) -> dict[str, float]:
    """Page ``bars`` bars into one frame in this process; peak and frame size in MiB."""
    import pandas as pd  # noqa: F401 - imported before the baseline, as a user's program would have it

    from ig_sdk.lib.frames import prices_frame

    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("pageNumber", "1"))
        return httpx.Response(200, content=_page(number, _PAGE, bars))

    http = httpx.Client(transport=httpx.MockTransport(answer), base_url="https://bench.invalid/gateway/deal")
    client = IGClient(api_key="bench", base_url="https://bench.invalid/gateway/deal", http_client=http)
    client.restore_session({"version": 2, "account_id": "BENCH", "cst": "c", "security_token": "s"})
    _page(1, _PAGE, bars)  # warm the generator's own allocations into the baseline
    base = _current_rss_mb()
    frame = prices_frame(client.prices.get_pages(epic=_EPIC, resolution="MINUTE", page_size=_PAGE))
    peak = _rss_mb()
    return {
        "bars": float(len(frame)),
        "base_mb": base,
        "peak_mb": peak,
        "peak_above_base_mb": peak - base,
        "frame_mb": frame.memory_usage(index=True, deep=True).sum() / 2**20,
    }


def memory(bars: int = MEMORY_BARS) -> dict[str, float]:
    """Run :func:`probe` in a fresh interpreter (its peak memory is then this download's alone)."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.frames", "--memory", str(bars)],
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
    )
    values: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return values


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.frames", description=__doc__)
    parser.add_argument("--memory", type=int, default=MEMORY_BARS, help="bars to page into one frame")
    args = parser.parse_args(argv)
    result: dict[str, Any] = probe(args.memory)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
