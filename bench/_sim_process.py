"""A simulator in a process of its own, for rows where the simulator must not share this process's GIL.

Where a row measures wall time (many concurrent calls), a simulator serving from a thread of the measuring
process would compete with the client for the interpreter lock, so every bit of client CPU would show up
twice. IG's servers are elsewhere; so is this simulator.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["simulator_process"]


@contextmanager
def simulator_process() -> Iterator[str]:
    """Start ``python -m ig_sdk.testing.simulator`` and yield its REST URL; stop it on exit."""
    process = subprocess.Popen(
        [sys.executable, "-m", "ig_sdk.testing.simulator", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # "REST:          http://127.0.0.1:<port>/gateway/deal"
        if not first.startswith("REST:"):
            raise RuntimeError(f"the simulator did not start: {first!r}")
        yield first.split(":", 1)[1].strip()
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
