"""The record that describes one IG endpoint version.

Generated code holds no policy: each generated method hands its arguments and one of these records to the
client, and everything the core needs to know (where each argument goes, whether the call trades, which
allowance it spends, which models validate it) is read from here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["Operation", "Pagination", "Param", "ParamLocation", "Auth", "RateBucket"]

ParamLocation = Literal["path", "query", "body"]
Auth = Literal["session", "api_key", "refresh"]
RateBucket = Literal["trading", "non_trading", "historical", "none"]

_MODELS_MODULE = "ig_sdk._generated.models"


@dataclass(frozen=True, slots=True)
class Param:
    """One argument of a generated method and where it goes on the wire."""

    python_name: str
    wire_name: str
    location: ParamLocation
    required: bool


@dataclass(frozen=True, slots=True)
class Pagination:
    """How an operation's answers continue on further pages (spec ``x-ig-pagination``).

    ``page-number``: the ``page_param`` argument counts pages from ``first_page``; ``total_pages`` (an
    attribute path in the answer) says where to stop, else a page shorter than asked (or empty) is the last.
    ``paging-next``: the answer links to the next page at ``next_link``; its query holds the next arguments.
    """

    style: Literal["page-number", "paging-next"]
    items: str
    page_param: str | None = None
    size_param: str | None = None
    first_page: int = 1
    total_pages: tuple[str, ...] = ()
    next_link: tuple[str, ...] = ()


@dataclass(frozen=True)
class Operation:
    """One (HTTP method, path, VERSION) of IG's REST API, as the spec describes it."""

    operation_id: str
    resource: str
    method_name: str
    method: str
    path: str
    version: int
    summary: str
    trading: bool
    deal_reference: bool
    auth: Auth
    rate_bucket: RateBucket
    long_timeout: bool
    method_override: str | None
    preferred: bool
    deprecated: str | None
    params: tuple[Param, ...]
    request_model_name: str | None
    params_model_name: str | None
    response_model_name: str | None
    error_codes: tuple[str, ...] = field(default=())
    binary_response: str | None = None
    """Media type of a file answer (returned as ``bytes``) for the few operations that do not answer JSON."""
    pagination: Pagination | None = None
    """Set when IG pages the answer: the generated ``<method>_pages`` methods follow it."""

    @property
    def python_name(self) -> str:
        """Dotted name of the generated method, e.g. ``positions.create_v2``."""
        return f"{self.resource}.{self.method_name}_v{self.version}"

    @property
    def http_method(self) -> str:
        """The method actually sent: IG's DELETE-with-body endpoints go out as POST."""
        return "POST" if self.method_override else self.method

    @cached_property
    def request_model(self) -> type[BaseModel] | None:
        """The generated model that validates the JSON body, if the operation has one."""
        return _load_model(self.request_model_name)

    @cached_property
    def params_model(self) -> type[BaseModel] | None:
        """The generated model that validates path and query parameters, if any."""
        return _load_model(self.params_model_name)

    @cached_property
    def response_model(self) -> type[BaseModel] | None:
        """The generated model IG's answer is parsed into; None when IG answers with no body."""
        return _load_model(self.response_model_name)

    def __repr__(self) -> str:
        return f"<Operation {self.python_name}: {self.method} {self.path} VERSION {self.version}>"


def _load_model(name: str | None) -> type[BaseModel] | None:
    if name is None:
        return None
    model: type[BaseModel] = getattr(importlib.import_module(_MODELS_MODULE), name)
    return model
