"""The simulator's market catalogue: instruments, dealing rules, opening hours, navigation and categories.

Each underlying is listed the way IG lists it: a spread-bet epic (``.TODAY.IP``/``.DAILY.IP``, expiry
``DFB``, priced per point in the account currency) and a CFD epic (``.CFD.IP``/``.CASH.IP``, expiry ``-``,
priced in the instrument's own currency), plus a few mini contracts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

__all__ = ["CATALOGUE", "CATEGORIES", "NAV_NODES", "Instrument", "NavNode", "find", "search"]

SPREADBET = "SPREADBET"
CFD = "CFD"


@dataclass(frozen=True)
class Instrument:
    """One dealable market (one epic) and the rules the dealing engine enforces on it."""

    epic: str
    name: str
    instrument_type: str  # IG's InstrumentType: CURRENCIES, INDICES, COMMODITIES, SHARES, ...
    market_id: str  # shared by the spread-bet and CFD epics of one underlying (sentiment is keyed on it)
    account_type: str  # SPREADBET or CFD: which account may deal it
    base_price: float
    spread: float
    decimals: int
    daily_vol: float  # fraction of the price one day's moves span, drives the random walk
    currency: str
    point_value: float  # currency units per point per unit of size
    min_size: float
    min_stop: float  # minimum normal stop/limit distance in points
    margin_pct: float
    node_id: str
    category: str
    unit: str = "AMOUNT"
    lot_size: float = 1.0
    scaling_factor: int = 1
    expiry: str = "DFB"
    # (open, close) as UTC "HH:MM" on weekdays; None means open around the clock every day.
    hours: tuple[str, str] | None = None
    search_words: tuple[str, ...] = field(default_factory=tuple)

    def is_open(self, when: float) -> bool:
        """Whether the market takes new deals at this instant."""
        if self.hours is None:
            return True
        moment = datetime.fromtimestamp(when, tz=UTC)
        if moment.weekday() >= 5:
            return False
        hhmm = moment.strftime("%H:%M")
        return self.hours[0] <= hhmm < self.hours[1]

    def market_times(self) -> list[dict[str, str]]:
        """Opening hours as IG's ``openingHours.marketTimes``."""
        opening, closing = self.hours or ("00:00", "23:59")
        return [{"openTime": opening, "closeTime": closing}]


@dataclass(frozen=True)
class _Underlying:
    key: str
    name: str
    instrument_type: str
    market_id: str
    sb_epic: str
    cfd_epic: str
    base_price: float
    spread: float
    decimals: int
    daily_vol: float
    cfd_currency: str
    cfd_point_value: float
    sb_min: float
    cfd_min: float
    min_stop: float
    margin_pct: float
    node_id: str
    category: str
    words: tuple[str, ...]
    hours: tuple[str, str] | None = None
    unit: str = "AMOUNT"
    scaling: int = 1


_FX, _IDX, _CMD, _SHR, _CRY = "CURRENCIES", "INDICES", "COMMODITIES", "SHARES", "CRYPTOCURRENCIES"
_UK_HOURS = ("08:00", "16:30")
_US_HOURS = ("14:30", "21:00")

