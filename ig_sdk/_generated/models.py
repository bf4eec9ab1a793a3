# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field, RootModel

from ig_sdk._models import IGRequestModel, IGResponseModel, StrEnum
from ig_sdk._timestamps import (
    IgColonDateTime,
    IgDashDate,
    IgDate,
    IgDateTime,
    IgEpochMillis,
    IgGoodTill,
    IgIsoOffsetDateTime,
    IgSpaceDateTime,
    IgTime,
    IgUtcDateTime,
)


class AccountType(StrEnum):
    """Kind of IG account: a CFD account, a share-dealing (physical) account or a spread-betting account."""

    CFD = "CFD"
    PHYSICAL = "PHYSICAL"
    SPREADBET = "SPREADBET"


class Balance(IGResponseModel):
    """Money figures of one account, in the account's currency."""

    balance: Decimal
    """Cash on the account, before running profit or loss is counted."""

    deposit: Decimal
    """Margin currently held against open positions and working orders."""

    profit_loss: Annotated[Decimal, Field(alias="profitLoss")]
    """Running (unrealised) profit or loss of the open positions."""

    available: Decimal
    """Amount that can still be used to open new positions or withdrawn."""


class Direction(StrEnum):
    """Side of a deal, order or position."""

    BUY = "BUY"
    SELL = "SELL"


class InstrumentType(StrEnum):
    """Asset class IG files an instrument under. IG lists 23 values; the four KNOCKOUTS_* values come from IG's online reference and are missing from its older sample client."""

    BINARY = "BINARY"
    BUNGEE_CAPPED = "BUNGEE_CAPPED"
    BUNGEE_COMMODITIES = "BUNGEE_COMMODITIES"
    BUNGEE_CURRENCIES = "BUNGEE_CURRENCIES"
    BUNGEE_INDICES = "BUNGEE_INDICES"
    COMMODITIES = "COMMODITIES"
    CURRENCIES = "CURRENCIES"
    INDICES = "INDICES"
    KNOCKOUTS_COMMODITIES = "KNOCKOUTS_COMMODITIES"
    KNOCKOUTS_CURRENCIES = "KNOCKOUTS_CURRENCIES"
    KNOCKOUTS_INDICES = "KNOCKOUTS_INDICES"
    KNOCKOUTS_SHARES = "KNOCKOUTS_SHARES"
    OPT_COMMODITIES = "OPT_COMMODITIES"
    OPT_CURRENCIES = "OPT_CURRENCIES"
    OPT_INDICES = "OPT_INDICES"
    OPT_RATES = "OPT_RATES"
    OPT_SHARES = "OPT_SHARES"
    RATES = "RATES"
    SECTORS = "SECTORS"
    SHARES = "SHARES"
    SPRINT_MARKET = "SPRINT_MARKET"
    TEST_MARKET = "TEST_MARKET"
    UNKNOWN = "UNKNOWN"


class MarketStatus(StrEnum):
    """Whether and how a market can be dealt right now. TRADEABLE allows everything; EDITS_ONLY allows only amending existing deals; CLOSINGS_ONLY allows only closing positions; DEAL_NO_EDIT allows dealing but not amending; ON_AUCTION and ON_AUCTION_NO_EDITS cover the exchange auction phases; CLOSED, SUSPENDED and OFFLINE allow no dealing. CLOSINGS_ONLY and DEAL_NO_EDIT appear only on IG's newer reference pages (categories, market details version 4)."""

    CLOSED = "CLOSED"
    CLOSINGS_ONLY = "CLOSINGS_ONLY"
    DEAL_NO_EDIT = "DEAL_NO_EDIT"
    EDITS_ONLY = "EDITS_ONLY"
    OFFLINE = "OFFLINE"
    ON_AUCTION = "ON_AUCTION"
    ON_AUCTION_NO_EDITS = "ON_AUCTION_NO_EDITS"
    SUSPENDED = "SUSPENDED"
    TRADEABLE = "TRADEABLE"


class MarketSummary(IGResponseModel):
    """A short view of one market with its latest prices, as IG returns it in lists: search results, watchlists, market navigation leaves, category instruments and the market part of a position. Which fields are filled depends on the endpoint (for example `otcTradeable` comes only from market navigation and categories, `updateTimeUTC` not from categories)."""

    epic: str
    """Epic (IG's instrument identifier) of the market."""

    instrument_name: Annotated[str, Field(alias="instrumentName")]
    """Human-readable name of the instrument."""

    instrument_type: Annotated[InstrumentType, Field(alias="instrumentType")]
    """Asset class of the instrument."""

    expiry: str
    """Expiry label of the instrument: `DFB` for daily funded bets, `-` for undated markets, or a month such as `DEC-24` for dated ones."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Size of one lot, where the market is dealt in lots. IG's categories page prints this field as `InstrumentlotSize` (unverified: assumed to be sent as `lotSize` there too)."""

    market_status: Annotated[MarketStatus, Field(alias="marketStatus")]
    """Current dealing state of the market."""

    bid: Decimal | None = None
    """Latest bid (sell) price."""

    offer: Decimal | None = None
    """Latest offer (buy) price."""

    high: Decimal | None = None
    """Highest price reached today."""

    low: Decimal | None = None
    """Lowest price reached today."""

    net_change: Annotated[Decimal | None, Field(alias="netChange")] = None
    """Price change since the previous close, in price units."""

    percentage_change: Annotated[Decimal | None, Field(alias="percentageChange")] = None
    """Price change since the previous close, in percent."""

    update_time: Annotated[IgTime, Field(alias="updateTime")]
    """Time of day of the last price update, in the account's time zone (unverified: IG's navigation page calls it milliseconds since the epoch, but the field is a string and is seen as `HH:mm:ss`)."""

    update_time_utc: Annotated[IgTime | None, Field(alias="updateTimeUTC")] = None
    """Time of day of the last price update, in UTC (`HH:mm:ss`)."""

    delay_time: Annotated[int, Field(alias="delayTime")]
    """How many minutes the prices lag behind the market; 0 for live prices."""

    streaming_prices_available: Annotated[bool | None, Field(alias="streamingPricesAvailable")] = None
    """True when the market can be followed over the streaming API: it is open and the account has the permissions needed."""

    otc_tradeable: Annotated[bool | None, Field(alias="otcTradeable")] = None
    """True when the market can be dealt over the counter (sent by navigation and categories)."""

    scaling_factor: Annotated[int, Field(alias="scalingFactor")]
    """Factor that turns the quoted levels into pip values for this instrument."""


