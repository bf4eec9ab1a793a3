"""The request core under every generated method.

:class:`BaseClient` holds everything that does not touch the network: per-operation plans computed once,
argument validation, request building, response parsing, error mapping and the retry/re-login decisions.
:class:`SyncAPIClient` and :class:`AsyncAPIClient` add only sending, sleeping and locking.
"""

from __future__ import annotations

import functools
import json
import logging
import random
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, Self, TypeVar, cast
from urllib.parse import quote

import httpx

from ig_sdk import _wire_json as wire_json
from ig_sdk._auth import (
    REFRESH_MARGIN,
    SessionInfo,
    SessionRequest,
    SessionResponse,
    SessionState,
    SessionTokens,
    UnusableAnswerError,
    auth_headers,
    login_flow,
    refresh_flow,
)
from ig_sdk._bulk import Bulk
from ig_sdk._clock import SYSTEM_CLOCK, Clock
from ig_sdk._config import DEFAULT_TIMEOUT, LONG_TIMEOUT, SHARED_FIELDS, ClientConfig, ClientOptions, Timeout
from ig_sdk._gc import BULK_BYTES, paused_gc
from ig_sdk._logging import guard_transport_logs, logger, redact_headers, redact_json
from ig_sdk._rate_limit import AsyncRateLimiterProtocol, BucketName, RateLimiter, RateLimiterProtocol
from ig_sdk._response import RAW_RESPONSE_HEADER, APIResponse, AsyncAPIResponse
from ig_sdk._retry import RetryPolicy, is_retryable, parse_retry_after
from ig_sdk._sent_references import SentReferences
from ig_sdk._sentinel import NOT_GIVEN, VERBATIM_QUERY, NotGiven
from ig_sdk._stores import attach_stores
from ig_sdk.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    IGRequestValidationError,
    InternalServerError,
    LiveTradingNotAllowedError,
    RateLimitError,
    SessionSetupError,
    SessionTokenError,
    error_class_for,
)

if TYPE_CHECKING:
    import asyncio

    from pydantic import BaseModel, ValidationError
    from typing_extensions import Unpack

    from ig_sdk._auth import ExportedSession, Flow
    from ig_sdk._operation_record import Operation, Param
    from ig_sdk._rate_limit import RateLimitState
    from ig_sdk._shared_session import AsyncRedisSessionStore, RedisSessionStore
    from ig_sdk.streaming import AsyncStream, Stream

__all__ = ["BaseClient", "SyncAPIClient", "AsyncAPIClient", "SharedState", "DEFAULT_LIMITS"]

R = TypeVar("R")
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
SleepT = TypeVar("SleepT")
LockT = TypeVar("LockT")
StreamT = TypeVar("StreamT", bound="_Closable")

CastTo = type[R] | Bulk[Any]
"""What an answer is parsed into: a model (or ``bytes``), or a :class:`Bulk` page with its list left raw."""

_JSON_HEADERS: Final = {
    "Content-Type": "application/json; charset=UTF-8",
    "Accept": "application/json; charset=UTF-8",
}
_DEAL_REFERENCE: Final = "dealReference"


def make_rate_limiter(
    rate_limit: bool | RateLimiterProtocol | AsyncRateLimiterProtocol, clock: Clock
) -> RateLimiterProtocol | None:
    """The limiter ``rate_limit`` asks for: the built-in one (on ``clock``), none, or the caller's.

    An awaited limiter (``AsyncRateLimiterProtocol``) is not one of these: ``attach_stores`` places it.
    """
    if rate_limit is True:
        return RateLimiter(clock=clock.monotonic)
    if rate_limit is False or isinstance(rate_limit, AsyncRateLimiterProtocol):
        return None
    return rate_limit


def _pool_timeout(config: ClientConfig) -> Timeout:
    return config.timeout if config.timeout is not None else DEFAULT_TIMEOUT


def _pool_limits() -> httpx.Limits:
    # As many connections stay open as IG's largest per-minute allowance can have in flight in one burst:
    # with httpx's default of 20 kept alive, 50 concurrent tasks reconnect 30 times per wave.
    from ig_sdk._generated.rate_limits import DEFAULTS

    burst = max(int(bucket["per_minute"]) for bucket in DEFAULTS.values() if "per_minute" in bucket)
    return httpx.Limits(max_connections=burst, max_keepalive_connections=burst)


DEFAULT_LIMITS: Final = _pool_limits()
"""The connection pool of a client that makes its own: sized for IG's allowances, not httpx's default."""


def mint_deal_reference() -> str:
    """A fresh client-side deal reference within IG's pattern ``^[A-Za-z0-9_-]{1,30}$``."""
    return "igsdk-" + secrets.token_hex(10)


@dataclass(frozen=True, slots=True)
class _Plan:
    """What can be known about an operation before any call: computed on first use, then reused."""

    path_query: tuple[Param, ...]
    path_wire: tuple[str, ...]
    body: tuple[Param, ...]
    has_body: bool
    headers: Mapping[str, str]
    by_name: Mapping[str, Param]


_PLANS: dict[int, tuple[Operation, _Plan]] = {}


