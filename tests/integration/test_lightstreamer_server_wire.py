"""TLCP text rules of the simulator's Lightstreamer server, without sockets."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from ig_sdk.testing._tlcp_session import Session
from ig_sdk.testing._tlcp_wire import encode_value, is_counted, line, parse_params, update_line


@pytest.mark.parametrize(
    "value",
    ["plain", '{"a":1,"b":"x|y"}', "100%", "line1\r\nline2", "#hash", "$dollar", "^caret", "a#b$c^d", "üñí"],
)
def test_encoded_values_have_no_separators_and_decode_back(value: str) -> None:
    encoded = encode_value(value)
    assert not any(c in encoded for c in "|,\r\n")
    assert encoded[:1] not in ("#", "$", "^")
    assert unquote(encoded) == value


def test_update_line_marks_null_empty_unchanged_and_runs() -> None:
    fields = [f"F{n}" for n in range(8)]
    assert update_line(3, 2, fields, {"F0": "a", "F7": "b"}, first=False) == "U,3,2,a|^6|b"
    assert update_line(3, 2, fields[:3], {"F0": None, "F2": ""}, first=False) == "U,3,2,#||$"
    # On an item's first update a missing field is null, never "unchanged".
    assert update_line(1, 1, fields[:3], {"F1": "x"}, first=True) == "U,1,1,#|x|#"
    assert update_line(1, 1, fields[:3], {"OTHER": "x"}, first=False) is None


def test_params_keep_plus_signs_and_decode_percent() -> None:
    assert parse_params("LS_password=CST-a%2Bb%7CXST-c+d&LS_user=") == {
        "LS_password": "CST-a+b|XST-c+d",
        "LS_user": "",
    }


def test_line_escapes_messages_and_counts_only_data_notifications() -> None:
    assert line("CONERR", 65, "Bad, very bad") == "CONERR,65,Bad%2C very bad"
    assert [is_counted(n) for n in ("U,1,1,a", "SUBOK,1,1,1", "EOS,1,1", "UNSUB,1")] == [True] * 4
    assert [is_counted(n) for n in ("PROBE", "REQOK,1", "LOOP,0", "CONOK,S,1,1,*")] == [False] * 4


def test_session_history_replays_and_forgets_beyond_its_limit() -> None:
    session = Session("S1", "ACC", None, keepalive_ms=1000, history_limit=3)
    for n in range(3):
        session.emit(f"U,1,1,{n}")
    assert session.replay_from(1) == ["U,1,1,1", "U,1,1,2"]
    session.sent = 3  # written, so it may now be trimmed
    session.emit("U,1,1,3")
    assert session.replay_from(0) is None
    assert session.replay_from(2) == ["U,1,1,2", "U,1,1,3"]
    assert session.replay_from(5) is None
