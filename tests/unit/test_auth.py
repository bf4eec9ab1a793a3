"""Sessions v1/v2/v3 end to end against the fake IG: login, refresh, re-login, switch, export, streaming."""

from __future__ import annotations

import asyncio
import base64
import json

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ig_sdk import ClientConfig
from ig_sdk._auth import UnusableAnswerError, encrypt_password
from ig_sdk._base_client import SyncAPIClient
from ig_sdk.errors import (
    APIResponseValidationError,
    InvalidCredentialsError,
    PasswordEncryptionError,
    SessionSetupError,
    SessionTokenError,
)
from tests.unit.conftest import (
    API_KEY,
    PASSWORD,
    PING,
    AsyncClientFactory,
    ClientFactory,
    FakeClock,
    FakeIG,
    error,
)


def ping(client: SyncAPIClient) -> None:
    client._request(PING, {}, cast_to=None)


@pytest.mark.parametrize("version", [1, 2])
def test_v1_v2_login_captures_tokens_and_sends_them(
    version: int, make_client: ClientFactory, fake_ig: FakeIG
) -> None:
    client = make_client(session_version=version)
    assert client.session_info is None
    ping(client)  # lazy login
    login = fake_ig.calls("POST", "/session")[0]
    assert login.headers["version"] == str(version)
    assert login.headers["x-ig-api-key"] == API_KEY
    assert json.loads(login.content) == {"identifier": "alice_demo", "password": PASSWORD}
    sent = fake_ig.calls("GET", "/ping")[0]
    assert sent.headers["cst"] in fake_ig.valid_cst
    assert sent.headers["x-security-token"].startswith("XST-")
    assert "authorization" not in sent.headers
    assert client.session_info is not None
    assert client.session_info.account_id == "ABC123"
    assert client.session_info.lightstreamer_endpoint == "https://ls.example"


