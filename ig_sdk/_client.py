"""``IGClient`` and ``AsyncIGClient``: construction from a :class:`ClientConfig`, and the session methods."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

import httpx

from ig_sdk._auth import (
    SessionInfo,
    SessionTokens,
    StreamingCredentials,
    logout_flow,
    streaming_tokens_flow,
    switch_account_flow,
)
from ig_sdk._clock import Clock
from ig_sdk._config import ClientConfig, ClientOptions
from ig_sdk._generated.client_resources import AsyncResources, SyncResources
from ig_sdk._generated.gateways import GATEWAYS

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ig_sdk._rate_limit import RateLimitState
    from ig_sdk.lib.trading import AsyncTrading, Trading
    from ig_sdk.streaming import AsyncStream, Stream

__all__ = ["IGClient", "AsyncIGClient", "GATEWAYS"]


def _configure(config: ClientConfig | None, options: ClientOptions) -> ClientConfig:
    return ClientConfig.create(**options) if config is None else config.replace(**options)


class IGClient(SyncResources):
    """Blocking client for IG's REST API.

    Logs in lazily on the first call (or explicitly with :meth:`login`), keeps the session alive (v3 tokens
    are refreshed before they expire; expired v1/v2 tokens trigger one re-login) and closes its connection
    pool when used as a context manager.
    """

    def __init__(
        self,
        config: ClientConfig | None = None,
        /,
        *,
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
        sleep: Callable[[float], None] | None = None,
        rand: Callable[[], float] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        """Configure a client; nothing is sent until the first call.

        Pass the options as keywords (``IGClient(api_key=..., username=..., password=...)``; see
        :class:`~ig_sdk.ClientConfig` for each), or a ready ``config`` (keywords then override it).
        ``http_client`` is your own pool (you close it). ``clock`` (monotonic and wall time together),
        ``sleep`` and ``rand`` (backoff jitter) exist for deterministic tests and virtual time.

        On a LIVE account (``account_type="LIVE"`` or a base URL on IG's LIVE gateway) every trading call
        raises ``LiveTradingNotAllowedError`` before anything is sent unless ``allow_live_trading=True``.
        """
        super().__init__(
            _configure(config, options), http_client=http_client, clock=clock, sleep=sleep, rand=rand
        )

    @classmethod
    def from_env(
        cls,
        *,
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
        sleep: Callable[[float], None] | None = None,
        rand: Callable[[], float] | None = None,
        **overrides: Unpack[ClientOptions],
    ) -> Self:
        """A client from the ``IG_SERVICE_*`` environment variables, as trading-ig users have them set.

        ``IG_SERVICE_USERNAME``, ``_PASSWORD``, ``_API_KEY``, ``_ACC_TYPE``, ``_ACC_NUMBER``, ``_BASE_URL``,
        ``_ALLOW_LIVE_TRADING`` (``1`` opts in to trading on a LIVE account); keyword options override the
        environment (see :meth:`ClientConfig.from_env`).
        """
        config = ClientConfig.from_env(**overrides)
        return cls(config, http_client=http_client, clock=clock, sleep=sleep, rand=rand)

    @property
    def stream(self) -> Stream:
        """Typed Lightstreamer subscriptions sharing one connection (opened on the first subscription)."""
        stream = self._shared.stream
        if stream is None:
            from ig_sdk.streaming._api import Stream

            stream = self._shared.stream = Stream(self)
        return stream

    @property
    def trading(self) -> Trading:
        """One call per trading intent (open, close, amend, orders) that settles its own outcome.

        See :class:`ig_sdk.lib.trading.Trading`; ``Trading(client, settle_timeout=...)`` changes the wait.
        """
        from ig_sdk.lib.trading import Trading

        return Trading(self)

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
        if self._config.share_session:
            raise ValueError(
                "switch_account would move every process of a shared session: use a client per account"
            )
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
                if self._shared.session_store is not None:
                    self._shared.session_store.discard(tokens)

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
        if self._rate_limiter is None:
            return None
        self._rate_limiter.configure_from_application(self.applications.list().root, self._config.api_key)
        return self.rate_limits

    def restore_session(self, data: Mapping[str, Any]) -> SessionInfo:
        """Resume a session exported by :meth:`export_session` (a later token error re-logs in as usual)."""
        with self._lock:
            self._state.set(SessionTokens.from_dict(data))
        return self._session_info()


class AsyncIGClient(AsyncResources):
    """The asyncio twin of :class:`IGClient`: same constructor, methods are coroutines."""

    def __init__(
        self,
        config: ClientConfig | None = None,
        /,
        *,
        http_client: httpx.AsyncClient | None = None,
        clock: Clock | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rand: Callable[[], float] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        """Configure a client; nothing is sent until the first call (see :meth:`IGClient.__init__`)."""
        super().__init__(
            _configure(config, options), http_client=http_client, clock=clock, sleep=sleep, rand=rand
        )

    @classmethod
    def from_env(
        cls,
        *,
        http_client: httpx.AsyncClient | None = None,
        clock: Clock | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rand: Callable[[], float] | None = None,
        **overrides: Unpack[ClientOptions],
    ) -> Self:
        """A client from the ``IG_SERVICE_*`` environment (see :meth:`IGClient.from_env`)."""
        config = ClientConfig.from_env(**overrides)
        return cls(config, http_client=http_client, clock=clock, sleep=sleep, rand=rand)

    @property
    def stream(self) -> AsyncStream:
        """Typed Lightstreamer subscriptions sharing one connection (opened on the first subscription)."""
        stream = self._shared.stream
        if stream is None:
            from ig_sdk.streaming._api import AsyncStream

            stream = self._shared.stream = AsyncStream(self)
        return stream

    @property
    def trading(self) -> AsyncTrading:
        """The async twin of :attr:`IGClient.trading`."""
        from ig_sdk.lib.trading import AsyncTrading

        return AsyncTrading(self)

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
        if self._config.share_session:
            raise ValueError(
                "switch_account would move every process of a shared session: use a client per account"
            )
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
                if self._shared.async_session_store is not None:
                    await self._shared.async_session_store.discard(tokens)

    async def streaming_credentials(self) -> StreamingCredentials:
        """Account id, ``CST-…|XST-…`` password and endpoint for a Lightstreamer connection."""
        await self._ensure_session()
        tokens = self._state.tokens
        assert tokens is not None
        result: StreamingCredentials = await self._run_flow(streaming_tokens_flow(tokens))
        return result

    async def load_rate_limits(self) -> RateLimitState | None:
        """Adopt the allowances IG reports for this API key (see :meth:`IGClient.load_rate_limits`)."""
        shared = self._shared.async_limiter
        if self._rate_limiter is None and shared is None:
            return None
        applications = (await self.applications.list()).root
        if shared is not None:
            shared.configure_from_application(applications, self._config.api_key)
            return await shared.snapshot(self._clock.monotonic())
        assert self._rate_limiter is not None
        self._rate_limiter.configure_from_application(applications, self._config.api_key)
        return self.rate_limits

    def restore_session(self, data: Mapping[str, Any]) -> SessionInfo:
        """Resume a session exported by :meth:`export_session` (a later token error re-logs in as usual)."""
        self._state.set(SessionTokens.from_dict(data))
        return self._session_info()
