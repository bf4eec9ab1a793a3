"""Descriptions of IG's streaming items, as the generated module declares them and the core consumes them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

__all__ = ["ItemKind", "RetiredItem", "any_value"]

U = TypeVar("U")


@dataclass(frozen=True, slots=True)
class ItemKind(Generic[U]):
    """One kind of IG streaming item: how to name it, subscribe to it and turn its values into ``U``.

    ``fields``, ``attributes`` and ``parsers`` are parallel: the wire name, the Python attribute and the
    parser of each field, in subscription order. ``model(item, snapshot, changed, *values)`` builds an update.
    """

    key: str
    pattern: str
    mode: Literal["MERGE", "DISTINCT"]
    adapter: str | None
    fields: tuple[str, ...]
    attributes: tuple[str, ...]
    parsers: tuple[Callable[[str | None], Any], ...]
    model: Callable[..., U]
    scales: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RetiredItem:
    """An item IG no longer serves, with what replaces it."""

    name: str
    aliases: tuple[str, ...]
    retired_on: str
    replacement: str
    field_map: Mapping[str, str | None]

    def message(self, requested: str) -> str:
        """The explanation given to a caller who asked for ``requested``."""
        mapped = ", ".join(f"{old}->{new}" for old, new in self.field_map.items() if new)
        gone = ", ".join(old for old, new in self.field_map.items() if not new)
        text = (
            f"IG retired the {self.name} item (requested {requested!r}) on {self.retired_on}: "
            f"use client.stream.prices(epic) (PRICE:<accountId>:<epic> on the Pricing adapter). "
            f"Field equivalents: {mapped}."
        )
        return text + (f" No PRICE equivalent: {gone}." if gone else "")


def any_value(*values: object) -> bool:
    """True when any value (or any value inside a tuple) is not None: whether a ladder record exists."""
    for value in values:
        if isinstance(value, tuple):
            if any(v is not None for v in value):
                return True
        elif value is not None:
            return True
    return False
