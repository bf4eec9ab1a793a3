"""The sans-IO decision core of ``client.trading``: each trading intent as a generator of calls.

An intent yields :class:`Call` (an operation and its arguments) or :class:`Pause` steps, receives a
:class:`Reply` (the parsed answer or the error) for each call, and returns IG's confirmation. The sync and
async ``Trading`` classes only carry the calls out, so the rules below exist once:

- the trading request is sent once; it is sent a second time only when IG refused the session before looking
  at it (a token error: IG did nothing), never after a lost answer;
- a refusal (4xx) is raised as it is: IG did nothing;
- a lost answer (timeout, dropped connection, 5xx, unreadable 200) is settled: ``GET /confirms/{reference}``
  for the calls that carry a deal reference; for the others (close, amend, cancel) the position or working
  order is read back and the activity history gives the reference IG chose, whose confirmation is then read;
- what cannot be settled before the deadline raises :class:`~ig_sdk.errors.DealOutcomeUnknownError` listing
  every check made.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from ig_sdk._base_client import mint_deal_reference
from ig_sdk._generated.models import (
    ActivityHistoryV3Response,
    DealConfirmationV1Response,
    DealReferenceResponse,
    MarketDetail,
    PositionsV2Response,
    PositionV2Details,
    PositionV2Entry,
    WorkingOrdersV2Response,
    WorkingOrderV2Details,
)
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    DealNotFoundError,
    DealOutcomeUnknownError,
    DealRejectedError,
    IGRequestValidationError,
    NotFoundError,
    SessionTokenError,
)

__all__ = [
    "Call",
    "Pause",
    "Reply",
    "Step",
    "Intent",
    "DEFAULT_SETTLE_TIMEOUT",
    "open_position",
    "close_position",
    "amend_position",
    "place_order",
    "amend_order",
    "cancel_order",
]

DEFAULT_SETTLE_TIMEOUT: Final = 30.0
"""Seconds an intent keeps looking for IG's verdict (confirmation, or a lost answer's outcome)."""
_FIRST_PAUSE: Final = 0.25
_MAX_PAUSE: Final = 2.0

# What a position shows of an amendment, to tell whether a lost one was carried out.
_OBSERVABLE: Final = ("stop_level", "limit_level", "trailing_stop_distance")
_CLOSED: Final = frozenset({"POSITION_CLOSED", "POSITION_PARTIALLY_CLOSED"})
_AMENDED: Final = frozenset({"STOP_LIMIT_AMENDED"})
_ORDER_AMENDED: Final = frozenset({"LIMIT_ORDER_AMENDED", "STOP_ORDER_AMENDED"})
_ORDER_DELETED: Final = frozenset({"LIMIT_ORDER_DELETED", "STOP_ORDER_DELETED", "WORKING_ORDER_DELETED"})


@dataclass(frozen=True, slots=True)
class Call:
    """Call the operation ``op_id`` (registry id) with ``args`` (Python argument names)."""

    op_id: str
    args: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Pause:
    """Wait ``seconds`` before the next step."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Reply:
    """What a :class:`Call` produced: the parsed answer, or the error it raised."""

    value: Any = None
    error: APIError | None = None


Step = Call | Pause
Intent = Generator[Step, Reply | None, DealConfirmationV1Response]
Clock = Callable[[], float]


def _lost(error: APIError) -> bool:
    """True when IG may have acted on the request although no usable answer came back."""
    if isinstance(error, APIConnectionError | APIResponseValidationError):
        return True
    return isinstance(error, APIStatusError) and error.status_code >= 500


def _value(reply: Reply | None) -> Any:
    assert reply is not None  # a Call always gets a Reply
    if reply.error is not None:
        raise reply.error
    return reply.value


def _call(op_id: str, args: Mapping[str, Any]) -> Generator[Step, Reply | None, Any]:
    """One read the intent cannot do without: its answer, or its error raised."""
    return _value((yield Call(op_id, args)))


