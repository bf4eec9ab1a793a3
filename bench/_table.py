"""Plain-text tables with aligned columns (no dependencies)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["render"]


def render(headers: Sequence[str], rows: Sequence[Sequence[str]], *, left: int = 1) -> str:
    """The table as text; the first ``left`` columns are left-aligned, the others right-aligned."""
    widths = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.ljust(w) if i < left else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(row) for row in rows)])
