"""A small IG trading bot that shows ig-sdk end to end.

With no arguments it starts the bundled IG simulator on 127.0.0.1, so it needs neither an IG account nor the
internet. With ``--real`` it runs the same steps against IG's DEMO gateway with the credentials in the
``IG_SERVICE_USERNAME``, ``IG_SERVICE_PASSWORD`` and ``IG_SERVICE_API_KEY`` environment variables (and
optionally ``IG_SERVICE_ACC_NUMBER``); it opens and closes one minimum-size EUR/USD position there.

    python examples/demo_bot.py            # against the local simulator
    python examples/demo_bot.py --real     # against IG's DEMO gateway
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TextIO

from ig_sdk import IGClient
from ig_sdk.streaming import PositionChanged, PositionUpdate, Stream, Subscription, TradeEvent
from ig_sdk.types import AccountType, CandlePrice, DealConfirmationV1Response, PricesV3Bar

GOLD_SEARCH = "gold"
CANDLES = 200
# EUR/USD is a daily funded bet on spread-bet accounts and an undated CFD elsewhere.
EURUSD_SPREADBET = ("CS.D.EURUSD.TODAY.IP", "DFB")
EURUSD_CFD = ("CS.D.EURUSD.CFD.IP", "-")
CONFIRM_TIMEOUT = 20.0
STREAM_SECONDS = 3.0
TRADE_UPDATE_TIMEOUT = 10.0


class Report:
    """Numbered steps and aligned plain-text tables on a text stream."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._step = 0

    def title(self, text: str) -> None:
        """An unindented line."""
        self._out.write(f"{text}\n")

    def step(self, title: str) -> None:
        """Start the next numbered step."""
        self._step += 1
        self._out.write(f"\n{self._step}. {title}\n")

    def line(self, text: str) -> None:
        """One indented line of the current step."""
        self._out.write(f"   {text}\n" if text else "\n")

    def pairs(self, items: Sequence[tuple[str, object]]) -> None:
        """``label  value`` lines with the values aligned."""
        width = max(len(label) for label, _ in items)
        for label, value in items:
            self.line(f"{label:<{width}}  {_cell(value)}")

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """A table with a header row; numbers are right-aligned, everything else left-aligned."""
        cells = [[_cell(v) for v in row] for row in rows]
        widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
        numeric = [
            any(isinstance(r[i], int | float | Decimal) for r in rows)
            and all(r[i] is None or isinstance(r[i], int | float | Decimal) for r in rows)
            for i in range(len(headers))
        ]

        def fmt(values: Sequence[str]) -> str:
            parts = [
                v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)
            ]
            return "  ".join(parts).rstrip()

        self.line(fmt(headers))
        for row in cells:
            self.line(fmt(row))


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.5g}" if abs(value) < 10 else f"{value:.2f}"
    if isinstance(value, Decimal):
        return f"{value:.5g}" if abs(value) < 10 else f"{value:.2f}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _mid(price: CandlePrice) -> Decimal:
    # Candles carry both sides (IG always sends them); the mid price is what a chart shows.
    return (price.bid + price.ask) / 2


def run(client: IGClient, report: Report) -> None:
    """The bot's steps, the same against the simulator and against IG."""
    account_type = log_in(client, report)
    gold_epic = search(client, report)
    show_market(client, report, gold_epic)
    download_candles(client, report, gold_epic)
    epic, expiry = EURUSD_SPREADBET if account_type == AccountType.SPREADBET else EURUSD_CFD
    # client.stream is one Lightstreamer connection for every subscription, as IG asks; closing the client
    # closes it too.
    stream_prices(client.stream, report, epic)
    trade(client, client.stream, report, epic, expiry)
    show_activity(client, report)


def log_in(client: IGClient, report: Report) -> AccountType | None:
    """Log in and return the active account's type (spread bet or CFD), which decides the epics to trade."""
    report.step("Log in")
    session = client.login()
    accounts = client.accounts.list().accounts
    account = next((a for a in accounts if a.account_id == session.account_id), None)
    account_type = account.account_type if account is not None else None
    report.pairs([("account", session.account_id), ("type", account_type)])
    return account_type


