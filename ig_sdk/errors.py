"""The public exception hierarchy of ig-sdk.

IG answers errors as ``{"errorCode": "..."}`` with an HTTP status. The class raised is chosen by IG's error
code first (the table generated from ``spec/ig-rest.yaml`` ``x-ig-error-codes``) and by the status second, so
code can catch either a precise case (``InvalidCredentialsError``) or a family (``AuthenticationError``).

No message, ``str()`` or ``repr()`` in this module ever includes a credential: errors carry the operation,
status, IG's code and the response, never the request headers or body.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final

if TYPE_CHECKING:
    import httpx

    from ig_sdk._generated.models import DealReason
    from ig_sdk._operation_record import Operation
    from ig_sdk._rate_limit._limits import BucketName

__all__ = [
    "PricePointsExceedAllowanceError",
    "IGError",
    "IGRequestValidationError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "InvalidCredentialsError",
    "SessionTokenError",
    "AccountAccessError",
    "PermissionDeniedError",
    "APIKeyError",
    "NotFoundError",
    "DealNotFoundError",
    "InstrumentNotFoundError",
    "RateLimitError",
    "AccountAllowanceError",
    "TradingAllowanceError",
    "APIKeyAllowanceError",
    "HistoricalDataAllowanceError",
    "InternalServerError",
    "DealRejectedError",
    "DealOutcomeUnknownError",
    "LiveTradingNotAllowedError",
    "SessionSetupError",
    "PasswordEncryptionError",
    "error_class_for",
]


class IGError(Exception):
    """Base of every exception ig-sdk raises on purpose."""


class IGRequestValidationError(IGError, ValueError):
    """Arguments refused before anything was sent (wrong type, undocumented value, one of IG's rules).

    ``field`` is IG's wire name of the offending argument and ``python_field`` the keyword to fix.
    """

    def __init__(
        self, message: str, *, operation: Operation | None, field: str | None, python_field: str | None
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.field = field
        self.python_field = python_field


class APIError(IGError):
    """Something went wrong talking to IG; carries the operation that was being called."""

    def __init__(self, message: str, *, operation: Operation | None) -> None:
        super().__init__(message)
        self.message = message
        self.operation = operation

    @property
    def operation_name(self) -> str | None:
        """The generated method's dotted name, e.g. ``positions.create_v2``."""
        return self.operation.python_name if self.operation is not None else None

    @property
    def method(self) -> str | None:
        """IG's HTTP method for the operation (``DELETE`` even when sent as POST + ``_method``)."""
        return self.operation.method if self.operation is not None else None

    @property
    def path(self) -> str | None:
        """The operation's path template."""
        return self.operation.path if self.operation is not None else None

    @property
    def version(self) -> int | None:
        """The VERSION header value the operation sends."""
        return self.operation.version if self.operation is not None else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class APIConnectionError(APIError):
    """IG could not be reached, or the connection dropped before an answer arrived.

    For a trading call the outcome is unknown: ``deal_reference`` is the reference the request carried, to
    reconcile with ``client.deals.confirm(deal_reference)``.
    """

    def __init__(
        self, message: str, *, operation: Operation | None, deal_reference: str | None = None
    ) -> None:
        super().__init__(message, operation=operation)
        self.deal_reference = deal_reference


class APITimeoutError(APIConnectionError):
    """No answer in time; for a trading call the deal may or may not exist (see ``deal_reference``)."""


class APIResponseValidationError(APIError):
    """IG answered successfully but the body does not match the response model; ``field`` locates it.

    For a trading call IG took the request but its answer cannot be read: ``deal_reference`` is the reference
    the request carried (None when IG takes none on that call), to reconcile the outcome.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: Operation | None,
        field: str | None,
        status_code: int,
        response: httpx.Response | None,
        deal_reference: str | None = None,
    ) -> None:
        super().__init__(message, operation=operation)
        self.field = field
        self.status_code = status_code
        self.response = response
        self.deal_reference = deal_reference


class APIStatusError(APIError):
    """IG answered with an error status; ``error_code`` is IG's ``errorCode`` when it sent one."""

    def __init__(
        self,
        message: str,
        *,
        operation: Operation | None,
        status_code: int,
        error_code: str | None,
        body: Any,
        response: httpx.Response | None,
        deal_reference: str | None = None,
    ) -> None:
        super().__init__(message, operation=operation)
        self.status_code = status_code
        self.error_code = error_code
        self.body = body
        self.response = response
        self.deal_reference = deal_reference


class BadRequestError(APIStatusError):
    """HTTP 400: IG refused the request's content."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the login failed or the session is not (or no longer) valid."""


class InvalidCredentialsError(AuthenticationError):
    """The identifier, password or API key combination was refused at login."""


class SessionTokenError(AuthenticationError):
    """The session tokens are missing, invalid or expired (the client re-authenticates once by itself)."""


class AccountAccessError(AuthenticationError):
    """The client or account cannot log in (suspended, pending, migrated, missing forms or agreements)."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the API key or account may not use this endpoint."""


class APIKeyError(PermissionDeniedError):
    """The API key is missing, invalid, disabled, revoked or restricted for this endpoint."""


class NotFoundError(APIStatusError):
    """HTTP 404: the resource (deal, position, epic, watchlist, URL) does not exist."""


class DealNotFoundError(NotFoundError):
    """IG has no confirmation for the deal reference (yet: confirmations appear shortly after the deal)."""


class InstrumentNotFoundError(NotFoundError):
    """The epic or instrument is unknown to IG."""


class RateLimitError(APIStatusError):
    """HTTP 429 or one of IG's allowance-exceeded codes (IG sends those with status 403)."""

    bucket: ClassVar[BucketName | None] = None
    """The client-side allowance this refusal reports as spent; None means the call's own bucket."""


class AccountAllowanceError(RateLimitError):
    """The account's non-trading requests-per-minute allowance is used up."""

    bucket = "non_trading"


class TradingAllowanceError(RateLimitError):
    """The account's trading requests-per-minute allowance is used up."""

    bucket = "trading"


class APIKeyAllowanceError(RateLimitError):
    """The API key's requests-per-minute allowance (all accounts together) is used up."""

    bucket = "application"


class HistoricalDataAllowanceError(RateLimitError):
    """The account's weekly allowance of historical price points is used up (retrying will not help)."""

    bucket = "historical"


class InternalServerError(APIStatusError):
    """HTTP 5xx: IG failed; non-trading calls are retried."""


class PricePointsExceedAllowanceError(IGError):
    """A price request was refused before sending: its points do not fit in the historical allowance left.

    Sending it would only earn IG's ``error.public-api.exceeded-account-historical-data-allowance`` (raised
    as :class:`HistoricalDataAllowanceError` when IG answers so) and may block price downloads for the rest
    of the allowance period.
    """

    def __init__(
        self, *, operation: Operation, estimated_points: int | None, remaining: int, resets_in: float | None
    ) -> None:
        self.operation = operation
        self.estimated_points = estimated_points
        self.remaining = remaining
        self.resets_in = resets_in
        needed = "at least one point" if estimated_points is None else f"about {estimated_points} points"
        when = "at an unknown time" if resets_in is None else f"in {resets_in:.0f} s"
        super().__init__(
            f"{operation.python_name} needs {needed} but only {remaining} remain in the historical price "
            f"allowance (it resets {when}); ask for fewer points or wait"
        )


class SessionSetupError(IGError):
    """A session could not be started or renewed for a reason on this side; IG answered nothing wrong.

    For example: no username or password configured (a client meant only to resume exported sessions), or a
    session snapshot without a refresh token. A bad answer from IG is an :class:`APIResponseValidationError`
    naming the session operation instead.
    """


class PasswordEncryptionError(SessionSetupError, ValueError):
    """The password cannot be encrypted under IG's key (``encrypt_password=True``): it is too long for it."""


class DealOutcomeUnknownError(APIError):
    """A ``client.trading`` call lost IG's answer and could not find out what IG did before its deadline.

    ``checks`` lists every look it took (confirmation, position or working order read back, activity
    history), in order; ``deal_reference`` is the reference to reconcile with (the one sent, or the one IG's
    activity showed) and ``deal_id`` the position or working order concerned; ``cause`` is the error that lost
    the answer (None when IG answered but never confirmed). Do not resend blindly: check first.
    """

    def __init__(
        self,
        *,
        operation: Operation,
        deal_reference: str | None,
        deal_id: str | None,
        checks: tuple[str, ...],
        cause: APIError | None,
        waited: float,
    ) -> None:
        lost = f"the answer was lost ({type(cause).__name__})" if cause is not None else "IG gave no verdict"
        subject = f"deal reference {deal_reference}" if deal_reference else f"deal id {deal_id}"
        super().__init__(
            f"{operation.python_name}: {lost} and the outcome is still unknown after {waited:g}s "
            f"({subject}); checked: {'; '.join(checks) or 'nothing could be read'}. Check positions, working "
            "orders and the activity history before trading again",
            operation=operation,
        )
        self.deal_reference = deal_reference
        self.deal_id = deal_id
        self.checks = checks
        self.cause = cause


class LiveTradingNotAllowedError(IGError):
    """A trading call on a LIVE account was refused before anything was sent: the client was not opted in.

    Opt in with ``allow_live_trading=True`` on the client, or ``IG_SERVICE_ALLOW_LIVE_TRADING=1`` for
    ``from_env()``. Read-only calls never need it.
    """

    def __init__(self, operation: Operation) -> None:
        super().__init__(
            f"{operation.python_name} would trade with real money on a LIVE account and nothing was sent: "
            "pass allow_live_trading=True to the client, or set IG_SERVICE_ALLOW_LIVE_TRADING=1 for "
            "from_env(), to allow trading calls (read-only calls work without it)"
        )
        self.operation = operation


class DealRejectedError(IGError):
    """IG confirmed the deal as REJECTED; ``reason`` is IG's reason (``DealReason.MARKET_CLOSED``, ...).

    ``DealReason`` is an open enum: a reason this SDK version does not know is kept as a pseudo-member whose
    ``is_unknown`` is true. ``confirmation`` is IG's whole confirmation.
    """

    def __init__(self, deal_reference: str, reason: DealReason | str | None, confirmation: Any) -> None:
        typed = _deal_reason(reason)
        super().__init__(f"deal {deal_reference} was rejected by IG: {typed or 'no reason given'}")
        self.deal_reference = deal_reference
        self.reason: DealReason | None = typed
        self.confirmation = confirmation


def _deal_reason(reason: DealReason | str | None) -> DealReason | None:
    if reason is None:
        return None
    enum: type[DealReason] = importlib.import_module("ig_sdk._generated.models").DealReason
    return reason if isinstance(reason, enum) else enum(reason)


_STATUS_CLASSES: Final[Mapping[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}

_code_table: dict[str, type[APIStatusError]] | None = None


def _load_code_table() -> dict[str, type[APIStatusError]]:
    """IG's error codes and their classes, from the table generated out of the spec (``x-ig-error-codes``)."""
    generated: Mapping[str, Mapping[str, Any]] = importlib.import_module(
        "ig_sdk._generated.error_codes"
    ).ERROR_CODES
    module = globals()
    table: dict[str, type[APIStatusError]] = {}
    for code, entry in generated.items():
        cls = module.get(str(entry["class"]))
        if isinstance(cls, type) and issubclass(cls, APIStatusError):
            table[code] = cls
    return table


def error_class_for(status_code: int, error_code: str | None) -> type[APIStatusError]:
    """The class to raise for IG's answer: by ``errorCode`` when known, else by HTTP status."""
    global _code_table
    if error_code is not None:
        if _code_table is None:
            _code_table = _load_code_table()
        cls = _code_table.get(error_code)
        if cls is not None:
            return cls
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)