def _send(op_id: str, args: Mapping[str, Any]) -> Generator[Step, Reply | None, Reply]:
    """Send the trading request once; again only if IG refused the session before looking at it."""
    reply = yield Call(op_id, args)
    assert reply is not None
    if isinstance(reply.error, SessionTokenError):  # the client has logged in again by now
        reply = yield Call(op_id, args)
        assert reply is not None
    if reply.error is not None and not _lost(reply.error):
        raise reply.error
    return reply


class _Settling:
    """The deadline, the pauses between looks, and the record of every check made."""

    def __init__(
        self, op_id: str, now: Clock, timeout: float, deal_reference: str | None, deal_id: str | None
    ) -> None:
        self.op_id = op_id
        self.now = now
        self.timeout = timeout
        self.deadline = now() + timeout
        self.deal_reference = deal_reference
        self.deal_id = deal_id
        self.cause: APIError | None = None
        self.checks: list[str] = []
        self._pause = _FIRST_PAUSE

    def note(self, check: str) -> None:
        if not self.checks or self.checks[-1] != check:  # a repeated look is one check
            self.checks.append(check)

    def pause(self) -> Pause | None:
        """The next pause, or None once the deadline has passed."""
        remaining = self.deadline - self.now()
        if remaining <= 0:
            return None
        pause = Pause(min(self._pause, remaining))
        self._pause = min(self._pause * 2, _MAX_PAUSE)
        return pause

    def unknown(self) -> DealOutcomeUnknownError:
        return DealOutcomeUnknownError(
            operation=OPERATIONS[self.op_id],
            deal_reference=self.deal_reference,
            deal_id=self.deal_id,
            checks=tuple(self.checks),
            cause=self.cause,
            waited=self.timeout,
        )


Fallback = Callable[[_Settling], Generator[Step, Reply | None, None]]
"""Where else to look for a deal IG never confirmed (the checks go into the outcome-unknown error)."""


def _verdict(reference: str, confirmation: DealConfirmationV1Response) -> DealConfirmationV1Response:
    if confirmation.deal_status is not None and str(confirmation.deal_status) == "REJECTED":
        raise DealRejectedError(reference, confirmation.reason, confirmation)
    return confirmation


def _look(op_id: str, args: Mapping[str, Any], settling: _Settling) -> Generator[Step, Reply | None, Reply]:
    """A read made while settling: its failure is noted, not raised (the deadline decides)."""
    reply = yield Call(op_id, args)
    assert reply is not None
    if reply.error is not None and not isinstance(reply.error, NotFoundError):
        settling.note(f"{op_id} failed: {type(reply.error).__name__}")
    return reply


def _confirmation(
    reference: str, settling: _Settling
) -> Generator[Step, Reply | None, DealConfirmationV1Response | None]:
    """IG's confirmation of ``reference``, polled until it appears or the deadline passes."""
    while True:
        reply = yield from _look("getDealConfirmationV1", {"deal_reference": reference}, settling)
        if reply.error is None:
            confirmation: DealConfirmationV1Response = reply.value
            settling.note(f"GET /confirms/{reference}: {confirmation.deal_status}")
            return confirmation
        if isinstance(reply.error, DealNotFoundError):
            settling.note(f"GET /confirms/{reference}: not found")
        pause = settling.pause()
        if pause is None:
            return None
        yield pause


def _reference_in_activity(
    deal_id: str, actions: frozenset[str], settling: _Settling
) -> Generator[Step, Reply | None, str | None]:
    """The deal reference of the newest activity that did one of ``actions`` to ``deal_id``.

    Not filtered by ``dealId``: IG files a close under the closing deal's own id and names the position only
    among the affected deals (as the recorded activity in ``tests/unit/test_settle.py`` shows).
    """
    reply = yield from _look("getActivityHistoryV3", {"detailed": True}, settling)
    if reply.error is not None:
        return None
    history: ActivityHistoryV3Response = reply.value
    for record in history.activities or []:  # IG lists the newest first
        details = record.details
        if details is None or not details.deal_reference:
            continue
        if any(
            str(a.action_type) in actions and a.affected_deal_id == deal_id for a in details.actions or []
        ):
            settling.note(f"activity of {deal_id}: {record.description} (reference {details.deal_reference})")
            return details.deal_reference
    settling.note(f"activity of {deal_id}: no matching entry")
    return None


