"""REST handlers: IG's headers, versions and errors around thin calls into the engine.

One aiohttp catch-all route feeds :func:`handle`, which does what IG's gateway does before an endpoint runs
(POST with ``_method: DELETE``, API key, session tokens, allowances, injected faults), picks the handler for
the path, method and VERSION, and cuts the answer down to that version's response shape.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .._accounts import Session
from .._engine import IGEngine
from .._errors import ApiError
from .._shapes import project, shape_of
from ._lenient import lenient_body

__all__ = ["PREFIX", "Ctx", "Handler", "Route", "handle", "route"]

PREFIX = "/gateway/deal"


@dataclass
class Ctx:
    """One request as a handler sees it."""

    engine: IGEngine
    version: int
    path: dict[str, str]
    query: dict[str, str]
    body: dict[str, Any]
    session: Session | None
    lightstreamer_url: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def account_id(self) -> str:
        assert self.session is not None
        return self.session.account_id

    @property
    def now(self) -> float:
        return self.engine.clock.now()


Handler = Callable[[Ctx], Any]


@dataclass(frozen=True)
class Route:
    """One endpoint version: how to match it, the handler, and the checks the gateway applies first."""

    method: str
    regex: re.Pattern[str]
    version: int
    operation: str
    handler: Handler
    auth: bool
    trading: bool
    historical: bool = False


_ROUTES: list[Route] = []


def route(
    method: str,
    path: str,
    version: int,
    operation: str,
    *,
    auth: bool = True,
    trading: bool = False,
    historical: bool = False,
) -> Callable[[Handler], Handler]:
    """Register the decorated handler for one method, path template (``{name}`` placeholders) and VERSION."""
    pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path)

    def register(handler: Handler) -> Handler:
        _ROUTES.append(
            Route(method, re.compile(f"^{pattern}$"), version, operation, handler, auth, trading, historical)
        )
        return handler

    return register


def _error(status: int, code: str) -> web.Response:
    return web.json_response({"errorCode": code}, status=status)


def _authenticate(engine: IGEngine, request: web.Request) -> Session:
    bearer = request.headers.get("Authorization", "")
    if bearer.startswith("Bearer "):
        session = engine.sessions.by_access_token(bearer[7:].strip())
        if session is None:
            raise ApiError(401, "error.security.oauth-token-invalid")
        wanted = request.headers.get("IG-ACCOUNT-ID")
        if wanted is None:
            raise ApiError(401, "error.security.account-token-missing")
        if wanted != session.account_id:
            if wanted not in engine.accounts:
                raise ApiError(401, "error.security.account-token-invalid")
            session.account_id = wanted  # OAuth clients pick the account per request
        return session
    cst, xst = request.headers.get("CST"), request.headers.get("X-SECURITY-TOKEN")
    if not cst:
        raise ApiError(401, "error.security.client-token-missing")
    if not xst:
        raise ApiError(401, "error.security.account-token-missing")
    session = engine.sessions.by_tokens(cst, xst)
    if session is None:
        if engine.sessions.knows_cst(cst):
            raise ApiError(401, "error.security.account-token-invalid")
        raise ApiError(401, "error.security.client-token-invalid")
    return session


async def handle(request: web.Request, engine: IGEngine, lightstreamer_url: str) -> web.StreamResponse:
    """Answer one REST request as IG's gateway would."""
    faults = engine.faults
    # The body is taken before any injected latency: as at IG, a deal whose client gave up waiting may
    # still go through, and only deals.confirm can tell.
    raw = await request.read() if request.can_read_body else b""
    if faults.latency > 0:
        await asyncio.sleep(faults.latency)
    if faults.take_drop():
        if request.transport is not None:
            request.transport.close()
        raise web.HTTPServiceUnavailable()  # never reaches the client: the connection is gone
    status = faults.take_failure()
    if status is not None:
        return _error(status, "system.error")
    method = request.method
    # IG documents one override: POST with `_method: DELETE` (any case) for DELETEs that carry a body. A body
    # sent on a real HTTP DELETE is dropped on IG's side, so the endpoint sees none.
    if method == "POST" and request.headers.get("_method", "").upper() == "DELETE":
        method = "DELETE"
    elif method == "DELETE":
        raw = b""
    # IG ignores a trailing slash (`/history/activity/`, `/clientsentiment/?marketIds=`); header names are
    # case-insensitive in aiohttp as at IG; a missing VERSION header means version 1.
    path = request.path[len(PREFIX) :].rstrip("/") or "/"
    try:
        version = int(request.headers.get("VERSION", "1"))
    except ValueError:
        return _error(400, "invalid.input")
    candidates = [(r, m) for r in _ROUTES if r.method == method for m in [r.regex.match(path)] if m]
    if path == "/markets":  # one path, two v1 operations told apart by their query parameter
        searching = "searchTerm" in request.query
        candidates = [
            (r, m) for r, m in candidates if (r.operation == "getMarketDetailsBySearchTermV1") == searching
        ]
    if not candidates:
        return _error(404, "invalid.url")
    chosen = [(r, m) for r, m in candidates if r.version == version]
    if not chosen:
        # A known path in a version it lacks: IG checks the caller first (an unauthenticated
        # GET /marketnavigation VERSION 3 answers 401 client-token-missing), then finds no such endpoint.
        try:
            if request.headers.get("X-IG-API-KEY") != engine.api_key:
                raise ApiError(403, "error.security.api-key-invalid")
            if all(r.auth for r, _ in candidates):
                _authenticate(engine, request)
        except ApiError as error:
            return _error(error.status, error.code)
        return _error(404, "invalid.url")
    matched, match = chosen[0]
    # A literal segment wins over a placeholder: GET /positions/sprintmarkets is not a position's dealId.
    for r, m in chosen:
        if not m.groupdict():
            matched, match = r, m
            break
    try:
        api_key = request.headers.get("X-IG-API-KEY")
        if not api_key:
            raise ApiError(400, "error.security.api-key-missing")
        if api_key != engine.api_key:
            raise ApiError(403, "error.security.api-key-invalid")
        if engine.api_key_status != "ENABLED" and matched.operation != "updateApplicationV1":
            raise ApiError(403, "error.security.api-key-disabled")
        session = _authenticate(engine, request) if matched.auth else None
        code = engine.allowances.check_request(
            session.account_id if session else None, matched.trading, engine.clock.now()
        )
        if code is not None:
            raise ApiError(403, code)
        body: dict[str, Any] = {}
        if raw.strip():
            try:
                parsed = json.loads(raw)
            except ValueError as exc:
                raise ApiError(400, "invalid.input") from exc
            if not isinstance(parsed, dict):
                raise ApiError(400, "invalid.input")
            body = lenient_body(matched.operation, parsed)
        engine.dealing.on_price()
        ctx = Ctx(
            engine,
            version,
            {k: v for k, v in match.groupdict().items()},
            dict(request.query),
            body,
            session,
            lightstreamer_url,
        )
        result = matched.handler(ctx)
    except ApiError as error:
        return _error(error.status, error.code)
    if isinstance(result, web.StreamResponse):
        return result
    if result is None:
        return web.Response(
            status=204 if matched.operation == "deleteSessionV1" else 200, headers=ctx.headers
        )
    return web.json_response(project(result, shape_of(matched.operation)), headers=ctx.headers)
