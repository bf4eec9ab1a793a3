"""IG's allowances as numbers: the spec defaults, what IG reports for an API key, and user overrides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Final, Literal

from ig_sdk._generated.rate_limits import DEFAULTS
from ig_sdk._rate_limit._access import read_field

__all__ = ["BucketName", "RateLimits", "SPEC_DEFAULTS"]

BucketName = Literal["non_trading", "trading", "application", "historical"]


@dataclass(frozen=True, slots=True)
class RateLimits:
    """A set of allowances; ``None`` means "not set here, use the next layer".

    The limiter layers three of these: user overrides win over what IG reports for the API key
    (``GET /operations/application``), which wins over the spec's published defaults.
    """

    non_trading: int | None = None
    """Non-trading requests per minute for the account (IG: ``allowanceAccountOverall``)."""
    trading: int | None = None
    """Trading requests per minute for the account (IG: ``allowanceAccountTrading``)."""
    application: int | None = None
    """Requests of any kind per minute for the API key (IG: ``allowanceApplicationOverall``)."""
    historical: int | None = None
    """Historical price points per allowance period (IG: ``allowanceAccountHistoricalData``)."""
    subscriptions: int | None = None
    """Concurrent streaming subscriptions per connection (IG: ``concurrentSubscriptionsLimit``)."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
                raise ValueError(f"rate limit {f.name!r} must be a positive integer or None, got {value!r}")

    def over(self, lower: RateLimits) -> RateLimits:
        """Return these limits with every unset value taken from ``lower``."""
        merged = {
            f.name: getattr(lower, f.name) if getattr(self, f.name) is None else getattr(self, f.name)
            for f in fields(self)
        }
        return replace(self, **merged)

    @classmethod
    def from_spec(cls, table: Mapping[str, Mapping[str, object]]) -> RateLimits:
        """Read the spec's ``x-ig-rate-limits`` table (``{"trading": {"per_minute": 100}, ...}``)."""

        def pick(bucket: str, key: str) -> int | None:
            value = table.get(bucket, {}).get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        return cls(
            non_trading=pick("non_trading", "per_minute"),
            trading=pick("trading", "per_minute"),
            application=pick("application", "per_minute"),
            historical=pick("historical", "points_per_week"),
            subscriptions=pick("subscriptions", "per_connection"),
        )

    @classmethod
    def from_application(cls, applications: object, api_key: str | None = None) -> RateLimits:
        """Read the allowances from IG's answer to ``GET /operations/application``.

        ``applications`` is that answer: a list of applications (dicts or models), or a single one. With
        several, the one whose key equals ``api_key`` is used, else the only enabled one, else the first.
        The key is only compared, never stored or shown.
        """
        entry = _choose_application(applications, api_key)
        if entry is None:
            return cls()

        def number(name: str) -> int | None:
            value = read_field(entry, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 1:
                return None
            return int(value)

        return cls(
            non_trading=number("allowanceAccountOverall"),
            trading=number("allowanceAccountTrading"),
            application=number("allowanceApplicationOverall"),
            historical=number("allowanceAccountHistoricalData"),
            subscriptions=number("concurrentSubscriptionsLimit"),
        )


def _choose_application(applications: object, api_key: str | None) -> object | None:
    if applications is None:
        return None
    # Only real sequences are lists of applications: a model or a mapping is iterable too, but is one entry.
    if not isinstance(applications, list | tuple):
        return applications
    entries: list[object] = [entry for entry in applications if entry is not None]
    if not entries:
        return None
    if api_key is not None:
        for entry in entries:
            if read_field(entry, "apiKey") == api_key:
                return entry
    enabled = [entry for entry in entries if str(read_field(entry, "status") or "").upper() == "ENABLED"]
    return enabled[0] if len(enabled) == 1 else entries[0]


SPEC_DEFAULTS: Final = RateLimits.from_spec(DEFAULTS)
"""The spec's published allowances (``x-ig-rate-limits``), used until IG reports the key's own."""
