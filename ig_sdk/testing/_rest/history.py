"""Activity and transaction history in each version's shape, with v2 paging and v3 filters."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from .._catalogue import CATALOGUE
from .._dealing import Event, Transaction
from .._errors import ApiError
from ._dispatch import Ctx, route
from ._format import currency_symbol, int_param, local_ts, parse_local_time, parse_time, ts


def _dash(value: Any) -> str:
    """IG's v1 spelling of an optional number: the number as text, or ``-`` for none."""
    return "-" if value is None else str(value)


def _activity_v1(e: Event, v2: bool) -> dict[str, Any]:
    d = e.details
    size = d.get("size")
    sign = "+" if d.get("direction") == "BUY" else "-"
    accepted = e.status == "ACCEPTED"
    return {
        "epic": e.epic,
        "dealId": e.deal_id,
        "activityHistoryId": str(int(e.when * 1000)),  # numeric, as IG's are
        # v1 writes the local date and time apart (dd/MM/yy and HH:mm); v2 one local ISO stamp.
        "date": local_ts(e.when, "%Y-%m-%dT%H:%M:%S") if v2 else local_ts(e.when, "%d/%m/%y"),
        "time": local_ts(e.when, "%H:%M"),
        "activity": "Order",  # the only high-level activity IG's reference and recordings show
        "marketName": d.get("marketName"),
        "period": CATALOGUE[e.epic].expiry if e.epic in CATALOGUE else "-",
        "result": e.description,
        "channel": _V1_CHANNEL,
        # A symbol, not an ISO code; IG sends its internal "#." on rejected deals.
        "currency": currency_symbol(d.get("currency")) if accepted else "#.",
        "size": "-" if size is None else f"{sign}{size:g}",
        "level": _dash(d.get("level")),
        "stop": _dash(d.get("stopLevel")),
        "stopType": "-",
        "limit": _dash(d.get("limitLevel")),
        "actionStatus": "ACCEPT" if accepted else "REJECT",
    }


# v1 and v2 spell channels in title case (recordings show "Mobile", "System"); the API channel's v1 spelling
# is not in any recording, so this is a guess listed among the simulator's differences.
_V1_CHANNEL = "Public Web API"


def _events(ctx: Ctx, begin: float, end: float) -> list[Event]:
    found = [e for e in ctx.engine.dealing.events if e.account_id == ctx.account_id and begin <= e.when < end]
    return sorted(found, key=lambda e: e.when, reverse=True)


@route("GET", "/history/activity/{lastPeriod}", 1, "getActivityHistoryV1")
def activity_v1_period(ctx: Ctx) -> Any:
    period_ms = int_param(ctx.path, "lastPeriod", 0)
    return {
        "activities": [_activity_v1(e, False) for e in _events(ctx, ctx.now - period_ms / 1000, math.inf)]
    }


@route("GET", "/history/activity/{fromDate}/{toDate}", 1, "getActivityHistoryByTimeRangeV1")
def activity_v1_range(ctx: Ctx) -> Any:
    begin = parse_local_time(ctx.path["fromDate"], "%d-%m-%Y")
    end = parse_local_time(ctx.path["toDate"], "%d-%m-%Y") + 86_400
    return {"activities": [_activity_v1(e, False) for e in _events(ctx, begin, end)]}


def _window(ctx: Ctx, fmt: tuple[str, ...]) -> tuple[float, float]:
    end = parse_time(ctx.query["to"], *fmt) if "to" in ctx.query else math.inf
    if "from" in ctx.query:
        begin = parse_time(ctx.query["from"], *fmt)
    else:
        span = int_param(ctx.query, "maxSpanSeconds", 600)
        begin = (ctx.now if end == math.inf else end) - span
    return begin, end


_ISO = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%d")


def _page(items: list[Any], ctx: Ctx, default_size: int = 50) -> tuple[list[Any], dict[str, Any]]:
    size, number = (
        int_param(ctx.query, "pageSize", default_size),
        max(1, int_param(ctx.query, "pageNumber", 1)),
    )
    total = max(1, math.ceil(len(items) / size)) if size else 1
    chosen = items[(number - 1) * size : number * size] if size else items
    return chosen, {
        "size": len(chosen),
        "pageData": {"pageSize": size, "pageNumber": number, "totalPages": total},
    }


@route("GET", "/history/activity", 2, "getActivityHistoryV2")
def activity_v2(ctx: Ctx) -> Any:
    items, metadata = _page([_activity_v1(e, True) for e in _events(ctx, *_window(ctx, _ISO))], ctx)
    return {"activities": items, "metadata": metadata}


def _fiql(expression: str) -> Callable[[dict[str, Any]], bool]:
    alternatives = [
        [clause.split("==", 1) for clause in part.split(";") if "==" in clause]
        for part in expression.split(",")
    ]
    return lambda record: any(all(str(record.get(k)) == v for k, v in clauses) for clauses in alternatives)


