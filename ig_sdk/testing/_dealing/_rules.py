"""Checks shared by positions and orders: the confirmation reasons IG rejects a deal with."""

from __future__ import annotations

from typing import Any

from .._accounts import Account
from .._catalogue import Instrument


def market_reason(account: Account, instrument: Instrument | None, size: float, now: float) -> str | None:
    """Why a new deal on this market cannot go ahead for the account, or None when it can."""
    if instrument is None:
        return "INSTRUMENT_NOT_FOUND"
    if instrument.account_type != account.account_type:
        if account.account_type == "SPREADBET":
            return "REJECT_CFD_ORDER_ON_SPREADBET_ACCOUNT"
        return "REJECT_SPREADBET_ORDER_ON_CFD_ACCOUNT"
    if not instrument.is_open(now):
        return "MARKET_CLOSED_WITH_EDITS"
    if size < instrument.min_size:
        return "MINIMUM_ORDER_SIZE_ERROR"
    return None


def attached_reason(
    instrument: Instrument, direction: str, entry: float, stop: float | None, limit: float | None
) -> str | None:
    """Why a stop or limit is too close to (or on the wrong side of) the entry level, or None."""
    sign = 1 if direction == "BUY" else -1
    if stop is not None and (entry - stop) * sign < instrument.min_stop:
        return "ATTACHED_ORDER_LEVEL_ERROR"
    if limit is not None and (limit - entry) * sign < instrument.min_stop:
        return "ATTACHED_ORDER_LEVEL_ERROR"
    return None


def attached_levels(direction: str, entry: float, body: dict[str, Any]) -> tuple[float | None, float | None]:
    """The stop and limit levels a request asks for, given as levels or as distances from the entry."""
    sign = 1 if direction == "BUY" else -1
    stop = body.get("stopLevel")
    if stop is None and body.get("stopDistance") is not None:
        stop = entry - sign * float(body["stopDistance"])
    limit = body.get("limitLevel")
    if limit is None and body.get("limitDistance") is not None:
        limit = entry + sign * float(body["limitDistance"])
    return (None if stop is None else float(stop)), (None if limit is None else float(limit))