def _settle_by_reference(reference: str, settling: _Settling, fallback: Fallback) -> Intent:
    confirmation = yield from _confirmation(reference, settling)
    if confirmation is not None:
        return _verdict(reference, confirmation)
    yield from fallback(settling)
    raise settling.unknown()


# What a call without a deal reference should have changed: True when the change is seen, False when the
# state is unchanged, None when it could not be read.
Observation = Generator[Step, Reply | None, bool | None]


def _settle_by_state(
    deal_id: str,
    actions: frozenset[str],
    observe: Callable[[_Settling], Observation],
    settling: _Settling,
) -> Intent:
    while True:
        changed = yield from observe(settling)
        if changed:
            reference = yield from _reference_in_activity(deal_id, actions, settling)
            if reference is not None:
                settling.deal_reference = reference
                confirmation = yield from _confirmation(reference, settling)
                if confirmation is not None:
                    return _verdict(reference, confirmation)
        pause = settling.pause()
        if pause is None:
            raise settling.unknown()
        yield pause


def _finish(op_id: str, reply: Reply, settling: _Settling, lost: Callable[[_Settling], Intent]) -> Intent:
    """Read IG's verdict from its answer's reference, or settle a lost answer with ``lost``."""
    if reply.error is None:
        answer: DealReferenceResponse = reply.value
        settling.deal_reference = answer.deal_reference
        confirmation = yield from _confirmation(answer.deal_reference, settling)
        if confirmation is None:
            raise settling.unknown()
        return _verdict(answer.deal_reference, confirmation)
    settling.cause = reply.error
    settling.note(f"{op_id}: answer lost ({type(reply.error).__name__})")
    return (yield from lost(settling))


def _given(args: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in args.items() if v is not None}


def _new_deal(args: Mapping[str, Any]) -> Generator[Step, Reply | None, tuple[dict[str, Any], str]]:
    """The request of an opening call: a deal reference, and the market's expiry and currency if not given."""
    request = _given(args)
    reference = str(request.get("deal_reference") or mint_deal_reference())
    request["deal_reference"] = reference
    if "expiry" not in request or "currency_code" not in request:
        market: MarketDetail = yield from _call("getMarketDetailsV3", {"epic": request["epic"]})
        instrument = market.instrument
        if instrument is not None:
            request.setdefault("expiry", instrument.expiry)
            currencies = instrument.currencies or []
            default = next((c for c in currencies if c.is_default), currencies[0] if currencies else None)
            if default is not None:
                request.setdefault("currency_code", default.code)
    return request, reference


# --- positions --------------------------------------------------------------------------------------


def _opening(
    op_id: str, args: Mapping[str, Any], now: Clock, timeout: float, fallback: Callable[[str], Fallback]
) -> Intent:
    """Send an opening call under a deal reference; settle a lost answer by that reference."""
    request, reference = yield from _new_deal(args)
    reply = yield from _send(op_id, request)
    settling = _Settling(op_id, now, timeout, reference, None)

    def lost(s: _Settling) -> Intent:
        return _settle_by_reference(reference, s, fallback(reference))

    return (yield from _finish(op_id, reply, settling, lost))


def open_position(args: Mapping[str, Any], now: Clock, timeout: float) -> Intent:
    """Open a position (``positions.create_v2``'s arguments); expiry and currency default to the market's."""
    return _opening("createOTCPositionV2", args, now, timeout, _find_opened_position)


def _find_opened_position(reference: str) -> Fallback:
    def find(settling: _Settling) -> Generator[Step, Reply | None, None]:
        reply = yield from _look("getPositionsV2", {}, settling)
        if reply.error is None:
            positions: PositionsV2Response = reply.value
            held = [
                p.position
                for p in positions.positions or []
                if p.position is not None and p.position.deal_reference == reference
            ]
            if held:
                settling.deal_id = held[0].deal_id
                settling.note(f"positions: {held[0].deal_id} is open with reference {reference}")
            else:
                settling.note(f"positions: none with reference {reference}")
        yield from _find_in_activity(reference, settling)

    return find


