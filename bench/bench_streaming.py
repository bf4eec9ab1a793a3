"""CPU per streamed update: the SDK's typed path against a bare lightstreamer-client-lib listener.

A child process runs the simulator's Lightstreamer server and publishes PRICE updates (a few changed fields
each, as IG sends them) at a fixed rate. This process measures its own CPU time (every thread: the library's
and ours) per update received: with a bare listener that only counts ("bare"), with a bare listener that also
takes the changed values ("read", the least any application does), and through ``Stream.prices`` with a
consumer thread reading typed updates ("typed"). Target: typed costs at most 10% more than bare. The machine's
other load makes single runs noisy: compare several runs.

    .venv/bin/python -m bench.bench_streaming [--rates 500 1000] [--seconds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import resource
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from bench._measure import rotated

EPIC = "CS.D.EURUSD.CFD.IP"
ACCOUNT = "BENCH"
PASSWORD = "CST-bench|XST-bench"
ITEM = f"PRICE:{ACCOUNT}:{EPIC}"


# ---- child process: server + publisher ----------------------------------------------------------------


class _Source:
    """Accepts everything and starts publishing when the PRICE item is subscribed."""

    def __init__(self, on_subscribed: Callable[[bool], None]) -> None:
        self._on_subscribed = on_subscribed

    def authenticate(self, user: str | None, password: str) -> str | None:
        return ACCOUNT

    def validate_item(self, adapter: str | None, item: str, mode: str, fields: Sequence[str]) -> str | None:
        return None

    def snapshot(self, adapter: str | None, item: str, fields: Sequence[str]) -> list[dict[str, str | None]]:
        return [{"BIDPRICE1": "1.1", "ASKPRICE1": "1.2", "CURRENCY0": "USD", "DLG_FLAG": "DEAL"}]

    def subscribed(self, adapter: str | None, item: str) -> None:
        if item == ITEM:
            self._on_subscribed(True)

    def unsubscribed(self, adapter: str | None, item: str) -> None:
        if item == ITEM:
            self._on_subscribed(False)


def _serve(rate: int, port_out: Any, stop: Any) -> None:
    from aiohttp import web

    from ig_sdk.testing._lightstreamer import register_lightstreamer

    async def main() -> None:
        active = asyncio.Event()
        source = _Source(lambda on: active.set() if on else active.clear())
        app = web.Application()
        server = register_lightstreamer(app, source)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port_out.put(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
        loop = asyncio.get_running_loop()
        n = 0
        batch = max(1, rate // 100)
        next_at = loop.time()
        while not stop.is_set():
            if not active.is_set():
                await asyncio.sleep(0.05)
                next_at = loop.time()
                continue
            for _ in range(batch):
                n += 1
                bid = 1.1 + (n % 100) / 10_000
                server.publish(
                    ITEM,
                    {
                        "BIDPRICE1": f"{bid:.5f}",
                        "ASKPRICE1": f"{bid + 0.0001:.5f}",
                        "BIDQUOTEID": f"B{n}",
                        "ASKQUOTEID": f"A{n}",
                        "TIMESTAMP": str(1_767_225_600_000 + n),
                    },
                )
            next_at += batch / rate
            await asyncio.sleep(max(0.0, next_at - loop.time()))
        await runner.cleanup()

    asyncio.run(main())


# ---- parent process: the two client paths ------------------------------------------------------------


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Result:
    updates: int
    cpu_s: float
    wall_s: float

    @property
    def us_per_update(self) -> float:
        return 1e6 * self.cpu_s / max(1, self.updates)


def _measure(count: Callable[[], int], seconds: float) -> Result:
    deadline = time.monotonic() + 10
    while count() < 200:  # warm up: session open, snapshot delivered, steady rate
        if time.monotonic() > deadline:
            raise RuntimeError("no updates arrived")
        time.sleep(0.01)
    n0, c0, t0 = count(), _cpu(), time.monotonic()
    time.sleep(seconds)
    return Result(count() - n0, _cpu() - c0, time.monotonic() - t0)


def bare(url: str, seconds: float, read: bool = False) -> Result:
    """lightstreamer-client-lib with a listener that only counts (with ``read``, also takes the values)."""
    from lightstreamer.client import LightstreamerClient, Subscription, SubscriptionListener

    from ig_sdk._generated.streaming import PRICE

    counter = [0]
    latest: dict[int, Any] = {}

    class Listener(SubscriptionListener):  # type: ignore[misc]
        def onItemUpdate(self, update: Any) -> None:  # noqa: N802 - the library's name
            if read:
                latest.update(update.getChangedFieldsByPosition())
            counter[0] += 1

    client: Any = LightstreamerClient(url, None)
    client.connectionDetails.setUser(ACCOUNT)
    client.connectionDetails.setPassword(PASSWORD)
    client.connectionOptions.setForcedTransport("WS-STREAMING")
    sub: Any = Subscription("MERGE", [ITEM], list(PRICE.fields))
    sub.setDataAdapter("Pricing")
    sub.setRequestedSnapshot("yes")
    sub.addListener(Listener())
    client.subscribe(sub)
    client.connect()
    try:
        return _measure(lambda: counter[0], seconds)
    finally:
        client.disconnect()


class _Creds:
    def __init__(self, url: str) -> None:
        self.account_id, self.password, self.endpoint = ACCOUNT, PASSWORD, url


class _BenchClient:
    def __init__(self, url: str) -> None:
        self.url = url

    def streaming_credentials(self) -> _Creds:
        return _Creds(self.url)

    def login(self) -> None:
        pass

    def on_session_change(self, callback: Any) -> Callable[[], None]:
        return lambda: None

    @property
    def rate_limits(self) -> None:
        return None  # no REST allowance behind this stream: subscriptions are not paced


def typed(url: str, seconds: float) -> Result:
    """``Stream.prices`` read by a consumer thread (typed PriceUpdate with Decimal and datetime values)."""
    from ig_sdk.streaming import Stream, StreamOptions, TransportOptions

    client: Any = _BenchClient(url)
    stream = Stream(
        client, StreamOptions(heartbeat=False, transport=TransportOptions(forced_transport="WS-STREAMING"))
    )
    sub = stream.prices(EPIC)
    counter = [0]

    def consume() -> None:
        for update in sub:
            if update.bid_price_1 is not None:
                counter[0] += 1

    thread = threading.Thread(target=consume, daemon=True)
    thread.start()
    try:
        # Raw updates handled: the ones read plus the ones merged into a later one while the reader was busy.
        return _measure(lambda: counter[0] + sub.conflated, seconds)
    finally:
        stream.close()
        thread.join(timeout=5)


@contextmanager
def _server(rate: int) -> Iterator[str]:
    """A child process publishing PRICE updates at ``rate`` per second; yields its URL."""
    context = multiprocessing.get_context("spawn")
    port_q: Any = context.Queue()
    stop = context.Event()
    child = context.Process(target=_serve, args=(rate, port_q, stop), daemon=True)
    child.start()
    try:
        yield f"http://127.0.0.1:{port_q.get(timeout=30)}"
    finally:
        stop.set()
        child.join(timeout=10)
        if child.is_alive():
            child.terminate()


def run(rate: int, seconds: float) -> tuple[Result, Result, Result]:
    with _server(rate) as url:
        base = bare(url, seconds)
        time.sleep(0.5)
        reading = bare(url, seconds, read=True)
        time.sleep(0.5)
        ours = typed(url, seconds)
        return base, reading, ours


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rates", type=int, nargs="+", default=[500, 1000])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    print(f"{'rate/s':>7} {'path':>6} {'updates':>8} {'CPU s':>7} {'us/update':>10}")
    for rate in args.rates:
        base, reading, ours = run(rate, args.seconds)
        for name, result in (("bare", base), ("read", reading), ("typed", ours)):
            print(
                f"{rate:>7} {name:>6} {result.updates:>8} {result.cpu_s:>7.2f} {result.us_per_update:>10.1f}"
            )
        for name, other in (("bare", base), ("read", reading)):
            ratio = ours.us_per_update / other.us_per_update
            print(f"{rate:>7} typed/{name} CPU per update = {ratio:.3f} ({100 * (ratio - 1):+.1f}%)")


def samples(rate: int, seconds: float, rounds: int) -> dict[str, list[float]]:
    """CPU seconds per update of the bare listener ("raw") and the typed path ("ig_sdk"), per round.

    One publisher serves every round; each round measures both paths back to back, the first of them
    alternating from round to round, so that a change in the machine's load falls on both alike.
    """
    paths = {"raw": bare, "ig_sdk": typed}
    out: dict[str, list[float]] = {"raw": [], "ig_sdk": []}
    with _server(rate) as url:
        for round_no in range(rounds):
            for name in rotated(list(paths), round_no):
                result = paths[name](url, seconds)
                out[name].append(result.cpu_s / max(1, result.updates))
                time.sleep(0.3)
    return out


if __name__ == "__main__":
    main()
