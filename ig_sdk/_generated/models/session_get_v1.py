# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel, IGResponseModel


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


class GetSessionV1Params(IGRequestModel):
    """Path and query parameters of getSessionV1."""

    fetch_session_tokens: Annotated[bool | None, Field(alias="fetchSessionTokens")] = None
    """When true, IG adds the CST and X-SECURITY-TOKEN headers to the response so that the caller gets session tokens for streaming; by default they are not sent."""


__all__ = [
    "GetSessionV1Params",
    "SessionV1Response",
]
