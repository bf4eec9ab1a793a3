"""Faults tests can inject (latency, 5xx, dropped connections, refused logins) and IG's request allowances."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field

__all__ = ["Allowances", "Faults"]


@dataclass
class Faults:
    """What the next requests should suffer; changed from any thread, read on the server loop."""

    latency: float = 0.0
    fail_next: int = 0
    fail_status: int = 500
    drop_next: int = 0
    reject_logins: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def take_failure(self) -> int | None:
        """The status to fail this request with, consuming one of the queued failures."""
        with self._lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                return self.fail_status
            return None

    def take_drop(self) -> bool:
        """Whether to drop this request's connection without answering."""
        with self._lock:
            if self.drop_next > 0:
                self.drop_next -= 1
                return True
            return False


@dataclass
class Allowances:
    """IG's per-minute request allowances and weekly historical-data allowance.

    Counting always happens (the historical allowance is reported in price responses); refusing requests only
    when ``enforce`` is on, because a real IG limit would make most test suites slow or flaky.
    """

    enforce: bool = False
    account_overall: int = 60
    account_trading: int = 100
    application_overall: int = 60
    historical_points: int = 10_000
    window: float = 60.0
    historical_window: float = 7 * 86_400.0
    _hits: dict[str, deque[float]] = field(default_factory=dict, repr=False)
    _historical_used: dict[str, int] = field(default_factory=dict, repr=False)
    _historical_since: dict[str, float] = field(default_factory=dict, repr=False)

    def _bucket(self, key: str, now: float) -> deque[float]:
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        return hits

    def check_request(self, account_id: str | None, trading: bool, now: float) -> str | None:
        """Count a request; the IG error code when an allowance is exhausted and enforcement is on."""
        checks = [("app", self.application_overall, "error.public-api.exceeded-api-key-allowance")]
        if account_id is not None:
            if trading:
                checks.append(
                    (
                        f"trade:{account_id}",
                        self.account_trading,
                        "error.public-api.exceeded-account-trading-allowance",
                    )
                )
            else:
                checks.append(
                    (
                        f"acct:{account_id}",
                        self.account_overall,
                        "error.public-api.exceeded-account-allowance",
                    )
                )
        for key, limit, code in checks:
            hits = self._bucket(key, now)
            if self.enforce and len(hits) >= limit:
                return code
        for key, _, _ in checks:
            self._hits[key].append(now)
        return None

    def historical(self, account_id: str, now: float) -> tuple[int, int, int]:
        """(remaining, total, seconds until reset) of the historical-data allowance."""
        since = self._historical_since.setdefault(account_id, now)
        if now - since >= self.historical_window:
            self._historical_since[account_id] = since = now
            self._historical_used[account_id] = 0
        used = self._historical_used.get(account_id, 0)
        expiry = int(since + self.historical_window - now)
        return max(0, self.historical_points - used), self.historical_points, expiry

    def use_historical(self, account_id: str, points: int, now: float) -> bool:
        """Count points of history; False (nothing counted) when enforcing and they exceed what is left."""
        remaining, _, _ = self.historical(account_id, now)
        if self.enforce and points > remaining:
            return False
        self._historical_used[account_id] = self._historical_used.get(account_id, 0) + points
        return True
