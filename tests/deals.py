"""The one market order the test suites open when any position will do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

EURUSD: Final = "CS.D.EURUSD.TODAY.IP"

OPEN_EURUSD: Final[Mapping[str, Any]] = {
    "epic": EURUSD,
    "expiry": "DFB",
    "direction": "BUY",
    "size": 1,
    "order_type": "MARKET",
    "currency_code": "GBP",
    "force_open": True,
    "guaranteed_stop": False,
}
"""A 1-lot EUR/USD spread-bet BUY at market, as ``positions.create`` keywords.

Vary it with ``{**OPEN_EURUSD, "size": 2}``."""