def search(client: IGClient, report: Report) -> str:
    """Search for gold markets and return the first one's epic."""
    report.step(f'Search markets for "{GOLD_SEARCH}"')
    found = client.markets.search(search_term=GOLD_SEARCH).markets
    report.table(
        ["EPIC", "NAME", "EXPIRY", "STATUS", "BID", "OFFER"],
        [[m.epic, m.instrument_name, m.expiry, m.market_status, m.bid, m.offer] for m in found[:8]],
    )
    if not found:
        raise SystemExit(f"no market found for {GOLD_SEARCH!r}")
    return found[0].epic


def show_market(client: IGClient, report: Report, epic: str) -> None:
    """Show a market's instrument facts, dealing rules and price snapshot."""
    report.step(f"Market details: {epic}")
    details = client.markets.get(epic=epic)
    instrument, rules, snapshot = details.instrument, details.dealing_rules, details.snapshot
    items: list[tuple[str, object]] = [
        ("name", instrument.name),
        ("type", instrument.type),
        ("margin factor", f"{instrument.margin_factor} {instrument.margin_factor_unit}"),
        ("status", snapshot.market_status),
        ("bid / offer", f"{_cell(snapshot.bid)} / {_cell(snapshot.offer)}"),
        ("day low / high", f"{_cell(snapshot.low)} / {_cell(snapshot.high)}"),
    ]
    if rules is not None and rules.min_deal_size is not None:
        items.append(("min deal size", rules.min_deal_size.value))
    report.pairs(items)


def download_candles(client: IGClient, report: Report, epic: str) -> None:
    """Download hourly candles in one page and summarise them."""
    report.step(f"Download {CANDLES} hourly candles of {epic}")
    prices = client.prices.get(epic=epic, resolution="HOUR", max=CANDLES, page_size=0)
    bars: Sequence[PricesV3Bar] = prices.prices
    rows = [
        [b.snapshot_time, *(_mid(p) for p in (b.open_price, b.high_price, b.low_price, b.close_price))]
        for b in bars
    ]
    closes = [c for *_, c in rows if isinstance(c, Decimal)]
    allowance = prices.metadata.allowance
    report.pairs(
        [
            ("candles", len(bars)),
            ("first / last", f"{_cell(rows[0][0])} / {_cell(rows[-1][0])}" if rows else "-"),
            ("lowest / highest close", f"{_cell(min(closes))} / {_cell(max(closes))}" if closes else "-"),
            ("allowance left", allowance.remaining_allowance),
        ]
    )
    report.line("")
    report.table(["TIME", "OPEN", "HIGH", "LOW", "CLOSE"], rows[-5:])


def stream_prices(stream: Stream, report: Report, epic: str) -> None:
    """Watch live prices of ``epic`` for a few seconds."""
    report.step(f"Stream {epic} prices for {STREAM_SECONDS:g} s")
    rows: list[list[object]] = []
    with stream.prices(epic) as prices:
        deadline = time.monotonic() + STREAM_SECONDS
        while (left := deadline - time.monotonic()) > 0:
            update = prices.get(timeout=left)
            if update is not None:
                when = update.timestamp.strftime("%H:%M:%S.%f")[:-3] if update.timestamp else "-"
                rows.append([when, update.bid_price_1, update.ask_price_1, update.dealing_flag])
    report.pairs([("updates", len(rows))])
    report.line("")
    report.table(["TIME (UTC)", "BID", "OFFER", "DEALING"], rows[-5:])


