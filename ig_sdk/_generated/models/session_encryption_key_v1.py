# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGResponseModel
from ig_sdk._timestamps import (
    IgEpochMillis,
)


class EncryptionKeyV1Response(IGResponseModel):
    """The public key for password encryption and the timestamp to encrypt with the password."""

    encryption_key: Annotated[str, Field(alias="encryptionKey")]
    """IG's RSA public key, Base64-encoded."""

    time_stamp: Annotated[IgEpochMillis, Field(alias="timeStamp")]
    """IG's current time in epoch milliseconds; it goes into the encrypted text as sent."""


__all__ = [
    "EncryptionKeyV1Response",
]
