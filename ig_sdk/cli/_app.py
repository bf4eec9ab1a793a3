"""The ``ig`` command's click application (imported only when click and rich are installed).

Exit codes: 0 success, 1 IG refused or failed the request, 2 bad usage, 3 configuration (credentials missing,
LIVE trading not allowed), 4 ``ig doctor`` found differences from the spec, 5 a deal was rejected,
130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal, TypeVar

import click
from rich.live import Live
from rich.logging import RichHandler
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

import ig_sdk
from ig_sdk import NOT_GIVEN, ClientOptions, IGClient
from ig_sdk.cli._render import Format, Output, cell
from ig_sdk.errors import APIError, DealRejectedError, IGError, LiveTradingNotAllowedError
from ig_sdk.lib import frames
from ig_sdk.lib.frames import Column
from ig_sdk.streaming import (
    DealConfirmed,
    PositionChanged,
    PositionUpdate,
    PriceUpdate,
    StreamGap,
    TradeConfirmation,
    WorkingOrderChanged,
    WorkingOrderUpdate,
)
from ig_sdk.types import PageProgress, PricesV3Response

__all__ = [
    "cli",
    "run",
    "EXIT_OK",
    "EXIT_IG",
    "EXIT_USAGE",
    "EXIT_CONFIG",
    "EXIT_DIFFERENCES",
    "EXIT_REJECTED",
]

EXIT_OK: Final = 0
EXIT_IG: Final = 1
EXIT_USAGE: Final = 2
EXIT_CONFIG: Final = 3
EXIT_DIFFERENCES: Final = 4
EXIT_REJECTED: Final = 5
EXIT_INTERRUPTED: Final = 130

RESOLUTIONS: Final = (
    "SECOND", "MINUTE", "MINUTE_2", "MINUTE_3", "MINUTE_5", "MINUTE_10", "MINUTE_15", "MINUTE_30",
    "HOUR", "HOUR_2", "HOUR_3", "HOUR_4", "DAY", "WEEK", "MONTH",
)  # fmt: skip

T = TypeVar("T")


class ConfigError(click.ClickException):
    """Something the user must set up before the command can run."""

    exit_code = EXIT_CONFIG


@dataclass
class Settings:
    """The group's options, shared by every command."""

    base_url: str | None
    account_type: Literal["DEMO", "LIVE"]
    account_id: str | None
    pacing: bool = True

    def client(self) -> IGClient:
        """A client from ``IG_SERVICE_*`` (and the options that override them)."""
        overrides: ClientOptions = {"account_type": self.account_type, "rate_limit": self.pacing}
        if self.base_url:
            overrides["base_url"] = self.base_url
        if self.account_id:
            overrides["account_id"] = self.account_id
        try:
            return IGClient.from_env(**overrides)
        except ValueError as error:
            raise ConfigError(
                f"{error}. Set IG_SERVICE_USERNAME, IG_SERVICE_PASSWORD and IG_SERVICE_API_KEY "
                "(and IG_SERVICE_BASE_URL for the simulator: see `ig simulator`)."
            ) from None


def _check_live_trading(client: IGClient) -> None:
    """Refuse before showing or sending anything, for the reason the client itself would refuse."""
    if client.is_live and not client.allow_live_trading:
        raise ConfigError(
            "refusing to deal on a LIVE account: set IG_SERVICE_ALLOW_LIVE_TRADING=1 to allow real deals"
        )


pass_settings = click.make_pass_decorator(Settings)


def _output_option(command: Callable[..., T]) -> Callable[..., T]:
    command = click.option("--csv", "fmt", flag_value="csv", help="Comma-separated values on stdout.")(
        command
    )
    command = click.option("--json", "fmt", flag_value="json", help="IG's answer as JSON on stdout.")(command)
    return click.option("--table", "fmt", flag_value="table", default=True, hidden=True)(command)


def _columns_rows(columns: Sequence[Column], items: Sequence[Any]) -> tuple[list[str], list[list[Any]]]:
    return [c.name for c in columns], list(frames.rows(items, columns))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "show_default": True})
