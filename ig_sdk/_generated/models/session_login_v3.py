# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._generated.models._shared import AccountType
from ig_sdk._generated.models.session import OAuthToken
from ig_sdk._models import IGRequestModel, IGResponseModel


class CreateSessionV3Request(IGRequestModel):
    """Credentials for a version 3 (OAuth) login; the password is always sent as typed."""

    identifier: Annotated[str, Field(pattern="^[A-Za-z0-9_-]{1,30}$")]
    """The client's login name."""

    password: Annotated[str, Field(pattern="^.{1,350}$")]
    """The password. A secret: never logged."""


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


__all__ = [
    "CreateSessionV3Request",
    "CreateSessionV3Response",
]
