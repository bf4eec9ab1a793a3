"""The ``ig`` command, each subcommand against the simulator (in-process, as a user's shell would run it)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from ig_sdk.cli import main
from ig_sdk.testing import (
    API_KEY,
    PASSWORD,
    SPREADBET_ACCOUNT_ID,
    TRADING_TIME,
    USERNAME,
    IGSimulator,
    SimulatorConfig,
)
from ig_sdk.types import Account
from tests.deals import OPEN_EURUSD

from .conftest import make_client

GOLD = "CS.D.USCGC.TODAY.IP"
EURUSD = "CS.D.EURUSD.TODAY.IP"

Run = Callable[..., tuple[int, str, str]]


def _credentials(monkeypatch: pytest.MonkeyPatch, base_url: str) -> None:
    monkeypatch.setenv("IG_SERVICE_USERNAME", USERNAME)
    monkeypatch.setenv("IG_SERVICE_PASSWORD", PASSWORD)
    monkeypatch.setenv("IG_SERVICE_API_KEY", API_KEY)
    monkeypatch.setenv("IG_SERVICE_BASE_URL", base_url)
    monkeypatch.delenv("IG_SERVICE_ACC_TYPE", raising=False)
    monkeypatch.delenv("IG_SERVICE_ACC_NUMBER", raising=False)
    monkeypatch.setenv("COLUMNS", "250")  # rich tables unwrapped, so rows can be read back


@pytest.fixture
def ig(fresh_sim: IGSimulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``ig --no-pacing ARGS`` against a fresh simulator: (exit code, stdout, stderr)."""
    _credentials(monkeypatch, fresh_sim.rest_url)

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--no-pacing", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# --- reads ----------------------------------------------------------------------------------------------


def test_login_and_session_show_the_session(ig: Run) -> None:
    for command in ("login", "session"):
        code, out, _ = ig(command)
        assert code == 0
        assert SPREADBET_ACCOUNT_ID in out
        assert "session version" in out


def test_accounts_as_table_csv_and_json(ig: Run) -> None:
    code, out, _ = ig("accounts")
    assert code == 0
    assert SPREADBET_ACCOUNT_ID in out
    code, out, _ = ig("accounts", "--csv")
    assert SPREADBET_ACCOUNT_ID in {row["account_id"] for row in _csv(out)}
    code, out, _ = ig("accounts", "--json")
    assert SPREADBET_ACCOUNT_ID in {a["accountId"] for a in json.loads(out)["accounts"]}  # IG's field names


def test_markets_search_and_get(ig: Run) -> None:
    code, out, _ = ig("markets", "search", "gold", "--csv")
    assert code == 0
    assert GOLD in {row["epic"] for row in _csv(out)}
    code, out, _ = ig("markets", "get", GOLD, "--json")
    assert code == 0
    assert json.loads(out)["instrument"]["epic"] == GOLD
    code, out, _ = ig("markets", "get", GOLD)
    assert "Spot Gold" in out


def test_prices_page_by_page_in_every_format(ig: Run) -> None:
    code, out, err = ig("prices", GOLD, "--resolution", "HOUR", "--max", "45", "--page-size", "20", "--csv")
    assert code == 0, err
    rows = _csv(out)
    assert len(rows) == 45
    assert float(rows[0]["bid_close"]) < float(rows[0]["ask_close"])
    assert rows[0]["time"].endswith("+00:00")
    assert "historical allowance left" in err
    code, out, _ = ig("prices", GOLD, "--max", "5", "--json")
    assert len(json.loads(out)) == 5
    code, out, _ = ig("prices", GOLD, "--max", "5")
    assert "(5 bars)" in out
    code, out, err = ig(
        "prices", GOLD, "-r", "HOUR", "--from", "2026-06-01T00:00", "--to", "2026-06-01T11:00", "--csv"
    )
    assert code == 0, err
    times = [row["time"] for row in _csv(out)]
    assert times[0].startswith("2026-06-01T00:00") or times[0].startswith("2026-06-01T01:00")
    assert 10 <= len(times) <= 12


def test_an_unknown_epic_is_a_clear_error(ig: Run) -> None:
    code, _, err = ig("markets", "get", "NO.SUCH.EPIC")
    assert code == 1
    assert "NotFoundError" in err or "InstrumentNotFoundError" in err


