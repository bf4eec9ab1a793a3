"""A throw-away ``redis-server`` on a free loopback port, for tests of the shared limiter and session.

It runs the real server binary (no fake): installed with the system's packages (Debian/Ubuntu:
``apt-get install redis-server``; macOS: ``brew install redis``). Nothing is written to disk, every wait is
bounded, and :meth:`RedisServer.stop` / :meth:`RedisServer.start` on the same port let a test take the store
away and bring it back.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from types import TracebackType
from typing import Final, Self

__all__ = ["RedisServer", "REDIS_MISSING"]

REDIS_MISSING: Final = (
    "redis-server is not installed; the shared-limiter tests start a real one. Install it with "
    "`sudo apt-get install redis-server` (Debian/Ubuntu; CI's .ci/run does this) "
    "or `brew install redis` (macOS)."
)
_START_TIMEOUT: Final = 10.0
_STOP_TIMEOUT: Final = 5.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RedisServer:
    """One ``redis-server`` on 127.0.0.1 (``url``), started by :meth:`start`, ended by :meth:`stop`."""

    def __init__(self, port: int | None = None, *, binary: str = "redis-server") -> None:
        found = shutil.which(binary)
        if found is None:
            raise RuntimeError(REDIS_MISSING)
        self._binary = found
        self.port = port or _free_port()
        self._dir = tempfile.TemporaryDirectory(prefix="ig-sdk-redis-")
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:<port>/0``."""
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        return self._process.pid if self.running and self._process is not None else None

    @property
    def running(self) -> bool:
        """Whether the server process is alive."""
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start the server and wait (at most 10 s) until it answers."""
        if self.running:
            return
        self._process = subprocess.Popen(
            [
                self._binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self._dir.name,
                "--loglevel",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + _START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                err = self._process.stderr.read().decode(errors="replace") if self._process.stderr else ""
                raise RuntimeError(f"redis-server exited at start: {err.strip()}")
            if self._answers():
                return
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"redis-server did not answer on port {self.port} within {_START_TIMEOUT:.0f} s")

    def stop(self) -> None:
        """End the server (everything it held is gone, as after a crash without persistence)."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(_STOP_TIMEOUT)
        if process.stderr is not None:
            process.stderr.close()

    def close(self) -> None:
        """Stop the server and remove its working directory."""
        self.stop()
        self._dir.cleanup()

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
