"""Watchlists: the built-in ones are read-only, those made over the API can be edited and deleted."""

from __future__ import annotations

from typing import Any

from .._catalogue import CATALOGUE
from .._errors import ApiError
from ._dispatch import Ctx, route
from ._format import require
from ._market_summary import market_summary


def _watchlist(ctx: Ctx) -> tuple[str, list[str], bool]:
    found = ctx.engine.watchlists.get(ctx.path["watchlistId"])
    if found is None:
        raise ApiError(400, "error.watchlists.management.watchlist-not-found")
    return found


@route("GET", "/watchlists", 1, "getWatchlistsV1")
def watchlists(ctx: Ctx) -> Any:
    return {
        "watchlists": [
            {
                "id": wid,
                "name": name,
                "editable": editable,
                "deleteable": editable,
                "defaultSystemWatchlist": not editable,
            }
            for wid, (name, _, editable) in ctx.engine.watchlists.items()
        ]
    }


@route("POST", "/watchlists", 1, "createWatchlistV1")
def create_watchlist(ctx: Ctx) -> Any:
    require(ctx.body, "name")
    name = str(ctx.body["name"])
    if any(existing == name for existing, _, _ in ctx.engine.watchlists.values()):
        raise ApiError(400, "error.watchlists.management.duplicate-name")
    epics = [str(e) for e in ctx.body.get("epics") or []]
    known = [e for e in epics if e in CATALOGUE]
    ctx.engine._watchlist_counter += 1
    watchlist_id = str(1_000_000 + ctx.engine._watchlist_counter)
    ctx.engine.watchlists[watchlist_id] = (name, known, True)
    return {
        "watchlistId": watchlist_id,
        "status": "SUCCESS" if len(known) == len(epics) else "SUCCESS_NOT_ALL_INSTRUMENTS_ADDED",
    }


@route("GET", "/watchlists/{watchlistId}", 1, "getWatchlistByWatchlistIdV1")
def watchlist(ctx: Ctx) -> Any:
    return {"markets": [market_summary(ctx, CATALOGUE[e]) for e in _watchlist(ctx)[1]]}


@route("PUT", "/watchlists/{watchlistId}", 1, "updateWatchlistMarketV1")
def add_to_watchlist(ctx: Ctx) -> Any:
    require(ctx.body, "epic")
    _, epics, editable = _watchlist(ctx)
    epic = str(ctx.body["epic"])
    if epic not in CATALOGUE:
        raise ApiError(404, "error.service.watchlists.add-instrument.invalid-epic")
    if not editable:
        raise ApiError(403, "error.watchlists.management.error")
    if epic not in epics:
        epics.append(epic)
    return {"status": "SUCCESS"}


@route("DELETE", "/watchlists/{watchlistId}", 1, "deleteWatchlistV1")
def delete_watchlist(ctx: Ctx) -> Any:
    if not _watchlist(ctx)[2]:
        raise ApiError(403, "error.watchlists.management.cannot-delete-watchlist")
    del ctx.engine.watchlists[ctx.path["watchlistId"]]
    return {"status": "SUCCESS"}


@route("DELETE", "/watchlists/{watchlistId}/{epic}", 1, "deleteWatchlistMarketV1")
def remove_from_watchlist(ctx: Ctx) -> Any:
    _, epics, editable = _watchlist(ctx)
    if not editable or ctx.path["epic"] not in epics:
        raise ApiError(404, "error.watchlists.management.error")
    epics.remove(ctx.path["epic"])
    return {"status": "SUCCESS"}