def _plan_for(op: Operation) -> _Plan:
    cached = _PLANS.get(id(op))
    if cached is not None and cached[0] is op:
        return cached[1]
    headers = {"VERSION": str(op.version)}
    if op.method_override:
        headers["_method"] = op.method_override
    by_name: dict[str, Param] = {}
    for p in op.params:
        by_name[p.python_name] = p
        by_name[p.wire_name] = p
    plan = _Plan(
        path_query=tuple(p for p in op.params if p.location != "body"),
        path_wire=tuple(p.wire_name for p in op.params if p.location == "path"),
        body=tuple(p for p in op.params if p.location == "body"),
        has_body=any(p.location == "body" for p in op.params) or op.request_model_name is not None,
        headers=headers,
        by_name=by_name,
    )
    _PLANS[id(op)] = (op, plan)  # the tuple keeps op alive, so its id cannot be reused
    return plan


@dataclass(slots=True)
class PreparedRequest:
    """A validated call ready to send (auth headers are added per attempt)."""

    method: str
    url: str
    params: dict[str, Any] | None
    content: bytes | None
    headers: dict[str, str]
    deal_reference: str | None
    raw: bool
    timeout: httpx.Timeout | float
    # Path and query arguments by wire name, for the rate limiter's historical-points estimate.
    limit_params: Mapping[str, Any] | None = None

    def __repr__(self) -> str:
        return f"PreparedRequest({self.method} {self.url})"


def _describe(op: Operation) -> str:
    return f"{op.python_name} ({op.method} {op.path} VERSION {op.version})"


def _unknown_outcome(op: Operation, deal_reference: str | None) -> str:
    """What a trading error adds when IG may or may not have acted on the request: how to find out."""
    if deal_reference:
        return f"; the outcome is unknown: reconcile with client.deals.confirm({deal_reference!r})"
    where = "client.working_orders.list()" if op.resource == "working_orders" else "client.positions.list()"
    return (
        "; the outcome is unknown and IG takes no deal reference on this call: look for the change in "
        f"{where} and in client.history.activity_v3(deal_id=..., detailed=True)"
    )


def _loc(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc)


class _Closable(Protocol):
    def close(self) -> None: ...


@dataclass(eq=False, slots=True)
class SharedState(Generic[HttpT, SleepT, LockT, StreamT]):
    """What a client and every :meth:`~BaseClient.with_options` copy of it share, named in one place.

    A copy differs only in its :class:`ClientConfig` (timeouts, retries, ...): it sends through the same
    connection pool, in the same IG session (renewed under the same lock), paced by the same limiter on the
    same clock, and reaches the same ``client.stream``. Only the client that created this state closes it.
    """

    http: HttpT
    """The connection pool."""
    owns_http: bool
    """True when the client made the pool (then its ``close()`` closes it); False for a caller's pool."""
    session: SessionState
    """Tokens, the account to select, listeners; renewed under :attr:`lock`."""
    lock: LockT
    """Serialises logins and refreshes."""
    rate_limiter: RateLimiterProtocol | None
    """The allowance keeper; None when pacing is off."""
    clock: Clock
    """Monotonic time for pacing, backoff and deadlines; wall time for token expiry and IG's dates."""
    sleep: SleepT
    """How the client waits (``time.sleep`` / ``asyncio.sleep`` unless injected)."""
    rand: Callable[[], float]
    """Backoff jitter in [0, 1)."""
    stream: StreamT | None = None
    """``client.stream``, created on first use."""
    sent_references: SentReferences = field(default_factory=SentReferences)
    """Deal references sent lately, read by the TRADE stream's gap recovery."""
    async_limiter: AsyncRateLimiterProtocol | None = None
    """A limiter the async client awaits (the shared Redis one); ``rate_limiter`` is then None."""
    session_store: RedisSessionStore | None = None
    """Where the blocking client shares its IG session with other processes (``share_session``)."""
    async_session_store: AsyncRedisSessionStore | None = None
    """The same for the async client."""
    owned_store: Any = None
    """A store connection the client opened (the shared limiter from ``rate_limit_url``), closed with it."""

    @classmethod
    def create(
        cls,
        config: ClientConfig,
        http: HttpT,
        owns_http: bool,
        lock: LockT,
        clock: Clock | None,
        sleep: SleepT,
        rand: Callable[[], float] | None,
    ) -> SharedState[HttpT, SleepT, LockT, StreamT]:
        """The state of a new client (``clock`` and ``rand`` default to the system's)."""
        clock = clock or SYSTEM_CLOCK
        return cls(
            http=http,
            owns_http=owns_http,
            session=SessionState(config.account_id),
            lock=lock,
            rate_limiter=make_rate_limiter(config.rate_limit, clock),
            clock=clock,
            sleep=sleep,
            rand=rand or random.random,
        )


