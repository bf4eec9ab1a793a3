# Generated from spec/ by `make generate` (codegen/templates/client_resources.py.jinja). Do not edit.
"""Resource attributes of the clients, each imported on first use to keep ``import ig_sdk`` fast."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ig_sdk._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from ig_sdk._generated.resources.accounts import Accounts, AsyncAccounts
    from ig_sdk._generated.resources.applications import Applications, AsyncApplications
    from ig_sdk._generated.resources.categories import AsyncCategories, Categories
    from ig_sdk._generated.resources.client_sentiment import AsyncClientSentiment, ClientSentiment
    from ig_sdk._generated.resources.costs import AsyncCosts, Costs
    from ig_sdk._generated.resources.data import AsyncData, Data
    from ig_sdk._generated.resources.history import AsyncHistory, History
    from ig_sdk._generated.resources.market_navigation import AsyncMarketNavigation, MarketNavigation
    from ig_sdk._generated.resources.markets import AsyncMarkets, Markets
    from ig_sdk._generated.resources.positions import AsyncPositions, Positions
    from ig_sdk._generated.resources.prices import AsyncPrices, Prices
    from ig_sdk._generated.resources.session import AsyncSession, Session
    from ig_sdk._generated.resources.watchlists import AsyncWatchlists, Watchlists
    from ig_sdk._generated.resources.working_orders import AsyncWorkingOrders, WorkingOrders
    from ig_sdk.lib.deals import AsyncDeals, Deals

__all__ = ["SyncResources", "AsyncResources"]


class SyncResources(SyncAPIClient):
    """The synchronous client's resources."""

    @cached_property
    def applications(self) -> Applications:
        """The API keys of the account and the allowances IG grants them."""
        from ig_sdk._generated.resources.applications import Applications

        return Applications(self)

    @cached_property
    def session(self) -> Session:
        """Log in and out, read the session, switch account, refresh OAuth tokens."""
        from ig_sdk._generated.resources.session import Session

        return Session(self)

    @cached_property
    def accounts(self) -> Accounts:
        """The client's accounts, their balances and their preferences."""
        from ig_sdk._generated.resources.accounts import Accounts

        return Accounts(self)

    @cached_property
    def watchlists(self) -> Watchlists:
        """Named lists of markets, as kept by IG for the account."""
        from ig_sdk._generated.resources.watchlists import Watchlists

        return Watchlists(self)

    @cached_property
    def deals(self) -> Deals:
        """Deal confirmations and the repeat-dealing window."""
        from ig_sdk.lib.deals import Deals

        return Deals(self)

    @cached_property
    def positions(self) -> Positions:
        """Open, amend, close and list positions (OTC and sprint markets)."""
        from ig_sdk._generated.resources.positions import Positions

        return Positions(self)

    @cached_property
    def working_orders(self) -> WorkingOrders:
        """Orders that wait for a price level, and their amendment and cancellation."""
        from ig_sdk._generated.resources.working_orders import WorkingOrders

        return WorkingOrders(self)

    @cached_property
    def markets(self) -> Markets:
        """Market details, dealing rules and snapshots, by epic or by search."""
        from ig_sdk._generated.resources.markets import Markets

        return Markets(self)

    @cached_property
    def client_sentiment(self) -> ClientSentiment:
        """The share of IG clients long and short on a market."""
        from ig_sdk._generated.resources.client_sentiment import ClientSentiment

        return ClientSentiment(self)

    @cached_property
    def market_navigation(self) -> MarketNavigation:
        """IG's tree of market categories."""
        from ig_sdk._generated.resources.market_navigation import MarketNavigation

        return MarketNavigation(self)

    @cached_property
    def categories(self) -> Categories:
        """Instrument categories enabled for the account and their instruments."""
        from ig_sdk._generated.resources.categories import Categories

        return Categories(self)

    @cached_property
    def prices(self) -> Prices:
        """Historical prices (candles) at IG's resolutions; spends the historical allowance."""
        from ig_sdk._generated.resources.prices import Prices

        return Prices(self)

    @cached_property
    def history(self) -> History:
        """Account activity and transactions."""
        from ig_sdk._generated.resources.history import History

        return History(self)

    @cached_property
    def costs(self) -> Costs:
        """Indicative costs and charges of opening, closing or editing a deal."""
        from ig_sdk._generated.resources.costs import Costs

        return Costs(self)

    @cached_property
    def data(self) -> Data:
        """An undocumented data endpoint IG's own sample client calls."""
        from ig_sdk._generated.resources.data import Data

        return Data(self)


