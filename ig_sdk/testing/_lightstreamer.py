"""The simulator's Lightstreamer server: the subset of TLCP that lightstreamer-client-lib speaks, on aiohttp.

It knows nothing of IG: credentials, items and snapshots come from a :class:`StreamSource` and updates arrive
through :meth:`LightstreamerServer.publish` (the :class:`StreamSink` side). Supported: WS-STREAMING and
HTTP-STREAMING (plus HTTP-POLLING), create/bind/control, MERGE, DISTINCT and RAW subscriptions with snapshots,
per-subscription data adapters, recovery with replay after a dropped connection, PROBE keep-alives, a request
log and fault injection for tests. Not modelled: COMMAND mode, WS-POLLING, client messages, bandwidth limits,
frequency throttling (``LS_requested_max_frequency`` is accepted and echoed in CONF, not enforced).
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal, TypeVar

from aiohttp import WSMsgType, web

from ig_sdk.testing._stream_api import ItemValues, StreamSource
from ig_sdk.testing._tlcp_session import Channel, Session, Subscription
from ig_sdk.testing._tlcp_wire import line, parse_params, update_line, version_of_subprotocol

__all__ = [
    "TLCP_2_4",
    "TLCP_2_5",
    "LightstreamerConfig",
    "LightstreamerServer",
    "RequestRecord",
    "register_lightstreamer",
]

TLCP_2_4: Final = "TLCP-2.4.0"
"""The protocol of lightstreamer-client-lib 1.0.x, the only one IG is known to accept."""
TLCP_2_5: Final = "TLCP-2.5.0"
"""The protocol of lightstreamer-client-lib 2.x (IG has answered it with CONERR 65)."""

_T = TypeVar("_T")
_ErrorReply = tuple[int, str]  # (code, message) of a CONERR or REQERR


@dataclass(frozen=True)
class _Opened:
    """A create or bind accepted: the session, plus lines to send after CONOK (PROG when recovering)."""

    session: Session
    extra: list[str]


_MODES: Final = frozenset({"MERGE", "DISTINCT", "RAW"})
_REAP_INTERVAL_S: Final = 0.5
_CROSS_THREAD_TIMEOUT_S: Final = 10.0


@dataclass(frozen=True)
class LightstreamerConfig:
    """Tunables of the Lightstreamer server; the defaults behave like IG's."""

    keepalive_ms: int = 5000
    """Keep-alive announced in CONOK when the client asks for none."""
    min_keepalive_ms: int = 100
    """Lower bound for a client-requested ``LS_keepalive_millis`` (kept low so tests can use short timers)."""
    max_keepalive_ms: int = 30_000
    """Upper bound for a client-requested ``LS_keepalive_millis``."""
    protocol_versions: tuple[str, ...] = (TLCP_2_4,)
    """Accepted TLCP versions; add :data:`TLCP_2_5` to serve lightstreamer-client-lib 2.x."""
    max_subscriptions: int = 40
    """Subscriptions one session may hold at once (IG's ``concurrentSubscriptionsLimit``)."""
    subscription_limit_error: tuple[int, str] = (-1, "Subscription limit exceeded")
    """REQERR code and message for one subscription too many. IG's exact reply is not documented."""
    item_refused_code: int = 21
    """REQERR code when the source refuses an item (Lightstreamer's "bad item group")."""
    session_end_code: int = 31
    """END code used by :meth:`LightstreamerServer.end_sessions_for` (the server closed the session)."""
    request_limit: int = 50_000
    """Largest control request body the client may send, announced in CONOK."""
    recovery_history: int = 10_000
    """Counted notifications kept per session for recovery; older ones cannot be replayed."""
    orphan_timeout_s: float = 30.0
    """How long a session without any connection waits for a rebind before it is discarded."""
    server_name: str = "ig-sdk simulator"


@dataclass(frozen=True)
class RequestRecord:
    """One TLCP request as the server received it (one record per parameter line of a batched request)."""

    transport: Literal["WS", "HTTP"]
    verb: str
    """``create_session``, ``bind_session``, ``control``, ``wsok``, ``heartbeat`` or ``msg``."""
    params: Mapping[str, str]
    """Decoded ``LS_*`` parameters, including ``LS_password`` (kept out of the repr)."""
    session_id: str | None
    protocol: str | None
    at: float = field(default_factory=time.monotonic)

    def __repr__(self) -> str:
        shown = {k: ("***" if k == "LS_password" else v) for k, v in self.params.items()}
        return f"RequestRecord({self.transport} {self.verb} session={self.session_id!r} params={shown!r})"


