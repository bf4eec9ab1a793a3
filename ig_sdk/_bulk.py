"""Long lists without a model per item: an answer's item list kept as IG sent it, the rest parsed as usual.

A page of 10,000 price bars parsed into models makes 50,000 model objects; a DataFrame needs none of
them, only the numbers. :class:`Bulk` tells the core to decode such an answer with ``json.loads`` (collector
paused), validate everything around the list (metadata, allowance, paging) with the operation's own model,
and hand over the list itself untouched. The frame builders in ``ig_sdk.lib.frames`` read it by columns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ig_sdk._gc import paused_gc

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["Bulk", "BulkPage"]

M = TypeVar("M", bound="BaseModel")


class BulkPage(Generic[M]):
    """One answer whose item list is raw JSON objects; every other attribute reads the validated model.

    ``page.metadata``, ``page.allowance``… are the model's (so paging and the rate limiter read them as
    usual); ``page.<items>`` (``page.prices``…) is the list of JSON objects IG sent, not validated.
    """

    __slots__ = ("envelope", "items", "items_name")

    def __init__(self, envelope: M, items_name: str, items: list[Any]) -> None:
        self.envelope = envelope
        """The answer's model, its item list left empty."""
        self.items_name = items_name
        self.items = items
        """The items as IG sent them (JSON objects as dicts)."""

    def __getattr__(self, name: str) -> Any:
        if name == self.items_name:
            return self.items
        return getattr(self.envelope, name)

    def __repr__(self) -> str:
        return f"<BulkPage {type(self.envelope).__name__} with {len(self.items)} {self.items_name}>"


@dataclass(frozen=True, slots=True)
class Bulk(Generic[M]):
    """What to parse an answer into instead of ``model``: a :class:`BulkPage` with ``items`` left raw."""

    model: type[M]
    items: str
    """Python name of the model's item list (``prices``, ``transactions``…)."""

    def parse(self, content: bytes) -> BulkPage[M]:
        """Decode ``content``; raises ``ValueError`` when it is not JSON or the rest fails validation."""
        with paused_gc:
            payload = json.loads(content)
        field = self.model.model_fields.get(self.items)
        wire = field.alias if field is not None and field.alias else self.items
        items: Any = payload.get(wire) if isinstance(payload, dict) else None
        rest = {**payload, wire: []} if isinstance(payload, dict) else payload
        return BulkPage(self.model.model_validate(rest), self.items, items if isinstance(items, list) else [])
