"""The public operation registry: every IG endpoint version the SDK can call.

>>> from ig_sdk import operations
>>> op = operations.find("POST", "/positions/otc", version=2)
>>> op.python_name, op.trading
('positions.create_v2', True)
"""

from __future__ import annotations

from collections.abc import Iterable

from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._operation_record import Operation, Param

__all__ = ["ALL", "Operation", "Param", "find", "find_all", "get", "AmbiguousOperationError"]

ALL: tuple[Operation, ...] = tuple(OPERATIONS.values())
"""Every operation, in spec order."""


class AmbiguousOperationError(LookupError):
    """Several operations share the method, path and version; pass ``query=`` or ``operation_id=``."""


def get(operation_id: str) -> Operation:
    """The operation with this operationId (IG's catalogue name, e.g. ``createOTCPositionV2``)."""
    try:
        return OPERATIONS[operation_id]
    except KeyError:
        raise LookupError(f"no IG operation {operation_id!r}") from None


def find_all(method: str, path: str, version: int | None = None) -> tuple[Operation, ...]:
    """Every operation for an HTTP method and IG path template, optionally of one VERSION."""
    method = method.upper()
    return tuple(
        op
        for op in ALL
        if op.method == method and op.path == path and (version is None or op.version == version)
    )


def find(
    method: str,
    path: str,
    version: int = 1,
    *,
    query: Iterable[str] | None = None,
    operation_id: str | None = None,
) -> Operation:
    """The one operation for ``method``, IG's ``path`` template (``/markets/{epic}``) and ``version``.

    IG serves two different ``GET /markets`` VERSION 1 operations told apart by their query parameters
    (``epics`` or ``searchTerm``): name one of the query parameters in ``query`` (or give ``operation_id``)
    to pick between operations that share a method, path and version.
    """
    candidates = find_all(method, path, version)
    if operation_id is not None:
        candidates = tuple(op for op in candidates if op.operation_id == operation_id)
    if query is not None and len(candidates) > 1:
        wanted = set(query)
        candidates = tuple(
            op for op in candidates if wanted <= {p.wire_name for p in op.params if p.location == "query"}
        )
    if not candidates:
        raise LookupError(f"no IG operation {method.upper()} {path} VERSION {version}")
    if len(candidates) > 1:
        names = ", ".join(op.operation_id for op in candidates)
        raise AmbiguousOperationError(
            f"{method.upper()} {path} VERSION {version} is several operations ({names}); "
            "pass query=[...] or operation_id=..."
        )
    return candidates[0]
