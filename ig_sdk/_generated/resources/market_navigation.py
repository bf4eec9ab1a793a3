# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""IG's tree of market categories."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["MarketNavigation", "AsyncMarketNavigation"]


class MarketNavigation(SyncAPIResource):
    """IG's tree of market categories."""

    def get_root_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketNavigationResponse:
        """List the top level of IG's market navigation tree.

        Returns the top-level nodes of the tree IG uses to browse its markets (asset classes such as
        indices, forex or shares). Pass a node's `id` to market_navigation.get_node to go one level down;
        markets are listed only at the leaves, so this call normally returns nodes and no markets.

        IG endpoint: ``GET /marketnavigation``, VERSION 1.

        Returns:
            The parsed MarketNavigationResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getMarketNavigationRootV1"],
            {},
            cast_to=models.MarketNavigationResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_node_v1(
        self,
        *,
        node_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketNavigationResponse:
        """List the children and markets of one node of the market navigation tree.

        Returns the sub-nodes of the given node and, at a leaf of the tree, the markets filed under it with
        their latest prices. Node ids come from market_navigation.get_root or from a previous call of this
        method. Large leaves can hold many markets; IG does not page this answer.

        IG endpoint: ``GET /marketnavigation/{nodeId}``, VERSION 1.

        Args:
            node_id: Id of the node to open, as returned in `nodes[].id`.

        Returns:
            The parsed MarketNavigationResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getMarketNavigationNodeV1"],
            {
                "node_id": node_id,
            },
            cast_to=models.MarketNavigationResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    get_root = get_root_v1
    get_node = get_node_v1

    @cached_property
    def with_raw_response(self) -> MarketNavigationWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return MarketNavigationWithRawResponse(self)


class MarketNavigationWithRawResponse:
    """Raw-response view of :class:`MarketNavigation`."""

    def __init__(self, resource: MarketNavigation) -> None:
        self.get_root_v1 = to_raw_response_wrapper(resource.get_root_v1)
        self.get_node_v1 = to_raw_response_wrapper(resource.get_node_v1)
        self.get_root = to_raw_response_wrapper(resource.get_root)
        self.get_node = to_raw_response_wrapper(resource.get_node)


class AsyncMarketNavigation(AsyncAPIResource):
    """IG's tree of market categories."""

    async def get_root_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketNavigationResponse:
        """List the top level of IG's market navigation tree.

        Returns the top-level nodes of the tree IG uses to browse its markets (asset classes such as
        indices, forex or shares). Pass a node's `id` to market_navigation.get_node to go one level down;
        markets are listed only at the leaves, so this call normally returns nodes and no markets.

        IG endpoint: ``GET /marketnavigation``, VERSION 1.

        Returns:
            The parsed MarketNavigationResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getMarketNavigationRootV1"],
            {},
            cast_to=models.MarketNavigationResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_node_v1(
        self,
        *,
        node_id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.MarketNavigationResponse:
        """List the children and markets of one node of the market navigation tree.

        Returns the sub-nodes of the given node and, at a leaf of the tree, the markets filed under it with
        their latest prices. Node ids come from market_navigation.get_root or from a previous call of this
        method. Large leaves can hold many markets; IG does not page this answer.

        IG endpoint: ``GET /marketnavigation/{nodeId}``, VERSION 1.

        Args:
            node_id: Id of the node to open, as returned in `nodes[].id`.

        Returns:
            The parsed MarketNavigationResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getMarketNavigationNodeV1"],
            {
                "node_id": node_id,
            },
            cast_to=models.MarketNavigationResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    get_root = get_root_v1
    get_node = get_node_v1

    @cached_property
    def with_raw_response(self) -> AsyncMarketNavigationWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncMarketNavigationWithRawResponse(self)


class AsyncMarketNavigationWithRawResponse:
    """Raw-response view of :class:`AsyncMarketNavigation`."""

    def __init__(self, resource: AsyncMarketNavigation) -> None:
        self.get_root_v1 = async_to_raw_response_wrapper(resource.get_root_v1)
        self.get_node_v1 = async_to_raw_response_wrapper(resource.get_node_v1)
        self.get_root = async_to_raw_response_wrapper(resource.get_root)
        self.get_node = async_to_raw_response_wrapper(resource.get_node)
