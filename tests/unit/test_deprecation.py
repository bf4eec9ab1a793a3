"""The generated methods' ``@deprecated``: one warning for both clients, no asyncio for a blocking one."""

from __future__ import annotations

import asyncio
import inspect
import subprocess
import sys
import warnings

from ig_sdk._deprecation import deprecated

MESSAGE = "Version 1 is superseded: use version 2."


@deprecated(MESSAGE)
def blocking(x: int) -> int:
    return x + 1


@deprecated(MESSAGE)
async def coroutine(x: int) -> int:
    return x + 1


def test_a_deprecated_function_warns_at_the_callers_line() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
        assert blocking(1) == 2
    assert [(w.category, str(w.message), w.filename, w.lineno) for w in caught] == [
        (DeprecationWarning, MESSAGE, __file__, line)
    ]
    assert blocking.__deprecated__ == MESSAGE  # type: ignore[attr-defined]


def test_a_deprecated_coroutine_function_stays_one_and_warns_at_the_awaiting_line() -> None:
    assert inspect.iscoroutinefunction(coroutine)
    assert coroutine.__deprecated__ == MESSAGE  # type: ignore[attr-defined]
    assert inspect.signature(coroutine) == inspect.signature(inspect.unwrap(coroutine))

    async def caller() -> tuple[int, int]:
        line = inspect.currentframe().f_lineno + 1  # type: ignore[union-attr]
        return await coroutine(1), line

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result, line = asyncio.run(caller())
    assert result == 2
    assert [(w.category, str(w.message), w.filename, w.lineno) for w in caught] == [
        (DeprecationWarning, MESSAGE, __file__, line)
    ]


def test_a_resource_with_deprecated_async_methods_loads_without_asyncio() -> None:
    program = (
        "import sys\n"
        "import ig_sdk._generated.resources.markets as markets\n"
        "assert markets.AsyncMarkets.get_v1.__deprecated__\n"
        "print('asyncio' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"
