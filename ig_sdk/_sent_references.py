"""The deal references a client sent recently, so the TRADE stream can recover their confirmations.

After a gap in the stream the SDK asks ``GET /confirms/{dealReference}`` for the references this client sent
since the gap began (see ``ig_sdk.streaming._trades``); this bounded log is where they are remembered.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Final

__all__ = ["SentReferences"]

_KEPT: Final = 2_000


class SentReferences:
    """A bounded, thread-safe log of (wall time, deal reference), oldest first."""

    def __init__(self, limit: int = _KEPT) -> None:
        self._entries: deque[tuple[float, str]] = deque(maxlen=limit)
        self._lock = threading.Lock()

    def note(self, reference: str) -> None:
        """Remember that a trading request with ``reference`` is being sent now."""
        with self._lock:
            self._entries.append((time.time(), reference))

    def since(self, moment: float) -> list[str]:
        """References sent at or after ``moment`` (seconds since the epoch), oldest first."""
        with self._lock:
            return [reference for at, reference in self._entries if at >= moment]
