"""The error the engine raises for IG's ``{"errorCode": ...}`` answers."""

from __future__ import annotations

__all__ = ["ApiError"]


class ApiError(Exception):
    """An IG error response: HTTP status plus IG's error code."""

    def __init__(self, status: int, code: str) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
