"""One trading bot of a multi-process test: logs in, says ``ready``, waits for ``go``, makes its calls.

Run as ``python -m tests.shared._bot --rest-url … --redis-url … --calls N``. It prints one JSON line at the
end: how many requests it sent, how many IG (the simulator) refused for an exhausted allowance, and the
wall-clock time its last answer arrived. Several of these share one account through the store.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable

import httpx

from ig_sdk import IGClient, RateLimits
from ig_sdk._rate_limit import RateLimiter, RateLimiterProtocol
from ig_sdk.shared import RedisRateLimiter
from ig_sdk.testing import API_KEY, PASSWORD, SPREADBET_ACCOUNT_ID, USERNAME

# Bounds every wait of the bot: the parent's "go" and each HTTP call.
_TIMEOUT = 120.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rest-url", required=True)
    parser.add_argument("--redis-url", default=None, help="share the allowances here (else pace locally)")
    parser.add_argument("--calls", type=int, required=True)
    parser.add_argument("--kind", choices=("accounts", "prices"), default="accounts")
    parser.add_argument("--points", type=int, default=10, help="price points per call (--kind prices)")
    parser.add_argument("--share-session", action="store_true")
    parser.add_argument(
        "--limit", type=int, default=None, help="the account's non-trading allowance, if known"
    )
    args = parser.parse_args()

    refused = 0
    sent = 0
    logins = 0
    timeline: list[tuple[float, float, int]] = []

    def on_request(request: httpx.Request) -> None:
        nonlocal logins
        request.extensions["sent_at"] = time.time()
        if request.method == "POST" and request.url.path.endswith("/session"):
            logins += 1

    def on_response(response: httpx.Response) -> None:
        nonlocal refused, sent
        sent += 1
        timeline.append((response.request.extensions["sent_at"], time.time(), response.status_code))
        if response.status_code == 403 and b"exceeded" in response.read():
            refused += 1

    hooks: dict[str, list[Callable[..., object]]] = {"request": [on_request], "response": [on_response]}
    http = httpx.Client(timeout=_TIMEOUT, event_hooks=hooks)
    options: dict[str, object] = {"rate_limit_url": args.redis_url} if args.redis_url else {}
    if args.limit is not None:
        # Allowances the bot already knows (a real bot would call client.load_rate_limits() once instead).
        limits = RateLimits(non_trading=args.limit, application=1_000)
        limiter: RateLimiterProtocol = (
            RedisRateLimiter(args.redis_url, api_key=API_KEY, account_id=SPREADBET_ACCOUNT_ID, limits=limits)
            if args.redis_url
            else RateLimiter(limits)
        )
        options = {"rate_limit": limiter}
    if args.share_session:
        options["share_session"] = True
    with IGClient(
        username=USERNAME,
        password=PASSWORD,
        api_key=API_KEY,
        base_url=args.rest_url,
        http_client=http,
        max_retries=0,
        **options,  # type: ignore[arg-type]
    ) as client:
        if not args.share_session:
            client.login()  # sharing bots log in after "go": all at once, the race the store must settle
        # Load the resource and model modules now, so that "go" starts the calls, not imports.
        _ = client.accounts, client.prices
        print("ready", flush=True)
        if sys.stdin.readline().strip() != "go":
            raise SystemExit("no go")
        sent = refused = errors = 0  # only the calls after "go" count
        timeline.clear()
        for _ in range(args.calls):
            try:
                if args.kind == "accounts":
                    client.accounts.list_v1()
                else:
                    client.prices.get_by_num_points_v2(
                        epic="CS.D.EURUSD.TODAY.IP", resolution="MINUTE", num_points=args.points
                    )
            except Exception:
                errors += 1
        report = {
            "sent": sent,
            "refused": refused,
            "errors": errors,
            "finished": time.time(),
            "timeline": timeline,
            "logins": logins,
        }
        print(json.dumps(report), flush=True)
    http.close()


if __name__ == "__main__":
    main()
