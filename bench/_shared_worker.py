"""One process of the shared-limiter benchmark (``bench/shared_limiter.py`` starts eight).

It logs in, says ``ready``, waits for ``go`` on stdin, makes ``--calls`` non-trading calls through the chosen
limiter and prints one JSON line: what it sent, what IG (the simulator) refused, when it started and
finished, and the seconds spent inside the limiter (booking and learning from answers, waits excluded).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ig_sdk import IGClient, RateLimits
from ig_sdk._operation_record import Operation
from ig_sdk._rate_limit import BucketName, RateLimiter, RateLimiterProtocol, RateLimitState
from ig_sdk.shared import RedisRateLimiter
from ig_sdk.testing import API_KEY, PASSWORD, SPREADBET_ACCOUNT_ID, USERNAME

_TIMEOUT = 120.0


class Timed:
    """A limiter that counts the time spent in the one it wraps."""

    def __init__(self, inner: RateLimiterProtocol) -> None:
        self.inner = inner
        self.spent = 0.0

    def _timed(self, call: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        try:
            return call()
        finally:
            self.spent += time.perf_counter() - started

    def reserve(
        self, op: Operation, now: float | None = None, *, params: Mapping[str, object] | None = None
    ) -> float:
        delay: float = self._timed(lambda: self.inner.reserve(op, now, params=params))
        return delay

    def observe(
        self,
        op: Operation,
        headers: Mapping[str, str] | None = None,
        body: object = None,
        *,
        now: float | None = None,
    ) -> None:
        self._timed(lambda: self.inner.observe(op, headers, body, now=now))

    def penalise(
        self, bucket: BucketName, retry_after: float | None = None, *, now: float | None = None
    ) -> None:
        self._timed(lambda: self.inner.penalise(bucket, retry_after, now=now))

    def snapshot(self, now: float | None = None) -> RateLimitState:
        return self.inner.snapshot(now)

    def configure_from_application(self, applications: object, api_key: str | None = None) -> RateLimits:
        return self.inner.configure_from_application(applications, api_key)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rest-url", required=True)
    parser.add_argument("--mode", choices=("none", "local", "redis"), required=True)
    parser.add_argument("--redis-url", default=None)
    parser.add_argument("--calls", type=int, required=True)
    parser.add_argument("--limit", type=int, required=True, help="the account's non-trading allowance")
    args = parser.parse_args()

    counts = {"sent": 0, "refused": 0}

    def on_response(response: httpx.Response) -> None:
        counts["sent"] += 1
        if response.status_code == 403 and b"exceeded" in response.read():
            counts["refused"] += 1

    limits = RateLimits(non_trading=args.limit, application=1_000_000)
    inner: RateLimiterProtocol | None = None
    if args.mode == "local":
        inner = RateLimiter(limits)
    elif args.mode == "redis":
        inner = RedisRateLimiter(
            args.redis_url, api_key=API_KEY, account_id=SPREADBET_ACCOUNT_ID, limits=limits
        )
    timed = Timed(inner) if inner is not None else None
    http = httpx.Client(timeout=_TIMEOUT, event_hooks={"response": [on_response]})
    with IGClient(
        username=USERNAME,
        password=PASSWORD,
        api_key=API_KEY,
        base_url=args.rest_url,
        http_client=http,
        max_retries=0,
        rate_limit=timed if timed is not None else False,
    ) as client:
        client.login()
        _ = client.accounts  # load the resource and its models before the clock starts
        print("ready", flush=True)
        if sys.stdin.readline().strip() != "go":
            raise SystemExit("no go")
        counts["sent"] = counts["refused"] = 0
        if timed is not None:
            timed.spent = 0.0
        started = time.time()
        for _ in range(args.calls):
            with contextlib.suppress(Exception):  # a refusal is counted by the hook; the run goes on
                client.accounts.list_v1()
        finished = time.time()
    http.close()
    result = {
        **counts,
        "started": started,
        "finished": finished,
        "limiter_s": timed.spent if timed is not None else 0.0,
    }
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
