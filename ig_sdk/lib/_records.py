"""DataFrames of IG's record lists (positions, working orders, activity, transactions, market searches).

Each column is declared once (:class:`Column`: name, source field, dtype, meaning); the frames and the ``ig``
command's tables are built from the same declarations. Re-exported by :mod:`ig_sdk.lib.frames`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

from ig_sdk._generated.models import (
    ActivityHistoryV3Response,
    MarketSearchV1Response,
    PositionsV2Response,
    TransactionHistoryV2Response,
    WorkingOrdersV2Response,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "Column",
    "POSITION_COLUMNS",
    "WORKING_ORDER_COLUMNS",
    "ACTIVITY_COLUMNS",
    "TRANSACTION_COLUMNS",
    "MARKET_COLUMNS",
    "positions_frame",
    "working_orders_frame",
    "activity_frame",
    "transactions_frame",
    "markets_frame",
    "rows",
]

Dtype = Literal["string", "float64", "Int64", "boolean", "category", "datetime64[ns, UTC]"]


@dataclass(frozen=True, slots=True)
class Column:
    """One documented column: its name, where the value lives in IG's answer, its dtype and meaning."""

    name: str
    path: tuple[str, ...]
    """Attribute path inside one item of the answer (``("position", "deal_id")``)."""
    dtype: Dtype
    doc: str
    convert: Callable[[Any], Any] | None = None
    """Turns IG's value into the column's (text amounts into numbers); None keeps the value."""


def _c(name: str, path: str, dtype: Dtype, doc: str, convert: Callable[[Any], Any] | None = None) -> Column:
    return Column(name, tuple(path.split(".")), dtype, doc, convert)


_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


def _amount(text: Any) -> float | None:
    """The number in a text amount IG sends with a currency prefix (``"E-63.80"``, ``"-"`` for none)."""
    if text is None:
        return None
    found = _NUMBER.search(str(text))
    if found is None:
        return None
    try:
        return float(Decimal(found.group().replace(",", "")))
    except InvalidOperation:  # pragma: no cover - the pattern only matches numbers
        return None


POSITION_COLUMNS: tuple[Column, ...] = (
    _c("deal_id", "position.deal_id", "string", "IG's id of the position"),
    _c("epic", "market.epic", "string", "market the position is in"),
    _c("instrument_name", "market.instrument_name", "string", "market name"),
    _c("expiry", "market.expiry", "string", "`DFB`, `-` or a month such as `DEC-26`"),
    _c("direction", "position.direction", "category", "`BUY` or `SELL`"),
    _c("size", "position.size", "float64", "deal size"),
    _c("level", "position.level", "float64", "opening level"),
    _c("currency", "position.currency", "string", "currency of the position"),
    _c("stop_level", "position.stop_level", "float64", "stop level, NaN when none"),
    _c("limit_level", "position.limit_level", "float64", "limit level, NaN when none"),
    _c("controlled_risk", "position.controlled_risk", "boolean", "guaranteed stop"),
    _c("bid", "market.bid", "float64", "market bid when the answer was made"),
    _c("offer", "market.offer", "float64", "market offer when the answer was made"),
    _c("created", "position.created_date_utc", "datetime64[ns, UTC]", "when the position was opened"),
    _c("deal_reference", "position.deal_reference", "string", "reference of the opening deal"),
)
"""Columns of :func:`positions_frame` (one row per open position)."""

WORKING_ORDER_COLUMNS: tuple[Column, ...] = (
    _c("deal_id", "working_order_data.deal_id", "string", "IG's id of the order"),
    _c("epic", "working_order_data.epic", "string", "market of the order"),
    _c("instrument_name", "market_data.instrument_name", "string", "market name"),
    _c("direction", "working_order_data.direction", "category", "`BUY` or `SELL`"),
    _c("order_type", "working_order_data.order_type", "category", "`LIMIT` or `STOP`"),
    _c("size", "working_order_data.order_size", "float64", "order size"),
    _c("level", "working_order_data.order_level", "float64", "level at which the order deals"),
    _c(
        "time_in_force",
        "working_order_data.time_in_force",
        "category",
        "`GOOD_TILL_CANCELLED` or `GOOD_TILL_DATE`",
    ),
    _c(
        "good_till",
        "working_order_data.good_till_date_iso",
        "datetime64[ns, UTC]",
        "expiry of a GOOD_TILL_DATE order",
    ),
    _c("stop_distance", "working_order_data.stop_distance", "float64", "stop distance once dealt"),
    _c("limit_distance", "working_order_data.limit_distance", "float64", "limit distance once dealt"),
    _c("currency", "working_order_data.currency_code", "string", "currency of the order"),
    _c("created", "working_order_data.created_date_utc", "datetime64[ns, UTC]", "when the order was placed"),
)
"""Columns of :func:`working_orders_frame` (one row per working order)."""

ACTIVITY_COLUMNS: tuple[Column, ...] = (
    _c(
        "date",
        "date",
        "datetime64[ns, UTC]",
        "when it happened (IG sends the account's local time; labelled UTC)",
    ),
    _c("epic", "epic", "string", "market concerned"),
    _c("period", "period", "string", "expiry of the market"),
    _c("deal_id", "deal_id", "string", "deal concerned"),
    _c("channel", "channel", "category", "where the activity came from (`WEB`, `PUBLIC_WEB_API`, ...)"),
    _c("type", "type", "category", "`POSITION`, `WORKING_ORDER`, `EDIT_STOP_AND_LIMIT`, `SYSTEM`"),
    _c("status", "status", "category", "`ACCEPTED`, `REJECTED` or `UNKNOWN`"),
    _c("description", "description", "string", "IG's summary"),
)
"""Columns of :func:`activity_frame` (one row per activity, version 3 of the activity history)."""

