# Generated from spec/ by `make generate` (codegen/templates/resource_classes.py.jinja). Do not edit.
"""Every resource class the clients expose (``client.positions`` and the rest), for ``ig_sdk.resources``.

Importing this module loads every resource; the clients themselves import each one on first use.
"""

from __future__ import annotations

from ig_sdk._generated.resources.accounts import (
    Accounts,
    AccountsWithRawResponse,
    AsyncAccounts,
    AsyncAccountsWithRawResponse,
)
from ig_sdk._generated.resources.applications import (
    Applications,
    ApplicationsWithRawResponse,
    AsyncApplications,
    AsyncApplicationsWithRawResponse,
)
from ig_sdk._generated.resources.categories import (
    AsyncCategories,
    AsyncCategoriesWithRawResponse,
    Categories,
    CategoriesWithRawResponse,
)
from ig_sdk._generated.resources.client_sentiment import (
    AsyncClientSentiment,
    AsyncClientSentimentWithRawResponse,
    ClientSentiment,
    ClientSentimentWithRawResponse,
)
from ig_sdk._generated.resources.costs import (
    AsyncCosts,
    AsyncCostsWithRawResponse,
    Costs,
    CostsWithRawResponse,
)
from ig_sdk._generated.resources.data import AsyncData, AsyncDataWithRawResponse, Data, DataWithRawResponse
from ig_sdk._generated.resources.deals import AsyncDealsWithRawResponse, DealsWithRawResponse
from ig_sdk._generated.resources.history import (
    AsyncHistory,
    AsyncHistoryWithRawResponse,
    History,
    HistoryWithRawResponse,
)
from ig_sdk._generated.resources.market_navigation import (
    AsyncMarketNavigation,
    AsyncMarketNavigationWithRawResponse,
    MarketNavigation,
    MarketNavigationWithRawResponse,
)
from ig_sdk._generated.resources.markets import (
    AsyncMarkets,
    AsyncMarketsWithRawResponse,
    Markets,
    MarketsWithRawResponse,
)
from ig_sdk._generated.resources.positions import (
    AsyncPositions,
    AsyncPositionsWithRawResponse,
    Positions,
    PositionsWithRawResponse,
)
from ig_sdk._generated.resources.prices import (
    AsyncPrices,
    AsyncPricesWithRawResponse,
    Prices,
    PricesWithRawResponse,
)
from ig_sdk._generated.resources.session import (
    AsyncSession,
    AsyncSessionWithRawResponse,
    Session,
    SessionWithRawResponse,
)
from ig_sdk._generated.resources.watchlists import (
    AsyncWatchlists,
    AsyncWatchlistsWithRawResponse,
    Watchlists,
    WatchlistsWithRawResponse,
)
from ig_sdk._generated.resources.working_orders import (
    AsyncWorkingOrders,
    AsyncWorkingOrdersWithRawResponse,
    WorkingOrders,
    WorkingOrdersWithRawResponse,
)
from ig_sdk.lib.deals import AsyncDeals, Deals

__all__ = [
    "Applications",
    "AsyncApplications",
    "ApplicationsWithRawResponse",
    "AsyncApplicationsWithRawResponse",
    "Session",
    "AsyncSession",
    "SessionWithRawResponse",
    "AsyncSessionWithRawResponse",
    "Accounts",
    "AsyncAccounts",
    "AccountsWithRawResponse",
    "AsyncAccountsWithRawResponse",
    "Watchlists",
    "AsyncWatchlists",
    "WatchlistsWithRawResponse",
    "AsyncWatchlistsWithRawResponse",
    "Deals",
    "AsyncDeals",
    "DealsWithRawResponse",
    "AsyncDealsWithRawResponse",
    "Positions",
    "AsyncPositions",
    "PositionsWithRawResponse",
    "AsyncPositionsWithRawResponse",
    "WorkingOrders",
    "AsyncWorkingOrders",
    "WorkingOrdersWithRawResponse",
    "AsyncWorkingOrdersWithRawResponse",
    "Markets",
    "AsyncMarkets",
    "MarketsWithRawResponse",
    "AsyncMarketsWithRawResponse",
    "ClientSentiment",
    "AsyncClientSentiment",
    "ClientSentimentWithRawResponse",
    "AsyncClientSentimentWithRawResponse",
    "MarketNavigation",
    "AsyncMarketNavigation",
    "MarketNavigationWithRawResponse",
    "AsyncMarketNavigationWithRawResponse",
    "Categories",
    "AsyncCategories",
    "CategoriesWithRawResponse",
    "AsyncCategoriesWithRawResponse",
    "Prices",
    "AsyncPrices",
    "PricesWithRawResponse",
    "AsyncPricesWithRawResponse",
    "History",
    "AsyncHistory",
    "HistoryWithRawResponse",
    "AsyncHistoryWithRawResponse",
    "Costs",
    "AsyncCosts",
    "CostsWithRawResponse",
    "AsyncCostsWithRawResponse",
    "Data",
    "AsyncData",
    "DataWithRawResponse",
    "AsyncDataWithRawResponse",
]