class ApplicationStatus(StrEnum):
    """Whether an API key may be used (ENABLED), is switched off for now (DISABLED) or withdrawn (REVOKED)."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
    REVOKED = "REVOKED"


class Application(IGResponseModel):
    """One API application (API key) of the client, with its status and request allowances."""

    name: str | None = None
    """The name the client gave the application."""

    api_key: Annotated[str | None, Field(alias="apiKey")] = None
    """The API key itself; treat it as a secret."""

    status: ApplicationStatus | None = None
    """Whether the key is enabled, disabled or revoked."""

    allowance_application_overall: Annotated[int | None, Field(alias="allowanceApplicationOverall")] = None
    """Requests per minute the key may make in total, across all accounts."""

    allowance_account_trading: Annotated[int | None, Field(alias="allowanceAccountTrading")] = None
    """Trading requests per minute the key may make for one account."""

    allowance_account_overall: Annotated[int | None, Field(alias="allowanceAccountOverall")] = None
    """Requests of any kind per minute the key may make for one account."""

    allowance_account_historical_data: Annotated[
        int | None, Field(alias="allowanceAccountHistoricalData")
    ] = None
    """Historical price data points one account may download with this key (IG's page says per minute; the allowance IG applies in practice is weekly, unverified)."""

    concurrent_subscriptions_limit: Annotated[int | None, Field(alias="concurrentSubscriptionsLimit")] = None
    """How many subscriptions one Lightstreamer connection may hold at once."""

    allow_equities: Annotated[bool | None, Field(alias="allowEquities")] = None
    """Whether the key may receive share (equity) prices."""

    allow_quote_orders: Annotated[bool | None, Field(alias="allowQuoteOrders")] = None
    """Whether the key may place quote-based orders."""

    created_date: Annotated[IgDate | None, Field(alias="createdDate")] = None
    """The day the application was registered (unverified: IG does not document the format; assumed a date such as `2023/06/14`)."""


class ApplicationsV1Response(RootModel[list[Application]]):
    """All API applications of the client (IG answers with a bare JSON array)."""

    root: list[Application]
    """All API applications of the client (IG answers with a bare JSON array)."""


class UpdateApplicationV1Request(IGRequestModel):
    """Which application to change and its new status and per-account allowances."""

    api_key: Annotated[str | None, Field(alias="apiKey")] = None
    """The key of the application to change."""

    status: ApplicationStatus | None = None
    """Whether the key is enabled, disabled or revoked."""

    allowance_account_trading: Annotated[int | None, Field(alias="allowanceAccountTrading", ge=0)] = None
    """New limit of trading requests per minute for one account."""

    allowance_account_overall: Annotated[int | None, Field(alias="allowanceAccountOverall", ge=0)] = None
    """New limit of requests of any kind per minute for one account."""


class SessionV1Response(IGResponseModel):
    """What IG reports about the current session."""

    client_id: Annotated[str, Field(alias="clientId")]
    """IG's identifier of the client (the person or company), not of an account."""

    account_id: Annotated[str, Field(alias="accountId")]
    """The account the session currently acts on."""

    timezone_offset: Annotated[Decimal, Field(alias="timezoneOffset")]
    """Hours between the account's time zone and UTC; IG types it as a number, so fractional offsets are allowed (unverified whether any occur)."""

    locale: str
    """The client's language and region, such as `en_GB`."""

    currency: str
    """ISO code of the active account's currency."""

    lightstreamer_endpoint: Annotated[str, Field(alias="lightstreamerEndpoint")]
    """Base URL of the Lightstreamer server to stream prices and account updates from."""


class CreateSessionRequest(IGRequestModel):
    """Credentials for a version 1 or 2 login."""

    identifier: Annotated[str, Field(pattern="^[A-Za-z0-9_-]{1,30}$")]
    """The client's login name."""

    password: Annotated[str, Field(pattern="^.{1,350}$")]
    """The password, either as typed or RSA-encrypted and Base64-encoded (then set `encryptedPassword`). A secret: never logged."""

    encrypted_password: Annotated[bool | None, Field(alias="encryptedPassword")] = None
    """True when `password` has been encrypted with the key from `session.encryption_key`."""


class SessionAccount(IGResponseModel):
    """Short summary of one of the client's accounts, as listed by the login answer."""

    account_id: Annotated[str, Field(alias="accountId")]
    """IG's identifier of the account."""

    account_name: Annotated[str, Field(alias="accountName")]
    """The account's display name."""

    preferred: bool
    """True for the account a login starts on by default."""

    account_type: Annotated[AccountType, Field(alias="accountType")]
    """The kind of account (CFD, spread bet or share dealing)."""


class ReroutingEnvironment(StrEnum):
    """The IG environment whose gateway the login must be completed against; absent or null when the login is already complete."""

    DEMO = "DEMO"
    LIVE = "LIVE"
    TEST = "TEST"
    UAT = "UAT"


class LoginFormType(StrEnum):
    """The kind of form IG asks the client to fill in (a business conduct agreement or know-your-customer)."""

    BCA = "BCA"
    KYC = "KYC"


class LoginFormDetail(IGResponseModel):
    """A form IG wants the client to complete, returned with the login answer."""

    form_type: Annotated[LoginFormType | None, Field(alias="formType")] = None
    """Which kind of form this is."""

    form_url: Annotated[str | None, Field(alias="formUrl")] = None
    """Web address where the form can be filled in."""

    form_title: Annotated[str | None, Field(alias="formTitle")] = None
    """The form's title, for display."""

    form_dismissible: Annotated[bool | None, Field(alias="formDismissible")] = None
    """True when the client may skip the form."""


class AuthenticationStatus(StrEnum):
    """How far the login got: fully authenticated, or authenticated but needing something more (credentials, a different environment, a usable preferred account, a newer client)."""

    AUTHENTICATED = "AUTHENTICATED"
    AUTHENTICATED_MISSING_CREDENTIALS = "AUTHENTICATED_MISSING_CREDENTIALS"
    CHANGE_ENVIRONMENT = "CHANGE_ENVIRONMENT"
    DISABLED_PREFERRED_ACCOUNT = "DISABLED_PREFERRED_ACCOUNT"
    MISSING_PREFERRED_ACCOUNT = "MISSING_PREFERRED_ACCOUNT"
    REJECTED_INVALID_CLIENT_VERSION = "REJECTED_INVALID_CLIENT_VERSION"


class CreateSessionResponse(IGResponseModel):
    """Body of a version 1 or 2 login. The session tokens are not in it: they arrive as the CST and X-SECURITY-TOKEN response headers. The last four properties are not on IG's reference page and may be absent."""

    account_type: Annotated[AccountType, Field(alias="accountType")]
    """The kind of account (CFD, spread bet or share dealing)."""

    account_info: Annotated[Balance, Field(alias="accountInfo")]
    """Balances of the active account."""

    currency_iso_code: Annotated[str, Field(alias="currencyIsoCode")]
    """ISO code of the active account's currency."""

    currency_symbol: Annotated[str | None, Field(alias="currencySymbol")] = None
    """Symbol of the active account's currency, such as `£`."""

    current_account_id: Annotated[str, Field(alias="currentAccountId")]
    """The account the new session acts on."""

    lightstreamer_endpoint: Annotated[str, Field(alias="lightstreamerEndpoint")]
    """Base URL of the Lightstreamer server to stream prices and account updates from."""

    accounts: list[SessionAccount]
    """Every account of the client, with the preferred one flagged."""

    client_id: Annotated[str, Field(alias="clientId")]
    """IG's identifier of the client (the person or company)."""

    timezone_offset: Annotated[Decimal | None, Field(alias="timezoneOffset")] = None
    """Hours between the account's time zone and UTC (a number, so possibly fractional)."""

    has_active_demo_accounts: Annotated[bool | None, Field(alias="hasActiveDemoAccounts")] = None
    """True when the client has at least one open demo account."""

    has_active_live_accounts: Annotated[bool | None, Field(alias="hasActiveLiveAccounts")] = None
    """True when the client has at least one open live account."""

    trailing_stops_enabled: Annotated[bool | None, Field(alias="trailingStopsEnabled")] = None
    """True when the active account may use trailing stops."""

    rerouting_environment: Annotated[ReroutingEnvironment | None, Field(alias="reroutingEnvironment")] = None
    """Set when the login must be finished on another environment's gateway."""

    dealing_enabled: Annotated[bool | None, Field(alias="dealingEnabled")] = None
    """True when the active account may place deals and orders."""

    ig_company: Annotated[str | None, Field(alias="igCompany")] = None
    """The IG legal entity the client is a customer of."""

    encrypted: bool | None = None
    """Echoes whether the login request was flagged as carrying an encrypted password."""

    form_details: Annotated[list[LoginFormDetail] | None, Field(alias="formDetails")] = None
    """Forms IG wants the client to complete (often empty)."""

    authentication_status: Annotated[AuthenticationStatus | None, Field(alias="authenticationStatus")] = None
    """How far the login got."""


class CreateSessionV3Request(IGRequestModel):
    """Credentials for a version 3 (OAuth) login; the password is always sent as typed."""

    identifier: Annotated[str, Field(pattern="^[A-Za-z0-9_-]{1,30}$")]
    """The client's login name."""

    password: Annotated[str, Field(pattern="^.{1,350}$")]
    """The password. A secret: never logged."""


class OAuthToken(IGResponseModel):
    """An OAuth token pair, returned by the v3 login and by each refresh. All of it is secret."""

    access_token: str
    """Token sent as `Authorization: Bearer …` on later calls."""

    refresh_token: str
    """Token that obtains the next access token through `session.refresh`."""

    scope: str
    """What the token grants, such as `profile`."""

    token_type: str
    """How the access token is presented; `Bearer`."""

    expires_in: str
    """Lifetime of the access token in seconds, sent by IG as a string of digits such as "60"."""


class CreateSessionV3Response(IGResponseModel):
    """Body of a version 3 login, carrying the OAuth tokens."""

    account_type: Annotated[AccountType | None, Field(alias="accountType")] = None
    """The kind of account (CFD, spread bet or share dealing)."""

    client_id: Annotated[str, Field(alias="clientId")]
    """IG's identifier of the client (the person or company)."""

    account_id: Annotated[str, Field(alias="accountId")]
    """The account to name in the IG-ACCOUNT-ID header of later calls."""

    timezone_offset: Annotated[Decimal, Field(alias="timezoneOffset")]
    """Hours between the account's time zone and UTC (a number, so possibly fractional)."""

    lightstreamer_endpoint: Annotated[str, Field(alias="lightstreamerEndpoint")]
    """Base URL of the Lightstreamer server to stream prices and account updates from."""

    oauth_token: Annotated[OAuthToken, Field(alias="oauthToken")]
    """The OAuth tokens of the new session (secret)."""


class RefreshSessionV1Request(IGRequestModel):
    """The refresh token to exchange for a new token pair."""

    refresh_token: Annotated[str, Field(min_length=1)]
    """The refresh token from the v3 login or the previous refresh. A secret."""


class UpdateActiveAccountV1Request(IGRequestModel):
    """The account to switch to, and whether it becomes the default."""

    account_id: Annotated[str, Field(alias="accountId", pattern="^[A-Za-z0-9-]{1,30}$")]
    """The account to make active; it must differ from the active one."""

    default_account: Annotated[bool | None, Field(alias="defaultAccount")] = None
    """True to also make it the account a login starts on; leave out to keep the current default."""


class UpdateActiveAccountV1Response(IGResponseModel):
    """A few settings of the account that has just become active."""

    trailing_stops_enabled: Annotated[bool | None, Field(alias="trailingStopsEnabled")] = None
    """True when the now active account may use trailing stops."""

    dealing_enabled: Annotated[bool | None, Field(alias="dealingEnabled")] = None
    """True when the now active account may place deals and orders."""

    has_active_demo_accounts: Annotated[bool | None, Field(alias="hasActiveDemoAccounts")] = None
    """True when the client has at least one open demo account."""

    has_active_live_accounts: Annotated[bool | None, Field(alias="hasActiveLiveAccounts")] = None
    """True when the client has at least one open live account."""


class EncryptionKeyV1Response(IGResponseModel):
    """The public key for password encryption and the timestamp to encrypt with the password."""

    encryption_key: Annotated[str, Field(alias="encryptionKey")]
    """IG's RSA public key, Base64-encoded."""

    time_stamp: Annotated[IgEpochMillis, Field(alias="timeStamp")]
    """IG's current time in epoch milliseconds; it goes into the encrypted text as sent."""


class AccountStatus(StrEnum):
    """Whether an account is usable, switched off, or open but barred from dealing."""

    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
    SUSPENDED_FROM_DEALING = "SUSPENDED_FROM_DEALING"


class Account(IGResponseModel):
    """One of the client's accounts with its balances."""

    account_id: Annotated[str, Field(alias="accountId")]
    """IG's identifier of the account."""

    account_name: Annotated[str, Field(alias="accountName")]
    """The account's display name."""

    account_alias: Annotated[str | None, Field(alias="accountAlias")] = None
    """A nickname the client gave the account, if any."""

    status: AccountStatus
    """Whether the account is usable or barred."""

    account_type: Annotated[AccountType, Field(alias="accountType")]
    """The kind of account (CFD, spread bet or share dealing)."""

    preferred: bool
    """True for the account a login starts on by default."""

    balance: Balance
    """The account's funds, margin and running profit or loss."""

    currency: str
    """ISO code of the account's currency."""

    can_transfer_from: Annotated[bool, Field(alias="canTransferFrom")]
    """Whether funds may be moved out of this account (unverified: IG's own description of this flag and of `canTransferTo` reads the other way round)."""

    can_transfer_to: Annotated[bool, Field(alias="canTransferTo")]
    """Whether funds may be moved into this account (unverified, see `canTransferFrom`)."""


class AccountsV1Response(IGResponseModel):
    """All the client's accounts."""

    accounts: list[Account]
    """One entry per account."""


class AccountPreferencesV1Response(IGResponseModel):
    """The settings of the account the session is on."""

    trailing_stops_enabled: Annotated[bool | None, Field(alias="trailingStopsEnabled")] = None
    """True when trailing stops may be used on the account."""


class UpdateAccountPreferencesV1Request(IGRequestModel):
    """The preferences to set on the active account."""

    trailing_stops_enabled: Annotated[bool | None, Field(alias="trailingStopsEnabled")] = None
    """True to allow trailing stops on the account, false to forbid them."""


class SuccessStatus(StrEnum):
    """The outcome IG reports for an account-preference or watchlist change; only SUCCESS is documented and IG may add values later."""

    SUCCESS = "SUCCESS"


class StatusResponse(IGResponseModel):
    """An answer that only says whether the change went through."""

    status: SuccessStatus
    """The outcome of the change."""


class Watchlist(IGResponseModel):
    """A watchlist's identity and what the client may do with it."""

    id: str | None = None
    """The identifier to use in the watchlist calls."""

    name: str | None = None
    """The watchlist's display name."""

    editable: bool | None = None
    """True when markets may be added to or removed from it."""

    deleteable: bool | None = None
    """True when the client may delete it."""

    default_system_watchlist: Annotated[bool | None, Field(alias="defaultSystemWatchlist")] = None
    """True for lists IG predefines rather than ones the client made."""


class WatchlistsV1Response(IGResponseModel):
    """The watchlists of the active account."""

    watchlists: list[Watchlist] | None = None
    """One entry per watchlist."""


class CreateWatchlistV1Request(IGRequestModel):
    """Name and optional initial markets of a new watchlist."""

    name: Annotated[
        str,
        Field(
            pattern="^[a-zA-Z0-9\\u3000-\\u303f\\u3040-\\u309f\\u30a0-\\u30ff\\uff00-\\uff9f\\u4e00-\\u9faf\\u3400-\\u4dbf\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff. _]+$"
        ),
    ]
    """The new watchlist's name: Latin letters (accented ones too), Japanese and Chinese characters, digits, spaces, dots and underscores."""

    epics: list[str] | None = None
    """Epics of the markets to put in the watchlist straight away."""


class CreateWatchlistStatus(StrEnum):
    """Whether the new watchlist received every requested market or only some of them."""

    SUCCESS = "SUCCESS"
    SUCCESS_NOT_ALL_INSTRUMENTS_ADDED = "SUCCESS_NOT_ALL_INSTRUMENTS_ADDED"


class CreateWatchlistV1Response(IGResponseModel):
    """The identifier of the new watchlist and how complete it is."""

    watchlist_id: Annotated[str, Field(alias="watchlistId")]
    """Identifier IG gave the new watchlist."""

    status: CreateWatchlistStatus | None = None
    """Whether every requested market was added."""


class WatchlistMarketsV1Response(IGResponseModel):
    """The markets of one watchlist, each with a price snapshot."""

    markets: list[MarketSummary]
    """One entry per market in the watchlist."""


class UpdateWatchlistMarketV1Request(IGRequestModel):
    """The market to add to the watchlist."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """The epic of the market to add."""


class DealReferenceResponse(IGResponseModel):
    """IG's answer to every trading request: the reference under which the deal was queued. It says nothing about success; pass it to deals.get_confirmation to learn the outcome."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """Reference of the submitted deal, the one the request carried or one IG chose."""


class DealConfirmationStatus(StrEnum):
    """State of the position a confirmed deal left behind."""

    AMENDED = "AMENDED"
    CLOSED = "CLOSED"
    DELETED = "DELETED"
    OPEN = "OPEN"
    PARTIALLY_CLOSED = "PARTIALLY_CLOSED"


class DealReason(StrEnum):
    """Why IG accepted or rejected a deal: SUCCESS for an accepted one, otherwise a code naming the obstacle (closed market, insufficient funds, stop on the wrong side, and so on). IG's spelling is kept, including PARTIALY_CLOSED_POSITION_NOT_DELETED."""

    ACCOUNT_NOT_ENABLED_TO_TRADING = "ACCOUNT_NOT_ENABLED_TO_TRADING"
    ATTACHED_ORDER_LEVEL_ERROR = "ATTACHED_ORDER_LEVEL_ERROR"
    ATTACHED_ORDER_TRAILING_STOP_ERROR = "ATTACHED_ORDER_TRAILING_STOP_ERROR"
    CANNOT_CHANGE_STOP_TYPE = "CANNOT_CHANGE_STOP_TYPE"
    CANNOT_REMOVE_STOP = "CANNOT_REMOVE_STOP"
    CLOSING_ONLY_TRADES_ACCEPTED_ON_THIS_MARKET = "CLOSING_ONLY_TRADES_ACCEPTED_ON_THIS_MARKET"
    CONFLICTING_ORDER = "CONFLICTING_ORDER"
    CONTACT_SUPPORT_INSTRUMENT_ERROR = "CONTACT_SUPPORT_INSTRUMENT_ERROR"
    CR_SPACING = "CR_SPACING"
    DUPLICATE_ORDER_ERROR = "DUPLICATE_ORDER_ERROR"
    EXCHANGE_MANUAL_OVERRIDE = "EXCHANGE_MANUAL_OVERRIDE"
    EXPIRY_LESS_THAN_SPRINT_MARKET_MIN_EXPIRY = "EXPIRY_LESS_THAN_SPRINT_MARKET_MIN_EXPIRY"
    FINANCE_REPEAT_DEALING = "FINANCE_REPEAT_DEALING"
    FORCE_OPEN_ON_SAME_MARKET_DIFFERENT_CURRENCY = "FORCE_OPEN_ON_SAME_MARKET_DIFFERENT_CURRENCY"
    GENERAL_ERROR = "GENERAL_ERROR"
    GOOD_TILL_DATE_IN_THE_PAST = "GOOD_TILL_DATE_IN_THE_PAST"
    INSTRUMENT_NOT_FOUND = "INSTRUMENT_NOT_FOUND"
    INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS"
    LEVEL_TOLERANCE_ERROR = "LEVEL_TOLERANCE_ERROR"
    LIMIT_ORDER_WRONG_SIDE_OF_MARKET = "LIMIT_ORDER_WRONG_SIDE_OF_MARKET"
    MANUAL_ORDER_TIMEOUT = "MANUAL_ORDER_TIMEOUT"
    MARGIN_ERROR = "MARGIN_ERROR"
    MARKET_CLOSED = "MARKET_CLOSED"
    MARKET_CLOSED_WITH_EDITS = "MARKET_CLOSED_WITH_EDITS"
    MARKET_CLOSING = "MARKET_CLOSING"
    MARKET_NOT_BORROWABLE = "MARKET_NOT_BORROWABLE"
    MARKET_OFFLINE = "MARKET_OFFLINE"
    MARKET_ORDERS_NOT_ALLOWED_ON_INSTRUMENT = "MARKET_ORDERS_NOT_ALLOWED_ON_INSTRUMENT"
    MARKET_PHONE_ONLY = "MARKET_PHONE_ONLY"
    MARKET_ROLLED = "MARKET_ROLLED"
    MARKET_UNAVAILABLE_TO_CLIENT = "MARKET_UNAVAILABLE_TO_CLIENT"
    MAX_AUTO_SIZE_EXCEEDED = "MAX_AUTO_SIZE_EXCEEDED"
    MINIMUM_ORDER_SIZE_ERROR = "MINIMUM_ORDER_SIZE_ERROR"
    MOVE_AWAY_ONLY_LIMIT = "MOVE_AWAY_ONLY_LIMIT"
    MOVE_AWAY_ONLY_STOP = "MOVE_AWAY_ONLY_STOP"
    MOVE_AWAY_ONLY_TRIGGER_LEVEL = "MOVE_AWAY_ONLY_TRIGGER_LEVEL"
    OPPOSING_DIRECTION_ORDERS_NOT_ALLOWED = "OPPOSING_DIRECTION_ORDERS_NOT_ALLOWED"
    OPPOSING_POSITIONS_NOT_ALLOWED = "OPPOSING_POSITIONS_NOT_ALLOWED"
    ORDER_DECLINED = "ORDER_DECLINED"
    ORDER_LOCKED = "ORDER_LOCKED"
    ORDER_NOT_FOUND = "ORDER_NOT_FOUND"
    OVER_NORMAL_MARKET_SIZE = "OVER_NORMAL_MARKET_SIZE"
    PARTIALY_CLOSED_POSITION_NOT_DELETED = "PARTIALY_CLOSED_POSITION_NOT_DELETED"
    POSITION_ALREADY_EXISTS_IN_OPPOSITE_DIRECTION = "POSITION_ALREADY_EXISTS_IN_OPPOSITE_DIRECTION"
    POSITION_NOT_AVAILABLE_TO_CANCEL = "POSITION_NOT_AVAILABLE_TO_CANCEL"
    POSITION_NOT_AVAILABLE_TO_CLOSE = "POSITION_NOT_AVAILABLE_TO_CLOSE"
    POSITION_NOT_FOUND = "POSITION_NOT_FOUND"
    REJECT_CFD_ORDER_ON_SPREADBET_ACCOUNT = "REJECT_CFD_ORDER_ON_SPREADBET_ACCOUNT"
    REJECT_SPREADBET_ORDER_ON_CFD_ACCOUNT = "REJECT_SPREADBET_ORDER_ON_CFD_ACCOUNT"
    SIZE_INCREMENT = "SIZE_INCREMENT"
    SPRINT_MARKET_EXPIRY_AFTER_MARKET_CLOSE = "SPRINT_MARKET_EXPIRY_AFTER_MARKET_CLOSE"
    STOP_OR_LIMIT_NOT_ALLOWED = "STOP_OR_LIMIT_NOT_ALLOWED"
    STOP_REQUIRED_ERROR = "STOP_REQUIRED_ERROR"
    STRIKE_LEVEL_TOLERANCE = "STRIKE_LEVEL_TOLERANCE"
    SUCCESS = "SUCCESS"
    TRAILING_STOP_NOT_ALLOWED = "TRAILING_STOP_NOT_ALLOWED"
    UNKNOWN = "UNKNOWN"
    WRONG_SIDE_OF_MARKET = "WRONG_SIDE_OF_MARKET"
    CLOSINGS_ONLY_ACCOUNT = "CLOSINGS_ONLY_ACCOUNT"
    INSTRUMENT_NOT_TRADEABLE_IN_THIS_CURRENCY = "INSTRUMENT_NOT_TRADEABLE_IN_THIS_CURRENCY"
    NCR_POSITIONS_ON_CR_ACCOUNT = "NCR_POSITIONS_ON_CR_ACCOUNT"
    ORDER_SIZE_CANNOT_BE_FILLED = "ORDER_SIZE_CANNOT_BE_FILLED"


class DealStatus(StrEnum):
    """Whether IG carried out the deal (ACCEPTED) or refused it (REJECTED, see the reason)."""

    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"


class AffectedDealStatus(StrEnum):
    """What a deal did to one of the deals it touched."""

    AMENDED = "AMENDED"
    DELETED = "DELETED"
    FULLY_CLOSED = "FULLY_CLOSED"
    OPENED = "OPENED"
    PARTIALLY_CLOSED = "PARTIALLY_CLOSED"


class AffectedDeal(IGResponseModel):
    """One deal that a confirmed deal opened, amended or closed."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id of the touched deal."""

    status: AffectedDealStatus
    """What happened to it."""


class DealConfirmationV1Response(IGResponseModel):
    """The outcome of a trading request: accepted or rejected and why, and the resulting deal's terms. Fields that do not apply to the deal (a stop it did not set, the profit of an opening deal) are null."""

    date: IgDateTime
    """When IG processed the deal (unverified: absent from IG's reference, sent by IG in practice; its zone is not documented)."""

    status: DealConfirmationStatus | None = None
    """State of the position after the deal; null for a rejected deal."""

    reason: DealReason
    """SUCCESS, or the reason IG refused the deal."""

    deal_status: Annotated[DealStatus, Field(alias="dealStatus")]
    """Whether the deal was accepted or rejected."""

    epic: str
    """Epic of the market dealt on."""

    expiry: str | None = None
    """Expiry of the instrument dealt (`-` for none, `DFB` for daily funded bets)."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """The reference this confirmation answers."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id IG gave the deal; use it to amend or close the resulting position or order."""

    affected_deals: Annotated[list[AffectedDeal], Field(alias="affectedDeals")]
    """The deals this one opened, amended or closed."""

    level: Decimal | None = None
    """Price at which the deal was done."""

    size: Decimal | None = None
    """Size dealt."""

    direction: Direction
    """Direction of the deal."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop level now attached, if any."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit level now attached, if any."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop distance from the deal level, if the stop was given as a distance."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit distance from the deal level, if the limit was given as a distance."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True when the stop is guaranteed."""

    trailing_stop: Annotated[bool, Field(alias="trailingStop")]
    """True when the stop trails the market."""

    profit: Decimal | None = None
    """Realised profit or loss of a closing deal."""

    profit_currency: Annotated[str | None, Field(alias="profitCurrency")] = None
    """Currency of `profit`."""


class PositionV1Details(IGResponseModel):
    """One open position as VERSION 1 of the position calls describes it."""

    contract_size: Annotated[Decimal | None, Field(alias="contractSize")] = None
    """Size of one contract of the instrument."""

    created_date: Annotated[IgDateTime | None, Field(alias="createdDate")] = None
    """When the position was opened, in the account's local time."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id of the position; use it to amend or close the position."""

    deal_size: Annotated[Decimal | None, Field(alias="dealSize")] = None
    """Size of the position."""

    direction: Direction
    """BUY for a long position, SELL for a short one."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Level of the attached limit, if any."""

    open_level: Annotated[Decimal | None, Field(alias="openLevel")] = None
    """Entry price of the position."""

    currency: str | None = None
    """ISO code of the position's currency."""

    controlled_risk: Annotated[bool | None, Field(alias="controlledRisk")] = None
    """True when the position has a guaranteed stop."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Level of the attached stop, if any."""

    trailing_step: Annotated[Decimal | None, Field(alias="trailingStep")] = None
    """Step by which a trailing stop follows the market, if the stop trails."""

    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance a trailing stop keeps from the market, if the stop trails."""

    limited_risk_premium: Annotated[Decimal | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged for the guaranteed stop, if any."""


class PositionV1Entry(IGResponseModel):
    """An open position and its market (VERSION 1 shape); also the answer of positions.get_v1."""

    position: PositionV1Details
    """The position itself."""

    market: MarketSummary
    """Snapshot of the position's market."""


class PositionsV1Response(IGResponseModel):
    """Every position the active account holds open (VERSION 1 shape)."""

    positions: list[PositionV1Entry] | None = None
    """The open positions; empty when there are none."""


class PositionV2Details(IGResponseModel):
    """One open position as VERSION 2 of the position calls describes it."""

    contract_size: Annotated[Decimal, Field(alias="contractSize")]
    """Size of one contract of the instrument."""

    created_date: Annotated[IgDateTime, Field(alias="createdDate")]
    """When the position was opened, in the account's local time."""

    created_date_utc: Annotated[IgUtcDateTime, Field(alias="createdDateUTC")]
    """When the position was opened, in UTC."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id of the position; use it to amend or close the position."""

    size: Decimal
    """Size of the position."""

    direction: Direction
    """BUY for a long position, SELL for a short one."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Level of the attached limit, if any."""

    level: Decimal
    """Entry price of the position."""

    currency: str
    """ISO code of the position's currency."""

    controlled_risk: Annotated[bool, Field(alias="controlledRisk")]
    """True when the position has a guaranteed stop."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Level of the attached stop, if any."""

    trailing_step: Annotated[Decimal | None, Field(alias="trailingStep")] = None
    """Step by which a trailing stop follows the market, if the stop trails."""

    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance a trailing stop keeps from the market, if the stop trails."""

    limited_risk_premium: Annotated[Decimal | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged for the guaranteed stop, if any."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """Deal reference the position was opened with."""


class PositionV2Entry(IGResponseModel):
    """An open position and its market (VERSION 2 shape); also the answer of positions.get."""

    position: PositionV2Details
    """The position itself."""

    market: MarketSummary
    """Snapshot of the position's market, with update times in local time and UTC."""


class PositionsV2Response(IGResponseModel):
    """Every position the active account holds open."""

    positions: list[PositionV2Entry]
    """The open positions; empty when there are none."""


class PositionOrderType(StrEnum):
    """How a position is opened or closed: MARKET at the current price, LIMIT at `level` or better, QUOTE at a streamed quote (`quoteId` and its `level`)."""

    LIMIT = "LIMIT"
    MARKET = "MARKET"
    QUOTE = "QUOTE"


class PositionTimeInForce(StrEnum):
    """What IG does when it cannot fill the whole size at once: FILL_OR_KILL refuses the deal, EXECUTE_AND_ELIMINATE fills what it can and drops the rest."""

    EXECUTE_AND_ELIMINATE = "EXECUTE_AND_ELIMINATE"
    FILL_OR_KILL = "FILL_OR_KILL"


class CloseOTCPositionV1Request(IGRequestModel):
    """Which position to close, how much of it, and at what price."""

    deal_id: Annotated[str | None, Field(alias="dealId", pattern="^.{1,30}$")] = None
    """Deal id of the position to close; give this or `epic`, not both."""

    epic: Annotated[str | None, Field(pattern="^[A-Za-z0-9._]{6,30}$")] = None
    """Epic of the market whose position to close; give this or `dealId`, and then `expiry` too."""

    expiry: Annotated[str | None, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")] = None
    """Expiry of the instrument, needed with `epic`: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """Direction of the closing deal, the opposite of the position's (SELL closes a long position)."""

    size: Decimal
    """Size to close; less than the position's size closes it in part. At most 12 decimal places."""

    level: Decimal | None = None
    """Worst acceptable closing price; needed for LIMIT and QUOTE, not allowed for MARKET."""

    order_type: Annotated[PositionOrderType, Field(alias="orderType")]
    """How to close."""

    time_in_force: Annotated[PositionTimeInForce | None, Field(alias="timeInForce")] = None
    """What to do when the whole size cannot be filled; IG assumes FILL_OR_KILL when left out."""

    quote_id: Annotated[str | None, Field(alias="quoteId")] = None
    """Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise."""


class CreateOTCPositionV1Request(IGRequestModel):
    """A new OTC position (VERSION 1)."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this deal, to find its confirmation later; the SDK makes one if left out."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market to deal on."""

    expiry: Annotated[str, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")]
    """Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """BUY to go long, SELL to go short."""

    size: Decimal
    """Size of the deal, at most 12 decimal places."""

    level: Decimal | None = None
    """Worst acceptable price; needed for LIMIT and QUOTE, not allowed for MARKET."""

    order_type: Annotated[PositionOrderType, Field(alias="orderType")]
    """How to open."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True to make the stop guaranteed (a stop must then be given)."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level; not together with `stopDistance`."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the deal level; not together with `stopLevel`."""

    force_open: Annotated[bool, Field(alias="forceOpen")]
    """True to open a new position even where one in the opposite direction exists; false lets IG net the deal against it."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the deal level; not together with `limitLevel`."""

    quote_id: Annotated[str | None, Field(alias="quoteId")] = None
    """Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise."""

    currency_code: Annotated[str, Field(alias="currencyCode", pattern="^[A-Z]{3}$")]
    """ISO code of the deal's currency, one of those the instrument offers."""


class CreateOTCPositionV2Request(IGRequestModel):
    """A new OTC position."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this deal, to find its confirmation later; the SDK makes one if left out."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market to deal on."""

    expiry: Annotated[str, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")]
    """Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """BUY to go long, SELL to go short."""

    size: Decimal
    """Size of the deal, at most 12 decimal places."""

    level: Decimal | None = None
    """Worst acceptable price; needed for LIMIT and QUOTE, not allowed for MARKET."""

    order_type: Annotated[PositionOrderType, Field(alias="orderType")]
    """How to open."""

    time_in_force: Annotated[PositionTimeInForce | None, Field(alias="timeInForce")] = None
    """What to do when the whole size cannot be filled; IG assumes FILL_OR_KILL when left out."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True to make the stop guaranteed (a stop must then be given, and it cannot trail)."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level; not together with `stopDistance`, nor with a trailing stop."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the deal level; not together with `stopLevel`. Needed for a trailing stop."""

    trailing_stop: Annotated[bool | None, Field(alias="trailingStop")] = None
    """True to make the stop follow the market as it moves in the position's favour."""

    trailing_stop_increment: Annotated[Decimal | None, Field(alias="trailingStopIncrement")] = None
    """Step, in points, by which a trailing stop moves; only when `trailingStop` is true."""

    force_open: Annotated[bool, Field(alias="forceOpen")]
    """True to open a new position even where one in the opposite direction exists; false lets IG net the deal against it. Must be true when a stop or limit is attached."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the deal level; not together with `limitLevel`."""

    quote_id: Annotated[str | None, Field(alias="quoteId")] = None
    """Id of the streamed quote to deal on; needed for QUOTE, not allowed otherwise."""

    currency_code: Annotated[str, Field(alias="currencyCode", pattern="^[A-Z]{3}$")]
    """ISO code of the deal's currency, one of those the instrument offers."""


class UpdateOTCPositionV1Request(IGRequestModel):
    """New stop and limit for an open position (VERSION 1); null removes one."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """New stop level; null removes the stop."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """New limit level; null removes the limit."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True to make the stop guaranteed; then `stopLevel` must be given."""


class UpdateOTCPositionV2Request(IGRequestModel):
    """New stop, limit and trailing settings for an open position; null removes a stop or limit."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """New stop level; null removes the stop. Needed with a trailing or guaranteed stop."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """New limit level; null removes the limit."""

    trailing_stop: Annotated[bool | None, Field(alias="trailingStop")] = None
    """True to make the stop trail the market, false for a fixed stop."""

    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance a trailing stop keeps from the market; only when `trailingStop` is true."""

    trailing_stop_increment: Annotated[Decimal | None, Field(alias="trailingStopIncrement")] = None
    """Step by which a trailing stop moves; only when `trailingStop` is true."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True to make the stop guaranteed; needs `stopLevel` and cannot be combined with a trailing stop."""


class SprintMarketPosition(IGResponseModel):
    """One open sprint market position."""

    deal_id: Annotated[str | None, Field(alias="dealId")] = None
    """Deal id of the position."""

    epic: str | None = None
    """Epic of the sprint market."""

    instrument_name: Annotated[str | None, Field(alias="instrumentName")] = None
    """Name of the instrument as IG shows it."""

    description: str | None = None
    """IG's text describing the bet."""

    market_status: Annotated[MarketStatus | None, Field(alias="marketStatus")] = None
    """Whether the market can be traded now."""

    created_date: Annotated[IgDateTime | None, Field(alias="createdDate")] = None
    """When the position was opened (local time in VERSION 1)."""

    expiry_time: Annotated[IgDateTime | None, Field(alias="expiryTime")] = None
    """When the position expires and settles (local time in VERSION 1)."""

    direction: Direction | None = None
    """BUY when the bet wins above the strike, SELL when it wins below."""

    strike_level: Annotated[Decimal | None, Field(alias="strikeLevel")] = None
    """Market level the bet is measured against at expiry."""

    size: Decimal | None = None
    """Stake of the bet."""

    payout_amount: Annotated[Decimal | None, Field(alias="payoutAmount")] = None
    """Amount paid out if the bet wins."""

    currency: str | None = None
    """ISO code of the payout's currency."""


class SprintMarketPositionsResponse(IGResponseModel):
    """All open sprint market positions of the active account (same body in VERSION 1 and 2)."""

    sprint_market_positions: Annotated[
        list[SprintMarketPosition] | None, Field(alias="sprintMarketPositions")
    ] = None
    """The open sprint market positions; empty when there are none."""


class SprintMarketExpiryPeriod(StrEnum):
    """How long after opening a sprint market position settles."""

    FIVE_MINUTES = "FIVE_MINUTES"
    ONE_MINUTE = "ONE_MINUTE"
    SIXTY_MINUTES = "SIXTY_MINUTES"
    TWENTY_MINUTES = "TWENTY_MINUTES"
    TWO_MINUTES = "TWO_MINUTES"


class CreateSprintMarketPositionV1Request(IGRequestModel):
    """A new sprint market bet."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this deal, to find its confirmation later; the SDK makes one if left out."""

    epic: str
    """Epic of the sprint market."""

    direction: Direction
    """BUY to bet the market ends higher, SELL to bet it ends lower."""

    size: Decimal
    """Stake of the bet."""

    expiry_period: Annotated[SprintMarketExpiryPeriod, Field(alias="expiryPeriod")]
    """How long until the bet settles."""


class RepeatDealingAllowance(IGResponseModel):
    """One deal counted in the repeat dealing window."""

    size: Decimal | None = None
    """Size of the deal."""

    expiry: IgEpochMillis | None = None
    """When the deal leaves the window (unverified: IG documents only a number; read as epoch milliseconds)."""


class WorkingOrderRequestType(StrEnum):
    """Kind of a working order in VERSION 1 answers."""

    LIMIT_ORDER = "LIMIT_ORDER"
    STOP_ORDER = "STOP_ORDER"


class WorkingOrderType(StrEnum):
    """Kind of a working order: LIMIT triggers when the market reaches a better price than now (buy lower, sell higher), STOP when it reaches a worse one (buy higher, sell lower)."""

    LIMIT = "LIMIT"
    STOP = "STOP"


class WorkingOrderTimeInForce(StrEnum):
    """How long a working order stays: until cancelled, or until its good-till date."""

    GOOD_TILL_CANCELLED = "GOOD_TILL_CANCELLED"
    GOOD_TILL_DATE = "GOOD_TILL_DATE"


class WorkingOrderV1Details(IGResponseModel):
    """One working order as VERSION 1 of working_orders.list describes it."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id of the order; use it to amend or cancel it."""

    direction: Direction
    """Direction of the deal the order makes when it triggers."""

    epic: str
    """Epic of the order's market."""

    size: Decimal | None = None
    """Size of the order."""

    level: Decimal | None = None
    """Level at which the order triggers."""

    good_till: Annotated[IgGoodTill | None, Field(alias="goodTill")] = None
    """When the order lapses if it has not triggered (`dd/MM/yy HH:mm`); null for good-till-cancelled."""

    created_date: Annotated[IgDateTime | None, Field(alias="createdDate")] = None
    """When the order was placed, in the account's local time."""

    controlled_risk: Annotated[bool | None, Field(alias="controlledRisk")] = None
    """True when the order carries a guaranteed stop."""

    trailing_trigger_increment: Annotated[Decimal | None, Field(alias="trailingTriggerIncrement")] = None
    """Step of the trailing trigger, if any."""

    trailing_trigger_distance: Annotated[Decimal | None, Field(alias="trailingTriggerDistance")] = None
    """Distance of the trailing trigger, if any."""

    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance a trailing stop keeps from the market, if any."""

    trailing_stop_increment: Annotated[Decimal | None, Field(alias="trailingStopIncrement")] = None
    """Step by which a trailing stop moves, if any."""

    request_type: Annotated[WorkingOrderRequestType | None, Field(alias="requestType")] = None
    """Whether it is a limit or a stop order."""

    contingent_stop: Annotated[Decimal | None, Field(alias="contingentStop")] = None
    """Level of the stop attached to the resulting position, if any."""

    currency_code: Annotated[str | None, Field(alias="currencyCode")] = None
    """ISO code of the order's currency."""

    contingent_limit: Annotated[Decimal | None, Field(alias="contingentLimit")] = None
    """Level of the limit attached to the resulting position, if any."""

    dma: bool | None = None
    """True for a direct market access order."""

    limited_risk_premium: Annotated[Decimal | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged for the guaranteed stop, if any."""


class WorkingOrderV1Market(IGResponseModel):
    """Snapshot of the market of a working order, as VERSION 1 gives it."""

    instrument_name: Annotated[str | None, Field(alias="instrumentName")] = None
    """Name of the instrument as IG shows it."""

    exchange_id: Annotated[str | None, Field(alias="exchangeId")] = None
    """Identifier of the exchange the instrument belongs to."""

    expiry: str | None = None
    """Expiry of the instrument (`-` for none, `DFB` for daily funded bets)."""

    market_status: Annotated[MarketStatus | None, Field(alias="marketStatus")] = None
    """Whether the market can be traded now."""

    epic: str | None = None
    """Epic of the market."""

    instrument_type: Annotated[InstrumentType | None, Field(alias="instrumentType")] = None
    """Kind of instrument."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Lot size of the instrument."""

    high: Decimal | None = None
    """The day's high."""

    low: Decimal | None = None
    """The day's low."""

    percentage_change: Annotated[Decimal | None, Field(alias="percentageChange")] = None
    """Change of the price over the day, in percent."""

    net_change: Annotated[Decimal | None, Field(alias="netChange")] = None
    """Change of the price over the day, in price units."""

    bid: Decimal | None = None
    """Bid at the last price update."""

    offer: Decimal | None = None
    """Offer at the last price update."""

    update_time: Annotated[IgTime | None, Field(alias="updateTime")] = None
    """Time of day of the last price update."""

    delay_time: Annotated[int | None, Field(alias="delayTime")] = None
    """How many minutes the prices are delayed."""

    streaming_prices_available: Annotated[bool | None, Field(alias="streamingPricesAvailable")] = None
    """True when the market can be streamed and the account may stream it."""

    scaling_factor: Annotated[int | None, Field(alias="scalingFactor")] = None
    """Factor by which the instrument's levels are multiplied to get pip values."""


class WorkingOrderV1Entry(IGResponseModel):
    """A working order and its market (VERSION 1 shape)."""

    working_order_data: Annotated[WorkingOrderV1Details, Field(alias="workingOrderData")]
    """The order itself."""

    market_data: Annotated[WorkingOrderV1Market, Field(alias="marketData")]
    """Snapshot of the order's market."""


class WorkingOrdersV1Response(IGResponseModel):
    """All working orders of the active account (VERSION 1 shape)."""

    working_orders: Annotated[list[WorkingOrderV1Entry] | None, Field(alias="workingOrders")] = None
    """The working orders; empty when there are none."""


class WorkingOrderV2Details(IGResponseModel):
    """One working order as VERSION 2 of working_orders.list describes it."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal id of the order; use it to amend or cancel it."""

    direction: Direction
    """Direction of the deal the order makes when it triggers."""

    epic: str
    """Epic of the order's market."""

    order_size: Annotated[Decimal, Field(alias="orderSize")]
    """Size of the order."""

    order_level: Annotated[Decimal, Field(alias="orderLevel")]
    """Level at which the order triggers."""

    time_in_force: Annotated[WorkingOrderTimeInForce, Field(alias="timeInForce")]
    """Whether the order stays until cancelled or until `goodTillDate`."""

    good_till_date: Annotated[IgGoodTill | None, Field(alias="goodTillDate")] = None
    """When the order lapses if it has not triggered (`yyyy/MM/dd HH:mm`); null when good till cancelled."""

    good_till_date_iso: Annotated[IgDateTime | None, Field(alias="goodTillDateISO")] = None
    """The same lapse time in ISO form (unverified: IG does not say whether it is local time or UTC)."""

    created_date: Annotated[IgDateTime, Field(alias="createdDate")]
    """When the order was placed, in the account's local time."""

    created_date_utc: Annotated[IgUtcDateTime, Field(alias="createdDateUTC")]
    """When the order was placed, in UTC."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True when the order carries a guaranteed stop."""

    order_type: Annotated[WorkingOrderType, Field(alias="orderType")]
    """Whether it is a limit or a stop order."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Distance of the stop attached to the resulting position, if any."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Distance of the limit attached to the resulting position, if any."""

    currency_code: Annotated[str, Field(alias="currencyCode")]
    """ISO code of the order's currency."""

    dma: bool
    """True for a direct market access order."""

    limited_risk_premium: Annotated[Decimal | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged for the guaranteed stop, if any."""


class WorkingOrderV2Market(IGResponseModel):
    """Snapshot of the market of a working order, as VERSION 2 gives it."""

    instrument_name: Annotated[str, Field(alias="instrumentName")]
    """Name of the instrument as IG shows it."""

    exchange_id: Annotated[str, Field(alias="exchangeId")]
    """Identifier of the exchange the instrument belongs to."""

    expiry: str
    """Expiry of the instrument (`-` for none, `DFB` for daily funded bets)."""

    market_status: Annotated[MarketStatus, Field(alias="marketStatus")]
    """Whether the market can be traded now."""

    epic: str
    """Epic of the market."""

    instrument_type: Annotated[InstrumentType, Field(alias="instrumentType")]
    """Kind of instrument."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Lot size of the instrument."""

    high: Decimal | None = None
    """The day's high."""

    low: Decimal | None = None
    """The day's low."""

    percentage_change: Annotated[Decimal | None, Field(alias="percentageChange")] = None
    """Change of the price over the day, in percent."""

    net_change: Annotated[Decimal | None, Field(alias="netChange")] = None
    """Change of the price over the day, in price units."""

    bid: Decimal | None = None
    """Bid at the last price update."""

    offer: Decimal | None = None
    """Offer at the last price update."""

    update_time: Annotated[IgTime, Field(alias="updateTime")]
    """Time of day of the last price update, in the account's local time."""

    update_time_utc: Annotated[IgTime, Field(alias="updateTimeUTC")]
    """Time of day of the last price update, in UTC."""

    delay_time: Annotated[int, Field(alias="delayTime")]
    """How many minutes the prices are delayed."""

    streaming_prices_available: Annotated[bool, Field(alias="streamingPricesAvailable")]
    """True when the market can be streamed and the account may stream it."""

    scaling_factor: Annotated[int, Field(alias="scalingFactor")]
    """Factor by which the instrument's levels are multiplied to get pip values."""


class WorkingOrderV2Entry(IGResponseModel):
    """A working order and its market (VERSION 2 shape)."""

    working_order_data: Annotated[WorkingOrderV2Details, Field(alias="workingOrderData")]
    """The order itself."""

    market_data: Annotated[WorkingOrderV2Market, Field(alias="marketData")]
    """Snapshot of the order's market."""


class WorkingOrdersV2Response(IGResponseModel):
    """All working orders of the active account."""

    working_orders: Annotated[list[WorkingOrderV2Entry], Field(alias="workingOrders")]
    """The working orders; empty when there are none."""


class CreateOTCWorkingOrderV1Request(IGRequestModel):
    """A new working order (VERSION 1)."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this order, to find its confirmation later; the SDK makes one if left out."""

    epic: str
    """Epic of the market."""

    expiry: Annotated[str, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")]
    """Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """Direction of the deal the order makes when it triggers."""

    size: Decimal
    """Size of the order, at most 12 decimal places."""

    level: Decimal
    """Level at which the order triggers."""

    type: WorkingOrderType
    """LIMIT or STOP order."""

    currency_code: Annotated[str, Field(alias="currencyCode", pattern="^[A-Z]{3}$")]
    """ISO code of the order's currency, one of those the instrument offers."""

    time_in_force: Annotated[WorkingOrderTimeInForce, Field(alias="timeInForce")]
    """Until cancelled, or until `goodTillDate`."""

    good_till_date: Annotated[IgEpochMillis | None, Field(alias="goodTillDate")] = None
    """When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch milliseconds (unverified: as a JSON number rather than a digit string)."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True to make the attached stop guaranteed (a stop must then be given)."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level; not together with `stopDistance`."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the order level; not together with `stopLevel`."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the order level; not together with `limitLevel`."""


class CreateOTCWorkingOrderV2Request(IGRequestModel):
    """A new working order."""

    deal_reference: Annotated[str | None, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")] = (
        None
    )
    """Your own reference for this order, to find its confirmation later; the SDK makes one if left out."""

    epic: str
    """Epic of the market."""

    expiry: Annotated[str, Field(pattern="^(?:(?:\\d{2}-)?[A-Z]{3}-\\d{2}|-|DFB)$")]
    """Expiry of the instrument: `-` for none, `DFB` for daily funded bets, else a month (`JUN-24`) or day (`05-JUN-24`)."""

    direction: Direction
    """Direction of the deal the order makes when it triggers."""

    size: Decimal
    """Size of the order, at most 12 decimal places."""

    level: Decimal
    """Level at which the order triggers."""

    type: WorkingOrderType
    """LIMIT or STOP order."""

    currency_code: Annotated[str, Field(alias="currencyCode", pattern="^[A-Z]{3}$")]
    """ISO code of the order's currency, one of those the instrument offers."""

    time_in_force: Annotated[WorkingOrderTimeInForce, Field(alias="timeInForce")]
    """Until cancelled, or until `goodTillDate`."""

    good_till_date: Annotated[IgEpochMillis | None, Field(alias="goodTillDate")] = None
    """When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch milliseconds (unverified: as a JSON number rather than a digit string)."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True to make the attached stop guaranteed; IG then wants the stop as `stopDistance`."""

    force_open: Annotated[bool | None, Field(alias="forceOpen")] = None
    """True to open a new position when the order triggers even where one in the opposite direction exists."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level; not together with `stopDistance`."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the order level; not together with `stopLevel`."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the order level; not together with `limitLevel`."""


class DeleteOTCWorkingOrderV1Request(IGRequestModel):
    """The empty body VERSION 1 of working_orders.delete insists on; it has no fields."""


class UpdateOTCWorkingOrderRequest(IGRequestModel):
    """New terms for a working order (same in VERSION 1 and 2); null removes the attached stop or limit."""

    time_in_force: Annotated[WorkingOrderTimeInForce | None, Field(alias="timeInForce")] = None
    """Until cancelled, or until `goodTillDate`."""

    good_till_date: Annotated[IgEpochMillis | None, Field(alias="goodTillDate")] = None
    """When the order lapses if it has not triggered; needed for GOOD_TILL_DATE. IG takes either `yyyy/MM/dd HH:mm:ss` in UTC or epoch milliseconds; the SDK sends epoch milliseconds (unverified: as a JSON number rather than a digit string)."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop as a price level, null to remove it; not together with `stopDistance`."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop as a distance from the order level, null to remove it; not together with `stopLevel`."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit as a price level, null to remove it; not together with `limitDistance`."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit as a distance from the order level, null to remove it; not together with `limitLevel`."""

    type: WorkingOrderType | None = None
    """LIMIT or STOP order."""

    level: Decimal
    """Level at which the order triggers; always sent, even when unchanged."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True to make the attached stop guaranteed; then `stopLevel` must be given."""


class MarketDetailsFilter(StrEnum):
    """How much of each market the multi-market details call returns: ALL for everything, SNAPSHOT_ONLY for the epic, the instrument type and the price snapshot only."""

    ALL = "ALL"
    SNAPSHOT_ONLY = "SNAPSHOT_ONLY"


class DealSizeUnit(StrEnum):
    """Unit in which deal sizes for an instrument are expressed."""

    AMOUNT = "AMOUNT"
    CONTRACTS = "CONTRACTS"
    SHARES = "SHARES"


class PointsOrPercentage(StrEnum):
    """Whether a dealing-rule or margin value is a number of points (price units) or a percentage (of the price, or of the deal value for margins)."""

    PERCENTAGE = "PERCENTAGE"
    POINTS = "POINTS"


class DealingRule(IGResponseModel):
    """One dealing-rule value together with its unit."""

    unit: PointsOrPercentage
    """Whether `value` is in points or in percent."""

    value: Decimal
    """The value of the rule."""


class MarketCurrency(IGResponseModel):
    """A currency in which the instrument can be dealt."""

    code: str
    """ISO code of the currency, the one to send when dealing (for example `GBP`)."""

    name: str | None = None
    """Name of the currency (sent by market details version 1 only)."""

    symbol: str | None = None
    """Symbol for display, such as `£` or `$`."""

    base_exchange_rate: Annotated[Decimal, Field(alias="baseExchangeRate")]
    """Exchange rate of this currency against the instrument's base currency."""

    exchange_rate: Annotated[Decimal, Field(alias="exchangeRate")]
    """Exchange rate applied when converting into the account currency."""

    is_default: Annotated[bool, Field(alias="isDefault")]
    """True for the currency IG proposes by default for this instrument."""


class MarginDepositBand(IGResponseModel):
    """One tier of the margin requirement: positions whose size falls between `min` and `max` are margined at `margin` percent."""

    min: Decimal
    """Lower bound of the band, in deal size."""

    max: Decimal | None = None
    """Upper bound of the band, in deal size; absent for the open-ended last band."""

    margin: Decimal
    """Margin required within this band, in percent."""

    currency: str | None = None
    """Currency the band applies to (not sent by market details version 1)."""


class SlippageFactor(IGResponseModel):
    """How much slippage IG may apply to stops on this instrument."""

    unit: str
    """Unit of `value`; IG documents it as free text on most pages and as PERCENTAGE or POINTS on the multi-market version 2 page, so any string is accepted (`pct` is seen in practice, unverified)."""

    value: Decimal
    """Size of the slippage allowance, in the unit given by `unit`."""


class MarketTime(IGResponseModel):
    """One trading session of a day, in the account's time zone."""

    open_time: Annotated[IgTime, Field(alias="openTime")]
    """Time of day the session opens (`HH:mm`)."""

    close_time: Annotated[IgTime, Field(alias="closeTime")]
    """Time of day the session closes (`HH:mm`)."""


class OpeningHours(IGResponseModel):
    """Trading sessions of the market."""

    market_times: Annotated[list[MarketTime], Field(alias="marketTimes")]
    """The sessions of a trading day, in order."""


class ExpiryDetails(IGResponseModel):
    """When a dated instrument stops dealing and how it settles."""

    last_dealing_date: Annotated[IgUtcDateTime, Field(alias="lastDealingDate")]
    """Last moment the instrument can be dealt, in UTC (GMT per IG)."""

    settlement_info: Annotated[str, Field(alias="settlementInfo")]
    """IG's text on how the instrument settles at expiry."""


class RolloverDetails(IGResponseModel):
    """When and how positions on a dated instrument can be rolled to the next period."""

    last_rollover_time: Annotated[IgUtcDateTime | None, Field(alias="lastRolloverTime")] = None
    """Last moment a rollover can be requested, in UTC (GMT per IG)."""

    rollover_info: Annotated[str | None, Field(alias="rolloverInfo")] = None
    """IG's text on the rollover terms."""


class MarketOrderPreference(StrEnum):
    """Whether market orders may be used to open or close positions on this instrument, and whether they are the default. It does not apply to amending positions or to working orders."""

    AVAILABLE_DEFAULT_OFF = "AVAILABLE_DEFAULT_OFF"
    AVAILABLE_DEFAULT_ON = "AVAILABLE_DEFAULT_ON"
    NOT_AVAILABLE = "NOT_AVAILABLE"


class TrailingStopsPreference(StrEnum):
    """Whether the account may use trailing stops on this instrument."""

    AVAILABLE = "AVAILABLE"
    NOT_AVAILABLE = "NOT_AVAILABLE"


class MarketInstrument(IGResponseModel):
    """Facts about an instrument needed to deal it (versions 3 and the multi-market calls). With `filter=SNAPSHOT_ONLY` only `epic` and `type` are filled."""

    epic: str
    """Epic (IG's instrument identifier)."""

    expiry: str | None = None
    """Expiry label: `DFB` for daily funded bets, `-` for undated markets, or a month such as `DEC-24`."""

    name: str | None = None
    """Human-readable name of the instrument."""

    force_open_allowed: Annotated[bool, Field(alias="forceOpenAllowed")]
    """True when a deal may open a new position instead of netting against an opposite one."""

    stops_limits_allowed: Annotated[bool, Field(alias="stopsLimitsAllowed")]
    """True when stops and limits may be attached to deals."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Size of one lot."""

    unit: DealSizeUnit | None = None
    """Unit of deal sizes."""

    type: InstrumentType
    """Asset class of the instrument."""

    controlled_risk_allowed: Annotated[bool, Field(alias="controlledRiskAllowed")]
    """True when guaranteed (controlled-risk) stops are offered."""

    streaming_prices_available: Annotated[bool, Field(alias="streamingPricesAvailable")]
    """True when prices can be streamed: the market is open and the account has the permissions needed."""

    market_id: Annotated[str | None, Field(alias="marketId")] = None
    """Market id, the key for client sentiment."""

    currencies: list[MarketCurrency] | None = None
    """Currencies the instrument can be dealt in."""

    sprint_markets_minimum_expiry_time: Annotated[
        int | None, Field(alias="sprintMarketsMinimumExpiryTime")
    ] = None
    """Sprint markets only: shortest expiry allowed for a sprint trade (unverified: the unit is not documented, believed to be seconds)."""

    sprint_markets_maximum_expiry_time: Annotated[
        int | None, Field(alias="sprintMarketsMaximumExpiryTime")
    ] = None
    """Sprint markets only: longest expiry allowed for a sprint trade (unverified: the unit is not documented, believed to be seconds)."""

    margin_deposit_bands: Annotated[list[MarginDepositBand] | None, Field(alias="marginDepositBands")] = None
    """Tiers of the margin requirement by position size."""

    margin_factor: Annotated[Decimal | None, Field(alias="marginFactor")] = None
    """Margin requirement, in the unit given by `marginFactorUnit`."""

    margin_factor_unit: Annotated[PointsOrPercentage | None, Field(alias="marginFactorUnit")] = None
    """Unit of `marginFactor`."""

    slippage_factor: Annotated[SlippageFactor | None, Field(alias="slippageFactor")] = None
    """Slippage IG may apply to stops."""

    opening_hours: Annotated[OpeningHours | None, Field(alias="openingHours")] = None
    """Trading sessions, in the account's time zone; absent for markets open around the clock."""

    expiry_details: Annotated[ExpiryDetails | None, Field(alias="expiryDetails")] = None
    """Last dealing date and settlement terms of a dated instrument."""

    rollover_details: Annotated[RolloverDetails | None, Field(alias="rolloverDetails")] = None
    """Rollover terms of a dated instrument."""

    news_code: Annotated[str | None, Field(alias="newsCode")] = None
    """Reuters code for news on the instrument."""

    chart_code: Annotated[str | None, Field(alias="chartCode")] = None
    """Code IG's charts use for the instrument."""

    country: str | None = None
    """Country of the underlying, where it has one."""

    value_of_one_pip: Annotated[str | None, Field(alias="valueOfOnePip")] = None
    """Money value of one pip, as display text."""

    one_pip_means: Annotated[str | None, Field(alias="onePipMeans")] = None
    """What one pip corresponds to in the quoted price, as display text."""

    contract_size: Annotated[str | None, Field(alias="contractSize")] = None
    """Size of one contract, as display text."""

    special_info: Annotated[list[str] | None, Field(alias="specialInfo")] = None
    """Notices IG shows for the instrument (margin changes, dealing restrictions and so on)."""

    limited_risk_premium: Annotated[DealingRule | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged when a guaranteed stop is attached to a deal."""


class MarketDealingRules(IGResponseModel):
    """Limits and preferences that apply when dealing the instrument."""

    min_step_distance: Annotated[DealingRule, Field(alias="minStepDistance")]
    """Smallest step by which a trailing stop may move."""

    min_deal_size: Annotated[DealingRule, Field(alias="minDealSize")]
    """Smallest deal size accepted."""

    min_controlled_risk_stop_distance: Annotated[DealingRule, Field(alias="minControlledRiskStopDistance")]
    """Smallest distance from the price at which a guaranteed stop may be placed."""

    min_normal_stop_or_limit_distance: Annotated[DealingRule, Field(alias="minNormalStopOrLimitDistance")]
    """Smallest distance from the price at which an ordinary stop or a limit may be placed."""

    max_stop_or_limit_distance: Annotated[DealingRule, Field(alias="maxStopOrLimitDistance")]
    """Largest distance from the price at which a stop or limit may be placed."""

    controlled_risk_spacing: Annotated[DealingRule | None, Field(alias="controlledRiskSpacing")] = None
    """Minimum spacing IG requires around guaranteed stops."""

    market_order_preference: Annotated[MarketOrderPreference | None, Field(alias="marketOrderPreference")] = (
        None
    )
    """Whether market orders may be used to open or close positions, and if they are the default."""

    trailing_stops_preference: Annotated[TrailingStopsPreference, Field(alias="trailingStopsPreference")]
    """Whether trailing stops may be used."""


class MarketSnapshot(IGResponseModel):
    """Latest prices and state of the market when the answer was made."""

    market_status: Annotated[MarketStatus, Field(alias="marketStatus")]
    """Current dealing state of the market."""

    net_change: Annotated[Decimal | None, Field(alias="netChange")] = None
    """Price change since the previous close, in price units."""

    percentage_change: Annotated[Decimal | None, Field(alias="percentageChange")] = None
    """Price change since the previous close, in percent."""

    update_time: Annotated[IgTime, Field(alias="updateTime")]
    """Time of day of the last price update (`HH:mm:ss`, account's time zone)."""

    delay_time: Annotated[int, Field(alias="delayTime")]
    """How many minutes the prices lag behind the market; 0 for live prices."""

    bid: Decimal | None = None
    """Latest bid (sell) price."""

    offer: Decimal | None = None
    """Latest offer (buy) price."""

    high: Decimal | None = None
    """Highest price reached today."""

    low: Decimal | None = None
    """Lowest price reached today."""

    binary_odds: Annotated[Decimal | None, Field(alias="binaryOdds")] = None
    """Odds of a binary market; absent for other markets."""

    decimal_places_factor: Annotated[int, Field(alias="decimalPlacesFactor")]
    """Number of decimal places the market's levels are quoted with."""

    scaling_factor: Annotated[int, Field(alias="scalingFactor")]
    """Factor that turns the quoted levels into pip values."""

    controlled_risk_extra_spread: Annotated[Decimal | None, Field(alias="controlledRiskExtraSpread")] = None
    """Extra points added on each side of the price when a deal carries a guaranteed stop."""


class MarketDetail(IGResponseModel):
    """Everything needed to deal one market: instrument facts, dealing rules and a price snapshot. The answer of markets.get (version 3) and one entry of markets.get_many."""

    instrument: MarketInstrument
    """Facts about the instrument."""

    dealing_rules: Annotated[MarketDealingRules | None, Field(alias="dealingRules")] = None
    """Limits and preferences for dealing; absent with `filter=SNAPSHOT_ONLY`."""

    snapshot: MarketSnapshot
    """Latest prices and market state."""


class MarketDetailsListResponse(IGResponseModel):
    """Details of several markets (markets.get_many, versions 1 and 2)."""

    market_details: Annotated[list[MarketDetail], Field(alias="marketDetails")]
    """One entry per epic asked for."""


class MarketSearchV1Response(IGResponseModel):
    """Markets matching a search term."""

    markets: list[MarketSummary]
    """The matching markets with their latest prices."""


class MarketDetailsV1Instrument(IGResponseModel):
    """Facts about an instrument as version 1 of the market details call reports them."""

    epic: str | None = None
    """Epic (IG's instrument identifier)."""

    expiry: str | None = None
    """Expiry label: `DFB` for daily funded bets, `-` for undated markets, or a month such as `DEC-24`."""

    name: str | None = None
    """Human-readable name of the instrument."""

    force_open_allowed: Annotated[bool | None, Field(alias="forceOpenAllowed")] = None
    """True when a deal may open a new position instead of netting against an opposite one."""

    stops_limits_allowed: Annotated[bool | None, Field(alias="stopsLimitsAllowed")] = None
    """True when stops and limits may be attached to deals."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Size of one lot."""

    unit: DealSizeUnit | None = None
    """Unit of deal sizes."""

    type: InstrumentType | None = None
    """Asset class of the instrument."""

    controlled_risk_allowed: Annotated[bool | None, Field(alias="controlledRiskAllowed")] = None
    """True when guaranteed (controlled-risk) stops are offered."""

    streaming_prices_available: Annotated[bool | None, Field(alias="streamingPricesAvailable")] = None
    """True when prices can be streamed: the market is open and the account has the permissions needed."""

    market_id: Annotated[str | None, Field(alias="marketId")] = None
    """Market id, the key for client sentiment."""

    currencies: list[MarketCurrency] | None = None
    """Currencies the instrument can be dealt in, with their names."""

    sprint_markets_minimum_expiry_time: Annotated[
        int | None, Field(alias="sprintMarketsMinimumExpiryTime")
    ] = None
    """Sprint markets only: shortest expiry allowed for a sprint trade (unverified: the unit is not documented, believed to be seconds)."""

    sprint_markets_maximum_expiry_time: Annotated[
        int | None, Field(alias="sprintMarketsMaximumExpiryTime")
    ] = None
    """Sprint markets only: longest expiry allowed for a sprint trade (unverified: the unit is not documented, believed to be seconds)."""

    margin_deposit_bands: Annotated[list[MarginDepositBand] | None, Field(alias="marginDepositBands")] = None
    """Tiers of the margin requirement by position size (whole-number bounds, no currency)."""

    margin: Decimal | None = None
    """Margin normally required, as a percentage of the deal value."""

    slippage_factor: Annotated[SlippageFactor | None, Field(alias="slippageFactor")] = None
    """Slippage IG may apply to stops."""

    opening_hours: Annotated[OpeningHours | None, Field(alias="openingHours")] = None
    """Trading sessions, in the account's time zone; absent for markets open around the clock."""

    expiry_details: Annotated[ExpiryDetails | None, Field(alias="expiryDetails")] = None
    """Last dealing date and settlement terms of a dated instrument."""

    rollover_details: Annotated[RolloverDetails | None, Field(alias="rolloverDetails")] = None
    """Rollover terms of a dated instrument."""

    news_code: Annotated[str | None, Field(alias="newsCode")] = None
    """Reuters code for news on the instrument."""

    chart_code: Annotated[str | None, Field(alias="chartCode")] = None
    """Code IG's charts use for the instrument."""

    country: str | None = None
    """Country of the underlying, where it has one."""

    value_of_one_pip: Annotated[str | None, Field(alias="valueOfOnePip")] = None
    """Money value of one pip, as display text."""

    one_pip_means: Annotated[str | None, Field(alias="onePipMeans")] = None
    """What one pip corresponds to in the quoted price, as display text."""

    contract_size: Annotated[str | None, Field(alias="contractSize")] = None
    """Size of one contract, as display text."""

    special_info: Annotated[list[str] | None, Field(alias="specialInfo")] = None
    """Notices IG shows for the instrument (margin changes, dealing restrictions and so on)."""


class MarketDetailsV1DealingRules(IGResponseModel):
    """Dealing rules as version 1 of the market details call reports them (no trailing-stop preference)."""

    min_step_distance: Annotated[DealingRule | None, Field(alias="minStepDistance")] = None
    """Smallest step by which a trailing stop may move."""

    min_deal_size: Annotated[DealingRule | None, Field(alias="minDealSize")] = None
    """Smallest deal size accepted."""

    min_controlled_risk_stop_distance: Annotated[
        DealingRule | None, Field(alias="minControlledRiskStopDistance")
    ] = None
    """Smallest distance from the price at which a guaranteed stop may be placed."""

    min_normal_stop_or_limit_distance: Annotated[
        DealingRule | None, Field(alias="minNormalStopOrLimitDistance")
    ] = None
    """Smallest distance from the price at which an ordinary stop or a limit may be placed."""

    max_stop_or_limit_distance: Annotated[DealingRule | None, Field(alias="maxStopOrLimitDistance")] = None
    """Largest distance from the price at which a stop or limit may be placed."""

    controlled_risk_spacing: Annotated[DealingRule | None, Field(alias="controlledRiskSpacing")] = None
    """Minimum spacing IG requires around guaranteed stops."""

    market_order_preference: Annotated[MarketOrderPreference | None, Field(alias="marketOrderPreference")] = (
        None
    )
    """Whether market orders may be used to open or close positions, and if they are the default."""


class MarketDetailsV1Response(IGResponseModel):
    """Details of one market, version 1."""

    instrument: MarketDetailsV1Instrument | None = None
    """Facts about the instrument."""

    dealing_rules: Annotated[MarketDetailsV1DealingRules | None, Field(alias="dealingRules")] = None
    """Limits and preferences for dealing."""

    snapshot: MarketSnapshot | None = None
    """Latest prices and market state."""


class MarketDetailsV2Instrument(IGResponseModel):
    """Facts about an instrument as version 2 of the market details call reports them (as version 3, without the limited risk premium)."""

    epic: str | None = None
    """Epic (IG's instrument identifier)."""

    expiry: str | None = None
    """Expiry label: `DFB` for daily funded bets, `-` for undated markets, or a month such as `DEC-24`."""

    name: str | None = None
    """Human-readable name of the instrument."""

    force_open_allowed: Annotated[bool | None, Field(alias="forceOpenAllowed")] = None
    """True when a deal may open a new position instead of netting against an opposite one."""

    stops_limits_allowed: Annotated[bool | None, Field(alias="stopsLimitsAllowed")] = None
    """True when stops and limits may be attached to deals."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Size of one lot."""

    unit: DealSizeUnit | None = None
    """Unit of deal sizes."""

    type: InstrumentType | None = None
    """Asset class of the instrument."""

    controlled_risk_allowed: Annotated[bool | None, Field(alias="controlledRiskAllowed")] = None
    """True when guaranteed (controlled-risk) stops are offered."""

    streaming_prices_available: Annotated[bool | None, Field(alias="streamingPricesAvailable")] = None
    """True when prices can be streamed: the market is open and the account has the permissions needed."""

    market_id: Annotated[str | None, Field(alias="marketId")] = None
    """Market id, the key for client sentiment."""

    currencies: list[MarketCurrency] | None = None
    """Currencies the instrument can be dealt in."""

    sprint_markets_minimum_expiry_time: Annotated[
        int | None, Field(alias="sprintMarketsMinimumExpiryTime")
    ] = None
    """Sprint markets only: shortest expiry allowed for a sprint trade (unverified: the unit is not documented, believed to be seconds)."""

    sprint_markets_maximum_expiry_time: Annotated[
        int | None, Field(alias="sprintMarketsMaximumExpiryTime")
    ] = None
    """Sprint markets only: longest expiry allowed for a sprint trade (unverified: the unit is not documented, believed to be seconds)."""

    margin_deposit_bands: Annotated[list[MarginDepositBand] | None, Field(alias="marginDepositBands")] = None
    """Tiers of the margin requirement by position size."""

    margin_factor: Annotated[Decimal | None, Field(alias="marginFactor")] = None
    """Margin requirement, in the unit given by `marginFactorUnit`."""

    margin_factor_unit: Annotated[PointsOrPercentage | None, Field(alias="marginFactorUnit")] = None
    """Unit of `marginFactor`."""

    slippage_factor: Annotated[SlippageFactor | None, Field(alias="slippageFactor")] = None
    """Slippage IG may apply to stops."""

    opening_hours: Annotated[OpeningHours | None, Field(alias="openingHours")] = None
    """Trading sessions, in the account's time zone; absent for markets open around the clock."""

    expiry_details: Annotated[ExpiryDetails | None, Field(alias="expiryDetails")] = None
    """Last dealing date and settlement terms of a dated instrument."""

    rollover_details: Annotated[RolloverDetails | None, Field(alias="rolloverDetails")] = None
    """Rollover terms of a dated instrument."""

    news_code: Annotated[str | None, Field(alias="newsCode")] = None
    """Reuters code for news on the instrument."""

    chart_code: Annotated[str | None, Field(alias="chartCode")] = None
    """Code IG's charts use for the instrument."""

    country: str | None = None
    """Country of the underlying, where it has one."""

    value_of_one_pip: Annotated[str | None, Field(alias="valueOfOnePip")] = None
    """Money value of one pip, as display text."""

    one_pip_means: Annotated[str | None, Field(alias="onePipMeans")] = None
    """What one pip corresponds to in the quoted price, as display text."""

    contract_size: Annotated[str | None, Field(alias="contractSize")] = None
    """Size of one contract, as display text."""

    special_info: Annotated[list[str] | None, Field(alias="specialInfo")] = None
    """Notices IG shows for the instrument (margin changes, dealing restrictions and so on)."""


class MarketDetailsV2Response(IGResponseModel):
    """Details of one market, version 2."""

    instrument: MarketDetailsV2Instrument | None = None
    """Facts about the instrument."""

    dealing_rules: Annotated[MarketDealingRules | None, Field(alias="dealingRules")] = None
    """Limits and preferences for dealing."""

    snapshot: MarketSnapshot | None = None
    """Latest prices and market state."""


class MarketDetailsV4Instrument(IGResponseModel):
    """Facts about an instrument as version 4 of the market details call reports them."""

    epic: str | None = None
    """Epic (IG's instrument identifier)."""

    expiry: str | None = None
    """Expiry label: `DFB` for daily funded bets, `-` for undated markets, or a month such as `DEC-24`."""

    name: str | None = None
    """Human-readable name of the instrument."""

    type: InstrumentType | None = None
    """Asset class of the instrument."""

    unit: DealSizeUnit | None = None
    """Unit of deal sizes."""

    lot_size: Annotated[Decimal | None, Field(alias="lotSize")] = None
    """Size of one lot."""

    market_id: Annotated[str | None, Field(alias="marketId")] = None
    """Market id, the key for client sentiment."""

    currencies: list[MarketCurrency] | None = None
    """Currencies the instrument can be dealt in."""

    limited_risk_premium: Annotated[DealingRule | None, Field(alias="limitedRiskPremium")] = None
    """Premium charged when a guaranteed stop is attached to a deal."""

    limit_allowed: Annotated[bool | None, Field(alias="limitAllowed")] = None
    """True when a limit may be attached to deals."""

    stop_allowed: Annotated[bool | None, Field(alias="stopAllowed")] = None
    """True when a stop may be attached to deals."""

    streaming_prices_available: Annotated[bool | None, Field(alias="streamingPricesAvailable")] = None
    """True when prices can be streamed: the market is open and the account has the permissions needed."""

    chart_code: Annotated[str | None, Field(alias="chartCode")] = None
    """Code IG's charts use for the instrument."""

    news_code: Annotated[str | None, Field(alias="newsCode")] = None
    """Reuters code for news on the instrument."""

    country: str | None = None
    """Country of the underlying, where it has one."""

    contract_size: Annotated[str | None, Field(alias="contractSize")] = None
    """Size of one contract, as display text."""

    value_of_one_pip: Annotated[str | None, Field(alias="valueOfOnePip")] = None
    """Money value of one pip, as display text."""


class MarketDetailsV4DealingRules(IGResponseModel):
    """Dealing rules as version 4 reports them (IG lists no market order preference here)."""

    min_step_distance: Annotated[DealingRule | None, Field(alias="minStepDistance")] = None
    """Smallest step by which a trailing stop may move."""

    min_deal_size: Annotated[DealingRule | None, Field(alias="minDealSize")] = None
    """Smallest deal size accepted."""

    min_controlled_risk_stop_distance: Annotated[
        DealingRule | None, Field(alias="minControlledRiskStopDistance")
    ] = None
    """Smallest distance from the price at which a guaranteed stop may be placed."""

    min_normal_stop_or_limit_distance: Annotated[
        DealingRule | None, Field(alias="minNormalStopOrLimitDistance")
    ] = None
    """Smallest distance from the price at which an ordinary stop or a limit may be placed."""

    max_stop_or_limit_distance: Annotated[DealingRule | None, Field(alias="maxStopOrLimitDistance")] = None
    """Largest distance from the price at which a stop or limit may be placed."""

    controlled_risk_spacing: Annotated[DealingRule | None, Field(alias="controlledRiskSpacing")] = None
    """Minimum spacing IG requires around guaranteed stops."""

    trailing_stops_preference: Annotated[
        TrailingStopsPreference | None, Field(alias="trailingStopsPreference")
    ] = None
    """Whether trailing stops may be used."""


class PriceLadderRung(IGResponseModel):
    """One level of the tiered price ladder; IG sends the prices as strings."""

    bid: str | None = None
    """Bid price of this rung, as IG formats it."""

    ask: str | None = None
    """Ask (offer) price of this rung, as IG formats it."""


class CurrencyLadder(IGResponseModel):
    """Deal sizes at which each rung of the price ladder applies, for one currency."""

    currency: str | None = None
    """ISO code of the currency the sizes are in."""

    bid_sizes: Annotated[list[Decimal] | None, Field(alias="bidSizes")] = None
    """Size thresholds of the bid rungs, in ladder order."""

    ask_sizes: Annotated[list[Decimal] | None, Field(alias="askSizes")] = None
    """Size thresholds of the ask rungs, in ladder order."""


class MarketDetailsV4Snapshot(IGResponseModel):
    """Market state with a tiered price ladder instead of a single bid and offer (unverified: taken from a copy of IG's page, not from a live answer)."""

    market_status: Annotated[MarketStatus | None, Field(alias="marketStatus")] = None
    """Current dealing state of the market."""

    net_change: Annotated[Decimal | None, Field(alias="netChange")] = None
    """Price change since the previous close, in price units."""

    percentage_change: Annotated[Decimal | None, Field(alias="percentageChange")] = None
    """Price change since the previous close, in percent."""

    high: Decimal | None = None
    """Highest price reached today."""

    low: Decimal | None = None
    """Lowest price reached today."""

    delay_time: Annotated[int | None, Field(alias="delayTime")] = None
    """How many minutes the prices lag behind the market; 0 for live prices."""

    decimal_places_factor: Annotated[int | None, Field(alias="decimalPlacesFactor")] = None
    """Number of decimal places the market's levels are quoted with."""

    scaling_factor: Annotated[int | None, Field(alias="scalingFactor")] = None
    """Factor that turns the quoted levels into pip values."""

    update_timestamp_utc: Annotated[Decimal | None, Field(alias="updateTimestampUTC")] = None
    """Moment of the last update as a number since the Unix epoch (unverified: IG's page says seconds, while IG's other epoch fields are milliseconds, so the raw number is kept)."""

    price_ladder: Annotated[list[PriceLadderRung] | None, Field(alias="priceLadder")] = None
    """Price rungs, best first (unverified: the order is not documented)."""

    currency_ladders: Annotated[list[CurrencyLadder] | None, Field(alias="currencyLadders")] = None
    """For each currency, the deal sizes at which the price rungs apply."""


class MarketDetailsV4Response(IGResponseModel):
    """Version 4 market details, with instrument facts, dealing rules and a size-tiered price ladder."""

    instrument: MarketDetailsV4Instrument | None = None
    """Facts about the instrument."""

    dealing_rules: Annotated[MarketDetailsV4DealingRules | None, Field(alias="dealingRules")] = None
    """Limits and preferences for dealing."""

    snapshot: MarketDetailsV4Snapshot | None = None
    """Market state and the price ladder."""


class MarketSentiment(IGResponseModel):
    """How IG clients with open positions in one market are split between long and short."""

    market_id: Annotated[str, Field(alias="marketId")]
    """Market id the figures belong to."""

    long_position_percentage: Annotated[Decimal, Field(alias="longPositionPercentage")]
    """Percentage of client positions in this market that are long (buy)."""

    short_position_percentage: Annotated[Decimal, Field(alias="shortPositionPercentage")]
    """Percentage of client positions in this market that are short (sell)."""


class ClientSentimentListResponse(IGResponseModel):
    """Client sentiment for a set of markets."""

    client_sentiments: Annotated[list[MarketSentiment], Field(alias="clientSentiments")]
    """One entry per market."""


class MarketNavigationNode(IGResponseModel):
    """One node of IG's market navigation tree."""

    id: str
    """Node id, to pass to market_navigation.get_node."""

    name: str
    """Display name of the node."""


class MarketNavigationResponse(IGResponseModel):
    """Content of one level of the market navigation tree."""

    nodes: list[MarketNavigationNode] | None = None
    """Child nodes below this level; empty or absent at a leaf."""

    markets: list[MarketSummary] | None = None
    """Markets filed directly at this level; filled only at the leaves of the tree."""


class MarketCategory(IGResponseModel):
    """A category of instruments the account can browse."""

    code: str | None = None
    """Category code, to pass to categories.list_instruments."""

    non_tradeable: Annotated[bool | None, Field(alias="nonTradeable")] = None
    """True when instruments of this category can be viewed but not dealt."""


class CategoriesV1Response(IGResponseModel):
    """Categories of instruments the account can browse."""

    categories: list[MarketCategory] | None = None
    """Every category available to the account."""


class CategoryInstrumentsPage(IGResponseModel):
    """Paging facts of a category instruments answer."""

    page_number: Annotated[int | None, Field(alias="pageNumber")] = None
    """Number of the page returned, counting from 0."""

    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    """Page size the answer was cut with."""


class CategoryInstrumentsV1Response(IGResponseModel):
    """One page of the instruments of a category."""

    instruments: list[MarketSummary] | None = None
    """The instruments on this page. IG sends no `updateTimeUTC` and no streaming flag here, so those fields stay empty."""

    metadata: CategoryInstrumentsPage | None = None
    """Which page this is."""


class PriceResolution(StrEnum):
    """Length of time one price bar covers, from one second to one month. The number after an underscore is a multiple of the unit (MINUTE_5 is a five-minute bar)."""

    SECOND = "SECOND"
    MINUTE = "MINUTE"
    MINUTE_2 = "MINUTE_2"
    MINUTE_3 = "MINUTE_3"
    MINUTE_5 = "MINUTE_5"
    MINUTE_10 = "MINUTE_10"
    MINUTE_15 = "MINUTE_15"
    MINUTE_30 = "MINUTE_30"
    HOUR = "HOUR"
    HOUR_2 = "HOUR_2"
    HOUR_3 = "HOUR_3"
    HOUR_4 = "HOUR_4"
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


class NumPointsResolution(StrEnum):
    """Bar lengths accepted by the number-of-points downloads: the same values as PriceResolution except SECOND, which those endpoints refuse."""

    MINUTE = "MINUTE"
    MINUTE_2 = "MINUTE_2"
    MINUTE_3 = "MINUTE_3"
    MINUTE_5 = "MINUTE_5"
    MINUTE_10 = "MINUTE_10"
    MINUTE_15 = "MINUTE_15"
    MINUTE_30 = "MINUTE_30"
    HOUR = "HOUR"
    HOUR_2 = "HOUR_2"
    HOUR_3 = "HOUR_3"
    HOUR_4 = "HOUR_4"
    DAY = "DAY"
    WEEK = "WEEK"
    MONTH = "MONTH"


class CandlePrice(IGResponseModel):
    """One price point of a bar (its open, close, high or low) seen from both sides of the market, plus the exchange's last trade where there is one."""

    bid: Decimal
    """Price at which the market would buy from you (you sell) at that point."""

    ask: Decimal
    """Price at which the market would sell to you (you buy) at that point."""

    last_traded: Annotated[Decimal | None, Field(alias="lastTraded")] = None
    """Last price traded on the underlying exchange; usually null because IG's OTC markets (CFDs, spread bets) have no exchange trades of their own."""


class PriceBar(IGResponseModel):
    """One bar of historical prices as versions 1 and 2 return it (local time only)."""

    snapshot_time: Annotated[IgDateTime | None, Field(alias="snapshotTime")] = None
    """Start of the bar in the account's local time, written `yyyy/MM/dd HH:mm:ss`."""

    open_price: Annotated[CandlePrice | None, Field(alias="openPrice")] = None
    """Prices at the start of the bar."""

    close_price: Annotated[CandlePrice | None, Field(alias="closePrice")] = None
    """Prices at the end of the bar."""

    high_price: Annotated[CandlePrice | None, Field(alias="highPrice")] = None
    """Highest prices reached during the bar."""

    low_price: Annotated[CandlePrice | None, Field(alias="lowPrice")] = None
    """Lowest prices reached during the bar."""

    last_traded_volume: Annotated[int | None, Field(alias="lastTradedVolume")] = None
    """Volume traded during the bar. For OTC markets IG reports a count of price ticks or 0 rather than exchange volume."""


class PricesV3Bar(IGResponseModel):
    """One bar of historical prices as version 3 returns it, with both local and UTC timestamps."""

    snapshot_time: Annotated[IgDateTime, Field(alias="snapshotTime")]
    """Start of the bar in the account's local time, written `yyyy/MM/dd HH:mm:ss`."""

    snapshot_time_utc: Annotated[IgUtcDateTime, Field(alias="snapshotTimeUTC")]
    """Start of the bar in UTC, written `yyyy-MM-ddTHH:mm:ss`."""

    open_price: Annotated[CandlePrice, Field(alias="openPrice")]
    """Prices at the start of the bar."""

    close_price: Annotated[CandlePrice, Field(alias="closePrice")]
    """Prices at the end of the bar."""

    high_price: Annotated[CandlePrice, Field(alias="highPrice")]
    """Highest prices reached during the bar."""

    low_price: Annotated[CandlePrice, Field(alias="lowPrice")]
    """Lowest prices reached during the bar."""

    last_traded_volume: Annotated[int, Field(alias="lastTradedVolume")]
    """Volume traded during the bar; for OTC markets usually a count of price ticks, or null."""


class PriceAllowance(IGResponseModel):
    """State of the historical price allowance shared by an API key and account: every bar downloaded spends one point of it."""

    remaining_allowance: Annotated[int, Field(alias="remainingAllowance")]
    """Points that can still be downloaded before the current allowance period ends."""

    total_allowance: Annotated[int, Field(alias="totalAllowance")]
    """Points granted for a whole allowance period."""

    allowance_expiry: Annotated[int, Field(alias="allowanceExpiry")]
    """Seconds until the current period ends and the remaining allowance is topped up again."""


class PricesResponse(IGResponseModel):
    """Historical price bars as versions 1 and 2 of the price downloads return them (one shape for both): the whole result in one answer, with the allowance state at the top level."""

    prices: list[PriceBar]
    """The bars, oldest first."""

    instrument_type: Annotated[InstrumentType, Field(alias="instrumentType")]
    """Kind of instrument the epic belongs to."""

    allowance: PriceAllowance
    """How much of the historical price allowance is left after this download."""


class ActivityActionStatus(StrEnum):
    """Outcome of a version 1 or 2 activity record: ACCEPT (accepted, by hand or automatically), REJECT (rejected or declined), MANUAL (referred to a dealer and still pending, so the outcome is not known yet) or NOT_SET (no outcome was recorded, which points to a processing fault on IG's side)."""

    ACCEPT = "ACCEPT"
    REJECT = "REJECT"
    MANUAL = "MANUAL"
    NOT_SET = "NOT_SET"


class ActivityV1Record(IGResponseModel):
    """One activity record as version 1 returns it: display text, with the date and the time of day in separate fields."""

    epic: str | None = None
    """Epic of the market the activity concerns."""

    deal_id: Annotated[str | None, Field(alias="dealId")] = None
    """Deal the activity concerns."""

    activity_history_id: Annotated[str | None, Field(alias="activityHistoryId")] = None
    """IG's identifier of this activity record."""

    date: IgDate | None = None
    """Day of the activity, written `dd/MM/yy` for UK accounts."""

    time: IgTime | None = None
    """Time of day of the activity, written `HH:mm`."""

    activity: str | None = None
    """Broad kind of activity as IG labels it, such as `Position` or `Order`."""

    market_name: Annotated[str | None, Field(alias="marketName")] = None
    """Name of the market; for sprint markets it spells out the whole proposition, strike and expiry included."""

    period: str | None = None
    """Expiry of the market, such as `DFB` (daily funded bet), `-` or a month like `MAR-24`; for sprint markets the expiry date and time."""

    result: str | None = None
    """What happened, in words, usually ending with the short deal reference."""

    channel: str | None = None
    """Where the activity came from, as free text such as `WEB` or `Mobile`."""

    currency: str | None = None
    """Currency of the deal, often as its symbol (for example `£`)."""

    size: str | None = None
    """Size with a sign for the direction (`+1` buys, `-3.85` sells); sprint markets carry no sign."""

    level: str | None = None
    """Market level at which the activity took place, as text."""

    stop: str | None = None
    """Stop level as text, or `-` when there is none."""

    stop_type: Annotated[str | None, Field(alias="stopType")] = None
    """Kind of stop: `G` guaranteed, `N` normal, `T(50)` trailing with a step of 50; `-` when there is none."""

    limit: str | None = None
    """Limit level as text, or `-` when there is none."""

    action_status: Annotated[ActivityActionStatus | None, Field(alias="actionStatus")] = None
    """Whether the activity was accepted, rejected or is pending."""


class ActivityHistoryV1Response(IGResponseModel):
    """Answer of both version 1 activity calls (by date range and by period)."""

    activities: list[ActivityV1Record] | None = None
    """Activity records, newest first (unverified)."""


class ActivityV2Record(IGResponseModel):
    """One activity record as version 2 returns it; display text with a single timestamp."""

    epic: str | None = None
    """Epic of the market the activity concerns."""

    deal_id: Annotated[str | None, Field(alias="dealId")] = None
    """Deal the activity concerns."""

    activity_history_id: Annotated[str | None, Field(alias="activityHistoryId")] = None
    """IG's identifier of this activity record."""

    date: IgDateTime | None = None
    """When the activity happened, in the account's local time (unverified: IG does not document the exact spelling for version 2)."""

    activity: str | None = None
    """Broad kind of activity as IG labels it, such as `Position` or `Order`."""

    market_name: Annotated[str | None, Field(alias="marketName")] = None
    """Name of the market; for sprint markets it spells out the whole proposition, strike and expiry included."""

    period: str | None = None
    """Expiry of the market, such as `DFB`, `-` or a month like `MAR-24`; for sprint markets an ISO-like date and time of expiry."""

    result: str | None = None
    """What happened, in words, usually ending with the short deal reference."""

    channel: str | None = None
    """Where the activity came from, as free text such as `WEB` or `Mobile`."""

    currency: str | None = None
    """Currency of the deal, often as its symbol (for example `£`)."""

    size: str | None = None
    """Size with a sign for the direction (`+1` buys, `-3.85` sells); sprint markets carry no sign."""

    level: str | None = None
    """Market level at which the activity took place, as text."""

    stop: str | None = None
    """Stop level as text, or `-` when there is none."""

    stop_type: Annotated[str | None, Field(alias="stopType")] = None
    """Kind of stop: `G` guaranteed, `N` normal, `T(50)` trailing with a step of 50; `-` when there is none."""

    limit: str | None = None
    """Limit level as text, or `-` when there is none."""

    action_status: Annotated[ActivityActionStatus | None, Field(alias="actionStatus")] = None
    """Whether the activity was accepted, rejected or is pending."""


class PageData(IGResponseModel):
    """Position of one page within a page-number-paged result."""

    page_size: Annotated[int, Field(alias="pageSize")]
    """Records per page as applied by IG."""

    page_number: Annotated[int, Field(alias="pageNumber")]
    """Number of this page, counting from 1."""

    total_pages: Annotated[int, Field(alias="totalPages")]
    """How many pages the whole result has; stop asking once pageNumber reaches it."""


class PageMetadata(IGResponseModel):
    """Paging bookkeeping of the version 2 activity and transaction lists."""

    size: int
    """Number of records in the whole result (unverified: it may be the count on this page only)."""

    page_data: Annotated[PageData, Field(alias="pageData")]
    """Where this page sits among all the pages."""


class ActivityHistoryV2Response(IGResponseModel):
    """One page of version 2 activity records."""

    activities: list[ActivityV2Record] | None = None
    """Activity records of this page."""

    metadata: PageMetadata | None = None
    """Paging details."""


class ActivityChannel(StrEnum):
    """Where an activity came from: an IG dealer, the mobile apps, the FIX or REST APIs, IG's own systems, or the web platform."""

    DEALER = "DEALER"
    MOBILE = "MOBILE"
    PUBLIC_FIX_API = "PUBLIC_FIX_API"
    PUBLIC_WEB_API = "PUBLIC_WEB_API"
    SYSTEM = "SYSTEM"
    WEB = "WEB"


class ActivityType(StrEnum):
    """Broad kind of a version 3 activity: a stop/limit amendment, something done to a position, an event raised by IG's systems, or something done to a working order."""

    EDIT_STOP_AND_LIMIT = "EDIT_STOP_AND_LIMIT"
    POSITION = "POSITION"
    SYSTEM = "SYSTEM"
    WORKING_ORDER = "WORKING_ORDER"


class ActivityStatus(StrEnum):
    """Outcome of a version 3 activity."""

    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"
    UNKNOWN = "UNKNOWN"


class ActivityActionType(StrEnum):
    """What one action inside an activity did to a deal: a position opened, closed (fully or partly), rolled or deleted; a limit or stop order opened, amended, filled, rolled or deleted; a position's stop and limit amended; a working order deleted; or something IG could not classify (UNKNOWN)."""

    LIMIT_ORDER_AMENDED = "LIMIT_ORDER_AMENDED"
    LIMIT_ORDER_DELETED = "LIMIT_ORDER_DELETED"
    LIMIT_ORDER_FILLED = "LIMIT_ORDER_FILLED"
    LIMIT_ORDER_OPENED = "LIMIT_ORDER_OPENED"
    LIMIT_ORDER_ROLLED = "LIMIT_ORDER_ROLLED"
    POSITION_CLOSED = "POSITION_CLOSED"
    POSITION_DELETED = "POSITION_DELETED"
    POSITION_OPENED = "POSITION_OPENED"
    POSITION_PARTIALLY_CLOSED = "POSITION_PARTIALLY_CLOSED"
    POSITION_ROLLED = "POSITION_ROLLED"
    STOP_LIMIT_AMENDED = "STOP_LIMIT_AMENDED"
    STOP_ORDER_AMENDED = "STOP_ORDER_AMENDED"
    STOP_ORDER_DELETED = "STOP_ORDER_DELETED"
    STOP_ORDER_FILLED = "STOP_ORDER_FILLED"
    STOP_ORDER_OPENED = "STOP_ORDER_OPENED"
    STOP_ORDER_ROLLED = "STOP_ORDER_ROLLED"
    UNKNOWN = "UNKNOWN"
    WORKING_ORDER_DELETED = "WORKING_ORDER_DELETED"


class ActivityAction(IGResponseModel):
    """One effect of an activity on a deal."""

    action_type: Annotated[ActivityActionType, Field(alias="actionType")]
    """What was done."""

    affected_deal_id: Annotated[str, Field(alias="affectedDealId")]
    """Deal that the action changed, opened or closed."""


class ActivityDetails(IGResponseModel):
    """The deal-level facts behind a version 3 activity; only sent when the request asked for `detailed=true`."""

    deal_reference: Annotated[str | None, Field(alias="dealReference")] = None
    """Reference given to the deal request that caused this activity."""

    actions: list[ActivityAction]
    """Effects of the activity on deals."""

    market_name: Annotated[str, Field(alias="marketName")]
    """Name of the market."""

    good_till_date: Annotated[IgGoodTill | None, Field(alias="goodTillDate")] = None
    """For working orders, when the order lapses; null for orders kept until cancelled (unverified: exact spelling not documented)."""

    currency: str
    """ISO code of the deal's currency."""

    size: Decimal
    """Deal size, always positive; see `direction` for the side."""

    direction: Direction
    """Side of the deal."""

    level: Decimal
    """Level of the deal or order."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Stop level, if a stop was set as a level."""

    stop_distance: Annotated[Decimal | None, Field(alias="stopDistance")] = None
    """Stop distance from the deal level, if a stop was set as a distance."""

    guaranteed_stop: Annotated[bool, Field(alias="guaranteedStop")]
    """True when the stop is guaranteed."""

    trailing_stop_distance: Annotated[Decimal | None, Field(alias="trailingStopDistance")] = None
    """Distance of the trailing stop, if one is set."""

    trailing_step: Annotated[Decimal | None, Field(alias="trailingStep")] = None
    """How far the market must move before a trailing stop follows it."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """Limit (take-profit) level, if one was set as a level."""

    limit_distance: Annotated[Decimal | None, Field(alias="limitDistance")] = None
    """Limit distance from the deal level, if one was set as a distance."""


class ActivityV3Record(IGResponseModel):
    """One activity record as version 3 returns it, with typed fields."""

    date: IgDateTime
    """When the activity happened, in the account's local time."""

    epic: str
    """Epic of the market the activity concerns."""

    period: str
    """Expiry of the market, such as `DFB`, `-` or a month like `MAR-24`; for sprint markets the expiry date and time."""

    deal_id: Annotated[str, Field(alias="dealId")]
    """Deal the activity concerns."""

    channel: ActivityChannel
    """Where the activity came from."""

    type: ActivityType
    """Broad kind of activity."""

    status: ActivityStatus
    """Outcome of the activity."""

    description: str
    """Human-readable summary, as IG shows it in its platforms."""

    details: ActivityDetails | None = None
    """Deal-level facts; null unless the request set `detailed=true`."""


class ActivityHistoryV3Paging(IGResponseModel):
    """Cursor-style paging of the version 3 activity list."""

    size: int
    """Number of records on this page."""

    next: str | None = None
    """Relative URL (path and query) of the following page; missing or empty on the last page. The SDK follows it as is."""


class ActivityHistoryV3Metadata(IGResponseModel):
    """Bookkeeping of a version 3 activity page."""

    paging: ActivityHistoryV3Paging
    """Where to get the next page."""


class ActivityHistoryV3Response(IGResponseModel):
    """One page of version 3 activity records."""

    activities: list[ActivityV3Record]
    """Activity records of this page, newest first (unverified)."""

    metadata: ActivityHistoryV3Metadata
    """Paging details, including the link to the next page."""


class TransactionTypeFilter(StrEnum):
    """Which transactions to ask for: everything (ALL), only dealing results (ALL_DEAL), only money paid in (DEPOSIT) or only money taken out (WITHDRAWAL)."""

    ALL = "ALL"
    ALL_DEAL = "ALL_DEAL"
    DEPOSIT = "DEPOSIT"
    WITHDRAWAL = "WITHDRAWAL"


class TransactionV2Record(IGResponseModel):
    """One transaction as version 2 returns it; amounts and levels are display strings."""

    date: IgDateTime
    """When the transaction was booked, in the account's local time."""

    date_utc: Annotated[IgUtcDateTime, Field(alias="dateUtc")]
    """When the transaction was booked, in UTC."""

    open_date_utc: Annotated[IgUtcDateTime | None, Field(alias="openDateUtc")] = None
    """For closed deals, when the position was opened, in UTC; null for cash movements."""

    instrument_name: Annotated[str, Field(alias="instrumentName")]
    """Name of the instrument, or a label such as a payment method for cash movements."""

    period: str
    """Expiry of the market, such as `DFB` or `-`."""

    profit_and_loss: Annotated[str, Field(alias="profitAndLoss")]
    """Amount credited or debited, as text with a currency symbol, e.g. `£-12.30`."""

    transaction_type: Annotated[str, Field(alias="transactionType")]
    """IG's short code for the kind of transaction, such as `DEAL`, `DEPO` or `WITH` (unverified: the full list of codes is not documented)."""

    reference: str
    """IG's reference of the transaction (for deals, the short deal reference)."""

    open_level: Annotated[str, Field(alias="openLevel")]
    """Opening level of the position, as text; `-` for cash movements."""

    close_level: Annotated[str, Field(alias="closeLevel")]
    """Closing level of the position, as text; `-` for cash movements."""

    size: str
    """Size with a sign for the direction (`+` bought, `-` sold); `-` alone for cash movements."""

    currency: str
    """Currency of the amount, often as its symbol."""

    cash_transaction: Annotated[bool, Field(alias="cashTransaction")]
    """True for pure money movements (deposits, withdrawals, fees) rather than deal results."""


class TransactionHistoryV2Response(IGResponseModel):
    """One page of version 2 transactions."""

    transactions: list[TransactionV2Record]
    """Transactions of this page."""

    metadata: PageMetadata
    """Paging details."""


class TransactionV1Record(IGResponseModel):
    """One transaction as version 1 returns it: a day-only date, with amounts and levels as display strings."""

    date: IgDate | None = None
    """Day the transaction was booked, written `dd-MMM-yyyy` (for example `05-Jan-2024`)."""

    instrument_name: Annotated[str | None, Field(alias="instrumentName")] = None
    """Name of the instrument, or a label for cash movements."""

    period: str | None = None
    """Expiry of the market, such as `DFB` or `-` (unverified: IG's reference calls it a period in milliseconds)."""

    profit_and_loss: Annotated[str | None, Field(alias="profitAndLoss")] = None
    """Amount credited or debited, as text with a currency symbol, e.g. `£-12.30`."""

    transaction_type: Annotated[str | None, Field(alias="transactionType")] = None
    """IG's short code for the kind of transaction, such as `DEAL` or `DEPO` (unverified)."""

    reference: str | None = None
    """IG's reference of the transaction (for deals, the short deal reference)."""

    open_level: Annotated[str | None, Field(alias="openLevel")] = None
    """Opening level of the position, as text; `-` for cash movements."""

    close_level: Annotated[str | None, Field(alias="closeLevel")] = None
    """Closing level of the position, as text; `-` for cash movements."""

    size: str | None = None
    """Size with a sign for the direction (`+` bought, `-` sold); `-` alone for cash movements."""

    currency: str | None = None
    """Currency of the amount, often as its symbol."""

    cash_transaction: Annotated[bool | None, Field(alias="cashTransaction")] = None
    """True for pure money movements (deposits, withdrawals, fees) rather than deal results."""


class TransactionHistoryV1Response(IGResponseModel):
    """Answer of both version 1 transaction calls (by date range and by period)."""

    transactions: list[TransactionV1Record] | None = None
    """The transactions found."""


class IndicativeCostsAndChargesOpenV1Request(IGRequestModel):
    """The deal whose opening costs are to be quoted."""

    ask: Decimal
    """The market's current offer price."""

    bid: Decimal
    """The market's current bid price."""

    deal_currency_code: Annotated[str, Field(alias="dealCurrencyCode")]
    """ISO code of the currency the deal would be made in."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """A reference of the caller's choosing tying the quote to the intended deal."""

    direction: Direction | None = None
    """Buy or sell."""

    epic: str | None = None
    """Epic of the market."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True when the deal would carry a guaranteed stop."""

    instrument_id: Annotated[str | None, Field(alias="instrumentId")] = None
    """IG's identifier of the instrument, as an alternative way to name the market (unverified)."""

    knockout_premium: Annotated[Decimal | None, Field(alias="knockoutPremium")] = None
    """The knock-out premium of the deal, for knock-out products."""

    price_level: Annotated[Decimal | None, Field(alias="priceLevel")] = None
    """The level the deal would be made at, for orders not dealt at the market (unverified)."""

    size: Decimal
    """Size of the deal."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Level of the stop that would be attached."""


class IndicativeCostsAndChargesOpenV1Response(IGResponseModel):
    """Indicative costs of opening and later closing the deal, in the currency named by `currencyCodeISO`."""

    borrowing_charge: Annotated[Decimal | None, Field(alias="borrowingCharge")] = None
    """Charge for borrowing the underlying (short share positions)."""

    closing_commission: Annotated[Decimal | None, Field(alias="closingCommission")] = None
    """Commission due when the position is closed."""

    closing_fx_fee: Annotated[Decimal | None, Field(alias="closingFxFee")] = None
    """Currency conversion fee due when the position is closed."""

    closing_iftt: Annotated[Decimal | None, Field(alias="closingIFTT")] = None
    """Financial transaction tax due when the position is closed."""

    closing_spread: Annotated[Decimal | None, Field(alias="closingSpread")] = None
    """Cost of the spread paid when closing."""

    currency_code_iso: Annotated[str | None, Field(alias="currencyCodeISO")] = None
    """ISO code of the currency all amounts are given in."""

    daily_running_fx_fee: Annotated[Decimal | None, Field(alias="dailyRunningFxFee")] = None
    """Currency conversion fee charged each day the position stays open."""

    etp_entry_cost: Annotated[Decimal | None, Field(alias="etpEntryCost")] = None
    """Entry cost of an exchange-traded product."""

    etp_exit_cost: Annotated[Decimal | None, Field(alias="etpExitCost")] = None
    """Exit cost of an exchange-traded product."""

    etp_ongoing_cost: Annotated[Decimal | None, Field(alias="etpOngoingCost")] = None
    """Running cost of an exchange-traded product."""

    guaranteed_stop_deposit: Annotated[Decimal | None, Field(alias="guaranteedStopDeposit")] = None
    """Premium paid for a guaranteed stop."""

    guaranteed_stop_return: Annotated[Decimal | None, Field(alias="guaranteedStopReturn")] = None
    """Part of the guaranteed stop premium given back."""

    indicative_quote_reference: Annotated[str | None, Field(alias="indicativeQuoteReference")] = None
    """Reference of this quote, for `costs.durable_medium` and `costs.history`."""

    inducements: Decimal | None = None
    """Payments IG receives from third parties in connection with the deal."""

    knockout_premium_deposit: Annotated[Decimal | None, Field(alias="knockoutPremiumDeposit")] = None
    """Knock-out premium paid on opening."""

    knockout_premium_return: Annotated[Decimal | None, Field(alias="knockoutPremiumReturn")] = None
    """Part of the knock-out premium given back."""

    notional_value: Annotated[Decimal | None, Field(alias="notionalValue")] = None
    """Full market value of the position, in the deal currency."""

    notional_value_in_user_currency: Annotated[Decimal | None, Field(alias="notionalValueInUserCurrency")] = (
        None
    )
    """Full market value of the position, in the account's currency."""

    opening_commission: Annotated[Decimal | None, Field(alias="openingCommission")] = None
    """Commission due when the position is opened."""

    opening_fx_fee: Annotated[Decimal | None, Field(alias="openingFxFee")] = None
    """Currency conversion fee due when the position is opened."""

    opening_iftt: Annotated[Decimal | None, Field(alias="openingIFTT")] = None
    """Financial transaction tax due when the position is opened."""

    opening_spread: Annotated[Decimal | None, Field(alias="openingSpread")] = None
    """Cost of the spread paid when opening."""

    overnight_funding_fee: Annotated[Decimal | None, Field(alias="overnightFundingFee")] = None
    """Funding charged for holding the position overnight."""


class IndicativeCostsAndChargesCloseV1Request(IGRequestModel):
    """The position whose closing costs are to be quoted."""

    ask: Decimal
    """The market's current offer price."""

    bid: Decimal
    """The market's current bid price."""

    deal_currency_code: Annotated[str, Field(alias="dealCurrencyCode")]
    """ISO code of the currency the position is held in."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """A reference of the caller's choosing tying the quote to the intended close."""

    direction: Direction | None = None
    """Buy or sell."""

    epic: str | None = None
    """Epic of the market."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True when the position carries a guaranteed stop."""

    instrument_id: Annotated[str | None, Field(alias="instrumentId")] = None
    """IG's identifier of the instrument, as an alternative way to name the market (unverified)."""

    knockout_premium: Annotated[Decimal | None, Field(alias="knockoutPremium")] = None
    """The knock-out premium of the position, for knock-out products."""

    opening_level: Annotated[Decimal, Field(alias="openingLevel")]
    """The position's opening price level."""

    price_level: Annotated[Decimal | None, Field(alias="priceLevel")] = None
    """The level the close would be made at, when not at the market (unverified)."""

    size: Decimal
    """Size to close."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """Level of the position's stop."""


class ClosingCostsAndCharges(IGResponseModel):
    """Indicative costs of closing a position, in the currency named by the enclosing `currencyCodeISO`."""

    closing_commission: Annotated[Decimal | None, Field(alias="closingCommission")] = None
    """Commission due on closing."""

    closing_fx_fee: Annotated[Decimal | None, Field(alias="closingFxFee")] = None
    """Currency conversion fee due on closing."""

    closing_iftt: Annotated[Decimal | None, Field(alias="closingIFTT")] = None
    """Financial transaction tax due on closing."""

    closing_spread: Annotated[Decimal | None, Field(alias="closingSpread")] = None
    """Cost of the spread paid on closing."""

    etp_exit_cost: Annotated[Decimal | None, Field(alias="etpExitCost")] = None
    """Exit cost of an exchange-traded product."""

    guaranteed_stop_return: Annotated[Decimal | None, Field(alias="guaranteedStopReturn")] = None
    """Part of the guaranteed stop premium given back."""

    indicative_quote_reference: Annotated[str | None, Field(alias="indicativeQuoteReference")] = None
    """Reference of this quote, for `costs.durable_medium` and `costs.history`."""

    knockout_premium_return: Annotated[Decimal | None, Field(alias="knockoutPremiumReturn")] = None
    """Part of the knock-out premium given back."""

    notional_value: Annotated[Decimal | None, Field(alias="notionalValue")] = None
    """Full market value of the position, in the deal currency."""

    notional_value_in_user_currency: Annotated[Decimal | None, Field(alias="notionalValueInUserCurrency")] = (
        None
    )
    """Full market value of the position, in the account's currency."""


class IndicativeCostsAndChargesCloseV1Response(IGResponseModel):
    """The indicative closing costs of a position."""

    close: ClosingCostsAndCharges | None = None
    """The indicative costs of closing."""

    currency_code_iso: Annotated[str | None, Field(alias="currencyCodeISO")] = None
    """ISO code of the currency the amounts are given in."""


class IndicativeCostsAndChargesEditV1Request(IGRequestModel):
    """The position and the new stop and/or limit whose costs are to be quoted."""

    ask: Decimal
    """The market's current offer price."""

    bid: Decimal
    """The market's current bid price."""

    deal_currency_code: Annotated[str, Field(alias="dealCurrencyCode")]
    """ISO code of the currency the position is held in."""

    deal_reference: Annotated[str, Field(alias="dealReference")]
    """A reference of the caller's choosing tying the quote to the intended change."""

    direction: Direction | None = None
    """Buy or sell."""

    edit_type: Annotated[str | None, Field(alias="editType")] = None
    """What kind of change is proposed; IG documents it as free text with no list of values."""

    epic: str | None = None
    """Epic of the market."""

    guaranteed_stop: Annotated[bool | None, Field(alias="guaranteedStop")] = None
    """True when the stop would be guaranteed."""

    instrument_id: Annotated[str | None, Field(alias="instrumentId")] = None
    """IG's identifier of the instrument, as an alternative way to name the market (unverified)."""

    knockout_premium: Annotated[Decimal | None, Field(alias="knockoutPremium")] = None
    """The knock-out premium of the position, for knock-out products."""

    limit_level: Annotated[Decimal | None, Field(alias="limitLevel")] = None
    """The proposed limit level."""

    opening_level: Annotated[Decimal, Field(alias="openingLevel")]
    """The position's opening price level."""

    price_level: Annotated[Decimal | None, Field(alias="priceLevel")] = None
    """A reference price level for the quote (unverified how IG uses it here)."""

    size: Decimal
    """Size of the position."""

    stop_level: Annotated[Decimal | None, Field(alias="stopLevel")] = None
    """The proposed stop level."""


class IndicativeCostsAndChargesEditV1Response(IGResponseModel):
    """Indicative costs of the position closing at the proposed limit and at the proposed stop."""

    currency_code_iso: Annotated[str | None, Field(alias="currencyCodeISO")] = None
    """ISO code of the currency the amounts are given in."""

    limit: ClosingCostsAndCharges | None = None
    """Costs if the position were closed by the limit."""

    stop: ClosingCostsAndCharges | None = None
    """Costs if the position were closed by the stop."""


class CostsAndChargesQuoteSummary(IGResponseModel):
    """One earlier indicative cost quote, as listed by the history."""

    created_timestamp: Annotated[IgUtcDateTime | None, Field(alias="createdTimestamp")] = None
    """When the quote was made (unverified: assumed written like the request's instants, ISO 8601 with milliseconds and a zone offset)."""

    direction: Direction | None = None
    """Buy or sell."""

    indicative_quote_reference: Annotated[str | None, Field(alias="indicativeQuoteReference")] = None
    """Reference of the quote, for `costs.durable_medium`."""

    instrument_name: Annotated[str | None, Field(alias="instrumentName")] = None
    """Name of the instrument quoted."""

    type: str | None = None
    """The kind of quote (unverified: presumably open, close or edit)."""


class CostsAndChargesPagination(IGResponseModel):
    """Where this page sits among all the quotes found."""

    page_number: Annotated[int | None, Field(alias="pageNumber")] = None
    """Number of this page."""

    page_size: Annotated[int | None, Field(alias="pageSize")] = None
    """Most quotes a page holds."""

    total_elements: Annotated[int | None, Field(alias="totalElements")] = None
    """Number of quotes found in the whole period."""

    total_pages: Annotated[int | None, Field(alias="totalPages")] = None
    """Number of pages needed for all the quotes found."""


class IndicativeCostsAndChargesHistoryV1Response(IGResponseModel):
    """One page of earlier indicative cost quotes."""

    costs_and_charges_history: Annotated[
        list[CostsAndChargesQuoteSummary] | None, Field(alias="costsAndChargesHistory")
    ] = None
    """The quotes on this page."""

    pagination: CostsAndChargesPagination | None = None
    """Where this page sits among all the results."""


class GetSessionV1Params(IGRequestModel):
    """Path and query parameters of getSessionV1."""

    fetch_session_tokens: Annotated[bool | None, Field(alias="fetchSessionTokens")] = None
    """When true, IG adds the CST and X-SECURITY-TOKEN headers to the response so that the caller gets session tokens for streaming; by default they are not sent."""


class DeleteWatchlistV1Params(IGRequestModel):
    """Path and query parameters of deleteWatchlistV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist, as listed by `watchlists.list`."""


class GetWatchlistByWatchlistIdV1Params(IGRequestModel):
    """Path and query parameters of getWatchlistByWatchlistIdV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist, as listed by `watchlists.list`. IG's predefined lists may use their name as identifier, spaces included (unverified)."""


class UpdateWatchlistMarketV1Params(IGRequestModel):
    """Path and query parameters of updateWatchlistMarketV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist to add the market to."""


class DeleteWatchlistMarketV1Params(IGRequestModel):
    """Path and query parameters of deleteWatchlistMarketV1."""

    watchlist_id: Annotated[str, Field(alias="watchlistId", min_length=1)]
    """The `id` of the watchlist to remove the market from."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """The epic of the market to remove."""


class GetDealConfirmationV1Params(IGRequestModel):
    """Path and query parameters of getDealConfirmationV1."""

    deal_reference: Annotated[str, Field(alias="dealReference", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal reference of the trading request to confirm: the one you sent, or the one IG returned."""


class UpdateOTCPositionV1Params(IGRequestModel):
    """Path and query parameters of updateOTCPositionV1."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the open position to amend."""


class UpdateOTCPositionV2Params(IGRequestModel):
    """Path and query parameters of updateOTCPositionV2."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the open position to amend."""


class GetPositionByDealIdV1Params(IGRequestModel):
    """Path and query parameters of getPositionByDealIdV1."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the open position."""


class GetPositionByDealIdV2Params(IGRequestModel):
    """Path and query parameters of getPositionByDealIdV2."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the open position."""


class GetRepeatDealingWindowV1Params(IGRequestModel):
    """Path and query parameters of getRepeatDealingWindowV1."""

    epic: str | None = None
    """Limit the answer to this market; all markets when left out."""


class DeleteOTCWorkingOrderV1Params(IGRequestModel):
    """Path and query parameters of deleteOTCWorkingOrderV1."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the working order to cancel."""


class DeleteOTCWorkingOrderV2Params(IGRequestModel):
    """Path and query parameters of deleteOTCWorkingOrderV2."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the working order to cancel."""


class UpdateOTCWorkingOrderV1Params(IGRequestModel):
    """Path and query parameters of updateOTCWorkingOrderV1."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the working order to amend."""


class UpdateOTCWorkingOrderV2Params(IGRequestModel):
    """Path and query parameters of updateOTCWorkingOrderV2."""

    deal_id: Annotated[str, Field(alias="dealId", pattern="^[A-Za-z0-9_\\-]{1,30}$")]
    """The deal id of the working order to amend."""


class GetMarketDetailsListV1Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsListV1."""

    epics: Annotated[list[str], Field(max_length=50, min_length=1)]
    """Epics to look up, between 1 and 50, each 6 to 30 letters, digits, dots or underscores; sent as one comma-separated value, as IG expects."""


class GetMarketDetailsBySearchTermV1Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsBySearchTermV1."""

    search_term: Annotated[str | None, Field(alias="searchTerm")] = None
    """Text to look for in market names and epics, for example `EURUSD` or `FTSE`."""


class GetMarketDetailsListV2Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsListV2."""

    epics: Annotated[list[str], Field(max_length=50, min_length=1)]
    """Epics to look up, between 1 and 50, each 6 to 30 letters, digits, dots or underscores; sent as one comma-separated value, as IG expects."""

    filter: MarketDetailsFilter | None = None
    """How much of each market to return; IG uses ALL when this is left out."""


class GetMarketDetailsV1Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsV1."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market."""


class GetMarketDetailsV2Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsV2."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market."""


class GetMarketDetailsV3Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsV3."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market."""


class GetMarketDetailsV4Params(IGRequestModel):
    """Path and query parameters of getMarketDetailsV4."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market."""


class GetClientSentimentListV1Params(IGRequestModel):
    """Path and query parameters of getClientSentimentListV1."""

    market_ids: Annotated[list[str], Field(alias="marketIds", min_length=1)]
    """Market ids to look up, at least one; sent as one comma-separated value, as IG expects (unverified: IG does not document whether the parameter may be left out)."""


class GetRelatedClientSentimentV1Params(IGRequestModel):
    """Path and query parameters of getRelatedClientSentimentV1."""

    market_id: Annotated[str, Field(alias="marketId", min_length=1)]
    """Market id whose related markets are wanted."""


class GetClientSentimentV1Params(IGRequestModel):
    """Path and query parameters of getClientSentimentV1."""

    market_id: Annotated[str, Field(alias="marketId", min_length=1)]
    """Market id to look up."""


class GetMarketNavigationNodeV1Params(IGRequestModel):
    """Path and query parameters of getMarketNavigationNodeV1."""

    node_id: Annotated[str, Field(alias="nodeId", min_length=1)]
    """Id of the node to open, as returned in `nodes[].id`."""


class GetCategoryInstrumentsV1Params(IGRequestModel):
    """Path and query parameters of getCategoryInstrumentsV1."""

    category_id: Annotated[str, Field(alias="categoryId", min_length=1)]
    """Code of the category, as returned in `categories[].code`."""

    page_number: Annotated[int | None, Field(alias="pageNumber", ge=0)] = None
    """Page to return, counting from 0."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=1, le=1000)] = None
    """Number of instruments per page, from 1 to 1000."""


class GetPricesV3Params(IGRequestModel):
    """Path and query parameters of getPricesV3."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: PriceResolution | None = None
    """Length of one bar. IG uses one-minute bars when this is left out."""

    from_: Annotated[IgDateTime | None, Field(alias="from")] = None
    """Start of the time window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss` in the account's local time."""

    to: IgDateTime | None = None
    """End of the time window, sent as `yyyy-MM-ddTHH:mm:ss` in the account's local time. Defaults to now when only `from` is given (unverified: IG does not state the default for this endpoint)."""

    max: Annotated[int | None, Field(ge=1)] = None
    """How many of the most recent bars to return when no date range is given; ignored with `from`/`to`."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=0)] = None
    """Bars per page; 0 disables paging so that every matching bar comes back at once."""

    page_number: Annotated[int | None, Field(alias="pageNumber", ge=1)] = None
    """Which page to return, counting from 1."""


class GetPricesByDateRangeV1Params(IGRequestModel):
    """Path and query parameters of getPricesByDateRangeV1."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: PriceResolution
    """Length of one bar, from SECOND up to MONTH."""

    startdate: IgColonDateTime
    """First bar's time (inclusive), sent as `yyyy:MM:dd-HH:mm:ss` in the account's local time."""

    enddate: IgColonDateTime
    """Last bar's time, sent as `yyyy:MM:dd-HH:mm:ss`; must be after `startdate`."""


class GetPricesByNumberOfPointsV1Params(IGRequestModel):
    """Path and query parameters of getPricesByNumberOfPointsV1."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: NumPointsResolution
    """Length of one bar, from MINUTE up to MONTH (no SECOND bars on this endpoint)."""

    num_points: Annotated[int, Field(alias="numPoints", ge=1)]
    """How many of the most recent bars to return; each one counts against the allowance."""


class GetPricesByNumberOfPointsV2Params(IGRequestModel):
    """Path and query parameters of getPricesByNumberOfPointsV2."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: NumPointsResolution
    """Length of one bar, from MINUTE up to MONTH (no SECOND bars on this endpoint)."""

    num_points: Annotated[int, Field(alias="numPoints", ge=1)]
    """How many of the most recent bars to return; each one counts against the allowance."""


class GetPricesByDateRangeV2Params(IGRequestModel):
    """Path and query parameters of getPricesByDateRangeV2."""

    epic: Annotated[str, Field(pattern="^[A-Za-z0-9._]{6,30}$")]
    """Epic of the market whose prices are wanted."""

    resolution: PriceResolution
    """Length of one bar, from SECOND up to MONTH."""

    start_date: Annotated[IgSpaceDateTime, Field(alias="startDate")]
    """First bar's time (inclusive), sent as `yyyy-MM-dd HH:mm:ss` in the account's local time."""

    end_date: Annotated[IgSpaceDateTime, Field(alias="endDate")]
    """Last bar's time, sent as `yyyy-MM-dd HH:mm:ss`; must be after `startDate`."""


class GetActivityHistoryV2Params(IGRequestModel):
    """Path and query parameters of getActivityHistoryV2."""

    from_: Annotated[IgDateTime | None, Field(alias="from")] = None
    """Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`."""

    to: IgDateTime | None = None
    """End of the window, sent as `yyyy-MM-ddTHH:mm:ss`."""

    max_span_seconds: Annotated[int | None, Field(alias="maxSpanSeconds", ge=1)] = None
    """How many seconds back from now to look when no date range is given; ignored with `from`/`to`."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=0)] = None
    """Records per page; 0 disables paging so that every record comes back at once."""

    page_number: Annotated[int | None, Field(alias="pageNumber", ge=1)] = None
    """Which page to return, counting from 1."""


class GetActivityHistoryV3Params(IGRequestModel):
    """Path and query parameters of getActivityHistoryV3."""

    from_: Annotated[IgDateTime | None, Field(alias="from")] = None
    """Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`."""

    to: IgDateTime | None = None
    """End of the window, sent as `yyyy-MM-ddTHH:mm:ss`; IG uses the current time when it is left out."""

    detailed: bool | None = None
    """True to include each record's `details` block; it costs a larger answer."""

    deal_id: Annotated[str | None, Field(alias="dealId", pattern="^.{1,30}$")] = None
    """Only return the activity of this deal."""

    filter: Annotated[str | None, Field(min_length=1)] = None
    """A FIQL expression selecting records, built from `field==value` and `field!=value` joined with `,` (or) and `;` (and), e.g. `channel==WEB,channel==MOBILE`."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=10, le=500)] = None
    """Records per page, between 10 and 500."""


class GetActivityHistoryByTimeRangeV1Params(IGRequestModel):
    """Path and query parameters of getActivityHistoryByTimeRangeV1."""

    from_date: Annotated[IgDashDate, Field(alias="fromDate")]
    """First day to include, sent as `dd-MM-yyyy`."""

    to_date: Annotated[IgDashDate, Field(alias="toDate")]
    """Last day to include, sent as `dd-MM-yyyy`."""


class GetActivityHistoryV1Params(IGRequestModel):
    """Path and query parameters of getActivityHistoryV1."""

    last_period: Annotated[int, Field(alias="lastPeriod", ge=1)]
    """Length of the period to look back over, in milliseconds."""


class GetTransactionHistoryV2Params(IGRequestModel):
    """Path and query parameters of getTransactionHistoryV2."""

    type: TransactionTypeFilter | None = None
    """Kind of transactions to return; IG returns all kinds when this is left out."""

    from_: Annotated[IgDateTime | None, Field(alias="from")] = None
    """Start of the window (inclusive), sent as `yyyy-MM-ddTHH:mm:ss`."""

    to: IgDateTime | None = None
    """End of the window, sent as `yyyy-MM-ddTHH:mm:ss`."""

    max_span_seconds: Annotated[int | None, Field(alias="maxSpanSeconds", ge=1)] = None
    """How many seconds back from now to look when no date range is given (unverified: IG does not say whether a date range overrides it here, as it does for activity)."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=0)] = None
    """Records per page; 0 disables paging so that every record comes back at once."""

    page_number: Annotated[int | None, Field(alias="pageNumber", ge=1)] = None
    """Which page to return, counting from 1."""


class GetTransactionHistoryByTimeRangeV1Params(IGRequestModel):
    """Path and query parameters of getTransactionHistoryByTimeRangeV1."""

    transaction_type: Annotated[TransactionTypeFilter, Field(alias="transactionType")]
    """Kind of transactions to return."""

    from_date: Annotated[IgDashDate, Field(alias="fromDate")]
    """First day to include, sent as `dd-MM-yyyy`."""

    to_date: Annotated[IgDashDate, Field(alias="toDate")]
    """Last day to include, sent as `dd-MM-yyyy`."""


class GetTransactionHistoryV1Params(IGRequestModel):
    """Path and query parameters of getTransactionHistoryV1."""

    transaction_type: Annotated[TransactionTypeFilter, Field(alias="transactionType")]
    """Kind of transactions to return."""

    last_period: Annotated[int, Field(alias="lastPeriod", ge=1)]
    """Length of the period to look back over, in milliseconds."""


class GetIndicativeCostsAndChargesHistoryV1Params(IGRequestModel):
    """Path and query parameters of getIndicativeCostsAndChargesHistoryV1."""

    from_: Annotated[IgIsoOffsetDateTime, Field(alias="from")]
    """Start of the period, in UTC."""

    to: IgIsoOffsetDateTime
    """End of the period, in UTC."""

    page_size: Annotated[int | None, Field(alias="pageSize", ge=1)] = None
    """How many quotes one page holds (IG documents no default)."""

    page_number: Annotated[int | None, Field(alias="pageNumber", ge=0)] = None
    """Which page to return (IG documents no default)."""

    type: Annotated[str | None, Field(min_length=1)] = None
    """Only return quotes of this type; IG documents it as free text (unverified: presumably the kind of quote, such as open, close or edit)."""


class GetIndicativeCostsAndChargesDurableMediumV1Params(IGRequestModel):
    """Path and query parameters of getIndicativeCostsAndChargesDurableMediumV1."""

    indicative_quote_reference: Annotated[str, Field(alias="indicativeQuoteReference", min_length=1)]
    """Reference of the quote, as returned when it was made."""


class GetDataByIdV1Params(IGRequestModel):
    """Path and query parameters of getDataByIdV1."""

    id: Annotated[str, Field(min_length=1)]
    """Identifier of the item to fetch (unverified: IG documents no format)."""


class RepeatDealingCurrency(IGResponseModel):
    """Deals in the repeat dealing window on one market in one currency, by direction."""

    currency: str | None = None
    """ISO code of the currency the deals were made in."""

    buy: list[RepeatDealingAllowance] | None = None
    """Buy deals still inside the window."""

    sell: list[RepeatDealingAllowance] | None = None
    """Sell deals still inside the window."""


class PricesV3Metadata(IGResponseModel):
    """Bookkeeping that comes with a version 3 price download."""

    allowance: PriceAllowance
    """How much of the historical price allowance is left after this download."""

    size: int
    """Number of bars in this answer."""

    page_data: Annotated[PageData, Field(alias="pageData")]
    """Where this page sits among all the pages of the download."""


class PricesV3Response(IGResponseModel):
    """A page of historical price bars (version 3)."""

    prices: list[PricesV3Bar]
    """The bars, oldest first."""

    instrument_type: Annotated[InstrumentType, Field(alias="instrumentType")]
    """Kind of instrument the epic belongs to."""

    metadata: PricesV3Metadata
    """Allowance and paging details of the download."""


class RepeatDealingEntry(IGResponseModel):
    """Deals in the repeat dealing window on one market."""

    instrument_source: Annotated[str | None, Field(alias="instrumentSource")] = None
    """Kind of identifier in `instrumentValue`; IG documents only `E` (an epic)."""

    instrument_value: Annotated[str | None, Field(alias="instrumentValue")] = None
    """The market, as an epic."""

    currency_list: Annotated[list[RepeatDealingCurrency] | None, Field(alias="currencyList")] = None
    """The deals of this market, grouped by currency."""


class RepeatDealingWindowResponse(IGResponseModel):
    """Recent deals that count towards IG's repeat dealing restriction, per market (unverified: fields taken from IG's reference page, not yet seen on the wire)."""

    account_id: Annotated[str | None, Field(alias="accountId")] = None
    """Account the answer is for."""

    request_start_time: Annotated[IgEpochMillis | None, Field(alias="requestStartTime")] = None
    """Start of the window IG looked at."""

    repeat_dealing_entry_list: Annotated[
        list[RepeatDealingEntry] | None, Field(alias="repeatDealingEntryList")
    ] = None
    """One entry per market with deals in the window."""


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