class AsyncResources(AsyncAPIClient):
    """The asynchronous client's resources."""

    @cached_property
    def applications(self) -> AsyncApplications:
        """The API keys of the account and the allowances IG grants them."""
        from ig_sdk._generated.resources.applications import AsyncApplications

        return AsyncApplications(self)

    @cached_property
    def session(self) -> AsyncSession:
        """Log in and out, read the session, switch account, refresh OAuth tokens."""
        from ig_sdk._generated.resources.session import AsyncSession

        return AsyncSession(self)

    @cached_property
    def accounts(self) -> AsyncAccounts:
        """The client's accounts, their balances and their preferences."""
        from ig_sdk._generated.resources.accounts import AsyncAccounts

        return AsyncAccounts(self)

    @cached_property
    def watchlists(self) -> AsyncWatchlists:
        """Named lists of markets, as kept by IG for the account."""
        from ig_sdk._generated.resources.watchlists import AsyncWatchlists

        return AsyncWatchlists(self)

    @cached_property
    def deals(self) -> AsyncDeals:
        """Deal confirmations and the repeat-dealing window."""
        from ig_sdk.lib.deals import AsyncDeals

        return AsyncDeals(self)

    @cached_property
    def positions(self) -> AsyncPositions:
        """Open, amend, close and list positions (OTC and sprint markets)."""
        from ig_sdk._generated.resources.positions import AsyncPositions

        return AsyncPositions(self)

    @cached_property
    def working_orders(self) -> AsyncWorkingOrders:
        """Orders that wait for a price level, and their amendment and cancellation."""
        from ig_sdk._generated.resources.working_orders import AsyncWorkingOrders

        return AsyncWorkingOrders(self)

    @cached_property
    def markets(self) -> AsyncMarkets:
        """Market details, dealing rules and snapshots, by epic or by search."""
        from ig_sdk._generated.resources.markets import AsyncMarkets

        return AsyncMarkets(self)

    @cached_property
    def client_sentiment(self) -> AsyncClientSentiment:
        """The share of IG clients long and short on a market."""
        from ig_sdk._generated.resources.client_sentiment import AsyncClientSentiment

        return AsyncClientSentiment(self)

    @cached_property
    def market_navigation(self) -> AsyncMarketNavigation:
        """IG's tree of market categories."""
        from ig_sdk._generated.resources.market_navigation import AsyncMarketNavigation

        return AsyncMarketNavigation(self)

    @cached_property
    def categories(self) -> AsyncCategories:
        """Instrument categories enabled for the account and their instruments."""
        from ig_sdk._generated.resources.categories import AsyncCategories

        return AsyncCategories(self)

    @cached_property
    def prices(self) -> AsyncPrices:
        """Historical prices (candles) at IG's resolutions; spends the historical allowance."""
        from ig_sdk._generated.resources.prices import AsyncPrices

        return AsyncPrices(self)

    @cached_property
    def history(self) -> AsyncHistory:
        """Account activity and transactions."""
        from ig_sdk._generated.resources.history import AsyncHistory

        return AsyncHistory(self)

    @cached_property
    def costs(self) -> AsyncCosts:
        """Indicative costs and charges of opening, closing or editing a deal."""
        from ig_sdk._generated.resources.costs import AsyncCosts

        return AsyncCosts(self)

    @cached_property
    def data(self) -> AsyncData:
        """An undocumented data endpoint IG's own sample client calls."""
        from ig_sdk._generated.resources.data import AsyncData

        return AsyncData(self)
