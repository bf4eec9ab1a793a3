"""``IGSimulator``: a local IG gateway (REST under ``/gateway/deal`` plus Lightstreamer) on 127.0.0.1.

Use it as a context manager from synchronous code (it runs its own event loop in a background thread) or as an
async context manager inside a running loop. ``python -m ig_sdk.testing.simulator --port N`` serves it until
Ctrl-C (also installed as ``ig-simulator``; ``--help`` lists its flags) and prints the URLs and credentials.

What it models and where it differs from IG is listed in the README ("The local IG simulator" and "Where it
differs from IG"); the control API (faults, allowances, clock, streaming faults over HTTP) is described in
:mod:`ig_sdk.testing._control`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from aiohttp import web

from ._accounts import API_KEY, CFD_ACCOUNT_ID, PASSWORD, SPREADBET_ACCOUNT_ID, USERNAME
from ._clock import TRADING_TIME, Clock, RunningClock
from ._control import CONTROL_PREFIX, register_control
from ._engine import EngineConfig, IGEngine
from ._hours import trading_start
from ._lightstreamer import register_lightstreamer
from ._rest import PREFIX, handle

__all__ = ["main"]  # IGSimulator and SimulatorConfig are public through ig_sdk.testing


@dataclass
class SimulatorConfig:
    """How the simulator behaves; the defaults suit fast tests."""

    host: str = "127.0.0.1"
    port: int = 0
    seed: int = 42
    session_ttl: float = 6 * 3600.0
    oauth_ttl: float = 60.0
    tick_interval: float = 0.25
    enforce_allowances: bool = False
    serve_retired_market_items: bool = False
    start: datetime | None = None
    """Start the simulated calendar here (running at real speed); None: the machine's clock. Markets keep
    IG's hours, so a bot that must deal at any time of the week runs with ``start=TRADING_TIME``."""


class IGSimulator:
    """A running simulated IG: ``rest_url``, ``lightstreamer_url`` and the credentials it accepts."""

    username = USERNAME
    password = PASSWORD
    api_key = API_KEY
    spreadbet_account_id = SPREADBET_ACCOUNT_ID
    cfd_account_id = CFD_ACCOUNT_ID

    def __init__(self, config: SimulatorConfig | None = None, *, clock: Clock | None = None) -> None:
        self.config = config or SimulatorConfig()
        self.engine = IGEngine(
            EngineConfig(
                self.config.seed,
                self.config.session_ttl,
                self.config.oauth_ttl,
                self.config.serve_retired_market_items,
            ),
            clock or (RunningClock(self.config.start) if self.config.start is not None else None),
        )
        self.engine.allowances.enforce = self.config.enforce_allowances
        self._runner: web.AppRunner | None = None
        self._port = 0
        self._ticker: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ addresses

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://{self.config.host}:{self._port}"

    @property
    def rest_url(self) -> str:
        """The REST base URL (IG's ``/gateway/deal`` prefix included)."""
        return self.base_url + PREFIX

    @property
    def control_url(self) -> str:
        """The control API (faults, allowances, clock...; see :mod:`ig_sdk.testing._control`)."""
        return self.base_url + CONTROL_PREFIX

    @property
    def lightstreamer_url(self) -> str:
        """The Lightstreamer endpoint, as POST /session reports it."""
        return self.base_url

    # ------------------------------------------------------------------ faults

    def set_latency(self, seconds: float) -> None:
        """Delay every REST answer."""
        self.engine.faults.latency = seconds

    def fail_next(self, count: int, status: int = 500) -> None:
        """Answer the next ``count`` REST requests with ``status`` and ``system.error``."""
        self.engine.faults.fail_status = status
        self.engine.faults.fail_next = count

    def drop_next(self, count: int) -> None:
        """Close the connection of the next ``count`` REST requests without answering."""
        self.engine.faults.drop_next = count

    def reject_logins(self, reject: bool = True) -> None:
        """Refuse every login with ``error.security.invalid-details``."""
        self.engine.faults.reject_logins = reject

    def expire_all_tokens(self) -> None:
        """End every REST session now (and their streaming sessions)."""
        self._call(self.engine.expire_all_sessions)

    def set_allowances(
        self,
        *,
        enforce: bool = True,
        account_overall: int | None = None,
        account_trading: int | None = None,
        application_overall: int | None = None,
        historical_points: int | None = None,
    ) -> None:
        """Turn allowance enforcement on (or off) and shrink the allowances for tests."""
        allowances = self.engine.allowances
        allowances.enforce = enforce
        if account_overall is not None:
            allowances.account_overall = account_overall
        if account_trading is not None:
            allowances.account_trading = account_trading
        if application_overall is not None:
            allowances.application_overall = application_overall
        if historical_points is not None:
            allowances.historical_points = historical_points

    def tick(self) -> None:
        """Run one market tick now (fills, stops, stream updates) instead of waiting for the ticker."""
        self._call(self.engine.tick)

    def _call(self, action: Any) -> None:
        loop = self._loop
        if loop is not None and self._thread is not None and threading.current_thread() is not self._thread:
            future = asyncio.run_coroutine_threadsafe(self._run_sync(action), loop)
            future.result(timeout=10)
        else:
            action()

    @staticmethod
    async def _run_sync(action: Any) -> None:
        action()

    # ------------------------------------------------------------------ async lifecycle

    async def start(self) -> None:
        """Start serving on the running event loop."""
        app = web.Application()

        async def gateway(request: web.Request) -> web.StreamResponse:
            return await handle(request, self.engine, self.lightstreamer_url)

        self.engine.sink = register_lightstreamer(app, self.engine)
        register_control(app, self)
        app.router.add_route("*", PREFIX + "/{tail:.*}", gateway)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.config.host, self.config.port)
        await site.start()
        server = site._server
        assert server is not None
        sockets = getattr(server, "sockets", None) or []
        self._port = sockets[0].getsockname()[1] if sockets else self.config.port
        self._ticker = asyncio.get_running_loop().create_task(self._tick_forever())

    async def _tick_forever(self) -> None:
        while True:
            await asyncio.sleep(self.config.tick_interval)
            self.engine.tick()

    async def stop(self) -> None:
        """Stop serving."""
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
            self._ticker = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> IGSimulator:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # ------------------------------------------------------------------ sync lifecycle (background thread)

    def __enter__(self) -> IGSimulator:
        loop = asyncio.new_event_loop()
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self.start())
            except BaseException as exc:  # reported to the caller below
                failure.append(exc)
                started.set()
                return
            started.set()
            loop.run_forever()
            loop.run_until_complete(self.stop())
            loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name="ig-simulator", daemon=True)
        self._thread.start()
        if not started.wait(timeout=30):
            raise RuntimeError("the IG simulator did not start within 30 s")
        if failure:
            raise failure[0]
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._loop = self._thread = None

    def describe(self) -> str:
        """Human-readable connection details (the test credentials are not secrets)."""
        return (
            f"REST:          {self.rest_url}\nLightstreamer: {self.lightstreamer_url}\n"
            f"control API:   {self.control_url}\n"
            f"username:      {self.username}\npassword:      {self.password}\napi key:       {self.api_key}\n"
            f"accounts:      {self.spreadbet_account_id} (spread bet), {self.cfd_account_id} (CFD)"
        )


