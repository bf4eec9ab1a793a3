"""The simulator's market catalogue: instruments, dealing rules, opening hours, navigation and categories.

Two sources: a hand-tuned core of underlyings the tests and the demo trade (each listed the way IG lists it:
a spread-bet epic, ``.TODAY.IP``/``.DAILY.IP``, expiry ``DFB``, priced per point in the account currency, and
a CFD epic, ``.CFD.IP``/``.CASH.IP``, expiry ``-``, in the instrument's own currency, plus a few minis), and
every other real IG epic of ``_epics.tsv``, derived by :mod:`._real_epics` from how IG builds its epics.
The navigation tree is built from the instruments.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from . import _hours
from . import _real_epics as real
from ._hours import Schedule

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
    schedule: Schedule = _hours.ALWAYS
    search_words: tuple[str, ...] = field(default_factory=tuple)
    nav: tuple[str, ...] = ()  # navigation path, section first; the last node lists the market
    quote_currency: str = ""  # what the underlying is priced in (the CFD's currency)
    last_dealing: str | None = None  # expiryDetails.lastDealingDate, UTC yyyy-MM-ddTHH:mm
    settlement: str | None = None  # expiryDetails.settlementInfo

    def is_open(self, when: float) -> bool:
        """Whether the market takes new deals at this instant."""
        return self.schedule.is_open(when)

    def status(self, when: float) -> str:
        """IG's ``marketStatus`` at this instant."""
        return self.schedule.status(when)

    def market_times(self) -> list[dict[str, str]] | None:
        """Opening hours as IG's ``openingHours.marketTimes`` (None where IG sends none)."""
        return self.schedule.market_times()


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
    schedule: Schedule = _hours.FX
    unit: str = "AMOUNT"
    scaling: int = 1


# IG has no cryptocurrency instrument type: it files them (and spot metals) under CURRENCIES.
_FX, _IDX, _CMD, _SHR, _CRY = "CURRENCIES", "INDICES", "COMMODITIES", "SHARES", "CURRENCIES"
_UK_HOURS = _hours.UK_SHARES
_US_HOURS = _hours.US_SHARES

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
        _hours.ALWAYS,
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
        _hours.ALWAYS,
    ),
)


def _core_schedule(u: _Underlying) -> Schedule:
    if u.instrument_type == _IDX:
        return _hours.INDEX
    if u.instrument_type == _CMD:
        return _hours.COMMODITY
    return u.schedule


def _parse(epic: str, name: str = "") -> real.RealEpic:
    parts = epic.split(".")
    return real.RealEpic(epic, name, "", (), parts[0], parts[2], parts[3])


def _build_core() -> dict[str, Instrument]:
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
            schedule=_core_schedule(u),
            search_words=(u.key.lower(), *u.words),
            quote_currency=u.cfd_currency,
        )
        built[u.sb_epic] = _with_expiry(spread_bet, _parse(u.sb_epic, u.name))
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

# What IG's expiry details say for each kind of spread bet (our wording of IG's settlement rules).
_DFB_SETTLEMENT = (
    "Daily funded bets have no fixed expiry: they roll over each night and settle on the last dealing day "
    "at the closing IG price, plus or minus half the IG spread."
)
_FUTURE_SETTLEMENT = (
    "Settles on the last dealing day at the official settlement price of the underlying future, plus or "
    "minus the IG dealing spread."
)
# IG puts a daily-funded bet's last dealing date years ahead (recorded: 2029-04-06).
_DFB_LAST_DEALING = "2029-04-06T"


def _with_expiry(instrument: Instrument, row: real.RealEpic) -> Instrument:
    """Fill expiry and expiryDetails: DFB for daily bets, MMM-YY for futures, none for CFDs."""
    month = real.contract_month(row, real.CATALOGUE_DAY)
    if month is not None:
        year, number = month
        return replace(
            instrument,
            expiry=real.expiry_label(month),
            last_dealing=f"{year:04d}-{number:02d}-15T16:00",
            settlement=_FUTURE_SETTLEMENT,
        )
    if instrument.expiry == "DFB":
        close = instrument.schedule.daily_close or "21:00"
        return replace(instrument, last_dealing=_DFB_LAST_DEALING + close, settlement=_DFB_SETTLEMENT)
    return instrument


