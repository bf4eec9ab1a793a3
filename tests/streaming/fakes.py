"""An in-memory stand-in for the Lightstreamer library and for the REST client's streaming hooks."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ig_sdk._generated.models import (
    ActivityHistoryV3Response,
    DealConfirmationV1Response,
    PositionsV2Response,
    WorkingOrdersV2Response,
)
from ig_sdk._sent_references import SentReferences
from ig_sdk.errors import APIConnectionError, DealNotFoundError
from ig_sdk.streaming._transport import ConnectionEvents, Mode, SubscriptionEvents, TransportOptions


@dataclass
class FakeSub:
    mode: Mode
    items: list[str]
    fields: list[str]
    adapter: str | None
    events: SubscriptionEvents
    active: bool = True
    snapshot: bool = False


@dataclass
class FakeCreds:
    account_id: str
    password: str = field(repr=False)
    endpoint: str


class FakeTransport:
    """Records what the SDK asks of the library; tests play the library's events through it."""

    library_version = "1.0.3 build 20230622"

    def __init__(self, events: ConnectionEvents, options: TransportOptions | None = None) -> None:
        self.events = events
        self.options = options
        self.connects: list[tuple[str, str | None, str]] = []
        self.disconnects = 0
        self.subs: list[FakeSub] = []
        self.session = 0
        self.lock = threading.Lock()

    def connect(self, endpoint: str, user: str | None, password: str) -> None:
        self.connects.append((endpoint, user, password))

    def disconnect(self) -> None:
        self.disconnects += 1

    def subscribe(
        self,
        mode: Mode,
        items: Sequence[str],
        fields: Sequence[str],
        adapter: str | None,
        events: SubscriptionEvents,
        *,
        snapshot: bool = False,
    ) -> object:
        sub = FakeSub(mode, list(items), list(fields), adapter, events, snapshot=snapshot)
        self.subs.append(sub)
        if self.session:  # already connected: the server confirms at once
            events.on_subscribed()
        return sub

    def unsubscribe(self, handle: object) -> None:
        assert isinstance(handle, FakeSub)
        handle.active = False

    def session_id(self) -> str | None:
        return f"S{self.session}" if self.session else None

    # ---- playing the library ----
    def active(self, prefix: str = "") -> list[FakeSub]:
        return [s for s in self.subs if s.active and s.items[0].startswith(prefix)]

    def push(self, item: str, values: Mapping[str, str | None], snapshot: bool = False) -> None:
        for sub in self.active():
            if item in sub.items:
                changed = {sub.fields.index(k) + 1: v for k, v in values.items()}
                sub.events.on_update(item, snapshot, changed)

    def connected(self, new_session: bool = False) -> None:
        """The link is up; on a new session the library re-sends every subscription and each gets SUBOK."""
        fresh = new_session or not self.session
        if fresh:
            self.session += 1
        self.events.on_status("CONNECTED:WS-STREAMING")
        if fresh:
            for sub in self.active():
                sub.events.on_subscribed()

    def dropped(self) -> None:
        """The link went down (the library will try to recover or make a new session)."""
        self.events.on_status("DISCONNECTED:WILL-RETRY")


class FakeRest:
    """IG's REST reads the TRADE stream heals gaps with, answering IG's JSON shapes as real models."""

    def __init__(self) -> None:
        self.positions: list[dict[str, Any]] = []
        self.orders: list[dict[str, Any]] = []
        self.activity: list[dict[str, Any]] = []
        self.confirms: dict[str, dict[str, Any]] = {}
        self.calls: list[str] = []
        self.fail: set[str] = set()

    def _call(self, name: str) -> None:
        self.calls.append(name)
        if name in self.fail:
            raise APIConnectionError(f"{name} failed", operation=None)


class _Positions:
    def __init__(self, rest: FakeRest) -> None:
        self._rest = rest

    def list_v2(self) -> PositionsV2Response:
        self._rest._call("positions")
        return PositionsV2Response.model_validate({"positions": self._rest.positions})


class _Orders:
    def __init__(self, rest: FakeRest) -> None:
        self._rest = rest

    def list_v2(self) -> WorkingOrdersV2Response:
        self._rest._call("workingorders")
        return WorkingOrdersV2Response.model_validate({"workingOrders": self._rest.orders})


class _History:
    def __init__(self, rest: FakeRest) -> None:
        self._rest = rest

    def activity_pages_v3(self, **kwargs: Any) -> Iterator[ActivityHistoryV3Response]:
        yield self.activity_v3(**kwargs)

    def activity_v3(self, **kwargs: Any) -> ActivityHistoryV3Response:
        self._rest._call("activity")
        paging = {"size": len(self._rest.activity), "next": None}
        return ActivityHistoryV3Response.model_validate(
            {"activities": self._rest.activity, "metadata": {"paging": paging}}
        )


class _Deals:
    def __init__(self, rest: FakeRest) -> None:
        self._rest = rest

    def get_confirmation_v1(self, *, deal_reference: str) -> DealConfirmationV1Response:
        self._rest._call(f"confirms/{deal_reference}")
        body = self._rest.confirms.get(deal_reference)
        if body is None:
            raise DealNotFoundError(
                "not found",
                operation=None,
                status_code=404,
                error_code="error.confirms.deal-not-found",
                body=None,
                response=None,
            )
        return DealConfirmationV1Response.model_validate(body)


class FakeClient:
    """The REST client's streaming hooks: credentials, re-login and session-change listeners."""

    def __init__(self, account_id: str = "ACC1") -> None:
        self.rest = FakeRest()
        self.positions = _Positions(self.rest)
        self.working_orders = _Orders(self.rest)
        self.history = _History(self.rest)
        self.deals = _Deals(self.rest)
        self._sent_references = SentReferences()
        self.account_id = account_id
        self.generation = 1
        self.fetches = 0
        self.logins = 0
        self.listeners: list[Callable[[Any], None]] = []
        self.rate_limits = None  # pacing off: the stream falls back to IG's default subscription limit

    def streaming_credentials(self) -> FakeCreds:
        self.fetches += 1
        return FakeCreds(self.account_id, f"CST-c{self.generation}|XST-x{self.generation}", "http://ls.test")

    def login(self) -> None:
        self.logins += 1
        self.generation += 1

    def on_session_change(self, callback: Callable[[Any], None]) -> Callable[[], None]:
        self.listeners.append(callback)
        return lambda: self.listeners.remove(callback)

    def change_session(self, account_id: str | None = None) -> None:
        self.generation += 1
        if account_id is not None:
            self.account_id = account_id
        for listener in list(self.listeners):
            listener(object())