@click.version_option(ig_sdk.__version__, "-V", "--version", prog_name="ig")
@click.option("--base-url", envvar="IG_SERVICE_BASE_URL", help="IG's REST URL (the simulator's, say).")
@click.option(
    "--account-type",
    envvar="IG_SERVICE_ACC_TYPE",
    type=click.Choice(["DEMO", "LIVE"], case_sensitive=False),
    default="DEMO",
    callback=lambda _ctx, _param, value: str(value).upper(),
    help="Which of IG's gateways (env IG_SERVICE_ACC_TYPE).",
)
@click.option(
    "--account",
    "account_id",
    envvar="IG_SERVICE_ACC_NUMBER",
    help="Account to use (env IG_SERVICE_ACC_NUMBER).",
)
@click.option("-v", "--verbose", count=True, help="-v: the SDK's INFO log (rate-limit pauses); -vv: DEBUG.")
@click.option(
    "--no-pacing", is_flag=True, help="Do not pace requests to IG's allowances (for the simulator only)."
)
@click.pass_context
def cli(
    ctx: click.Context,
    base_url: str | None,
    account_type: str,
    account_id: str | None,
    verbose: int,
    no_pacing: bool,
) -> None:
    """IG Markets from a terminal.

    Credentials come from IG_SERVICE_USERNAME, IG_SERVICE_PASSWORD and IG_SERVICE_API_KEY; IG_SERVICE_ACC_TYPE
    (DEMO or LIVE), IG_SERVICE_ACC_NUMBER and IG_SERVICE_BASE_URL are optional. Try it without an IG account:
    run `ig simulator` in one terminal and use the exports it prints in another.
    """
    if verbose:
        handler = RichHandler(show_path=False, console=Output().err)
        logging.basicConfig(
            level=logging.DEBUG if verbose > 1 else logging.INFO, handlers=[handler], format="%(message)s"
        )
    ctx.obj = Settings(base_url, "LIVE" if account_type == "LIVE" else "DEMO", account_id, not no_pacing)


# --- session and accounts -------------------------------------------------------------------------------


def _session_status(settings: Settings) -> None:
    with settings.client() as client:
        info = client.login()
        Output().record(
            "Session",
            [
                ("gateway", client.base_url),
                ("account type", settings.account_type),
                ("account", info.account_id),
                ("client", info.client_id),
                ("session version", info.session_version),
                (
                    "expires",
                    datetime.fromtimestamp(info.expires_at).isoformat(timespec="seconds")
                    if info.expires_at
                    else "when idle",
                ),
                ("streaming", info.lightstreamer_endpoint),
            ],
        )


@cli.command()
@pass_settings
def login(settings: Settings) -> None:
    """Log in and show the session (checks the credentials)."""
    _session_status(settings)


@cli.command()
@pass_settings
def session(settings: Settings) -> None:
    """Show the session status (logs in first)."""
    _session_status(settings)


ACCOUNT_COLUMNS: Final = (
    Column("account_id", ("account_id",), "string", "IG's account id"),
    Column("name", ("account_name",), "string", "account name"),
    Column("type", ("account_type",), "category", "CFD, PHYSICAL or SPREADBET"),
    Column("status", ("status",), "category", "ENABLED, DISABLED, SUSPENDED_FROM_DEALING"),
    Column("preferred", ("preferred",), "boolean", "the account logins choose"),
    Column("currency", ("currency",), "string", "account currency"),
    Column("balance", ("balance", "balance"), "float64", "balance"),
    Column("available", ("balance", "available"), "float64", "funds available"),
    Column("profit_loss", ("balance", "profit_loss"), "float64", "running profit and loss"),
)


@cli.command()
@_output_option
@pass_settings
def accounts(settings: Settings, fmt: Format) -> None:
    """List the accounts of the login."""
    with settings.client() as client:
        answer = client.accounts.list()
    headers, rows = _columns_rows(ACCOUNT_COLUMNS, answer.accounts or [])
    Output(fmt).rows("Accounts", headers, rows, raw=answer)


