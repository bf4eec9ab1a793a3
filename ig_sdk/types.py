"""Every type the SDK hands you: IG's request and response models and enums, IG's timestamp types, and the
client's own answers (session info, streaming credentials, exported sessions, rate-limit state), and
``Rows``, the sequence that holds a price download's bars.

``from ig_sdk.types import Direction, PositionsV2Response, SessionInfo``. Models are generated from ``spec/``.
"""

from __future__ import annotations

from ig_sdk._auth import ExportedSession, SessionInfo, StreamingCredentials
from ig_sdk._generated.models import *  # noqa: F403 -- this module is the public face of the generated models
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
