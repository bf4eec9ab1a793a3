"""Response shapes per IG operation, used to answer each VERSION with exactly its fields.

``_shapes.json`` lists, for every operation of IG's REST catalogue, the field names of its response (a dict
per object, a one-element list per array, ``null`` for a leaf or a free-form object). Handlers build one
rich record holding the fields of every version; :func:`project` cuts it down to the requested version's
fields and fills the ones the simulator does not model with ``null``, as IG does; a field a handler sets to
:data:`OMIT` is left out, as IG leaves out some fields its catalogue lists.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["OMIT", "project", "shape_of"]

OMIT: object = type("Omit", (), {"__repr__": lambda self: "OMIT"})()
"""A handler's value for a field the catalogue describes but IG leaves out of its answers altogether."""


@cache
def _all_shapes() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("_shapes.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def shape_of(operation: str) -> Any:
    """The response shape of an operation (KeyError for an unknown operation name)."""
    return _all_shapes()[operation]


def project(value: Any, shape: Any) -> Any:
    """Keep only the fields ``shape`` names, recursively; missing fields become None."""
    if shape is None or value is None:
        return value
    if isinstance(shape, list):
        if not isinstance(value, list):
            return value
        return [project(item, shape[0]) for item in value]
    if not isinstance(value, dict):
        return value
    return {key: project(value.get(key), sub) for key, sub in shape.items() if value.get(key) is not OMIT}
