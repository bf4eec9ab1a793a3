"""The strptime-free paths for IG's common timestamp spellings read exactly what strptime reads."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ig_sdk._timestamps import _parse_date, _parse_datetime, _parse_time, _parse_utc_datetime


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("2026-11-30T03:57:29", "%Y-%m-%dT%H:%M:%S"),
        ("2026/11/30 03:57:29", "%Y/%m/%d %H:%M:%S"),
        ("2026-11-30 03:57:29", "%Y-%m-%d %H:%M:%S"),
        ("2026/11/30 03:57:29:000", "%Y/%m/%d %H:%M:%S:%f"),
        ("2026/11/30 03:57:29:123", "%Y/%m/%d %H:%M:%S:%f"),
        ("2026-11-30T03:57:29.5", "%Y-%m-%dT%H:%M:%S.%f"),
        ("2029-04-06T21:00", "%Y-%m-%dT%H:%M"),
        ("2029/04/06 21:00", "%Y/%m/%d %H:%M"),
    ],
)
def test_fast_spellings_match_strptime(text: str, fmt: str) -> None:
    expected = datetime.strptime(text, fmt)
    assert _parse_datetime(text) == expected
    assert _parse_utc_datetime(text) == expected.replace(tzinfo=UTC)
    assert _parse_utc_datetime(text).tzinfo is UTC


def test_times_and_dates_match_strptime() -> None:
    assert _parse_time("03:57:29") == datetime.strptime("03:57:29", "%H:%M:%S").time()
    assert _parse_time("23:59") == datetime.strptime("23:59", "%H:%M").time()
    assert _parse_date("2024-02-29") == datetime(2024, 2, 29).date()
    assert _parse_date("2023-02-29") == "2023-02-29"  # not a date: left for pydantic to refuse
