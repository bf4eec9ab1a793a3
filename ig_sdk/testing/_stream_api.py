"""The seam between the simulator's IG state and its Lightstreamer server.

The Lightstreamer side (``_lightstreamer``) speaks TLCP and knows nothing of IG; the IG side (``_engine``)
knows accounts, prices and deals and nothing of TLCP. They meet here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

__all__ = ["ItemValues", "StreamSource", "StreamSink"]

ItemValues = Mapping[str, str | None]
"""Field name -> value as Lightstreamer carries it (strings; None is a null field)."""


class StreamSource(Protocol):
    """What the Lightstreamer server asks of the IG side. Called on the simulator's event loop."""

    def authenticate(self, user: str | None, password: str) -> str | None:
        """Check IG's streaming credentials (password ``CST-<cst>|XST-<xst>``; user the account id or None).

        Returns the session's account id, or None when the tokens are not a live REST session.
        """
        ...

    def validate_item(self, adapter: str | None, item: str, mode: str, fields: Sequence[str]) -> str | None:
        """None when the subscription is acceptable, else the reason for refusing it (sent as REQERR)."""
        ...

    def snapshot(self, adapter: str | None, item: str, fields: Sequence[str]) -> Sequence[ItemValues]:
        """Current values of a MERGE item (one entry) or recent events of a DISTINCT item (any number)."""
        ...

    def subscribed(self, adapter: str | None, item: str) -> None:
        """The first client subscribed to the item: the IG side may start producing updates for it."""
        ...

    def unsubscribed(self, adapter: str | None, item: str) -> None:
        """The last client left the item."""
        ...


class StreamSink(Protocol):
    """What the IG side calls on the Lightstreamer server to deliver updates."""

    def publish(self, item: str, values: ItemValues) -> None:
        """Deliver an update of ``item`` to every subscription of it (only the fields each one asked for)."""
        ...

    def end_sessions_for(self, account_id: str | None = None) -> None:
        """End every streaming session (or one account's), as IG does when the REST session dies."""
        ...
