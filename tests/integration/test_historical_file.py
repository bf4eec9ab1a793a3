"""The historical allowance in a local file: a restarted client remembers the points it spent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ig_sdk.errors import PricePointsExceedAllowanceError
from ig_sdk.testing import IGSimulator

from .conftest import make_client

EPIC = "CS.D.EURUSD.TODAY.IP"


def test_spent_points_survive_a_restart(fresh_sim: IGSimulator, tmp_path: Path) -> None:
    fresh_sim.set_allowances(enforce=True, historical_points=50)
    path = tmp_path / "state" / "allowance.json"
    with make_client(fresh_sim, rate_limit=True, historical_file=path) as first:
        for _ in range(3):
            first.prices.get_by_num_points_v2(epic=EPIC, resolution="MINUTE", num_points=10)
    saved = json.loads(path.read_text())
    (entry,) = saved.values()
    assert entry["remaining"] == 20
    assert fresh_sim.api_key not in path.read_text()  # only a hash of the key names the entry

    with make_client(fresh_sim, rate_limit=True, historical_file=path) as restarted:
        restarted.login()
        state = restarted.rate_limits
        assert state is not None
        assert (state.historical.remaining, state.historical.reported) == (20, True)
        restarted.prices.get_by_num_points_v2(epic=EPIC, resolution="MINUTE", num_points=20)
        with pytest.raises(PricePointsExceedAllowanceError):
            restarted.prices.get_by_num_points_v2(epic=EPIC, resolution="MINUTE", num_points=1)

    # Without the argument nothing is kept: a new client assumes a full allowance (the default).
    with make_client(fresh_sim, rate_limit=True) as forgetful:
        state = forgetful.rate_limits
        assert state is not None
        assert (state.historical.remaining, state.historical.reported) == (10_000, False)


def test_the_file_is_for_the_local_limiter_only(fresh_sim: IGSimulator, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="historical_file"):
        make_client(fresh_sim, rate_limit=False, historical_file=tmp_path / "x.json")
