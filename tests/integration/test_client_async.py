"""``AsyncIGClient`` against the simulator: the key session and trading behaviours of the sync client."""

from __future__ import annotations

import asyncio

import pytest

from ig_sdk._generated.models import AccountsV1Response
from ig_sdk.errors import APITimeoutError, InternalServerError, InvalidCredentialsError
from ig_sdk.testing import SPREADBET_ACCOUNT_ID, IGSimulator
from tests.deals import OPEN_EURUSD as OPEN

from .conftest import logged_async_http, make_async_client

pytestmark = [pytest.mark.timeout(60), pytest.mark.asyncio]


@pytest.mark.parametrize("version", [1, 2, 3])
async def test_login_each_version(sim: IGSimulator, version: int) -> None:
    async with make_async_client(sim, session_version=version) as c:
        accounts = await c.accounts.list()
        info = c.session_info
    assert isinstance(accounts, AccountsV1Response)
    assert info is not None
    assert info.account_id == SPREADBET_ACCOUNT_ID
    assert info.session_version == version


async def test_encrypted_login(sim: IGSimulator) -> None:
    async with make_async_client(sim, encrypt_password=True) as c:
        assert (await c.login()).account_id == SPREADBET_ACCOUNT_ID


async def test_expired_session_under_concurrency_relogs_in_once(fresh_sim: IGSimulator) -> None:
    http, log = logged_async_http(fresh_sim)
    async with http, make_async_client(fresh_sim, http_client=http) as c:
        await c.accounts.list()
        fresh_sim.expire_all_tokens()
        results = await asyncio.gather(*(c.accounts.list() for _ in range(20)))
    assert all(isinstance(r, AccountsV1Response) for r in results)
    assert log.logins() == 2


async def test_trading_call_under_503_is_sent_once(fresh_sim: IGSimulator) -> None:
    http, log = logged_async_http(fresh_sim)
    async with http, make_async_client(fresh_sim, http_client=http) as c:
        await c.login()
        fresh_sim.fail_next(1, 503)
        with pytest.raises(InternalServerError) as caught:
            await c.positions.create_v2(**OPEN)
        ref = caught.value.deal_reference
        assert ref
        with pytest.raises(APITimeoutError):
            await c.deals.confirm(ref, timeout=0.5)
        confirmation = await c.deals.confirm((await c.positions.create_v2(**OPEN)).deal_reference, timeout=5)
    assert str(confirmation.deal_status) == "ACCEPTED"
    assert log.count("POST", "/positions/otc") == 2  # the failed one once, then the new one


async def test_bad_credentials(fresh_sim: IGSimulator) -> None:
    fresh_sim.reject_logins()
    async with make_async_client(fresh_sim) as c:
        with pytest.raises(InvalidCredentialsError):
            await c.accounts.list()
