# Generated from spec/ by `make generate` (codegen/templates/resource.py.jinja). Do not edit.
"""Log in and out, read the session, switch account, refresh OAuth tokens."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from ig_sdk._deprecation import deprecated
from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._resource import AsyncAPIResource, SyncAPIResource
from ig_sdk._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = ["Session", "AsyncSession"]


class Session(SyncAPIResource):
    """Log in and out, read the session, switch account, refresh OAuth tokens."""

    def logout_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Log out, ending the current session.

        Invalidates the session tokens the request carries (CST and X-SECURITY-TOKEN, or the OAuth access
        token). IG answers with a status only (unverified: whether a body is ever sent). Any Lightstreamer
        connection opened with these tokens should be closed too.

        IG endpoint: ``DELETE /session``, VERSION 1.

        Returns:
            None: IG answers with no body.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["deleteSessionV1"],
            {},
            cast_to=None,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def get_v1(
        self,
        *,
        fetch_session_tokens: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.SessionV1Response:
        """Read the details of the current session (client, active account, locale, streaming endpoint).

        Useful to check that a session is still alive and to see which account is active. With
        `fetchSessionTokens=true` IG also returns fresh CST and X-SECURITY-TOKEN response headers: this is
        how a v3 (OAuth) session obtains the tokens Lightstreamer needs, and how any session renews them
        before reconnecting a stream. IG documents error.security.get.session.timeout for this call, listed
        as 500 on one page and as 504 on another (unverified which status IG really sends).

        IG endpoint: ``GET /session``, VERSION 1.

        Args:
            fetch_session_tokens: When true, IG adds the CST and X-SECURITY-TOKEN headers to the response so
                that the caller gets session tokens for streaming; by default they are not sent. IG's default
                when not given: False.

        Returns:
            The parsed SessionV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getSessionV1"],
            {
                "fetch_session_tokens": fetch_session_tokens,
            },
            cast_to=models.SessionV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "Version 1 of login is superseded by version 2 (`session.login` / `session.login_v2`), which takes the same request and returns the same body."
    )
    def login_v1(
        self,
        *,
        identifier: str,
        password: str,
        encrypted_password: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateSessionResponse:
        """Log in with identifier and password and obtain CST / X-SECURITY-TOKEN session tokens (version 1).

        Same request and answer as version 2. The session tokens come back as the CST and X-SECURITY-TOKEN
        response headers, which the SDK's core reads and sends on every later call; the body describes the
        client and the active account. If the body names a `reroutingEnvironment`, the login has to be
        completed against that environment's gateway. Authenticated with the API key only.

        IG endpoint: ``POST /session``, VERSION 1.

        Args:
            identifier: The client's login name.
            password: The password, either as typed or RSA-encrypted and Base64-encoded (then set
                `encryptedPassword`). A secret: never logged.
            encrypted_password: True when `password` has been encrypted with the key from
                `session.encryption_key`.

        Returns:
            The parsed CreateSessionResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["createSessionV1"],
            {
                "identifier": identifier,
                "password": password,
                "encrypted_password": encrypted_password,
            },
            cast_to=models.CreateSessionResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def login_v2(
        self,
        *,
        identifier: str,
        password: str,
        encrypted_password: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateSessionResponse:
        """Log in with identifier and password and obtain CST / X-SECURITY-TOKEN session tokens.

        The usual login. IG returns the session tokens as the CST and X-SECURITY-TOKEN response headers (the
        SDK's core keeps them and sends them on every later call; they are not part of the body). The body
        describes the client, the active account and its balances. The password may be sent RSA-encrypted
        with the key from `session.encryption_key`, in which case `encryptedPassword` must be true; some
        accounts require it and fail with error.public-api.failure.encryption.required otherwise. When
        `reroutingEnvironment` is set, the login must be completed against that environment's gateway (DEMO
        clients who log in through the LIVE gateway, for example). A session stays valid while it is used
        (unverified: IG has said about 6 hours of inactivity, at most 72 hours in total).

        IG endpoint: ``POST /session``, VERSION 2.

        Args:
            identifier: The client's login name.
            password: The password, either as typed or RSA-encrypted and Base64-encoded (then set
                `encryptedPassword`). A secret: never logged.
            encrypted_password: True when `password` has been encrypted with the key from
                `session.encryption_key`.

        Returns:
            The parsed CreateSessionResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["createSessionV2"],
            {
                "identifier": identifier,
                "password": password,
                "encrypted_password": encrypted_password,
            },
            cast_to=models.CreateSessionResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def login_v3(
        self,
        *,
        identifier: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateSessionV3Response:
        """Log in and obtain an OAuth access token and refresh token instead of CST / X-SECURITY-TOKEN.

        Later calls send `Authorization: Bearer <access_token>` and `IG-ACCOUNT-ID: <accountId>`. The access
        token is short-lived (`expires_in` is a string of seconds, typically "60") and is renewed with
        `session.refresh` using the refresh token (unverified: how long a refresh token lasts).
        Lightstreamer does not accept OAuth tokens: fetch CST and X-SECURITY-TOKEN with
        `session.get(fetch_session_tokens=True)` before streaming. This version has no password encryption
        option. IG's page for this version does not list `accountType`, so it may be absent.

        IG endpoint: ``POST /session``, VERSION 3.

        Args:
            identifier: The client's login name.
            password: The password. A secret: never logged.

        Returns:
            The parsed CreateSessionV3Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["createSessionV3"],
            {
                "identifier": identifier,
                "password": password,
            },
            cast_to=models.CreateSessionV3Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def switch_account_v1(
        self,
        *,
        account_id: str,
        default_account: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.UpdateActiveAccountV1Response:
        """Make another of the client's accounts the active one for this session.

        Every later call of the session acts on the chosen account. With `defaultAccount: true` the account
        also becomes the one a new login starts on; leave it out to keep the current default. Switching to
        the account that is already active fails with error.switch.accountId-must-be-different. The login
        authentication errors can also be returned here.

        IG endpoint: ``PUT /session``, VERSION 1.

        Args:
            account_id: The account to make active; it must differ from the active one.
            default_account: True to also make it the account a login starts on; leave out to keep the
                current default.

        Returns:
            The parsed UpdateActiveAccountV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["updateActiveAccountV1"],
            {
                "account_id": account_id,
                "default_account": default_account,
            },
            cast_to=models.UpdateActiveAccountV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def encryption_key_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.EncryptionKeyV1Response:
        """Fetch the RSA public key used to encrypt the password before logging in.

        Needs only the API key. To send an encrypted password, encrypt `password|timeStamp` (the timestamp
        exactly as returned here) with this key using RSA with PKCS#1 v1.5 padding, Base64-encode the
        result, and log in with `encryptedPassword: true` (unverified: the scheme comes from IG's samples,
        not from its reference pages).

        IG endpoint: ``GET /session/encryptionKey``, VERSION 1.

        Returns:
            The parsed EncryptionKeyV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["getEncryptionKeySessionV1"],
            {},
            cast_to=models.EncryptionKeyV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def refresh_v1(
        self,
        *,
        refresh_token: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.OAuthToken:
        """Exchange an OAuth refresh token for a new access token (v3 sessions).

        Send the `refresh_token` from the v3 login (or from the previous refresh); IG answers with a new
        token pair and the old refresh token should not be reused (unverified: whether IG invalidates it).
        When the refresh token itself has expired, log in again.

        IG endpoint: ``POST /session/refresh-token``, VERSION 1.

        Args:
            refresh_token: The refresh token from the v3 login or the previous refresh. A secret.

        Returns:
            The parsed OAuthToken.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return self._request(
            OPERATIONS["refreshSessionV1"],
            {
                "refresh_token": refresh_token,
            },
            cast_to=models.OAuthToken,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    logout = logout_v1
    get = get_v1
    login = login_v2
    switch_account = switch_account_v1
    encryption_key = encryption_key_v1
    refresh = refresh_v1

    @cached_property
    def with_raw_response(self) -> SessionWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return SessionWithRawResponse(self)


class SessionWithRawResponse:
    """Raw-response view of :class:`Session`."""

    def __init__(self, resource: Session) -> None:
        self.logout_v1 = to_raw_response_wrapper(resource.logout_v1)
        self.get_v1 = to_raw_response_wrapper(resource.get_v1)
        self.login_v1 = to_raw_response_wrapper(resource.login_v1)
        self.login_v2 = to_raw_response_wrapper(resource.login_v2)
        self.login_v3 = to_raw_response_wrapper(resource.login_v3)
        self.switch_account_v1 = to_raw_response_wrapper(resource.switch_account_v1)
        self.encryption_key_v1 = to_raw_response_wrapper(resource.encryption_key_v1)
        self.refresh_v1 = to_raw_response_wrapper(resource.refresh_v1)
        self.logout = to_raw_response_wrapper(resource.logout)
        self.get = to_raw_response_wrapper(resource.get)
        self.login = to_raw_response_wrapper(resource.login)
        self.switch_account = to_raw_response_wrapper(resource.switch_account)
        self.encryption_key = to_raw_response_wrapper(resource.encryption_key)
        self.refresh = to_raw_response_wrapper(resource.refresh)


class AsyncSession(AsyncAPIResource):
    """Log in and out, read the session, switch account, refresh OAuth tokens."""

    async def logout_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        """Log out, ending the current session.

        Invalidates the session tokens the request carries (CST and X-SECURITY-TOKEN, or the OAuth access
        token). IG answers with a status only (unverified: whether a body is ever sent). Any Lightstreamer
        connection opened with these tokens should be closed too.

        IG endpoint: ``DELETE /session``, VERSION 1.

        Returns:
            None: IG answers with no body.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["deleteSessionV1"],
            {},
            cast_to=None,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def get_v1(
        self,
        *,
        fetch_session_tokens: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.SessionV1Response:
        """Read the details of the current session (client, active account, locale, streaming endpoint).

        Useful to check that a session is still alive and to see which account is active. With
        `fetchSessionTokens=true` IG also returns fresh CST and X-SECURITY-TOKEN response headers: this is
        how a v3 (OAuth) session obtains the tokens Lightstreamer needs, and how any session renews them
        before reconnecting a stream. IG documents error.security.get.session.timeout for this call, listed
        as 500 on one page and as 504 on another (unverified which status IG really sends).

        IG endpoint: ``GET /session``, VERSION 1.

        Args:
            fetch_session_tokens: When true, IG adds the CST and X-SECURITY-TOKEN headers to the response so
                that the caller gets session tokens for streaming; by default they are not sent. IG's default
                when not given: False.

        Returns:
            The parsed SessionV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getSessionV1"],
            {
                "fetch_session_tokens": fetch_session_tokens,
            },
            cast_to=models.SessionV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @deprecated(
        "Version 1 of login is superseded by version 2 (`session.login` / `session.login_v2`), which takes the same request and returns the same body."
    )
    async def login_v1(
        self,
        *,
        identifier: str,
        password: str,
        encrypted_password: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateSessionResponse:
        """Log in with identifier and password and obtain CST / X-SECURITY-TOKEN session tokens (version 1).

        Same request and answer as version 2. The session tokens come back as the CST and X-SECURITY-TOKEN
        response headers, which the SDK's core reads and sends on every later call; the body describes the
        client and the active account. If the body names a `reroutingEnvironment`, the login has to be
        completed against that environment's gateway. Authenticated with the API key only.

        IG endpoint: ``POST /session``, VERSION 1.

        Args:
            identifier: The client's login name.
            password: The password, either as typed or RSA-encrypted and Base64-encoded (then set
                `encryptedPassword`). A secret: never logged.
            encrypted_password: True when `password` has been encrypted with the key from
                `session.encryption_key`.

        Returns:
            The parsed CreateSessionResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["createSessionV1"],
            {
                "identifier": identifier,
                "password": password,
                "encrypted_password": encrypted_password,
            },
            cast_to=models.CreateSessionResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def login_v2(
        self,
        *,
        identifier: str,
        password: str,
        encrypted_password: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateSessionResponse:
        """Log in with identifier and password and obtain CST / X-SECURITY-TOKEN session tokens.

        The usual login. IG returns the session tokens as the CST and X-SECURITY-TOKEN response headers (the
        SDK's core keeps them and sends them on every later call; they are not part of the body). The body
        describes the client, the active account and its balances. The password may be sent RSA-encrypted
        with the key from `session.encryption_key`, in which case `encryptedPassword` must be true; some
        accounts require it and fail with error.public-api.failure.encryption.required otherwise. When
        `reroutingEnvironment` is set, the login must be completed against that environment's gateway (DEMO
        clients who log in through the LIVE gateway, for example). A session stays valid while it is used
        (unverified: IG has said about 6 hours of inactivity, at most 72 hours in total).

        IG endpoint: ``POST /session``, VERSION 2.

        Args:
            identifier: The client's login name.
            password: The password, either as typed or RSA-encrypted and Base64-encoded (then set
                `encryptedPassword`). A secret: never logged.
            encrypted_password: True when `password` has been encrypted with the key from
                `session.encryption_key`.

        Returns:
            The parsed CreateSessionResponse.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["createSessionV2"],
            {
                "identifier": identifier,
                "password": password,
                "encrypted_password": encrypted_password,
            },
            cast_to=models.CreateSessionResponse,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def login_v3(
        self,
        *,
        identifier: str,
        password: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.CreateSessionV3Response:
        """Log in and obtain an OAuth access token and refresh token instead of CST / X-SECURITY-TOKEN.

        Later calls send `Authorization: Bearer <access_token>` and `IG-ACCOUNT-ID: <accountId>`. The access
        token is short-lived (`expires_in` is a string of seconds, typically "60") and is renewed with
        `session.refresh` using the refresh token (unverified: how long a refresh token lasts).
        Lightstreamer does not accept OAuth tokens: fetch CST and X-SECURITY-TOKEN with
        `session.get(fetch_session_tokens=True)` before streaming. This version has no password encryption
        option. IG's page for this version does not list `accountType`, so it may be absent.

        IG endpoint: ``POST /session``, VERSION 3.

        Args:
            identifier: The client's login name.
            password: The password. A secret: never logged.

        Returns:
            The parsed CreateSessionV3Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["createSessionV3"],
            {
                "identifier": identifier,
                "password": password,
            },
            cast_to=models.CreateSessionV3Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def switch_account_v1(
        self,
        *,
        account_id: str,
        default_account: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.UpdateActiveAccountV1Response:
        """Make another of the client's accounts the active one for this session.

        Every later call of the session acts on the chosen account. With `defaultAccount: true` the account
        also becomes the one a new login starts on; leave it out to keep the current default. Switching to
        the account that is already active fails with error.switch.accountId-must-be-different. The login
        authentication errors can also be returned here.

        IG endpoint: ``PUT /session``, VERSION 1.

        Args:
            account_id: The account to make active; it must differ from the active one.
            default_account: True to also make it the account a login starts on; leave out to keep the
                current default.

        Returns:
            The parsed UpdateActiveAccountV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["updateActiveAccountV1"],
            {
                "account_id": account_id,
                "default_account": default_account,
            },
            cast_to=models.UpdateActiveAccountV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def encryption_key_v1(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.EncryptionKeyV1Response:
        """Fetch the RSA public key used to encrypt the password before logging in.

        Needs only the API key. To send an encrypted password, encrypt `password|timeStamp` (the timestamp
        exactly as returned here) with this key using RSA with PKCS#1 v1.5 padding, Base64-encode the
        result, and log in with `encryptedPassword: true` (unverified: the scheme comes from IG's samples,
        not from its reference pages).

        IG endpoint: ``GET /session/encryptionKey``, VERSION 1.

        Returns:
            The parsed EncryptionKeyV1Response.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["getEncryptionKeySessionV1"],
            {},
            cast_to=models.EncryptionKeyV1Response,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def refresh_v1(
        self,
        *,
        refresh_token: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    ) -> models.OAuthToken:
        """Exchange an OAuth refresh token for a new access token (v3 sessions).

        Send the `refresh_token` from the v3 login (or from the previous refresh); IG answers with a new
        token pair and the old refresh token should not be reused (unverified: whether IG invalidates it).
        When the refresh token itself has expired, log in again.

        IG endpoint: ``POST /session/refresh-token``, VERSION 1.

        Args:
            refresh_token: The refresh token from the v3 login or the previous refresh. A secret.

        Returns:
            The parsed OAuthToken.

        Raises:
            IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.
            APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).
            APIConnectionError: IG could not be reached, after the configured retries.
        """
        return await self._request(
            OPERATIONS["refreshSessionV1"],
            {
                "refresh_token": refresh_token,
            },
            cast_to=models.OAuthToken,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    logout = logout_v1
    get = get_v1
    login = login_v2
    switch_account = switch_account_v1
    encryption_key = encryption_key_v1
    refresh = refresh_v1

    @cached_property
    def with_raw_response(self) -> AsyncSessionWithRawResponse:
        """The same methods, returning the raw answer (status, headers) with the parsed model."""
        return AsyncSessionWithRawResponse(self)


class AsyncSessionWithRawResponse:
    """Raw-response view of :class:`AsyncSession`."""

    def __init__(self, resource: AsyncSession) -> None:
        self.logout_v1 = async_to_raw_response_wrapper(resource.logout_v1)
        self.get_v1 = async_to_raw_response_wrapper(resource.get_v1)
        self.login_v1 = async_to_raw_response_wrapper(resource.login_v1)
        self.login_v2 = async_to_raw_response_wrapper(resource.login_v2)
        self.login_v3 = async_to_raw_response_wrapper(resource.login_v3)
        self.switch_account_v1 = async_to_raw_response_wrapper(resource.switch_account_v1)
        self.encryption_key_v1 = async_to_raw_response_wrapper(resource.encryption_key_v1)
        self.refresh_v1 = async_to_raw_response_wrapper(resource.refresh_v1)
        self.logout = async_to_raw_response_wrapper(resource.logout)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.login = async_to_raw_response_wrapper(resource.login)
        self.switch_account = async_to_raw_response_wrapper(resource.switch_account)
        self.encryption_key = async_to_raw_response_wrapper(resource.encryption_key)
        self.refresh = async_to_raw_response_wrapper(resource.refresh)
