"""ig-sdk: a typed client for IG Markets' REST and streaming APIs.

``import ig_sdk`` stays cheap: the clients, models and generated resources load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ig_sdk import errors, operations, types
    from ig_sdk._client import AsyncIGClient, IGClient
    from ig_sdk._clock import Clock, SystemClock
    from ig_sdk._config import ClientConfig, ClientOptions, Environment, Timeout
    from ig_sdk._rate_limit import RateLimiter, RateLimiterProtocol, RateLimits
    from ig_sdk._response import APIResponse, AsyncAPIResponse
    from ig_sdk._response_policy import unparsed
    from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = [
    "AsyncIGClient",
    "IGClient",
    "ClientConfig",
    "ClientOptions",
    "Environment",
    "Clock",
    "SystemClock",
    "Timeout",
    "RateLimiter",
    "RateLimiterProtocol",
    "RateLimits",
    "APIResponse",
    "AsyncAPIResponse",
    "NOT_GIVEN",
    "NotGiven",
    "__version__",
    "errors",
    "operations",
    "types",
    "unparsed",
]

_LAZY = {
    "IGClient": "ig_sdk._client",
    "AsyncIGClient": "ig_sdk._client",
    "ClientConfig": "ig_sdk._config",
    "ClientOptions": "ig_sdk._config",
    "Environment": "ig_sdk._config",
    "Clock": "ig_sdk._clock",
    "SystemClock": "ig_sdk._clock",
    "Timeout": "ig_sdk._config",
    "RateLimiter": "ig_sdk._rate_limit",
    "RateLimiterProtocol": "ig_sdk._rate_limit",
    "RateLimits": "ig_sdk._rate_limit",
    "APIResponse": "ig_sdk._response",
    "AsyncAPIResponse": "ig_sdk._response",
    "NOT_GIVEN": "ig_sdk._sentinel",
    "NotGiven": "ig_sdk._sentinel",
    "unparsed": "ig_sdk._response_policy",
}
_SUBMODULES = {"errors", "operations", "types", "resources", "testing", "streaming"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f"ig_sdk.{name}")
    raise AttributeError(f"module 'ig_sdk' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(__all__) | _SUBMODULES)
