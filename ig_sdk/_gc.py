"""The cyclic garbage collector paused while a large answer is turned into Python objects.

Parsing a long answer (a thousand price bars, a page of transactions) creates tens of thousands of
dicts, lists and models at once, and none of them is garbage. The collector counts them as they are
created and runs its generation passes over them again and again while the parse is still going: on a
10,000-bar answer that is more than half the parse time. Pausing it for the duration of one parse and
resuming it afterwards lets it run once, on the finished objects. Nested and concurrent pauses (several
threads parsing) are counted: the collector resumes when the last one ends, and only if it was running
when the first began.
"""

from __future__ import annotations

import gc
import threading
from typing import Final

__all__ = ["BULK_BYTES", "paused_gc"]

BULK_BYTES: Final = 64 * 1024
"""Answers at least this long are parsed with the collector paused; shorter ones are not worth the lock."""

_lock = threading.Lock()
_depth = 0
_resume = False


class _Paused:
    __slots__ = ()

    def __enter__(self) -> None:
        global _depth, _resume
        with _lock:
            if _depth == 0:
                _resume = gc.isenabled()
                gc.disable()
            _depth += 1

    def __exit__(self, *exc: object) -> None:
        global _depth
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()


paused_gc: Final = _Paused()
"""``with paused_gc:`` runs the block with the cyclic garbage collector off (it cannot free memory then)."""
