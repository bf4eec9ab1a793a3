"""Smoke tests of ``examples/demo_bot.py`` (what ``make demo`` runs) against the bundled simulator."""

from __future__ import annotations

import importlib.util
import io
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "demo_bot.py"


def _load_demo() -> ModuleType:
    # examples/ is not an installed package, so load the script by path as `make demo` does.
    spec = importlib.util.spec_from_file_location("demo_bot_under_test", DEMO)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _assert_demo_output(text: str) -> None:
    steps = re.findall(r"^(\d+)\. (.+)$", text, flags=re.MULTILINE)
    titles = [title for _, title in steps]
    assert [int(n) for n, _ in steps] == list(range(1, len(steps) + 1))
    assert titles[0] == "Log in"
    assert 'Search markets for "gold"' in titles
    assert "Download 200 hourly candles of CS.D.USCGC.TODAY.IP" in titles
    assert any(t.startswith("Open a position: BUY") for t in titles)
    assert "Stream CS.D.EURUSD.TODAY.IP prices for 3 s" in titles
    updates = re.search(r"^ +updates +(\d+)$", text, flags=re.MULTILINE)
    assert updates is not None
    assert int(updates.group(1)) > 0
    # The TRADE stream's position update names the deal that the REST confirmation reported.
    assert titles.index("Position update on the TRADE stream") == titles.index("Close the position") - 1
    deal_ids = re.findall(r"^ +deal id +(\S+)$", text, flags=re.MULTILINE)
    assert len(deal_ids) == 3
    assert len(set(deal_ids)) == 1
    assert re.search(r"^ +stream update +position OPEN$", text, flags=re.MULTILINE)
    assert titles[-1] == "Account activity (last 24 hours)"
    assert re.search(r"^ +CS\.D\.USCGC\.TODAY\.IP +Spot Gold +DFB +TRADEABLE", text, flags=re.MULTILINE)
    assert re.search(r"^ +candles +200$", text, flags=re.MULTILINE)
    # One accepted opening deal and one accepted closing deal, with the profit of the close.
    assert len(re.findall(r"^ +deal status +ACCEPTED$", text, flags=re.MULTILINE)) == 2
    assert re.search(r"^ +position +OPEN$", text, flags=re.MULTILINE)
    assert re.search(r"^ +position +CLOSED$", text, flags=re.MULTILINE)
    assert re.search(r"^ +profit +-?\d+(\.\d+)? GBP$", text, flags=re.MULTILINE)
    assert "Position opened: " in text
    assert "Position closed: " in text
    assert re.search(r"^Done in \d+\.\d s$", text, flags=re.MULTILINE)


@pytest.mark.timeout(60)
def test_demo_main_in_process() -> None:
    out = io.StringIO()
    assert _load_demo().main([], out=out) == 0
    _assert_demo_output(out.getvalue())


@pytest.mark.timeout(120)
def test_demo_script_exits_zero() -> None:
    result = subprocess.run(
        [sys.executable, str(DEMO)], cwd=REPO, capture_output=True, text=True, timeout=100, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    _assert_demo_output(result.stdout)


def test_report_table_aligns_columns() -> None:
    out = io.StringIO()
    rows = [["Spot Gold", 2394.5], ["EUR/USD", 1.0853], ["Closed", None]]
    _load_demo().Report(out).table(["NAME", "BID"], rows)
    lines = out.getvalue().splitlines()
    assert lines == [
        "   NAME           BID",
        "   Spot Gold  2394.50",
        "   EUR/USD     1.0853",
        "   Closed           -",
    ]
