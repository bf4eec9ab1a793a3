"""Base classes of the generated resources: they hold the client and forward each call to its core."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

import httpx

from ig_sdk._sentinel import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ig_sdk._base_client import AsyncAPIClient, SyncAPIClient
    from ig_sdk._operation_record import Operation
    from ig_sdk._pages import AsyncPages, SyncPages
    from ig_sdk._pagination import OnPage

__all__ = ["SyncAPIResource", "AsyncAPIResource"]

R = TypeVar("R")


class SyncAPIResource:
    """A group of IG endpoints (``client.positions``…) bound to a sync client."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def _request(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        cast_to: type[R],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> R: ...
    @overload
    def _request(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        cast_to: None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> None: ...
    def _request(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        cast_to: type[R] | None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> R | None:
        result = self._client._request(
            op, args, cast_to=cast_to, extra_headers=extra_headers, timeout=timeout
        )
        return cast("R | None", result)

    def _paginate(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        cast_to: type[R],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> SyncPages[R]:
        from ig_sdk._pages import PageCall, SyncPages  # paging loads with the first *_pages call

        return SyncPages(self._client, PageCall(op, args, cast_to, extra_headers, timeout, on_page))


class AsyncAPIResource:
    """A group of IG endpoints bound to an async client."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def _request(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        cast_to: type[R],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> R: ...
    @overload
    async def _request(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        cast_to: None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> None: ...
    async def _request(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        cast_to: type[R] | None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> R | None:
        result = await self._client._request(
            op, args, cast_to=cast_to, extra_headers=extra_headers, timeout=timeout
        )
        return cast("R | None", result)

    def _paginate(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        cast_to: type[R],
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> AsyncPages[R]:
        from ig_sdk._pages import AsyncPages, PageCall  # paging loads with the first *_pages call

        return AsyncPages(self._client, PageCall(op, args, cast_to, extra_headers, timeout, on_page))
