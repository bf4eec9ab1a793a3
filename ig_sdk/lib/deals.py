"""``client.deals``: the generated deals resource plus :meth:`Deals.confirm`, which waits for IG's verdict.

IG accepts a trade request and decides on it asynchronously; the verdict is read from
``GET /confirms/{dealReference}``, which answers 404 ``error.confirms.deal-not-found`` until it is known.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Annotated, Any, Final, cast

from pydantic import BaseModel, Field

from ig_sdk._generated.models import DealConfirmationV1Response
from ig_sdk._generated.resources.deals import AsyncDeals as _GeneratedAsyncDeals
from ig_sdk._generated.resources.deals import Deals as _GeneratedDeals
from ig_sdk._models import IGResponseModel
from ig_sdk._operation import Operation, Param
from ig_sdk.errors import APITimeoutError, DealNotFoundError, DealRejectedError

__all__ = ["Deals", "AsyncDeals", "DEFAULT_CONFIRM_TIMEOUT"]

DEFAULT_CONFIRM_TIMEOUT: Final = 30.0
_FIRST_POLL: Final = 0.25
_MAX_POLL: Final = 2.0
_CONFIRM_OP_ID: Final = "getDealConfirmationV1"


class _DealConfirmation(IGResponseModel):
    """The fields :meth:`Deals.confirm` reads, used only until the generated model exists."""

    deal_reference: Annotated[str | None, Field(alias="dealReference")] = None
    deal_id: Annotated[str | None, Field(alias="dealId")] = None
    deal_status: Annotated[str | None, Field(alias="dealStatus")] = None
    reason: str | None = None


_FALLBACK_OP: Final = Operation(
    operation_id=_CONFIRM_OP_ID,
    resource="deals",
    method_name="get_confirmation",
    method="GET",
    path="/confirms/{dealReference}",
    version=1,
    summary="",
    trading=False,
    deal_reference=False,
    auth="session",
    rate_bucket="non_trading",
    long_timeout=False,
    method_override=None,
    preferred=True,
    deprecated=None,
    params=(Param("deal_reference", "dealReference", "path", True),),
    request_model_name=None,
    params_model_name=None,
    response_model_name=None,
)


def _confirm_operation() -> tuple[Operation, type[BaseModel]]:
    try:
        registry: Mapping[str, Operation] = importlib.import_module("ig_sdk._generated.operations").OPERATIONS
    except ImportError:
        registry = {}
    op = registry.get(_CONFIRM_OP_ID, _FALLBACK_OP)
    return op, op.response_model or _DealConfirmation


def _verdict(deal_reference: str, confirmation: Any) -> DealConfirmationV1Response:
    status = getattr(confirmation, "deal_status", None)
    if status is not None and str(status) == "REJECTED":
        reason = getattr(confirmation, "reason", None)
        raise DealRejectedError(deal_reference, str(reason) if reason is not None else None, confirmation)
    return cast("DealConfirmationV1Response", confirmation)


def _gave_up(op: Operation, deal_reference: str, timeout: float) -> APITimeoutError:
    return APITimeoutError(
        f"IG had no confirmation for deal reference {deal_reference!r} after {timeout:g}s; "
        "check positions, working orders or the activity history",
        operation=op,
        deal_reference=deal_reference,
    )


class Deals(_GeneratedDeals):
    """Deal confirmations, with a waiter that turns IG's asynchronous verdict into a return or an error."""

    def confirm(
        self, deal_reference: str, *, timeout: float = DEFAULT_CONFIRM_TIMEOUT
    ) -> DealConfirmationV1Response:
        """Wait until IG knows the deal and return its confirmation.

        Polls ``GET /confirms/{dealReference}`` (with growing pauses) while IG answers "not found yet".

        Raises:
            DealRejectedError: IG rejected the deal; ``reason`` is IG's reason code.
            APITimeoutError: still unknown after ``timeout`` seconds (``deal_reference`` attached).
        """
        op, model = _confirm_operation()
        client = self._client
        deadline = client._clock() + timeout
        pause = _FIRST_POLL
        while True:
            try:
                confirmation = self._request(op, {"deal_reference": deal_reference}, cast_to=model)
            except DealNotFoundError:
                remaining = deadline - client._clock()
                if remaining <= 0:
                    raise _gave_up(op, deal_reference, timeout) from None
                client._sleep(min(pause, remaining))
                pause = min(pause * 2, _MAX_POLL)
                continue
            return _verdict(deal_reference, confirmation)


class AsyncDeals(_GeneratedAsyncDeals):
    """The async twin of :class:`Deals`."""

    async def confirm(
        self, deal_reference: str, *, timeout: float = DEFAULT_CONFIRM_TIMEOUT
    ) -> DealConfirmationV1Response:
        """Wait until IG knows the deal and return its confirmation (see :meth:`Deals.confirm`)."""
        op, model = _confirm_operation()
        client = self._client
        deadline = client._clock() + timeout
        pause = _FIRST_POLL
        while True:
            try:
                confirmation = await self._request(op, {"deal_reference": deal_reference}, cast_to=model)
            except DealNotFoundError:
                remaining = deadline - client._clock()
                if remaining <= 0:
                    raise _gave_up(op, deal_reference, timeout) from None
                await client._sleep(min(pause, remaining))
                pause = min(pause * 2, _MAX_POLL)
                continue
            return _verdict(deal_reference, confirmation)
