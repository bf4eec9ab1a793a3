"""mypy --strict, run here on a user's code: misspelled configuration is refused, and what the clients return
has the public type a user would write (imported from public modules only)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from mypy import api as mypy_api

USER_CODE = """
from typing import assert_type

from ig_sdk import AsyncIGClient, ClientConfig, IGClient
from ig_sdk.resources import AsyncPositions, Positions
from ig_sdk.streaming import AsyncSubscription, PriceUpdate, Subscription, TradeEvent
from ig_sdk.types import ExportedSession, RateLimitState, SessionInfo

client = IGClient(api_key="k", usernme="bob")
AsyncIGClient.from_env(acount_type="LIVE")
ClientConfig(api_key="k", pasword="x")
IGClient(api_key="k", max_retries="3")
client.with_options(timout=1.0)

good = IGClient(api_key="k", username="bob", account_type="LIVE", max_retries=3)
assert_type(good.export_session(), ExportedSession)
assert_type(good.config, ClientConfig)
assert_type(good.session_info, SessionInfo | None)
assert_type(good.rate_limits, RateLimitState | None)
assert_type(good.positions, Positions)
assert_type(good.stream.prices("CS.D.EURUSD.CFD.IP"), Subscription[PriceUpdate])
assert_type(good.stream.trades(), Subscription[TradeEvent])
agood = AsyncIGClient(api_key="k")
assert_type(agood.positions, AsyncPositions)
assert_type(agood.stream.prices("CS.D.EURUSD.CFD.IP"), AsyncSubscription[PriceUpdate])
"""


def test_mypy_refuses_misspelled_configuration(tmp_path: Path) -> None:
    source = tmp_path / "bot.py"
    source.write_text(textwrap.dedent(USER_CODE))
    out, err, status = mypy_api.run(
        ["--strict", "--no-error-summary", str(source)]  # the project cache: make typecheck has warmed it
    )
    assert status == 1, out + err
    errors = sorted(line.split(": error: ", 1)[1] for line in out.splitlines() if ": error: " in line)
    assert errors == sorted(
        [
            'Unexpected keyword argument "usernme" for "IGClient"; did you mean "username"?  [call-arg]',
            'Unexpected keyword argument "acount_type" for "from_env" of "AsyncIGClient"; '
            'did you mean "account_type"?  [call-arg]',
            'Unexpected keyword argument "pasword" for "ClientConfig"; did you mean "password"?  [call-arg]',
            'Argument "max_retries" to "IGClient" has incompatible type "str"; expected "int"  [arg-type]',
            'Unexpected keyword argument "timout" for "with_options" of "BaseClient"; '
            'did you mean "timeout"?  [call-arg]',
        ]
    ), out