class LightstreamerServer:
    """TLCP server state plus the fault-injection API used by tests.

    Implements ``StreamSink``. Every public method may be called from any thread: when the server runs on
    another thread's event loop, the call is carried out on that loop and waited for.
    """

    def __init__(self, source: StreamSource, config: LightstreamerConfig) -> None:
        self._source = source
        self._config = config
        self._sessions: dict[str, Session] = {}
        self._channels: set[Channel] = set()
        self._item_refs: Counter[tuple[str | None, str]] = Counter()
        self._requests: list[RequestRecord] = []
        self._conerr_faults: list[tuple[int, str]] = []
        self._keepalive_override: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._reaper: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        return f"LightstreamerServer(sessions={len(self._sessions)}, connections={len(self._channels)})"

    @property
    def config(self) -> LightstreamerConfig:
        """The configuration the server was registered with."""
        return self._config

    # ---- StreamSink -------------------------------------------------------------------------------------

    def publish(self, item: str, values: ItemValues) -> None:
        """Deliver an update of ``item`` to every subscription of it, restricted to each one's fields.

        Fields missing from ``values`` go out as "unchanged", so the client keeps their previous value (in
        DISTINCT mode too); pass None to clear a field.
        """
        self._on_loop(lambda: self._publish(item, values))

    def end_sessions_for(self, account_id: str | None = None) -> None:
        """End every session (or one account's) with END, as IG does when the REST session dies."""

        def run() -> None:
            for session in list(self._sessions.values()):
                if account_id is None or session.account_id == account_id:
                    self._remove(session, line("END", self._config.session_end_code, "Session closed"))

        self._on_loop(run)

    # ---- faults and inspection for tests ------------------------------------------------------------------

    def drop_connections(self) -> None:
        """Cut every open connection abruptly; sessions survive, so clients can recover them."""

        def run() -> None:
            for channel in list(self._channels):
                channel.abort()

        self._on_loop(run)

    def end_session(
        self, session_id: str | None = None, code: int = 41, message: str = "Session ended by the server"
    ) -> None:
        """Send ``END,code,message`` on a session (every session when ``session_id`` is None) and discard it.

        With codes 41 and 48 the client opens a new session at once; with others it stops and reports the
        error through ``onServerError``.
        """

        def run() -> None:
            for session in list(self._sessions.values()):
                if session_id is None or session.session_id == session_id:
                    self._remove(session, line("END", code, message))

        self._on_loop(run)

    def send_conerr(self, code: int, message: str = "Injected error", count: int = 1) -> None:
        """Answer the next ``count`` session requests (create or bind) with ``CONERR,code,message``."""
        self._on_loop(lambda: self._conerr_faults.extend([(code, message)] * count))

    def stall(self, seconds: float, *, lose_data: bool = False) -> None:
        """Make every open connection go silent (no data, no probes) for ``seconds``.

        New connections are not affected, so a client that gives up on a stalled stream can recover. With
        ``lose_data`` the notifications meant for the stalled connections count as sent but never arrive, so
        the client only gets them through recovery's replay.
        """

        def run() -> None:
            until = asyncio.get_running_loop().time() + seconds
            for channel in self._channels:
                channel.stall(until, lose_data=lose_data)

        self._on_loop(run)

    def set_keepalive(self, milliseconds: int | None) -> None:
        """Probe every ``milliseconds`` from now on, on open connections too, and announce it in new CONOKs.

        Open connections are not told (as a real server's keep-alive cannot change mid-stream), which lets a
        test make probes later than the client expects. None restores the configured behaviour.
        """

        def run() -> None:
            self._keepalive_override = milliseconds
            for channel in self._channels:
                channel.wake.set()

        self._on_loop(run)

    def requests(self) -> list[RequestRecord]:
        """Every request received so far, oldest first."""
        return self._on_loop(lambda: list(self._requests))

    def clear_requests(self) -> None:
        """Forget the request log."""
        self._on_loop(self._requests.clear)

    def session_ids(self) -> list[str]:
        """Ids of the live sessions, oldest first."""
        return self._on_loop(lambda: list(self._sessions))

    def subscribed_items(self) -> list[tuple[str | None, str]]:
        """(data adapter, item) pairs that at least one session is subscribed to."""
        return self._on_loop(lambda: sorted(self._item_refs, key=lambda k: (k[0] or "", k[1])))

    # ---- aiohttp wiring ---------------------------------------------------------------------------------

    async def _startup(self, app: web.Application) -> None:
        self._loop = asyncio.get_running_loop()
        self._reaper = asyncio.create_task(self._reap_orphans())

    async def _shutdown(self, app: web.Application) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reaper
        # Open streams would otherwise hold the server's shutdown until they time out.
        for channel in list(self._channels):
            channel.abort()

    def _on_loop(self, fn: Callable[[], _T]) -> _T:
        loop = self._loop
        try:
            current: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            current = None
        if loop is None or loop is current or loop.is_closed():
            return fn()

        async def call() -> _T:
            return fn()

        return asyncio.run_coroutine_threadsafe(call(), loop).result(_CROSS_THREAD_TIMEOUT_S)

    async def _reap_orphans(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(_REAP_INTERVAL_S)
            deadline = loop.time() - self._config.orphan_timeout_s
            for session in list(self._sessions.values()):
                if (
                    session.channel is None
                    and session.detached_at is not None
                    and session.detached_at < deadline
                ):
                    self._remove(session)

    # ---- WebSocket transport ---------------------------------------------------------------------------

    async def _ws_handler(self, request: web.Request) -> web.StreamResponse:
        offered = [p.strip() for p in request.headers.get("Sec-WebSocket-Protocol", "").split(",")]
        # Accept whichever TLCP version is offered: an unsupported one is refused in-protocol with CONERR 65,
        # which is what clients see from IG, rather than with a failed handshake.
        ws = web.WebSocketResponse(protocols=[p for p in offered if p.startswith("TLCP-")])
        transport = request.transport
        await ws.prepare(request)
        version = version_of_subprotocol(ws.ws_protocol or "")

        async def write(text: str) -> None:
            await ws.send_str(text)

        def abort() -> None:
            if transport is not None:
                transport.abort()

        channel = Channel("WS", write, abort, keepalive_override=lambda: self._keepalive_override)
        self._channels.add(channel)
        pump = asyncio.create_task(self._run_ws_pump(channel, ws))
        try:
            async for message in ws:
                if message.type != WSMsgType.TEXT:
                    break
                self._on_ws_frame(channel, message.data, version)
        finally:
            channel.abort()
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(pump, 1.0)
            self._forget_channel(channel)
        return ws

    async def _run_ws_pump(self, channel: Channel, ws: web.WebSocketResponse) -> None:
        await channel.run()
        if channel.finished:
            await ws.close()

    def _on_ws_frame(self, channel: Channel, frame: str, version: str) -> None:
        verb, *rest = frame.split("\r\n")
        param_lines = [x for x in rest if x] or [""]
        if verb in ("wsok", "heartbeat"):
            self._record("WS", verb, {}, channel.session, version)
            if verb == "wsok":
                channel.send("WSOK")
            return
        for param_line in param_lines:
            params = parse_params(param_line)
            session = channel.session or self._sessions.get(params.get("LS_session", ""))
            self._record("WS", verb, params, session, version)
            if verb == "create_session":
                self._ws_open(channel, self._create(params, version))
            elif verb == "bind_session":
                if params.get("LS_polling") == "true":
                    channel.finish(line("CONERR", 68, "WS-POLLING is not supported by this server"))
                else:
                    self._ws_open(channel, self._bind(params, version, channel.session))
            elif verb == "control":
                req_id = params.get("LS_reqId", "")
                if session is None:
                    channel.send(line("REQERR", req_id, 20, "Session not found"))
                    continue
                error = self._control(session, params)
                if error is not None:
                    channel.send(line("REQERR", req_id, *error))
                elif params.get("LS_ack") != "false":
                    channel.send(line("REQOK", req_id))
                if params.get("LS_op") == "destroy" and params.get("LS_close_socket") == "true":
                    channel.finish()
            else:
                channel.send(line("REQERR", params.get("LS_reqId", ""), 68, f"Unsupported request {verb}"))

    def _ws_open(self, channel: Channel, result: _Opened | _ErrorReply) -> None:
        if isinstance(result, _Opened):
            channel.send(*self._conok(result.session), *result.extra)
            result.session.attach(channel)
        else:
            channel.finish(line("CONERR", *result))

    # ---- HTTP transport --------------------------------------------------------------------------------

    async def _http_handler(self, request: web.Request) -> web.StreamResponse:
        verb = request.match_info["verb"]
        version = request.query.get("LS_protocol", "")
        body = (await request.text()).replace("\r\n", "\n")
        param_lines = [x for x in body.split("\n") if x] or [""]
        if verb in ("create_session", "bind_session"):
            params = parse_params(param_lines[0])
            hinted = self._sessions.get(params.get("LS_session", ""))
            self._record("HTTP", verb, params, hinted, version)
            opened = (
                self._create(params, version) if verb == "create_session" else self._bind(params, version)
            )
            if not isinstance(opened, _Opened):
                return _text([line("CONERR", *opened)])
            if params.get("LS_polling") == "true":
                return await self._http_poll(opened.session, params, opened.extra)
            return await self._http_stream(request, opened.session, params, opened.extra)
        session = self._sessions.get(request.query.get("LS_session", ""))
        replies: list[str] = []
        for param_line in param_lines:
            params = parse_params(param_line)
            session = session or self._sessions.get(params.get("LS_session", ""))
            self._record("HTTP", verb, params, session, version)
            req_id = params.get("LS_reqId", "")
            if verb == "heartbeat":
                replies.append("REQOK")
            elif verb != "control":
                replies.append(line("REQERR", req_id, 68, f"Unsupported request {verb}"))
            elif session is None:
                return _text([line("ERROR", 20, "Session not found")])
            else:
                error = self._control(session, params)
                replies.append(line("REQOK", req_id) if error is None else line("REQERR", req_id, *error))
        return _text(replies)

    async def _http_poll(self, session: Session, params: Mapping[str, str], extra: list[str]) -> web.Response:
        recovering = "LS_recovery_from" in params
        idle_s = _int(params.get("LS_idle_millis"), 0) / 1000
        if not recovering and idle_s > 0:
            # Long polling: hold the request until something arrives or the client's idle time is up.
            session.activity.clear()
            if not session.pending():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(session.activity.wait(), idle_s)
        pending = session.pending()
        session.sent += len(pending)
        session.detached_at = asyncio.get_running_loop().time()
        pause = 0 if recovering else _int(params.get("LS_polling_millis"), 0)
        return _text([*self._conok(session), *extra, *pending, f"LOOP,{pause}"])

    async def _http_stream(
        self, request: web.Request, session: Session, params: Mapping[str, str], extra: list[str]
    ) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/plain; charset=utf-8"})
        response.enable_chunked_encoding()
        transport = request.transport
        await response.prepare(request)

        async def write(text: str) -> None:
            await response.write(text.encode())

        def abort() -> None:
            if transport is not None:
                transport.abort()

        content_length = params.get("LS_content_length")
        channel = Channel(
            "HTTP",
            write,
            abort,
            content_length=_int(content_length, 0) if content_length else None,
            keepalive_override=lambda: self._keepalive_override,
        )
        self._channels.add(channel)
        channel.send(*self._conok(session), *extra)
        session.attach(channel)
        try:
            await channel.run()
        finally:
            self._forget_channel(channel)
        if channel.finished:
            with contextlib.suppress(ConnectionError):
                await response.write_eof()
        return response

    # ---- session requests (both transports) ----------------------------------------------------------------

    def _create(self, params: Mapping[str, str], version: str) -> _Opened | _ErrorReply:
        refused = self._refuse(version)
        if refused is not None:
            return refused
        old = self._sessions.get(params.get("LS_old_session", ""))
        if old is not None:
            self._remove(old)
        user = params.get("LS_user")
        account_id = self._source.authenticate(user, params.get("LS_password", ""))
        if account_id is None:
            return 1, "User/password check failed"
        session = Session(
            session_id=f"S{secrets.token_hex(8)}",
            account_id=account_id,
            user=user,
            keepalive_ms=self._keepalive_for(params),
            history_limit=self._config.recovery_history,
        )
        session.detached_at = asyncio.get_running_loop().time()
        self._sessions[session.session_id] = session
        return _Opened(session, [])

    def _bind(
        self, params: Mapping[str, str], version: str, implied: Session | None = None
    ) -> _Opened | _ErrorReply:
        refused = self._refuse(version)
        if refused is not None:
            return refused
        session = self._sessions.get(params.get("LS_session", "")) or implied
        if session is None or session.session_id not in self._sessions:
            return 20, "Session not found"
        if "LS_keepalive_millis" in params:
            session.keepalive_ms = self._keepalive_for(params)
        if session.channel is not None:
            # The client only rebinds when it has given up on its previous connection, even if we have not.
            old = session.channel
            old.abort()
            session.detach(old, asyncio.get_running_loop().time())
        extra: list[str] = []
        if "LS_recovery_from" in params:
            progressive = _int(params["LS_recovery_from"], -1)
            if session.replay_from(progressive) is None:
                return 20, "Cannot recover the session from that point"
            session.sent = progressive
            extra.append(f"PROG,{progressive}")
        return _Opened(session, extra)

    def _refuse(self, version: str) -> _ErrorReply | None:
        if version not in self._config.protocol_versions:
            return 65, f"Unsupported protocol version: {version.removeprefix('TLCP-')}"
        if self._conerr_faults:
            return self._conerr_faults.pop(0)
        return None

    def _keepalive_for(self, params: Mapping[str, str]) -> int:
        if self._keepalive_override is not None:
            return self._keepalive_override
        requested = _int(params.get("LS_keepalive_millis"), self._config.keepalive_ms)
        return max(self._config.min_keepalive_ms, min(self._config.max_keepalive_ms, requested))

    def _conok(self, session: Session) -> list[str]:
        return [
            line("CONOK", session.session_id, self._config.request_limit, session.keepalive_ms, "*"),
            line("SERVNAME", self._config.server_name),
            line("CLIENTIP", "127.0.0.1"),
            "CONS,unlimited",
        ]

    def _remove(self, session: Session, *last_lines: str) -> None:
        """Discard a session: release its items and close its connection after ``last_lines``."""
        if self._sessions.pop(session.session_id, None) is None:
            return
        session.activity.set()
        for sub in list(session.subscriptions.values()):
            self._release(sub)
        session.subscriptions.clear()
        if session.channel is not None:
            session.channel.finish(*last_lines)

    def _forget_channel(self, channel: Channel) -> None:
        self._channels.discard(channel)
        if channel.session is not None:
            channel.session.detach(channel, asyncio.get_running_loop().time())

    def _record(
        self,
        transport: Literal["WS", "HTTP"],
        verb: str,
        params: dict[str, str],
        session: Session | None,
        version: str,
    ) -> None:
        session_id = session.session_id if session is not None else params.get("LS_session")
        self._requests.append(RequestRecord(transport, verb, params, session_id, version or None))

    # ---- control requests ---------------------------------------------------------------------------------

    def _control(self, session: Session, params: Mapping[str, str]) -> _ErrorReply | None:
        """Carry out one control request; returns the REQERR code and message on failure."""
        op = params.get("LS_op")
        if op == "add":
            return self._add(session, params)
        if op == "delete":
            sub = session.subscriptions.pop(_int(params.get("LS_subId"), -1), None)
            if sub is None:
                return 19, "Subscription not found"
            session.emit(line("UNSUB", sub.sub_id))
            self._release(sub)
            return None
        if op == "reconf":
            sub = session.subscriptions.get(_int(params.get("LS_subId"), -1))
            if sub is None:
                return 19, "Subscription not found"
            self._confirm_frequency(session, sub.sub_id, params.get("LS_requested_max_frequency"))
            return None
        if op == "destroy":
            self._remove(session)
            return None
        if op == "force_rebind":
            if session.channel is not None:
                session.channel.finish("LOOP,0")
            return None
        if op == "constrain":
            return None
        return 68, f"Unsupported operation {op}"

    def _add(self, session: Session, params: Mapping[str, str]) -> _ErrorReply | None:
        sub_id = _int(params.get("LS_subId"), -1)
        mode = params.get("LS_mode", "")
        items = params.get("LS_group", "").split()
        fields = params.get("LS_schema", "").split()
        adapter = params.get("LS_data_adapter")
        if sub_id < 0 or sub_id in session.subscriptions:
            return 68, "Bad or duplicate subscription id"
        if len(session.subscriptions) >= self._config.max_subscriptions:
            return self._config.subscription_limit_error
        if mode not in _MODES:
            return 23, f"Subscription mode {mode} is not supported"
        if not items:
            return 21, "No items"
        if not fields:
            return 22, "No fields"
        for item in items:
            reason = self._source.validate_item(adapter, item, mode, fields)
            if reason is not None:
                return self._config.item_refused_code, reason
        sub = Subscription(sub_id, mode, items, fields, adapter)
        session.subscriptions[sub_id] = sub
        session.emit(line("SUBOK", sub_id, len(items), len(fields)))
        self._confirm_frequency(session, sub_id, params.get("LS_requested_max_frequency"))
        self._send_snapshots(session, sub, params.get("LS_snapshot", "false"))
        for item in items:
            self._item_refs[(adapter, item)] += 1
            if self._item_refs[(adapter, item)] == 1:
                self._source.subscribed(adapter, item)
        return None

    def _send_snapshots(self, session: Session, sub: Subscription, requested: str) -> None:
        if requested == "false" or sub.mode == "RAW":
            return
        limit = _int(requested, 0) if requested != "true" else 0
        for pos, item in enumerate(sub.items, start=1):
            entries: Sequence[ItemValues] = self._source.snapshot(sub.adapter, item, sub.fields)
            if sub.mode == "MERGE":
                entries = entries[-1:]
            elif limit > 0:
                entries = entries[-limit:]
            for values in entries:
                self._emit_update(session, sub, pos, values)
            if sub.mode == "DISTINCT":
                session.emit(line("EOS", sub.sub_id, pos))

    def _confirm_frequency(self, session: Session, sub_id: int, requested: str | None) -> None:
        if requested is None:
            return
        if requested == "unfiltered":
            session.emit(line("CONF", sub_id, "unlimited", "unfiltered"))
        else:
            session.emit(line("CONF", sub_id, requested, "filtered"))

    def _release(self, sub: Subscription) -> None:
        for item in sub.items:
            key = (sub.adapter, item)
            self._item_refs[key] -= 1
            if self._item_refs[key] <= 0:
                del self._item_refs[key]
                self._source.unsubscribed(sub.adapter, item)

    def _publish(self, item: str, values: ItemValues) -> None:
        for session in self._sessions.values():
            for sub in session.subscriptions.values():
                for pos in _positions(sub.items, item):
                    self._emit_update(session, sub, pos, values)

    def _emit_update(self, session: Session, sub: Subscription, pos: int, values: ItemValues) -> None:
        update = update_line(sub.sub_id, pos, sub.fields, values, first=pos not in sub.started)
        if update is not None:
            sub.started.add(pos)
            session.emit(update)


def register_lightstreamer(
    app: web.Application, source: StreamSource, config: LightstreamerConfig | None = None
) -> LightstreamerServer:
    """Add the Lightstreamer routes (under ``/lightstreamer``) to ``app``; call before the app starts."""
    server = LightstreamerServer(source, config or LightstreamerConfig())
    app.router.add_get("/lightstreamer", server._ws_handler)
    app.router.add_post(r"/lightstreamer/{verb:[a-z_]+}.txt", server._http_handler)
    app.on_startup.append(server._startup)
    app.on_shutdown.append(server._shutdown)
    return server


def _text(lines: Iterable[str]) -> web.Response:
    return web.Response(text="".join(f"{x}\r\n" for x in lines), content_type="text/plain", charset="utf-8")


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _positions(items: Sequence[str], item: str) -> list[int]:
    return [pos for pos, name in enumerate(items, start=1) if name == item]
