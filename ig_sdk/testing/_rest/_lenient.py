"""IG's tolerance of request bodies: booleans and numbers spelled as JSON strings are read as their values.

Working clients send ``"guaranteedStop": "false"`` or ``"trailingStopsEnabled": "true"`` (Finance::IG,
trading-ig) and IG honours them as booleans; a handler reading ``body["forceOpen"]`` must therefore see
``False``, not the truthy string. Which fields are booleans or numbers comes from the operation's generated
request model (the spec), so no list of field names is kept here.
"""

from __future__ import annotations

import types
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from ig_sdk._generated import models
from ig_sdk._generated.operation_table import OPERATIONS

__all__ = ["lenient_body"]

_BOOL = "bool"
_NUMBER = "number"
_TRUE, _FALSE = "true", "false"


def _kind(annotation: Any) -> str | None:
    """``bool`` or ``number`` when every non-None member of the annotation is one (else None)."""
    origin = get_origin(annotation)
    if origin is not None and origin not in (Union, types.UnionType):
        # Annotated[...] keeps the real type first.
        args = get_args(annotation)
        return _kind(args[0]) if args and hasattr(annotation, "__metadata__") else None
    members = [a for a in get_args(annotation) if a is not type(None)] if origin is not None else [annotation]
    kinds = {_BOOL if m is bool else _NUMBER if m in (int, float, Decimal) else None for m in members}
    return kinds.pop() if len(kinds) == 1 else None


@cache
def _field_kinds(operation: str) -> dict[str, str]:
    op = OPERATIONS.get(operation)
    name = op.request_model_name if op is not None else None
    model = getattr(models, name, None) if name else None
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return {}
    kinds: dict[str, str] = {}
    for field_name, info in model.model_fields.items():
        kind = _kind(info.annotation)
        if kind is not None:
            kinds[info.alias or field_name] = kind
    return kinds


def _number(text: str) -> int | float | str:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return text  # left as sent: the handler refuses it as IG would
    return int(value) if value == value.to_integral_value() and "." not in text else float(value)


def lenient_body(operation: str, body: dict[str, Any]) -> dict[str, Any]:
    """The body with string-spelled booleans and numbers turned into JSON values, as IG reads them."""
    kinds = _field_kinds(operation)
    if not kinds:
        return body
    fixed = dict(body)
    for name, kind in kinds.items():
        value = fixed.get(name)
        if not isinstance(value, str):
            continue
        if kind == _BOOL and value.strip().lower() in (_TRUE, _FALSE):
            fixed[name] = value.strip().lower() == _TRUE
        elif kind == _NUMBER:
            fixed[name] = _number(value)
    return fixed
