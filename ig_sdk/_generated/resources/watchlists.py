# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""Named lists of markets, as kept by IG for the account."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property

import httpx

from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["Watchlists", "AsyncWatchlists"]


class Watchlists(SyncAPIResource):
    """Named lists of markets, as kept by IG for the account."""

    def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.WatchlistsV1Response:
        """List the watchlists of the active account, the client's own and IG's predefined ones.

        Only names and permissions are returned; fetch one watchlist with `watchlists.get` to see its
        markets. IG's predefined lists are flagged `defaultSystemWatchlist` and can be neither edited nor
        deleted.

        IG endpoint: ``GET /watchlists``, VERSION 1.

        Returns:
            The parsed WatchlistsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getWatchlistsV1"],
            {},
            cast_to=models.WatchlistsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def create_v1(
        self,
        *,
        name: str,
        epics: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateWatchlistV1Response:
        """Create a watchlist, optionally filled with markets.

        The name allows letters (Latin, accented Latin and Japanese/Chinese scripts), digits, spaces, dots
        and underscores, and must not be taken by another watchlist (error.watchlists.management.duplicate-
        name). When some of the given epics cannot be added, the watchlist is still created and the status
        is SUCCESS_NOT_ALL_INSTRUMENTS_ADDED.

        IG endpoint: ``POST /watchlists``, VERSION 1.

        Args:
            name: The new watchlist's name: Latin letters (accented ones too), Japanese and Chinese
                characters, digits, spaces, dots and underscores.
            epics: Epics of the markets to put in the watchlist straight away.

        Returns:
            The parsed CreateWatchlistV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["createWatchlistV1"],
            {
                "name": name,
                "epics": epics,
            },
            cast_to=models.CreateWatchlistV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def delete_v1(
        self,
        *,
        watchlist_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StatusResponse:
        """Delete one of the client's watchlists.

        Only watchlists whose `deleteable` flag is true can be removed; IG's predefined lists cannot
        (error.watchlists.management.cannot-delete-watchlist).

        IG endpoint: ``DELETE /watchlists/{watchlistId}``, VERSION 1.

        Args:
            watchlist_id: The `id` of the watchlist, as listed by `watchlists.list`.

        Returns:
            The parsed StatusResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["deleteWatchlistV1"],
            {
                "watchlist_id": watchlist_id,
            },
            cast_to=models.StatusResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_v1(
        self,
        *,
        watchlist_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.WatchlistMarketsV1Response:
        """Read one watchlist with a price snapshot of each of its markets.

        Each market comes with its current bid and offer, the day's range and change, and its trading
        status. Prices may be delayed (`delayTime`, in minutes).

        IG endpoint: ``GET /watchlists/{watchlistId}``, VERSION 1.

        Args:
            watchlist_id: The `id` of the watchlist, as listed by `watchlists.list`. IG's predefined lists
                may use their name as identifier, spaces included (unverified).

        Returns:
            The parsed WatchlistMarketsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getWatchlistByWatchlistIdV1"],
            {
                "watchlist_id": watchlist_id,
            },
            cast_to=models.WatchlistMarketsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def add_market_v1(
        self,
        *,
        watchlist_id: str,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StatusResponse:
        """Put one more market in a watchlist.

        The watchlist must be one the client may edit. An epic IG does not know is refused with
        error.service.watchlists.add-instrument.invalid-epic.

        IG endpoint: ``PUT /watchlists/{watchlistId}``, VERSION 1.

        Args:
            watchlist_id: The `id` of the watchlist to add the market to.
            epic: The epic of the market to add.

        Returns:
            The parsed StatusResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["updateWatchlistMarketV1"],
            {
                "watchlist_id": watchlist_id,
                "epic": epic,
            },
            cast_to=models.StatusResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def remove_market_v1(
        self,
        *,
        watchlist_id: str,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StatusResponse:
        """Take one market out of a watchlist.

        The watchlist must be one the client may edit. An epic that is not valid is refused with
        error.service.watchlists.add-instrument.invalid-epic (IG reuses the code of the add call).

        IG endpoint: ``DELETE /watchlists/{watchlistId}/{epic}``, VERSION 1.

        Args:
            watchlist_id: The `id` of the watchlist to remove the market from.
            epic: The epic of the market to remove.

        Returns:
            The parsed StatusResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["deleteWatchlistMarketV1"],
            {
                "watchlist_id": watchlist_id,
                "epic": epic,
            },
            cast_to=models.StatusResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v1
    create = create_v1
    delete = delete_v1
    get = get_v1
    add_market = add_market_v1
    remove_market = remove_market_v1

    @cached_property
    def with_raw_response(self) -> WatchlistsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return WatchlistsWithRawResponse(self)


class WatchlistsWithRawResponse:
    """Raw-response view of :class:`Watchlists`."""

    def __init__(self, resource: Watchlists) -> None:
        self.list_v1 = to_raw_response_wrapper(resource.list_v1)
        self.create_v1 = to_raw_response_wrapper(resource.create_v1)
        self.delete_v1 = to_raw_response_wrapper(resource.delete_v1)
        self.get_v1 = to_raw_response_wrapper(resource.get_v1)
        self.add_market_v1 = to_raw_response_wrapper(resource.add_market_v1)
        self.remove_market_v1 = to_raw_response_wrapper(resource.remove_market_v1)
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.add_market = to_raw_response_wrapper(resource.add_market)
        self.remove_market = to_raw_response_wrapper(resource.remove_market)


class AsyncWatchlists(AsyncAPIResource):
    """Named lists of markets, as kept by IG for the account."""

    async def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.WatchlistsV1Response:
        """List the watchlists of the active account, the client's own and IG's predefined ones.

        Only names and permissions are returned; fetch one watchlist with `watchlists.get` to see its
        markets. IG's predefined lists are flagged `defaultSystemWatchlist` and can be neither edited nor
        deleted.

        IG endpoint: ``GET /watchlists``, VERSION 1.

        Returns:
            The parsed WatchlistsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getWatchlistsV1"],
            {},
            cast_to=models.WatchlistsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def create_v1(
        self,
        *,
        name: str,
        epics: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateWatchlistV1Response:
        """Create a watchlist, optionally filled with markets.

        The name allows letters (Latin, accented Latin and Japanese/Chinese scripts), digits, spaces, dots
        and underscores, and must not be taken by another watchlist (error.watchlists.management.duplicate-
        name). When some of the given epics cannot be added, the watchlist is still created and the status
        is SUCCESS_NOT_ALL_INSTRUMENTS_ADDED.

        IG endpoint: ``POST /watchlists``, VERSION 1.

        Args:
            name: The new watchlist's name: Latin letters (accented ones too), Japanese and Chinese
                characters, digits, spaces, dots and underscores.
            epics: Epics of the markets to put in the watchlist straight away.

        Returns:
            The parsed CreateWatchlistV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["createWatchlistV1"],
            {
                "name": name,
                "epics": epics,
            },
            cast_to=models.CreateWatchlistV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def delete_v1(
        self,
        *,
        watchlist_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StatusResponse:
        """Delete one of the client's watchlists.

        Only watchlists whose `deleteable` flag is true can be removed; IG's predefined lists cannot
        (error.watchlists.management.cannot-delete-watchlist).

        IG endpoint: ``DELETE /watchlists/{watchlistId}``, VERSION 1.

        Args:
            watchlist_id: The `id` of the watchlist, as listed by `watchlists.list`.

        Returns:
            The parsed StatusResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["deleteWatchlistV1"],
            {
                "watchlist_id": watchlist_id,
            },
            cast_to=models.StatusResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_v1(
        self,
        *,
        watchlist_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.WatchlistMarketsV1Response:
        """Read one watchlist with a price snapshot of each of its markets.

        Each market comes with its current bid and offer, the day's range and change, and its trading
        status. Prices may be delayed (`delayTime`, in minutes).

        IG endpoint: ``GET /watchlists/{watchlistId}``, VERSION 1.

        Args:
            watchlist_id: The `id` of the watchlist, as listed by `watchlists.list`. IG's predefined lists
                may use their name as identifier, spaces included (unverified).

        Returns:
            The parsed WatchlistMarketsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getWatchlistByWatchlistIdV1"],
            {
                "watchlist_id": watchlist_id,
            },
            cast_to=models.WatchlistMarketsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def add_market_v1(
        self,
        *,
        watchlist_id: str,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StatusResponse:
        """Put one more market in a watchlist.

        The watchlist must be one the client may edit. An epic IG does not know is refused with
        error.service.watchlists.add-instrument.invalid-epic.

        IG endpoint: ``PUT /watchlists/{watchlistId}``, VERSION 1.

        Args:
            watchlist_id: The `id` of the watchlist to add the market to.
            epic: The epic of the market to add.

        Returns:
            The parsed StatusResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["updateWatchlistMarketV1"],
            {
                "watchlist_id": watchlist_id,
                "epic": epic,
            },
            cast_to=models.StatusResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def remove_market_v1(
        self,
        *,
        watchlist_id: str,
        epic: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StatusResponse:
        """Take one market out of a watchlist.

        The watchlist must be one the client may edit. An epic that is not valid is refused with
        error.service.watchlists.add-instrument.invalid-epic (IG reuses the code of the add call).

        IG endpoint: ``DELETE /watchlists/{watchlistId}/{epic}``, VERSION 1.

        Args:
            watchlist_id: The `id` of the watchlist to remove the market from.
            epic: The epic of the market to remove.

        Returns:
            The parsed StatusResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["deleteWatchlistMarketV1"],
            {
                "watchlist_id": watchlist_id,
                "epic": epic,
            },
            cast_to=models.StatusResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v1
    create = create_v1
    delete = delete_v1
    get = get_v1
    add_market = add_market_v1
    remove_market = remove_market_v1

    @cached_property
    def with_raw_response(self) -> AsyncWatchlistsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncWatchlistsWithRawResponse(self)


class AsyncWatchlistsWithRawResponse:
    """Raw-response view of :class:`AsyncWatchlists`."""

    def __init__(self, resource: AsyncWatchlists) -> None:
        self.list_v1 = async_to_raw_response_wrapper(resource.list_v1)
        self.create_v1 = async_to_raw_response_wrapper(resource.create_v1)
        self.delete_v1 = async_to_raw_response_wrapper(resource.delete_v1)
        self.get_v1 = async_to_raw_response_wrapper(resource.get_v1)
        self.add_market_v1 = async_to_raw_response_wrapper(resource.add_market_v1)
        self.remove_market_v1 = async_to_raw_response_wrapper(resource.remove_market_v1)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.add_market = async_to_raw_response_wrapper(resource.add_market)
        self.remove_market = async_to_raw_response_wrapper(resource.remove_market)
