"""Instruments for the real IG epics in ``_epics.tsv``, derived from how IG builds its epics.

An IG epic reads ``<prefix>.D.<underlying>.<contract>.IP``. The prefix names the asset class: ``CS`` spot
FX and metals, ``IX``/``TM`` indices, ``CC``/``CO``/``EN``/``MT`` commodities, ``IR`` rates and bonds,
``UA``..``UD``, ``KA``, ``ED``... shares, ``FM`` sprint markets. The contract says what is dealt:
``TODAY``/``DAILY`` are daily-funded spread bets (expiry ``DFB``); ``CFD``/``MINI``/``CASH``/``IF*``/``UNC``/
``UME`` are CFDs (expiry ``-``); ``FWS<n>``/``FWM<n>``/``Month<n>``/``FCS<n>`` are futures whose expiry is the
n-th contract month. From those two parts every instrument gets its type, account type, expiry and expiry
details, currency, dealing rules, trading hours and a deterministic base price. The figures are plausible,
not IG's quotes.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

from . import _hours
from ._hours import Schedule

__all__ = ["RealEpic", "asset_class", "real_epics"]


@dataclass(frozen=True)
class RealEpic:
    """One row of ``_epics.tsv`` and what its epic's parts say about it."""

    epic: str
    name: str
    instrument_type: str
    nav: tuple[str, ...]
    prefix: str
    underlying: str
    contract: str


