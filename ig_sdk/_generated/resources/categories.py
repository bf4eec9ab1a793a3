# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""Instrument categories enabled for the account and their instruments."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._pagination import OnPage
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["Categories", "AsyncCategories"]


class Categories(SyncAPIResource):
    """Instrument categories enabled for the account and their instruments."""

    def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CategoriesV1Response:
        """Show which instrument categories this account can browse.

        Returns the categories of instruments the account may see, each with a code to pass to
        categories.list_instruments and a flag telling whether the category is view-only.

        IG endpoint: ``GET /categories``, VERSION 1.

        Returns:
            The parsed CategoriesV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getCategoriesV1"],
            {},
            cast_to=models.CategoriesV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def list_instruments_v1(
        self,
        *,
        category_id: str,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CategoryInstrumentsV1Response:
        """Browse the instruments filed under one category, page by page.

        Returns the instruments filed under a category code from categories.list, with their latest prices.
        The answer is paged: `pageNumber` counts from 0 (the default) and `pageSize` is 150 by default and
        at most 1000; a page size outside 1 to 1000 is refused with `error.request.invalid.page-size`. The
        `metadata` block echoes the page returned; a page shorter than `pageSize` is the last one
        (unverified: IG does not report a total count).

        IG endpoint: ``GET /categories/{categoryId}/instruments``, VERSION 1.

        Args:
            category_id: Code of the category, as returned in `categories[].code`.
            page_number: Page to return, counting from 0. IG's default when not given: 0.
            page_size: Number of instruments per page, from 1 to 1000. IG's default when not given: 150.

        Returns:
            The parsed CategoryInstrumentsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getCategoryInstrumentsV1"],
            {
                "category_id": category_id,
                "page_number": page_number,
                "page_size": page_size,
            },
            cast_to=models.CategoryInstrumentsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def list_instruments_pages_v1(
        self,
        *,
        category_id: str,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> Iterator[models.CategoryInstrumentsV1Response]:
        """Every page of :meth:`list_instruments_v1`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (page-number) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getCategoryInstrumentsV1"],
            {
                "category_id": category_id,
                "page_number": page_number,
                "page_size": page_size,
            },
            cast_to=models.CategoryInstrumentsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    list = list_v1
    list_instruments = list_instruments_v1
    list_instruments_pages = list_instruments_pages_v1

    @cached_property
    def with_raw_response(self) -> CategoriesWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return CategoriesWithRawResponse(self)


class CategoriesWithRawResponse:
    """Raw-response view of :class:`Categories`."""

    def __init__(self, resource: Categories) -> None:
        self.list_v1 = to_raw_response_wrapper(resource.list_v1)
        self.list_instruments_v1 = to_raw_response_wrapper(resource.list_instruments_v1)
        self.list = to_raw_response_wrapper(resource.list)
        self.list_instruments = to_raw_response_wrapper(resource.list_instruments)


class AsyncCategories(AsyncAPIResource):
    """Instrument categories enabled for the account and their instruments."""

    async def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CategoriesV1Response:
        """Show which instrument categories this account can browse.

        Returns the categories of instruments the account may see, each with a code to pass to
        categories.list_instruments and a flag telling whether the category is view-only.

        IG endpoint: ``GET /categories``, VERSION 1.

        Returns:
            The parsed CategoriesV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getCategoriesV1"],
            {},
            cast_to=models.CategoriesV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def list_instruments_v1(
        self,
        *,
        category_id: str,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CategoryInstrumentsV1Response:
        """Browse the instruments filed under one category, page by page.

        Returns the instruments filed under a category code from categories.list, with their latest prices.
        The answer is paged: `pageNumber` counts from 0 (the default) and `pageSize` is 150 by default and
        at most 1000; a page size outside 1 to 1000 is refused with `error.request.invalid.page-size`. The
        `metadata` block echoes the page returned; a page shorter than `pageSize` is the last one
        (unverified: IG does not report a total count).

        IG endpoint: ``GET /categories/{categoryId}/instruments``, VERSION 1.

        Args:
            category_id: Code of the category, as returned in `categories[].code`.
            page_number: Page to return, counting from 0. IG's default when not given: 0.
            page_size: Number of instruments per page, from 1 to 1000. IG's default when not given: 150.

        Returns:
            The parsed CategoryInstrumentsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getCategoryInstrumentsV1"],
            {
                "category_id": category_id,
                "page_number": page_number,
                "page_size": page_size,
            },
            cast_to=models.CategoryInstrumentsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def list_instruments_pages_v1(
        self,
        *,
        category_id: str,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        on_page: OnPage | None = None,
    ) -> AsyncIterator[models.CategoryInstrumentsV1Response]:
        """Every page of :meth:`list_instruments_v1`, each fetched when the iteration reaches it.

        Takes the same arguments; IG's paging (page-number) is followed until the last page.
        ``on_page`` is called with a ``PageProgress`` as each page arrives (for progress bars and logs).
        """
        return self._paginate(
            OPERATIONS["getCategoryInstrumentsV1"],
            {
                "category_id": category_id,
                "page_number": page_number,
                "page_size": page_size,
            },
            cast_to=models.CategoryInstrumentsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
            on_page=on_page,
        )

    list = list_v1
    list_instruments = list_instruments_v1
    list_instruments_pages = list_instruments_pages_v1

    @cached_property
    def with_raw_response(self) -> AsyncCategoriesWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncCategoriesWithRawResponse(self)


class AsyncCategoriesWithRawResponse:
    """Raw-response view of :class:`AsyncCategories`."""

    def __init__(self, resource: AsyncCategories) -> None:
        self.list_v1 = async_to_raw_response_wrapper(resource.list_v1)
        self.list_instruments_v1 = async_to_raw_response_wrapper(resource.list_instruments_v1)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.list_instruments = async_to_raw_response_wrapper(resource.list_instruments)
