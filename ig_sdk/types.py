"""Every type the SDK hands you: IG's request and response models and enums, IG's timestamp types, and the
client's own answers (session info, streaming credentials, exported sessions, rate-limit state), and
``Rows``, the sequence that holds a price download's bars.

``from ig_sdk.types import Direction, PositionsV2Response, SessionInfo``. Models are generated from ``spec/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ig_sdk._auth import ExportedSession, SessionInfo, StreamingCredentials
from ig_sdk._generated import models as _models
from ig_sdk._generated.models import __all__ as _models_all
from ig_sdk._pagination import OnPage, PageProgress
from ig_sdk._rate_limit import BucketName, BucketState, HistoricalState, RateLimitState
from ig_sdk._rows import Rows
from ig_sdk._timestamps import (
    IgColonDateTime,
    IgDashDate,
    IgDate,
    IgDateTime,
    IgEpochMillis,
    IgIsoOffsetDateTime,
    IgSpaceDateTime,
    IgTime,
    IgUtcDateTime,
)

__all__ = [
    *_models_all,
    "OnPage",
    "PageProgress",
    "SessionInfo",
    "StreamingCredentials",
    "ExportedSession",
    "RateLimitState",
    "BucketState",
    "HistoricalState",
    "BucketName",
    "Rows",
    "IgColonDateTime",
    "IgDashDate",
    "IgDate",
    "IgDateTime",
    "IgEpochMillis",
    "IgIsoOffsetDateTime",
    "IgSpaceDateTime",
    "IgTime",
    "IgUtcDateTime",
]

if TYPE_CHECKING:
    from ig_sdk._generated.models import *  # noqa: F403 -- this module is the public face of the generated models
else:
    # A model is read from the lazy models package when first asked for: ``from ig_sdk.types import
    # MarketDetail`` builds the models of the market details call, not all ~280 (about 80 ms of a cold start).
    def __getattr__(name: str) -> Any:
        if name not in _models_all:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_models, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return list(__all__)
