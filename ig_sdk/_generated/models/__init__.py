# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.
"""IG's REST models: one module per operation, per resource (models several of its calls use)
and ``_shared`` (models several resources use), each loaded on first use: ``from
ig_sdk._generated.models import PricesV3Response`` imports the models of prices.get (version 3).
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
    from ig_sdk._generated.models.accounts_get_preferences_v1 import (
        AccountPreferencesV1Response as AccountPreferencesV1Response,
    )
    from ig_sdk._generated.models.accounts_list_v1 import Account as Account
    from ig_sdk._generated.models.accounts_list_v1 import AccountStatus as AccountStatus
    from ig_sdk._generated.models.accounts_list_v1 import AccountsV1Response as AccountsV1Response
    from ig_sdk._generated.models.accounts_update_preferences_v1 import (
        UpdateAccountPreferencesV1Request as UpdateAccountPreferencesV1Request,
    )
    from ig_sdk._generated.models.applications import Application as Application
    from ig_sdk._generated.models.applications import ApplicationStatus as ApplicationStatus
    from ig_sdk._generated.models.applications_list_v1 import ApplicationsV1Response as ApplicationsV1Response
    from ig_sdk._generated.models.applications_update_v1 import (
        UpdateApplicationV1Request as UpdateApplicationV1Request,
    )
    from ig_sdk._generated.models.categories_list_instruments_v1 import (
        CategoryInstrumentsPage as CategoryInstrumentsPage,
    )
    from ig_sdk._generated.models.categories_list_instruments_v1 import (
        CategoryInstrumentsV1Response as CategoryInstrumentsV1Response,
    )
    from ig_sdk._generated.models.categories_list_instruments_v1 import (
        GetCategoryInstrumentsV1Params as GetCategoryInstrumentsV1Params,
    )
    from ig_sdk._generated.models.categories_list_v1 import CategoriesV1Response as CategoriesV1Response
    from ig_sdk._generated.models.categories_list_v1 import MarketCategory as MarketCategory
    from ig_sdk._generated.models.client_sentiment import (
        ClientSentimentListResponse as ClientSentimentListResponse,
    )
    from ig_sdk._generated.models.client_sentiment import MarketSentiment as MarketSentiment
    from ig_sdk._generated.models.client_sentiment_get_v1 import (
        GetClientSentimentV1Params as GetClientSentimentV1Params,
    )
    from ig_sdk._generated.models.client_sentiment_list_related_v1 import (
        GetRelatedClientSentimentV1Params as GetRelatedClientSentimentV1Params,
    )
    from ig_sdk._generated.models.client_sentiment_list_v1 import (
        GetClientSentimentListV1Params as GetClientSentimentListV1Params,
    )
    from ig_sdk._generated.models.costs import ClosingCostsAndCharges as ClosingCostsAndCharges
    from ig_sdk._generated.models.costs_close_v1 import (
        IndicativeCostsAndChargesCloseV1Request as IndicativeCostsAndChargesCloseV1Request,
    )
    from ig_sdk._generated.models.costs_close_v1 import (
        IndicativeCostsAndChargesCloseV1Response as IndicativeCostsAndChargesCloseV1Response,
    )
    from ig_sdk._generated.models.costs_durable_medium_v1 import (
        GetIndicativeCostsAndChargesDurableMediumV1Params as GetIndicativeCostsAndChargesDurableMediumV1Params,
    )
    from ig_sdk._generated.models.costs_edit_v1 import (
        IndicativeCostsAndChargesEditV1Request as IndicativeCostsAndChargesEditV1Request,
    )
    from ig_sdk._generated.models.costs_edit_v1 import (
        IndicativeCostsAndChargesEditV1Response as IndicativeCostsAndChargesEditV1Response,
    )
    from ig_sdk._generated.models.costs_history_v1 import (
        CostsAndChargesPagination as CostsAndChargesPagination,
    )
    from ig_sdk._generated.models.costs_history_v1 import (
        CostsAndChargesQuoteSummary as CostsAndChargesQuoteSummary,
    )
    from ig_sdk._generated.models.costs_history_v1 import (
        GetIndicativeCostsAndChargesHistoryV1Params as GetIndicativeCostsAndChargesHistoryV1Params,
    )
    from ig_sdk._generated.models.costs_history_v1 import (
        IndicativeCostsAndChargesHistoryV1Response as IndicativeCostsAndChargesHistoryV1Response,
    )
    from ig_sdk._generated.models.costs_open_v1 import (
        IndicativeCostsAndChargesOpenV1Request as IndicativeCostsAndChargesOpenV1Request,
    )
    from ig_sdk._generated.models.costs_open_v1 import (
        IndicativeCostsAndChargesOpenV1Response as IndicativeCostsAndChargesOpenV1Response,
    )
    from ig_sdk._generated.models.data_get_v1 import GetDataByIdV1Params as GetDataByIdV1Params
    from ig_sdk._generated.models.deals_get_confirmation_v1 import AffectedDeal as AffectedDeal
    from ig_sdk._generated.models.deals_get_confirmation_v1 import AffectedDealStatus as AffectedDealStatus
    from ig_sdk._generated.models.deals_get_confirmation_v1 import (
        DealConfirmationStatus as DealConfirmationStatus,
    )
    from ig_sdk._generated.models.deals_get_confirmation_v1 import (
        DealConfirmationV1Response as DealConfirmationV1Response,
    )
    from ig_sdk._generated.models.deals_get_confirmation_v1 import DealReason as DealReason
    from ig_sdk._generated.models.deals_get_confirmation_v1 import DealStatus as DealStatus
    from ig_sdk._generated.models.deals_get_confirmation_v1 import (
        GetDealConfirmationV1Params as GetDealConfirmationV1Params,
    )
    from ig_sdk._generated.models.deals_get_repeat_dealing_window_v1 import (
        GetRepeatDealingWindowV1Params as GetRepeatDealingWindowV1Params,
    )
    from ig_sdk._generated.models.deals_get_repeat_dealing_window_v1 import (
        RepeatDealingAllowance as RepeatDealingAllowance,
    )
    from ig_sdk._generated.models.deals_get_repeat_dealing_window_v1 import (
        RepeatDealingCurrency as RepeatDealingCurrency,
    )
    from ig_sdk._generated.models.deals_get_repeat_dealing_window_v1 import (
        RepeatDealingEntry as RepeatDealingEntry,
    )
    from ig_sdk._generated.models.deals_get_repeat_dealing_window_v1 import (
        RepeatDealingWindowResponse as RepeatDealingWindowResponse,
    )
    from ig_sdk._generated.models.history import ActivityActionStatus as ActivityActionStatus
    from ig_sdk._generated.models.history import ActivityHistoryV1Response as ActivityHistoryV1Response
    from ig_sdk._generated.models.history import ActivityV1Record as ActivityV1Record
    from ig_sdk._generated.models.history import PageMetadata as PageMetadata
    from ig_sdk._generated.models.history import TransactionHistoryV1Response as TransactionHistoryV1Response
    from ig_sdk._generated.models.history import TransactionTypeFilter as TransactionTypeFilter
    from ig_sdk._generated.models.history import TransactionV1Record as TransactionV1Record
    from ig_sdk._generated.models.history_activity_by_date_range_v1 import (
        GetActivityHistoryByTimeRangeV1Params as GetActivityHistoryByTimeRangeV1Params,
    )
    from ig_sdk._generated.models.history_activity_by_period_v1 import (
        GetActivityHistoryV1Params as GetActivityHistoryV1Params,
    )
    from ig_sdk._generated.models.history_activity_v2 import (
        ActivityHistoryV2Response as ActivityHistoryV2Response,
    )
    from ig_sdk._generated.models.history_activity_v2 import ActivityV2Record as ActivityV2Record
    from ig_sdk._generated.models.history_activity_v2 import (
        GetActivityHistoryV2Params as GetActivityHistoryV2Params,
    )
    from ig_sdk._generated.models.history_activity_v3 import ActivityAction as ActivityAction
    from ig_sdk._generated.models.history_activity_v3 import ActivityActionType as ActivityActionType
    from ig_sdk._generated.models.history_activity_v3 import ActivityChannel as ActivityChannel
    from ig_sdk._generated.models.history_activity_v3 import ActivityDetails as ActivityDetails
    from ig_sdk._generated.models.history_activity_v3 import (
        ActivityHistoryV3Metadata as ActivityHistoryV3Metadata,
    )
    from ig_sdk._generated.models.history_activity_v3 import (
        ActivityHistoryV3Paging as ActivityHistoryV3Paging,
    )
    from ig_sdk._generated.models.history_activity_v3 import (
        ActivityHistoryV3Response as ActivityHistoryV3Response,
    )
    from ig_sdk._generated.models.history_activity_v3 import ActivityStatus as ActivityStatus
    from ig_sdk._generated.models.history_activity_v3 import ActivityType as ActivityType
    from ig_sdk._generated.models.history_activity_v3 import ActivityV3Record as ActivityV3Record
    from ig_sdk._generated.models.history_activity_v3 import (
        GetActivityHistoryV3Params as GetActivityHistoryV3Params,
    )
    from ig_sdk._generated.models.history_transactions_by_date_range_v1 import (
        GetTransactionHistoryByTimeRangeV1Params as GetTransactionHistoryByTimeRangeV1Params,
    )
    from ig_sdk._generated.models.history_transactions_by_period_v1 import (
        GetTransactionHistoryV1Params as GetTransactionHistoryV1Params,
    )
    from ig_sdk._generated.models.history_transactions_v2 import (
        GetTransactionHistoryV2Params as GetTransactionHistoryV2Params,
    )
    from ig_sdk._generated.models.history_transactions_v2 import (
        TransactionHistoryV2Response as TransactionHistoryV2Response,
    )
    from ig_sdk._generated.models.history_transactions_v2 import TransactionV2Record as TransactionV2Record
    from ig_sdk._generated.models.market_navigation import MarketNavigationNode as MarketNavigationNode
    from ig_sdk._generated.models.market_navigation import (
        MarketNavigationResponse as MarketNavigationResponse,
    )
    from ig_sdk._generated.models.market_navigation_get_node_v1 import (
        GetMarketNavigationNodeV1Params as GetMarketNavigationNodeV1Params,
    )
    from ig_sdk._generated.models.markets import DealingRule as DealingRule
    from ig_sdk._generated.models.markets import DealSizeUnit as DealSizeUnit
    from ig_sdk._generated.models.markets import ExpiryDetails as ExpiryDetails
    from ig_sdk._generated.models.markets import MarginDepositBand as MarginDepositBand
    from ig_sdk._generated.models.markets import MarketCurrency as MarketCurrency
    from ig_sdk._generated.models.markets import MarketDealingRules as MarketDealingRules
    from ig_sdk._generated.models.markets import MarketDetail as MarketDetail
    from ig_sdk._generated.models.markets import MarketDetailsListResponse as MarketDetailsListResponse
    from ig_sdk._generated.models.markets import MarketInstrument as MarketInstrument
    from ig_sdk._generated.models.markets import MarketOrderPreference as MarketOrderPreference
    from ig_sdk._generated.models.markets import MarketSnapshot as MarketSnapshot
    from ig_sdk._generated.models.markets import MarketTime as MarketTime
    from ig_sdk._generated.models.markets import OpeningHours as OpeningHours
    from ig_sdk._generated.models.markets import PointsOrPercentage as PointsOrPercentage
    from ig_sdk._generated.models.markets import RolloverDetails as RolloverDetails
    from ig_sdk._generated.models.markets import SlippageFactor as SlippageFactor
    from ig_sdk._generated.models.markets import TrailingStopsPreference as TrailingStopsPreference
    from ig_sdk._generated.models.markets_get_many_v1 import (
        GetMarketDetailsListV1Params as GetMarketDetailsListV1Params,
    )
    from ig_sdk._generated.models.markets_get_many_v2 import (
        GetMarketDetailsListV2Params as GetMarketDetailsListV2Params,
    )
    from ig_sdk._generated.models.markets_get_many_v2 import MarketDetailsFilter as MarketDetailsFilter
    from ig_sdk._generated.models.markets_get_v1 import GetMarketDetailsV1Params as GetMarketDetailsV1Params
    from ig_sdk._generated.models.markets_get_v1 import (
        MarketDetailsV1DealingRules as MarketDetailsV1DealingRules,
    )
    from ig_sdk._generated.models.markets_get_v1 import MarketDetailsV1Instrument as MarketDetailsV1Instrument
    from ig_sdk._generated.models.markets_get_v1 import MarketDetailsV1Response as MarketDetailsV1Response
    from ig_sdk._generated.models.markets_get_v2 import GetMarketDetailsV2Params as GetMarketDetailsV2Params
    from ig_sdk._generated.models.markets_get_v2 import MarketDetailsV2Instrument as MarketDetailsV2Instrument
    from ig_sdk._generated.models.markets_get_v2 import MarketDetailsV2Response as MarketDetailsV2Response
    from ig_sdk._generated.models.markets_get_v3 import GetMarketDetailsV3Params as GetMarketDetailsV3Params
    from ig_sdk._generated.models.markets_get_v4 import CurrencyLadder as CurrencyLadder
    from ig_sdk._generated.models.markets_get_v4 import GetMarketDetailsV4Params as GetMarketDetailsV4Params
    from ig_sdk._generated.models.markets_get_v4 import (
        MarketDetailsV4DealingRules as MarketDetailsV4DealingRules,
    )
    from ig_sdk._generated.models.markets_get_v4 import MarketDetailsV4Instrument as MarketDetailsV4Instrument
    from ig_sdk._generated.models.markets_get_v4 import MarketDetailsV4Response as MarketDetailsV4Response
    from ig_sdk._generated.models.markets_get_v4 import MarketDetailsV4Snapshot as MarketDetailsV4Snapshot
    from ig_sdk._generated.models.markets_get_v4 import PriceLadderRung as PriceLadderRung
    from ig_sdk._generated.models.markets_search_v1 import (
        GetMarketDetailsBySearchTermV1Params as GetMarketDetailsBySearchTermV1Params,
    )
    from ig_sdk._generated.models.markets_search_v1 import MarketSearchV1Response as MarketSearchV1Response
    from ig_sdk._generated.models.positions import PositionOrderType as PositionOrderType
    from ig_sdk._generated.models.positions import PositionTimeInForce as PositionTimeInForce
    from ig_sdk._generated.models.positions import PositionV1Details as PositionV1Details
    from ig_sdk._generated.models.positions import PositionV1Entry as PositionV1Entry
    from ig_sdk._generated.models.positions import PositionV2Details as PositionV2Details
    from ig_sdk._generated.models.positions import PositionV2Entry as PositionV2Entry
    from ig_sdk._generated.models.positions import SprintMarketPosition as SprintMarketPosition
    from ig_sdk._generated.models.positions import (
        SprintMarketPositionsResponse as SprintMarketPositionsResponse,
    )
    from ig_sdk._generated.models.positions_close_v1 import (
        CloseOTCPositionV1Request as CloseOTCPositionV1Request,
    )
    from ig_sdk._generated.models.positions_create_sprint_market_v1 import (
        CreateSprintMarketPositionV1Request as CreateSprintMarketPositionV1Request,
    )
    from ig_sdk._generated.models.positions_create_sprint_market_v1 import (
        SprintMarketExpiryPeriod as SprintMarketExpiryPeriod,
    )
    from ig_sdk._generated.models.positions_create_v1 import (
        CreateOTCPositionV1Request as CreateOTCPositionV1Request,
    )
    from ig_sdk._generated.models.positions_create_v2 import (
        CreateOTCPositionV2Request as CreateOTCPositionV2Request,
    )
    from ig_sdk._generated.models.positions_get_v1 import (
        GetPositionByDealIdV1Params as GetPositionByDealIdV1Params,
    )
    from ig_sdk._generated.models.positions_get_v2 import (
        GetPositionByDealIdV2Params as GetPositionByDealIdV2Params,
    )
    from ig_sdk._generated.models.positions_list_v1 import PositionsV1Response as PositionsV1Response
    from ig_sdk._generated.models.positions_list_v2 import PositionsV2Response as PositionsV2Response
    from ig_sdk._generated.models.positions_update_v1 import (
        UpdateOTCPositionV1Params as UpdateOTCPositionV1Params,
    )
    from ig_sdk._generated.models.positions_update_v1 import (
        UpdateOTCPositionV1Request as UpdateOTCPositionV1Request,
    )
    from ig_sdk._generated.models.positions_update_v2 import (
        UpdateOTCPositionV2Params as UpdateOTCPositionV2Params,
    )
    from ig_sdk._generated.models.positions_update_v2 import (
        UpdateOTCPositionV2Request as UpdateOTCPositionV2Request,
    )
    from ig_sdk._generated.models.prices import CandlePrice as CandlePrice
    from ig_sdk._generated.models.prices import NumPointsResolution as NumPointsResolution
    from ig_sdk._generated.models.prices import PriceAllowance as PriceAllowance
    from ig_sdk._generated.models.prices import PriceBar as PriceBar
    from ig_sdk._generated.models.prices import PriceResolution as PriceResolution
    from ig_sdk._generated.models.prices import PricesResponse as PricesResponse
    from ig_sdk._generated.models.prices_get_by_date_range_v1 import (
        GetPricesByDateRangeV1Params as GetPricesByDateRangeV1Params,
    )
    from ig_sdk._generated.models.prices_get_by_date_range_v2 import (
        GetPricesByDateRangeV2Params as GetPricesByDateRangeV2Params,
    )
    from ig_sdk._generated.models.prices_get_by_num_points_v1 import (
        GetPricesByNumberOfPointsV1Params as GetPricesByNumberOfPointsV1Params,
    )
    from ig_sdk._generated.models.prices_get_by_num_points_v2 import (
        GetPricesByNumberOfPointsV2Params as GetPricesByNumberOfPointsV2Params,
    )
    from ig_sdk._generated.models.prices_get_v3 import GetPricesV3Params as GetPricesV3Params
    from ig_sdk._generated.models.prices_get_v3 import PricesV3Bar as PricesV3Bar
    from ig_sdk._generated.models.prices_get_v3 import PricesV3Metadata as PricesV3Metadata
    from ig_sdk._generated.models.prices_get_v3 import PricesV3Response as PricesV3Response
    from ig_sdk._generated.models.session import AuthenticationStatus as AuthenticationStatus
    from ig_sdk._generated.models.session import CreateSessionRequest as CreateSessionRequest
    from ig_sdk._generated.models.session import CreateSessionResponse as CreateSessionResponse
    from ig_sdk._generated.models.session import LoginFormDetail as LoginFormDetail
    from ig_sdk._generated.models.session import LoginFormType as LoginFormType
    from ig_sdk._generated.models.session import OAuthToken as OAuthToken
    from ig_sdk._generated.models.session import ReroutingEnvironment as ReroutingEnvironment
    from ig_sdk._generated.models.session import SessionAccount as SessionAccount
    from ig_sdk._generated.models.session_encryption_key_v1 import (
        EncryptionKeyV1Response as EncryptionKeyV1Response,
    )
    from ig_sdk._generated.models.session_get_v1 import GetSessionV1Params as GetSessionV1Params
    from ig_sdk._generated.models.session_get_v1 import SessionV1Response as SessionV1Response
    from ig_sdk._generated.models.session_login_v3 import CreateSessionV3Request as CreateSessionV3Request
    from ig_sdk._generated.models.session_login_v3 import CreateSessionV3Response as CreateSessionV3Response
    from ig_sdk._generated.models.session_refresh_v1 import RefreshSessionV1Request as RefreshSessionV1Request
    from ig_sdk._generated.models.session_switch_account_v1 import (
        UpdateActiveAccountV1Request as UpdateActiveAccountV1Request,
    )
    from ig_sdk._generated.models.session_switch_account_v1 import (
        UpdateActiveAccountV1Response as UpdateActiveAccountV1Response,
    )
    from ig_sdk._generated.models.watchlists_add_market_v1 import (
        UpdateWatchlistMarketV1Params as UpdateWatchlistMarketV1Params,
    )
    from ig_sdk._generated.models.watchlists_add_market_v1 import (
        UpdateWatchlistMarketV1Request as UpdateWatchlistMarketV1Request,
    )
    from ig_sdk._generated.models.watchlists_create_v1 import CreateWatchlistStatus as CreateWatchlistStatus
    from ig_sdk._generated.models.watchlists_create_v1 import (
        CreateWatchlistV1Request as CreateWatchlistV1Request,
    )
    from ig_sdk._generated.models.watchlists_create_v1 import (
        CreateWatchlistV1Response as CreateWatchlistV1Response,
    )
    from ig_sdk._generated.models.watchlists_delete_v1 import (
        DeleteWatchlistV1Params as DeleteWatchlistV1Params,
    )
    from ig_sdk._generated.models.watchlists_get_v1 import (
        GetWatchlistByWatchlistIdV1Params as GetWatchlistByWatchlistIdV1Params,
    )
    from ig_sdk._generated.models.watchlists_get_v1 import (
        WatchlistMarketsV1Response as WatchlistMarketsV1Response,
    )
    from ig_sdk._generated.models.watchlists_list_v1 import Watchlist as Watchlist
    from ig_sdk._generated.models.watchlists_list_v1 import WatchlistsV1Response as WatchlistsV1Response
    from ig_sdk._generated.models.watchlists_remove_market_v1 import (
        DeleteWatchlistMarketV1Params as DeleteWatchlistMarketV1Params,
    )
    from ig_sdk._generated.models.working_orders import (
        UpdateOTCWorkingOrderRequest as UpdateOTCWorkingOrderRequest,
    )
    from ig_sdk._generated.models.working_orders import WorkingOrderTimeInForce as WorkingOrderTimeInForce
    from ig_sdk._generated.models.working_orders import WorkingOrderType as WorkingOrderType
    from ig_sdk._generated.models.working_orders_create_v1 import (
        CreateOTCWorkingOrderV1Request as CreateOTCWorkingOrderV1Request,
    )
    from ig_sdk._generated.models.working_orders_create_v2 import (
        CreateOTCWorkingOrderV2Request as CreateOTCWorkingOrderV2Request,
    )
    from ig_sdk._generated.models.working_orders_delete_v1 import (
        DeleteOTCWorkingOrderV1Params as DeleteOTCWorkingOrderV1Params,
    )
    from ig_sdk._generated.models.working_orders_delete_v1 import (
        DeleteOTCWorkingOrderV1Request as DeleteOTCWorkingOrderV1Request,
    )
    from ig_sdk._generated.models.working_orders_delete_v2 import (
        DeleteOTCWorkingOrderV2Params as DeleteOTCWorkingOrderV2Params,
    )
    from ig_sdk._generated.models.working_orders_list_v1 import (
        WorkingOrderRequestType as WorkingOrderRequestType,
    )
    from ig_sdk._generated.models.working_orders_list_v1 import (
        WorkingOrdersV1Response as WorkingOrdersV1Response,
    )
    from ig_sdk._generated.models.working_orders_list_v1 import WorkingOrderV1Details as WorkingOrderV1Details
    from ig_sdk._generated.models.working_orders_list_v1 import WorkingOrderV1Entry as WorkingOrderV1Entry
    from ig_sdk._generated.models.working_orders_list_v1 import WorkingOrderV1Market as WorkingOrderV1Market
    from ig_sdk._generated.models.working_orders_list_v2 import (
        WorkingOrdersV2Response as WorkingOrdersV2Response,
    )
    from ig_sdk._generated.models.working_orders_list_v2 import WorkingOrderV2Details as WorkingOrderV2Details
    from ig_sdk._generated.models.working_orders_list_v2 import WorkingOrderV2Entry as WorkingOrderV2Entry
    from ig_sdk._generated.models.working_orders_list_v2 import WorkingOrderV2Market as WorkingOrderV2Market
    from ig_sdk._generated.models.working_orders_update_v1 import (
        UpdateOTCWorkingOrderV1Params as UpdateOTCWorkingOrderV1Params,
    )
    from ig_sdk._generated.models.working_orders_update_v2 import (
        UpdateOTCWorkingOrderV2Params as UpdateOTCWorkingOrderV2Params,
    )

_MODULES: dict[str, str] = {
    "Account": "accounts_list_v1",
    "AccountPreferencesV1Response": "accounts_get_preferences_v1",
    "AccountStatus": "accounts_list_v1",
    "AccountType": "_shared",
    "AccountsV1Response": "accounts_list_v1",
    "ActivityAction": "history_activity_v3",
    "ActivityActionStatus": "history",
    "ActivityActionType": "history_activity_v3",
    "ActivityChannel": "history_activity_v3",
    "ActivityDetails": "history_activity_v3",
    "ActivityHistoryV1Response": "history",
    "ActivityHistoryV2Response": "history_activity_v2",
    "ActivityHistoryV3Metadata": "history_activity_v3",
    "ActivityHistoryV3Paging": "history_activity_v3",
    "ActivityHistoryV3Response": "history_activity_v3",
    "ActivityStatus": "history_activity_v3",
    "ActivityType": "history_activity_v3",
    "ActivityV1Record": "history",
    "ActivityV2Record": "history_activity_v2",
    "ActivityV3Record": "history_activity_v3",
    "AffectedDeal": "deals_get_confirmation_v1",
    "AffectedDealStatus": "deals_get_confirmation_v1",
    "Application": "applications",
    "ApplicationStatus": "applications",
    "ApplicationsV1Response": "applications_list_v1",
    "AuthenticationStatus": "session",
    "Balance": "_shared",
    "CandlePrice": "prices",
    "CategoriesV1Response": "categories_list_v1",
    "CategoryInstrumentsPage": "categories_list_instruments_v1",
    "CategoryInstrumentsV1Response": "categories_list_instruments_v1",
    "ClientSentimentListResponse": "client_sentiment",
    "CloseOTCPositionV1Request": "positions_close_v1",
    "ClosingCostsAndCharges": "costs",
    "CostsAndChargesPagination": "costs_history_v1",
    "CostsAndChargesQuoteSummary": "costs_history_v1",
    "CreateOTCPositionV1Request": "positions_create_v1",
    "CreateOTCPositionV2Request": "positions_create_v2",
    "CreateOTCWorkingOrderV1Request": "working_orders_create_v1",
    "CreateOTCWorkingOrderV2Request": "working_orders_create_v2",
    "CreateSessionRequest": "session",
    "CreateSessionResponse": "session",
    "CreateSessionV3Request": "session_login_v3",
    "CreateSessionV3Response": "session_login_v3",
    "CreateSprintMarketPositionV1Request": "positions_create_sprint_market_v1",
    "CreateWatchlistStatus": "watchlists_create_v1",
    "CreateWatchlistV1Request": "watchlists_create_v1",
    "CreateWatchlistV1Response": "watchlists_create_v1",
    "CurrencyLadder": "markets_get_v4",
    "DealConfirmationStatus": "deals_get_confirmation_v1",
    "DealConfirmationV1Response": "deals_get_confirmation_v1",
    "DealReason": "deals_get_confirmation_v1",
    "DealReferenceResponse": "_shared",
    "DealSizeUnit": "markets",
    "DealStatus": "deals_get_confirmation_v1",
    "DealingRule": "markets",
    "DeleteOTCWorkingOrderV1Params": "working_orders_delete_v1",
    "DeleteOTCWorkingOrderV1Request": "working_orders_delete_v1",
    "DeleteOTCWorkingOrderV2Params": "working_orders_delete_v2",
    "DeleteWatchlistMarketV1Params": "watchlists_remove_market_v1",
    "DeleteWatchlistV1Params": "watchlists_delete_v1",
    "Direction": "_shared",
    "EncryptionKeyV1Response": "session_encryption_key_v1",
    "ExpiryDetails": "markets",
    "GetActivityHistoryByTimeRangeV1Params": "history_activity_by_date_range_v1",
    "GetActivityHistoryV1Params": "history_activity_by_period_v1",
    "GetActivityHistoryV2Params": "history_activity_v2",
    "GetActivityHistoryV3Params": "history_activity_v3",
    "GetCategoryInstrumentsV1Params": "categories_list_instruments_v1",
    "GetClientSentimentListV1Params": "client_sentiment_list_v1",
    "GetClientSentimentV1Params": "client_sentiment_get_v1",
    "GetDataByIdV1Params": "data_get_v1",
    "GetDealConfirmationV1Params": "deals_get_confirmation_v1",
    "GetIndicativeCostsAndChargesDurableMediumV1Params": "costs_durable_medium_v1",
    "GetIndicativeCostsAndChargesHistoryV1Params": "costs_history_v1",
    "GetMarketDetailsBySearchTermV1Params": "markets_search_v1",
    "GetMarketDetailsListV1Params": "markets_get_many_v1",
    "GetMarketDetailsListV2Params": "markets_get_many_v2",
    "GetMarketDetailsV1Params": "markets_get_v1",
    "GetMarketDetailsV2Params": "markets_get_v2",
    "GetMarketDetailsV3Params": "markets_get_v3",
    "GetMarketDetailsV4Params": "markets_get_v4",
    "GetMarketNavigationNodeV1Params": "market_navigation_get_node_v1",
    "GetPositionByDealIdV1Params": "positions_get_v1",
    "GetPositionByDealIdV2Params": "positions_get_v2",
    "GetPricesByDateRangeV1Params": "prices_get_by_date_range_v1",
    "GetPricesByDateRangeV2Params": "prices_get_by_date_range_v2",
    "GetPricesByNumberOfPointsV1Params": "prices_get_by_num_points_v1",
    "GetPricesByNumberOfPointsV2Params": "prices_get_by_num_points_v2",
    "GetPricesV3Params": "prices_get_v3",
    "GetRelatedClientSentimentV1Params": "client_sentiment_list_related_v1",
    "GetRepeatDealingWindowV1Params": "deals_get_repeat_dealing_window_v1",
    "GetSessionV1Params": "session_get_v1",
    "GetTransactionHistoryByTimeRangeV1Params": "history_transactions_by_date_range_v1",
    "GetTransactionHistoryV1Params": "history_transactions_by_period_v1",
    "GetTransactionHistoryV2Params": "history_transactions_v2",
    "GetWatchlistByWatchlistIdV1Params": "watchlists_get_v1",
    "IndicativeCostsAndChargesCloseV1Request": "costs_close_v1",
    "IndicativeCostsAndChargesCloseV1Response": "costs_close_v1",
    "IndicativeCostsAndChargesEditV1Request": "costs_edit_v1",
    "IndicativeCostsAndChargesEditV1Response": "costs_edit_v1",
    "IndicativeCostsAndChargesHistoryV1Response": "costs_history_v1",
    "IndicativeCostsAndChargesOpenV1Request": "costs_open_v1",
    "IndicativeCostsAndChargesOpenV1Response": "costs_open_v1",
    "InstrumentType": "_shared",
    "LoginFormDetail": "session",
    "LoginFormType": "session",
    "MarginDepositBand": "markets",
    "MarketCategory": "categories_list_v1",
    "MarketCurrency": "markets",
    "MarketDealingRules": "markets",
    "MarketDetail": "markets",
    "MarketDetailsFilter": "markets_get_many_v2",
    "MarketDetailsListResponse": "markets",
    "MarketDetailsV1DealingRules": "markets_get_v1",
    "MarketDetailsV1Instrument": "markets_get_v1",
    "MarketDetailsV1Response": "markets_get_v1",
    "MarketDetailsV2Instrument": "markets_get_v2",
    "MarketDetailsV2Response": "markets_get_v2",
    "MarketDetailsV4DealingRules": "markets_get_v4",
    "MarketDetailsV4Instrument": "markets_get_v4",
    "MarketDetailsV4Response": "markets_get_v4",
    "MarketDetailsV4Snapshot": "markets_get_v4",
    "MarketInstrument": "markets",
    "MarketNavigationNode": "market_navigation",
    "MarketNavigationResponse": "market_navigation",
    "MarketOrderPreference": "markets",
    "MarketSearchV1Response": "markets_search_v1",
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
    "PositionsV1Response": "positions_list_v1",
    "PositionsV2Response": "positions_list_v2",
    "PriceAllowance": "prices",
    "PriceBar": "prices",
    "PriceLadderRung": "markets_get_v4",
    "PriceResolution": "prices",
    "PricesResponse": "prices",
    "PricesV3Bar": "prices_get_v3",
    "PricesV3Metadata": "prices_get_v3",
    "PricesV3Response": "prices_get_v3",
    "RefreshSessionV1Request": "session_refresh_v1",
    "RepeatDealingAllowance": "deals_get_repeat_dealing_window_v1",
    "RepeatDealingCurrency": "deals_get_repeat_dealing_window_v1",
    "RepeatDealingEntry": "deals_get_repeat_dealing_window_v1",
    "RepeatDealingWindowResponse": "deals_get_repeat_dealing_window_v1",
    "ReroutingEnvironment": "session",
    "RolloverDetails": "markets",
    "SessionAccount": "session",
    "SessionV1Response": "session_get_v1",
    "SlippageFactor": "markets",
    "SprintMarketExpiryPeriod": "positions_create_sprint_market_v1",
    "SprintMarketPosition": "positions",
    "SprintMarketPositionsResponse": "positions",
    "StatusResponse": "_shared",
    "SuccessStatus": "_shared",
    "TrailingStopsPreference": "markets",
    "TransactionHistoryV1Response": "history",
    "TransactionHistoryV2Response": "history_transactions_v2",
    "TransactionTypeFilter": "history",
    "TransactionV1Record": "history",
    "TransactionV2Record": "history_transactions_v2",
    "UpdateAccountPreferencesV1Request": "accounts_update_preferences_v1",
    "UpdateActiveAccountV1Request": "session_switch_account_v1",
    "UpdateActiveAccountV1Response": "session_switch_account_v1",
    "UpdateApplicationV1Request": "applications_update_v1",
    "UpdateOTCPositionV1Params": "positions_update_v1",
    "UpdateOTCPositionV1Request": "positions_update_v1",
    "UpdateOTCPositionV2Params": "positions_update_v2",
    "UpdateOTCPositionV2Request": "positions_update_v2",
    "UpdateOTCWorkingOrderRequest": "working_orders",
    "UpdateOTCWorkingOrderV1Params": "working_orders_update_v1",
    "UpdateOTCWorkingOrderV2Params": "working_orders_update_v2",
    "UpdateWatchlistMarketV1Params": "watchlists_add_market_v1",
    "UpdateWatchlistMarketV1Request": "watchlists_add_market_v1",
    "Watchlist": "watchlists_list_v1",
    "WatchlistMarketsV1Response": "watchlists_get_v1",
    "WatchlistsV1Response": "watchlists_list_v1",
    "WorkingOrderRequestType": "working_orders_list_v1",
    "WorkingOrderTimeInForce": "working_orders",
    "WorkingOrderType": "working_orders",
    "WorkingOrderV1Details": "working_orders_list_v1",
    "WorkingOrderV1Entry": "working_orders_list_v1",
    "WorkingOrderV1Market": "working_orders_list_v1",
    "WorkingOrderV2Details": "working_orders_list_v2",
    "WorkingOrderV2Entry": "working_orders_list_v2",
    "WorkingOrderV2Market": "working_orders_list_v2",
    "WorkingOrdersV1Response": "working_orders_list_v1",
    "WorkingOrdersV2Response": "working_orders_list_v2",
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