_SECTIONS = {
    "fx": "Forex",
    "crypto": "Cryptocurrency",
    "metal": "Commodities Metals Energies",
    "index": "Indices",
    "commodity": "Commodities Metals Energies",
    "rate": "Rates",
    "bond": "Bonds",
    "share": "Shares",
    "sprint": "Sprint Markets",
}
_SHARE_MARKETS = {"KA": "UK Shares"} | {
    p: "US Shares" for p in ("UA", "UB", "UC", "UD", "SA", "SE", "SG", "SI")
}
_CATEGORY = {
    "fx": "FOREX",
    "crypto": "CRYPTOCURRENCIES",
    "metal": "COMMODITIES",
    "index": "INDICES",
    "commodity": "COMMODITIES",
    "rate": "RATES",
    "bond": "RATES",
    "share": "SHARES",
    "sprint": "SPRINT_MARKETS",
}


def _nav(row: real.RealEpic, name: str) -> tuple[str, ...]:
    if row.nav:
        return row.nav
    kind = real.asset_class(row)
    section = _SECTIONS[kind]
    if kind == "fx":
        return (section, f"{row.underlying[:3]} Crosses")
    if kind == "share":
        return (section, _SHARE_MARKETS.get(row.prefix, "European Shares"))
    if kind == "sprint":
        return (section,)
    return (section, name.removesuffix(" Mini").split(" (")[0])


def _derived(row: real.RealEpic) -> Instrument:
    kind = real.asset_class(row)
    price, decimals, scaling = real.base_price(row)
    spread_bet = real.is_spread_bet(row)
    name = real.instrument_name(row)
    quote = real.quote_currency(row)
    mini = row.contract in ("MINI", "UME", "CFM", "IFM", "IFMM", "IFE") or row.contract.startswith("FWM")
    share = kind == "share"
    instrument = Instrument(
        epic=row.epic,
        name=name,
        instrument_type=real.instrument_type(row),
        market_id=row.underlying if kind != "share" else f"{row.underlying}-{row.prefix}",
        account_type=SPREADBET if spread_bet else CFD,
        base_price=price,
        spread=real.spread(row, price, decimals),
        decimals=decimals,
        daily_vol=real.daily_vol(row),
        currency="GBP" if spread_bet else quote,
        point_value=1.0 if spread_bet or mini else 10.0,
        min_size=0.5 if spread_bet else (1.0 if share else 0.1 if mini else 1.0),
        min_stop=max(1.0, round(price * 0.0005, 0)),
        margin_pct=real.margin(row),
        node_id="",
        category=_CATEGORY[kind],
        unit="AMOUNT" if spread_bet else ("SHARES" if share else "CONTRACTS"),
        lot_size=1.0 if spread_bet or mini else 10.0,
        scaling_factor=scaling,
        expiry="DFB" if spread_bet and kind != "sprint" else "-",
        schedule=real.schedule(row),
        search_words=(row.underlying.lower(),),
        nav=_nav(row, name),
        quote_currency=quote,
    )
    return _with_expiry(instrument, row)


def _node_id(path: tuple[str, ...]) -> str:
    """A stable numeric node id for a navigation path (IG's ids are numeric strings)."""
    return str(100_000 + zlib.crc32("/".join(path).encode()) % 900_000)


def _build() -> dict[str, Instrument]:
    built = _build_core()
    for epic, instrument in list(built.items()):
        row = _parse(epic, instrument.name)
        built[epic] = replace(instrument, nav=_nav(row, instrument.name))
    for row in real.real_epics():
        if row.epic not in built:
            built[row.epic] = _derived(row)
        elif row.instrument_type:  # a type IG was recorded sending wins over the core table's
            built[row.epic] = replace(built[row.epic], instrument_type=row.instrument_type)
    return {epic: replace(i, node_id=_node_id(i.nav)) for epic, i in built.items()}


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


def _build_nav() -> dict[str, NavNode]:
    children: dict[tuple[str, ...], list[tuple[str, ...]]] = {(): []}
    for instrument in CATALOGUE.values():
        for depth in range(1, len(instrument.nav) + 1):
            path, parent = instrument.nav[:depth], instrument.nav[: depth - 1]
            kids = children.setdefault(parent, [])
            if path not in kids:
                kids.append(path)
            children.setdefault(path, [])
    nodes = {
        "0" if not path else _node_id(path): NavNode(
            "0" if not path else _node_id(path),
            path[-1] if path else "",
            tuple(_node_id(k) for k in sorted(kids)),
        )
        for path, kids in children.items()
    }
    assert len(nodes) == len(children), "two navigation paths share a node id"
    return nodes


NAV_NODES: dict[str, NavNode] = _build_nav()
"""Navigation tree; node "0" is the root (GET /marketnavigation)."""

CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(i.category for i in CATALOGUE.values()))
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
