"""The historical allowance kept in a small JSON file, so that a restarted bot remembers its spent points.

For one machine without Redis: ``IGClient(historical_file="~/.ig-sdk/allowance.json")``. The file holds,
per API key (as a hash, never the key) and account, what IG last reported: points left, the period's total
and when the period ends (wall-clock epoch seconds: a monotonic clock does not survive a restart). Writes
replace the file atomically and, where the platform has ``fcntl``, under an advisory lock, so several
processes of one machine may share it.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ig_sdk._rate_limit._historical import AllowanceReport
from ig_sdk._rate_limit._shared import AccountSource, namespace_id

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: atomic replace only
    fcntl = None  # type: ignore[assignment]

__all__ = ["HistoricalFile"]


class HistoricalFile:
    """Where the local limiter keeps the historical allowance between runs."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        api_key: str,
        account_id: AccountSource = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(path).expanduser()
        self._space = namespace_id(api_key)
        self._account = account_id
        self._wall = wall_clock

    def __repr__(self) -> str:
        return f"<HistoricalFile {str(self.path)!r}>"

    def _entry(self) -> str:
        source = self._account
        account = source() if callable(source) else source
        return f"{self._space}:{account or '-'}"

    def load(self) -> AllowanceReport | None:
        """What IG last reported for this key and account, unless that period has ended (None then)."""
        with self._locked():
            record = self._read().get(self._entry())
        if not isinstance(record, dict):
            return None
        try:
            remaining = int(record["remaining"])
            total = None if record.get("total") is None else int(record["total"])
            resets_at = None if record.get("resets_at") is None else float(record["resets_at"])
        except (KeyError, TypeError, ValueError):
            return None
        now = self._wall()
        if resets_at is not None and resets_at <= now:
            return None
        return AllowanceReport(remaining, total, None if resets_at is None else resets_at - now)

    def save(self, report: AllowanceReport) -> None:
        """Keep ``report`` (its ``expires_in`` counted from now) for the next run."""
        resets_at = None if report.expires_in is None else self._wall() + report.expires_in
        with self._locked():
            data = self._read()
            data[self._entry()] = {
                "remaining": report.remaining,
                "total": report.total,
                "resets_at": resets_at,
            }
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            try:
                with os.fdopen(fd, "w") as out:
                    json.dump(data, out, indent=1, sort_keys=True)
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if fcntl is None:
            yield
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
