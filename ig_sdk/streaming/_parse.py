"""Parsers from Lightstreamer's string values to Python values, used by the generated update classes.

Every parser takes the raw value (``str``, or None for a TLCP null) and returns None for a null, an empty
string or a value it cannot read: one malformed field must not stop a live feed, and IG sends blanks for
values it does not have. They are plain functions because they run for every changed field of every update.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

__all__ = [
    "parse_decimal",
    "parse_float",
    "parse_int",
    "parse_flag",
    "parse_epoch_ms",
    "parse_time",
    "parse_string",
    "parse_trimmed",
    "enum_parser",
    "json_parser",
]

_log = logging.getLogger("ig_sdk.streaming")
_E = TypeVar("_E")
_P = TypeVar("_P")


def parse_decimal(raw: str | None) -> Decimal | None:
    """An exact number (prices, sizes, money)."""
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def parse_float(raw: str | None) -> float | None:
    """A ratio such as a percentage."""
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        return None


def parse_int(raw: str | None) -> int | None:
    """A count; IG sometimes writes integers with a ``.0`` tail."""
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        number = parse_decimal(raw)
        return int(number) if number is not None and number == number.to_integral_value() else None


def parse_flag(raw: str | None) -> bool | None:
    """IG's ``0``/``1`` flags (also tolerates ``true``/``false``)."""
    if not raw:
        return None
    text = raw.strip().lower()
    if text in ("1", "true"):
        return True
    if text in ("0", "false"):
        return False
    return None


def parse_epoch_ms(raw: str | None) -> datetime | None:
    """UTC milliseconds since the epoch as an aware datetime."""
    if not raw:
        return None
    try:
        millis = int(raw)
    except ValueError:
        try:
            millis = int(float(raw))
        except ValueError:
            return None
    try:
        return datetime.fromtimestamp(millis / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def parse_time(raw: str | None) -> time | None:
    """A time of day written ``HH:MM:SS``."""
    if not raw:
        return None
    try:
        return time.fromisoformat(raw.strip())
    except ValueError:
        return None


def parse_string(raw: str | None) -> str | None:
    """Text as sent; an empty string counts as missing."""
    return raw or None


def parse_trimmed(raw: str | None) -> str | None:
    """Text with IG's padding blanks removed."""
    if not raw:
        return None
    return raw.strip() or None


def enum_parser(enum_type: Callable[[str], _E]) -> Callable[[str | None], _E | None]:
    """A parser for an open enum: blanks are trimmed, unknown values become pseudo-members of the enum."""

    def parse(raw: str | None) -> _E | None:
        if not raw:
            return None
        text = raw.strip()
        if not text:
            return None
        try:
            return enum_type(text)
        except ValueError:
            return None

    return parse


def json_parser(load: Callable[[Any], _P], what: str) -> Callable[[str | None], _P | None]:
    """A parser for a JSON document inside a field; a document that does not parse is logged and dropped."""

    def parse(raw: str | None) -> _P | None:
        if not raw:
            return None
        try:
            document = json.loads(raw)
        except ValueError:
            _log.warning("ignored a %s value that is not JSON (%d characters)", what, len(raw))
            return None
        if document is None:
            return None
        try:
            return load(document)
        except ValueError as exc:
            _log.warning("ignored a %s document that does not fit its model: %s", what, exc)
            return None

    return parse
