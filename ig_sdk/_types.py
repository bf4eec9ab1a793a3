"""Public helper types: the NOT_GIVEN sentinel and IG's timestamp formats as real datetime types."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Annotated, Any, Final, TypeAlias, TypeVar

from pydantic import BeforeValidator, PlainSerializer

from ig_sdk._sentinel import NOT_GIVEN, NotGiven

__all__ = [
    "NOT_GIVEN",
    "NotGiven",
    "IgDateTime",
    "IgUtcDateTime",
    "IgEpochMillis",
    "IgTime",
    "IgDate",
    "IgDashDate",
    "IgColonDateTime",
    "IgSpaceDateTime",
    "IgIsoOffsetDateTime",
]

_T = TypeVar("_T")


# IG writes timestamps in several spellings; these are the ones seen across its endpoints.
_DATETIME_FORMATS: Final = (
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M:%S:%f",
    "%Y-%m-%d %H:%M:%S",
    "%Y:%m:%d-%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y/%m/%d %H:%M",
    "%d/%m/%y %H:%M",
)
_DATE_FORMATS: Final = ("%Y-%m-%d", "%Y/%m/%d", "%d/%m/%y", "%d-%m-%Y", "%d/%m/%Y", "%d-%b-%Y", "%d-%b-%y")
_TIME_FORMATS: Final = ("%H:%M:%S", "%H:%M")


def _parse_datetime(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1]
    # Fast path for the common spellings (ISO, and IG's slashed date): strptime costs ~10x more per value,
    # and a price page carries two timestamps per bar.
    if len(text) >= 19 and text[10] in "T ":
        try:
            return datetime.fromisoformat(text.replace("/", "-", 2) if text[4] == "/" else text)
        except ValueError:
            pass
    for fmt in _DATETIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return value  # let pydantic's own datetime parser produce the error message


def _parse_utc_datetime(value: Any) -> Any:
    parsed = _parse_datetime(value)
    if isinstance(parsed, datetime):
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    return parsed


def _parse_epoch_millis(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    if isinstance(value, str) and value.isdigit():
        return datetime.fromtimestamp(int(value) / 1000, tz=UTC)
    return value


def _parse_date(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return value


def _parse_time(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(value.strip(), fmt).time()
        except ValueError:
            continue
    return value


def _as_utc(value: datetime) -> datetime:
    return value if value.tzinfo is None else value.astimezone(UTC)


def _formatter(fmt: str) -> PlainSerializer:
    return PlainSerializer(lambda v: _as_utc(v).strftime(fmt) if isinstance(v, datetime) else v.strftime(fmt))


IgDateTime: TypeAlias = Annotated[datetime, BeforeValidator(_parse_datetime), _formatter("%Y-%m-%dT%H:%M:%S")]
"""A zone-less IG timestamp (the account's local time unless the field says otherwise)."""

IgUtcDateTime: TypeAlias = Annotated[
    datetime, BeforeValidator(_parse_utc_datetime), _formatter("%Y-%m-%dT%H:%M:%S")
]
"""An IG timestamp documented as UTC, parsed into an aware datetime."""

IgEpochMillis: TypeAlias = Annotated[
    datetime,
    BeforeValidator(_parse_epoch_millis),
    PlainSerializer(lambda v: int(v.timestamp() * 1000)),
]
"""Milliseconds since the Unix epoch, parsed into an aware UTC datetime."""

IgTime: TypeAlias = Annotated[time, BeforeValidator(_parse_time), _formatter("%H:%M:%S")]
"""A time of day as IG writes it (``HH:mm:ss``)."""

IgDate: TypeAlias = Annotated[date, BeforeValidator(_parse_date), _formatter("%Y-%m-%d")]
"""A calendar date."""

IgDashDate: TypeAlias = Annotated[date, BeforeValidator(_parse_date), _formatter("%d-%m-%Y")]
"""A date sent as ``dd-MM-yyyy`` (v1 history paths)."""

IgColonDateTime: TypeAlias = Annotated[
    datetime, BeforeValidator(_parse_datetime), _formatter("%Y:%m:%d-%H:%M:%S")
]
"""A date-time sent as ``yyyy:MM:dd-HH:mm:ss`` (v1 price date-range query)."""

IgSpaceDateTime: TypeAlias = Annotated[
    datetime, BeforeValidator(_parse_datetime), _formatter("%Y-%m-%d %H:%M:%S")
]
"""A date-time sent as ``yyyy-MM-dd HH:mm:ss`` (v2 price date-range path)."""


def _iso_offset(value: datetime) -> str:
    aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return aware.isoformat(timespec="milliseconds")


IgIsoOffsetDateTime: TypeAlias = Annotated[
    datetime, BeforeValidator(_parse_utc_datetime), PlainSerializer(_iso_offset)
]
"""A date-time sent as ``2024-01-05T10:00:00.000+00:00`` (costs-and-charges history path)."""
