"""``python -m ig_sdk``: the ``ig`` command."""

from ig_sdk.cli import main

raise SystemExit(main())