# --- markets and prices ---------------------------------------------------------------------------------


@cli.group()
def markets() -> None:
    """Find markets and show their details."""


@markets.command("search")
@click.argument("term")
@_output_option
@pass_settings
def markets_search(settings: Settings, term: str, fmt: Format) -> None:
    """Search markets by name or epic (e.g. `ig markets search gold`)."""
    with settings.client() as client:
        answer = client.markets.search(search_term=term)
    headers, rows = _columns_rows(frames.MARKET_COLUMNS, answer.markets or [])
    Output(fmt).rows(f'Markets matching "{term}"', headers, rows, raw=answer)


@markets.command("get")
@click.argument("epic")
@_output_option
@pass_settings
def markets_get(settings: Settings, epic: str, fmt: Format) -> None:
    """Show one market: instrument, dealing rules and current prices."""
    with settings.client() as client:
        market = client.markets.get(epic=epic)
    instrument, snapshot, rules = market.instrument, market.snapshot, market.dealing_rules
    currencies = [c.code for c in (instrument.currencies or [])] if instrument is not None else []
    min_size = rules.min_deal_size if rules is not None else None
    Output(fmt).record(
        epic,
        [
            ("name", instrument.name if instrument else None),
            ("epic", instrument.epic if instrument else epic),
            ("type", instrument.type if instrument else None),
            ("expiry", instrument.expiry if instrument else None),
            ("currencies", ", ".join(c for c in currencies if c)),
            ("status", snapshot.market_status if snapshot else None),
            ("bid", snapshot.bid if snapshot else None),
            ("offer", snapshot.offer if snapshot else None),
            ("high", snapshot.high if snapshot else None),
            ("low", snapshot.low if snapshot else None),
            ("min deal size", min_size.value if min_size else None),
            ("updated", snapshot.update_time if snapshot else None),
        ],
        raw=market,
    )


_TIME = click.DateTime(
    ["%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]
)


def _progress(output: Output) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[items]} bars"),
        TimeElapsedColumn(),
        console=output.err,
        transient=True,
    )


@cli.command()
@click.argument("epic")
@click.option("--resolution", "-r", type=click.Choice(RESOLUTIONS, case_sensitive=False), default="HOUR")
@click.option(
    "--max", "max_", type=click.IntRange(min=1), help="The latest N bars (default 100 without --from)."
)
@click.option("--from", "from_", type=_TIME, help="First bar time (UTC), e.g. 2026-11-02T08:00.")
@click.option("--to", type=_TIME, help="Last bar time (UTC).")
@click.option(
    "--page-size", type=click.IntRange(min=0), default=100, help="Bars per request (0: all at once)."
)
@_output_option
@pass_settings
def prices(
    settings: Settings,
    epic: str,
    resolution: str,
    max_: int | None,
    from_: datetime | None,
    to: datetime | None,
    page_size: int,
    fmt: Format,
) -> None:
    """Download historical prices (bid, ask, mid OHLC and volume), page by page with a progress bar."""
    args: dict[str, Any] = {"epic": epic, "resolution": resolution.upper(), "page_size": page_size}
    if from_ is not None:
        args["from_"] = from_.replace(tzinfo=UTC)
    if to is not None:
        args["to"] = to.replace(tzinfo=UTC)
    if max_ is not None or from_ is None:
        args["max"] = max_ or 100
    output = Output(fmt)
    with settings.client() as client, _progress(output) as progress:
        task = progress.add_task(f"{epic} {resolution.upper()}", total=None, items=0)

        def advance(step: PageProgress) -> None:
            progress.update(task, completed=step.pages, total=step.total_pages, items=step.total_items)

        pages = list(client.prices.get_pages(**args, on_page=advance))
    bars = list(_price_rows(pages))
    output.rows(
        f"{epic} {resolution.upper()} ({len(bars)} bars)",
        ["time", *frames.COLUMNS],
        [[start, *values] for start, values in bars],
        raw=[bar for page in pages for bar in page.prices or []] if fmt == "json" else None,
    )
    allowance = pages[-1].metadata.allowance if pages and pages[-1].metadata else None
    if allowance is not None and allowance.remaining_allowance is not None:
        output.note(f"historical allowance left: {allowance.remaining_allowance} points")


