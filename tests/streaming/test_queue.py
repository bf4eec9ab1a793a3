"""Flow control: conflation for MERGE, bounded DISTINCT queues with counted, reported overflow."""

from __future__ import annotations

import asyncio
import threading

import pytest

from ig_sdk.streaming import StreamClosedError, StreamOverflowError
from ig_sdk.streaming._events import GapReason
from ig_sdk.streaming._queue import Mark, OverflowPolicy, QueueDrainedError, UpdateQueue


def test_merge_conflates_latest_wins_and_keeps_every_changed_field() -> None:
    q = UpdateQueue(conflate=True)
    q.put("A", True, {1: "1", 2: "x"})
    for i in range(2, 1001):
        q.put("A", False, {1: str(i)})
    q.put("B", False, {1: "b"})
    assert len(q) == 2
    first = q.get_nowait()
    assert first is not None
    assert first.item == "A"
    assert first.changed == {1: "1000", 2: "x"}
    assert first.snapshot is False  # it absorbed live updates
    assert q.conflated == 999
    second = q.get_nowait()
    assert second is not None
    assert second.item == "B"
    assert q.get_nowait() is None


def test_distinct_keeps_every_update_within_capacity() -> None:
    q = UpdateQueue(conflate=False, capacity=5000)
    for i in range(5000):
        q.put("T", False, {1: str(i)})
    got = [q.get_nowait() for _ in range(5000)]
    assert [u.changed[1] for u in got if u is not None] == [str(i) for i in range(5000)]
    assert q.dropped == 0


def test_drop_oldest_counts_reports_and_folds_values_forward() -> None:
    reported: list[int] = []
    q = UpdateQueue(conflate=False, capacity=2, on_overflow=reported.append)
    q.put("T", False, {1: "a", 2: "only-in-first"})
    q.put("T", False, {1: "b"})
    q.put("T", False, {1: "c"})
    assert q.dropped == 1
    assert reported == [1]
    gap = q.get_nowait()  # where the dropped update was, the consumer learns of the loss
    assert gap is not None
    assert gap.mark is not None
    assert (gap.mark.kind, gap.mark.reason, gap.mark.lost) == ("gap", GapReason.OVERFLOW, 1)
    first = q.get_nowait()
    assert first is not None
    assert first.changed == {1: "b", 2: "only-in-first"}
    for value in "def":  # two more losses in a row: one gap that grows
        q.put("T", False, {1: value})
    assert [u.mark.lost if u and u.mark else None for u in (q.get_nowait(), q.get_nowait())] == [2, None]


def test_marks_travel_in_order_and_drain_stops_at_the_next_mark() -> None:
    q = UpdateQueue(conflate=False)
    q.put("T", False, {1: "a"})
    q.put_mark("T", Mark("gap", 1.0, 2.0, GapReason.NEW_SESSION))
    q.put("T", False, {1: "b"})
    assert [u.changed for u in q.drain_updates()] == [{1: "a"}]
    assert q.drain_updates() == []
    mark = q.get_nowait()
    assert mark is not None
    assert mark.mark is not None
    assert mark.mark.reason is GapReason.NEW_SESSION
    merge = UpdateQueue(conflate=True)
    merge.put_mark("P", Mark("gap", 1.0, 2.0))  # MERGE items re-send their state: no gaps there
    assert len(merge) == 0


def test_drop_newest_carries_values_to_the_next_update() -> None:
    q = UpdateQueue(conflate=False, capacity=1, policy=OverflowPolicy.DROP_NEWEST)
    q.put("T", False, {1: "a"})
    q.put("T", False, {1: "b", 2: "z"})
    assert q.dropped == 1
    assert q.get_nowait() is not None
    gap = q.get_nowait()
    assert gap is not None
    assert gap.mark is not None
    assert gap.mark.reason is GapReason.OVERFLOW
    q.put("T", False, {1: "c"})
    last = q.get_nowait()
    assert last is not None
    assert last.changed == {1: "c", 2: "z"}


def test_raise_policy_ends_with_overflow_error_after_queued_updates() -> None:
    q = UpdateQueue(conflate=False, capacity=1, policy=OverflowPolicy.RAISE)
    q.put("T", False, {1: "a"})
    q.put("T", False, {1: "b"})
    assert q.get_nowait() is not None
    with pytest.raises(StreamOverflowError):
        q.get_nowait()


def test_close_wakes_a_blocked_consumer() -> None:
    q = UpdateQueue(conflate=True)
    outcome: list[BaseException] = []

    def consume() -> None:
        try:
            q.get(timeout=5)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=consume)
    thread.start()
    q.close(StreamClosedError("bye"))
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert isinstance(outcome[0], StreamClosedError)


def test_plain_close_drains_then_ends() -> None:
    q = UpdateQueue(conflate=True)
    q.put("A", False, {1: "x"})
    q.close()
    assert q.get(timeout=0.1) is not None
    with pytest.raises(QueueDrainedError):
        q.get(timeout=0.1)


def test_capacity_must_be_positive() -> None:
    with pytest.raises(ValueError, match="capacity"):
        UpdateQueue(conflate=False, capacity=0)


@pytest.mark.asyncio
async def test_async_consumer_is_woken_from_another_thread() -> None:
    q = UpdateQueue(conflate=False)
    waiter = asyncio.ensure_future(asyncio.wait_for(q.get_async(), 5))
    await asyncio.sleep(0.01)
    threading.Thread(target=lambda: q.put("T", False, {1: "v"})).start()
    update = await waiter
    assert update.changed == {1: "v"}