def parse_start(value: str) -> datetime | None:
    """Where the simulated calendar starts, from the command line's ``--start``.

    An ISO 8601 time (UTC when it has no offset), ``"trading"`` (a Tuesday morning), ``"next-open"`` (now, or
    when markets reopen) or ``"now"`` (``None``: the wall clock). Anything else raises
    ``argparse.ArgumentTypeError``.
    """
    if value == "now":
        return None
    if value == "trading":
        return TRADING_TIME
    if value == "next-open":
        return trading_start()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 time, 'now', 'trading' or 'next-open': {value}"
        ) from exc
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def parser() -> argparse.ArgumentParser:
    """The command line of ``ig-simulator`` / ``python -m ig_sdk.testing.simulator``."""
    p = argparse.ArgumentParser(
        prog="ig-simulator",
        description="Serve a local IG (REST, Lightstreamer and a control API) until interrupted.",
        epilog="Control API: GET <control URL> for the state; see ig_sdk.testing._control for every call.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port (default: any free one, printed at start)")
    p.add_argument("--seed", type=int, default=42, help="seed of prices and identifiers")
    p.add_argument(
        "--start",
        type=parse_start,
        default=None,
        metavar="TIME",
        help="where the simulated calendar starts: an ISO time, 'trading' (a Tuesday morning), 'next-open' "
        "(now, or when FX reopens) or 'now' (default); it then runs at real speed",
    )
    p.add_argument("--frozen", action="store_true", help="stop the clock (move it with the control API)")
    p.add_argument("--tick-interval", type=float, default=0.25, help="seconds between market ticks")
    p.add_argument("--session-ttl", type=float, default=6 * 3600.0, help="REST session lifetime, seconds")
    p.add_argument("--oauth-ttl", type=float, default=60.0, help="OAuth access-token lifetime, seconds")
    p.add_argument("--latency", type=float, default=0.0, help="delay every REST answer by this many seconds")
    p.add_argument("--enforce-allowances", action="store_true", help="refuse requests over IG's allowances")
    p.add_argument("--reject-logins", action="store_true", help="refuse every login")
    p.add_argument("--json", action="store_true", help="print the addresses as one JSON line")
    return p


def main(argv: list[str] | None = None) -> None:
    """Serve a simulator until interrupted."""
    args = parser().parse_args(argv)
    clock = RunningClock(args.start)
    if args.frozen:
        clock.freeze()
    config = SimulatorConfig(
        host=args.host,
        port=args.port,
        seed=args.seed,
        session_ttl=args.session_ttl,
        oauth_ttl=args.oauth_ttl,
        tick_interval=args.tick_interval,
        enforce_allowances=args.enforce_allowances,
    )
    simulator = IGSimulator(config, clock=clock)
    simulator.set_latency(args.latency)
    simulator.reject_logins(args.reject_logins)

    async def serve() -> None:
        async with simulator:
            if args.json:
                addresses = {
                    "rest_url": simulator.rest_url,
                    "lightstreamer_url": simulator.lightstreamer_url,
                    "control_url": simulator.control_url,
                }
                print(json.dumps(addresses), flush=True)
            else:
                print(simulator.describe(), flush=True)
            await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())


if __name__ == "__main__":
    main()
