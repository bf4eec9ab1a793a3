"""The simulator's TRADE stream payloads (CONFIRMS, OPU, WOU) against the ones recorded from IG.

The same shape classes as the REST comparison (``test_recorded_shapes``): every key IG sent is sent, no key
IG never sent is, and each value's type and spelling is one IG used for that field. The payloads are taken
where the simulator's dealing side hands them to the stream, for a deal's whole life: open, amend, close, a
working order placed, changed, filled and one deleted, and a rejected deal.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import pytest

from ig_sdk.testing import ManualClock
from ig_sdk.testing._engine import IGEngine
from tests.evidence.recordings import FOLDER

from .conftest import MARKET_HOURS
from .test_recorded_shapes import classes_by_name, kind

FIELDS = ("CONFIRMS", "OPU", "WOU")
EPIC = "CS.D.EURUSD.TODAY.IP"
# Fields IG's recordings show only on a change IG made itself (OSAutoStopFill fills, web-platform orders).
_LATER_ONLY = {"OPU": {"dealIdOrigin"}}
# Fields IG's streaming reference lists for OPU that no recorded OPU happens to carry (none of the recorded
# positions had a trailing stop): sending them is IG's documented behaviour, not an invention.
_DOCUMENTED = {"OPU": {"currency", "trailingStep", "trailingStopDistance"}}


def _recorded() -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for file in sorted((FOLDER / "stream").glob("trade-*.json")):
        body = json.loads(file.read_text(encoding="utf-8-sig"))["body"]
        name = file.stem.split("-")[1].upper()
        if isinstance(body, dict):
            found[name].append(body)
    return found


def _classes(bodies: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Classes per field: the stream recordings', plus what REST answers show under the same name (the stream
    recordings are all CFDs; REST shows a spread bet's expiry ``DFB`` too)."""
    classes: dict[str, set[str]] = defaultdict(set)
    for body in bodies:
        for key, value in body.items():
            classes[key].add(kind(value))
    for key in classes:
        classes[key] |= classes_by_name().get(key, set())
    return classes


@pytest.fixture(scope="module")
def payloads() -> dict[str, list[dict[str, Any]]]:
    engine = IGEngine(clock=ManualClock(MARKET_HOURS))
    sent: dict[str, list[dict[str, Any]]] = defaultdict(list)
    engine.dealing.listeners.append(
        lambda account, name, payload: sent[name].append(json.loads(json.dumps(payload)))
    )
    account, dealing = "ZSIMSB", engine.dealing
    body = {"epic": EPIC, "expiry": "DFB", "direction": "BUY", "size": 1, "orderType": "MARKET"}
    body |= {"currencyCode": "GBP", "forceOpen": True, "guaranteedStop": False}
    reference = dealing.open_position(account, body)
    deal_id = dealing.confirms[(account, reference)]["dealId"]
    level = dealing.confirms[(account, reference)]["level"]
    dealing.update_position(account, deal_id, {"stopLevel": level - 50, "limitLevel": level + 50})
    dealing.close_position(
        account, {"dealId": deal_id, "direction": "SELL", "size": 1, "orderType": "MARKET"}
    )
    dealing.open_position(account, {**body, "epic": "CS.D.NOPE.TODAY.IP"})  # rejected
    order = {
        "epic": EPIC,
        "expiry": "DFB",
        "direction": "BUY",
        "size": 1,
        "level": level - 500,
        "type": "LIMIT",
    }
    order |= {"currencyCode": "GBP", "guaranteedStop": False, "timeInForce": "GOOD_TILL_CANCELLED"}
    for _ in range(2):
        dealing.create_order(account, order, None)
    orders = [o for o in dealing.orders.values() if o.account_id == account]
    dealing.update_order(
        account,
        orders[0].deal_id,
        {"level": level + 5, "type": "LIMIT", "timeInForce": "GOOD_TILL_CANCELLED"},
        None,
    )
    dealing.delete_order(account, orders[1].deal_id)
    engine.dealing.on_price()  # the order now above the market fills
    return sent


@pytest.mark.parametrize("name", FIELDS)
def test_trade_payloads_have_the_recorded_shape(payloads: dict[str, list[dict[str, Any]]], name: str) -> None:
    recorded = _recorded()[name]
    assert recorded, name
    ours = payloads[name]
    assert ours, f"the simulator sent no {name}"
    classes = _classes(recorded)
    recorded_keys = set(classes) - _LATER_ONLY.get(name, set())
    failures: set[str] = set()
    for payload in ours:
        failures |= {f"missing {k}" for k in recorded_keys - set(payload)}
        failures |= {
            f"not sent by IG: {k}" for k in set(payload) - set(classes) - _DOCUMENTED.get(name, set())
        }
        failures |= {
            f"class {k}: simulator {kind(v)}, IG {sorted(classes[k])}"
            for k, v in payload.items()
            if k in classes and kind(v) not in classes[k]
        }
    assert sorted(failures) == [], "\n".join([name, *sorted(failures)])
