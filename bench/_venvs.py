"""Each client's own interpreter for the fresh-process rows: a venv holding only what its users install.

Cold start and import time depend on what is installed next to a client: the dev venv carries httpx's
optional command line (click, rich, pygments), which ``import httpx`` then loads, and nothing there is
byte-compiled. So each client is measured in a venv of its own under ``.bench-venvs/`` with only its runtime
dependencies, byte-compiled at install as pip does: ig-sdk (this checkout, reinstalled every run), trading-ig
0.0.25 with pandas, and ig-trading-lib 4.0.3 (which needs lightstreamer-client-lib 2.x, so it can never share
ig-sdk's venv). uv creates them from its cache; a client whose venv cannot be made is left out, with the
reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Final

__all__ = ["ROOT", "interpreters"]

ROOT: Final = Path(".bench-venvs")
# Implementation -> what its venv installs; "." is this checkout (ig-sdk, and httpx for the raw baseline).
_REQUIREMENTS: Final = {
    "ig_sdk": ["."],
    # With its pandas extra, as its DataFrame users install it (the comparison); without pandas its
    # plain-dict mode starts about as fast as ig-trading-lib.
    "trading_ig": ["trading-ig[pandas]==0.0.25"],
    "ig_trading_lib": ["ig-trading-lib==4.0.3"],
}
# An interpreter given here is used instead of building a venv (one that already has the client).
ENV_OVERRIDES: Final = {
    "ig_trading_lib": "IG_BENCH_IG_TRADING_LIB_PYTHON",
    "trading_ig": "IG_BENCH_TRADING_IG_PYTHON",
}


def _uv() -> list[str] | None:
    found = shutil.which("uv")
    if found:
        return [found]
    probe = subprocess.run([sys.executable, "-m", "uv", "--version"], capture_output=True, check=False)
    return [sys.executable, "-m", "uv"] if probe.returncode == 0 else None


def _build(uv: list[str], name: str, requirements: list[str]) -> Path:
    venv = ROOT / name
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([*uv, "venv", "-q", "--python", sys.executable, str(venv)], check=True, timeout=300)
    reinstall = ["--reinstall-package", "ig-sdk"] if "." in requirements else []
    subprocess.run(
        [
            *uv,
            "pip",
            "install",
            "-q",
            "--compile-bytecode",
            "--python",
            str(python),
            *reinstall,
            *requirements,
        ],
        check=True,
        timeout=600,
        capture_output=True,
    )
    return python


def interpreters() -> tuple[dict[str, str], dict[str, str]]:
    """The python of each implementation ("raw" shares ig-sdk's), and notes on any left out or replaced."""
    pythons: dict[str, str] = {}
    missing: dict[str, str] = {}
    uv = _uv()
    for name, requirements in _REQUIREMENTS.items():
        override = os.environ.get(ENV_OVERRIDES.get(name, ""), "")
        if override:
            pythons[name] = override
            continue
        if uv is None:
            missing[name] = "uv not found to build its venv"
            continue
        try:
            pythons[name] = str(_build(uv, name, requirements).absolute())
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            missing[name] = f"its venv could not be built ({exc})"
    if "ig_sdk" in pythons:
        pythons = {"raw": pythons["ig_sdk"], **pythons}
    else:  # fall back to this interpreter rather than measure nothing
        pythons = {"raw": sys.executable, "ig_sdk": sys.executable, **pythons}
        missing["ig_sdk"] = missing.get("ig_sdk", "") + "; measured in the dev venv instead (slower imports)"
    return pythons, missing
