"""The simulator's control API: drive faults, allowances, sessions, streaming and the clock over HTTP.

Served by the simulator process beside IG's gateway (never under ``/gateway/deal``), so that a bot in another
process or language, or a CI job, can do what the Python API does. Every call is JSON in, JSON out:

========================================  ==================================================================
``GET  /simulator``                       state: URLs, credentials, clock, faults, allowances, LS sessions
``POST /simulator/latency``               ``{"seconds": 0.5}``: delay every REST answer
``POST /simulator/fail``                  ``{"count": 2, "status": 503}``: answer the next requests with 5xx
``POST /simulator/drop``                  ``{"count": 1}``: close the next requests' connections unanswered
``POST /simulator/logins``                ``{"reject": true}``: refuse every login
``POST /simulator/tokens/expire``         end every REST session now (and its streaming sessions)
``POST /simulator/allowances``            ``{"enforce": true, "account_overall": 10, "account_trading": 5,
                                          "application_overall": 60, "historical_points": 100}``
``POST /simulator/lightstreamer/end``     ``{"code": 41, "message": "..."}``: END every streaming session
``POST /simulator/lightstreamer/conerr``  ``{"code": 60, "count": 1}``: refuse the next session requests
``POST /simulator/lightstreamer/drop``    cut every streaming connection (sessions survive)
``GET  /simulator/clock``                 ``{"now": "2026-06-02T10:00:00Z", "frozen": false, ...}``
``POST /simulator/clock``                 ``{"set": "2026-06-05T21:00:00Z"}``, ``{"advance": 3600}``,
                                          ``{"freeze": true}`` (any combination, applied in that order)
``POST /simulator/tick``                  run one market tick now (fills, stops, stream updates)
``POST /simulator/reset``                 clear injected faults and allowance enforcement
========================================  ==================================================================

A bad request answers 400 ``{"error": "..."}``; clock changes answer 409 when the simulator runs on a clock
that cannot be moved (one passed in by Python code).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from aiohttp import web

from ._clock import ManualClock, RunningClock
from ._lightstreamer import LightstreamerServer

if TYPE_CHECKING:
    from .simulator import IGSimulator

__all__ = ["CONTROL_PREFIX", "register_control"]

CONTROL_PREFIX = "/simulator"

_Handler = Callable[[web.Request], Awaitable[web.Response]]


class _BadRequestError(Exception):
    pass


def _iso(when: float) -> str:
    return datetime.fromtimestamp(when, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _when(value: Any) -> datetime:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    if not isinstance(value, str):
        raise _BadRequestError("a time is an ISO 8601 string or epoch seconds")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise _BadRequestError(f"not an ISO 8601 time: {value!r}") from exc
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _number(body: dict[str, Any], name: str, default: float | None = None) -> float:
    value = body.get(name, default)
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        raise _BadRequestError(f"{name} must be a number")
    return float(value)


def _count(body: dict[str, Any], name: str, default: int) -> int:
    value = _number(body, name, default)
    if value < 0 or value != int(value):
        raise _BadRequestError(f"{name} must be a whole number >= 0")
    return int(value)


class _Control:
    def __init__(self, sim: IGSimulator) -> None:
        self.sim = sim
        self.engine = sim.engine

    # ------------------------------------------------------------------ reading

    def state(self) -> dict[str, Any]:
        sim, engine = self.sim, self.engine
        faults, allowances = engine.faults, engine.allowances
        return {
            "rest_url": sim.rest_url,
            "lightstreamer_url": sim.lightstreamer_url,
            "control_url": sim.control_url,
            "credentials": {
                "username": sim.username,
                "password": sim.password,
                "api_key": sim.api_key,
                "accounts": [sim.spreadbet_account_id, sim.cfd_account_id],
            },
            "clock": self.clock(),
            "faults": {
                "latency": faults.latency,
                "fail_next": faults.fail_next,
                "fail_status": faults.fail_status,
                "drop_next": faults.drop_next,
                "reject_logins": faults.reject_logins,
            },
            "lightstreamer_sessions": self._lightstreamer().session_ids(),
            "allowances": {
                "enforce": allowances.enforce,
                "account_overall": allowances.account_overall,
                "account_trading": allowances.account_trading,
                "application_overall": allowances.application_overall,
                "historical_points": allowances.historical_points,
            },
        }

    def clock(self) -> dict[str, Any]:
        clock = self.engine.clock
        now = clock.now()
        return {
            "now": _iso(now),
            "epoch": now,
            "settable": isinstance(clock, RunningClock | ManualClock),
            "frozen": isinstance(clock, ManualClock) or (isinstance(clock, RunningClock) and clock.frozen),
        }

    # ------------------------------------------------------------------ changing

    def latency(self, body: dict[str, Any]) -> None:
        seconds = _number(body, "seconds")
        if seconds < 0:
            raise _BadRequestError("seconds must be >= 0")
        self.sim.set_latency(seconds)

    def fail(self, body: dict[str, Any]) -> None:
        status = _count(body, "status", 500)
        if not 500 <= status <= 599:
            raise _BadRequestError("status must be a 5xx code")
        self.sim.fail_next(_count(body, "count", 1), status)

    def drop(self, body: dict[str, Any]) -> None:
        self.sim.drop_next(_count(body, "count", 1))

    def logins(self, body: dict[str, Any]) -> None:
        reject = body.get("reject", True)
        if not isinstance(reject, bool):
            raise _BadRequestError("reject must be true or false")
        self.sim.reject_logins(reject)

    def expire(self, body: dict[str, Any]) -> None:
        self.engine.expire_all_sessions()

    def allowances(self, body: dict[str, Any]) -> None:
        names = ("account_overall", "account_trading", "application_overall", "historical_points")
        unknown = set(body) - {"enforce", *names}
        if unknown:
            raise _BadRequestError(f"unknown allowances: {sorted(unknown)}")
        enforce = body.get("enforce", True)
        if not isinstance(enforce, bool):
            raise _BadRequestError("enforce must be true or false")
        limits = {name: _count(body, name, 0) for name in names if name in body}
        self.sim.set_allowances(enforce=enforce, **limits)

    def ls_end(self, body: dict[str, Any]) -> None:
        self._lightstreamer().end_session(
            None, _count(body, "code", 41), str(body.get("message", "Session ended by the server"))
        )

    def ls_conerr(self, body: dict[str, Any]) -> None:
        self._lightstreamer().send_conerr(
            _count(body, "code", 60), str(body.get("message", "Injected error")), _count(body, "count", 1)
        )

    def ls_drop(self, body: dict[str, Any]) -> None:
        self._lightstreamer().drop_connections()

    def _lightstreamer(self) -> LightstreamerServer:
        sink = self.engine.sink
        if not isinstance(sink, LightstreamerServer):
            raise _BadRequestError("this simulator serves no Lightstreamer")
        return sink

    def set_clock(self, body: dict[str, Any]) -> None:
        clock = self.engine.clock
        if not isinstance(clock, RunningClock | ManualClock):
            raise web.HTTPConflict(text='{"error": "this simulator\'s clock cannot be moved"}')
        if "set" in body:
            clock.set(_when(body["set"]))
        if "advance" in body:
            clock.advance(_number(body, "advance"))
        if "freeze" in body:
            if not isinstance(clock, RunningClock):
                raise _BadRequestError("a manual clock is always frozen")
            freeze = body["freeze"]
            if not isinstance(freeze, bool):
                raise _BadRequestError("freeze must be true or false")
            clock.freeze(freeze)

    def tick(self, body: dict[str, Any]) -> None:
        self.engine.tick()

    def reset(self, body: dict[str, Any]) -> None:
        self.sim.set_latency(0)
        self.sim.fail_next(0)
        self.sim.drop_next(0)
        self.sim.reject_logins(False)
        self.sim.set_allowances(enforce=False)


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status)


def register_control(app: web.Application, sim: IGSimulator) -> None:
    """Add the control API's routes to the simulator's application."""
    control = _Control(sim)

    def change(action: Callable[[dict[str, Any]], None], answer: Callable[[], Any]) -> _Handler:
        async def handler(request: web.Request) -> web.Response:
            try:
                body = await request.json() if request.can_read_body else {}
            except ValueError:
                return _json({"error": "the body is not JSON"}, 400)
            if not isinstance(body, dict):
                return _json({"error": "the body is a JSON object"}, 400)
            try:
                action(body)
            except _BadRequestError as error:
                return _json({"error": str(error)}, 400)
            return _json(answer())

        return handler

    async def state(request: web.Request) -> web.Response:
        return _json(control.state())

    async def clock(request: web.Request) -> web.Response:
        return _json(control.clock())

    routes = {
        "/latency": control.latency,
        "/fail": control.fail,
        "/drop": control.drop,
        "/logins": control.logins,
        "/tokens/expire": control.expire,
        "/allowances": control.allowances,
        "/lightstreamer/end": control.ls_end,
        "/lightstreamer/conerr": control.ls_conerr,
        "/lightstreamer/drop": control.ls_drop,
        "/tick": control.tick,
        "/reset": control.reset,
    }
    app.router.add_get(CONTROL_PREFIX, state)
    app.router.add_get(CONTROL_PREFIX + "/clock", clock)
    app.router.add_post(CONTROL_PREFIX + "/clock", change(control.set_clock, control.clock))
    for path, action in routes.items():
        app.router.add_post(CONTROL_PREFIX + path, change(action, control.state))