def trade(client: IGClient, stream: Stream, report: Report, epic: str, expiry: str) -> None:
    """Open a minimum-size position, confirm it, watch the TRADE stream, close it and confirm the close."""
    market = client.markets.get(epic=epic)
    currencies = market.instrument.currencies or []  # IG leaves the list out for some instruments
    currency = next((c.code for c in currencies if c.is_default), None)
    rule = market.dealing_rules.min_deal_size if market.dealing_rules else None
    size = rule.value if rule is not None and rule.value else 1.0

    report.step(f"Open a position: BUY {size:g} {epic}")
    # Subscribed before dealing so that the position update cannot be missed.
    trades = stream.trades()
    if not trades.wait_active(TRADE_UPDATE_TIMEOUT):
        report.line("the TRADE subscription was not confirmed in time; its update may be missed")
    # One call: sent once, IG's confirmation returned (DealRejectedError with IG's reason otherwise); a lost
    # answer is settled by the SDK, never resent.
    confirmation = client.trading.open(
        epic=epic, expiry=expiry, direction="BUY", size=size, currency_code=currency or "GBP"
    )
    reference = confirmation.deal_reference
    show_confirmation(report, reference, confirmation)
    deal_id = confirmation.deal_id  # IG always sends it, even on a rejection
    with trades:
        report.step("Position update on the TRADE stream")
        show_position_update(report, wait_position_update(trades, deal_id))

        report.step("Close the position")
        # The SDK works out the closing direction and size from the position.
        closing = client.trading.close(deal_id)
        show_confirmation(report, closing.deal_reference or "-", closing)


def wait_position_update(trades: Subscription[TradeEvent], deal_id: str) -> PositionUpdate | None:
    """The TRADE stream's news of the opening of ``deal_id``, or None after a while."""
    deadline = time.monotonic() + TRADE_UPDATE_TIMEOUT
    while (left := deadline - time.monotonic()) > 0:
        event = trades.get(timeout=left)
        if isinstance(event, PositionChanged):  # confirmations and other events are not what we wait for
            position = event.position
            if position.deal_id == deal_id and str(position.status) == "OPEN":
                return position
    return None


def show_position_update(report: Report, position: PositionUpdate | None) -> None:
    """The essentials of a position update (OPU) from the TRADE stream."""
    if position is None:
        report.line(f"no position update within {TRADE_UPDATE_TIMEOUT:g} s")
        return
    report.pairs(
        [
            ("stream update", f"position {position.status}"),
            ("deal id", position.deal_id),
            ("direction / size", f"{position.direction} {position.size}"),
            ("level", position.level),
        ]
    )


def show_confirmation(report: Report, reference: str, confirmation: DealConfirmationV1Response) -> None:
    """The essentials of IG's verdict on a deal."""
    items: list[tuple[str, object]] = [
        ("deal reference", reference),
        ("deal status", confirmation.deal_status),
        ("position", confirmation.status),
        ("deal id", confirmation.deal_id),
        ("level", confirmation.level),
    ]
    if confirmation.profit is not None:
        items.append(("profit", f"{confirmation.profit} {confirmation.profit_currency or ''}".rstrip()))
    report.pairs(items)


def show_activity(client: IGClient, report: Report) -> None:
    """The account's activity of the last day, newest first."""
    report.step("Account activity (last 24 hours)")
    activity = client.history.activity(from_=datetime.now() - timedelta(days=1), page_size=20)
    report.table(
        ["DATE", "TYPE", "STATUS", "EPIC", "DESCRIPTION"],
        [[r.date, r.type, r.status, r.epic, r.description] for r in activity.activities[:10]],
    )


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the demo; returns the process exit code."""
    parser = argparse.ArgumentParser(description="ig-sdk demo bot")
    parser.add_argument(
        "--real", action="store_true", help="use IG's DEMO gateway and IG_SERVICE_* variables"
    )
    args = parser.parse_args(argv)
    report = Report(out or sys.stdout)
    started = time.perf_counter()
    if args.real:
        with IGClient.from_env(account_type="DEMO") as client:
            report.title("ig-sdk demo bot against IG's DEMO gateway")
            run(client, report)
    else:
        # Imported here so that --real does not need the simulator's server dependency.
        from ig_sdk.testing import IGSimulator, SimulatorConfig, trading_start

        # The simulator keeps IG's trading hours (FX shuts for the weekend); starting its calendar when FX
        # next deals (now, on a weekday) lets the demo trade on any day of the week.
        with IGSimulator(SimulatorConfig(start=trading_start())) as sim:
            report.title(f"ig-sdk demo bot against the local IG simulator at {sim.rest_url}")
            with IGClient(
                username=sim.username, password=sim.password, api_key=sim.api_key, base_url=sim.rest_url
            ) as client:
                run(client, report)
    report.title(f"\nDone in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