class BaseClient(Generic[HttpT, SleepT, LockT, StreamT]):
    """Configuration and the sans-IO half of the core, shared by the sync and async clients.

    A client is a :class:`ClientConfig` plus a :class:`SharedState`; :meth:`_bind` derives every other
    attribute from the two, for a new client and for a ``with_options`` copy alike.
    """

    _config: ClientConfig
    _shared: SharedState[HttpT, SleepT, LockT, StreamT]
    _owner: bool
    """False for ``with_options`` copies: closing a copy leaves the shared state open."""

    def _bind(self, config: ClientConfig, shared: SharedState[HttpT, SleepT, LockT, StreamT]) -> None:
        self._config = config
        self._shared = shared
        self._owner = True
        self._base_url = config.url
        self._timeout = _pool_timeout(config)
        self._long_timeout: Timeout = config.timeout if config.timeout is not None else LONG_TIMEOUT
        self._max_retries = config.max_retries
        self._retry_policy = RetryPolicy()
        self._http: HttpT = shared.http
        self._state = shared.session
        self._sent_references = shared.sent_references
        self._lock: LockT = shared.lock
        self._rate_limiter = shared.rate_limiter
        self._clock = shared.clock
        self._sleep: SleepT = shared.sleep
        self._rand = shared.rand
        guard_transport_logs()

    @property
    def config(self) -> ClientConfig:
        """This client's configuration (immutable; ``with_options`` makes a copy with another one)."""
        return self._config

    @property
    def base_url(self) -> str:
        """The gateway every call goes to."""
        return self._base_url

    def with_options(self, **changes: Unpack[ClientOptions]) -> Self:
        """A copy with other defaults (``timeout=``, ``max_retries=``, ...) in the same session.

        The copy shares this client's :class:`SharedState` (pool, session, limiter, clock, stream); options
        that define those (credentials, account, gateway, session version, rate limiting) cannot change.
        Closing the copy closes nothing: close the original.
        """
        fixed = sorted(SHARED_FIELDS.intersection(changes))
        if fixed:
            raise ValueError(
                f"with_options cannot change {', '.join(fixed)}: a copy shares the original's session; "
                "create another client instead"
            )
        new = object.__new__(type(self))
        new._bind(self._config.replace(**changes), self._shared)
        new._owner = False
        return new

    def _close_stream(self) -> bool:
        """Close ``client.stream`` if this client owns it; True when this client owns its shared state."""
        if not self._owner:
            return False
        stream, self._shared.stream = self._shared.stream, None
        if stream is not None:
            stream.close()
        return True

    def _usable(self, tokens: SessionTokens) -> bool:
        """Whether another process's tokens can be used as they are (a v3 token about to expire cannot)."""
        expires = tokens.expires_at
        late = tokens.version == 3 and expires is not None and self._clock.time() >= expires - REFRESH_MARGIN
        return not late

    @property
    def session_info(self) -> SessionInfo | None:
        """The current session's account, client id and Lightstreamer endpoint (None before login)."""
        tokens = self._state.tokens
        return SessionInfo.of(tokens) if tokens is not None else None

    def _session_info(self) -> SessionInfo:
        tokens = self._state.tokens
        assert tokens is not None  # set by every successful flow
        return SessionInfo.of(tokens)

    def export_session(self) -> ExportedSession:
        """The session tokens as a JSON-compatible dict, to resume without a new login (keep it secret)."""
        tokens = self._state.tokens
        if tokens is None:
            raise RuntimeError("no session to export: log in first")
        return tokens.to_dict()

    def on_session_change(self, callback: Callable[[SessionInfo | None], None]) -> Callable[[], None]:
        """Call ``callback`` after every login, refresh, switch, restore or logout; returns an unsubscriber.

        Streaming uses it to reconnect with fresh tokens (fetched with ``streaming_credentials()``).
        """
        listeners = self._state.listeners
        listeners.append(callback)
        return lambda: listeners.remove(callback) if callback in listeners else None

    @property
    def rate_limits(self) -> RateLimitState | None:
        """What is left of each IG allowance now (None when pacing is off).

        Read on the same monotonic clock the limiter paces with, so ``next_refill_in``, ``blocked_for`` and
        ``historical.resets_in`` are seconds from now.
        """
        if self._rate_limiter is None:
            return None
        return self._rate_limiter.snapshot(self._clock.monotonic())

    @property
    def is_live(self) -> bool:
        """True when this client talks to IG's LIVE gateway (real money)."""
        return self._config.is_live

    @property
    def allow_live_trading(self) -> bool:
        """Whether trading calls may go out on a LIVE account (see ``LiveTradingNotAllowedError``)."""
        return self._config.allow_live_trading

    @property
    def max_retries(self) -> int:
        """How many times a failed non-trading call is retried."""
        return self._max_retries

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} base_url={self._base_url!r} "
            f"session_version={self._config.session_version} account_id={self._state.account_id!r}>"
        )

    def _refuse_live_trading(self, op: Operation) -> None:
        """Raise before anything is sent when ``op`` trades on a LIVE account without the opt-in."""
        if op.trading and not self._config.allow_live_trading and self._config.is_live:
            raise LiveTradingNotAllowedError(op)

    # --- request building -------------------------------------------------------------------------

    def _validation_error(self, op: Operation, exc: ValidationError, plan: _Plan) -> IGRequestValidationError:
        first = exc.errors(include_url=False, include_input=False)[0]
        ctx = first.get("ctx") or {}
        loc = first.get("loc") or ()
        name = str(ctx["field"]) if "field" in ctx else (str(loc[0]) if loc else None)
        param = plan.by_name.get(name) if name is not None else None
        wire = param.wire_name if param is not None else name
        python = param.python_name if param is not None else name
        where = f"{python} ({wire})" if python != wire else str(python)
        message = f"{_describe(op)}: invalid argument {where}: {first.get('msg', 'invalid value')}"
        others = exc.errors(include_url=False, include_input=False)[1:]
        if others:  # name every problem, not only the first, so one fix-and-retry cycle suffices
            rest = "; ".join(
                f"{_loc(e.get('loc', ())) or '<body>'}: {e.get('msg', 'invalid value')}" for e in others
            )
            message += f" (also: {rest})"
        return IGRequestValidationError(message, operation=op, field=wire, python_field=python)

    def _validate(
        self,
        op: Operation,
        model: type[BaseModel] | None,
        values: dict[str, Any],
        params: tuple[Param, ...],
        *,
        body: bool = False,
    ) -> dict[str, Any]:
        if model is None:
            by_python = {p.python_name: p.wire_name for p in params}
            return {by_python.get(k, k): v for k, v in values.items()}
        try:
            validated = model.model_validate(values)
        except ValueError as exc:  # pydantic's ValidationError; importing it eagerly slows `import ig_sdk`
            raise self._validation_error(op, _validation_error_or_raise(exc), _plan_for(op)) from None
        # A body keeps its Decimals (written as exact JSON numbers); a query or path takes text.
        dumped: dict[str, Any] = validated.model_dump(
            by_alias=True, mode="python" if body else "json", exclude_unset=True
        )
        return dumped

    def _prepare(
        self,
        op: Operation,
        args: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None,
        timeout: Timeout | NotGiven,
    ) -> PreparedRequest:
        self._refuse_live_trading(op)
        plan = _plan_for(op)
        pq: dict[str, Any] = {}
        for p in plan.path_query:
            value = args.get(p.python_name, NOT_GIVEN)
            if value is not NOT_GIVEN:
                pq[p.python_name] = value
        url = self._base_url + op.path
        params: dict[str, Any] | None = None
        limit_params: dict[str, Any] | None = None
        if plan.path_query:
            wire = self._validate(op, op.params_model, pq, plan.path_query)
            if op.rate_bucket == "historical":
                limit_params = dict(wire)
            for name in plan.path_wire:
                value = wire.pop(name, None)
                if value is None or value == "":
                    param = plan.by_name[name]
                    raise IGRequestValidationError(
                        f"{_describe(op)}: path argument {param.python_name} must be a non-empty value",
                        operation=op,
                        field=name,
                        python_field=param.python_name,
                    )
                url = url.replace("{" + name + "}", quote(str(value), safe=""))
            # IG takes a list (epics, marketIds) as one comma-separated value, not as repeated keys.
            params = {
                k: ",".join(str(item) for item in v) if isinstance(v, list) else v
                for k, v in wire.items()
                if v is not None
            } or None
            verbatim = args.get(VERBATIM_QUERY)
            if verbatim:
                params = {**(params or {}), **verbatim}
        content: bytes | None = None
        deal_reference: str | None = None
        if plan.has_body:
            values = {}
            for p in plan.body:
                value = args.get(p.python_name, NOT_GIVEN)
                if value is not NOT_GIVEN:
                    values[p.python_name] = value
            body = self._validate(op, op.request_model, values, plan.body, body=True)
            if op.deal_reference:
                deal_reference = body.get(_DEAL_REFERENCE) or mint_deal_reference()
                body[_DEAL_REFERENCE] = deal_reference
                self._sent_references.note(deal_reference)
            content = wire_json.dumps(body)
        headers = dict(plan.headers)
        raw = False
        if extra_headers:
            for name, value in extra_headers.items():
                if name == RAW_RESPONSE_HEADER:
                    raw = True
                else:
                    headers[name] = value
        if isinstance(timeout, NotGiven):
            resolved: Timeout = self._long_timeout if op.long_timeout else self._timeout
        else:
            resolved = timeout
        return PreparedRequest(
            op.http_method, url, params, content, headers, deal_reference, raw, resolved, limit_params
        )

    def _attempt_headers(self, op: Operation, prepared: PreparedRequest) -> dict[str, str]:
        headers = {"X-IG-API-KEY": self._config.api_key, **_JSON_HEADERS, **prepared.headers}
        tokens = self._state.tokens
        if op.auth == "session" and tokens is not None:
            headers.update(auth_headers(tokens))
        return headers

    def _log_request(
        self, op: Operation, method: str, url: str, headers: Mapping[str, str], body: Any
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            if isinstance(body, bytes):
                try:
                    body = json.loads(body)
                except ValueError:
                    body = "<unreadable body>"
            logger.debug(
                "request %s: %s %s headers=%s body=%s",
                op.python_name,
                method,
                url,
                redact_headers(headers),
                redact_json(body),
            )

    # --- response handling ------------------------------------------------------------------------

    def _status_error(
        self, op: Operation, response: httpx.Response, deal_reference: str | None
    ) -> APIStatusError:
        body: Any = None
        error_code: str | None = None
        if response.content:
            try:
                body = response.json()
            except ValueError:
                body = None
        if isinstance(body, dict) and isinstance(body.get("errorCode"), str):
            error_code = body["errorCode"]
        cls = error_class_for(response.status_code, error_code)
        message = f"{_describe(op)}: HTTP {response.status_code} {error_code or 'without an IG error code'}"
        if deal_reference:
            message += f" (deal reference {deal_reference})"
        if op.trading and response.status_code >= 500:
            message += _unknown_outcome(op, deal_reference)
        return cls(
            message,
            operation=op,
            status_code=response.status_code,
            error_code=error_code,
            body=body,
            response=response,
            deal_reference=deal_reference,
        )

    def _connection_error(
        self, op: Operation, exc: Exception, deal_reference: str | None
    ) -> APIConnectionError:
        timed_out = isinstance(exc, httpx.TimeoutException)
        what = "timed out" if timed_out else f"failed to connect or was cut off ({type(exc).__name__})"
        message = f"{_describe(op)}: request {what}"
        if op.trading:
            message += _unknown_outcome(op, deal_reference)
        cls = APITimeoutError if timed_out else APIConnectionError
        return cls(message, operation=op, deal_reference=deal_reference)

    def _parse(
        self,
        op: Operation,
        response: httpx.Response,
        cast_to: CastTo[R] | None,
        deal_reference: str | None = None,
    ) -> R | None:
        if cast_to is None:
            return None
        if cast_to is bytes:  # a file (IG's costs PDF), handed over as IG sent it
            return cast("R", response.content)
        # Imported here: the policy needs pydantic, which `from ig_sdk import IGClient` does not load.
        from ig_sdk._response_policy import parse_response

        try:
            if isinstance(cast_to, Bulk):
                return cast("R", _parse_bulk(op, response, cast_to))
            model = cast("type[BaseModel]", cast_to)
            if len(response.content) < BULK_BYTES:
                return cast("R", parse_response(op, response, model, strict=self._config.strict_responses))
            with paused_gc:  # a long answer creates thousands of objects, none of them garbage
                return cast("R", parse_response(op, response, model, strict=self._config.strict_responses))
        except APIResponseValidationError as exc:
            if not op.trading:
                raise
            # IG took the trading request but its answer cannot be read: say how to learn what it did.
            raise APIResponseValidationError(
                exc.message + _unknown_outcome(op, deal_reference),
                operation=op,
                field=exc.field,
                status_code=exc.status_code,
                response=exc.response,
                deal_reference=deal_reference,
            ) from None

    def _outcome(
        self, op: Operation, prepared: PreparedRequest, response: httpx.Response
    ) -> APIStatusError | None:
        error = None if response.is_success else self._status_error(op, response, prepared.deal_reference)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "response %s: HTTP %s %s",
                op.python_name,
                response.status_code,
                error.error_code if error is not None and error.error_code else "",
            )
        limiter = self._rate_limiter
        if limiter is not None and error is not None:
            limiter.observe(op, response.headers, error.body, now=self._clock.monotonic())
            penalty = self._penalty(op, response, error)
            if penalty is not None:
                limiter.penalise(*penalty, now=self._clock.monotonic())
        return error

    def _penalty(
        self, op: Operation, response: httpx.Response, error: APIError
    ) -> tuple[BucketName, float | None] | None:
        """The allowance an IG refusal says is spent and for how long (None when it is no such refusal)."""
        if not isinstance(error, RateLimitError):
            return None
        bucket = error.bucket or op.rate_bucket
        if bucket == "none":
            return None
        return bucket, parse_retry_after(response.headers, self._clock.time())

    def _success(
        self, op: Operation, prepared: PreparedRequest, response: httpx.Response, cast_to: CastTo[R] | None
    ) -> R | None:
        """The parsed model (or None) for a 2xx answer, reported to the rate limiter."""
        parsed = self._parse(op, response, cast_to, prepared.deal_reference)
        if self._rate_limiter is not None:
            self._rate_limiter.observe(op, response.headers, parsed, now=self._clock.monotonic())
        return parsed

    def _observe_raw(self, op: Operation, response: httpx.Response) -> None:
        if self._rate_limiter is None:
            return
        self._rate_limiter.observe(
            op, response.headers, _json_or_none(op, response), now=self._clock.monotonic()
        )

    def _should_reauth(self, op: Operation, error: APIError, reauthed: bool) -> bool:
        return isinstance(error, SessionTokenError) and op.auth == "session" and not reauthed

    def _retry_delay(self, op: Operation, error: APIError, retries: int) -> float | None:
        """Seconds to wait before retrying, or None when the error must be raised."""
        if retries >= self._max_retries or not is_retryable(op, error):
            return None
        retry_after = None
        if isinstance(error, APIStatusError) and error.response is not None:
            retry_after = parse_retry_after(error.response.headers, self._clock.time())
        return self._retry_policy.backoff(retries, retry_after, self._rand)

    def _session_retry_delay(self, error: APIError, attempt: int) -> float | None:
        """Seconds before logging in (or refreshing) again after ``error``; None when it must be raised.

        Only IG failing (5xx) or the network failing is worth another attempt, never a refusal such as bad
        credentials; attempts are bounded by ``max_retries`` and spaced by the jittered backoff.
        """
        if attempt >= self._max_retries or not isinstance(error, APIConnectionError | InternalServerError):
            return None
        retry_after = None
        if isinstance(error, APIStatusError) and error.response is not None:
            retry_after = parse_retry_after(error.response.headers, self._clock.time())
        delay = self._retry_policy.backoff(attempt, retry_after, self._rand)
        logger.info("session call failed (%s); trying again in %.2fs", type(error).__name__, delay)
        return delay

    def _session_http(self, request: SessionRequest) -> tuple[str, str, dict[str, str], bytes | None, Any]:
        """Method, URL, headers, content and query of one session-flow call."""
        op = request.operation
        headers = {"X-IG-API-KEY": self._config.api_key, **_JSON_HEADERS, "VERSION": str(op.version)}
        if request.tokens is not None:
            headers.update(auth_headers(request.tokens))
        content = None
        if request.body is not None:
            content = json.dumps(dict(request.body), separators=(",", ":")).encode()
        self._log_request(op, op.method, self._base_url + op.path, headers, request.body)
        return op.method, self._base_url + op.path, headers, content, request.query

    def _session_answer(self, request: SessionRequest, response: httpx.Response) -> SessionResponse:
        op = request.operation
        if not response.is_success:
            error = self._status_error(op, response, None)
            logger.debug("session call %s failed: HTTP %s", op.python_name, response.status_code)
            raise error
        body: Any = None
        if response.content:
            try:
                body = response.json()
            except ValueError:
                body = None
        return SessionResponse(headers=response.headers, body=body)

    def _advance(self, flow: Flow, request: SessionRequest, response: httpx.Response) -> SessionRequest:
        """Give IG's answer to ``flow``; returns its next request (``StopIteration`` carries the result)."""
        answer = self._session_answer(request, response)
        try:
            return flow.send(answer)
        except UnusableAnswerError as exc:
            op = request.operation
            raise APIResponseValidationError(
                f"{_describe(op)}: {exc}",
                operation=op,
                field=exc.field,
                status_code=response.status_code,
                response=response,
            ) from None

    def _login(self) -> Flow:
        config = self._config
        if config.username is None or config.password is None:
            raise SessionSetupError(
                "no username/password configured: pass them to the client or restore a session"
            )
        logger.info("logging in to IG (session version %s)", config.session_version)
        return login_flow(
            config.session_version,
            config.username,
            config.password,
            account_id=self._state.account_id,
            encrypt=config.encrypt_password,
            now=self._clock.time,
        )

    def _refresh_flow(self, tokens: SessionTokens) -> Flow:
        logger.debug("refreshing the v3 access token")
        return refresh_flow(tokens, now=self._clock.time)


