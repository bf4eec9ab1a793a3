# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""Account activity and transactions."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import date, datetime
from functools import cached_property
from typing import Literal

import httpx

from ig_sdk._deprecation import deprecated
from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._pagination import OnPage
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["History", "AsyncHistory"]


class History(SyncAPIResource):
    """Account activity and transactions."""

    @deprecated(
        "Version 2 of the activity history is superseded: use history.activity (version 3), which returns typed records and follows `metadata.paging.next`."
    )
    def activity_v2(
        self,
        *,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max_span_seconds: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ActivityHistoryV2Response:
        """List account activity (deals, orders, stop and limit edits) with page-number paging.

        Returns the activity log of the active account as flat text records. Choose the window either with
        `from`/`to`, or with `maxSpanSeconds` alone, which looks back that many seconds from now (600, that
        is ten minutes, when nothing is given; it is ignored once a date range is set). Paged by number:
        `pageSize` records per page (20 by default, 0 turns paging off) and `pageNumber` from 1, with
        `metadata.pageData.totalPages` telling how far to go. Superseded by version 3, which returns typed
        fields and optional deal details.

        IG endpoint: ``GET /history/activity``, VERSION 2.

        Args:
            from_: Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`.
            to: End of the window, sent as `yyyy-MM-ddTHH:mm:ss`.
            max_span_seconds: How many seconds back from now to look when no date range is given; ignored
                with `from`/`to`. IG's default when not given: 600.
            page_size: Records per page; 0 disables paging so that every record comes back at once. IG's
                default when not given: 20.
            page_number: Which page to return, counting from 1. IG's default when not given: 1.

        Returns:
            The parsed ActivityHistoryV2Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getActivityHistoryV2"],
            {
                "from_": from_,
                "to": to,
                "max_span_seconds": max_span_seconds,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.ActivityHistoryV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def activity_v3(
        self,
        *,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        detailed: bool | NotGiven = NOT_GIVEN,
        deal_id: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ActivityHistoryV3Response:
        """List account activity as typed records, optionally with deal details, following a next-page link.

        Returns the activity log of the active account: opened and closed positions, working orders, stop
        and limit amendments and system events, each with a channel, type and status. `from` sets the start
        of the window and `to` its end (now when left out; a date without a time means the end of that day).
        Narrow the result with `dealId`, or with `filter`, a FIQL expression over the record fields using
        `==`, `!=`, `,` (or) and `;` (and), for example `type==POSITION;status==ACCEPTED`. Ask for
        `detailed=true` to get the `details` block (deal reference, affected deals, levels); without it
        `details` is null. Pages hold `pageSize` records (50 by default, between 10 and 500); when more
        records exist `metadata.paging.next` holds the relative URL of the following page, and it is absent
        or empty on the last page.

        IG endpoint: ``GET /history/activity``, VERSION 3.

        Args:
            from_: Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`.
            to: End of the window, sent as `yyyy-MM-ddTHH:mm:ss`; IG uses the current time when it is left
                out.
            detailed: True to include each record's `details` block; it costs a larger answer. IG's default
                when not given: False.
            deal_id: Only return the activity of this deal.
            filter: A FIQL expression selecting records, built from `field==value` and `field!=value` joined
                with `,` (or) and `;` (and), e.g. `channel==WEB,channel==MOBILE`.
            page_size: Records per page, between 10 and 500. IG's default when not given: 50.

        Returns:
            The parsed ActivityHistoryV3Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getActivityHistoryV3"],
            {
                "from_": from_,
                "to": to,
                "detailed": detailed,
                "deal_id": deal_id,
                "filter": filter,
                "page_size": page_size,
            },
            cast_to=models.ActivityHistoryV3Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def activity_by_date_range_v1(
        self,
        *,
        from_date: date,
        to_date: date,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ActivityHistoryV1Response:
        """List account activity between two calendar dates (version 1 text records).

        Returns the activity log of the active account for whole days from `fromDate` to `toDate`, both
        written `dd-MM-yyyy` in the path. Records are pre-formatted text as IG shows them on screen: the
        date as `dd/MM/yy`, the time as `HH:mm`, and sizes and levels as strings. There is no paging.
        history.activity (version 3) returns the same information typed.

        IG endpoint: ``GET /history/activity/{fromDate}/{toDate}``, VERSION 1.

        Args:
            from_date: First day to include, sent as `dd-MM-yyyy`.
            to_date: Last day to include, sent as `dd-MM-yyyy`.

        Returns:
            The parsed ActivityHistoryV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getActivityHistoryByTimeRangeV1"],
            {
                "from_date": from_date,
                "to_date": to_date,
            },
            cast_to=models.ActivityHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def activity_by_period_v1(
        self,
        *,
        last_period: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ActivityHistoryV1Response:
        """List account activity of the last N milliseconds (version 1 text records).

        Returns the activity log of the active account for a period ending now whose length, `lastPeriod`,
        is given in milliseconds (86400000 is one day). Records are pre-formatted text: the date as
        `dd/MM/yy`, the time as `HH:mm`, sizes and levels as strings. There is no paging. history.activity
        (version 3) returns the same information typed.

        IG endpoint: ``GET /history/activity/{lastPeriod}``, VERSION 1.

        Args:
            last_period: Length of the period to look back over, in milliseconds.

        Returns:
            The parsed ActivityHistoryV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getActivityHistoryV1"],
            {
                "last_period": last_period,
            },
            cast_to=models.ActivityHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def transactions_v2(
        self,
        *,
        type: models.TransactionTypeFilter
        | Literal["ALL", "ALL_DEAL", "DEPOSIT", "WITHDRAWAL"]
        | NotGiven = NOT_GIVEN,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max_span_seconds: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.TransactionHistoryV2Response:
        """List account transactions (closed deals, deposits, withdrawals, charges) with page-number paging.

        Returns the money movements of the active account: realised profit and loss of closed deals, funding
        and charges. `type` narrows the kind of transaction (ALL by default). Choose the window with
        `from`/`to`, or with `maxSpanSeconds` alone, which looks back that many seconds from now (600, that
        is ten minutes, when nothing is given). Paged by number: `pageSize` records per page (20 by default,
        0 turns paging off) and `pageNumber` from 1, with `metadata.pageData.totalPages` telling how far to
        go. Amounts, levels and sizes come back as display strings (for example `£-12.30`, `+1`).

        IG endpoint: ``GET /history/transactions``, VERSION 2.

        Args:
            type: Kind of transactions to return; IG returns all kinds when this is left out. IG's default
                when not given: ALL.
            from_: Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`.
            to: End of the window, sent as `yyyy-MM-ddTHH:mm:ss`.
            max_span_seconds: How many seconds back from now to look when no date range is given
                (unverified: IG does not say whether a date range overrides it here, as it does for activity).
                IG's default when not given: 600.
            page_size: Records per page; 0 disables paging so that every record comes back at once. IG's
                default when not given: 20.
            page_number: Which page to return, counting from 1. IG's default when not given: 1.

        Returns:
            The parsed TransactionHistoryV2Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getTransactionHistoryV2"],
            {
                "type": type,
                "from_": from_,
                "to": to,
                "max_span_seconds": max_span_seconds,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.TransactionHistoryV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def transactions_by_date_range_v1(
        self,
        *,
        transaction_type: models.TransactionTypeFilter | Literal["ALL", "ALL_DEAL", "DEPOSIT", "WITHDRAWAL"],
        from_date: date,
        to_date: date,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.TransactionHistoryV1Response:
        """List account transactions of one kind between two calendar dates (version 1).

        Returns the transactions of the chosen kind for whole days from `fromDate` to `toDate`, both written
        `dd-MM-yyyy` in the path. All kinds are requested with transactionType ALL. There is no paging, and
        dates in the answer are day-only (`dd-MMM-yyyy`, for example `05-Jan-2024`). history.transactions
        (version 2) adds timestamps and paging.

        IG endpoint: ``GET /history/transactions/{transactionType}/{fromDate}/{toDate}``, VERSION 1.

        Args:
            transaction_type: Kind of transactions to return.
            from_date: First day to include, sent as `dd-MM-yyyy`.
            to_date: Last day to include, sent as `dd-MM-yyyy`.

        Returns:
            The parsed TransactionHistoryV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getTransactionHistoryByTimeRangeV1"],
            {
                "transaction_type": transaction_type,
                "from_date": from_date,
                "to_date": to_date,
            },
            cast_to=models.TransactionHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def transactions_by_period_v1(
        self,
        *,
        transaction_type: models.TransactionTypeFilter | Literal["ALL", "ALL_DEAL", "DEPOSIT", "WITHDRAWAL"],
        last_period: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.TransactionHistoryV1Response:
        """List account transactions of one kind over the last N milliseconds (version 1).

        Returns the transactions of the chosen kind for a period ending now whose length, `lastPeriod`, is
        given in milliseconds (604800000 is one week). There is no paging, and dates in the answer are day-
        only (`dd-MMM-yyyy`). history.transactions (version 2) adds timestamps and paging.

        IG endpoint: ``GET /history/transactions/{transactionType}/{lastPeriod}``, VERSION 1.

        Args:
            transaction_type: Kind of transactions to return.
            last_period: Length of the period to look back over, in milliseconds.

        Returns:
            The parsed TransactionHistoryV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getTransactionHistoryV1"],
            {
                "transaction_type": transaction_type,
                "last_period": last_period,
            },
            cast_to=models.TransactionHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "Version 2 of the activity history is superseded: use history.activity (version 3), which returns typed records and follows `metadata.paging.next`."
    )
    def activity_pages_v2(
        self,
        *,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max_span_seconds: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> Iterator[models.ActivityHistoryV2Response]:
        """Every page of :meth:`activity_v2`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (page-number) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getActivityHistoryV2"],
            {
                "from_": from_,
                "to": to,
                "max_span_seconds": max_span_seconds,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.ActivityHistoryV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    def activity_pages_v3(
        self,
        *,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        detailed: bool | NotGiven = NOT_GIVEN,
        deal_id: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> Iterator[models.ActivityHistoryV3Response]:
        """Every page of :meth:`activity_v3`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (paging-next) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getActivityHistoryV3"],
            {
                "from_": from_,
                "to": to,
                "detailed": detailed,
                "deal_id": deal_id,
                "filter": filter,
                "page_size": page_size,
            },
            cast_to=models.ActivityHistoryV3Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    def transactions_pages_v2(
        self,
        *,
        type: models.TransactionTypeFilter
        | Literal["ALL", "ALL_DEAL", "DEPOSIT", "WITHDRAWAL"]
        | NotGiven = NOT_GIVEN,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max_span_seconds: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> Iterator[models.TransactionHistoryV2Response]:
        """Every page of :meth:`transactions_v2`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (page-number) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getTransactionHistoryV2"],
            {
                "type": type,
                "from_": from_,
                "to": to,
                "max_span_seconds": max_span_seconds,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.TransactionHistoryV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    activity = activity_v3
    activity_pages = activity_pages_v3
    activity_by_date_range = activity_by_date_range_v1
    activity_by_period = activity_by_period_v1
    transactions = transactions_v2
    transactions_pages = transactions_pages_v2
    transactions_by_date_range = transactions_by_date_range_v1
    transactions_by_period = transactions_by_period_v1

    @cached_property
    def with_raw_response(self) -> HistoryWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return HistoryWithRawResponse(self)


class HistoryWithRawResponse:
    """Raw-response view of :class:`History`."""

    def __init__(self, resource: History) -> None:
        self.activity_v2 = to_raw_response_wrapper(resource.activity_v2)
        self.activity_v3 = to_raw_response_wrapper(resource.activity_v3)
        self.activity_by_date_range_v1 = to_raw_response_wrapper(resource.activity_by_date_range_v1)
        self.activity_by_period_v1 = to_raw_response_wrapper(resource.activity_by_period_v1)
        self.transactions_v2 = to_raw_response_wrapper(resource.transactions_v2)
        self.transactions_by_date_range_v1 = to_raw_response_wrapper(resource.transactions_by_date_range_v1)
        self.transactions_by_period_v1 = to_raw_response_wrapper(resource.transactions_by_period_v1)
        self.activity = to_raw_response_wrapper(resource.activity)
        self.activity_by_date_range = to_raw_response_wrapper(resource.activity_by_date_range)
        self.activity_by_period = to_raw_response_wrapper(resource.activity_by_period)
        self.transactions = to_raw_response_wrapper(resource.transactions)
        self.transactions_by_date_range = to_raw_response_wrapper(resource.transactions_by_date_range)
        self.transactions_by_period = to_raw_response_wrapper(resource.transactions_by_period)


class AsyncHistory(AsyncAPIResource):
    """Account activity and transactions."""

    @deprecated(
        "Version 2 of the activity history is superseded: use history.activity (version 3), which returns typed records and follows `metadata.paging.next`."
    )
    async def activity_v2(
        self,
        *,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max_span_seconds: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ActivityHistoryV2Response:
        """List account activity (deals, orders, stop and limit edits) with page-number paging.

        Returns the activity log of the active account as flat text records. Choose the window either with
        `from`/`to`, or with `maxSpanSeconds` alone, which looks back that many seconds from now (600, that
        is ten minutes, when nothing is given; it is ignored once a date range is set). Paged by number:
        `pageSize` records per page (20 by default, 0 turns paging off) and `pageNumber` from 1, with
        `metadata.pageData.totalPages` telling how far to go. Superseded by version 3, which returns typed
        fields and optional deal details.

        IG endpoint: ``GET /history/activity``, VERSION 2.

        Args:
            from_: Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`.
            to: End of the window, sent as `yyyy-MM-ddTHH:mm:ss`.
            max_span_seconds: How many seconds back from now to look when no date range is given; ignored
                with `from`/`to`. IG's default when not given: 600.
            page_size: Records per page; 0 disables paging so that every record comes back at once. IG's
                default when not given: 20.
            page_number: Which page to return, counting from 1. IG's default when not given: 1.

        Returns:
            The parsed ActivityHistoryV2Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getActivityHistoryV2"],
            {
                "from_": from_,
                "to": to,
                "max_span_seconds": max_span_seconds,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.ActivityHistoryV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def activity_v3(
        self,
        *,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        detailed: bool | NotGiven = NOT_GIVEN,
        deal_id: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ActivityHistoryV3Response:
        """List account activity as typed records, optionally with deal details, following a next-page link.

        Returns the activity log of the active account: opened and closed positions, working orders, stop
        and limit amendments and system events, each with a channel, type and status. `from` sets the start
        of the window and `to` its end (now when left out; a date without a time means the end of that day).
        Narrow the result with `dealId`, or with `filter`, a FIQL expression over the record fields using
        `==`, `!=`, `,` (or) and `;` (and), for example `type==POSITION;status==ACCEPTED`. Ask for
        `detailed=true` to get the `details` block (deal reference, affected deals, levels); without it
        `details` is null. Pages hold `pageSize` records (50 by default, between 10 and 500); when more
        records exist `metadata.paging.next` holds the relative URL of the following page, and it is absent
        or empty on the last page.

        IG endpoint: ``GET /history/activity``, VERSION 3.

        Args:
            from_: Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`.
            to: End of the window, sent as `yyyy-MM-ddTHH:mm:ss`; IG uses the current time when it is left
                out.
            detailed: True to include each record's `details` block; it costs a larger answer. IG's default
                when not given: False.
            deal_id: Only return the activity of this deal.
            filter: A FIQL expression selecting records, built from `field==value` and `field!=value` joined
                with `,` (or) and `;` (and), e.g. `channel==WEB,channel==MOBILE`.
            page_size: Records per page, between 10 and 500. IG's default when not given: 50.

        Returns:
            The parsed ActivityHistoryV3Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getActivityHistoryV3"],
            {
                "from_": from_,
                "to": to,
                "detailed": detailed,
                "deal_id": deal_id,
                "filter": filter,
                "page_size": page_size,
            },
            cast_to=models.ActivityHistoryV3Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def activity_by_date_range_v1(
        self,
        *,
        from_date: date,
        to_date: date,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ActivityHistoryV1Response:
        """List account activity between two calendar dates (version 1 text records).

        Returns the activity log of the active account for whole days from `fromDate` to `toDate`, both
        written `dd-MM-yyyy` in the path. Records are pre-formatted text as IG shows them on screen: the
        date as `dd/MM/yy`, the time as `HH:mm`, and sizes and levels as strings. There is no paging.
        history.activity (version 3) returns the same information typed.

        IG endpoint: ``GET /history/activity/{fromDate}/{toDate}``, VERSION 1.

        Args:
            from_date: First day to include, sent as `dd-MM-yyyy`.
            to_date: Last day to include, sent as `dd-MM-yyyy`.

        Returns:
            The parsed ActivityHistoryV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getActivityHistoryByTimeRangeV1"],
            {
                "from_date": from_date,
                "to_date": to_date,
            },
            cast_to=models.ActivityHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def activity_by_period_v1(
        self,
        *,
        last_period: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ActivityHistoryV1Response:
        """List account activity of the last N milliseconds (version 1 text records).

        Returns the activity log of the active account for a period ending now whose length, `lastPeriod`,
        is given in milliseconds (86400000 is one day). Records are pre-formatted text: the date as
        `dd/MM/yy`, the time as `HH:mm`, sizes and levels as strings. There is no paging. history.activity
        (version 3) returns the same information typed.

        IG endpoint: ``GET /history/activity/{lastPeriod}``, VERSION 1.

        Args:
            last_period: Length of the period to look back over, in milliseconds.

        Returns:
            The parsed ActivityHistoryV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getActivityHistoryV1"],
            {
                "last_period": last_period,
            },
            cast_to=models.ActivityHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def transactions_v2(
        self,
        *,
        type: models.TransactionTypeFilter
        | Literal["ALL", "ALL_DEAL", "DEPOSIT", "WITHDRAWAL"]
        | NotGiven = NOT_GIVEN,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max_span_seconds: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.TransactionHistoryV2Response:
        """List account transactions (closed deals, deposits, withdrawals, charges) with page-number paging.

        Returns the money movements of the active account: realised profit and loss of closed deals, funding
        and charges. `type` narrows the kind of transaction (ALL by default). Choose the window with
        `from`/`to`, or with `maxSpanSeconds` alone, which looks back that many seconds from now (600, that
        is ten minutes, when nothing is given). Paged by number: `pageSize` records per page (20 by default,
        0 turns paging off) and `pageNumber` from 1, with `metadata.pageData.totalPages` telling how far to
        go. Amounts, levels and sizes come back as display strings (for example `£-12.30`, `+1`).

        IG endpoint: ``GET /history/transactions``, VERSION 2.

        Args:
            type: Kind of transactions to return; IG returns all kinds when this is left out. IG's default
                when not given: ALL.
            from_: Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`.
            to: End of the window, sent as `yyyy-MM-ddTHH:mm:ss`.
            max_span_seconds: How many seconds back from now to look when no date range is given
                (unverified: IG does not say whether a date range overrides it here, as it does for activity).
                IG's default when not given: 600.
            page_size: Records per page; 0 disables paging so that every record comes back at once. IG's
                default when not given: 20.
            page_number: Which page to return, counting from 1. IG's default when not given: 1.

        Returns:
            The parsed TransactionHistoryV2Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getTransactionHistoryV2"],
            {
                "type": type,
                "from_": from_,
                "to": to,
                "max_span_seconds": max_span_seconds,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.TransactionHistoryV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def transactions_by_date_range_v1(
        self,
        *,
        transaction_type: models.TransactionTypeFilter | Literal["ALL", "ALL_DEAL", "DEPOSIT", "WITHDRAWAL"],
        from_date: date,
        to_date: date,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.TransactionHistoryV1Response:
        """List account transactions of one kind between two calendar dates (version 1).

        Returns the transactions of the chosen kind for whole days from `fromDate` to `toDate`, both written
        `dd-MM-yyyy` in the path. All kinds are requested with transactionType ALL. There is no paging, and
        dates in the answer are day-only (`dd-MMM-yyyy`, for example `05-Jan-2024`). history.transactions
        (version 2) adds timestamps and paging.

        IG endpoint: ``GET /history/transactions/{transactionType}/{fromDate}/{toDate}``, VERSION 1.

        Args:
            transaction_type: Kind of transactions to return.
            from_date: First day to include, sent as `dd-MM-yyyy`.
            to_date: Last day to include, sent as `dd-MM-yyyy`.

        Returns:
            The parsed TransactionHistoryV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getTransactionHistoryByTimeRangeV1"],
            {
                "transaction_type": transaction_type,
                "from_date": from_date,
                "to_date": to_date,
            },
            cast_to=models.TransactionHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def transactions_by_period_v1(
        self,
        *,
        transaction_type: models.TransactionTypeFilter | Literal["ALL", "ALL_DEAL", "DEPOSIT", "WITHDRAWAL"],
        last_period: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.TransactionHistoryV1Response:
        """List account transactions of one kind over the last N milliseconds (version 1).

        Returns the transactions of the chosen kind for a period ending now whose length, `lastPeriod`, is
        given in milliseconds (604800000 is one week). There is no paging, and dates in the answer are day-
        only (`dd-MMM-yyyy`). history.transactions (version 2) adds timestamps and paging.

        IG endpoint: ``GET /history/transactions/{transactionType}/{lastPeriod}``, VERSION 1.

        Args:
            transaction_type: Kind of transactions to return.
            last_period: Length of the period to look back over, in milliseconds.

        Returns:
            The parsed TransactionHistoryV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getTransactionHistoryV1"],
            {
                "transaction_type": transaction_type,
                "last_period": last_period,
            },
            cast_to=models.TransactionHistoryV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "Version 2 of the activity history is superseded: use history.activity (version 3), which returns typed records and follows `metadata.paging.next`."
    )
    def activity_pages_v2(
        self,
        *,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max_span_seconds: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> AsyncIterator[models.ActivityHistoryV2Response]:
        """Every page of :meth:`activity_v2`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (page-number) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getActivityHistoryV2"],
            {
                "from_": from_,
                "to": to,
                "max_span_seconds": max_span_seconds,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.ActivityHistoryV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    def activity_pages_v3(
        self,
        *,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        detailed: bool | NotGiven = NOT_GIVEN,
        deal_id: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> AsyncIterator[models.ActivityHistoryV3Response]:
        """Every page of :meth:`activity_v3`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (paging-next) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getActivityHistoryV3"],
            {
                "from_": from_,
                "to": to,
                "detailed": detailed,
                "deal_id": deal_id,
                "filter": filter,
                "page_size": page_size,
            },
            cast_to=models.ActivityHistoryV3Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    def transactions_pages_v2(
        self,
        *,
        type: models.TransactionTypeFilter
        | Literal["ALL", "ALL_DEAL", "DEPOSIT", "WITHDRAWAL"]
        | NotGiven = NOT_GIVEN,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max_span_seconds: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> AsyncIterator[models.TransactionHistoryV2Response]:
        """Every page of :meth:`transactions_v2`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (page-number) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getTransactionHistoryV2"],
            {
                "type": type,
                "from_": from_,
                "to": to,
                "max_span_seconds": max_span_seconds,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.TransactionHistoryV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    activity = activity_v3
    activity_pages = activity_pages_v3
    activity_by_date_range = activity_by_date_range_v1
    activity_by_period = activity_by_period_v1
    transactions = transactions_v2
    transactions_pages = transactions_pages_v2
    transactions_by_date_range = transactions_by_date_range_v1
    transactions_by_period = transactions_by_period_v1

    @cached_property
    def with_raw_response(self) -> AsyncHistoryWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncHistoryWithRawResponse(self)


class AsyncHistoryWithRawResponse:
    """Raw-response view of :class:`AsyncHistory`."""

    def __init__(self, resource: AsyncHistory) -> None:
        self.activity_v2 = async_to_raw_response_wrapper(resource.activity_v2)
        self.activity_v3 = async_to_raw_response_wrapper(resource.activity_v3)
        self.activity_by_date_range_v1 = async_to_raw_response_wrapper(resource.activity_by_date_range_v1)
        self.activity_by_period_v1 = async_to_raw_response_wrapper(resource.activity_by_period_v1)
        self.transactions_v2 = async_to_raw_response_wrapper(resource.transactions_v2)
        self.transactions_by_date_range_v1 = async_to_raw_response_wrapper(
            resource.transactions_by_date_range_v1
        )
        self.transactions_by_period_v1 = async_to_raw_response_wrapper(resource.transactions_by_period_v1)
        self.activity = async_to_raw_response_wrapper(resource.activity)
        self.activity_by_date_range = async_to_raw_response_wrapper(resource.activity_by_date_range)
        self.activity_by_period = async_to_raw_response_wrapper(resource.activity_by_period)
        self.transactions = async_to_raw_response_wrapper(resource.transactions)
        self.transactions_by_date_range = async_to_raw_response_wrapper(resource.transactions_by_date_range)
        self.transactions_by_period = async_to_raw_response_wrapper(resource.transactions_by_period)
