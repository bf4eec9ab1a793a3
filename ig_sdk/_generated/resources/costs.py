# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""Indicative costs and charges of opening, closing or editing a deal."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import datetime
from decimal import Decimal
from functools import cached_property
from typing import Literal

import httpx

from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._pagination import OnPage
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["Costs", "AsyncCosts"]


class Costs(SyncAPIResource):
    """Indicative costs and charges of opening, closing or editing a deal."""

    def open_v1(
        self,
        *,
        ask: Decimal | float,
        bid: Decimal | float,
        deal_currency_code: str,
        deal_reference: str,
        size: Decimal | float,
        direction: models.Direction | Literal["BUY", "SELL"] | NotGiven = NOT_GIVEN,
        epic: str | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        instrument_id: str | NotGiven = NOT_GIVEN,
        knockout_premium: Decimal | float | NotGiven = NOT_GIVEN,
        price_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.IndicativeCostsAndChargesOpenV1Response:
        """Get an indicative breakdown of what opening a deal would cost, before dealing.

        Nothing is dealt: IG prices the spread, commissions, FX fees, taxes, funding and any guaranteed-stop
        or knock-out premium of the proposed deal and keeps the quote. Its `indicativeQuoteReference` later
        fetches the quote as a PDF (`costs.durable_medium`) and identifies it in `costs.history`. Give the
        current bid and offer of the market. The SDK fills in `dealReference` when it is not given. IG
        offers these quotes only to clients of its European and UK entities (website IDs atm, atf, dem, def,
        det, esm, esf, est, frm, frf, frt, itm, itf, itt, nlm, nlf, nlt, nom, nof, not, sem, sef, set, eng,
        enf, ent, iei, iem, ief, iet, igi, igm, por, pof); other clients get an error.

        IG endpoint: ``POST /indicativecostsandcharges/open``, VERSION 1.

        Args:
            ask: The market's current offer price.
            bid: The market's current bid price.
            deal_currency_code: ISO code of the currency the deal would be made in.
            deal_reference: A reference of the caller's choosing tying the quote to the intended deal.
            size: Size of the deal.
            direction: Buy or sell.
            epic: Epic of the market.
            guaranteed_stop: True when the deal would carry a guaranteed stop.
            instrument_id: IG's identifier of the instrument, as an alternative way to name the market
                (unverified).
            knockout_premium: The knock-out premium of the deal, for knock-out products.
            price_level: The level the deal would be made at, for orders not dealt at the market
                (unverified).
            stop_level: Level of the stop that would be attached.

        Returns:
            The parsed IndicativeCostsAndChargesOpenV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getIndicativeCostsAndChargesOpenV1"],
            {
                "ask": ask,
                "bid": bid,
                "deal_currency_code": deal_currency_code,
                "deal_reference": deal_reference,
                "size": size,
                "direction": direction,
                "epic": epic,
                "guaranteed_stop": guaranteed_stop,
                "instrument_id": instrument_id,
                "knockout_premium": knockout_premium,
                "price_level": price_level,
                "stop_level": stop_level,
            },
            cast_to=models.IndicativeCostsAndChargesOpenV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def close_v1(
        self,
        *,
        ask: Decimal | float,
        bid: Decimal | float,
        deal_currency_code: str,
        deal_reference: str,
        opening_level: Decimal | float,
        size: Decimal | float,
        direction: models.Direction | Literal["BUY", "SELL"] | NotGiven = NOT_GIVEN,
        epic: str | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        instrument_id: str | NotGiven = NOT_GIVEN,
        knockout_premium: Decimal | float | NotGiven = NOT_GIVEN,
        price_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.IndicativeCostsAndChargesCloseV1Response:
        """Get an indicative breakdown of what closing an open position would cost.

        Nothing is dealt: IG prices the closing side (spread, commission, FX fee, tax, premiums returned) of
        the position described by the request, which must include the level it was opened at. The quote is
        kept and can be fetched as a PDF through its `indicativeQuoteReference`. The SDK fills in
        `dealReference` when it is not given. Offered only to clients of IG's European and UK entities (the
        same website IDs as `costs.open`).

        IG endpoint: ``POST /indicativecostsandcharges/close``, VERSION 1.

        Args:
            ask: The market's current offer price.
            bid: The market's current bid price.
            deal_currency_code: ISO code of the currency the position is held in.
            deal_reference: A reference of the caller's choosing tying the quote to the intended close.
            opening_level: The position's opening price level.
            size: Size to close.
            direction: Buy or sell.
            epic: Epic of the market.
            guaranteed_stop: True when the position carries a guaranteed stop.
            instrument_id: IG's identifier of the instrument, as an alternative way to name the market
                (unverified).
            knockout_premium: The knock-out premium of the position, for knock-out products.
            price_level: The level the close would be made at, when not at the market (unverified).
            stop_level: Level of the position's stop.

        Returns:
            The parsed IndicativeCostsAndChargesCloseV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getIndicativeCostsAndChargesCloseV1"],
            {
                "ask": ask,
                "bid": bid,
                "deal_currency_code": deal_currency_code,
                "deal_reference": deal_reference,
                "opening_level": opening_level,
                "size": size,
                "direction": direction,
                "epic": epic,
                "guaranteed_stop": guaranteed_stop,
                "instrument_id": instrument_id,
                "knockout_premium": knockout_premium,
                "price_level": price_level,
                "stop_level": stop_level,
            },
            cast_to=models.IndicativeCostsAndChargesCloseV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def edit_v1(
        self,
        *,
        ask: Decimal | float,
        bid: Decimal | float,
        deal_currency_code: str,
        deal_reference: str,
        opening_level: Decimal | float,
        size: Decimal | float,
        direction: models.Direction | Literal["BUY", "SELL"] | NotGiven = NOT_GIVEN,
        edit_type: str | NotGiven = NOT_GIVEN,
        epic: str | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        instrument_id: str | NotGiven = NOT_GIVEN,
        knockout_premium: Decimal | float | NotGiven = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven = NOT_GIVEN,
        price_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.IndicativeCostsAndChargesEditV1Response:
        """Get an indicative breakdown of what a position would cost to close at a new stop or limit.

        Nothing is changed: IG prices the costs that would apply if the position closed at the proposed stop
        and at the proposed limit, each reported separately. The position's opening level is required. IG
        documents `editType` only as free text. The SDK fills in `dealReference` when it is not given.
        Offered only to clients of IG's European and UK entities (the same website IDs as `costs.open`).

        IG endpoint: ``POST /indicativecostsandcharges/edit``, VERSION 1.

        Args:
            ask: The market's current offer price.
            bid: The market's current bid price.
            deal_currency_code: ISO code of the currency the position is held in.
            deal_reference: A reference of the caller's choosing tying the quote to the intended change.
            opening_level: The position's opening price level.
            size: Size of the position.
            direction: Buy or sell.
            edit_type: What kind of change is proposed; IG documents it as free text with no list of values.
            epic: Epic of the market.
            guaranteed_stop: True when the stop would be guaranteed.
            instrument_id: IG's identifier of the instrument, as an alternative way to name the market
                (unverified).
            knockout_premium: The knock-out premium of the position, for knock-out products.
            limit_level: The proposed limit level.
            price_level: A reference price level for the quote (unverified how IG uses it here).
            stop_level: The proposed stop level.

        Returns:
            The parsed IndicativeCostsAndChargesEditV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getIndicativeCostsAndChargesEditV1"],
            {
                "ask": ask,
                "bid": bid,
                "deal_currency_code": deal_currency_code,
                "deal_reference": deal_reference,
                "opening_level": opening_level,
                "size": size,
                "direction": direction,
                "edit_type": edit_type,
                "epic": epic,
                "guaranteed_stop": guaranteed_stop,
                "instrument_id": instrument_id,
                "knockout_premium": knockout_premium,
                "limit_level": limit_level,
                "price_level": price_level,
                "stop_level": stop_level,
            },
            cast_to=models.IndicativeCostsAndChargesEditV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def history_v1(
        self,
        *,
        from_: datetime,
        to: datetime,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.IndicativeCostsAndChargesHistoryV1Response:
        """List the indicative cost quotes made between two instants, one page at a time.

        Covers quotes from `costs.open`, `costs.close` and `costs.edit`. The answer is paged: `pagination`
        says how many quotes and pages there are; ask for further pages with `pageNumber`. IG documents no
        default page size or first page number (unverified whether numbering starts at 0 or 1). IG writes
        the two instants as `yyyy-MM-ddTHH:mm:ss.SSS` with a zone offset (unverified whether the shorter
        form the SDK sends is accepted). Offered only to clients of IG's European and UK entities (as
        `costs.open`, except igi and igm).

        IG endpoint: ``GET /indicativecostsandcharges/history/from/{from}/to/{to}``, VERSION 1.

        Args:
            from_: Start of the period, in UTC.
            to: End of the period, in UTC.
            page_size: How many quotes one page holds (IG documents no default).
            page_number: Which page to return (IG documents no default).
            type: Only return quotes of this type; IG documents it as free text (unverified: presumably the
                kind of quote, such as open, close or edit).

        Returns:
            The parsed IndicativeCostsAndChargesHistoryV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getIndicativeCostsAndChargesHistoryV1"],
            {
                "from_": from_,
                "to": to,
                "page_size": page_size,
                "page_number": page_number,
                "type": type,
            },
            cast_to=models.IndicativeCostsAndChargesHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def durable_medium_v1(
        self,
        *,
        indicative_quote_reference: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download an earlier indicative cost quote as a PDF file.

        The answer is the PDF file itself, not JSON (unverified: IG does not document the exact Content-
        Type). Use the `indicativeQuoteReference` returned by `costs.open`, `costs.close` or `costs.edit`,
        or listed by `costs.history`; an unknown reference fails with public-api.costs-and-
        charges.indicative-quote-reference-not-found. Offered only to clients of IG's European and UK
        entities (as `costs.open`, except igi and igm).

        IG endpoint: ``GET /indicativecostsandcharges/durablemedium/{indicativeQuoteReference}``, VERSION 1.

        Args:
            indicative_quote_reference: Reference of the quote, as returned when it was made.

        Returns:
            The file IG sends (application/pdf), as bytes.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getIndicativeCostsAndChargesDurableMediumV1"],
            {
                "indicative_quote_reference": indicative_quote_reference,
            },
            cast_to=bytes,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def history_pages_v1(
        self,
        *,
        from_: datetime,
        to: datetime,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> Iterator[models.IndicativeCostsAndChargesHistoryV1Response]:
        """Every page of :meth:`history_v1`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (page-number) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getIndicativeCostsAndChargesHistoryV1"],
            {
                "from_": from_,
                "to": to,
                "page_size": page_size,
                "page_number": page_number,
                "type": type,
            },
            cast_to=models.IndicativeCostsAndChargesHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    open = open_v1
    close = close_v1
    edit = edit_v1
    history = history_v1
    history_pages = history_pages_v1
    durable_medium = durable_medium_v1

    @cached_property
    def with_raw_response(self) -> CostsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return CostsWithRawResponse(self)


class CostsWithRawResponse:
    """Raw-response view of :class:`Costs`."""

    def __init__(self, resource: Costs) -> None:
        self.open_v1 = to_raw_response_wrapper(resource.open_v1)
        self.close_v1 = to_raw_response_wrapper(resource.close_v1)
        self.edit_v1 = to_raw_response_wrapper(resource.edit_v1)
        self.history_v1 = to_raw_response_wrapper(resource.history_v1)
        self.durable_medium_v1 = to_raw_response_wrapper(resource.durable_medium_v1)
        self.open = to_raw_response_wrapper(resource.open)
        self.close = to_raw_response_wrapper(resource.close)
        self.edit = to_raw_response_wrapper(resource.edit)
        self.history = to_raw_response_wrapper(resource.history)
        self.durable_medium = to_raw_response_wrapper(resource.durable_medium)


class AsyncCosts(AsyncAPIResource):
    """Indicative costs and charges of opening, closing or editing a deal."""

    async def open_v1(
        self,
        *,
        ask: Decimal | float,
        bid: Decimal | float,
        deal_currency_code: str,
        deal_reference: str,
        size: Decimal | float,
        direction: models.Direction | Literal["BUY", "SELL"] | NotGiven = NOT_GIVEN,
        epic: str | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        instrument_id: str | NotGiven = NOT_GIVEN,
        knockout_premium: Decimal | float | NotGiven = NOT_GIVEN,
        price_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.IndicativeCostsAndChargesOpenV1Response:
        """Get an indicative breakdown of what opening a deal would cost, before dealing.

        Nothing is dealt: IG prices the spread, commissions, FX fees, taxes, funding and any guaranteed-stop
        or knock-out premium of the proposed deal and keeps the quote. Its `indicativeQuoteReference` later
        fetches the quote as a PDF (`costs.durable_medium`) and identifies it in `costs.history`. Give the
        current bid and offer of the market. The SDK fills in `dealReference` when it is not given. IG
        offers these quotes only to clients of its European and UK entities (website IDs atm, atf, dem, def,
        det, esm, esf, est, frm, frf, frt, itm, itf, itt, nlm, nlf, nlt, nom, nof, not, sem, sef, set, eng,
        enf, ent, iei, iem, ief, iet, igi, igm, por, pof); other clients get an error.

        IG endpoint: ``POST /indicativecostsandcharges/open``, VERSION 1.

        Args:
            ask: The market's current offer price.
            bid: The market's current bid price.
            deal_currency_code: ISO code of the currency the deal would be made in.
            deal_reference: A reference of the caller's choosing tying the quote to the intended deal.
            size: Size of the deal.
            direction: Buy or sell.
            epic: Epic of the market.
            guaranteed_stop: True when the deal would carry a guaranteed stop.
            instrument_id: IG's identifier of the instrument, as an alternative way to name the market
                (unverified).
            knockout_premium: The knock-out premium of the deal, for knock-out products.
            price_level: The level the deal would be made at, for orders not dealt at the market
                (unverified).
            stop_level: Level of the stop that would be attached.

        Returns:
            The parsed IndicativeCostsAndChargesOpenV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getIndicativeCostsAndChargesOpenV1"],
            {
                "ask": ask,
                "bid": bid,
                "deal_currency_code": deal_currency_code,
                "deal_reference": deal_reference,
                "size": size,
                "direction": direction,
                "epic": epic,
                "guaranteed_stop": guaranteed_stop,
                "instrument_id": instrument_id,
                "knockout_premium": knockout_premium,
                "price_level": price_level,
                "stop_level": stop_level,
            },
            cast_to=models.IndicativeCostsAndChargesOpenV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def close_v1(
        self,
        *,
        ask: Decimal | float,
        bid: Decimal | float,
        deal_currency_code: str,
        deal_reference: str,
        opening_level: Decimal | float,
        size: Decimal | float,
        direction: models.Direction | Literal["BUY", "SELL"] | NotGiven = NOT_GIVEN,
        epic: str | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        instrument_id: str | NotGiven = NOT_GIVEN,
        knockout_premium: Decimal | float | NotGiven = NOT_GIVEN,
        price_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.IndicativeCostsAndChargesCloseV1Response:
        """Get an indicative breakdown of what closing an open position would cost.

        Nothing is dealt: IG prices the closing side (spread, commission, FX fee, tax, premiums returned) of
        the position described by the request, which must include the level it was opened at. The quote is
        kept and can be fetched as a PDF through its `indicativeQuoteReference`. The SDK fills in
        `dealReference` when it is not given. Offered only to clients of IG's European and UK entities (the
        same website IDs as `costs.open`).

        IG endpoint: ``POST /indicativecostsandcharges/close``, VERSION 1.

        Args:
            ask: The market's current offer price.
            bid: The market's current bid price.
            deal_currency_code: ISO code of the currency the position is held in.
            deal_reference: A reference of the caller's choosing tying the quote to the intended close.
            opening_level: The position's opening price level.
            size: Size to close.
            direction: Buy or sell.
            epic: Epic of the market.
            guaranteed_stop: True when the position carries a guaranteed stop.
            instrument_id: IG's identifier of the instrument, as an alternative way to name the market
                (unverified).
            knockout_premium: The knock-out premium of the position, for knock-out products.
            price_level: The level the close would be made at, when not at the market (unverified).
            stop_level: Level of the position's stop.

        Returns:
            The parsed IndicativeCostsAndChargesCloseV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getIndicativeCostsAndChargesCloseV1"],
            {
                "ask": ask,
                "bid": bid,
                "deal_currency_code": deal_currency_code,
                "deal_reference": deal_reference,
                "opening_level": opening_level,
                "size": size,
                "direction": direction,
                "epic": epic,
                "guaranteed_stop": guaranteed_stop,
                "instrument_id": instrument_id,
                "knockout_premium": knockout_premium,
                "price_level": price_level,
                "stop_level": stop_level,
            },
            cast_to=models.IndicativeCostsAndChargesCloseV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def edit_v1(
        self,
        *,
        ask: Decimal | float,
        bid: Decimal | float,
        deal_currency_code: str,
        deal_reference: str,
        opening_level: Decimal | float,
        size: Decimal | float,
        direction: models.Direction | Literal["BUY", "SELL"] | NotGiven = NOT_GIVEN,
        edit_type: str | NotGiven = NOT_GIVEN,
        epic: str | NotGiven = NOT_GIVEN,
        guaranteed_stop: bool | NotGiven = NOT_GIVEN,
        instrument_id: str | NotGiven = NOT_GIVEN,
        knockout_premium: Decimal | float | NotGiven = NOT_GIVEN,
        limit_level: Decimal | float | NotGiven = NOT_GIVEN,
        price_level: Decimal | float | NotGiven = NOT_GIVEN,
        stop_level: Decimal | float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.IndicativeCostsAndChargesEditV1Response:
        """Get an indicative breakdown of what a position would cost to close at a new stop or limit.

        Nothing is changed: IG prices the costs that would apply if the position closed at the proposed stop
        and at the proposed limit, each reported separately. The position's opening level is required. IG
        documents `editType` only as free text. The SDK fills in `dealReference` when it is not given.
        Offered only to clients of IG's European and UK entities (the same website IDs as `costs.open`).

        IG endpoint: ``POST /indicativecostsandcharges/edit``, VERSION 1.

        Args:
            ask: The market's current offer price.
            bid: The market's current bid price.
            deal_currency_code: ISO code of the currency the position is held in.
            deal_reference: A reference of the caller's choosing tying the quote to the intended change.
            opening_level: The position's opening price level.
            size: Size of the position.
            direction: Buy or sell.
            edit_type: What kind of change is proposed; IG documents it as free text with no list of values.
            epic: Epic of the market.
            guaranteed_stop: True when the stop would be guaranteed.
            instrument_id: IG's identifier of the instrument, as an alternative way to name the market
                (unverified).
            knockout_premium: The knock-out premium of the position, for knock-out products.
            limit_level: The proposed limit level.
            price_level: A reference price level for the quote (unverified how IG uses it here).
            stop_level: The proposed stop level.

        Returns:
            The parsed IndicativeCostsAndChargesEditV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getIndicativeCostsAndChargesEditV1"],
            {
                "ask": ask,
                "bid": bid,
                "deal_currency_code": deal_currency_code,
                "deal_reference": deal_reference,
                "opening_level": opening_level,
                "size": size,
                "direction": direction,
                "edit_type": edit_type,
                "epic": epic,
                "guaranteed_stop": guaranteed_stop,
                "instrument_id": instrument_id,
                "knockout_premium": knockout_premium,
                "limit_level": limit_level,
                "price_level": price_level,
                "stop_level": stop_level,
            },
            cast_to=models.IndicativeCostsAndChargesEditV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def history_v1(
        self,
        *,
        from_: datetime,
        to: datetime,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.IndicativeCostsAndChargesHistoryV1Response:
        """List the indicative cost quotes made between two instants, one page at a time.

        Covers quotes from `costs.open`, `costs.close` and `costs.edit`. The answer is paged: `pagination`
        says how many quotes and pages there are; ask for further pages with `pageNumber`. IG documents no
        default page size or first page number (unverified whether numbering starts at 0 or 1). IG writes
        the two instants as `yyyy-MM-ddTHH:mm:ss.SSS` with a zone offset (unverified whether the shorter
        form the SDK sends is accepted). Offered only to clients of IG's European and UK entities (as
        `costs.open`, except igi and igm).

        IG endpoint: ``GET /indicativecostsandcharges/history/from/{from}/to/{to}``, VERSION 1.

        Args:
            from_: Start of the period, in UTC.
            to: End of the period, in UTC.
            page_size: How many quotes one page holds (IG documents no default).
            page_number: Which page to return (IG documents no default).
            type: Only return quotes of this type; IG documents it as free text (unverified: presumably the
                kind of quote, such as open, close or edit).

        Returns:
            The parsed IndicativeCostsAndChargesHistoryV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getIndicativeCostsAndChargesHistoryV1"],
            {
                "from_": from_,
                "to": to,
                "page_size": page_size,
                "page_number": page_number,
                "type": type,
            },
            cast_to=models.IndicativeCostsAndChargesHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def durable_medium_v1(
        self,
        *,
        indicative_quote_reference: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download an earlier indicative cost quote as a PDF file.

        The answer is the PDF file itself, not JSON (unverified: IG does not document the exact Content-
        Type). Use the `indicativeQuoteReference` returned by `costs.open`, `costs.close` or `costs.edit`,
        or listed by `costs.history`; an unknown reference fails with public-api.costs-and-
        charges.indicative-quote-reference-not-found. Offered only to clients of IG's European and UK
        entities (as `costs.open`, except igi and igm).

        IG endpoint: ``GET /indicativecostsandcharges/durablemedium/{indicativeQuoteReference}``, VERSION 1.

        Args:
            indicative_quote_reference: Reference of the quote, as returned when it was made.

        Returns:
            The file IG sends (application/pdf), as bytes.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getIndicativeCostsAndChargesDurableMediumV1"],
            {
                "indicative_quote_reference": indicative_quote_reference,
            },
            cast_to=bytes,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def history_pages_v1(
        self,
        *,
        from_: datetime,
        to: datetime,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> AsyncIterator[models.IndicativeCostsAndChargesHistoryV1Response]:
        """Every page of :meth:`history_v1`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (page-number) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getIndicativeCostsAndChargesHistoryV1"],
            {
                "from_": from_,
                "to": to,
                "page_size": page_size,
                "page_number": page_number,
                "type": type,
            },
            cast_to=models.IndicativeCostsAndChargesHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    open = open_v1
    close = close_v1
    edit = edit_v1
    history = history_v1
    history_pages = history_pages_v1
    durable_medium = durable_medium_v1

    @cached_property
    def with_raw_response(self) -> AsyncCostsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncCostsWithRawResponse(self)


class AsyncCostsWithRawResponse:
    """Raw-response view of :class:`AsyncCosts`."""

    def __init__(self, resource: AsyncCosts) -> None:
        self.open_v1 = async_to_raw_response_wrapper(resource.open_v1)
        self.close_v1 = async_to_raw_response_wrapper(resource.close_v1)
        self.edit_v1 = async_to_raw_response_wrapper(resource.edit_v1)
        self.history_v1 = async_to_raw_response_wrapper(resource.history_v1)
        self.durable_medium_v1 = async_to_raw_response_wrapper(resource.durable_medium_v1)
        self.open = async_to_raw_response_wrapper(resource.open)
        self.close = async_to_raw_response_wrapper(resource.close)
        self.edit = async_to_raw_response_wrapper(resource.edit)
        self.history = async_to_raw_response_wrapper(resource.history)
        self.durable_medium = async_to_raw_response_wrapper(resource.durable_medium)
