"""Naming rules shared by every generated artefact (pure functions)."""

from __future__ import annotations

import keyword
import re

__all__ = ["snake_case", "pascal_case", "python_identifier", "constant_case"]

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[^A-Za-z0-9]+")


def snake_case(name: str) -> str:
    """``dealReference`` → ``deal_reference``; ``OTCPosition`` → ``otc_position``."""
    parts = [p for p in _BOUNDARY.split(name) if p]
    return "_".join(p.lower() for p in parts)


def pascal_case(name: str) -> str:
    """``working_orders`` → ``WorkingOrders``; ``client-sentiment`` → ``ClientSentiment``."""
    parts = [p for p in _BOUNDARY.split(name) if p]
    return "".join(p[:1].upper() + p[1:] for p in parts)


def constant_case(name: str) -> str:
    """``createOTCPositionV2`` → ``CREATE_OTC_POSITION_V2``."""
    return snake_case(name).upper()


def python_identifier(name: str) -> str:
    """A Python parameter name for IG's wire name: snake_case, ``_``-suffixed for keywords (``from_``)."""
    ident = snake_case(name)
    if keyword.iskeyword(ident) or ident in {"self", "timeout", "extra_headers"}:
        ident += "_"
    return ident
