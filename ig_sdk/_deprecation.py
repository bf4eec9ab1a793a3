"""``@deprecated`` for the generated methods, without loading asyncio in a blocking program.

On Python 3.11, typing_extensions' decorator marks a deprecated ``async def`` for asyncio by importing
``asyncio.coroutines``, which loads all of asyncio (about 10 ms of a cold start) when the resource module is
imported, even by a program that only uses the blocking client. Here a coroutine function is wrapped in a
coroutine function (recognised as one by inspect and asyncio without any marker); everything else is left to
typing_extensions. Type checkers see typing_extensions' decorator itself, so calls to a deprecated method are
still reported.
"""

from __future__ import annotations

import functools
import inspect
import sys
import warnings
from typing import TYPE_CHECKING, Any, TypeVar, cast

import typing_extensions

__all__ = ["deprecated"]

_T = TypeVar("_T")


class _AsyncAwareDeprecated(typing_extensions.deprecated):
    """typing_extensions' decorator, with coroutine functions wrapped by a coroutine function."""

    def __call__(self, arg: _T, /) -> _T:
        category = self.category
        if category is None or not inspect.iscoroutinefunction(arg):
            return super().__call__(arg)
        message, stacklevel = self.message, self.stacklevel

        @functools.wraps(arg)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            # Warned when awaited: the frame one up is the caller's ``await``, as for a blocking call.
            warnings.warn(message, category=category, stacklevel=stacklevel + 1)
            return await arg(*args, **kwargs)

        arg.__deprecated__ = wrapper.__deprecated__ = message  # type: ignore[attr-defined]
        return cast("_T", wrapper)


if TYPE_CHECKING:
    from typing_extensions import deprecated
elif sys.version_info >= (3, 12):  # typing_extensions marks coroutine functions without asyncio there
    deprecated = typing_extensions.deprecated
else:
    deprecated = _AsyncAwareDeprecated
