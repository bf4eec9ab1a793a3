"""Argument markers (NOT_GIVEN, the verbatim-query key), importable without loading pydantic or paging."""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["NOT_GIVEN", "NotGiven", "VERBATIM_QUERY"]

VERBATIM_QUERY: Final = "__ig_verbatim_query__"
"""Argument key (never a Python parameter name) for query values to send exactly as IG's link gave them."""


class NotGiven:
    """Marks an argument the caller did not pass, so that an explicit ``None`` can mean "send null"."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
