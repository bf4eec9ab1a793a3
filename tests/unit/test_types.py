"""IG's timestamp spellings parse into real datetimes and go back out in each endpoint's own format."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from pydantic import TypeAdapter

from ig_sdk._sentinel import NOT_GIVEN, NotGiven
from ig_sdk._types import (
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
    ],
)
def test_ig_datetime_spellings(text: str, expected: datetime) -> None:
    assert TypeAdapter(IgDateTime).validate_python(text) == expected


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