TRANSACTION_COLUMNS: tuple[Column, ...] = (
    _c("date", "date_utc", "datetime64[ns, UTC]", "when the transaction was booked"),
    _c("open_date", "open_date_utc", "datetime64[ns, UTC]", "when the position was opened"),
    _c("reference", "reference", "string", "IG's transaction reference"),
    _c("transaction_type", "transaction_type", "category", "`TRADE`, `DEPO`, `WITH`, ..."),
    _c("instrument_name", "instrument_name", "string", "market or description"),
    _c("period", "period", "string", "expiry of the market"),
    _c("size", "size", "float64", "signed size, parsed from IG's text (`+0.20`)", _amount),
    _c("open_level", "open_level", "float64", "opening level, NaN where IG sends `-`", _amount),
    _c("close_level", "close_level", "float64", "closing level", _amount),
    _c("profit_and_loss", "profit_and_loss", "float64", "amount, parsed from IG's text (`E-63.80`)", _amount),
    _c("profit_and_loss_text", "profit_and_loss", "string", "the amount exactly as IG wrote it"),
    _c("currency", "currency", "string", "currency symbol or code IG gives"),
    _c("cash_transaction", "cash_transaction", "boolean", "a cash movement rather than a deal"),
)
"""Columns of :func:`transactions_frame` (one row per transaction, version 2 of the history)."""

MARKET_COLUMNS: tuple[Column, ...] = (
    _c("epic", "epic", "string", "IG's market id"),
    _c("instrument_name", "instrument_name", "string", "market name"),
    _c("instrument_type", "instrument_type", "category", "`CURRENCIES`, `INDICES`, `SHARES`, ..."),
    _c("expiry", "expiry", "string", "`DFB`, `-` or a month"),
    _c("market_status", "market_status", "category", "`TRADEABLE`, `CLOSED`, ..."),
    _c("bid", "bid", "float64", "bid"),
    _c("offer", "offer", "float64", "offer"),
    _c("high", "high", "float64", "high of the day"),
    _c("low", "low", "float64", "low of the day"),
    _c("percentage_change", "percentage_change", "float64", "change on the day in percent"),
    _c("delay_time", "delay_time", "Int64", "price delay in minutes"),
    _c("streaming_prices_available", "streaming_prices_available", "boolean", "prices can be streamed"),
)
"""Columns of :func:`markets_frame` (one row per market of a search)."""


def _value(item: Any, column: Column) -> Any:
    value = item
    for name in column.path:
        if value is None:
            return None
        value = getattr(value, name, None)
    if column.convert is not None:
        return column.convert(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)  # IG's local-time fields: the best available label is UTC
    if isinstance(value, Decimal):
        return float(value)
    return value


def rows(items: Iterable[Any], columns: Sequence[Column]) -> Iterator[list[Any]]:
    """Each item as a list of the columns' values (what both the frames and the ``ig`` tables show)."""
    for item in items:
        yield [_value(item, column) for column in columns]


def _frame(items: Iterable[Any], columns: Sequence[Column]) -> pd.DataFrame:
    import pandas as pd

    data = list(rows(items, columns))
    by_column = {c.name: [row[i] for row in data] for i, c in enumerate(columns)}
    frame = pd.DataFrame({c.name: pd.Series(by_column[c.name], dtype="object") for c in columns})
    for column in columns:
        if column.dtype == "datetime64[ns, UTC]":
            frame[column.name] = pd.to_datetime(frame[column.name], utc=True).astype("datetime64[ns, UTC]")
        else:
            frame[column.name] = frame[column.name].astype(column.dtype)
    return frame


def positions_frame(answer: PositionsV2Response | Iterable[PositionsV2Response]) -> pd.DataFrame:
    """Open positions (``client.positions.list()``), one row each; columns in :data:`POSITION_COLUMNS`."""
    pages = [answer] if isinstance(answer, PositionsV2Response) else list(answer)
    return _frame((p for page in pages for p in page.positions or []), POSITION_COLUMNS)


def working_orders_frame(answer: WorkingOrdersV2Response | Iterable[WorkingOrdersV2Response]) -> pd.DataFrame:
    """Working orders (``client.working_orders.list()``); columns in :data:`WORKING_ORDER_COLUMNS`."""
    pages = [answer] if isinstance(answer, WorkingOrdersV2Response) else list(answer)
    return _frame((o for page in pages for o in page.working_orders or []), WORKING_ORDER_COLUMNS)


def activity_frame(answer: ActivityHistoryV3Response | Iterable[ActivityHistoryV3Response]) -> pd.DataFrame:
    """Account activity (``history.activity`` or all ``activity_pages``); see :data:`ACTIVITY_COLUMNS`."""
    pages = [answer] if isinstance(answer, ActivityHistoryV3Response) else list(answer)
    return _frame((a for page in pages for a in page.activities or []), ACTIVITY_COLUMNS)


def transactions_frame(
    answer: TransactionHistoryV2Response | Iterable[TransactionHistoryV2Response],
) -> pd.DataFrame:
    """Transactions (``history.transactions`` or its pages); see :data:`TRANSACTION_COLUMNS`."""
    pages = [answer] if isinstance(answer, TransactionHistoryV2Response) else list(answer)
    return _frame((t for page in pages for t in page.transactions or []), TRANSACTION_COLUMNS)


def markets_frame(answer: MarketSearchV1Response) -> pd.DataFrame:
    """Markets found by ``client.markets.search(search_term=...)``; columns in :data:`MARKET_COLUMNS`."""
    return _frame(answer.markets or [], MARKET_COLUMNS)
