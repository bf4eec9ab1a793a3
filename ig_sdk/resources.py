"""The classes behind ``client.positions``, ``client.markets`` and the other resource attributes.

Each comes as a blocking and an asyncio class, plus the ``with_raw_response`` view of each; import them to
annotate your own code (``def report(positions: Positions) -> None``). The classes are generated from
``spec/``; ``Deals`` and ``AsyncDeals`` add the confirmation waiter (``ig_sdk.lib.deals``).
"""

from __future__ import annotations

from ig_sdk._generated.resource_classes import *  # noqa: F403 -- this module is the public face of the resources
from ig_sdk._generated.resource_classes import __all__ as _resources_all

__all__ = list(_resources_all)
