"""JSON for request bodies, with every Decimal written as the exact number it holds.

``json.dumps`` cannot write a Decimal as a JSON number, and going through float would turn ``0.1`` into the
nearest binary fraction's shortest spelling at best, and lose digits beyond 15 significant ones at worst.
Bodies are small (a dozen fields), so a plain recursive writer costs nothing measurable.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

__all__ = ["dumps"]


def _number(value: Decimal) -> str:
    if not value.is_finite():  # the request models refuse these first; this is the last line of defence
        raise ValueError(f"{value} is not a number IG accepts")
    return format(value, "f")


def _write(value: Any, out: list[str]) -> None:
    if isinstance(value, Decimal):
        out.append(_number(value))
    elif isinstance(value, dict):
        out.append("{")
        for i, (key, item) in enumerate(value.items()):
            if i:
                out.append(",")
            out.append(json.dumps(str(key)))
            out.append(":")
            _write(item, out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        out.append(json.dumps(value, allow_nan=False))


def dumps(value: Any) -> bytes:
    """Compact JSON of ``value`` (dicts, lists, str, int, float, bool, None, Decimal) as UTF-8 bytes."""
    out: list[str] = []
    _write(value, out)
    return "".join(out).encode()
