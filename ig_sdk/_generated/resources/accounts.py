# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""The client's accounts, their balances and their preferences."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["Accounts", "AsyncAccounts"]


class Accounts(SyncAPIResource):
    """The client's accounts, their balances and their preferences."""

    def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AccountsV1Response:
        """List every account of the logged-in client with its status and balances.

        Covers all the client's accounts (CFD, spread bet, share dealing), not only the active one; the
        preferred one is the account a login starts on. Amounts are in each account's own currency.

        IG endpoint: ``GET /accounts``, VERSION 1.

        Returns:
            The parsed AccountsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getAccountsV1"],
            {},
            cast_to=models.AccountsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_preferences_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AccountPreferencesV1Response:
        """Read the settings of the account the session is on.

        IG documents a single setting, whether trailing stops may be used; it applies to the account the
        session is currently on.

        IG endpoint: ``GET /accounts/preferences``, VERSION 1.

        Returns:
            The parsed AccountPreferencesV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getAccountPreferencesV1"],
            {},
            cast_to=models.AccountPreferencesV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def update_preferences_v1(
        self,
        *,
        trailing_stops_enabled: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StatusResponse:
        """Change the settings of the account the session is on (allow or forbid trailing stops).

        Acts on the account the session is currently on. IG answers with a status that is SUCCESS today; IG
        says more values may come, and the SDK accepts unknown ones.

        IG endpoint: ``PUT /accounts/preferences``, VERSION 1.

        Args:
            trailing_stops_enabled: True to allow trailing stops on the account, false to forbid them.

        Returns:
            The parsed StatusResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["updateAccountPreferencesV1"],
            {
                "trailing_stops_enabled": trailing_stops_enabled,
            },
            cast_to=models.StatusResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v1
    get_preferences = get_preferences_v1
    update_preferences = update_preferences_v1

    @cached_property
    def with_raw_response(self) -> AccountsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AccountsWithRawResponse(self)


class AccountsWithRawResponse:
    """Raw-response view of :class:`Accounts`."""

    def __init__(self, resource: Accounts) -> None:
        self.list_v1 = to_raw_response_wrapper(resource.list_v1)
        self.get_preferences_v1 = to_raw_response_wrapper(resource.get_preferences_v1)
        self.update_preferences_v1 = to_raw_response_wrapper(resource.update_preferences_v1)
        self.list = to_raw_response_wrapper(resource.list)
        self.get_preferences = to_raw_response_wrapper(resource.get_preferences)
        self.update_preferences = to_raw_response_wrapper(resource.update_preferences)


class AsyncAccounts(AsyncAPIResource):
    """The client's accounts, their balances and their preferences."""

    async def list_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AccountsV1Response:
        """List every account of the logged-in client with its status and balances.

        Covers all the client's accounts (CFD, spread bet, share dealing), not only the active one; the
        preferred one is the account a login starts on. Amounts are in each account's own currency.

        IG endpoint: ``GET /accounts``, VERSION 1.

        Returns:
            The parsed AccountsV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getAccountsV1"],
            {},
            cast_to=models.AccountsV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_preferences_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.AccountPreferencesV1Response:
        """Read the settings of the account the session is on.

        IG documents a single setting, whether trailing stops may be used; it applies to the account the
        session is currently on.

        IG endpoint: ``GET /accounts/preferences``, VERSION 1.

        Returns:
            The parsed AccountPreferencesV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getAccountPreferencesV1"],
            {},
            cast_to=models.AccountPreferencesV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def update_preferences_v1(
        self,
        *,
        trailing_stops_enabled: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.StatusResponse:
        """Change the settings of the account the session is on (allow or forbid trailing stops).

        Acts on the account the session is currently on. IG answers with a status that is SUCCESS today; IG
        says more values may come, and the SDK accepts unknown ones.

        IG endpoint: ``PUT /accounts/preferences``, VERSION 1.

        Args:
            trailing_stops_enabled: True to allow trailing stops on the account, false to forbid them.

        Returns:
            The parsed StatusResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["updateAccountPreferencesV1"],
            {
                "trailing_stops_enabled": trailing_stops_enabled,
            },
            cast_to=models.StatusResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    list = list_v1
    get_preferences = get_preferences_v1
    update_preferences = update_preferences_v1

    @cached_property
    def with_raw_response(self) -> AsyncAccountsWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncAccountsWithRawResponse(self)


class AsyncAccountsWithRawResponse:
    """Raw-response view of :class:`AsyncAccounts`."""

    def __init__(self, resource: AsyncAccounts) -> None:
        self.list_v1 = async_to_raw_response_wrapper(resource.list_v1)
        self.get_preferences_v1 = async_to_raw_response_wrapper(resource.get_preferences_v1)
        self.update_preferences_v1 = async_to_raw_response_wrapper(resource.update_preferences_v1)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get_preferences = async_to_raw_response_wrapper(resource.get_preferences)
        self.update_preferences = async_to_raw_response_wrapper(resource.update_preferences)
