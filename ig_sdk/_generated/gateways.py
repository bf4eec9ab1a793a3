# Generated from spec/ by `make generate` (codegen/templates/tables.py.jinja). Do not edit.
"""IG's REST gateways by account type (spec servers)."""

from __future__ import annotations

from typing import Final

__all__ = ["GATEWAYS"]

GATEWAYS: Final[dict[str, str]] = {
    "LIVE": "https://api.ig.com/gateway/deal",
    "DEMO": "https://demo-api.ig.com/gateway/deal",
}
