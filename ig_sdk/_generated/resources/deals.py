# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""Deal confirmations and the repeat-dealing window."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["Deals", "AsyncDeals"]


class Deals(SyncAPIResource):
    """Deal confirmations and the repeat-dealing window."""

    def get_confirmation_v1(
        self,
        *,
        deal_reference: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealConfirmationV1Response:
        """Look up what became of a deal, by the deal reference its trading call returned.

        A trading call (open, amend, close, place or cancel an order) only tells you that IG accepted the
        request for processing and hands back a deal reference; this call tells you the outcome: whether the
        deal was ACCEPTED or REJECTED, the reason code (SUCCESS when it went through), the deal id it
        produced, the level and size actually dealt and every deal it touched. It is also how to find out
        what happened after a trading call timed out, since the SDK sends its own deal reference with every
        order. IG keeps a confirmation only for a short while after the deal (unverified: a few minutes); a
        reference IG does not know, or no longer knows, answers 404 `error.confirms.deal-not-found`.

        IG endpoint: ``GET /confirms/{dealReference}``, VERSION 1.

        Args:
            deal_reference: The deal reference of the trading request to confirm: the one you sent, or the
                one IG returned.

        Returns:
            The parsed DealConfirmationV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getDealConfirmationV1"],
            {
                "deal_reference": deal_reference,
            },
            cast_to=models.DealConfirmationV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_repeat_dealing_window_v1(
        self,
        *,
        epic: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.RepeatDealingWindowResponse:
        """Show how much can still be dealt again on a market within IG's repeat dealing window.

        Under IG's tiered pricing, dealing repeatedly on the same market within a short window is
        restricted; this reports, per market and currency, the sizes already dealt in each direction and
        when each of them drops out of the window. Pass `epic` for one market, or leave it out for all
        markets the account has dealt on. IG's reference page for this call is titled `/repeat-deal-window`
        while its pricing guide and existing clients use `/repeat-dealing-window` (unverified: which path
        the gateway serves; this operation uses the latter). The response fields come from IG's reference
        page (unverified on the wire).

        IG endpoint: ``GET /repeat-dealing-window``, VERSION 1.

        Args:
            epic: Limit the answer to this market; all markets when left out.

        Returns:
            The parsed RepeatDealingWindowResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getRepeatDealingWindowV1"],
            {
                "epic": epic,
            },
            cast_to=models.RepeatDealingWindowResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    get_confirmation = get_confirmation_v1
    get_repeat_dealing_window = get_repeat_dealing_window_v1

    @cached_property
    def with_raw_response(self) -> DealsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return DealsWithRawResponse(self)


class DealsWithRawResponse:
    """Raw-response view of :class:`Deals`."""

    def __init__(self, resource: Deals) -> None:
        self.get_confirmation_v1 = to_raw_response_wrapper(resource.get_confirmation_v1)
        self.get_repeat_dealing_window_v1 = to_raw_response_wrapper(resource.get_repeat_dealing_window_v1)
        self.get_confirmation = to_raw_response_wrapper(resource.get_confirmation)
        self.get_repeat_dealing_window = to_raw_response_wrapper(resource.get_repeat_dealing_window)


class AsyncDeals(AsyncAPIResource):
    """Deal confirmations and the repeat-dealing window."""

    async def get_confirmation_v1(
        self,
        *,
        deal_reference: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealConfirmationV1Response:
        """Look up what became of a deal, by the deal reference its trading call returned.

        A trading call (open, amend, close, place or cancel an order) only tells you that IG accepted the
        request for processing and hands back a deal reference; this call tells you the outcome: whether the
        deal was ACCEPTED or REJECTED, the reason code (SUCCESS when it went through), the deal id it
        produced, the level and size actually dealt and every deal it touched. It is also how to find out
        what happened after a trading call timed out, since the SDK sends its own deal reference with every
        order. IG keeps a confirmation only for a short while after the deal (unverified: a few minutes); a
        reference IG does not know, or no longer knows, answers 404 `error.confirms.deal-not-found`.

        IG endpoint: ``GET /confirms/{dealReference}``, VERSION 1.

        Args:
            deal_reference: The deal reference of the trading request to confirm: the one you sent, or the
                one IG returned.

        Returns:
            The parsed DealConfirmationV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getDealConfirmationV1"],
            {
                "deal_reference": deal_reference,
            },
            cast_to=models.DealConfirmationV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_repeat_dealing_window_v1(
        self,
        *,
        epic: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.RepeatDealingWindowResponse:
        """Show how much can still be dealt again on a market within IG's repeat dealing window.

        Under IG's tiered pricing, dealing repeatedly on the same market within a short window is
        restricted; this reports, per market and currency, the sizes already dealt in each direction and
        when each of them drops out of the window. Pass `epic` for one market, or leave it out for all
        markets the account has dealt on. IG's reference page for this call is titled `/repeat-deal-window`
        while its pricing guide and existing clients use `/repeat-dealing-window` (unverified: which path
        the gateway serves; this operation uses the latter). The response fields come from IG's reference
        page (unverified on the wire).

        IG endpoint: ``GET /repeat-dealing-window``, VERSION 1.

        Args:
            epic: Limit the answer to this market; all markets when left out.

        Returns:
            The parsed RepeatDealingWindowResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getRepeatDealingWindowV1"],
            {
                "epic": epic,
            },
            cast_to=models.RepeatDealingWindowResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    get_confirmation = get_confirmation_v1
    get_repeat_dealing_window = get_repeat_dealing_window_v1

    @cached_property
    def with_raw_response(self) -> AsyncDealsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncDealsWithRawResponse(self)


class AsyncDealsWithRawResponse:
    """Raw-response view of :class:`AsyncDeals`."""

    def __init__(self, resource: AsyncDeals) -> None:
        self.get_confirmation_v1 = async_to_raw_response_wrapper(resource.get_confirmation_v1)
        self.get_repeat_dealing_window_v1 = async_to_raw_response_wrapper(
            resource.get_repeat_dealing_window_v1
        )
        self.get_confirmation = async_to_raw_response_wrapper(resource.get_confirmation)
        self.get_repeat_dealing_window = async_to_raw_response_wrapper(resource.get_repeat_dealing_window)
