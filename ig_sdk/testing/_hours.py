"""Trading hours per asset class, in UK time as IG states them, and the market status they give.

A :class:`Schedule` is a set of weekly sessions in UK wall-clock time (summer time included, through
:func:`uk_time`), so that "FX closes on Friday at 22:00 and reopens on Sunday at 22:00" holds all year
round. Outside its sessions a market is ``EDITS_ONLY`` (orders may still be amended or cancelled, nothing
deals) or, for markets that take no orders at all when shut, ``CLOSED``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from ._clock import uk_time

__all__ = [
    "ALWAYS",
    "COMMODITY",
    "EU_SHARES",
    "FX",
    "INDEX",
    "RATES",
    "SPRINT",
    "UK_SHARES",
    "US_SHARES",
    "WEEKEND_INDEX",
    "Schedule",
    "trading_start",
]

_DAY = 24 * 60
_WEEK = 7 * _DAY
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def _at(day: int, hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return day * _DAY + int(hours) * 60 + int(minutes)


@dataclass(frozen=True)
class Schedule:
    """Weekly trading sessions as (start, end) minutes from Monday 00:00 UK time."""

    sessions: tuple[tuple[int, int], ...]
    daily_open: str | None  # openingHours as IG lists it (UK time); None: IG sends no openingHours
    daily_close: str | None = None
    closed_status: str = "EDITS_ONLY"

    def is_open(self, when: float) -> bool:
        """Whether the market deals at this instant."""
        local = uk_time(when)
        minute = local.weekday() * _DAY + local.hour * 60 + local.minute
        return any(start <= minute < end for start, end in self.sessions)

    def status(self, when: float) -> str:
        """IG's ``marketStatus`` at this instant."""
        return "TRADEABLE" if self.is_open(when) else self.closed_status

    def next_open(self, when: float) -> float:
        """This instant if the market deals now, else the first minute it deals again (within a week)."""
        if self.is_open(when):
            return when
        minute = when - when % 60
        for step in range(1, _WEEK + 1):
            if self.is_open(minute + 60 * step):
                return minute + 60 * step
        raise ValueError("the market never opens")

    def market_times(self) -> list[dict[str, str]] | None:
        """``openingHours.marketTimes`` (UK time), or None where IG sends no opening hours (FX)."""
        if self.daily_open is None or self.daily_close is None:
            return None
        return [{"openTime": self.daily_open, "closeTime": self.daily_close}]


def _weekdays(opening: str, closing: str, days: tuple[int, ...] = (MON, TUE, WED, THU, FRI)) -> Schedule:
    sessions = tuple((_at(d, opening), _at(d, closing)) for d in days)
    return Schedule(sessions, opening, closing)


def _round_the_clock(reopen_sunday: str, close_friday: str, daily_break: tuple[str, str] | None) -> Schedule:
    """Open from Sunday evening to Friday evening, optionally shut for a break every weekday evening."""
    start, end = _at(SUN, reopen_sunday) - _WEEK, _at(FRI, close_friday)
    if daily_break is None:
        return Schedule(((max(0, start), end), (_at(SUN, reopen_sunday), _WEEK)), None)
    sessions: list[tuple[int, int]] = [(_at(SUN, reopen_sunday), _WEEK)]
    cursor = 0
    for day in (MON, TUE, WED, THU):
        sessions.append((cursor, _at(day, daily_break[0])))
        cursor = _at(day, daily_break[1])
    sessions.append((cursor, end))
    return Schedule(tuple(sessions), None)


FX = _round_the_clock("22:00", "22:00", None)
"""Spot FX and spot metals: Sunday 22:00 to Friday 22:00 UK time without a break."""

INDEX = _round_the_clock("23:00", "22:00", ("22:00", "23:00"))
"""Index cash markets: round the clock on weekdays with an hour's break at 22:00 UK time."""

COMMODITY = INDEX
"""Energies and softs follow the index day (break at 22:00 UK time)."""

RATES = _weekdays("07:00", "21:00")
"""Interest-rate and bond futures: 07:00 to 21:00 UK time on weekdays."""

UK_SHARES = _weekdays("08:00", "16:30")
"""London: 08:00 to 16:30 UK time."""

EU_SHARES = _weekdays("08:00", "16:30")
"""Frankfurt, Paris, Amsterdam and the other European exchanges, in UK time."""

US_SHARES = _weekdays("14:30", "21:00")
"""New York's regular session in UK time (IG's extended hours are not modelled)."""

WEEKEND_INDEX = Schedule(((_at(SAT, "08:00"), _at(SUN, "22:40")),), "08:00", "22:40")
"""IG's weekend indices (``IX.D.SUN*``): Saturday 08:00 to Sunday 22:40 UK time."""

ALWAYS = Schedule(((0, _WEEK),), None)
"""Markets that never close (cryptocurrencies)."""

SPRINT = Schedule(INDEX.sessions, None, closed_status="CLOSED")
"""Sprint markets follow their underlying's day and take no orders at all when shut."""


def trading_start(now: float | None = None) -> datetime:
    """Now if FX deals now, else the moment it reopens: a start for a simulator whose bot trades at once.

    Unlike ``TRADING_TIME`` it keeps the calendar close to the real one (dates in answers look like today's).
    """
    when = time.time() if now is None else now
    return datetime.fromtimestamp(FX.next_open(when), tz=UTC)
