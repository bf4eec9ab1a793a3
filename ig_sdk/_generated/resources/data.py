# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""An undocumented data endpoint IG's own sample client calls."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["Data", "AsyncData"]


class Data(SyncAPIResource):
    """An undocumented data endpoint IG's own sample client calls."""

    def get_v1(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Fetch an item of data by its identifier (undocumented by IG).

        IG does not document this endpoint in its public reference; only IG's own Java sample client calls
        it, so its purpose, its identifiers and its answer are all unknown (unverified). It is kept for
        completeness. The answer is handed back as received, without a model.

        IG endpoint: ``GET /data/{id}``, VERSION 1.

        Args:
            id: Identifier of the item to fetch (unverified: IG documents no format).

        Returns:
            None: IG answers with no body.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getDataByIdV1"],
            {
                "id": id,
            },
            cast_to=None,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    get = get_v1

    @cached_property
    def with_raw_response(self) -> DataWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return DataWithRawResponse(self)


class DataWithRawResponse:
    """Raw-response view of :class:`Data`."""

    def __init__(self, resource: Data) -> None:
        self.get_v1 = to_raw_response_wrapper(resource.get_v1)
        self.get = to_raw_response_wrapper(resource.get)


class AsyncData(AsyncAPIResource):
    """An undocumented data endpoint IG's own sample client calls."""

    async def get_v1(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Fetch an item of data by its identifier (undocumented by IG).

        IG does not document this endpoint in its public reference; only IG's own Java sample client calls
        it, so its purpose, its identifiers and its answer are all unknown (unverified). It is kept for
        completeness. The answer is handed back as received, without a model.

        IG endpoint: ``GET /data/{id}``, VERSION 1.

        Args:
            id: Identifier of the item to fetch (unverified: IG documents no format).

        Returns:
            None: IG answers with no body.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getDataByIdV1"],
            {
                "id": id,
            },
            cast_to=None,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    get = get_v1

    @cached_property
    def with_raw_response(self) -> AsyncDataWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncDataWithRawResponse(self)


class AsyncDataWithRawResponse:
    """Raw-response view of :class:`AsyncData`."""

    def __init__(self, resource: AsyncData) -> None:
        self.get_v1 = async_to_raw_response_wrapper(resource.get_v1)
        self.get = async_to_raw_response_wrapper(resource.get)