def real_epics() -> Iterator[RealEpic]:
    """Every row of ``_epics.tsv``, in file order."""
    text = resources.files(__package__).joinpath("_epics.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        epic, name, instrument_type, nav = [*line.split("\t"), "", "", ""][:4]
        parts = epic.split(".")
        yield RealEpic(
            epic,
            name,
            instrument_type,
            tuple(p.strip() for p in nav.split("/") if p.strip()),
            parts[0],
            parts[2],
            parts[3],
        )


_CRYPTO = {
    "BITCOIN",
    "ETHUSD",
    "ETHXBT",
    "LTCUSD",
    "XRPUSD",
    "BCHUSD",
    "BCHXBT",
    "EOSUSD",
    "NEOUSD",
    "XLMUSD",
}
_CRYPTO_INDEX = {"CRYPTOB10"}
_METALS = {
    "USCGC",
    "USCSI",
    "CFDGOLD",
    "CFEGOLD",
    "CFIGOLD",
    "CFPGOLD",
    "CFDSILVER",
    "PALL",
    "PLAT",
    "COPPER",
    "ALUMINIUM",
    "LEAD",
    "NICKEL",
    "ZINC",
}
_BONDS = {
    "FGBL",
    "FGBM",
    "FGBS",
    "FGBX",
    "FLG",
    "FOAT",
    "FBTP",
    "JGB",
    "10YEAR100",
    "05YEAR100",
    "02YEAR100",
    "BOND100",
    "ULTRA100",
}
_SHARE_PREFIXES = {"UA", "UB", "UC", "UD", "SA", "SE", "SG", "SI", "KA", "ED", "EA", "EC", "EZ"}
_FUTURE = re.compile(r"^(?:FW[SMJ]|Month|FCS|FWS|MTF|FWM)(\d*)$")
_SPREAD_BET_CONTRACTS = {"TODAY", "DAILY", "USS", "UMP"}


def asset_class(row: RealEpic) -> str:
    """fx, crypto, metal, index, commodity, rate, bond, share or sprint."""
    if row.prefix == "FM":
        return "sprint"
    if row.prefix in _SHARE_PREFIXES:
        return "share"
    if row.prefix == "IR":
        return "bond" if row.underlying in _BONDS else "rate"
    if row.prefix in ("IX", "TM", "IN") or row.underlying in _CRYPTO_INDEX:
        return "index"
    if row.prefix in ("CC", "CO", "EN", "MT"):
        return "commodity"
    if row.underlying in _CRYPTO:
        return "crypto"
    if row.underlying in _METALS:
        return "metal"
    return "fx"


def is_future(row: RealEpic) -> bool:
    """Whether the contract has a dated expiry (forwards and futures)."""
    return bool(_FUTURE.match(row.contract))


def is_spread_bet(row: RealEpic) -> bool:
    """Spread bets: daily-funded bets and, at IG UK, the forwards."""
    return row.contract in _SPREAD_BET_CONTRACTS or is_future(row) or row.prefix == "FM"


# ------------------------------------------------------------------ types, names, currencies

_TYPES = {
    "fx": "CURRENCIES",
    "crypto": "CURRENCIES",  # IG files cryptocurrencies under CURRENCIES (it has no crypto instrument type)
    "metal": "CURRENCIES",  # spot metals too (recorded: Spot Gold is CURRENCIES)
    "index": "INDICES",
    "commodity": "COMMODITIES",
    "rate": "RATES",
    "bond": "RATES",
    "share": "SHARES",
    "sprint": "SPRINT_MARKET",
}


def instrument_type(row: RealEpic) -> str:
    """IG's instrument type: the recorded one when known, else the asset class's."""
    return row.instrument_type or _TYPES[asset_class(row)]


_INDEX_NAMES = {
    "FTSE": "FTSE 100",
    "FTSEF": "FTSE 250",
    "DAX": "Germany 40",
    "MDAX": "Germany Mid-Cap 50",
    "TECDAX": "Germany Tech 30",
    "DOW": "Wall Street",
    "SPTRD": "US 500",
    "NASDAQ": "US Tech 100",
    "RUSSELL": "US Russell 2000",
    "FANG": "NYSE FANG+",
    "CAC": "France 40",
    "AEX": "Netherlands 25",
    "IBEX": "Spain 35",
    "MIB": "Italy 40",
    "SMI": "Switzerland Blue Chip",
    "STXE": "EU Stocks 50",
    "OMX": "Sweden 30",
    "OBX": "Norway 25",
    "DEN25": "Denmark 25",
    "ATX": "Austria 20",
    "BUX": "Hungary 12",
    "ATHENS": "Greece 25",
    "HANGSENG": "Hong Kong HS50",
    "HSCHIN": "China H-Shares",
    "XINHUA": "China A50",
    "NIKKEI": "Japan 225",
    "NIKFUT": "Japan 225",
    "ASX": "Australia 200",
    "SINGAPORE": "Singapore Blue Chip",
    "TAIEX": "Taiwan Index",
    "KLCI": "FTSE Bursa Malaysia KLCI",
    "NIFTY": "India 50",
    "SAF": "South Africa 40",
    "MEX": "Mexico 35",
    "VIX": "Volatility Index",
    "VSTOXX": "EU Volatility Index",
    "SUNFUN": "Weekend FTSE 100",
    "SUNDAX": "Weekend Germany 40",
    "SUNDOW": "Weekend Wall Street",
    "CRYPTOB10": "Crypto 10 Index",
}
_COMMODITY_NAMES = {
    "LCO": "Oil - Brent Crude",
    "CL": "Oil - US Crude",
    "NG": "Natural Gas",
    "HO": "Heating Oil",
    "RB": "Gasoline",
    "LGO": "London Gas Oil",
    "CFI": "Carbon Emissions",
    "GC": "Gold",
    "SI": "Silver",
    "PL": "Platinum",
    "PA": "Palladium",
    "HG": "High Grade Copper",
    "IRON": "Iron Ore",
    "C": "Corn",
    "W": "Chicago Wheat",
    "LWB": "London Wheat",
    "S": "Soybeans",
    "BO": "Soybean Oil",
    "SM": "Soybean Meal",
    "O": "Oats",
    "KC": "Coffee Arabica",
    "LKD": "Coffee Robusta",
    "CC": "NY Cocoa",
    "LCC": "London Cocoa",
    "SB": "Sugar",
    "LSU": "London Sugar",
    "CT": "Cotton",
    "OJ": "Orange Juice",
    "LC": "Live Cattle",
    "LH": "Lean Hogs",
    "LB": "Lumber",
    "RR": "Rough Rice",
    "FCPO": "Palm Oil",
    "DX": "US Dollar Basket",
    "VIX": "Volatility Index",
    "FGBL": "Bund",
}
_METAL_NAMES = {
    "USCGC": "Spot Gold",
    "USCSI": "Spot Silver",
    "CFDGOLD": "Spot Gold",
    "CFEGOLD": "Spot Gold (E1 Contract)",
    "CFIGOLD": "Spot Gold",
    "CFPGOLD": "Spot Gold (£1 Contract)",
    "CFDSILVER": "Spot Silver",
    "PALL": "Spot Palladium",
    "PLAT": "Spot Platinum",
    "COPPER": "Copper",
    "ALUMINIUM": "Aluminium",
    "LEAD": "Lead",
    "NICKEL": "Nickel",
    "ZINC": "Zinc",
}
_RATE_NAMES = {
    "ED": "3-month Eurodollar",
    "FEI": "3-month Euribor",
    "FSS": "3-month Sterling",
    "IB": "3-month Euroswiss",
    "FES": "3-month Euro",
    "FF": "30-day Fed Funds",
    "FGBL": "Bund",
    "FGBM": "Bobl",
    "FGBS": "Schatz",
    "FGBX": "Buxl",
    "FLG": "Long Gilt",
    "FOAT": "French OAT",
    "FBTP": "Italian BTP",
    "JGB": "Japanese Government Bond",
    "10YEAR100": "US 10-Year T-Note",
    "05YEAR100": "US 5-Year T-Note",
    "02YEAR100": "US 2-Year T-Note",
    "BOND100": "US T-Bond",
    "ULTRA100": "US Ultra T-Bond",
}
_CRYPTO_NAMES = {
    "BITCOIN": "Bitcoin",
    "ETHUSD": "Ether",
    "ETHXBT": "Ether/Bitcoin",
    "LTCUSD": "Litecoin",
    "XRPUSD": "Ripple",
    "BCHUSD": "Bitcoin Cash",
    "BCHXBT": "Bitcoin Cash/Bitcoin",
    "EOSUSD": "EOS",
    "NEOUSD": "NEO",
    "XLMUSD": "Stellar",
}


def _fx_pair(underlying: str) -> tuple[str, str] | None:
    return (underlying[:3], underlying[3:]) if re.fullmatch(r"[A-Z]{6}", underlying) else None


def instrument_name(row: RealEpic) -> str:
    """The recorded name, else one built from the underlying (as IG names its markets)."""
    if row.name:
        return row.name
    kind = asset_class(row)
    mini = " Mini" if row.contract in ("MINI", "UME", "CFM", "IFM", "IFMM", "FWM") else ""
    if kind == "fx":
        pair = _fx_pair(row.underlying)
        return f"{pair[0]}/{pair[1]}{mini}" if pair else row.underlying
    table = {
        "crypto": _CRYPTO_NAMES,
        "metal": _METAL_NAMES,
        "index": _INDEX_NAMES,
        "commodity": _COMMODITY_NAMES,
        "rate": _RATE_NAMES,
        "bond": _RATE_NAMES,
    }.get(kind, {})
    base = table.get(row.underlying) or (row.nav[-1] if row.nav else row.underlying)
    return base + mini


_INDEX_CURRENCY = {
    "FTSE": "GBP",
    "FTSEF": "GBP",
    "SUNFUN": "GBP",
    "DAX": "EUR",
    "MDAX": "EUR",
    "TECDAX": "EUR",
    "SUNDAX": "EUR",
    "CAC": "EUR",
    "AEX": "EUR",
    "IBEX": "EUR",
    "MIB": "EUR",
    "STXE": "EUR",
    "ATX": "EUR",
    "ATHENS": "EUR",
    "VSTOXX": "EUR",
    "SMI": "CHF",
    "OMX": "SEK",
    "OBX": "NOK",
    "DEN25": "DKK",
    "BUX": "HUF",
    "HANGSENG": "HKD",
    "HSCHIN": "HKD",
    "NIKKEI": "JPY",
    "NIKFUT": "JPY",
    "ASX": "AUD",
    "SINGAPORE": "SGD",
    "SAF": "ZAR",
    "MEX": "MXN",
    "KLCI": "MYR",
}
_SHARE_CURRENCY = {"KA": "GBP", "ED": "EUR", "EA": "EUR", "EC": "EUR"}
_BOND_CURRENCY = {
    "FGBL": "EUR",
    "FGBM": "EUR",
    "FGBS": "EUR",
    "FGBX": "EUR",
    "FOAT": "EUR",
    "FBTP": "EUR",
    "FEI": "EUR",
    "FES": "EUR",
    "FLG": "GBP",
    "FSS": "GBP",
    "IB": "CHF",
    "JGB": "JPY",
}


def quote_currency(row: RealEpic) -> str:
    """The currency the instrument is priced in (what a CFD on it settles in)."""
    kind = asset_class(row)
    if kind == "fx":
        pair = _fx_pair(row.underlying)
        return pair[1] if pair else "USD"
    if row.contract in ("CFE", "IFE") or row.underlying in ("CFEGOLD",):
        return "EUR"
    if row.contract == "CFP" or row.underlying == "CFPGOLD":
        return "GBP"
    if kind == "index":
        return _INDEX_CURRENCY.get(row.underlying, "USD")
    if kind == "share":
        return _SHARE_CURRENCY.get(row.prefix, "USD")
    if kind in ("rate", "bond"):
        return _BOND_CURRENCY.get(row.underlying, "USD")
    return "GBP" if row.prefix == "FM" else "USD"


# ------------------------------------------------------------------ prices

# US dollars per unit, to price crosses consistently (plausible levels, not quotes).
_USD_VALUE = {
    "USD": 1.0,
    "EUR": 1.085,
    "GBP": 1.27,
    "JPY": 0.0064,
    "CHF": 1.12,
    "AUD": 0.66,
    "NZD": 0.61,
    "CAD": 0.73,
    "SEK": 0.095,
    "NOK": 0.094,
    "DKK": 0.145,
    "PLN": 0.25,
    "HUF": 0.0027,
    "CZK": 0.043,
    "ZAR": 0.054,
    "MXN": 0.058,
    "TRY": 0.031,
    "SGD": 0.74,
    "HKD": 0.128,
    "CNH": 0.138,
    "INR": 0.012,
    "BRL": 0.18,
    "THB": 0.028,
    "TWD": 0.031,
    "PHP": 0.017,
    "IDR": 0.000062,
    "KRW": 0.00073,
    "RUB": 0.011,
    "ILS": 0.27,
    "XBT": 65000.0,
}
_INDEX_LEVEL = {
    "FTSE": 8200,
    "FTSEF": 20500,
    "DAX": 18500,
    "MDAX": 26000,
    "TECDAX": 3400,
    "DOW": 39000,
    "SPTRD": 5300,
    "NASDAQ": 18700,
    "RUSSELL": 2050,
    "FANG": 9800,
    "CAC": 7600,
    "AEX": 900,
    "IBEX": 11100,
    "MIB": 34000,
    "SMI": 12000,
    "STXE": 5000,
    "OMX": 2500,
    "OBX": 1300,
    "DEN25": 2100,
    "ATX": 3600,
    "BUX": 68000,
    "ATHENS": 1400,
    "HANGSENG": 18000,
    "HSCHIN": 6400,
    "XINHUA": 12500,
    "NIKKEI": 38500,
    "NIKFUT": 38500,
    "ASX": 7800,
    "SINGAPORE": 330,
    "TAIEX": 21000,
    "KLCI": 1600,
    "NIFTY": 23000,
    "SAF": 78000,
    "MEX": 55000,
    "VIX": 14,
    "VSTOXX": 16,
    "SUNFUN": 8200,
    "SUNDAX": 18500,
    "SUNDOW": 39000,
    "CRYPTOB10": 9000,
}
_SPOT = {
    "USCGC": 2350.0,
    "CFDGOLD": 2350.0,
    "CFEGOLD": 2170.0,
    "CFIGOLD": 2350.0,
    "CFPGOLD": 1850.0,
    "USCSI": 3000.0,
    "CFDSILVER": 3000.0,
    "PALL": 1000.0,
    "PLAT": 1000.0,
    "COPPER": 9800.0,
    "ALUMINIUM": 2500.0,
    "LEAD": 2150.0,
    "NICKEL": 18000.0,
    "ZINC": 2800.0,
    "BITCOIN": 65000.0,
    "ETHUSD": 3400.0,
    "ETHXBT": 0.052,
    "LTCUSD": 80.0,
    "XRPUSD": 0.52,
    "BCHUSD": 450.0,
    "BCHXBT": 0.0069,
    "EOSUSD": 0.8,
    "NEOUSD": 14.0,
    "XLMUSD": 0.11,
}
_COMMODITY_LEVEL = {
    "LCO": 8200,
    "CL": 7800,
    "NG": 260,
    "HO": 250,
    "RB": 240,
    "LGO": 750,
    "CFI": 70,
    "GC": 2350,
    "SI": 3000,
    "PL": 1000,
    "PA": 1000,
    "HG": 450,
    "IRON": 110,
    "C": 450,
    "W": 600,
    "LWB": 190,
    "S": 1200,
    "BO": 45,
    "SM": 350,
    "O": 350,
    "KC": 220,
    "LKD": 4000,
    "CC": 7500,
    "LCC": 6000,
    "SB": 20,
    "LSU": 580,
    "CT": 80,
    "OJ": 400,
    "LC": 180,
    "LH": 95,
    "LB": 550,
    "RR": 18,
    "FCPO": 3900,
    "DX": 104,
    "VIX": 14,
    "FGBL": 131,
}


def _jitter(epic: str, low: float, high: float) -> float:
    """A stable number in [low, high) from the epic's text (so that prices never depend on hash seeds)."""
    return low + (zlib.crc32(epic.encode()) % 10_000) / 10_000 * (high - low)


def base_price(row: RealEpic) -> tuple[float, int, int]:
    """(price level, decimal places, scaling factor) the instrument is quoted at."""
    kind = asset_class(row)
    if kind == "fx":
        pair = _fx_pair(row.underlying) or ("USD", "USD")
        rate = _USD_VALUE.get(pair[0], 1.0) / _USD_VALUE.get(pair[1], 1.0)
        # Quoted in points (pips): 10,000 per unit, or 100 where a pip is 0.01 (JPY-like quotes).
        scaling = 100 if rate > 20 else 10_000
        return round(rate * scaling, 1), 1, scaling
    if kind in ("metal", "crypto"):
        level = _SPOT.get(row.underlying, _jitter(row.epic, 10, 1000))
        return (level, 2, 1) if level < 100 else (level, 1, 1)
    if kind == "index":
        return float(_INDEX_LEVEL.get(row.underlying, round(_jitter(row.epic, 1000, 20000)))), 1, 1
    if kind == "commodity":
        return float(_COMMODITY_LEVEL.get(row.underlying, round(_jitter(row.epic, 50, 5000)))), 1, 1
    if kind == "rate":
        return round(_jitter(row.epic, 9500, 9700), 1), 1, 1
    if kind == "bond":
        return round(_jitter(row.epic, 10500, 13500), 1), 1, 1
    if kind == "share":
        return round(_jitter(row.epic, 500, 40000), 1), 1, 1
    return 10_000.0, 1, 1  # sprint markets follow an index-like level


_SPREAD_FRACTION = {
    "fx": 0.00008,
    "crypto": 0.004,
    "metal": 0.0002,
    "index": 0.0001,
    "commodity": 0.0004,
    "rate": 0.0001,
    "bond": 0.0002,
    "share": 0.001,
    "sprint": 0.0,
}
_DAILY_VOL = {
    "fx": 0.006,
    "crypto": 0.04,
    "metal": 0.012,
    "index": 0.01,
    "commodity": 0.02,
    "rate": 0.001,
    "bond": 0.004,
    "share": 0.02,
    "sprint": 0.01,
}
_MARGIN = {
    "fx": 3.33,
    "crypto": 50.0,
    "metal": 5.0,
    "index": 5.0,
    "commodity": 10.0,
    "rate": 3.0,
    "bond": 3.0,
    "share": 20.0,
    "sprint": 100.0,
}


def spread(row: RealEpic, price: float, decimals: int) -> float:
    """IG's dealing spread in points: a fraction of the price, at least one tick."""
    tick = 10.0**-decimals
    return max(tick, round(price * _SPREAD_FRACTION[asset_class(row)], decimals))


def daily_vol(row: RealEpic) -> float:
    """The fraction of the price a day's moves span."""
    return _DAILY_VOL[asset_class(row)]


def margin(row: RealEpic) -> float:
    """Margin factor in percent."""
    return _MARGIN[asset_class(row)]


# ------------------------------------------------------------------ hours and expiries

_US_SHARE_PREFIXES = {"UA", "UB", "UC", "UD", "SA", "SE", "SG", "SI"}


def schedule(row: RealEpic) -> Schedule:
    """When the market deals, by asset class and exchange."""
    kind = asset_class(row)
    if kind in ("fx", "metal"):
        return _hours.FX
    if kind == "crypto":
        return _hours.ALWAYS
    if kind == "index":
        return _hours.WEEKEND_INDEX if row.underlying.startswith("SUN") else _hours.INDEX
    if kind == "commodity":
        return _hours.COMMODITY
    if kind in ("rate", "bond"):
        return _hours.RATES
    if kind == "share":
        if row.prefix == "KA":
            return _hours.UK_SHARES
        return _hours.US_SHARES if row.prefix in _US_SHARE_PREFIXES else _hours.EU_SHARES
    return _hours.SPRINT


_QUARTERLY = (3, 6, 9, 12)
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def contract_month(row: RealEpic, today: datetime) -> tuple[int, int] | None:
    """(year, month) of a future's expiry: the n-th quarterly (financials) or monthly contract from today."""
    match = _FUTURE.match(row.contract)
    if match is None:
        return None
    n = int(match.group(1) or "1")
    quarterly = asset_class(row) in ("index", "rate", "bond")
    year, month = today.year, today.month
    count = 0
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        if not quarterly or month in _QUARTERLY:
            count += 1
            if count == n:
                return year, month


def expiry_label(year_month: tuple[int, int]) -> str:
    """IG's ``MMM-YY`` expiry."""
    year, month = year_month
    return f"{_MONTHS[month - 1]}-{year % 100:02d}"


# The day catalogue expiries are counted from: a fixed date keeps the catalogue (and its tests) reproducible.
CATALOGUE_DAY = datetime(2026, 6, 1, tzinfo=UTC)
