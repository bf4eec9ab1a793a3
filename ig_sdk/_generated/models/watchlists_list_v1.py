# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGResponseModel


class Watchlist(IGResponseModel):
    """A watchlist's identity and what the client may do with it."""

    id: str | None = None
    """The identifier to use in the watchlist calls."""

    name: str | None = None
    """The watchlist's display name."""

    editable: bool | None = None
    """True when markets may be added to or removed from it."""

    deleteable: bool | None = None
    """True when the client may delete it."""

    default_system_watchlist: Annotated[bool | None, Field(alias="defaultSystemWatchlist")] = None
    """True for lists IG predefines rather than ones the client made."""


class WatchlistsV1Response(IGResponseModel):
    """The watchlists of the active account."""

    watchlists: list[Watchlist] | None = None
    """One entry per watchlist."""


__all__ = [
    "Watchlist",
    "WatchlistsV1Response",
]
