"""Long lists of rows in IG's answers (price bars): checked on arrival, built into models when first read.

A page of 1,000 price bars holds 4,000 prices of four ``Decimal`` numbers each and 2,000 timestamps. Building
every model of it costs three times decoding the JSON, and a caller often reads a handful of the bars (the
latest close) or hands the page to :func:`ig_sdk.lib.frames.prices_frame`, which reads IG's JSON directly.

So such a list arrives as :class:`Rows`: when the answer is parsed, every row is *checked* against a light
schema of its model (field names, JSON kinds, required fields, timestamp spellings), and a row becomes its
exact model (``Decimal``, ``datetime``) the first time it is read, once. From IG's bytes the light schema does
the decoding too: it turns the array into the rows' plain dicts in one pass, faster than ``json.loads``.

The light check is never laxer than the model: a row that passes it always builds. It reads every JSON number
as a Python float, so a row's ``Decimal`` has the spelling that float prints (IG's ``13661`` and ``41710.00``
become ``Decimal('13661.0')`` and ``Decimal('41710.0')``), equal in value to what other models hold; numbers
of more than 15 significant digits, which no IG price has, would be rounded.

A row the check refuses (a number sent as a string, an unusual timestamp spelling, an unknown enum value...)
is not an error by itself: the whole list is then validated by its model, with the usual response policy
(tolerant by default, strict when asked), exactly as if this module did not exist.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, Final, Generic, TypeVar, overload

from pydantic import (
    BaseModel,
    BeforeValidator,
    GetCoreSchemaHandler,
    TypeAdapter,
)
from pydantic_core import CoreSchema, ErrorDetails, ValidationError, core_schema

from ig_sdk._gc import paused_gc
from ig_sdk._timestamps import ISO_SECONDS_PARSERS, ISO_SECONDS_PATTERN

__all__ = ["Rows"]

_M = TypeVar("_M", bound=BaseModel)


# From this many rows on, building them pauses the cyclic garbage collector (see ig_sdk._gc).
_BULK_ROWS: Final = 200

# A strict float takes JSON integers too (as floats), but not strings, booleans, NaN or infinities.
_NUMBER: Final = core_schema.float_schema(strict=True, allow_inf_nan=False)
_INTEGER: Final = core_schema.int_schema(strict=True)
_TEXT: Final = core_schema.str_schema(strict=True)
_TIMESTAMP: Final = core_schema.str_schema(strict=True, pattern=ISO_SECONDS_PATTERN)


class Rows(Sequence[_M], Generic[_M]):
    """A read-only sequence of IG's rows (price bars), each built into its model the first time it is read.

    Index, slice, iterate and compare it like a list; ``list(rows)`` builds every row. Every row was checked
    when the answer arrived, so reading one cannot fail. Threads may read the same rows concurrently.
    """

    __slots__ = ("_items", "_model")

    def __init__(self, model: type[_M], items: list[Any]) -> None:
        self._model = model
        self._items = items  # IG's JSON object of a row until it is read, then its model

    def _row(self, index: int) -> _M:
        item = self._items[index]
        if type(item) is not dict:
            return typing.cast("_M", item)
        built = self._model.model_validate(item)
        # Two threads reading a row for the first time may both build it; the first stored model is the
        # one every reader gets from then on.
        current = self._items[index]
        if type(current) is dict:
            self._items[index] = built
            return built
        return typing.cast("_M", current)

    @overload
    def __getitem__(self, index: int) -> _M: ...

    @overload
    def __getitem__(self, index: slice) -> list[_M]: ...

    def __getitem__(self, index: int | slice) -> _M | list[_M]:
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self._items)))]
        return self._row(index)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[_M]:
        self._build_all()
        return iter(typing.cast("list[_M]", self._items))

    def _build_all(self) -> None:
        """Build every row not read yet in one validation call: a fifth cheaper than one call per row."""
        items = self._items
        pending = [i for i, item in enumerate(items) if type(item) is dict]
        if not pending:
            return
        with paused_gc if len(pending) >= _BULK_ROWS else contextlib.nullcontext():
            built: list[_M] = _builder_for(self._model)([items[i] for i in pending])
        for index, model in zip(pending, built, strict=True):
            if type(items[index]) is dict:  # a row another thread built meanwhile keeps its first model
                items[index] = model

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Rows | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable cache inside; equal to lists, which are unhashable

    def __repr__(self) -> str:
        return repr(list(self))

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        (arg,) = typing.get_args(source) or (None,)
        if not (isinstance(arg, type) and issubclass(arg, BaseModel)):
            raise TypeError(f"Rows takes one model class, not {source!r}")
        model: type[BaseModel] = arg
        eager = handler.generate_schema(list[model])  # type: ignore[valid-type]

        def wrap(items: list[Any]) -> Rows[BaseModel]:
            return Rows(model, items)

        # From JSON, the light schema itself turns IG's array into the rows' dicts: one pass over the bytes,
        # cheaper than json.loads alone. Only if it refuses a row does the model validate the whole list.
        # From Python objects (``model_validate`` of a dict) every row is built at once.
        from_json = core_schema.union_schema(
            [(core_schema.list_schema(_light(model)), _LIGHT), (eager, _MODEL)], mode="left_to_right"
        )
        return core_schema.json_or_python_schema(
            json_schema=core_schema.no_info_after_validator_function(wrap, from_json),
            python_schema=core_schema.no_info_after_validator_function(wrap, eager),
            serialization=core_schema.plain_serializer_function_ser_schema(list, return_schema=eager),
        )


# Where an error comes from when rows from JSON fail both the light check and their model: the errors
# located under _LIGHT say nothing about the answer, those under _MODEL are the model's own verdict.
_LIGHT: Final = "ig_sdk.rows:light"
_MODEL: Final = "ig_sdk.rows:model"


def model_errors(exc: ValidationError) -> list[ErrorDetails]:
    """``exc``'s errors as validating without ``Rows`` would have raised them (same types and locations)."""
    return [
        {**error, "loc": tuple(part for part in error["loc"] if part != _MODEL)}
        for error in exc.errors(include_url=False)
        if _LIGHT not in error["loc"]
    ]


