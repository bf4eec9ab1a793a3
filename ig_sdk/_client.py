"""``IGClient`` and ``AsyncIGClient``: construction, configuration and the session methods users call."""

from __future__ import annotations

import importlib
import os
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, Self

import httpx

from ig_sdk._auth import (
    SessionInfo,
    SessionTokens,
    SessionVersion,
    StreamingCredentials,
    logout_flow,
    streaming_tokens_flow,
    switch_account_flow,
)
from ig_sdk._base_client import RateLimiterLike, Timeout
from ig_sdk._generated.client_resources import AsyncResources, SyncResources
from ig_sdk._generated.gateways import GATEWAYS
from ig_sdk._retry import DEFAULT_MAX_RETRIES
from ig_sdk.streaming._client_mixin import AsyncStreamingMixin, StreamingMixin

if TYPE_CHECKING:
    from ig_sdk._rate_limit import RateLimitState

__all__ = ["IGClient", "AsyncIGClient", "AccountType", "GATEWAYS"]

AccountType = Literal["DEMO", "LIVE"]


# Environment variable names trading-ig users already have set.
_ENV_USERNAME: Final = "IG_SERVICE_USERNAME"
_ENV_PASSWORD: Final = "IG_SERVICE_PASSWORD"
_ENV_API_KEY: Final = "IG_SERVICE_API_KEY"
_ENV_ACC_TYPE: Final = "IG_SERVICE_ACC_TYPE"
_ENV_ACC_NUMBER: Final = "IG_SERVICE_ACC_NUMBER"
_ENV_ALLOW_LIVE_TRADING: Final = "IG_SERVICE_ALLOW_LIVE_TRADING"
_TRUE: Final = frozenset({"1", "true", "yes", "on"})
_FALSE: Final = frozenset({"", "0", "false", "no", "off"})


def _env_flag(name: str) -> bool:
    """A yes/no environment variable; anything unreadable is an error rather than a guess."""
    value = os.environ.get(name, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"environment variable {name} must be 1 or 0 (true/false, yes/no, on/off)")


def _is_live(account_type: AccountType, base_url: str | None) -> bool:
    """LIVE when asked for, or when the base URL is on IG's LIVE gateway host (whatever the account type)."""
    if account_type == "LIVE":
        return True
    return base_url is not None and httpx.URL(base_url).host == httpx.URL(GATEWAYS["LIVE"]).host


def _default_rate_limiter(
    rate_limit: bool | RateLimiterLike, clock: Callable[[], float] | None
) -> RateLimiterLike | None:
    if rate_limit is False:
        return None
    if rate_limit is not True:
        return rate_limit
    try:
        module = importlib.import_module("ig_sdk._rate_limit")
    except ImportError:
        return None
    limiter: RateLimiterLike = module.RateLimiter(clock=clock) if clock is not None else module.RateLimiter()
    return limiter


def _config(
    *,
    username: str | None,
    password: str | None,
    api_key: str | None,
    account_type: AccountType,
    account_id: str | None,
    base_url: str | None,
    timeout: Timeout | None,
    max_retries: int,
    session_version: SessionVersion,
    encrypt_password: bool,
    rate_limit: bool | RateLimiterLike,
    clock: Callable[[], float] | None,
    rand: Callable[[], float] | None,
    strict_responses: bool,
    allow_live_trading: bool,
) -> dict[str, Any]:
    if not api_key:
        raise ValueError("api_key is required (IG issues it per application in My IG > Settings > API keys)")
    if account_type not in GATEWAYS:
        raise ValueError("account_type must be 'DEMO' or 'LIVE'")
    return {
        "base_url": base_url or GATEWAYS[account_type],
        "api_key": api_key,
        "username": username,
        "password": password,
        "session_version": session_version,
        "account_id": account_id,
        "encrypt_password": encrypt_password,
        "timeout": timeout,
        "max_retries": max_retries,
        "rate_limiter": _default_rate_limiter(rate_limit, clock),
        "clock": clock,
        "rand": rand,
        "strict_responses": strict_responses,
        "live": _is_live(account_type, base_url),
        "allow_live_trading": allow_live_trading,
    }


