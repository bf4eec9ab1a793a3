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
from typing import TextIO

from ig_sdk import IGClient
from ig_sdk.types import AccountType, DealConfirmationV1Response, PricesV3Bar

GOLD_SEARCH = "gold"
CANDLES = 200
# EUR/USD is a daily funded bet on spread-bet accounts and an undated CFD elsewhere.
EURUSD = {AccountType.SPREADBET: ("CS.D.EURUSD.TODAY.IP", "DFB")}
EURUSD_CFD = ("CS.D.EURUSD.CFD.IP", "-")
CONFIRM_TIMEOUT = 20.0


class Report:
    """Numbered steps and aligned plain-text tables on a text stream."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._step = 0

    def step(self, title: str) -> None:
        """Start the next numbered step."""
        self._step += 1
        self._out.write(f"\n{self._step}. {title}\n")

    def line(self, text: str) -> None:
        """One indented line of the current step."""
        self._out.write(f"   {text}\n")

    def pairs(self, items: Sequence[tuple[str, object]]) -> None:
        """``label  value`` lines with the values aligned."""
        width = max(len(label) for label, _ in items)
        for label, value in items:
            self.line(f"{label:<{width}}  {value}")

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """A table with a header row; numbers are right-aligned, everything else left-aligned."""
        cells = [[_cell(v) for v in row] for row in rows]
        widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
        numeric = [bool(rows) and all(isinstance(r[i], int | float) for r in rows) for i in range(len(headers))]

        def fmt(values: Sequence[str]) -> str:
            parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
            return "  ".join(parts).rstrip()

        self.line(fmt(headers))
        for row in cells:
            self.line(fmt(row))


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.5g}" if abs(value) < 10 else f"{value:,.2f}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _mid(bid: float | None, ask: float | None) -> float | None:
    if bid is None or ask is None:
        return bid if ask is None else ask
    return round((bid + ask) / 2, 5)


def run(client: IGClient, report: Report) -> None:
    """The bot's steps, the same against the simulator and against IG."""
    report.step("Log in")
    session = client.login()
    accounts = client.accounts.list().accounts or []
    account = next((a for a in accounts if a.account_id == session.account_id), None)
    account_type = account.account_type if account is not None else None
    report.pairs([("account", f"{session.account_id} ({account_type or 'unknown type'})")])

    report.step(f'Search markets for "{GOLD_SEARCH}"')
    found = client.markets.search(search_term=GOLD_SEARCH).markets or []
    report.table(
        ["EPIC", "NAME", "EXPIRY", "STATUS", "BID", "OFFER"],
        [[m.epic, m.instrument_name, m.expiry, m.market_status, m.bid, m.offer] for m in found[:8]],
    )
    if not found or found[0].epic is None:
        raise SystemExit("no gold market found")
    gold_epic = found[0].epic

    report.step(f"Market details: {gold_epic}")
    details = client.markets.get(epic=gold_epic)
    instrument, rules, snapshot = details.instrument, details.dealing_rules, details.snapshot
    report.pairs(
        [
            ("name", instrument.name if instrument else "-"),
            ("type", instrument.type if instrument else "-"),
            ("status", snapshot.market_status if snapshot else "-"),
            ("bid / offer", f"{snapshot.bid} / {snapshot.offer}" if snapshot else "-"),
            ("day high / low", f"{snapshot.high} / {snapshot.low}" if snapshot else "-"),
            ("margin factor", f"{instrument.margin_factor} {instrument.margin_factor_unit}" if instrument else "-"),
            ("min deal size", rules.min_deal_size.value if rules and rules.min_deal_size else "-"),
        ]
    )

    report.step(f"Download {CANDLES} hourly candles of {gold_epic}")
    prices = client.prices.get(epic=gold_epic, resolution="HOUR", max=CANDLES, page_size=0)
    bars: list[PricesV3Bar] = prices.prices or []
    closes = [c for c in (_mid(b.close_price.bid, b.close_price.ask) for b in bars if b.close_price) if c]
    allowance = prices.metadata.allowance if prices.metadata else None
    report.pairs(
        [
            ("candles", len(bars)),
            ("from", _cell(bars[0].snapshot_time) if bars else "-"),
            ("to", _cell(bars[-1].snapshot_time) if bars else "-"),
            ("lowest / highest close", f"{min(closes)} / {max(closes)}" if closes else "-"),
            ("allowance left", allowance.remaining_allowance if allowance else "-"),
        ]
    )
    report.table(
        ["TIME", "OPEN", "HIGH", "LOW", "CLOSE"],
        [
            [
                b.snapshot_time,
                *(_mid(p.bid, p.ask) if p else None for p in (b.open_price, b.high_price, b.low_price)),
                _mid(b.close_price.bid, b.close_price.ask) if b.close_price else None,
            ]
            for b in bars[-5:]
        ],
    )

    epic, expiry = EURUSD.get(account_type, EURUSD_CFD) if account_type else EURUSD_CFD
    market = client.markets.get(epic=epic)
    currencies = (market.instrument.currencies if market.instrument else None) or []
    currency = next((c.code for c in currencies if c.is_default), currencies[0].code if currencies else "GBP")
    rule = market.dealing_rules.min_deal_size if market.dealing_rules else None
    size = rule.value if rule and rule.value else 1.0

    report.step(f"Open a position: BUY {size:g} {epic}")
    opened = client.positions.create(
        epic=epic,
        expiry=expiry,
        direction="BUY",
        size=size,
        order_type="MARKET",
        currency_code=currency or "GBP",
        force_open=True,
        guaranteed_stop=False,
    )
    report.pairs([("deal reference", opened.deal_reference)])
    confirmation: DealConfirmationV1Response = client.deals.confirm(
        opened.deal_reference, timeout=CONFIRM_TIMEOUT
    )
    _show_confirmation(report, confirmation)
    if confirmation.deal_id is None:
        raise SystemExit("IG confirmed the deal without a deal id")

    report.step("Close the position")
    closed = client.positions.close(
        deal_id=confirmation.deal_id, direction="SELL", size=size, order_type="MARKET"
    )
    closing: DealConfirmationV1Response = client.deals.confirm(closed.deal_reference, timeout=CONFIRM_TIMEOUT)
    _show_confirmation(report, closing)
    report.pairs([("profit", f"{closing.profit} {closing.profit_currency or ''}".strip())])

    report.step("Account activity (last 24 hours)")
    activity = client.history.activity(from_=datetime.now() - timedelta(days=1), page_size=20)
    records = activity.activities or []
    report.table(
        ["DATE", "TYPE", "STATUS", "EPIC", "DEAL ID", "DESCRIPTION"],
        [[r.date, r.type, r.status, r.epic, r.deal_id, r.description] for r in records[:10]],
    )


def _show_confirmation(report: Report, confirmation: DealConfirmationV1Response) -> None:
    report.pairs(
        [
            ("deal status", confirmation.deal_status),
            ("position", confirmation.status),
            ("deal id", confirmation.deal_id),
            ("level", confirmation.level),
            ("reason", confirmation.reason),
        ]
    )


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the demo; returns the process exit code."""
    parser = argparse.ArgumentParser(description="ig-sdk demo bot")
    parser.add_argument("--real", action="store_true", help="use IG's DEMO gateway and IG_SERVICE_* variables")
    args = parser.parse_args(argv)
    report = Report(out or sys.stdout)
    started = time.perf_counter()
    if args.real:
        with IGClient.from_env(account_type="DEMO") as client:
            report.line("ig-sdk demo bot against IG's DEMO gateway")
            run(client, report)
    else:
        # Imported here so that --real does not need the simulator's server dependency.
        from ig_sdk.testing import IGSimulator

        with IGSimulator() as sim:
            report.line(f"ig-sdk demo bot against the local IG simulator at {sim.rest_url}")
            with IGClient(
                username=sim.username, password=sim.password, api_key=sim.api_key, base_url=sim.rest_url
            ) as client:
                run(client, report)
    report.line("")
    report.line(f"Done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
