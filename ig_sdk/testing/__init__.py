"""Testing helpers: a local IG simulator that speaks IG's REST and Lightstreamer protocols on 127.0.0.1."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._accounts import API_KEY, CFD_ACCOUNT_ID, CLIENT_ID, PASSWORD, SPREADBET_ACCOUNT_ID, USERNAME
from ._clock import ManualClock

if TYPE_CHECKING:
    from .simulator import IGSimulator, SimulatorConfig

__all__ = [
    "API_KEY",
    "CFD_ACCOUNT_ID",
    "CLIENT_ID",
    "PASSWORD",
    "SPREADBET_ACCOUNT_ID",
    "USERNAME",
    "IGSimulator",
    "ManualClock",
    "SimulatorConfig",
]


def __getattr__(name: str) -> Any:
    # Loaded lazily so that `python -m ig_sdk.testing.simulator` does not import the module twice.
    if name in ("IGSimulator", "SimulatorConfig"):
        from . import simulator

        return getattr(simulator, name)
    raise AttributeError(name)
