"""Every request and response model and enum of IG's REST API, plus IG's timestamp types.

``from ig_sdk.types import Direction, PositionsV2Response``. Models are generated from ``spec/``.
"""

from __future__ import annotations

from ig_sdk._generated.models import *  # noqa: F403 -- this module is the public face of the generated models
from ig_sdk._generated.models import __all__ as _models_all
from ig_sdk._pagination import OnPage, PageProgress
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
