# Generated from spec/ by `make generate` (codegen/templates/tables.py.jinja). Do not edit.
"""IG's published allowances, used until the application endpoint reports the real ones."""

from __future__ import annotations

from typing import Any, Final

__all__ = ["DEFAULTS"]

DEFAULTS: Final[dict[str, dict[str, Any]]] = {
    "non_trading": {
        "per_minute": 30,
        "note": "IG publishes 60 per account on LIVE; DEMO is lower (unverified)",
    },
    "trading": {"per_minute": 100},
    "application": {"per_minute": 60},
    "historical": {"points_per_week": 10000},
    "subscriptions": {"per_connection": 40},
}
