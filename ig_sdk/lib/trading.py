"""``client.trading``: one call per trading intent, sent once, returning IG's verdict or saying why it cannot.

Each method sends its trading request exactly once and returns IG's confirmation
(:class:`~ig_sdk.types.DealConfirmationV1Response`), or raises :class:`~ig_sdk.errors.DealRejectedError` with
IG's reason. When the answer is lost (timeout, dropped connection, 5xx, unreadable body) it finds out what IG
did by itself and returns that, or raises :class:`~ig_sdk.errors.DealOutcomeUnknownError` listing every check
it made. It never resends a trade after a lost answer. The decisions live in :mod:`ig_sdk.lib._settle`; this
module only carries out the calls they ask for, blocking or awaiting.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from ig_sdk._generated.models import DealConfirmationV1Response, PositionV2Entry
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._sentinel import NOT_GIVEN, NotGiven
from ig_sdk.errors import APIError
from ig_sdk.lib import _settle
from ig_sdk.lib._settle import DEFAULT_SETTLE_TIMEOUT, Call, Intent, Reply

if TYPE_CHECKING:
    from ig_sdk._base_client import AsyncAPIClient, SyncAPIClient
    from ig_sdk._operation_record import Operation

__all__ = ["Trading", "AsyncTrading", "DEFAULT_SETTLE_TIMEOUT"]

Direction = Literal["BUY", "SELL"]
PositionOrderType = Literal["MARKET", "LIMIT", "QUOTE"]
PositionTimeInForce = Literal["EXECUTE_AND_ELIMINATE", "FILL_OR_KILL"]
OrderType = Literal["LIMIT", "STOP"]
OrderTimeInForce = Literal["GOOD_TILL_CANCELLED", "GOOD_TILL_DATE"]
R = TypeVar("R")
Number = Decimal | float
"""A price, level, size or distance: a Decimal (what IG's answers hold) or a float."""
Level = Number | None | NotGiven
"""A stop or limit to set (a number), remove (None) or leave as it is (not given)."""


def _changes(**values: Any) -> dict[str, Any]:
    return {k: v for k, v in values.items() if not isinstance(v, NotGiven)}


class _Intents(Generic[R]):
    """The intents and what each sends, written once; ``_run`` carries one out (blocking or awaiting)."""

    def __init__(self, now: Callable[[], float], settle_timeout: float) -> None:
        if settle_timeout <= 0:
            raise ValueError("settle_timeout must be > 0")
        self._now = now
        self.settle_timeout = settle_timeout

    def _before(self, op: Operation, args: Mapping[str, Any]) -> None:
        """Called before each call an intent makes (paper trading feeds the market's price here)."""

    def _run(self, op_id: str, intent: Intent) -> R:
        """Carry out ``intent``, whose trading call is ``op_id`` (checked against the LIVE guard first)."""
        raise NotImplementedError

    def open(
        self,
        *,
        epic: str,
        direction: Direction,
        size: Number,
        expiry: str | None = None,
        currency_code: str | None = None,
        order_type: PositionOrderType = "MARKET",
        level: Number | None = None,
        quote_id: str | None = None,
        time_in_force: PositionTimeInForce | None = None,
        stop_level: Number | None = None,
        stop_distance: Number | None = None,
        trailing_stop: bool | None = None,
        trailing_stop_increment: Number | None = None,
        limit_level: Number | None = None,
        limit_distance: Number | None = None,
        guaranteed_stop: bool = False,
        force_open: bool = True,
        deal_reference: str | None = None,
    ) -> R:
        """Open a position and return IG's confirmation.

        ``expiry`` and ``currency_code`` default to the market's (one ``markets.get`` call). A deal reference
        is minted when none is given; a lost answer is settled with ``GET /confirms/{dealReference}``.

        Raises:
            DealRejectedError: IG rejected the deal (``reason`` is IG's).
            DealOutcomeUnknownError: the answer was lost and IG's verdict could not be found in time.
            APIStatusError: IG refused the request (nothing was done).
        """
        args = {
            "epic": epic,
            "direction": direction,
            "size": size,
            "expiry": expiry,
            "currency_code": currency_code,
            "order_type": order_type,
            "level": level,
            "quote_id": quote_id,
            "time_in_force": time_in_force,
            "stop_level": stop_level,
            "stop_distance": stop_distance,
            "trailing_stop": trailing_stop,
            "trailing_stop_increment": trailing_stop_increment,
            "limit_level": limit_level,
            "limit_distance": limit_distance,
            "guaranteed_stop": guaranteed_stop,
            "force_open": force_open,
            "deal_reference": deal_reference,
        }
        return self._run("createOTCPositionV2", _settle.open_position(args, self._now, self.settle_timeout))

    def close(
        self,
        position: str | PositionV2Entry | DealConfirmationV1Response,
        size: Number | None = None,
        *,
        order_type: PositionOrderType = "MARKET",
        level: Number | None = None,
        quote_id: str | None = None,
        time_in_force: PositionTimeInForce | None = None,
    ) -> R:
        """Close a position, all of it or ``size`` of it.

        ``position`` is a deal id, an entry of ``positions.list()``, or the confirmation that opened it.

        The closing direction is the opposite of the position's, the size the position's unless given. A deal
        id is read first (``positions.get``). IG takes no deal reference on a close: a lost answer is settled
        by reading the position back and taking IG's reference from the activity history.
        """
        extra = {
            "order_type": order_type,
            "level": level,
            "quote_id": quote_id,
            "time_in_force": time_in_force,
        }
        intent = _settle.close_position(position, size, extra, self._now, self.settle_timeout)
        return self._run("closeOTCPositionV1", intent)

    def amend(
        self,
        deal_id: str,
        *,
        stop_level: Level = NOT_GIVEN,
        limit_level: Level = NOT_GIVEN,
        trailing_stop: bool | NotGiven = NOT_GIVEN,
        trailing_stop_distance: Number | NotGiven = NOT_GIVEN,
        trailing_stop_increment: Number | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
    ) -> R:
        """Set (a number) or remove (None) the stop and limit of a position; a lost answer is settled."""
        changes = _changes(
            stop_level=stop_level,
            limit_level=limit_level,
            trailing_stop=trailing_stop,
            trailing_stop_distance=trailing_stop_distance,
            trailing_stop_increment=trailing_stop_increment,
            guaranteed_stop=guaranteed_stop,
        )
        return self._run(
            "updateOTCPositionV2", _settle.amend_position(deal_id, changes, self._now, self.settle_timeout)
        )

    def place_order(
        self,
        *,
        epic: str,
        direction: Direction,
        size: Number,
        level: Number,
        type: OrderType,
        expiry: str | None = None,
        currency_code: str | None = None,
        time_in_force: OrderTimeInForce = "GOOD_TILL_CANCELLED",
        good_till_date: datetime | None = None,
        stop_level: Number | None = None,
        stop_distance: Number | None = None,
        limit_level: Number | None = None,
        limit_distance: Number | None = None,
        guaranteed_stop: bool = False,
        force_open: bool | None = None,
        deal_reference: str | None = None,
    ) -> R:
        """Place a LIMIT or STOP working order and return IG's confirmation (settled like :meth:`open`)."""
        args = {
            "epic": epic,
            "direction": direction,
            "size": size,
            "level": level,
            "type": type,
            "expiry": expiry,
            "currency_code": currency_code,
            "time_in_force": time_in_force,
            "good_till_date": good_till_date,
            "stop_level": stop_level,
            "stop_distance": stop_distance,
            "limit_level": limit_level,
            "limit_distance": limit_distance,
            "guaranteed_stop": guaranteed_stop,
            "force_open": force_open,
            "deal_reference": deal_reference,
        }
        return self._run("createOTCWorkingOrderV2", _settle.place_order(args, self._now, self.settle_timeout))

    def amend_order(
        self,
        deal_id: str,
        *,
        level: Number | None = None,
        type: OrderType | None = None,
        time_in_force: OrderTimeInForce | None = None,
        good_till_date: datetime | None = None,
        stop_distance: Number | None = None,
        limit_distance: Number | None = None,
    ) -> R:
        """Change a working order; what is not given is kept as the order has it (read first)."""
        changes = {
            "level": level,
            "type": type,
            "time_in_force": time_in_force,
            "good_till_date": good_till_date,
            "stop_distance": stop_distance,
            "limit_distance": limit_distance,
        }
        return self._run(
            "updateOTCWorkingOrderV2", _settle.amend_order(deal_id, changes, self._now, self.settle_timeout)
        )

    def cancel_order(self, deal_id: str) -> R:
        """Delete a working order and return IG's confirmation; a lost answer is settled."""
        return self._run(
            "deleteOTCWorkingOrderV2", _settle.cancel_order(deal_id, self._now, self.settle_timeout)
        )


class Trading(_Intents[DealConfirmationV1Response]):
    """Trading intents on a blocking client; ``settle_timeout`` bounds the wait for IG's verdict (seconds)."""

    def __init__(self, client: SyncAPIClient, *, settle_timeout: float = DEFAULT_SETTLE_TIMEOUT) -> None:
        super().__init__(client._clock.monotonic, settle_timeout)
        self._client = client

    def _run(self, op_id: str, intent: Intent) -> DealConfirmationV1Response:
        client = self._client
        client._refuse_live_trading(OPERATIONS[op_id])  # before any read the intent would make
        step = next(intent)
        while True:
            reply: Reply | None = None
            if isinstance(step, Call):
                op = OPERATIONS[step.op_id]
                self._before(op, step.args)
                try:
                    reply = Reply(value=client._request(op, step.args, cast_to=op.response_model))
                except APIError as error:
                    reply = Reply(error=error)
            else:
                client._sleep(step.seconds)
            try:
                step = intent.send(reply)
            except StopIteration as stop:
                result: DealConfirmationV1Response = stop.value
                return result


class AsyncTrading(_Intents[Coroutine[Any, Any, DealConfirmationV1Response]]):
    """The async twin of :class:`Trading`: the same methods, awaited."""

    def __init__(self, client: AsyncAPIClient, *, settle_timeout: float = DEFAULT_SETTLE_TIMEOUT) -> None:
        super().__init__(client._clock.monotonic, settle_timeout)
        self._client = client

    async def _run(self, op_id: str, intent: Intent) -> DealConfirmationV1Response:
        client = self._client
        client._refuse_live_trading(OPERATIONS[op_id])  # before any read the intent would make
        step = next(intent)
        while True:
            reply: Reply | None = None
            if isinstance(step, Call):
                op = OPERATIONS[step.op_id]
                self._before(op, step.args)
                try:
                    reply = Reply(value=await client._request(op, step.args, cast_to=op.response_model))
                except APIError as error:
                    reply = Reply(error=error)
            else:
                await client._sleep(step.seconds)
            try:
                step = intent.send(reply)
            except StopIteration as stop:
                result: DealConfirmationV1Response = stop.value
                return result
