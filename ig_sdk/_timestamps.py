"""IG's timestamp spellings as real datetime types (public through ``ig_sdk.types``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Annotated, Any, Final, TypeAlias, TypeVar

from pydantic import BeforeValidator, PlainSerializer

__all__ = [
    "IgDateTime",
    "IgUtcDateTime",
    "IgEpochMillis",
    "IgTime",
    "IgDate",
    "IgDashDate",
    "IgColonDateTime",
    "IgSpaceDateTime",
    "IgIsoOffsetDateTime",
    "IgGoodTill",
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


# A count of milliseconds has at least this many digits when it is a time since the epoch (2001 onwards).
_EPOCH_MILLIS_DIGITS: Final = 12
_DAY_MILLIS: Final = 86_400_000


def _epoch_millis(value: Any) -> datetime | None:
    """IG's epoch-millisecond spelling (a JSON number or a string of digits), or None for anything else."""
    if isinstance(value, int) and not isinstance(value, bool):
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return datetime.fromtimestamp(int(value) / 1000, tz=UTC)
    return None


_from_iso: Final = datetime.fromisoformat


def _parse_datetime(value: Any) -> Any:
    # IG's two 19-character spellings first: a page of price bars carries two timestamps per bar.
    if type(value) is str and len(value) == 19 and value[10] in "T ":
        try:
            return _from_iso(value.replace("/", "-", 2) if value[4] == "/" else value)
        except ValueError:
            pass
    # Epoch milliseconds name an instant, so they parse aware (UTC) even in a field of local times.
    if isinstance(value, int) and not isinstance(value, bool):
        return _epoch_millis(value)
    if not isinstance(value, str):
        return value
    text = value.strip()
    if len(text) >= _EPOCH_MILLIS_DIGITS and text.isdigit():
        return _epoch_millis(text)
    if text.endswith("Z"):
        text = text[:-1]
    # Fast path for the common spellings (ISO, and IG's slashed date): strptime costs ~10x more per value,
    # and a price page carries two timestamps per bar.
    if len(text) >= 16 and text[10] in "T ":  # down to minutes: yyyy-MM-ddTHH:mm
        iso = text.replace("/", "-", 2) if text[4] == "/" else text
        if len(iso) > 20 and iso[19] == ":":  # IG's "yyyy/MM/dd HH:mm:ss:SSS" (positions, activity)
            iso = f"{iso[:19]}.{iso[20:]}"
        try:
            return _from_iso(iso)
        except ValueError:
            pass
    for fmt in _DATETIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return value  # let pydantic's own datetime parser produce the error message


def _parse_utc_datetime(value: Any) -> Any:
    if type(value) is str and len(value) == 19 and value[10] == "T" and value[4] == "-":
        try:  # one C call: datetime.replace(tzinfo=...) costs several times the parse
            return _from_iso(value + "+00:00")
        except ValueError:
            pass
    parsed = _parse_datetime(value)
    if isinstance(parsed, datetime):
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    return parsed


def _parse_epoch_millis(value: Any) -> Any:
    if isinstance(value, float):
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    moment = _epoch_millis(value)
    # IG has been seen writing a field documented as epoch ms as a date-time instead.
    return moment if moment is not None else _parse_utc_datetime(value)


def _parse_date(value: Any) -> Any:
    if type(value) is str and len(value) == 10 and value[4] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    if not isinstance(value, str | int) or isinstance(value, bool):
        return value
    if isinstance(value, str):
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(value.strip(), fmt).date()
            except ValueError:
                continue
    # A date field written as a date-time or as epoch ms (the application's createdDate has been both).
    parsed = _parse_datetime(value)
    return parsed.date() if isinstance(parsed, datetime) else value


def _parse_time(value: Any) -> Any:
    if type(value) is str and len(value) == 8 and value[2] == ":":
        try:  # strptime, with its locale lookups, costs ~50x more
            return time.fromisoformat(value)
        except ValueError:
            pass
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.lstrip("-").isdigit():
        # IG writes a market's update time as a millisecond offset when it has no recent price
        # (marketnavigation-node-v1-1: "-3600000", -3: "75600000"): milliseconds from midnight, wrapped.
        millis = int(text) % _DAY_MILLIS
        return time(millis // 3_600_000, millis // 60_000 % 60, millis // 1000 % 60, millis % 1000 * 1000)
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(text, fmt).time()
        except ValueError:
            continue
    parsed = _parse_datetime(text)  # a full timestamp where a time of day is documented
    return parsed.time() if isinstance(parsed, datetime) else value


_GOOD_TILL_CANCELLED: Final = frozenset({"GTC", "GOOD_TILL_CANCELLED", "-", ""})


def _parse_good_till(value: Any) -> Any:
    if isinstance(value, str) and value.strip().upper() in _GOOD_TILL_CANCELLED:
        return None
    return _parse_datetime(value)


# The 19-character spellings IG writes on every price bar (``2024/01/05 10:00:00``, ``2024-01-05T10:00:00``,
# and with either separator) for real dates only: every string this matches is one that the parsers below
# turn into a datetime on their fast path. ``ig_sdk._rows`` checks long lists against it without parsing.
# February 29th is left out (leap years are beyond a pattern): such a row is then validated the slow way.
_MONTH_DAY: Final = (  # {sep} between month and day; real days of each month
    r"(?:(?:0[13578]|1[02]){sep}(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0[469]|11){sep}(?:0[1-9]|[12]\d|30)"
    r"|02{sep}(?:0[1-9]|1\d|2[0-8]))"
)
ISO_SECONDS_PATTERN: Final = (
    r"^[1-9]\d{3}"
    + f"(?:-{_MONTH_DAY.format(sep='-')}|/{_MONTH_DAY.format(sep='/')})"
    + r"[T ](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d$"
)
ISO_SECONDS_PARSERS: Final[frozenset[Callable[[Any], Any]]] = frozenset(
    {_parse_datetime, _parse_utc_datetime}
)
"""The parsers (``IgDateTime``, ``IgUtcDateTime``) that take every string ``ISO_SECONDS_PATTERN`` matches."""


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

IgGoodTill: TypeAlias = Annotated[
    datetime | None, BeforeValidator(_parse_good_till), _formatter("%Y/%m/%d %H:%M")
]
"""When an order lapses; ``None`` for good-till-cancelled, which IG writes as null or as ``GTC``."""

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
