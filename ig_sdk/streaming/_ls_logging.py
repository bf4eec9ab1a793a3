"""Route lightstreamer-client-lib's log into ``ig_sdk.lightstreamer.<category>`` with credentials removed.

The library prints raw wire text at DEBUG, including ``LS_password=CST-…|XST-…``; every line is redacted
before it becomes a log record. The provider is process-wide (a library restriction), so it is installed
once, the first time a stream opens.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any, Final

__all__ = ["redact", "install_logger_provider", "LOGGER_PREFIX"]

LOGGER_PREFIX: Final = "ig_sdk.lightstreamer"

# The password parameter (any encoding), and the token pair wherever else it might be echoed.
_PATTERNS: Final = (
    re.compile(r"(LS_password=)[^&\r\n\s]*", re.IGNORECASE),
    re.compile(r"CST-[^|%\s&]*(\||%7C)XST-[^&\s\r\n\"']*", re.IGNORECASE),
    re.compile(r"((?:CST|XST|X-SECURITY-TOKEN)[\"']?\s*[:=]\s*[\"']?)[^\s&\"',]+", re.IGNORECASE),
)
_lock = threading.Lock()
_installed = False


def redact(text: str) -> str:
    """``text`` with Lightstreamer passwords and IG session tokens replaced by ``***``."""
    text = _PATTERNS[0].sub(r"\1***", text)
    text = _PATTERNS[1].sub("***", text)
    return _PATTERNS[2].sub(r"\1***", text)


class _Logger:
    """The library's Logger interface over one stdlib logger."""

    def __init__(self, category: str) -> None:
        name = category.removeprefix("lightstreamer.").removeprefix("lightstreamer") or "root"
        self._log = logging.getLogger(f"{LOGGER_PREFIX}.{name}")

    def _emit(self, level: int, line: Any, exc: Any) -> None:
        if not self._log.isEnabledFor(level):
            return
        message = redact(str(line))
        if exc is not None:
            message += f" ({type(exc).__name__}: {redact(str(exc))})"
        self._log.log(level, "%s", message)

    def fatal(self, line: Any, exception: Any = None) -> None:
        self._emit(logging.CRITICAL, line, exception)

    def error(self, line: Any, exception: Any = None) -> None:
        self._emit(logging.ERROR, line, exception)

    def warn(self, line: Any, exception: Any = None) -> None:
        self._emit(logging.WARNING, line, exception)

    def info(self, line: Any, exception: Any = None) -> None:
        self._emit(logging.INFO, line, exception)

    def debug(self, line: Any, exception: Any = None) -> None:
        self._emit(logging.DEBUG, line, exception)

    def trace(self, line: Any, exception: Any = None) -> None:
        self._emit(5, line, exception)

    def isFatalEnabled(self) -> bool:  # noqa: N802 - the library's method names
        return self._log.isEnabledFor(logging.CRITICAL)

    def isErrorEnabled(self) -> bool:  # noqa: N802
        return self._log.isEnabledFor(logging.ERROR)

    def isWarnEnabled(self) -> bool:  # noqa: N802
        return self._log.isEnabledFor(logging.WARNING)

    def isInfoEnabled(self) -> bool:  # noqa: N802
        return self._log.isEnabledFor(logging.INFO)

    def isDebugEnabled(self) -> bool:  # noqa: N802
        return self._log.isEnabledFor(logging.DEBUG)

    def isTraceEnabled(self) -> bool:  # noqa: N802
        return self._log.isEnabledFor(5)


class _Provider:
    def getLogger(self, category: str) -> _Logger:  # noqa: N802
        return _Logger(str(category))


def install_logger_provider() -> None:
    """Make the library log through ``ig_sdk.lightstreamer.*`` (once per process)."""
    global _installed
    with _lock:
        if _installed:
            return
        from lightstreamer.client import LightstreamerClient

        LightstreamerClient.setLoggerProvider(_Provider())
        _installed = True
