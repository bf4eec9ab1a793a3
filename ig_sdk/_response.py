"""Raw access to IG's answers: status, headers and the lazily parsed model.

``client.positions.with_raw_response.create_v2(...)`` calls the ordinary method with a private marker header;
the core sees the marker (it is never sent) and returns an :class:`APIResponse` instead of the model.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Final, Generic, ParamSpec, TypeVar, cast

import httpx

if TYPE_CHECKING:
    from ig_sdk._operation_record import Operation

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "RAW_RESPONSE_HEADER",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")

RAW_RESPONSE_HEADER: Final = "X-IG-SDK-Raw-Response"


class _BaseAPIResponse(Generic[R]):
    def __init__(
        self,
        *,
        http_response: httpx.Response,
        operation: Operation,
        parser: Callable[[], R],
        retries_taken: int,
        deal_reference: str | None,
    ) -> None:
        self.http_response = http_response
        self.operation = operation
        self.retries_taken = retries_taken
        self.deal_reference = deal_reference
        self._parser = parser
        self._parsed: R | None = None
        self._is_parsed = False

    @property
    def status_code(self) -> int:
        """The HTTP status IG answered with."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """IG's response headers (they may hold session tokens: do not log them unredacted)."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The raw body."""
        return self.http_response.content

    def _parse(self) -> R:
        if not self._is_parsed:
            self._parsed = self._parser()
            self._is_parsed = True
        return cast("R", self._parsed)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.operation.python_name} [{self.status_code}]>"


class APIResponse(_BaseAPIResponse[R]):
    """IG's answer to one call: status, headers, and :meth:`parse` for the typed model."""

    def parse(self) -> R:
        """The model the ordinary method would have returned (parsed once, then cached)."""
        return self._parse()


class AsyncAPIResponse(_BaseAPIResponse[R]):
    """The async twin of :class:`APIResponse`."""

    async def parse(self) -> R:
        """The model the ordinary method would have returned (parsed once, then cached)."""
        return self._parse()


def _with_marker(kwargs: dict[str, Any]) -> None:
    extra = dict(kwargs.get("extra_headers") or {})
    extra[RAW_RESPONSE_HEADER] = "true"
    kwargs["extra_headers"] = extra


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a generated sync method so it returns :class:`APIResponse` instead of the model."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        _with_marker(kwargs)
        return cast("APIResponse[R]", func(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """Wrap a generated async method so it returns :class:`AsyncAPIResponse` instead of the model."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        _with_marker(kwargs)
        return cast("AsyncAPIResponse[R]", await func(*args, **kwargs))

    return wrapped
