"""What a fresh blocking program loads: only what its calls need (cold start is mostly import time).

Each check runs in a new interpreter, as a bot starts: the modules a program never uses (asyncio, the
streaming stack, the simulator, pandas, other resources' models) must stay out of ``sys.modules``. The timings
themselves are measured by ``bench/cold.py`` and ``bench/imports.py``; these tests keep the guarantees.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from ig_sdk.testing import IGSimulator

from .conftest import HTTP_TIMEOUT

# Never needed by a blocking program that does not stream, test, page or build frames.
_NEVER = (
    "asyncio",
    "lightstreamer",
    "pandas",
    "difflib",
    "ig_sdk.streaming",
    "ig_sdk.testing",
    "ig_sdk.lib",
    "ig_sdk._pages",
    "ig_sdk._generated.streaming",
    "ig_sdk._generated.error_codes",
)


def _loaded(program: str, *args: str) -> list[str]:
    """The modules loaded after ``program`` ran in a fresh interpreter."""
    probe = program + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    names: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return names


def _under(names: list[str], packages: tuple[str, ...]) -> list[str]:
    return [n for n in names if n in packages or n.startswith(tuple(p + "." for p in packages))]


def test_importing_and_constructing_a_client_loads_no_models_and_no_pydantic() -> None:
    loaded = _loaded(
        "from ig_sdk import IGClient\n"
        "IGClient(api_key='k', username='u', password='p', base_url='http://127.0.0.1:9')"
    )
    generated = (
        "ig_sdk._generated.models",
        "ig_sdk._generated.resources",
        "ig_sdk._generated.operation_table",
    )
    assert _under(loaded, (*_NEVER, "pydantic", *generated)) == []


def test_a_cold_blocking_program_loads_only_the_models_of_its_calls(ig_simulator: IGSimulator) -> None:
    program = textwrap.dedent(
        f"""
        import sys
        from ig_sdk import IGClient
        url, user, password, key = sys.argv[1:5]
        client = IGClient(username=user, password=password, api_key=key, base_url=url, timeout={HTTP_TIMEOUT})
        client.markets.get(epic="CS.D.EURUSD.TODAY.IP")
        client.positions.list()
        client.prices.get(epic="CS.D.EURUSD.TODAY.IP", resolution="HOUR", max=5, page_size=0)
        """
    )
    sim = ig_simulator
    loaded = _loaded(program, sim.rest_url, sim.username, sim.password, sim.api_key)
    assert _under(loaded, _NEVER) == []
    models = {n.rsplit(".", 1)[1] for n in loaded if n.startswith("ig_sdk._generated.models.")}
    # Each call's own module, and its resource's models that several of the resource's calls share.
    assert models == {
        "_shared",
        "markets",
        "markets_get_v3",
        "positions",
        "positions_list_v2",
        "prices",
        "prices_get_v3",
    }


def test_importing_a_model_from_ig_sdk_types_builds_only_its_module() -> None:
    loaded = _loaded("from ig_sdk.types import MarketDetail, PageProgress, SessionInfo")
    models = {n.rsplit(".", 1)[1] for n in loaded if n.startswith("ig_sdk._generated.models.")}
    assert models == {"_shared", "markets"}
    assert _under(loaded, _NEVER) == []