_UNDERLYINGS: tuple[_Underlying, ...] = (
    _Underlying(
        "EURUSD",
        "EUR/USD",
        _FX,
        "EURUSD",
        "CS.D.EURUSD.TODAY.IP",
        "CS.D.EURUSD.CFD.IP",
        10850.0,
        0.6,
        1,
        0.005,
        "USD",
        10.0,
        0.5,
        0.5,
        2.0,
        3.33,
        "264",
        "FOREX",
        ("euro", "dollar", "eur", "usd"),
        scaling=10000,
    ),
    _Underlying(
        "GBPUSD",
        "GBP/USD",
        _FX,
        "GBPUSD",
        "CS.D.GBPUSD.TODAY.IP",
        "CS.D.GBPUSD.CFD.IP",
        12700.0,
        0.9,
        1,
        0.006,
        "USD",
        10.0,
        0.5,
        0.5,
        2.0,
        3.33,
        "264",
        "FOREX",
        ("cable", "sterling", "pound"),
        scaling=10000,
    ),
    _Underlying(
        "USDJPY",
        "USD/JPY",
        _FX,
        "USDJPY",
        "CS.D.USDJPY.TODAY.IP",
        "CS.D.USDJPY.CFD.IP",
        15600.0,
        0.7,
        1,
        0.006,
        "JPY",
        1000.0,
        0.5,
        0.5,
        2.0,
        3.33,
        "264",
        "FOREX",
        ("yen", "jpy"),
        scaling=100,
    ),
    _Underlying(
        "AUDUSD",
        "AUD/USD",
        _FX,
        "AUDUSD",
        "CS.D.AUDUSD.TODAY.IP",
        "CS.D.AUDUSD.CFD.IP",
        6600.0,
        0.6,
        1,
        0.007,
        "USD",
        10.0,
        0.5,
        0.5,
        2.0,
        5.0,
        "264",
        "FOREX",
        ("aussie", "aud"),
        scaling=10000,
    ),
    _Underlying(
        "FT100",
        "FTSE 100",
        _IDX,
        "FT100",
        "IX.D.FTSE.DAILY.IP",
        "IX.D.FTSE.CFD.IP",
        8200.0,
        1.0,
        1,
        0.009,
        "GBP",
        10.0,
        0.5,
        0.5,
        4.0,
        5.0,
        "195",
        "INDICES",
        ("ftse", "uk 100", "footsie"),
    ),
    _Underlying(
        "DAX",
        "Germany 40",
        _IDX,
        "DAX",
        "IX.D.DAX.DAILY.IP",
        "IX.D.DAX.IFD.IP",
        18500.0,
        1.2,
        1,
        0.01,
        "EUR",
        25.0,
        0.5,
        0.5,
        5.0,
        5.0,
        "195",
        "INDICES",
        ("dax", "germany", "de40"),
    ),
    _Underlying(
        "DOW",
        "Wall Street",
        _IDX,
        "DOW",
        "IX.D.DOW.DAILY.IP",
        "IX.D.DOW.IFD.IP",
        39000.0,
        2.4,
        1,
        0.01,
        "USD",
        10.0,
        0.5,
        0.5,
        8.0,
        5.0,
        "195",
        "INDICES",
        ("dow", "wall street", "us 30"),
    ),
    _Underlying(
        "SPX",
        "US 500",
        _IDX,
        "SPX",
        "IX.D.SPTRD.DAILY.IP",
        "IX.D.SPTRD.IFD.IP",
        5300.0,
        0.4,
        1,
        0.01,
        "USD",
        50.0,
        0.5,
        0.5,
        2.0,
        5.0,
        "195",
        "INDICES",
        ("s&p", "sp500", "us 500", "spx"),
    ),
    _Underlying(
        "NASDAQ",
        "US Tech 100",
        _IDX,
        "NASDAQ",
        "IX.D.NASDAQ.CASH.IP",
        "IX.D.NASDAQ.IFD.IP",
        18700.0,
        1.0,
        1,
        0.013,
        "USD",
        20.0,
        0.5,
        0.5,
        4.0,
        5.0,
        "195",
        "INDICES",
        ("nasdaq", "tech", "us tech"),
    ),
    _Underlying(
        "GC",
        "Spot Gold",
        _CMD,
        "GC",
        "CS.D.USCGC.TODAY.IP",
        "CS.D.CFDGOLD.CFDGC.IP",
        2350.0,
        0.3,
        2,
        0.012,
        "USD",
        100.0,
        0.5,
        0.1,
        1.0,
        5.0,
        "101",
        "COMMODITIES",
        ("gold", "xau", "bullion"),
    ),
    _Underlying(
        "SI",
        "Spot Silver",
        _CMD,
        "SI",
        "CS.D.USCSI.TODAY.IP",
        "CS.D.CFDSILVER.CFDSI.IP",
        3000.0,
        2.0,
        1,
        0.018,
        "USD",
        50.0,
        0.5,
        0.1,
        5.0,
        10.0,
        "101",
        "COMMODITIES",
        ("silver", "xag"),
    ),
    _Underlying(
        "LCO",
        "Oil - Brent Crude",
        _CMD,
        "LCO",
        "CC.D.LCO.USS.IP",
        "CC.D.LCO.UNC.IP",
        8200.0,
        2.8,
        1,
        0.02,
        "USD",
        10.0,
        0.5,
        0.5,
        12.0,
        10.0,
        "101",
        "COMMODITIES",
        ("oil", "brent", "crude"),
    ),
    _Underlying(
        "CL",
        "Oil - US Crude",
        _CMD,
        "CL",
        "CC.D.CL.USS.IP",
        "CC.D.CL.UNC.IP",
        7800.0,
        2.8,
        1,
        0.02,
        "USD",
        10.0,
        0.5,
        0.5,
        12.0,
        10.0,
        "101",
        "COMMODITIES",
        ("oil", "wti", "crude"),
    ),
    _Underlying(
        "VOD",
        "Vodafone Group PLC",
        _SHR,
        "VOD-UK",
        "KA.D.VOD.DAILY.IP",
        "KA.D.VOD.CASH.IP",
        72.0,
        0.1,
        2,
        0.02,
        "GBP",
        1.0,
        1.0,
        1.0,
        0.5,
        20.0,
        "412",
        "SHARES",
        ("vodafone", "vod"),
        _UK_HOURS,
        unit="SHARES",
    ),
    _Underlying(
        "BP",
        "BP PLC",
        _SHR,
        "BP-UK",
        "KA.D.BP.DAILY.IP",
        "KA.D.BP.CASH.IP",
        480.0,
        0.5,
        1,
        0.018,
        "GBP",
        1.0,
        1.0,
        1.0,
        2.0,
        20.0,
        "412",
        "SHARES",
        ("bp", "british petroleum"),
        _UK_HOURS,
        unit="SHARES",
    ),
    _Underlying(
        "AAPL",
        "Apple Inc (All Sessions)",
        _SHR,
        "AAPL-US",
        "UA.D.AAPL.DAILY.IP",
        "UA.D.AAPL.CASH.IP",
        19000.0,
        4.0,
        1,
        0.02,
        "USD",
        1.0,
        0.5,
        1.0,
        20.0,
        20.0,
        "413",
        "SHARES",
        ("apple", "aapl"),
        _US_HOURS,
        unit="SHARES",
    ),
    _Underlying(
        "TSLA",
        "Tesla Motors Inc (All Sessions)",
        _SHR,
        "TSLA-US",
        "UD.D.TSLA.DAILY.IP",
        "UD.D.TSLA.CASH.IP",
        18000.0,
        6.0,
        1,
        0.04,
        "USD",
        1.0,
        0.5,
        1.0,
        30.0,
        20.0,
        "413",
        "SHARES",
        ("tesla", "tsla"),
        _US_HOURS,
        unit="SHARES",
    ),
    _Underlying(
        "BITCOIN",
        "Bitcoin",
        _CRY,
        "BITCOIN",
        "CS.D.BITCOIN.TODAY.IP",
        "CS.D.BITCOIN.CFD.IP",
        65000.0,
        36.0,
        1,
        0.035,
        "USD",
        1.0,
        0.1,
        0.1,
        200.0,
        50.0,
        "668",
        "CRYPTOCURRENCIES",
        ("bitcoin", "btc", "crypto"),
    ),
    _Underlying(
        "ETHUSD",
        "Ether",
        _CRY,
        "ETHUSD",
        "CS.D.ETHUSD.TODAY.IP",
        "CS.D.ETHUSD.CFD.IP",
        3400.0,
        4.0,
        2,
        0.045,
        "USD",
        1.0,
        0.1,
        0.1,
        20.0,
        50.0,
        "668",
        "CRYPTOCURRENCIES",
        ("ether", "ethereum", "eth"),
    ),
)


