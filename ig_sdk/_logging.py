"""The ``ig_sdk`` logger and the redaction rules that keep credentials out of logs, reprs and errors.

The library only ever emits records; configuring handlers and levels is the application's business.
Redaction happens where a message is built, so a secret never reaches a record in the first place.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

__all__ = [
    "logger",
    "REDACTED",
    "SENSITIVE_HEADERS",
    "SENSITIVE_FIELDS",
    "redact_headers",
    "redact_json",
    "guard_transport_logs",
]

logger: Final = logging.getLogger("ig_sdk")

REDACTED: Final = "***"

# Lower-cased header names whose values are credentials.
SENSITIVE_HEADERS: Final = frozenset(
    {"x-ig-api-key", "cst", "x-security-token", "authorization", "cookie", "set-cookie"}
)
# JSON body keys whose values are credentials (login, refresh and session-token payloads).
SENSITIVE_FIELDS: Final = frozenset(
    {
        "password",
        "apiKey",
        "encryptionKey",
        "access_token",
        "refresh_token",
        "accessToken",
        "refreshToken",
        "cst",
        "xst",
    }
)


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of ``headers`` safe to log: credential headers keep their name but lose their value."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {name: (REDACTED if name.lower() in SENSITIVE_HEADERS else value) for name, value in items}


def redact_json(value: Any) -> Any:
    """A copy of a decoded JSON document with credential fields masked, at any depth."""
    if isinstance(value, dict):
        return {k: (REDACTED if k in SENSITIVE_FIELDS else redact_json(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_json(v) for v in value]
    return value


# httpcore's DEBUG trace prints raw response headers as byte-string pairs, IG's CST and X-SECURITY-TOKEN
# among them: ``(b'CST', b'…')``. Its loggers are not ours to configure, but a secret must not leave the
# process through them either, so their records get the header values masked.
_HEADER_NAMES: Final = "|".join(re.escape(h) for h in sorted(SENSITIVE_HEADERS))
_HEADER_PAIR: Final = re.compile(
    r"""\((b?)(['"])(""" + _HEADER_NAMES + r""")\2, b?(['"]).*?\4\)""", re.IGNORECASE
)
_TRANSPORT_LOGGERS: Final = ("httpcore.http11", "httpcore.http2", "httpcore.connection", "httpcore.proxy")


class _HeaderRedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _HEADER_PAIR.search(message):
            record.msg = _HEADER_PAIR.sub(
                lambda m: f"({m[1]}{m[2]}{m[3]}{m[2]}, {m[1]}'{REDACTED}')", message
            )
            record.args = None
        return True


_FILTER: Final = _HeaderRedactingFilter()


def guard_transport_logs() -> None:
    """Mask credential headers in httpcore's DEBUG records (idempotent; adds no handler, changes no level)."""
    for name in _TRANSPORT_LOGGERS:
        transport_logger = logging.getLogger(name)
        if _FILTER not in transport_logger.filters:
            transport_logger.addFilter(_FILTER)