def test_missing_credentials_exit_3(ig: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IG_SERVICE_API_KEY")
    code, _, err = ig("accounts")
    assert code == 3
    assert "IG_SERVICE_API_KEY" in err


# --- trading --------------------------------------------------------------------------------------------


def test_deal_open_and_close_show_the_confirmation(ig: Run) -> None:
    code, out, _ = ig("positions", "--csv")
    assert _csv(out) == []
    code, out, err = ig("deal", "open", EURUSD, "--direction", "BUY", "--size", "2", "--yes")
    assert code == 0, err
    assert "About to open a position" in err  # what is sent is shown even with --yes
    assert "ACCEPTED" in out
    code, out, _ = ig("positions", "--csv")
    (position,) = _csv(out)
    assert position["epic"] == EURUSD
    assert position["direction"] == "BUY"
    code, out, err = ig("deal", "close", position["deal_id"], "--yes", "--json")
    assert code == 0, err
    assert json.loads(out)["dealStatus"] == "ACCEPTED"
    code, out, _ = ig("positions", "--csv")
    assert _csv(out) == []


def test_declining_the_confirmation_sends_nothing(ig: Run) -> None:
    code, _, err = ig("deal", "open", EURUSD, "--direction", "SELL", "--size", "1", stdin="n\n")
    assert code == 1
    assert "nothing was sent" in err
    assert _csv(ig("positions", "--csv")[1]) == []


def test_live_accounts_need_the_explicit_opt_in(ig: Run) -> None:
    code, _, err = ig(
        "--account-type", "LIVE", "deal", "open", EURUSD, "--direction", "BUY", "--size", "1", "-y"
    )
    assert code == 3
    assert "IG_SERVICE_ALLOW_LIVE_TRADING" in err


def test_a_rejected_deal_exits_5_with_igs_reason(ig: Run) -> None:
    code, _, err = ig("deal", "close", "NOSUCHDEAL", "--yes")
    assert code == 1
    assert "no open position" in err
    code, _, err = ig("deal", "open", GOLD, "--direction", "BUY", "--size", "0.01", "--yes")
    assert code == 5, err
    assert "rejected" in err


def test_orders_lists_working_orders(ig: Run, fresh_sim: IGSimulator) -> None:
    with make_client(fresh_sim) as client:
        offer = client.markets.get(epic=GOLD).snapshot
        assert offer is not None
        assert offer.offer is not None
        client.working_orders.create(
            epic=GOLD,
            expiry="DFB",
            direction="BUY",
            size=1,
            level=float(offer.offer) - 40,
            type="LIMIT",
            currency_code="GBP",
            time_in_force="GOOD_TILL_CANCELLED",
            guaranteed_stop=False,
        )
    code, out, _ = ig("orders", "--csv")
    assert code == 0
    assert [row["order_type"] for row in _csv(out)] == ["LIMIT"]


# --- streaming ------------------------------------------------------------------------------------------


@pytest.fixture
def ticking_sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[IGSimulator]:
    """A simulator whose prices move (the shared ones stand still), in market hours whatever the day."""
    with IGSimulator(SimulatorConfig(start=TRADING_TIME)) as simulator:
        _credentials(monkeypatch, simulator.rest_url)
        yield simulator


@pytest.mark.timeout(60)
def test_stream_prices_live_table(ticking_sim: IGSimulator, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--no-pacing", "stream", "prices", EURUSD, GOLD, "--updates", "4", "--duration", "20"])
    out = capsys.readouterr().out
    assert code == 0
    assert EURUSD in out
    assert GOLD in out


@pytest.mark.timeout(60)
def test_stream_trades_shows_a_deal(ticking_sim: IGSimulator, capsys: pytest.CaptureFixture[str]) -> None:
    result: list[int] = []
    streaming = threading.Thread(
        target=lambda: result.append(
            main(["--no-pacing", "stream", "trades", "--updates", "2", "--duration", "30"])
        )
    )
    streaming.start()
    with make_client(ticking_sim) as client:
        deadline = time.monotonic() + 30
        while streaming.is_alive() and time.monotonic() < deadline:
            client.positions.create(**OPEN_EURUSD)
            streaming.join(1.0)
    streaming.join(5)
    out = capsys.readouterr().out
    assert result == [0]
    assert "confirmation" in out
    assert EURUSD in out


# --- simulator, completion, python -m ---------------------------------------------------------------------


@pytest.mark.timeout(90)
def test_ig_simulator_serves_what_ig_accounts_reads(tmp_path: Path) -> None:
    command = ["simulator", "--port", "0", "--start", "trading", "--duration", "60"]
    process = subprocess.Popen(
        [sys.executable, "-m", "ig_sdk", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        env = dict(os.environ)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if line.startswith("export "):
                for assignment in line.split()[1:]:
                    name, _, value = assignment.partition("=")
                    env[name] = value
            if line.strip() == "ig accounts":
                break
        assert "IG_SERVICE_BASE_URL" in env
        accounts = subprocess.run(
            [sys.executable, "-m", "ig_sdk", "--no-pacing", "accounts", "--csv"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert accounts.returncode == 0, accounts.stderr
        assert SPREADBET_ACCOUNT_ID in accounts.stdout
    finally:
        process.terminate()
        process.wait(10)


def test_shell_completion_script(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "bash"]) == 0
    assert "_IG_COMPLETE" in capsys.readouterr().out


def test_python_m_ig_sdk_is_the_ig_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ig_sdk", "--help"], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 0
    for command in ("accounts", "deal", "doctor", "markets", "prices", "simulator", "stream"):
        assert command in result.stdout


# --- ig doctor ------------------------------------------------------------------------------------------


def _alter_accounts(body: dict[str, Any]) -> dict[str, Any]:
    """What IG might change one day: a new field, another spelling, a new enum value, a gap, a type."""
    account = body["accounts"][0]
    account["marginCallLevel"] = 0.5
    account["accounttype"] = account.pop("accountType")
    account["status"] = "FROZEN"
    del account["accountId"]
    account["balance"]["available"] = "plenty"
    return body


class _AlteringProxy(ThreadingHTTPServer):
    """Forwards to the simulator and rewrites its answer to GET /accounts on the way back."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.http = httpx.Client(timeout=10)
        super().__init__(("127.0.0.1", 0), _ProxyHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{httpx.URL(self.target).path}"


class _ProxyHandler(BaseHTTPRequestHandler):
    server: _AlteringProxy

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        base = httpx.URL(self.server.target)
        url = base.copy_with(raw_path=self.path.encode())
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
        answer = self.server.http.request(self.command, url, headers=headers, content=body)
        content = answer.content
        if self.command == "GET" and url.path.endswith("/accounts") and answer.status_code == 200:
            content = json.dumps(_alter_accounts(answer.json())).encode()
        self.send_response(answer.status_code)
        for name, value in answer.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "content-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = do_DELETE = _forward  # noqa: N815 -- the names http.server dispatches to

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def altered(fresh_sim: IGSimulator, monkeypatch: pytest.MonkeyPatch) -> Iterator[_AlteringProxy]:
    proxy = _AlteringProxy(fresh_sim.rest_url)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("IG_SERVICE_BASE_URL", proxy.url)
    yield proxy
    proxy.shutdown()
    proxy.server_close()
    proxy.http.close()


@pytest.mark.timeout(60)
def test_doctor_finds_nothing_on_the_simulator(ig: Run) -> None:
    code, out, err = ig("doctor")
    assert code == 0, out + err
    assert "0 differs" in out
    assert "0 failed" in out


@pytest.mark.timeout(60)
def test_doctor_reports_an_altered_answer_and_saves_it_redacted(
    ig: Run, altered: _AlteringProxy, tmp_path: Path
) -> None:
    code, out, err = ig("doctor", "--save", str(tmp_path), "--json")
    assert code == 4, err
    report = {c["operation"]: c for c in json.loads(out)}
    accounts = report["accounts.list_v1"]
    assert accounts["status"] == "differs"
    found = {(d["kind"], d["path"]) for d in accounts["differences"]}
    expected = {
        ("new field", "accounts[].marginCallLevel"),
        ("other spelling", "accounts[].accounttype"),
        ("new enum value", "accounts[].status"),
        ("does not parse", "accounts[].balance.available"),
    }
    if Account.model_fields["account_id"].is_required():  # a gap counts only where the spec says "always"
        expected.add(("missing field", "accounts[].accountId"))
    assert found == expected
    others = [c for name, c in report.items() if name != "accounts.list_v1" and c["status"] == "differs"]
    assert others == []
    saved = json.loads((tmp_path / "accounts-list-v1-1.json").read_text())
    assert saved["method"] == "GET"
    assert saved["path"] == "/accounts"
    assert saved["version"] == 1
    assert saved["body"]["accounts"][0]["status"] == "FROZEN"
    text = "\n".join(p.read_text() for p in tmp_path.glob("*.json"))
    for secret in (SPREADBET_ACCOUNT_ID, PASSWORD, API_KEY):
        assert secret not in text
    code, out, _ = ig("doctor")
    assert "other spelling" in out
    assert "accounts[].accounttype" in out


def test_ig_simulator_refuses_a_bad_start(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulator", "--start", "someday"]) == 2
    assert "--start" in capsys.readouterr().err
