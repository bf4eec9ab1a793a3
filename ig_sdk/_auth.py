"""Sessions, sans-IO: IG's login flows as generators of requests, token state, and password encryption.

Each flow (login, refresh, account switch, streaming tokens, logout) is a generator that yields a
:class:`SessionRequest`, receives the matching :class:`SessionResponse`, and returns its result. The sync and
async clients drive the same generators, so the session logic is written once and only the sending differs.
"""

from __future__ import annotations

import base64
import importlib
import importlib.util
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal, TypedDict

from ig_sdk._logging import REDACTED
from ig_sdk._operation_record import Operation
from ig_sdk.errors import PasswordEncryptionError, SessionSetupError

__all__ = [
    "SessionVersion",
    "SessionTokens",
    "SessionInfo",
    "ExportedSession",
    "StreamingCredentials",
    "SessionRequest",
    "SessionResponse",
    "SessionState",
    "Flow",
    "encrypt_password",
    "require_encryption",
    "UnusableAnswerError",
    "session_operation",
    "login_flow",
    "refresh_flow",
    "switch_account_flow",
    "streaming_tokens_flow",
    "logout_flow",
    "auth_headers",
]

SessionVersion = Literal[1, 2, 3]

# Refresh a v3 access token this many seconds before IG says it expires, so a request never races expiry.
REFRESH_MARGIN: Final = 10.0
# IG's v3 access tokens last 60 seconds; used when IG's answer does not say.
DEFAULT_V3_LIFETIME: Final = 60.0


class UnusableAnswerError(Exception):
    """Raised inside a flow: IG's answer to the flow's last request lacks what the flow needs.

    Never escapes the client: the driver turns it into an ``APIResponseValidationError`` naming that request's
    operation, with IG's real status and response. Failures on this side raise ``SessionSetupError`` instead.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


# --- IG's encrypted-password login -----------------------------------------------------------------

_ENCRYPTION_EXTRA: Final = (
    "encrypt_password=True needs the 'cryptography' package: pip install 'ig-sdk[encryption]'"
)


def require_encryption() -> None:
    """Fail early, with the install hint, when the encrypted login's dependency is missing."""
    if importlib.util.find_spec("cryptography") is None:
        raise ImportError(_ENCRYPTION_EXTRA, name="cryptography")


def encrypt_password(password: str, encryption_key: str, timestamp: int) -> str:
    """The ``password`` field of an encrypted login.

    IG's scheme (as in its Java sample client): base64 of ``password|timeStamp``, RSA-encrypted with PKCS#1
    v1.5 padding under the key from ``GET /session/encryptionKey`` (base64 DER SubjectPublicKeyInfo), then
    base64 again.

    Raises:
        UnusableAnswerError: ``encryption_key`` is not an RSA public key.
        PasswordEncryptionError: the password is too long for the key.
    """
    require_encryption()
    from cryptography.hazmat.primitives.asymmetric import padding
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
    from cryptography.hazmat.primitives.serialization import load_der_public_key

    try:
        key = load_der_public_key(base64.b64decode(encryption_key, validate=True))
    except ValueError:
        raise UnusableAnswerError("the encryption key is not base64 DER", "encryptionKey") from None
    if not isinstance(key, RSAPublicKey):
        raise UnusableAnswerError("the encryption key is not an RSA key", "encryptionKey")
    plain = base64.b64encode(f"{password}|{timestamp}".encode())
    if len(plain) > key.key_size // 8 - 11:  # PKCS#1 v1.5 needs 11 bytes of the block for its padding
        raise PasswordEncryptionError(f"the password is too long for IG's {key.key_size}-bit encryption key")
    return base64.b64encode(key.encrypt(plain, padding.PKCS1v15())).decode("ascii")


# --- session state ----------------------------------------------------------------------------------


class ExportedSession(TypedDict):
    """A session as ``client.export_session()`` hands it out: JSON-compatible, and as secret as a password.

    ``expires_at`` is wall-clock epoch seconds (v3 access tokens), so a snapshot stays valid across restarts.
    """

    version: SessionVersion
    account_id: str | None
    client_id: str | None
    lightstreamer_endpoint: str | None
    cst: str | None
    security_token: str | None
    access_token: str | None
    refresh_token: str | None
    expires_at: float | None


