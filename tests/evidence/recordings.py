"""IG's real answers in ``../shared/reference/real-payloads/``, each matched to the operation it answers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ig_sdk import operations
from ig_sdk.operations import Operation

FOLDER = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "real-payloads"


@dataclass(frozen=True)
class Recording:
    """One recorded REST answer and the operation that produced it.

    ``elided`` names the top-level fields the author cut from a fragment: their absence is not evidence.
    """

    name: str
    operation: Operation
    body: Any
    provenance: str
    fragment: bool
    elided: frozenset[str]


# Fragments that hold one element of the answer's list: the recording is wrapped back into the answer.
_ONE_ELEMENT_OF = {
    "positions-list-v1-1": "positions",
    "positions-list-v2-1": "positions",
    "positions-list-v2-4": "positions",
    "workingorders-list-v2-3": "workingOrders",
}


def _template(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "/?$")


def _operation(name: str, method: str, path: str, version: int) -> Operation:
    split = urlsplit(path)
    query = set(parse_qs(split.query))
    candidates = [
        op
        for op in operations.ALL
        if op.method == method and op.version == version and _template(op.path).match(split.path)
    ]
    # A literal path beats a template (`/markets/navigation` style) and query names pick between twins.
    literal = [op for op in candidates if op.path == split.path]
    candidates = literal or candidates
    if len(candidates) > 1:
        wanted = query or ({"searchTerm"} if "-search-" in name else {"epics"})
        candidates = [
            op for op in candidates if wanted <= {p.wire_name for p in op.params if p.location == "query"}
        ]
    if len(candidates) != 1:
        raise LookupError(f"{name}: {method} {path} VERSION {version} matches {candidates}")
    return candidates[0]


@cache
def rest_recordings() -> tuple[Recording, ...]:
    """Every recorded REST answer with a JSON body that the spec describes (errors and 204s aside)."""
    found: list[Recording] = []
    for file in sorted(FOLDER.glob("*.json")):
        if file.name.startswith("errors-"):
            continue
        data = json.loads(file.read_text(encoding="utf-8-sig"))
        op = _operation(file.stem, data["method"], data["path"], int(data["version"]))
        if data.get("body") is None or op.response_model is None:
            continue
        body = data["body"]
        if file.stem in _ONE_ELEMENT_OF:
            body = {_ONE_ELEMENT_OF[file.stem]: [body]}
        fragment = bool(data.get("fragment"))
        assert op.response_model is not None
        fields = {(info.alias or name) for name, info in op.response_model.model_fields.items()}
        elided = frozenset(fields - set(body)) if fragment and isinstance(body, dict) else frozenset()
        found.append(Recording(file.stem, op, body, data.get("provenance", ""), fragment, elided))
    return tuple(found)


def iter_objects(model: Any, body: Any, path: str = "") -> Iterator[tuple[str, type[Any], dict[str, Any]]]:
    """(path, model class, JSON object) for every object in ``body`` that the model tree describes."""
    from ig_sdk._response_policy import models_in

    if not isinstance(body, dict):
        return
    yield path, model, body
    for name, info in model.model_fields.items():
        wire = info.alias or name
        value = body.get(wire)
        inner = next(models_in(info.annotation), None)
        if inner is None or value is None:
            continue
        if isinstance(value, list):
            for item in value:
                yield from iter_objects(inner, item, f"{path}.{wire}[]".lstrip("."))
        else:
            yield from iter_objects(inner, value, f"{path}.{wire}".lstrip("."))
