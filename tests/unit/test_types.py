"""IG's timestamp spellings parse into real datetimes and go back out in each endpoint's own format."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from pydantic import TypeAdapter

from ig_sdk._sentinel import NOT_GIVEN, NotGiven
from ig_sdk._timestamps import (
    IgColonDateTime,
    IgDashDate,
    IgDate,
    IgDateTime,
    IgEpochMillis,
    IgGoodTill,
    IgIsoOffsetDateTime,
    IgSpaceDateTime,
    IgTime,
    IgUtcDateTime,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024/01/05 10:00:00", datetime(2024, 1, 5, 10)),
        ("2024/01/05 10:00:00:123", datetime(2024, 1, 5, 10, 0, 0, 123000)),
        ("2024-01-05T10:00:00", datetime(2024, 1, 5, 10)),
        ("2024-01-05T10:00:00.250", datetime(2024, 1, 5, 10, 0, 0, 250000)),
        ("2024-01-05 10:00:00", datetime(2024, 1, 5, 10)),
        ("2024:01:05-10:00:00", datetime(2024, 1, 5, 10)),
        ("2024/01/05 10:00", datetime(2024, 1, 5, 10)),
        ("05/01/24 16:00", datetime(2024, 1, 5, 16)),
        # every spelling of the recordings' README, quirks 2, 4 and 7
        ("2023-10-30T16:53:56.4", datetime(2023, 10, 30, 16, 53, 56, 400000)),
        ("2026-02-24T16:23:38.16", datetime(2026, 2, 24, 16, 23, 38, 160000)),
        ("2022-05-20T10:09:07.865", datetime(2022, 5, 20, 10, 9, 7, 865000)),
        ("2024/06/15 01:41:01:000", datetime(2024, 6, 15, 1, 41, 1)),
        ("2029-04-06T15:30", datetime(2029, 4, 6, 15, 30)),
        ("2024/03/14 23:59", datetime(2024, 3, 14, 23, 59)),
        ("06/04/29 21:00", datetime(2029, 4, 6, 21)),
        ("2024-01-05T10:00:00Z", datetime(2024, 1, 5, 10)),
    ],
)
def test_ig_datetime_spellings(text: str, expected: datetime) -> None:
    assert TypeAdapter(IgDateTime).validate_python(text) == expected


def test_epoch_millis_in_a_local_field_is_an_aware_instant() -> None:
    expected = datetime(2024, 1, 5, 10, tzinfo=UTC)
    assert TypeAdapter(IgDateTime).validate_python(1704448800000) == expected
    assert TypeAdapter(IgDateTime).validate_python("1704448800000") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-3600000", time(23)),  # marketnavigation-node-v1-1
        ("75600000", time(21)),  # marketnavigation-node-v1-3
        ("0", time(0)),
        ("14:27", time(14, 27)),  # history-activity-v1-1
        ("2024-01-05T10:00:05", time(10, 0, 5)),
    ],
)
def test_time_of_day_spellings(text: str, expected: time) -> None:
    assert TypeAdapter(IgTime).validate_python(text) == expected


@pytest.mark.parametrize("text", ["GTC", "gtc", "-", None])
def test_good_till_cancelled_is_none(text: str | None) -> None:
    assert TypeAdapter(IgGoodTill).validate_python(text) is None


def test_good_till_date_spellings() -> None:
    adapter = TypeAdapter(IgGoodTill)
    assert adapter.validate_python("2024/03/14 23:59") == datetime(2024, 3, 14, 23, 59)
    assert adapter.validate_python("07/06/24 16:00") == datetime(2024, 6, 7, 16)


def test_date_fields_take_every_date_spelling() -> None:
    adapter = TypeAdapter(IgDate)
    for text in ("2024-01-05", "2024/01/05", "05/01/24", "05-01-2024", "05-Jan-2024", "2024-01-05T10:00:00"):
        assert adapter.validate_python(text) == date(2024, 1, 5), text
    assert adapter.validate_python(1704448800000) == date(2024, 1, 5)


def test_utc_datetimes_are_aware() -> None:
    parsed = TypeAdapter(IgUtcDateTime).validate_python("2024-01-05T10:00:00Z")
    assert parsed == datetime(2024, 1, 5, 10, tzinfo=UTC)
    shifted = TypeAdapter(IgUtcDateTime).validate_python("2024-01-05T11:00:00+01:00")
    assert shifted == parsed
    assert shifted.tzinfo is UTC


def test_epoch_millis() -> None:
    adapter = TypeAdapter(IgEpochMillis)
    assert adapter.validate_python(1704448800000) == datetime(2024, 1, 5, 10, tzinfo=UTC)
    assert adapter.validate_python("1704448800000") == datetime(2024, 1, 5, 10, tzinfo=UTC)
    assert adapter.validate_python("2024-01-05T10:00:00") == datetime(2024, 1, 5, 10, tzinfo=UTC)
    assert adapter.dump_python(datetime(2024, 1, 5, 10, tzinfo=UTC)) == 1704448800000


def test_dates_and_times() -> None:
    assert TypeAdapter(IgDate).validate_python("05-Jan-2024") == date(2024, 1, 5)
    assert TypeAdapter(IgDate).validate_python("05/01/24") == date(2024, 1, 5)
    assert TypeAdapter(IgTime).validate_python("16:05:09") == time(16, 5, 9)
    assert TypeAdapter(IgTime).validate_python("16:05") == time(16, 5)


@pytest.mark.parametrize(
    ("kind", "value", "wire"),
    [
        (IgDateTime, datetime(2024, 1, 5, 10), "2024-01-05T10:00:00"),
        (IgColonDateTime, datetime(2024, 1, 5, 10), "2024:01:05-10:00:00"),
        (IgSpaceDateTime, datetime(2024, 1, 5, 10), "2024-01-05 10:00:00"),
        (IgDashDate, date(2024, 1, 5), "05-01-2024"),
        (IgIsoOffsetDateTime, datetime(2024, 1, 5, 10), "2024-01-05T10:00:00.000+00:00"),
        (
            IgIsoOffsetDateTime,
            datetime(2024, 1, 5, 11, tzinfo=timezone(timedelta(hours=1))),
            "2024-01-05T10:00:00.000+00:00",
        ),
    ],
)
def test_each_request_format_is_sent_as_the_endpoint_expects(kind: Any, value: Any, wire: str) -> None:
    assert TypeAdapter(kind).dump_python(value, mode="json") == wire


def test_garbage_is_a_validation_error_not_a_crash() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        TypeAdapter(IgDateTime).validate_python("next tuesday")


def test_not_given_is_a_falsy_singleton() -> None:
    assert NotGiven() is NOT_GIVEN
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
