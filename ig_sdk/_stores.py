"""What a client's configuration asks for beyond the local limiter: a historical file, a shared (Redis)
limiter, a shared session. Built once per client, before its shared state is bound."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ig_sdk._rate_limit import AsyncRateLimiterProtocol, RateLimiter

if TYPE_CHECKING:
    from ig_sdk._auth import SessionState
    from ig_sdk._base_client import SharedState
    from ig_sdk._config import ClientConfig

__all__ = ["attach_stores"]


def _extra(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError("rate_limit_url needs the redis extra: pip install 'ig-sdk[redis]'") from exc


def attach_stores(
    shared: SharedState[Any, Any, Any, Any], config: ClientConfig, *, asynchronous: bool
) -> None:
    """Give ``shared`` the limiter and session store ``config`` asks for (sync or async kinds)."""
    session = shared.session

    def account() -> str | None:
        return _account(session)

    if isinstance(config.rate_limit, AsyncRateLimiterProtocol):
        if not asynchronous:
            raise TypeError(
                "an async rate limiter needs AsyncIGClient; IGClient takes a RateLimiterProtocol one"
            )
        shared.rate_limiter, shared.async_limiter = None, config.rate_limit
    if config.historical_file is not None:
        from ig_sdk._rate_limit._file_store import HistoricalFile

        kept = HistoricalFile(config.historical_file, api_key=config.api_key, account_id=account)
        shared.rate_limiter = RateLimiter(clock=shared.clock.monotonic, historical_store=kept)
    url = config.rate_limit_url
    if url is None:
        return
    limiters = _extra("ig_sdk._rate_limit._redis")
    sessions = _extra("ig_sdk._shared_session")
    if asynchronous:
        limiter = limiters.AsyncRedisRateLimiter(url, api_key=config.api_key, account_id=account)
        shared.rate_limiter, shared.async_limiter = None, limiter
    else:
        limiter = limiters.RedisRateLimiter(url, api_key=config.api_key, account_id=account)
        shared.rate_limiter = limiter
    shared.owned_store = limiter
    if config.share_session:
        where = {"api_key": config.api_key, "username": config.username, "account_id": config.account_id}
        if asynchronous:
            shared.async_session_store = sessions.AsyncRedisSessionStore(limiter.store, **where)
        else:
            shared.session_store = sessions.RedisSessionStore(limiter.store, **where)


def _account(session: SessionState) -> str | None:
    """The account the session acts on: its tokens' once logged in, else the configured one."""
    tokens = session.tokens
    return (tokens.account_id if tokens is not None else None) or session.account_id
