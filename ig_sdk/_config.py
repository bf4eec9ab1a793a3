"""The client's configuration: one typed, frozen :class:`ClientConfig` behind both clients and ``from_env``.

How to add an option (a change to this module only)
----------------------------------------------------
1. Add a field to :class:`ClientConfig` with its default and a docstring; check its value in
   ``__post_init__`` if it can be wrong.
2. Add the same key with the same type to :class:`ClientOptions` (``tests/unit/test_config.py`` fails when
   the two disagree). The constructors of ``IGClient`` and ``AsyncIGClient``, ``from_env``, ``with_options``
   and the ``ig`` command line all take their keywords from it, so mypy checks every call site.
3. If the option may come from the environment, add a row to :data:`ENVIRONMENT` (name ``IG_SERVICE_…`` and
   a parser from the variable's text, e.g. :func:`parse_flag` for a yes/no switch).
4. If a ``with_options`` copy must not change it (it defines the session, pool or limiter the copy shares),
   add its name to :data:`SHARED_FIELDS`.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal, TypedDict

import httpx

from ig_sdk._auth import require_encryption
from ig_sdk._generated.gateways import GATEWAYS
from ig_sdk._retry import DEFAULT_MAX_RETRIES

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ig_sdk._auth import SessionVersion
    from ig_sdk._rate_limit import AsyncRateLimiterProtocol, RateLimiterProtocol

__all__ = [
    "ClientConfig",
    "ClientOptions",
    "Environment",
    "Timeout",
    "DEFAULT_TIMEOUT",
    "LONG_TIMEOUT",
    "ENVIRONMENT",
    "SHARED_FIELDS",
    "parse_flag",
]

Environment = Literal["DEMO", "LIVE"]
"""IG's two platforms: the demo (paper money) and the live (real money) gateway."""

Timeout = float | httpx.Timeout
"""A timeout in seconds, or an ``httpx.Timeout`` for per-phase control."""

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
# Price and history downloads can legitimately take a while on IG's side.
LONG_TIMEOUT: Final = httpx.Timeout(120.0, connect=10.0)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClientConfig:
    """Everything that decides how a client talks to IG; immutable, shared by the sync and async clients.

    Build one with keywords (``ClientConfig(api_key=..., username=...)``), from the environment
    (:meth:`from_env`), or let the client constructors build it from the same keywords. ``repr()`` never
    shows the password or the API key.
    """

    api_key: str = field(repr=False)
    """The application's API key (My IG > Settings > API keys)."""
    username: str | None = None
    """The IG login; None when the client only resumes exported sessions."""
    password: str | None = field(default=None, repr=False)
    """The IG password; None when the client only resumes exported sessions."""
    account_type: Environment = "DEMO"
    """Which platform: ``"DEMO"`` or ``"LIVE"`` (chooses the gateway unless ``base_url`` is given)."""
    account_id: str | None = None
    """The account to use after every login; None: IG's default account for the login."""
    base_url: str | None = None
    """Another gateway (e.g. the bundled simulator); None: IG's gateway for ``account_type``."""
    timeout: Timeout | None = None
    """Per-request timeout; None: 30 s (120 s for price and history downloads), 10 s to connect."""
    max_retries: int = DEFAULT_MAX_RETRIES
    """How many times a failed non-trading call is retried (trading calls never are)."""
    session_version: SessionVersion = 2
    """IG's login flavour: 1 and 2 use CST/X-SECURITY-TOKEN, 3 uses OAuth tokens refreshed by the client."""
    encrypt_password: bool = False
    """Send the password RSA-encrypted under IG's key (v1/v2 logins only)."""
    rate_limit: bool | RateLimiterProtocol | AsyncRateLimiterProtocol = True
    """Pace requests within IG's allowances (True), not at all (False), or with this limiter (for the async
    client also an ``AsyncRateLimiterProtocol`` one, such as ``ig_sdk.shared.AsyncRedisRateLimiter``)."""
    strict_responses: bool = False
    """Raise on any odd value or unknown enum value in an answer; by default an odd value is kept raw (see
    :func:`ig_sdk.unparsed`) and logged once, while a missing required field or an empty, non-JSON or
    wrong-kind body always raises."""
    allow_live_trading: bool = False
    """Let trading calls go out on a LIVE account (:attr:`is_live`); otherwise they raise
    ``LiveTradingNotAllowedError`` before anything is sent."""
    rate_limit_url: str | None = field(default=None, repr=False)
    """``redis://…`` (or ``rediss://``, ``unix://``): share IG's allowances with every process using this
    store (``pip install 'ig-sdk[redis]'``); None paces this process alone. Hidden in ``repr()``: it may hold
    a password."""
    share_session: bool = False
    """Keep one IG session in the ``rate_limit_url`` store for every process of the account (tokens in clear
    there: protect the store)."""
    historical_file: str | os.PathLike[str] | None = None
    """A JSON file keeping the weekly historical-price allowance across restarts (local limiter only)."""

    def __post_init__(self) -> None:
        if not self.api_key:
            raise ValueError(
                "api_key is required (IG issues it per application in My IG > Settings > API keys)"
            )
        if self.account_type not in GATEWAYS:
            raise ValueError(f"account_type must be 'DEMO' or 'LIVE', not {self.account_type!r}")
        if self.session_version not in (1, 2, 3):
            raise ValueError(f"session_version must be 1, 2 or 3, not {self.session_version!r}")
        if self.encrypt_password:
            if self.session_version == 3:
                raise ValueError("IG's v3 login takes no encrypted password; use session_version 1 or 2")
            require_encryption()  # the `encryption` extra: say so now rather than at the first login
        if self.share_session and (self.rate_limit_url is None or not self.username):
            raise ValueError(
                "share_session needs rate_limit_url (the store keeping the session) and username"
            )
        if self.rate_limit_url is not None and self.rate_limit is not True:
            raise ValueError("pass either rate_limit_url or a rate_limit, not both")
        if self.historical_file is not None and (
            self.rate_limit is not True or self.rate_limit_url is not None
        ):
            raise ValueError("historical_file is for the default local limiter (a shared store keeps it)")
        if (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise ValueError(f"max_retries must be an integer >= 0, not {self.max_retries!r}")

    @property
    def url(self) -> str:
        """The gateway every call goes to: ``base_url`` if given, else IG's for ``account_type``."""
        return (self.base_url or GATEWAYS[self.account_type]).rstrip("/")

    @property
    def is_live(self) -> bool:
        """True for real money: ``account_type="LIVE"``, or a ``base_url`` on IG's LIVE gateway host."""
        if self.account_type == "LIVE":
            return True
        return self.base_url is not None and httpx.URL(self.base_url).host == httpx.URL(GATEWAYS["LIVE"]).host

    @classmethod
    def create(cls, **options: Unpack[ClientOptions]) -> ClientConfig:
        """The configuration from keywords; a misspelled keyword is a ``TypeError`` naming the closest one."""
        _check_names(options, "ClientConfig")
        if not options.get("api_key"):
            raise ValueError(
                "api_key is required (IG issues it per application in My IG > Settings > API keys)"
            )
        return cls(**options)

    def replace(self, **changes: Unpack[ClientOptions]) -> ClientConfig:
        """A copy with ``changes`` applied (checked like the constructor)."""
        _check_names(changes, "ClientConfig.replace")
        return dataclasses.replace(self, **changes) if changes else self

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, /, **overrides: Unpack[ClientOptions]
    ) -> ClientConfig:
        """The configuration from ``IG_SERVICE_*`` variables (see :data:`ENVIRONMENT`), then ``overrides``.

        ``environ`` defaults to ``os.environ``; empty variables count as unset. Username, password and API
        key must be set, by the environment or by ``overrides``.
        """
        _check_names(overrides, "from_env")
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for name, (variable, parse) in ENVIRONMENT.items():
            text = env.get(variable)
            if text:
                try:
                    values[name] = parse(text)
                except ValueError as exc:
                    raise ValueError(f"environment variable {variable}: {exc}") from None
        values.update(overrides)
        for name in ("username", "password", "api_key"):
            if not values.get(name):
                raise ValueError(f"environment variable {ENVIRONMENT[name][0]} is not set")
        return cls(**values)  # type: ignore[arg-type]  # keys checked above, values parsed per field


