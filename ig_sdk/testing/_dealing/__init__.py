"""Positions, working orders, deal confirmations and the history they leave behind.

Requests are validated by the routes (IG's 4xx answers); here a deal is either ACCEPTED or REJECTED with one
of IG's confirmation reasons, and every outcome is recorded as a confirmation, an activity and, for closes,
a transaction. ``on_price`` (called on every REST request and stream tick) fills working orders whose level
the price has crossed and closes positions whose stop or limit it has hit.
"""

from __future__ import annotations

from ._desk import Dealing
from ._records import FX_TO_GBP, Event, Position, Transaction, WorkingOrder

__all__ = ["FX_TO_GBP", "Dealing", "Event", "Position", "Transaction", "WorkingOrder"]
