# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""Orders that wait for a price level, and their amendment and cancellation."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from functools import cached_property
from typing import Literal

import httpx

from ig_sdk._deprecation import deprecated
from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["WorkingOrders", "AsyncWorkingOrders"]


class WorkingOrders(SyncAPIResource):
    """Orders that wait for a price level, and their amendment and cancellation."""

    @deprecated("Use working_orders.list (VERSION 2), which adds time in force and UTC timestamps.")
    def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.WorkingOrdersV1Response:
        """List the working orders of the active account (VERSION 1 shape).

        Returns every working (not yet triggered) order of the active account, each with a snapshot of its
        market. No paging. This version reports the order kind as `requestType` (LIMIT_ORDER or STOP_ORDER),
        the attached stop and limit as levels (`contingentStop`, `contingentLimit`), and `goodTill` as
        `dd/MM/yy HH:mm`; VERSION 2 gives time in force, UTC times and distances instead.

        IG endpoint: ``GET /workingorders``, VERSION 1.

        Returns:
            The parsed WorkingOrdersV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getWorkingOrdersV1"],
            {},
            cast_to=models.WorkingOrdersV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def list_v2(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.WorkingOrdersV2Response:
        """List the working orders of the active account.

        Returns every working (not yet triggered) order of the active account, each with a snapshot of its
        market. No paging. Each order gives its kind (LIMIT or STOP), size and trigger level, its time in
        force and, for GOOD_TILL_DATE orders, when IG deletes it if it has not triggered; its creation time
        in local time and UTC; and the attached stop and limit as distances. IG's reference page calls the
        list `working- orders`; IG's clients read `workingOrders` (unverified which the gateway sends; the
        model reads `workingOrders`).

        IG endpoint: ``GET /workingorders``, VERSION 2.

        Returns:
            The parsed WorkingOrdersV2Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getWorkingOrdersV2"],
            {},
            cast_to=models.WorkingOrdersV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use working_orders.create (VERSION 2), which adds forceOpen.")
    def create_v1(
        self,
        *,
        epic: str,
        expiry: str,
        direction: models.Direction | Literal["BUY", "SELL"],
        size: Decimal | float,
        level: Decimal | float,
        type: models.WorkingOrderType | Literal["LIMIT", "STOP"],
        currency_code: str,
        time_in_force: models.WorkingOrderTimeInForce | Literal["GOOD_TILL_CANCELLED", "GOOD_TILL_DATE"],
        guaranteed_stop: bool,
        deal_reference: str | NotGiven = NOT_GIVEN,
        good_till_date: datetime | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Place a working order on an OTC market (VERSION 1).

        Places a LIMIT or STOP order that IG executes when the market reaches `level`. `epic`, `expiry`,
        `size`, `level`, `currencyCode` and `guaranteedStop` must always be sent. Attach a stop as a level
        or a distance (not both) and likewise a limit; a guaranteed stop needs one of the two stop fields. A
        GOOD_TILL_DATE order needs `goodTillDate`. Unlike VERSION 2 this version has no `forceOpen`. The
        answer is only a deal reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``POST /workingorders/otc``, VERSION 1. Trading request: sent exactly once, never
        retried.

        Args:
            epic: Epic of the market.
            expiry: Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month
                (`JUN-24`) or day (`05-JUN-24`).
            direction: Direction of the deal the order makes when it triggers.
            size: Size of the order, at most 12 decimal places.
            level: Level at which the order triggers.
            type: LIMIT or STOP order.
            currency_code: ISO code of the order's currency, one of those the instrument offers.
            time_in_force: Until cancelled, or until `goodTillDate`.
            guaranteed_stop: True to make the attached stop guaranteed (a stop must then be given).
            deal_reference: Your own reference for this order, to find its confirmation later; the SDK makes
                one if left out.
            good_till_date: When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG
                takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch
                milliseconds (unverified: as a JSON number rather than a digit string).
            stop_level: Stop as a price level; not together with `stopDistance`.
            stop_distance: Stop as a distance from the order level; not together with `stopLevel`.
            limit_level: Limit as a price level; not together with `limitDistance`.
            limit_distance: Limit as a distance from the order level; not together with `limitLevel`.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown: reconcile
                with ``client.deals.confirm(error.deal_reference)``.
        """
        return self._request(
            OPERATIONS["createOTCWorkingOrderV1"],
            {
                "epic": epic,
                "expiry": expiry,
                "direction": direction,
                "size": size,
                "level": level,
                "type": type,
                "currency_code": currency_code,
                "time_in_force": time_in_force,
                "guaranteed_stop": guaranteed_stop,
                "deal_reference": deal_reference,
                "good_till_date": good_till_date,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def create_v2(
        self,
        *,
        epic: str,
        expiry: str,
        direction: models.Direction | Literal["BUY", "SELL"],
        size: Decimal | float,
        level: Decimal | float,
        type: models.WorkingOrderType | Literal["LIMIT", "STOP"],
        currency_code: str,
        time_in_force: models.WorkingOrderTimeInForce | Literal["GOOD_TILL_CANCELLED", "GOOD_TILL_DATE"],
        guaranteed_stop: bool,
        deal_reference: str | NotGiven = NOT_GIVEN,
        good_till_date: datetime | NotGiven = NOT_GIVEN,
        force_open: bool | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Place a working order on an OTC market.

        Places a LIMIT or STOP order that IG executes when the market reaches `level`. `epic`, `expiry`,
        `size`, `level`, `currencyCode` and `guaranteedStop` must always be sent. Attach a stop as a level
        or a distance (not both) and likewise a limit. IG's rule for this version asks a guaranteed stop to
        be given as `stopDistance` (VERSION 1 also accepts a `stopLevel`; unverified whether VERSION 2
        really refuses it, the SDK follows IG's rule). A GOOD_TILL_DATE order needs `goodTillDate`,
        otherwise the order stays until cancelled. The answer is only a deal reference: check the outcome
        with deals.get_confirmation.

        IG endpoint: ``POST /workingorders/otc``, VERSION 2. Trading request: sent exactly once, never
        retried.

        Args:
            epic: Epic of the market.
            expiry: Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month
                (`JUN-24`) or day (`05-JUN-24`).
            direction: Direction of the deal the order makes when it triggers.
            size: Size of the order, at most 12 decimal places.
            level: Level at which the order triggers.
            type: LIMIT or STOP order.
            currency_code: ISO code of the order's currency, one of those the instrument offers.
            time_in_force: Until cancelled, or until `goodTillDate`.
            guaranteed_stop: True to make the attached stop guaranteed; IG then wants the stop as
                `stopDistance`.
            deal_reference: Your own reference for this order, to find its confirmation later; the SDK makes
                one if left out.
            good_till_date: When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG
                takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch
                milliseconds (unverified: as a JSON number rather than a digit string).
            force_open: True to open a new position when the order triggers even where one in the opposite
                direction exists.
            stop_level: Stop as a price level; not together with `stopDistance`.
            stop_distance: Stop as a distance from the order level; not together with `stopLevel`.
            limit_level: Limit as a price level; not together with `limitDistance`.
            limit_distance: Limit as a distance from the order level; not together with `limitLevel`.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown: reconcile
                with ``client.deals.confirm(error.deal_reference)``.
        """
        return self._request(
            OPERATIONS["createOTCWorkingOrderV2"],
            {
                "epic": epic,
                "expiry": expiry,
                "direction": direction,
                "size": size,
                "level": level,
                "type": type,
                "currency_code": currency_code,
                "time_in_force": time_in_force,
                "guaranteed_stop": guaranteed_stop,
                "deal_reference": deal_reference,
                "good_till_date": good_till_date,
                "force_open": force_open,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use working_orders.delete (VERSION 2), which needs no request body.")
    def delete_v1(
        self,
        *,
        deal_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Cancel a working order (VERSION 1, sent with an empty body).

        Cancels a working order that has not triggered yet. This version insists on a request body with no
        fields, so the SDK sends `{}` as a POST with the header `_method: DELETE`. The answer is only a deal
        reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``DELETE /workingorders/otc/{dealId}``, VERSION 1. Trading request: sent exactly once,
        never retried.

        Args:
            deal_id: The deal id of the working order to cancel.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return self._request(
            OPERATIONS["deleteOTCWorkingOrderV1"],
            {
                "deal_id": deal_id,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def delete_v2(
        self,
        *,
        deal_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Cancel a working order.

        Cancels a working order that has not triggered yet; a plain DELETE without a body. The answer is
        only a deal reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``DELETE /workingorders/otc/{dealId}``, VERSION 2. Trading request: sent exactly once,
        never retried.

        Args:
            deal_id: The deal id of the working order to cancel.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return self._request(
            OPERATIONS["deleteOTCWorkingOrderV2"],
            {
                "deal_id": deal_id,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use working_orders.update (VERSION 2); the request is the same.")
    def update_v1(
        self,
        *,
        deal_id: str,
        level: Decimal | float,
        time_in_force: models.WorkingOrderTimeInForce
        | Literal["GOOD_TILL_CANCELLED", "GOOD_TILL_DATE"]
        | NotGiven = NOT_GIVEN,
        good_till_date: datetime | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven | None = NOT_GIVEN,
        type: models.WorkingOrderType | Literal["LIMIT", "STOP"] | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Change the level, expiry, stop or limit of a working order (VERSION 1).

        Amends a working order that has not triggered yet. `level` must always be sent, even when unchanged.
        The attached stop and limit are each given as a level or a distance, not both; send `null` to remove
        one. A guaranteed stop needs a `stopLevel`, and GOOD_TILL_DATE needs `goodTillDate`. The request is
        the same as VERSION 2's. The answer is only a deal reference: check the outcome with
        deals.get_confirmation.

        IG endpoint: ``PUT /workingorders/otc/{dealId}``, VERSION 1. Trading request: sent exactly once,
        never retried.

        Args:
            deal_id: The deal id of the working order to amend.
            level: Level at which the order triggers; always sent, even when unchanged.
            time_in_force: Until cancelled, or until `goodTillDate`.
            good_till_date: When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG
                takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch
                milliseconds (unverified: as a JSON number rather than a digit string).
            stop_level: Stop as a price level, null to remove it; not together with `stopDistance`.
            stop_distance: Stop as a distance from the order level, null to remove it; not together with
                `stopLevel`.
            limit_level: Limit as a price level, null to remove it; not together with `limitDistance`.
            limit_distance: Limit as a distance from the order level, null to remove it; not together with
                `limitLevel`.
            type: LIMIT or STOP order.
            guaranteed_stop: True to make the attached stop guaranteed; then `stopLevel` must be given.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return self._request(
            OPERATIONS["updateOTCWorkingOrderV1"],
            {
                "deal_id": deal_id,
                "level": level,
                "time_in_force": time_in_force,
                "good_till_date": good_till_date,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
                "type": type,
                "guaranteed_stop": guaranteed_stop,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def update_v2(
        self,
        *,
        deal_id: str,
        level: Decimal | float,
        time_in_force: models.WorkingOrderTimeInForce
        | Literal["GOOD_TILL_CANCELLED", "GOOD_TILL_DATE"]
        | NotGiven = NOT_GIVEN,
        good_till_date: datetime | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven | None = NOT_GIVEN,
        type: models.WorkingOrderType | Literal["LIMIT", "STOP"] | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Change the level, expiry, stop or limit of a working order.

        Amends a working order that has not triggered yet. `level` must always be sent, even when unchanged.
        The attached stop and limit are each given as a level or a distance, not both; send `null` to remove
        one. A guaranteed stop needs a `stopLevel`, and GOOD_TILL_DATE needs `goodTillDate` (UTC; the SDK
        sends epoch milliseconds). The SDK checks these rules before sending. The answer is only a deal
        reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``PUT /workingorders/otc/{dealId}``, VERSION 2. Trading request: sent exactly once,
        never retried.

        Args:
            deal_id: The deal id of the working order to amend.
            level: Level at which the order triggers; always sent, even when unchanged.
            time_in_force: Until cancelled, or until `goodTillDate`.
            good_till_date: When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG
                takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch
                milliseconds (unverified: as a JSON number rather than a digit string).
            stop_level: Stop as a price level, null to remove it; not together with `stopDistance`.
            stop_distance: Stop as a distance from the order level, null to remove it; not together with
                `stopLevel`.
            limit_level: Limit as a price level, null to remove it; not together with `limitDistance`.
            limit_distance: Limit as a distance from the order level, null to remove it; not together with
                `limitLevel`.
            type: LIMIT or STOP order.
            guaranteed_stop: True to make the attached stop guaranteed; then `stopLevel` must be given.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return self._request(
            OPERATIONS["updateOTCWorkingOrderV2"],
            {
                "deal_id": deal_id,
                "level": level,
                "time_in_force": time_in_force,
                "good_till_date": good_till_date,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
                "type": type,
                "guaranteed_stop": guaranteed_stop,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v2
    create = create_v2
    delete = delete_v2
    update = update_v2

    @cached_property
    def with_raw_response(self) -> WorkingOrdersWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return WorkingOrdersWithRawResponse(self)


class WorkingOrdersWithRawResponse:
    """Raw-response view of :class:`WorkingOrders`."""

    def __init__(self, resource: WorkingOrders) -> None:
        self.list_v1 = to_raw_response_wrapper(resource.list_v1)
        self.list_v2 = to_raw_response_wrapper(resource.list_v2)
        self.create_v1 = to_raw_response_wrapper(resource.create_v1)
        self.create_v2 = to_raw_response_wrapper(resource.create_v2)
        self.delete_v1 = to_raw_response_wrapper(resource.delete_v1)
        self.delete_v2 = to_raw_response_wrapper(resource.delete_v2)
        self.update_v1 = to_raw_response_wrapper(resource.update_v1)
        self.update_v2 = to_raw_response_wrapper(resource.update_v2)
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncWorkingOrders(AsyncAPIResource):
    """Orders that wait for a price level, and their amendment and cancellation."""

    @deprecated("Use working_orders.list (VERSION 2), which adds time in force and UTC timestamps.")
    async def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.WorkingOrdersV1Response:
        """List the working orders of the active account (VERSION 1 shape).

        Returns every working (not yet triggered) order of the active account, each with a snapshot of its
        market. No paging. This version reports the order kind as `requestType` (LIMIT_ORDER or STOP_ORDER),
        the attached stop and limit as levels (`contingentStop`, `contingentLimit`), and `goodTill` as
        `dd/MM/yy HH:mm`; VERSION 2 gives time in force, UTC times and distances instead.

        IG endpoint: ``GET /workingorders``, VERSION 1.

        Returns:
            The parsed WorkingOrdersV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getWorkingOrdersV1"],
            {},
            cast_to=models.WorkingOrdersV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def list_v2(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.WorkingOrdersV2Response:
        """List the working orders of the active account.

        Returns every working (not yet triggered) order of the active account, each with a snapshot of its
        market. No paging. Each order gives its kind (LIMIT or STOP), size and trigger level, its time in
        force and, for GOOD_TILL_DATE orders, when IG deletes it if it has not triggered; its creation time
        in local time and UTC; and the attached stop and limit as distances. IG's reference page calls the
        list `working- orders`; IG's clients read `workingOrders` (unverified which the gateway sends; the
        model reads `workingOrders`).

        IG endpoint: ``GET /workingorders``, VERSION 2.

        Returns:
            The parsed WorkingOrdersV2Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getWorkingOrdersV2"],
            {},
            cast_to=models.WorkingOrdersV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use working_orders.create (VERSION 2), which adds forceOpen.")
    async def create_v1(
        self,
        *,
        epic: str,
        expiry: str,
        direction: models.Direction | Literal["BUY", "SELL"],
        size: Decimal | float,
        level: Decimal | float,
        type: models.WorkingOrderType | Literal["LIMIT", "STOP"],
        currency_code: str,
        time_in_force: models.WorkingOrderTimeInForce | Literal["GOOD_TILL_CANCELLED", "GOOD_TILL_DATE"],
        guaranteed_stop: bool,
        deal_reference: str | NotGiven = NOT_GIVEN,
        good_till_date: datetime | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Place a working order on an OTC market (VERSION 1).

        Places a LIMIT or STOP order that IG executes when the market reaches `level`. `epic`, `expiry`,
        `size`, `level`, `currencyCode` and `guaranteedStop` must always be sent. Attach a stop as a level
        or a distance (not both) and likewise a limit; a guaranteed stop needs one of the two stop fields. A
        GOOD_TILL_DATE order needs `goodTillDate`. Unlike VERSION 2 this version has no `forceOpen`. The
        answer is only a deal reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``POST /workingorders/otc``, VERSION 1. Trading request: sent exactly once, never
        retried.

        Args:
            epic: Epic of the market.
            expiry: Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month
                (`JUN-24`) or day (`05-JUN-24`).
            direction: Direction of the deal the order makes when it triggers.
            size: Size of the order, at most 12 decimal places.
            level: Level at which the order triggers.
            type: LIMIT or STOP order.
            currency_code: ISO code of the order's currency, one of those the instrument offers.
            time_in_force: Until cancelled, or until `goodTillDate`.
            guaranteed_stop: True to make the attached stop guaranteed (a stop must then be given).
            deal_reference: Your own reference for this order, to find its confirmation later; the SDK makes
                one if left out.
            good_till_date: When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG
                takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch
                milliseconds (unverified: as a JSON number rather than a digit string).
            stop_level: Stop as a price level; not together with `stopDistance`.
            stop_distance: Stop as a distance from the order level; not together with `stopLevel`.
            limit_level: Limit as a price level; not together with `limitDistance`.
            limit_distance: Limit as a distance from the order level; not together with `limitLevel`.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown: reconcile
                with ``client.deals.confirm(error.deal_reference)``.
        """
        return await self._request(
            OPERATIONS["createOTCWorkingOrderV1"],
            {
                "epic": epic,
                "expiry": expiry,
                "direction": direction,
                "size": size,
                "level": level,
                "type": type,
                "currency_code": currency_code,
                "time_in_force": time_in_force,
                "guaranteed_stop": guaranteed_stop,
                "deal_reference": deal_reference,
                "good_till_date": good_till_date,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def create_v2(
        self,
        *,
        epic: str,
        expiry: str,
        direction: models.Direction | Literal["BUY", "SELL"],
        size: Decimal | float,
        level: Decimal | float,
        type: models.WorkingOrderType | Literal["LIMIT", "STOP"],
        currency_code: str,
        time_in_force: models.WorkingOrderTimeInForce | Literal["GOOD_TILL_CANCELLED", "GOOD_TILL_DATE"],
        guaranteed_stop: bool,
        deal_reference: str | NotGiven = NOT_GIVEN,
        good_till_date: datetime | NotGiven = NOT_GIVEN,
        force_open: bool | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Place a working order on an OTC market.

        Places a LIMIT or STOP order that IG executes when the market reaches `level`. `epic`, `expiry`,
        `size`, `level`, `currencyCode` and `guaranteedStop` must always be sent. Attach a stop as a level
        or a distance (not both) and likewise a limit. IG's rule for this version asks a guaranteed stop to
        be given as `stopDistance` (VERSION 1 also accepts a `stopLevel`; unverified whether VERSION 2
        really refuses it, the SDK follows IG's rule). A GOOD_TILL_DATE order needs `goodTillDate`,
        otherwise the order stays until cancelled. The answer is only a deal reference: check the outcome
        with deals.get_confirmation.

        IG endpoint: ``POST /workingorders/otc``, VERSION 2. Trading request: sent exactly once, never
        retried.

        Args:
            epic: Epic of the market.
            expiry: Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month
                (`JUN-24`) or day (`05-JUN-24`).
            direction: Direction of the deal the order makes when it triggers.
            size: Size of the order, at most 12 decimal places.
            level: Level at which the order triggers.
            type: LIMIT or STOP order.
            currency_code: ISO code of the order's currency, one of those the instrument offers.
            time_in_force: Until cancelled, or until `goodTillDate`.
            guaranteed_stop: True to make the attached stop guaranteed; IG then wants the stop as
                `stopDistance`.
            deal_reference: Your own reference for this order, to find its confirmation later; the SDK makes
                one if left out.
            good_till_date: When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG
                takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch
                milliseconds (unverified: as a JSON number rather than a digit string).
            force_open: True to open a new position when the order triggers even where one in the opposite
                direction exists.
            stop_level: Stop as a price level; not together with `stopDistance`.
            stop_distance: Stop as a distance from the order level; not together with `stopLevel`.
            limit_level: Limit as a price level; not together with `limitDistance`.
            limit_distance: Limit as a distance from the order level; not together with `limitLevel`.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown: reconcile
                with ``client.deals.confirm(error.deal_reference)``.
        """
        return await self._request(
            OPERATIONS["createOTCWorkingOrderV2"],
            {
                "epic": epic,
                "expiry": expiry,
                "direction": direction,
                "size": size,
                "level": level,
                "type": type,
                "currency_code": currency_code,
                "time_in_force": time_in_force,
                "guaranteed_stop": guaranteed_stop,
                "deal_reference": deal_reference,
                "good_till_date": good_till_date,
                "force_open": force_open,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use working_orders.delete (VERSION 2), which needs no request body.")
    async def delete_v1(
        self,
        *,
        deal_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Cancel a working order (VERSION 1, sent with an empty body).

        Cancels a working order that has not triggered yet. This version insists on a request body with no
        fields, so the SDK sends `{}` as a POST with the header `_method: DELETE`. The answer is only a deal
        reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``DELETE /workingorders/otc/{dealId}``, VERSION 1. Trading request: sent exactly once,
        never retried.

        Args:
            deal_id: The deal id of the working order to cancel.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return await self._request(
            OPERATIONS["deleteOTCWorkingOrderV1"],
            {
                "deal_id": deal_id,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def delete_v2(
        self,
        *,
        deal_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Cancel a working order.

        Cancels a working order that has not triggered yet; a plain DELETE without a body. The answer is
        only a deal reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``DELETE /workingorders/otc/{dealId}``, VERSION 2. Trading request: sent exactly once,
        never retried.

        Args:
            deal_id: The deal id of the working order to cancel.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return await self._request(
            OPERATIONS["deleteOTCWorkingOrderV2"],
            {
                "deal_id": deal_id,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use working_orders.update (VERSION 2); the request is the same.")
    async def update_v1(
        self,
        *,
        deal_id: str,
        level: Decimal | float,
        time_in_force: models.WorkingOrderTimeInForce
        | Literal["GOOD_TILL_CANCELLED", "GOOD_TILL_DATE"]
        | NotGiven = NOT_GIVEN,
        good_till_date: datetime | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven | None = NOT_GIVEN,
        type: models.WorkingOrderType | Literal["LIMIT", "STOP"] | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Change the level, expiry, stop or limit of a working order (VERSION 1).

        Amends a working order that has not triggered yet. `level` must always be sent, even when unchanged.
        The attached stop and limit are each given as a level or a distance, not both; send `null` to remove
        one. A guaranteed stop needs a `stopLevel`, and GOOD_TILL_DATE needs `goodTillDate`. The request is
        the same as VERSION 2's. The answer is only a deal reference: check the outcome with
        deals.get_confirmation.

        IG endpoint: ``PUT /workingorders/otc/{dealId}``, VERSION 1. Trading request: sent exactly once,
        never retried.

        Args:
            deal_id: The deal id of the working order to amend.
            level: Level at which the order triggers; always sent, even when unchanged.
            time_in_force: Until cancelled, or until `goodTillDate`.
            good_till_date: When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG
                takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch
                milliseconds (unverified: as a JSON number rather than a digit string).
            stop_level: Stop as a price level, null to remove it; not together with `stopDistance`.
            stop_distance: Stop as a distance from the order level, null to remove it; not together with
                `stopLevel`.
            limit_level: Limit as a price level, null to remove it; not together with `limitDistance`.
            limit_distance: Limit as a distance from the order level, null to remove it; not together with
                `limitLevel`.
            type: LIMIT or STOP order.
            guaranteed_stop: True to make the attached stop guaranteed; then `stopLevel` must be given.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return await self._request(
            OPERATIONS["updateOTCWorkingOrderV1"],
            {
                "deal_id": deal_id,
                "level": level,
                "time_in_force": time_in_force,
                "good_till_date": good_till_date,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
                "type": type,
                "guaranteed_stop": guaranteed_stop,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def update_v2(
        self,
        *,
        deal_id: str,
        level: Decimal | float,
        time_in_force: models.WorkingOrderTimeInForce
        | Literal["GOOD_TILL_CANCELLED", "GOOD_TILL_DATE"]
        | NotGiven = NOT_GIVEN,
        good_till_date: datetime | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven | None = NOT_GIVEN,
        type: models.WorkingOrderType | Literal["LIMIT", "STOP"] | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Change the level, expiry, stop or limit of a working order.

        Amends a working order that has not triggered yet. `level` must always be sent, even when unchanged.
        The attached stop and limit are each given as a level or a distance, not both; send `null` to remove
        one. A guaranteed stop needs a `stopLevel`, and GOOD_TILL_DATE needs `goodTillDate` (UTC; the SDK
        sends epoch milliseconds). The SDK checks these rules before sending. The answer is only a deal
        reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``PUT /workingorders/otc/{dealId}``, VERSION 2. Trading request: sent exactly once,
        never retried.

        Args:
            deal_id: The deal id of the working order to amend.
            level: Level at which the order triggers; always sent, even when unchanged.
            time_in_force: Until cancelled, or until `goodTillDate`.
            good_till_date: When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG
                takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch
                milliseconds (unverified: as a JSON number rather than a digit string).
            stop_level: Stop as a price level, null to remove it; not together with `stopDistance`.
            stop_distance: Stop as a distance from the order level, null to remove it; not together with
                `stopLevel`.
            limit_level: Limit as a price level, null to remove it; not together with `limitDistance`.
            limit_distance: Limit as a distance from the order level, null to remove it; not together with
                `limitLevel`.
            type: LIMIT or STOP order.
            guaranteed_stop: True to make the attached stop guaranteed; then `stopLevel` must be given.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return await self._request(
            OPERATIONS["updateOTCWorkingOrderV2"],
            {
                "deal_id": deal_id,
                "level": level,
                "time_in_force": time_in_force,
                "good_till_date": good_till_date,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
                "type": type,
                "guaranteed_stop": guaranteed_stop,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v2
    create = create_v2
    delete = delete_v2
    update = update_v2

    @cached_property
    def with_raw_response(self) -> AsyncWorkingOrdersWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncWorkingOrdersWithRawResponse(self)


class AsyncWorkingOrdersWithRawResponse:
    """Raw-response view of :class:`AsyncWorkingOrders`."""

    def __init__(self, resource: AsyncWorkingOrders) -> None:
        self.list_v1 = async_to_raw_response_wrapper(resource.list_v1)
        self.list_v2 = async_to_raw_response_wrapper(resource.list_v2)
        self.create_v1 = async_to_raw_response_wrapper(resource.create_v1)
        self.create_v2 = async_to_raw_response_wrapper(resource.create_v2)
        self.delete_v1 = async_to_raw_response_wrapper(resource.delete_v1)
        self.delete_v2 = async_to_raw_response_wrapper(resource.delete_v2)
        self.update_v1 = async_to_raw_response_wrapper(resource.update_v1)
        self.update_v2 = async_to_raw_response_wrapper(resource.update_v2)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