def _price_rows(pages: Sequence[PricesV3Response]) -> Iterator[tuple[datetime, list[float | None]]]:
    """(bar start in UTC, values in ``frames.COLUMNS`` order) of every bar: the frame's columns, no pandas."""
    for page in pages:
        for bar in page.prices or []:
            start = frames.bar_start(bar)
            if start is None:
                continue  # a bar without a time cannot be placed; IG always sends one
            quotes = (bar.open_price, bar.high_price, bar.low_price, bar.close_price)
            bids = [_number(frames.quote_side(q, "bid")) for q in quotes]
            asks = [_number(frames.quote_side(q, "ask")) for q in quotes]
            mids = [None if b is None or a is None else (b + a) / 2 for b, a in zip(bids, asks, strict=True)]
            yield start, [*bids, *asks, *mids, _number(bar.last_traded_volume)]


def _number(value: object) -> float | None:
    return None if value is None else float(str(value))


# --- positions, orders and deals ------------------------------------------------------------------------


@cli.command()
@_output_option
@pass_settings
def positions(settings: Settings, fmt: Format) -> None:
    """List open positions."""
    with settings.client() as client:
        answer = client.positions.list()
    headers, rows = _columns_rows(frames.POSITION_COLUMNS, answer.positions or [])
    Output(fmt).rows("Open positions", headers, rows, raw=answer)


@cli.command()
@_output_option
@pass_settings
def orders(settings: Settings, fmt: Format) -> None:
    """List working orders."""
    with settings.client() as client:
        answer = client.working_orders.list()
    headers, rows = _columns_rows(frames.WORKING_ORDER_COLUMNS, answer.working_orders or [])
    Output(fmt).rows("Working orders", headers, rows, raw=answer)


@cli.group()
def deal() -> None:
    """Open or close a position at market (asks first; LIVE needs IG_SERVICE_ALLOW_LIVE_TRADING=1)."""


def _confirm(output: Output, title: str, fields: Sequence[tuple[str, Any]], yes: bool) -> None:
    """Show what is about to be sent (on stderr, so stdout stays data) and ask, unless ``--yes``."""
    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column(style="bold")
    table.add_column()
    for name, value in fields:
        table.add_row(name, cell(value))
    output.err.print(table)
    if not yes and not click.confirm("Send this deal?", default=False, err=True):
        raise click.Abort()


def _show_confirmation(output: Output, client: IGClient, deal_reference: str) -> None:
    try:
        confirmation = client.deals.confirm(deal_reference)
    except DealRejectedError as rejected:
        raise click.ClickException(
            f"IG rejected the deal (reference {deal_reference}): {rejected.reason}"
        ) from _RejectedError()
    output.record(
        "Deal confirmation",
        [
            ("status", confirmation.deal_status),
            ("deal id", confirmation.deal_id),
            ("reference", confirmation.deal_reference),
            ("epic", confirmation.epic),
            ("direction", confirmation.direction),
            ("size", confirmation.size),
            ("level", confirmation.level),
            ("profit", confirmation.profit),
            ("reason", confirmation.reason),
        ],
        raw=confirmation,
    )


class _RejectedError(Exception):
    """Marks a ClickException as a rejected deal (exit code 5)."""


