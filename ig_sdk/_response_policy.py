"""How an IG answer becomes a model: strict when asked, otherwise tolerant of odd values but never of gaps.

The fast path is one ``model_validate_json`` call. Only when that fails does this module look closer:

- a body that is empty, not JSON, or not the kind of JSON the model expects (a list where an object is due)
  raises :class:`APIResponseValidationError`, whatever the policy;
- a required field that is missing or null raises too, naming the operation and the field;
- any other value that does not parse as declared is an *odd value*. Under ``strict=True`` it raises. By
  default it is kept: an optional field becomes ``None`` (which its type already allows) and a required
  field keeps IG's raw value; either way the raw value is reachable through :func:`unparsed` on the model
  that holds it, and a warning is logged once per (operation, field).

Unknown enum values follow the same switch: tolerated as pseudo-members by default, refused when strict.
"""

from __future__ import annotations

import json
import logging
import threading
import types
import typing
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Union

from pydantic import BaseModel, Field, ValidationError, create_model

from ig_sdk._base_client import _describe as describe
from ig_sdk._logging import REDACTED, SENSITIVE_FIELDS
from ig_sdk._models import strict_enums
from ig_sdk._rows import model_errors
from ig_sdk.errors import APIResponseValidationError

if TYPE_CHECKING:
    import httpx

    from ig_sdk._operation_record import Operation

__all__ = ["parse_response", "unparsed"]

_log = logging.getLogger("ig_sdk")

_MISSING_TYPES = frozenset({"missing"})
_warned: set[tuple[str, str]] = set()
_warned_lock = threading.Lock()
_lenient_classes: dict[tuple[type[BaseModel], frozenset[str]], type[BaseModel]] = {}

Path = tuple[int | str, ...]


def unparsed(model: BaseModel) -> Mapping[str, object]:
    """IG's raw values that did not parse as declared in ``model``, keyed by IG's field name.

    Empty for a model whose every value parsed (always, under ``strict_responses=True``).
    """
    private = model.__pydantic_private__ or {}
    found = private.get("_ig_unparsed")
    return dict(found) if isinstance(found, dict) else {}


def _error(
    op: Operation, response: httpx.Response, field: str | None, what: str
) -> APIResponseValidationError:
    where = f" at {field}" if field else ""
    return APIResponseValidationError(
        f"{describe(op)}: IG's answer{where} {what}",
        operation=op,
        field=field,
        status_code=response.status_code,
        response=response,
    )


def _dotted(loc: Path) -> str:
    return ".".join(str(part) for part in loc)


def parse_response(op: Operation, response: httpx.Response, model: type[BaseModel], *, strict: bool) -> Any:
    """IG's answer to ``op`` as ``model`` under the client's response policy."""
    content = response.content
    if not content.strip():
        raise _error(op, response, None, f"is empty where a {model.__name__} is due")
    if strict:
        token = strict_enums.set(True)
        try:
            return model.model_validate_json(content)
        except ValidationError as exc:
            _raise_first(op, response, model, content, exc)
        finally:
            strict_enums.reset(token)
    try:
        return model.model_validate_json(content)
    except ValidationError as exc:
        return _tolerant(op, response, model, content, exc)


def _load(op: Operation, response: httpx.Response, model: type[BaseModel], content: bytes) -> Any:
    try:
        data = json.loads(content, parse_float=Decimal)
    except ValueError:
        raise _error(op, response, None, f"is not JSON where a {model.__name__} is due") from None
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise _error(op, response, None, f"is a JSON {kind} where a {model.__name__} object is due")
    return data


def _raise_first(
    op: Operation, response: httpx.Response, model: type[BaseModel], content: bytes, exc: ValidationError
) -> typing.NoReturn:
    _load(op, response, model, content)  # the body's own faults are named first
    errors = model_errors(exc)
    first = next((e for e in errors if _is_missing(e)), errors[0])
    raise _field_error(op, response, model, first)


def _field_error(
    op: Operation, response: httpx.Response, model: type[BaseModel], error: Mapping[str, Any]
) -> APIResponseValidationError:
    field = _dotted(error.get("loc", ()))
    if _is_missing(error):
        return _error(op, response, field, f"lacks {field}, which IG always sends")
    return _error(
        op, response, field or None, f"does not match {model.__name__}: {error.get('msg', 'invalid')}"
    )


def _is_missing(error: Mapping[str, Any]) -> bool:
    # A required field sent as null is as absent as a missing one: both mean IG did not send the value.
    return error["type"] in _MISSING_TYPES or (
        error.get("input", 0) is None and error["type"] != "none_required"
    )