@route("GET", "/history/activity", 3, "getActivityHistoryV3")
def activity_v3(ctx: Ctx) -> Any:
    begin = parse_time(ctx.query["from"], *_ISO) if "from" in ctx.query else ctx.now - 86_400 * 30
    end = parse_time(ctx.query["to"], *_ISO) if "to" in ctx.query else math.inf
    detailed = ctx.query.get("detailed", "false").lower() == "true"
    records: list[dict[str, Any]] = [
        {
            "date": ts(e.when),
            "epic": e.epic,
            "period": CATALOGUE[e.epic].expiry if e.epic in CATALOGUE else "-",
            "dealId": e.deal_id,
            "channel": "PUBLIC_WEB_API",
            "type": e.kind,
            "status": e.status,
            "description": e.description,
            "details": e.details if detailed else None,
            "_when": e.when,
        }
        for e in _events(ctx, begin, end)
    ]
    if ctx.query.get("dealId"):
        records = [r for r in records if r["dealId"] == ctx.query["dealId"]]
    if ctx.query.get("filter"):
        records = [r for r in records if _fiql(ctx.query["filter"])(r)]
    size = int_param(ctx.query, "pageSize", 50)
    chosen = records[:size] if size else records
    next_link = None
    if size and len(records) > size:
        # The next page ends just before this page's oldest record. The bound is written in whole
        # microseconds rounded down, so that reading it back can never land after that record.
        micros = math.floor(float(chosen[-1]["_when"]) * 1_000_000)
        bound = datetime.fromtimestamp(micros // 1_000_000, tz=UTC).replace(microsecond=micros % 1_000_000)
        next_link = (
            f"/history/activity?version=3&from={ts(begin)}&to={bound.strftime('%Y-%m-%dT%H:%M:%S.%f')}"
            f"&detailed={str(detailed).lower()}&pageSize={size}"
        )
    for record in chosen:
        del record["_when"]
    return {"activities": chosen, "metadata": {"paging": {"size": len(chosen), "next": next_link}}}


def _transaction(t: Transaction, v2: bool) -> dict[str, Any]:
    symbol = currency_symbol("GBP")
    return {
        "date": local_ts(t.when, "%Y-%m-%d") if v2 else local_ts(t.when, "%d/%m/%y"),
        "dateUtc": ts(t.when),
        "openDateUtc": ts(t.opened),
        "instrumentName": t.instrument_name,
        "period": t.period,
        # A symbol prefix and thousands separators, the sign after the symbol: "£-1,970.00".
        "profitAndLoss": f"{symbol}{t.pnl:,.2f}",
        "transactionType": t.kind,
        "reference": t.reference,
        "openLevel": _dash(t.open_level),
        "closeLevel": _dash(t.close_level),
        "size": f"{t.size:+g}" if t.size else "-",
        "currency": symbol,
        "cashTransaction": t.cash,
    }


def _transactions(ctx: Ctx, kind: str, begin: float, end: float) -> list[Transaction]:
    wanted = {"ALL": None, "ALL_DEAL": "DEAL", "DEPOSIT": "DEPOSIT", "WITHDRAWAL": "WITHDRAWAL"}
    if kind not in wanted:
        raise ApiError(400, "invalid.input")
    found = [
        t
        for t in ctx.engine.dealing.transactions
        if t.account_id == ctx.account_id and begin <= t.when < end and wanted[kind] in (None, t.kind)
    ]
    return sorted(found, key=lambda t: t.when, reverse=True)


@route("GET", "/history/transactions/{transactionType}/{lastPeriod}", 1, "getTransactionHistoryV1")
def transactions_v1_period(ctx: Ctx) -> Any:
    begin = ctx.now - int_param(ctx.path, "lastPeriod", 0) / 1000
    found = _transactions(ctx, ctx.path["transactionType"], begin, math.inf)
    return {"transactions": [_transaction(t, False) for t in found]}


@route(
    "GET",
    "/history/transactions/{transactionType}/{fromDate}/{toDate}",
    1,
    "getTransactionHistoryByTimeRangeV1",
)
def transactions_v1_range(ctx: Ctx) -> Any:
    begin = parse_local_time(ctx.path["fromDate"], "%d-%m-%Y")
    end = parse_local_time(ctx.path["toDate"], "%d-%m-%Y") + 86_400
    found = _transactions(ctx, ctx.path["transactionType"], begin, end)
    return {"transactions": [_transaction(t, False) for t in found]}


@route("GET", "/history/transactions", 2, "getTransactionHistoryV2")
def transactions_v2(ctx: Ctx) -> Any:
    found = _transactions(ctx, ctx.query.get("type", "ALL"), *_window(ctx, _ISO))
    items, metadata = _page([_transaction(t, True) for t in found], ctx)
    return {"transactions": items, "metadata": metadata}
