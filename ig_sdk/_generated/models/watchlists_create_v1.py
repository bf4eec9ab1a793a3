# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel, IGResponseModel, StrEnum


class CreateWatchlistV1Request(IGRequestModel):
    """Name and optional initial markets of a new watchlist."""

    name: Annotated[
        str,
        Field(
            pattern="^[a-zA-Z0-9\\u3000-\\u303f\\u3040-\\u309f\\u30a0-\\u30ff\\uff00-\\uff9f\\u4e00-\\u9faf\\u3400-\\u4dbf\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff. _]+$"
        ),
    ]
    """The new watchlist's name: Latin letters (accented ones too), Japanese and Chinese characters, digits, spaces, dots and underscores."""

    epics: list[str] | None = None
    """Epics of the markets to put in the watchlist straight away."""


class CreateWatchlistStatus(StrEnum):
    """Whether the new watchlist received every requested market or only some of them."""

    SUCCESS = "SUCCESS"
    SUCCESS_NOT_ALL_INSTRUMENTS_ADDED = "SUCCESS_NOT_ALL_INSTRUMENTS_ADDED"


class CreateWatchlistV1Response(IGResponseModel):
    """The identifier of the new watchlist and how complete it is."""

    watchlist_id: Annotated[str, Field(alias="watchlistId")]
    """Identifier IG gave the new watchlist."""

    status: CreateWatchlistStatus | None = None
    """Whether every requested market was added."""


__all__ = [
    "CreateWatchlistStatus",
    "CreateWatchlistV1Request",
    "CreateWatchlistV1Response",
]