def _build() -> dict[str, Instrument]:
    built: dict[str, Instrument] = {}
    for u in _UNDERLYINGS:
        spread_bet = Instrument(
            epic=u.sb_epic,
            name=u.name,
            instrument_type=u.instrument_type,
            market_id=u.market_id,
            account_type=SPREADBET,
            base_price=u.base_price,
            spread=u.spread,
            decimals=u.decimals,
            daily_vol=u.daily_vol,
            currency="GBP",
            point_value=1.0,
            min_size=u.sb_min,
            min_stop=u.min_stop,
            margin_pct=u.margin_pct,
            node_id=u.node_id,
            category=u.category,
            scaling_factor=u.scaling,
            hours=u.hours,
            search_words=(u.key.lower(), *u.words),
        )
        built[u.sb_epic] = spread_bet
        built[u.cfd_epic] = replace(
            spread_bet,
            epic=u.cfd_epic,
            account_type=CFD,
            currency=u.cfd_currency,
            point_value=u.cfd_point_value,
            min_size=u.cfd_min,
            unit="SHARES" if u.unit == "SHARES" else "CONTRACTS",
            expiry="-",
        )
    for epic, name, parent_epic in _MINIS:
        built[epic] = replace(built[parent_epic], epic=epic, name=name, point_value=1.0)
    return built


