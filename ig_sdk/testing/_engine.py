"""The IG side of the simulator: all state, plus the ``StreamSource`` the Lightstreamer server talks to."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ig_sdk._generated.streaming import ACCOUNT

from ._accounts import API_KEY, CLIENT_ID, PASSWORD, USERNAME, SessionStore, default_accounts
from ._catalogue import CATALOGUE, Instrument
from ._clock import Clock, SystemClock
from ._dealing import Dealing
from ._faults import Allowances, Faults
from ._prices import PriceEngine, last_candle_starts
from ._stream_api import ItemValues, StreamSink

__all__ = ["EngineConfig", "IGEngine", "NullSink"]

# The field list comes from spec/streaming.yaml, the one place IG's ACCOUNT item is described.
_ACCOUNT_FIELDS = ACCOUNT.fields


class NullSink:
    """A sink that drops updates (used until a Lightstreamer server is mounted)."""

    def publish(self, item: str, values: ItemValues) -> None:
        """Discard the update."""

    def end_sessions_for(self, account_id: str | None = None) -> None:
        """Nothing to end."""


# Chart scales as IG names them on the stream, and the REST resolution whose candles they carry.
_CANDLE_RESOLUTION = {"SECOND": "SECOND", "1MINUTE": "MINUTE", "5MINUTE": "MINUTE_5", "HOUR": "HOUR"}
# The PRICE ladder: sizes available at tiers 1-5 (in lots), and how many spreads each tier sits out.
_TIER_LOTS = (1, 5, 25, 100, 250)
_TIER_STEPS = (0, 1, 2, 4, 8)
# Thresholds are also quoted in these currencies (CURRENCY1..; IG's CnBIDSIZEk fields), at fixed rates.
_LADDER_CURRENCIES = (("USD", 1.27), ("EUR", 1.17))


# PRICE's DLG_FLAG for each REST market status.
_DEALING_FLAG = {"TRADEABLE": "DEAL", "EDITS_ONLY": "EDIT", "CLOSED": "CLOSED"}


def _period(scale: str, now: float) -> float:
    return last_candle_starts(_CANDLE_RESOLUTION[scale], now, 1)[0]


def _ohlc(side: str, values: tuple[float, float, float, float]) -> dict[str, str | None]:
    return {
        f"{side}_{part}": str(v) for part, v in zip(("OPEN", "HIGH", "LOW", "CLOSE"), values, strict=True)
    }


def _ladder(instrument: Instrument, bid: float, offer: float) -> dict[str, str | None]:
    """Tiers 1-5 of the price ladder (tier 1 is the dealable top), sizes and foreign-currency thresholds."""
    values: dict[str, str | None] = {"CURRENCY0": instrument.currency}
    for n, (lots, steps) in enumerate(zip(_TIER_LOTS, _TIER_STEPS, strict=True), start=1):
        away = steps * instrument.spread
        size = lots * max(instrument.min_size, 1.0)
        values[f"BIDPRICE{n}"] = str(round(bid - away, instrument.decimals))
        values[f"ASKPRICE{n}"] = str(round(offer + away, instrument.decimals))
        values[f"BIDSIZE{n}"] = values[f"ASKSIZE{n}"] = f"{size:g}"
        for c, (currency, rate) in enumerate(_LADDER_CURRENCIES, start=1):
            values[f"CURRENCY{c}"] = currency
            values[f"C{c}BIDSIZE{n}"] = values[f"C{c}ASKSIZE{n}"] = f"{size * rate:g}"
    return values


@dataclass
class EngineConfig:
    """Knobs of the IG side."""

    seed: int = 42
    session_ttl: float = 6 * 3600.0
    oauth_ttl: float = 60.0
    serve_retired_market_items: bool = False
    opu_before_confirms: bool = True
    """Stream an opening deal's OPU just before its CONFIRMS, an order IG has been recorded sending."""


