# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.

from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGRequestModel


class RefreshSessionV1Request(IGRequestModel):
    """The refresh token to exchange for a new token pair."""

    refresh_token: Annotated[str, Field(min_length=1)]
    """The refresh token from the v3 login or the previous refresh. A secret."""


__all__ = [
    "RefreshSessionV1Request",
]
