"""Small helpers every area shares: IG's timestamp formats and its 400 answers to malformed input."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .._catalogue import CATALOGUE, Instrument
from .._clock import from_uk_time, uk_time
from .._errors import ApiError


def ts(when: float, fmt: str = "%Y-%m-%dT%H:%M:%S") -> str:
    """A UTC timestamp in one of IG's many formats."""
    return datetime.fromtimestamp(when, tz=UTC).strftime(fmt)


def local_ts(when: float, fmt: str) -> str:
    """A timestamp in the account's local (UK) time, as IG writes the fields without ``UTC`` in their name."""
    return uk_time(when).strftime(fmt)


def parse_local_time(value: str, *formats: str) -> float:
    """Epoch seconds of a UK wall-clock time written in the first of the formats that fits."""
    return from_uk_time(datetime.fromtimestamp(parse_time(value, *formats), tz=UTC).replace(tzinfo=None))


def require(body: dict[str, Any], *names: str) -> None:
    """Refuse a body that lacks any of the named fields, naming the first one as IG does; an empty body (as
    after a real HTTP DELETE, whose body IG drops) is refused as a whole."""
    if not body:
        raise ApiError(400, "validation.null-not-allowed.request")
    for name in names:
        if body.get(name) is None:
            raise ApiError(400, f"validation.null-not-allowed.request.{name}")


def check_enum(body: dict[str, Any], name: str, allowed: tuple[str, ...]) -> None:
    """Refuse a field whose value is not one of the allowed constants."""
    if body.get(name) is not None and body[name] not in allowed:
        raise ApiError(400, "invalid.input")


def check_numbers(body: dict[str, Any], *names: str) -> None:
    """Refuse named fields that are present but not JSON numbers (booleans included)."""
    for name in names:
        value = body.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise ApiError(400, "invalid.input")


def int_param(query: dict[str, str], name: str, default: int) -> int:
    """An integer path or query parameter, or the default when it is absent."""
    try:
        return int(query.get(name, default))
    except ValueError as exc:
        raise ApiError(400, "invalid.input") from exc


def parse_time(value: str, *formats: str) -> float:
    """Epoch seconds of a UTC time written in the first of the formats that fits (a trailing ``Z`` allowed,
    as IG takes ``2021-01-15T00:00:00.000Z``; other offsets are refused, as IG refuses them)."""
    value = value.removesuffix("Z")
    for fmt in formats:
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=UTC).timestamp()
        except ValueError:
            continue
    raise ApiError(400, "error.malformed.date")


def find_instrument(
    epic: str, code: str = "error.public-api.epic-not-found", status: int = 404
) -> Instrument:
    """The catalogue's instrument for an epic, or the given error when there is none."""
    instrument = CATALOGUE.get(epic)
    if instrument is None:
        raise ApiError(status, code)
    return instrument


_SYMBOLS = {"GBP": "£", "EUR": "E", "USD": "$", "AUD": "A$", "JPY": "¥"}


def currency_symbol(code: str | None) -> str:
    """IG's currency symbol for an ISO code (``E`` for euros, as IG writes it), else the code itself."""
    if code is None:
        return "-"
    return _SYMBOLS.get(code, code)


DIRECTIONS = ("BUY", "SELL")
"""The two deal directions IG accepts."""
