# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""Open, amend, close and list positions (OTC and sprint markets)."""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["Positions", "AsyncPositions"]


class Positions(SyncAPIResource):
    """Open, amend, close and list positions (OTC and sprint markets)."""

    @deprecated(
        "Use positions.list (VERSION 2), which adds UTC timestamps and each position's deal reference."
    )
    def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PositionsV1Response:
        """List the open positions of the active account (VERSION 1 shape).

        Returns every open position of the active account, each with a snapshot of its market. IG sends the
        whole list at once: there is no paging. This version names the size `dealSize` and the entry price
        `openLevel`, and gives the opening time only in the account's local time; VERSION 2 adds UTC
        timestamps and the deal reference.

        IG endpoint: ``GET /positions``, VERSION 1.

        Returns:
            The parsed PositionsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getPositionsV1"],
            {},
            cast_to=models.PositionsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def list_v2(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PositionsV2Response:
        """List the open positions of the active account.

        Returns every open position of the active account, each with a snapshot of its market. IG sends the
        whole list at once: there is no paging. Each position carries its opening time both in the account's
        local time (`createdDate`) and in UTC (`createdDateUTC`), the deal reference it was opened with, and
        its market snapshot gives the last price update time in both local time and UTC. An account with no
        open position gets an empty list.

        IG endpoint: ``GET /positions``, VERSION 2.

        Returns:
            The parsed PositionsV2Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getPositionsV2"],
            {},
            cast_to=models.PositionsV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def close_v1(
        self,
        *,
        direction: models.Direction | Literal["BUY", "SELL"],
        size: Decimal | float,
        order_type: models.PositionOrderType | Literal["LIMIT", "MARKET", "QUOTE"],
        deal_id: str | NotGiven = NOT_GIVEN,
        epic: str | NotGiven = NOT_GIVEN,
        expiry: str | NotGiven = NOT_GIVEN,
        level: Decimal | float | NotGiven = NOT_GIVEN,
        time_in_force: models.PositionTimeInForce
        | Literal["EXECUTE_AND_ELIMINATE", "FILL_OR_KILL"]
        | NotGiven = NOT_GIVEN,
        quote_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Close an OTC position, wholly or in part.

        Closes (part of) an open position by dealing in the opposite direction. Name the position either by
        its `dealId`, or by `epic` plus `expiry`, in which case IG closes positions on that market (give
        exactly one of `dealId` and `epic`). `direction` is the closing direction, so SELL closes a long
        position, and `size` may be smaller than the position for a partial close. With `orderType` MARKET
        IG fills at the current price (send no `level` or `quoteId`; some markets refuse market orders with
        400 `error.trading.otc.market-orders.not-supported`); LIMIT needs a worst acceptable `level`; QUOTE
        needs both `level` and the `quoteId` of a streamed quote. `timeInForce` defaults to FILL_OR_KILL. IG
        takes this DELETE with a JSON body, so the SDK sends it as a POST with the header `_method: DELETE`.
        The answer is only a deal reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``DELETE /positions/otc``, VERSION 1. Trading request: sent exactly once, never
        retried.

        Args:
            direction: Direction of the closing deal, the opposite of the position's (SELL closes a long
                position).
            size: Size to close; less than the position's size closes it in part. At most 12 decimal places.
            order_type: How to close.
            deal_id: Deal id of the position to close; give this or `epic`, not both.
            epic: Epic of the market whose position to close; give this or `dealId`, and then `expiry` too.
            expiry: Expiry of the instrument, needed with `epic`: `-` for none, `DFB` for daily funded bets,
                else a month (`JUN-24`) or day (`05-JUN-24`).
            level: Worst acceptable closing price; needed for LIMIT and QUOTE, not allowed for MARKET.
            time_in_force: What to do when the whole size cannot be filled; IG assumes FILL_OR_KILL when
                left out.
            quote_id: Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return self._request(
            OPERATIONS["closeOTCPositionV1"],
            {
                "direction": direction,
                "size": size,
                "order_type": order_type,
                "deal_id": deal_id,
                "epic": epic,
                "expiry": expiry,
                "level": level,
                "time_in_force": time_in_force,
                "quote_id": quote_id,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use positions.create (VERSION 2), which adds trailing stops and time in force.")
    def create_v1(
        self,
        *,
        epic: str,
        expiry: str,
        direction: models.Direction | Literal["BUY", "SELL"],
        size: Decimal | float,
        order_type: models.PositionOrderType | Literal["LIMIT", "MARKET", "QUOTE"],
        guaranteed_stop: bool,
        force_open: bool,
        currency_code: str,
        deal_reference: str | NotGiven = NOT_GIVEN,
        level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven = NOT_GIVEN,
        quote_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Open an OTC position (VERSION 1, no trailing stops or time in force).

        Opens a position on an OTC market. The same rules as VERSION 2 apply to the order type (MARKET sends
        no `level` or `quoteId`, LIMIT needs `level`, QUOTE needs `level` and `quoteId`), to stops and
        limits (a level or a distance, never both; a guaranteed stop needs one of them), but this version
        has no trailing stops, no `timeInForce`, and does not insist on `forceOpen` when a stop or limit is
        set. The answer is only a deal reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``POST /positions/otc``, VERSION 1. Trading request: sent exactly once, never retried.

        Args:
            epic: Epic of the market to deal on.
            expiry: Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month
                (`JUN-24`) or day (`05-JUN-24`).
            direction: BUY to go long, SELL to go short.
            size: Size of the deal, at most 12 decimal places.
            order_type: How to open.
            guaranteed_stop: True to make the stop guaranteed (a stop must then be given).
            force_open: True to open a new position even where one in the opposite direction exists; false
                lets IG net the deal against it.
            currency_code: ISO code of the deal's currency, one of those the instrument offers.
            deal_reference: Your own reference for this deal, to find its confirmation later; the SDK makes
                one if left out.
            level: Worst acceptable price; needed for LIMIT and QUOTE, not allowed for MARKET.
            stop_level: Stop as a price level; not together with `stopDistance`.
            stop_distance: Stop as a distance from the deal level; not together with `stopLevel`.
            limit_level: Limit as a price level; not together with `limitDistance`.
            limit_distance: Limit as a distance from the deal level; not together with `limitLevel`.
            quote_id: Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown: reconcile
                with ``client.deals.confirm(error.deal_reference)``.
        """
        return self._request(
            OPERATIONS["createOTCPositionV1"],
            {
                "epic": epic,
                "expiry": expiry,
                "direction": direction,
                "size": size,
                "order_type": order_type,
                "guaranteed_stop": guaranteed_stop,
                "force_open": force_open,
                "currency_code": currency_code,
                "deal_reference": deal_reference,
                "level": level,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
                "quote_id": quote_id,
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
        order_type: models.PositionOrderType | Literal["LIMIT", "MARKET", "QUOTE"],
        guaranteed_stop: bool,
        force_open: bool,
        currency_code: str,
        deal_reference: str | NotGiven = NOT_GIVEN,
        level: Decimal | float | NotGiven = NOT_GIVEN,
        time_in_force: models.PositionTimeInForce
        | Literal["EXECUTE_AND_ELIMINATE", "FILL_OR_KILL"]
        | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven = NOT_GIVEN,
        trailing_stop: bool | NotGiven = NOT_GIVEN,
        trailing_stop_increment: Decimal | float | NotGiven = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven = NOT_GIVEN,
        quote_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Open an OTC position.

        Opens a position on an OTC market. `epic`, `expiry` (`-` for markets without one, `DFB` for daily
        funded bets), `size`, `currencyCode`, `guaranteedStop` and `forceOpen` must always be sent. The
        order type decides the price: MARKET fills at the current price and must not carry `level` or
        `quoteId`; LIMIT needs `level` (the worst price you accept); QUOTE needs `level` and the `quoteId`
        of a streamed quote. A stop is given either as a `stopLevel` or a `stopDistance`, and a limit either
        as a `limitLevel` or a `limitDistance`, never both. Any stop or limit requires `forceOpen: true`. A
        guaranteed stop needs a stop. A trailing stop needs `stopDistance` and `trailingStopIncrement`, no
        `stopLevel`, and `guaranteedStop: false`. `timeInForce` defaults to FILL_OR_KILL. The SDK checks
        these rules before sending. The answer is only a deal reference: IG may still reject the deal, so
        check the outcome with deals.get_confirmation.

        IG endpoint: ``POST /positions/otc``, VERSION 2. Trading request: sent exactly once, never retried.

        Args:
            epic: Epic of the market to deal on.
            expiry: Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month
                (`JUN-24`) or day (`05-JUN-24`).
            direction: BUY to go long, SELL to go short.
            size: Size of the deal, at most 12 decimal places.
            order_type: How to open.
            guaranteed_stop: True to make the stop guaranteed (a stop must then be given, and it cannot
                trail).
            force_open: True to open a new position even where one in the opposite direction exists; false
                lets IG net the deal against it. Must be true when a stop or limit is attached.
            currency_code: ISO code of the deal's currency, one of those the instrument offers.
            deal_reference: Your own reference for this deal, to find its confirmation later; the SDK makes
                one if left out.
            level: Worst acceptable price; needed for LIMIT and QUOTE, not allowed for MARKET.
            time_in_force: What to do when the whole size cannot be filled; IG assumes FILL_OR_KILL when
                left out.
            stop_level: Stop as a price level; not together with `stopDistance`, nor with a trailing stop.
            stop_distance: Stop as a distance from the deal level; not together with `stopLevel`. Needed for
                a trailing stop.
            trailing_stop: True to make the stop follow the market as it moves in the position's favour.
            trailing_stop_increment: Step, in points, by which a trailing stop moves; only when
                `trailingStop` is true.
            limit_level: Limit as a price level; not together with `limitDistance`.
            limit_distance: Limit as a distance from the deal level; not together with `limitLevel`.
            quote_id: Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown: reconcile
                with ``client.deals.confirm(error.deal_reference)``.
        """
        return self._request(
            OPERATIONS["createOTCPositionV2"],
            {
                "epic": epic,
                "expiry": expiry,
                "direction": direction,
                "size": size,
                "order_type": order_type,
                "guaranteed_stop": guaranteed_stop,
                "force_open": force_open,
                "currency_code": currency_code,
                "deal_reference": deal_reference,
                "level": level,
                "time_in_force": time_in_force,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "trailing_stop": trailing_stop,
                "trailing_stop_increment": trailing_stop_increment,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
                "quote_id": quote_id,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use positions.update (VERSION 2), which can also set trailing stops.")
    def update_v1(
        self,
        *,
        deal_id: str,
        stop_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Move or remove the stop and limit of an open position (VERSION 1).

        Sets the stop and limit levels of an open position. Send `null` for `stopLevel` or `limitLevel` to
        remove that order; leave a field out to keep it as it is (unverified: IG documents no difference
        between the two for this version). Asking for a guaranteed stop requires a `stopLevel`. This version
        cannot set trailing stops. The answer is only a deal reference: check the outcome with
        deals.get_confirmation.

        IG endpoint: ``PUT /positions/otc/{dealId}``, VERSION 1. Trading request: sent exactly once, never
        retried.

        Args:
            deal_id: The deal id of the open position to amend.
            stop_level: New stop level; null removes the stop.
            limit_level: New limit level; null removes the limit.
            guaranteed_stop: True to make the stop guaranteed; then `stopLevel` must be given.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return self._request(
            OPERATIONS["updateOTCPositionV1"],
            {
                "deal_id": deal_id,
                "stop_level": stop_level,
                "limit_level": limit_level,
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
        stop_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        trailing_stop: bool | NotGiven = NOT_GIVEN,
        trailing_stop_distance: Decimal | float | NotGiven = NOT_GIVEN,
        trailing_stop_increment: Decimal | float | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Move or remove the stop and limit of an open position, or make its stop trail.

        Amends the stop and limit of an open position. Send `null` for `stopLevel` or `limitLevel` to remove
        that order. To make the stop trail, send `trailingStop: true` with `trailingStopDistance`,
        `trailingStopIncrement` and a `stopLevel`; with `trailingStop: false` leave the two trailing fields
        out. A guaranteed stop needs a `stopLevel` and cannot trail. The SDK checks these rules before
        sending. The answer is only a deal reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``PUT /positions/otc/{dealId}``, VERSION 2. Trading request: sent exactly once, never
        retried.

        Args:
            deal_id: The deal id of the open position to amend.
            stop_level: New stop level; null removes the stop. Needed with a trailing or guaranteed stop.
            limit_level: New limit level; null removes the limit.
            trailing_stop: True to make the stop trail the market, false for a fixed stop.
            trailing_stop_distance: Distance a trailing stop keeps from the market; only when `trailingStop`
                is true.
            trailing_stop_increment: Step by which a trailing stop moves; only when `trailingStop` is true.
            guaranteed_stop: True to make the stop guaranteed; needs `stopLevel` and cannot be combined with
                a trailing stop.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return self._request(
            OPERATIONS["updateOTCPositionV2"],
            {
                "deal_id": deal_id,
                "stop_level": stop_level,
                "limit_level": limit_level,
                "trailing_stop": trailing_stop,
                "trailing_stop_distance": trailing_stop_distance,
                "trailing_stop_increment": trailing_stop_increment,
                "guaranteed_stop": guaranteed_stop,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use positions.list_sprint_markets (VERSION 2).")
    def list_sprint_markets_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.SprintMarketPositionsResponse:
        """List the open sprint market positions of the active account (VERSION 1).

        Returns the account's open sprint market positions (short fixed-expiry bets on whether a market ends
        above or below a strike). This version gives the opening and expiry times in the account's local
        time. No paging.

        IG endpoint: ``GET /positions/sprintmarkets``, VERSION 1.

        Returns:
            The parsed SprintMarketPositionsResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getSprintMarketPositionsV1"],
            {},
            cast_to=models.SprintMarketPositionsResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def list_sprint_markets_v2(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.SprintMarketPositionsResponse:
        """List the open sprint market positions of the active account.

        Returns the account's open sprint market positions (short fixed-expiry bets on whether a market ends
        above or below a strike), with the strike, stake, payout and expiry of each. The body has the same
        fields as VERSION 1; IG describes the times of this version without calling them local (unverified:
        whether they are UTC). No paging.

        IG endpoint: ``GET /positions/sprintmarkets``, VERSION 2.

        Returns:
            The parsed SprintMarketPositionsResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getSprintMarketPositionsV2"],
            {},
            cast_to=models.SprintMarketPositionsResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def create_sprint_market_v1(
        self,
        *,
        epic: str,
        direction: models.Direction | Literal["BUY", "SELL"],
        size: Decimal | float,
        expiry_period: models.SprintMarketExpiryPeriod
        | Literal["FIVE_MINUTES", "ONE_MINUTE", "SIXTY_MINUTES", "TWENTY_MINUTES", "TWO_MINUTES"],
        deal_reference: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Place a sprint market bet.

        Places a sprint market bet: `direction` BUY wins if the market ends above the current level after
        `expiryPeriod`, SELL if it ends below; `size` is the stake. IG marks none of the fields mandatory,
        but a bet cannot be placed without `epic`, `direction`, `size` and `expiryPeriod` (unverified). The
        answer is only a deal reference: check the outcome, including the strike level, with
        deals.get_confirmation.

        IG endpoint: ``POST /positions/sprintmarkets``, VERSION 1. Trading request: sent exactly once, never
        retried.

        Args:
            epic: Epic of the sprint market.
            direction: BUY to bet the market ends higher, SELL to bet it ends lower.
            size: Stake of the bet.
            expiry_period: How long until the bet settles.
            deal_reference: Your own reference for this deal, to find its confirmation later; the SDK makes
                one if left out.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown: reconcile
                with ``client.deals.confirm(error.deal_reference)``.
        """
        return self._request(
            OPERATIONS["createSprintMarketPositionV1"],
            {
                "epic": epic,
                "direction": direction,
                "size": size,
                "expiry_period": expiry_period,
                "deal_reference": deal_reference,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use positions.get (VERSION 2), which adds UTC timestamps and the deal reference.")
    def get_v1(
        self,
        *,
        deal_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PositionV1Entry:
        """Fetch one open position by its deal id (VERSION 1 shape).

        Returns a single open position of the active account with a snapshot of its market, in the same
        shape as one entry of positions.list VERSION 1 (`dealSize`, `openLevel`, local times only). A deal
        id that is not an open position answers 404 `error.position.notfound`. IG's page for this version
        prints the VERSION 2 field names (`size`, `level`, `createdDateUTC`); this spec keeps the VERSION 1
        names that positions.list_v1 uses (unverified: most likely a copying slip on IG's page).

        IG endpoint: ``GET /positions/{dealId}``, VERSION 1.

        Args:
            deal_id: The deal id of the open position.

        Returns:
            The parsed PositionV1Entry.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getPositionByDealIdV1"],
            {
                "deal_id": deal_id,
            },
            cast_to=models.PositionV1Entry,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_v2(
        self,
        *,
        deal_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PositionV2Entry:
        """Fetch one open position by its deal id.

        Returns a single open position of the active account with a snapshot of its market, in the same
        shape as one entry of positions.list: opening time in local time and UTC, the deal reference it was
        opened with, and the market's last update time in local time and UTC. A deal id that is not an open
        position (for example one already closed) answers 404 `error.position.notfound`.

        IG endpoint: ``GET /positions/{dealId}``, VERSION 2.

        Args:
            deal_id: The deal id of the open position.

        Returns:
            The parsed PositionV2Entry.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getPositionByDealIdV2"],
            {
                "deal_id": deal_id,
            },
            cast_to=models.PositionV2Entry,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v2
    close = close_v1
    create = create_v2
    update = update_v2
    list_sprint_markets = list_sprint_markets_v2
    create_sprint_market = create_sprint_market_v1
    get = get_v2

    @cached_property
    def with_raw_response(self) -> PositionsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return PositionsWithRawResponse(self)


class PositionsWithRawResponse:
    """Raw-response view of :class:`Positions`."""

    def __init__(self, resource: Positions) -> None:
        self.list_v1 = to_raw_response_wrapper(resource.list_v1)
        self.list_v2 = to_raw_response_wrapper(resource.list_v2)
        self.close_v1 = to_raw_response_wrapper(resource.close_v1)
        self.create_v1 = to_raw_response_wrapper(resource.create_v1)
        self.create_v2 = to_raw_response_wrapper(resource.create_v2)
        self.update_v1 = to_raw_response_wrapper(resource.update_v1)
        self.update_v2 = to_raw_response_wrapper(resource.update_v2)
        self.list_sprint_markets_v1 = to_raw_response_wrapper(resource.list_sprint_markets_v1)
        self.list_sprint_markets_v2 = to_raw_response_wrapper(resource.list_sprint_markets_v2)
        self.create_sprint_market_v1 = to_raw_response_wrapper(resource.create_sprint_market_v1)
        self.get_v1 = to_raw_response_wrapper(resource.get_v1)
        self.get_v2 = to_raw_response_wrapper(resource.get_v2)
        self.list = to_raw_response_wrapper(resource.list)
        self.close = to_raw_response_wrapper(resource.close)
        self.create = to_raw_response_wrapper(resource.create)
        self.update = to_raw_response_wrapper(resource.update)
        self.list_sprint_markets = to_raw_response_wrapper(resource.list_sprint_markets)
        self.create_sprint_market = to_raw_response_wrapper(resource.create_sprint_market)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncPositions(AsyncAPIResource):
    """Open, amend, close and list positions (OTC and sprint markets)."""

    @deprecated(
        "Use positions.list (VERSION 2), which adds UTC timestamps and each position's deal reference."
    )
    async def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PositionsV1Response:
        """List the open positions of the active account (VERSION 1 shape).

        Returns every open position of the active account, each with a snapshot of its market. IG sends the
        whole list at once: there is no paging. This version names the size `dealSize` and the entry price
        `openLevel`, and gives the opening time only in the account's local time; VERSION 2 adds UTC
        timestamps and the deal reference.

        IG endpoint: ``GET /positions``, VERSION 1.

        Returns:
            The parsed PositionsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getPositionsV1"],
            {},
            cast_to=models.PositionsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def list_v2(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PositionsV2Response:
        """List the open positions of the active account.

        Returns every open position of the active account, each with a snapshot of its market. IG sends the
        whole list at once: there is no paging. Each position carries its opening time both in the account's
        local time (`createdDate`) and in UTC (`createdDateUTC`), the deal reference it was opened with, and
        its market snapshot gives the last price update time in both local time and UTC. An account with no
        open position gets an empty list.

        IG endpoint: ``GET /positions``, VERSION 2.

        Returns:
            The parsed PositionsV2Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getPositionsV2"],
            {},
            cast_to=models.PositionsV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def close_v1(
        self,
        *,
        direction: models.Direction | Literal["BUY", "SELL"],
        size: Decimal | float,
        order_type: models.PositionOrderType | Literal["LIMIT", "MARKET", "QUOTE"],
        deal_id: str | NotGiven = NOT_GIVEN,
        epic: str | NotGiven = NOT_GIVEN,
        expiry: str | NotGiven = NOT_GIVEN,
        level: Decimal | float | NotGiven = NOT_GIVEN,
        time_in_force: models.PositionTimeInForce
        | Literal["EXECUTE_AND_ELIMINATE", "FILL_OR_KILL"]
        | NotGiven = NOT_GIVEN,
        quote_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Close an OTC position, wholly or in part.

        Closes (part of) an open position by dealing in the opposite direction. Name the position either by
        its `dealId`, or by `epic` plus `expiry`, in which case IG closes positions on that market (give
        exactly one of `dealId` and `epic`). `direction` is the closing direction, so SELL closes a long
        position, and `size` may be smaller than the position for a partial close. With `orderType` MARKET
        IG fills at the current price (send no `level` or `quoteId`; some markets refuse market orders with
        400 `error.trading.otc.market-orders.not-supported`); LIMIT needs a worst acceptable `level`; QUOTE
        needs both `level` and the `quoteId` of a streamed quote. `timeInForce` defaults to FILL_OR_KILL. IG
        takes this DELETE with a JSON body, so the SDK sends it as a POST with the header `_method: DELETE`.
        The answer is only a deal reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``DELETE /positions/otc``, VERSION 1. Trading request: sent exactly once, never
        retried.

        Args:
            direction: Direction of the closing deal, the opposite of the position's (SELL closes a long
                position).
            size: Size to close; less than the position's size closes it in part. At most 12 decimal places.
            order_type: How to close.
            deal_id: Deal id of the position to close; give this or `epic`, not both.
            epic: Epic of the market whose position to close; give this or `dealId`, and then `expiry` too.
            expiry: Expiry of the instrument, needed with `epic`: `-` for none, `DFB` for daily funded bets,
                else a month (`JUN-24`) or day (`05-JUN-24`).
            level: Worst acceptable closing price; needed for LIMIT and QUOTE, not allowed for MARKET.
            time_in_force: What to do when the whole size cannot be filled; IG assumes FILL_OR_KILL when
                left out.
            quote_id: Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return await self._request(
            OPERATIONS["closeOTCPositionV1"],
            {
                "direction": direction,
                "size": size,
                "order_type": order_type,
                "deal_id": deal_id,
                "epic": epic,
                "expiry": expiry,
                "level": level,
                "time_in_force": time_in_force,
                "quote_id": quote_id,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use positions.create (VERSION 2), which adds trailing stops and time in force.")
    async def create_v1(
        self,
        *,
        epic: str,
        expiry: str,
        direction: models.Direction | Literal["BUY", "SELL"],
        size: Decimal | float,
        order_type: models.PositionOrderType | Literal["LIMIT", "MARKET", "QUOTE"],
        guaranteed_stop: bool,
        force_open: bool,
        currency_code: str,
        deal_reference: str | NotGiven = NOT_GIVEN,
        level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven = NOT_GIVEN,
        quote_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Open an OTC position (VERSION 1, no trailing stops or time in force).

        Opens a position on an OTC market. The same rules as VERSION 2 apply to the order type (MARKET sends
        no `level` or `quoteId`, LIMIT needs `level`, QUOTE needs `level` and `quoteId`), to stops and
        limits (a level or a distance, never both; a guaranteed stop needs one of them), but this version
        has no trailing stops, no `timeInForce`, and does not insist on `forceOpen` when a stop or limit is
        set. The answer is only a deal reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``POST /positions/otc``, VERSION 1. Trading request: sent exactly once, never retried.

        Args:
            epic: Epic of the market to deal on.
            expiry: Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month
                (`JUN-24`) or day (`05-JUN-24`).
            direction: BUY to go long, SELL to go short.
            size: Size of the deal, at most 12 decimal places.
            order_type: How to open.
            guaranteed_stop: True to make the stop guaranteed (a stop must then be given).
            force_open: True to open a new position even where one in the opposite direction exists; false
                lets IG net the deal against it.
            currency_code: ISO code of the deal's currency, one of those the instrument offers.
            deal_reference: Your own reference for this deal, to find its confirmation later; the SDK makes
                one if left out.
            level: Worst acceptable price; needed for LIMIT and QUOTE, not allowed for MARKET.
            stop_level: Stop as a price level; not together with `stopDistance`.
            stop_distance: Stop as a distance from the deal level; not together with `stopLevel`.
            limit_level: Limit as a price level; not together with `limitDistance`.
            limit_distance: Limit as a distance from the deal level; not together with `limitLevel`.
            quote_id: Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown: reconcile
                with ``client.deals.confirm(error.deal_reference)``.
        """
        return await self._request(
            OPERATIONS["createOTCPositionV1"],
            {
                "epic": epic,
                "expiry": expiry,
                "direction": direction,
                "size": size,
                "order_type": order_type,
                "guaranteed_stop": guaranteed_stop,
                "force_open": force_open,
                "currency_code": currency_code,
                "deal_reference": deal_reference,
                "level": level,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
                "quote_id": quote_id,
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
        order_type: models.PositionOrderType | Literal["LIMIT", "MARKET", "QUOTE"],
        guaranteed_stop: bool,
        force_open: bool,
        currency_code: str,
        deal_reference: str | NotGiven = NOT_GIVEN,
        level: Decimal | float | NotGiven = NOT_GIVEN,
        time_in_force: models.PositionTimeInForce
        | Literal["EXECUTE_AND_ELIMINATE", "FILL_OR_KILL"]
        | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_distance: Decimal | float | NotGiven = NOT_GIVEN,
        trailing_stop: bool | NotGiven = NOT_GIVEN,
        trailing_stop_increment: Decimal | float | NotGiven = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven = NOT_GIVEN,
        limit_distance: Decimal | float | NotGiven = NOT_GIVEN,
        quote_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Open an OTC position.

        Opens a position on an OTC market. `epic`, `expiry` (`-` for markets without one, `DFB` for daily
        funded bets), `size`, `currencyCode`, `guaranteedStop` and `forceOpen` must always be sent. The
        order type decides the price: MARKET fills at the current price and must not carry `level` or
        `quoteId`; LIMIT needs `level` (the worst price you accept); QUOTE needs `level` and the `quoteId`
        of a streamed quote. A stop is given either as a `stopLevel` or a `stopDistance`, and a limit either
        as a `limitLevel` or a `limitDistance`, never both. Any stop or limit requires `forceOpen: true`. A
        guaranteed stop needs a stop. A trailing stop needs `stopDistance` and `trailingStopIncrement`, no
        `stopLevel`, and `guaranteedStop: false`. `timeInForce` defaults to FILL_OR_KILL. The SDK checks
        these rules before sending. The answer is only a deal reference: IG may still reject the deal, so
        check the outcome with deals.get_confirmation.

        IG endpoint: ``POST /positions/otc``, VERSION 2. Trading request: sent exactly once, never retried.

        Args:
            epic: Epic of the market to deal on.
            expiry: Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month
                (`JUN-24`) or day (`05-JUN-24`).
            direction: BUY to go long, SELL to go short.
            size: Size of the deal, at most 12 decimal places.
            order_type: How to open.
            guaranteed_stop: True to make the stop guaranteed (a stop must then be given, and it cannot
                trail).
            force_open: True to open a new position even where one in the opposite direction exists; false
                lets IG net the deal against it. Must be true when a stop or limit is attached.
            currency_code: ISO code of the deal's currency, one of those the instrument offers.
            deal_reference: Your own reference for this deal, to find its confirmation later; the SDK makes
                one if left out.
            level: Worst acceptable price; needed for LIMIT and QUOTE, not allowed for MARKET.
            time_in_force: What to do when the whole size cannot be filled; IG assumes FILL_OR_KILL when
                left out.
            stop_level: Stop as a price level; not together with `stopDistance`, nor with a trailing stop.
            stop_distance: Stop as a distance from the deal level; not together with `stopLevel`. Needed for
                a trailing stop.
            trailing_stop: True to make the stop follow the market as it moves in the position's favour.
            trailing_stop_increment: Step, in points, by which a trailing stop moves; only when
                `trailingStop` is true.
            limit_level: Limit as a price level; not together with `limitDistance`.
            limit_distance: Limit as a distance from the deal level; not together with `limitLevel`.
            quote_id: Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown: reconcile
                with ``client.deals.confirm(error.deal_reference)``.
        """
        return await self._request(
            OPERATIONS["createOTCPositionV2"],
            {
                "epic": epic,
                "expiry": expiry,
                "direction": direction,
                "size": size,
                "order_type": order_type,
                "guaranteed_stop": guaranteed_stop,
                "force_open": force_open,
                "currency_code": currency_code,
                "deal_reference": deal_reference,
                "level": level,
                "time_in_force": time_in_force,
                "stop_level": stop_level,
                "stop_distance": stop_distance,
                "trailing_stop": trailing_stop,
                "trailing_stop_increment": trailing_stop_increment,
                "limit_level": limit_level,
                "limit_distance": limit_distance,
                "quote_id": quote_id,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use positions.update (VERSION 2), which can also set trailing stops.")
    async def update_v1(
        self,
        *,
        deal_id: str,
        stop_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Move or remove the stop and limit of an open position (VERSION 1).

        Sets the stop and limit levels of an open position. Send `null` for `stopLevel` or `limitLevel` to
        remove that order; leave a field out to keep it as it is (unverified: IG documents no difference
        between the two for this version). Asking for a guaranteed stop requires a `stopLevel`. This version
        cannot set trailing stops. The answer is only a deal reference: check the outcome with
        deals.get_confirmation.

        IG endpoint: ``PUT /positions/otc/{dealId}``, VERSION 1. Trading request: sent exactly once, never
        retried.

        Args:
            deal_id: The deal id of the open position to amend.
            stop_level: New stop level; null removes the stop.
            limit_level: New limit level; null removes the limit.
            guaranteed_stop: True to make the stop guaranteed; then `stopLevel` must be given.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return await self._request(
            OPERATIONS["updateOTCPositionV1"],
            {
                "deal_id": deal_id,
                "stop_level": stop_level,
                "limit_level": limit_level,
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
        stop_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven | None = NOT_GIVEN,
        trailing_stop: bool | NotGiven = NOT_GIVEN,
        trailing_stop_distance: Decimal | float | NotGiven = NOT_GIVEN,
        trailing_stop_increment: Decimal | float | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Move or remove the stop and limit of an open position, or make its stop trail.

        Amends the stop and limit of an open position. Send `null` for `stopLevel` or `limitLevel` to remove
        that order. To make the stop trail, send `trailingStop: true` with `trailingStopDistance`,
        `trailingStopIncrement` and a `stopLevel`; with `trailingStop: false` leave the two trailing fields
        out. A guaranteed stop needs a `stopLevel` and cannot trail. The SDK checks these rules before
        sending. The answer is only a deal reference: check the outcome with deals.get_confirmation.

        IG endpoint: ``PUT /positions/otc/{dealId}``, VERSION 2. Trading request: sent exactly once, never
        retried.

        Args:
            deal_id: The deal id of the open position to amend.
            stop_level: New stop level; null removes the stop. Needed with a trailing or guaranteed stop.
            limit_level: New limit level; null removes the limit.
            trailing_stop: True to make the stop trail the market, false for a fixed stop.
            trailing_stop_distance: Distance a trailing stop keeps from the market; only when `trailingStop`
                is true.
            trailing_stop_increment: Step by which a trailing stop moves; only when `trailingStop` is true.
            guaranteed_stop: True to make the stop guaranteed; needs `stopLevel` and cannot be combined with
                a trailing stop.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes
                no client reference here): check positions, orders or activity, then retry.
        """
        return await self._request(
            OPERATIONS["updateOTCPositionV2"],
            {
                "deal_id": deal_id,
                "stop_level": stop_level,
                "limit_level": limit_level,
                "trailing_stop": trailing_stop,
                "trailing_stop_distance": trailing_stop_distance,
                "trailing_stop_increment": trailing_stop_increment,
                "guaranteed_stop": guaranteed_stop,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use positions.list_sprint_markets (VERSION 2).")
    async def list_sprint_markets_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.SprintMarketPositionsResponse:
        """List the open sprint market positions of the active account (VERSION 1).

        Returns the account's open sprint market positions (short fixed-expiry bets on whether a market ends
        above or below a strike). This version gives the opening and expiry times in the account's local
        time. No paging.

        IG endpoint: ``GET /positions/sprintmarkets``, VERSION 1.

        Returns:
            The parsed SprintMarketPositionsResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getSprintMarketPositionsV1"],
            {},
            cast_to=models.SprintMarketPositionsResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def list_sprint_markets_v2(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.SprintMarketPositionsResponse:
        """List the open sprint market positions of the active account.

        Returns the account's open sprint market positions (short fixed-expiry bets on whether a market ends
        above or below a strike), with the strike, stake, payout and expiry of each. The body has the same
        fields as VERSION 1; IG describes the times of this version without calling them local (unverified:
        whether they are UTC). No paging.

        IG endpoint: ``GET /positions/sprintmarkets``, VERSION 2.

        Returns:
            The parsed SprintMarketPositionsResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getSprintMarketPositionsV2"],
            {},
            cast_to=models.SprintMarketPositionsResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def create_sprint_market_v1(
        self,
        *,
        epic: str,
        direction: models.Direction | Literal["BUY", "SELL"],
        size: Decimal | float,
        expiry_period: models.SprintMarketExpiryPeriod
        | Literal["FIVE_MINUTES", "ONE_MINUTE", "SIXTY_MINUTES", "TWENTY_MINUTES", "TWO_MINUTES"],
        deal_reference: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.DealReferenceResponse:
        """Place a sprint market bet.

        Places a sprint market bet: `direction` BUY wins if the market ends above the current level after
        `expiryPeriod`, SELL if it ends below; `size` is the stake. IG marks none of the fields mandatory,
        but a bet cannot be placed without `epic`, `direction`, `size` and `expiryPeriod` (unverified). The
        answer is only a deal reference: check the outcome, including the strike level, with
        deals.get_confirmation.

        IG endpoint: ``POST /positions/sprintmarkets``, VERSION 1. Trading request: sent exactly once, never
        retried.

        Args:
            epic: Epic of the sprint market.
            direction: BUY to bet the market ends higher, SELL to bet it ends lower.
            size: Stake of the bet.
            expiry_period: How long until the bet settles.
            deal_reference: Your own reference for this deal, to find its confirmation later; the SDK makes
                one if left out.

        Returns:
            The parsed DealReferenceResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG's answer was lost, so the outcome is unknown: reconcile
                with ``client.deals.confirm(error.deal_reference)``.
        """
        return await self._request(
            OPERATIONS["createSprintMarketPositionV1"],
            {
                "epic": epic,
                "direction": direction,
                "size": size,
                "expiry_period": expiry_period,
                "deal_reference": deal_reference,
            },
            cast_to=models.DealReferenceResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Use positions.get (VERSION 2), which adds UTC timestamps and the deal reference.")
    async def get_v1(
        self,
        *,
        deal_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PositionV1Entry:
        """Fetch one open position by its deal id (VERSION 1 shape).

        Returns a single open position of the active account with a snapshot of its market, in the same
        shape as one entry of positions.list VERSION 1 (`dealSize`, `openLevel`, local times only). A deal
        id that is not an open position answers 404 `error.position.notfound`. IG's page for this version
        prints the VERSION 2 field names (`size`, `level`, `createdDateUTC`); this spec keeps the VERSION 1
        names that positions.list_v1 uses (unverified: most likely a copying slip on IG's page).

        IG endpoint: ``GET /positions/{dealId}``, VERSION 1.

        Args:
            deal_id: The deal id of the open position.

        Returns:
            The parsed PositionV1Entry.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getPositionByDealIdV1"],
            {
                "deal_id": deal_id,
            },
            cast_to=models.PositionV1Entry,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_v2(
        self,
        *,
        deal_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PositionV2Entry:
        """Fetch one open position by its deal id.

        Returns a single open position of the active account with a snapshot of its market, in the same
        shape as one entry of positions.list: opening time in local time and UTC, the deal reference it was
        opened with, and the market's last update time in local time and UTC. A deal id that is not an open
        position (for example one already closed) answers 404 `error.position.notfound`.

        IG endpoint: ``GET /positions/{dealId}``, VERSION 2.

        Args:
            deal_id: The deal id of the open position.

        Returns:
            The parsed PositionV2Entry.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getPositionByDealIdV2"],
            {
                "deal_id": deal_id,
            },
            cast_to=models.PositionV2Entry,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v2
    close = close_v1
    create = create_v2
    update = update_v2
    list_sprint_markets = list_sprint_markets_v2
    create_sprint_market = create_sprint_market_v1
    get = get_v2

    @cached_property
    def with_raw_response(self) -> AsyncPositionsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncPositionsWithRawResponse(self)


class AsyncPositionsWithRawResponse:
    """Raw-response view of :class:`AsyncPositions`."""

    def __init__(self, resource: AsyncPositions) -> None:
        self.list_v1 = async_to_raw_response_wrapper(resource.list_v1)
        self.list_v2 = async_to_raw_response_wrapper(resource.list_v2)
        self.close_v1 = async_to_raw_response_wrapper(resource.close_v1)
        self.create_v1 = async_to_raw_response_wrapper(resource.create_v1)
        self.create_v2 = async_to_raw_response_wrapper(resource.create_v2)
        self.update_v1 = async_to_raw_response_wrapper(resource.update_v1)
        self.update_v2 = async_to_raw_response_wrapper(resource.update_v2)
        self.list_sprint_markets_v1 = async_to_raw_response_wrapper(resource.list_sprint_markets_v1)
        self.list_sprint_markets_v2 = async_to_raw_response_wrapper(resource.list_sprint_markets_v2)
        self.create_sprint_market_v1 = async_to_raw_response_wrapper(resource.create_sprint_market_v1)
        self.get_v1 = async_to_raw_response_wrapper(resource.get_v1)
        self.get_v2 = async_to_raw_response_wrapper(resource.get_v2)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.close = async_to_raw_response_wrapper(resource.close)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.list_sprint_markets = async_to_raw_response_wrapper(resource.list_sprint_markets)
        self.create_sprint_market = async_to_raw_response_wrapper(resource.create_sprint_market)
        self.get = async_to_raw_response_wrapper(resource.get)
