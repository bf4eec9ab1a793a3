"""A small HTTP fault proxy on 127.0.0.1 for the tests: it loses IG's answer in the ways a network does.

The proxy forwards each request to the simulator on a connection of its own and hands the answer back,
unless a fault is armed for the request (matched by method and path): then it answers as the fault says.
"After" faults let the simulator carry the request out and lose only the answer; "before" faults never let the
request reach the simulator.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum

import httpx

# Bounded waits: nothing the proxy does may hang a test.
_IO_TIMEOUT = 10.0


class Fault(StrEnum):
    """What happens to one request's answer."""

    TIMEOUT = "timeout"  # carried out; the answer is held back longer than the client waits
    DROP = "drop"  # carried out; the connection is closed without an answer
    CUT = "cut"  # carried out; the connection is cut in the middle of the body
    BAD_GATEWAY = "502"  # carried out; a gateway answers 502 instead
    GATEWAY_TIMEOUT = "504"  # carried out; a gateway answers 504 instead
    TRUNCATED = "truncated"  # carried out; a 200 whose JSON body is cut short (length consistent)
    UNAVAILABLE_BEFORE = "503-before"  # never reaches IG: 503 from the gateway
    DROP_BEFORE = "drop-before"  # never reaches IG: the connection is closed at once

    @property
    def reaches_ig(self) -> bool:
        return self not in (Fault.UNAVAILABLE_BEFORE, Fault.DROP_BEFORE)


@dataclass
class _Armed:
    method: str
    path: re.Pattern[str]
    fault: Fault


@dataclass
class FaultProxy:
    """Forwards ``http://127.0.0.1:<port>`` to ``upstream``; :meth:`arm` loses the next matching answer."""

    upstream: httpx.URL
    hold: float = 1.5
    """How long a TIMEOUT fault holds the answer (longer than the client's timeout in the tests)."""
    port: int = 0
    seen: list[tuple[str, str]] = field(default_factory=list)
    forwarded: list[tuple[str, str]] = field(default_factory=list)
    _armed: list[_Armed] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def arm(self, method: str, path: str, fault: Fault) -> None:
        """Apply ``fault`` to the next ``method`` request (IG's method: DELETE for a close) on ``path``."""
        with self._lock:
            self._armed.append(_Armed(method, re.compile(path), fault))

    def count(self, method: str, path: str) -> int:
        """How many requests ``method`` on a path matching ``path`` the client sent."""
        pattern = re.compile(path)
        return sum(1 for m, p in self.seen if m == method and pattern.search(p))

    def _take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for armed in self._armed:
                if armed.method == method and armed.path.search(path):
                    self._armed.remove(armed)
                    return armed.fault
        return None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), _IO_TIMEOUT)
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            headers = [line for line in lines[1:] if line]
            length = 0
            override = None
            for line in headers:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
                if name.strip().lower() == "_method":
                    override = value.strip().upper()
            body = await asyncio.wait_for(reader.readexactly(length), _IO_TIMEOUT) if length else b""
            ig_method = override or method
            path = target.split("?", 1)[0]
            with self._lock:
                self.seen.append((ig_method, path))
            fault = self._take(ig_method, path)
            if fault is Fault.DROP_BEFORE:
                return
            if fault is Fault.UNAVAILABLE_BEFORE:
                writer.write(_answer(503, b"<html>Service Unavailable</html>", "text/html"))
                await writer.drain()
                return
            answer = await self._forward(lines[0], headers, body)
            with self._lock:
                self.forwarded.append((ig_method, path))
            await self._reply(writer, answer, fault)
        except (TimeoutError, asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def _forward(self, request_line: str, headers: list[str], body: bytes) -> bytes:
        host, port = self.upstream.host, self.upstream.port or 80
        up_reader, up_writer = await asyncio.wait_for(asyncio.open_connection(host, port), _IO_TIMEOUT)
        kept = [h for h in headers if h.split(":", 1)[0].strip().lower() not in ("connection", "host")]
        out = [request_line, f"Host: {host}:{port}", "Connection: close", *kept, "", ""]
        up_writer.write("\r\n".join(out).encode("latin-1") + body)
        await up_writer.drain()
        answer = await asyncio.wait_for(up_reader.read(), _IO_TIMEOUT)
        up_writer.close()
        return answer

    async def _reply(self, writer: asyncio.StreamWriter, answer: bytes, fault: Fault | None) -> None:
        head, _, body = answer.partition(b"\r\n\r\n")
        if fault is None:
            writer.write(_close_after(head) + b"\r\n\r\n" + body)
        elif fault is Fault.TIMEOUT:
            await asyncio.sleep(self.hold)
            return
        elif fault is Fault.DROP:
            return
        elif fault is Fault.CUT:
            writer.write(_close_after(head) + b"\r\n\r\n" + body[: max(1, len(body) // 2)])
        elif fault is Fault.BAD_GATEWAY:
            writer.write(_answer(502, b"<html>Bad Gateway</html>", "text/html"))
        elif fault is Fault.GATEWAY_TIMEOUT:
            writer.write(_answer(504, b"<html>Gateway Timeout</html>", "text/html"))
        elif fault is Fault.TRUNCATED:
            writer.write(_answer(200, body[: max(1, len(body) // 2)], "application/json"))
        await writer.drain()

    @contextmanager
    def running(self) -> Iterator[FaultProxy]:
        """Serve on a loop of its own in a background thread until the block ends."""
        loop = asyncio.new_event_loop()
        started = threading.Event()
        server: list[asyncio.Server] = []

        async def start() -> None:
            srv = await asyncio.start_server(self._handle, "127.0.0.1", 0)
            self.port = srv.sockets[0].getsockname()[1]
            server.append(srv)
            started.set()

        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        asyncio.run_coroutine_threadsafe(start(), loop).result(_IO_TIMEOUT)
        assert started.wait(_IO_TIMEOUT)
        try:
            yield self
        finally:

            async def stop() -> None:
                server[0].close()
                await server[0].wait_closed()

            asyncio.run_coroutine_threadsafe(stop(), loop).result(_IO_TIMEOUT)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(_IO_TIMEOUT)
            loop.close()

    @property
    def url(self) -> str:
        """The proxied REST base URL (the upstream's path kept)."""
        return str(self.upstream.copy_with(host="127.0.0.1", port=self.port))


def _close_after(head: bytes) -> bytes:
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"])


def _answer(status: int, body: bytes, media_type: str) -> bytes:
    reason = {200: "OK", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}[status]
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: {media_type}\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    ).encode("latin-1") + body
