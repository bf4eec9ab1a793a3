"""One IG session for every process of an account: tokens kept in Redis, renewed by one process at a time.

IG lets one session serve many clients, so ten bots need not log in ten times. The first process that needs
a session takes a lock in the store, logs in and leaves the tokens there; the others wait for the lock, find
the tokens and use them. When a session ends (a token error, an expiring v3 token) the same lock makes sure
only one process logs in or refreshes again, and the rest take its result.

The tokens are secrets and sit in the store in clear: give the store a password or ACL user, use
``rediss://`` across machines, and do not share the store with anything you would not give the account to.
Nothing here logs a token or the store's URL. When the store cannot be reached the process logs in on its
own (one WARNING), exactly as without sharing; every wait is bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Final

import redis
import redis.asyncio

from ig_sdk._auth import SessionTokens
from ig_sdk._rate_limit._shared import namespace_id

__all__ = ["RedisSessionStore", "AsyncRedisSessionStore"]

logger = logging.getLogger("ig_sdk.session")

_STORE_ERRORS: Final = (redis.RedisError, OSError, ValueError)
# Longest a login or refresh may hold the lock (IG answers a login in well under this).
_LOCK_TTL: Final = 30.0
# Longest a process waits for another's login before logging in on its own.
_WAIT: Final = 45.0
_POLL: Final = 0.05
# IG ends a v1/v2 session after 6 hours without use; nothing older can still be good.
_SESSION_TTL: Final = 6 * 3600
_RELEASE: Final = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

Fresh = Callable[[SessionTokens], bool]


def _same(a: SessionTokens | None, b: SessionTokens | None) -> bool:
    """Whether two token sets are one session state (compared by their secrets, never shown)."""
    if a is None or b is None:
        return a is b
    return (a.cst, a.security_token, a.access_token) == (b.cst, b.security_token, b.access_token)


class _Keys:
    def __init__(self, prefix: str, api_key: str, username: str, account_id: str | None) -> None:
        user = hashlib.sha256(username.encode()).hexdigest()[:16]
        base = f"{prefix}:{{{namespace_id(api_key)}}}:session:{user}:{account_id or '-'}"
        self.tokens = base
        self.lock = base + ":lock"

    @staticmethod
    def decode(raw: object) -> SessionTokens | None:
        if raw is None:
            return None
        text = raw.decode() if isinstance(raw, bytes) else str(raw)
        return SessionTokens.from_dict(json.loads(text))

    @staticmethod
    def encode(tokens: SessionTokens) -> str:
        return json.dumps(tokens.to_dict(), separators=(",", ":"))


def _warn(error: BaseException) -> None:
    logger.warning(
        "shared session store unreachable (%s): this process logs in on its own", type(error).__name__
    )


class RedisSessionStore:
    """The blocking client's shared session (built by ``IGClient(share_session=True)``)."""

    def __init__(
        self,
        store: redis.Redis,
        *,
        api_key: str,
        username: str,
        account_id: str | None,
        prefix: str = "ig-sdk",
    ) -> None:
        self._redis = store
        self._keys = _Keys(prefix, api_key, username, account_id)
        self._release = store.register_script(_RELEASE)

    def __repr__(self) -> str:
        return "<RedisSessionStore>"

    def renew(
        self, stale: SessionTokens | None, renew: Callable[[], SessionTokens], fresh: Fresh
    ) -> SessionTokens:
        """A session newer than ``stale``: another process's if it has one, else ``renew()``'s, stored.

        ``fresh`` says whether stored tokens are good enough to use (a v3 token near expiry is not).
        """
        keys = self._keys
        owner = uuid.uuid4().hex
        deadline = time.monotonic() + _WAIT
        locked = False
        try:
            while not locked:
                current = keys.decode(self._redis.get(keys.tokens))
                if current is not None and not _same(current, stale) and fresh(current):
                    return current
                locked = bool(self._redis.set(keys.lock, owner, nx=True, px=int(_LOCK_TTL * 1000)))
                if not locked and time.monotonic() >= deadline:
                    logger.warning("no shared session after %.0f s: this process logs in on its own", _WAIT)
                    break
                if not locked:
                    time.sleep(_POLL)
        except _STORE_ERRORS as exc:
            _warn(exc)
        if not locked:
            return renew()
        try:
            try:
                current = keys.decode(self._redis.get(keys.tokens))
            except _STORE_ERRORS as exc:
                _warn(exc)
                current = None
            if current is not None and not _same(current, stale) and fresh(current):
                return current
            tokens = renew()
            try:
                self._redis.set(keys.tokens, keys.encode(tokens), ex=_SESSION_TTL)
            except _STORE_ERRORS as exc:
                _warn(exc)
            return tokens
        finally:
            with contextlib.suppress(*_STORE_ERRORS):  # else the lock expires by itself
                self._release(keys=[keys.lock], args=[owner])

    def discard(self, tokens: SessionTokens) -> None:
        """The session ended (logout): forget it if it is still the stored one."""
        keys = self._keys
        try:
            if _same(keys.decode(self._redis.get(keys.tokens)), tokens):
                self._redis.delete(keys.tokens)
        except _STORE_ERRORS as exc:
            _warn(exc)


class AsyncRedisSessionStore:
    """The asyncio twin of :class:`RedisSessionStore`."""

    def __init__(
        self,
        store: redis.asyncio.Redis,
        *,
        api_key: str,
        username: str,
        account_id: str | None,
        prefix: str = "ig-sdk",
    ) -> None:
        self._redis = store
        self._keys = _Keys(prefix, api_key, username, account_id)
        self._release = store.register_script(_RELEASE)

    def __repr__(self) -> str:
        return "<AsyncRedisSessionStore>"

    async def renew(
        self, stale: SessionTokens | None, renew: Callable[[], Awaitable[SessionTokens]], fresh: Fresh
    ) -> SessionTokens:
        """A session newer than ``stale`` (see :meth:`RedisSessionStore.renew`)."""
        keys = self._keys
        owner = uuid.uuid4().hex
        deadline = time.monotonic() + _WAIT
        locked = False
        try:
            while not locked:
                current = keys.decode(await self._redis.get(keys.tokens))
                if current is not None and not _same(current, stale) and fresh(current):
                    return current
                locked = bool(await self._redis.set(keys.lock, owner, nx=True, px=int(_LOCK_TTL * 1000)))
                if not locked and time.monotonic() >= deadline:
                    logger.warning("no shared session after %.0f s: this process logs in on its own", _WAIT)
                    break
                if not locked:
                    await asyncio.sleep(_POLL)
        except _STORE_ERRORS as exc:
            _warn(exc)
        if not locked:
            return await renew()
        try:
            try:
                current = keys.decode(await self._redis.get(keys.tokens))
            except _STORE_ERRORS as exc:
                _warn(exc)
                current = None
            if current is not None and not _same(current, stale) and fresh(current):
                return current
            tokens = await renew()
            try:
                await self._redis.set(keys.tokens, keys.encode(tokens), ex=_SESSION_TTL)
            except _STORE_ERRORS as exc:
                _warn(exc)
            return tokens
        finally:
            with contextlib.suppress(*_STORE_ERRORS):  # else the lock expires by itself
                await self._release(keys=[keys.lock], args=[owner])

    async def discard(self, tokens: SessionTokens) -> None:
        """The session ended (logout): forget it if it is still the stored one."""
        keys = self._keys
        try:
            if _same(keys.decode(await self._redis.get(keys.tokens)), tokens):
                await self._redis.delete(keys.tokens)
        except _STORE_ERRORS as exc:
            _warn(exc)
