"""The LIVE guard against the simulator standing in for a LIVE gateway: nothing trading reaches it."""

from __future__ import annotations

import pytest

from ig_sdk.errors import LiveTradingNotAllowedError
from ig_sdk.testing import IGSimulator
from tests.deals import OPEN_EURUSD

from .conftest import logged_http, make_client

pytestmark = pytest.mark.timeout(60)


def test_no_trading_request_reaches_a_live_server_without_the_opt_in(fresh_sim: IGSimulator) -> None:
    http, log = logged_http(fresh_sim)
    with http, make_client(fresh_sim, http_client=http, account_type="LIVE") as client:
        assert client.positions.list().positions == []  # reads work
        with pytest.raises(LiveTradingNotAllowedError):
            client.positions.create_v2(**OPEN_EURUSD)
        with pytest.raises(LiveTradingNotAllowedError):
            client.positions.close(deal_id="DIAAAAA", direction="SELL", size=1, order_type="MARKET")
        assert [m for m, _ in log.sent] == ["POST", "GET"]  # the login and the read, nothing else
    assert fresh_sim.engine.dealing.confirms == {}
