"""Read IG fields from parsed JSON or from generated models alike.

The client may hand the limiter either the raw JSON (camelCase keys) or a generated model (snake_case
attributes, unknown fields kept under IG's names), so lookups try both spellings.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

__all__ = ["read_field", "normalise_name", "snake_case"]

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@functools.cache  # a handful of IG field names, looked up on every price download
def snake_case(name: str) -> str:
    """``remainingAllowance`` → ``remaining_allowance``."""
    return _CAMEL_BOUNDARY.sub("_", name).lower()


def normalise_name(name: str) -> str:
    """One spelling for wire and Python names: ``numPoints``, ``num_points`` and ``from_`` → ``numpoints``…"""
    return name.replace("_", "").lower()


def read_field(obj: object, wire_name: str) -> object | None:
    """The value of IG field ``wire_name`` in ``obj`` (a mapping or a model), or None when absent."""
    if obj is None:
        return None
    if isinstance(obj, Mapping):
        if wire_name in obj:
            value: object = obj[wire_name]
            return value
        snake = snake_case(wire_name)
        other: object = obj.get(snake)
        return other
    for attr in (snake_case(wire_name), wire_name):
        found: object = getattr(obj, attr, None)
        if found is not None:
            return found
    return None