class ClientOptions(TypedDict, total=False):
    """The keywords of :class:`ClientConfig`, for ``**options`` parameters that mypy checks."""

    api_key: str
    username: str | None
    password: str | None
    account_type: Environment
    account_id: str | None
    base_url: str | None
    timeout: Timeout | None
    max_retries: int
    session_version: SessionVersion
    encrypt_password: bool
    rate_limit: bool | RateLimiterProtocol | AsyncRateLimiterProtocol
    strict_responses: bool
    allow_live_trading: bool
    rate_limit_url: str | None
    share_session: bool
    historical_file: str | os.PathLike[str] | None


def parse_flag(text: str) -> bool:
    """A yes/no environment variable: ``1/true/yes/on`` or ``0/false/no/off`` (any case)."""
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{text!r} is not 1 or 0 (true/false, yes/no, on/off)")


ENVIRONMENT: Final[Mapping[str, tuple[str, Callable[[str], object]]]] = {
    "username": ("IG_SERVICE_USERNAME", str),
    "password": ("IG_SERVICE_PASSWORD", str),
    "api_key": ("IG_SERVICE_API_KEY", str),
    "account_type": ("IG_SERVICE_ACC_TYPE", str.upper),
    "account_id": ("IG_SERVICE_ACC_NUMBER", str),
    "base_url": ("IG_SERVICE_BASE_URL", str),
    "allow_live_trading": ("IG_SERVICE_ALLOW_LIVE_TRADING", parse_flag),
    "rate_limit_url": ("IG_SERVICE_RATE_LIMIT_URL", str),
}
"""Field name -> (environment variable, parser). The names are trading-ig's, so existing set-ups work."""

SHARED_FIELDS: Final = frozenset(
    {
        "api_key",
        "username",
        "password",
        "account_type",
        "account_id",
        "base_url",
        "session_version",
        "encrypt_password",
        "rate_limit",
        "rate_limit_url",
        "share_session",
        "historical_file",
    }
)
"""Fields a ``with_options`` copy cannot change: they define the session, pool and limiter it shares."""

_FIELDS: Final = tuple(f.name for f in dataclasses.fields(ClientConfig))


def _check_names(options: Mapping[str, object], where: str) -> None:
    for name in options:
        if name not in _FIELDS:
            import difflib  # only a misspelt option pays for the suggestion

            close = difflib.get_close_matches(name, _FIELDS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TypeError(f"{where}() got an unexpected keyword argument {name!r}{hint}")
