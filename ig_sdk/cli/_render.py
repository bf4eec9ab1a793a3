"""How the ``ig`` command prints: rich tables on a terminal, CSV or JSON for pipes and scripts."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

__all__ = ["Output", "cell", "to_json"]

Format = Literal["table", "csv", "json"]


def cell(value: Any) -> str:
    """One value as a table cell: empty for "not sent", IG's spelling for enums, ISO times, exact numbers."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        moment: datetime = value
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)  # every time the command shows is UTC
        return moment.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.10g}"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _csv_cell(value: Any) -> str:
    """Like :func:`cell`, but times keep their ISO 8601 offset for the programs that read CSV."""
    return value.isoformat() if isinstance(value, datetime) else cell(value)


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def to_json(value: Any) -> str:
    """``value`` (models in IG's own field names) as indented JSON."""
    return json.dumps(_plain(value), indent=2, ensure_ascii=False)


class Output:
    """Where a command's results go: stdout for data, stderr for progress and messages."""

    def __init__(self, fmt: Format = "table") -> None:
        self.format: Format = fmt
        self.out = Console(soft_wrap=False)
        self.err = Console(stderr=True)

    def rows(
        self, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], raw: Any = None
    ) -> None:
        """A list of records: a table, CSV (header line first), or ``raw`` as JSON (rows when no raw)."""
        if self.format == "json":
            data = raw if raw is not None else [dict(zip(headers, row, strict=True)) for row in rows]
            print(to_json(data))
        elif self.format == "csv":
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(headers)
            writer.writerows([_csv_cell(v) for v in row] for row in rows)
        else:
            table = Table(title=title, title_justify="left")
            for header in headers:
                table.add_column(header, overflow="fold")
            for row in rows:
                table.add_row(*(cell(v) for v in row))
            self.out.print(table)

    def record(self, title: str, fields: Sequence[tuple[str, Any]], raw: Any = None) -> None:
        """One record as a two-column table, or ``raw`` as JSON."""
        if self.format == "json":
            print(to_json(raw if raw is not None else dict(fields)))
            return
        if self.format == "csv":
            self.rows(title, [name for name, _ in fields], [[value for _, value in fields]])
            return
        table = Table(title=title, title_justify="left", show_header=False)
        table.add_column(style="bold")
        table.add_column()
        for name, value in fields:
            table.add_row(name, cell(value))
        self.out.print(table)

    def note(self, message: str) -> None:
        """A message for the person at the terminal (stderr, so data on stdout stays clean)."""
        self.err.print(message, highlight=False)
