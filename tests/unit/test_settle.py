"""The sans-IO core of client.trading, driven step by step with scripted answers and a fake clock."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from ig_sdk._generated.models import (
    ActivityHistoryV3Response,
    DealConfirmationV1Response,
    DealReason,
    DealReferenceResponse,
    DealStatus,
    Direction,
    PositionsV2Response,
    PositionV2Details,
    PositionV2Entry,
)
from ig_sdk.errors import (
    APIConnectionError,
    APIError,
    BadRequestError,
    DealNotFoundError,
    DealOutcomeUnknownError,
    InternalServerError,
    NotFoundError,
    SessionTokenError,
)
from ig_sdk.lib import _settle
from ig_sdk.lib._settle import Call, Intent, Pause, Reply
from tests.evidence.recordings import FOLDER
from tests.unit.conftest import FakeClock

Script = Callable[[Call], Reply]


def status_error(cls: type[Any], status: int, code: str) -> APIError:
    error: APIError = cls(
        f"HTTP {status} {code}", operation=None, status_code=status, error_code=code, body=None, response=None
    )
    return error


def drive(intent: Intent, script: Script, clock: FakeClock) -> tuple[DealConfirmationV1Response, list[Call]]:
    calls: list[Call] = []
    step = next(intent)
    while True:
        reply: Reply | None = None
        if isinstance(step, Pause):
            clock.sleep(step.seconds)
        else:
            calls.append(step)
            reply = script(step)
        try:
            step = intent.send(reply)
        except StopIteration as stop:
            return stop.value, calls


def confirmation(reference: str, status: str = "ACCEPTED") -> Reply:
    # Built without validation: the core reads only these fields, and IG's full answer is not the point here.
    fields: dict[str, Any] = {
        "deal_reference": reference,
        "deal_status": DealStatus(status),
        "deal_id": "DI1",
        "reason": DealReason.SUCCESS,
    }
    return Reply(value=DealConfirmationV1Response.model_construct(**fields))


def position(deal_id: str, size: float, direction: str) -> PositionV2Entry:
    details: dict[str, Any] = {"deal_id": deal_id, "size": size, "direction": Direction(direction)}
    entry: dict[str, Any] = {"position": PositionV2Details.model_construct(**details)}
    return PositionV2Entry.model_construct(**entry)


OPEN = {
    "epic": "CS.D.EURUSD.TODAY.IP",
    "direction": "BUY",
    "size": 1,
    "expiry": "DFB",
    "currency_code": "GBP",
}


def test_open_resends_once_after_igs_session_refusal_with_the_same_reference(clock: FakeClock) -> None:
    sent: list[Call] = []

    def script(call: Call) -> Reply:
        if call.op_id == "createOTCPositionV2":
            sent.append(call)
            if len(sent) == 1:
                return Reply(
                    error=status_error(SessionTokenError, 401, "error.security.client-token-invalid")
                )
            return Reply(value=DealReferenceResponse(deal_reference=call.args["deal_reference"]))
        return confirmation(call.args["deal_reference"])

    result, _ = drive(_settle.open_position(OPEN, clock.monotonic, 5), script, clock)
    assert str(result.deal_status) == "ACCEPTED"
    assert len(sent) == 2
    assert sent[0].args["deal_reference"] == sent[1].args["deal_reference"]


def test_a_refusal_is_raised_as_it_is_and_nothing_is_settled(clock: FakeClock) -> None:
    calls: list[str] = []

    def script(call: Call) -> Reply:
        calls.append(call.op_id)
        return Reply(error=status_error(BadRequestError, 400, "validation.null-not-allowed.request"))

    with pytest.raises(BadRequestError):
        drive(_settle.open_position(OPEN, clock.monotonic, 5), script, clock)
    assert calls == ["createOTCPositionV2"]


def test_a_lost_open_is_settled_by_its_confirmation(clock: FakeClock) -> None:
    polls: list[float] = []

    def script(call: Call) -> Reply:
        if call.op_id == "createOTCPositionV2":
            return Reply(error=APIConnectionError("dropped", operation=None))
        polls.append(clock.now)
        if len(polls) < 3:  # IG has not written the confirmation yet
            return Reply(error=status_error(DealNotFoundError, 404, "error.confirms.deal-not-found"))
        return confirmation(call.args["deal_reference"])

    result, calls = drive(_settle.open_position(OPEN, clock.monotonic, 5), script, clock)
    assert result.deal_reference == calls[0].args["deal_reference"]
    assert [c.op_id for c in calls].count("createOTCPositionV2") == 1
    assert clock.sleeps == [0.25, 0.5]


def test_no_confirmation_before_the_deadline_raises_unknown_with_every_check(clock: FakeClock) -> None:
    def script(call: Call) -> Reply:
        if call.op_id == "createOTCPositionV2":
            return Reply(error=status_error(InternalServerError, 502, "none"))
        if call.op_id == "getDealConfirmationV1":
            return Reply(error=status_error(DealNotFoundError, 404, "error.confirms.deal-not-found"))
        if call.op_id == "getPositionsV2":
            return Reply(value=PositionsV2Response.model_validate({"positions": []}))
        return Reply(
            value=ActivityHistoryV3Response.model_validate(
                {"activities": [], "metadata": {"paging": {"size": 0}}}
            )
        )

    start = clock.now
    with pytest.raises(DealOutcomeUnknownError) as caught:
        drive(_settle.open_position(OPEN, clock.monotonic, 3), script, clock)
    assert clock.now - start <= 3.0 + 1e-9  # bounded by the settle timeout
    checks = " | ".join(caught.value.checks)
    assert "not found" in checks
    assert "positions: none" in checks
    assert "activity: nothing" in checks
    assert caught.value.deal_reference


def test_a_lost_close_with_the_position_unchanged_is_unknown(clock: FakeClock) -> None:
    entry = position("DI9", 2, "BUY")

    def script(call: Call) -> Reply:
        if call.op_id == "closeOTCPositionV1":
            assert call.args["direction"] == "SELL"
            assert call.args["size"] == 2
            return Reply(error=APIConnectionError("timed out", operation=None))
        return Reply(value=entry)

    with pytest.raises(DealOutcomeUnknownError) as caught:
        drive(_settle.close_position(entry, None, {}, clock.monotonic, 2), script, clock)
    assert caught.value.deal_id == "DI9"
    assert caught.value.deal_reference is None
    assert any("size 2 (was 2)" in c for c in caught.value.checks)


def test_close_refuses_a_size_above_the_position_before_sending(clock: FakeClock) -> None:
    entry = position("DI9", 2, "SELL")
    with pytest.raises(ValueError, match="at most the position"):
        drive(_settle.close_position(entry, 3, {}, clock.monotonic, 2), lambda call: Reply(), clock)


# IG's recorded activity: the close of DIAAAADBDRWS2A4 is filed under the closing deal's own id.
RECORDED_ACTIVITY = FOLDER / "history-activity-v3-2.json"


def test_a_lost_close_of_a_gone_position_takes_igs_reference_from_the_recorded_activity(
    clock: FakeClock,
) -> None:
    history = ActivityHistoryV3Response.model_validate(json.loads(RECORDED_ACTIVITY.read_text())["body"])
    entry = position("DIAAAADBDRWS2A4", 10, "SELL")

    def script(call: Call) -> Reply:
        if call.op_id == "closeOTCPositionV1":
            return Reply(error=status_error(InternalServerError, 504, "none"))
        if call.op_id == "getPositionByDealIdV2":
            return Reply(error=status_error(NotFoundError, 404, "error.position.notfound"))
        if call.op_id == "getActivityHistoryV3":
            assert "deal_id" not in call.args  # IG files the close under another deal id
            return Reply(value=history)
        return confirmation(call.args["deal_reference"])

    result, calls = drive(_settle.close_position(entry, None, {}, clock.monotonic, 2), script, clock)
    assert result.deal_reference == "7RVM7N1E1CB21WH"
    assert [c.op_id for c in calls].count("closeOTCPositionV1") == 1
