"""What the ``*_pages`` methods return: the pages of one call, fetched as the iteration reaches them.

Iterating gives each page's model, as before. The frame builders (``ig_sdk.lib.frames``) instead ask for
:meth:`SyncPages.bulk`: the same requests, but each page's item list left as IG sent it, so that a million
price bars become columns without ever being a million models. Either way the object is one iteration.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from ig_sdk._bulk import Bulk, BulkPage
from ig_sdk._pagination import MAX_PAGES, OnPage, PageProgress, next_page_args, progress_after
from ig_sdk._sentinel import NotGiven

if TYPE_CHECKING:
    from ig_sdk._base_client import AsyncAPIClient, SyncAPIClient
    from ig_sdk._operation_record import Operation

__all__ = ["PageCall", "SyncPages", "AsyncPages"]

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class PageCall(Generic[R]):
    """One ``*_pages`` call: the operation, its first page's arguments and the per-call options."""

    op: Operation
    args: Mapping[str, Any]
    cast_to: type[R]
    extra_headers: Mapping[str, str] | None
    timeout: float | httpx.Timeout | NotGiven
    on_page: OnPage | None

    def bulk(self) -> Bulk[Any]:
        paging = self.op.pagination
        if paging is None:
            raise TypeError(f"{self.op.python_name} is not paged")
        return Bulk(self.cast_to, paging.items)

    def report(self, progress: PageProgress | None, page: Any) -> PageProgress | None:
        if self.on_page is None:
            return progress
        progress = progress_after(self.op, progress, page)
        self.on_page(progress)
        return progress


class _Once:
    _started = False

    def _start(self) -> None:
        if self._started:
            raise RuntimeError("these pages are already being read: call the *_pages method again")
        self._started = True


class SyncPages(_Once, Iterator[R]):
    """The pages of one call: iterate for each page's model, or read :meth:`bulk` pages instead."""

    def __init__(self, client: SyncAPIClient, call: PageCall[R]) -> None:
        self._client = client
        self._call = call
        self._models: Iterator[R] | None = None

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> R:
        if self._models is None:
            self._start()
            self._models = self._pages(self._call.cast_to)
        return next(self._models)

    def bulk(self) -> Iterator[BulkPage[Any]]:
        """Each page with its item list as IG sent it (JSON objects), the rest validated as usual."""
        self._start()
        return self._pages(self._call.bulk())

    def _pages(self, cast_to: Any) -> Iterator[Any]:
        call = self._call
        current: Mapping[str, Any] | None = call.args
        progress: PageProgress | None = None
        for _ in range(MAX_PAGES):
            if current is None:
                return
            page = self._client._request(
                call.op, current, cast_to=cast_to, extra_headers=call.extra_headers, timeout=call.timeout
            )
            progress = call.report(progress, page)
            yield page
            current = next_page_args(call.op, current, page)


class AsyncPages(_Once, AsyncIterator[R]):
    """The async twin of :class:`SyncPages`: ``async for`` each page's model, or :meth:`bulk` pages."""

    def __init__(self, client: AsyncAPIClient, call: PageCall[R]) -> None:
        self._client = client
        self._call = call
        self._models: AsyncIterator[R] | None = None

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> R:
        if self._models is None:
            self._start()
            self._models = self._pages(self._call.cast_to)
        return await anext(self._models)

    def bulk(self) -> AsyncIterator[BulkPage[Any]]:
        """Each page with its item list as IG sent it (JSON objects), the rest validated as usual."""
        self._start()
        return self._pages(self._call.bulk())

    async def _pages(self, cast_to: Any) -> AsyncIterator[Any]:
        call = self._call
        current: Mapping[str, Any] | None = call.args
        progress: PageProgress | None = None
        for _ in range(MAX_PAGES):
            if current is None:
                return
            page = await self._client._request(
                call.op, current, cast_to=cast_to, extra_headers=call.extra_headers, timeout=call.timeout
            )
            progress = call.report(progress, page)
            yield page
            current = next_page_args(call.op, current, page)