@dataclass(frozen=True, slots=True)
class SessionTokens:
    """The credentials of a live session; never logged or shown (see ``__repr__``)."""

    version: SessionVersion
    account_id: str | None
    client_id: str | None = None
    lightstreamer_endpoint: str | None = None
    cst: str | None = None
    security_token: str | None = None
    access_token: str | None = None
    refresh_token: str | None = None
    expires_at: float | None = None

    def __repr__(self) -> str:
        return (
            f"SessionTokens(version={self.version}, account_id={self.account_id!r}, tokens={REDACTED}, "
            f"expires_at={self.expires_at!r})"
        )

    __str__ = __repr__

    def to_dict(self) -> ExportedSession:
        """A JSON-compatible snapshot (it contains the tokens: store it like a password)."""
        return {
            "version": self.version,
            "account_id": self.account_id,
            "client_id": self.client_id,
            "lightstreamer_endpoint": self.lightstreamer_endpoint,
            "cst": self.cst,
            "security_token": self.security_token,
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SessionTokens:
        """Rebuild tokens exported by :meth:`to_dict`; refuses snapshots without usable tokens."""
        version = int(data["version"])
        if version not in (1, 2, 3):
            raise ValueError(f"unknown session version {version}")
        tokens = cls(
            version=version,  # type: ignore[arg-type]
            account_id=data.get("account_id"),
            client_id=data.get("client_id"),
            lightstreamer_endpoint=data.get("lightstreamer_endpoint"),
            cst=data.get("cst"),
            security_token=data.get("security_token"),
            access_token=data.get("access_token"),
            refresh_token=data.get("refresh_token"),
            expires_at=data.get("expires_at"),
        )
        usable = tokens.access_token if version == 3 else (tokens.cst and tokens.security_token)
        if not usable:
            raise ValueError("session snapshot holds no tokens")
        return tokens


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """What a program may know about its session: identifiers and endpoint, never the tokens."""

    session_version: SessionVersion
    account_id: str | None
    client_id: str | None
    lightstreamer_endpoint: str | None
    expires_at: float | None

    @classmethod
    def of(cls, tokens: SessionTokens) -> SessionInfo:
        """The public view of ``tokens``."""
        return cls(
            session_version=tokens.version,
            account_id=tokens.account_id,
            client_id=tokens.client_id,
            lightstreamer_endpoint=tokens.lightstreamer_endpoint,
            expires_at=tokens.expires_at,
        )


@dataclass(frozen=True, slots=True)
class StreamingCredentials:
    """What a Lightstreamer connection needs: user = account id, password = ``CST-…|XST-…``."""

    account_id: str
    password: str = field(repr=False)
    endpoint: str


SessionListener = Callable[[SessionInfo | None], None]


class SessionState:
    """The mutable session shared by a client and every ``with_options`` copy of it.

    ``generation`` grows on every login/refresh, so a caller whose request failed with a token error can tell
    whether somebody else already renewed the session after the request was sent (then it just replays).
    """

    def __init__(self, account_id: str | None = None) -> None:
        self.tokens: SessionTokens | None = None
        # The account to (re-)select after every login; shared so with_options copies agree on it.
        self.account_id = account_id
        self.generation = 0
        self.listeners: list[SessionListener] = []

    def set(self, tokens: SessionTokens | None) -> None:
        """Install new tokens (or none) and tell the listeners."""
        self.tokens = tokens
        self.generation += 1
        info = SessionInfo.of(tokens) if tokens is not None else None
        for listener in list(self.listeners):
            listener(info)

    def needs_refresh(self, now: float) -> bool:
        """True when a v3 access token is about to expire."""
        tokens = self.tokens
        return (
            tokens is not None
            and tokens.version == 3
            and tokens.expires_at is not None
            and now >= tokens.expires_at - REFRESH_MARGIN
        )

    def __repr__(self) -> str:
        return f"<SessionState generation={self.generation} tokens={self.tokens!r}>"


def auth_headers(tokens: SessionTokens) -> dict[str, str]:
    """The headers that authenticate a request in ``tokens``' session."""
    if tokens.version == 3:
        headers = {"Authorization": f"Bearer {tokens.access_token}"}
        if tokens.account_id:
            headers["IG-ACCOUNT-ID"] = tokens.account_id
        return headers
    return {"CST": tokens.cst or "", "X-SECURITY-TOKEN": tokens.security_token or ""}


# --- the session operations -------------------------------------------------------------------------


def session_operation(op_id: str) -> Operation:
    """The registry's record of a session endpoint (the spec says which headers each carries)."""
    registry: Mapping[str, Operation] = importlib.import_module(
        "ig_sdk._generated.operation_table"
    ).OPERATIONS
    return registry[op_id]


@dataclass(frozen=True, slots=True)
class SessionRequest:
    """One call a flow needs made. ``tokens`` authenticates it (None: API key only)."""

    operation: Operation
    body: Mapping[str, Any] | None = None
    query: Mapping[str, str] | None = None
    tokens: SessionTokens | None = None

    def __repr__(self) -> str:
        return f"SessionRequest({self.operation.operation_id})"


@dataclass(frozen=True, slots=True)
class SessionResponse:
    """The successful answer to a :class:`SessionRequest` (errors are raised by the driver)."""

    headers: Mapping[str, str]
    body: Any


Flow = Generator[SessionRequest, SessionResponse, Any]


def _body(response: SessionResponse) -> Mapping[str, Any]:
    return response.body if isinstance(response.body, Mapping) else {}


def _oauth_tokens(base: SessionTokens, oauth: Mapping[str, Any], now: float) -> SessionTokens:
    try:
        lifetime = float(oauth.get("expires_in") or DEFAULT_V3_LIFETIME)
    except (TypeError, ValueError):
        lifetime = DEFAULT_V3_LIFETIME
    return replace(
        base,
        access_token=oauth.get("access_token"),
        refresh_token=oauth.get("refresh_token") or base.refresh_token,
        expires_at=now + lifetime,
    )


def login_flow(
    version: SessionVersion,
    identifier: str,
    password: str,
    *,
    account_id: str | None,
    encrypt: bool,
    now: Callable[[], float],
) -> Generator[SessionRequest, SessionResponse, SessionTokens]:
    """Log in with session ``version``; switch to ``account_id`` when it is not IG's default account."""
    body: dict[str, Any] = {"identifier": identifier, "password": password}
    if encrypt:
        key = _body((yield SessionRequest(session_operation("getEncryptionKeySessionV1"))))
        try:
            encryption_key, timestamp = str(key["encryptionKey"]), int(key["timeStamp"])
        except (KeyError, TypeError, ValueError):
            raise UnusableAnswerError("IG's answer lacks a usable encryptionKey and timeStamp") from None
        body["password"] = encrypt_password(password, encryption_key, timestamp)
        body["encryptedPassword"] = True
    answer = yield SessionRequest(session_operation(f"createSessionV{version}"), body=body)
    data = _body(answer)
    tokens: SessionTokens
    if version == 3:
        oauth = data.get("oauthToken")
        if not isinstance(oauth, Mapping) or not oauth.get("access_token"):
            raise UnusableAnswerError("IG's v3 login answer carries no OAuth token", "oauthToken")
        base = SessionTokens(
            version=3,
            account_id=data.get("accountId"),
            client_id=data.get("clientId"),
            lightstreamer_endpoint=data.get("lightstreamerEndpoint"),
        )
        tokens = _oauth_tokens(base, oauth, now())
    else:
        headers = answer.headers
        cst, xst = headers.get("cst"), headers.get("x-security-token")
        if not cst or not xst:
            raise UnusableAnswerError("IG's login answer carries no CST / X-SECURITY-TOKEN headers")
        tokens = SessionTokens(
            version=version,
            account_id=data.get("currentAccountId"),
            client_id=data.get("clientId"),
            lightstreamer_endpoint=data.get("lightstreamerEndpoint"),
            cst=cst,
            security_token=xst,
        )
    if account_id and account_id != tokens.account_id:
        tokens = yield from switch_account_flow(tokens, account_id, default=None)
    return tokens


def refresh_flow(
    tokens: SessionTokens, *, now: Callable[[], float]
) -> Generator[SessionRequest, SessionResponse, SessionTokens]:
    """Swap a v3 refresh token for a new access token."""
    if not tokens.refresh_token:
        raise SessionSetupError("the session holds no refresh token to renew its access token with")
    answer = yield SessionRequest(
        session_operation("refreshSessionV1"), body={"refresh_token": tokens.refresh_token}
    )
    oauth = _body(answer)
    if not oauth.get("access_token"):
        raise UnusableAnswerError("IG's refresh answer carries no access token", "access_token")
    return _oauth_tokens(tokens, oauth, now())


def switch_account_flow(
    tokens: SessionTokens, account_id: str, *, default: bool | None
) -> Generator[SessionRequest, SessionResponse, SessionTokens]:
    """Make ``account_id`` the active account of the session."""
    body: dict[str, Any] = {"accountId": account_id}
    if default is not None:
        body["defaultAccount"] = default
    answer = yield SessionRequest(session_operation("updateActiveAccountV1"), body=body, tokens=tokens)
    # IG issues a new account token on a switch (v1/v2); v3 selects the account by the IG-ACCOUNT-ID header.
    new_xst = answer.headers.get("x-security-token")
    if tokens.version != 3 and new_xst:
        return replace(tokens, account_id=account_id, security_token=new_xst)
    return replace(tokens, account_id=account_id)


def streaming_tokens_flow(
    tokens: SessionTokens,
) -> Generator[SessionRequest, SessionResponse, StreamingCredentials]:
    """CST/XST for Lightstreamer: held by v1/v2 sessions, fetched with ``fetchSessionTokens`` for v3."""
    cst, xst = tokens.cst, tokens.security_token
    endpoint = tokens.lightstreamer_endpoint
    if tokens.version == 3:
        answer = yield SessionRequest(
            session_operation("getSessionV1"), query={"fetchSessionTokens": "true"}, tokens=tokens
        )
        cst, xst = answer.headers.get("cst"), answer.headers.get("x-security-token")
        endpoint = _body(answer).get("lightstreamerEndpoint") or endpoint
    if not cst or not xst or not endpoint or not tokens.account_id:
        message = "IG did not provide the session tokens, account or Lightstreamer endpoint streaming needs"
        if tokens.version == 3:
            raise UnusableAnswerError(message)
        raise SessionSetupError(message + " (in its login answer)")
    password = f"CST-{cst}|XST-{xst}"
    return StreamingCredentials(account_id=tokens.account_id, password=password, endpoint=endpoint)


def logout_flow(tokens: SessionTokens) -> Generator[SessionRequest, SessionResponse, None]:
    """End the session on IG's side."""
    yield SessionRequest(session_operation("deleteSessionV1"), tokens=tokens)
