"""Endpoints the simulator answers without modelling them: repeat dealing and the data lookup."""

from __future__ import annotations

from typing import Any

from .._errors import ApiError
from ._dispatch import Ctx, route


@route("GET", "/repeat-dealing-window", 1, "getRepeatDealingWindowV1")
def repeat_dealing_window(ctx: Ctx) -> Any:
    # Repeat-dealing restrictions are not modelled: the window is always empty.
    return {
        "accountId": ctx.account_id,
        "requestStartTime": int(ctx.now * 1000),
        "repeatDealingEntryList": [],
    }


@route("GET", "/data/{id}", 1, "getDataByIdV1")
def data_by_id(ctx: Ctx) -> Any:
    raise ApiError(404, "invalid.url")
