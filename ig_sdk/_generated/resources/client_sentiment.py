# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""The share of IG clients long and short on a market."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property

import httpx

from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["ClientSentiment", "AsyncClientSentiment"]


class ClientSentiment(SyncAPIResource):
    """The share of IG clients long and short on a market."""

    def list_v1(
        self,
        *,
        market_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ClientSentimentListResponse:
        """Read the long/short split of IG clients for several markets at once.

        Looks up client sentiment for a comma-separated list of market ids (the `marketId` of an instrument,
        such as `EURUSD` or `FT100`, not its epic). For each market the answer gives the share of IG
        clients' open positions that are long and the share that are short, in percent; the two add up to
        100. IG's sample client does not document this call: it is known from common client usage
        (unverified: the maximum number of ids per call and the answer for an unknown id).

        IG endpoint: ``GET /clientsentiment``, VERSION 1.

        Args:
            market_ids: Market ids to look up, at least one; sent as one comma-separated value, as IG
                expects (unverified: IG does not document whether the parameter may be left out).

        Returns:
            The parsed ClientSentimentListResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getClientSentimentListV1"],
            {
                "market_ids": market_ids,
            },
            cast_to=models.ClientSentimentListResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def list_related_v1(
        self,
        *,
        market_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ClientSentimentListResponse:
        """Read client sentiment for markets related to a given one.

        Returns the long/short split of IG clients for markets that people who trade the given market also
        trade. The input is a market id (for example `EURUSD`), not an epic. The related markets are chosen
        by IG; the list may be empty.

        IG endpoint: ``GET /clientsentiment/related/{marketId}``, VERSION 1.

        Args:
            market_id: Market id whose related markets are wanted.

        Returns:
            The parsed ClientSentimentListResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getRelatedClientSentimentV1"],
            {
                "market_id": market_id,
            },
            cast_to=models.ClientSentimentListResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_v1(
        self,
        *,
        market_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketSentiment:
        """Read the long/short split of IG clients for one market.

        Returns the share of IG clients' open positions in the given market that are long and the share that
        are short, in percent. The input is the instrument's market id (`instrument.marketId` in the market
        details, for example `EURUSD`), not its epic.

        IG endpoint: ``GET /clientsentiment/{marketId}``, VERSION 1.

        Args:
            market_id: Market id to look up.

        Returns:
            The parsed MarketSentiment.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getClientSentimentV1"],
            {
                "market_id": market_id,
            },
            cast_to=models.MarketSentiment,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v1
    list_related = list_related_v1
    get = get_v1

    @cached_property
    def with_raw_response(self) -> ClientSentimentWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return ClientSentimentWithRawResponse(self)


class ClientSentimentWithRawResponse:
    """Raw-response view of :class:`ClientSentiment`."""

    def __init__(self, resource: ClientSentiment) -> None:
        self.list_v1 = to_raw_response_wrapper(resource.list_v1)
        self.list_related_v1 = to_raw_response_wrapper(resource.list_related_v1)
        self.get_v1 = to_raw_response_wrapper(resource.get_v1)
        self.list = to_raw_response_wrapper(resource.list)
        self.list_related = to_raw_response_wrapper(resource.list_related)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncClientSentiment(AsyncAPIResource):
    """The share of IG clients long and short on a market."""

    async def list_v1(
        self,
        *,
        market_ids: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ClientSentimentListResponse:
        """Read the long/short split of IG clients for several markets at once.

        Looks up client sentiment for a comma-separated list of market ids (the `marketId` of an instrument,
        such as `EURUSD` or `FT100`, not its epic). For each market the answer gives the share of IG
        clients' open positions that are long and the share that are short, in percent; the two add up to
        100. IG's sample client does not document this call: it is known from common client usage
        (unverified: the maximum number of ids per call and the answer for an unknown id).

        IG endpoint: ``GET /clientsentiment``, VERSION 1.

        Args:
            market_ids: Market ids to look up, at least one; sent as one comma-separated value, as IG
                expects (unverified: IG does not document whether the parameter may be left out).

        Returns:
            The parsed ClientSentimentListResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getClientSentimentListV1"],
            {
                "market_ids": market_ids,
            },
            cast_to=models.ClientSentimentListResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def list_related_v1(
        self,
        *,
        market_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ClientSentimentListResponse:
        """Read client sentiment for markets related to a given one.

        Returns the long/short split of IG clients for markets that people who trade the given market also
        trade. The input is a market id (for example `EURUSD`), not an epic. The related markets are chosen
        by IG; the list may be empty.

        IG endpoint: ``GET /clientsentiment/related/{marketId}``, VERSION 1.

        Args:
            market_id: Market id whose related markets are wanted.

        Returns:
            The parsed ClientSentimentListResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getRelatedClientSentimentV1"],
            {
                "market_id": market_id,
            },
            cast_to=models.ClientSentimentListResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_v1(
        self,
        *,
        market_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketSentiment:
        """Read the long/short split of IG clients for one market.

        Returns the share of IG clients' open positions in the given market that are long and the share that
        are short, in percent. The input is the instrument's market id (`instrument.marketId` in the market
        details, for example `EURUSD`), not its epic.

        IG endpoint: ``GET /clientsentiment/{marketId}``, VERSION 1.

        Args:
            market_id: Market id to look up.

        Returns:
            The parsed MarketSentiment.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getClientSentimentV1"],
            {
                "market_id": market_id,
            },
            cast_to=models.MarketSentiment,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v1
    list_related = list_related_v1
    get = get_v1

    @cached_property
    def with_raw_response(self) -> AsyncClientSentimentWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncClientSentimentWithRawResponse(self)


class AsyncClientSentimentWithRawResponse:
    """Raw-response view of :class:`AsyncClientSentiment`."""

    def __init__(self, resource: AsyncClientSentiment) -> None:
        self.list_v1 = async_to_raw_response_wrapper(resource.list_v1)
        self.list_related_v1 = async_to_raw_response_wrapper(resource.list_related_v1)
        self.get_v1 = async_to_raw_response_wrapper(resource.get_v1)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.list_related = async_to_raw_response_wrapper(resource.list_related)
        self.get = async_to_raw_response_wrapper(resource.get)
