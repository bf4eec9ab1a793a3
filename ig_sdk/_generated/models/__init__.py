# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.
"""IG's REST models, one module per resource (``_shared``: models several use), each loaded
on first use: ``from ig_sdk._generated.models import PricesV3Response`` imports only prices.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ig_sdk._generated.models._shared import AccountType as AccountType
    from ig_sdk._generated.models._shared import Balance as Balance
    from ig_sdk._generated.models._shared import DealReferenceResponse as DealReferenceResponse
    from ig_sdk._generated.models._shared import Direction as Direction
    from ig_sdk._generated.models._shared import InstrumentType as InstrumentType
    from ig_sdk._generated.models._shared import MarketStatus as MarketStatus
    from ig_sdk._generated.models._shared import MarketSummary as MarketSummary
    from ig_sdk._generated.models._shared import PageData as PageData
    from ig_sdk._generated.models._shared import StatusResponse as StatusResponse
    from ig_sdk._generated.models._shared import SuccessStatus as SuccessStatus
    from ig_sdk._generated.models.accounts import Account as Account
    from ig_sdk._generated.models.accounts import AccountPreferencesV1Response as AccountPreferencesV1Response
    from ig_sdk._generated.models.accounts import AccountStatus as AccountStatus
    from ig_sdk._generated.models.accounts import AccountsV1Response as AccountsV1Response
    from ig_sdk._generated.models.accounts import (
        UpdateAccountPreferencesV1Request as UpdateAccountPreferencesV1Request,
    )
    from ig_sdk._generated.models.applications import Application as Application
    from ig_sdk._generated.models.applications import ApplicationStatus as ApplicationStatus
    from ig_sdk._generated.models.applications import ApplicationsV1Response as ApplicationsV1Response
    from ig_sdk._generated.models.applications import UpdateApplicationV1Request as UpdateApplicationV1Request
    from ig_sdk._generated.models.categories import CategoriesV1Response as CategoriesV1Response
    from ig_sdk._generated.models.categories import CategoryInstrumentsPage as CategoryInstrumentsPage
    from ig_sdk._generated.models.categories import (
        CategoryInstrumentsV1Response as CategoryInstrumentsV1Response,
    )
    from ig_sdk._generated.models.categories import (
        GetCategoryInstrumentsV1Params as GetCategoryInstrumentsV1Params,
    )
    from ig_sdk._generated.models.categories import MarketCategory as MarketCategory
    from ig_sdk._generated.models.client_sentiment import (
        ClientSentimentListResponse as ClientSentimentListResponse,
    )
    from ig_sdk._generated.models.client_sentiment import (
        GetClientSentimentListV1Params as GetClientSentimentListV1Params,
    )
    from ig_sdk._generated.models.client_sentiment import (
        GetClientSentimentV1Params as GetClientSentimentV1Params,
    )
    from ig_sdk._generated.models.client_sentiment import (
        GetRelatedClientSentimentV1Params as GetRelatedClientSentimentV1Params,
    )
    from ig_sdk._generated.models.client_sentiment import MarketSentiment as MarketSentiment
    from ig_sdk._generated.models.costs import ClosingCostsAndCharges as ClosingCostsAndCharges
    from ig_sdk._generated.models.costs import CostsAndChargesPagination as CostsAndChargesPagination
    from ig_sdk._generated.models.costs import CostsAndChargesQuoteSummary as CostsAndChargesQuoteSummary
    from ig_sdk._generated.models.costs import (
        GetIndicativeCostsAndChargesDurableMediumV1Params as GetIndicativeCostsAndChargesDurableMediumV1Params,
    )
    from ig_sdk._generated.models.costs import (
        GetIndicativeCostsAndChargesHistoryV1Params as GetIndicativeCostsAndChargesHistoryV1Params,
    )
    from ig_sdk._generated.models.costs import (
        IndicativeCostsAndChargesCloseV1Request as IndicativeCostsAndChargesCloseV1Request,
    )
    from ig_sdk._generated.models.costs import (
        IndicativeCostsAndChargesCloseV1Response as IndicativeCostsAndChargesCloseV1Response,
    )
    from ig_sdk._generated.models.costs import (
        IndicativeCostsAndChargesEditV1Request as IndicativeCostsAndChargesEditV1Request,
    )
    from ig_sdk._generated.models.costs import (
        IndicativeCostsAndChargesEditV1Response as IndicativeCostsAndChargesEditV1Response,
    )
    from ig_sdk._generated.models.costs import (
        IndicativeCostsAndChargesHistoryV1Response as IndicativeCostsAndChargesHistoryV1Response,
    )
    from ig_sdk._generated.models.costs import (
        IndicativeCostsAndChargesOpenV1Request as IndicativeCostsAndChargesOpenV1Request,
    )
    from ig_sdk._generated.models.costs import (
        IndicativeCostsAndChargesOpenV1Response as IndicativeCostsAndChargesOpenV1Response,
    )
    from ig_sdk._generated.models.data import GetDataByIdV1Params as GetDataByIdV1Params
    from ig_sdk._generated.models.deals import AffectedDeal as AffectedDeal
    from ig_sdk._generated.models.deals import AffectedDealStatus as AffectedDealStatus
    from ig_sdk._generated.models.deals import DealConfirmationStatus as DealConfirmationStatus
    from ig_sdk._generated.models.deals import DealConfirmationV1Response as DealConfirmationV1Response
    from ig_sdk._generated.models.deals import DealReason as DealReason
    from ig_sdk._generated.models.deals import DealStatus as DealStatus
    from ig_sdk._generated.models.deals import GetDealConfirmationV1Params as GetDealConfirmationV1Params
    from ig_sdk._generated.models.deals import (
        GetRepeatDealingWindowV1Params as GetRepeatDealingWindowV1Params,
    )
    from ig_sdk._generated.models.deals import RepeatDealingAllowance as RepeatDealingAllowance
    from ig_sdk._generated.models.deals import RepeatDealingCurrency as RepeatDealingCurrency
    from ig_sdk._generated.models.deals import RepeatDealingEntry as RepeatDealingEntry
    from ig_sdk._generated.models.deals import RepeatDealingWindowResponse as RepeatDealingWindowResponse
    from ig_sdk._generated.models.history import ActivityAction as ActivityAction
    from ig_sdk._generated.models.history import ActivityActionStatus as ActivityActionStatus
    from ig_sdk._generated.models.history import ActivityActionType as ActivityActionType
    from ig_sdk._generated.models.history import ActivityChannel as ActivityChannel
    from ig_sdk._generated.models.history import ActivityDetails as ActivityDetails
    from ig_sdk._generated.models.history import ActivityHistoryV1Response as ActivityHistoryV1Response
    from ig_sdk._generated.models.history import ActivityHistoryV2Response as ActivityHistoryV2Response
    from ig_sdk._generated.models.history import ActivityHistoryV3Metadata as ActivityHistoryV3Metadata
    from ig_sdk._generated.models.history import ActivityHistoryV3Paging as ActivityHistoryV3Paging
    from ig_sdk._generated.models.history import ActivityHistoryV3Response as ActivityHistoryV3Response
    from ig_sdk._generated.models.history import ActivityStatus as ActivityStatus
    from ig_sdk._generated.models.history import ActivityType as ActivityType
    from ig_sdk._generated.models.history import ActivityV1Record as ActivityV1Record
    from ig_sdk._generated.models.history import ActivityV2Record as ActivityV2Record
    from ig_sdk._generated.models.history import ActivityV3Record as ActivityV3Record
    from ig_sdk._generated.models.history import (
        GetActivityHistoryByTimeRangeV1Params as GetActivityHistoryByTimeRangeV1Params,
    )
    from ig_sdk._generated.models.history import GetActivityHistoryV1Params as GetActivityHistoryV1Params
    from ig_sdk._generated.models.history import GetActivityHistoryV2Params as GetActivityHistoryV2Params
    from ig_sdk._generated.models.history import GetActivityHistoryV3Params as GetActivityHistoryV3Params
    from ig_sdk._generated.models.history import (
        GetTransactionHistoryByTimeRangeV1Params as GetTransactionHistoryByTimeRangeV1Params,
    )
    from ig_sdk._generated.models.history import (
        GetTransactionHistoryV1Params as GetTransactionHistoryV1Params,
    )
    from ig_sdk._generated.models.history import (
        GetTransactionHistoryV2Params as GetTransactionHistoryV2Params,
    )
    from ig_sdk._generated.models.history import PageMetadata as PageMetadata
    from ig_sdk._generated.models.history import TransactionHistoryV1Response as TransactionHistoryV1Response
    from ig_sdk._generated.models.history import TransactionHistoryV2Response as TransactionHistoryV2Response
    from ig_sdk._generated.models.history import TransactionTypeFilter as TransactionTypeFilter
    from ig_sdk._generated.models.history import TransactionV1Record as TransactionV1Record
    from ig_sdk._generated.models.history import TransactionV2Record as TransactionV2Record
    from ig_sdk._generated.models.market_navigation import (
        GetMarketNavigationNodeV1Params as GetMarketNavigationNodeV1Params,
    )
    from ig_sdk._generated.models.market_navigation import MarketNavigationNode as MarketNavigationNode
    from ig_sdk._generated.models.market_navigation import (
        MarketNavigationResponse as MarketNavigationResponse,
    )
    from ig_sdk._generated.models.markets import CurrencyLadder as CurrencyLadder
    from ig_sdk._generated.models.markets import DealingRule as DealingRule
    from ig_sdk._generated.models.markets import DealSizeUnit as DealSizeUnit
    from ig_sdk._generated.models.markets import ExpiryDetails as ExpiryDetails
    from ig_sdk._generated.models.markets import (
        GetMarketDetailsBySearchTermV1Params as GetMarketDetailsBySearchTermV1Params,
    )
    from ig_sdk._generated.models.markets import GetMarketDetailsListV1Params as GetMarketDetailsListV1Params
    from ig_sdk._generated.models.markets import GetMarketDetailsListV2Params as GetMarketDetailsListV2Params
    from ig_sdk._generated.models.markets import GetMarketDetailsV1Params as GetMarketDetailsV1Params
    from ig_sdk._generated.models.markets import GetMarketDetailsV2Params as GetMarketDetailsV2Params
    from ig_sdk._generated.models.markets import GetMarketDetailsV3Params as GetMarketDetailsV3Params
    from ig_sdk._generated.models.markets import GetMarketDetailsV4Params as GetMarketDetailsV4Params
    from ig_sdk._generated.models.markets import MarginDepositBand as MarginDepositBand
    from ig_sdk._generated.models.markets import MarketCurrency as MarketCurrency
    from ig_sdk._generated.models.markets import MarketDealingRules as MarketDealingRules
    from ig_sdk._generated.models.markets import MarketDetail as MarketDetail
    from ig_sdk._generated.models.markets import MarketDetailsFilter as MarketDetailsFilter
    from ig_sdk._generated.models.markets import MarketDetailsListResponse as MarketDetailsListResponse
    from ig_sdk._generated.models.markets import MarketDetailsV1DealingRules as MarketDetailsV1DealingRules
    from ig_sdk._generated.models.markets import MarketDetailsV1Instrument as MarketDetailsV1Instrument
    from ig_sdk._generated.models.markets import MarketDetailsV1Response as MarketDetailsV1Response
    from ig_sdk._generated.models.markets import MarketDetailsV2Instrument as MarketDetailsV2Instrument
    from ig_sdk._generated.models.markets import MarketDetailsV2Response as MarketDetailsV2Response
    from ig_sdk._generated.models.markets import MarketDetailsV4DealingRules as MarketDetailsV4DealingRules
    from ig_sdk._generated.models.markets import MarketDetailsV4Instrument as MarketDetailsV4Instrument
    from ig_sdk._generated.models.markets import MarketDetailsV4Response as MarketDetailsV4Response
    from ig_sdk._generated.models.markets import MarketDetailsV4Snapshot as MarketDetailsV4Snapshot
    from ig_sdk._generated.models.markets import MarketInstrument as MarketInstrument
    from ig_sdk._generated.models.markets import MarketOrderPreference as MarketOrderPreference
    from ig_sdk._generated.models.markets import MarketSearchV1Response as MarketSearchV1Response
    from ig_sdk._generated.models.markets import MarketSnapshot as MarketSnapshot
    from ig_sdk._generated.models.markets import MarketTime as MarketTime
    from ig_sdk._generated.models.markets import OpeningHours as OpeningHours
    from ig_sdk._generated.models.markets import PointsOrPercentage as PointsOrPercentage
    from ig_sdk._generated.models.markets import PriceLadderRung as PriceLadderRung
    from ig_sdk._generated.models.markets import RolloverDetails as RolloverDetails
    from ig_sdk._generated.models.markets import SlippageFactor as SlippageFactor
    from ig_sdk._generated.models.markets import TrailingStopsPreference as TrailingStopsPreference
    from ig_sdk._generated.models.positions import CloseOTCPositionV1Request as CloseOTCPositionV1Request
    from ig_sdk._generated.models.positions import CreateOTCPositionV1Request as CreateOTCPositionV1Request
    from ig_sdk._generated.models.positions import CreateOTCPositionV2Request as CreateOTCPositionV2Request
    from ig_sdk._generated.models.positions import (
        CreateSprintMarketPositionV1Request as CreateSprintMarketPositionV1Request,
    )
    from ig_sdk._generated.models.positions import GetPositionByDealIdV1Params as GetPositionByDealIdV1Params
    from ig_sdk._generated.models.positions import GetPositionByDealIdV2Params as GetPositionByDealIdV2Params
    from ig_sdk._generated.models.positions import PositionOrderType as PositionOrderType
    from ig_sdk._generated.models.positions import PositionsV1Response as PositionsV1Response
    from ig_sdk._generated.models.positions import PositionsV2Response as PositionsV2Response
    from ig_sdk._generated.models.positions import PositionTimeInForce as PositionTimeInForce
    from ig_sdk._generated.models.positions import PositionV1Details as PositionV1Details
    from ig_sdk._generated.models.positions import PositionV1Entry as PositionV1Entry
    from ig_sdk._generated.models.positions import PositionV2Details as PositionV2Details
    from ig_sdk._generated.models.positions import PositionV2Entry as PositionV2Entry
    from ig_sdk._generated.models.positions import SprintMarketExpiryPeriod as SprintMarketExpiryPeriod
    from ig_sdk._generated.models.positions import SprintMarketPosition as SprintMarketPosition
    from ig_sdk._generated.models.positions import (
        SprintMarketPositionsResponse as SprintMarketPositionsResponse,
    )
    from ig_sdk._generated.models.positions import UpdateOTCPositionV1Params as UpdateOTCPositionV1Params
    from ig_sdk._generated.models.positions import UpdateOTCPositionV1Request as UpdateOTCPositionV1Request
    from ig_sdk._generated.models.positions import UpdateOTCPositionV2Params as UpdateOTCPositionV2Params
    from ig_sdk._generated.models.positions import UpdateOTCPositionV2Request as UpdateOTCPositionV2Request
    from ig_sdk._generated.models.prices import CandlePrice as CandlePrice
    from ig_sdk._generated.models.prices import GetPricesByDateRangeV1Params as GetPricesByDateRangeV1Params
    from ig_sdk._generated.models.prices import GetPricesByDateRangeV2Params as GetPricesByDateRangeV2Params
    from ig_sdk._generated.models.prices import (
        GetPricesByNumberOfPointsV1Params as GetPricesByNumberOfPointsV1Params,
    )
    from ig_sdk._generated.models.prices import (
        GetPricesByNumberOfPointsV2Params as GetPricesByNumberOfPointsV2Params,
    )
    from ig_sdk._generated.models.prices import GetPricesV3Params as GetPricesV3Params
    from ig_sdk._generated.models.prices import NumPointsResolution as NumPointsResolution
    from ig_sdk._generated.models.prices import PriceAllowance as PriceAllowance
    from ig_sdk._generated.models.prices import PriceBar as PriceBar
    from ig_sdk._generated.models.prices import PriceResolution as PriceResolution
    from ig_sdk._generated.models.prices import PricesResponse as PricesResponse
    from ig_sdk._generated.models.prices import PricesV3Bar as PricesV3Bar
    from ig_sdk._generated.models.prices import PricesV3Metadata as PricesV3Metadata
    from ig_sdk._generated.models.prices import PricesV3Response as PricesV3Response
    from ig_sdk._generated.models.session import AuthenticationStatus as AuthenticationStatus
    from ig_sdk._generated.models.session import CreateSessionRequest as CreateSessionRequest
    from ig_sdk._generated.models.session import CreateSessionResponse as CreateSessionResponse
    from ig_sdk._generated.models.session import CreateSessionV3Request as CreateSessionV3Request
    from ig_sdk._generated.models.session import CreateSessionV3Response as CreateSessionV3Response
    from ig_sdk._generated.models.session import EncryptionKeyV1Response as EncryptionKeyV1Response
    from ig_sdk._generated.models.session import GetSessionV1Params as GetSessionV1Params
    from ig_sdk._generated.models.session import LoginFormDetail as LoginFormDetail
    from ig_sdk._generated.models.session import LoginFormType as LoginFormType
    from ig_sdk._generated.models.session import OAuthToken as OAuthToken
    from ig_sdk._generated.models.session import RefreshSessionV1Request as RefreshSessionV1Request
    from ig_sdk._generated.models.session import ReroutingEnvironment as ReroutingEnvironment
    from ig_sdk._generated.models.session import SessionAccount as SessionAccount
    from ig_sdk._generated.models.session import SessionV1Response as SessionV1Response
    from ig_sdk._generated.models.session import UpdateActiveAccountV1Request as UpdateActiveAccountV1Request
    from ig_sdk._generated.models.session import (
        UpdateActiveAccountV1Response as UpdateActiveAccountV1Response,
    )
    from ig_sdk._generated.models.watchlists import CreateWatchlistStatus as CreateWatchlistStatus
    from ig_sdk._generated.models.watchlists import CreateWatchlistV1Request as CreateWatchlistV1Request
    from ig_sdk._generated.models.watchlists import CreateWatchlistV1Response as CreateWatchlistV1Response
    from ig_sdk._generated.models.watchlists import (
        DeleteWatchlistMarketV1Params as DeleteWatchlistMarketV1Params,
    )
    from ig_sdk._generated.models.watchlists import DeleteWatchlistV1Params as DeleteWatchlistV1Params
    from ig_sdk._generated.models.watchlists import (
        GetWatchlistByWatchlistIdV1Params as GetWatchlistByWatchlistIdV1Params,
    )
    from ig_sdk._generated.models.watchlists import (
        UpdateWatchlistMarketV1Params as UpdateWatchlistMarketV1Params,
    )
    from ig_sdk._generated.models.watchlists import (
        UpdateWatchlistMarketV1Request as UpdateWatchlistMarketV1Request,
    )
    from ig_sdk._generated.models.watchlists import Watchlist as Watchlist
    from ig_sdk._generated.models.watchlists import WatchlistMarketsV1Response as WatchlistMarketsV1Response
    from ig_sdk._generated.models.watchlists import WatchlistsV1Response as WatchlistsV1Response
    from ig_sdk._generated.models.working_orders import (
        CreateOTCWorkingOrderV1Request as CreateOTCWorkingOrderV1Request,
    )
    from ig_sdk._generated.models.working_orders import (
        CreateOTCWorkingOrderV2Request as CreateOTCWorkingOrderV2Request,
    )
    from ig_sdk._generated.models.working_orders import (
        DeleteOTCWorkingOrderV1Params as DeleteOTCWorkingOrderV1Params,
    )
    from ig_sdk._generated.models.working_orders import (
        DeleteOTCWorkingOrderV1Request as DeleteOTCWorkingOrderV1Request,
    )
    from ig_sdk._generated.models.working_orders import (
        DeleteOTCWorkingOrderV2Params as DeleteOTCWorkingOrderV2Params,
    )
    from ig_sdk._generated.models.working_orders import (
        UpdateOTCWorkingOrderRequest as UpdateOTCWorkingOrderRequest,
    )
    from ig_sdk._generated.models.working_orders import (
        UpdateOTCWorkingOrderV1Params as UpdateOTCWorkingOrderV1Params,
    )
    from ig_sdk._generated.models.working_orders import (
        UpdateOTCWorkingOrderV2Params as UpdateOTCWorkingOrderV2Params,
    )
    from ig_sdk._generated.models.working_orders import WorkingOrderRequestType as WorkingOrderRequestType
    from ig_sdk._generated.models.working_orders import WorkingOrdersV1Response as WorkingOrdersV1Response
    from ig_sdk._generated.models.working_orders import WorkingOrdersV2Response as WorkingOrdersV2Response
    from ig_sdk._generated.models.working_orders import WorkingOrderTimeInForce as WorkingOrderTimeInForce
    from ig_sdk._generated.models.working_orders import WorkingOrderType as WorkingOrderType
    from ig_sdk._generated.models.working_orders import WorkingOrderV1Details as WorkingOrderV1Details
    from ig_sdk._generated.models.working_orders import WorkingOrderV1Entry as WorkingOrderV1Entry
    from ig_sdk._generated.models.working_orders import WorkingOrderV1Market as WorkingOrderV1Market
    from ig_sdk._generated.models.working_orders import WorkingOrderV2Details as WorkingOrderV2Details
    from ig_sdk._generated.models.working_orders import WorkingOrderV2Entry as WorkingOrderV2Entry
    from ig_sdk._generated.models.working_orders import WorkingOrderV2Market as WorkingOrderV2Market

_MODULES: dict[str, str] = {
    "Account": "accounts",
    "AccountPreferencesV1Response": "accounts",
    "AccountStatus": "accounts",
    "AccountType": "_shared",
    "AccountsV1Response": "accounts",
    "ActivityAction": "history",
    "ActivityActionStatus": "history",
    "ActivityActionType": "history",
    "ActivityChannel": "history",
    "ActivityDetails": "history",
    "ActivityHistoryV1Response": "history",
    "ActivityHistoryV2Response": "history",
    "ActivityHistoryV3Metadata": "history",
    "ActivityHistoryV3Paging": "history",
    "ActivityHistoryV3Response": "history",
    "ActivityStatus": "history",
    "ActivityType": "history",
    "ActivityV1Record": "history",
    "ActivityV2Record": "history",
    "ActivityV3Record": "history",
    "AffectedDeal": "deals",
    "AffectedDealStatus": "deals",
    "Application": "applications",
    "ApplicationStatus": "applications",
    "ApplicationsV1Response": "applications",
    "AuthenticationStatus": "session",
    "Balance": "_shared",
    "CandlePrice": "prices",
    "CategoriesV1Response": "categories",
    "CategoryInstrumentsPage": "categories",
    "CategoryInstrumentsV1Response": "categories",
    "ClientSentimentListResponse": "client_sentiment",
    "CloseOTCPositionV1Request": "positions",
    "ClosingCostsAndCharges": "costs",
    "CostsAndChargesPagination": "costs",
    "CostsAndChargesQuoteSummary": "costs",
    "CreateOTCPositionV1Request": "positions",
    "CreateOTCPositionV2Request": "positions",
    "CreateOTCWorkingOrderV1Request": "working_orders",
    "CreateOTCWorkingOrderV2Request": "working_orders",
    "CreateSessionRequest": "session",
    "CreateSessionResponse": "session",
    "CreateSessionV3Request": "session",
    "CreateSessionV3Response": "session",
    "CreateSprintMarketPositionV1Request": "positions",
    "CreateWatchlistStatus": "watchlists",
    "CreateWatchlistV1Request": "watchlists",
    "CreateWatchlistV1Response": "watchlists",
    "CurrencyLadder": "markets",
    "DealConfirmationStatus": "deals",
    "DealConfirmationV1Response": "deals",
    "DealReason": "deals",
    "DealReferenceResponse": "_shared",
    "DealSizeUnit": "markets",
    "DealStatus": "deals",
    "DealingRule": "markets",
    "DeleteOTCWorkingOrderV1Params": "working_orders",
    "DeleteOTCWorkingOrderV1Request": "working_orders",
    "DeleteOTCWorkingOrderV2Params": "working_orders",
    "DeleteWatchlistMarketV1Params": "watchlists",
    "DeleteWatchlistV1Params": "watchlists",
    "Direction": "_shared",
    "EncryptionKeyV1Response": "session",
    "ExpiryDetails": "markets",
    "GetActivityHistoryByTimeRangeV1Params": "history",
    "GetActivityHistoryV1Params": "history",
    "GetActivityHistoryV2Params": "history",
    "GetActivityHistoryV3Params": "history",
    "GetCategoryInstrumentsV1Params": "categories",
    "GetClientSentimentListV1Params": "client_sentiment",
    "GetClientSentimentV1Params": "client_sentiment",
    "GetDataByIdV1Params": "data",
    "GetDealConfirmationV1Params": "deals",
    "GetIndicativeCostsAndChargesDurableMediumV1Params": "costs",
    "GetIndicativeCostsAndChargesHistoryV1Params": "costs",
    "GetMarketDetailsBySearchTermV1Params": "markets",
    "GetMarketDetailsListV1Params": "markets",
    "GetMarketDetailsListV2Params": "markets",
    "GetMarketDetailsV1Params": "markets",
    "GetMarketDetailsV2Params": "markets",
    "GetMarketDetailsV3Params": "markets",
    "GetMarketDetailsV4Params": "markets",
    "GetMarketNavigationNodeV1Params": "market_navigation",
    "GetPositionByDealIdV1Params": "positions",
    "GetPositionByDealIdV2Params": "positions",
    "GetPricesByDateRangeV1Params": "prices",
    "GetPricesByDateRangeV2Params": "prices",
    "GetPricesByNumberOfPointsV1Params": "prices",
    "GetPricesByNumberOfPointsV2Params": "prices",
    "GetPricesV3Params": "prices",
    "GetRelatedClientSentimentV1Params": "client_sentiment",
    "GetRepeatDealingWindowV1Params": "deals",
    "GetSessionV1Params": "session",
    "GetTransactionHistoryByTimeRangeV1Params": "history",
    "GetTransactionHistoryV1Params": "history",
    "GetTransactionHistoryV2Params": "history",
    "GetWatchlistByWatchlistIdV1Params": "watchlists",
    "IndicativeCostsAndChargesCloseV1Request": "costs",
    "IndicativeCostsAndChargesCloseV1Response": "costs",
    "IndicativeCostsAndChargesEditV1Request": "costs",
    "IndicativeCostsAndChargesEditV1Response": "costs",
    "IndicativeCostsAndChargesHistoryV1Response": "costs",
    "IndicativeCostsAndChargesOpenV1Request": "costs",
    "IndicativeCostsAndChargesOpenV1Response": "costs",
    "InstrumentType": "_shared",
    "LoginFormDetail": "session",
    "LoginFormType": "session",
    "MarginDepositBand": "markets",
    "MarketCategory": "categories",
    "MarketCurrency": "markets",
    "MarketDealingRules": "markets",
    "MarketDetail": "markets",
    "MarketDetailsFilter": "markets",
    "MarketDetailsListResponse": "markets",
    "MarketDetailsV1DealingRules": "markets",
    "MarketDetailsV1Instrument": "markets",
    "MarketDetailsV1Response": "markets",
    "MarketDetailsV2Instrument": "markets",
    "MarketDetailsV2Response": "markets",
    "MarketDetailsV4DealingRules": "markets",
    "MarketDetailsV4Instrument": "markets",
    "MarketDetailsV4Response": "markets",
    "MarketDetailsV4Snapshot": "markets",
    "MarketInstrument": "markets",
    "MarketNavigationNode": "market_navigation",
    "MarketNavigationResponse": "market_navigation",
    "MarketOrderPreference": "markets",
    "MarketSearchV1Response": "markets",
    "MarketSentiment": "client_sentiment",
    "MarketSnapshot": "markets",
    "MarketStatus": "_shared",
    "MarketSummary": "_shared",
    "MarketTime": "markets",
    "NumPointsResolution": "prices",
    "OAuthToken": "session",
    "OpeningHours": "markets",
    "PageData": "_shared",
    "PageMetadata": "history",
    "PointsOrPercentage": "markets",
    "PositionOrderType": "positions",
    "PositionTimeInForce": "positions",
    "PositionV1Details": "positions",
    "PositionV1Entry": "positions",
    "PositionV2Details": "positions",
    "PositionV2Entry": "positions",
    "PositionsV1Response": "positions",
    "PositionsV2Response": "positions",
    "PriceAllowance": "prices",
    "PriceBar": "prices",
    "PriceLadderRung": "markets",
    "PriceResolution": "prices",
    "PricesResponse": "prices",
    "PricesV3Bar": "prices",
    "PricesV3Metadata": "prices",
    "PricesV3Response": "prices",
    "RefreshSessionV1Request": "session",
    "RepeatDealingAllowance": "deals",
    "RepeatDealingCurrency": "deals",
    "RepeatDealingEntry": "deals",
    "RepeatDealingWindowResponse": "deals",
    "ReroutingEnvironment": "session",
    "RolloverDetails": "markets",
    "SessionAccount": "session",
    "SessionV1Response": "session",
    "SlippageFactor": "markets",
    "SprintMarketExpiryPeriod": "positions",
    "SprintMarketPosition": "positions",
    "SprintMarketPositionsResponse": "positions",
    "StatusResponse": "_shared",
    "SuccessStatus": "_shared",
    "TrailingStopsPreference": "markets",
    "TransactionHistoryV1Response": "history",
    "TransactionHistoryV2Response": "history",
    "TransactionTypeFilter": "history",
    "TransactionV1Record": "history",
    "TransactionV2Record": "history",
    "UpdateAccountPreferencesV1Request": "accounts",
    "UpdateActiveAccountV1Request": "session",
    "UpdateActiveAccountV1Response": "session",
    "UpdateApplicationV1Request": "applications",
    "UpdateOTCPositionV1Params": "positions",
    "UpdateOTCPositionV1Request": "positions",
    "UpdateOTCPositionV2Params": "positions",
    "UpdateOTCPositionV2Request": "positions",
    "UpdateOTCWorkingOrderRequest": "working_orders",
    "UpdateOTCWorkingOrderV1Params": "working_orders",
    "UpdateOTCWorkingOrderV2Params": "working_orders",
    "UpdateWatchlistMarketV1Params": "watchlists",
    "UpdateWatchlistMarketV1Request": "watchlists",
    "Watchlist": "watchlists",
    "WatchlistMarketsV1Response": "watchlists",
    "WatchlistsV1Response": "watchlists",
    "WorkingOrderRequestType": "working_orders",
    "WorkingOrderTimeInForce": "working_orders",
    "WorkingOrderType": "working_orders",
    "WorkingOrderV1Details": "working_orders",
    "WorkingOrderV1Entry": "working_orders",
    "WorkingOrderV1Market": "working_orders",
    "WorkingOrderV2Details": "working_orders",
    "WorkingOrderV2Entry": "working_orders",
    "WorkingOrderV2Market": "working_orders",
    "WorkingOrdersV1Response": "working_orders",
    "WorkingOrdersV2Response": "working_orders",
}

__all__ = [
    "Account",
    "AccountPreferencesV1Response",
    "AccountStatus",
    "AccountType",
    "AccountsV1Response",
    "ActivityAction",
    "ActivityActionStatus",
    "ActivityActionType",
    "ActivityChannel",
    "ActivityDetails",
    "ActivityHistoryV1Response",
    "ActivityHistoryV2Response",
    "ActivityHistoryV3Metadata",
    "ActivityHistoryV3Paging",
    "ActivityHistoryV3Response",
    "ActivityStatus",
    "ActivityType",
    "ActivityV1Record",
    "ActivityV2Record",
    "ActivityV3Record",
    "AffectedDeal",
    "AffectedDealStatus",
    "Application",
    "ApplicationStatus",
    "ApplicationsV1Response",
    "AuthenticationStatus",
    "Balance",
    "CandlePrice",
    "CategoriesV1Response",
    "CategoryInstrumentsPage",
    "CategoryInstrumentsV1Response",
    "ClientSentimentListResponse",
    "CloseOTCPositionV1Request",
    "ClosingCostsAndCharges",
    "CostsAndChargesPagination",
    "CostsAndChargesQuoteSummary",
    "CreateOTCPositionV1Request",
    "CreateOTCPositionV2Request",
    "CreateOTCWorkingOrderV1Request",
    "CreateOTCWorkingOrderV2Request",
    "CreateSessionRequest",
    "CreateSessionResponse",
    "CreateSessionV3Request",
    "CreateSessionV3Response",
    "CreateSprintMarketPositionV1Request",
    "CreateWatchlistStatus",
    "CreateWatchlistV1Request",
    "CreateWatchlistV1Response",
    "CurrencyLadder",
    "DealConfirmationStatus",
    "DealConfirmationV1Response",
    "DealReason",
    "DealReferenceResponse",
    "DealSizeUnit",
    "DealStatus",
    "DealingRule",
    "DeleteOTCWorkingOrderV1Params",
    "DeleteOTCWorkingOrderV1Request",
    "DeleteOTCWorkingOrderV2Params",
    "DeleteWatchlistMarketV1Params",
    "DeleteWatchlistV1Params",
    "Direction",
    "EncryptionKeyV1Response",
    "ExpiryDetails",
    "GetActivityHistoryByTimeRangeV1Params",
    "GetActivityHistoryV1Params",
    "GetActivityHistoryV2Params",
    "GetActivityHistoryV3Params",
    "GetCategoryInstrumentsV1Params",
    "GetClientSentimentListV1Params",
    "GetClientSentimentV1Params",
    "GetDataByIdV1Params",
    "GetDealConfirmationV1Params",
    "GetIndicativeCostsAndChargesDurableMediumV1Params",
    "GetIndicativeCostsAndChargesHistoryV1Params",
    "GetMarketDetailsBySearchTermV1Params",
    "GetMarketDetailsListV1Params",
    "GetMarketDetailsListV2Params",
    "GetMarketDetailsV1Params",
    "GetMarketDetailsV2Params",
    "GetMarketDetailsV3Params",
    "GetMarketDetailsV4Params",
    "GetMarketNavigationNodeV1Params",
    "GetPositionByDealIdV1Params",
    "GetPositionByDealIdV2Params",
    "GetPricesByDateRangeV1Params",
    "GetPricesByDateRangeV2Params",
    "GetPricesByNumberOfPointsV1Params",
    "GetPricesByNumberOfPointsV2Params",
    "GetPricesV3Params",
    "GetRelatedClientSentimentV1Params",
    "GetRepeatDealingWindowV1Params",
    "GetSessionV1Params",
    "GetTransactionHistoryByTimeRangeV1Params",
    "GetTransactionHistoryV1Params",
    "GetTransactionHistoryV2Params",
    "GetWatchlistByWatchlistIdV1Params",
    "IndicativeCostsAndChargesCloseV1Request",
    "IndicativeCostsAndChargesCloseV1Response",
    "IndicativeCostsAndChargesEditV1Request",
    "IndicativeCostsAndChargesEditV1Response",
    "IndicativeCostsAndChargesHistoryV1Response",
    "IndicativeCostsAndChargesOpenV1Request",
    "IndicativeCostsAndChargesOpenV1Response",
    "InstrumentType",
    "LoginFormDetail",
    "LoginFormType",
    "MarginDepositBand",
    "MarketCategory",
    "MarketCurrency",
    "MarketDealingRules",
    "MarketDetail",
    "MarketDetailsFilter",
    "MarketDetailsListResponse",
    "MarketDetailsV1DealingRules",
    "MarketDetailsV1Instrument",
    "MarketDetailsV1Response",
    "MarketDetailsV2Instrument",
    "MarketDetailsV2Response",
    "MarketDetailsV4DealingRules",
    "MarketDetailsV4Instrument",
    "MarketDetailsV4Response",
    "MarketDetailsV4Snapshot",
    "MarketInstrument",
    "MarketNavigationNode",
    "MarketNavigationResponse",
    "MarketOrderPreference",
    "MarketSearchV1Response",
    "MarketSentiment",
    "MarketSnapshot",
    "MarketStatus",
    "MarketSummary",
    "MarketTime",
    "NumPointsResolution",
    "OAuthToken",
    "OpeningHours",
    "PageData",
    "PageMetadata",
    "PointsOrPercentage",
    "PositionOrderType",
    "PositionTimeInForce",
    "PositionV1Details",
    "PositionV1Entry",
    "PositionV2Details",
    "PositionV2Entry",
    "PositionsV1Response",
    "PositionsV2Response",
    "PriceAllowance",
    "PriceBar",
    "PriceLadderRung",
    "PriceResolution",
    "PricesResponse",
    "PricesV3Bar",
    "PricesV3Metadata",
    "PricesV3Response",
    "RefreshSessionV1Request",
    "RepeatDealingAllowance",
    "RepeatDealingCurrency",
    "RepeatDealingEntry",
    "RepeatDealingWindowResponse",
    "ReroutingEnvironment",
    "RolloverDetails",
    "SessionAccount",
    "SessionV1Response",
    "SlippageFactor",
    "SprintMarketExpiryPeriod",
    "SprintMarketPosition",
    "SprintMarketPositionsResponse",
    "StatusResponse",
    "SuccessStatus",
    "TrailingStopsPreference",
    "TransactionHistoryV1Response",
    "TransactionHistoryV2Response",
    "TransactionTypeFilter",
    "TransactionV1Record",
    "TransactionV2Record",
    "UpdateAccountPreferencesV1Request",
    "UpdateActiveAccountV1Request",
    "UpdateActiveAccountV1Response",
    "UpdateApplicationV1Request",
    "UpdateOTCPositionV1Params",
    "UpdateOTCPositionV1Request",
    "UpdateOTCPositionV2Params",
    "UpdateOTCPositionV2Request",
    "UpdateOTCWorkingOrderRequest",
    "UpdateOTCWorkingOrderV1Params",
    "UpdateOTCWorkingOrderV2Params",
    "UpdateWatchlistMarketV1Params",
    "UpdateWatchlistMarketV1Request",
    "Watchlist",
    "WatchlistMarketsV1Response",
    "WatchlistsV1Response",
    "WorkingOrderRequestType",
    "WorkingOrderTimeInForce",
    "WorkingOrderType",
    "WorkingOrderV1Details",
    "WorkingOrderV1Entry",
    "WorkingOrderV1Market",
    "WorkingOrderV2Details",
    "WorkingOrderV2Entry",
    "WorkingOrderV2Market",
    "WorkingOrdersV1Response",
    "WorkingOrdersV2Response",
]

# Type checkers read the imports above, so a misspelt name stays an error for them.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return list(__all__)
