"""``client.deals``: the generated deals resource plus :meth:`Deals.confirm`, which waits for IG's verdict.

IG accepts a trade request and decides on it asynchronously; the verdict is read from
``GET /confirms/{dealReference}``, which answers 404 ``error.confirms.deal-not-found`` until it is known.
"""

from __future__ import annotations

from typing import Final

from ig_sdk._generated.models import DealConfirmationV1Response
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._generated.resources.deals import AsyncDeals as _GeneratedAsyncDeals
from ig_sdk._generated.resources.deals import Deals as _GeneratedDeals
from ig_sdk.errors import APITimeoutError, DealNotFoundError, DealRejectedError

__all__ = ["DEFAULT_CONFIRM_TIMEOUT"]  # Deals and AsyncDeals are public through ig_sdk.resources

DEFAULT_CONFIRM_TIMEOUT: Final = 30.0
_FIRST_POLL: Final = 0.25
_MAX_POLL: Final = 2.0


class _Polling:
    """When to ask again and when to give up: the waiting rule, shared by the sync and async waiters."""

    def __init__(self, deal_reference: str, timeout: float, now: float) -> None:
        self._reference = deal_reference
        self._timeout = timeout
        self._deadline = now + timeout
        self._pause = _FIRST_POLL

    def next_pause(self, now: float) -> float:
        """Seconds to wait before asking again; raises once the time is up."""
        remaining = self._deadline - now
        if remaining <= 0:
            raise APITimeoutError(
                f"IG had no confirmation for deal reference {self._reference!r} after {self._timeout:g}s; "
                "check positions, working orders or the activity history",
                operation=OPERATIONS["getDealConfirmationV1"],
                deal_reference=self._reference,
            )
        pause = min(self._pause, remaining)
        self._pause = min(self._pause * 2, _MAX_POLL)
        return pause

    def verdict(self, confirmation: DealConfirmationV1Response) -> DealConfirmationV1Response:
        """The confirmation of an accepted deal; a rejected one raises with IG's reason."""
        status = confirmation.deal_status
        if status is not None and str(status) == "REJECTED":
            raise DealRejectedError(self._reference, confirmation.reason, confirmation)
        return confirmation


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
        client = self._client
        polling = _Polling(deal_reference, timeout, client._clock.monotonic())
        while True:
            try:
                return polling.verdict(self.get_confirmation_v1(deal_reference=deal_reference))
            except DealNotFoundError:
                client._sleep(polling.next_pause(client._clock.monotonic()))


class AsyncDeals(_GeneratedAsyncDeals):
    """The async twin of :class:`Deals`."""

    async def confirm(
        self, deal_reference: str, *, timeout: float = DEFAULT_CONFIRM_TIMEOUT
    ) -> DealConfirmationV1Response:
        """Wait until IG knows the deal and return its confirmation (see :meth:`Deals.confirm`)."""
        client = self._client
        polling = _Polling(deal_reference, timeout, client._clock.monotonic())
        while True:
            try:
                return polling.verdict(await self.get_confirmation_v1(deal_reference=deal_reference))
            except DealNotFoundError:
                await client._sleep(polling.next_pause(client._clock.monotonic()))
