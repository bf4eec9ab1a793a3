"""The ``ig`` command: IG from a terminal (``pip install 'ig-sdk[cli]'``; also ``python -m ig_sdk``).

click and rich are optional dependencies (the ``cli`` extra); without them ``ig`` says how to install them
instead of failing with an import error.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence

__all__ = ["main", "INSTALL_HINT"]

INSTALL_HINT = "the ig command needs the 'cli' extra: pip install 'ig-sdk[cli]'  (or: uv add 'ig-sdk[cli]')"


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``ig`` with ``argv`` (default: the process arguments) and return its exit code."""
    missing = [name for name in ("click", "rich") if importlib.util.find_spec(name) is None]
    if missing:
        print(f"ig: {INSTALL_HINT} ({', '.join(missing)} not installed)", file=sys.stderr)
        return 2
    from ig_sdk.cli._app import run

    return run(list(sys.argv[1:] if argv is None else argv))