def _parse_bulk(op: Operation, response: httpx.Response, bulk: Bulk[Any]) -> Any:
    try:
        return bulk.parse(response.content)
    except ValueError as exc:  # not JSON, or what surrounds the list does not match the model
        from pydantic import ValidationError

        field: str | None = None
        message = str(exc)
        if isinstance(exc, ValidationError):
            first = exc.errors(include_url=False, include_input=False)[0]
            field, message = _loc(first.get("loc", ())) or None, str(first.get("msg", "invalid value"))
        raise APIResponseValidationError(
            f"{_describe(op)}: IG's answer{f' at {field}' if field else ''} does not match "
            f"{bulk.model.__name__}: {message}",
            operation=op,
            field=field,
            status_code=response.status_code,
            response=response,
        ) from None


def _json_or_none(op: Operation, response: httpx.Response) -> Any:
    """The JSON of a raw price answer, which carries the historical allowance (None for anything else)."""
    if op.rate_bucket != "historical" or not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return None


def _validation_error_or_raise(exc: ValueError) -> ValidationError:
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        return exc
    raise exc


# A refresh that fails for any of these gives way to a full login.
_REFRESH_FALLBACK = (AuthenticationError, BadRequestError, APIResponseValidationError, SessionSetupError)


class SyncAPIClient(BaseClient[httpx.Client, Callable[[float], None], threading.RLock, "Stream"]):
    """The blocking shell: sends with ``httpx.Client``, sleeps the injected way, locks a thread lock."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.Client | None,
        clock: Clock | None,
        sleep: Callable[[float], None] | None,
        rand: Callable[[], float] | None,
    ) -> None:
        http = http_client or httpx.Client(timeout=_pool_timeout(config), limits=DEFAULT_LIMITS)
        lock = threading.RLock()
        shared: SharedState[httpx.Client, Callable[[float], None], threading.RLock, Stream] = (
            SharedState.create(config, http, http_client is None, lock, clock, sleep or time.sleep, rand)
        )
        attach_stores(shared, config, asynchronous=False)
        self._bind(config, shared)

    def close(self) -> None:
        """Close the stream (if one was opened) and the connection pool (only when this client created it).

        A ``with_options`` copy closes nothing: it shares the original's connection, session and stream.
        """
        if self._close_stream():
            if self._shared.owns_http:
                self._http.close()
            if self._shared.owned_store is not None:
                self._shared.owned_store.close()

    def _run_flow(self, flow: Flow) -> Any:
        try:
            request = next(flow)
            while True:
                method, url, headers, content, query = self._session_http(request)
                try:
                    response = self._http.request(
                        method, url, headers=headers, content=content, params=query, timeout=self._timeout
                    )
                except httpx.TransportError as exc:
                    raise self._connection_error(request.operation, exc, None) from None
                request = self._advance(flow, request, response)
        except StopIteration as stop:
            return stop.value

    def _run_flow_retrying(self, make_flow: Callable[[], Flow]) -> Any:
        """Run a fresh login or refresh flow until it succeeds or fails for a reason retrying cannot fix."""
        attempt = 0
        while True:
            try:
                return self._run_flow(make_flow())
            except APIError as error:
                delay = self._session_retry_delay(error, attempt)
                if delay is None:
                    raise
            self._sleep(delay)
            attempt += 1

    def _login_locked(self) -> None:
        def login() -> SessionTokens:
            tokens: SessionTokens = self._run_flow_retrying(self._login)
            return tokens

        store = self._shared.session_store
        self._state.set(login() if store is None else store.renew(self._state.tokens, login, self._usable))

    def _refresh_locked(self, tokens: SessionTokens) -> None:
        def renew() -> SessionTokens:
            try:
                new: SessionTokens = self._run_flow_retrying(lambda: self._refresh_flow(tokens))
            except _REFRESH_FALLBACK:
                new = self._run_flow_retrying(self._login)
            return new

        store = self._shared.session_store
        self._state.set(renew() if store is None else store.renew(tokens, renew, self._usable))

    def _ensure_session(self) -> int:
        state = self._state
        if state.tokens is None or state.needs_refresh(self._clock.time()):
            with self._lock:
                tokens = state.tokens
                if tokens is None:
                    self._login_locked()
                elif state.needs_refresh(self._clock.time()):
                    self._refresh_locked(tokens)
        return state.generation

    def _reauthenticate(self, generation: int) -> None:
        with self._lock:
            if self._state.generation != generation:
                return  # somebody renewed the session after our request went out
            tokens = self._state.tokens
            if tokens is not None and tokens.version == 3 and tokens.refresh_token:
                self._refresh_locked(tokens)
            else:
                self._login_locked()

    def _request(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        cast_to: CastTo[R] | None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        prepared = self._prepare(op, args, extra_headers, timeout)
        retries = 0
        reauthed = False
        while True:
            generation = self._ensure_session() if op.auth == "session" else self._state.generation
            if self._rate_limiter is not None:
                wait = self._rate_limiter.reserve(op, self._clock.monotonic(), params=prepared.limit_params)
                if wait > 0:
                    self._sleep(wait)
            headers = self._attempt_headers(op, prepared)
            self._log_request(op, prepared.method, prepared.url, headers, prepared.content)
            error: APIError | None
            try:
                response = self._http.request(
                    prepared.method,
                    prepared.url,
                    params=prepared.params,
                    content=prepared.content,
                    headers=headers,
                    timeout=prepared.timeout,
                )
            except httpx.TransportError as exc:
                error = self._connection_error(op, exc, prepared.deal_reference)
            else:
                error = self._outcome(op, prepared, response)
                if error is None:
                    if prepared.raw:
                        self._observe_raw(op, response)
                        return APIResponse(
                            http_response=response,
                            operation=op,
                            parser=functools.partial(
                                self._parse, op, response, cast_to, prepared.deal_reference
                            ),
                            retries_taken=retries,
                            deal_reference=prepared.deal_reference,
                        )
                    return self._success(op, prepared, response, cast_to)
            if self._should_reauth(op, error, reauthed):
                reauthed = True
                try:
                    self._reauthenticate(generation)
                except SessionSetupError as exc:  # no password to log in again with: IG's refusal is the news
                    raise error from exc
                if not op.trading:
                    continue
                raise error
            delay = self._retry_delay(op, error, retries)
            if delay is None:
                raise error
            logger.debug("retrying %s in %.2fs after %s", op.python_name, delay, type(error).__name__)
            self._sleep(delay)
            retries += 1


# asyncio is named as a string and imported in __init__: a blocking client's program never loads it.
class AsyncAPIClient(
    BaseClient[httpx.AsyncClient, Callable[[float], Awaitable[None]], "asyncio.Lock", "AsyncStream"]
):
    """The asyncio shell: sends with ``httpx.AsyncClient``, awaits the injected sleep, asyncio lock."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        http_client: httpx.AsyncClient | None,
        clock: Clock | None,
        sleep: Callable[[float], Awaitable[None]] | None,
        rand: Callable[[], float] | None,
    ) -> None:
        import asyncio

        http = http_client or httpx.AsyncClient(timeout=_pool_timeout(config), limits=DEFAULT_LIMITS)
        sleeper = sleep or asyncio.sleep
        shared: SharedState[
            httpx.AsyncClient, Callable[[float], Awaitable[None]], asyncio.Lock, AsyncStream
        ] = SharedState.create(config, http, http_client is None, asyncio.Lock(), clock, sleeper, rand)
        attach_stores(shared, config, asynchronous=True)
        self._bind(config, shared)

    async def close(self) -> None:
        """Close the stream (if one was opened) and the connection pool (only when this client created it).

        A ``with_options`` copy closes nothing: it shares the original's connection, session and stream.
        """
        if self._close_stream():
            if self._shared.owns_http:
                await self._http.aclose()
            if self._shared.async_limiter is not None:
                await self._shared.async_limiter.close()

    async def _run_flow(self, flow: Flow) -> Any:
        try:
            request = next(flow)
            while True:
                method, url, headers, content, query = self._session_http(request)
                try:
                    response = await self._http.request(
                        method, url, headers=headers, content=content, params=query, timeout=self._timeout
                    )
                except httpx.TransportError as exc:
                    raise self._connection_error(request.operation, exc, None) from None
                request = self._advance(flow, request, response)
        except StopIteration as stop:
            return stop.value

    async def _run_flow_retrying(self, make_flow: Callable[[], Flow]) -> Any:
        """Run a fresh login or refresh flow until it succeeds or fails for a reason retrying cannot fix."""
        attempt = 0
        while True:
            try:
                return await self._run_flow(make_flow())
            except APIError as error:
                delay = self._session_retry_delay(error, attempt)
                if delay is None:
                    raise
            await self._sleep(delay)
            attempt += 1

    async def _login_locked(self) -> None:
        async def login() -> SessionTokens:
            tokens: SessionTokens = await self._run_flow_retrying(self._login)
            return tokens

        store = self._shared.async_session_store
        self._state.set(
            await login() if store is None else await store.renew(self._state.tokens, login, self._usable)
        )

    async def _refresh_locked(self, tokens: SessionTokens) -> None:
        async def renew() -> SessionTokens:
            try:
                new: SessionTokens = await self._run_flow_retrying(lambda: self._refresh_flow(tokens))
            except _REFRESH_FALLBACK:
                new = await self._run_flow_retrying(self._login)
            return new

        store = self._shared.async_session_store
        self._state.set(await renew() if store is None else await store.renew(tokens, renew, self._usable))

    async def _ensure_session(self) -> int:
        state = self._state
        if state.tokens is None or state.needs_refresh(self._clock.time()):
            async with self._lock:
                tokens = state.tokens
                if tokens is None:
                    await self._login_locked()
                elif state.needs_refresh(self._clock.time()):
                    await self._refresh_locked(tokens)
        return state.generation

    async def _reauthenticate(self, generation: int) -> None:
        async with self._lock:
            if self._state.generation != generation:
                return  # somebody renewed the session after our request went out
            tokens = self._state.tokens
            if tokens is not None and tokens.version == 3 and tokens.refresh_token:
                await self._refresh_locked(tokens)
            else:
                await self._login_locked()

    async def _observe_shared(
        self,
        limiter: AsyncRateLimiterProtocol,
        op: Operation,
        response: httpx.Response,
        error: APIStatusError | None,
        raw: bool,
    ) -> None:
        """Tell the awaited limiter what IG's answer says: an error's body and penalty, or a raw price answer.

        A parsed price answer is reported after parsing, with the model.
        """
        now = self._clock.monotonic()
        if error is None:
            if raw and op.rate_bucket == "historical":
                await limiter.observe(op, response.headers, _json_or_none(op, response), now=now)
            return
        await limiter.observe(op, response.headers, error.body, now=now)
        penalty = self._penalty(op, response, error)
        if penalty is not None:
            await limiter.penalise(*penalty, now=now)

    async def _request(
        self,
        op: Operation,
        args: Mapping[str, Any],
        *,
        cast_to: CastTo[R] | None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Any:
        prepared = self._prepare(op, args, extra_headers, timeout)
        retries = 0
        reauthed = False
        while True:
            generation = await self._ensure_session() if op.auth == "session" else self._state.generation
            shared = self._shared.async_limiter
            if self._rate_limiter is not None:
                wait = self._rate_limiter.reserve(op, self._clock.monotonic(), params=prepared.limit_params)
                if wait > 0:
                    await self._sleep(wait)
            elif shared is not None:
                wait = await shared.reserve(op, self._clock.monotonic(), params=prepared.limit_params)
                if wait > 0:
                    await self._sleep(wait)
            headers = self._attempt_headers(op, prepared)
            self._log_request(op, prepared.method, prepared.url, headers, prepared.content)
            error: APIError | None
            try:
                response = await self._http.request(
                    prepared.method,
                    prepared.url,
                    params=prepared.params,
                    content=prepared.content,
                    headers=headers,
                    timeout=prepared.timeout,
                )
            except httpx.TransportError as exc:
                error = self._connection_error(op, exc, prepared.deal_reference)
            else:
                error = self._outcome(op, prepared, response)
                if shared is not None:
                    await self._observe_shared(shared, op, response, error, prepared.raw)
                if error is None:
                    if prepared.raw:
                        self._observe_raw(op, response)
                        return AsyncAPIResponse(
                            http_response=response,
                            operation=op,
                            parser=functools.partial(
                                self._parse, op, response, cast_to, prepared.deal_reference
                            ),
                            retries_taken=retries,
                            deal_reference=prepared.deal_reference,
                        )
                    parsed = self._success(op, prepared, response, cast_to)
                    if shared is not None and op.rate_bucket == "historical":
                        await shared.observe(op, response.headers, parsed, now=self._clock.monotonic())
                    return parsed
            if self._should_reauth(op, error, reauthed):
                reauthed = True
                try:
                    await self._reauthenticate(generation)
                except SessionSetupError as exc:  # no password to log in again with: IG's refusal is the news
                    raise error from exc
                if not op.trading:
                    continue
                raise error
            delay = self._retry_delay(op, error, retries)
            if delay is None:
                raise error
            logger.debug("retrying %s in %.2fs after %s", op.python_name, delay, type(error).__name__)
            await self._sleep(delay)
            retries += 1