@deal.command("open")
@click.argument("epic")
@click.option("--direction", type=click.Choice(["BUY", "SELL"], case_sensitive=False), required=True)
@click.option("--size", type=click.FloatRange(min=0, min_open=True), required=True)
@click.option("--expiry", help="Defaults to the market's expiry (DFB, -, a month).")
@click.option("--currency", help="Defaults to the market's first currency.")
@click.option("--stop-distance", type=float, help="Stop distance in points.")
@click.option("--limit-distance", type=float, help="Limit distance in points.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@_output_option
@pass_settings
def deal_open(
    settings: Settings,
    epic: str,
    direction: str,
    size: float,
    expiry: str | None,
    currency: str | None,
    stop_distance: float | None,
    limit_distance: float | None,
    yes: bool,
    fmt: Format,
) -> None:
    """Open a position at market in EPIC."""
    output = Output(fmt)
    with settings.client() as client:
        _check_live_trading(client)
        market = client.markets.get(epic=epic)
        instrument, snapshot = market.instrument, market.snapshot
        expiry = expiry or (instrument.expiry if instrument else None) or "-"
        currencies = instrument.currencies if instrument is not None else None
        currency = currency or (currencies[0].code if currencies else None)
        if not currency:
            raise click.UsageError("the market names no currency: pass --currency")
        info = client.login()
        _confirm(
            output,
            "About to open a position",
            [
                ("account", f"{info.account_id} ({settings.account_type})"),
                ("market", f"{instrument.name if instrument else ''} {epic}"),
                ("direction", direction.upper()),
                ("size", size),
                ("expiry", expiry),
                ("currency", currency),
                (
                    "bid / offer",
                    f"{cell(snapshot.bid if snapshot else None)} / "
                    f"{cell(snapshot.offer if snapshot else None)}",
                ),
                ("stop distance", stop_distance),
                ("limit distance", limit_distance),
            ],
            yes,
        )
        sent = client.positions.create(
            epic=epic,
            expiry=expiry,
            direction="BUY" if direction.upper() == "BUY" else "SELL",
            size=size,
            order_type="MARKET",
            currency_code=currency,
            force_open=True,
            guaranteed_stop=False,
            stop_distance=NOT_GIVEN if stop_distance is None else stop_distance,
            limit_distance=NOT_GIVEN if limit_distance is None else limit_distance,
        )
        _show_confirmation(output, client, sent.deal_reference)


@deal.command("close")
@click.argument("deal_id")
@click.option(
    "--size", type=click.FloatRange(min=0, min_open=True), help="Part of the position (default: all)."
)
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@_output_option
@pass_settings
def deal_close(settings: Settings, deal_id: str, size: float | None, yes: bool, fmt: Format) -> None:
    """Close the open position DEAL_ID at market."""
    output = Output(fmt)
    with settings.client() as client:
        _check_live_trading(client)
        held = next(
            (
                p
                for p in client.positions.list().positions or []
                if p.position and p.position.deal_id == deal_id
            ),
            None,
        )
        if held is None or held.position is None:
            raise click.ClickException(f"no open position with deal id {deal_id}")
        position = held.position
        closing: Literal["BUY", "SELL"] = "SELL" if cell(position.direction) == "BUY" else "BUY"
        amount = size if size is not None else float(position.size or 0)
        _confirm(
            output,
            "About to close a position",
            [
                ("deal id", deal_id),
                (
                    "market",
                    " ".join(cell(v) for v in (held.market.instrument_name, held.market.epic))
                    if held.market
                    else "",
                ),
                ("position", f"{cell(position.direction)} {cell(position.size)} at {cell(position.level)}"),
                ("closing", f"{closing} {cell(amount)} at market"),
            ],
            yes,
        )
        sent = client.positions.close(deal_id=deal_id, direction=closing, size=amount, order_type="MARKET")
        _show_confirmation(output, client, sent.deal_reference)


# --- streaming ------------------------------------------------------------------------------------------


@cli.group()
def stream() -> None:
    """Live prices and trade events (Ctrl-C stops)."""


@contextmanager
def _live(render: Callable[[], Table]) -> Iterator[Live]:
    with Live(render(), console=Output().out, refresh_per_second=4, transient=False) as live:
        yield live


def _run_until(
    done: Callable[[], bool], duration: float | None, live: Live, render: Callable[[], Table]
) -> None:
    deadline = None if duration is None else time.monotonic() + duration
    while not done() and (deadline is None or time.monotonic() < deadline):
        time.sleep(0.1)
        live.update(render())
    live.update(render())


@stream.command("prices")
@click.argument("epics", nargs=-1, required=True)
@click.option("--duration", type=click.FloatRange(min=0), help="Stop after this many seconds.")
@click.option("--updates", type=click.IntRange(min=1), help="Stop after this many updates.")
@pass_settings
def stream_prices(
    settings: Settings, epics: tuple[str, ...], duration: float | None, updates: int | None
) -> None:
    """A live table of bid, offer and the day's range of each EPIC."""
    latest: dict[str, PriceUpdate] = {}
    count = [0]
    lock = threading.Lock()

    def render() -> Table:
        table = Table(title=f"Prices ({count[0]} updates)", title_justify="left")
        for header in ("epic", "time", "bid", "offer", "high", "low", "change %"):
            table.add_column(header)
        with lock:
            for epic in epics:
                u = latest.get(epic)
                values = (
                    (u.timestamp, u.bid_price_1, u.ask_price_1, u.high, u.low, u.net_change_pct) if u else ()
                )
                table.add_row(epic, *(cell(v) for v in values))
        return table

    def keep(epic: str) -> Callable[[PriceUpdate], None]:
        def on_update(update: PriceUpdate) -> None:
            with lock:
                latest[epic] = update
                count[0] += 1

        return on_update

    with settings.client() as client, _live(render) as live:
        for epic in epics:
            client.stream.prices(epic, on_update=keep(epic))
        _run_until(lambda: updates is not None and count[0] >= updates, duration, live, render)


@stream.command("trades")
@click.option("--duration", type=click.FloatRange(min=0), help="Stop after this many seconds.")
@click.option("--updates", type=click.IntRange(min=1), help="Stop after this many updates.")
@pass_settings
def stream_trades(settings: Settings, duration: float | None, updates: int | None) -> None:
    """A live table of deal confirmations and position and order changes of the account."""
    seen: list[TradeConfirmation | PositionUpdate | WorkingOrderUpdate | StreamGap] = []
    lock = threading.Lock()

    def render() -> Table:
        table = Table(title=f"Trade events ({len(seen)})", title_justify="left")
        for header in ("kind", "time", "deal id", "epic", "direction", "size", "level", "status"):
            table.add_column(header)
        with lock:
            for event in seen[-30:]:
                if isinstance(event, StreamGap):
                    healed = "healed over REST" if event.healed else "not healed"
                    table.add_row("GAP", cell(event.start), "", "", "", "", "", f"{event.reason} ({healed})")
                    continue
                if isinstance(event, TradeConfirmation):
                    kind, when, status = "confirmation", event.date, cell(event.deal_status)
                else:
                    kind = "position" if isinstance(event, PositionUpdate) else "working order"
                    when, status = event.timestamp, cell(event.status)
                values = (when, event.deal_id, event.epic, event.direction, event.size, event.level, status)
                table.add_row(kind, *(cell(v) for v in values))
        return table

    def on_update(event: DealConfirmed | PositionChanged | WorkingOrderChanged | StreamGap) -> None:
        with lock:
            if isinstance(event, DealConfirmed):
                seen.append(event.confirmation)
            elif isinstance(event, PositionChanged):
                seen.append(event.position)
            elif isinstance(event, WorkingOrderChanged):
                seen.append(event.working_order)
            else:
                seen.append(event)

    with settings.client() as client, _live(render) as live:
        subscription = client.stream.trades(on_update=on_update)
        subscription.wait_active(10)
        live.console.print("subscribed to TRADE events", style="dim")
        _run_until(lambda: updates is not None and len(seen) >= updates, duration, live, render)


# --- simulator, doctor, completion ----------------------------------------------------------------------


@cli.command()
@click.option("--host", default="127.0.0.1")
@click.option("--port", type=click.IntRange(min=0), default=8080, help="0 picks a free port.")
@click.option(
    "--start",
    default="next-open",
    help="Where the simulated calendar starts: an ISO time, 'trading' (a Tuesday morning), 'next-open' "
    "(now, or when markets reopen) or 'now'. Markets keep IG's hours.",
)
@click.option("--duration", type=click.FloatRange(min=0), hidden=True, help="Stop after this many seconds.")
def simulator(host: str, port: int, start: str, duration: float | None) -> None:
    """Run the bundled IG simulator (REST and Lightstreamer) until Ctrl-C; needs the testing extra."""
    try:
        from ig_sdk.testing import IGSimulator, RunningClock, SimulatorConfig
        from ig_sdk.testing.simulator import parse_start
    except ModuleNotFoundError as missing:
        raise ConfigError(str(missing)) from None
    try:
        begin = parse_start(start)
    except argparse.ArgumentTypeError as bad:
        raise click.BadParameter(str(bad), param_hint="--start") from None
    with IGSimulator(SimulatorConfig(host=host, port=port), clock=RunningClock(begin)) as sim:
        click.echo(sim.describe())
        click.echo("")
        click.echo("# in another terminal:")
        click.echo(f"export IG_SERVICE_BASE_URL={sim.rest_url}")
        click.echo(f"export IG_SERVICE_USERNAME={sim.username} IG_SERVICE_PASSWORD={sim.password}")
        click.echo(f"export IG_SERVICE_API_KEY={sim.api_key} IG_SERVICE_ACC_TYPE=DEMO")
        click.echo("ig accounts", nl=True)
        deadline = None if duration is None else time.monotonic() + duration
        while deadline is None or time.monotonic() < deadline:
            time.sleep(0.2)


@cli.command()
@click.option(
    "--save", type=click.Path(file_okay=False, path_type=Path), help="Save IG's answers (redacted) here."
)
@click.option("--epic", help="Market to use for the market and price checks (default: from a search).")
@click.option("--no-prices", is_flag=True, help="Skip the price checks (they spend historical allowance).")
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
@pass_settings
def doctor(settings: Settings, save: Path | None, epic: str | None, no_prices: bool, as_json: bool) -> None:
    """Call every read operation of the spec and report where IG's answers differ from it (read-only)."""
    from ig_sdk.cli._doctor import Doctor, render_report, report_json

    output = Output()
    spinner = Progress(SpinnerColumn(), TextColumn("{task.description}"), console=output.err, transient=True)
    with settings.client() as client, spinner:
        task = spinner.add_task("checking")
        checks = Doctor(client, epic=epic, prices=not no_prices, save=save).run(
            on_check=lambda name: spinner.update(task, description=f"checking {name}")
        )
    if as_json:
        click.echo(report_json(checks))
    else:
        render_report(output.out, checks)
    if save is not None:
        output.note(f"answers saved (redacted) in {save}")
    if any(check.differences for check in checks):
        raise SystemExit(EXIT_DIFFERENCES)


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script: eval "$(ig completion bash)"."""
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)
    assert completer is not None
    click.echo(completer(cli, {}, "ig", "_IG_COMPLETE").source())


# --- running --------------------------------------------------------------------------------------------


def run(argv: list[str]) -> int:
    """Run the application and return the exit code (errors are printed, never raised)."""
    try:
        cli.main(args=argv, prog_name="ig", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.Abort:
        click.echo("Aborted: nothing was sent.", err=True)
        return EXIT_IG
    except click.ClickException as error:
        error.show()
        return EXIT_REJECTED if isinstance(error.__cause__, _RejectedError) else error.exit_code
    except LiveTradingNotAllowedError as error:
        click.echo(f"ig: {error}", err=True)
        return EXIT_CONFIG
    except APIError as error:
        click.echo(f"ig: {type(error).__name__}: {error}", err=True)
        return EXIT_IG
    except IGError as error:
        click.echo(f"ig: {type(error).__name__}: {error}", err=True)
        return EXIT_IG
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        return EXIT_INTERRUPTED
    except SystemExit as leaving:
        return leaving.code if isinstance(leaving.code, int) else EXIT_IG
    return EXIT_OK
