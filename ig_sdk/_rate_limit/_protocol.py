"""What the client's request loop needs of a rate limiter: the seam for custom or shared limiters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from ig_sdk._rate_limit._limits import BucketName, RateLimits

if TYPE_CHECKING:
    from ig_sdk._operation_record import Operation
    from ig_sdk._rate_limit._core import RateLimitState

__all__ = ["RateLimiterProtocol", "AsyncRateLimiterProtocol"]


class RateLimiterProtocol(Protocol):
    """A sans-IO allowance keeper (``RateLimiter`` is the built-in one).

    The client always passes ``now``: seconds on its clock's *monotonic* scale, so pacing, the penalties and
    the figures of ``client.rate_limits`` share one time base whatever clock the limiter was built with.
    """

    def reserve(
        self, op: Operation, now: float | None = None, *, params: Mapping[str, object] | None = None
    ) -> float:
        """Book a slot for ``op`` and return the seconds to wait before sending it."""
        ...

    def observe(
        self,
        op: Operation,
        headers: Mapping[str, str] | None = None,
        body: object = None,
        *,
        now: float | None = None,
    ) -> None:
        """Learn from IG's answer to ``op`` (``body``: the parsed model, or the error's JSON)."""
        ...

    def penalise(
        self, bucket: BucketName, retry_after: float | None = None, *, now: float | None = None
    ) -> None:
        """IG refused a request for an exhausted allowance: grant nothing from ``bucket`` for a while."""
        ...

    def snapshot(self, now: float | None = None) -> RateLimitState:
        """A consistent view of every allowance at ``now`` (``client.rate_limits``)."""
        ...

    def configure_from_application(self, applications: object, api_key: str | None = None) -> RateLimits:
        """Adopt the allowances IG reports for ``api_key`` (``GET /operations/application``'s answer)."""
        ...


@runtime_checkable
class AsyncRateLimiterProtocol(Protocol):
    """A limiter whose bookkeeping is itself I/O (the shared Redis one): the async client awaits it.

    Same methods and meaning as :class:`RateLimiterProtocol`; ``asynchronous`` tells the two apart.
    """

    asynchronous: Literal[True]

    async def reserve(
        self, op: Operation, now: float | None = None, *, params: Mapping[str, object] | None = None
    ) -> float:
        """Book a slot for ``op`` and return the seconds to wait before sending it."""
        ...

    async def observe(
        self,
        op: Operation,
        headers: Mapping[str, str] | None = None,
        body: object = None,
        *,
        now: float | None = None,
    ) -> None:
        """Learn from IG's answer to ``op``."""
        ...

    async def penalise(
        self, bucket: BucketName, retry_after: float | None = None, *, now: float | None = None
    ) -> None:
        """IG refused a request for an exhausted allowance."""
        ...

    async def snapshot(self, now: float | None = None) -> RateLimitState:
        """A consistent view of every allowance at ``now``."""
        ...

    def configure_from_application(self, applications: object, api_key: str | None = None) -> RateLimits:
        """Adopt the allowances IG reports for ``api_key``."""
        ...

    async def close(self) -> None:
        """Release the store connection."""
        ...
