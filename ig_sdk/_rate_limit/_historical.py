"""IG's historical price allowance: data points per period, reported back by every price response.

IG counts price points, not requests, and once they are spent price downloads fail until the period ends
(days, for the weekly allowance). So the limiter estimates each price request's points from its arguments,
refuses up front a request that cannot fit in what is left, and takes the truth from the ``allowance`` block
each price response carries (``remainingAllowance``, ``totalAllowance``, ``allowanceExpiry``).
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Final, Protocol

from ig_sdk._rate_limit._access import normalise_name, read_field
from ig_sdk._sentinel import NotGiven
from ig_sdk.errors import PricePointsExceedAllowanceError

if TYPE_CHECKING:
    from ig_sdk._operation_record import Operation

__all__ = [
    "PricePointsExceedAllowanceError",
    "HistoricalAllowance",
    "HistoricalStore",
    "AllowanceReport",
    "estimate_points",
    "read_allowance",
]

# IG's documented defaults for GET /prices/{epic} (VERSION 3) when the caller leaves them out.
_DEFAULT_MAX: Final = 10
_DEFAULT_PAGE_SIZE: Final = 20
_DEFAULT_RESOLUTION: Final = "MINUTE"

_UNIT_SECONDS: Final = {
    "SECOND": 1,
    "MINUTE": 60,
    "HOUR": 3_600,
    "DAY": 86_400,
    "WEEK": 7 * 86_400,
    # The shortest month, so that a range is never under-estimated.
    "MONTH": 28 * 86_400,
}
_RESOLUTION: Final = re.compile(r"^(SECOND|MINUTE|HOUR|DAY|WEEK|MONTH)(?:_(\d+))?$")

# The spellings IG uses for price-request dates (ISO, VERSION 1's colon form, VERSION 2's space form).
_DATE_FORMATS: Final = (
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%d %H:%M:%S",
    "%Y:%m:%d-%H:%M:%S",
    "%Y/%m/%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d",
)

# How long an estimate stays reserved when no response ever reports on it (the request failed in transit).
_PENDING_TTL: Final = 600.0
# When IG says the allowance is spent but not for how long, try again after this many seconds.
_EXHAUSTED_RETRY: Final = 3_600.0


@dataclass(frozen=True, slots=True)
class AllowanceReport:
    """The ``allowance`` block of a price response."""

    remaining: int
    total: int | None
    expires_in: float | None


def read_allowance(body: object) -> AllowanceReport | None:
    """The allowance block of a price response: top level (VERSION 1 and 2) or in ``metadata`` (VERSION 3)."""
    block = read_field(body, "allowance")
    if block is None:
        block = read_field(read_field(body, "metadata"), "allowance")
    if block is None:
        return None
    remaining = _as_int(read_field(block, "remainingAllowance"))
    if remaining is None:
        return None
    expiry = _as_int(read_field(block, "allowanceExpiry"))
    return AllowanceReport(
        remaining=max(0, remaining),
        total=_as_int(read_field(block, "totalAllowance")),
        expires_in=None if expiry is None else float(max(0, expiry)),
    )


def estimate_points(params: Mapping[str, object] | None) -> int | None:
    """Upper estimate of the price points a request returns, from its arguments; None when unknowable.

    Keys may be IG's wire names or the SDK's Python names (``numPoints``/``num_points``, ``from``/``from_``).
    A date range is counted in calendar time, so closed markets make this an over-estimate, never too low.
    """
    args = {normalise_name(k): v for k, v in (params or {}).items() if not _missing(v)}
    num_points = _as_int(args.get("numpoints"))
    if num_points is not None:
        return max(0, num_points)

    step = _resolution_seconds(args.get("resolution", _DEFAULT_RESOLUTION))
    start = _as_datetime(args.get("startdate", args.get("from")))
    end = _as_datetime(args.get("enddate", args.get("to")))
    in_range: int | None = None
    if start is not None and end is not None and step is not None:
        span = _seconds_between(start, end)
        in_range = max(0, math.floor(span / step) + 1)

    if "startdate" in args or "enddate" in args:
        # The date-range endpoints (VERSION 1 and 2) do not page.
        return in_range
    # GET /prices/{epic}: `max` applies only without a range; paging caps one call at a page.
    page_size = _as_int(args.get("pagesize"))
    page_size = _DEFAULT_PAGE_SIZE if page_size is None else page_size
    has_range = "from" in args or "to" in args
    points = in_range if has_range else _as_int(args.get("max")) or _DEFAULT_MAX
    if page_size > 0:
        return page_size if points is None else min(points, page_size)
    return points


class HistoricalStore(Protocol):
    """Somewhere the historical allowance outlives the process (``_file_store.HistoricalFile``)."""

    def load(self) -> AllowanceReport | None:
        """What IG last reported, with ``expires_in`` counted from now (None: nothing kept)."""
        ...

    def save(self, report: AllowanceReport) -> None:
        """Keep ``report`` for the next run."""
        ...


class HistoricalAllowance:
    """Points left in the current period, minus the estimates of price requests still in flight."""

    __slots__ = ("_pending", "remaining", "reported", "resets_at", "total")

    def __init__(self, total: int) -> None:
        self.total = total
        # Until IG reports, assume the period is untouched; only IG's answer makes the number exact.
        self.remaining = total
        self.reported = False
        self.resets_at: float | None = None
        self._pending: deque[tuple[float, int]] = deque()

    def refresh(self, now: float) -> None:
        """Start a new period when the old one has ended; drop estimates no response will ever settle."""
        if self.resets_at is not None and now >= self.resets_at:
            self.remaining = self.total
            self.reported = False
            self.resets_at = None
            self._pending.clear()
        while self._pending and self._pending[0][0] + _PENDING_TTL <= now:
            self._pending.popleft()

    @property
    def reserved(self) -> int:
        """Points estimated for price requests sent but not yet answered."""
        return sum(points for _, points in self._pending)

    @property
    def available(self) -> int:
        """Points a new request may still use."""
        return max(0, self.remaining - self.reserved)

    def check(self, operation: Operation, estimate: int | None, now: float) -> None:
        """Raise when a request of ``estimate`` points (None: unknown) cannot fit in what is left."""
        available = self.available
        if (estimate is None and available < 1) or (estimate is not None and estimate > available):
            resets_in = None if self.resets_at is None else max(0.0, self.resets_at - now)
            raise PricePointsExceedAllowanceError(
                operation=operation, estimated_points=estimate, remaining=available, resets_in=resets_in
            )

    def reserve(self, estimate: int | None, now: float) -> None:
        """Hold ``estimate`` points for a request about to be sent."""
        self._pending.append((now, 1 if estimate is None else estimate))

    def settle(self, report: AllowanceReport | None, now: float) -> None:
        """A price request was answered: release its estimate and take IG's figures when it sent them."""
        if self._pending:
            # Responses do not say which request they answer; the oldest estimate is the best match.
            self._pending.popleft()
        if report is not None:
            self.adopt(report, now)

    def adopt(self, report: AllowanceReport, now: float) -> None:
        """Take IG's figures reported to somebody else (no estimate of ours is settled by it)."""
        if report.total is not None and report.total > 0:
            self.total = report.total
        self.remaining = report.remaining
        self.reported = True
        if report.expires_in is not None:
            self.resets_at = now + report.expires_in

    def report(self, now: float) -> AllowanceReport:
        """The allowance as a report (what a store keeps)."""
        expires = None if self.resets_at is None else max(0.0, self.resets_at - now)
        return AllowanceReport(self.remaining, self.total, expires)

    def exhaust(self, retry_after: float | None, now: float) -> None:
        """IG says the allowance is spent: refuse price requests until the period ends or IG reports more."""
        self.remaining = 0
        self.reported = True
        self._pending.clear()
        if retry_after is not None:
            self.resets_at = now + retry_after
        elif self.resets_at is None or self.resets_at <= now:
            self.resets_at = now + _EXHAUSTED_RETRY


def _missing(value: object) -> bool:
    return value is None or isinstance(value, NotGiven)


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _resolution_seconds(value: object) -> int | None:
    text = str(getattr(value, "value", value)).strip().upper()
    match = _RESOLUTION.match(text)
    if match is None:
        return None
    return _UNIT_SECONDS[match.group(1)] * int(match.group(2) or 1)


def _as_datetime(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    text = value.strip().removesuffix("Z")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None


def _seconds_between(start: datetime, end: datetime) -> float:
    if (start.utcoffset() is None) != (end.utcoffset() is None):
        # Mixing aware and naive values would raise; IG's request dates carry no zone, so compare wall times.
        start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    return (end - start).total_seconds()