def test_v3_login_sends_bearer_and_account_id(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client(session_version=3)
    ping(client)
    sent = fake_ig.calls("GET", "/ping")[0]
    assert sent.headers["authorization"].startswith("Bearer ACCESS-")
    assert sent.headers["ig-account-id"] == "ABC123"
    assert "cst" not in sent.headers


def test_explicit_login_then_no_second_login(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client()
    info = client.login()
    assert info.session_version == 2
    ping(client)
    ping(client)
    assert fake_ig.logins == 1


def test_bad_credentials_raise_typed_error_without_secret(make_client: ClientFactory) -> None:
    client = make_client(password="wrong-SECRET-pw")
    with pytest.raises(InvalidCredentialsError) as info:
        client.login()
    assert info.value.status_code == 401
    assert info.value.error_code == "error.security.invalid-details"
    assert "wrong-SECRET-pw" not in str(info.value) + repr(info.value)


def test_v3_refreshes_before_expiry(make_client: ClientFactory, fake_ig: FakeIG, clock: FakeClock) -> None:
    client = make_client(session_version=3)
    ping(client)
    first = fake_ig.calls("GET", "/ping")[0].headers["authorization"]
    clock.now += 52  # within the refresh margin of a 60 s token
    ping(client)
    assert fake_ig.refreshes == 1
    assert fake_ig.logins == 1
    second = fake_ig.calls("GET", "/ping")[1].headers["authorization"]
    assert second != first
    refresh = fake_ig.calls("POST", "/session/refresh-token")[0]
    assert "authorization" not in refresh.headers
    assert json.loads(refresh.content)["refresh_token"].startswith("REFRESH-")


def test_v3_no_refresh_while_token_is_fresh(
    make_client: ClientFactory, fake_ig: FakeIG, clock: FakeClock
) -> None:
    client = make_client(session_version=3)
    ping(client)
    clock.now += 20
    ping(client)
    assert fake_ig.refreshes == 0


def test_v3_relogs_in_when_refresh_token_is_refused(
    make_client: ClientFactory, fake_ig: FakeIG, clock: FakeClock
) -> None:
    client = make_client(session_version=3)
    ping(client)
    fake_ig.refresh_tokens.clear()
    clock.now += 55
    ping(client)
    assert fake_ig.refreshes == 1
    assert fake_ig.logins == 2


def test_expired_v2_session_relogs_in_once_and_replays(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client()
    ping(client)
    fake_ig.expire_all()
    ping(client)
    assert fake_ig.logins == 2
    assert len(fake_ig.calls("GET", "/ping")) == 3  # ok, refused, replayed


def test_token_error_after_relogin_is_raised_not_looped(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client()

    @fake_ig.route("GET", "/ping")
    def always_expired(request: httpx.Request) -> httpx.Response:
        return error(401, "error.security.account-token-invalid")

    with pytest.raises(SessionTokenError):
        ping(client)
    assert fake_ig.logins == 2
    assert len(fake_ig.calls("GET", "/ping")) == 2


@pytest.mark.asyncio
async def test_fifty_concurrent_calls_on_expired_session_cause_one_login(
    make_async_client: AsyncClientFactory, fake_ig: FakeIG
) -> None:
    client = make_async_client()
    await client.login()
    fake_ig.expire_all()
    await asyncio.wait_for(
        asyncio.gather(*(client._request(PING, {}, cast_to=None) for _ in range(50))), timeout=10
    )
    assert fake_ig.logins == 2
    assert len(fake_ig.calls("GET", "/ping")) == 100
    await client._http.aclose()


@pytest.mark.asyncio
async def test_fifty_concurrent_first_calls_cause_one_login(
    make_async_client: AsyncClientFactory, fake_ig: FakeIG
) -> None:
    client = make_async_client(session_version=3)
    await asyncio.wait_for(
        asyncio.gather(*(client._request(PING, {}, cast_to=None) for _ in range(50))), timeout=10
    )
    assert fake_ig.logins == 1
    await client._http.aclose()


@pytest.mark.asyncio
async def test_async_v3_refresh_once_under_concurrency(
    make_async_client: AsyncClientFactory, fake_ig: FakeIG, clock: FakeClock
) -> None:
    client = make_async_client(session_version=3)
    await client.login()
    clock.now += 58
    await asyncio.wait_for(
        asyncio.gather(*(client._request(PING, {}, cast_to=None) for _ in range(20))), timeout=10
    )
    assert fake_ig.refreshes == 1
    assert fake_ig.logins == 1
    await client._http.aclose()


# --- encrypted password ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rsa_key() -> tuple[str, rsa.RSAPrivateKey]:
    """(base64 SubjectPublicKeyInfo, private key) of a throwaway 1024-bit key, IG's size."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    der = private.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode(), private


def _decrypt(ciphertext_b64: str, private: rsa.RSAPrivateKey) -> bytes:
    return private.decrypt(base64.b64decode(ciphertext_b64), padding.PKCS1v15())


def test_encrypt_password_round_trips(rsa_key: tuple[str, rsa.RSAPrivateKey]) -> None:
    key, private = rsa_key
    first = encrypt_password("hunter2", key, 1234)
    assert base64.b64decode(_decrypt(first, private)) == b"hunter2|1234"
    assert encrypt_password("hunter2", key, 1234) != first  # random padding


def test_encrypt_rejects_garbage_key() -> None:
    with pytest.raises(UnusableAnswerError, match="DER") as caught:
        encrypt_password("pw", base64.b64encode(b"\x04\x01\x00").decode(), 1)
    assert caught.value.field == "encryptionKey"


def test_encrypted_login(
    make_client: ClientFactory, fake_ig: FakeIG, rsa_key: tuple[str, rsa.RSAPrivateKey]
) -> None:
    key, private = rsa_key
    fake_ig.encryption_key = key
    client = make_client(encrypt_password=True)
    client.login()
    key_call = fake_ig.calls("GET", "/session/encryptionKey")[0]
    assert key_call.headers["version"] == "1"
    assert "cst" not in key_call.headers
    sent, flagged = fake_ig.received_passwords[0]
    assert flagged
    assert PASSWORD not in sent
    plain = base64.b64decode(_decrypt(sent, private)).decode()
    assert plain == f"{PASSWORD}|{fake_ig.encryption_timestamp}"


def test_a_password_too_long_for_the_key_is_a_local_error(
    make_client: ClientFactory, fake_ig: FakeIG, rsa_key: tuple[str, rsa.RSAPrivateKey]
) -> None:
    fake_ig.encryption_key = rsa_key[0]
    client = make_client(encrypt_password=True, password="x" * 200)
    with pytest.raises(PasswordEncryptionError, match="too long for IG's 1024-bit"):
        client.login()
    assert fake_ig.calls("POST", "/session") == []  # nothing but the key request was sent


def test_an_unusable_encryption_key_names_the_operation_and_ig_answer(
    make_client: ClientFactory, fake_ig: FakeIG
) -> None:
    fake_ig.encryption_key = base64.b64encode(b"not a key").decode()
    client = make_client(encrypt_password=True)
    with pytest.raises(APIResponseValidationError) as caught:
        client.login()
    error = caught.value
    assert error.operation is not None
    assert error.operation.operation_id == "getEncryptionKeySessionV1"
    assert (error.field, error.status_code) == ("encryptionKey", 200)
    assert error.response is not None
    assert error.response.request.url.path == "/session/encryptionKey"


def test_encrypted_login_refused_for_v3(make_client: ClientFactory) -> None:
    with pytest.raises(ValueError, match="v3"):
        make_client(session_version=3, encrypt_password=True)


def test_encrypted_login_without_cryptography_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import util

    real = util.find_spec
    monkeypatch.setattr(
        util, "find_spec", lambda name, *a: None if name == "cryptography" else real(name, *a)
    )
    with pytest.raises(ImportError, match=r"pip install 'ig-sdk\[encryption\]'"):
        ClientConfig(api_key="k", encrypt_password=True)
    ClientConfig(api_key="k")  # the dependency is only needed for the encrypted login


def test_login_without_credentials_is_a_local_error(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client(username=None, password=None)
    with pytest.raises(SessionSetupError, match="no username/password"):
        client.login()
    assert fake_ig.requests == []


def test_a_login_answer_without_tokens_names_the_operation(make_client: ClientFactory) -> None:
    tokenless = httpx.MockTransport(lambda request: httpx.Response(200, json={"clientId": "1"}))
    client = make_client(http_client=httpx.Client(transport=tokenless))
    with pytest.raises(APIResponseValidationError, match="no CST") as caught:
        client.login()
    assert caught.value.operation is not None
    assert caught.value.operation.operation_id == "createSessionV2"


# --- account switch, logout, export/restore, streaming --------------------------------------------------


def test_switch_account_v2_updates_token_and_relogin_target(
    make_client: ClientFactory, fake_ig: FakeIG
) -> None:
    client = make_client()
    client.login()
    old_xst = fake_ig.calls("POST", "/session")[0]
    info = client.switch_account("XYZ999", default=True)
    assert info.account_id == "XYZ999"
    put = fake_ig.calls("PUT", "/session")[0]
    assert json.loads(put.content) == {"accountId": "XYZ999", "defaultAccount": True}
    ping(client)
    assert fake_ig.calls("GET", "/ping")[0].headers["x-security-token"] != old_xst.headers.get(
        "x-security-token"
    )
    # a later re-login goes back to the chosen account
    fake_ig.expire_all()
    ping(client)
    assert len(fake_ig.calls("PUT", "/session")) == 2


def test_login_with_account_id_switches(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client(account_id="OTHER1")
    assert client.login().account_id == "OTHER1"
    assert json.loads(fake_ig.calls("PUT", "/session")[0].content) == {"accountId": "OTHER1"}


def test_v3_account_id_goes_in_header(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client(session_version=3, account_id="OTHER1")
    client.login()
    ping(client)
    assert fake_ig.calls("GET", "/ping")[0].headers["ig-account-id"] == "OTHER1"


def test_logout_forgets_tokens(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client()
    seen: list[object] = []
    client.on_session_change(seen.append)
    client.login()
    client.logout()
    assert client.session_info is None
    assert len(fake_ig.calls("DELETE", "/session")) == 1
    assert seen[-1] is None
    client.logout()  # nothing to do
    assert len(fake_ig.calls("DELETE", "/session")) == 1


@pytest.mark.parametrize("version", [2, 3])
def test_export_and_restore_skip_login(version: int, make_client: ClientFactory, fake_ig: FakeIG) -> None:
    first = make_client(session_version=version)
    first.login()
    snapshot = json.loads(json.dumps(first.export_session()))
    second = make_client(session_version=version, username=None, password=None)
    assert second.restore_session(snapshot).account_id == "ABC123"
    ping(second)
    assert fake_ig.logins == 1


def test_restore_refuses_empty_snapshot(make_client: ClientFactory) -> None:
    with pytest.raises(ValueError, match="no tokens"):
        make_client().restore_session({"version": 2, "account_id": "A"})


def test_export_without_session_raises(make_client: ClientFactory) -> None:
    with pytest.raises(RuntimeError):
        make_client().export_session()


def test_streaming_credentials_v2(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client()
    creds = client.streaming_credentials()
    ping(client)
    sent = fake_ig.calls("GET", "/ping")[0]
    assert creds.account_id == "ABC123"
    assert creds.endpoint == "https://ls.example"
    assert creds.password == f"CST-{sent.headers['cst']}|XST-{sent.headers['x-security-token']}"
    assert "SECRET" not in repr(creds)


def test_streaming_credentials_v3_fetches_tokens(make_client: ClientFactory, fake_ig: FakeIG) -> None:
    client = make_client(session_version=3)
    creds = client.streaming_credentials()
    fetch = fake_ig.calls("GET", "/session")[0]
    assert fetch.url.params["fetchSessionTokens"] == "true"
    assert fetch.headers["authorization"].startswith("Bearer ")
    assert creds.password.startswith("CST-CST-SECRET-")


def test_session_change_listener_hears_login_refresh_and_unsubscribes(
    make_client: ClientFactory, clock: FakeClock
) -> None:
    client = make_client(session_version=3)
    seen: list[object] = []
    unsubscribe = client.on_session_change(seen.append)
    client.login()
    clock.now += 55
    ping(client)
    assert len(seen) == 2
    unsubscribe()
    client.login()
    assert len(seen) == 2


@pytest.mark.asyncio
async def test_async_session_methods(make_async_client: AsyncClientFactory, fake_ig: FakeIG) -> None:
    async with make_async_client() as client:
        info = await client.login()
        assert info.account_id == "ABC123"
        assert (await client.switch_account("XYZ999")).account_id == "XYZ999"
        creds = await client.streaming_credentials()
        assert creds.account_id == "XYZ999"
        snapshot = client.export_session()
        await client.logout()
        assert client.session_info is None
        client.restore_session(snapshot)
        assert client.session_info is not None
    assert fake_ig.logins == 1