_MINIS = (
    ("CS.D.EURUSD.MINI.IP", "EUR/USD Mini", "CS.D.EURUSD.CFD.IP"),
    ("CS.D.GBPUSD.MINI.IP", "GBP/USD Mini", "CS.D.GBPUSD.CFD.IP"),
    ("IX.D.FTSE.MINI.IP", "FTSE 100 Mini", "IX.D.FTSE.CFD.IP"),
)

CATALOGUE: dict[str, Instrument] = _build()
"""Every instrument by epic, in a stable order."""


@dataclass(frozen=True)
class NavNode:
    """A market navigation node: child nodes and the epics listed directly under it."""

    node_id: str
    name: str
    children: tuple[str, ...] = ()

    def markets(self) -> Iterator[Instrument]:
        """Instruments filed under this node."""
        return (i for i in CATALOGUE.values() if i.node_id == self.node_id)


NAV_NODES: dict[str, NavNode] = {
    node.node_id: node
    for node in (
        NavNode("0", "", ("264", "195", "101", "410", "668")),
        NavNode("264", "Forex"),
        NavNode("195", "Indices"),
        NavNode("101", "Commodities Metals Energies"),
        NavNode("410", "Shares", ("412", "413")),
        NavNode("412", "UK Shares"),
        NavNode("413", "US Shares"),
        NavNode("668", "Cryptocurrency"),
    )
}
"""Navigation tree; node "0" is the root (GET /marketnavigation)."""

CATEGORIES: tuple[str, ...] = ("FOREX", "INDICES", "COMMODITIES", "SHARES", "CRYPTOCURRENCIES")
"""Instrument category codes (GET /categories)."""


def find(epic: str) -> Instrument | None:
    """The instrument with this epic, if the catalogue has it."""
    return CATALOGUE.get(epic)


def search(term: str) -> list[Instrument]:
    """Instruments whose epic, name or keywords contain the term (case-insensitive), as IG's search does."""
    needle = term.strip().lower()
    if not needle:
        return []
    return [
        i
        for i in CATALOGUE.values()
        if needle in i.epic.lower() or needle in i.name.lower() or any(needle in w for w in i.search_words)
    ]