# One validator per model, built on first use (a second thread may build it twice; both are the same).
@functools.cache
def _builder_for(model: type[BaseModel]) -> Callable[[list[Any]], list[Any]]:
    return TypeAdapter(list[model]).validate_python  # type: ignore[valid-type]


def _light(model: type[BaseModel]) -> CoreSchema:
    """A schema of ``model``'s JSON object: accepts only what the model accepts, yields a plain dict."""
    fields: dict[str, core_schema.TypedDictField] = {}
    for name, info in model.model_fields.items():
        schema, nullable = _light_type(info.annotation, info.metadata, f"{model.__name__}.{name}")
        fields[info.alias or name] = core_schema.typed_dict_field(
            core_schema.nullable_schema(schema) if nullable else schema, required=info.is_required()
        )
    # A field IG adds is not looked at, only kept in the row's dict: its model keeps it too.
    return core_schema.typed_dict_schema(fields, extra_behavior="allow")


def _light_type(annotation: Any, metadata: list[Any], where: str) -> tuple[CoreSchema, bool]:
    """The light schema of one field's type, and whether the field takes null."""
    if typing.get_origin(annotation) is typing.Annotated:
        inner, *extra = typing.get_args(annotation)
        return _light_type(inner, [*metadata, *extra], where)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(members) == 1 and len(typing.get_args(annotation)) == 2:  # X | None
            schema, _ = _light_type(members[0], metadata, where)
            return schema, True
    elif annotation is Decimal:
        return _NUMBER, False
    elif annotation is int:
        return _INTEGER, False
    elif annotation is str:
        return _TEXT, False
    elif annotation is datetime and _parses_iso_seconds(metadata):
        return _TIMESTAMP, False
    elif isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return core_schema.literal_schema([member.value for member in annotation]), False
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _light(annotation), False
    raise TypeError(f"{where}: no light check for {annotation!r}; Rows cannot hold this model")


def _parses_iso_seconds(metadata: list[Any]) -> bool:
    parsers = [m.func for m in metadata if isinstance(m, BeforeValidator)]
    return len(parsers) == 1 and parsers[0] in ISO_SECONDS_PARSERS
