"""Session routes: logging in (v1-v3, optionally with an encrypted password), tokens, switching account."""

from __future__ import annotations

import base64
import contextlib
from typing import Any

from .._accounts import Session
from .._clock import uk_offset
from .._errors import ApiError
from .._rsa import simulator_key
from .._shapes import OMIT
from ._dispatch import Ctx, route
from ._format import currency_symbol, require


def _login(ctx: Ctx) -> Session:
    engine = ctx.engine
    require(ctx.body, "identifier", "password")
    if "@" in str(ctx.body["identifier"]):  # IG wants the API username; an e-mail address fails its pattern
        raise ApiError(400, "validation.pattern.invalid.authenticationRequest.identifier")
    if engine.faults.reject_logins:
        raise ApiError(401, "error.security.invalid-details")
    password = str(ctx.body["password"])
    if ctx.body.get("encryptedPassword") and ctx.version < 3:
        try:
            clear = simulator_key().decrypt(base64.b64decode(password, validate=True))
        except ValueError:
            clear = None
        if clear is None:
            raise ApiError(401, "error.security.invalid-details")
        password = _encrypted_password_text(clear).rsplit("|", 1)[0]
    if ctx.body["identifier"] != engine.username or password != engine.password:
        raise ApiError(401, "error.security.invalid-details")
    preferred = next(a for a in engine.accounts.values() if a.preferred)
    return engine.sessions.create(preferred.account_id, oauth=ctx.version >= 3)


def _encrypted_password_text(clear: bytes) -> str:
    """IG's samples base64-encode ``password|timeStamp`` before encrypting; accept that and the raw text."""
    if b"|" not in clear:
        with contextlib.suppress(ValueError):
            clear = base64.b64decode(clear, validate=True)
    return clear.decode("utf-8", "replace")


def _oauth(ctx: Ctx, session: Session) -> dict[str, Any]:
    return {
        "access_token": session.access_token,
        "refresh_token": session.refresh_token,
        "scope": "profile",
        "token_type": "Bearer",
        "expires_in": str(int(ctx.engine.sessions.oauth_ttl)),
    }


@route("POST", "/session", 1, "createSessionV1", auth=False)
@route("POST", "/session", 2, "createSessionV2", auth=False)
@route("POST", "/session", 3, "createSessionV3", auth=False)
def create_session(ctx: Ctx) -> Any:
    session = _login(ctx)
    engine = ctx.engine
    account = engine.accounts[session.account_id]
    if ctx.version >= 3:
        return {
            "clientId": engine.client_id,
            "accountId": account.account_id,
            "timezoneOffset": uk_offset(ctx.now),
            "lightstreamerEndpoint": ctx.lightstreamer_url,
            "oauthToken": _oauth(ctx, session),
            "accountType": OMIT,  # not in any recorded v3 answer (session-create-v3-*)
        }
    ctx.headers.update({"CST": session.cst, "X-SECURITY-TOKEN": session.xst})
    return {
        "accountType": account.account_type,
        "accountInfo": engine.dealing.balance(account.account_id),
        "currencyIsoCode": account.currency,
        "currencySymbol": currency_symbol(account.currency),
        "currentAccountId": account.account_id,
        "lightstreamerEndpoint": ctx.lightstreamer_url,
        "accounts": [
            {
                "accountId": a.account_id,
                "accountName": a.name,
                "preferred": a.preferred,
                "accountType": a.account_type,
            }
            for a in engine.accounts.values()
        ],
        "clientId": engine.client_id,
        "timezoneOffset": uk_offset(ctx.now),
        "hasActiveDemoAccounts": True,
        "hasActiveLiveAccounts": False,
        "trailingStopsEnabled": account.trailing_stops_enabled,
        "reroutingEnvironment": None,
        "dealingEnabled": True,
        # In IG's catalogue, but in none of the recorded answers and not on IG's page: IG leaves them out.
        **dict.fromkeys(("igCompany", "encrypted", "formDetails", "authenticationStatus"), OMIT),
    }


@route("GET", "/session", 1, "getSessionV1")
def read_session(ctx: Ctx) -> Any:
    assert ctx.session is not None
    if ctx.query.get("fetchSessionTokens", "").lower() == "true":
        ctx.headers.update({"CST": ctx.session.cst, "X-SECURITY-TOKEN": ctx.session.xst})
    account = ctx.engine.accounts[ctx.account_id]
    return {
        "clientId": ctx.engine.client_id,
        "accountId": account.account_id,
        "timezoneOffset": uk_offset(ctx.now),
        "locale": "en_GB",
        "currency": account.currency,
        "lightstreamerEndpoint": ctx.lightstreamer_url,
    }


@route("DELETE", "/session", 1, "deleteSessionV1")
def delete_session(ctx: Ctx) -> Any:
    assert ctx.session is not None
    ctx.engine.sessions.end(ctx.session)
    ctx.engine.sink.end_sessions_for(ctx.session.account_id)
    return None


@route("PUT", "/session", 1, "updateActiveAccountV1")
def switch_account(ctx: Ctx) -> Any:
    require(ctx.body, "accountId")
    assert ctx.session is not None
    target = ctx.engine.accounts.get(str(ctx.body["accountId"]))
    if target is None:
        raise ApiError(400, "error.switch.invalid-accountId")
    if target.account_id == ctx.session.account_id:
        raise ApiError(412, "error.switch.accountId-must-be-different")
    ctx.session.account_id = target.account_id
    if ctx.body.get("defaultAccount"):
        for account in ctx.engine.accounts.values():
            account.preferred = account is target
    return {
        "trailingStopsEnabled": target.trailing_stops_enabled,
        "dealingEnabled": True,
        "hasActiveDemoAccounts": True,
        "hasActiveLiveAccounts": False,
    }


@route("GET", "/session/encryptionKey", 1, "getEncryptionKeySessionV1", auth=False)
def encryption_key(ctx: Ctx) -> Any:
    return {"encryptionKey": simulator_key().public_key_b64(), "timeStamp": int(ctx.now * 1000)}


@route("POST", "/session/refresh-token", 1, "refreshSessionV1", auth=False)
def refresh_token(ctx: Ctx) -> Any:
    require(ctx.body, "refresh_token")
    session = ctx.engine.sessions.refresh(str(ctx.body["refresh_token"]))
    if session is None:
        raise ApiError(401, "error.security.oauth-token-invalid")
    return _oauth(ctx, session)
