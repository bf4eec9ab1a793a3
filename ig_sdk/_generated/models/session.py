# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import AccountType, Balance
from ig_sdk._models import IGRequestModel, IGResponseModel, StrEnum


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


__all__ = [
    "AuthenticationStatus",
    "CreateSessionRequest",
    "CreateSessionResponse",
    "LoginFormDetail",
    "LoginFormType",
    "OAuthToken",
    "ReroutingEnvironment",
    "SessionAccount",
]
