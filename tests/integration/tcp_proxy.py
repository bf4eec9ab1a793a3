"""A TCP proxy on 127.0.0.1 that breaks connections the ways networks do, for streaming fault tests.

It forwards bytes between a client and one upstream port on its own thread's event loop, and on request
resets every connection (RST), closes them cleanly (FIN), refuses new ones for a while, or stalls the open
ones (bytes held back in both directions, as a dead route does, until the stall ends or the connection is
cut; connections opened meanwhile flow).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from collections.abc import Callable
from typing import Final, TypeVar

__all__ = ["TcpProxy"]

_T = TypeVar("_T")
_CALL_TIMEOUT_S: Final = 10.0
_CHUNK: Final = 65536


class _Pipe:
    """One proxied connection: both sockets' writers, and the tasks that pump bytes each way."""

    def __init__(self, client: asyncio.StreamWriter, upstream: asyncio.StreamWriter) -> None:
        self.client = client
        self.upstream = upstream
        self.tasks: list[asyncio.Task[None]] = []
        self.flowing = asyncio.Event()
        self.flowing.set()

    def close(self, *, reset: bool) -> None:
        for writer in (self.client, self.upstream):
            sock = writer.get_extra_info("socket")
            if reset and sock is not None:
                # SO_LINGER with a zero timeout turns close() into a reset (RST), as a dropped route does.
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            if reset:
                writer.transport.abort()
            else:
                writer.close()
        for task in self.tasks:
            task.cancel()


class TcpProxy:
    """Forwards ``127.0.0.1:<port>`` to ``127.0.0.1:<upstream_port>``; every method is thread-safe."""

    def __init__(self, upstream_port: int) -> None:
        self._upstream_port = upstream_port
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="tcp-proxy", daemon=True)
        self._server: asyncio.Server | None = None
        self._pipes: set[_Pipe] = set()
        self._refuse_until = 0.0
        self.port = 0
        self.accepted = 0
        self.refused = 0
        self.accept_times: list[float] = []
        """When each forwarded connection was accepted (``time.monotonic()``)."""

    def __enter__(self) -> TcpProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(_CALL_TIMEOUT_S)
        return self

    def __exit__(self, *exc: object) -> None:
        self._call(self._stop)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self._loop.close()

    # ---- faults ------------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Cut every open connection with a TCP reset."""
        self._call(lambda: self._close_all(reset=True))

    def close_clean(self) -> None:
        """Close every open connection cleanly (FIN), as a server or load balancer shutting down does."""
        self._call(lambda: self._close_all(reset=False))

    def refuse(self, seconds: float) -> None:
        """Reset open connections, and reset every new one at once for ``seconds``."""

        def run() -> None:
            self._refuse_until = self._loop.time() + seconds
            self._close_all(reset=True)

        self._call(run)

    def stall(self, seconds: float) -> None:
        """Hold every byte of the open connections, both ways, for ``seconds`` (they stay open)."""

        def run() -> None:
            for pipe in self._pipes:
                pipe.flowing.clear()
                self._loop.call_later(seconds, pipe.flowing.set)

        self._call(run)

    @property
    def connections(self) -> int:
        """Connections open now."""
        return self._call(lambda: len(self._pipes))

    # ---- loop side ---------------------------------------------------------------------------------------

    def _call(self, fn: Callable[[], _T]) -> _T:
        async def run() -> _T:
            return fn()

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(_CALL_TIMEOUT_S)

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    def _stop(self) -> None:
        self._close_all(reset=True)
        if self._server is not None:
            self._server.close()

    def _close_all(self, *, reset: bool) -> None:
        for pipe in list(self._pipes):
            pipe.close(reset=reset)
        self._pipes.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._loop.time() < self._refuse_until:
            self.refused += 1
            _Pipe(writer, writer).close(reset=True)
            return
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self._upstream_port)
        except OSError:
            writer.transport.abort()
            return
        self.accepted += 1
        self.accept_times.append(self._loop.time())  # the loop's clock is time.monotonic()
        pipe = _Pipe(writer, up_writer)
        self._pipes.add(pipe)
        pipe.tasks = [
            asyncio.create_task(self._pump(reader, up_writer, pipe)),
            asyncio.create_task(self._pump(up_reader, writer, pipe)),
        ]

    async def _pump(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter, pipe: _Pipe) -> None:
        try:
            while True:
                data = await source.read(_CHUNK)
                if not data:
                    break
                await pipe.flowing.wait()
                sink.write(data)
                await sink.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            if pipe in self._pipes:
                self._pipes.discard(pipe)
                pipe.close(reset=False)
