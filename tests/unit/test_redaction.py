"""No secret (password, API key, CST, XST, OAuth tokens) in any log record, repr, str or error text."""

from __future__ import annotations

import logging

import httpx
import pytest

from ig_sdk._logging import redact_headers, redact_json
from ig_sdk.errors import APIError, IGError
from tests.unit.conftest import (
    API_KEY,
    CREATE_WIDGET,
    PASSWORD,
    PING,
    ClientFactory,
    FakeClock,
    FakeIG,
    error,
)


def secrets_seen(fake_ig: FakeIG) -> set[str]:
    """Every credential the fake IG handed out or received during the test."""
    found = {PASSWORD, API_KEY}
    for request in fake_ig.requests:
        for name in ("cst", "x-security-token", "authorization"):
            if name in request.headers:
                found.add(request.headers[name].removeprefix("Bearer "))
    for prefix in ("CST", "XST", "ACCESS", "REFRESH"):
        for serial in range(1, fake_ig.token_serial + 1):
            found.add(f"{prefix}-SECRET-{serial:04d}")
    return found


@pytest.mark.parametrize("version", [2, 3])
def test_no_secret_anywhere_at_debug(
    version: int,
    make_client: ClientFactory,
    fake_ig: FakeIG,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="ig_sdk")
    client = make_client(session_version=version, max_retries=1)
    texts: list[str] = []
    client.login()
    client._request(PING, {}, cast_to=None)
    clock.now += 55
    client._request(PING, {}, cast_to=None)  # v3: refresh
    fake_ig.expire_all()
    client._request(PING, {}, cast_to=None)  # re-login

    @fake_ig.route("POST", "/widgets")
    def fail(request: httpx.Request) -> httpx.Response:
        return error(500, "system.error")

    errors: list[BaseException] = []
    try:
        client._request(CREATE_WIDGET, {"epic": "CS.D.X", "size": 1.0}, cast_to=None)
    except IGError as exc:
        errors.append(exc)
    bad = make_client(password="other-SECRET-pass")
    try:
        bad.login()
    except APIError as exc:
        errors.append(exc)
    creds = client.streaming_credentials()
    texts += [
        repr(client),
        str(client),
        repr(client.session_info),
        repr(client._state),
        repr(client._state.tokens),
    ]
    texts += [repr(creds), str(creds), repr(client.config), str(client.config)]
    for raised in errors:
        texts += [str(raised), repr(raised), repr(raised.args)]
    texts += [record.getMessage() for record in caplog.records]
    assert any("request" in record.getMessage() for record in caplog.records)  # DEBUG did log
    assert len(errors) == 2
    secrets = secrets_seen(fake_ig) | {"other-SECRET-pass"}
    assert len(secrets) > 5
    blob = "\n".join(texts)
    leaked = [secret for secret in secrets if secret in blob]
    assert leaked == []


def test_redaction_helpers() -> None:
    headers = redact_headers(
        {"CST": "a", "X-SECURITY-TOKEN": "b", "Authorization": "Bearer c", "VERSION": "2"}
    )
    assert headers == {"CST": "***", "X-SECURITY-TOKEN": "***", "Authorization": "***", "VERSION": "2"}
    body = redact_json({"identifier": "u", "password": "p", "nested": [{"refresh_token": "r"}]})
    assert body == {"identifier": "u", "password": "***", "nested": [{"refresh_token": "***"}]}


def test_library_configures_no_handlers() -> None:
    assert logging.getLogger("ig_sdk").handlers == []


def test_model_reprs_mask_credentials_but_the_wire_keeps_them() -> None:
    from ig_sdk.types import CreateSessionRequest, OAuthToken

    login = CreateSessionRequest(identifier="bob", password=PASSWORD)
    token = OAuthToken.model_validate(
        {
            "access_token": "AT-" + API_KEY,
            "refresh_token": "RT-1",
            "expires_in": "60",
            "scope": "profile",
            "token_type": "Bearer",
        }
    )
    for text in (repr(login), str(login), repr(token), str(token)):
        assert PASSWORD not in text
        assert API_KEY not in text
        assert "RT-1" not in text
    assert "identifier='bob'" in repr(login)  # only the credentials are masked
    assert login.model_dump(by_alias=True)["password"] == PASSWORD
