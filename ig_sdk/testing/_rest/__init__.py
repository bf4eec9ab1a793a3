"""The simulator's REST gateway: :func:`handle` in front of one module of routes per area of IG's API.

Routes register themselves when their module is imported, so every area module is imported here by name;
:mod:`._dispatch` alone knows no routes.
"""

from __future__ import annotations

from . import accounts, costs, dealing, history, markets, misc, prices, session, watchlists
from ._dispatch import PREFIX, handle

__all__ = ["PREFIX", "handle"]

# Naming the modules keeps the imports above from looking unused. Their order does not matter: routes
# only overlap as a literal segment against a placeholder, which `handle` settles in the literal's favour.
AREAS = (session, accounts, markets, prices, dealing, history, watchlists, misc, costs)