def _tolerant(
    op: Operation, response: httpx.Response, model: type[BaseModel], content: bytes, exc: ValidationError
) -> Any:
    data = _load(op, response, model, content)
    errors = model_errors(exc)
    for error in errors:
        if _is_missing(error):
            raise _field_error(op, response, model, error)
    odd: dict[Path, set[str]] = {}
    raw_values: dict[Path, dict[str, object]] = {}
    for error in errors:
        parent, key = _field_of(data, error["loc"])
        if key is None:
            raise _error(op, response, _dotted(error["loc"]) or None, f"cannot be read: {error['msg']}")
        odd.setdefault(parent, set()).add(key)
        raw_values.setdefault(parent, {})[key] = _value_at(data, (*parent, key))
    top: type[BaseModel] = model
    # Deepest models first, so that a lenient instance is built before the model that contains it.
    for parent in sorted(odd, key=len, reverse=True):
        cls = _model_at(model, parent)
        container = _value_at(data, parent)
        required = frozenset(k for k in odd[parent] if _field_by_alias(cls, k)[1].is_required())
        for key in odd[parent] - required:
            del container[key]
        if required and not parent:
            top = _lenient(cls, required)
        elif required:
            _value_at(data, parent[:-1])[parent[-1]] = _lenient(cls, required).model_validate(container)
        for key in sorted(odd[parent]):
            _warn_once(op, parent, key, raw_values[parent][key])
    try:
        result = top.model_validate(data)
    except ValidationError as again:  # an odd value hid a gap behind it: report that gap
        raise _field_error(op, response, model, again.errors(include_url=False)[0]) from None
    for parent, values in raw_values.items():
        holder = _instance_at(result, parent)
        holder_private = dict(holder.__pydantic_private__ or {})
        holder_private["_ig_unparsed"] = {**holder_private.get("_ig_unparsed", {}), **values}
        object.__setattr__(holder, "__pydantic_private__", holder_private)
    return result


def _field_of(data: Any, loc: Path) -> tuple[Path, str | None]:
    """The (path of the object, wire name) of the model field an error points into."""
    node = data
    last: tuple[Path, str | None] = ((), None)
    walked: list[int | str] = []
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            last = (tuple(walked), part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:  # a union member's tag or a nested validator's own location: the field is the last key seen
            break
        walked.append(part)
    return last


def _value_at(data: Any, path: Path) -> Any:
    node = data
    for part in path:
        node = node[part]
    return node


def _field_by_alias(cls: type[BaseModel], wire: str) -> tuple[str, Any]:
    for name, info in cls.model_fields.items():
        if (info.alias or name) == wire or name == wire:
            return name, info
    raise KeyError(wire)


def models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        return
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        yield from models_in(typing.get_args(annotation)[0])
        return
    if origin in (Union, types.UnionType, list, tuple, dict) or origin is not None:
        for arg in typing.get_args(annotation):
            yield from models_in(arg)


def _model_at(model: type[BaseModel], path: Path) -> type[BaseModel]:
    cls = model
    for part in path:
        if isinstance(part, int):
            continue
        _, info = _field_by_alias(cls, part)
        found = next(models_in(info.annotation), None)
        if found is None:
            raise KeyError(part)
        cls = found
    return cls


def _instance_at(result: BaseModel, path: Path) -> BaseModel:
    node: Any = result
    for part in path:
        if isinstance(part, int):
            node = node[part]
        else:
            name, _ = _field_by_alias(type(node), part)
            node = getattr(node, name)
    if not isinstance(node, BaseModel):
        raise TypeError(f"no model at {_dotted(path)}")
    return node


def _lenient(cls: type[BaseModel], fields: frozenset[str]) -> type[BaseModel]:
    """A subclass of ``cls`` whose ``fields`` (wire names) take any value: IG's raw value is kept there."""
    key = (cls, fields)
    found = _lenient_classes.get(key)
    if found is None:
        overrides: dict[str, Any] = {}
        for wire in fields:
            name, info = _field_by_alias(cls, wire)
            overrides[name] = (Any, Field(alias=info.alias, description=info.description))
        found = create_model(cls.__name__, __base__=cls, __module__=cls.__module__, **overrides)
        _lenient_classes[key] = found
    return found


def _warn_once(op: Operation, parent: Path, key: str, value: object) -> None:
    field = ".".join([*(str(p) for p in parent if isinstance(p, str)), key])
    marker = (op.python_name, field)
    with _warned_lock:
        if marker in _warned:
            return
        _warned.add(marker)
    shown = REDACTED if key in SENSITIVE_FIELDS else repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    _log.warning(
        "%s: IG sent %s = %s, which does not parse as declared; kept as sent (see ig_sdk.unparsed)",
        describe(op),
        field,
        shown,
    )
