"""Deterministic prices: a seeded, random-walk-like mid price per instrument as a pure function of time.

The mid price at any instant is computed directly (no state), so candles of any resolution over any period,
the REST snapshot and the stream all agree and repeat from run to run for a given seed. The walk is a sum of
value-noise layers at time scales from ten seconds to a week whose amplitudes grow with the square root of the
scale, which gives the statistics of a random walk over the horizons bots look at.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import UTC, datetime

from ._catalogue import Instrument

__all__ = ["RESOLUTIONS", "Candle", "PriceEngine", "Quote", "candle_starts", "last_candle_starts"]

RESOLUTIONS: dict[str, int] = {
    "SECOND": 1,
    "MINUTE": 60,
    "MINUTE_2": 120,
    "MINUTE_3": 180,
    "MINUTE_5": 300,
    "MINUTE_10": 600,
    "MINUTE_15": 900,
    "MINUTE_30": 1800,
    "HOUR": 3600,
    "HOUR_2": 7200,
    "HOUR_3": 10800,
    "HOUR_4": 14400,
    "DAY": 86400,
    "WEEK": 604800,
    "MONTH": 2_592_000,  # nominal; months are cut on calendar boundaries
}
"""IG's price resolutions and their nominal length in seconds."""

# v1 clients also send the short forms IG accepted before VERSION 2.
RESOLUTION_ALIASES = {"MINUTE_1": "MINUTE", "HOUR_1": "HOUR", "1MINUTE": "MINUTE", "5MINUTE": "MINUTE_5"}

_SCALES = (604_800, 86_400, 14_400, 3_600, 900, 300, 60, 10)
_MASK = (1 << 64) - 1


def _mix(value: int) -> int:
    # splitmix64 finaliser: a fast, well-spread integer hash.
    value = (value + 0x9E3779B97F4A7C15) & _MASK
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK
    return value ^ (value >> 31)


def _lattice(key: int, index: int) -> float:
    return _mix(key ^ (index * 0x632BE59BD9B4E019 & _MASK)) / _MASK * 2.0 - 1.0


@dataclass(frozen=True)
class Quote:
    """A two-way price at an instant."""

    bid: float
    offer: float
    mid: float
    timestamp: float


@dataclass(frozen=True)
class Candle:
    """Bid/ask OHLC over one period starting at ``start`` (UTC seconds)."""

    start: float
    bid: tuple[float, float, float, float]
    ask: tuple[float, float, float, float]
    volume: int


def _month_start(when: float, months_back: int = 0) -> float:
    moment = datetime.fromtimestamp(when, tz=UTC)
    index = moment.year * 12 + moment.month - 1 - months_back
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC).timestamp()


def _period_start(resolution: str, when: float) -> float:
    if resolution == "MONTH":
        return _month_start(when)
    length = RESOLUTIONS[resolution]
    if resolution == "WEEK":  # weeks start on Monday; the epoch was a Thursday
        return math.floor((when - 4 * 86400) / length) * length + 4 * 86400
    return math.floor(when / length) * length


def _period_end(resolution: str, start: float) -> float:
    if resolution == "MONTH":
        moment = datetime.fromtimestamp(start, tz=UTC)
        days = calendar.monthrange(moment.year, moment.month)[1]
        return start + days * 86400
    return start + RESOLUTIONS[resolution]


def candle_starts(resolution: str, first: float, last: float) -> list[float]:
    """Start times of the periods that overlap ``[first, last]``, oldest first."""
    starts: list[float] = []
    current = _period_start(resolution, first)
    while current <= last:
        starts.append(current)
        current = _period_end(resolution, current)
    return starts


def last_candle_starts(resolution: str, now: float, count: int) -> list[float]:
    """Start times of the ``count`` most recent periods, the current (unfinished) one last."""
    if resolution == "MONTH":
        return [_month_start(now, back) for back in range(count - 1, -1, -1)]
    current = _period_start(resolution, now)
    length = RESOLUTIONS[resolution]
    return [current - back * length for back in range(count - 1, -1, -1)]


class PriceEngine:
    """Mid, bid and offer of every instrument at any time, from a seed."""

    def __init__(self, seed: int = 42) -> None:
        self._seed = seed
        # Prices set from outside (paper trading follows IG's stream): they replace the walk for their epic.
        self._pinned: dict[str, Quote] = {}
        self._keys: dict[tuple[str, int], int] = {}

    def pin(self, epic: str, bid: float, offer: float, when: float) -> None:
        """Deal ``epic`` at this bid/offer from now on (until pinned again), instead of the seeded walk."""
        self._pinned[epic] = Quote(bid, offer, (bid + offer) / 2, when)

    def _key(self, instrument: Instrument, scale: int) -> int:
        # Every quote needs one key per scale, and a 1,000-bar download takes 12 quotes a bar: remembered,
        # since hashing the market id each time made such a download cost the simulator ~0.4 s.
        found = self._keys.get((instrument.market_id, scale))
        if found is None:
            found = _mix(
                self._seed * 1_000_003
                + sum(ord(c) * (n + 1) for n, c in enumerate(instrument.market_id)) * 7919
                + scale
            )
            self._keys[(instrument.market_id, scale)] = found
        return found

    def _noise(self, instrument: Instrument, when: float) -> float:
        total = 0.0
        for scale in _SCALES:
            position = when / scale
            index = math.floor(position)
            frac = position - index
            smooth = frac * frac * (3 - 2 * frac)
            key = self._key(instrument, scale)
            a, b = _lattice(key, index), _lattice(key, index + 1)
            total += (a + (b - a) * smooth) * math.sqrt(scale / 86_400)
        return total

    def mid(self, instrument: Instrument, when: float) -> float:
        """Mid price at an instant (unrounded)."""
        return instrument.base_price * math.exp(instrument.daily_vol * self._noise(instrument, when))

    def quote(self, instrument: Instrument, when: float) -> Quote:
        """Dealable bid/offer at an instant, rounded to the instrument's decimals (or the pinned price)."""
        pinned = self._pinned.get(instrument.epic)
        if pinned is not None:
            return Quote(pinned.bid, pinned.offer, pinned.mid, when)
        mid = self.mid(instrument, when)
        half = instrument.spread / 2
        places = instrument.decimals
        return Quote(round(mid - half, places), round(mid + half, places), round(mid, places + 1), when)

    def candle(self, instrument: Instrument, resolution: str, start: float, now: float) -> Candle:
        """The candle starting at ``start``; one still open at ``now`` closes at the current price."""
        end = min(_period_end(resolution, start), now)
        samples = 12 if end - start > 12 else max(2, int(end - start) + 1)
        step = (end - start) / (samples - 1) if samples > 1 else 0.0
        quotes = [self.quote(instrument, start + step * i) for i in range(samples)]
        bids = [q.bid for q in quotes]
        asks = [q.offer for q in quotes]
        volume = 1 + _mix(self._key(instrument, 0) ^ int(start)) % 900
        return Candle(
            start=start,
            bid=(bids[0], max(bids), min(bids), bids[-1]),
            ask=(asks[0], max(asks), min(asks), asks[-1]),
            volume=volume,
        )

    def day_stats(self, instrument: Instrument, now: float) -> tuple[float, float, float, float]:
        """(open mid, high, low, net change) of the UTC day so far, as IG's snapshots report them."""
        day = self.candle(instrument, "DAY", _period_start("DAY", now), now)
        opening = (day.bid[0] + day.ask[0]) / 2
        current = self.quote(instrument, now)
        return (
            round(opening, instrument.decimals),
            day.bid[1],
            day.bid[2],
            round(current.mid - opening, instrument.decimals),
        )
