# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""Historical prices (candles) at IG's resolutions; spends the historical allowance."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import datetime
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

__all__ = ["Prices", "AsyncPrices"]


class Prices(SyncAPIResource):
    """Historical prices (candles) at IG's resolutions; spends the historical allowance."""

    def get_v3(
        self,
        *,
        epic: str,
        resolution: models.PriceResolution
        | Literal[
            "SECOND",
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ]
        | NotGiven = NOT_GIVEN,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PricesV3Response:
        """Download historical price bars (candles) for one epic, paged, by count or by date range.

        Fetches open/high/low/close bars for a market at a chosen resolution. Two ways of choosing the bars:
        give `from` and/or `to` for a time window, or leave both out and give `max` for the most recent N
        bars (`max` is ignored once a date range is set). With no arguments at all IG answers with the one-
        minute bars of roughly the last ten minutes. Results are paged: `pageSize` bars per page (20 by
        default, 0 switches paging off and returns everything in one answer) and `pageNumber` starting at 1;
        `metadata.pageData` tells how many pages there are. Every bar returned counts against the historical
        data allowance shared by your account and API key (typically about 10,000 points a week); the
        remaining allowance and when it resets come back in `metadata.allowance`. When the allowance is
        spent IG answers 403 with `error.public-api.exceeded-account-historical-data-allowance`. Bars carry
        both the local `snapshotTime` and `snapshotTimeUTC`.

        IG endpoint: ``GET /prices/{epic}``, VERSION 3.

        Args:
            epic: Epic of the market whose prices are wanted.
            resolution: Length of one bar. IG uses one-minute bars when this is left out. IG's default when
                not given: MINUTE.
            from_: Start of the time window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss` in the account's
                local time.
            to: End of the time window, sent as `yyyy-MM-ddTHH:mm:ss` in the account's local time. Defaults
                to now when only `from` is given (unverified: IG does not state the default for this endpoint).
            max: How many of the most recent bars to return when no date range is given; ignored with
                `from`/`to`. IG's default when not given: 10.
            page_size: Bars per page; 0 disables paging so that every matching bar comes back at once. IG's
                default when not given: 20.
            page_number: Which page to return, counting from 1. IG's default when not given: 1.

        Returns:
            The parsed PricesV3Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getPricesV3"],
            {
                "epic": epic,
                "resolution": resolution,
                "from_": from_,
                "to": to,
                "max": max,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.PricesV3Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "Version 1 of the date-range price download is superseded: use prices.get_by_date_range (version 2), or prices.get (version 3) for paged downloads."
    )
    def get_by_date_range_v1(
        self,
        *,
        epic: str,
        resolution: models.PriceResolution
        | Literal[
            "SECOND",
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ],
        startdate: datetime,
        enddate: datetime,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PricesResponse:
        """Download historical price bars for one epic between two timestamps (old query-string form).

        Returns every bar of the chosen resolution between `startdate` and `enddate`, both of which are
        mandatory and must be written `yyyy:MM:dd-HH:mm:ss` (colons inside the date). `enddate` has to be
        later than `startdate`, otherwise IG answers `error.invalid.daterange`. There is no paging: a long
        range at a fine resolution comes back in one large answer and spends the historical data allowance
        one point per bar; the allowance left is reported in `allowance`. Superseded by the version 2 path
        form, which takes the dates in the path.

        IG endpoint: ``GET /prices/{epic}/{resolution}``, VERSION 1.

        Args:
            epic: Epic of the market whose prices are wanted.
            resolution: Length of one bar, from SECOND up to MONTH.
            startdate: First bar's time (inclusive), sent as `yyyy:MM:dd-HH:mm:ss` in the account's local
                time.
            enddate: Last bar's time, sent as `yyyy:MM:dd-HH:mm:ss`; must be after `startdate`.

        Returns:
            The parsed PricesResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getPricesByDateRangeV1"],
            {
                "epic": epic,
                "resolution": resolution,
                "startdate": startdate,
                "enddate": enddate,
            },
            cast_to=models.PricesResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "Version 1 of the number-of-points price download is superseded: use prices.get_by_num_points (version 2), or prices.get (version 3) with `max`."
    )
    def get_by_num_points_v1(
        self,
        *,
        epic: str,
        resolution: models.NumPointsResolution
        | Literal[
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ],
        num_points: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PricesResponse:
        """Download the most recent N price bars for one epic (version 1).

        Returns the latest `numPoints` bars of the chosen resolution, newest last. Each bar spends one point
        of the historical data allowance, whose state comes back in `allowance`. SECOND is not accepted as a
        resolution here. There is no paging.

        IG endpoint: ``GET /prices/{epic}/{resolution}/{numPoints}``, VERSION 1.

        Args:
            epic: Epic of the market whose prices are wanted.
            resolution: Length of one bar, from MINUTE up to MONTH (no SECOND bars on this endpoint).
            num_points: How many of the most recent bars to return; each one counts against the allowance.

        Returns:
            The parsed PricesResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getPricesByNumberOfPointsV1"],
            {
                "epic": epic,
                "resolution": resolution,
                "num_points": num_points,
            },
            cast_to=models.PricesResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_by_num_points_v2(
        self,
        *,
        epic: str,
        resolution: models.NumPointsResolution
        | Literal[
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ],
        num_points: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PricesResponse:
        """Download the most recent N price bars for one epic.

        Returns the latest `numPoints` bars of the chosen resolution, newest last, with each bar's local
        `snapshotTime` written `yyyy/MM/dd HH:mm:ss`. Each bar spends one point of the historical data
        allowance; `allowance` in the answer reports what is left and when it resets. SECOND is not accepted
        as a resolution here. There is no paging; for large downloads prefer prices.get (version 3), which
        pages.

        IG endpoint: ``GET /prices/{epic}/{resolution}/{numPoints}``, VERSION 2.

        Args:
            epic: Epic of the market whose prices are wanted.
            resolution: Length of one bar, from MINUTE up to MONTH (no SECOND bars on this endpoint).
            num_points: How many of the most recent bars to return; each one counts against the allowance.

        Returns:
            The parsed PricesResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getPricesByNumberOfPointsV2"],
            {
                "epic": epic,
                "resolution": resolution,
                "num_points": num_points,
            },
            cast_to=models.PricesResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_by_date_range_v2(
        self,
        *,
        epic: str,
        resolution: models.PriceResolution
        | Literal[
            "SECOND",
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ],
        start_date: datetime,
        end_date: datetime,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PricesResponse:
        """Download historical price bars for one epic between two timestamps.

        Returns every bar of the chosen resolution between `startDate` and `endDate`, which travel in the
        path written `yyyy-MM-dd HH:mm:ss` (the space is URL-encoded). `endDate` has to be later than
        `startDate`, otherwise IG answers `error.invalid.daterange`. There is no paging: the whole range
        comes back in one answer and each bar spends one point of the historical data allowance, reported in
        `allowance`. For long ranges at fine resolutions prefer prices.get (version 3), which pages.

        IG endpoint: ``GET /prices/{epic}/{resolution}/{startDate}/{endDate}``, VERSION 2.

        Args:
            epic: Epic of the market whose prices are wanted.
            resolution: Length of one bar, from SECOND up to MONTH.
            start_date: First bar's time (inclusive), sent as `yyyy-MM-dd HH:mm:ss` in the account's local
                time.
            end_date: Last bar's time, sent as `yyyy-MM-dd HH:mm:ss`; must be after `startDate`.

        Returns:
            The parsed PricesResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getPricesByDateRangeV2"],
            {
                "epic": epic,
                "resolution": resolution,
                "start_date": start_date,
                "end_date": end_date,
            },
            cast_to=models.PricesResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_pages_v3(
        self,
        *,
        epic: str,
        resolution: models.PriceResolution
        | Literal[
            "SECOND",
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ]
        | NotGiven = NOT_GIVEN,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> Iterator[models.PricesV3Response]:
        """Every page of :meth:`get_v3`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (page-number) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getPricesV3"],
            {
                "epic": epic,
                "resolution": resolution,
                "from_": from_,
                "to": to,
                "max": max,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.PricesV3Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    get = get_v3
    get_pages = get_pages_v3
    get_by_num_points = get_by_num_points_v2
    get_by_date_range = get_by_date_range_v2

    @cached_property
    def with_raw_response(self) -> PricesWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return PricesWithRawResponse(self)


class PricesWithRawResponse:
    """Raw-response view of :class:`Prices`."""

    def __init__(self, resource: Prices) -> None:
        self.get_v3 = to_raw_response_wrapper(resource.get_v3)
        self.get_by_date_range_v1 = to_raw_response_wrapper(resource.get_by_date_range_v1)
        self.get_by_num_points_v1 = to_raw_response_wrapper(resource.get_by_num_points_v1)
        self.get_by_num_points_v2 = to_raw_response_wrapper(resource.get_by_num_points_v2)
        self.get_by_date_range_v2 = to_raw_response_wrapper(resource.get_by_date_range_v2)
        self.get = to_raw_response_wrapper(resource.get)
        self.get_by_num_points = to_raw_response_wrapper(resource.get_by_num_points)
        self.get_by_date_range = to_raw_response_wrapper(resource.get_by_date_range)


class AsyncPrices(AsyncAPIResource):
    """Historical prices (candles) at IG's resolutions; spends the historical allowance."""

    async def get_v3(
        self,
        *,
        epic: str,
        resolution: models.PriceResolution
        | Literal[
            "SECOND",
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ]
        | NotGiven = NOT_GIVEN,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PricesV3Response:
        """Download historical price bars (candles) for one epic, paged, by count or by date range.

        Fetches open/high/low/close bars for a market at a chosen resolution. Two ways of choosing the bars:
        give `from` and/or `to` for a time window, or leave both out and give `max` for the most recent N
        bars (`max` is ignored once a date range is set). With no arguments at all IG answers with the one-
        minute bars of roughly the last ten minutes. Results are paged: `pageSize` bars per page (20 by
        default, 0 switches paging off and returns everything in one answer) and `pageNumber` starting at 1;
        `metadata.pageData` tells how many pages there are. Every bar returned counts against the historical
        data allowance shared by your account and API key (typically about 10,000 points a week); the
        remaining allowance and when it resets come back in `metadata.allowance`. When the allowance is
        spent IG answers 403 with `error.public-api.exceeded-account-historical-data-allowance`. Bars carry
        both the local `snapshotTime` and `snapshotTimeUTC`.

        IG endpoint: ``GET /prices/{epic}``, VERSION 3.

        Args:
            epic: Epic of the market whose prices are wanted.
            resolution: Length of one bar. IG uses one-minute bars when this is left out. IG's default when
                not given: MINUTE.
            from_: Start of the time window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss` in the account's
                local time.
            to: End of the time window, sent as `yyyy-MM-ddTHH:mm:ss` in the account's local time. Defaults
                to now when only `from` is given (unverified: IG does not state the default for this endpoint).
            max: How many of the most recent bars to return when no date range is given; ignored with
                `from`/`to`. IG's default when not given: 10.
            page_size: Bars per page; 0 disables paging so that every matching bar comes back at once. IG's
                default when not given: 20.
            page_number: Which page to return, counting from 1. IG's default when not given: 1.

        Returns:
            The parsed PricesV3Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getPricesV3"],
            {
                "epic": epic,
                "resolution": resolution,
                "from_": from_,
                "to": to,
                "max": max,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.PricesV3Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "Version 1 of the date-range price download is superseded: use prices.get_by_date_range (version 2), or prices.get (version 3) for paged downloads."
    )
    async def get_by_date_range_v1(
        self,
        *,
        epic: str,
        resolution: models.PriceResolution
        | Literal[
            "SECOND",
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ],
        startdate: datetime,
        enddate: datetime,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PricesResponse:
        """Download historical price bars for one epic between two timestamps (old query-string form).

        Returns every bar of the chosen resolution between `startdate` and `enddate`, both of which are
        mandatory and must be written `yyyy:MM:dd-HH:mm:ss` (colons inside the date). `enddate` has to be
        later than `startdate`, otherwise IG answers `error.invalid.daterange`. There is no paging: a long
        range at a fine resolution comes back in one large answer and spends the historical data allowance
        one point per bar; the allowance left is reported in `allowance`. Superseded by the version 2 path
        form, which takes the dates in the path.

        IG endpoint: ``GET /prices/{epic}/{resolution}``, VERSION 1.

        Args:
            epic: Epic of the market whose prices are wanted.
            resolution: Length of one bar, from SECOND up to MONTH.
            startdate: First bar's time (inclusive), sent as `yyyy:MM:dd-HH:mm:ss` in the account's local
                time.
            enddate: Last bar's time, sent as `yyyy:MM:dd-HH:mm:ss`; must be after `startdate`.

        Returns:
            The parsed PricesResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getPricesByDateRangeV1"],
            {
                "epic": epic,
                "resolution": resolution,
                "startdate": startdate,
                "enddate": enddate,
            },
            cast_to=models.PricesResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "Version 1 of the number-of-points price download is superseded: use prices.get_by_num_points (version 2), or prices.get (version 3) with `max`."
    )
    async def get_by_num_points_v1(
        self,
        *,
        epic: str,
        resolution: models.NumPointsResolution
        | Literal[
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ],
        num_points: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PricesResponse:
        """Download the most recent N price bars for one epic (version 1).

        Returns the latest `numPoints` bars of the chosen resolution, newest last. Each bar spends one point
        of the historical data allowance, whose state comes back in `allowance`. SECOND is not accepted as a
        resolution here. There is no paging.

        IG endpoint: ``GET /prices/{epic}/{resolution}/{numPoints}``, VERSION 1.

        Args:
            epic: Epic of the market whose prices are wanted.
            resolution: Length of one bar, from MINUTE up to MONTH (no SECOND bars on this endpoint).
            num_points: How many of the most recent bars to return; each one counts against the allowance.

        Returns:
            The parsed PricesResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getPricesByNumberOfPointsV1"],
            {
                "epic": epic,
                "resolution": resolution,
                "num_points": num_points,
            },
            cast_to=models.PricesResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_by_num_points_v2(
        self,
        *,
        epic: str,
        resolution: models.NumPointsResolution
        | Literal[
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ],
        num_points: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PricesResponse:
        """Download the most recent N price bars for one epic.

        Returns the latest `numPoints` bars of the chosen resolution, newest last, with each bar's local
        `snapshotTime` written `yyyy/MM/dd HH:mm:ss`. Each bar spends one point of the historical data
        allowance; `allowance` in the answer reports what is left and when it resets. SECOND is not accepted
        as a resolution here. There is no paging; for large downloads prefer prices.get (version 3), which
        pages.

        IG endpoint: ``GET /prices/{epic}/{resolution}/{numPoints}``, VERSION 2.

        Args:
            epic: Epic of the market whose prices are wanted.
            resolution: Length of one bar, from MINUTE up to MONTH (no SECOND bars on this endpoint).
            num_points: How many of the most recent bars to return; each one counts against the allowance.

        Returns:
            The parsed PricesResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getPricesByNumberOfPointsV2"],
            {
                "epic": epic,
                "resolution": resolution,
                "num_points": num_points,
            },
            cast_to=models.PricesResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_by_date_range_v2(
        self,
        *,
        epic: str,
        resolution: models.PriceResolution
        | Literal[
            "SECOND",
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ],
        start_date: datetime,
        end_date: datetime,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.PricesResponse:
        """Download historical price bars for one epic between two timestamps.

        Returns every bar of the chosen resolution between `startDate` and `endDate`, which travel in the
        path written `yyyy-MM-dd HH:mm:ss` (the space is URL-encoded). `endDate` has to be later than
        `startDate`, otherwise IG answers `error.invalid.daterange`. There is no paging: the whole range
        comes back in one answer and each bar spends one point of the historical data allowance, reported in
        `allowance`. For long ranges at fine resolutions prefer prices.get (version 3), which pages.

        IG endpoint: ``GET /prices/{epic}/{resolution}/{startDate}/{endDate}``, VERSION 2.

        Args:
            epic: Epic of the market whose prices are wanted.
            resolution: Length of one bar, from SECOND up to MONTH.
            start_date: First bar's time (inclusive), sent as `yyyy-MM-dd HH:mm:ss` in the account's local
                time.
            end_date: Last bar's time, sent as `yyyy-MM-dd HH:mm:ss`; must be after `startDate`.

        Returns:
            The parsed PricesResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getPricesByDateRangeV2"],
            {
                "epic": epic,
                "resolution": resolution,
                "start_date": start_date,
                "end_date": end_date,
            },
            cast_to=models.PricesResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_pages_v3(
        self,
        *,
        epic: str,
        resolution: models.PriceResolution
        | Literal[
            "SECOND",
            "MINUTE",
            "MINUTE_2",
            "MINUTE_3",
            "MINUTE_5",
            "MINUTE_10",
            "MINUTE_15",
            "MINUTE_30",
            "HOUR",
            "HOUR_2",
            "HOUR_3",
            "HOUR_4",
            "DAY",
            "WEEK",
            "MONTH",
        ]
        | NotGiven = NOT_GIVEN,
        from_: datetime | NotGiven = NOT_GIVEN,
        to: datetime | NotGiven = NOT_GIVEN,
        max: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> AsyncIterator[models.PricesV3Response]:
        """Every page of :meth:`get_v3`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (page-number) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getPricesV3"],
            {
                "epic": epic,
                "resolution": resolution,
                "from_": from_,
                "to": to,
                "max": max,
                "page_size": page_size,
                "page_number": page_number,
            },
            cast_to=models.PricesV3Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    get = get_v3
    get_pages = get_pages_v3
    get_by_num_points = get_by_num_points_v2
    get_by_date_range = get_by_date_range_v2

    @cached_property
    def with_raw_response(self) -> AsyncPricesWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncPricesWithRawResponse(self)


class AsyncPricesWithRawResponse:
    """Raw-response view of :class:`AsyncPrices`."""

    def __init__(self, resource: AsyncPrices) -> None:
        self.get_v3 = async_to_raw_response_wrapper(resource.get_v3)
        self.get_by_date_range_v1 = async_to_raw_response_wrapper(resource.get_by_date_range_v1)
        self.get_by_num_points_v1 = async_to_raw_response_wrapper(resource.get_by_num_points_v1)
        self.get_by_num_points_v2 = async_to_raw_response_wrapper(resource.get_by_num_points_v2)
        self.get_by_date_range_v2 = async_to_raw_response_wrapper(resource.get_by_date_range_v2)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.get_by_num_points = async_to_raw_response_wrapper(resource.get_by_num_points)
        self.get_by_date_range = async_to_raw_response_wrapper(resource.get_by_date_range)