def _find_in_activity(reference: str, settling: _Settling) -> Generator[Step, Reply | None, None]:
    """Note what the recent activity shows under ``reference`` (for calls that carried one)."""
    reply = yield from _look("getActivityHistoryV3", {"detailed": True}, settling)
    if reply.error is not None:
        return
    history: ActivityHistoryV3Response = reply.value
    for record in history.activities or []:
        if record.details is not None and record.details.deal_reference == reference:
            settling.deal_id = settling.deal_id or record.deal_id
            settling.note(f"activity: {record.status} {record.description} under reference {reference}")
            return
    settling.note(f"activity: nothing under reference {reference}")


def _opposite(direction: object) -> str:
    return "SELL" if str(direction) == "BUY" else "BUY"


def close_position(
    target: str | PositionV2Entry | DealConfirmationV1Response,
    size: Decimal | float | None,
    extra: Mapping[str, Any],
    now: Clock,
    timeout: float,
) -> Intent:
    """Close all or ``size`` of a position: by deal id, as listed by ``positions.list()``, or by the
    confirmation that opened it (a deal id or confirmation is read back first, for its current size)."""
    if isinstance(target, DealConfirmationV1Response):
        if target.deal_id is None:
            raise IGRequestValidationError(
                "trading.close: the confirmation carries no deal id",
                operation=None,
                field="dealId",
                python_field="position",
            )
        target = target.deal_id
    entry: PositionV2Entry = (
        (yield from _call("getPositionByDealIdV2", {"deal_id": target}))
        if isinstance(target, str)
        else target
    )
    position = entry.position
    if position is None or position.deal_id is None or position.size is None or position.direction is None:
        raise IGRequestValidationError(
            "trading.close: the position carries no deal id, size or direction",
            operation=None,
            field=None,
            python_field="position",
        )
    deal_id, held = position.deal_id, position.size
    closing = held if size is None else Decimal(str(size))  # the size as written, never a binary fraction
    if not 0 < closing <= held:
        raise IGRequestValidationError(
            f"trading.close: size must be above 0 and at most the position's {held:g}, got {closing:g}",
            operation=None,
            field="size",
            python_field="size",
        )
    request = {
        "deal_id": deal_id,
        "direction": _opposite(position.direction),
        "size": closing,
        "order_type": "MARKET",
        **_given(extra),
    }
    op_id = "closeOTCPositionV1"
    reply = yield from _send(op_id, request)
    settling = _Settling(op_id, now, timeout, None, deal_id)
    left = held - closing

    def observe(s: _Settling) -> Observation:
        back = yield from _look("getPositionByDealIdV2", {"deal_id": deal_id}, s)
        if isinstance(back.error, NotFoundError):
            s.note(f"position {deal_id}: gone")
            return True
        if back.error is not None:
            return None
        now_held = _size_of(back.value)
        s.note(f"position {deal_id}: size {now_held:g} (was {held:g})")
        return now_held <= left  # exact: sizes are Decimals

    def lost(s: _Settling) -> Intent:
        return _settle_by_state(deal_id, _CLOSED, observe, s)

    return (yield from _finish(op_id, reply, settling, lost))


def _size_of(entry: PositionV2Entry) -> Decimal:
    return entry.position.size  # IG always sends a listed position's size


