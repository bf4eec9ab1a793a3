"""The documentation site: built strictly (broken links fail), every ```python snippet run on the simulator.

Conventions for docs/*.md: a fence opened with ```python is executed, in page order, in one namespace per
page, with ``IG_SERVICE_*`` pointing at a fresh simulator (``IGClient.from_env()`` works); a fence opened with
```py is shown only (real credentials, other libraries, endless loops).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from ig_sdk.testing import API_KEY, PASSWORD, TRADING_TIME, USERNAME, IGSimulator, SimulatorConfig

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```python[^\n]*\n(?P<code>.*?)^(?P=indent)```", re.MULTILINE | re.DOTALL
)


def snippets(page: Path) -> list[str]:
    """The executable snippets of ``page``, dedented (content tabs indent them)."""
    return [textwrap.dedent(m.group("code")) for m in FENCE.finditer(page.read_text(encoding="utf-8"))]


PAGES = sorted(p for p in DOCS.rglob("*.md") if snippets(p))


@pytest.mark.timeout(300)
def test_the_site_builds_strictly(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=280,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert (tmp_path / "site" / "index.html").exists()
    assert (tmp_path / "site" / "reference" / "positions" / "index.html").exists()


@pytest.fixture
def ig_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[IGSimulator]:
    """A fresh, ticking simulator behind ``IGClient.from_env()``, in market hours on any day of the week."""
    with IGSimulator(SimulatorConfig(start=TRADING_TIME)) as simulator:
        monkeypatch.setenv("IG_SERVICE_USERNAME", USERNAME)
        monkeypatch.setenv("IG_SERVICE_PASSWORD", PASSWORD)
        monkeypatch.setenv("IG_SERVICE_API_KEY", API_KEY)
        monkeypatch.setenv("IG_SERVICE_BASE_URL", simulator.rest_url)
        monkeypatch.setenv("IG_SERVICE_ACC_TYPE", "DEMO")
        monkeypatch.delenv("IG_SERVICE_ACC_NUMBER", raising=False)
        monkeypatch.delenv("IG_SERVICE_ALLOW_LIVE_TRADING", raising=False)
        yield simulator


@pytest.mark.timeout(120)
@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_snippets_run_against_the_simulator(
    page: Path, ig_env: IGSimulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # snippets that save files save them here
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for number, code in enumerate(snippets(page), 1):
        try:
            exec(compile(code, f"{page.relative_to(DOCS)}#snippet{number}", "exec"), namespace)
        except Exception as error:
            where = f"{page.relative_to(DOCS)} snippet {number}"
            pytest.fail(f"{where} failed: {type(error).__name__}: {error}\n{code}")


TITLED = re.compile(r'^```py title="(?P<name>[\w.]+)"\n(?P<code>.*?)^```', re.MULTILINE | re.DOTALL)


@pytest.mark.timeout(180)
def test_the_testing_recipe_is_a_working_pytest_suite(tmp_path: Path) -> None:
    recipe = (DOCS / "recipes" / "testing.md").read_text(encoding="utf-8")
    files = {m.group("name"): m.group("code") for m in TITLED.finditer(recipe)}
    assert set(files) == {"conftest.py", "bot.py", "test_bot.py"}
    for name, code in files.items():
        (tmp_path / name).write_text(code)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=170,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "3 passed" in result.stdout


def test_the_migration_guide_maps_every_public_trading_ig_method() -> None:
    import inspect

    from trading_ig import IGService
    from trading_ig.stream import IGStreamService
    from trading_ig.streamer.manager import StreamingManager

    guide = (DOCS / "migration.md").read_text(encoding="utf-8")
    table = guide[guide.index("## Every method") :]
    missing = [
        name
        for name, _ in inspect.getmembers(IGService, inspect.isfunction)
        if not name.startswith("_") and f"`{name}`" not in table
    ]
    for cls in (IGStreamService, StreamingManager):
        missing += [
            f"{cls.__name__}.{name}"
            for name, _ in inspect.getmembers(cls, inspect.isfunction)
            if not name.startswith("_") and f"`{cls.__name__}.{name}`" not in table
        ]
    assert missing == []


def test_every_ig_sdk_call_the_migration_guide_names_exists() -> None:
    from ig_sdk import IGClient

    client = IGClient(api_key="key", username="u", password="p", base_url="http://127.0.0.1:9")
    guide = (DOCS / "migration.md").read_text(encoding="utf-8")
    names = set(re.findall(r"`client\.([a-z_]+(?:\.[a-z_0-9]+)*)", guide))
    assert len(names) > 40
    for dotted in sorted(names):
        target: object = client
        for part in dotted.split("."):
            assert hasattr(target, part), f"client.{dotted}"
            target = getattr(target, part)
    client.close()
