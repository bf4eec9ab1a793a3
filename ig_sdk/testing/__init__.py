"""Testing helpers: a local IG simulator that speaks IG's REST and Lightstreamer protocols on 127.0.0.1.

Needs the ``testing`` extra (``pip install 'ig-sdk[testing]'``). In a pytest suite, opt in to the fixtures
with ``pytest_plugins = ["ig_sdk.testing.pytest_plugin"]`` in the top ``conftest.py`` (or
``-p ig_sdk.testing.pytest_plugin``); installing ig-sdk alone loads nothing into your test runs.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

INSTALL_HINT = (
    "ig_sdk.testing (the local IG simulator) needs the 'testing' extra: "
    "pip install 'ig-sdk[testing]'  (or: uv add 'ig-sdk[testing]')"
)


def _require_testing_extra() -> None:
    # Checked here, without importing them, so that the failure names the fix instead of a missing module
    # deep inside the simulator.
    for module in ("aiohttp", "cryptography"):
        if importlib.util.find_spec(module) is None:
            raise ModuleNotFoundError(f"{INSTALL_HINT} ({module} is not installed)", name=module)


_require_testing_extra()


from ._accounts import API_KEY, CFD_ACCOUNT_ID, CLIENT_ID, PASSWORD, SPREADBET_ACCOUNT_ID, USERNAME  # noqa: E402
from ._clock import TRADING_TIME, ManualClock, RunningClock  # noqa: E402
from ._hours import trading_start  # noqa: E402

if TYPE_CHECKING:
    from .simulator import IGSimulator, SimulatorConfig

__all__ = [
    "API_KEY",
    "CFD_ACCOUNT_ID",
    "CLIENT_ID",
    "PASSWORD",
    "SPREADBET_ACCOUNT_ID",
    "TRADING_TIME",
    "USERNAME",
    "IGSimulator",
    "ManualClock",
    "RunningClock",
    "SimulatorConfig",
    "trading_start",
]


def __getattr__(name: str) -> Any:
    # Loaded lazily so that `python -m ig_sdk.testing.simulator` does not import the module twice.
    if name in ("IGSimulator", "SimulatorConfig"):
        from . import simulator

        return getattr(simulator, name)
    raise AttributeError(name)
