"""The wheel as a user gets it: built like `make dist`, installed into a clean virtual environment.

Only the package registry (or uv's cache) is used; no repository file is importable from the clean venv.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import ig_sdk

REPO = Path(__file__).resolve().parents[2]
INSTALL_TIMEOUT = 300

pytestmark = pytest.mark.timeout(INSTALL_TIMEOUT * 3)


def _uv() -> list[str]:
    found = shutil.which("uv")
    return [found] if found else [sys.executable, "-m", "uv"]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=INSTALL_TIMEOUT, check=False)


@dataclass
class Installed:
    wheel: Path
    venv: Path

    @property
    def bin(self) -> Path:
        return self.venv / "bin"

    def install(self, requirement: str) -> None:
        python = str(self.bin / "python")
        result = _run([*_uv(), "pip", "install", "--python", python, requirement], self.venv)
        assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """ig-sdk's wheel (no extras) in a fresh venv outside the repository."""
    root = tmp_path_factory.mktemp("dist")
    built = _run([*_uv(), "build", "--wheel", "--out-dir", str(root / "dist"), str(REPO)], root)
    assert built.returncode == 0, built.stderr
    (wheel,) = (root / "dist").glob("ig_sdk-*.whl")
    venv = root / "venv"
    made = _run([*_uv(), "venv", "--python", sys.executable, str(venv)], root)
    assert made.returncode == 0, made.stderr
    env = Installed(wheel, venv)
    env.install(str(wheel))
    return env


def test_wheel_carries_license_types_and_api_reference(installed: Installed) -> None:
    names = zipfile.ZipFile(installed.wheel).namelist()
    version = ig_sdk.__version__
    assert installed.wheel.name == f"ig_sdk-{version}-py3-none-any.whl"  # one version source
    assert f"ig_sdk-{version}.dist-info/licenses/LICENSE" in names
    assert "ig_sdk/py.typed" in names
    assert "ig_sdk/api.md" in names
    assert not [n for n in names if n.startswith(("tests/", "codegen/", "spec/"))]
    metadata = zipfile.ZipFile(installed.wheel).read(f"ig_sdk-{version}.dist-info/METADATA").decode()
    assert "License-Expression: MIT" in metadata
    assert "Classifier: Typing :: Typed" in metadata
    assert "Provides-Extra: cli" in metadata


def test_ig_command_without_the_cli_extra_says_how_to_install_it(installed: Installed) -> None:
    result = _run([str(installed.bin / "ig"), "--version"], installed.venv)
    assert result.returncode == 2
    assert "pip install 'ig-sdk[cli]'" in result.stderr


def test_a_plain_pytest_run_in_a_users_project_loads_no_simulator_code(installed: Installed) -> None:
    installed.install("pytest")
    project = installed.venv.parent / "project"
    project.mkdir()
    (project / "test_bot.py").write_text(
        "import sys\n\n"
        "def test_nothing_of_ig_sdk_was_loaded():\n"
        "    assert not [m for m in sys.modules if m.startswith(('ig_sdk', 'aiohttp'))]\n"
    )
    result = _run([str(installed.bin / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"], project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_with_the_cli_extra_ig_and_python_m_ig_sdk_run(installed: Installed) -> None:
    installed.install(f"ig-sdk[cli] @ {installed.wheel.as_uri()}")
    for command in ([str(installed.bin / "ig")], [str(installed.bin / "python"), "-m", "ig_sdk"]):
        result = _run([*command, "--version"], installed.venv)
        assert result.returncode == 0, result.stderr
        assert ig_sdk.__version__ in result.stdout
