# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""The API keys of the account and the allowances IG grants them."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Literal

import httpx

from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["Applications", "AsyncApplications"]


class Applications(SyncAPIResource):
    """The API keys of the account and the allowances IG grants them."""

    def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ApplicationsV1Response:
        """List the API applications (API keys) registered by the client.

        Answers with a bare JSON array, one entry per API key the client owns, each with its status and the
        request allowances IG grants it. This is the authoritative source for the per-minute and historical
        data allowances of a key; the SDK's rate limiter may use it instead of its conservative defaults.

        IG endpoint: ``GET /operations/application``, VERSION 1.

        Returns:
            The parsed ApplicationsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getApplicationsV1"],
            {},
            cast_to=models.ApplicationsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def update_v1(
        self,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        status: models.ApplicationStatus | Literal["DISABLED", "ENABLED", "REVOKED"] | NotGiven = NOT_GIVEN,
        allowance_account_trading: int | NotGiven = NOT_GIVEN,
        allowance_account_overall: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Application:
        """Change the status or the per-account allowances of one of the client's API applications.

        Selects the application by `apiKey` and changes its status and/or its per-account request
        allowances; IG answers with the application as it stands afterwards. Setting a key to REVOKED cannot
        be undone from the API (unverified: IG does not document whether a revoked key can be re-enabled).

        IG endpoint: ``PUT /operations/application``, VERSION 1.

        Args:
            api_key: The key of the application to change.
            status: Whether the key is enabled, disabled or revoked.
            allowance_account_trading: New limit of trading requests per minute for one account.
            allowance_account_overall: New limit of requests of any kind per minute for one account.

        Returns:
            The parsed Application.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["updateApplicationV1"],
            {
                "api_key": api_key,
                "status": status,
                "allowance_account_trading": allowance_account_trading,
                "allowance_account_overall": allowance_account_overall,
            },
            cast_to=models.Application,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def disable_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Application:
        """Switch off the API key this request is sent with.

        Disables the calling application's own key: every later request made with it is refused until the
        client turns it back on in the My Account pages of IG's web platform (the API cannot re-enable it,
        since the key no longer works). Takes no body; IG answers with the application record.

        IG endpoint: ``PUT /operations/application/disable``, VERSION 1.

        Returns:
            The parsed Application.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["disableApplicationV1"],
            {},
            cast_to=models.Application,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v1
    update = update_v1
    disable = disable_v1

    @cached_property
    def with_raw_response(self) -> ApplicationsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return ApplicationsWithRawResponse(self)


class ApplicationsWithRawResponse:
    """Raw-response view of :class:`Applications`."""

    def __init__(self, resource: Applications) -> None:
        self.list_v1 = to_raw_response_wrapper(resource.list_v1)
        self.update_v1 = to_raw_response_wrapper(resource.update_v1)
        self.disable_v1 = to_raw_response_wrapper(resource.disable_v1)
        self.list = to_raw_response_wrapper(resource.list)
        self.update = to_raw_response_wrapper(resource.update)
        self.disable = to_raw_response_wrapper(resource.disable)


class AsyncApplications(AsyncAPIResource):
    """The API keys of the account and the allowances IG grants them."""

    async def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.ApplicationsV1Response:
        """List the API applications (API keys) registered by the client.

        Answers with a bare JSON array, one entry per API key the client owns, each with its status and the
        request allowances IG grants it. This is the authoritative source for the per-minute and historical
        data allowances of a key; the SDK's rate limiter may use it instead of its conservative defaults.

        IG endpoint: ``GET /operations/application``, VERSION 1.

        Returns:
            The parsed ApplicationsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getApplicationsV1"],
            {},
            cast_to=models.ApplicationsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def update_v1(
        self,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        status: models.ApplicationStatus | Literal["DISABLED", "ENABLED", "REVOKED"] | NotGiven = NOT_GIVEN,
        allowance_account_trading: int | NotGiven = NOT_GIVEN,
        allowance_account_overall: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Application:
        """Change the status or the per-account allowances of one of the client's API applications.

        Selects the application by `apiKey` and changes its status and/or its per-account request
        allowances; IG answers with the application as it stands afterwards. Setting a key to REVOKED cannot
        be undone from the API (unverified: IG does not document whether a revoked key can be re-enabled).

        IG endpoint: ``PUT /operations/application``, VERSION 1.

        Args:
            api_key: The key of the application to change.
            status: Whether the key is enabled, disabled or revoked.
            allowance_account_trading: New limit of trading requests per minute for one account.
            allowance_account_overall: New limit of requests of any kind per minute for one account.

        Returns:
            The parsed Application.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["updateApplicationV1"],
            {
                "api_key": api_key,
                "status": status,
                "allowance_account_trading": allowance_account_trading,
                "allowance_account_overall": allowance_account_overall,
            },
            cast_to=models.Application,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def disable_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.Application:
        """Switch off the API key this request is sent with.

        Disables the calling application's own key: every later request made with it is refused until the
        client turns it back on in the My Account pages of IG's web platform (the API cannot re-enable it,
        since the key no longer works). Takes no body; IG answers with the application record.

        IG endpoint: ``PUT /operations/application/disable``, VERSION 1.

        Returns:
            The parsed Application.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["disableApplicationV1"],
            {},
            cast_to=models.Application,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v1
    update = update_v1
    disable = disable_v1

    @cached_property
    def with_raw_response(self) -> AsyncApplicationsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncApplicationsWithRawResponse(self)


class AsyncApplicationsWithRawResponse:
    """Raw-response view of :class:`AsyncApplications`."""

    def __init__(self, resource: AsyncApplications) -> None:
        self.list_v1 = async_to_raw_response_wrapper(resource.list_v1)
        self.update_v1 = async_to_raw_response_wrapper(resource.update_v1)
        self.disable_v1 = async_to_raw_response_wrapper(resource.disable_v1)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.disable = async_to_raw_response_wrapper(resource.disable)