class IGEngine:
    """Accounts, sessions, prices, deals and watchlists of one simulated IG client."""

    def __init__(self, config: EngineConfig | None = None, clock: Clock | None = None) -> None:
        self.config = config or EngineConfig()
        self.clock: Clock = clock or SystemClock()
        self.username, self.password, self.api_key, self.client_id = USERNAME, PASSWORD, API_KEY, CLIENT_ID
        self.accounts = default_accounts()
        self.sessions = SessionStore(
            self.clock, self.config.seed, self.config.session_ttl, self.config.oauth_ttl
        )
        self.prices = PriceEngine(self.config.seed)
        self.dealing = Dealing(self.clock, self.prices, self.accounts, self.config.seed)
        self.faults = Faults()
        self.allowances = Allowances()
        self.api_key_status = "ENABLED"
        self.watchlists: dict[str, tuple[str, list[str], bool]] = {
            "Popular Markets": (
                "Popular Markets",
                ["CS.D.EURUSD.TODAY.IP", "IX.D.FTSE.DAILY.IP", "CS.D.USCGC.TODAY.IP"],
                False,
            ),
        }
        self._watchlist_counter = 0
        self.sink: StreamSink = NullSink()
        self.subscribed_items: set[str] = set()
        self._held: tuple[str, dict[str, Any]] | None = None  # an opening CONFIRMS waiting for its OPU
        self.dealing.listeners.append(self._publish_trade)

    # ------------------------------------------------------------------ streaming (StreamSource)

    def _publish_trade(self, account_id: str, field_name: str, payload: dict[str, Any]) -> None:
        held, self._held = self._held, None
        if held is not None:
            if field_name == "OPU" and held[0] == account_id and payload.get("dealId") == held[1]["dealId"]:
                self._send_trade(account_id, "OPU", payload)  # the OPU overtakes its CONFIRMS, as at IG
                self._send_trade(account_id, "CONFIRMS", held[1])
                return
            self._send_trade(held[0], "CONFIRMS", held[1])
        if (
            field_name == "CONFIRMS"
            and self.config.opu_before_confirms
            and payload.get("status") == "OPEN"
            and payload.get("dealStatus") == "ACCEPTED"
        ):
            self._held = (account_id, payload)  # released by the next TRADE emission of this deal
            return
        self._send_trade(account_id, field_name, payload)

    def _send_trade(self, account_id: str, field_name: str, payload: dict[str, Any]) -> None:
        self.sink.publish(f"TRADE:{account_id}", {field_name: json.dumps(payload)})

    def flush_trades(self) -> None:
        """Publish a held CONFIRMS now (its deal produced no OPU)."""
        held, self._held = self._held, None
        if held is not None:
            self._send_trade(held[0], "CONFIRMS", held[1])

    def authenticate(self, user: str | None, password: str) -> str | None:
        """Accept ``CST-<cst>|XST-<xst>`` of a live session; the user, if given, must be its account."""
        if not password.startswith("CST-") or "|XST-" not in password:
            return None
        cst, xst = password[4:].split("|XST-", 1)
        session = self.sessions.by_tokens(cst, xst)
        if session is None or (user not in (None, "") and user != session.account_id):
            return None
        return session.account_id

    def validate_item(self, adapter: str | None, item: str, mode: str, fields: Sequence[str]) -> str | None:
        """Refuse items IG would refuse (unknown epics, wrong modes, retired MARKET items)."""
        parts = item.split(":")
        kind = parts[0]
        if kind == "PRICE":
            if adapter != "Pricing" or len(parts) != 3 or parts[2] not in CATALOGUE or mode != "MERGE":
                return "PRICE items need the Pricing adapter, MERGE mode and a known epic"
        elif kind == "CHART":
            if len(parts) != 3 or parts[1] not in CATALOGUE:
                return "unknown epic"
            if parts[2] not in ("TICK", "SECOND", "1MINUTE", "5MINUTE", "HOUR"):
                return "unknown chart scale"
        elif kind == "ACCOUNT":
            if len(parts) != 2 or parts[1] not in self.accounts or mode != "MERGE":
                return "unknown account"
        elif item == "TRADE:HB.U.HEARTBEAT.IP":
            return None
        elif kind == "TRADE":
            if len(parts) != 2 or parts[1] not in self.accounts or mode != "DISTINCT":
                return "TRADE items need DISTINCT mode and an account id"
        elif kind in ("MARKET", "L1"):
            if not self.config.serve_retired_market_items:
                return "MARKET items are retired; subscribe to PRICE"
            if len(parts) != 2 or parts[1] not in CATALOGUE:
                return "unknown epic"
        else:
            return "unknown item"
        return None

    def snapshot(self, adapter: str | None, item: str, fields: Sequence[str]) -> Sequence[ItemValues]:
        """Current values of MERGE items; for TRADE, IG's replay of the account's last confirmation.

        IG sends the last CONFIRMS on every TRADE subscription that asks for a snapshot, however old, with
        OPU and WOU as empty strings (``stream/trade-confirms-13``).
        """
        parts = item.split(":")
        if parts[0] == "TRADE" and item != "TRADE:HB.U.HEARTBEAT.IP":
            self.flush_trades()
            last = next(
                (
                    record
                    for (account, _), record in reversed(self.dealing.confirms.items())
                    if account == parts[-1]
                ),
                None,
            )
            if last is None:
                return []
            replay: dict[str, str | None] = {"CONFIRMS": json.dumps(last), "OPU": "", "WOU": ""}
            return [{name: replay.get(name) for name in fields}]
        values = self.item_values(item)
        if values is None:
            return []
        return [{name: values.get(name) for name in fields}]

    def subscribed(self, adapter: str | None, item: str) -> None:
        """Start ticking the item."""
        self.subscribed_items.add(item)

    def unsubscribed(self, adapter: str | None, item: str) -> None:
        """Stop ticking the item."""
        self.subscribed_items.discard(item)

    def item_values(self, item: str) -> dict[str, str | None] | None:
        """Every field of a MERGE item now (None for items without state)."""
        parts = item.split(":")
        now = self.clock.now()
        if item == "TRADE:HB.U.HEARTBEAT.IP":
            return {"HEARTBEAT": str(int(now * 1000))}
        if parts[0] == "ACCOUNT" and len(parts) == 2 and parts[1] in self.accounts:
            b = self.dealing.balance(parts[1])
            equity = b["balance"] + b["profitLoss"]
            numbers = {
                "PNL": b["profitLoss"],
                "DEPOSIT": b["deposit"],
                "AVAILABLE_CASH": b["balance"],
                "PNL_LR": 0.0,
                "PNL_NLR": b["profitLoss"],
                "FUNDS": b["balance"],
                "MARGIN": b["deposit"],
                "MARGIN_LR": 0.0,
                "MARGIN_NLR": b["deposit"],
                "AVAILABLE_TO_DEAL": b["available"],
                "EQUITY": equity,
                "EQUITY_USED": round(100 * b["deposit"] / equity, 2) if equity else 0.0,
            }
            return {name: f"{numbers[name]:.2f}" for name in _ACCOUNT_FIELDS}
        if parts[0] in ("PRICE", "MARKET", "L1", "CHART"):
            epic = parts[2] if parts[0] == "PRICE" else parts[1]
            instrument = CATALOGUE.get(epic)
            if instrument is None:
                return None
            quote = self.prices.quote(instrument, now)
            opening, high, low, change = self.prices.day_stats(instrument, now)
            pct = f"{100 * change / opening:.2f}" if opening else "0"
            status = instrument.status(now)
            if parts[0] == "PRICE":
                ms = str(int(now * 1000))
                return {
                    **_ladder(instrument, quote.bid, quote.offer),
                    "MID_OPEN": str(opening),
                    "HIGH": str(high),
                    "LOW": str(low),
                    "NET_CHG": str(change),
                    "NET_CHG_PCT": pct,
                    "BIDQUOTEID": f"B{ms}",
                    "ASKQUOTEID": f"A{ms}",
                    "TIMESTAMP": ms,
                    "DELAY": "0",
                    "DLG_FLAG": _DEALING_FLAG[status],
                    "CURRENCY0": instrument.currency,
                }
            if parts[0] == "CHART" and parts[2] != "TICK":
                resolution = _CANDLE_RESOLUTION[parts[2]]
                candle = self.prices.candle(instrument, resolution, _period(parts[2], now), now)
                return {
                    **_ohlc("BID", candle.bid),
                    **_ohlc("OFR", candle.ask),
                    "LTP_OPEN": None,
                    "LTP_HIGH": None,
                    "LTP_LOW": None,
                    "LTP_CLOSE": None,
                    "LTV": None,
                    "TTV": str(candle.volume),
                    "UTM": str(int(candle.start * 1000)),
                    "CONS_END": "0",  # the current candle is always still forming when published
                    "CONS_TICK_COUNT": str(candle.volume),
                    "DAY_OPEN_MID": str(opening),
                    "DAY_NET_CHG_MID": str(change),
                    "DAY_PERC_CHG_MID": pct,
                    "DAY_HIGH": str(high),
                    "DAY_LOW": str(low),
                }
            if parts[0] == "CHART":
                return {
                    "BID": str(quote.bid),
                    "OFR": str(quote.offer),
                    "LTP": None,
                    "LTV": None,
                    "TTV": None,
                    "UTM": str(int(now * 1000)),
                    "DAY_OPEN_MID": str(opening),
                    "DAY_NET_CHG_MID": str(change),
                    "DAY_PERC_CHG_MID": pct,
                    "DAY_HIGH": str(high),
                    "DAY_LOW": str(low),
                }
            return {
                "BID": str(quote.bid),
                "OFFER": str(quote.offer),
                "MID_OPEN": str(opening),
                "HIGH": str(high),
                "LOW": str(low),
                "CHANGE": str(change),
                "CHANGE_PCT": pct,
                "UPDATE_TIME": None,
                "MARKET_DELAY": "0",
                "MARKET_STATE": status,
            }
        return None

    def tick(self) -> None:
        """Advance the world: fill orders, hit stops, and push fresh values of subscribed items."""
        self.flush_trades()
        self.dealing.on_price()
        for item in sorted(self.subscribed_items):
            if item.startswith("TRADE:") and item != "TRADE:HB.U.HEARTBEAT.IP":
                continue
            values = self.item_values(item)
            if values is not None:
                self.sink.publish(item, values)

    def expire_all_sessions(self) -> None:
        """Fault: every REST token stops working now and streaming sessions end, as when IG drops them."""
        for account_id in set(self.sessions.expire_all()):
            self.sink.end_sessions_for(account_id)