def amend_position(deal_id: str, changes: Mapping[str, Any], now: Clock, timeout: float) -> Intent:
    """Set the stop and limit of a position (``changes`` are ``positions.update_v2``'s; None removes)."""
    op_id = "updateOTCPositionV2"
    reply = yield from _send(op_id, {"deal_id": deal_id, **changes})
    settling = _Settling(op_id, now, timeout, None, deal_id)
    wanted = {k: changes[k] for k in _OBSERVABLE if k in changes}

    def observe(s: _Settling) -> Observation:
        back = yield from _look("getPositionByDealIdV2", {"deal_id": deal_id}, s)
        if back.error is not None:
            return None
        details: PositionV2Details | None = back.value.position
        if details is None or not wanted:  # nothing the position shows would tell
            return None
        known: dict[str, object] = {
            "stop_level": details.stop_level,
            "limit_level": details.limit_level,
            "trailing_stop_distance": details.trailing_stop_distance,
        }
        seen = {k: known[k] for k in wanted}
        s.note(f"position {deal_id}: " + ", ".join(f"{k} {v}" for k, v in seen.items()))
        return all(_same(seen[k], v) for k, v in wanted.items())

    def lost(s: _Settling) -> Intent:
        return _settle_by_state(deal_id, _AMENDED, observe, s)

    return (yield from _finish(op_id, reply, settling, lost))


def _same(seen: object, wanted: object) -> bool:
    if seen is None or wanted is None:
        return seen is wanted
    return abs(float(str(seen)) - float(str(wanted))) < 1e-9


# --- working orders ---------------------------------------------------------------------------------


def place_order(args: Mapping[str, Any], now: Clock, timeout: float) -> Intent:
    """Place a working order (``working_orders.create_v2``'s arguments); IG lists no reference on orders."""
    return _opening("createOTCWorkingOrderV2", args, now, timeout, _activity_under)


def _activity_under(reference: str) -> Fallback:
    return lambda settling: _find_in_activity(reference, settling)


def _find_order(orders: WorkingOrdersV2Response, deal_id: str) -> WorkingOrderV2Details | None:
    for entry in orders.working_orders or []:
        data = entry.working_order_data
        if data is not None and data.deal_id == deal_id:
            return data
    return None


def amend_order(deal_id: str, changes: Mapping[str, Any], now: Clock, timeout: float) -> Intent:
    """Change a working order; what is not given (level, type, time in force) is kept as it is."""
    current = _find_order((yield from _call("getWorkingOrdersV2", {})), deal_id)
    if current is None:
        raise NotFoundError(
            f"trading.amend_order: there is no working order {deal_id}",
            operation=None,
            status_code=404,
            error_code=None,
            body=None,
            response=None,
        )
    request: dict[str, Any] = _given(
        {
            "deal_id": deal_id,
            "level": current.order_level,
            "type": current.order_type,
            "time_in_force": current.time_in_force,
            **changes,
        }
    )
    if str(request.get("time_in_force")) == "GOOD_TILL_DATE" and "good_till_date" not in request:
        request["good_till_date"] = current.good_till_date_iso or current.good_till_date
    op_id = "updateOTCWorkingOrderV2"
    reply = yield from _send(op_id, request)
    settling = _Settling(op_id, now, timeout, None, deal_id)
    level = request["level"]

    def observe(s: _Settling) -> Observation:
        back = yield from _look("getWorkingOrdersV2", {}, s)
        if back.error is not None:
            return None
        order = _find_order(back.value, deal_id)
        s.note(f"working order {deal_id}: " + ("gone" if order is None else f"level {order.order_level}"))
        return order is not None and _same(order.order_level, level)

    def lost(s: _Settling) -> Intent:
        return _settle_by_state(deal_id, _ORDER_AMENDED, observe, s)

    return (yield from _finish(op_id, reply, settling, lost))


def cancel_order(deal_id: str, now: Clock, timeout: float) -> Intent:
    """Delete a working order."""
    op_id = "deleteOTCWorkingOrderV2"
    reply = yield from _send(op_id, {"deal_id": deal_id})
    settling = _Settling(op_id, now, timeout, None, deal_id)

    def observe(s: _Settling) -> Observation:
        back = yield from _look("getWorkingOrdersV2", {}, s)
        if back.error is not None:
            return None
        gone = _find_order(back.value, deal_id) is None
        s.note(f"working order {deal_id}: {'gone' if gone else 'still open'}")
        return gone

    def lost(s: _Settling) -> Intent:
        return _settle_by_state(deal_id, _ORDER_DELETED, observe, s)

    return (yield from _finish(op_id, reply, settling, lost))
