"""TLCP text encoding for the simulator's Lightstreamer server: request parsing and notification lines.

Pure functions only, so the rules the client library depends on (escaping, the compact update encoding,
which notifications count towards recovery) can be tested without sockets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final
from urllib.parse import unquote

__all__ = [
    "COUNTED_NOTIFICATIONS",
    "encode_value",
    "is_counted",
    "line",
    "parse_params",
    "update_line",
    "version_of_subprotocol",
]

# Notifications the client counts towards its recovery progressive (LS_recovery_from); everything else
# (CONOK, PROBE, LOOP, REQOK, ...) is transport chatter that is never replayed.
COUNTED_NOTIFICATIONS: Final = frozenset(
    {"U", "SUBOK", "SUBCMD", "UNSUB", "EOS", "CS", "OV", "CONF", "MSGDONE", "MSGFAIL"}
)

# The client splits lines on CRLF, arguments on "," and fields on "|", and decodes "%XX"; so those characters
# (and the escape character itself) must never appear raw inside a value.
_ALWAYS_ESCAPED: Final = re.compile(r"[%|,\r\n\x00-\x1f\x7f]")
# A leading "#", "$" or "^" would be read as null, empty or a field-run marker.
_MARKERS: Final = frozenset("#$^")
# Runs shorter than this are cheaper as bare empty slots than as "^n".
_MIN_RUN: Final = 4

_SUBPROTOCOL_SUFFIX: Final = ".lightstreamer.com"


def encode_value(value: str) -> str:
    """Percent-encode ``value`` so that it survives as one TLCP argument or update field."""
    encoded = _ALWAYS_ESCAPED.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), value)
    if encoded and encoded[0] in _MARKERS:
        encoded = f"%{ord(encoded[0]):02X}{encoded[1:]}"
    return encoded


def line(*parts: object) -> str:
    """Join a notification's arguments; string arguments after the tag are escaped."""
    head, *rest = parts
    return ",".join([str(head), *(encode_value(p) if isinstance(p, str) else str(p) for p in rest)])


def is_counted(notification: str) -> bool:
    """Whether the client counts ``notification`` towards its recovery progressive."""
    return notification.split(",", 1)[0] in COUNTED_NOTIFICATIONS


def parse_params(text: str) -> dict[str, str]:
    """Parse one ``LS_a=1&LS_b=2`` request line.

    Split by hand rather than with ``parse_qsl``: TLCP percent-encodes everything, and ``+`` must stay a plus.
    """
    params: dict[str, str] = {}
    for pair in text.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        params[unquote(key)] = unquote(value)
    return params


def update_line(
    sub_id: int,
    item_pos: int,
    fields: Sequence[str],
    values: Mapping[str, str | None],
    *,
    first: bool,
) -> str | None:
    """Build the ``U`` line delivering ``values`` to one item of a subscription, or None if nothing changed.

    Fields absent from ``values`` are sent as "unchanged" (or null on an item's first update, where the client
    would read "unchanged" as null anyway); None is sent as null and "" as the empty string.
    """
    if not any(f in values for f in fields):
        return None
    slots: list[str] = []
    run = 0

    def flush_run() -> None:
        nonlocal run
        if run >= _MIN_RUN:
            slots.append(f"^{run}")
        else:
            slots.extend([""] * run)
        run = 0

    for field in fields:
        if field not in values:
            if first:
                flush_run()
                slots.append("#")
            else:
                run += 1
            continue
        flush_run()
        value = values[field]
        slots.append("#" if value is None else "$" if value == "" else encode_value(value))
    flush_run()
    return f"U,{sub_id},{item_pos},{'|'.join(slots)}"


def version_of_subprotocol(subprotocol: str) -> str:
    """``TLCP-2.4.0.lightstreamer.com`` -> ``TLCP-2.4.0`` (anything else is returned unchanged)."""
    if subprotocol.endswith(_SUBPROTOCOL_SUFFIX):
        return subprotocol[: -len(_SUBPROTOCOL_SUFFIX)]
    return subprotocol