def _env_config(overrides: Mapping[str, Any]) -> dict[str, Any]:
    env = os.environ
    values: dict[str, Any] = {
        "username": env.get(_ENV_USERNAME),
        "password": env.get(_ENV_PASSWORD),
        "api_key": env.get(_ENV_API_KEY),
        "account_type": (env.get(_ENV_ACC_TYPE) or "DEMO").upper(),
        "account_id": env.get(_ENV_ACC_NUMBER) or None,
        "allow_live_trading": _env_flag(_ENV_ALLOW_LIVE_TRADING),
    }
    values.update(overrides)
    for key, var in (("username", _ENV_USERNAME), ("password", _ENV_PASSWORD), ("api_key", _ENV_API_KEY)):
        if not values.get(key):
            raise ValueError(f"environment variable {var} is not set")
    return values


class IGClient(StreamingMixin, SyncResources):
    """Blocking client for IG's REST API.

    Logs in lazily on the first call (or explicitly with :meth:`login`), keeps the session alive (v3 tokens
    are refreshed before they expire; expired v1/v2 tokens trigger one re-login) and closes its connection
    pool when used as a context manager.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        account_type: AccountType = "DEMO",
        account_id: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        session_version: SessionVersion = 2,
        encrypt_password: bool = False,
        rate_limit: bool | RateLimiterLike = True,
        allow_live_trading: bool = False,
        http_client: httpx.Client | None = None,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        rand: Callable[[], float] | None = None,
        strict_responses: bool = False,
    ) -> None:
        """Configure a client; nothing is sent until the first call.

        On a LIVE account (``account_type="LIVE"`` or a base URL on IG's LIVE gateway) every trading call
        raises ``LiveTradingNotAllowedError`` before anything is sent unless ``allow_live_trading=True``.
        ``strict_responses=True`` makes any answer that deviates from the spec raise
        :class:`~ig_sdk.errors.APIResponseValidationError`; by default an odd value is kept raw (see
        :func:`ig_sdk.unparsed`) and logged once, while a missing required field or an empty, non-JSON or
        wrong-kind body always raises. ``clock`` (wall-clock seconds), ``sleep`` and ``rand`` exist for
        deterministic tests.
        """
        super().__init__(
            http_client=http_client,
            sleep=sleep,
            **_config(
                username=username,
                password=password,
                api_key=api_key,
                account_type=account_type,
                account_id=account_id,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                session_version=session_version,
                encrypt_password=encrypt_password,
                rate_limit=rate_limit,
                clock=clock,
                rand=rand,
                strict_responses=strict_responses,
                allow_live_trading=allow_live_trading,
            ),
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client from ``IG_SERVICE_USERNAME``/``_PASSWORD``/``_API_KEY``/``_ACC_TYPE``/``_ACC_NUMBER``.

        ``IG_SERVICE_ALLOW_LIVE_TRADING=1`` opts in to trading on a LIVE account. Keyword arguments override
        the environment (and pass any other constructor option).
        """
        return cls(**_env_config(overrides))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- session ----------------------------------------------------------------------------------

    def login(self) -> SessionInfo:
        """Log in now (normally the first call does it); replaces any current session."""
        with self._lock:
            self._login_locked()
        return self._session_info()

    def switch_account(self, account_id: str, *, default: bool | None = None) -> SessionInfo:
        """Make ``account_id`` the active account (and IG's default for future logins if ``default``)."""
        self._ensure_session()
        with self._lock:
            tokens = self._state.tokens
            assert tokens is not None
            new = self._run_flow(switch_account_flow(tokens, account_id, default=default))
            self._state.account_id = account_id
            self._state.set(new)
        return self._session_info()

    def logout(self) -> None:
        """End the session on IG's side and forget the tokens."""
        with self._lock:
            tokens = self._state.tokens
            if tokens is None:
                return
            try:
                self._run_flow(logout_flow(tokens))
            finally:
                self._state.set(None)

    def streaming_credentials(self) -> StreamingCredentials:
        """Account id, ``CST-…|XST-…`` password and endpoint for a Lightstreamer connection."""
        self._ensure_session()
        tokens = self._state.tokens
        assert tokens is not None
        result: StreamingCredentials = self._run_flow(streaming_tokens_flow(tokens))
        return result

    def load_rate_limits(self) -> RateLimitState | None:
        """Adopt the allowances IG reports for this API key (``GET /operations/application``).

        Until this is called the limiter paces by IG's published typical allowances (see ``spec/``).
        """
        adopt = getattr(self._rate_limiter, "configure_from_application", None)
        if adopt is None:
            return None
        adopt(self.applications.list().root, self._api_key.get())
        return self.rate_limits

    def restore_session(self, data: Mapping[str, Any]) -> SessionInfo:
        """Resume a session exported by :meth:`export_session` (a later token error re-logs in as usual)."""
        with self._lock:
            self._state.set(SessionTokens.from_dict(data))
        return self._session_info()


class AsyncIGClient(AsyncStreamingMixin, AsyncResources):
    """The asyncio twin of :class:`IGClient`: same constructor, methods are coroutines."""

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        account_type: AccountType = "DEMO",
        account_id: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        session_version: SessionVersion = 2,
        encrypt_password: bool = False,
        rate_limit: bool | RateLimiterLike = True,
        allow_live_trading: bool = False,
        http_client: httpx.AsyncClient | None = None,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rand: Callable[[], float] | None = None,
        strict_responses: bool = False,
    ) -> None:
        """Configure a client; nothing is sent until the first call (options as for :class:`IGClient`)."""
        super().__init__(
            http_client=http_client,
            sleep=sleep,
            **_config(
                username=username,
                password=password,
                api_key=api_key,
                account_type=account_type,
                account_id=account_id,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                session_version=session_version,
                encrypt_password=encrypt_password,
                rate_limit=rate_limit,
                clock=clock,
                rand=rand,
                strict_responses=strict_responses,
                allow_live_trading=allow_live_trading,
            ),
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """A client from ``IG_SERVICE_USERNAME``/``_PASSWORD``/``_API_KEY``/``_ACC_TYPE``/``_ACC_NUMBER``.

        ``IG_SERVICE_ALLOW_LIVE_TRADING=1`` opts in to trading on a LIVE account. Keyword arguments override
        the environment (and pass any other constructor option).
        """
        return cls(**_env_config(overrides))

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def login(self) -> SessionInfo:
        """Log in now (normally the first call does it); replaces any current session."""
        async with self._lock:
            await self._login_locked()
        return self._session_info()

    async def switch_account(self, account_id: str, *, default: bool | None = None) -> SessionInfo:
        """Make ``account_id`` the active account (and IG's default for future logins if ``default``)."""
        await self._ensure_session()
        async with self._lock:
            tokens = self._state.tokens
            assert tokens is not None
            new = await self._run_flow(switch_account_flow(tokens, account_id, default=default))
            self._state.account_id = account_id
            self._state.set(new)
        return self._session_info()

    async def logout(self) -> None:
        """End the session on IG's side and forget the tokens."""
        async with self._lock:
            tokens = self._state.tokens
            if tokens is None:
                return
            try:
                await self._run_flow(logout_flow(tokens))
            finally:
                self._state.set(None)

    async def streaming_credentials(self) -> StreamingCredentials:
        """Account id, ``CST-…|XST-…`` password and endpoint for a Lightstreamer connection."""
        await self._ensure_session()
        tokens = self._state.tokens
        assert tokens is not None
        result: StreamingCredentials = await self._run_flow(streaming_tokens_flow(tokens))
        return result

    async def load_rate_limits(self) -> RateLimitState | None:
        """Adopt the allowances IG reports for this API key (see :meth:`IGClient.load_rate_limits`)."""
        adopt = getattr(self._rate_limiter, "configure_from_application", None)
        if adopt is None:
            return None
        adopt((await self.applications.list()).root, self._api_key.get())
        return self.rate_limits

    def restore_session(self, data: Mapping[str, Any]) -> SessionInfo:
        """Resume a session exported by :meth:`export_session` (a later token error re-logs in as usual)."""
        self._state.set(SessionTokens.from_dict(data))
        return self._session_info()
