"""The simulated client: credentials, its two accounts (spread bet and CFD), and REST sessions."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ._clock import Clock

__all__ = [
    "API_KEY",
    "CFD_ACCOUNT_ID",
    "CLIENT_ID",
    "PASSWORD",
    "SPREADBET_ACCOUNT_ID",
    "USERNAME",
    "Account",
    "Session",
    "SessionStore",
]

USERNAME = "sim-user"
PASSWORD = "sim-password"
API_KEY = "sim0api0key0000000000000000000000000000a"
SPREADBET_ACCOUNT_ID = "ZSIMSB"
CFD_ACCOUNT_ID = "ZSIMCF"
CLIENT_ID = "101230456"


@dataclass
class Account:
    """A trading account; balance moves with realised P&L."""

    account_id: str
    name: str
    account_type: str
    currency: str = "GBP"
    balance: float = 10_000.0
    deposit: float = 10_000.0
    preferred: bool = False
    trailing_stops_enabled: bool = False


def default_accounts() -> dict[str, Account]:
    """The two accounts every simulator starts with; spread betting is the preferred one."""
    return {
        SPREADBET_ACCOUNT_ID: Account(SPREADBET_ACCOUNT_ID, "Spread bet", "SPREADBET", preferred=True),
        CFD_ACCOUNT_ID: Account(CFD_ACCOUNT_ID, "CFD", "CFD"),
    }


@dataclass
class Session:
    """A logged-in REST session, reachable by its CST/XST pair or by its OAuth access token."""

    account_id: str
    cst: str
    xst: str
    expires_at: float
    access_token: str = ""
    refresh_token: str = ""
    access_expires_at: float = 0.0
    alive: bool = True
    streaming_ids: list[str] = field(default_factory=list)


class SessionStore:
    """Issues, finds, refreshes and expires sessions; tokens are deterministic for a seed."""

    def __init__(self, clock: Clock, seed: int, session_ttl: float, oauth_ttl: float) -> None:
        self._clock = clock
        self._rng = random.Random(seed ^ 0x5E55)
        self.session_ttl = session_ttl
        self.oauth_ttl = oauth_ttl
        self._sessions: list[Session] = []

    def _token(self, length: int = 40) -> str:
        return "".join(self._rng.choice("0123456789abcdef") for _ in range(length))

    def create(self, account_id: str, oauth: bool) -> Session:
        """Start a session on an account (with OAuth tokens for VERSION 3 logins)."""
        now = self._clock.now()
        session = Session(account_id, self._token(), self._token(), now + self.session_ttl)
        if oauth:
            session.access_token = self._token(36)
            session.refresh_token = self._token(36)
            session.access_expires_at = now + self.oauth_ttl
        self._sessions.append(session)
        return session

    def _live(self, session: Session) -> bool:
        return session.alive and session.expires_at > self._clock.now()

    def by_tokens(self, cst: str, xst: str) -> Session | None:
        """The live session with this CST and X-SECURITY-TOKEN; use extends its idle expiry."""
        for session in self._sessions:
            if session.cst == cst and session.xst == xst and self._live(session):
                session.expires_at = self._clock.now() + self.session_ttl
                return session
        return None

    def knows_cst(self, cst: str) -> bool:
        """Whether a live session has this CST (decides between the client- and account-token errors)."""
        return any(s.cst == cst and self._live(s) for s in self._sessions)

    def by_access_token(self, token: str) -> Session | None:
        """The session whose OAuth access token is this one and has not expired."""
        now = self._clock.now()
        for session in self._sessions:
            if session.access_token == token and session.alive and session.access_expires_at > now:
                return session
        return None

    def refresh(self, refresh_token: str) -> Session | None:
        """New access and refresh tokens for the session holding this refresh token (single use)."""
        for session in self._sessions:
            if session.refresh_token and session.refresh_token == refresh_token and session.alive:
                session.access_token = self._token(36)
                session.refresh_token = self._token(36)
                session.access_expires_at = self._clock.now() + self.oauth_ttl
                session.expires_at = self._clock.now() + self.session_ttl
                return session
        return None

    def end(self, session: Session) -> None:
        """Log out."""
        session.alive = False

    def expire_all(self) -> list[str]:
        """Kill every session now (fault injection); returns the affected account ids."""
        accounts = [s.account_id for s in self._sessions if s.alive]
        for session in self._sessions:
            session.alive = False
        return accounts

    def live_sessions(self) -> list[Session]:
        """Sessions still usable."""
        return [s for s in self._sessions if self._live(s)]
