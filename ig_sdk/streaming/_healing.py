"""The REST reads that heal a gap in the TRADE stream, for the sync and the async client.

Every call is an ordinary non-trading read (``GET /positions``, ``GET /workingorders``,
``GET /history/activity``, ``GET /confirms/{dealReference}``), so the client's rate limiter paces it from
the non-trading allowance and the trading allowance is never spent. Answers are turned into the stream's
own payload models, so a recovered event looks like a streamed one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from ig_sdk._generated.streaming import PositionUpdate, TradeConfirmation, WorkingOrderUpdate
from ig_sdk.streaming._trades import HealPlan, HealResult

if TYPE_CHECKING:
    from ig_sdk._client import AsyncIGClient, IGClient

__all__ = ["TradeReader", "AsyncTradeReader"]

_log = logging.getLogger("ig_sdk.streaming")
_ACTIVITY_PAGE: Final = 500
_ACTIVITY_PAGES: Final = 10  # at most 5,000 records since the gap began


def _num(value: object) -> str | None:
    return None if value is None else str(value)


def _when(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def _position(entry: Any) -> PositionUpdate | None:
    p, m = entry.position, entry.market
    if p is None or not p.deal_id:
        return None
    return PositionUpdate.model_validate(
        {
            "dealReference": p.deal_reference,
            "dealId": p.deal_id,
            "dealIdOrigin": p.deal_id,
            "epic": m.epic if m is not None else None,
            "expiry": m.expiry if m is not None else None,
            "direction": _num(p.direction),
            "size": _num(p.size),
            "level": _num(p.level),
            "stopLevel": _num(p.stop_level),
            "limitLevel": _num(p.limit_level),
            "guaranteedStop": p.controlled_risk,
            "trailingStopDistance": _num(p.trailing_stop_distance),
            "trailingStep": _num(p.trailing_step),
            "status": "OPEN",
            "dealStatus": "ACCEPTED",
            "currency": p.currency,
            "timestamp": _when(p.created_date_utc),
        }
    )


def _order(entry: Any) -> WorkingOrderUpdate | None:
    o, m = entry.working_order_data, entry.market_data
    if o is None or not o.deal_id:
        return None
    return WorkingOrderUpdate.model_validate(
        {
            "dealId": o.deal_id,
            "epic": o.epic or (m.epic if m is not None else None),
            "expiry": m.expiry if m is not None else None,
            "direction": _num(o.direction),
            "size": _num(o.order_size),
            "level": _num(o.order_level),
            "stopDistance": _num(o.stop_distance),
            "limitDistance": _num(o.limit_distance),
            "guaranteedStop": o.guaranteed_stop,
            "status": "OPEN",
            "dealStatus": "ACCEPTED",
            "currency": o.currency_code,
            "timestamp": _when(o.created_date_utc),
            "orderType": _num(o.order_type),
            "timeInForce": _num(o.time_in_force),
            "goodTillDate": _when(o.good_till_date_iso),
        }
    )


def _confirmation(answer: Any) -> TradeConfirmation:
    return TradeConfirmation.model_validate(answer.model_dump(mode="json", by_alias=True))


# What an activity action says about the deal it touched: (the deal's status, the affected deal's status).
_ACTION_STATUS: Final = {
    "POSITION_OPENED": ("OPEN", "OPENED"),
    "POSITION_CLOSED": ("CLOSED", "FULLY_CLOSED"),
    "POSITION_PARTIALLY_CLOSED": ("PARTIALLY_CLOSED", "PARTIALLY_CLOSED"),
    "POSITION_DELETED": ("DELETED", "DELETED"),
    "LIMIT_ORDER_OPENED": ("OPEN", "OPENED"),
    "STOP_ORDER_OPENED": ("OPEN", "OPENED"),
    "LIMIT_ORDER_AMENDED": ("AMENDED", "AMENDED"),
    "STOP_ORDER_AMENDED": ("AMENDED", "AMENDED"),
    "STOP_LIMIT_AMENDED": ("AMENDED", "AMENDED"),
    "LIMIT_ORDER_DELETED": ("DELETED", "DELETED"),
    "STOP_ORDER_DELETED": ("DELETED", "DELETED"),
    "WORKING_ORDER_DELETED": ("DELETED", "DELETED"),
}


def _from_activity(record: Any) -> TradeConfirmation:
    """A confirmation rebuilt from an activity record, for a deal IG no longer has a confirmation of.

    The activity lacks what only a confirmation says (profit, the exact date's zone), which stays None.
    """
    details = record.details
    actions = [a for a in details.actions or () if a.action_type is not None]
    known = [
        (_ACTION_STATUS[str(a.action_type)], a.affected_deal_id)
        for a in actions
        if str(a.action_type) in _ACTION_STATUS
    ]
    status = str(record.status) if record.status is not None else None
    return TradeConfirmation.model_validate(
        {
            "dealReference": details.deal_reference,
            "dealId": record.deal_id,
            "epic": record.epic,
            "expiry": record.period,
            "direction": _num(details.direction),
            "size": _num(details.size),
            "level": _num(details.level),
            "stopLevel": _num(details.stop_level),
            "limitLevel": _num(details.limit_level),
            "stopDistance": _num(details.stop_distance),
            "limitDistance": _num(details.limit_distance),
            "guaranteedStop": details.guaranteed_stop,
            "dealStatus": status if status in ("ACCEPTED", "REJECTED") else None,
            "reason": "SUCCESS" if status == "ACCEPTED" else None,
            "status": known[0][0][0] if known else None,
            "affectedDeals": [{"dealId": deal_id, "status": s[1]} for s, deal_id in known],
            "channel": _num(record.channel),
        }
    )


def _activity(pages: list[Any]) -> dict[str, Any]:
    """The activity records with a deal reference, by reference (the first, i.e. newest, of each)."""
    records: dict[str, Any] = {}
    for page in pages:
        for record in page.activities or ():
            details = record.details
            if details is not None and details.deal_reference:
                records.setdefault(details.deal_reference, record)
    return records


def _failed(what: str, exc: Exception) -> str:
    _log.warning("gap recovery could not read %s: %s", what, exc)
    return f"{what}: {type(exc).__name__}"


def _no_confirmation(result: HealResult, reference: str, records: dict[str, Any], exc: Exception) -> None:
    """IG gave no confirmation: rebuild it from the activity if IG forgot it, else record the failure."""
    from ig_sdk.errors import DealNotFoundError

    if not isinstance(exc, DealNotFoundError):
        result.errors.append(_failed(f"the confirmation of {reference}", exc))
    elif reference in records:
        try:
            result.confirmations.append(_from_activity(records[reference]))
        except ValueError as invalid:
            result.errors.append(_failed(f"the activity of {reference}", invalid))
    # else: a reference this client sent that IG never dealt (refused before dealing): nothing to report


class TradeReader:
    """Carries out a :class:`HealPlan` with the blocking client."""

    def __init__(self, client: IGClient) -> None:
        self._client = client

    def sent_since(self, moment: float) -> list[str]:
        """Deal references this client sent since ``moment``."""
        return self._client._sent_references.since(moment)

    def read(self, plan: HealPlan, wanted: Callable[[str], bool]) -> HealResult:
        """Read what the plan asks for; failures are recorded in the result, never raised."""
        client, result = self._client, HealResult()
        try:
            answer = client.positions.list_v2()
            result.positions = [p for e in answer.positions or () if (p := _position(e))]
        except Exception as exc:
            result.errors.append(_failed("positions", exc))
        try:
            orders = client.working_orders.list_v2()
            result.working_orders = [o for e in orders.working_orders or () if (o := _order(e))]
        except Exception as exc:
            result.errors.append(_failed("working orders", exc))
        pages: list[Any] = []
        try:
            for page in client.history.activity_pages_v3(
                from_=plan.since, detailed=True, page_size=_ACTIVITY_PAGE
            ):
                pages.append(page)
                if len(pages) == _ACTIVITY_PAGES:
                    break
        except Exception as exc:
            result.errors.append(_failed("activity", exc))
        records = _activity(pages)
        result.activity_references = list(records)
        if not plan.fetch_confirmations:
            return result
        for reference in dict.fromkeys([*plan.references, *records]):
            if not wanted(reference):
                continue
            try:
                confirmation = client.deals.get_confirmation_v1(deal_reference=reference)
                result.confirmations.append(_confirmation(confirmation))
            except Exception as exc:
                _no_confirmation(result, reference, records, exc)
        return result


class AsyncTradeReader:
    """Carries out a :class:`HealPlan` with the asyncio client."""

    def __init__(self, client: AsyncIGClient) -> None:
        self._client = client

    def sent_since(self, moment: float) -> list[str]:
        """Deal references this client sent since ``moment``."""
        return self._client._sent_references.since(moment)

    async def read(self, plan: HealPlan, wanted: Callable[[str], bool]) -> HealResult:
        """Read what the plan asks for; failures are recorded in the result, never raised."""
        client, result = self._client, HealResult()
        try:
            answer = await client.positions.list_v2()
            result.positions = [p for e in answer.positions or () if (p := _position(e))]
        except Exception as exc:
            result.errors.append(_failed("positions", exc))
        try:
            orders = await client.working_orders.list_v2()
            result.working_orders = [o for e in orders.working_orders or () if (o := _order(e))]
        except Exception as exc:
            result.errors.append(_failed("working orders", exc))
        pages: list[Any] = []
        try:
            async for page in client.history.activity_pages_v3(
                from_=plan.since, detailed=True, page_size=_ACTIVITY_PAGE
            ):
                pages.append(page)
                if len(pages) == _ACTIVITY_PAGES:
                    break
        except Exception as exc:
            result.errors.append(_failed("activity", exc))
        records = _activity(pages)
        result.activity_references = list(records)
        if not plan.fetch_confirmations:
            return result
        for reference in dict.fromkeys([*plan.references, *records]):
            if not wanted(reference):
                continue
            try:
                confirmation = await client.deals.get_confirmation_v1(deal_reference=reference)
                result.confirmations.append(_confirmation(confirmation))
            except Exception as exc:
                _no_confirmation(result, reference, records, exc)
        return result
