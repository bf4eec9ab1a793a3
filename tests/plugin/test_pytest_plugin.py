"""The fixtures ig-sdk's pytest plugin gives users' test suites."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

from ig_sdk import IGClient
from ig_sdk.testing import IGSimulator


def test_ig_client_talks_to_a_fresh_simulator(ig_simulator: IGSimulator, ig_client: IGClient) -> None:
    assert ig_client.base_url == ig_simulator.rest_url
    found = ig_client.markets.search(search_term="gold")
    assert any(m.epic == "CS.D.USCGC.TODAY.IP" for m in found.markets or [])
    assert ig_client.positions.list().positions == []  # a fresh simulator: nothing from other tests


# --- opt-in: installing ig-sdk loads nothing into other test suites -------------------------------------

_PROBE = """
import sys

def test_probe():
    loaded = sorted(m for m in sys.modules if m.startswith("ig_sdk.testing"))
    print("LOADED", loaded)
    assert not loaded
"""


def _pytest(tmp_path: Path, *args: str, prelude: str = "") -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_probe.py").write_text(_PROBE)
    code = f"{prelude}\nimport sys, pytest\nsys.exit(pytest.main({list(args)!r} + [{str(tmp_path)!r}]))"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_plain_pytest_run_loads_no_simulator_code(tmp_path: Path) -> None:
    result = _pytest(tmp_path, "-q", "-p", "no:cacheprovider")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_plugin_is_not_an_automatic_entry_point() -> None:
    plugins = entry_points(group="pytest11")
    assert not [ep for ep in plugins if ep.value.startswith("ig_sdk")]


def test_opting_in_with_p_gives_the_fixtures(tmp_path: Path) -> None:
    result = _pytest(
        tmp_path, "-q", "-p", "no:cacheprovider", "-p", "ig_sdk.testing.pytest_plugin", "--fixtures"
    )
    assert "ig_simulator" in result.stdout
    assert "ig_client" in result.stdout


def test_missing_testing_extra_names_the_fix(tmp_path: Path) -> None:
    # `sys.modules[name] = None` is how Python marks a module as not importable.
    result = _pytest(
        tmp_path,
        "-q",
        "-p",
        "ig_sdk.testing.pytest_plugin",
        prelude="import sys; sys.modules['aiohttp'] = None",
    )
    assert result.returncode != 0
    assert "pip install 'ig-sdk[testing]'" in result.stdout + result.stderr
