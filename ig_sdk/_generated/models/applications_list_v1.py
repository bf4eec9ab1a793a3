# Generated from spec/ by `make generate` (codegen/models.py). Do not edit.


from pydantic import RootModel

from ig_sdk._generated.models.applications import Application


class ApplicationsV1Response(RootModel[list[Application]]):
    """All API applications of the client (IG answers with a bare JSON array)."""

    root: list[Application]
    """All API applications of the client (IG answers with a bare JSON array)."""


__all__ = [
    "ApplicationsV1Response",
]
