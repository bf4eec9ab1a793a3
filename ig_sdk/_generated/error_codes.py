# Generated from spec/ by `make generate` (codegen/templates/tables.py.jinja). Do not edit.
"""IG's error codes: HTTP status, ig_sdk.errors class name and meaning (spec x-ig-error-codes)."""

from __future__ import annotations

from typing import Any, Final

__all__ = ["ERROR_CODES"]

ERROR_CODES: Final[dict[str, dict[str, Any]]] = {}
