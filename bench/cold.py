"""Cold start: a fresh interpreter imports a client, logs in and makes its first call of each kind.

Each implementation runs the same program in a new process of its own venv (see ``bench/_venvs.py``) against
the simulator running in this one: import, construct, log in, then one market's details, the open positions
and a page of 50 hourly candles. The child times itself from its first line (so the interpreter's own
start-up, the same for everyone, is left out) and reports wall time and its CPU time. Rounds alternate
between the implementations, after one unmeasured run each.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from bench._measure import rotated
from bench._sim_process import Served

__all__ = ["ColdStarts", "run"]

EPIC: Final = "CS.D.USCGC.TODAY.IP"

_HEAD: Final = """
import time
_t0 = time.perf_counter()
import json, sys
url, user, password, key, epic = sys.argv[1:6]
"""
_TAIL: Final = """
print(json.dumps({"wall": time.perf_counter() - _t0, "cpu": time.process_time()}))
"""

_PROGRAMS: Final = {
    "raw": """
import httpx
http = httpx.Client(base_url=url)
base = {"X-IG-API-KEY": key, "Accept": "application/json; charset=UTF-8"}
credentials = {"identifier": user, "password": password}
login = http.post("/session", json=credentials, headers={**base, "VERSION": "2"})
login.raise_for_status()
auth = {**base, "CST": login.headers["CST"], "X-SECURITY-TOKEN": login.headers["X-SECURITY-TOKEN"]}
json.loads(http.get(f"/markets/{epic}", headers={**auth, "VERSION": "3"}).content)
json.loads(http.get("/positions", headers={**auth, "VERSION": "2"}).content)
query = {"resolution": "HOUR", "max": "50", "pageSize": "0"}
json.loads(http.get(f"/prices/{epic}", headers={**auth, "VERSION": "3"}, params=query).content)
""",
    "ig_sdk": """
from ig_sdk import IGClient
client = IGClient(username=user, password=password, api_key=key, base_url=url)
client.markets.get(epic=epic)
client.positions.list()
client.prices.get(epic=epic, resolution="HOUR", max=50, page_size=0)
""",
    "trading_ig": """
from trading_ig import rest
service = rest.IGService(user, password, key, "DEMO", return_dataframe=False, return_munch=False)
service.BASE_URL = url
service.crud_session = rest.IGSessionCRUD(url, key, service.session)
service.create_session(version="2")
service.fetch_market_by_epic(epic)
service.fetch_open_positions()
service.fetch_historical_prices_by_epic(epic, resolution="1h", numpoints=50, pagesize=0, wait=0)
""",
    # ig-trading-lib has no base-URL option: a transport sends its gateway's requests to the simulator.
    "ig_trading_lib": """
import httpx
from ig_trading_lib import IG, Environment, IGConfig, SessionCredentials
from ig_trading_lib.operations.markets import PricesQuery

class ToSimulator(httpx.HTTPTransport):
    def handle_request(self, request):
        target = httpx.URL(url)
        path = request.url.raw_path.split(b"/gateway/deal", 1)[-1]
        request.url = target.copy_with(raw_path=target.raw_path.rstrip(b"/") + path)
        return super().handle_request(request)

config = IGConfig(Environment.DEMO, SessionCredentials(api_key=key, identifier=user, password=password))
ig = IG(config, http_client=httpx.Client(transport=ToSimulator()))
ig.operations.markets.get(epic)
ig.operations.positions.list()
ig.operations.prices.list(epic, PricesQuery(resolution="HOUR", max_points=50, page_size=0))
""",
}


@dataclass(frozen=True)
class ColdStarts:
    """Per-round wall and CPU seconds of each implementation's cold start; why some did not run."""

    wall: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)


def _once(python: str, impl: str, sim: Served) -> tuple[float, float] | str:
    # -P: run from the checkout, ``python -c`` would import its ig_sdk/ instead of the venv's installed copy.
    program = _HEAD + _PROGRAMS[impl] + _TAIL
    args = [sim.rest_url, sim.username, sim.password, sim.api_key, EPIC]
    result = subprocess.run(
        [python, "-P", "-c", program, *args], capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        return (result.stderr.strip().splitlines() or ["failed"])[-1]
    times = json.loads(result.stdout.strip().splitlines()[-1])
    return float(times["wall"]), float(times["cpu"])


def run(sim: Served, pythons: Mapping[str, str], *, rounds: int) -> ColdStarts:
    """Cold starts of each implementation in ``pythons`` (its interpreter), ``rounds`` alternating rounds."""
    pythons = dict(pythons)
    out = ColdStarts()
    names = [name for name in pythons if name in _PROGRAMS]
    for impl in names:  # unmeasured: the first run of a venv may still warm the OS file cache
        _once(pythons[impl], impl, sim)
    for round_no in range(rounds):
        for impl in rotated(names, round_no):
            if impl not in pythons:
                continue
            measured = _once(pythons[impl], impl, sim)
            if isinstance(measured, str):
                out.skipped[impl] = f"failed: {measured}"
                del pythons[impl]
                continue
            out.wall.setdefault(impl, []).append(measured[0])
            out.cpu.setdefault(impl, []).append(measured[1])
    for impl in set(names) - set(pythons):  # a partial run has no paired rounds left to compare
        out.wall.pop(impl, None)
        out.cpu.pop(impl, None)
    return out
