# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""Market details, dealing rules and snapshots, by epic or by search."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Literal

import httpx

from ig_sdk._deprecation import deprecated
from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["Markets", "AsyncMarkets"]


class Markets(SyncAPIResource):
    """Market details, dealing rules and snapshots, by epic or by search."""

    @deprecated(
        "Version 1 of the multi-market details call is superseded: use markets.get_many (version 2), which returns the same shape and can be limited to price snapshots."
    )
    def get_many_v1(
        self,
        *,
        epics: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetailsListResponse:
        """Fetch the full details of up to 50 markets in one call (version 1).

        Returns instrument facts, dealing rules and a price snapshot for each epic given, in one answer. The
        epics are passed as one comma-separated string of at most 50 epics; more are refused with
        `error.public-api.too-many-epics`. The instrument part carries the margin factor, margin bands per
        currency and the limited risk premium; the dealing rules include the controlled-risk spacing.
        Superseded by version 2, which can also return snapshots only.

        IG endpoint: ``GET /markets``, VERSION 1.

        Args:
            epics: Epics to look up, between 1 and 50, each 6 to 30 letters, digits, dots or underscores;
                sent as one comma-separated value, as IG expects.

        Returns:
            The parsed MarketDetailsListResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getMarketDetailsListV1"],
            {
                "epics": epics,
            },
            cast_to=models.MarketDetailsListResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def search_v1(
        self,
        *,
        search_term: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketSearchV1Response:
        """Search IG's markets by a word or part of a name.

        Returns the markets whose name or epic matches the search term, each with its latest prices (a
        `MarketSummary`, the same shape as watchlist entries). Shares the path and version of the multi-
        market details call; IG tells the two apart by the query parameter given. IG marks the term as
        optional, but a search without one has nothing to match (unverified: the answer to an empty search).
        IG caps the number of results (unverified: the cap is not documented).

        IG endpoint: ``GET /markets``, VERSION 1.

        Args:
            search_term: Text to look for in market names and epics, for example `EURUSD` or `FTSE`.

        Returns:
            The parsed MarketSearchV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getMarketDetailsBySearchTermV1"],
            {
                "search_term": search_term,
            },
            cast_to=models.MarketSearchV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_many_v2(
        self,
        *,
        epics: Sequence[str],
        filter: models.MarketDetailsFilter | Literal["ALL", "SNAPSHOT_ONLY"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetailsListResponse:
        """Fetch the details or only the price snapshots of up to 50 markets in one call.

        Returns instrument facts, dealing rules and a price snapshot for each epic given. The epics are
        passed as one comma-separated string of at most 50 epics; more are refused with `error.public-
        api.too-many-epics`, and an unknown epic with `error.public-api.epic-not-found`. With
        `filter=SNAPSHOT_ONLY` IG fills only the epic and instrument type of each instrument plus its
        snapshot, which is lighter when only prices are needed; the default `ALL` returns everything.

        IG endpoint: ``GET /markets``, VERSION 2.

        Args:
            epics: Epics to look up, between 1 and 50, each 6 to 30 letters, digits, dots or underscores;
                sent as one comma-separated value, as IG expects.
            filter: How much of each market to return; IG uses ALL when this is left out. IG's default when
                not given: ALL.

        Returns:
            The parsed MarketDetailsListResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getMarketDetailsListV2"],
            {
                "epics": epics,
                "filter": filter,
            },
            cast_to=models.MarketDetailsListResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Version 1 of the market details call is superseded: use markets.get (version 3).")
    def get_v1(
        self,
        *,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetailsV1Response:
        """Fetch the details of one market (version 1).

        Returns instrument facts, dealing rules and a price snapshot for one epic. This first version
        reports a single default margin (`margin`) instead of a margin factor with a unit, names each
        currency, has no margin currency on the deposit bands and no trailing-stop preference in the dealing
        rules. An unknown epic is answered with 404 `error.public-api.epic-not-found`.

        IG endpoint: ``GET /markets/{epic}``, VERSION 1.

        Args:
            epic: Epic of the market.

        Returns:
            The parsed MarketDetailsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getMarketDetailsV1"],
            {
                "epic": epic,
            },
            cast_to=models.MarketDetailsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Version 2 of the market details call is superseded: use markets.get (version 3).")
    def get_v2(
        self,
        *,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetailsV2Response:
        """Fetch the details of one market (version 2).

        Returns instrument facts, dealing rules and a price snapshot for one epic. Compared with version 1
        the margin is given as a factor with its unit, deposit bands carry their currency and the dealing
        rules include the trailing-stop preference. The instrument has no limited risk premium yet (added in
        version 3). An unknown epic is answered with 404 `error.public-api.epic-not-found`.

        IG endpoint: ``GET /markets/{epic}``, VERSION 2.

        Args:
            epic: Epic of the market.

        Returns:
            The parsed MarketDetailsV2Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getMarketDetailsV2"],
            {
                "epic": epic,
            },
            cast_to=models.MarketDetailsV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_v3(
        self,
        *,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetail:
        """Fetch the details of one market.

        Returns everything IG knows about dealing one epic: instrument facts (lot size, currencies, margin
        factor and bands, opening hours, expiry and rollover details, limited risk premium), the dealing
        rules (minimum deal size, minimum and maximum stop/limit distances, controlled-risk spacing, order
        and trailing-stop preferences) and a price snapshot. Opening hours are in the account's time zone;
        the last dealing date and rollover time are in UTC. The snapshot's `bid`/`offer` are what a deal
        would be priced against. An unknown epic is answered with 404 `error.public-api.epic-not-found`.

        IG endpoint: ``GET /markets/{epic}``, VERSION 3.

        Args:
            epic: Epic of the market.

        Returns:
            The parsed MarketDetail.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getMarketDetailsV3"],
            {
                "epic": epic,
            },
            cast_to=models.MarketDetail,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_v4(
        self,
        *,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetailsV4Response:
        """Get a market's details with prices tiered by deal size (version 4).

        Returns instrument facts, dealing rules and a snapshot for one epic, where the snapshot carries a
        price ladder (bid/ask levels as strings) and, per currency, the deal sizes at which each ladder rung
        applies, instead of a single bid and offer. The instrument reports separately whether stops and
        limits are allowed, and the dealing rules have no market order preference. Newer than the preferred
        version 3 and kept as an explicit `get_v4`. The field lists come from a copy of IG's page
        (unverified: whether the snapshot really omits `bid`, `offer` and `updateTime` in live answers). An
        unknown epic is answered with 404 `error.public-api.epic-not-found`.

        IG endpoint: ``GET /markets/{epic}``, VERSION 4.

        Args:
            epic: Epic of the market.

        Returns:
            The parsed MarketDetailsV4Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getMarketDetailsV4"],
            {
                "epic": epic,
            },
            cast_to=models.MarketDetailsV4Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    search = search_v1
    get_many = get_many_v2
    get = get_v3

    @cached_property
    def with_raw_response(self) -> MarketsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return MarketsWithRawResponse(self)


class MarketsWithRawResponse:
    """Raw-response view of :class:`Markets`."""

    def __init__(self, resource: Markets) -> None:
        self.get_many_v1 = to_raw_response_wrapper(resource.get_many_v1)
        self.search_v1 = to_raw_response_wrapper(resource.search_v1)
        self.get_many_v2 = to_raw_response_wrapper(resource.get_many_v2)
        self.get_v1 = to_raw_response_wrapper(resource.get_v1)
        self.get_v2 = to_raw_response_wrapper(resource.get_v2)
        self.get_v3 = to_raw_response_wrapper(resource.get_v3)
        self.get_v4 = to_raw_response_wrapper(resource.get_v4)
        self.search = to_raw_response_wrapper(resource.search)
        self.get_many = to_raw_response_wrapper(resource.get_many)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncMarkets(AsyncAPIResource):
    """Market details, dealing rules and snapshots, by epic or by search."""

    @deprecated(
        "Version 1 of the multi-market details call is superseded: use markets.get_many (version 2), which returns the same shape and can be limited to price snapshots."
    )
    async def get_many_v1(
        self,
        *,
        epics: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetailsListResponse:
        """Fetch the full details of up to 50 markets in one call (version 1).

        Returns instrument facts, dealing rules and a price snapshot for each epic given, in one answer. The
        epics are passed as one comma-separated string of at most 50 epics; more are refused with
        `error.public-api.too-many-epics`. The instrument part carries the margin factor, margin bands per
        currency and the limited risk premium; the dealing rules include the controlled-risk spacing.
        Superseded by version 2, which can also return snapshots only.

        IG endpoint: ``GET /markets``, VERSION 1.

        Args:
            epics: Epics to look up, between 1 and 50, each 6 to 30 letters, digits, dots or underscores;
                sent as one comma-separated value, as IG expects.

        Returns:
            The parsed MarketDetailsListResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getMarketDetailsListV1"],
            {
                "epics": epics,
            },
            cast_to=models.MarketDetailsListResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def search_v1(
        self,
        *,
        search_term: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketSearchV1Response:
        """Search IG's markets by a word or part of a name.

        Returns the markets whose name or epic matches the search term, each with its latest prices (a
        `MarketSummary`, the same shape as watchlist entries). Shares the path and version of the multi-
        market details call; IG tells the two apart by the query parameter given. IG marks the term as
        optional, but a search without one has nothing to match (unverified: the answer to an empty search).
        IG caps the number of results (unverified: the cap is not documented).

        IG endpoint: ``GET /markets``, VERSION 1.

        Args:
            search_term: Text to look for in market names and epics, for example `EURUSD` or `FTSE`.

        Returns:
            The parsed MarketSearchV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getMarketDetailsBySearchTermV1"],
            {
                "search_term": search_term,
            },
            cast_to=models.MarketSearchV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_many_v2(
        self,
        *,
        epics: Sequence[str],
        filter: models.MarketDetailsFilter | Literal["ALL", "SNAPSHOT_ONLY"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetailsListResponse:
        """Fetch the details or only the price snapshots of up to 50 markets in one call.

        Returns instrument facts, dealing rules and a price snapshot for each epic given. The epics are
        passed as one comma-separated string of at most 50 epics; more are refused with `error.public-
        api.too-many-epics`, and an unknown epic with `error.public-api.epic-not-found`. With
        `filter=SNAPSHOT_ONLY` IG fills only the epic and instrument type of each instrument plus its
        snapshot, which is lighter when only prices are needed; the default `ALL` returns everything.

        IG endpoint: ``GET /markets``, VERSION 2.

        Args:
            epics: Epics to look up, between 1 and 50, each 6 to 30 letters, digits, dots or underscores;
                sent as one comma-separated value, as IG expects.
            filter: How much of each market to return; IG uses ALL when this is left out. IG's default when
                not given: ALL.

        Returns:
            The parsed MarketDetailsListResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getMarketDetailsListV2"],
            {
                "epics": epics,
                "filter": filter,
            },
            cast_to=models.MarketDetailsListResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Version 1 of the market details call is superseded: use markets.get (version 3).")
    async def get_v1(
        self,
        *,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetailsV1Response:
        """Fetch the details of one market (version 1).

        Returns instrument facts, dealing rules and a price snapshot for one epic. This first version
        reports a single default margin (`margin`) instead of a margin factor with a unit, names each
        currency, has no margin currency on the deposit bands and no trailing-stop preference in the dealing
        rules. An unknown epic is answered with 404 `error.public-api.epic-not-found`.

        IG endpoint: ``GET /markets/{epic}``, VERSION 1.

        Args:
            epic: Epic of the market.

        Returns:
            The parsed MarketDetailsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getMarketDetailsV1"],
            {
                "epic": epic,
            },
            cast_to=models.MarketDetailsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated("Version 2 of the market details call is superseded: use markets.get (version 3).")
    async def get_v2(
        self,
        *,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetailsV2Response:
        """Fetch the details of one market (version 2).

        Returns instrument facts, dealing rules and a price snapshot for one epic. Compared with version 1
        the margin is given as a factor with its unit, deposit bands carry their currency and the dealing
        rules include the trailing-stop preference. The instrument has no limited risk premium yet (added in
        version 3). An unknown epic is answered with 404 `error.public-api.epic-not-found`.

        IG endpoint: ``GET /markets/{epic}``, VERSION 2.

        Args:
            epic: Epic of the market.

        Returns:
            The parsed MarketDetailsV2Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getMarketDetailsV2"],
            {
                "epic": epic,
            },
            cast_to=models.MarketDetailsV2Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_v3(
        self,
        *,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetail:
        """Fetch the details of one market.

        Returns everything IG knows about dealing one epic: instrument facts (lot size, currencies, margin
        factor and bands, opening hours, expiry and rollover details, limited risk premium), the dealing
        rules (minimum deal size, minimum and maximum stop/limit distances, controlled-risk spacing, order
        and trailing-stop preferences) and a price snapshot. Opening hours are in the account's time zone;
        the last dealing date and rollover time are in UTC. The snapshot's `bid`/`offer` are what a deal
        would be priced against. An unknown epic is answered with 404 `error.public-api.epic-not-found`.

        IG endpoint: ``GET /markets/{epic}``, VERSION 3.

        Args:
            epic: Epic of the market.

        Returns:
            The parsed MarketDetail.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getMarketDetailsV3"],
            {
                "epic": epic,
            },
            cast_to=models.MarketDetail,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_v4(
        self,
        *,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketDetailsV4Response:
        """Get a market's details with prices tiered by deal size (version 4).

        Returns instrument facts, dealing rules and a snapshot for one epic, where the snapshot carries a
        price ladder (bid/ask levels as strings) and, per currency, the deal sizes at which each ladder rung
        applies, instead of a single bid and offer. The instrument reports separately whether stops and
        limits are allowed, and the dealing rules have no market order preference. Newer than the preferred
        version 3 and kept as an explicit `get_v4`. The field lists come from a copy of IG's page
        (unverified: whether the snapshot really omits `bid`, `offer` and `updateTime` in live answers). An
        unknown epic is answered with 404 `error.public-api.epic-not-found`.

        IG endpoint: ``GET /markets/{epic}``, VERSION 4.

        Args:
            epic: Epic of the market.

        Returns:
            The parsed MarketDetailsV4Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getMarketDetailsV4"],
            {
                "epic": epic,
            },
            cast_to=models.MarketDetailsV4Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    search = search_v1
    get_many = get_many_v2
    get = get_v3

    @cached_property
    def with_raw_response(self) -> AsyncMarketsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncMarketsWithRawResponse(self)


class AsyncMarketsWithRawResponse:
    """Raw-response view of :class:`AsyncMarkets`."""

    def __init__(self, resource: AsyncMarkets) -> None:
        self.get_many_v1 = async_to_raw_response_wrapper(resource.get_many_v1)
        self.search_v1 = async_to_raw_response_wrapper(resource.search_v1)
        self.get_many_v2 = async_to_raw_response_wrapper(resource.get_many_v2)
        self.get_v1 = async_to_raw_response_wrapper(resource.get_v1)
        self.get_v2 = async_to_raw_response_wrapper(resource.get_v2)
        self.get_v3 = async_to_raw_response_wrapper(resource.get_v3)
        self.get_v4 = async_to_raw_response_wrapper(resource.get_v4)
        self.search = async_to_raw_response_wrapper(resource.search)
        self.get_many = async_to_raw_response_wrapper(resource.get_many)
        self.get = async_to_raw_response_wrapper(resource.get)
